"""What held-out parts kept getting wrong (issue 12, twelfth round): a district's head word
written alone beside the district's full name listed as a person ("Whitley" of "Whitley
Bay"); an estate named before the lower-case word "estate" read as a surname. Every wording
here is new (pure: no spaCy, no services)."""

from __future__ import annotations

from redaction.context_cues import context_mentions
from redaction.entity_resolution import document_entities
from redaction.name_mentions import name_finder_mentions
from redaction.wrapped_names import wrapped_name_mentions

from .helpers import spaced_page

# --- a place's head word alone ---

def test_a_word_the_document_also_writes_as_the_head_of_a_place_is_no_person():
    found = document_entities([("place", "Scholey Bay", "GPE"), ("person", "Scholey", "NAME")])
    assert found["person"] == []
    assert "Scholey Bay" in found["place"]


def test_a_titled_surname_that_heads_a_place_is_still_a_person():
    found = document_entities([("place", "Scholey Bay", "GPE"), ("person", "Mr Scholey", "PERSON"),
                               ("person", "Scholey", "NAME")])
    assert found["person"] == ["Scholey"]


def test_a_given_name_that_heads_a_place_is_still_a_person():
    found = document_entities([("place", "Shirley Moor", "GPE"),
                               ("person", "Shirley", "PERSON")])
    assert found["person"] == ["Shirley"]


# --- "the X estate" ---

def _places(text: str) -> list[str]:
    return [m.text for m in context_mentions(spaced_page(text), []) if m.kind == "place"]


def test_a_name_before_the_word_estate_is_a_place():
    assert "Scholey" in _places("Both boys were living on the Scholey estate at the time.\n")


def test_a_given_name_before_the_word_estate_is_not_made_a_place():
    assert "Karen" not in _places("The house sale was handled for the Karen estate.\n")


# --- a given name that ends like a job ---

def test_an_unlisted_given_name_ending_like_a_job_is_kept_before_a_surname():
    found = document_entities([("person", "Gurvinder Sandhu", "PERSON")])
    assert found["person"] == ["Gurvinder Sandhu"]


def test_a_job_made_from_a_word_is_still_dropped_before_a_given_name():
    found = document_entities([("person", "Befriender Naomi", "PERSON")])
    assert found["person"] == ["Naomi"]


# --- a heading's job in capitals ---

def _finder_people(text: str) -> list[str]:
    return [m.text for m in name_finder_mentions([spaced_page(text)], []) if m.kind == "person"]


def test_a_capitalised_job_the_page_also_writes_in_lower_case_is_no_name():
    found = _finder_people("HALL PORTER HANDOVER BOOK\nFri - hall porter: Ciprian Dobre, to desk\n")
    assert "HALL PORTER" not in found
    assert "Ciprian Dobre" in found


def test_a_name_of_ordinary_words_written_apart_in_lower_case_is_kept():
    found = _finder_people("Witness: Faith Rose\nShe kept faith; a rose was left at the gate.\n")
    assert "Faith Rose" in found


# --- a given name that is also a word, wrapped before its surname ---

def _wrapped(text: str) -> list[str]:
    return [m.text for m in wrapped_name_mentions([spaced_page(text)])]


def test_a_given_name_that_is_also_a_word_joins_the_surname_on_the_next_line():
    text = "The rota was changed by the duty manager Grace\nPilkington, who told staff.\n"
    assert _wrapped(text) == ["Grace Pilkington"]


def test_a_month_ending_a_line_is_no_given_name():
    assert _wrapped("The girls were last seen together in May\nPilkington said nothing.\n") == []


# --- a surname that is also a word, vouched for by an initial ---

def test_an_initial_and_full_stop_vouch_for_a_surname_that_is_also_a_word():
    found = document_entities([("person", "Rachel Sparrows", "PERSON"),
                               ("person", "R. Sparrows", "NAME")])
    assert found["person"] == ["Rachel Sparrows"]


def test_a_bare_capital_before_the_word_vouches_for_nothing():
    found = document_entities([("person", "Rachel Sparrows", "PERSON"),
                               ("person", "R Sparrows", "NAME")])
    assert found["person"] == ["Rachel"]


def test_a_surname_closing_a_bracket_on_the_next_line_finishes_the_wrapped_name():
    """"(mentor: Rosalind" / "Pennock) met her": the bracket that closes the surname is
    no part of it, and no reason to leave the name in two."""
    got = [m.text for m in wrapped_name_mentions([spaced_page(
        "She was allocated a peer mentor at the project (mentor: Rosalind\n"
        "Pennock) in the spring term.\n")])]
    assert got == ["Rosalind Pennock"], got
