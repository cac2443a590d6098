"""Round 12 of issue 10 (a short seventh round, before test11): what held-out test10 left
readable, in fresh wording: a council's licence number in a table column that no licence
word heads ("KMB 2016/00871": capitals, a space, the year issued, a serial); a birth date
written the ISO way in an app's export or a profile's "Birthday" field."""

from __future__ import annotations

from .helpers import proposed_on_page as proposed


def test_a_council_licence_with_a_space_before_its_year_is_proposed_without_a_licence_word():
    got = proposed("Inspection log, Pendle Cabs\n"
                   "12/05/2021 | GREENWOOD Tariq (KMB 2016/00871) | PASS\n"
                   "19/05/2021 | OSMAN Hamza (RVC 2019/114) | FAIL - brakes")
    assert "KMB 2016/00871" in got, got
    assert "RVC 2019/114" in got, got


def test_the_slashed_council_licence_shape_is_proposed_without_a_licence_word():
    got = proposed("Column C of the return lists WLD/2014/0316 against the second car.")
    assert "WLD/2014/0316" in got, got


def test_a_span_of_years_in_capitals_is_not_taken_for_a_licence():
    got = proposed("Budget lines for FY 2019/2020 and AY 2021/22 were agreed in March.")
    assert not [t for t in got if "2019/2020" in t or "2021/22" in t], got


def test_an_iso_birth_date_in_an_app_export_field_is_proposed_and_its_other_dates_kept():
    got = proposed('{"user": "jb_04", "date_of_birth": "2005-07-22", "joined": "2021-02-03"}')
    assert "2005-07-22" in got, got
    assert "2021-02-03" not in got, got


def test_a_profile_birthday_field_with_a_whole_date_is_proposed():
    got = proposed("Account details\nBirthday 2005-02-14\nMember since 2019-06-30")
    assert "2005-02-14" in got, got
    assert "2019-06-30" not in got, got


def test_a_birth_date_after_dotted_leaders_or_a_prefixed_field_name_is_proposed():
    got = proposed("DATE OF BIRTH .......... 1991-10-06\nDATE OF ARREST ........ 2022-05-17\n"
                   "stated_birthdate: 2004-01-29\nupload_date: 2022-06-01")
    assert {"1991-10-06", "2004-01-29"} <= set(got), got
    assert "2022-05-17" not in got and "2022-06-01" not in got, got
