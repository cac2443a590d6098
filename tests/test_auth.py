"""Sign-in, lockout, throttling, sessions, CSRF, and bad input on the account pages."""

from __future__ import annotations

import re

from sqlalchemy import select

from inquiry.extensions import db
from inquiry.models import AuditEntry, User
from tests.conftest import TEST_PASSWORD, csrf_token, sign_in


def _audit(app, action: str) -> list[AuditEntry]:
    with app.app_context():
        return list(db.session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def _user(app, email: str) -> User:
    with app.app_context():
        user = db.session.scalar(select(User).where(User.email == email))
        db.session.expunge(user)
        return user


def test_sign_in_succeeds_and_is_audited(app, client, make_user):
    account = make_user("counsel")
    response = sign_in(client, account)
    assert response.status_code == 302 and response.headers["Location"] == "/"
    entries = _audit(app, "auth.sign_in")
    assert [e.actor for e in entries] == [account.email]
    assert entries[0].ip == "127.0.0.1"


def test_wrong_password_shows_error_and_is_audited(app, client, make_user):
    account = make_user("counsel")
    response = sign_in(client, account, password="not the password at all")
    assert response.status_code == 401
    assert "don&#39;t match an active account" in response.get_data(as_text=True)
    assert client.get("/").status_code == 302  # still signed out
    failed = _audit(app, "auth.sign_in_failed")
    assert len(failed) == 1 and '"reason":"wrong password"' in failed[0].details
    with app.app_context():
        from inquiry.services import users

        assert [t.failures for t in users.throttles_of(account.email)] == [1]


def test_unknown_user_gets_the_same_message(app, client):
    token = csrf_token(client)
    response = client.post("/sign-in", data={"email": "nobody@example.org",
                                             "password": "whatever password", "csrf_token": token})
    assert response.status_code == 401
    assert "don&#39;t match an active account" in response.get_data(as_text=True)
    assert '"reason":"unknown account"' in _audit(app, "auth.sign_in_failed")[0].details


def test_repeated_failures_delay_that_address_only_and_say_nothing_of_the_account(
        app, client, make_user, settings):
    """After the free attempts, an (email, address) pair waits ever longer; an unknown
    address gets the very same answers; the owner signing in from elsewhere is never held up."""
    account = make_user("clerk")
    answers = {}
    for email in (account.email, "nobody-here@example.org"):
        seen = []
        for _ in range(settings.max_failed_sign_ins + 1):
            response = client.post("/sign-in", data={
                "email": email, "password": "wrong password guess",
                "csrf_token": csrf_token(client)})
            page = response.get_data(as_text=True).replace(email, "EMAIL")
            seen.append((response.status_code,
                         re.sub(r'value="[^"]*"', "", page.split("<main", 1)[-1])))
        answers[email] = seen
    assert answers[account.email] == answers["nobody-here@example.org"]
    assert "wait" in answers[account.email][-1][1] and "is locked" not in str(answers)
    # even the right password waits from this address while its delay runs (made long
    # here so the test never races the clock)...
    with app.app_context():
        from datetime import timedelta

        from inquiry.models import SignInThrottle
        from inquiry.models.base import utcnow

        for held in db.session.scalars(select(SignInThrottle)):
            held.blocked_until = utcnow() + timedelta(hours=1)
        db.session.commit()
    response = sign_in(client, account)
    assert response.status_code == 401 and "wait" in response.get_data(as_text=True)
    assert any('"reason":"throttled"' in e.details for e in _audit(app, "auth.sign_in_failed"))
    # ...but the owner, from another address, signs in at once
    elsewhere = app.test_client()
    token = csrf_token(elsewhere)
    response = elsewhere.post("/sign-in", data={"email": account.email,
                                                "password": account.password,
                                                "csrf_token": token},
                              environ_base={"REMOTE_ADDR": "10.9.8.7"})
    assert response.status_code == 302
    with app.app_context():  # delays grow: 2 s after the first failure past the free ones
        from inquiry.services import users

        held = users.throttles_of(account.email)
        assert [t.failures for t in held] == [settings.max_failed_sign_ins]
        free = settings.max_failed_sign_ins
        assert [users._delay_seconds(free + n, free, 15) for n in (-1, 0, 1, 2, 30)] == [  # noqa: SLF001
            0, 2, 4, 8, 15 * 60]


def test_sign_in_is_rate_limited_per_address(app, client, make_user):
    account = make_user("clerk", email="ratelimit@example.org")
    token = csrf_token(client)
    codes = [client.post("/sign-in", data={"email": f"x{i}@example.org", "password": "p",
                                           "csrf_token": token}).status_code
             for i in range(31)]
    assert codes[-1] == 429 and 429 not in codes[:30]
    response = sign_in(client, account)
    assert response.status_code == 429
    assert "Too many requests" in response.get_data(as_text=True)


def test_post_without_csrf_token_is_refused_and_changes_nothing(app, client, make_user):
    account = make_user("counsel")
    response = client.post("/sign-in", data={"email": account.email, "password": TEST_PASSWORD})
    assert response.status_code == 400
    assert "security token" in response.get_data(as_text=True)
    assert client.get("/").status_code == 302
    assert _audit(app, "auth.sign_in") == []


def test_overlong_and_malformed_fields_get_400_not_500(app, client, make_user):
    token = csrf_token(client)
    for data in ({"email": "a" * 5000 + "@example.org", "password": "x"},
                 {"email": "", "password": ""},
                 {"email": "user@example.org", "password": "p" * 10_000}):
        data["csrf_token"] = token
        response = client.post("/sign-in", data=data)
        assert response.status_code == 400, data
        assert "Enter your email address and password" in response.get_data(as_text=True)
    response = client.post("/sign-in", data={"email": ["a@example.org", "b@example.org"],
                                             "password": "x", "csrf_token": token})
    assert response.status_code == 401


def test_session_cookie_flags(client, make_user):
    response = sign_in(client, make_user("counsel"))
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "Secure" in cookie and "SameSite=Lax" in cookie


def test_sign_out_requires_post_and_ends_the_session(app, client, make_user):
    sign_in(client, make_user("counsel"))
    assert client.get("/sign-out").status_code == 405
    token = csrf_token(client, "/")
    assert client.post("/sign-out", data={"csrf_token": token}).status_code == 302
    assert client.get("/").status_code == 302
    assert len(_audit(app, "auth.sign_out")) == 1


def test_deactivated_users_old_session_stops_working(app, client, make_user):
    account = make_user("counsel")
    sign_in(client, account)
    assert client.get("/").status_code == 200
    with app.app_context():
        from inquiry.services import users
        from inquiry.services.actor import SYSTEM

        make_user("admin")
        users.update_user(db.session.get(User, account.id), SYSTEM,
                          display_name="x", roles={"counsel"}, active=False)
    response = client.get("/")
    assert response.status_code == 302 and "/sign-in" in response.headers["Location"]
    assert sign_in(client, account).status_code == 401


def test_password_change_signs_out_other_sessions(app, make_user):
    account = make_user("reviewer")
    first, second = app.test_client(), app.test_client()
    sign_in(first, account)
    sign_in(second, account)
    new = "a brand new passphrase 42"
    response = first.post("/account/password", data={
        "current_password": account.password, "new_password": new, "confirm_password": new,
        "csrf_token": csrf_token(first, "/account/password")})
    assert response.status_code == 302
    assert first.get("/").status_code == 200       # this device stays signed in
    assert second.get("/").status_code == 302      # the other one is signed out
    account.password = new
    assert sign_in(app.test_client(), account).status_code == 302


def test_password_change_rejects_bad_input_and_keeps_the_old_password(app, client, make_user):
    account = make_user("reviewer")
    sign_in(client, account)
    token = csrf_token(client, "/account/password")
    cases = [
        ({"current_password": "wrong one here", "new_password": "another long one 1",
          "confirm_password": "another long one 1"}, "current password is not right"),
        ({"current_password": account.password, "new_password": "short",
          "confirm_password": "short"}, "at least 12 characters"),
        ({"current_password": account.password, "new_password": "long enough password",
          "confirm_password": "different password"}, "two new passwords differ"),
    ]
    for data, message in cases:
        response = client.post("/account/password", data=data | {"csrf_token": token})
        assert response.status_code == 400
        assert message in response.get_data(as_text=True)
    assert sign_in(app.test_client(), account).status_code == 302


def test_one_time_password_must_be_changed_first(app, client):
    with app.app_context():
        from inquiry.services import users
        from inquiry.services.actor import SYSTEM

        created = users.create_user("new@example.org", {"counsel"}, SYSTEM)
    token = csrf_token(client)
    client.post("/sign-in", data={"email": "new@example.org", "password": created.password,
                                  "csrf_token": token})
    response = client.get("/")
    assert response.status_code == 302 and response.headers["Location"] == "/account/password"


def test_next_parameter_cannot_redirect_off_site(client, make_user):
    account = make_user("counsel")
    for target in ("https://evil.example/", "//evil.example/x", "/\\evil.example"):
        token = csrf_token(client)
        response = client.post(f"/sign-in?next={target}", data={
            "email": account.email, "password": account.password, "csrf_token": token})
        assert response.headers["Location"] == "/", target
        client.post("/sign-out", data={"csrf_token": csrf_token(client, "/")})
    token = csrf_token(client)
    response = client.post("/sign-in?next=/admin/audit/", data={
        "email": account.email, "password": account.password, "csrf_token": token})
    assert response.headers["Location"] == "/admin/audit/"


def test_security_headers_on_every_page(client):
    response = client.get("/sign-in")
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["Cache-Control"] == "no-store"
