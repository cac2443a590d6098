"""Classes of people-precision error from the entity set's third held-out part and ten new
kinds of document (probation notes, a licensing appeal, an exclusion letter, a sign-in
sheet, a discharge summary...): names that run on into letters, jobs or the next person,
table columns of first names and surnames, nicknames written beside a full name, familiar
given names, places taken for people, words a name finder took for names. Every wording
here is new (pure: no spaCy, no services)."""

from __future__ import annotations

from redaction import entity_cues
from redaction import person_filters as pf
from redaction.entity_resolution import Resolved, document_entities, resolve

from .helpers import cue_entities as entities

# --- a name that runs on past its end ---


def test_post_nominal_letters_and_a_trailing_title_are_no_part_of_a_name():
    assert pf.person_words("Dr Nkechi Obi FRCPCH") == ["Nkechi", "Obi"]
    assert pf.person_words("Mr Callum Dent MBChB BSc Mr") == ["Callum", "Dent"]
    assert pf.person_words("Gwen Tallis PhD") == ["Gwen", "Tallis"]
    # a surname in capitals after given names is the name, not letters after it
    assert pf.person_words("Jade Marie ROWBOTHAM") == ["Jade", "Marie", "ROWBOTHAM"]
    found = document_entities([("person", "Dr Nkechi Obi FRCPCH"), ("person", "Nkechi Obi")])
    assert found["person"] == ["Nkechi Obi"]


def test_a_full_name_is_not_continued_by_a_job_or_the_next_persons_name_on_the_next_line():
    assert pf.person_words("Harriet Coldwell\nSafeguarder") == ["Harriet", "Coldwell"]
    assert pf.person_words("Declan Royce\nMegan Tolley") == ["Declan", "Royce"]
    assert pf.person_words("Courtney\nPashley") == ["Courtney", "Pashley"]  # a name wrapped


def test_a_slash_between_names_separates_two_people():
    found = document_entities([("person", "Gemma Rudd / Farhan"), ("person", "Gemma Rudd"),
                               ("person", "Farhan Aziz")])
    assert found["person"] == ["Farhan Aziz", "Gemma Rudd"]


def test_a_job_before_a_given_name_is_left_out():
    assert pf.person_words("Caseworker Nadia\nBriggs") == ["Nadia", "Briggs"]


def test_letters_of_a_role_or_body_before_a_comma_are_no_inverted_surname():
    found = document_entities([("person", "PSO, Aidan"), ("person", "Aidan Clegg"),
                               ("person", "RFU, Donna")])
    assert found["person"] == ["Aidan Clegg"]  # not "Aidan Pso", "Donna Rfu"
    assert resolve([("person", "HOWE, Petra")])[("person", "HOWE, Petra")] == Resolved(
        "person", "Petra Howe")


# --- given names that are months or words, surnames that are words ---


def test_a_month_that_is_a_given_name_before_a_surname_is_a_person_but_a_date_is_not():
    assert pf.person_words("April Hebden") == ["April", "Hebden"]
    assert pf.person_words("on 3 May Kirsty said") != ["May", "Kirsty"]


def test_a_surname_that_is_a_word_is_kept_where_the_document_writes_it_after_a_title():
    found = document_entities([("person", "May Sallow"), ("person", "Mrs Sallow")])
    assert found["person"] == ["May Sallow"]
    found = document_entities([("person", "Miss Ruth Swindle")])
    assert found["person"] == ["Ruth Swindle"]


# --- tables and nicknames ---


def test_a_tables_first_name_and_surname_columns_give_one_person_per_row():
    text = ("Forename | Surname   | Year | Left at\n"
            "Keeley   | Ormerod   | 9    | 16:05\n"
            "Tyrone   | Blakeway  | 10   | 16:20\n"
            "\n"
            "Keeley left with her aunt.")
    spans = list(entity_cues.table_names(text))
    assert [s.text for s in spans] == ["Keeley Ormerod", "Tyrone Blakeway"]
    found = entities(text, ("place", "Ormerod", "GPE"), ("person", "Keeley", "PERSON"))
    assert found["person"] == ["Keeley Ormerod", "Tyrone Blakeway"]


def test_a_nickname_in_brackets_or_between_the_names_is_the_same_person():
    found = entities('Aiden PRIESTNALL ("Pritch") and "Stretch" (Wayne GOLDTHORPE) were seen.'
                     '\nThe coach, Rohan "RJ" Jassal, drove.',
                     ("person", "Aiden PRIESTNALL", "PERSON"),
                     ("person", "Wayne GOLDTHORPE", "PERSON"),
                     ("person", "Pritch", "PERSON"), ("person", "Stretch", "PERSON"),
                     ("person", "Rohan", "PERSON"), ("person", "Jassal", "PERSON"))
    assert found["person"] == ["Aiden Priestnall", "Rohan Jassal", "Wayne Goldthorpe"]


def test_a_nickname_known_to_some_people_is_tied_to_the_person_named():
    found = entities('Messages from Lewis Hanratty (known to the girls as "Lou") were found.',
                     ("person", "Lewis Hanratty", "PERSON"), ("person", "Lou", "PERSON"))
    assert found["person"] == ["Lewis Hanratty"]


def test_a_familiar_given_name_with_the_same_surname_is_the_formal_one():
    found = document_entities([("person", "Terence Oldroyd"), ("person", "Terry Oldroyd"),
                               ("person", "Mohammed Sadiq"), ("person", "Mo Sadiq")])
    assert found["person"] == ["Mohammed Sadiq", "Terence Oldroyd"]


# --- places taken for people ---


def test_a_compass_point_or_a_sites_word_makes_a_place_not_a_person():
    found = document_entities([("place", "South Elmsall", "GPE"), ("person", "North Ferriby"),
                               ("place", "Victoria Park", "FAC"), ("person", "SOUTH WEST")])
    assert found["person"] == []
    assert found["place"] == ["North Ferriby", "South Elmsall", "Victoria Park"]
    found = document_entities([("person", "Batley Town Hall\nMinutes")])
    assert found == {"person": [], "place": ["Batley Town Hall"], "agency": []}


def test_a_surname_alone_tagged_as_a_place_is_a_person_only_where_someone_is_so_named():
    found = document_entities([("place", "Scholey", "GPE"), ("person", "Nadine Scholey")])
    assert found["person"] == ["Nadine Scholey"] and found["place"] == []
    found = document_entities([("place", "Ossington", "GPE"), ("person", "Nadine Scholey")])
    assert "Ossington" not in found["person"]
    found = document_entities([("place", "HALLIWELL", "GPE"), ("person", "Tia Halliwell"),
                               ("person", "Lorraine Halliwell")])
    assert "Halliwell" not in found["place"]


def test_places_after_in_or_enter_or_in_a_list_of_them_are_places():
    found = entities("He must not enter Fernhill. Not to be placed in: Wardle, Birtle or Syke."
                     "\nThe phone was bought at a stall in Pellow.")
    assert {"Birtle", "Fernhill", "Pellow", "Syke", "Wardle"} <= set(found["place"])
    assert not {"Birtle", "Fernhill", "Pellow", "Syke", "Wardle"} & set(found["person"])
    # a list of defendants that begins with a town's name is not a list of places
    found = entities("Rochdale, Qadeer, Lindqvist and Osei, stand up.",
                     ("person", "Qadeer", "PERSON"), ("person", "Lindqvist", "PERSON"))
    assert "Lindqvist" not in found["place"]


# --- words a name finder took for names ---


def test_a_lower_case_word_is_no_one_where_the_document_capitalises_its_names():
    found = document_entities([("person", "Shanice Platt"), ("person", "Kyle Ormond"),
                               ("person", "Mr Ormond"), ("person", "leaver")])
    assert found["person"] == ["Kyle Ormond", "Shanice Platt"]
    found = document_entities([("person", "dc hepworth"), ("person", "Shanice Platt"),
                               ("person", "Kyle Ormond"), ("person", "Kyle")])
    assert "Hepworth" in found["person"]


def test_letters_that_are_a_rare_surname_are_no_one_alone():
    found = document_entities([("person", "MAPPA"), ("person", "SORN"), ("person", "Dean Quill")])
    assert found["person"] == ["Dean Quill"]


def test_an_organisations_last_word_makes_an_agency_of_a_name():
    found = document_entities([("person", "Ainsworth Legal"), ("person", "Cleveley Lettings"),
                               ("agency", "Northgate Juniors FC", "ORG")])
    assert found["person"] == []
    assert found["agency"] == ["Ainsworth Legal", "Cleveley Lettings", "Northgate Juniors FC"]


def test_the_town_a_station_is_named_after_is_a_place():
    found = entities("The bag was booked in at Moxham police station and the girl was seen at "
                     "Tarleigh bus station.",
                     ("person", "Moxham", "PERSON"), ("agency", "Tarleigh", "ORG"))
    assert {"Moxham", "Tarleigh"} <= set(found["place"])
    assert not {"Moxham", "Tarleigh"} & set(found["person"] + found["agency"])


def test_a_surname_column_vouches_for_a_surname_that_is_a_word():
    text = ("First name | Surname | Time in\n"
            "Brandon    | Gullet  | 18:40\n")
    found = entities(text, ("person", "Brandon", "PERSON"))
    assert found["person"] == ["Brandon Gullet"]


def test_a_rare_given_name_before_a_surname_that_is_also_a_given_name_is_kept():
    assert pf.person_words("Jaylah Ahmed") == ["Jaylah", "Ahmed"]
    assert pf.person_words("Keyworker Nadia Ahmed") == ["Nadia", "Ahmed"]
