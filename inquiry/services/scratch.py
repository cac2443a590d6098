"""Scratch folders for files being taken in (uploads, archives, decrypted copies): private
to this user, named by the process that made them, and cleared of what dead processes left."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ingest.private import private_dir


def _scratch_root() -> Path:
    from flask import current_app

    return Path(current_app.extensions["inquiry_settings"].var_dir) / "tmp"


_CLEANED: set[str] = set()


@contextlib.contextmanager
def scratch_dir(prefix: str) -> Iterator[Path]:
    """A temporary directory under var/tmp named by this process; the first use in a
    process removes what dead processes left there (a web process killed mid-upload)."""
    root = private_dir(_scratch_root())
    if str(root) not in _CLEANED:
        _CLEANED.add(str(root))
        clean_scratch(root)
    path = Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-", dir=root))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def clean_scratch(root: Path) -> int:
    """Remove scratch directories whose process is gone; returns how many."""
    removed = 0
    for entry in root.glob("*-*-*"):
        pid = entry.name.split("-")[1]
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
            continue  # still running
        except ProcessLookupError:
            pass
        except PermissionError:
            continue
        shutil.rmtree(entry, ignore_errors=True)
        removed += 1
    return removed
