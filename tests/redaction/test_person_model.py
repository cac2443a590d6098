"""The learned check on listed people (redaction/person_model.py): what it reads of a
mention's context, and that the shipped model drops a lone word the page writes as a place
while a titled surname and a full name stay listed. Every name here is invented."""

from __future__ import annotations

import json

from redaction import person_model
from redaction.entity_resolution import document_entities, listed_people


def test_a_mentions_context_is_the_token_either_side_or_a_lines_edge():
    text = "She moved to Brackenbury, near\nthe park. Mr Okafor\nsaid so."
    start = text.index("Brackenbury")
    assert person_model.mention_context(text, start, start + len("Brackenbury")) == "to\t,"
    start = text.index("Okafor")
    assert person_model.mention_context(text, start, start + 6) == "Mr\t$"
    assert person_model.mention_context("Okafor said", 0, 6) == "^\tsaid"


def test_features_name_the_context_classes_and_the_evidence():
    forms = [("person", "Brackenbury", frozenset({"PERSON"}), frozenset({"in\t,", "from\tand"}))]
    feats = person_model.features("Brackenbury", forms, ["Brackenbury", "Grace Okafor"])
    assert {"words=1", "prev=w:in", "prev=w:from", "next=punct:,", "next=w:and"} <= set(feats)
    assert "titled" not in feats
    titled = [("person", "Mr Okafor", frozenset({"PERSON"}), frozenset({"^\tsaid"}))]
    feats = person_model.features("Okafor", titled, ["Okafor"])
    assert "titled" in feats and "prev=edge" in feats


def test_the_shipped_model_is_trained_on_the_tuning_part_only():
    data = json.loads(person_model.MODEL_PATH.read_text(encoding="utf-8"))
    assert data["trained_on"] == "entity_evalset/tuning"
    model = person_model.load_model()
    assert model is not None and 0 < model.threshold < 1 and len(model.weights) > 50


# a page: "... taken to Brackenbury, and seen in Brackenbury and Lowmoor. Mr Okafor, her
# teacher, and Grace Haworth said ..."; spaCy reads the district as a person
MENTIONS = [
    ("person", "Brackenbury", "PERSON", "to\t,"),
    ("person", "Brackenbury", "PERSON", "in\tand"),
    ("person", "Mr Okafor", "PERSON", "Lowmoor.\t,"),
    ("person", "Grace Haworth", "PERSON", "and\tsaid"),
    ("person", "Grace", "PERSON", "^\tsaid"),
]


def test_a_lone_word_written_only_where_places_go_is_not_listed():
    people = document_entities(MENTIONS)["person"]
    assert "Brackenbury" not in people
    assert "Okafor" in people and "Grace Haworth" in people


def test_the_same_word_after_a_title_is_listed():
    titled = [("person", "Mr Brackenbury", "PERSON", "^\t,"),
              ("person", "Brackenbury", "PERSON", "^\tsaid")]
    assert document_entities(titled)["person"] == ["Brackenbury"]


def test_the_rules_alone_still_list_it_for_training_and_for_untagged_contexts():
    assert "Brackenbury" in listed_people(MENTIONS)[0]
    without_context = [m[:3] for m in MENTIONS]
    assert "Brackenbury" in document_entities(without_context)["person"]


def test_a_person_the_document_writes_after_a_title_is_never_checked():
    assert not person_model.checked(["bias", "titled"]) and person_model.checked(["bias"])
    titled = [("person", "Sgt Brackenbury", "PERSON", "in\t,"),
              ("person", "Brackenbury", "PERSON", "to\t,"),
              ("person", "Brackenbury", "PERSON", "from\tand")]
    assert document_entities(titled)["person"] == ["Brackenbury"]
