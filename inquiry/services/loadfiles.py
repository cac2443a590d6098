"""A batch's load file: read it (in a sandboxed child), check every row against the files
that arrived, and give each file its own metadata, all or nothing: any mismatch refuses the
load file before a single file is stored."""

from __future__ import annotations

import dataclasses
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path, PurePosixPath

from ingest import loadfile, validate
from inquiry.models.document import DOCUMENT_TYPES
from inquiry.services.intake import IncomingFile, Metadata


@dataclasses.dataclass
class Checked:
    problems: list[str]
    per_file: Callable[[str], Metadata | None] | None = None
    rows: int = 0


def _names(files: Sequence[IncomingFile]) -> list[str]:
    """The names the files will be taken in under; an archive's members by their own
    names (the archive's directory is read, nothing is expanded)."""
    names = []
    for f in files:
        if validate.sniff(f.path).kind != "zip":
            names.append(f.name)
            continue
        try:
            with zipfile.ZipFile(f.path) as archive:
                for info in archive.infolist()[:100_000]:
                    base = PurePosixPath(info.filename).name
                    if info.is_dir() or not base or base.startswith(".") or \
                            "__MACOSX" in info.filename:
                        continue
                    names.append(f"{f.name}/{info.filename}")
        except (zipfile.BadZipFile, OSError, ValueError):
            names.append(f.name)  # refused later with its reason; it has no row either way
    return names


def check(load_path: Path, load_name: str, files: Sequence[IncomingFile],
          base: Metadata) -> Checked:
    """Every problem with the load file and the files together, or a ``per_file`` that
    gives each file the batch's metadata with its row's values over it."""
    from inquiry.services import contained

    with open(load_path, "rb") as fh:
        head = fh.read(8)
    kind = loadfile.kind_of(load_name, head)
    if kind is None:
        return Checked([f"The load file {load_name!r} is neither a CSV file nor an Excel "
                        "spreadsheet (.xlsx)."])
    sheet = contained.read_load_file(load_path, kind)
    result = loadfile.match(sheet, _names(files), DOCUMENT_TYPES)
    if not result.ok:
        return Checked(result.problems)
    rows = {loadfile.file_key(name): row for name, row in result.by_file.items()}

    def per_file(name: str) -> Metadata | None:
        row = rows.get(loadfile.file_key(name))
        if row is None:
            return None
        return dataclasses.replace(
            base, title=row.title, author=row.author or base.author,
            document_date=row.document_date or base.document_date,
            document_type=row.document_type or base.document_type,
            provider_reference=row.provider_reference,
            restricted=base.restricted or bool(row.restricted))  # a row never lowers it

    return Checked([], per_file, len(rows))
