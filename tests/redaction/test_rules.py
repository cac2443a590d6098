"""Each identifier recogniser: what it must find, and what it must leave alone."""

from __future__ import annotations

import pytest

from redaction.rules import find_identifiers, nhs_checksum_ok


def kinds(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for h in find_identifiers(text):
        assert text[h.start : h.end] == h.text
        out.setdefault(h.kind, []).append(h.text)
    return out


@pytest.mark.parametrize(
    "text,found",
    [
        ("write to kayleigh.smith99@hotmail.co.uk today", "kayleigh.smith99@hotmail.co.uk"),
        ("Email: J.O'Neill@rotherham.gov.uk", "J.O'Neill@rotherham.gov.uk"),
    ],
)
def test_email(text, found):
    assert kinds(text)["email"] == [found]


@pytest.mark.parametrize(
    "number",
    [
        "07912 345678",
        "07912345678",
        "+44 7912 345678",
        "+44 (0)7912 345 678",
        "0114 273 4567",
        "01709 823456",
        "020 7946 0123",
        "(0161) 496 0000",
        "07700 900123",
    ],
)
def test_uk_phone_numbers(number):
    assert kinds(f"call {number} now")["phone"] == [number]


def test_short_numbers_are_not_phones():
    assert "phone" not in kinds("crime ref 14/23456/19 and 12345 items")


@pytest.mark.parametrize("pc", ["S60 1AA", "M1 1AE", "SW1A 2AA", "LS12 3RT", "B33 8TH", "CR2 6XH"])
def test_postcodes(pc):
    assert kinds(f"lives at {pc} now")["postcode"] == [pc]


def test_not_postcodes():
    assert "postcode" not in kinds("Section 47 and QQ1 1AA and V1 1AA are not postcodes")


@pytest.mark.parametrize("ni", ["AB 12 34 56 C", "JT123456D", "ab123456c".upper()])
def test_ni_numbers_valid(ni):
    assert kinds(f"NI {ni}")["ni_number"] == [ni]


@pytest.mark.parametrize("ni", ["DA123456C", "BG123456C", "GB123456A", "QQ123456C", "AO123456C"])
def test_ni_numbers_invalid_prefix(ni):
    assert "ni_number" not in kinds(f"ref {ni} here")


def test_nhs_checksum():
    assert nhs_checksum_ok("9434765919")
    assert not nhs_checksum_ok("9434765918")
    assert kinds("her number is 943 476 5919.")["nhs_number"] == ["943 476 5919"]
    assert "nhs_number" not in kinds("her number is 943 476 5918.")
    assert "nhs_number" not in kinds("order 9434765918 shipped")


def test_nhs_invalid_checksum_with_context_still_proposed_at_low_confidence():
    hits = [h for h in find_identifiers("NHS No: 943 476 5918") if h.kind == "nhs_number"]
    assert hits and hits[0].confidence < 0.9


@pytest.mark.parametrize(
    "text,date",
    [
        ("DOB: 12/03/1998", "12/03/1998"),
        ("D.O.B 12.03.98", "12.03.98"),
        ("date of birth 12th March 1998", "12th March 1998"),
        ("born on 3 Mar 2001", "3 Mar 2001"),
        ("(dob 2001-03-04)", "2001-03-04"),
    ],
)
def test_dates_of_birth_by_context(text, date):
    assert kinds(text)["date_of_birth"] == [date]


def test_dates_without_context_are_not_dob():
    assert "date_of_birth" not in kinds("The meeting on 12/03/2014 was adjourned to 3 May 2014.")


def test_event_dates_after_a_dob_heading_are_not_dates_of_birth():
    """Which dates sit under a "DOB" column is a question of layout (redaction.fields);
    by the text alone, only a date introduced as a birth date is one."""
    text = ("Name DOB Address\nA. Person 12/03/1998 somewhere\n"
            "Chronology: met on 12/03/2014, reviewed 01/06/2015. D.O.B. 02/02/2002")
    assert kinds(text)["date_of_birth"] == ["02/02/2002"]


@pytest.mark.parametrize(
    "text,vrm",
    [
        ("a silver Corsa YX61 ABC", "YX61 ABC"),
        ("car K123 ABC parked", "K123 ABC"),
        ("Reg ABC 123D seen", "ABC 123D"),
        ("registration: AB 1234", "AB 1234"),
    ],
)
def test_vehicle_registrations(text, vrm):
    assert vrm in kinds(text)["vehicle_reg"]


def test_dateless_plate_needs_context():
    assert "vehicle_reg" not in kinds("Form AB 1234 was filed")


def test_bank_details_need_context():
    k = kinds("Sort code 20-00-00, account number 12345678.")
    assert k["sort_code"] == ["20-00-00"] and k["account_number"] == ["12345678"]
    assert "sort_code" not in kinds("scores were 20-00-00 then") and "account_number" not in kinds(
        "12345678"
    )


@pytest.mark.parametrize(
    "text,addr",
    [
        ("lives at 14 Oak Tree Road, Rotherham", "14 Oak Tree Road"),
        ("Flat 3, 22 Wellington Street", "Flat 3, 22 Wellington Street"),
        ("at 221b Baker St.", "221b Baker St."),
        ("took her to 7 Cranberry Close", "7 Cranberry Close"),
    ],
)
def test_street_addresses(text, addr):
    assert addr in kinds(text)["address"]


def test_street_named_after_living_word():
    assert "Moorgate Avenue" in kinds("She lived on Moorgate Avenue with him")["address"]


@pytest.mark.parametrize(
    "text,handle",
    [
        ("message @lil_kay99 on there", "@lil_kay99"),
        ("her snapchat is kayz_99", "kayz_99"),
        ("Instagram: baby.k.x", "baby.k.x"),
        ("username: xXbabyXx", "xXbabyXx"),
        ("see facebook.com/kay.smith.5", "facebook.com/kay.smith.5"),
    ],
)
def test_social_handles(text, handle):
    assert handle in kinds(text)["social_handle"]


def test_platform_name_alone_is_not_a_handle():
    assert "social_handle" not in kinds("she went on snapchat and instagram at night")


@pytest.mark.parametrize(
    "text,num,kind",
    [
        ("PC 1234 Smith attended", "1234", "collar_number"),
        ("DC4567 Jones", "4567", "collar_number"),
        ("collar number 882", "882", "collar_number"),
        ("warrant no. 98765", "98765", "warrant_number"),
    ],
)
def test_police_numbers(text, num, kind):
    assert kinds(text)[kind] == [num]


def test_card_number_luhn():
    assert kinds("card 4111 1111 1111 1111")["card_number"] == ["4111 1111 1111 1111"]
    assert "card_number" not in kinds("card 4111 1111 1111 1112")
