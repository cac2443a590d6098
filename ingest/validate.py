"""Intake checks that treat every file as hostile: type by content, safe zip expansion,
hashing, and a PDF probe that names what is wrong in words a clerk can act on."""

from __future__ import annotations

import hashlib
import os
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

PDF_MAGIC = b"%PDF-"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
KNOWN_TYPES = [  # what a refused file most likely is, for the message
    (b"\xd0\xcf\x11\xe0", "a Microsoft Office 97-2003 file"),
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"), (b"II*\x00", "a TIFF image"), (b"MM\x00*", "a TIFF image"),
    (b"{\\rtf", "an RTF document"), (b"Rar!", "a RAR archive"), (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x1f\x8b", "a gzip archive"), (b"MZ", "a Windows program"), (b"\x7fELF", "a program"),
]


@dataclass(frozen=True)
class Sniffed:
    kind: str            # "pdf", "zip" or "other"
    reason: str | None   # why it is refused, when kind is "other"


def sniff(source: Path | bytes) -> Sniffed:
    """Detect the type from the first bytes, never from the file name."""
    if isinstance(source, (bytes, bytearray)):
        head = bytes(source[:1024])
    else:
        with open(source, "rb") as fh:
            head = fh.read(1024)
    if not head:
        return Sniffed("other", "The file is empty.")
    if PDF_MAGIC in head:
        return Sniffed("pdf", None)
    if head.startswith(ZIP_MAGICS):
        return Sniffed("zip", None)
    for magic, name in KNOWN_TYPES:
        if head.startswith(magic):
            return Sniffed("other", f"This is {name}, not a PDF. Only PDFs (or .zip archives "
                                    "of PDFs) are accepted; convert it to PDF first.")
    text_like = sum(32 <= b < 127 or b in (9, 10, 13) for b in head) / len(head) > 0.95
    what = "a text file" if text_like else "not a PDF (unrecognised content)"
    return Sniffed("other", f"This is {what}. Only PDFs (or .zip archives of PDFs) are accepted.")


def sha256_file(path: Path, chunk: int = 1024 * 1024) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def check_size(size: int, limit: int) -> str | None:
    if size > limit:
        return f"The file is {size:,} bytes; the limit is {limit:,} bytes."
    return None


@dataclass(frozen=True)
class ZipMember:
    name: str
    path: Path | None   # where it was written, when accepted
    problem: str | None  # why it was not, otherwise


class ZipRefused(ValueError):
    """The archive as a whole is unsafe or unreadable; nothing from it is accepted."""


def _unsafe_name(name: str) -> str | None:
    if "\x00" in name:
        return "its name contains a NUL character"
    pure = PurePosixPath(name.replace("\\", "/"))
    if pure.is_absolute() or (len(name) > 1 and name[1] == ":"):
        return "it has an absolute path"
    if ".." in pure.parts:
        return "its path climbs out of the archive (..)"
    return None


def expand_zip(path: Path, dest_dir: Path, *, max_members: int, max_total_bytes: int,
               max_ratio: int) -> Iterator[ZipMember]:
    """Yield every member: PDFs written under dest_dir, everything else with a reason.

    Sizes are counted while streaming, not taken from the headers (which a zip bomb lies
    in). Exceeding the total or ratio limit stops the archive with ZipRefused after
    the members already yielded; path traversal, symlinks and nested archives are refused
    per member, and the rest of the archive still comes through.
    """
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ZipRefused(f"The .zip archive cannot be read: {exc}") from None
    with archive:
        infos = [i for i in archive.infolist() if not i.is_dir()]
        if len(infos) > max_members:
            raise ZipRefused(f"The archive has {len(infos):,} files; the limit is "
                             f"{max_members:,}.")
        total = 0
        for index, info in enumerate(infos):
            name = info.filename
            problem = _unsafe_name(name)
            if problem is None and stat.S_ISLNK(info.external_attr >> 16):
                problem = "it is a symbolic link"
            if problem is None and info.flag_bits & 0x1:
                problem = "it is encrypted inside the archive; send it unencrypted"
            if problem:
                yield ZipMember(name, None, f"Refused: {problem}.")
                continue
            target = dest_dir / f"{index:06d}.bin"
            written = 0
            try:
                with archive.open(info) as src, open(target, "wb") as out:
                    while block := src.read(1024 * 1024):
                        written += len(block)
                        total += len(block)
                        if total > max_total_bytes:
                            out.close()
                            target.unlink(missing_ok=True)
                            raise ZipRefused(
                                f"The archive expands to more than {max_total_bytes:,} bytes; "
                                "it was stopped as a possible zip bomb.")
                        limit = max_ratio * max(1, info.compress_size)
                        if written > 1024 * 1024 and written > limit:
                            out.close()
                            target.unlink(missing_ok=True)
                            raise ZipRefused(
                                f"{name} expands more than {max_ratio}x; the archive was "
                                "stopped as a possible zip bomb.")
                        out.write(block)
            except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as exc:
                target.unlink(missing_ok=True)
                yield ZipMember(name, None, f"Refused: it cannot be read from the archive ({exc}).")
                continue
            kind = sniff(target)
            if kind.kind == "zip":
                target.unlink(missing_ok=True)
                yield ZipMember(name, None, "Refused: archives inside archives are not expanded; "
                                            "send its contents instead.")
            elif kind.kind != "pdf":
                target.unlink(missing_ok=True)
                yield ZipMember(name, None, f"Refused: {kind.reason}")
            else:
                os.chmod(target, 0o600)
                yield ZipMember(name, target, None)


@dataclass(frozen=True)
class PdfProbe:
    ok: bool
    pages: int | None
    needs_password: bool = False
    reason: str | None = None


def probe_pdf(path: Path, password: str | None = None) -> PdfProbe:
    """Open with qpdf (pikepdf) and count pages; say in words what is wrong, if anything."""
    import pikepdf

    try:
        with pikepdf.open(path, password=password or "") as pdf:
            pages = len(pdf.pages)
    except pikepdf.PasswordError:
        if password:
            return PdfProbe(False, None, True, "That password does not open the document.")
        return PdfProbe(False, None, True, "Password required: the PDF is encrypted. "
                                           "Supply its password to process it.")
    except pikepdf.PdfError as exc:
        first = (str(exc).splitlines() or [""])[0][:200]
        return PdfProbe(False, None, False, f"The PDF is damaged and cannot be read ({first}).")
    except (OSError, ValueError, RecursionError) as exc:
        return PdfProbe(False, None, False, f"The PDF cannot be read: {exc}")
    if not _has_end_marker(path):
        # qpdf can often rebuild such a file, but part of the evidence may be missing.
        return PdfProbe(False, pages, False, TRUNCATED)
    if pages == 0:
        return PdfProbe(False, 0, False, "The PDF has no pages.")
    return PdfProbe(True, pages)


TRUNCATED = ("The PDF is truncated (its end is missing), probably an incomplete download or "
             "copy; ask the sender for it again.")


def _has_end_marker(path: Path, window: int = 8192) -> bool:
    with open(path, "rb") as fh:
        fh.seek(max(0, path.stat().st_size - window))
        return b"%%EOF" in fh.read()
