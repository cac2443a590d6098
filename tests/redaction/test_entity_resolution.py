"""Resolving a document's tagged mentions into one canonical entity each (pure: no spaCy,
no services)."""

from __future__ import annotations

import pytest

from redaction.entity_resolution import Resolved, document_entities, proper_case, resolve
from redaction.name_mentions import name_finder_mentions

from .helpers import cue_entities, page_of


def people(*texts: str, kind: str = "person") -> dict[str, Resolved | None]:
    return {t: r for (_k, t), r in resolve([(kind, t) for t in texts]).items()}


def test_every_form_of_a_name_is_one_person_in_proper_case():
    found = people("Kayleigh", "KAYLEIGH BRAMMER", "Ms Brammer's", "K. Brammer",
                   "kayleigh dawn brammer", "Kayleigh Dawn", "BRAMMER")
    assert set(found.values()) == {Resolved("person", "Kayleigh Brammer")}


def test_titles_ranks_timestamps_and_labels_are_folded_away():
    found = people("Mohsin Rauf", "09:14:30 dc Rauf", "DC Mohsin RAUF", "Chief Inspector Rauf",
                   "Mohsin\nSigned", "Rauf DOB")
    assert set(found.values()) == {Resolved("person", "Mohsin Rauf")}


def test_a_short_form_that_could_mean_two_people_is_dropped():
    found = people("Tracey Lumb", "Darren Lumb", "Lumb", "Tracey")
    assert found["Lumb"] is None
    assert found["Tracey"] == Resolved("person", "Tracey Lumb")


def test_a_name_never_written_in_full_stays_itself():
    assert people("Shelby", "Mr Hollins")["Mr Hollins"] == Resolved("person", "Hollins")
    assert people("Shelby")["Shelby"] == Resolved("person", "Shelby")


def test_inverted_initialled_and_nicknamed_forms():
    found = people("MUNIR, Sohail", "Sohail Munir", "Michael Doran", "Mikey", "Zakir Hussain",
                   "Zak", "S. Munir")
    assert found["MUNIR, Sohail"] == found["S. Munir"] == Resolved("person", "Sohail Munir")
    assert found["Mikey"] == Resolved("person", "Michael Doran")
    assert found["Zak"] == Resolved("person", "Zakir Hussain")


@pytest.mark.parametrize("noise", [
    "23/04/2002", "09:14:30", "YP1", "Child A", "Complainant 2", "CH3", "Vauxhall Corsa",
    "Skoda Superb", "Samsung Galaxy", "Ford", "WITNESS STATEMENT", "Chair", "DOB",
    "Carer - Mrs", "Signature", "N1", "March 2019",
])
def test_dates_codes_ciphers_vehicles_and_labels_are_never_people_or_agencies(noise):
    assert people(noise)[noise] is None
    resolved = resolve([("agency", noise)])[("agency", noise)]
    assert resolved is None or resolved.kind == "place"


@pytest.mark.parametrize("postcode", ["S65", "BD7", "OL8 1RT", "HX1 1UN", "M24"])
def test_postcode_districts_are_never_places(postcode):
    assert resolve([("place", postcode)])[("place", postcode)] is None


def test_agencies_and_places_are_re_kinded_when_they_are_names_or_towns():
    found = resolve([("agency", "DC Farrar"), ("agency", "Leanne"), ("person", "Leanne Firth"),
                     ("agency", "Huddersfield"), ("person", "Cleckheaton"),
                     ("agency", "23:10 Bethany"), ("person", "Bethany Pearson"),
                     ("place", "Mikey"), ("person", "Michael Doran")])
    assert found[("agency", "DC Farrar")] == Resolved("person", "Farrar")
    assert found[("agency", "Leanne")] == Resolved("person", "Leanne Firth")
    assert found[("agency", "Huddersfield")] == Resolved("place", "Huddersfield")
    assert found[("person", "Cleckheaton")] == Resolved("place", "Cleckheaton")
    assert found[("agency", "23:10 Bethany")] == Resolved("person", "Bethany Pearson")
    assert found[("place", "Mikey")] == Resolved("person", "Michael Doran")


def test_agencies_keep_the_gazetteer_spelling_and_drop_headings():
    found = resolve([("agency", "SOUTH YORKSHIRE POLICE"), ("agency", "south yorkshire police"),
                     ("agency", "South Yorkshire Police's"), ("agency", "MEMORANDUM"),
                     ("agency", "Social Worker"), ("agency", "Operation Kestrel"),
                     ("agency", "Barnardo's"), ("agency", "Coyle & Partners\nAppropriate")])
    police = {found[("agency", t)] for t in ("SOUTH YORKSHIRE POLICE", "south yorkshire police",
                                             "South Yorkshire Police's")}
    assert police == {Resolved("agency", "South Yorkshire Police")}
    assert found[("agency", "MEMORANDUM")] is None
    assert found[("agency", "Social Worker")] is None
    assert found[("agency", "Operation Kestrel")] is None
    assert found[("agency", "Barnardo's")] == Resolved("agency", "Barnardo's")
    assert found[("agency", "Coyle & Partners\nAppropriate")] == Resolved(
        "agency", "Coyle & Partners")


def test_a_streets_or_a_schools_name_is_not_a_person():
    found = resolve([("person", "Lister Lane"), ("person", "Unity College")])
    assert found[("person", "Lister Lane")] == Resolved("place", "Lister Lane")
    assert found[("person", "Unity College")] == Resolved("agency", "Unity College")


def test_proper_case_is_the_same_whatever_the_case_written():
    assert proper_case("o'neill") == "O'Neill"
    assert proper_case("MCKENZIE") == "McKenzie"
    assert proper_case("smith-jones") == "Smith-Jones"
    assert document_entities([("person", "AHMED AL RASHID"), ("person", "ahmed al rashid")]) \
        == {"person": ["Ahmed al Rashid"], "place": [], "agency": []}


def test_name_finders_add_the_people_the_model_missed_and_only_whole_names():
    page = page_of("MISSING EPISODES\n03/03/2016 22:15 - Morgan Leach: cant\n"
                   "mrs jowett saw ashraf sadiq on Fenton Road near Unity College")
    found = {m.text for m in name_finder_mentions([page], []) if m.kind == "person"}
    assert {"Morgan Leach", "ashraf sadiq", "jowett"} <= found
    assert not any("ING" in t or "Fenton" in t or "Unity" in t for t in found)


# --- context cues: what the page's own words say an entity is (no spaCy in these tests) ---

def test_a_town_that_is_also_a_surname_is_a_person_titled_and_a_place_after_in():
    found = cue_entities("Mr Nelson told the officer he had lived in Nelson for ten years.\n"
                         "Nelson was busy that night.", ("person", "Nelson", "PERSON"),
                         ("person", "Mr Nelson", "PERSON"))
    assert found["person"] == ["Nelson"]
    assert found["place"] == ["Nelson"]


def test_a_surname_town_after_a_motion_verb_or_in_a_list_of_towns_is_a_place():
    found = cue_entities("She was driven to Middleton twice and was later found in Oldham "
                         "and Blackburn.", ("person", "Middleton", "PERSON"),
                         ("person", "Blackburn", "PERSON"))
    assert found["place"] == ["Blackburn", "Middleton", "Oldham"]
    assert found["person"] == []


def test_form_fields_give_the_full_name_and_a_shared_surname_alone_is_no_one():
    found = cue_entities("Surname: OKORO\nForename(s): Tobias    Gender: M\n"
                         "Mother: Grace Okoro", ("agency", "OKORO", "ORG"),
                         ("person", "Grace Okoro", "PERSON"))
    assert found["person"] == ["Grace Okoro", "Tobias Okoro"]
    assert found["agency"] == [] and found["place"] == []


def test_an_alias_and_a_pet_form_of_a_first_name_are_the_named_person():
    found = cue_entities('The suspect, Daniel PRENTICE aka "Spud", drove the van.',
                         ("agency", "Spud", "ORG"), ("person", "Daniel PRENTICE", "PERSON"))
    assert found["person"] == ["Daniel Prentice"] and found["agency"] == []
    assert people("Robert Lyle", "Robbo")["Robbo"] == Resolved("person", "Robert Lyle")


def test_two_people_sharing_a_first_name_or_a_relatives_title_are_not_merged():
    found = people("Sam Patel", "Sam Okoro", "Sam")
    assert found["Sam"] is None
    page = cue_entities("Kyle Brennan (14) was missing. Kyle's dad, Mr Brennan, rang.",
                        ("person", "Kyle Brennan", "PERSON"))
    assert page["person"] == ["Brennan", "Kyle Brennan"]


def test_businesses_shops_banks_and_prisons_are_agencies():
    found = cue_entities(
        "He ran a cafe called Blue\nLagoon and drove for Eastside Taxis. She was seen at\n"
        "Riverside Kebabs and outside Asda. He is held at HMP Wealstun.\n"
        "Bank: Halifax   Sort code: 40-11-22", ("place", "Blue\nLagoon", "GPE"),
        ("person", "Riverside Kebabs", "PERSON"), ("place", "Halifax", "GPE"))
    assert found["agency"] == ["Asda", "Blue Lagoon", "Eastside Taxis", "HMP Wealstun",
                               "Halifax", "Riverside Kebabs"]
    assert found["place"] == [] and found["person"] == []


def test_laws_and_rule_books_are_no_agency_and_a_name_in_a_laws_title_is_no_person():
    found = cue_entities("A Sarah's Law disclosure was refused under the Data Protection Act.",
                         ("person", "Sarah", "PERSON"),
                         ("agency", "the Data Protection Act", "ORG"))
    assert found == {"person": [], "place": [], "agency": []}


def test_streets_buildings_and_every_line_of_an_address_are_places():
    found = cue_entities("Flat 2, 9 Moorside Crescent, Shawclough, Rochdale OL12 6PQ\n"
                         "They met at Kingsway House, Wakefield and walked along\n"
                         "Cross Bank Road. later seen on leeds road in batley")
    assert found["place"] == ["Batley", "Cross Bank Road", "Kingsway House", "Leeds Road",
                              "Moorside Crescent", "Rochdale", "Shawclough", "Wakefield"]


def test_a_town_inside_an_organisations_name_is_not_a_place():
    found = cue_entities("Referred to the\nCalderdale MASH on Monday.",
                         ("place", "Calderdale", "GPE"), ("agency", "MASH", "ORG"))
    assert found["agency"] == ["Calderdale MASH"] and found["place"] == []


def test_a_span_running_from_a_name_into_an_organisation_gives_both():
    result = cue_entities("Present: Kelly Moss - Safe Haven Project\nApologies: none",
                          ("agency", "Moss - Safe Haven Project\nApologies", "ORG"))
    assert result["person"] == ["Kelly Moss"]
    assert result["agency"] == ["Safe Haven Project"]
