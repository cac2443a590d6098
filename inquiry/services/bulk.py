"""Bulk import for the CLI: intake file by file with a progress bar, then follow the
workers to the end and report ingested, duplicates and failures with reasons."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from sqlalchemy import func, select

from inquiry.extensions import db
from inquiry.models.document import ACTIVE_STATUSES, Document, Status
from inquiry.services import intake
from inquiry.services.actor import SYSTEM
from inquiry.services.intake import IncomingFile, IntakeSummary, Metadata


@dataclass
class BulkResult:
    batch_id: int
    summary: IntakeSummary
    ready: list[str] = field(default_factory=list)
    failed_later: list[tuple[str, str]] = field(default_factory=list)
    unfinished: list[str] = field(default_factory=list)
    # Set when the evidence store went down: why, and the files not taken in.
    stopped: str = ""
    not_taken: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.summary.failed or self.failed_later or self.unfinished
                    or self.stopped)

    def report(self) -> str:
        s = self.summary
        lines = [f"Batch {self.batch_id}: {s.total} file(s)",
                 f"  ingested:          {len(s.stored) - len(self.failed_later)}",
                 f"  already held:      {len(s.duplicates)}",
                 f"  password required: {len(s.needs_password)}",
                 f"  failed:            {len(s.failed) + len(self.failed_later)}"]
        if s.waiting:
            lines.append(f"  waiting:           {len(s.waiting)} stored; waiting for a worker "
                         "(the task queue is unavailable; processing starts when it returns)")
        if self.unfinished:
            lines.append(f"  still processing:  {len(self.unfinished)}")
        if self.stopped:
            lines.append(f"  NOT TAKEN IN:      {len(self.not_taken)}")
            lines.append(f"STOPPED: {self.stopped}. Run the same command again once it is "
                         "back: files already held are reported as duplicates.")
        for name, urn in s.duplicates:
            lines.append(f"  duplicate  {name}: already held as {urn}")
        for name, urn in s.needs_password:
            lines.append(f"  password   {name}: stored as {urn}; supply its password")
        for name, reason in s.failed + self.failed_later:
            lines.append(f"  FAILED     {name}: {reason}")
        return "\n".join(lines)


def run(files: list[Path], metadata: Metadata, settings, *, wait: bool = True,  # noqa: ANN001
        timeout: float | None = None, poll: float = 1.0) -> BulkResult:
    batch_id = intake.new_batch(SYSTEM, "cli", label=metadata.provider)
    limits = intake.limits_from(settings)
    summary = IntakeSummary(batch_id)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn())
    with Progress(*columns, transient=False) as progress:
        task = progress.add_task("Storing", total=len(files))
        result = BulkResult(batch_id, summary)
        for i, path in enumerate(files):
            try:
                one = intake.take_in(batch_id, [IncomingFile(str(path), path)], metadata,
                                     SYSTEM, limits, settings.urn_format)
            except intake.StoreUnavailable as exc:
                result.stopped = f"the evidence store is unavailable ({exc})"
                result.not_taken = [str(p) for p in files[i:]]
                break
            for attr in ("stored", "needs_password", "duplicates", "failed", "waiting"):
                getattr(summary, attr).extend(getattr(one, attr))
            progress.advance(task)
        if wait and summary.stored and not summary.waiting:
            _follow(progress, result, timeout, poll)
    return result


def _follow(progress: Progress, result: BulkResult, timeout: float | None,
            poll: float) -> None:
    urns = [urn for _, urn in result.summary.stored]
    task = progress.add_task("Processing", total=len(urns))
    started = time.monotonic()
    while True:
        db.session.expire_all()
        counts = dict(db.session.execute(
            select(Document.status, func.count()).where(Document.urn.in_(urns))
            .group_by(Document.status)).all())
        active = sum(counts.get(s, 0) for s in ACTIVE_STATUSES)
        progress.update(task, completed=len(urns) - active)
        if not active or (timeout and time.monotonic() - started > timeout):
            break
        time.sleep(poll)
    for document in db.session.scalars(select(Document).where(Document.urn.in_(urns))):
        if document.status == Status.READY:
            result.ready.append(document.urn)
        elif document.status == Status.FAILED:
            result.failed_later.append((document.filename, f"{document.urn}: "
                                        f"{document.failure_reason}"))
        else:
            result.unfinished.append(document.urn)
