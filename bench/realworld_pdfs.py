"""Real-world PDFs (tests/data/realworld, from other projects' test suites) read by our
extraction, in the sandbox as the worker reads them, and compared with poppler's pdftotext.

The measure: word-level F1 between the two multisets of words of the whole file (each word
NFKC-normalised and lower-cased; words are what each tool separates by white space), with
precision over our words and recall over pdftotext's. A file passes at F1 >= 0.9; a file
that cannot be read must fail with a one-line reason, never a traceback. Only text layers
are compared (``ocr="never"``): pdftotext does no OCR.

    python -m bench.realworld_pdfs [FILES...]
"""

from __future__ import annotations

import subprocess
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "tests" / "data" / "realworld"
THRESHOLD = 0.9


@dataclass
class Row:
    """One file's comparison; ``reason`` is set (one line) when extraction failed."""

    name: str
    pages: int = 0
    ours: int = 0
    theirs: int = 0
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    seconds: float = 0.0
    reason: str | None = None

    @property
    def close(self) -> bool:
        return self.reason is None and self.f1 >= THRESHOLD


def words_of(texts: list[str]) -> Counter[str]:
    return Counter(unicodedata.normalize("NFKC", w).lower() for t in texts for w in t.split())


def scores(ours: Counter[str], theirs: Counter[str]) -> tuple[float, float, float]:
    """(precision, recall, F1) of ``ours`` against ``theirs``; two empty sets agree."""
    a, b = sum(ours.values()), sum(theirs.values())
    if not a and not b:
        return 1.0, 1.0, 1.0
    both = sum((ours & theirs).values())
    p, r = (both / a if a else 0.0), (both / b if b else 0.0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pdftotext_words(path: Path) -> Counter[str]:
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],  # noqa: S607
                          capture_output=True, timeout=120, check=False)
    return words_of([done.stdout.decode("utf-8", "replace")])


def compare(path: Path) -> Row:
    """Our sandboxed extraction of ``path`` against pdftotext's."""
    from ingest.extract import ExtractError
    from ingest.sandbox import Limits, SandboxError
    from ingest.sandboxed import extract_document

    row = Row(path.name)
    start = time.perf_counter()
    try:
        pages = [r.page for r in extract_document(path, ocr="never", limits=Limits(
            memory_bytes=1536 * 1024 * 1024, cpu_seconds=120, wall_seconds=60))]
    except (ExtractError, SandboxError) as exc:
        row.reason = " ".join(str(exc).split())
        return row
    row.seconds = time.perf_counter() - start
    row.pages = len(pages)
    ours = words_of([" ".join(w.text for w in p.words) for p in pages])
    theirs = pdftotext_words(path)
    row.ours, row.theirs = sum(ours.values()), sum(theirs.values())
    row.precision, row.recall, row.f1 = scores(ours, theirs)
    return row


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or sorted(DATA.glob("*.pdf"))
    print(f"{'file':44} {'pages':>5} {'ours':>6} {'pdftotext':>9} {'P':>6} {'R':>6} "
          f"{'F1':>6} {'pages/s':>8}  result")
    rows = []
    for path in files:
        row = compare(path)
        rows.append(row)
        if row.reason:
            print(f"{row.name:44} {'':>5} {'':>6} {'':>9} {'':>6} {'':>6} {'':>6} {'':>8}  "
                  f"failed: {row.reason}")
            continue
        rate = row.pages / row.seconds if row.seconds else 0.0
        print(f"{row.name:44} {row.pages:5d} {row.ours:6d} {row.theirs:9d} "
              f"{row.precision:6.3f} {row.recall:6.3f} {row.f1:6.3f} {rate:8.1f}  "
              f"{'close' if row.close else 'DIFFERS'}")
    read = [r for r in rows if not r.reason]
    pages = sum(r.pages for r in read)
    seconds = sum(r.seconds for r in read)
    print(f"\n{len(rows)} files: {sum(r.close for r in rows)} close to pdftotext "
          f"(F1 >= {THRESHOLD}), {len(read) - sum(r.close for r in rows)} differ, "
          f"{len(rows) - len(read)} failed with a reason; {pages} pages in {seconds:.1f} s "
          f"({pages / seconds if seconds else 0:.1f} pages/s, sandbox start-up included)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
