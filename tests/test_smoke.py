from tests.conftest import sign_in


def test_sign_in_and_dashboard(client, make_user):
    account = make_user("admin")
    response = sign_in(client, account)
    assert response.status_code == 302
    page = client.get("/").get_data(as_text=True)
    assert "Welcome" in page and "Users" in page and "Audit trail" in page


def test_an_unexpected_error_is_a_plain_500_page_with_a_title(app, client, make_user,
                                                               monkeypatch):
    """A fault deep in a view gives the error page, titled in words, no trace or internals."""
    def broken(*args, **kwargs):
        raise RuntimeError("a dependency renamed a method")

    account = make_user("admin")
    assert sign_in(client, account).status_code == 302
    monkeypatch.setattr("inquiry.views.main.allowed_actions", broken)
    response = client.get("/")
    body = response.get_data(as_text=True)
    assert response.status_code == 500
    assert "<title>Something went wrong" in body
    assert "property object" not in body and "renamed a method" not in body
