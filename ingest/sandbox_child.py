"""The child side of :mod:`ingest.sandbox`: ``python -m ingest.sandbox_child``.

A child is started for every step of every document, so this module imports only what the
child needs (the parent's side brings in subprocess, tempfile and the rest, and a child
compiles what it imports when no bytecode is cached): it takes its limits from the request,
sets them before it touches the file, and sends back length-prefixed pickled frames.
"""

from __future__ import annotations

import importlib
import os
import pickle
import signal
import struct
import sys

HEADER = struct.Struct("!cQ")  # kind (r: result, i: item, e: error, d: done), length


def _die_with_parent() -> None:
    """End with the process that started us: a worker or web process killed mid-page (the
    out-of-memory killer, a crash) must not leave a child reading a hostile file for up to
    its CPU limit, beside the child its redelivered task starts on the same file."""
    import ctypes

    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the closed pipe ends us at our next write
        return
    parent = os.environ.get("INQUIRY_SANDBOX_PARENT", "")
    if parent.isdigit() and os.getppid() != int(parent):  # it died before prctl took hold
        os._exit(1)


def _preload(name: str) -> None:
    """Import our own module, named by the parent, and the libraries it names in
    ``SANDBOX_PRELOAD`` (those it imports only where it uses them, so that the processes
    that import it do not load them): a child started ahead of its request then starts work
    at once. Nothing here has seen a file."""
    try:
        module = importlib.import_module(name)
        for library in getattr(module, "SANDBOX_PRELOAD", ()):
            importlib.import_module(library)
    except Exception:  # noqa: BLE001, S110 - the request imports it again and says why
        pass


def main() -> int:
    import resource

    _die_with_parent()
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything a library prints goes to stderr, never into the answer
    preload = os.environ.get("INQUIRY_SANDBOX_PRELOAD")  # a spare child (sandbox._take_spare)
    if preload:
        _preload(preload)
    # the request comes from the parent that started us, never from the file being read
    (memory, cpu), module, qualname, args, kwargs, iterating = pickle.load(sys.stdin.buffer)  # noqa: S301
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    cpu = max(1, int(cpu))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    def send(kind: str, payload: object) -> None:
        data = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
        out.write(HEADER.pack(kind.encode(), len(data)) + data)
        out.flush()

    try:
        fn = importlib.import_module(module)
        for part in qualname.split("."):
            fn = getattr(fn, part)
        if iterating:
            for item in fn(*args, **kwargs):
                send("i", item)
            send("d", None)
        else:
            send("r", fn(*args, **kwargs))
    except MemoryError:
        send("e", MemoryError())
    except BaseException as exc:  # noqa: BLE001 - every failure goes back to the parent
        try:
            send("e", exc)
        except Exception:  # noqa: BLE001 - an exception that cannot be pickled
            send("e", f"{type(exc).__name__}: {exc}")
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # The answer is written and flushed: leave without tearing the interpreter down (tens
    # of milliseconds with pdfium and pdfminer loaded, which the parent would wait for).
    os._exit(code)
