"""Every query form against the real Elasticsearch, on the known corpus."""

from __future__ import annotations

import pytest
from elasticsearch import Elasticsearch

from search import mapping
from search.query import Filters
from search.searcher import run_search
from tests.search import corpus
from tests.search.corpus import ORDINARY

pytestmark = pytest.mark.services


@pytest.fixture(scope="module")
def alias(es: Elasticsearch, index_prefix: str) -> str:
    name = mapping.ensure_index(es, index_prefix)
    corpus.load(es, name)
    return name


@pytest.fixture(scope="module")
def ids(es: Elasticsearch, alias: str):
    def run(query, access=ORDINARY, **kwargs) -> set[str]:
        results = run_search(es, alias, query, user_access=access, page_size=100, **kwargs)
        return {d.urn[-1] for d in results.documents}
    return run


def test_the_index_is_current(es: Elasticsearch, index_prefix: str, alias: str):
    status = mapping.index_status(es, index_prefix)
    assert status.analysis == mapping.ANALYSIS
    assert status.pages == 9 and status.documents == 5
    assert status.current


@pytest.mark.parametrize(("query", "expected"), [
    ("misconduct", {"1", "2", "3", "5"}),
    ("MISCONDUCT", {"1", "2", "3", "5"}),
    ("police misconduct", {"2", "3"}),  # both words on one page
    ("police AND misconduct", {"2", "3"}),
    ("+police +misconduct", {"2", "3"}),
    ("constabulary safeguarding", set()),
    ("covid-19", {"5"}),
    ("nightjar", set()),  # only in the restricted document
])
def test_words_and_implicit_and(ids, query, expected):
    assert ids(query) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ('"police misconduct"', {"2"}),
    ('"misconduct by police"', {"3"}),
    ('"police misconduct"~5', {"2", "3"}),  # reversed order within 5 words
    ('"girls station"', set()),
    ('"girls station"~7', {"1"}),  # seven words between them
    ('"girls station"~6', set()),
])
def test_phrases_and_proximity(ids, query, expected):
    assert ids(query) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("constabulary OR safeguarding", {"1", "3"}),
    ("constabulary OR zzzunknown", {"1"}),
    ("misconduct (zzzunknown OR zzzother)", set()),  # no hidden minimum_should_match 0
    ("(constabulary OR safeguarding) misconduct", {"3"}),
    ("constabulary OR safeguarding misconduct", {"3"}),  # OR binds first
    ('provider:"Home Office" OR provider:"Leeds City Council"', {"2", "3"}),
    ("tag:policy OR letter", {"2", "5"}),
])
def test_or_means_or(ids, query, expected):
    assert ids(query) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("misconduct NOT police", {"1", "5"}),
    ("misconduct -police", {"1", "5"}),
    ("-police misconduct", {"1", "5"}),
    ("misconduct AND NOT police", {"1", "5"}),
    ("NOT misconduct", {"1", "2", "3"}),  # pages without the word
    ("misconduct -tag:chronology", {"2", "5"}),
])
def test_not(ids, query, expected):
    assert ids(query) == expected


def test_parentheses(ids):
    assert ids("(police OR constabulary) AND (misconduct OR action)") == {"1", "2", "3"}
    assert ids("(police OR constabulary) (misconduct OR zzz) -(tag:policy)") == {"3"}


@pytest.mark.parametrize(("query", "expected"), [
    ("organis*", {"3"}),
    ("ORGANIS*", {"3"}),
    ("meet*", {"1", "2"}),  # meeting, meetings; not "met"
    ("smith~1", {"3"}),  # Smyth
    ("smith~", {"3"}),
    ("smith", set()),
    ("misconduk~", {"1", "2", "3", "5"}),
])
def test_prefix_and_fuzzy(ids, query, expected):
    assert ids(query) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("urn:INQ000002", {"2"}),
    ("urn:inq000002", {"2"}),
    ("urn:INQ00000*", {"1", "2", "3", "5"}),
    ('provider:"Home Office"', {"2"}),
    ('provider:"home office"', {"2"}),
    ("provider:Metro*", {"1"}),
    ("type:minutes", {"3"}),
    ('person:"John Smith"', {"2"}),
    ('person:"jane doe"', {"1", "2"}),
    ("place:Leeds", {"2", "3"}),
    ('agency:"Home Office"', {"1", "2"}),
    ("tag:chronology", {"1", "3"}),
    ("status:approved", {"1"}),
    ("title:memo", {"2"}),
    ('title:"witness statement"', {"1"}),
    ("page:3", {"1"}),
    ("page:2..3", {"1", "2", "3"}),
    ("ocr:yes", {"3"}),
    ("ocr:no", {"1", "2", "5"}),
    ("misconduct provider:Anonymous", {"5"}),
])
def test_field_filters(ids, query, expected):
    assert ids(query) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("date:2019", {"1"}),
    ("date:2019-03", {"1"}),
    ("date:2019-03-14", {"1"}),
    ("date:14/03/2019", {"1"}),
    ("date:2019-03-15", set()),
    ("date:2015..2018", {"2"}),
    ("date:2015-06-01..2019-03-14", {"1", "2"}),
    ("date:>=2019", {"1", "3"}),
    ("date:>2019", {"3"}),
    ("date:<2019", {"2"}),
    ("date:<=2019-03", {"1", "2"}),
    ("date:..2019", {"1", "2"}),
    ("date:2020..", {"3"}),
    ("received:2020", {"1", "2"}),
    ("received:2020-02", {"2"}),
    ("received:>2020", {"3"}),
    ("year:2015..2018", {"2"}),
    ("year:>=2020", {"3"}),
    ("year:2019", {"1"}),
])
def test_dates(ids, query, expected):
    assert ids(query) == expected


# Other forms of a word match outside exact mode (search.wordforms; the word-pair table
# is in test_wordforms.py and test_wordforms_es.py).
@pytest.mark.parametrize(("query", "forms", "exact"), [
    ("run", {"1"}, set()),
    ("running", {"1"}, {"1"}),
    ("girl", {"1"}, set()),
    ("stations", {"1"}, set()),
    ("hearing", {"3"}, set()),
    ('"inquiry hearing"', {"3"}, set()),
    ('"inquiry hearings"', {"3"}, {"3"}),
    ('"girl running"~2', {"1"}, set()),
    ("officer", {"1", "3"}, {"1"}),  # Officer Brown; police officers
    ("meetings", {"1", "2"}, {"2"}),  # the meeting; child protection meetings
    ("organisers", {"3"}, {"3"}),  # not Organisation
])
def test_exact_versus_word_forms(ids, query, forms, exact):
    assert ids(query) == forms
    assert ids(query, exact=True) == exact


def test_filters_from_facets(ids):
    assert ids("misconduct", filters=Filters(providers=["Home Office", "Anonymous"])) == {
        "2", "5"}
    assert ids(None, filters=Filters(tags=["chronology"], ocr=True)) == {"3"}
    assert ids(None, filters=Filters(years=[2015, 2019])) == {"1", "2"}
    from datetime import date
    assert ids(None, filters=Filters(date_from=date(2019, 1, 1))) == {"1", "3"}
    assert ids(None, filters=Filters(persons=["John Smith"], places=["Leeds"])) == {"2"}


def test_published_scope(ids):
    assert ids("brown") == {"1"}
    assert ids("brown", scope="published") == set()  # redacted from the published text
    assert ids("station", scope="published") == {"1"}
    assert ids("misconduct", scope="published") == set()  # page 3 was withheld
    assert ids("were") == {"1", "2"}
    assert ids("were", scope="published") == {"1"}  # memo 2 is not published
    assert ids(None, scope="published") == {"1"}
