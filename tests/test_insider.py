"""Issue 14: sessions that end on the server, a trail that can't be quietly rewritten, page
images in the trail, and restricted names kept from those without a grant."""

from __future__ import annotations

import hashlib
import io
import json
import re
from datetime import timedelta

import pytest
from sqlalchemy import select, text

from inquiry.cli import main
from inquiry.extensions import db
from inquiry.models import AuditEntry, Document, UserSession
from inquiry.models.base import utcnow
from inquiry.services import audit
from inquiry.services.actor import Actor
from tests import pdfs
from tests.conftest import csrf_token, sign_in

COOKIE = "inquiry_session"


def _replay(app, cookie: str, user_agent: str = "Werkzeug/replay"):  # noqa: ANN202
    other = app.test_client()
    other.set_cookie(COOKIE, cookie)
    other.environ_base["HTTP_USER_AGENT"] = user_agent
    return other


def _signed_in(app, make_user, *roles: str, user_agent: str = "Werkzeug/replay"):  # noqa: ANN202
    client = app.test_client()
    client.environ_base["HTTP_USER_AGENT"] = user_agent
    account = make_user(*roles)
    assert sign_in(client, account).status_code == 302
    client.account = account
    return client


# sessions --------------------------------------------------------------------------------
def test_a_cookie_replayed_after_sign_out_is_refused(app, make_user):
    client = _signed_in(app, make_user, "counsel")
    cookie = client.get_cookie(COOKIE).value
    assert _replay(app, cookie).get("/").status_code == 200  # a copy works while signed in
    client.post("/sign-out", data={"csrf_token": csrf_token(client, "/")})
    response = _replay(app, cookie).get("/")
    assert response.status_code == 302 and "/sign-in" in response.headers["Location"]
    with app.app_context():
        row = db.session.scalar(select(UserSession))
        assert row.end_reason == "signed out" and row.ended_at is not None


def test_sessions_are_not_permanent_and_a_cookie_from_another_browser_is_refused(app, make_user):
    client = _signed_in(app, make_user, "counsel")
    set_cookie = [h for h in client.get("/").headers.getlist("Set-Cookie")] or [""]
    assert all("Expires=" not in h for h in set_cookie)
    cookie = client.get_cookie(COOKIE)
    assert cookie.expires is None  # a browser-session cookie: strong protection applies
    response = _replay(app, cookie.value, user_agent="curl/8.0").get("/")
    assert response.status_code == 302 and "/sign-in" in response.headers["Location"]
    assert client.get("/").status_code == 200  # the owner's browser is not shut out by it


@pytest.mark.parametrize(("column", "minutes", "reason"), [
    ("last_seen_at", "session_idle_minutes", "idle"),
    ("created_at", "session_lifetime_minutes", "lifetime reached"),
])
def test_sessions_expire_when_idle_and_at_their_absolute_lifetime(app, make_user, settings,
                                                                 column, minutes, reason):
    client = _signed_in(app, make_user, "counsel")
    assert client.get("/").status_code == 200
    with app.app_context():  # move the clock of the session back rather than wait
        row = db.session.scalar(select(UserSession))
        setattr(row, column, utcnow() - timedelta(minutes=getattr(settings, minutes), seconds=1))
        if column == "created_at":  # busy all along: sliding doesn't extend it
            row.last_seen_at = utcnow()
        db.session.commit()
    assert client.get("/").status_code == 302
    with app.app_context():
        assert db.session.scalar(select(UserSession.end_reason)) == reason
        assert db.session.scalar(select(AuditEntry).where(
            AuditEntry.action == "auth.session_ended")) is not None


def test_role_change_ends_the_users_sessions(app, make_user):
    client = _signed_in(app, make_user, "counsel")
    admin = _signed_in(app, make_user, "admin", user_agent="Werkzeug/admin")
    uid = client.account.id
    response = admin.post(f"/admin/users/{uid}", data={
        "display_name": "x", "roles": ["counsel", "clerk"], "active": "y",
        "csrf_token": csrf_token(admin, f"/admin/users/{uid}")})
    assert response.status_code == 302
    assert client.get("/").status_code == 302
    assert admin.get("/").status_code == 200


# the audit trail -------------------------------------------------------------------------
ACTOR = Actor(7, "clerk@example.org", "10.0.0.1", "pytest")


def _write(app, n: int) -> None:
    with app.app_context():
        for i in range(n):
            audit.record("document.view", ACTOR, target_type="document", target_id=i,
                         details={"page": i})


def _raw(app, sql: str, **params) -> None:
    """Tamper as someone with database access would, bypassing the application."""
    with app.app_context(), db.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only"))
        conn.execute(text(sql), params)
        if conn.dialect.name == "postgresql":
            conn.execute(text("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only"))


def _rehash_from(app, seq: int, keyed: bool) -> None:
    """Rewrite the chain from ``seq`` on (renumbered to close any gap) so that every link
    holds again: with the audit key (an insider who has it) or as plain SHA-256."""
    columns = ("at", "actor_id", "actor", "action", "target_type", "target_id", "details",
               "ip", "user_agent")
    with app.app_context():
        rows = [dict(r._mapping) for r in db.session.execute(  # noqa: SLF001
            select(*(getattr(AuditEntry, c) for c in columns)).where(AuditEntry.seq >= seq)
            .order_by(AuditEntry.seq))]
        prev = db.session.scalar(select(AuditEntry.hash).where(AuditEntry.seq == seq - 1))
        rewritten = []
        for new_seq, row in enumerate(rows, start=seq):
            entry = AuditEntry(seq=new_seq, prev_hash=prev or audit.GENESIS,
                               mac_version=2 if keyed else 1, **row)
            entry.hash = prev = audit.compute_hash(entry)
            rewritten.append({**row, "seq": new_seq, "prev_hash": entry.prev_hash,
                              "hash": entry.hash, "mac_version": entry.mac_version})
        db.session.rollback()
    _raw(app, "DELETE FROM audit_entry WHERE seq >= :s", s=seq)
    names = (*columns, "seq", "prev_hash", "hash", "mac_version")
    for values in rewritten:
        _raw(app, f"INSERT INTO audit_entry ({', '.join(names)}) "  # noqa: S608 - fixed names
                  f"VALUES ({', '.join(':' + n for n in names)})", **values)


def _problems(app) -> list[str]:
    with app.app_context():
        return [f"{p.seq}: {p.problem}" for p in audit.verify(batch_size=3).problems]


def test_entries_are_keyed_not_plain_hashes(app):
    _write(app, 2)
    with app.app_context():
        entry = db.session.scalar(select(AuditEntry).where(AuditEntry.seq == 2))
        assert entry.mac_version == 2
        plain = hashlib.sha256(audit._canonical(entry)).hexdigest()  # noqa: SLF001
        assert entry.hash != plain
    assert _problems(app) == []


def test_deleting_the_tail_is_detected_against_the_checkpoint(app, runner):
    _write(app, 5)
    result = runner.invoke(main, ["audit", "checkpoint"])
    assert result.exit_code == 0 and "Checkpoint of entry 5" in result.output
    _raw(app, "DELETE FROM audit_entry WHERE seq >= 4")
    problems = _problems(app)
    assert any(p.startswith("5: entries 4..5 are missing") for p in problems), problems
    broken = runner.invoke(main, ["audit", "verify"])
    assert broken.exit_code == 1 and "tail was removed" in broken.output


def test_deleting_one_and_rehashing_with_the_key_is_detected(app, runner):
    _write(app, 6)
    runner.invoke(main, ["audit", "checkpoint"])
    _raw(app, "DELETE FROM audit_entry WHERE seq = 3")
    _rehash_from(app, 4, keyed=True)  # 4..6 become 3..5, every link valid again
    problems = _problems(app)
    assert any(p.startswith("6: entries 6..6 are missing") or "rewritten" in p
               for p in problems), problems


def test_rehashing_without_the_key_is_detected_even_with_no_checkpoint(app):
    _write(app, 4)  # no checkpoint but the automatic first one (entry 1)
    _raw(app, "UPDATE audit_entry SET details = :d WHERE seq = 3", d='{"page":99}')
    _rehash_from(app, 3, keyed=False)
    problems = _problems(app)
    assert "3: is not keyed although earlier entries are (re-hashed)" in problems, problems


def test_editing_one_entry_is_detected(app):
    _write(app, 3)
    _raw(app, "UPDATE audit_entry SET actor = 'someone-else@example.org' WHERE seq = 2")
    assert _problems(app) == ["2: contents were altered after writing"]


def test_a_forged_checkpoint_is_reported(app, settings):
    _write(app, 2)
    path = settings.audit_checkpoint_dir / "checkpoints.jsonl"
    with path.open("a") as fh:
        fh.write(json.dumps({"seq": 1, "hash": "0" * 64, "at": "2026-01-01T00:00:00Z",
                             "mac": "f" * 64}) + "\n")
    assert "1: checkpoint at entry 1 has a bad signature" in _problems(app)


def test_checkpoints_in_an_s3_bucket(app, settings, s3_server):
    import secrets

    from inquiry.services import audit_anchor
    from tests.conftest import make_settings

    bucket = f"audit-{secrets.token_hex(4)}"
    s3 = make_settings(settings.var_dir, settings.database_url,
                       audit_checkpoint_backend="s3", audit_checkpoint_s3_bucket=bucket,
                       s3_endpoint_url=s3_server["endpoint_url"],
                       s3_access_key=s3_server["access_key"],
                       s3_secret_key=s3_server["secret_key"], s3_region=s3_server["region"])
    store = audit_anchor.store_for(s3)
    store.ensure_bucket()
    _write(app, 3)
    with app.app_context():
        app.extensions["inquiry_audit"]["store"] = store
        try:
            audit.checkpoint()
            assert audit.verify().checkpoints == 1
            _raw(app, "DELETE FROM audit_entry WHERE seq = 3")
            assert any("tail was removed" in p.problem for p in audit.verify().problems)
        finally:
            app.extensions["inquiry_audit"].pop("store")


def test_the_audit_key_is_a_file_outside_the_database(app, settings):
    key_file = settings.var_dir / "audit_key"
    assert key_file.exists() and oct(key_file.stat().st_mode & 0o777) == "0o600"
    key = key_file.read_text().strip()
    _write(app, 1)
    with app.app_context():
        dumped = json.dumps([list(r) for r in db.session.execute(
            text("SELECT * FROM audit_entry")).all()], default=str)
    assert key not in dumped and len(key) >= 32


# page images -----------------------------------------------------------------------------
def _upload(client, tmp_path, name: str, lines: list[list[str]], **extra: str) -> str:
    pdf = pdfs.pages_pdf(tmp_path, lines, name=name)
    data = {"provider": extra.pop("provider", "Council"), "document_type": "report",
            "csrf_token": csrf_token(client, "/documents/upload"),
            "files": [(io.BytesIO(pdf.read_bytes()), name)], **extra}
    html = client.post("/documents/upload", data=data,
                       content_type="multipart/form-data").get_data(as_text=True)
    found = re.search(r"(INQ\d{6})", html)
    assert found, html
    return found[1]


def test_page_images_are_audited_per_session_rate_limited_and_never_cached(app, make_user,
                                                                          tmp_path):
    clerk = _signed_in(app, make_user, "clerk")
    urn = _upload(clerk, tmp_path, "two.pdf", [["First page."], ["Second page."]])
    first = clerk.get(f"/documents/{urn}/pages/1.png")
    assert first.status_code == 200 and first.mimetype == "image/png"
    assert first.headers["Cache-Control"] == "no-store"
    configured = app.extensions["inquiry_settings"].page_image_rate_limit
    assert first.headers["X-RateLimit-Limit"] == configured.split()[0]  # limited per user
    remaining = int(first.headers["X-RateLimit-Remaining"])
    again = clerk.get(f"/documents/{urn}/pages/1.png")
    assert int(again.headers["X-RateLimit-Remaining"]) == remaining - 1
    clerk.get(f"/documents/{urn}/pages/2.png")
    other = _signed_in(app, make_user, "counsel", user_agent="Werkzeug/other")
    other.get(f"/documents/{urn}/pages/2.png")

    with app.app_context():
        entries = list(db.session.scalars(select(AuditEntry).where(
            AuditEntry.action == "document.page_image").order_by(AuditEntry.seq)))
    seen = [(e.actor, json.loads(e.details)["page"]) for e in entries]
    assert seen == [(clerk.account.email, 1), (clerk.account.email, 2),
                    (other.account.email, 2)]  # a reload in one session adds nothing


# restricted names ------------------------------------------------------------------------
SECRET = {"urn": None, "file": "hidden-informant-statement.pdf", "provider": "Covert Unit Nine",
          "tag": "informant x"}


def test_restricted_names_appear_nowhere_for_a_user_without_a_grant(app, make_user, tmp_path):
    owner = _signed_in(app, make_user, "clerk", "counsel")
    pdf_lines = [["Statement of the informant about the flat."]]
    secret_urn = _upload(owner, tmp_path, SECRET["file"], pdf_lines,
                         provider=SECRET["provider"], restricted="y")
    owner.post(f"/documents/{secret_urn}/tags", data={
        "name": SECRET["tag"], "csrf_token": csrf_token(owner, f"/documents/{secret_urn}")})
    with app.app_context():
        assert db.session.scalar(select(Document.restricted).where(Document.urn == secret_urn))
        from inquiry.models import DocumentTag

        assert db.session.scalar(select(DocumentTag.name)) == SECRET["tag"]

    other = _signed_in(app, make_user, "clerk", "counsel", "reviewer",
                       user_agent="Werkzeug/other")
    # the same file again, by someone without a grant: a duplicate, named nowhere
    same = tmp_path / "again"
    same.mkdir()
    pdf = pdfs.pages_pdf(same, pdf_lines, name=SECRET["file"])
    result = other.post("/documents/upload", data={
        "provider": "Council", "document_type": "report",
        "csrf_token": csrf_token(other, "/documents/upload"),
        "files": [(io.BytesIO(pdf.read_bytes()), "copy.pdf")]},
        content_type="multipart/form-data").get_data(as_text=True)
    assert "1 already held" in result
    public_urn = _upload(other, tmp_path, "public.pdf", [["A public letter."]])
    other.post(f"/documents/{public_urn}/tags", data={
        "name": "chronology", "csrf_token": csrf_token(other, f"/documents/{public_urn}")})
    with app.app_context():
        batches = list(db.session.scalars(text("SELECT id FROM batch ORDER BY id")))
    pages = {"upload result": result}
    for path in ["/", "/documents/", "/documents/failed", "/review/", "/review/strings",
                 f"/documents/{public_urn}", "/documents/progress.json",
                 *(f"/documents/batches/{b}" for b in batches),
                 *(f"/documents/batches/{b}/progress.json" for b in batches)]:
        response = other.get(path)
        assert response.status_code in (200, 404), (path, response.status_code)
        pages[path] = response.get_data(as_text=True)
    assert "chronology" in pages[f"/documents/{public_urn}"]  # suggestions still work
    assert any("copy.pdf" in page for page in pages.values())  # its own duplicate is listed
    for path, page in pages.items():
        for what, value in (("URN", secret_urn), *SECRET.items()):
            if value:
                assert value not in page, f"{what} of the restricted document on {path}"
    # the owner still sees it all
    own = owner.get(f"/documents/{public_urn}").get_data(as_text=True)
    assert SECRET["tag"] in own


# accounts --------------------------------------------------------------------------------
def test_unknown_deactivated_and_wrong_sign_ins_get_one_answer_after_the_same_work(
        app, client, make_user, monkeypatch):
    """Nothing tells whether an account exists: the same page, and one Argon2 check each
    (against a dummy hash when there is no account), throttled or not."""
    from inquiry.services import users

    checks: list[bool] = []
    real_check = users.verify_password
    monkeypatch.setattr(users, "verify_password",
                        lambda stored, password: checks.append(True) or real_check(stored,
                                                                                   password))
    real, gone = make_user("counsel"), make_user("counsel", active=False)
    answers = set()
    for email in (real.email, "nobody-here@example.org", gone.email, real.email):
        checks.clear()
        response = client.post("/sign-in", data={"email": email, "password": "wrong guess",
                                                 "csrf_token": csrf_token(client)})
        assert len(checks) == 1, email
        answers.add((response.status_code, re.sub(r"\s+", " ", response.get_data(
            as_text=True).split("<main", 1)[1].split("<form", 1)[0])))
    assert len(answers) == 1 and "match an active account" in answers.pop()[1], answers
    with app.app_context():  # throttled: the same work again, before the same kind of answer
        db.session.execute(text("UPDATE sign_in_throttle SET blocked_until = :until"),
                           {"until": utcnow() + timedelta(hours=1)})
        db.session.commit()
    checks.clear()
    client.post("/sign-in", data={"email": "nobody-here@example.org", "password": "x",
                                  "csrf_token": csrf_token(client)})
    assert len(checks) == 1


def test_one_time_passwords_expire(app, client):
    from inquiry.models import User
    from inquiry.services import users
    from inquiry.services.actor import SYSTEM

    with app.app_context():
        created = users.create_user("fresh@example.org", {"counsel"}, SYSTEM)
        user = db.session.get(User, created.user.id)
        assert user.one_time_password_expires_at > utcnow()
        user.one_time_password_expires_at = utcnow() - timedelta(seconds=1)
        db.session.commit()
    response = client.post("/sign-in", data={"email": "fresh@example.org",
                                             "password": created.password,
                                             "csrf_token": csrf_token(client)})
    assert response.status_code == 401 and "has expired" in response.get_data(as_text=True)


@pytest.mark.parametrize(("password", "problem"), [
    ("password1234", "common password"),
    ("someone.special@example.org", "e-mail address"),
    ("someone.special-1999", "e-mail address"),
])
def test_weak_passwords_are_refused(app, password, problem):
    from inquiry.services import users
    from inquiry.services.actor import SYSTEM

    with app.app_context(), pytest.raises(users.UserError, match=problem):
        users.create_user("someone.special@example.org", {"counsel"}, SYSTEM,
                          password=password)


def test_admin_sees_and_clears_sign_in_delays(app, make_user):
    account = make_user("counsel")
    victim = app.test_client()
    for _ in range(7):
        victim.post("/sign-in", data={"email": account.email, "password": "wrong guess here",
                                      "csrf_token": csrf_token(victim)})
    admin = _signed_in(app, make_user, "admin", user_agent="Werkzeug/admin")
    assert "Sign-ins delayed" in admin.get("/admin/users/").get_data(as_text=True)
    page = admin.get(f"/admin/users/{account.id}").get_data(as_text=True)
    assert "Clear sign-in delays" in page and "127.0.0.1" in page
    response = admin.post(f"/admin/users/{account.id}/unlock",
                          data={"csrf_token": csrf_token(admin, f"/admin/users/{account.id}")})
    assert response.status_code == 302
    assert sign_in(victim, account).status_code == 302
    with app.app_context():
        assert db.session.scalar(select(AuditEntry).where(AuditEntry.action == "user.unlock"))


def test_hsts_in_production_only(app, settings, tmp_path):
    from flask import Flask

    from inquiry.views.security_headers import register_security_headers
    from tests.conftest import make_settings

    key = tmp_path / "audit.key"
    key.write_text("k" * 48)
    for production, expected in ((True, True), (False, False)):
        values = {"env": "production", "audit_key_file": str(key)} if production else {}
        bare = Flask("headers")
        bare.extensions["inquiry_settings"] = make_settings(tmp_path, settings.database_url,
                                                            **values)
        register_security_headers(bare)
        bare.add_url_rule("/", "x", lambda: "ok")
        response = bare.test_client().get("/")
        assert ("Strict-Transport-Security" in response.headers) is expected


def test_client_addresses_come_from_a_trusted_proxy_only(app, settings):
    """Behind INQUIRY_TRUSTED_PROXIES proxies the address they forward is the client's (for
    sign-in limits, sessions and the trail); without the setting a forged header counts for
    nothing."""
    from inquiry.app import create_app
    from tests.conftest import make_settings

    try:
        for proxies, expected in ((0, "127.0.0.1"), (1, "203.0.113.9")):
            behind = create_app(make_settings(settings.var_dir, settings.database_url,
                                              trusted_proxies=proxies)).test_client()
            behind.post("/sign-in", headers={"X-Forwarded-For": "203.0.113.9"}, data={
                "email": f"nobody{proxies}@example.org", "password": "wrong guess here",
                "csrf_token": csrf_token(behind)})
            with app.app_context():
                entry = db.session.scalars(select(AuditEntry).where(
                    AuditEntry.action == "auth.sign_in_failed").order_by(
                    AuditEntry.seq.desc())).first()
            assert entry.ip == expected and f"nobody{proxies}" in entry.actor + entry.details
    finally:
        app.extensions["celery"].set_default()  # create_app made the other app's the default
        app.extensions["celery"].set_current()
