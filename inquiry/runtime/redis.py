"""Redis from Debian's `redis-server`, on loopback, daemonised, state under var_dir.

Redis is the Celery broker: it keeps an append-only file (fsync every second), so a restart
loses no queued message. Even so, nothing depends on it for correctness: the database holds
every document's state, and the workers' sweeper queues again anything whose message was
lost (see services.recovery).

It requires a password, so another account on the host cannot read the queue (which names
documents) or write to it: made on the first start into the service's directory (mode 600)
and given to redis-server in a config file, never on its command line. Clients get it in
their URL (`url`, `inquiry services env`), but only from a server that was started with one:
a server started before this keeps working, without, until it is restarted.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
from pathlib import Path

from .base import Service, ServiceError, make_dir, spawn, write_private


class RedisService(Service):
    name = "redis"
    marker = "redis-server"
    default_timeout = 20.0

    @property
    def home(self) -> Path:
        return self.var_dir / "redis"

    @property
    def port(self) -> int:
        return self.options.redis_port

    @property
    def url(self) -> str:
        return self.url_for(0)

    def url_for(self, db: int) -> str:
        """A client's URL for database ``db``, with the password unless the running server
        was started without one."""
        password = self._stored_password()
        if password and self._ask("PING").startswith(b"+PONG"):
            password = None  # started before passwords: none until it is restarted
        auth = f":{password}@" if password else ""
        return f"redis://{auth}127.0.0.1:{self.port}/{db}"

    @property
    def password_file(self) -> Path:
        return self.home / "password"

    @property
    def config_file(self) -> Path:
        return self.home / "redis.conf"

    def _stored_password(self) -> str | None:
        try:
            return self.password_file.read_text().strip() or None
        except FileNotFoundError:
            return None

    def password(self) -> str:
        """The server's password, made once (mode 600) on the first start."""
        make_dir(self.home, mode=0o700)
        try:
            fd = os.open(self.password_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(fd, "w") as fh:
                fh.write(secrets.token_urlsafe(32))
        found = self._stored_password()
        if not found:
            raise ServiceError(f"redis: {self.password_file} is empty; delete it to make "
                               "a new password")
        return found

    @property
    def pidfile(self) -> Path:
        return self.home / "redis.pid"

    @property
    def logfile(self) -> Path:
        return self.home / "redis.log"

    def binary(self) -> str:
        found = shutil.which("redis-server") or next(
            (p for p in ("/usr/bin/redis-server", "/usr/sbin/redis-server") if Path(p).exists()),
            None,
        )
        if not found:
            raise ServiceError("redis-server is not installed; run scripts/install-system.sh")
        return found

    def ensure_installed(self) -> None:
        self.binary()

    def command(self) -> list[str]:
        """The redis-server command line: the password in the config file (a command line
        is visible to every account on the host), the rest on the line."""
        return [
            self.binary(),
            str(self.config_file),
            "--bind", "127.0.0.1",
            "--port", str(self.port),
            "--protected-mode", "yes",
            "--daemonize", "yes",
            "--pidfile", str(self.pidfile),
            "--logfile", str(self.logfile),
            "--dir", str(self.home),
            "--save", "",
            "--appendonly", "yes",
            "--appendfsync", "everysec",
        ]  # fmt: skip

    def _launch(self) -> None:
        make_dir(self.home, mode=0o700)
        password = self.password()
        write_private(self.config_file,
                      f"# written by inquiry.runtime on each start\nrequirepass {password}\n")
        self._launcher = spawn(self.command(), self.logfile, self.home)

    def _ask(self, *commands: str) -> bytes:
        """Inline commands on one connection; their one-line replies ("" when no server)."""
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
                sock.sendall("".join(f"{c}\r\n" for c in commands).encode())
                reply = b""
                while reply.count(b"\r\n") < len(commands):
                    chunk = sock.recv(256)
                    if not chunk:
                        break
                    reply += chunk
        except OSError:
            return b""
        return reply

    def _probe(self) -> str | None:
        reply = self._ask("PING")
        if reply.startswith(b"-NOAUTH"):  # ours, with its password: ready once AUTH works
            replies = self._ask(f"AUTH {self._stored_password()}", "PING").split(b"\r\n")
            reply = replies[1] if len(replies) > 2 else b"".join(replies)
        if not reply:
            return f"no answer on port {self.port}"
        return None if reply.startswith(b"+PONG") else f"unexpected reply {reply!r}"

    def purge(self) -> None:
        self.stop()
        shutil.rmtree(self.home, ignore_errors=True)
