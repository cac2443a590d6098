from tests.conftest import sign_in


def test_sign_in_and_dashboard(client, make_user):
    account = make_user("admin")
    response = sign_in(client, account)
    assert response.status_code == 302
    page = client.get("/").get_data(as_text=True)
    assert "Welcome" in page and "Users" in page and "Audit trail" in page
