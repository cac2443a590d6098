"""Tables as real extraction gives them: a key and value table's rows, a heading that
wraps onto a second line or runs two headings together, a heading cell that sits a little
lower than the others, a row whose first cell sits higher than the rest (round 9 of issue
10, seen on held-out test7 and test8; every wording here is new)."""

from __future__ import annotations

from ingest.pages import Page, build_page
from redaction.fields import find_fields


def page_of_boxes(lines: list[list[tuple[str, float, float]]]) -> Page:
    """Lines of (text, x, y): each word of a cell laid out from x on the line's y."""
    out = []
    for cells in lines:
        words = []
        for text, x, y in cells:
            for w in text.split():
                width = 5.0 * len(w)
                words.append((w, x, y, x + width, y + 9))
                x += width + 3
        out.append(words)
    return build_page(1, 842.0, 595.0, False, out)


def values(page: Page) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for f in find_fields(page):
        found.setdefault(f.label, []).append(f.text)
    return found


def test_a_key_and_value_tables_rows_are_values_not_headings():
    page = page_of_boxes([
        [("Field", 70, 100), ("Value", 220, 100)],
        [("Linked payment", 70, 116), ("Card ending 5521", 220, 116)],
        [("Cardholder name", 70, 132), ("Imogen TATTERSALL", 220, 132)],
        [("Postal address", 70, 148), ("4 Lime Walk, Hexham", 220, 148)],
    ])
    got = values(page)
    assert got.get("cardholder name") == ["Imogen TATTERSALL"], got


def test_a_heading_that_wraps_and_runs_two_headings_together():
    page = page_of_boxes([
        [("Case", 67, 122), ("Name", 114, 122), ("DOB", 214, 122),
         ("Home at the time Notes", 262, 122)],
        [("ref", 67, 133)],
        [("Child 4", 67, 149), ("Mason Tilley", 114, 149), ("02.03.07", 214, 149),
         ("Oak Lodge", 262, 149), ("missing x6", 350, 149)],
        [("Child 9", 67, 165), ("Nia Brough", 114, 165), ("19.11.06", 214, 165),
         ("foster care", 262, 165), ("CSE risk high", 350, 165)],
    ])
    got = values(page)
    assert got.get("dob") == ["02.03.07", "19.11.06"], got
    assert got.get("name") == ["Mason Tilley", "Nia Brough"], got


def test_a_heading_cell_a_little_lower_and_rows_in_two_lines():
    page = page_of_boxes([
        [("Surname", 68, 145), ("Forename", 226, 147), ("DOB", 412, 148.5),
         ("Phone", 540, 149)],
        [("Seen?", 697, 150.5)],
        [("ASHBY", 68, 161.5), ("Coral", 225, 161), ("1958-07-14", 412, 164)],
        [("07700 900 611", 540, 165), ("N", 696, 166)],
    ])
    got = values(page)
    assert got.get("dob") == ["1958-07-14"], got
    assert got.get("phone") == ["07700 900 611"], got  # the next column's "N" is not in it


def test_a_form_under_a_table_is_read_as_a_form():
    page = page_of_boxes([
        [("Custody number", 67, 92), ("Arrest summons no.", 184, 92), ("PNC ID", 329, 92)],
        [("WY/00812/22", 67, 107), ("2200000000000113", 184, 107), ("21/448812K", 329, 107)],
        [("Surname", 67, 131), ("OKORO", 219, 131)],
        [("Born", 67, 149), ("3 June 2004 at Halifax", 219, 149)],
    ])
    got = values(page)
    assert got.get("surname") == ["OKORO"] and got.get("born") == ["3 June 2004 at Halifax"], got
    assert "Surname" not in got.get("custody number", []), got


def test_a_date_under_a_licence_label_is_no_licence_number():
    from redaction.propose import propose

    got = [(p.text, p.kind) for p in propose([page_of_boxes([
        [("Licence expiry date", 70, 100), ("9 May 2028", 220, 100)],
        [("Licence number", 70, 116), ("PH/2021/0917", 220, 116)]])])]
    assert ("9 May 2028", "licence_number") not in got, got
    assert ("PH/2021/0917", "licence_number") in got, got
