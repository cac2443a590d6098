"""Checking what arrives before anything keeps it: type by content, size, zips, PDF health.

Every function returns a plain result with a reason a person can act on, and never raises
for bad input: one bad file (or archive member) must not stop the rest of a batch.
File names are for display only; nothing here uses a sender's name as a path.
"""

from __future__ import annotations

import hashlib
import lzma
import os
import stat
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import pikepdf

HEAD_BYTES = 1024
CHUNK = 1024 * 1024
RATIO_FLOOR = 1024 * 1024  # members expanding to less than this are never ratio-limited

_OTHER_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an older Microsoft Office file (Word, Excel or "
                                          "Outlook message)"),
    (b"{\\rtf", "a Rich Text (RTF) document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"%!PS", "a PostScript file"),
)


@dataclass(frozen=True)
class Sniffed:
    """What the content says a file is: ``kind`` is "pdf", "zip", "empty" or "other"."""

    kind: str
    reason: str | None = None  # why it cannot be taken as evidence, for anything not pdf/zip

    @property
    def ok(self) -> bool:
        return self.kind in ("pdf", "zip")


def _head(data_or_path: bytes | str | os.PathLike) -> bytes:
    if isinstance(data_or_path, bytes | bytearray | memoryview):
        return bytes(data_or_path[:HEAD_BYTES])
    with open(data_or_path, "rb") as f:
        return f.read(HEAD_BYTES)


def sniff(data_or_path: bytes | str | os.PathLike) -> Sniffed:
    """Tell PDF from zip from anything else by magic bytes, never by the file's name."""
    head = _head(data_or_path)
    if not head:
        return Sniffed("empty", "The file is empty (0 bytes).")
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):  # before %PDF-: a stored member
        office = _office_kind(head)                        # may show that within 1024 bytes
        if office:
            return Sniffed("other", f"This is {office}, not a PDF: convert it to PDF first.")
        return Sniffed("zip")
    if b"%PDF-" in head:
        return Sniffed("pdf")
    for magic, what in _OTHER_SIGNATURES:
        if head.startswith(magic):
            return Sniffed("other", f"This is {what}, not a PDF.")
    lowered = head.lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html")):
        return Sniffed("other", "This is a web page (HTML), not a PDF.")
    if _looks_like_text(head):
        return Sniffed("other", "This is a text file, not a PDF.")
    return Sniffed("other", "This is not a PDF: no PDF header (%PDF-) in its first 1024 bytes.")


def _office_kind(head: bytes) -> str | None:
    """The first member of an Office Open XML or OpenDocument file gives it away."""
    name_len = int.from_bytes(head[26:28], "little")
    first = head[30:30 + name_len]
    if first == b"mimetype" and b"opendocument" in head:
        return "an OpenDocument file (LibreOffice)"
    if first in (b"[Content_Types].xml", b"_rels/.rels") or b"word/" in head[:200]:
        return "a Microsoft Office document (Word, Excel or PowerPoint)"
    return None


def _looks_like_text(head: bytes) -> bool:
    try:
        decoded = head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return all(c.isprintable() or c in "\r\n\t" for c in decoded)


def sha256_file(path: str | os.PathLike, chunk_size: int = CHUNK) -> str:
    """Hex sha256 of a file, streamed so size never matters."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk_size):
            digest.update(block)
    return digest.hexdigest()


def check_size(size_or_path: int | str | os.PathLike, limit: int) -> str | None:
    """Why a file is refused for its size (the limit comes from settings), or None."""
    size = size_or_path if isinstance(size_or_path, int) else Path(size_or_path).stat().st_size
    if size == 0:
        return "The file is empty (0 bytes)."
    if size > limit:
        return f"The file is {size:,} bytes; the limit is {limit:,} bytes."
    return None


# -- zip archives ----------------------------------------------------------------------------

@dataclass(frozen=True)
class ZipMember:
    """One member of an archive: extracted to ``path`` (a PDF), or refused with ``problem``.

    ``name`` is the member's name inside the archive, for display only. A problem with the
    archive as a whole comes as a single member with ``name == ""``.
    """

    name: str
    path: Path | None = None
    problem: str | None = None
    size: int = 0

    @property
    def ok(self) -> bool:
        return self.problem is None


class _Stop(Exception):
    """Expansion must stop: the archive as a whole passed a limit."""


def _unsafe_name(name: str) -> str | None:
    if "\x00" in name:
        return "its name contains a NUL character"
    unified = name.replace("\\", "/")
    if unified.startswith("/"):
        return "its name is an absolute path"
    if len(unified) >= 2 and unified[1] == ":" and unified[0].isalpha():
        return "its name starts with a drive letter"
    if ".." in PurePosixPath(unified).parts:
        return "its name climbs out of the archive (..)"
    return None


def expand_zip(path: str | os.PathLike, dest_dir: str | os.PathLike, *, max_members: int,
               max_total_bytes: int, max_ratio: float) -> Iterator[ZipMember]:
    """Extract the PDF members of an archive safely, one result per member.

    Members are written to ``dest_dir`` under generated names (never the member's name).
    Sizes are counted while decompressing, so lying headers do not help a zip bomb: a member
    that expands past ``max_ratio`` times its compressed size is refused, and once the total
    passes ``max_total_bytes`` the rest of the archive is refused. Nested archives, symlinks,
    path tricks, encrypted members and non-PDFs are reported and skipped; the rest still come.
    """
    dest = Path(dest_dir)
    dest.mkdir(parents=True, exist_ok=True)
    archive_size = Path(path).stat().st_size
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        yield ZipMember("", problem=f"The archive cannot be read ({exc}).")
        return
    with zf:
        infos = [i for i in zf.infolist()
                 if not i.is_dir() and not i.filename.startswith("__MACOSX/")]
        if len(infos) > max_members:
            yield ZipMember("", problem=f"The archive holds {len(infos):,} files; the limit is "
                                        f"{max_members:,}. Nothing was taken from it.")
            return
        overlap = _overlapping(zf.infolist())
        if overlap:
            yield ZipMember("", problem=f"Refused: {overlap}, a way of making a small archive "
                                        "expand to gigabytes. Nothing was taken from it.")
            return
        total = 0
        # The whole archive may expand at most max_ratio times its size, counted in bytes
        # actually written (declared sizes are the sender's word, not a measurement).
        budget = min(max_total_bytes, max(RATIO_FLOOR, int(archive_size * max_ratio)))
        stopped: str | None = None
        for index, info in enumerate(infos, start=1):
            name = info.filename
            if stopped:
                yield ZipMember(name, problem=stopped)
                continue
            problem = _member_refusal(info)
            if problem:
                yield ZipMember(name, problem=problem)
                continue
            target = dest / f"member-{index:06d}.pdf"
            try:
                written = _extract_member(zf, info, target, archive_size, max_ratio,
                                          budget - total)
            except _Stop:
                target.unlink(missing_ok=True)
                limit = (f"the archive expands to more than {budget:,} bytes in total"
                         + ("" if budget == max_total_bytes else
                            f" ({max_ratio:g} times its own size)"))
                stopped = f"Not taken: {limit}, and this file comes after the limit was reached."
                yield ZipMember(name, problem=f"Not taken: {limit} (a possible zip bomb); "
                                              "nothing from this file on was taken.")
                continue
            except _Refused as refused:
                target.unlink(missing_ok=True)
                yield ZipMember(name, problem=str(refused))
                continue
            total += written
            yield ZipMember(name, path=target, size=written)


class _Refused(Exception):
    """This member is refused; the rest of the archive goes on."""


def _overlapping(infos: list[zipfile.ZipInfo]) -> str | None:
    """Why the directory's entries overlap (several names for the same stored bytes)."""
    spans = sorted((i.header_offset, i.header_offset + 30 + len(i.orig_filename.encode())
                    + i.compress_size, i.filename) for i in infos)
    for (start, end, name), (next_start, _end, other) in zip(spans, spans[1:], strict=False):
        if next_start < end:
            what = "the same" if next_start == start else "overlapping"
            return (f"its directory lists {name!r} and {other!r} at {what} stored data "
                    "(overlapping entries)")
    return None


def _member_refusal(info: zipfile.ZipInfo) -> str | None:
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        return "Refused: it is a symbolic link."
    unsafe = _unsafe_name(info.filename)
    if unsafe:
        return f"Refused: {unsafe}."
    if info.flag_bits & 0x1:
        return "Refused: it is password-protected inside the archive; send it unencrypted."
    return None


def _extract_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path,
                    archive_size: int, max_ratio: float, budget: int) -> int:
    """Stream one member to ``target``, enforcing limits on the bytes actually produced.

    Errors reading the archive refuse this member; errors writing ``target`` (a full disk)
    are not the file's fault and propagate.
    """
    compressed = max(1, min(info.compress_size, archive_size))
    written = 0
    with _reading(), zf.open(info) as src:
        head = src.read(HEAD_BYTES)
    kind = sniff(head)
    if kind.kind == "zip":
        raise _Refused("Not expanded: it is an archive inside the archive; send its "
                       "contents separately.")
    if kind.kind != "pdf":
        raise _Refused(f"Not taken: {kind.reason}")
    with _reading():
        src = zf.open(info)
    with src, os.fdopen(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600),
                        "wb") as out:
        while True:
            with _reading():
                block = src.read(CHUNK)
            if not block:
                return written
            written += len(block)
            if written > RATIO_FLOOR and written / compressed > max_ratio:
                raise _Refused(f"Refused: it expands more than {max_ratio:g} times its "
                               "compressed size (a possible zip bomb).")
            if written > budget:
                raise _Stop
            out.write(block)


@contextmanager
def _reading() -> Iterator[None]:
    """Decompression failures of every codec become this member's refusal."""
    try:
        yield
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError,
            RuntimeError, zlib.error, lzma.LZMAError) as exc:
        raise _Refused(f"Not taken: the archive's copy of this file is damaged ({exc}).") \
            from exc


# -- PDF probing -----------------------------------------------------------------------------

@dataclass(frozen=True)
class PdfProbe:
    """The health of a PDF. ``code`` is one of: ok, password_required, wrong_password,
    corrupt, truncated, no_pages."""

    code: str
    pages: int | None = None
    reason: str | None = None
    encrypted: bool = False
    warnings: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return self.code == "ok"

    @property
    def needs_password(self) -> bool:
        return self.code in ("password_required", "wrong_password")

    @property
    def wrong_password(self) -> bool:
        return self.code == "wrong_password"


def _has_eof_marker(path: str | os.PathLike, window: int = 8192) -> bool:
    """The spec wants %%EOF in the last 1024 bytes; allow some trailing junk beyond that."""
    with open(path, "rb") as f:
        f.seek(0, os.SEEK_END)
        f.seek(max(0, f.tell() - window))
        return b"%%EOF" in f.read()


def _has_objects(path: str | os.PathLike) -> bool:
    """A real PDF cut short still shows object syntax near its start; random bytes do not."""
    with open(path, "rb") as f:
        head = f.read(64 * 1024)
    return b" obj" in head and b"endobj" in head


def probe_pdf(path: str | os.PathLike, password: str | None = None) -> PdfProbe:
    """Open a PDF with qpdf (pikepdf) and count its pages, or say plainly why not."""
    try:
        pdf = pikepdf.open(path, password=password or "")
    except pikepdf.PasswordError:
        if password:
            return PdfProbe("wrong_password", reason="The password given does not open this "
                                                     "PDF.", encrypted=True)
        return PdfProbe("password_required", reason="Password required: the PDF is encrypted. "
                                                    "Supply its password to process it.",
                        encrypted=True)
    except (pikepdf.PdfError, OSError, RuntimeError, ValueError, RecursionError) as exc:
        if not _has_eof_marker(path) and _has_objects(path):
            return PdfProbe("truncated", reason="The PDF is truncated: its end is missing "
                                                "(an interrupted upload or copy?) and what "
                                                "is left cannot be read.")
        return PdfProbe("corrupt", reason=f"The PDF is damaged and cannot be read "
                                          f"({_short(exc)}).")
    with pdf:
        warnings = tuple(_short(w) for w in pdf.get_warnings())
        try:
            count = len(pdf.pages)
            if count:
                _ = pdf.pages[0].mediabox
        except (pikepdf.PdfError, RuntimeError, ValueError, TypeError, KeyError) as exc:
            return PdfProbe("corrupt", reason=f"The PDF's page tree is damaged ({_short(exc)}).",
                            encrypted=pdf.is_encrypted, warnings=warnings)
        encrypted = pdf.is_encrypted
    if not _has_eof_marker(path):
        return PdfProbe("truncated", pages=count, encrypted=encrypted, warnings=warnings,
                        reason="The PDF is truncated: its end is missing (an interrupted "
                               "upload or copy?). Send the complete file.")
    if count == 0:
        return PdfProbe("no_pages", pages=0, reason="The PDF has no pages.",
                        encrypted=encrypted, warnings=warnings)
    return PdfProbe("ok", pages=count, encrypted=encrypted, warnings=warnings)


def decrypt_pdf(path: str | os.PathLike, password: str, out: str | os.PathLike) -> PdfProbe:
    """Write a decrypted copy of an encrypted PDF to ``out``; run it in a sandboxed child
    (it parses the untrusted file). ``ok`` with the page count, or why not."""
    try:
        with pikepdf.open(path, password=password) as pdf:
            pdf.save(out, encryption=False)
            return PdfProbe("ok", pages=len(pdf.pages), encrypted=True)
    except pikepdf.PasswordError:
        return PdfProbe("wrong_password", reason="That password does not open the document.",
                        encrypted=True)
    except (pikepdf.PdfError, OSError, RuntimeError, ValueError, RecursionError) as exc:
        return PdfProbe("corrupt", reason=f"The document could not be decrypted: "
                                          f"{_short(exc)}", encrypted=True)


def _short(exc: object) -> str:
    text = str(exc)
    # qpdf prefixes messages with the file's path: keep only what it says.
    if ": " in text and text.split(": ", 1)[0].endswith((".pdf", ".PDF")) or \
            text.startswith("/"):
        text = text.split(": ", 1)[-1]
    return text[:300]


# -- one file, all checks --------------------------------------------------------------------

@dataclass(frozen=True)
class FileCheck:
    """Everything validation knows about one incoming file."""

    kind: str
    size: int
    sha256: str | None = None
    pages: int | None = None
    code: str = "ok"
    reason: str | None = None

    @property
    def ok(self) -> bool:
        return self.code == "ok"


def check_pdf_file(path: str | os.PathLike, *, max_bytes: int,
                   password: str | None = None) -> FileCheck:
    """Sniff, size-check, hash and probe one file; never raises for bad content."""
    try:
        size = Path(path).stat().st_size
        kind = sniff(path)
    except OSError as exc:
        return FileCheck("missing", 0, code="unreadable", reason=f"The file cannot be read "
                                                                 f"({exc.strerror}).")
    if kind.kind != "pdf":
        return FileCheck(kind.kind, size, code="not_pdf",
                         reason=kind.reason or "This is an archive, not a PDF.")
    too_big = check_size(size, max_bytes)
    if too_big:
        return FileCheck(kind.kind, size, code="too_large", reason=too_big)
    probe = probe_pdf(path, password)
    return FileCheck(kind.kind, size, sha256_file(path), probe.pages, probe.code, probe.reason)
