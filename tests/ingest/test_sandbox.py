"""The sandbox: limits are resource limits on a child, and the reasons are plain."""

from __future__ import annotations

import pickle
import resource
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest import extract, ocr, render, sandbox
from ingest.render import RenderError
from tests import crafted

SMALL = sandbox.Limits(memory_bytes=512 * 1024 * 1024, cpu_seconds=20, wall_seconds=20)


def hog_memory(megabytes: int) -> int:
    return len(bytearray(megabytes * 1024 * 1024))


def spin(seconds: float) -> None:
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def sleep(seconds: float) -> None:
    import time

    time.sleep(seconds)


def test_result_and_exceptions_come_back(tmp_path: Path) -> None:
    assert sandbox.run(hog_memory, 10, limits=SMALL) == 10 * 1024 * 1024
    page = crafted.huge_page(tmp_path, 600)
    with pytest.raises(RenderError, match="outside"):
        sandbox.run(render.render_page_png, str(page), 5, limits=SMALL)


def test_memory_limit_is_a_plain_reason() -> None:
    with pytest.raises(sandbox.SandboxError, match=r"ran out of memory \(limit 0.5 GB\)"):
        sandbox.run(hog_memory, 2048, limits=SMALL)


def test_wall_clock_limit_kills_the_child() -> None:
    limits = sandbox.Limits(memory_bytes=SMALL.memory_bytes, cpu_seconds=20, wall_seconds=1)
    with pytest.raises(sandbox.SandboxError, match="took longer than 1 s"):
        sandbox.run(sleep, 30, limits=limits)


def test_cpu_limit_is_a_plain_reason() -> None:
    limits = sandbox.Limits(memory_bytes=SMALL.memory_bytes, cpu_seconds=1, wall_seconds=30)
    with pytest.raises(sandbox.SandboxError, match="processor time"):
        sandbox.run(spin, 20, limits=limits)


def chunks(*megabytes: int) -> Iterator[int]:
    for size in megabytes:
        yield hog_memory(size)


def test_a_child_started_ahead_serves_the_next_step_under_its_own_limits() -> None:
    assert list(sandbox.iterate(chunks, 1, limits=SMALL, warm_next=True)) == [1 << 20]
    assert sandbox._spare is not None
    spare = sandbox._spare[1][0]
    assert spare.poll() is None  # started, waiting for its request
    with pytest.raises(sandbox.SandboxError, match=r"ran out of memory \(limit 0.5 GB\)"):
        list(sandbox.iterate(chunks, 1, 2048, limits=SMALL))
    assert spare.poll() is not None and sandbox._spare is None  # it ran the second step


def test_a_child_started_ahead_for_extraction_has_loaded_pdfium_before_its_request(
        made: dict[str, Path]) -> None:
    """The extraction stage's spare child imports the reader's library (named by
    ``extract.SANDBOX_PRELOAD``) while it waits, so its step starts reading at once."""
    from tests.conftest import wait_for

    first = list(sandbox.iterate(extract.pages_to_store, str(made["text"]), warm_next=True))
    spare = sandbox._spare[1][0]
    maps = Path(f"/proc/{spare.pid}/maps")
    wait_for(lambda: b"libpdfium" in maps.read_bytes(), timeout=60, interval=0.05)
    assert spare.poll() is None  # still waiting for its request
    assert list(sandbox.iterate(extract.pages_to_store, str(made["text"]))) == first
    assert spare.poll() is not None and sandbox._spare is None  # it read the second step


def test_the_parent_refuses_anything_but_plain_data() -> None:
    evil = pickle.dumps(Path)  # a class from outside the allow-list
    assert isinstance(sandbox._safe_loads(evil), sandbox.SandboxError)
    page = extract.build_page(1, 10, 10, False, [[("a", 0, 0, 1, 1)]])
    assert sandbox._safe_loads(pickle.dumps(page)) == page


def bad_pages(kind: str) -> Iterator[object]:
    from ingest.pages import StoredPage

    yield StoredPage(1, 10.0, 10.0, False, "ab", False)
    page = StoredPage(2, 10.0, 10.0, False, "ab", False)
    if kind == "types":
        page.number = "2"  # type: ignore[assignment]
    else:
        page.offsets = struct.pack("=2q", 1, 9)  # past the end of the text
        page.boxes = bytes(32)
    yield page


def test_a_page_sent_back_with_fields_of_the_wrong_types_stops_the_child() -> None:
    """A child taken over by a hostile file is not believed: a page whose fields are not of
    their types is refused as it is unpickled, and the step stops there."""
    got = []
    with pytest.raises(sandbox.SandboxError, match="cannot be read"):
        got.extend(sandbox.iterate(bad_pages, "types", limits=SMALL))
    assert [page.number for page in got] == [1]


def test_a_page_whose_offsets_leave_its_text_is_not_stored() -> None:
    first, second = sandbox.iterate(bad_pages, "offsets", limits=SMALL)
    assert first.words_json() == b"[]"
    with pytest.raises(ValueError, match="do not fall in the text"):
        second.words_json()


def test_recursive_drawings_exhaust_only_the_child(tmp_path: Path) -> None:
    bomb = crafted.recursive_xobjects(tmp_path)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(sandbox.SandboxError, match="ran out of memory"):
        sandbox.run(render.render_page_png, str(bomb), 1, limits=SMALL)
    # this process grew by less than 50 MB (ru_maxrss is in KB)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 50 * 1024


def test_huge_pages_are_scaled_to_the_pixel_cap(tmp_path: Path) -> None:
    from io import BytesIO

    from PIL import Image

    for points in (9200, 14400):
        page = crafted.huge_page(tmp_path, points)
        png = sandbox.run(render.render_page_png, str(page), 1, max_pixels=4_000_000,
                          limits=SMALL)
        width, height = Image.open(BytesIO(png)).size
        assert width * height <= 4_000_000 and width > 1900


def test_a_large_scan_is_read_at_the_resolution_that_fits(tmp_path: Path) -> None:
    scan = crafted.large_scan(tmp_path)  # 3,400 pt wide: 300 dpi would be 200+ megapixels
    page = sandbox.run(ocr.ocr_page, str(scan), 1, max_pixels=30_000_000,
                       limits=sandbox.Limits(wall_seconds=120))
    assert "inquiry" in page.text.lower()
    assert max(w.x1 for w in page.words) > 1000  # boxes in points of the large page


def test_form_field_values_are_text_of_the_page(tmp_path: Path) -> None:
    form = crafted.form_fields(tmp_path, {"witness": "Jane Doe", "dob": "01/02/2003"})
    (page,) = extract.extract_pages(form, ocr="never")
    assert "Jane Doe" in page.text and "01/02/2003" in page.text
    jane = next(w for w in page.words if w.text == "Jane")
    assert 72 <= jane.x0 < 400 and 60 < jane.y0 < 100  # in the field's box, top-left origin


def test_slow_text_page_is_stopped_per_page(tmp_path: Path) -> None:
    slow = crafted.slow_text_page(tmp_path)
    limits = sandbox.Limits(memory_bytes=SMALL.memory_bytes, cpu_seconds=60, wall_seconds=1)
    with pytest.raises(sandbox.SandboxError, match="took longer than 1 s"):
        list(sandbox.iterate(extract.extract_pages, str(slow), ocr="never", limits=limits))


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[-1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def test_a_child_ends_with_the_process_that_started_it() -> None:
    """A worker killed mid-page (the out-of-memory killer) takes its sandboxed child with
    it, so no orphan goes on reading the hostile file beside the retried task's child."""
    import os
    import signal
    import subprocess
    import sys

    from tests.conftest import wait_for

    parent = subprocess.Popen([sys.executable, "-c", (
        "from ingest import sandbox; from tests.ingest.test_sandbox import sleep; "
        "sandbox.run(sleep, 600, limits=sandbox.Limits(cpu_seconds=600, wall_seconds=600))")],
        cwd=Path(__file__).resolve().parents[2])
    try:
        children = Path(f"/proc/{parent.pid}/task/{parent.pid}/children")
        child = int(wait_for(lambda: children.read_text().split(), timeout=30, interval=0.05)[0])
        assert _alive(child)
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(10)
        wait_for(lambda: not _alive(child), timeout=10, interval=0.05)
    finally:
        if parent.poll() is None:
            parent.kill()
