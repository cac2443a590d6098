"""Load files: CSV and .xlsx read as saved, rows matched to files, every mismatch listed."""

from __future__ import annotations

from datetime import date

import openpyxl

from ingest import loadfile

TYPES = {"witness_statement": "Witness statement", "report": "Report", "other": "Other"}
HEAD = "File name,Title,Author,Date,Type,Provider reference,Restricted\n"


def _csv(tmp_path, text: str) -> loadfile.RawSheet:
    path = tmp_path / "load.csv"
    path.write_text(text, encoding="utf-8")
    return loadfile.read_rows(str(path), "csv")


def test_csv_rows_match_files_and_give_their_metadata(tmp_path):
    sheet = _csv(tmp_path, HEAD + "a.pdf,Statement of X,DC Jones,14/03/2019,Witness statement,"
                 "SYP-001,no\nB.PDF,Report on Y,,2019-04-01,report,SYP-002,yes\n")
    result = loadfile.match(sheet, ["a.pdf", "upload.zip/dir/b.pdf"], TYPES)
    assert result.ok, result.problems
    a, b = result.by_file["a.pdf"], result.by_file["upload.zip/dir/b.pdf"]
    assert (a.title, a.author, a.document_date, a.document_type, a.provider_reference,
            a.restricted) == ("Statement of X", "DC Jones", date(2019, 3, 14),
                              "witness_statement", "SYP-001", False)
    assert (b.document_type, b.restricted, b.document_date) == ("report", True, date(2019, 4, 1))


def test_every_mismatch_is_listed(tmp_path):
    sheet = _csv(tmp_path, HEAD + "a.pdf,T,,31/02/2019,report,,\nmissing.pdf,T,,,,,\n"
                 "a.pdf,again,,,,,\nc.pdf,T,,,memo,,maybe\n")
    result = loadfile.match(sheet, ["a.pdf", "c.pdf", "extra.pdf"], TYPES,
                            today=date(2026, 1, 1))
    text = "\n".join(result.problems)
    assert not result.ok
    assert "Line 2: '31/02/2019' is not a date" in text
    assert "Line 3: no file called 'missing.pdf'" in text
    assert "Line 4: 'a.pdf' is also on line 2" in text
    assert "Line 5: unknown document type 'memo'" in text
    assert "Line 5: restricted must be yes or no" in text
    assert "'extra.pdf' was uploaded but has no row" in text
    assert len(result.problems) == 6


def test_no_file_column_and_empty_files(tmp_path):
    assert "no file name column" in loadfile.match(_csv(tmp_path, "Title\nx\n"), [],
                                                   TYPES).problems[0]
    assert loadfile.match(_csv(tmp_path, ""), [], TYPES).problems == ["The load file is empty."]


def test_csv_formula_text_is_only_text(tmp_path):
    sheet = _csv(tmp_path, HEAD + 'a.pdf,"=HYPERLINK(""http://x"")",,,,,\n')
    result = loadfile.match(sheet, ["a.pdf"], TYPES)
    assert result.by_file["a.pdf"].title == '=HYPERLINK("http://x")'


def test_xlsx_formulas_are_read_as_saved_values_never_evaluated(tmp_path):
    path = tmp_path / "load-file"  # no extension: judged by its content
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["File name", "Title", "Date", "Restricted"])
    sheet.append(["a.pdf", "=CONCAT(\"x\",\"y\")", date(2019, 3, 14), True])
    sheet.append(["b.pdf", "Plain", "2019-01-02", "no"])
    book.save(path)
    raw = loadfile.read_rows(str(path), "xlsx")
    # openpyxl wrote the formula with no saved value: refused, with the cell named
    assert any("cell B2" in p and "formula" in p for p in raw.problems)
    assert raw.rows[1][2] == "2019-03-14" and raw.rows[1][3] == "TRUE"
    assert not loadfile.match(raw, ["a.pdf", "b.pdf"], TYPES).ok


def test_xlsx_saved_formula_value_is_used(tmp_path):
    """A formula saved by Excel carries its value: that value is read (we patch the saved
    sheet's XML the way Excel writes it: <f> with a cached <v>)."""
    import zipfile

    path = tmp_path / "load.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["File name", "Title"])
    book.active.append(["a.pdf", "=40+2"])
    book.save(path)
    patched = tmp_path / "patched.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(patched, "w") as out:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<f>40+2</f><v></v>", b"<f>40+2</f><v>42</v>")
                data = data.replace(b"<f>40+2</f><v />", b"<f>40+2</f><v>42</v>")
                assert b"<v>42</v>" in data
            out.writestr(item, data)
    raw = loadfile.read_rows(str(patched), "xlsx")
    assert not raw.problems, raw.problems
    assert raw.rows[1][1] == "42"


def test_not_a_spreadsheet(tmp_path):
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"PK\x03\x04 not really")
    raw = loadfile.read_rows(str(path), "xlsx")
    assert raw.problems and "could not be read" in raw.problems[0]
    assert loadfile.kind_of("x.pdf", b"%PDF-1.7") is None


def test_dates_as_providers_write_them():
    assert loadfile.parse_date("14/03/2019") == date(2019, 3, 14)
    assert loadfile.parse_date("14 March 2019") == date(2019, 3, 14)
    assert loadfile.parse_date("2019-03-14 10:30:00") == date(2019, 3, 14)
    assert loadfile.parse_date("03/14/2019") is None  # US order is not a UK date
    assert loadfile.parse_date("soon") is None
