"""How far a running publication has got: written by the worker as it goes (at most once a
second), read by the workspace, so a reviewer publishing 5,000 pages sees it moving."""

from __future__ import annotations

import time
from collections.abc import Callable

from inquiry.extensions import db
from inquiry.models.base import utcnow
from inquiry.models.review import PublicationProgress

# The engine's stage names, in the order a publication passes them, in words.
STAGES = {
    "start": "Starting",
    "apply": "Redacting",
    "verify:pdfminer": "Checking the text (reader 1 of 4)",
    "verify:pdftotext": "Checking the text (reader 2 of 4)",
    "verify:pdfium": "Checking the text (reader 3 of 4)",
    "verify:OCR": "Reading the pages as an eye would (reader 4 of 4)",
    "store": "Storing the published file",
}


class ProgressWriter:
    """The engine's ``progress(stage, done, total)`` callback, throttled and committed."""

    def __init__(self, document_id: int, every_seconds: float = 1.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.document_id = document_id
        self.every = every_seconds
        self.clock = clock
        self.last: tuple[str, float] | None = None

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = self.clock()
        if (self.last is not None and self.last[0] == stage and done < total
                and now - self.last[1] < self.every):
            return
        self.last = (stage, now)
        row = db.session.get(PublicationProgress, self.document_id)
        if row is None:
            row = PublicationProgress(document_id=self.document_id)
            db.session.add(row)
        row.stage, row.done, row.total, row.updated_at = stage[:40], done, total, utcnow()
        db.session.commit()


def describe(document_id: int) -> dict | None:
    """The latest progress, as the workspace shows it: {"text", "done", "total", "at"}."""
    row = db.session.get(PublicationProgress, document_id)
    if row is None:
        return None
    words = STAGES.get(row.stage, row.stage)
    text = f"{words}: page {row.done:,} of {row.total:,}" if row.total else f"{words}…"
    return {"text": text, "done": row.done, "total": row.total,
            "at": row.updated_at.isoformat() + "Z"}
