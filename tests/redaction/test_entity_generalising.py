"""Classes of entity error seen on documents the resolver was not written against: court
lists that write the surname first across table cells, nicknames, table headings and form
labels, towns that are also surnames, organisations named by what they are. Every wording
here is new (pure: no spaCy, no services)."""

from __future__ import annotations

import pytest

from redaction import entity_cues
from redaction import person_filters as pf
from redaction.entity_resolution import Resolved, resolve

from .helpers import cue_entities as entities

# --- a court list's "SURNAME Given" across cells ---

def test_a_surname_in_capitals_before_given_names_is_turned_round_and_the_next_cell_left_out():
    assert pf.person_words("FARRELL Niamh Louise Mention") == ["Niamh", "Louise", "FARRELL"]
    assert pf.person_words("McKINNON Stuart Sentence") == ["Stuart", "McKINNON"]
    assert pf.person_words("KAYLEIGH Brammer") == ["KAYLEIGH", "Brammer"]  # given name first
    found = resolve([("person", "FARRELL Niamh Louise Mention"), ("person", "Niamh Louise"),
                     ("person", "Niamh Fitness"), ("agency", "FARRELL")])
    assert {r for r in found.values() if r} == {Resolved("person", "Niamh Farrell")}


def test_a_court_list_gives_one_person_per_defendant_and_counsel_by_surname():
    found = entities(
        "T20211907 FARRELL Niamh Louise Mention hearing Mr P Quigley\n"
        "T20211944 O'CONNOR Padraig Trial Ms D Amadi\n"
        "Interpreter: Ms Radu\nBERISHA attends by video link",
        ("person", "Niamh Louise", "PERSON"), ("person", "Padraig Trial", "PERSON"))
    # "BERISHA attends": a surname in capitals on its own line is a person of its own, not
    # the end of "Ms Radu" on the line above
    assert found["person"] == ["Amadi", "Berisha", "Niamh Farrell", "Padraig O'Connor",
                               "Quigley", "Radu"]


def test_a_name_finders_hit_is_widened_or_cut_to_whole_words():
    text = "O'CONNOR Padraig; McANDREW; Dudley DY1 3AH; MISSING; OASys"
    assert entity_cues.whole_words(text, 2, 16) == (0, 16)  # "O'" put back
    start = text.index("Mc")
    assert entity_cues.whole_words(text, start, start + 2) == (start, start + 8)
    start = text.index("Dudley")
    assert entity_cues.whole_words(text, start, start + 9) == (start, start + 6)
    assert entity_cues.whole_words(text, text.index("ING"), text.index("ING") + 3) is None
    assert entity_cues.whole_words(text, text.index("OAS"), text.index("OAS") + 3) is None


def test_a_name_does_not_run_across_a_separator_or_into_a_line_in_another_style():
    assert resolve([("person", "SHAW, Tyler - Ossett")])[("person", "SHAW, Tyler - Ossett")] \
        == Resolved("person", "Tyler Shaw")
    assert pf.person_words("Mrs Hazel\nGreenwood") == ["Hazel", "Greenwood"]
    assert pf.person_words("Ms Quayle\nOKAFOR attended") == ["Quayle"]
    assert pf.person_words("RN Bethany Sowerby") == ["Bethany", "Sowerby"]


# --- towns that are surnames, and surnames that are words ---

def test_a_titled_surname_is_a_person_even_where_it_is_a_town_or_a_word():
    found = entities("Ms Wakefield, the safeguarding lead, said the girl was found in Wakefield."
                     "\nPC 2210 Barnsley took the call. Mr Barrow drove.",
                     ("person", "Wakefield", "PERSON"), ("place", "Barnsley", "GPE"))
    assert found["person"] == ["Barnsley", "Barrow", "Wakefield"]
    assert found["place"] == ["Wakefield"]


def test_a_bare_town_with_no_one_of_that_name_is_the_place():
    found = resolve([("person", "Rochdale", "PERSON"), ("person", "Leanne Firth", "PERSON")])
    assert found[("person", "Rochdale")] == Resolved("place", "Rochdale")


def test_a_title_before_a_street_word_is_the_streets_name():
    found = entities("Seen outside Lord Street Fisheries, 14 Lord Street, near Lady Lane.")
    assert "Lord Street" in found["place"] and "Lady Lane" in found["place"]
    assert found["person"] == []


# --- nicknames ---

def test_a_quoted_nickname_tied_to_a_named_person_is_that_person():
    found = entities('Reece Barraclough, whom the girls called "Sparky", drove. "Dizzy" is\n'
                     'Desmond Oyelaran. A third man, called "Wolf", was never traced.',
                     ("person", "Reece Barraclough", "PERSON"),
                     ("person", "Desmond Oyelaran", "PERSON"), ("person", "Sparky", "PERSON"),
                     ("agency", "Dizzy", "ORG"))
    assert found["person"] == ["Desmond Oyelaran", "Reece Barraclough", "Wolf"]


def test_a_contact_lists_stored_name_and_a_records_aliases_are_the_attributed_person():
    found = entities("Saved as | Number | Attributed to\n"
                     "Chef | 07700 900221 | Arif MAHMOOD (nominal 3)\n"
                     "Gaffer | 07700 900987 | not attributed\n"
                     "NAME: QURESHI, Omar Farid\nALIASES: \"OJ\"; \"Fazzy\"",
                     ("person", "Arif MAHMOOD", "PERSON"), ("person", "Chef", "PERSON"),
                     ("person", "Fazzy", "PERSON"), ("person", "Gaffer", "PERSON"))
    assert found["person"] == ["Arif Mahmood", "Gaffer", "Omar Qureshi"]


def test_a_pet_form_ending_in_i_and_several_forenames_in_a_form():
    assert resolve([("person", "Daniela Costa"), ("person", "Dani")])[("person", "Dani")] == \
        Resolved("person", "Daniela Costa")
    found = entities("Surname: OKAFOR\nForename(s): Chidi Emmanuel\nDOB: 01/02/1990",
                     ("person", "Chidi Emmanuel", "PERSON"))
    assert found["person"] == ["Chidi Okafor"]


def test_a_first_name_with_a_surnames_initial_and_an_initial_with_a_surname():
    found = resolve([("person", "Jodie Platt"), ("person", "Jodie P"), ("person", "Jodie W"),
                     ("person", "T. Amadi"), ("person", "PLATT J")])
    assert found[("person", "Jodie P")] == Resolved("person", "Jodie Platt")
    assert found[("person", "PLATT J")] == Resolved("person", "Jodie Platt")  # a bank's order
    assert found[("person", "Jodie W")] == Resolved("person", "Jodie")
    assert found[("person", "T. Amadi")] == Resolved("person", "Amadi")


# --- headings, labels and codes ---

@pytest.mark.parametrize("noise", ["THE CROWN", "THE DUTY MANAGER", "COLLECTION ROTA", "MIR",
                                   "IB"])
def test_headings_and_letters_are_no_one(noise):
    assert resolve([("person", noise)])[("person", noise)] is None


def test_a_form_label_with_a_short_value_is_no_person_but_a_speaker_is():
    found = entities("Prisoner: A1234BC Landing: 3 Wing: C\nSmith: I never saw her again",
                     ("person", "A1234BC Landing", "PERSON"), ("person", "Smith", "PERSON"))
    assert found["person"] == ["Smith"]


def test_the_other_names_of_a_list_of_people_are_people():
    found = entities("R v IMRAN QADIR, LEWIS FENWICK and ARTAN BERISHA\n",
                     ("person", "IMRAN QADIR", "PERSON"), ("person", "LEWIS FENWICK", "PERSON"))
    assert found["person"] == ["Artan Berisha", "Imran Qadir", "Lewis Fenwick"]


# --- organisations and places named by what they are ---

def test_a_name_described_after_a_comma_takes_the_kind_of_its_description():
    found = entities("She was living at Fernlea, a children's home in Bury, and worked at\n"
                     "Golden Fork, the takeaway on Mill Street. They met at Shipley\n"
                     "Interchange, the bus station.", ("person", "Golden Fork", "PERSON"))
    assert found["agency"] == ["Fernlea", "Golden Fork"]
    assert "Shipley Interchange" in found["place"] and found["person"] == []


def test_businesses_in_capitals_law_firms_and_brands_in_any_case():
    found = entities("BRIDGE VIEW HOTEL\nRepresented by Patel & Co and by Osborne Law.\n"
                     "CARD PAYMENT ASDA HALIFAX\nmeet me at asda. Lakeside Kebab House",
                     ("person", "Osborne Law", "PERSON"), ("agency", "HOTEL", "ORG"))
    assert [a.casefold() for a in found["agency"]] == [
        "asda", "bridge view hotel", "lakeside kebab house", "osborne law", "patel & co"]


def test_an_address_without_a_postcode_and_a_street_named_without_a_street_word():
    found = entities("Address: 7 Kiln Fold, Todmorden\nThe van was parked on Briggate.",
                     ("person", "Kiln Fold", "PERSON"))
    assert found["place"] == ["Briggate", "Kiln Fold", "Todmorden"]
    assert found["person"] == []


def test_a_job_title_is_no_organisation_and_initials_name_an_agency_written_in_full():
    found = entities("Emma Voss, Licensing Compliance Officer, and the National Probation\n"
                     "Service (NPS) met.", ("agency", "Licensing Compliance", "ORG"),
                     ("agency", "NPS", "ORG"), ("person", "Emma Voss", "PERSON"),
                     ("agency", "National Probation\nService", "ORG"))
    assert found["agency"] == ["National Probation Service"]
