"""Bundle stamping: deterministic bytes, stamps where no text is, a margin otherwise,
rotated pages, links from the index, refusal of a source that does not fit."""

from __future__ import annotations

import subprocess

import pikepdf
import pytest
from reportlab.pdfgen import canvas

from hearing import index, stamp


def _pdf(path, pages: int, rotate: int = 0, footer: bool = False) -> str:
    c = canvas.Canvas(str(path), pagesize=(595, 842), invariant=1)
    for p in range(pages):
        c.drawString(72, 800, f"page {p + 1} body text")
        if footer:
            c.drawString(460, 22, "Footer reference text")
        c.showPage()
    c.save()
    if rotate:
        with pikepdf.open(path, allow_overwriting_input=True) as pdf:
            for page in pdf.pages:
                page.obj.Rotate = rotate
            pdf.save(path)
    return str(path)


def _text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_stamps_for_both_formats():
    tabs = [[("INQ000001", 2), ("INQ000002", 1)], [("INQ000003", 2)]]
    assert stamp.stamps_for("bundle_tab_page", "A", tabs) == [
        ["A/1/1", "A/1/2"], ["A/1/3"], ["A/2/1", "A/2/2"]]
    assert stamp.stamps_for("urn_page", "A", tabs)[1] == ["INQ000002/1"]


def test_deterministic_stamped_and_margin_only_where_needed(tmp_path):
    clear = _pdf(tmp_path / "clear.pdf", 2)
    busy = _pdf(tmp_path / "busy.pdf", 1, footer=True)
    # word boxes, top-left coordinates: the busy page has words in its bottom-right corner
    docs = [stamp.SourceDocument(clear, ["A/1/1", "A/1/2"], [[(72, 30, 200, 45)]] * 2, "one"),
            stamp.SourceDocument(busy, ["A/1/3"], [[(420, 810, 560, 825)]], "two")]
    first = stamp.build(docs, tmp_path / "one.pdf")
    again = stamp.build(docs, tmp_path / "two.pdf")
    assert first.sha256 == again.sha256
    assert (tmp_path / "one.pdf").read_bytes() == (tmp_path / "two.pdf").read_bytes()
    assert first.pages == 3 and first.margins_added == 1 and first.first_pages == [1, 3]
    with pikepdf.open(tmp_path / "one.pdf") as pdf:
        assert [float(v) for v in pdf.pages[0].mediabox] == [0, 0, 595, 842]
        assert [float(v) for v in pdf.pages[2].mediabox] == [0, -stamp.MARGIN, 595, 842]
    text = _text(tmp_path / "one.pdf")
    for mark in ("A/1/1", "A/1/2", "A/1/3", "Footer reference text", "page 1 body text"):
        assert mark in text


def test_unknown_words_and_rotated_pages_get_a_margin(tmp_path):
    rotated = _pdf(tmp_path / "rot.pdf", 1, rotate=90)
    built = stamp.build([stamp.SourceDocument(rotated, ["INQ000009/1"], None)],
                        tmp_path / "out.pdf")
    assert built.margins_added == 1
    with pikepdf.open(tmp_path / "out.pdf") as pdf:
        assert [float(v) for v in pdf.pages[0].mediabox] == [0, 0, 595 + stamp.MARGIN, 842]
    assert "INQ000009/1" in _text(tmp_path / "out.pdf")


def test_a_source_whose_pages_differ_is_refused(tmp_path):
    src = _pdf(tmp_path / "two.pdf", 2)
    with pytest.raises(stamp.StampError, match="has 2 pages, not 1"):
        stamp.build([stamp.SourceDocument(src, ["A/1/1"], None, "INQ1")], tmp_path / "o.pdf")


def test_index_links_to_each_document(tmp_path):
    src = _pdf(tmp_path / "d.pdf", 2)
    entries = [index.IndexEntry(1, "Police", "INQ000001", "Statement", "SYP", "2019-03-14", 2,
                                "A/1/1", "A/1/2", 2, "INQ000001/x.pdf", "x")]
    rects = index.render_index_pdf(tmp_path / "front.pdf", bundle="A", title="Day 1",
                                   hearing_date="2026-12-01", issue=1, entries=entries)
    stamp.build([stamp.SourceDocument(src, ["A/1/1", "A/1/2"], None, "INQ000001")],
                tmp_path / "b.pdf", front=tmp_path / "front.pdf", front_links=rects)
    with pikepdf.open(tmp_path / "b.pdf") as pdf:
        link = pdf.pages[0].obj.Annots[0]
        assert link.Subtype == "/Link" and link.Dest[0].objgen == pdf.pages[1].obj.objgen
    assert "Statement" in _text(tmp_path / "b.pdf")
    csv_path = tmp_path / "i.csv"
    index.write_evidence_csv(csv_path, [{**index.evidence_rows(entries, lambda e: "k")[0],
                                         "title": "=cmd()"}])
    assert "'=cmd()" in csv_path.read_text()


@pytest.mark.parametrize("footer", [False, True])
def test_the_stamp_never_covers_a_word(tmp_path, footer):
    """Words read back from the stamped file (as the app reads them: word boxes from the
    top of the displayed page) never meet the stamp's box: in place where the foot is
    clear, in the added margin where a footer sits in its place."""
    from ingest.extract import extract_pages

    src = _pdf(tmp_path / "src.pdf", 1, footer=footer)
    occupied = [[(w.x0, w.y0, w.x1, w.y1) for w in p.words]
                for p in extract_pages(src, ocr="never")]
    built = stamp.build([stamp.SourceDocument(src, ["B/7/123"], occupied)],
                        tmp_path / "out.pdf")
    assert built.margins_added == int(footer)
    page = next(extract_pages(tmp_path / "out.pdf", ocr="never"))
    marks = [w for w in page.words if w.text == "B/7/123"]
    assert len(marks) == 1
    mark = marks[0]
    for w in page.words:
        if w is not mark:
            assert not (w.x0 < mark.x1 and mark.x0 < w.x1 and w.y0 < mark.y1
                        and mark.y0 < w.y1), (w.text, mark)
    assert page.height == 842 + (stamp.MARGIN if footer else 0)


def test_the_index_and_the_whole_bundle_are_byte_identical_when_rebuilt(tmp_path):
    """Index included: the same bundle built twice, in other folders, gives the same bytes."""
    src = _pdf(tmp_path / "d.pdf", 2, footer=True)
    entries = [index.IndexEntry(1, "Police", "INQ000001", "Statement", "SYP", "2019-03-14", 2,
                                "A/1/1", "A/1/2", 2, "INQ000001/x.pdf", "x")]
    built = []
    for run in ("one", "two"):
        folder = tmp_path / run
        folder.mkdir()
        rects = index.render_index_pdf(folder / "front.pdf", bundle="A", title="Day 1",
                                       hearing_date="2026-12-01", issue=1, entries=entries)
        index.render_index_pdf(folder / "index.pdf", bundle="A", title="Day 1",
                               hearing_date="2026-12-01", issue=1, entries=entries,
                               link_for=lambda e: f"bundle.pdf#page={e.bundle_page}")
        stamp.build([stamp.SourceDocument(src, ["A/1/1", "A/1/2"], None, "INQ000001")],
                    folder / "bundle.pdf", front=folder / "front.pdf", front_links=rects)
        built.append([(folder / n).read_bytes() for n in ("index.pdf", "bundle.pdf")])
    assert built[0] == built[1]
