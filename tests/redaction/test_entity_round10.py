"""What the ninth held-out part got wrong (issue 12, tenth round): a wood or cross district
read as a person, a house after a given name read as a person, and a full name run on into
the place it is "of" or "from". Every wording here is new (pure: no spaCy, no services)."""

from __future__ import annotations

from redaction.entity_resolution import document_entities
from redaction.person_filters import person_words


def test_a_wood_whose_first_word_is_no_given_name_is_a_district():
    found = document_entities([("person", "Fernley Wood", "PERSON")])
    assert "Fernley Wood" in found["place"] and not found["person"]


def test_a_cross_whose_first_word_is_no_given_name_is_a_district():
    found = document_entities([("person", "Oakmere Cross", "PERSON")])
    assert "Oakmere Cross" in found["place"] and not found["person"]


def test_a_given_name_before_wood_stays_a_person():
    found = document_entities([("person", "Lorraine Wood", "PERSON")])
    assert found["person"] == ["Lorraine Wood"] and not found["place"]


def test_an_initial_before_cross_stays_a_person_not_a_place():
    found = document_entities([("person", "DS K. Cross", "PERSON")])
    assert not found["place"]


def test_a_house_after_a_given_name_is_a_building():
    found = document_entities([("person", "Dennis House", "PERSON")])
    assert "Dennis House" in found["place"] and not found["person"]


def test_a_hall_after_a_given_name_stays_a_person():
    found = document_entities([("person", "Megan Hall", "PERSON")])
    assert found["person"] == ["Megan Hall"]


def test_a_full_name_ends_before_of_and_the_place():
    assert person_words("Tariq Rehman of Heaviley") == ["Tariq", "Rehman"]
    assert person_words("Kelly Ormerod from Brinksway") == ["Kelly", "Ormerod"]


def test_a_full_name_of_the_place_resolves_to_the_name_alone():
    found = document_entities([("person", "Tariq Rehman of Heaviley", "PERSON"),
                               ("person", "Tariq Rehman", "NAME")])
    assert found["person"] == ["Tariq Rehman"]
