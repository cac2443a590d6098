"""`inquiry search status|reindex|check`: the search index kept true to the database."""

from __future__ import annotations

import sys

import click
from flask.cli import with_appcontext


@click.group("search")
def search_group() -> None:
    """Inspect, rebuild and check the Elasticsearch index."""


@search_group.command("status")
@with_appcontext
def status_command() -> None:
    """The alias, the index behind it, its analysis and counts."""
    from inquiry.services import search_index

    s = search_index.status()
    click.echo(f"alias       {s.alias}")
    click.echo(f"indices     {', '.join(s.indices) or '(none)'}")
    new = "" if s.analysis == s.cluster_analysis else f"; a new index gets {s.cluster_analysis}"
    click.echo(f"analysis    {s.analysis or '(none)'}{new}; word forms at query time")
    click.echo(f"schema      v{s.schema_version}{'' if s.current else ' (out of date: reindex)'}")
    click.echo(f"documents   {s.documents:,}")
    click.echo(f"pages       {s.pages:,}")


@search_group.command("reindex")
@with_appcontext
def reindex_command() -> None:
    """Rebuild the index from the database into a new index, then swap the alias: searches
    carry on against the old index until the swap, with no downtime."""
    from inquiry.services import audit, search_index
    from inquiry.services.actor import SYSTEM

    def progress(done: int) -> None:
        if done % 500 == 0:
            click.echo(f"  {done:,} documents loaded", err=True)

    result, replayed = search_index.rebuild(progress)
    audit.record("search.reindexed", SYSTEM, details={
        "index": result.index, "documents": result.documents, "pages": result.pages,
        "seconds": result.seconds, "replayed": replayed})
    rate = result.pages / result.seconds if result.seconds else 0.0
    click.echo(f"indexed {result.documents:,} documents, {result.pages:,} pages into "
               f"{result.index} in {result.seconds:.1f} s ({rate:,.0f} pages/s); "
               f"replayed {replayed} change(s) made meanwhile; "
               f"dropped {', '.join(result.old_indices) or 'nothing'}")


@search_group.command("check")
@click.option("--repair", is_flag=True, help="Re-index or delete what differs.")
@with_appcontext
def check_command(repair: bool) -> None:
    """Compare the index with the database: documents missing, extra or with a different
    number of pages. Exit status 1 when they differ (and nothing was repaired)."""
    from inquiry.services import search_index

    report = search_index.check()
    if report.ok:
        click.echo("index and database agree")
        return
    for document_id in report.missing:
        click.echo(f"missing     document {document_id}")
    for document_id in report.extra:
        click.echo(f"extra       document {document_id}")
    for document_id, (want, have) in report.mismatched.items():
        click.echo(f"mismatched  document {document_id}: {want} pages in the database, "
                   f"{have} in the index")
    if repair:
        fixed = search_index.repair(report)
        click.echo(f"repaired {fixed} document(s)")
        return
    sys.exit(1)


@search_group.command("retag-stale")
@click.option("--now", is_flag=True, help="Tag here, one document after another, instead of "
              "queueing each for a worker.")
@with_appcontext
def retag_stale_command(now: bool) -> None:
    """Tag again every ready document whose mentions were stored before mentions kept the
    words either side of them: until then its facets list people by the rules alone,
    without the learned check (redaction.person_model). Tagging again also refreshes its
    redaction proposals; decided ones stay, new ones reopen an approval."""
    from sqlalchemy import select

    from inquiry.extensions import db
    from inquiry.models import Document
    from inquiry.models.document import Status
    from inquiry.models.redaction import Mention
    from inquiry.services import audit, processing
    from inquiry.services.actor import SYSTEM

    stale = list(db.session.scalars(
        select(Mention.document_id).join(Document, Document.id == Mention.document_id)
        .where(Mention.context == "", Document.status == Status.READY).distinct()))
    busy = []
    for document_id in stale:
        if not now:
            from inquiry.tasks import retag_document

            retag_document.delay(document_id)
            continue
        try:
            processing.retag(document_id)
        except processing.TransientError as exc:  # a worker holds it, or a service is down
            busy.append(document_id)
            click.echo(f"document {document_id} left for the next run: {exc}", err=True)
    done = len(stale) - len(busy)
    audit.record("search.retag_stale", SYSTEM, details={
        "documents": done, "left": busy, "now": now})
    click.echo(f"{done} document(s) {'tagged again' if now else 'queued for tagging'}"
               + (f"; {len(busy)} left for the next run" if busy else ""))
