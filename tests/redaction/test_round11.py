"""Round 11 of issue 10: what test9 (retired) left readable, in fresh wording: reference
numbers in a table column whose heading only says "Job", "Sample" or "Item"."""

from __future__ import annotations

from redaction.fields import find_fields, is_code
from redaction.propose import propose

from .test_failure_classes import table_page


def test_codes_under_a_reference_heading_are_references():
    page = table_page([["Ticket", "Day", "Collected from", "Rider"],
                       ["40917", "02/05", "Moorside Hotel", "Danielle Okoro"],
                       ["41220", "03/05", "Moorside Hotel", "Danielle Okoro"]],
                      [70, 130, 190, 340])
    assert not any(f.kind == "other" for f in find_fields(page))  # "Ticket" is no label
    page = table_page([["Job no", "Day", "Collected from", "Rider"],
                       ["40917", "02/05", "Moorside Hotel", "Danielle Okoro"],
                       ["41220", "03/05", "Moorside Hotel", "Danielle Okoro"]],
                      [70, 130, 190, 340])
    got = {p.text: p.kind for p in propose([page])}
    assert got.get("40917") == "reference" and got.get("41220") == "reference", got
    assert "02/05" not in got, got


def test_letter_and_digit_codes_under_a_sample_heading():
    page = table_page([["Sample", "Description", "From"],
                       ["RB/07", "Hair, suspect", "Imran Qadir"],
                       ["RB/08", "Swab, complainant", "Leanne Gort"]], [70, 160, 330])
    got = {p.text: p.kind for p in propose([page])}
    assert got.get("RB/07") == "reference" and got.get("RB/08") == "reference", got


def test_words_row_numbers_and_sums_under_such_headings_stay():
    page = table_page([["Item", "Description", "Amount"],
                       ["1", "Bus fares for the week", "12.40"],
                       ["Childcare", "Nursery fees, receipt 2", "62.50"]], [70, 160, 360])
    got = [p.text for p in propose([page])]
    assert not any(t in ("1", "Childcare", "12.40", "62.50") for t in got), got


def test_what_a_code_looks_like():
    for code in ("77120", "TX/14", "QR-003", "AB1234", "003318"):
        assert is_code(code), code
    for word in ("1", "12", "9.40", "06/06", "Ashgrove", "2019", "12:30", "A1.2"):
        assert not is_code(word), word


# --- names the rules did not know the shape of ---

def proposed(text: str) -> list[str]:
    from .helpers import page_of
    return [p.text for p in propose([page_of(text)])]


def test_one_initial_and_a_surname_in_capitals_on_a_statement():
    got = proposed("03/08/2020 FPI T OKONJO ref 'rent' 120.00\n"
                   "04/08/2020 FPO R SHAH ref 'for K' 75.00")
    assert "T OKONJO" in got and "R SHAH" in got, got


def test_capitals_after_an_initial_that_name_no_one_stay():
    got = proposed("APPENDIX C NOTES AND PART B TIMELINE\n"
                   "Referred to G CAMHS and the T GMP team.")
    assert not any(t in ("C NOTES", "B TIMELINE", "G CAMHS", "T GMP") for t in got), got


def test_a_size_or_kinship_word_and_an_initial_is_a_street_name():
    got = proposed("STAFF ROTA\nBIG J   07700 900971   SAT SUN\n"
                   "She said Uncle K drove them to the flat.")
    assert "BIG J" in got and any(t.startswith("Uncle K") for t in got), got
    got = proposed("note on the door: 'no girls in the yard - BIG T'. Then: Big T's van.")
    assert "BIG T" in got, got
    assert not any("R&B" in t for t in proposed("They played a little R&B all night.")), got


def test_an_inverted_name_keeps_its_second_given_name():
    got = proposed("PATIENT: MWANGI, Wanjiru Akinyi (Miss)   DOB: 02 Feb 2006")
    assert "MWANGI, Wanjiru Akinyi" in got, got


def test_a_lower_case_school_named_for_its_learning_trust():
    got = proposed("who's bringing the grovemoor learning lot")
    assert "grovemoor learning" in got, got
    assert not any("learning" in t for t in proposed("she does distance learning now")), got


def test_how_a_phone_saved_a_contact_is_a_nickname_used_in_messages():
    page = table_page([["Saved as", "Number", "Attributed to"],
                       ["Pickle", "07700 900311", "Anwar Jabbar"],
                       ["Mango", "07700 900322", "unknown male"]], [70, 170, 280])
    got = {p.text for p in propose([page])}
    assert {"Pickle", "Mango"} <= got, got


def test_a_professional_register_number_beside_a_name():
    got = proposed("Dentist: Dr Ama Okafor-Lyle (GDC 318822); pharmacist GPhC 2071935.")
    assert "318822" in got and "2071935" in got, got
