"""The one door from the application to code that reads untrusted PDFs: every call here
runs in a sandboxed child (``ingest.sandbox``) under the limits in settings, so a hostile
file can exhaust only that child, never the web app or a worker."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator

from flask import current_app

from ingest import sandbox
from ingest.pages import Page, StoredPage
from ingest.sandbox import SandboxError

log = logging.getLogger(__name__)

__all__ = ["SandboxError", "decrypt", "extract_pages", "image_boxes", "max_pixels",
           "metadata_title", "notice_png", "ocr_page", "page_png", "preview_png", "probe",
           "read_load_file"]


def _settings():  # noqa: ANN202 - config.Settings
    return current_app.extensions["inquiry_settings"]


def limits(wall_seconds: float | None = None, cpu_seconds: int | None = None) -> sandbox.Limits:
    """The settings' limits; ``wall_seconds`` defaults to one page's worth."""
    s = _settings()
    return sandbox.Limits(memory_bytes=s.sandbox_memory_mb * 1024 * 1024,
                          cpu_seconds=cpu_seconds or s.sandbox_cpu_seconds,
                          wall_seconds=wall_seconds or s.page_seconds)


def max_pixels() -> int:
    return _settings().max_pixels


def page_png(path: str | os.PathLike, number: int, dpi: float) -> bytes:
    """A viewer image, rendered in a child (the web process never renders); a page that
    passes a limit comes back as an image saying why, so the viewer shows the reason."""
    from ingest import render

    try:
        return sandbox.run(render.render_page_png, os.fspath(path), number, dpi=dpi,
                           max_pixels=max_pixels(), limits=limits())  # type: ignore[return-value]
    except SandboxError as exc:
        log.warning("page %s of %s not rendered: %s", number, path, exc.reason)
        return notice_png(f"Page {number} cannot be shown: drawing it {exc.reason}.")


def notice_png(message: str, width: int = 900) -> bytes:
    """A plain image with a sentence on it, drawn here (no untrusted input involved)."""
    import io
    import textwrap

    from PIL import Image, ImageDraw

    lines = textwrap.wrap(message, 90)
    image = Image.new("RGB", (width, 40 + 18 * len(lines)), (250, 247, 240))
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((20, 20 + 18 * i), line, fill=(60, 40, 20))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def read_load_file(path: str | os.PathLike, kind: str):  # noqa: ANN201 - loadfile.RawSheet
    """A provider's load file (CSV or .xlsx, untrusted: a zip of XML) read in a child."""
    from ingest import loadfile

    try:
        return sandbox.run(loadfile.read_rows, os.fspath(path), kind,
                           limits=limits(wall_seconds=60))
    except SandboxError as exc:
        return loadfile.RawSheet(problems=[f"The load file could not be read: reading it "
                                           f"{exc.reason}."])


def image_boxes(path: str | os.PathLike, number: int) -> list[tuple[float, float, float, float]]:
    from ingest import render

    return sandbox.run(render.image_boxes, os.fspath(path), number,
                       limits=limits())  # type: ignore[return-value]


def preview_png(path: str | os.PathLike, number: int, redactions: list,
                page: Page | None) -> bytes:
    """The reviewer's preview of a published page, painted in a child."""
    from redaction.apply import preview_page

    try:
        return sandbox.run(preview_page, os.fspath(path), number, redactions, page=page,
                           max_pixels=max_pixels(), limits=limits())  # type: ignore[return-value]
    except SandboxError as exc:
        log.warning("preview of page %s of %s not rendered: %s", number, path, exc.reason)
        return notice_png(f"Page {number} cannot be previewed: drawing it {exc.reason}.")


def probe(path: str | os.PathLike, password: str | None = None):  # noqa: ANN201 - PdfProbe
    """qpdf's look at a new file (page count, encryption), in a child."""
    from ingest import validate

    try:
        return sandbox.run(validate.probe_pdf, os.fspath(path), password, limits=limits())
    except SandboxError as exc:
        return validate.PdfProbe("corrupt", reason=f"The PDF could not be opened within the "
                                                   f"limits: it {exc.reason}.")


def decrypt(path: str | os.PathLike, password: str, out: str | os.PathLike):  # noqa: ANN201 - PdfProbe
    """A decrypted copy of an encrypted original written to ``out`` by qpdf, in a child."""
    from ingest import validate

    try:
        return sandbox.run(validate.decrypt_pdf, os.fspath(path), password, os.fspath(out),
                           limits=limits(wall_seconds=max(_settings().page_seconds, 120)))
    except SandboxError as exc:
        return validate.PdfProbe("corrupt", reason=f"The document could not be decrypted "
                                                   f"within the limits: it {exc.reason}.")


def metadata_title(path: str | os.PathLike) -> str | None:
    """The document's own metadata title, read by qpdf in a child (the file is untrusted);
    None when it has none or reading it passes a limit, since a title is never worth
    failing a document for."""
    from ingest import titles

    try:
        return sandbox.run(titles.read_metadata_title, os.fspath(path),
                           limits=limits())  # type: ignore[return-value]
    except SandboxError as exc:
        log.info("no metadata title from %s: reading it %s", path, exc.reason)
        return None


def extract_pages(path: str | os.PathLike, first: int, last: int) -> Iterator[StoredPage]:
    """Pages ``first``..``last`` without OCR, as stored; the wall-clock limit applies to
    each page."""
    from ingest import extract

    s = _settings()
    cpu = min(s.sandbox_cpu_seconds, s.page_seconds * (last - first + 1) + 30)
    yield from sandbox.iterate(extract.pages_to_store, os.fspath(path),
                               pages=range(first, last + 1), warm_next=True,
                               limits=limits(cpu_seconds=cpu))  # type: ignore[misc]


def ocr_page(path: str | os.PathLike, number: int) -> Page:
    """One page read by Tesseract at the resolution that fits the pixel cap."""
    from ingest import ocr

    s = _settings()
    return sandbox.run(ocr.ocr_page, os.fspath(path), number, max_pixels=max_pixels(),
                       limits=limits(cpu_seconds=min(s.sandbox_cpu_seconds,
                                                     2 * s.page_seconds)))  # type: ignore[return-value]


def apply_and_verify(source: str | os.PathLike, out: str | os.PathLike, redactions: list,
                     load_page, page_count: int, verify: dict,  # noqa: ANN001 - Callable
                     progress) -> tuple[object, object]:  # noqa: ANN001 - ProgressWriter
    """Publication's reading and drawing of the original, in a child: the pages' words are
    spooled to a file (the child has no database), progress comes back page by page.
    Returns (ApplyResult, VerificationReport)."""
    import json
    import tempfile

    s = _settings()
    lim = limits(wall_seconds=5 * s.page_seconds, cpu_seconds=s.publish_seconds)
    with tempfile.NamedTemporaryFile("w", suffix=".pages", dir=os.path.dirname(out)) as spool:
        for number in range(1, page_count + 1):  # one page at a time: memory stays flat
            page = load_page(number)
            spool.write((json.dumps(page.to_dict(offsets=True)) if page else "") + "\n")
        spool.flush()
        for item in sandbox.iterate(publish_child, os.fspath(source), os.fspath(out),
                                    redactions, spool.name, verify, max_pixels(), limits=lim):
            if item[0] == "progress":
                progress(*item[1:])
            else:
                return item[1], item[2]
    raise SandboxError("stopped without an answer")


def publish_child(source: str, out: str, redactions: list, pages_file: str, verify: dict,
                  pixels: int) -> Iterator[tuple]:
    """Runs in the child: apply, then verify, yielding progress as it goes."""
    import json
    import queue
    import threading

    from redaction.apply import apply_redactions
    from redaction.verify import verify_pdf

    with open(pages_file, encoding="utf-8") as fh:
        lines = fh.read().splitlines()

    def load(number: int) -> Page | None:
        line = lines[number - 1] if 0 < number <= len(lines) else ""
        return Page.from_dict(json.loads(line)) if line else None

    events: queue.Queue = queue.Queue()

    def note(stage: str, done: int, total: int) -> None:
        events.put(("progress", stage, done, total))

    def work() -> None:
        try:
            result = apply_redactions(source, out, redactions, load, progress=note,
                                      max_pixels=pixels)
            report = verify_pdf(out, redactions, painted=result.painted, progress=note,
                                max_pixels=pixels, **verify)
            events.put(("done", result, report))
        except BaseException as exc:  # noqa: BLE001 - handed to the parent as it is
            events.put(("error", exc))

    threading.Thread(target=work, daemon=True).start()
    while True:
        item = events.get()
        if item[0] == "error":
            raise item[1]
        yield item
        if item[0] == "done":
            return
