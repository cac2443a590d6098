"""Load files: a provider's spreadsheet index of the files it sends, one row per file.

Two halves. :func:`read_rows` opens the CSV or .xlsx (in a sandboxed child when the app
calls it) and returns every cell as text: spreadsheets are read with openpyxl, whose cells
hold what Excel last saved; a formula is never evaluated, its saved value is read, and a
formula saved without a value is a problem. :func:`match` then checks every row and matches
it to the files that arrived, listing every mismatch (a row without a file, a file without a
row, a bad date, an unknown type...), so the caller can refuse the whole load file before
anything is stored.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path, PurePosixPath

MAX_ROWS = 50_000
MAX_CELL_CHARS = 10_000
MAX_BYTES = 20 * 1024 * 1024

# column heading as providers write it (lower case, spaces) -> field
HEADINGS = {
    "file": "file", "file name": "file", "filename": "file", "file_name": "file",
    "document": "file", "name": "file",
    "title": "title", "document title": "title",
    "author": "author", "author or witness": "author", "witness": "author",
    "date": "date", "document date": "date",
    "type": "type", "document type": "type",
    "provider reference": "provider_reference", "reference": "provider_reference",
    "provider ref": "provider_reference", "ref": "provider_reference",
    "provider_reference": "provider_reference", "control number": "provider_reference",
    "restricted": "restricted", "restricted flag": "restricted",
}
LIMITS = {"title": 300, "author": 200, "provider_reference": 120, "file": 255}
YES = {"yes", "y", "true", "1", "restricted"}
NO = {"no", "n", "false", "0", ""}


@dataclass
class RawSheet:
    """Every row of the first sheet as text; ``problems`` are reasons the file as a whole
    cannot be read (never raised: the child's answer is plain data)."""

    rows: list[list[str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RowMetadata:
    line: int
    file: str
    title: str = ""
    author: str = ""
    document_date: date | None = None
    document_type: str = ""
    provider_reference: str = ""
    restricted: bool | None = None  # None: the upload's own choice


@dataclass
class Match:
    by_file: dict[str, RowMetadata] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def kind_of(name: str, head: bytes) -> str | None:
    """"csv", "xlsx" or None, judged by content where it can be (an .xlsx is a zip)."""
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if name.lower().endswith((".csv", ".txt")) and b"\x00" not in head:
        return "csv"
    return None


def read_rows(path: str, kind: str) -> RawSheet:
    size = Path(path).stat().st_size
    if size > MAX_BYTES:
        return RawSheet(problems=[f"The load file is {size:,} bytes; the limit is "
                                  f"{MAX_BYTES:,}."])
    try:
        return _read_xlsx(path) if kind == "xlsx" else _read_csv(path)
    except Exception as exc:  # noqa: BLE001 - any reader failure is a reason for the clerk
        what = "spreadsheet (.xlsx)" if kind == "xlsx" else "CSV file"
        return RawSheet(problems=[f"The load file could not be read as a {what}: "
                                  f"{type(exc).__name__}: {str(exc)[:200]}"])


def _read_csv(path: str) -> RawSheet:
    data = Path(path).read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes almost anything
        return RawSheet(problems=["The load file is not text (UTF-8 or Windows-1252)."])
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    out = RawSheet()
    for i, row in enumerate(csv.reader(io.StringIO(text), dialect)):
        if i >= MAX_ROWS:
            out.problems.append(f"The load file has more than {MAX_ROWS:,} rows.")
            break
        out.rows.append([c[:MAX_CELL_CHARS] for c in row])
    return out


def _read_xlsx(path: str) -> RawSheet:
    import openpyxl

    # file objects: openpyxl judges by content then, not by the name's extension
    values = openpyxl.load_workbook(io.BytesIO(Path(path).read_bytes()), read_only=True,
                                    data_only=True)
    formulas = openpyxl.load_workbook(io.BytesIO(Path(path).read_bytes()), read_only=True,
                                      data_only=False)
    try:
        out = RawSheet()
        sheet, raw = values.worksheets[0], formulas.worksheets[0]
        for i, (row, formula_row) in enumerate(zip(sheet.iter_rows(values_only=True),
                                                   raw.iter_rows(values_only=True),
                                                   strict=False)):
            if i >= MAX_ROWS:
                out.problems.append(f"The load file has more than {MAX_ROWS:,} rows.")
                break
            cells = []
            for col, value in enumerate(row):
                source = formula_row[col] if col < len(formula_row) else None
                if value is None and isinstance(source, str) and source.startswith("="):
                    out.problems.append(
                        f"Row {i + 1}, cell {_column(col)}{i + 1}: a formula ({source[:60]}) "
                        "saved without its value; formulas are never worked out here. Open "
                        "and save the file in Excel, or type the value.")
                cells.append(_cell_text(value))
            out.rows.append(cells)
        return out
    finally:
        values.close()
        formulas.close()


def _column(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        name = chr(65 + rem) + name
    return name


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() \
            else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)[:MAX_CELL_CHARS]


_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%d %B %Y", "%d %b %Y")


def parse_date(text: str) -> date | None:
    """A date as a UK provider writes it (day first), or None if it is not one."""
    text = re.sub(r"\s+", " ", text.strip())
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    try:  # a spreadsheet's date and time ("2019-03-14 10:30:00"): the day is the date
        return datetime.fromisoformat(text).date() if len(text) > 10 else None
    except ValueError:
        return None


def file_key(name: str) -> str:
    """How a row names a file and a file is named: its base name, case-insensitive."""
    return PurePosixPath(name.replace("\\", "/")).name.strip().lower()


def match(sheet: RawSheet, file_names: list[str], types: dict[str, str],
          today: date | None = None) -> Match:
    """Check every row and match rows to files (by base name, case-insensitive).
    ``types`` maps stored type -> label; either is accepted in the type column."""
    result = Match(problems=list(sheet.problems))
    rows = [r for r in sheet.rows if any(c.strip() for c in r)]
    if not rows:
        if not result.problems:
            result.problems.append("The load file is empty.")
        return result
    header = [HEADINGS.get(re.sub(r"[\s_]+", " ", c.strip().lower()), "") for c in rows[0]]
    if "file" not in header:
        result.problems.append("The load file has no file name column (a heading such as "
                               "'File name'); the first row must be the headings.")
        return result
    type_words = {**{k.lower(): k for k in types}, **{v.lower(): k for k, v in types.items()}}
    files = {}
    for name in file_names:
        key = file_key(name)
        if key in files:
            result.problems.append(f"Two files are called {PurePosixPath(name).name!r}; a load "
                                   "file cannot tell them apart.")
        files[key] = name
    today = today or date.today()
    seen: dict[str, int] = {}
    for offset, row in enumerate(sheet.rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        cells = {f: row[i].strip() for i, f in enumerate(header) if f and i < len(row)}
        meta, problems = _row(offset, cells, type_words, today)
        result.problems.extend(problems)
        if not meta.file:
            continue
        key = file_key(meta.file)
        if key in seen:
            result.problems.append(f"Line {offset}: {meta.file!r} is also on line {seen[key]}.")
            continue
        seen[key] = offset
        if key not in files:
            result.problems.append(f"Line {offset}: no file called {meta.file!r} was uploaded.")
            continue
        if not problems:
            result.by_file[files[key]] = meta
    for key, name in sorted(files.items()):
        if key not in seen:
            result.problems.append(f"{PurePosixPath(name).name!r} was uploaded but has no row "
                                   "in the load file.")
    return result


def _row(line: int, cells: dict[str, str], type_words: dict[str, str],
         today: date) -> tuple[RowMetadata, list[str]]:
    problems = []
    for name, limit in LIMITS.items():
        if len(cells.get(name, "")) > limit:
            problems.append(f"Line {line}: the {name.replace('_', ' ')} is longer than "
                            f"{limit} characters.")
    if not cells.get("file"):
        problems.append(f"Line {line}: no file name.")
    when = None
    if cells.get("date"):
        when = parse_date(cells["date"])
        if when is None:
            problems.append(f"Line {line}: {cells['date']!r} is not a date (write 2019-03-14 "
                            "or 14/03/2019).")
        elif when > today:
            problems.append(f"Line {line}: the date {when:%d/%m/%Y} is in the future.")
    kind = ""
    if cells.get("type"):
        kind = type_words.get(cells["type"].lower(), "")
        if not kind:
            problems.append(f"Line {line}: unknown document type {cells['type']!r} (one of "
                            f"{', '.join(sorted(set(type_words.values())))}).")
    restricted = None
    if "restricted" in cells:
        flag = cells["restricted"].lower()
        if flag in YES:
            restricted = True
        elif flag in NO:
            restricted = False if flag else None
        else:
            problems.append(f"Line {line}: restricted must be yes or no, not "
                            f"{cells['restricted']!r}.")
    return RowMetadata(line=line, file=cells.get("file", "")[:255],
                       title=cells.get("title", ""), author=cells.get("author", ""),
                       document_date=when, document_type=kind,
                       provider_reference=cells.get("provider_reference", ""),
                       restricted=restricted), problems
