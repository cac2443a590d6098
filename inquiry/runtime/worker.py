"""A local Celery worker for the embedded default (`make run`).

Unlike the other services this one is the project's own code: it runs
`python -m celery -A inquiry.worker worker` with the caller's environment, so it sees the
same INQUIRY_* settings (database, storage, Redis, Elasticsearch) as the web app. More
workers on more machines are started the same way against the same services.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .base import Service, make_dir, spawn


class WorkerService(Service):
    name = "worker"
    marker = "inquiry.worker"
    default_timeout = 60.0
    # Warm shutdown: the worker finishes or returns its current task (acks are late).
    stop_signal = __import__("signal").SIGTERM

    @property
    def home(self) -> Path:
        return self.var_dir / "worker"

    @property
    def port(self) -> int:
        return 0  # no port: never "in use"

    @property
    def url(self) -> str:
        return "celery worker"

    @property
    def pidfile(self) -> Path:
        return self.home / "worker.pid"

    @property
    def logfile(self) -> Path:
        return self.home / "worker.log"

    def ensure_installed(self) -> None:
        """Nothing to fetch: the worker is this project's code in this interpreter."""

    def command(self) -> list[str]:
        return [sys.executable, "-m", "celery", "-A", "inquiry.worker:celery", "worker",
                "--loglevel", "INFO", "--concurrency", str(self.options.worker_concurrency),
                "--hostname", f"inquiry-{os.getpid()}@%h", "--pidfile", str(self.pidfile),
                "--without-gossip", "--without-mingle"]

    def _launch(self) -> None:
        make_dir(self.home, mode=0o700)
        self.logfile.unlink(missing_ok=True)
        self._launcher = spawn(self.command(), self.logfile, Path.cwd())

    def _probe(self) -> str | None:
        try:
            text = self.logfile.read_text(errors="replace")
        except OSError as exc:
            return str(exc)
        return None if " ready." in text else "not ready yet"
