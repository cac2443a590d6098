"""Redis from Debian's `redis-server`, on loopback, daemonised, state under var_dir.

Redis is the Celery broker: it keeps an append-only file (fsync every second), so a restart
loses no queued message. Even so, nothing depends on it for correctness: the database holds
every document's state, and the workers' sweeper queues again anything whose message was
lost (see services.recovery).
"""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

from .base import Service, ServiceError, make_dir, spawn


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
        return f"redis://127.0.0.1:{self.port}/0"

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
        """The redis-server command line; everything on it so no config file is needed."""
        return [
            self.binary(),
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
        self._launcher = spawn(self.command(), self.logfile, self.home)

    def _probe(self) -> str | None:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
                sock.sendall(b"PING\r\n")
                reply = sock.recv(64)
        except OSError as exc:
            return str(exc)
        return None if reply.startswith(b"+PONG") else f"unexpected reply {reply!r}"

    def purge(self) -> None:
        self.stop()
        shutil.rmtree(self.home, ignore_errors=True)
