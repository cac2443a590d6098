"""A local, verified copy of a stored PDF for the libraries that need a file path.

Workers process a document in many short tasks; fetching a large original from S3 for
each one would be wasteful, so recent copies are kept under var/ and reused.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from flask import current_app

from ingest.private import private_dir
from inquiry.services import blobs

KEEP = 8  # recent working copies kept
IDLE_SECONDS = 15 * 60  # never remove a copy used this recently: another worker may be on it


def working_copy(sha256: str) -> Path:
    settings = current_app.extensions["inquiry_settings"]
    folder = private_dir(settings.var_dir / "work")  # copies of evidence: ours alone
    path = folder / f"{sha256}.pdf"
    if path.exists():
        os.utime(path)
        return path
    blobs.store().copy_to(sha256, path)  # verified and atomic
    _prune(folder)
    return path


def _prune(folder: Path) -> None:
    """Drop the least recently used copies beyond KEEP, but only idle ones: workers on one
    machine share the folder, and a copy in use must not vanish under another worker."""
    now = time.time()
    copies = []
    for path in folder.glob("*.pdf"):
        try:
            copies.append((path.stat().st_mtime, path))
        except FileNotFoundError:
            continue
    copies.sort(reverse=True)
    for mtime, old in copies[KEEP:]:
        if now - mtime > IDLE_SECONDS:
            old.unlink(missing_ok=True)
