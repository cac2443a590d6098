"""`inquiry extract` (no services) and `inquiry ingest` (bulk import with a progress bar)."""

from __future__ import annotations

import json
import os
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
    """Extract text and word boxes from PDF; needs no services.

    The file is read as the worker reads it, in sandboxed children under the limits of
    INQUIRY_SANDBOX_MEMORY_MB, INQUIRY_SANDBOX_CPU_SECONDS, INQUIRY_PAGE_SECONDS and
    INQUIRY_MAX_PIXELS; a file that cannot be read ends with one line saying why (exit 1),
    and so does a page that could not be read (after the pages that could)."""
    from ingest import validate
    from ingest.extract import ExtractError
    from ingest.sandbox import SandboxError
    from ingest.sandboxed import extract_document

    kind = validate.sniff(pdf)
    if kind.kind != "pdf":
        raise click.ClickException(f"{pdf}: {kind.reason}")
    limits, max_pixels = _extraction_limits()
    lost: list[str] = []
    try:
        results = extract_document(pdf, password=password, ocr=ocr, limits=limits,
                                   max_pixels=max_pixels)
        if as_json:
            sys.stdout.write('{"pages": [')
        for i, result in enumerate(results):
            if result.note and not result.problem:
                click.echo(f"note: {result.note}", err=True)
            if result.problem:
                click.echo(f"warning: {result.problem}", err=True)
                lost.append(result.problem)
            page = result.page
            if as_json:
                sys.stdout.write(("," if i else "") + json.dumps(page.to_dict(),
                                                                 ensure_ascii=False))
            else:
                click.echo(f"--- page {page.number}{' (OCR)' if page.ocr else ''} ---")
                click.echo(page.text)
        if as_json:
            sys.stdout.write("]}\n")
    except (ExtractError, SandboxError) as exc:
        raise click.ClickException(f"{pdf}: {_one_line(str(exc))}") from None
    except Exception as exc:  # noqa: BLE001 - a reason in one line, never a traceback
        raise click.ClickException(f"{pdf}: {_one_line(f'{type(exc).__name__}: {exc}')}") \
            from None
    if lost:
        raise click.ClickException(f"{pdf}: {len(lost)} page(s) could not be read; "
                                   f"first: {_one_line(lost[0])}")


def _extraction_limits():  # noqa: ANN202 - (ingest.sandbox.Limits, max pixels)
    """The worker's limits from the INQUIRY_* settings (this command needs no services, so
    no database or secret is set up for it)."""
    from config import SettingsError, load_settings
    from ingest.sandbox import Limits

    try:
        s = load_settings(dict(os.environ, INQUIRY_ENV="local"), secret_key="unused",  # noqa: S106 - no sessions here
                          database_url="sqlite://")
    except SettingsError as exc:
        raise click.ClickException(str(exc)) from None
    return Limits(memory_bytes=s.sandbox_memory_mb * 1024 * 1024,
                  cpu_seconds=s.sandbox_cpu_seconds, wall_seconds=s.page_seconds), s.max_pixels


def _one_line(text: str, limit: int = 300) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit - 1] + "…"


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
