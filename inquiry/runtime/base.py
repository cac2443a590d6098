"""Shared machinery for the locally managed services.

Every service is a detached process with a pidfile and a log; starting is
idempotent, readiness is checked for real and a failure shows the log tail.
Nothing here imports Flask or any other part of the project, so the CLI,
the Makefile and the test run can all drive the services the same way.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import pwd
import signal
import socket
import subprocess
import time
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path


@dataclass(frozen=True)
class RuntimeOptions:
    """Plain settings for the managed services (the app maps its config onto this)."""

    var_dir: Path
    cache_dir: Path
    es_port: int = 9200
    es_version: str = "9.2.0"
    es_heap: str = "1g"
    es_java_home: str | None = None
    es_user: str = "inquiry-es"
    redis_port: int = 6390
    pg_port: int = 5440
    pg_database: str = "inquiry"
    pg_user: str = "inquiry"
    pg_password: str = "inquiry"  # noqa: S105 - loopback-only development default
    pg_durable: bool = False
    s3_port: int = 7070
    s3_access_key: str = "inquiry"
    s3_secret_key: str = "inquiry-secret-key"  # noqa: S105 - loopback-only default
    versitygw_version: str = "v1.8.0"
    worker_concurrency: int = 1


@dataclass(frozen=True)
class ServiceStatus:
    """What `status()` reports: running means the process is alive, ready that it answers."""

    name: str
    running: bool
    pid: int | None
    url: str
    ready: bool = False
    detail: str = ""


class ServiceError(RuntimeError):
    """A service could not be installed, started or stopped; the message says why."""


def is_root() -> bool:
    return os.geteuid() == 0


def instance_key(var_dir: Path) -> str:
    """Short stable hash of var_dir, so two checkouts never share service data."""
    return hashlib.sha256(str(Path(var_dir).resolve()).encode()).hexdigest()[:12]


def tail(path: Path, lines: int = 20) -> str:
    try:
        with open(path, "rb") as fh:
            fh.seek(0, os.SEEK_END)
            fh.seek(max(0, fh.tell() - 16384))
            text = fh.read().decode("utf-8", "replace")
    except OSError:
        return f"(no log at {path})"
    return "\n".join(text.splitlines()[-lines:])


def read_pid(pidfile: Path) -> int | None:
    try:
        return int(pidfile.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def pid_alive(pid: int | None, marker: str = "") -> bool:
    """True when pid is a live (non-zombie) process whose command line contains marker.

    The marker guards against a recycled pid after a reboot or a crash.
    """
    if not pid or pid <= 0:
        return False
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        cmdline = (
            Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        )
    except OSError:
        return False
    if stat.rsplit(")", 1)[-1].split()[0] in ("Z", "X"):
        with contextlib.suppress(ChildProcessError, OSError):
            os.waitpid(pid, os.WNOHANG)  # reap our own child so it does not linger
        return False
    return marker in cmdline


def port_open(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def user_ids(user: str) -> tuple[int, int]:
    try:
        entry = pwd.getpwnam(user)
    except KeyError as exc:
        raise ServiceError(
            f"system user {user!r} does not exist; run scripts/install-system.sh"
        ) from exc
    return entry.pw_uid, entry.pw_gid


def make_dir(path: Path, owner: str | None = None, mode: int = 0o755) -> Path:
    """Create path (and parents) and, when root, hand it to the service user."""
    path.mkdir(parents=True, exist_ok=True)
    if owner and is_root():
        uid, gid = user_ids(owner)
        os.chown(path, uid, gid)
    path.chmod(mode)
    return path


def link_to(link: Path, target: Path) -> None:
    """Point var_dir/<name> at the service user's copy; never replaces a real directory."""
    link.parent.mkdir(parents=True, exist_ok=True)
    if link.is_symlink():
        if link.resolve() == target:
            return
        link.unlink()
    elif link.exists():
        link.with_name(link.name + ".location").write_text(f"{target}\n")
        return
    link.symlink_to(target)


def as_user(user: str | None, argv: Sequence[str], env: Mapping[str, str]) -> list[str]:
    """Wrap argv so it runs as `user` with exactly env (runuser when we are root)."""
    prefix = ["runuser", "-u", user, "--"] if user and is_root() else []
    return [*prefix, "env", "-i", *(f"{k}={v}" for k, v in env.items()), *argv]


def base_env(home: Path) -> dict[str, str]:
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin",
        "LANG": "C.UTF-8",
        "HOME": str(home),
    }


def private_log(log: Path) -> int:
    """A log opened for appending, 0600 whatever the umask: logs name files and documents."""
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    if os.fstat(fd).st_uid == os.geteuid():
        os.fchmod(fd, 0o600)
    return fd


def write_private(path: Path, text: str) -> None:
    """Replace path's content; mode 0600 whatever the umask (configuration with secrets)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(text)


def spawn(argv: Sequence[str], log: Path, cwd: Path,
          env: Mapping[str, str] | None = None) -> subprocess.Popen[bytes]:
    """Start argv detached from us (own session, no stdin) with output appended to log.

    The child runs with umask 077, so what it writes (data, logs, append-only files) is
    for its own user alone."""
    fd = private_log(log)
    try:
        return subprocess.Popen(
            list(argv),
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=fd,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            umask=0o077,
        )
    finally:
        os.close(fd)


def run(argv: Sequence[str], what: str, timeout: float = 600, cwd: Path | None = None) -> str:
    """Run a setup command to completion; raise ServiceError with its output on failure."""
    try:
        proc = subprocess.run(list(argv), capture_output=True, text=True, timeout=timeout, cwd=cwd)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ServiceError(f"{what} failed: {exc}") from exc
    if proc.returncode != 0:
        raise ServiceError(
            f"{what} failed (exit {proc.returncode}):\n{(proc.stdout + proc.stderr)[-3000:]}"
        )
    return proc.stdout


class Service(ABC):
    """One managed local server process."""

    name: str = ""
    marker: str = ""  # substring of the process command line, to recognise our pid
    default_timeout: float = 30.0
    stop_signal: signal.Signals = signal.SIGTERM

    def __init__(self, options: RuntimeOptions) -> None:
        self.options = options
        self.var_dir = Path(options.var_dir).resolve()
        self._launcher: subprocess.Popen[bytes] | None = None

    # -- what each service defines -------------------------------------------------
    @property
    @abstractmethod
    def url(self) -> str: ...

    @property
    @abstractmethod
    def port(self) -> int: ...

    @property
    @abstractmethod
    def pidfile(self) -> Path: ...

    @property
    @abstractmethod
    def logfile(self) -> Path: ...

    @abstractmethod
    def ensure_installed(self) -> None:
        """Fetch or build what the service needs; cheap when already done."""

    @abstractmethod
    def _launch(self) -> None:
        """Prepare directories and configuration, then start the detached process."""

    @abstractmethod
    def _probe(self) -> str | None:
        """Return None when the service answers, else a short reason."""

    def _after_ready(self) -> None:  # noqa: B027 - optional hook, empty by default
        """Hook for work that needs the running service (roles, databases)."""

    def purge(self) -> None:
        """Stop and delete this instance's data (used by tests and resets)."""
        self.stop()

    # -- the common behaviour --------------------------------------------------------
    def pid(self) -> int | None:
        pid = read_pid(self.pidfile)
        return pid if pid_alive(pid, self.marker) else None

    def status(self) -> ServiceStatus:
        pid = self.pid()
        if pid is None:
            return ServiceStatus(self.name, False, None, self.url, False, "not running")
        reason = self._probe()
        detail = f"pid {pid}, ready" if reason is None else f"pid {pid}, not ready: {reason}"
        return ServiceStatus(self.name, True, pid, self.url, reason is None, detail)

    def start(self, wait: bool = True, timeout: float | None = None) -> ServiceStatus:
        """Start unless already running; with wait, block until ready or raise ServiceError."""
        timeout = self.default_timeout if timeout is None else timeout
        with self._lock():
            self.ensure_installed()
            if self.pid() is None:
                self._clean_stale()
                if port_open(self.port):
                    raise ServiceError(
                        f"{self.name}: port {self.port} is in use by another process"
                    )
                began = time.monotonic()
                self._launch()
                if not wait:
                    return self.status()
                self._wait_ready(timeout, began)
                self._after_ready()
                status, took = self.status(), time.monotonic() - began
                return replace(status, detail=f"{status.detail}, started in {took:.1f}s")
            if wait:
                self._wait_ready(timeout, time.monotonic())
                self._after_ready()
            return self.status()

    def stop(self, timeout: float = 30.0) -> ServiceStatus:
        """Ask the process to stop, wait, then kill it; a no-op when not running."""
        pid = self.pid()
        if pid is not None:
            self._signal(pid, self.stop_signal)
            if not self._wait_gone(pid, timeout):
                self._signal(pid, signal.SIGKILL)
                if not self._wait_gone(pid, 10):
                    raise ServiceError(f"{self.name}: pid {pid} did not exit after SIGKILL")
        self._clean_stale()
        return self.status()

    # -- helpers ------------------------------------------------------------------------
    def _clean_stale(self) -> None:
        if self.pidfile.exists() and self.pid() is None:
            self.pidfile.unlink(missing_ok=True)

    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        """Serialise start across processes (e.g. parallel test workers)."""
        make_dir(self.var_dir, mode=0o700)  # service data, keys and logs below: ours alone
        lockdir = make_dir(self.var_dir / "locks", mode=0o700)
        with os.fdopen(private_log(lockdir / f"{self.name}.lock"), "w") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def _wait_ready(self, timeout: float, began: float) -> None:
        reason: str | None = "not started"
        while time.monotonic() - began < timeout:
            reason = self._probe()
            if reason is None:
                return
            if self.pid() is None:
                code = self._launcher.poll() if self._launcher else 0
                if code not in (None, 0):
                    raise ServiceError(
                        self._failure(f"launcher exited with status {code} ({reason})")
                    )
                if code == 0 and time.monotonic() - began > 5:
                    raise ServiceError(self._failure(f"process is not running ({reason})"))
            time.sleep(0.2)
        raise ServiceError(self._failure(f"not ready after {timeout:.0f}s ({reason})"))

    def _failure(self, what: str) -> str:
        log = f"--- last lines of {self.logfile} ---\n{tail(self.logfile)}"
        return f"{self.name} on port {self.port}: {what}\n{log}"

    def _signal(self, pid: int, sig: signal.Signals) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, sig)

    def _wait_gone(self, pid: int, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not pid_alive(pid):  # no marker: an exiting process's cmdline is already empty
                return True
            time.sleep(0.1)
        return False
