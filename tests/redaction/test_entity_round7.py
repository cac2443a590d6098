"""Seventh round of people precision (issue 12): mechanisms that hold for any kind of
document rather than names of one trap. A one-word person needs evidence beyond the
statistical tagger; a trade noun makes a business; words ahead of a given name and surname
(a weekday, a role's letters, an ordinary word) are no part of the name; a nickname in
brackets or cut from a surname ties to the full name; a given name the model called a body
does not hide the full name from the name finders. Every wording here is new (no spaCy,
no services)."""

from __future__ import annotations

from redaction import person_filters as pf
from redaction.entity_cues import nicknames
from redaction.entity_resolution import document_entities

from .helpers import cue_entities as entities
from .test_entity_unseen_kinds import _spaced_entities as spaced_entities

# --- a one-word person needs a name list, a title, a field or a nickname to vouch ---


def test_a_word_only_the_tagger_calls_a_person_is_no_facet():
    found = document_entities([("person", "Quarmby", "PERSON"),
                               ("person", "Lindqvane", "PERSON"),
                               ("person", "Odette Hanbury", "PERSON")])
    assert found["person"] == ["Odette Hanbury"]


def test_a_listed_name_or_a_titled_word_stays_a_person():
    found = document_entities([("person", "Hanbury", "PERSON"),
                               ("person", "Mr Lindqvane", "PERSON"),
                               ("person", "Lindqvane", "PERSON")])
    assert found["person"] == ["Hanbury", "Lindqvane"]


def test_a_nickname_cue_vouches_for_an_unlisted_word():
    found = document_entities([("person", "Zorbo", "NICK"), ("person", "Zorbo", "PERSON")])
    assert found["person"] == ["Zorbo"]


def test_an_ordinary_word_in_lower_case_is_no_one():
    found = document_entities([("person", "grey Fiesta", "PERSON"),
                               ("person", "Imogen Stott", "PERSON")])
    assert found["person"] == ["Imogen Stott"]


def test_a_given_name_in_capitals_alone_stays_a_person():
    found = document_entities([("person", "HAZEL", "NAME"), ("person", "TROLLEY", "NAME")])
    assert found["person"] == ["Hazel"]


# --- a trade noun after a name makes a business ---


def test_a_name_before_a_trade_noun_is_a_business_not_a_person():
    for shop in ("Tanfield Bakery", "Kowal Brothers Removals", "Moorgate Vapes",
                 "Hussain Wholesale"):
        found = document_entities([("person", shop, "PERSON")])
        assert found["person"] == [], shop
        assert found["agency"] == [shop], shop


# --- what stands ahead of a given name and surname ---


def test_a_weekday_before_a_rota_name_is_dropped():
    assert pf.person_words("Fri Joanne Prothero") == ["Joanne", "Prothero"]
    assert pf.person_words("Weds Colin Barraclough") == ["Colin", "Barraclough"]


def test_short_role_capitals_before_a_name_are_dropped():
    assert pf.person_words("DPO Karen Whitlam") == ["Karen", "Whitlam"]
    assert pf.person_words("SHIPLEY Kieran Michael") == ["Kieran", "Michael", "SHIPLEY"]


def test_an_unlisted_ordinary_word_before_a_full_name_is_dropped():
    assert pf.person_words("Midwife Wendy Carlisle") == ["Wendy", "Carlisle"]


def test_a_plain_word_before_a_lone_given_name_is_dropped():
    found = document_entities([("person", "Thanked Roisin", "NAME")])
    assert found["person"] == ["Roisin"]


def test_a_span_ending_inside_an_opened_quote_stops_at_the_quote():
    assert pf.person_words('Callum "Tank') == ["Callum"]


# --- a nickname tied to the full name ---


def test_a_bracketed_nickname_between_given_name_and_surname():
    text = 'On shift at the counter: Imran ("Immy") HAFEEZ, and a cousin.'
    found = entities(text)
    assert found["person"] == ["Imran Hafeez"]


def test_a_nickname_cut_from_a_surname_is_that_person():
    found = document_entities([("person", "Tariq Zulfiqar", "PERSON"),
                               ("person", "Zulf", "NAME")])
    assert found["person"] == ["Tariq Zulfiqar"]


def test_a_surname_nickname_shared_by_two_is_nobody():
    found = document_entities([("person", "Tariq Zulfiqar", "PERSON"),
                               ("person", "Nadia Zulfiqar", "PERSON"),
                               ("person", "Zulf", "NAME")])
    assert found["person"] == ["Nadia Zulfiqar", "Tariq Zulfiqar"]


# --- the full name is formed ---


def test_a_title_and_given_name_keep_a_listed_surname_that_is_a_word():
    text = "Apologies were received from Revd Simon Pilling and two parents."
    found = entities(text)
    assert found["person"] == ["Simon Pilling"]


def test_a_given_name_the_model_called_a_body_does_not_hide_the_full_name():
    text = "The duty desk (I spoke to Harjit Dhaliwal) took the referral on Tuesday."
    found = entities(text, ("agency", "Harjit", "ORG"))
    assert found["person"] == ["Harjit Dhaliwal"]


def test_a_saints_name_of_a_body_is_no_person():
    found = document_entities([("agency", "ST BRENDAN'S", "ORG")])
    assert found["person"] == []


def test_a_second_title_in_a_span_opens_the_next_persons_name():
    assert pf.person_words("Ada Kerridge Dr P Vasquez") == ["Ada", "Kerridge"]
    found = document_entities([("person", "Dr Owain Pryce Dr Tomasz Nowicki", "NAME"),
                               ("person", "Dr Tomasz Nowicki", "NAME")])
    assert found["person"] == ["Owain Pryce", "Tomasz Nowicki"]


# --- a column's edge cuts the name finders' hits ---


def test_a_role_in_the_first_column_does_not_hide_the_name_in_the_next():
    text = ("Present:\nIndependent Reviewer        Hazel Greenwood\n"
            "Lay Member        Brenda Whitehead\n")
    assert spaced_entities(text)["person"] == ["Brenda Whitehead", "Hazel Greenwood"]


def test_a_field_label_opening_a_column_is_no_name():
    text = "Depot: Ossett      Driver: Lorna Beckett      Van: Peugeot Expert\n"
    assert spaced_entities(text)["person"] == ["Lorna Beckett"]


def test_a_job_before_a_lone_surname_is_dropped():
    found = document_entities([("person", "Caretaker Ackroyd", "PERSON"),
                               ("person", "Saint Wilfrid", "PERSON")])
    assert found["person"] == ["Ackroyd"]


# --- a nickname of someone unnamed ---


def test_a_nickname_after_knew_as_without_a_pronoun():
    text = 'The boy said the cannabis belonged to a youth he knew as "Gobbo" from the flats.'
    assert [(what, span.text) for what, span in nicknames(text, [])] == [("nickname", "Gobbo")]


def test_the_third_of_two_named_men_is_another_person():
    text = ('Two men were cautioned, Reece Hambleton and Faisal Qadir; the third, known only '
            'as "Pasha", was never traced.')
    assert entities(text)["person"] == ["Faisal Qadir", "Pasha", "Reece Hambleton"]


# --- words that are no name whatever the lists say ---


def test_a_hyphened_word_with_a_lower_case_part_is_no_name():
    found = document_entities([("person", "Drop-in", "NAME"), ("person", "Follow-up", "NAME"),
                               ("person", "Lily-Rose Haigh", "PERSON")])
    assert found["person"] == ["Lily-Rose Haigh"]


def test_compass_words_left_of_a_bodys_name_are_no_one():
    found = document_entities([("agency", "South East Sector", "ORG")])
    assert found["person"] == []


def test_a_phrase_of_ordinary_words_cut_to_one_is_no_name():
    found = document_entities([("person", "Back Gate", "NAME"), ("person", "Cash Point", "NAME"),
                               ("person", "Olive Tandy", "PERSON")])
    assert found["person"] == ["Olive Tandy"]
