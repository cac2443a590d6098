"""Validation: every refusal has a reason a person can act on, and never stops the rest."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from ingest import validate
from tests import pdfs

LIMITS = {"max_members": 50, "max_total_bytes": 10 * 1024 * 1024, "max_ratio": 100}


def _expand(path: Path, dest: Path, **overrides: int) -> dict[str, validate.ZipMember]:
    members = list(validate.expand_zip(path, dest, **{**LIMITS, **overrides}))
    return {m.name: m for m in members}


# -- sniffing ----------------------------------------------------------------------------

def test_pdf_is_known_by_content_not_name(tmp_path: Path) -> None:
    disguised = tmp_path / "statement.docx"
    disguised.write_bytes(pdfs.text_pdf(tmp_path).read_bytes())
    assert validate.sniff(disguised).kind == "pdf"
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    sniffed = validate.sniff(fake)
    assert (sniffed.kind, sniffed.reason) == ("other", "This is a PNG image, not a PDF.")


def test_pdf_header_may_follow_junk_within_1024_bytes() -> None:
    assert validate.sniff(b"\x00" * 1000 + b"%PDF-1.7\n").kind == "pdf"
    late = validate.sniff(b"\x00" * 1030 + b"%PDF-1.7\n")
    assert late.kind == "other" and "no PDF header" in late.reason


@pytest.mark.parametrize(("content", "words"), [
    (b"", "empty"),
    (b"Dear Sir,\nplease find attached\n", "This is a text file"),
    (b"<!DOCTYPE html><html>", "web page"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(50), "older Microsoft Office"),
    (b"\xff\xd8\xff\xe0" + bytes(50), "JPEG"),
    (bytes(range(256)) * 2, "no PDF header"),
])
def test_other_content_is_named_in_the_reason(content: bytes, words: str) -> None:
    sniffed = validate.sniff(content)
    assert sniffed.kind in ("other", "empty") and not sniffed.ok
    assert words in sniffed.reason


def test_zip_and_office_documents(tmp_path: Path) -> None:
    assert validate.sniff(pdfs.zip_of(tmp_path, {"a.pdf": b"%PDF-1.4"})).kind == "zip"
    docx = pdfs.zip_of(tmp_path, {"[Content_Types].xml": b"<Types/>", "word/document.xml":
                                  b"<w/>"}, name="letter.docx")
    sniffed = validate.sniff(docx)
    assert sniffed.kind == "other" and "Microsoft Office document" in sniffed.reason


def test_sha256_is_streamed_and_correct(tmp_path: Path) -> None:
    path = tmp_path / "blob"
    data = bytes(range(256)) * 20_000  # 5 MB: several chunks
    path.write_bytes(data)
    assert validate.sha256_file(path, chunk_size=65536) == hashlib.sha256(data).hexdigest()


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "f.pdf"
    path.write_bytes(b"%PDF-" + bytes(995))
    assert validate.check_size(path, 1000) is None
    assert validate.check_size(path, 999) == "The file is 1,000 bytes; the limit is 999 bytes."
    assert validate.check_size(0, 10) == "The file is empty (0 bytes)."


# -- zip archives ------------------------------------------------------------------------

def test_zip_yields_pdfs_and_refuses_the_rest_with_reasons(tmp_path: Path) -> None:
    good = pdfs.text_pdf(tmp_path).read_bytes()
    inner = pdfs.zip_of(tmp_path, {"x.pdf": good}, name="inner.zip").read_bytes()
    archive = pdfs.zip_of(tmp_path, {
        "first.pdf": good,
        "../escape.pdf": good,
        "/etc/abs.pdf": good,
        "C:/windows/drive.pdf": good,
        "dir\\..\\..\\backslash.pdf": good,
        "notes.txt": b"just text",
        "nested.zip": inner,
        "folder/last.pdf": good,
    })
    out = tmp_path / "out"
    members = _expand(archive, out)
    assert members["first.pdf"].ok and members["folder/last.pdf"].ok
    assert members["first.pdf"].path.read_bytes() == good
    assert "climbs out of the archive" in members["../escape.pdf"].problem
    assert "absolute path" in members["/etc/abs.pdf"].problem
    assert "drive letter" in members["C:/windows/drive.pdf"].problem
    assert "climbs out" in members["dir\\..\\..\\backslash.pdf"].problem
    assert members["notes.txt"].problem == "Not taken: This is a text file, not a PDF."
    assert "archive inside the archive" in members["nested.zip"].problem
    # Written only under generated names inside dest; nothing escaped.
    assert sorted(p.name for p in out.iterdir()) == ["member-000001.pdf", "member-000008.pdf"]
    assert not (tmp_path / "escape.pdf").exists()


def test_symlink_member_is_refused_and_the_rest_come(tmp_path: Path) -> None:
    archive = pdfs.zip_with_symlink(tmp_path, extra={"real.pdf": b"%PDF-1.4\nreal"})
    members = _expand(archive, tmp_path / "out")
    assert members["link.pdf"].problem == "Refused: it is a symbolic link."
    assert members["real.pdf"].ok


def test_encrypted_member_is_refused_and_the_rest_come(tmp_path: Path) -> None:
    archive = pdfs.zip_with_encrypted_member(tmp_path, {"open.pdf": b"%PDF-1.4\nopen"})
    members = _expand(archive, tmp_path / "out")
    assert "password-protected inside the archive" in members["locked.pdf"].problem
    assert members["open.pdf"].ok


def test_zip_bomb_member_refused_by_ratio_while_streaming(tmp_path: Path) -> None:
    archive = pdfs.zip_bomb(tmp_path, member_bytes=30 * 1024 * 1024,
                            extra={"before.pdf": b"%PDF-1.4\nbefore"})
    out = tmp_path / "out"
    members = _expand(archive, out, max_total_bytes=10**10)
    assert members["before.pdf"].ok
    assert "expands more than 100 times" in members["bomb0.pdf"].problem
    assert sum(p.stat().st_size for p in out.iterdir()) < 100  # the bomb was not kept


def test_total_size_limit_stops_the_archive_but_keeps_earlier_members(tmp_path: Path) -> None:
    # Incompressible members, so only the total limit can trip.
    import random

    rng = random.Random(1)
    blob = b"%PDF-1.4\n" + bytes(rng.getrandbits(8) for _ in range(400_000))
    archive = pdfs.zip_of(tmp_path, {f"m{i}.pdf": blob for i in range(5)})
    members = list(validate.expand_zip(archive, tmp_path / "out", max_members=10,
                                       max_total_bytes=1_000_000, max_ratio=100))
    assert [m.ok for m in members] == [True, True, False, False, False]
    assert members[2].problem == ("Not taken: the archive expands to more than 1,000,000 "
                                  "bytes in total (a possible zip bomb); nothing from this "
                                  "file on was taken.")
    assert all("comes after the limit was reached" in m.problem for m in members[3:])
    assert not any((tmp_path / "out").glob("member-000003*"))


def test_lying_size_header_is_caught(tmp_path: Path) -> None:
    archive = pdfs.lying_zip(tmp_path, b"%PDF-1.4\n" + b"x" * 5000, declared_size=100)
    members = _expand(archive, tmp_path / "out")
    assert "damaged" in members["liar.pdf"].problem


def test_too_many_members_refuses_the_archive(tmp_path: Path) -> None:
    archive = pdfs.zip_of(tmp_path, {f"{i}.pdf": b"%PDF-1.4" for i in range(6)})
    members = list(validate.expand_zip(archive, tmp_path / "out", max_members=5,
                                       max_total_bytes=10**6, max_ratio=100))
    assert len(members) == 1 and members[0].name == ""
    assert members[0].problem == "The archive holds 6 files; the limit is 5. Nothing was " \
                                 "taken from it."


def test_unreadable_archive_is_one_clear_problem(tmp_path: Path) -> None:
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04" + bytes(200))
    [member] = validate.expand_zip(broken, tmp_path / "out", **LIMITS)
    assert member.name == "" and member.problem.startswith("The archive cannot be read")


# -- PDF probing -------------------------------------------------------------------------

def test_probe_good_pdf(made: dict[str, Path]) -> None:
    probe = validate.probe_pdf(made["text"])
    assert probe.ok and probe.pages == 1 and probe.reason is None


def test_probe_encrypted_needs_password_and_tells_a_wrong_one(made: dict[str, Path]) -> None:
    needed = validate.probe_pdf(made["encrypted"])
    assert needed.needs_password and not needed.wrong_password and not needed.ok
    assert needed.reason.startswith("Password required")
    wrong = validate.probe_pdf(made["encrypted"], password="guess")
    assert wrong.needs_password and wrong.wrong_password
    assert wrong.reason == "The password given does not open this PDF."
    right = validate.probe_pdf(made["encrypted"], password="s3cret")
    assert right.ok and right.pages == 1 and right.encrypted


def test_probe_owner_password_only_opens_without_one(tmp_path: Path) -> None:
    path = pdfs.encrypted_pdf(tmp_path, user_password="", name="permissions.pdf")
    probe = validate.probe_pdf(path)
    assert probe.ok and probe.encrypted


@pytest.mark.parametrize(("kind", "code", "words"), [
    ("corrupt", "corrupt", "damaged and cannot be read"),
    ("truncated", "truncated", "truncated"),
    ("zero", "no_pages", "The PDF has no pages."),
])
def test_probe_failures_have_reasons(made: dict[str, Path], kind: str, code: str,
                                     words: str) -> None:
    probe = validate.probe_pdf(made[kind])
    assert (probe.ok, probe.code, probe.needs_password) == (False, code, False)
    assert words in probe.reason


def test_a_batch_of_bad_files_still_lets_the_good_ones_through(made: dict[str, Path],
                                                              tmp_path: Path) -> None:
    png = tmp_path / "photo.pdf"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(50))
    big = pdfs.many_page_pdf(tmp_path, 100, name="big.pdf")  # ~50 kB
    batch = [made["corrupt"], png, made["encrypted"], made["text"], made["truncated"],
             made["zero"], big, made["columns"], tmp_path / "missing.pdf"]
    checks = [validate.check_pdf_file(p, max_bytes=20_000) for p in batch]
    codes = [c.code for c in checks]
    assert codes == ["corrupt", "not_pdf", "password_required", "ok", "truncated",
                     "no_pages", "too_large", "ok", "unreadable"]
    assert all(c.reason for c in checks if not c.ok)
    assert checks[3].sha256 == validate.sha256_file(made["text"]) and checks[3].pages == 1
