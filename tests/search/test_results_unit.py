"""Snippets, hit counts and hits onto word boxes, from highlight text alone (no ES)."""

from __future__ import annotations

from search.mapping import MARK_CLOSE as C
from search.mapping import MARK_OPEN as O
from search.results import Box, highlight_boxes, parse_marked, snippets


def _words(text: str, offsets: bool = True) -> list[dict]:
    """Words of a one-line page, 10 points per character, like ingest.pages.Word.to_dict."""
    words, pos = [], 0
    for token in text.split(" "):
        word = {"text": token, "x0": pos * 10.0, "y0": 100.0,
                "x1": (pos + len(token)) * 10.0, "y1": 112.0}
        if offsets:
            word.update(start=pos, end=pos + len(token))
        words.append(word)
        pos += len(token) + 1
    return words


def test_parse_marked_joins_the_words_of_a_phrase():
    plain, spans = parse_marked(f"the {O}child{C} {O}protection{C} team and {O}child{C}")
    assert plain == "the child protection team and child"
    assert spans == [(4, 20), (30, 35)]


def test_snippets_count_hits_and_escape():
    count, cut = snippets(3, f"<b>{O}police{C}</b> & {O}misconduct{C}")
    assert count == 2
    assert len(cut) == 1 and cut[0].page == 3
    assert cut[0].html() == "&lt;b&gt;<mark>police</mark>&lt;/b&gt; &amp; <mark>misconduct</mark>"
    assert cut[0].text == "<b>police</b> & misconduct"


def test_snippets_are_windows_around_hits():
    filler = " ".join(["word"] * 100)
    count, cut = snippets(1, f"{O}alpha{C} {filler} {O}beta{C} {filler} {O}gamma{C} "
                             f"{filler} {O}delta{C}")
    assert count == 4
    assert [s.text.split()[0] for s in cut][:1] == ["alpha"]
    assert len(cut) == 3  # at most three per page
    assert all(len(s.text) < 250 for s in cut)
    assert [seg for s in cut for seg, hit in s.segments if hit] == ["alpha", "beta", "gamma"]


def test_page_without_hits_shows_its_opening():
    count, cut = snippets(2, "Nothing to see here")
    assert count == 0 and cut[0].text == "Nothing to see here"


def test_boxes_from_highlight_with_word_offsets():
    text = "Officer Brown met Brown's sister, Ms Brown."
    marked = text.replace("Brown met", f"{O}Brown{C} met").replace("Ms Brown", f"Ms {O}Brown{C}")
    boxes = highlight_boxes(_words(text), marked)
    assert [b.text for b in boxes] == ["Brown", "Brown."]
    assert boxes[0] == Box(80.0, 100.0, 130.0, 112.0, "Brown")


def test_boxes_without_offsets_are_placed_in_order():
    text = "run and run again"
    marked = f"run and {O}run{C} again"  # only the second occurrence was highlighted
    boxes = highlight_boxes(_words(text, offsets=False), marked)
    assert [(b.text, b.x0) for b in boxes] == [("run", 80.0)]


def test_stale_offsets_fall_back_to_searching_the_text():
    words = _words("meeting about abuse")
    for w in words:
        w["start"] += 5  # offsets from another version of the text
        w["end"] += 5
    boxes = highlight_boxes(words, f"meeting about {O}abuse{C}")
    assert [b.text for b in boxes] == ["abuse"]


def test_terms_fallback_when_no_highlight():
    words = _words("Organisation of the hearings; child protection, Child.")
    boxes = highlight_boxes(words, None, ["organis*", "child protection"])
    assert [b.text for b in boxes] == ["Organisation", "child", "protection,", "Child."]


def test_words_as_objects():
    from ingest.pages import build_page

    page = build_page(1, 600, 800, False, [[("The", 10, 10, 30, 20), ("girls", 35, 10, 60, 20)],
                                           [("ran", 10, 30, 30, 40)]])
    boxes = highlight_boxes(page.words, f"The {O}girls{C}\nran")
    assert boxes == [Box(35.0, 10.0, 60.0, 20.0, "girls")]


def test_a_common_word_does_not_make_one_snippet_of_the_whole_page():
    from search.mapping import MARK_CLOSE, MARK_OPEN
    from search.results import MAX_SNIPPET, SNIPPET_CONTEXT, snippets

    page = " ".join(f"{MARK_OPEN}the{MARK_CLOSE} word{i} and" for i in range(400))
    hits, cut = snippets(1, page)
    assert hits == 400 and len(cut) == 3
    assert all(len(s.text) <= MAX_SNIPPET + 2 * SNIPPET_CONTEXT for s in cut)


def test_facets_by_documents_then_name_and_years_newest_first():
    """Elasticsearch orders buckets by pages; results are counted by document."""
    from search.results import parse_search

    def bucket(key: object, pages: int, documents: int) -> dict:
        return {"key": key, "doc_count": pages, "documents": {"value": documents}}

    response = {"hits": {"hits": [], "total": {"value": 0}}, "aggregations": {
        "provider": {"buckets": [bucket("Long report", 40, 1), bucket("zeta", 9, 3),
                                 bucket("alpha", 3, 3), bucket("Beta", 2, 1)]},
        "year": {"buckets": [bucket(2021, 1, 1), bucket(2019, 5, 4)]}}}
    facets = parse_search(response).facets
    assert [v.value for v in facets["provider"]] == ["alpha", "zeta", "Beta", "Long report"]
    assert [v.value for v in facets["year"]] == [2021, 2019]
