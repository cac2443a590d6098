"""Classes of people-precision error from the entity set's fourth held-out part (a hotel
watch bulletin, a subscriber check, a wages sheet, a cast list of persons and places, an
electoral register extract...): the given names of an inverted name taken without the
surname, sites and shops taken for people, a town line or a bracket glued to a name, a
company's closing word or a shop sign as a name, a verb after a name, a middle name the
document uses alone. Every wording here is new (pure: no spaCy, no services)."""

from __future__ import annotations

from redaction import entity_cues
from redaction import person_filters as pf
from redaction.entity_resolution import document_entities

from .helpers import cue_entities as entities

# --- an inverted name's given names, taken by the tagger without the surname ---


def test_given_names_after_a_capital_surname_and_comma_are_that_persons():
    text = "SUBJECT: PENHALE, Tamsin Elowen DOB 03/04/2002\nTamsin PENHALE was last seen in Truro."
    found = entities(text, ("person", "Tamsin Elowen DOB", "PERSON"),
                     ("person", "Tamsin PENHALE", "PERSON"))
    assert found["person"] == ["Tamsin Penhale"]  # not also "Tamsin Elowen"


def test_a_title_between_and_a_job_in_the_next_column_are_no_part_of_the_name():
    text = "TREGEAR, Dr Hester Psychiatrist, Bodmin clinic.\nDr Tregear's note is attached."
    found = entities(text, ("person", "Hester Psychiatrist", "PERSON"),
                     ("person", "Dr Tregear's", "PERSON"))
    assert found["person"] == ["Hester Tregear"]


def test_a_heading_before_a_comma_is_no_surname():
    text = "NOTE, Kirsty said she would ring."
    found = entities(text, ("person", "Kirsty", "PERSON"))
    assert found["person"] == ["Kirsty"]


# --- sites and shops taken for people ---


def test_ordinary_words_ending_in_a_sites_word_make_a_place_not_a_person():
    found = document_entities([("person", "Ellis Shingle Beach"),
                               ("person", "Rowan Dale Country Park")])
    assert found["person"] == []
    assert found["place"] == ["Ellis Shingle Beach", "Rowan Dale Country Park"]
    # a middle name is no ordinary word: a surname that is a site's word stays a surname
    assert document_entities([("person", "Daniel Rhys Green")])["person"] == ["Daniel Green"]


def test_a_name_finders_hit_that_starts_a_shop_or_sites_name_is_no_person():
    for site in ("Rose Garden Mini Market", "Ruby Bay Sands Beach"):
        text = f"Test purchase at {site}, Sittingbourne, by Abigail Fenn."
        found = entities(text, ("person", "Abigail Fenn", "PERSON"))
        assert found["person"] == ["Abigail Fenn"], site  # not "Rose Garden", "Ruby Sands"


def test_a_county_or_town_first_is_the_start_of_a_body_not_a_person():
    found = document_entities([("person", "LANCASHIRE ROYAL"), ("person", "Wakefield Trinity")])
    assert found["person"] == []


def test_a_shop_sign_in_capitals_is_no_person_though_its_first_word_is_a_name():
    found = document_entities([("person", "NOBLE SPICE"), ("agency", "Noble Spice", "ORG")])
    assert found["person"] == []  # not "Noble"
    assert found["agency"] == ["Noble Spice"]


# --- a town, a bracket or a verb glued to a name ---


def test_a_town_on_the_line_before_a_name_is_no_part_of_it():
    assert pf.person_words("Whitby\nKamran ZAFAR") == ["Kamran", "ZAFAR"]
    # a town before no name stays the town
    assert document_entities([("person", "Whitby\nAnybody")])["place"] == ["Whitby"]


def test_an_unclosed_bracket_of_initials_is_no_surname():
    assert pf.person_words("Maureen Tapsell (MT") == ["Maureen", "Tapsell"]
    found = document_entities([("person", "Maureen Tapsell (MT"), ("person", "Maureen Tapsell")])
    assert found["person"] == ["Maureen Tapsell"]


def test_a_verb_in_lower_case_after_a_capitalised_name_is_no_surname():
    assert pf.person_words("Shabana phoned") == ["Shabana"]
    assert pf.person_words("Imran wept") == ["Imran"]
    # lower-case notes write the surname in lower case too
    assert pf.person_words("imran hussain") == ["imran", "hussain"]


# --- a company's closing word, letters with no vowel ---


def test_a_companys_closing_word_or_an_abbreviation_is_no_person():
    found = document_entities([("person", "Plc"), ("person", "Ltd"), ("person", "Pcs"),
                               ("person", "Glyn")])
    assert found["person"] == ["Glyn"]  # a name with no vowel but y is still a name


# --- a middle name used alone ---


def test_a_middle_name_the_document_uses_with_the_surname_resolves_alone():
    found = document_entities([("person", "Tariq Imran Bashir"), ("person", "Imran Bashir"),
                               ("person", "Imran")])
    assert found["person"] == ["Tariq Bashir"]


def test_a_middle_name_written_only_in_full_stays_another_person():
    found = document_entities([("person", "Pawel Tomasz Nowicki"), ("person", "Tomasz")])
    assert found["person"] == ["Pawel Nowicki", "Tomasz"]


# --- a given name and a surname in capitals, split or unmarked ---


def test_a_given_name_and_a_capital_surname_are_one_person_wherever_written():
    text = "Operations Lead ........................ Moira HALLIWELL\nMoira will chair."
    found = entities(text, ("person", "Moira", "PERSON"))
    assert found["person"] == ["Moira Halliwell"]
    # a given name that is a word, before a surname that is none
    text = "Duty cover ............ Carol PENNYFEATHER"
    assert entities(text)["person"] == ["Carol Pennyfeather"]
    # a word before capitals, a label or a town in capitals, letters with no vowel: no one
    for text in ("Weekly ROTA", "Contact DOB", "Kirsty LEEDS", "Ward NHS", "Jade TK"):
        assert list(entity_cues.capped_names(text)) == [], text


def test_a_given_name_that_is_a_car_model_before_a_surname_is_a_person():
    found = document_entities([("person", "Mercedes Ortiz"), ("person", "Leon Pybus")])
    assert found["person"] == ["Leon Pybus", "Mercedes Ortiz"]
    for car in ("Seat Leon", "Leon FR", "Vauxhall Astra", "Mercedes Sprinter"):
        assert document_entities([("person", car)])["person"] == [], car


# --- an alias field with another field after it; a town after a wrapped "in" ---


def test_other_names_used_on_a_form_belong_to_the_forms_person():
    text = ("Surname: QURESHI Forename(s): Imtiaz Ali\n"
            'Other names used: "Taz" Date of birth: 02/02/1981\n'
            "Taz was seen at the rank.")
    found = entities(text, ("person", "Imtiaz Ali", "PERSON"))
    assert found["person"] == ["Imtiaz Qureshi"]  # not also "Taz"


def test_in_at_a_line_end_makes_the_next_lines_word_a_place():
    text = "The girls were driven to a flat in\nNettlebridge after closing."
    found = entities(text, ("person", "Nettlebridge", "PERSON"))
    assert found["person"] == []
    assert found["place"] == ["Nettlebridge"]


def test_a_pet_form_of_the_given_name_with_the_same_surname_is_one_person():
    found = document_entities([("person", "Tamsin Garside"), ("person", "Tamsy Garside"),
                               ("person", "Georgina Weir"), ("person", "Georgie Weir's")])
    assert found["person"] == ["Georgina Weir", "Tamsin Garside"]
    # a different given name with the same surname is a relative, not a pet form
    found = document_entities([("person", "Danielle Oakes"), ("person", "Marco Oakes")])
    assert found["person"] == ["Danielle Oakes", "Marco Oakes"]


def test_the_first_part_of_a_hyphenated_town_is_the_town_not_a_surname():
    text = "Her aunt's address in Barton-upon-Humber is not relevant; nor is Kirkby-in-Furness."
    found = entities(text, ("place", "Barton", "GPE"), ("person", "Kirkby", "PERSON"))
    assert found["person"] == []
    assert found["place"] == ["Barton-upon-Humber", "Kirkby-in-Furness"]


def test_a_ward_or_parish_field_names_a_place_no_gazetteer_lists():
    text = "Ward: Saltwell, Gateshead    Polling district: SW2"
    found = entities(text, ("person", "Saltwell", "PERSON"))
    assert found["person"] == []
    assert "Saltwell" in found["place"]
