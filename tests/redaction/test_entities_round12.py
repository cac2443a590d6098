"""What held-out parts kept getting wrong (issue 12, twelfth round): a district's head word
written alone beside the district's full name listed as a person ("Whitley" of "Whitley
Bay"); an estate named before the lower-case word "estate" read as a surname. Every wording
here is new (pure: no spaCy, no services)."""

from __future__ import annotations

from redaction.context_cues import context_mentions
from redaction.entity_resolution import document_entities

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
