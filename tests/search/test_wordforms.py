"""Word forms as a pure function: the word-pair table and the rules behind it, with no
Elasticsearch (the same table runs against a real index in test_wordforms_es.py)."""

from __future__ import annotations

import pytest

from search.wordforms import highlight_terms, matches, tokens, word_forms
from tests.search.word_pairs import MUST_MATCH, MUST_NOT_MATCH


def test_the_table_is_large_enough():
    assert len(MUST_MATCH) + len(MUST_NOT_MATCH) >= 60
    assert len(set(MUST_MATCH)) == len(MUST_MATCH)
    assert len(set(MUST_NOT_MATCH)) == len(MUST_NOT_MATCH)


@pytest.mark.parametrize(("a", "b"), MUST_MATCH, ids=[f"{a}-{b}" for a, b in MUST_MATCH])
def test_inflections_of_one_lemma_match_both_ways(a: str, b: str):
    assert matches(a, b), f"a search for {a!r} must find {b!r}: {word_forms(a)}"
    assert matches(b, a), f"a search for {b!r} must find {a!r}: {word_forms(b)}"


@pytest.mark.parametrize(("a", "b"), MUST_NOT_MATCH,
                         ids=[f"{a}-{b}" for a, b in MUST_NOT_MATCH])
def test_other_words_do_not_match_either_way(a: str, b: str):
    assert not matches(a, b), f"a search for {a!r} must not find {b!r}: {word_forms(a)}"
    assert not matches(b, a), f"a search for {b!r} must not find {a!r}: {word_forms(b)}"


def test_forms_start_with_the_word_and_are_lower_case():
    assert word_forms("Officers") == ("officers", "officer", "officer's", "officer\u2019s")
    for word in ("Children", "REPORTED", "meeting", "carers", "unlawful"):
        forms = word_forms(word)
        assert forms[0] == word.lower()
        assert all(f == f.lower() for f in forms)
        assert len(set(forms)) == len(forms)


@pytest.mark.parametrize("word", ["covid-19", "19", "e.g", "a", "x1", "is", "were", "had",
                                  "does", "can", "nhs", "rhys", "unlawful", "the"])
def test_words_left_as_written(word: str):
    """Numbers, codes, single letters, auxiliaries and modals, short or unguessable unknown
    words and words with no noun or verb reading have no other forms."""
    assert word_forms(word) == (word,)


def test_a_possessive_in_the_query_is_the_noun():
    assert set(word_forms("officer's")) == set(word_forms("officer"))
    assert matches("children's", "child")
    assert matches("officers", "officers'")  # the tokenizer drops a trailing apostrophe


def test_tokens_split_as_the_standard_tokenizer_does():
    assert tokens("Covid-19: officer's e.g. report, 3.5 officers\u2019 a_b") == [
        "Covid", "19", "officer's", "e.g", "report", "3.5", "officers", "a_b"]


def test_highlight_terms_add_forms_but_not_possessives_or_prefix_forms():
    terms = highlight_terms(["officers", "meet*", '"child protection"'])
    assert terms[:2] == ["officers", "officer"]
    assert "meet*" in terms and "meeting" not in terms
    assert "children" in terms and not any(t.endswith("'s") for t in terms)
