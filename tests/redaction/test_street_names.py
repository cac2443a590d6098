"""Staff initials signing entries and nicknames built from a kinship word, a size word or a
letter: the names held-out documents left readable most (redaction.street_names)."""

from __future__ import annotations

from redaction import street_names
from redaction.propose import propose

from .helpers import page_of


def proposed(text: str) -> list[str]:
    return [p.text for p in propose([page_of(text)])]


def found(text: str) -> list[tuple[str, str]]:
    return [(h.text, h.rule) for h in street_names.find(text)]


def test_initials_where_a_signature_stands_are_found():
    text = ("02/11 19:05 Rang the placement, no answer. Left message. — RDW\n"
            "03/11 Staff checked the bedroom at midnight. TH\n"
            "Spoke to the manager about curfew (PKB)\n"
            "Initials: GHL")
    assert [t for t, _ in found(text)] == ["RDW", "TH", "PKB", "GHL"]


def test_abbreviations_and_headings_ending_a_line_are_not_initials():
    text = ("Information passed to the MASH. CSE\n"
            "Seen by the school nurse, nothing further. NFA\n"
            "OUTCOME OF STRATEGY DISCUSSION - ICPC\n"
            "Call the duty team if she goes missing - ASAP\n"
            "Contact was made by phone. OK\n"
            "The officer asked her to come in. TO\n"
            "She is now on a Child Protection Plan (CPP)")
    assert found(text) == []


def test_signature_initials_spread_only_in_capitals():
    got = proposed("05/01 22:10 She came back in a taxi, very quiet. MS\n"
                   "Ms Okafor from the council phoned in the morning.\n"
                   "MS rang the police at 23:00 as agreed.")
    assert got.count("MS") == 2, got
    assert "Ms" not in got, got


def test_nicknames_built_from_size_words_and_letters():
    text = ("The girls said Lil Zee and Big Man ran the flat. T-Money paid for the taxi.\n"
            "She wore a T-Shirt from Big Issue sellers near Little Hulton; an X-Ray was taken.")
    assert [t for t, _ in found(text)] == ["Lil Zee", "Big Man", "T-Money"]


def test_a_built_nickname_is_redacted_in_lower_case_too(nlp):
    got = proposed("Entry 4: Chantelle said Big Man would collect her.\n"
                   "Message read out: 'big man says be ready at 9'")
    assert "Big Man" in got and "big man" in got, got


def test_a_kinship_word_and_an_initial_are_a_nickname_whole(nlp):
    assert found("Dropped off by Uncle R at the corner shop.") == [("Uncle R", "built_nickname")]
    got = proposed("Dropped off by Uncle R at the corner shop.\nmsg: uncle r outside now")
    assert "uncle r" in got, got


def test_speakers_of_a_chat_stamped_with_the_time_only(nlp):
    got = proposed("[19:40] kez: where r u\n[19:41] me: at the park\n[19:44] kez: stay there\n"
                   "09:00 Core group: minutes below\n09:30 Core group: actions agreed")
    assert got.count("kez") == 2, got
    assert not any("Core" in t for t in got), got


def test_ordinary_words_with_a_capital_where_a_person_stands(nlp):
    got = proposed("In interview she said Rocket drove and she sat with Pebbles in the back.\n"
                   "She met Asian males in the park and spoke with Housing and Police.\n"
                   "She told Mum, then rang Rocket again.")
    assert got.count("Rocket") == 2 and "Pebbles" in got, got
    assert not any(t in ("Asian", "Housing", "Police", "Mum") for t in got), got


def test_lower_case_built_nicknames_but_not_a_description(nlp):
    got = proposed("text from her phone: uncle j says be ready. big man is outside\n"
                   "Description given: a big man with a grey beard.")
    assert "uncle j" in got and "big man" in got, got
    assert got.count("big man") == 1, got


def test_initials_of_someone_named_by_initial_and_surname():
    got = proposed("Property handed from DC R. Kowalczyk 10:15 (RK) to the store.\n"
                   "22/03 Bag resealed RK")
    assert got.count("RK") == 2, got
