"""What held-out parts kept getting wrong (issue 12, thirteenth round): one person listed as
a lone given name and a lone surname apart, because the tagger split a name the document
writes whole (a line break, a transcript's line number, "Surname, Given" in a CSV cell, role
letters or post-nominals glued on, a table cell that wraps). Every wording here is new (pure:
no spaCy, no services)."""

from __future__ import annotations

from redaction import entity_filters as ef
from redaction.entities import Mention
from redaction.entity_resolution import document_entities
from redaction.name_joins import joined_name_mentions, joined_people
from redaction.wrapped_names import laid_out_text

from .helpers import spaced_page


def _people(text: str, *tagged: tuple[str, str, str]) -> list[str]:
    """The people a facet lists, through the tagging stage's path: the tagger's mentions,
    the joined names stored beside them, then resolution of what is stored."""
    mentions = [Mention(kind, label, said, 1, 0, 0, [], said.lower(), [])
                for kind, said, label in tagged]
    stored = mentions + joined_name_mentions([spaced_page(text)], mentions)
    return document_entities((m.kind, m.text, m.label) for m in stored)["person"]


# --- one name the text writes whole: joined ---

def test_a_name_broken_over_a_line_and_a_transcript_line_number_is_one_person():
    text = "she was then met by the youth worker, Mrs Harpreet\n14      Dhillon, at the centre"
    assert _people(text, ("person", "Harpreet", "PERSON"), ("person", "Dhillon", "PERSON")) == [
        "Harpreet Dhillon"]


def test_a_surname_comma_given_cell_in_csv_quotes_is_one_person():
    text = 'ref,guest,address\n7731,"ACKROYD, Tamsin","12 Mill Lane, Otley"'
    assert _people(text, ("person", "Tamsin", "PERSON"), ("person", "ACKROYD", "PERSON")) == [
        "Tamsin Ackroyd"]


def test_role_letters_before_the_name_do_not_survive_the_join():
    text = "Request made by CSE Gareth Pickersgill on 3 May."
    assert _people(text, ("person", "CSE Gareth", "PERSON"),
                   ("person", "Pickersgill", "PERSON")) == ["Gareth Pickersgill"]


def test_post_nominals_after_the_name_do_not_survive_the_join():
    text = "Dr Bassi saw her.\nSigned: Dr Kiran Bassi MBBS MRCGP (GMC 4471823)"
    assert _people(text, ("person", "Kiran MBBS", "PERSON"),
                   ("person", "Dr Bassi", "PERSON")) == ["Kiran Bassi"]


def test_a_middle_initial_between_still_makes_one_name():
    assert joined_people(["Wendy", "Oakes"], "statement of Wendy J. Oakes, dated") == {
        "Wendy": "Wendy Oakes", "Oakes": "Wendy Oakes"}


def test_a_table_cell_that_wraps_between_given_name_and_surname_is_one_person():
    text = ("| 4 | Notes seen by DS Akers and Mrs Nadia |\theld by LA |\n"
            "|   | Rahman (YOT). Nothing relevant.    |\t           |")
    assert joined_people(["Nadia", "Rahman"], laid_out_text([spaced_page(text)])) == {
        "Nadia": "Nadia Rahman", "Rahman": "Nadia Rahman"}


# --- two people, or a name and a street: left apart ---

def test_a_given_name_and_a_surname_listed_together_are_two_people():
    text = "Present: Harpreet and Dhillon (the two drivers)."
    assert _people(text, ("person", "Harpreet", "PERSON"), ("person", "Dhillon", "PERSON")) == [
        "Dhillon", "Harpreet"]


def test_surname_comma_given_s_relation_is_not_one_name():
    assert joined_people(["Tamsin", "Ackroyd"], "spoke to Ackroyd, Tamsin's stepfather") == {}


def test_a_list_of_surnames_and_given_names_is_not_inverted_into_one_name():
    assert joined_people(["Tamsin", "Ackroyd"], "Seen: Ackroyd, Tamsin, Leigh and Oakes.") == {}


def test_a_given_name_before_a_street_named_after_a_surname_is_no_name():
    assert joined_people(["Wendy", "Oakes"], "Wendy Oakes Road is where she lived") == {}


def test_words_in_two_table_columns_are_not_one_name():
    text = "Naz             Dhillon BEG (44), cook"
    assert joined_people(["Naz", "Dhillon"], laid_out_text([spaced_page(text)])) == {}


def test_a_given_name_that_could_join_two_surnames_joins_neither():
    text = "Tamsin Ackroyd\nTamsin Oakes"
    assert joined_people(["Tamsin", "Ackroyd", "Oakes"], text) == {}


def test_resolution_joins_only_what_the_tagging_stage_stored_as_joined():
    parts = [("person", "Harpreet", "PERSON"), ("person", "Dhillon", "PERSON")]
    assert document_entities(parts)["person"] == ["Dhillon", "Harpreet"]
    stored = [*parts, ("person", "Harpreet Dhillon", ef.JOINED)]
    assert document_entities(stored)["person"] == ["Harpreet Dhillon"]


def test_a_joined_name_is_stored_once_at_a_part_of_it():
    page = spaced_page("met by the youth worker, Mrs Harpreet\nDhillon, at the centre")
    given = Mention("person", "PERSON", "Harpreet", 1, 30, 38, [(1.0, 2.0, 3.0, 4.0)],
                    "harpreet", [])
    surname = Mention("person", "PERSON", "Dhillon", 1, 39, 46, [], "dhillon", [])
    [joined] = joined_name_mentions([page], [given, surname])
    assert (joined.kind, joined.label, joined.text) == ("person", ef.JOINED, "Harpreet Dhillon")
    assert (joined.page, joined.start, joined.boxes) == (1, 30, [(1.0, 2.0, 3.0, 4.0)])


# --- a surname the tagger never listed (fourteenth round; every wording new) ---

def test_a_capitals_surname_before_a_csv_given_name_is_her_surname():
    text = "KOWALCZYK,Marta,VOL,Tuesday Club,E+B(C),,\n- Marta: ID seen 12/01"
    assert joined_people(["Marta"], text) == {"Marta": "Marta Kowalczyk"}


def test_a_role_in_capitals_before_a_given_name_is_no_surname():
    text = "WARNING TO THE APPLICANT, Shabana: read this order."
    assert joined_people(["Shabana"], text) == {}


def test_a_titled_given_name_closing_a_line_takes_the_next_lines_word_as_surname():
    text = "a complaint from a parent, Mrs Leanne\nBright, that her son had been given a lift"
    assert joined_people(["Leanne"], text) == {"Leanne": "Leanne Bright"}


def test_a_titled_given_name_before_a_sentence_opening_the_next_line_takes_nothing():
    text = "a complaint from a parent, Mrs Leanne\nThe driver denied it."
    assert joined_people(["Leanne"], text) == {}


def test_a_given_name_already_part_of_a_full_name_takes_no_other_surname():
    text = "Marta Lis spoke first.\nKOWALCZYK,Marta,VOL"
    assert joined_people(["Marta", "Marta Lis"], text) == {}


def test_a_degree_after_a_surname_alone_is_not_part_of_the_name():
    from redaction.person_filters import person_words

    assert person_words("Cottingham MA") == ["Cottingham"]
    assert person_words("Mrs P. Cottingham BEd") == ["P", "Cottingham"]
    assert person_words("Mei LEE") == ["Mei", "LEE"]


def test_another_man_sharing_the_given_name_is_not_folded_into_a_joined_name():
    stored = [("person", "Carl Lee", "PERSON"), ("person", "Dickinson", "PERSON"),
              ("person", "Carl Dickinson", ef.JOINED)]
    assert document_entities(stored)["person"] == ["Carl Dickinson", "Carl Lee"]
