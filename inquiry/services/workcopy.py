"""A local, verified copy of a stored PDF for the libraries that need a file path.

Workers process a document in many short tasks; fetching a large original from S3 for
each one would be wasteful, so recent copies are kept under var/ and reused.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from flask import current_app

from inquiry.services import blobs

KEEP = 8  # recent working copies kept per process


def working_copy(sha256: str) -> Path:
    settings = current_app.extensions["inquiry_settings"]
    folder = settings.var_dir / "work"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{sha256}.pdf"
    if path.exists():
        os.utime(path)
        return path
    fd, tmp = tempfile.mkstemp(dir=folder, suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out, blobs.store().open(sha256) as src:
            while chunk := src.read(1024 * 1024):
                out.write(chunk)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _prune(folder)
    return path


def _prune(folder: Path) -> None:
    copies = sorted(folder.glob("*.pdf"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in copies[KEEP:]:
        old.unlink(missing_ok=True)
