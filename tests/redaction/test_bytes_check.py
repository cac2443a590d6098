"""The verifier's search of the file's decompressed bytes, one object at a time: a name
held outside the visible text (in any encoding, inside or beside a longer name) fails the
file, and markers of earlier revisions are counted across read chunks."""

from __future__ import annotations

import zlib

import pikepdf

from redaction.pdfcheck import count_markers
from redaction.register import Person, Register
from redaction.verify import verify_pdf

from .pdfs import text_pdf

REGISTER = Register([Person("C-001", "Kayleigh Smith", ()), Person("C-002", "Smithson", ())])


def _hide(src, dest, payload: bytes):  # noqa: ANN001
    """Attach a compressed stream the page never draws, under a private key."""
    with pikepdf.open(src) as pdf:
        stream = pikepdf.Stream(pdf, zlib.compress(payload))
        stream.Filter = pikepdf.Name.FlateDecode
        pdf.pages[0].obj[pikepdf.Name("/XPrivate")] = pdf.make_indirect(stream)
        pdf.save(dest)
    return dest


def _bytes_findings(path) -> set[str]:  # noqa: ANN001
    report = verify_pdf(path, [], register=REGISTER, ocr=False)
    return {f.string for f in report.findings if f.check == "bytes"}


def test_a_name_in_a_hidden_stream_fails_in_each_encoding(tmp_path):
    src = text_pdf(tmp_path / "in.pdf", [["Nothing to see on this page."]])
    assert _bytes_findings(src) == set()
    for enc in ("cp1252", "utf-8", "utf-16-be"):
        out = _hide(src, tmp_path / f"{enc}.pdf", "note: KAYLEIGH SMITH".encode(enc))
        assert "Kayleigh Smith" in _bytes_findings(out), enc


def test_a_name_inside_a_longer_one_is_found_too(tmp_path):
    src = text_pdf(tmp_path / "in.pdf", [["Nothing to see on this page."]])
    out = _hide(src, tmp_path / "out.pdf", b"kayleigh smith; smithson")
    found = _bytes_findings(out)
    assert {"Kayleigh Smith", "Smithson"} <= found


def test_a_name_as_part_of_a_word_is_not_a_finding(tmp_path):
    src = text_pdf(tmp_path / "in.pdf", [["Nothing to see on this page."]])
    out = _hide(src, tmp_path / "out.pdf", b"blacksmithsonian archive")
    assert "Smithson" not in _bytes_findings(out)


def test_markers_are_counted_across_chunks(tmp_path):
    path = tmp_path / "f.bin"
    path.write_bytes(b"x" * 6 + b"%%EOF" + b"y" * 9 + b"%%EOF startxref")
    for chunk in (1, 3, 7, 8, 1024):
        assert count_markers(path, (b"%%EOF", b"startxref"), chunk=chunk) == [2, 1], chunk


def test_the_page_prefilter_never_skips_a_page_the_pattern_matches():
    """Verification checks cheaply whether a page can hold a target before running its
    pattern; the cheap check must never say no where the pattern says yes."""
    import re

    from redaction.verify import _ALNUM, _needs, _pattern

    targets = ["Kayleigh Smith", "O'Brien", "Smith-Jones", "07700 900461", "(0113) 496-0123",
               "kayz.b.98", "J. Smith", "AB 12 34 56 C", "Zoë Ward"]
    texts = ["kAyLeIgH\nSMITH was there", "_o'brien_", "mr smith-jones.", "07700900461",
             "call 0113 4960123 now", "@kayz.b.98:", "J.  Smith", "ab123456c ab 12 34 56 c",
             "ZOË   WARD", "nothing here", "smith kayleigh"]
    for target in targets:
        rx, (words, digits) = _pattern(target), _needs(target)
        for text in texts:
            lowered = text.lower()
            runs = set(_ALNUM.findall(lowered))
            joined = "".join(_ALNUM.findall(lowered))
            allowed = not ((digits and digits not in joined) or not words <= runs)
            if rx.search(text):
                assert allowed, (target, text)
    assert re.search(_pattern("07700 900461"), "07700900461")


def test_initials_that_are_a_content_stream_operator_are_found_only_as_text(tmp_path):
    """"TJ" is a nickname and the operator that shows a text array: the page's own
    operators are no finding, the same initials hidden in a string are."""
    src = text_pdf(tmp_path / "in.pdf", [["Nothing to see on this page."]])

    def found(path) -> set[str]:  # noqa: ANN001
        report = verify_pdf(path, [], extra_strings=["TJ"], ocr=False)
        return {f.string for f in report.findings if f.check == "bytes"}

    operators = _hide(src, tmp_path / "ops.pdf",
                      b"BT /F1 12 Tf 72 700 Td [(Hello) -20 (world)] TJ ET\nTJ\n")
    assert found(operators) == set()
    hidden = _hide(src, tmp_path / "hidden.pdf", b"BT [(met TJ at the shop)] TJ ET")
    assert found(hidden) == {"TJ"}
