"""Search through the app against the real Elasticsearch node: every query form, invalid
queries, results, facets, the viewer's hits, access to restricted documents, counsel's
tools, rate limits and the CLI."""

from __future__ import annotations

import csv
import io
import json
import re
import threading

import pytest
from sqlalchemy import select

from inquiry.cli import main
from inquiry.extensions import db
from inquiry.models import AuditEntry, SearchHistory
from tests.conftest import csrf_token, sign_in
from tests.search_fixtures import add_documents, add_pdf_document, corpus, refresh

pytestmark = [pytest.mark.services, pytest.mark.usefixtures("fresh_search_and_store")]

URN_RE = re.compile(r'<h3><a href="/documents/(INQ\d+)\?')


@pytest.fixture
def counsel(client, make_user):  # noqa: ANN001, ANN201
    account = make_user("counsel")
    assert sign_in(client, account).status_code == 302
    client.account = account
    return client


@pytest.fixture
def docs(app, counsel):  # noqa: ANN001, ANN201
    return add_documents(app, corpus())


def urns(response) -> list[str]:  # noqa: ANN001
    return URN_RE.findall(response.get_data(as_text=True))


def search(client, q: str = "", **params):  # noqa: ANN001, ANN201
    return client.get("/search/", query_string={"q": q, **params})


QUERY_FORMS = [
    # words, stemmed: "drove" only in 1; "officers" finds "officer" (stemmed)
    ("taxi", {"INQ900001", "INQ900003"}),
    ("taxi takeaway", {"INQ900001"}),
    ('"taxi driver"', {"INQ900001"}),
    ('"driver taxi"', set()),
    ("taxi AND sergeant", {"INQ900003"}),
    ("sergeant OR minutes", {"INQ900002", "INQ900003"}),
    ("taxi NOT sergeant", {"INQ900001"}),
    ("taxi -sergeant", {"INQ900001"}),
    ("(sergeant OR strategy) AND (crime OR council)", {"INQ900002", "INQ900003"}),
    ('"taxi girl"~5', {"INQ900001"}),
    ('"taxi girl"~1', set()),
    ("safeguard*", {"INQ900002"}),
    ("Rotherh*", {"INQ900001"}),
    ("sargeant~", {"INQ900003"}),
    ("takaway~1", {"INQ900001"}),
    ("urn:INQ900002", {"INQ900002"}),
    ("urn:INQ90000*", {"INQ900001", "INQ900002", "INQ900003"}),
    ('provider:"South Yorkshire Police"', {"INQ900001", "INQ900003"}),
    ("provider:South*", {"INQ900001", "INQ900003"}),
    ("type:email", {"INQ900003"}),
    ("type:minutes OR type:email", {"INQ900002", "INQ900003"}),
    ('person:"Ahmed Khan"', {"INQ900001", "INQ900003"}),
    ("place:Sheffield", {"INQ900003"}),
    ('agency:"Rotherham Council"', {"INQ900002"}),
    ("date:2003", {"INQ900001"}),
    ("date:2003-01-01..2010-12-31", {"INQ900001", "INQ900002"}),
    ("date:>=2010", {"INQ900002", "INQ900003"}),
    ("date:..2009", {"INQ900001"}),
    ("year:2010..2012", {"INQ900002", "INQ900003"}),
    ("taxi date:2012", {"INQ900003"}),
    ("ocr:yes", {"INQ900002"}),
    ("page:3", {"INQ900001"}),
]


@pytest.mark.parametrize(("q", "expected"), QUERY_FORMS, ids=[q for q, _ in QUERY_FORMS])
def test_query_forms(counsel, docs, q: str, expected: set[str]):
    response = search(counsel, q)
    assert response.status_code == 200, response.get_data(as_text=True)[:2000]
    assert set(urns(response)) == expected


def test_tag_field_and_exact_mode(app, counsel, docs):
    counsel.post("/documents/INQ900003/tags", data={
        "name": "Chronology", "csrf_token": csrf_token(counsel, "/documents/INQ900003")})
    assert urns(search(counsel, "tag:chronology")) == ["INQ900003"]
    # stemmed by default: "girls" finds "girl"; exact mode does not
    assert urns(search(counsel, "girls")) == ["INQ900001"]
    assert urns(search(counsel, "girls", exact="1")) == []
    assert urns(search(counsel, "girl", exact="1")) == ["INQ900001"]


INVALID = [
    ('"taxi driver', "quote"),
    ("(taxi OR sergeant", "parenthes"),
    ("taxi AND", "AND"),
    ("colour:red", "colour"),
    ("date:2019-13-45", "date"),
    ("taxi)", "parenthes"),
    ("OR", "OR"),
]


@pytest.mark.parametrize(("q", "word"), INVALID, ids=[q for q, _ in INVALID])
def test_invalid_queries_get_a_helpful_message(app, counsel, docs, q: str, word: str):
    response = search(counsel, q)
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "The search could not be run" in page
    assert 'class="query-pointer"' in page and "^" in page
    assert word.lower() in page.lower()
    assert "How to search" in page or "how to write a search" in page
    with app.app_context():  # nothing recorded for a search that never ran
        assert db.session.scalar(select(SearchHistory.id)) is None


@pytest.mark.parametrize("params", [{"page": "x"}, {"sort": "sideways"}, {"year": "nineteen"},
                                    {"date_from": "yesterday"}, {"scope": "everything"},
                                    {"page": "600"}, {"ocr": "maybe"}])
def test_bad_parameters_are_400_not_500(counsel, docs, params):
    response = search(counsel, "taxi", **params)
    assert response.status_code == 400
    assert "The search could not be run" in response.get_data(as_text=True)


def test_results_snippets_pages_hits_facets_sort_and_paging(app, counsel, docs):
    response = search(counsel, "officer")
    page = response.get_data(as_text=True)
    assert "<mark>officer</mark>" in page
    assert ">Page 2</a> <span class=\"count\">2 hits</span>" in page
    assert 'href="/documents/INQ900001?page=2&amp;q=officer"' in page
    everything = search(counsel, "", sort="date_desc", provider="South Yorkshire Police")
    assert urns(everything) == ["INQ900003", "INQ900001"]
    assert urns(search(counsel, "taxi", sort="date_asc")) == ["INQ900001", "INQ900003"]
    facets = search(counsel, "Rotherham OR taxi").get_data(as_text=True)
    assert re.search(r"South Yorkshire Police</a> <span class=\"count\">2</span>", facets)
    assert re.search(r">Witness statement</a> <span class=\"count\">1</span>", facets)
    assert re.search(r">2003</a> <span class=\"count\">1</span>", facets)
    assert ">Text layer</a>" in facets and ">Unreviewed</a>" in facets
    assert ">OCR</a>" in search(counsel, "meeting").get_data(as_text=True)
    # a facet link narrows the search, and shows as selected
    link = re.search(r'href="/search/\?([^"]*document_type=email[^"]*)"', facets).group(1)
    narrowed = counsel.get("/search/?" + link.replace("&amp;", "&"))
    assert urns(narrowed) == ["INQ900003"]
    assert 'aria-current="true"' in narrowed.get_data(as_text=True)
    # paging: more documents than one page holds
    extra = [corpus()[0].__class__(f"INQ91{i:04d}", [f"bulk page about the taxi {i}"])
             for i in range(25)]
    add_documents(app, extra)
    first = search(counsel, "bulk")
    assert len(urns(first)) == 20 and "Page 1 of 2" in first.get_data(as_text=True)
    second = search(counsel, "bulk", page="2")
    assert len(urns(second)) == 5
    assert not set(urns(first)) & set(urns(second))


def test_viewer_draws_hits_from_word_boxes(app, counsel, tmp_path):
    """A real PDF through extraction, so the page has words with boxes."""
    add_pdf_document(app, tmp_path, "INQ900100", ["The taxi stopped. Another taxi followed",
                                                  "the first taxi to the house."])
    html = counsel.get("/documents/INQ900100?page=1&q=taxi").get_data(as_text=True)
    assert html.count('class="hit"') == 3
    assert "<strong>3</strong> hits for <code>taxi</code>" in html
    assert counsel.get("/documents/INQ900100?page=1&q=%22taxi").status_code == 200  # bad q
    assert 'class="hit"' not in counsel.get("/documents/INQ900100?page=1").get_data(
        as_text=True)


def test_restricted_document_never_appears_without_a_grant(app, client, make_user):
    granted, other = make_user("counsel"), make_user("counsel")
    admin = make_user("admin")
    add_documents(app, corpus(restricted_grants=[granted.id]))

    def as_user(account):  # noqa: ANN001, ANN202
        client.cookie_jar.clear() if hasattr(client, "cookie_jar") else None
        client.post("/sign-out", data={"csrf_token": csrf_token(client, "/")}) \
            if client.get("/").status_code == 200 else None
        assert sign_in(client, account).status_code == 302
        return client

    def sees_restricted(c) -> dict[str, bool]:  # noqa: ANN001
        found = {}
        found["search"] = "INQ900004" in urns(search(c, "taxi"))
        found["browse"] = "INQ900004" in urns(search(c, "", sort="urn"))
        found["facet"] = "Gerald Pinkerton" in search(c, "police").get_data(as_text=True)
        found["urn"] = bool(urns(search(c, "urn:INQ900004")))
        found["entity"] = "INQ900004" in c.get(
            "/entities/person/Gerald Pinkerton").get_data(as_text=True)
        export = c.get("/search/export.csv", query_string={"q": "taxi"})
        found["export"] = "INQ900004" in export.get_data(as_text=True)
        batch = c.post("/search/batch", data={"terms": "Pinkerton\ntaxi",
                                              "csrf_token": csrf_token(c, "/search/batch"),
                                              "show": "Count hits"})
        found["batch"] = "INQ900004" in batch.get_data(as_text=True)
        found["viewer"] = c.get("/documents/INQ900004").status_code == 200
        found["list"] = "INQ900004" in c.get("/documents/").get_data(as_text=True)
        return found

    as_user(other)
    assert not any(sees_restricted(client).values()), sees_restricted(client)
    as_user(granted)
    assert all(sees_restricted(client).values()), sees_restricted(client)
    # an admin grants the other user access through the UI, then revokes it
    as_user(admin)
    response = client.post("/documents/INQ900004/access/grant", data={
        "email": other.email, "csrf_token": csrf_token(client, "/documents/INQ900004/access")})
    assert response.status_code == 302
    as_user(other)
    assert all(sees_restricted(client).values())
    as_user(admin)
    client.post("/documents/INQ900004/access/revoke", data={
        "user_id": other.id, "csrf_token": csrf_token(client, "/documents/INQ900004/access")})
    as_user(other)
    assert not any(sees_restricted(client).values())
    with app.app_context():
        actions = set(db.session.scalars(select(AuditEntry.action)))
    assert {"document.access_granted", "document.access_revoked", "document.access_denied",
            "search.run", "search.export", "search.batch", "entity.view"} <= actions


def test_export_csv_lists_documents_and_pages(counsel, docs):
    response = counsel.get("/search/export.csv", query_string={"q": "officer OR taxi"})
    assert response.status_code == 200 and response.mimetype == "text/csv"
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True))))
    assert rows[0] == ["URN", "Title", "Provider", "Date", "Pages with hits", "Hits"]
    by_urn = {r[0]: r for r in rows[1:]}
    assert set(by_urn) == {"INQ900001", "INQ900003"}
    assert by_urn["INQ900001"][4] == "pp. 1, 2"  # "1-2" becomes a date in a spreadsheet
    assert by_urn["INQ900003"][4] == "p. 1"  # a bare "1" would be a number
    assert int(by_urn["INQ900001"][5]) >= 3
    bad = counsel.get("/search/export.csv", query_string={"q": '"open'})
    assert bad.status_code == 303


def test_export_csv_reads_back_as_written_in_a_spreadsheet(app, counsel, tmp_path):
    """Through LibreOffice Calc with type detection on, as a user double-clicking it: page
    lists stay text, a title that looks like a formula stays text, hits are numbers."""
    from tests.search_fixtures import Doc
    from tests.spreadsheet import read_back

    add_documents(app, [
        *corpus(),
        Doc("INQ900005", [f"Page {n} of the taxi log." for n in range(1, 8)] + ["Unrelated."],
            provider="=HYPERLINK(\"http://example.org\",\"click\")",
            description="-2+3 taxi log, 3/4 complete"),
    ])
    response = counsel.get("/search/export.csv", query_string={"q": "officer OR taxi"})
    rows = read_back(response.get_data(as_text=True), tmp_path / "calc")
    assert rows[0] == ("URN", "Title", "Provider", "Date", "Pages with hits", "Hits")
    by_urn = {row[0]: row for row in rows[1:]}
    assert set(by_urn) == {"INQ900001", "INQ900003", "INQ900005"}
    assert by_urn["INQ900001"][4] == "pp. 1, 2"
    assert by_urn["INQ900003"][4] == "p. 1"
    assert by_urn["INQ900005"][4] == "pp. 1-7"
    assert by_urn["INQ900005"][1] == "'-2+3 taxi log, 3/4 complete"  # text, not 1
    assert by_urn["INQ900005"][2].startswith("'=HYPERLINK(")  # text, not a formula
    assert by_urn["INQ900001"][1] == "Witness statement of a parent"
    assert by_urn["INQ900001"][3].date().isoformat() == "2003-05-01"  # a date, rightly
    assert isinstance(by_urn["INQ900001"][5], int) and by_urn["INQ900001"][5] >= 3


def test_facets_by_count_then_name_with_show_more_and_a_drawn_glyph(app, counsel):
    """Elasticsearch orders buckets by pages; the page orders them by documents, then by
    name, shows the first few and keeps the rest behind a <details> "show more"."""
    from tests.search_fixtures import Doc

    docs = [Doc("INQ900201", ["taxi " * 3] * 6, provider="Alpha Agency"),  # 6 pages, 1 doc
            Doc("INQ900202", ["taxi"], provider="beta Council"),
            *(Doc(f"INQ90030{i}", ["taxi"], provider="Zeta Police") for i in range(3)),
            *(Doc(f"INQ90040{i}", ["taxi"], provider="Gamma Trust") for i in range(2))]
    # real-looking names: indexing resolves mentions, and "Person Aa" is a cipher's label
    names = [f"{given} Pennock" for given in ("Abigail", "Bethan", "Ciaran", "Delyth", "Eamon",
                                              "Ffion", "Gareth", "Hywel", "Iolo", "Jessamy",
                                              "Kieran")]
    docs[0].mentions = [(1, "person", n) for n in names]
    add_documents(app, docs)
    page = search(counsel, "taxi").get_data(as_text=True)
    providers = page[page.index('id="facet-provider"'):]
    providers = providers[:providers.index("</section>")]
    found = re.findall(r'>([^<>]+)</a> <span class="count">(\d+)</span>', providers)
    assert found == [("Zeta Police", "3"), ("Gamma Trust", "2"), ("Alpha Agency", "1"),
                     ("beta Council", "1")]
    assert "<h2 id=\"facet-provider\">Providers</h2>" in page
    assert ">People</h2>" in page and ">Document types</h2>" in page
    people = page[page.index('id="facet-persons"'):]
    people = people[:people.index("</section>")]
    shown, more = people.split('<details class="facet-more">')
    assert "<summary>Show 3 more</summary>" in more
    assert re.findall(r">(\w+ Pennock)</a>", shown) == names[:8]
    assert re.findall(r">(\w+ Pennock)</a>", more) == names[8:]
    # the entity page link is a drawn picture, not a character a font may lack
    links = re.findall(r'class="entity-link"[^>]*>(.*?)</a>', people, re.S)
    assert len(links) == 11
    assert all(link.startswith("<svg") and link.isascii() for link in links)
    assert "\u24d8" not in page
    # a chosen value among the hidden ones opens the list
    chosen = search(counsel, "taxi", persons=names[10]).get_data(as_text=True)
    assert '<details class="facet-more" open>' in chosen


def test_batch_search_paste_upload_and_csv(app, counsel, docs):
    token = csrf_token(counsel, "/search/batch")
    response = counsel.post("/search/batch", data={
        "terms": "Ahmed Khan\n\"taxi driver\"\nnobody-at-all\n(broken\ntaxi\ntaxi",
        "csrf_token": token, "show": "Count hits"})
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "5 terms" in page  # the repeat is dropped
    rows = re.findall(r"<tr>\s*<td>(.*?)</td>\s*(.*?)</tr>", page, re.S)
    assert len(rows) == 5
    assert re.search(r"taxi</a></td>\s*<td>2</td><td>2</td>", page)
    assert "unbalanced" in page.lower() or "bracket" in page.lower()
    upload = counsel.post("/search/batch", data={
        "file": (io.BytesIO(b"\xef\xbb\xbfname\nSheffield,extra column\ntaxi\n"), "names.csv"),
        "csrf_token": token, "download": "Download CSV"}, content_type="multipart/form-data")
    assert upload.mimetype == "text/csv"
    table = list(csv.reader(io.StringIO(upload.get_data(as_text=True))))
    assert [r[0] for r in table[1:]] == ["name", "Sheffield", "taxi"]
    assert table[2][1:3] == ["1", "1"] and "INQ900003 p1" in table[2][3]
    empty = counsel.post("/search/batch", data={"terms": "  \n", "csrf_token": token,
                                                 "show": "Count hits"})
    assert empty.status_code == 400
    binary = counsel.post("/search/batch", data={
        "file": (io.BytesIO(b"\xff\xfe\x00bad"), "x.txt"), "csrf_token": token,
        "show": "Count hits"}, content_type="multipart/form-data")
    assert binary.status_code == 400 and "UTF-8" in binary.get_data(as_text=True)
    with app.app_context():  # issue 14: the terms themselves are in the audit trail
        details = [json.loads(e.details) for e in db.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "search.batch")
            .order_by(AuditEntry.seq))]
    assert details[0]["terms"] == ["Ahmed Khan", '"taxi driver"', "nobody-at-all", "(broken",
                                   "taxi"]
    assert details[1]["terms"] == ["name", "Sheffield", "taxi"]


def test_saved_searches_and_history(app, counsel, docs):
    search(counsel, "taxi", sort="date_asc")
    search(counsel, "sergeant")
    history = counsel.get("/search/history").get_data(as_text=True)
    assert history.index("sergeant") < history.index("taxi")
    page = search(counsel, "taxi", provider="South Yorkshire Police").get_data(as_text=True)
    params = re.search(r'name="params" type="hidden" value="([^"]*)"', page).group(1)
    response = counsel.post("/search/saved", data={
        "name": "Taxi, SYP", "q": "taxi", "params": params.replace("&amp;", "&"),
        "csrf_token": csrf_token(counsel, "/search/saved")})
    assert response.status_code == 302
    saved = counsel.get("/search/saved").get_data(as_text=True)
    link = re.search(r'<a href="(/search/\?[^"]+)">Taxi, SYP</a>', saved).group(1)
    assert set(urns(counsel.get(link.replace("&amp;", "&")))) == {"INQ900001", "INQ900003"}
    bad = counsel.post("/search/saved", data={"name": "broken", "q": "(taxi",
                                              "params": "q=%28taxi",
                                              "csrf_token": csrf_token(counsel, "/search/saved")})
    assert bad.status_code == 303
    assert "broken" not in counsel.get("/search/saved").get_data(as_text=True)


def test_tags_are_shared_and_searchable_notes_are_private(app, client, make_user):
    one, two = make_user("counsel"), make_user("counsel")
    add_documents(app, corpus())
    assert sign_in(client, one).status_code == 302
    view = "/documents/INQ900002"
    client.post(f"{view}/tags", data={"name": "  Key  Document ", "csrf_token":
                                      csrf_token(client, view)})
    bad = client.post(f"{view}/tags", data={"name": "<script>", "csrf_token":
                                            csrf_token(client, view)}, follow_redirects=True)
    assert "A tag is 1 to 64" in bad.get_data(as_text=True)
    client.post(f"{view}/notes", data={"body": "Check against the 2010 review", "page": "2",
                                       "csrf_token": csrf_token(client, view)})
    assert urns(search(client, 'tag:"key document"')) == ["INQ900002"]
    page = client.get(view).get_data(as_text=True)
    assert "key document" in page and "Check against the 2010 review" in page
    note_id = re.search(r"/notes/(\d+)/edit", page).group(1)
    client.post("/sign-out", data={"csrf_token": csrf_token(client, "/")})
    assert sign_in(client, two).status_code == 302
    page = client.get(view).get_data(as_text=True)
    assert "key document" in page and "Check against the 2010 review" not in page
    steal = client.post(f"{view}/notes/{note_id}/edit", data={
        "body": "overwritten", "csrf_token": csrf_token(client, view)}, follow_redirects=True)
    assert "That note does not exist" in steal.get_data(as_text=True)
    client.post(f"{view}/tags/remove", data={"name": "key document",
                                             "csrf_token": csrf_token(client, view)})
    assert urns(search(client, 'tag:"key document"')) == []


def test_metadata_change_reaches_the_index_and_stale_forms_are_refused(app, client,
                                                                       make_user):
    clerk, lawyer = make_user("clerk"), make_user("counsel")
    add_documents(app, corpus())
    assert sign_in(client, clerk).status_code == 302
    form = client.get("/documents/INQ900003/edit").get_data(as_text=True)
    version = re.search(r'name="version" type="hidden" value="(\d+)"', form).group(1)
    data = {"version": version, "provider": "Greater Manchester Police",
            "document_type": "email", "document_date": "2012-07-09", "description": "x",
            "csrf_token": csrf_token(client, "/documents/INQ900003/edit")}
    assert client.post("/documents/INQ900003/edit", data=data).status_code == 302
    stale = client.post("/documents/INQ900003/edit", data={**data, "provider": "Other"})
    assert stale.status_code == 409
    assert "changed by someone else" in stale.get_data(as_text=True)
    future = client.post("/documents/INQ900003/edit", data={
        **data, "version": str(int(version) + 1), "received_date": "2011-01-01"})
    assert future.status_code == 400
    client.post("/sign-out", data={"csrf_token": csrf_token(client, "/")})
    assert sign_in(client, lawyer).status_code == 302
    assert urns(search(client, 'provider:"Greater Manchester Police"')) == ["INQ900003"]


def test_entity_page_and_admin_merge(app, client, make_user):
    admin, lawyer = make_user("admin"), make_user("counsel")
    add_documents(app, corpus())
    assert sign_in(client, lawyer).status_code == 302
    page = client.get("/entities/person/Ahmed Khan").get_data(as_text=True)
    assert "INQ900001" in page and "INQ900003" in page
    # places on the same pages as him: Sheffield; Rotherham is elsewhere in his documents
    assert ">Sheffield</a>" in page and ">Rotherham</a>" not in page
    assert "Places mentioned with it" in page  # headings from the plural names
    assert client.get("/entities/planet/Mars").status_code == 404
    assert client.get("/entities/merges").status_code == 403
    client.post("/sign-out", data={"csrf_token": csrf_token(client, "/")})
    assert sign_in(client, admin).status_code == 302
    response = client.post("/entities/merges", data={
        "kind": "agency", "duplicate": "Rotherham Council",
        "canonical": "Rotherham Metropolitan Borough Council",
        "csrf_token": csrf_token(client, "/entities/merges")})
    assert response.status_code == 302
    again = client.post("/entities/merges", data={
        "kind": "agency", "duplicate": "Rotherham Council", "canonical": "Other",
        "csrf_token": csrf_token(client, "/entities/merges")})
    assert again.status_code == 400 and "already merged" in again.get_data(as_text=True)
    refresh(app)
    client.post("/sign-out", data={"csrf_token": csrf_token(client, "/")})
    assert sign_in(client, lawyer).status_code == 302
    assert urns(search(client, 'agency:"Rotherham Metropolitan Borough Council"')) == [
        "INQ900002"]
    assert urns(search(client, 'agency:"Rotherham Council"')) == []


def test_per_user_rate_limit_on_exports(counsel, docs):
    codes = [counsel.get("/search/export.csv", query_string={"q": "taxi"}).status_code
             for _ in range(31)]
    assert codes[:30] == [200] * 30 and codes[30] == 429


def test_search_unavailable_is_a_clear_503(app, counsel, docs, monkeypatch):
    from inquiry.services import search_index

    with app.app_context():
        good = search_index.client()
    from elasticsearch import Elasticsearch

    dead = Elasticsearch("http://127.0.0.1:9", request_timeout=1, max_retries=0)
    monkeypatch.setattr(search_index, "client", lambda: dead)
    response = search(counsel, "taxi")
    assert response.status_code == 503
    assert "Search is not available" in response.get_data(as_text=True)
    monkeypatch.setattr(search_index, "client", lambda: good)
    assert search(counsel, "taxi").status_code == 200


def test_reindex_under_concurrent_searching_and_check(app, counsel, docs, runner):
    from inquiry.services import search_index
    from search import mapping

    results: list[tuple[int, int]] = []
    stop = threading.Event()

    def keep_searching() -> None:
        c = app.test_client()
        with c.session_transaction() as session, counsel.session_transaction() as theirs:
            session.update(dict(theirs))
        while not stop.is_set():
            r = c.get("/search/", query_string={"q": "taxi"})
            results.append((r.status_code, len(urns(r))))
            stop.wait(0.3)  # a reader, not a scraper: under the per-user rate limit

    thread = threading.Thread(target=keep_searching)
    thread.start()
    try:
        outcome = runner.invoke(main, ["search", "reindex"])
    finally:
        stop.set()
        thread.join(30)
    assert outcome.exit_code == 0, outcome.output
    assert "indexed 4 documents, 7 pages" in outcome.output
    assert len(results) >= 3
    assert all(r == (200, 2) for r in results), [r for r in results if r != (200, 2)][:5]
    check = runner.invoke(main, ["search", "check"])
    assert check.exit_code == 0 and "agree" in check.output
    with app.app_context():  # drift: one document's pages gone from the index
        from search import indexer

        indexer.delete_document(search_index.client(), search_index.alias(), docs["INQ900002"],
                                refresh=True)
    check = runner.invoke(main, ["search", "check"])
    assert check.exit_code == 1 and f"missing     document {docs['INQ900002']}" in check.output
    repaired = runner.invoke(main, ["search", "check", "--repair"])
    assert repaired.exit_code == 0 and "repaired 1" in repaired.output
    refresh(app)
    assert runner.invoke(main, ["search", "check"]).exit_code == 0
    status = runner.invoke(main, ["search", "status"])
    assert "documents   4" in status.output and "pages       7" in status.output
    assert f"analysis    {mapping.ANALYSIS}; word forms at query time" in status.output


def test_search_pages_need_the_permission(signed_in):
    clerk = signed_in("clerk")
    for path in ("/search/", "/search/help", "/search/batch", "/search/saved",
                 "/search/history", "/search/export.csv", "/entities/person/x"):
        assert clerk.get(path).status_code == 403, path


def test_help_page_examples_all_run(counsel, docs):
    page = counsel.get("/search/help").get_data(as_text=True)
    assert "OR binds before AND" in page
    links = re.findall(r'href="(/search/\?q=[^"]+)"', page)
    assert len(links) > 30
    for link in links:
        assert counsel.get(link.replace("&amp;", "&")).status_code == 200, link


def test_restricted_upload_is_seen_by_its_uploader_only(app, client, make_user, worker,
                                                        tmp_path):
    from inquiry.models import Document
    from tests import pdfs
    from tests.conftest import wait_for

    uploader, colleague = make_user("clerk"), make_user("clerk")
    assert sign_in(client, uploader).status_code == 302
    pdf = pdfs.text_pdf(tmp_path, ["Restricted informant material."])
    response = client.post("/documents/upload", data={
        "provider": "National Crime Agency", "document_type": "report", "restricted": "y",
        "csrf_token": csrf_token(client, "/documents/upload"),
        "files": [(io.BytesIO(pdf.read_bytes()), "secret.pdf")]},
        content_type="multipart/form-data")
    urn = re.search(r'as <a href="/documents/(INQ\d{6})"', response.get_data(as_text=True))[1]
    assert urn in client.get("/documents/").get_data(as_text=True)
    assert client.get(f"/documents/{urn}").status_code == 200
    client.post("/sign-out", data={"csrf_token": csrf_token(client, "/")})
    assert sign_in(client, colleague).status_code == 302
    assert urn not in client.get("/documents/").get_data(as_text=True)
    assert client.get(f"/documents/{urn}").status_code == 404
    assert client.get(f"/documents/{urn}/pages/1.png").status_code == 404
    assert client.get(f"/documents/{urn}/original").status_code == 404

    def status() -> str:
        with app.app_context():
            return db.session.scalar(select(Document.status).where(Document.urn == urn))

    wait_for(lambda: status() in ("ready", "failed"), timeout=90)  # processed and indexed
    assert status() == "ready"
    refresh(app)
    client.post("/sign-out", data={"csrf_token": csrf_token(client, "/")})
    assert sign_in(client, make_user("counsel")).status_code == 302
    assert search(client, "informant").status_code == 200
    assert urns(search(client, "informant")) == []
