"""Why a proposal was made, in a reviewer's words."""

from inquiry.services.workspace import reason_words


def test_the_recall_models_proposals_say_they_are_a_guess():
    words = reason_words("model:recall,propagated", "person", "PD", "PD")
    assert "second reader" in words and "check it" in words
    assert "same name elsewhere" in words


def test_register_and_rule_sources_read_as_words():
    assert reason_words("register:full", "protected_person", "C-12", "VA") == (
        "on the register: C-12")
    assert reason_words("rule:phone", "phone", "PD", "PD") == "looks like a phone number"
