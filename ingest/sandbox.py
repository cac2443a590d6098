"""Run a function on an untrusted file in a fresh child process with hard resource limits.

Parsing and rendering hostile PDFs (pdfium, pdfminer, Tesseract) can take gigabytes or
hours; in a child they can only exhaust the child. The child is ``python -m
ingest.sandbox_child`` (a plain subprocess: it works from a web process, a Celery pool
process or a CLI alike; a small module of its own, since one starts every step), which
sets ``RLIMIT_AS`` and ``RLIMIT_CPU`` on itself before it touches the file; the
parent enforces a wall-clock limit and kills the child's whole process group (Tesseract
included) when it runs out. A limit passed becomes a :class:`SandboxError` whose message
says plainly which limit ("ran out of memory (limit 1.5 GB)").

A caller that runs one function step after step (the extraction stage) may have the next
step's child started while the current one works (``warm_next``): it imports the function's
module, then waits for its request like any child, before it has seen a file or a limit.

The request goes to the child as a pickle (the parent is trusted). Results come back as a
pickle read with an allow-list of classes (plain types, ``ingest``/``redaction`` dataclasses
and exceptions), so a child taken over by a hostile file cannot make the parent run code.
"""

from __future__ import annotations

import dataclasses
import io
import os
import pickle
import select
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO

from ingest.sandbox_child import HEADER

GB = 1024 ** 3


@dataclass(frozen=True)
class Limits:
    """What one child may use. ``wall_seconds`` is per item for :func:`iterate`."""

    memory_bytes: int = 1536 * 1024 * 1024
    cpu_seconds: int = 120
    wall_seconds: float = 180.0

    def describe_memory(self) -> str:
        return f"{self.memory_bytes / GB:.3g} GB"


class SandboxError(RuntimeError):
    """The child passed a limit or died; ``reason`` is short and plain, for a clerk."""

    def __init__(self, reason: str, kind: str = "crash") -> None:
        super().__init__(reason)
        self.reason = reason
        self.kind = kind  # memory, cpu, time, crash


def run(fn: Callable, *args: object, limits: Limits = Limits(), **kwargs: object) -> object:
    """``fn(*args, **kwargs)`` in a child under ``limits``; its result, or its exception
    re-raised here, or :class:`SandboxError`. ``fn`` must be a module-level function."""
    for kind, payload in _exchange(fn, args, kwargs, limits, iterate=False):
        if kind == "r":
            return payload
    raise SandboxError("stopped without an answer")  # pragma: no cover - _exchange raises


def iterate(fn: Callable, *args: object, limits: Limits = Limits(), warm_next: bool = False,
            **kwargs: object) -> Iterator[object]:
    """Items of the iterator ``fn(*args, **kwargs)`` made in a child; the wall-clock limit
    applies to each item (a page), the memory and CPU limits to the whole child.

    ``warm_next``: for a caller that runs ``fn`` step after step (the extraction stage),
    start the next step's child now, to import ``fn``'s module while this one works (see
    :func:`_take_spare`)."""
    for kind, payload in _exchange(fn, args, kwargs, limits, iterate=True,
                                   warm_next=warm_next):
        if kind == "i":
            yield payload


# -- parent side ---------------------------------------------------------------------------

_Child = tuple[subprocess.Popen, IO[bytes]]  # the process and the file of its stderr
_spare: tuple[tuple[int, str, tuple], _Child] | None = None  # (owner, module, env), child


def _start(env: dict[str, str]) -> _Child:
    errors = tempfile.TemporaryFile()  # noqa: SIM115 - closed by _exchange
    try:
        proc = subprocess.Popen(  # noqa: S603 - our own interpreter and module
            [sys.executable, "-m", "ingest.sandbox_child"], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=errors, env=env, start_new_session=True,
            cwd=_project_root())
    except BaseException:
        errors.close()
        raise
    return proc, errors


def _take_spare(key: tuple[int, str, tuple]) -> _Child | None:
    """The child started ahead for this process, module and environment, if it is still
    waiting. A spare child has imported the module and waits for its request before
    anything else: it has read no file, and it sets its limits and is handed the file
    exactly as a fresh one (it is one, only started earlier). A spare for another module
    is left waiting; one that has died is reaped; one inherited through a fork belongs to
    the parent process and is only forgotten."""
    global _spare
    if _spare is None:
        return None
    owner, child = _spare
    if owner[0] != os.getpid():
        _spare = None
        return None
    if child[0].poll() is not None:
        _spare = None
        _discard(child)
        return None
    if owner != key:
        return None
    _spare = None
    return child


def _discard(child: _Child) -> None:
    proc, errors = child
    if proc.poll() is None:
        _kill(proc)
    for stream in (proc.stdin, proc.stdout):
        if stream:
            stream.close()
    errors.close()


def _exchange(fn: Callable, args: tuple, kwargs: dict, limits: Limits,
              iterate: bool, warm_next: bool = False) -> Iterator[tuple[str, object]]:
    global _spare
    request = pickle.dumps(((limits.memory_bytes, limits.cpu_seconds), fn.__module__,
                            fn.__qualname__, args, kwargs, iterate))
    env = dict(os.environ, OMP_THREAD_LIMIT="1", PYTHONDONTWRITEBYTECODE="1",
               INQUIRY_SANDBOX_PARENT=str(os.getpid()))
    key = (os.getpid(), fn.__module__, tuple(sorted(env.items())))
    proc, errors = _take_spare(key) or _start(env)
    if warm_next:
        if _spare is not None and _spare[0][0] == os.getpid():
            _discard(_spare[1])  # one spare at most
        _spare = (key, _start(dict(env, INQUIRY_SANDBOX_PRELOAD=fn.__module__)))
    with errors:
        try:
            assert proc.stdin is not None and proc.stdout is not None
            try:
                proc.stdin.write(request)
                proc.stdin.close()
            except BrokenPipeError:
                pass
            reader = _Frames(proc.stdout.fileno())
            while True:
                frame = reader.next(time.monotonic() + limits.wall_seconds)
                if frame is None:  # timed out
                    _kill(proc)
                    raise SandboxError(f"took longer than {limits.wall_seconds:g} s", "time")
                if frame is _EOF:
                    _, status, usage = os.wait4(proc.pid, 0)
                    proc.returncode = os.waitstatus_to_exitcode(status)
                    raise _death(proc.returncode, usage.ru_utime + usage.ru_stime, limits,
                                 _tail(errors))
                kind, data = frame
                payload = _safe_loads(data)
                if kind == "e" or isinstance(payload, SandboxError):  # or a garbled answer
                    if kind == "e":
                        _finish(proc)  # a garbled answer's child is killed below
                    raise _as_exception(payload, limits)
                if kind == "d":
                    _finish(proc)
                    return
                yield kind, payload
                if kind == "r":
                    _finish(proc)
                    return
        finally:
            if proc.poll() is None:
                _kill(proc)
            if proc.stdout:
                proc.stdout.close()


def _project_root() -> str:
    return os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _finish(proc: subprocess.Popen, grace: float = 10.0) -> None:
    """The child has answered: let it exit, or end it if it lingers."""
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        _kill(proc)


def _kill(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()


_EOF = object()


class _Frames:
    """Length-prefixed frames from a pipe, read with a deadline."""

    def __init__(self, fd: int) -> None:
        self.fd, self.buffer = fd, b""

    def _fill(self, size: int, deadline: float) -> bool | None:
        while len(self.buffer) < size:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([self.fd], [], [], left)
            if not ready:
                return None
            chunk = os.read(self.fd, max(65536, size - len(self.buffer)))
            if not chunk:
                return False
            self.buffer += chunk
        return True

    def next(self, deadline: float):  # noqa: ANN201 - a (kind, bytes) frame, _EOF or None
        got = self._fill(HEADER.size, deadline)
        if not got:
            return None if got is None else _EOF
        kind, length = HEADER.unpack(self.buffer[:HEADER.size])
        got = self._fill(HEADER.size + length, deadline)
        if not got:
            return None if got is None else _EOF
        data = self.buffer[HEADER.size:HEADER.size + length]
        self.buffer = self.buffer[HEADER.size + length:]
        return kind.decode(), data


def _tail(errors: object) -> str:
    errors.seek(0)  # type: ignore[attr-defined]
    raw: bytes = errors.read()[-2000:]  # type: ignore[attr-defined]
    lines = raw.decode("utf-8", "replace").strip().splitlines()
    return lines[-1] if lines else ""


def _death(code: int | None, cpu_used: float, limits: Limits, last_line: str) -> SandboxError:
    """Why the child ended without an answer, in words a clerk can pass on."""
    memory = f"ran out of memory (limit {limits.describe_memory()})"
    if code is not None and code < 0:
        sig = -code
        if sig == signal.SIGXCPU or (sig == signal.SIGKILL and cpu_used >= limits.cpu_seconds):
            return SandboxError(f"used more than {limits.cpu_seconds} s of processor time",
                                "cpu")
        if sig in (signal.SIGABRT, signal.SIGSEGV, signal.SIGBUS, signal.SIGKILL):
            # pdfium and its allocator abort or crash when an allocation is refused
            return SandboxError(f"{memory} or crashed ({signal.Signals(sig).name})", "memory")
        return SandboxError(f"crashed ({signal.Signals(sig).name})")
    if "MemoryError" in last_line or "std::bad_alloc" in last_line:
        return SandboxError(memory, "memory")
    said = f": {last_line}" if last_line else ""
    return SandboxError(f"stopped unexpectedly (exit {code}{said})")


def _as_exception(payload: object, limits: Limits) -> BaseException:
    if isinstance(payload, MemoryError):
        return SandboxError(f"ran out of memory (limit {limits.describe_memory()})", "memory")
    if isinstance(payload, BaseException):
        return payload
    return SandboxError(str(payload)[:500])


_SAFE_BUILTINS = {"list", "dict", "tuple", "set", "frozenset", "str", "bytes", "bytearray",
                  "int", "float", "bool", "complex", "slice", "range", "NoneType"}
_SAFE_MODULES = ("ingest.", "redaction.")


class _Restricted(pickle.Unpickler):
    """Only plain data, exceptions and our own dataclasses come back from a child."""

    def find_class(self, module: str, name: str) -> object:
        if module == "builtins":
            obj = getattr(__import__("builtins"), name, None)
            if name in _SAFE_BUILTINS or (isinstance(obj, type)
                                          and issubclass(obj, BaseException)):
                return obj
        elif module == "copyreg" and name in ("_reconstructor", "__newobj__"):
            return super().find_class(module, name)
        elif module in ("pathlib", "pathlib._local") and name in ("PosixPath", "PurePosixPath"):
            return super().find_class(module, name)
        elif module.startswith(_SAFE_MODULES) or module == __name__:
            obj = super().find_class(module, name)
            if isinstance(obj, type) and (issubclass(obj, BaseException)
                                          or dataclasses.is_dataclass(obj)):
                return obj
        raise pickle.UnpicklingError(f"a sandboxed child sent {module}.{name}")


def _safe_loads(data: bytes) -> object:
    try:
        return _Restricted(io.BytesIO(data)).load()
    except Exception as exc:  # noqa: BLE001 - a garbled answer is the child's failure
        return SandboxError(f"sent an answer that cannot be read ({exc})")
