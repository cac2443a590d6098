"""Titles from a document itself: metadata when meaningful, else its first heading, else
its file name (no services needed)."""

from __future__ import annotations

import pytest

from ingest import titles


def _words(*lines: tuple[str, float]) -> list[dict]:
    """Words of lines top to bottom, each line (text, font height)."""
    out, y = [], 40.0
    for text, height in lines:
        x = 72.0
        for word in text.split():
            out.append({"text": word, "x0": x, "y0": y, "x1": x + 6 * len(word), "y1": y + height})
            x += 6 * len(word) + 4
        y += height + 6
    return out


@pytest.mark.parametrize("raw", [
    "", None, "Microsoft Word - doc1.docx", "Microsoft Word - Statement final v2.doc", "doc1",
    "Untitled", "Document1", "scan0001.pdf", "C:\\Users\\pc\\statement.docx",
    "PowerPoint Presentation", "12345", "Report"])
def test_software_metadata_titles_are_not_used(raw):
    assert titles.meaningful_metadata_title(raw, "statement.pdf") is None


def test_a_meaningful_metadata_title_is_used():
    assert titles.meaningful_metadata_title("  Review of  Children's Services\n2014 ") == (
        "Review of Children's Services 2014")
    assert titles.choose("Strategy meeting minutes", _words(("Something else", 20)),
                         "x.pdf") == ("Strategy meeting minutes", "metadata")


def test_the_largest_early_line_is_the_heading():
    words = _words(("OFFICIAL - SENSITIVE", 9), ("Page 1 of 3", 9),
                   ("Witness statement of Operation Linden", 16),
                   ("This statement consists of three pages and is true", 10),
                   ("to the best of my knowledge and belief.", 10))
    assert titles.choose(None, words, "scan_0004.pdf") == (
        "Witness statement of Operation Linden", "heading")


def test_without_sizes_the_first_line_that_says_something():
    words = _words(("CONFIDENTIAL", 10), ("12/03/2014", 10),
                   ("Minutes of the strategy meeting", 10), ("Present: the chair and others", 10))
    assert titles.first_heading(words) == "Minutes of the strategy meeting"


def test_else_the_file_name():
    chosen = titles.choose("Microsoft Word - doc1.docx", [], "op_linden/statement_of_DC_Hall.pdf")
    assert chosen == ("statement of DC Hall", "file")
    assert titles.from_filename("") == "Untitled"
