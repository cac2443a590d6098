"""`inquiry services start|stop|status|env`: the local managed services.

Needs no database or app: it works from the settings alone, so it can run before anything
else exists on a fresh machine.
"""

from __future__ import annotations

import re
import shlex
import sys

import click

from config import Settings, load_settings
from inquiry.runtime import RuntimeOptions, ServiceError, services


def runtime_options(s: Settings) -> RuntimeOptions:
    return RuntimeOptions(
        var_dir=s.var_dir / "services", cache_dir=s.cache_dir, es_port=s.es_port,
        es_version=s.es_version, es_heap=s.es_heap, redis_port=s.redis_port,
        pg_port=s.pg_port, pg_database=s.pg_database, pg_user=s.pg_user,
        pg_password=s.pg_password, s3_port=s.s3_port, s3_access_key=s.s3_access_key,
        s3_secret_key=s.s3_secret_key, worker_concurrency=s.worker_concurrency)


def default_names(s: Settings) -> list[str]:
    """What this configuration needs run locally: nothing that points at a real cluster."""
    names = []
    if s.managed_elasticsearch:
        names.append("elasticsearch")
    if not s.redis_url:
        names.append("redis")
    names.append("worker")
    return names


def _selected(names: tuple[str, ...], workers: int | None = None):  # noqa: ANN202
    s = load_settings()
    try:
        return s, services(runtime_options(s), list(names) or default_names(s), workers=workers)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None


@click.group("services")
def services_group() -> None:
    """Local services for the embedded default: elasticsearch, redis, postgres, s3."""


@services_group.command("start")
@click.option("--count", type=click.IntRange(1, 64), default=None,
              help="Local workers to run (worker, worker-2, ...); default: one, or as many "
                   "as ran here before.")
@click.argument("names", nargs=-1)
def start(names: tuple[str, ...], count: int | None) -> None:
    """Start (installing first if needed); with no NAMES, what the settings need.
    `start worker --count 2` runs a second local worker; `start worker-2` names one."""
    _, selected = _selected(names, count)
    failed = False
    for service in selected:
        click.echo(f"starting {service.name} ...", nl=False)
        try:
            status = service.start()
        except ServiceError as exc:
            failed = True
            click.echo(" FAILED")
            click.echo(str(exc), err=True)
            continue
        click.echo(f" ready at {_shown(status.url)}")
    if failed:
        sys.exit(1)


@services_group.command("stop")
@click.argument("names", nargs=-1)
def stop(names: tuple[str, ...]) -> None:
    _, selected = _selected(names)
    for service in reversed(selected):
        service.stop()
        click.echo(f"{service.name} stopped")


@services_group.command("status")
@click.argument("names", nargs=-1)
def status(names: tuple[str, ...]) -> None:
    """Exit 0 only if every selected service is running and ready."""
    _, selected = _selected(names)
    all_ready = True
    for service in selected:
        st = service.status()
        all_ready &= st.ready
        state = "ready" if st.ready else "running, not ready" if st.running else "stopped"
        click.echo(f"{st.name:14} {state:20} {_shown(st.url)} {st.detail}".rstrip())
    sys.exit(0 if all_ready else 1)


def _shown(url: str) -> str:
    """A URL fit for a terminal or a log: its password masked."""
    return re.sub(r"(//[^/@:]*:)[^/@]*@", r"\1***@", url)


@services_group.command("env")
@click.option("--prefix", default="INQUIRY_TEST_", show_default=True)
@click.option("--redis-db", type=click.IntRange(0, 15), default=0, show_default=True,
              help="The Redis database number in REDIS_URL.")
@click.argument("names", nargs=-1)
def env(prefix: str, redis_db: int, names: tuple[str, ...]) -> None:
    """Print shell assignments with the selected services' addresses (for the test run).

    REDIS_URL (the Celery broker, and the test run's Redis) carries the managed Redis's
    password when the running server was started with one."""
    s, selected = _selected(names)
    out: dict[str, str] = {}
    for service in selected:
        if service.name == "postgres":
            out["DATABASE_URL"] = service.database_url  # type: ignore[attr-defined]
        elif service.name == "elasticsearch":
            out["ELASTICSEARCH_URL"] = service.url
        elif service.name == "redis":
            out["REDIS_URL"] = service.url_for(redis_db)  # type: ignore[attr-defined]
        elif service.name == "s3":
            out |= {"S3_ENDPOINT": service.url, "S3_ACCESS_KEY": s.s3_access_key,
                    "S3_SECRET_KEY": s.s3_secret_key}
    for key, value in out.items():
        click.echo(f"export {prefix}{key}={shlex.quote(value)}")
