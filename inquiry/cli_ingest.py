"""`inquiry extract` (no services) and `inquiry ingest` (bulk import with a progress bar)."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext


@click.command("extract")
@click.argument("pdf", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the pages as JSON.")
@click.option("--password", default=None, help="For an encrypted PDF.")
@click.option("--ocr", type=click.Choice(["auto", "never", "always"]), default="auto",
              show_default=True)
def extract_command(pdf: Path, as_json: bool, password: str | None, ocr: str) -> None:
    """Extract text and word boxes from PDF; needs no services."""
    from ingest import validate
    from ingest.extract import extract_pages

    kind = validate.sniff(pdf)
    if kind.kind != "pdf":
        raise click.ClickException(f"{pdf}: {kind.reason}")
    probe = validate.probe_pdf(pdf, password)
    if not probe.ok:
        raise click.ClickException(f"{pdf}: {probe.reason}")
    if as_json:
        out = sys.stdout
        out.write('{"pages": [')
        for i, page in enumerate(extract_pages(pdf, password=password, ocr=ocr)):
            out.write(("," if i else "") + json.dumps(page.to_dict(), ensure_ascii=False))
        out.write("]}\n")
        return
    for page in extract_pages(pdf, password=password, ocr=ocr):
        click.echo(f"--- page {page.number}{' (OCR)' if page.ocr else ''} ---")
        click.echo(page.text)


def _files_under(paths: tuple[Path, ...]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file()))
        else:
            found.append(path)
    return found


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(exists=True, path_type=Path))
@click.option("--provider", default="", help="Providing organisation or person.")
@click.option("--author", default="")
@click.option("--type", "document_type", default="other", show_default=True)
@click.option("--received", "received_date", type=click.DateTime(["%Y-%m-%d"]), default=None)
@click.option("--restricted", is_flag=True)
@click.option("--wait/--no-wait", default=True, show_default=True,
              help="Wait until the workers have processed every stored document.")
@click.option("--timeout", default=0, help="Seconds to wait at most (0: no limit).")
@with_appcontext
def ingest_command(paths: tuple[Path, ...], provider: str, author: str, document_type: str,
                   received_date, restricted: bool, wait: bool, timeout: int) -> None:  # noqa: ANN001
    """Import files and folders; print a summary; exit 1 if any file failed."""
    from inquiry.services import bulk
    from inquiry.services.intake import Metadata

    metadata = Metadata(provider=provider, author=author, document_type=document_type,
                        received_date=received_date.date() if received_date else date.today(),
                        restricted=restricted)
    problems = metadata.problems()
    if problems:
        raise click.UsageError(" ".join(problems))
    files = _files_under(paths)
    settings = current_app.extensions["inquiry_settings"]
    result = bulk.run(files, metadata, settings, wait=wait, timeout=timeout or None)
    click.echo(result.report())
    sys.exit(0 if result.ok else 1)
