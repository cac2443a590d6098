"""Admin pages for accounts, and the `inquiry users` commands."""

from __future__ import annotations

import re

from sqlalchemy import select

from inquiry.cli import main
from inquiry.extensions import db
from inquiry.models import AuditEntry, User
from tests.conftest import csrf_token, sign_in


def _count_users(app) -> int:
    with app.app_context():
        return len(db.session.scalars(select(User)).all())


def test_admin_creates_an_account_with_a_one_time_password(app, signed_in):
    client = signed_in("admin")
    token = csrf_token(client, "/admin/users/new")
    response = client.post("/admin/users/new", data={
        "email": "New.Clerk@Example.org", "display_name": "New Clerk",
        "roles": ["clerk", "counsel"], "csrf_token": token})
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    password = re.search(r'id="one-time-password"><code>([^<]+)<', html)[1]
    fresh = app.test_client()
    token = csrf_token(fresh)
    assert fresh.post("/sign-in", data={"email": "new.clerk@example.org", "password": password,
                                        "csrf_token": token}).status_code == 302
    assert fresh.get("/").headers["Location"] == "/account/password"
    with app.app_context():
        entry = db.session.scalar(select(AuditEntry).where(
            AuditEntry.action == "user.create", AuditEntry.details.like("%new.clerk%")))
        assert '"roles":["clerk","counsel"]' in entry.details and password not in entry.details


def test_create_rejects_bad_input_and_changes_nothing(app, signed_in):
    client = signed_in("admin")
    before = _count_users(app)
    token = csrf_token(client, "/admin/users/new")
    cases = [
        ({"email": "not-an-email", "roles": ["clerk"]}, "not a valid email"),
        ({"email": "x@example.org"}, "Choose at least one role"),
        ({"email": "x@example.org", "roles": ["superuser"]}, "not a valid choice"),
        ({"email": client.account.email, "roles": ["clerk"]}, "already exists"),
        ({"email": "y@example.org", "display_name": "n" * 500, "roles": ["clerk"]},
         "Field cannot be longer"),
    ]
    for data, message in cases:
        response = client.post("/admin/users/new", data=data | {"csrf_token": token})
        assert response.status_code == 400, data
        assert message in response.get_data(as_text=True), data
    assert _count_users(app) == before


def test_admin_changes_roles_and_deactivates(app, signed_in, make_user):
    client = signed_in("admin")
    other = make_user("counsel")
    token = csrf_token(client, f"/admin/users/{other.id}")
    response = client.post(f"/admin/users/{other.id}", data={
        "display_name": "Renamed", "roles": ["reviewer"], "csrf_token": token})  # active unticked
    assert response.status_code == 302
    with app.app_context():
        user = db.session.get(User, other.id)
        assert user.roles == {"reviewer"} and not user.active and user.display_name == "Renamed"
        entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "user.update"))
        assert '"active":[true,false]' in entry.details
    assert sign_in(app.test_client(), other).status_code == 401


def test_the_last_admin_cannot_be_removed(app, signed_in, make_user):
    client = signed_in("admin")
    me = client.account
    token = csrf_token(client, f"/admin/users/{me.id}")
    response = client.post(f"/admin/users/{me.id}", data={
        "display_name": "Me", "roles": ["clerk"], "active": "y", "csrf_token": token})
    assert response.status_code == 400
    assert "your own admin role" in response.get_data(as_text=True)


def test_unknown_user_is_404_and_reset_needs_csrf(app, signed_in, make_user):
    client = signed_in("admin")
    assert client.get("/admin/users/999999").status_code == 404
    other = make_user("clerk")
    assert client.post(f"/admin/users/{other.id}/reset-password").status_code == 400
    token = csrf_token(client, f"/admin/users/{other.id}")
    response = client.post(f"/admin/users/{other.id}/reset-password", data={"csrf_token": token})
    assert response.status_code == 200 and "one-time-password" in response.get_data(as_text=True)
    assert sign_in(app.test_client(), other).status_code == 401  # old password no longer works


def test_cli_creates_users_and_first_admin(app, runner):
    result = runner.invoke(main, ["users", "create", "--email", "c@example.org",
                                  "--role", "clerk", "--role", "counsel"])
    assert result.exit_code == 0, result.output
    assert "One-time password" in result.output
    duplicate = runner.invoke(main, ["users", "create", "--email", "c@example.org",
                                     "--role", "clerk"])
    assert duplicate.exit_code == 1 and "already exists" in duplicate.output
    bad_role = runner.invoke(main, ["users", "create", "--email", "d@example.org",
                                    "--role", "king"])
    assert bad_role.exit_code == 2
    first = runner.invoke(main, ["users", "ensure-admin"])
    assert "First admin created" in first.output and "One-time password" in first.output
    again = runner.invoke(main, ["users", "ensure-admin"])
    assert "nothing to do" in again.output
    stdin = runner.invoke(main, ["users", "create", "--email", "e@example.org", "--role",
                                 "reviewer", "--password-stdin"], input="short\n")
    assert stdin.exit_code == 1 and "at least 12 characters" in stdin.output
    listing = runner.invoke(main, ["users", "list"])
    assert "c@example.org\tclerk,counsel\tactive" in listing.output
