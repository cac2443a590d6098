"""The ``inquiry`` command: users, services, audit (and, as capabilities land, more)."""

from __future__ import annotations

import sys

import click
from flask import current_app
from flask.cli import FlaskGroup, with_appcontext

from inquiry.app import create_app
from inquiry.models import ROLES
from inquiry.services.actor import SYSTEM


def _app_factory():  # noqa: ANN202
    return create_app()


@click.group(cls=FlaskGroup, create_app=_app_factory, add_default_commands=True)
def main() -> None:
    """Evidence and redaction system of the inquiry."""


# users ---------------------------------------------------------------------------------
@main.group()
def users() -> None:
    """Manage accounts."""


@users.command("create")
@click.option("--email", required=True)
@click.option("--role", "roles", multiple=True, required=True, type=click.Choice(ROLES),
              help="Repeat for several roles.")
@click.option("--name", "display_name", default="")
@click.option("--password-stdin", is_flag=True,
              help="Read the password from standard input instead of generating one.")
@with_appcontext
def users_create(email: str, roles: tuple[str, ...], display_name: str,
                 password_stdin: bool) -> None:
    """Create an account; without --password-stdin a one-time password is printed once."""
    from inquiry.services import users as users_service

    password = sys.stdin.readline().rstrip("\n") if password_stdin else None
    try:
        account = users_service.create_user(
            email, set(roles), SYSTEM, display_name=display_name, password=password,
            min_length=current_app.extensions["inquiry_settings"].password_min_length)
    except users_service.UserError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Created {account.user.email} with roles {', '.join(sorted(roles))}.")
    if account.password:
        click.echo(f"One-time password (shown once, must be changed at first sign-in): "
                   f"{account.password}")


@users.command("list")
@with_appcontext
def users_list() -> None:
    from inquiry.services import users as users_service

    for u in users_service.list_users():
        state = "active" if u.active else "deactivated"
        click.echo(f"{u.email}\t{','.join(sorted(u.roles))}\t{state}")


@users.command("ensure-admin")
@click.option("--email", default="admin@example.org", show_default=True)
@with_appcontext
def users_ensure_admin(email: str) -> None:
    """Create a first admin with a random password, printed once, if there is no admin."""
    from inquiry.services import users as users_service

    if users_service.has_active_admin():
        click.echo("An active admin exists; nothing to do.")
        return
    account = users_service.create_user(email, {"admin"}, SYSTEM, display_name="Administrator")
    click.echo("=" * 70)
    click.echo(f"First admin created: {account.user.email}")
    click.echo(f"One-time password (shown once): {account.password}")
    click.echo("=" * 70)


@users.command("deactivate")
@click.argument("email")
@with_appcontext
def users_deactivate(email: str) -> None:
    from inquiry.services import users as users_service

    user = users_service.get_by_email(email)
    if user is None:
        raise click.ClickException(f"No account for {email}.")
    try:
        users_service.update_user(user, SYSTEM, display_name=user.display_name,
                                  roles=set(user.roles), active=False)
    except users_service.UserError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Deactivated {user.email}.")


# audit ---------------------------------------------------------------------------------
@main.group()
def audit() -> None:
    """The audit trail."""


@audit.command("verify")
@with_appcontext
def audit_verify() -> None:
    """Check the hash chain; exit 1 and list every break if it was altered."""
    from inquiry.services import audit as audit_service

    result = audit_service.verify()
    if result.ok:
        click.echo(f"Audit chain intact: {result.checked} entries checked against "
                   f"{result.checkpoints} checkpoint(s).")
        return
    click.echo(f"AUDIT CHAIN BROKEN: {len(result.problems)} problem(s) in "
               f"{result.checked} entries:", err=True)
    for p in result.problems:
        click.echo(f"  entry {p.seq}: {p.problem}", err=True)
    sys.exit(1)


@audit.command("checkpoint")
@with_appcontext
def audit_checkpoint() -> None:
    """Write the chain's head, signed, to the checkpoint store outside the database (run it
    from cron as well: every web process also writes one every INQUIRY_AUDIT_CHECKPOINT_SECONDS)."""
    from inquiry.services import audit as audit_service
    from inquiry.services import audit_anchor

    written = audit_service.checkpoint()
    if written is None:
        click.echo("The audit trail is empty: nothing to checkpoint.")
        return
    click.echo(f"Checkpoint of entry {written.seq} written to {audit_anchor.store().describe()}.")


def _serving_run_command() -> click.Command:
    """Flask's ``run``, loading what the first search would otherwise wait for before it
    serves (as ``create_web_app`` does for gunicorn); other commands never search."""
    import copy
    import functools

    from flask.cli import run_command

    serve = run_command.callback

    @functools.wraps(serve)
    def run(*args: object, **kwargs: object) -> object:
        from inquiry.services.searching import warm_up

        warm_up()
        return serve(*args, **kwargs)

    command = copy.copy(run_command)
    command.callback = run
    return command


def _register_groups() -> None:
    from inquiry.cli_demo import demo_group
    from inquiry.cli_ingest import extract_command, ingest_command
    from inquiry.cli_redact import redact_group
    from inquiry.cli_search import search_group
    from inquiry.cli_services import services_group

    main.add_command(services_group)
    main.add_command(search_group)
    main.add_command(extract_command)
    main.add_command(ingest_command)
    main.add_command(redact_group)
    main.add_command(demo_group)
    main.add_command(_serving_run_command())


_register_groups()


if __name__ == "__main__":
    main()
