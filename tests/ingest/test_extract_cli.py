"""`inquiry extract` reads the file as the worker does: in sandboxed children under the
settings' limits. A large scan is read at the resolution that fits the pixel cap; a damaged
or hostile file ends with one line saying why and exit 1, never a traceback."""

from __future__ import annotations

import json
import resource
from pathlib import Path

import pytest
from click.testing import CliRunner

from inquiry.cli_ingest import extract_command
from tests import crafted, pdfs


def _run(pdf: Path, *args: str, **env: str):  # noqa: ANN202 - click's Result
    return CliRunner().invoke(extract_command, [str(pdf), *args], env=env)


@pytest.fixture
def parent_never_parses(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any parse of the file in this (the parent) process fails the test. The stand-ins keep
    the real functions' names, so a child (a fresh interpreter) still runs the real ones."""
    import functools

    import pikepdf

    from ingest import extract, ocr, render, validate

    def refusing(original):  # noqa: ANN001, ANN202
        @functools.wraps(original)
        def refuse(*_args: object, **_kwargs: object) -> None:
            raise AssertionError("the untrusted PDF was parsed outside the sandbox")
        return refuse

    for module, name in ((extract, "extract_pages"), (ocr, "ocr_page"), (pikepdf, "open"),
                         (render, "render_page"), (validate, "probe_pdf")):
        monkeypatch.setattr(module, name, refusing(getattr(module, name)))


def test_text_is_extracted_in_children(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    text = pdfs.text_pdf(tmp_path)
    request.getfixturevalue("parent_never_parses")
    result = _run(text, "--json")
    assert result.exit_code == 0, result.output
    (page,) = json.loads(result.stdout)["pages"]
    assert "Jane Example" in page["text"] and page["words"]


def test_a_large_scan_is_read_at_the_resolution_that_fits(
        tmp_path: Path, request: pytest.FixtureRequest) -> None:
    scan = crafted.large_scan(tmp_path)  # 3,400 pt wide: 300 dpi would be 200+ megapixels
    request.getfixturevalue("parent_never_parses")
    result = _run(scan, INQUIRY_MAX_PIXELS="20000000")
    assert result.exit_code == 0, result.output
    assert "(OCR)" in result.stdout and "inquiry" in result.stdout.lower()
    assert "Traceback" not in result.output


@pytest.mark.parametrize("make", [pdfs.corrupt_pdf, pdfs.truncated_pdf, pdfs.zero_page_pdf])
def test_a_damaged_file_ends_with_one_line(tmp_path: Path, make) -> None:  # noqa: ANN001
    result = _run(make(tmp_path))
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 1 and len(lines) == 1 and lines[0].startswith("Error: ")
    assert "Traceback" not in result.output


def test_a_hostile_page_fails_in_its_child_with_the_reason(tmp_path: Path) -> None:
    bomb = crafted.recursive_xobjects(tmp_path)  # no text: OCR renders it, pdfium grows
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = _run(bomb, INQUIRY_SANDBOX_MEMORY_MB="512")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1].startswith("Error: ")
    assert "ran out of memory (limit 0.5 GB)" in result.stderr
    assert "Traceback" not in result.output
    # this process grew by less than 50 MB (ru_maxrss is in KB)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 50 * 1024


def test_encrypted_without_password_says_so(tmp_path: Path) -> None:
    result = _run(pdfs.encrypted_pdf(tmp_path))
    assert result.exit_code == 1 and "Password required" in result.stderr
    again = _run(pdfs.encrypted_pdf(tmp_path, name="again.pdf"), "--password", "s3cret")
    assert again.exit_code == 0, again.output
