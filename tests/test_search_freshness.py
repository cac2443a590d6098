"""A change a user makes is in their very next search, with no wait: a tag, a grant, a
revocation, a metadata edit, made straight after the worker indexed the document.

The index's periodic refresh is switched off for these tests, so a document indexed and
not yet searchable stays that way until something refreshes it on purpose: the tests do
not depend on how fast the machine is (against search-found pages they always failed)."""

from __future__ import annotations

import re

import pytest

from tests.conftest import csrf_token, sign_in
from tests.search_fixtures import Doc, add_documents, corpus

pytestmark = [pytest.mark.services, pytest.mark.usefixtures("fresh_search_and_store")]

URN_RE = re.compile(r'<h3><a href="/documents/(INQ\d+)\?')


@pytest.fixture
def unrefreshed(app):  # noqa: ANN001, ANN201
    """The alias's index, made now, that refreshes only when told to."""
    from inquiry.services import search_index

    with app.app_context():
        es, alias = search_index.client(), search_index.alias()
        es.indices.put_settings(index=alias, settings={"index": {"refresh_interval": "-1"}})
    yield alias
    with app.app_context():
        es.indices.put_settings(index=alias, settings={"index": {"refresh_interval": "1s"}},
                                ignore_unavailable=True)


def signed_in_as(app, account):  # noqa: ANN001, ANN201
    client = app.test_client()
    assert sign_in(client, account).status_code == 302
    return client


def urns(client, q: str) -> list[str]:  # noqa: ANN001
    response = client.get("/search/", query_string={"q": q})
    assert response.status_code == 200
    return URN_RE.findall(response.get_data(as_text=True))


def test_a_tag_made_just_after_indexing_is_in_the_next_search(app, make_user, unrefreshed):
    add_documents(app, corpus(), refresh=False)
    counsel = signed_in_as(app, make_user("counsel"))
    view = "/documents/INQ900003"
    assert counsel.post(f"{view}/tags", data={"name": "Licensing",
                                              "csrf_token": csrf_token(counsel, view)}
                        ).status_code in (302, 303)
    assert urns(counsel, "tag:licensing") == ["INQ900003"]
    counsel.post(f"{view}/tags/remove", data={"name": "licensing",
                                              "csrf_token": csrf_token(counsel, view)})
    assert urns(counsel, "tag:licensing") == []


def test_a_revocation_just_after_indexing_holds_before_the_request_returns(
        app, make_user, unrefreshed):
    reader, admin = make_user("counsel"), make_user("admin")
    add_documents(app, [Doc("INQ900010", ["Informant handling notes.", "More informant."],
                            restricted=True, grants=[reader.id])], refresh=False)
    officer = signed_in_as(app, admin)
    access = "/documents/INQ900010/access"
    assert officer.post(f"{access}/revoke", data={
        "user_id": reader.id, "csrf_token": csrf_token(officer, access)}).status_code == 302
    lawyer = signed_in_as(app, reader)
    assert urns(lawyer, "informant") == []
    assert urns(lawyer, "urn:INQ900010") == []
    assert officer.post(f"{access}/grant", data={
        "email": reader.email, "csrf_token": csrf_token(officer, access)}).status_code == 302
    assert urns(lawyer, "informant") == ["INQ900010"]


def test_a_metadata_edit_just_after_indexing_is_in_the_next_search(app, make_user,
                                                                    unrefreshed):
    add_documents(app, corpus(), refresh=False)
    clerk = signed_in_as(app, make_user("clerk", "counsel"))
    edit = "/documents/INQ900003/edit"
    form = clerk.get(edit).get_data(as_text=True)
    version = re.search(r'name="version" type="hidden" value="(\d+)"', form).group(1)
    assert clerk.post(edit, data={
        "version": version, "provider": "Greater Manchester Police", "document_type": "email",
        "document_date": "2012-07-09", "description": "x",
        "csrf_token": csrf_token(clerk, edit)}).status_code == 302
    assert urns(clerk, 'provider:"Greater Manchester Police"') == ["INQ900003"]
