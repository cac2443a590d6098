"""A local Celery worker for the embedded default (`make run`).

Unlike the other services this one is the project's own code: it runs
`python -m celery -A inquiry.worker worker` with the caller's environment, so it sees the
same INQUIRY_* settings (database, storage, Redis, Elasticsearch) as the web app. More
workers on more machines are started the same way against the same services; on this
machine `inquiry services start worker --count N` runs N of them ("worker", "worker-2", ...,
each with its own directory, pidfile and log). A worker's log is rotated on restart, never
deleted: the record of a crash survives it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .base import RuntimeOptions, Service, make_dir, spawn


class WorkerService(Service):
    name = "worker"
    marker = "inquiry.worker"
    default_timeout = 60.0
    # Warm shutdown: the worker finishes or returns its current task (acks are late).
    stop_signal = __import__("signal").SIGTERM
    keep_logs = 5  # worker.log.1 (the last run) ... worker.log.5

    def __init__(self, options: RuntimeOptions, instance: int = 1) -> None:
        super().__init__(options)
        self.instance = instance
        self.name = "worker" if instance == 1 else f"worker-{instance}"

    @property
    def home(self) -> Path:
        return self.var_dir / self.name

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
                "--hostname", f"inquiry-{self.name}-{os.getpid()}@%h",
                "--pidfile", str(self.pidfile),
                "--without-gossip", "--without-mingle"]

    def _launch(self) -> None:
        make_dir(self.home, mode=0o700)
        self.rotate_logs()
        self._launcher = spawn(self.command(), self.logfile, Path.cwd())

    def rotate_logs(self) -> None:
        """worker.log -> worker.log.1 -> ... -> worker.log.N (the oldest dropped)."""
        log = self.logfile
        if not log.exists() or log.stat().st_size == 0:
            return
        for n in range(self.keep_logs - 1, 0, -1):
            older = log.with_name(f"{log.name}.{n}")
            if older.exists():
                older.replace(log.with_name(f"{log.name}.{n + 1}"))
        log.replace(log.with_name(f"{log.name}.1"))

    def _probe(self) -> str | None:
        try:
            text = self.logfile.read_text(errors="replace")
        except OSError as exc:
            return str(exc)
        return None if " ready." in text else "not ready yet"
