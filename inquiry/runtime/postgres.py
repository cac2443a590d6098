"""A private PostgreSQL cluster from Debian's packaged binaries, on 127.0.0.1 only.

PostgreSQL refuses to run as root and a checkout under /root is unreadable to
other users, so as root the cluster lives under /var/lib/inquiry-pg/<key> owned
by `postgres`; a symlink var_dir/postgres points there. The superuser connects
over the cluster's own socket directory (trust, but the directory is 0700);
the application role uses a password over TCP.
"""

from __future__ import annotations

import shutil
import signal
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .base import (
    Service,
    ServiceError,
    as_user,
    base_env,
    instance_key,
    is_root,
    link_to,
    make_dir,
    run,
    spawn,
)

PG_ROOT = Path("/usr/lib/postgresql")
ROOT_HOME = Path("/var/lib/inquiry-pg")
PG_USER = "postgres"


def find_bindir(root: Path = PG_ROOT) -> Path:
    """Newest Debian PostgreSQL bin dir (never /usr/local/bin/pg_ctl, which is not PostgreSQL's)."""
    found = sorted(
        (p / "bin" for p in root.glob("*") if (p / "bin" / "initdb").exists() and p.name.isdigit()),
        key=lambda p: int(p.parent.name),
    )
    if not found:
        raise ServiceError(
            f"no PostgreSQL under {root}/<version>/bin; run scripts/install-system.sh"
        )
    return found[-1]


class PostgresService(Service):
    name = "postgres"
    default_timeout = 60.0
    stop_signal = signal.SIGINT  # "fast" shutdown: roll back clients, checkpoint, exit

    @property
    def home(self) -> Path:
        if is_root():
            return ROOT_HOME / instance_key(self.var_dir)
        return self.var_dir / "postgres"

    @property
    def datadir(self) -> Path:
        return self.home / "data"

    @property
    def marker(self) -> str:  # type: ignore[override]
        return str(self.datadir)  # on the postmaster's command line (-D)

    @property
    def socket_dir(self) -> Path:
        return self.home / "run"

    @property
    def port(self) -> int:
        return self.options.pg_port

    @property
    def pidfile(self) -> Path:
        return self.datadir / "postmaster.pid"

    @property
    def logfile(self) -> Path:
        return self.home / "postgres.log"

    @property
    def url(self) -> str:
        return self.database_url

    @property
    def database_url(self) -> str:
        """SQLAlchemy URL of the application database, as the application role."""
        return self.url_for(self.options.pg_database)

    def url_for(self, database: str) -> str:
        auth = f"{quote(self.options.pg_user, safe='')}:{quote(self.options.pg_password, safe='')}"
        return f"postgresql+psycopg://{auth}@127.0.0.1:{self.port}/{database}"

    def bindir(self) -> Path:
        """The binaries of the cluster's own major version if it has one, else the newest."""
        try:
            own = PG_ROOT / (self.datadir / "PG_VERSION").read_text().strip() / "bin"
        except OSError:
            return find_bindir()
        return own if (own / "postgres").exists() else find_bindir()

    def ensure_installed(self) -> None:
        self.bindir()

    def _user(self) -> str | None:
        return PG_USER if is_root() else None

    def _run(self, tool: str, *args: str, what: str) -> str:
        argv = as_user(self._user(), [str(self.bindir() / tool), *args], base_env(self.home))
        return run(argv, what, cwd=self.home)

    def settings(self) -> dict[str, str]:
        """Server settings written to inquiry.conf on every start (so a port change applies)."""
        conf = {
            "listen_addresses": "'127.0.0.1'",
            "port": str(self.port),
            "unix_socket_directories": f"'{self.socket_dir}'",
            "max_connections": "200",
            "logging_collector": "off",
        }
        if not self.options.pg_durable:
            conf.update(fsync="off", synchronous_commit="off", full_page_writes="off")
        return conf

    def _prepare(self) -> None:
        owner = self._user()
        if is_root():
            make_dir(ROOT_HOME)
            link_to(self.var_dir / "postgres", self.home)
        make_dir(self.home, owner, 0o700)
        make_dir(self.socket_dir, owner, 0o700)
        if not (self.datadir / "PG_VERSION").exists():
            shutil.rmtree(self.datadir, ignore_errors=True)
            self._run(
                "initdb", "-D", str(self.datadir), "-U", PG_USER, "-E", "UTF8", "--locale=C.UTF-8",
                "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync", "--no-instructions",
                what="initdb",
            )  # fmt: skip
            with open(self.datadir / "postgresql.conf", "a") as fh:
                fh.write("\ninclude_if_exists = 'inquiry.conf'\n")
        body = "".join(f"{k} = {v}\n" for k, v in self.settings().items())
        conf = self.datadir / "inquiry.conf"
        conf.write_text("# written by inquiry.runtime on each start\n" + body)
        if owner:
            shutil.chown(conf, owner, owner)

    def _launch(self) -> None:
        self._prepare()
        argv = [
            str(self.bindir() / "pg_ctl"),
            "-D",
            str(self.datadir),
            "-l",
            str(self.logfile),
            "-W",
            "start",
        ]
        launch_log = self.home / "pg_ctl.log"
        self._launcher = spawn(
            as_user(self._user(), argv, base_env(self.home)), launch_log, self.home
        )

    def _probe(self) -> str | None:
        argv = [
            str(self.bindir() / "pg_isready"),
            "-q",
            "-h",
            "127.0.0.1",
            "-p",
            str(self.port),
            "-t",
            "1",
        ]
        try:
            run(argv, "pg_isready", timeout=5)
        except ServiceError as exc:
            return str(exc).splitlines()[0]
        return None

    def _admin(self, database: str = "postgres") -> Any:
        """Superuser connection over the private socket directory."""
        import psycopg

        return psycopg.connect(
            host=str(self.socket_dir),
            port=self.port,
            user=PG_USER,
            dbname=database,
            autocommit=True,
            connect_timeout=5,
        )

    def _after_ready(self) -> None:
        """Create or update the application role and database (idempotent)."""
        from psycopg import sql

        o = self.options
        with self._admin() as conn:
            exists = conn.execute(
                "SELECT 1 FROM pg_roles WHERE rolname = %s", (o.pg_user,)
            ).fetchone()
            verb = "ALTER" if exists else "CREATE"
            conn.execute(
                sql.SQL(verb + " ROLE {} LOGIN PASSWORD {}").format(
                    sql.Identifier(o.pg_user), sql.Literal(o.pg_password)
                )
            )
        self.create_database(o.pg_database)

    def create_database(self, database: str) -> str:
        """Create database (owned by the application role) unless it exists; return its URL.

        Used for the main database and for one database per parallel test worker.
        """
        import psycopg
        from psycopg import sql

        with self._admin() as conn:
            if not conn.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", (database,)
            ).fetchone():
                stmt = sql.SQL("CREATE DATABASE {} OWNER {} TEMPLATE template0 ENCODING 'UTF8'")
                try:
                    conn.execute(
                        stmt.format(sql.Identifier(database), sql.Identifier(self.options.pg_user))
                    )
                except psycopg.errors.DuplicateDatabase:
                    pass  # created by a concurrent caller
                except psycopg.errors.UniqueViolation:
                    pass  # the same race, reported from the catalog index
        return self.url_for(database)

    def drop_database(self, database: str) -> None:
        """Drop database if it exists, disconnecting its clients."""
        from psycopg import sql

        with self._admin() as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(database))
            )

    def purge(self) -> None:
        self.stop()
        shutil.rmtree(self.home, ignore_errors=True)
        link = self.var_dir / "postgres"
        if link.is_symlink():
            link.unlink()
