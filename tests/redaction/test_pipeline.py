"""The no-services pipeline: clear messages for bad input, nothing half-written."""

from __future__ import annotations

import pikepdf
import pytest

from redaction.pipeline import RedactionInputError, auto_redact, propose_pdf

from .pdfs import scanned_pdf, text_pdf

LINES = [
    "Case note: Kayleigh Brammer (DOB 12/03/1998) met her friend Zana at 3 Mill Lane.",
    "Rotherham Council and South Yorkshire Police were informed by Alexis Jay.",
]


@pytest.fixture
def files(tmp_path):
    src = text_pdf(tmp_path / "in.pdf", [LINES])
    reg = tmp_path / "register.csv"
    reg.write_text(
        "cipher,full_name,aliases,date_of_birth\nC-001,Kayleigh Brammer,Kay,1998-03-12\n"
    )
    keep = tmp_path / "keep.txt"
    keep.write_text("Alexis Jay\n")
    return tmp_path, src, reg, keep


def test_propose_pdf(files, nlp):
    _, src, reg, keep = files
    props = propose_pdf(src, register=reg, keep=keep)
    by_text = {p.text: p for p in props}
    assert by_text["Kayleigh Brammer"].label == "C-001"
    assert "Zana" in by_text and "3 Mill Lane" in by_text
    assert not any("Jay" in t for t in by_text)


def test_auto_redact_passes(files, nlp):
    tmp, src, reg, keep = files
    out = tmp / "out.pdf"
    report = auto_redact(src, out, register=reg, keep=keep, verify_ocr=False)
    assert report.passed, report.summary()
    assert out.exists() and b"Brammer" not in out.read_bytes()


def test_auto_redact_deletes_output_when_verification_fails(files, nlp, monkeypatch):
    tmp, src, reg, keep = files
    import redaction.pipeline as pipeline

    monkeypatch.setattr(pipeline, "propose", lambda pages, **kw: [])
    monkeypatch.setattr(pipeline, "proposals_for_findings", lambda *a, **kw: [])
    out = tmp / "out.pdf"
    report = auto_redact(src, out, register=reg, keep=keep, verify_ocr=False)
    assert not report.passed and not out.exists()
    assert any(f.string == "Kayleigh Brammer" and f.fixable for f in report.findings)


def test_auto_redact_redacts_register_names_it_finds_readable(files, nlp, monkeypatch):
    """With no proposals at all, verification still finds the registered person and the
    follow-up pass redacts every occurrence, labelled with her cipher."""
    tmp, src, reg, keep = files
    import redaction.pipeline as pipeline

    monkeypatch.setattr(pipeline, "propose", lambda pages, **kw: [])
    out = tmp / "out.pdf"
    report = auto_redact(src, out, register=reg, keep=keep, verify_ocr=False)
    assert report.added and {p.code for p in report.added} == {"VA"}
    assert any("Brammer" in p.text for p in report.added)


def _no_output(tmp):
    return not (tmp / "out.pdf").exists() and not list(tmp.glob(".*.tmp"))


def test_not_a_pdf(tmp_path):
    bad = tmp_path / "notes.pdf"
    bad.write_text("just text")
    with pytest.raises(RedactionInputError, match=r"notes.pdf: not a PDF"):
        auto_redact(bad, tmp_path / "out.pdf")
    assert _no_output(tmp_path)


def test_corrupt_pdf(tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\ngarbage" + b"\x00" * 50)
    with pytest.raises(RedactionInputError, match=r"broken.pdf: (corrupt|the PDF has no pages)"):
        auto_redact(bad, tmp_path / "out.pdf")
    assert _no_output(tmp_path)


def test_encrypted_pdf(files):
    tmp, src, _, _ = files
    enc = tmp / "locked.pdf"
    with pikepdf.open(src) as pdf:
        pdf.save(enc, encryption=pikepdf.Encryption(owner="o", user="secret"))
    with pytest.raises(RedactionInputError, match=r"locked.pdf: the PDF is encrypted"):
        auto_redact(enc, tmp / "out.pdf")
    assert _no_output(tmp)


def test_image_only_pdf_without_ocr(tmp_path):
    src = scanned_pdf(tmp_path / "scan.pdf", ["Kayleigh Brammer"])
    with pytest.raises(RedactionInputError, match=r"scan.pdf: image-only PDF"):
        auto_redact(src, tmp_path / "out.pdf", ocr="never")
    assert _no_output(tmp_path)


def test_page_with_no_text(tmp_path):
    src = text_pdf(tmp_path / "blank.pdf", [["Some text here"], []])
    with pytest.raises(RedactionInputError, match=r"blank.pdf: page\(s\) 2 have no readable text"):
        auto_redact(src, tmp_path / "out.pdf")
    assert _no_output(tmp_path)


def test_register_problems_name_file_and_line(files):
    tmp, src, _, _ = files
    bad = tmp / "bad.csv"
    bad.write_text("cipher,full_name,aliases,date_of_birth\nC-1,,,\nC-1,X Y,,1998-13-40\n")
    with pytest.raises(RedactionInputError) as err:
        auto_redact(src, tmp / "out.pdf", register=bad)
    assert f"{bad}:2: empty full_name" in str(err.value)
    assert f"{bad}:3: duplicate cipher" in str(err.value) and f"{bad}:3: bad date_of_birth" in str(
        err.value
    )
    assert _no_output(tmp)


def test_empty_keep_list_warns(files, nlp):
    tmp, src, reg, _ = files
    empty = tmp / "keep-empty.txt"
    empty.write_text("\n# none\n")
    with pytest.warns(UserWarning, match="keep list is empty"):
        report = auto_redact(src, tmp / "out.pdf", register=reg, keep=empty, verify_ocr=False)
    assert report.passed and "keep list is empty" in report.warnings[0]


def test_refuses_to_overwrite_original(files):
    _, src, _, _ = files
    with pytest.raises(RedactionInputError, match="overwrite the original"):
        auto_redact(src, src)
