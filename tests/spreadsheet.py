"""Reading a CSV the way a spreadsheet user would: LibreOffice Calc opens it with type
detection on (numbers, dates such as 3/4 or 14/03/2019, formulas) and saves it as .xlsx,
and openpyxl reads back what each cell became. A cell meant as text must come back as the
same text; anything Calc turned into a date, a number or a formula would show here.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

SOFFICE = shutil.which("soffice") or "/usr/bin/soffice"
# CSV import options, in LibreOffice's order: comma, double quote, UTF-8, from line 1, no
# column types, English (UK) locale, quoted fields not forced to text, detect special
# numbers (dates, times, percentages), ..., evaluate formulas: a user's double-click.
CSV_IMPORT = "CSV:44,34,76,1,,2057,false,true,false,false,false,-1,true"


def read_back(csv_text: str, workdir: Path, timeout: float = 120) -> list[tuple[Any, ...]]:
    """Each row as Calc understood it: str, int/float, datetime, or '=...' for a formula."""
    import openpyxl

    if not Path(SOFFICE).exists():
        pytest.fail("LibreOffice Calc is missing: scripts/install-system.sh installs Debian's "
                    "libreoffice-calc-nogui", pytrace=False)
    workdir.mkdir(parents=True, exist_ok=True)
    source = workdir / "export.csv"
    source.write_text(csv_text, encoding="utf-8", newline="")
    profile = workdir / "profile"  # its own profile: runs in parallel do not share a lock
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--norestore", f"--infilter={CSV_IMPORT}", "--convert-to", "xlsx",
                    "--outdir", str(workdir), str(source)],
                   check=True, capture_output=True, timeout=timeout)
    book = openpyxl.load_workbook(workdir / "export.xlsx")
    return [tuple(row) for row in book.active.iter_rows(values_only=True)]
