"""Verification that finds: what identifies, what a proposal can fix, in a reviewer's words;
and an invisible text layer that does not measure the boxes."""

from __future__ import annotations

import re

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from ingest.extract import extract_pages
from redaction import extractors
from redaction.apply import apply_redactions
from redaction.entities import boxes_for_span
from redaction.followup import proposals_for_findings
from redaction.pipeline import auto_redact
from redaction.propose import Proposal
from redaction.register import KeepList, Person, Register
from redaction.verify import targets_for, verify_pdf

from .pdfs import text_pdf


def _proposal(page, text: str, *, nth: int = 0, code: str = "PD", label: str = "PD",
              kind: str = "person") -> Proposal:
    m = [m for m in re.finditer(re.escape(text), page.text)][nth]
    return Proposal(page.number, m.start(), m.end(), m.group(),
                    boxes_for_span(page, m.start(), m.end()), code, label, "test", 1.0, kind)


def _redact(tmp_path, lines: list[str], wanted: list[tuple[str, int]], **kw):
    src = text_pdf(tmp_path / "in.pdf", [lines])
    pages = list(extract_pages(src))
    props = [_proposal(pages[0], t, nth=n, **kw) for t, n in wanted]
    out = tmp_path / "out.pdf"
    result = apply_redactions(src, out, props, pages)
    return src, out, pages, props, result


# ------------------------------------------------------------------ what identifies
def test_a_redacted_date_of_birth_does_not_make_months_and_years_findings(tmp_path):
    lines = ["Date of birth: 12 March 2010.",
             "We met in March 2015 and the review ended in 2010 as planned."]
    _, out, _, props, result = _redact(tmp_path, lines, [("12 March 2010", 0)],
                                       kind="date_of_birth")
    report = verify_pdf(out, props, painted=result.painted, ocr=False)
    assert report.passed, report.summary()


def test_a_redacted_phrase_does_not_make_its_ordinary_words_findings(tmp_path):
    lines = ["Child A's mum called the school.",
             "The child said her mum was at work; the school rang back."]
    _, out, _, props, result = _redact(tmp_path, lines, [("Child A's mum", 0)],
                                       kind="reviewer")
    report = verify_pdf(out, props, painted=result.painted, ocr=False)
    assert report.passed, report.summary()


def test_parts_that_are_names_identify_and_parts_that_are_words_do_not():
    reg = Register([Person("C-7", "Hope Brammerton", ("Hopey",))])
    props = [Proposal(1, 0, 14, "Sajid Mahmoodi", [], "PD", "PD", "t", 1.0, "person"),
             Proposal(1, 20, 31, "Mark Granger", [], "PD", "PD", "t", 1.0, "person"),
             Proposal(1, 40, 50, "12/03/1998", [], "PD", "PD", "t", 1.0, "date_of_birth")]
    keep = KeepList(("Sadiq Granger",))
    by = {t.string: t for t in targets_for(props, reg, keep)}
    assert not by["Sajid"].positional and not by["Mahmoodi"].positional
    assert "Mark" not in by  # an ordinary word: not evidence on its own
    assert "Granger" not in by  # a keep-list name
    assert not by["12/03/1998"].positional
    assert not by["Brammerton"].positional and by["Brammerton"].label == "C-7"
    assert by["Hope"].positional  # a register part that is also a word: only under a box
    assert not by["Hope Brammerton"].positional


def test_a_surviving_name_is_a_fixable_finding_in_plain_words(tmp_path):
    lines = ["Zanarra came to the door.", "Later Zanarra left with her cousin."]
    _, out, pages, props, result = _redact(tmp_path, lines, [("Zanarra", 0)], code="VA",
                                           label="C-12", kind="protected_person")
    report = verify_pdf(out, props, painted=result.painted, ocr=False)
    assert not report.passed
    (f,) = report.findings
    assert f.fixable and f.page == 1 and f.string == "Zanarra"
    assert (f.code, f.label) == ("VA", "C-12")
    assert {"pdfminer", "pdftotext", "pdfium"} <= set(f.readers)
    text = report.summary()
    assert "Page 1" in text and "“Zanarra”" in text and "redacted elsewhere" in text
    assert str(tmp_path) not in text  # no temp paths for a reviewer
    (fix,) = proposals_for_findings(report.findings, pages, props)
    assert (fix.page, fix.text, fix.code, fix.label) == (1, "Zanarra", "VA", "C-12")
    assert fix.source == "verification" and fix.start == pages[0].text.rindex("Zanarra")
    again = apply_redactions(tmp_path / "in.pdf", out, props + [fix], pages)
    assert verify_pdf(out, props + [fix], painted=again.painted, ocr=False).passed


def test_auto_redact_redacts_surviving_occurrences_and_verifies_again(tmp_path):
    lines = ["She said the blue door was open.", "Later the blue door was shut."]
    src = text_pdf(tmp_path / "in.pdf", [lines])
    pages = list(extract_pages(src))
    extra = [_proposal(pages[0], "blue door", kind="reviewer", code="IS", label="IS")]
    out = tmp_path / "out.pdf"
    report = auto_redact(src, out, extra=extra, verify_ocr=False)
    assert report.passed, report.summary()
    assert [(p.text, p.code) for p in report.added] == [("blue door", "IS")]
    assert "blue door" not in " ".join(p.text for p in extractors.pdftotext_text(out))


# ------------------------------------------------------------------ the text layer
NAMES = ["Al Ng", "Sajid Mahmood", "Kayleigh Brammer-Whitfield", "Jo", "Roxana Dumitru",
         "Bo Li", "Mohammed Abdulrahman"]


@pytest.mark.parametrize("reader", ["pdftotext", "pdfminer"])
def test_the_gap_across_every_box_in_the_text_layer_is_its_painted_width(tmp_path, reader):
    lines = [f"Report said {n} was seen near the station at night." for n in NAMES]
    lines += [f"Both {a} and {b} were named in it." for a, b in zip(NAMES, NAMES[1:],
                                                                     strict=False)]
    wanted = [(n, 0) for n in NAMES] + [(n, 1) for n in NAMES[1:-1]] + [(NAMES[-1], 1)]
    _, out, pages, props, result = _redact(tmp_path, lines, wanted)
    # readers that give advance boxes (pdfium's are glyph ink boxes, off by side bearings)
    read = {"pdftotext": extractors.pdftotext_text, "pdfminer": extractors.pdfminer_text}[reader]
    (pt,) = read(out)
    chars = [(c, b) for c, b in zip(pt.text, pt.boxes, strict=True)
             if b is not None and not c.isspace()]
    measured = 0
    space = stringWidth(" ", "Helvetica", pages[0].words[0].y1 - pages[0].words[0].y0)
    for box, _label in result.painted[1]:
        yc = (box[1] + box[3]) / 2
        row = [(c, b) for c, b in chars if b[1] - 1 <= yc <= b[3] + 1]
        inside = [b for c, b in row if b[0] >= box[0] - 0.5 and b[2] <= box[2] + 0.5]
        left = [b for c, b in row if b[2] <= box[0] + 0.01 and b not in inside]
        right = [b for c, b in row if b[0] >= box[2] - 0.01 and b not in inside]
        if not left or not right:
            continue
        gap = min(b[0] for b in right) - max(b[2] for b in left)
        assert gap == pytest.approx(box[2] - box[0] + 2 * space, abs=0.05), (box, gap)
        measured += 1
    assert measured >= len(NAMES) + 4


def test_a_redacted_first_name_shared_with_a_kept_figure_is_no_leak(tmp_path):
    """Verification refused a letter whose redacted "Lorraine Malik" shares a first name with
    "Lorraine Stubbings, DCS", kept and shown: the bytes hold her name on purpose."""
    lines = ["Complaint from Lorraine Malik about the taxi office.",
             "cc Lorraine Stubbings, DCS; Cllr Brannan"]
    _, out, _, props, result = _redact(tmp_path, lines, [("Lorraine Malik", 0)])
    keep = KeepList(["Lorraine Stubbings"])
    report = verify_pdf(out, props, keep=keep, painted=result.painted, ocr=False)
    assert report.passed, report.summary()
    hidden = verify_pdf(out, props, painted=result.painted, ocr=False)  # no keep list: shown
    assert not hidden.passed and any(f.string == "Lorraine" for f in hidden.findings)
