"""`inquiry redact propose|auto`: the redaction engine on one PDF, with no services."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

_pdf = click.Path(exists=True, dir_okay=False, path_type=Path)


@click.group("redact")
def redact_group() -> None:
    """Propose or apply redactions on a PDF (text or scanned); needs no services."""


def _run(fn):  # noqa: ANN001, ANN202
    from redaction.pipeline import RedactionInputError
    from redaction.register import RegisterError

    try:
        return fn()
    except (RedactionInputError, RegisterError) as exc:
        raise click.ClickException(str(exc)) from None


@redact_group.command("propose")
@click.argument("pdf", type=_pdf)
@click.option("--register", type=_pdf, help="Protected persons CSV.")
@click.option("--keep", type=_pdf, help="Keep list, one name per line.")
@click.option("--password", default=None)
def propose_command(pdf: Path, register: Path | None, keep: Path | None,
                    password: str | None) -> None:
    """Print the proposals as JSON."""
    from redaction.pipeline import propose_pdf

    proposals = _run(lambda: propose_pdf(pdf, register, keep, password=password))
    json.dump({"file": str(pdf), "proposals": [p.to_dict() for p in proposals]}, sys.stdout,
              ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


@redact_group.command("auto")
@click.argument("pdf", type=_pdf)
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--register", type=_pdf, help="Protected persons CSV.")
@click.option("--keep", type=_pdf, help="Keep list, one name per line.")
@click.option("--password", default=None)
@click.option("--report", "report_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the verification report as JSON.")
def auto_command(pdf: Path, out: Path, register: Path | None, keep: Path | None,
                 password: str | None, report_path: Path | None) -> None:
    """Accept every proposal, apply irreversibly, verify; exit 1 if verification fails."""
    from redaction.pipeline import auto_redact

    report = _run(lambda: auto_redact(pdf, out, register, keep, password=password))
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(report.summary())
    if report_path:
        report_path.write_text(json.dumps(report.to_dict(), indent=1, ensure_ascii=False))
    if not report.passed:
        click.echo(f"Verification FAILED: {out} was not written.", err=True)
        sys.exit(1)
    click.echo(f"Written: {out}")
