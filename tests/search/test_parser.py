"""The query language without Elasticsearch: parsing, errors with positions, compilation."""

from __future__ import annotations

import pytest

from search.help import EXAMPLES
from search.parser import (
    And,
    FieldTerm,
    Not,
    Or,
    Phrase,
    QuerySyntaxError,
    Range,
    Word,
    parse,
    positive_terms,
)
from search.query import Access, Filters, access_filter, build_search, compile_query


def test_words_are_joined_by_and():
    assert parse("child abuse") == And((Word("child", 0), Word("abuse", 6)))
    assert compile_query(parse("child AND abuse")) == compile_query(parse("child abuse"))
    assert parse("+child +abuse") == And((Word("child", 1), Word("abuse", 8)))


def test_phrase_and_proximity():
    assert parse('"police misconduct"') == Phrase("police misconduct", 0)
    assert parse('"police misconduct"~5') == Phrase("police misconduct", 0, slop=5)


def test_or_binds_tighter_than_and():
    assert parse("police OR constabulary misconduct") == And((
        Or((Word("police", 0), Word("constabulary", 10))), Word("misconduct", 23)))


def test_not_forms():
    assert parse("a NOT b") == And((Word("a", 0), Not(Word("b", 6))))
    assert parse("a -b") == And((Word("a", 0), Not(Word("b", 3))))
    assert parse("NOT a") == Not(Word("a", 4))
    assert parse("a OR NOT b") == Or((Word("a", 0), Not(Word("b", 9))))


def test_parentheses_group():
    assert parse("(a OR b) (c OR d)") == And((Or((Word("a", 1), Word("b", 6))),
                                              Or((Word("c", 10), Word("d", 15)))))
    assert parse("a (b c)") == And((Word("a", 0), And((Word("b", 3), Word("c", 5)))))


def test_prefix_and_fuzzy():
    assert parse("organis*") == Word("organis", 0, prefix=True)
    assert parse("smith~") == Word("smith", 0, fuzzy="AUTO")
    assert parse("smith~1") == Word("smith", 0, fuzzy="1")


def test_lower_case_operators_are_words():
    assert parse("this or that") == And((Word("this", 0), Word("or", 5), Word("that", 8)))


def test_hyphens_colons_in_words():
    assert parse("covid-19 10:30") == And((Word("covid-19", 0), Word("10:30", 9)))


@pytest.mark.parametrize(("query", "expected"), [
    ("urn:INQ000001", FieldTerm("urn", "INQ000001", 0)),
    ("urn:INQ00*", FieldTerm("urn", "INQ00", 0, prefix=True)),
    ('provider:"Home Office"', FieldTerm("provider", "Home Office", 0)),
    ("type:memo", FieldTerm("document_type", "memo", 0)),
    ("type:statement", FieldTerm("document_type", "witness_statement", 0)),
    ('type:"Witness statement"', FieldTerm("document_type", "witness_statement", 0)),
    ("type:Case-notes", FieldTerm("document_type", "case_notes", 0)),
    ("type:e-mail", FieldTerm("document_type", "email", 0)),
    ('person:"John Smith"', FieldTerm("persons", "John Smith", 0)),
    ("place:Leeds", FieldTerm("places", "Leeds", 0)),
    ("agency:MI5", FieldTerm("agencies", "MI5", 0)),
    ("tag:chronology", FieldTerm("tags", "chronology", 0)),
    ("status:approved", FieldTerm("review_status", "approved", 0)),
    ("TITLE:memo", FieldTerm("title", "memo", 0)),
    ("ocr:yes", FieldTerm("ocr", "true", 0)),
    ("page:3", Range("page", 5, gte=3, lte=3)),
    ("year:2015..2018", Range("year", 5, gte=2015, lte=2018)),
    ("date:2019", Range("document_date", 5, gte="2019-01-01", lte="2019-12-31")),
    ("date:2020-02", Range("document_date", 5, gte="2020-02-01", lte="2020-02-29")),
    ("date:14/03/2019", Range("document_date", 5, gte="2019-03-14", lte="2019-03-14")),
    ("date:2019-01-01..2020-12-31",
     Range("document_date", 5, gte="2019-01-01", lte="2020-12-31")),
    ("date:2019..", Range("document_date", 5, gte="2019-01-01")),
    ("date:..2019", Range("document_date", 5, lte="2019-12-31")),
    ("date:>=2019", Range("document_date", 5, gte="2019-01-01")),
    ("date:>2019", Range("document_date", 5, gt="2019-12-31")),
    ("date:<2019", Range("document_date", 5, lt="2019-01-01")),
    ("date:<=2019-06", Range("document_date", 5, lte="2019-06-30")),
    ("received:2020", Range("received_date", 9, gte="2020-01-01", lte="2020-12-31")),
])
def test_fields(query, expected):
    assert parse(query) == expected


@pytest.mark.parametrize(("query", "position", "words"), [
    ("", 0, "empty query"),
    ("   ", 0, "empty query"),
    ("(misconduct", 0, "never closed"),
    ("misconduct)", 10, "no matching '('"),
    ("(a OR b))", 8, "no matching '('"),
    ("()", 0, "empty parentheses"),
    ('"police misconduct', 0, "unbalanced quotes"),
    ('a "b', 2, "unbalanced quotes"),
    ('""', 0, "empty phrase"),
    ("police AND", 7, "AND needs a term after"),
    ("AND police", 0, "AND needs a term before"),
    ("police OR", 7, "OR needs a term after"),
    ("OR police", 0, "OR needs a term before"),
    ("police OR AND misconduct", 7, "OR needs a term after"),
    ("police NOT", 7, "NOT needs a term after"),
    ("police - misconduct", 7, "'-' must be written right before"),
    ("(a NOT)", 3, "NOT needs a term after"),
    ("colour:red", 0, "unknown field 'colour:'"),
    ("date:2019-13-01", 5, "bad date"),
    ("date:31/02/2019", 5, "bad date"),
    ("date:yesterday", 5, "bad date"),
    ("received:>=20x0", 9, "bad date"),
    ("date:2020..2019", 5, "ends before it starts"),
    ("year:twenty", 5, "whole number"),
    ("page:", 0, "needs a value"),
    ("tag:(a OR b)", 0, "needs a value"),
    ("ocr:maybe", 4, "ocr:yes or ocr:no"),
    ("x*", 0, "at least 2 letters"),
    ("wo*rd", 2, "only allowed at the end"),
    ("word~3", 0, "fuzziness"),
    ("word*~", 0, "not both"),
    ('"a b"~', 5, "proximity"),
    ('"a b"c', 5, "space after a closing quote"),
    ("&", 0, "no letters or digits"),
    ("(" * 25 + "a" + ")" * 25, 20, "nested too deeply"),
])
def test_invalid_queries_say_what_and_where(query, position, words):
    with pytest.raises(QuerySyntaxError) as caught:
        parse(query)
    assert caught.value.position == position
    assert words in caught.value.message
    assert f"at character {position + 1}" in str(caught.value)
    assert caught.value.pointer().splitlines()[-1] == " " * position + "^"


@pytest.mark.parametrize("query", ["NOT " * 500 + "a", "-" * 2000 + "a", "a " * 3000,
                                   "x" * 5000, "((((", '"""', "a:b:c", ":", "~", "*", "\x00"])
def test_hostile_queries_only_raise_query_syntax_error(query):
    try:
        parse(query)
    except QuerySyntaxError:
        pass


def test_every_help_example_parses():
    for example in EXAMPLES:
        parse(example)


def _walk(node):
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def test_every_or_node_says_minimum_should_match_one():
    compiled = compile_query(parse("(a OR b) (c OR (d OR e f)) NOT (g OR h)"))
    shoulds = [n["bool"] for n in _walk(compiled) if "bool" in n and "should" in n["bool"]]
    assert len(shoulds) == 4
    assert all(b["minimum_should_match"] == 1 for b in shoulds)


def test_compilation_targets():
    q = compile_query(parse('run "a b"~2 walk* smith~1 -x provider:Y'))["bool"]
    assert q["must"] == [
        {"match": {"text": {"query": "run ran run's running runs run\u2019s",
                            "operator": "or"}}},
        {"match_phrase": {"text": {"query": "a b", "slop": 2}}},
        {"prefix": {"text": {"value": "walk"}}},
        {"match": {"text": {"query": "smith", "fuzziness": "1", "operator": "and"}}}]
    assert q["must_not"] == [{"match_phrase": {"text": {"query": "x"}}}]
    assert q["filter"] == [{"term": {"provider": {"value": "Y", "case_insensitive": True}}}]
    exact = compile_query(parse("run"), exact=True)
    assert exact == {"match_phrase": {"text": {"query": "run"}}}
    published = compile_query(parse("NHS-111"), scope="published")
    assert published == {"match_phrase": {"published_text": {"query": "NHS-111"}}}
    title = compile_query(parse("title:minutes"), exact=True)
    assert title == {"match_phrase": {"title": {"query": "minutes"}}}


def test_phrases_with_other_forms_are_intervals_that_keep_the_phrase_rules():
    """Each word of the phrase is any of its forms; the order and the gaps are those of a
    (sloppy) phrase: in order within slop, or reversed within slop - 2."""
    officer = {"any_of": {"intervals": [{"match": {"query": f}} for f in (
        "officers", "officer", "officer's", "officer\u2019s")]}}
    exact = compile_query(parse('"police officers"'), exact=True)
    assert exact == {"match_phrase": {"text": {"query": "police officers", "slop": 0}}}
    q = compile_query(parse('"17 officers"'))
    literal = {"match": {"query": "17", "ordered": True, "max_gaps": 0}}
    assert q == {"intervals": {"text": {"all_of": {
        "ordered": True, "max_gaps": 0, "intervals": [literal, officer]}}}}
    q = compile_query(parse('"17 officers"~5'))["intervals"]["text"]["any_of"]["intervals"]
    assert q == [{"all_of": {"ordered": True, "max_gaps": 5, "intervals": [literal, officer]}},
                 {"all_of": {"ordered": False, "max_gaps": 3,
                             "intervals": [literal, officer]}}]


def test_build_search_always_has_the_access_filter():
    for kwargs in ({}, {"filters": Filters(providers=["A"])}, {"collapse": False},
                   {"extra_filters": [{"match_all": {}}]}, {"scope": "published"}):
        params = build_search("x", user_access=Access("u1"), **kwargs)
        assert access_filter(Access("u1")) in params["query"]["bool"]["filter"]
    with pytest.raises(TypeError):
        build_search("x")  # no access given
    with pytest.raises(TypeError):
        build_search("x", user_access=None)
    assert {"term": {"published": True}} in build_search(
        None, user_access=Access("u1"), scope="published")["query"]["bool"]["filter"]


def test_access_filter_fails_closed():
    f = access_filter(Access(None))
    assert f == {"bool": {"should": [{"term": {"restricted": False}}],
                          "minimum_should_match": 1}}
    assert access_filter(Access("u", can_see_all_restricted=True)) == {"match_all": {}}


def test_paging_limits():
    with pytest.raises(ValueError):
        build_search(None, user_access=Access("u"), page=0)
    with pytest.raises(ValueError):
        build_search(None, user_access=Access("u"), page=600, page_size=20)


def test_positive_terms():
    terms = positive_terms(parse('a "b c" dd* -e (f OR g) tag:x'))
    assert terms == ["a", "b c", "dd*", "f", "g"]
