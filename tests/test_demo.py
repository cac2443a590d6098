"""`inquiry demo load` on an empty instance: the demonstration documents go through intake
and a real worker (extraction, OCR, tagging, indexing), and then every example on the
search help page finds at least one document through the app, for a counsel who has no
grant to the restricted demonstration document (which stays invisible to them)."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from inquiry.cli import main
from inquiry.extensions import db
from inquiry.models import Document, User
from inquiry.services.demo_set import DOCUMENTS
from search.help import EXAMPLES
from tests.conftest import sign_in
from tests.search_fixtures import refresh

pytestmark = [pytest.mark.services, pytest.mark.usefixtures("fresh_search_and_store")]

URN_RE = re.compile(r'<h3><a href="/documents/(INQ\d+)\?')


def test_demo_set_answers_every_help_example(app, runner, worker, client, make_user):
    outcome = runner.invoke(main, ["demo", "load", "--timeout", "400"])
    assert outcome.exit_code == 0, outcome.output
    assert f"{len(DOCUMENTS)} stored now" in outcome.output
    refresh(app)
    with app.app_context():
        documents = {d.filename: d for d in db.session.scalars(select(Document))}
        assert {d.status for d in documents.values()} == {"ready"}
        restricted = documents["demo-intelligence.pdf"]
        assert restricted.restricted
        assert documents["demo-letter.pdf"].ocr_pages == 1
        assert documents["demo-email.pdf"].review_status == "approved"
        # the two reviewers that approval needs are switched off once it is done
        assert not any(u.active for u in db.session.scalars(
            select(User).where(User.email.like("demo-reviewer-%"))))
        restricted_urn = restricted.urn

    counsel = make_user("counsel")
    assert sign_in(client, counsel).status_code == 302
    help_page = client.get("/search/help").get_data(as_text=True)
    links = [link.replace("&amp;", "&")
             for link in re.findall(r'href="(/search/\?q=[^"]+)"', help_page)]
    assert len(links) == len(EXAMPLES)
    empty, seen = [], set()
    for link, example in zip(links, EXAMPLES, strict=True):
        response = client.get(link)
        assert response.status_code == 200, (example, response.get_data(as_text=True)[:500])
        found = URN_RE.findall(response.get_data(as_text=True))
        if not found:
            empty.append(example)
        seen.update(found)
    assert not empty, f"help examples with no result on the demo set: {empty}"
    assert restricted_urn not in seen  # restricted like any document: no grant, no sight
    with app.app_context():
        from inquiry.services import access
        from inquiry.services.actor import SYSTEM

        access.grant(db.session.scalar(select(Document).where(Document.urn == restricted_urn)),
                     db.session.get(User, counsel.id), SYSTEM)
    refresh(app)
    granted = client.get("/search/", query_string={"q": '"police misconduct"'})
    assert restricted_urn in URN_RE.findall(granted.get_data(as_text=True))

    again = runner.invoke(main, ["demo", "load", "--no-wait"])
    assert again.exit_code == 0, again.output
    assert f"0 stored now, {len(DOCUMENTS)} already held" in again.output
