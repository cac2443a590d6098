"""`inquiry demo load`: invented documents so a new user can try search on minute one."""

from __future__ import annotations

import sys

import click
from flask import current_app
from flask.cli import with_appcontext


@click.group("demo")
def demo_group() -> None:
    """The demonstration set (fictional documents)."""


@demo_group.command("load")
@click.option("--wait/--no-wait", default=True, show_default=True,
              help="Wait until the workers have processed the documents.")
@click.option("--timeout", default=600, show_default=True,
              help="Seconds to wait for the workers at most.")
@with_appcontext
def load_command(wait: bool, timeout: int) -> None:
    """Take in the demonstration documents through the normal intake, wait for the workers
    to process them, then tag them and review one, so every example on the search help
    page finds something. Safe to run again; exit 1 if anything is left undone."""
    from inquiry.services import demo

    shown: set[tuple[int, int]] = set()

    def progress(done: int, total: int) -> None:
        if (done, total) not in shown:  # each new count once, not every poll
            shown.add((done, total))
            click.echo(f"  processed {done} of {total}", err=True)

    report = demo.load(current_app.extensions["inquiry_settings"], wait=wait,
                       timeout=timeout, on_progress=progress)
    for line in report.lines():
        click.echo(line)
    sys.exit(0 if report.ok else 1)
