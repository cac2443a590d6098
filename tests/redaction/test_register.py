"""The protected-persons register: loading with clear errors, and generous matching."""

from __future__ import annotations

from datetime import date

import pytest

from redaction.register import (
    KeepList,
    Person,
    Register,
    RegisterError,
    load_keep_list,
    load_register,
)

HEADER = "cipher,full_name,aliases,date_of_birth\n"


@pytest.fixture
def register() -> Register:
    return Register(
        [
            Person("C-001", "Kayleigh Smith", ("Kayz", "Baby K"), date(1998, 3, 12)),
            Person("C-002", "Hope Wilson"),
            Person("C-003", "Mohammed Iqbal", ("Mo",)),
            Person("C-004", "Li Wu"),
            Person("C-005", "Rebecca Nowak"),
        ]
    )


def found(register: Register, text: str) -> list[tuple[str, str]]:
    out = []
    for m in register.match_text(text):
        assert text[m.start : m.end] == m.text
        out.append((m.cipher, m.text))
    return out


def test_load_register(tmp_path):
    f = tmp_path / "reg.csv"
    f.write_text(
        HEADER + "C-001,Kayleigh Smith,Kayz|Baby K,1998-03-12\nC-002,Hope Wilson,,\n"
        "C-003,Zana Rashid,,04/05/2001\n"
    )
    reg = load_register(f)
    assert len(reg) == 3
    assert reg.persons[0].aliases == ("Kayz", "Baby K")
    assert reg.persons[2].date_of_birth == date(2001, 5, 4)


def test_register_lists_every_problem_with_file_and_line(tmp_path):
    f = tmp_path / "reg.csv"
    f.write_text(
        HEADER + "C-001,Kayleigh Smith,,1998-03-12\nC-001,Other Person,,\n"
        "C-002,,,\nC-003,Zana Rashid,,31/02/2001\n"
    )
    with pytest.raises(RegisterError) as err:
        load_register(f)
    msg = str(err.value)
    assert f"{f}:3: duplicate cipher 'C-001' (first on line 2)" in msg
    assert f"{f}:4: empty full_name" in msg
    assert f"{f}:5: bad date_of_birth '31/02/2001'" in msg
    assert len(err.value.problems) == 3


def test_register_missing_columns(tmp_path):
    f = tmp_path / "reg.csv"
    f.write_text("cipher,name\nC-1,X\n")
    with pytest.raises(
        RegisterError,
        match=r"reg.csv:1: missing column\(s\): full_name, aliases, "
        r"date_of_birth",
    ):
        load_register(f)


def test_register_empty_or_missing_file(tmp_path):
    (tmp_path / "empty.csv").write_text("")
    with pytest.raises(RegisterError, match="empty file"):
        load_register(tmp_path / "empty.csv")
    with pytest.raises(RegisterError, match="cannot read"):
        load_register(tmp_path / "absent.csv")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Kayleigh Smith attended", "Kayleigh Smith"),
        ("KAYLEIGH SMITH attended", "KAYLEIGH SMITH"),
        ("then Smith said", "Smith"),
        ("then Kayleigh said", "Kayleigh"),
        ("Smith's mum", "Smith"),
        ("known as Kayz", "Kayz"),
        ("they called her Baby K", "Baby K"),
        ("Kayleigh\nSmith", "Kayleigh\nSmith"),
        ("told Kay-\nleigh that", "Kay-\nleigh"),
        ("Kay1eigh Smith", "Kay1eigh Smith"),
        ("Kayleigh Smyth", "Kayleigh Smyth"),
        ("Becky Nowak", "Becky Nowak"),
        ("Nowakk came", "Nowakk"),
        ("Mohammad Iqbal", "Mohammad Iqbal"),
        ("DOB 12.03.98", "12.03.98"),
        ("born 12th March 1998", "12th March 1998"),
    ],
)
def test_matching_variants(register, text, expected):
    assert expected in [t for _, t in found(register, text)]


def test_cipher_is_the_label(register):
    assert found(register, "Hope Wilson and Mo") == [("C-002", "Hope Wilson"), ("C-003", "Mo")]


def test_ordinary_word_names_need_a_capital(register):
    assert found(register, "I hope so") == []
    assert found(register, "Hope came") == [("C-002", "Hope")]


def test_short_names_are_not_fuzzed(register):
    assert found(register, "Wu and Li") == [("C-004", "Wu"), ("C-004", "Li")]
    assert found(register, "Wa and Lu") == []


def test_unrelated_words_do_not_match(register):
    assert found(register, "Smithson went to Kingston with Rebekah's friend") == []


def test_keep_list(tmp_path):
    f = tmp_path / "keep.txt"
    f.write_text("# public office holders\n\nSadiq Khan\n  Alexis Jay \n")
    kl = load_keep_list(f)
    assert kl.names == ("Sadiq Khan", "Alexis Jay") and kl.warnings == []
    text = "Professor Alexis Jay and SADIQ KHAN's office; Khan alone"
    assert [text[s:e] for s, e in kl.spans(text)] == ["Professor Alexis Jay", "SADIQ KHAN's"]
    assert kl.is_kept("Mr Sadiq Khan")


def test_empty_keep_list_warns(tmp_path):
    f = tmp_path / "keep.txt"
    f.write_text("# nothing yet\n\n")
    kl = load_keep_list(f)
    assert len(kl) == 0 and "keep list is empty" in kl.warnings[0] and str(f) in kl.warnings[0]
    assert KeepList().spans("anything") == []
