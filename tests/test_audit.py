"""The hash-chained audit trail: appends, tamper detection, the CLI and the admin page."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from inquiry.cli import main
from inquiry.extensions import db
from inquiry.services import audit
from inquiry.services.actor import Actor
from tests.conftest import csrf_token, sign_in

ACTOR = Actor(7, "clerk@example.org", "10.0.0.1", "pytest")


def _write(app, n: int = 5) -> None:
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


def _verify(app) -> audit.VerifyResult:
    with app.app_context():
        return audit.verify(batch_size=2)


def test_entries_chain_and_verify(app):
    _write(app)
    result = _verify(app)
    assert result.ok and result.checked == 5
    with app.app_context():
        entries, total = audit.search(audit.AuditFilter())
        assert total == 5 and entries[0].seq == 5
        assert entries[0].prev_hash == entries[1].hash
        assert entries[0].actor == "clerk@example.org" and entries[0].ip == "10.0.0.1"


def test_altered_entry_is_detected(app):
    _write(app)
    _raw(app, "UPDATE audit_entry SET details = :d WHERE seq = 3", d='{"page":99}')
    result = _verify(app)
    assert not result.ok
    assert [(p.seq, p.problem) for p in result.problems] == [
        (3, "contents were altered after writing")]


def test_removed_entry_is_detected(app):
    _write(app)
    _raw(app, "DELETE FROM audit_entry WHERE seq = 2")
    problems = {(p.seq, p.problem) for p in _verify(app).problems}
    assert (3, "entries 2..2 are missing") in problems


def test_removed_last_entries_break_nothing_but_are_counted(app):
    """Truncating the tail can't be seen from the chain alone; the count shows it."""
    _write(app)
    _raw(app, "DELETE FROM audit_entry WHERE seq = 5")
    assert _verify(app).checked == 4


def test_reordered_entries_are_detected(app):
    _write(app)
    # Swap the contents of entries 2 and 4 (keeping each row's own hash valid is impossible
    # without rewriting every later entry, which needs the chain's order).
    _raw(app, "UPDATE audit_entry SET seq = -2 WHERE seq = 2")
    _raw(app, "UPDATE audit_entry SET seq = 2 WHERE seq = 4")
    _raw(app, "UPDATE audit_entry SET seq = 4 WHERE seq = -2")
    result = _verify(app)
    assert not result.ok
    assert {p.seq for p in result.problems} >= {2, 4}


def test_cli_verify_exit_codes(app, runner):
    _write(app, 3)
    ok = runner.invoke(main, ["audit", "verify"])
    assert ok.exit_code == 0 and "intact: 3 entries" in ok.output
    _raw(app, "UPDATE audit_entry SET actor = 'someone-else@example.org' WHERE seq = 1")
    broken = runner.invoke(main, ["audit", "verify"])
    assert broken.exit_code == 1
    assert "entry 1: contents were altered" in broken.output


def test_database_refuses_updates_on_postgresql(app):
    _write(app, 1)
    with app.app_context():
        if db.engine.dialect.name != "postgresql":
            pytest.skip("the append-only trigger is PostgreSQL's; SQLite runs the other tests")
        with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as conn:
            conn.execute(text("UPDATE audit_entry SET actor = 'x'"))
        with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_entry"))


def test_admin_page_filters_and_verifies(app, signed_in):
    _write(app, 3)
    client = signed_in("admin")
    page = client.get("/admin/audit/?action=document.view&target_id=1").get_data(as_text=True)
    assert page.count("<code>document.view</code>") == 1
    page = client.get("/admin/audit/?actor=clerk@").get_data(as_text=True)
    assert "3 entries" in page
    assert client.get("/admin/audit/?since=not-a-date").status_code == 400
    assert client.get("/admin/audit/?page=-3").status_code == 400
    response = client.post("/admin/audit/verify",
                           data={"csrf_token": csrf_token(client, "/admin/audit/")})
    assert response.status_code == 200 and "Audit chain intact" in response.get_data(as_text=True)
    _raw(app, "UPDATE audit_entry SET action = 'nothing.happened' WHERE seq = 2")
    response = client.post("/admin/audit/verify",
                           data={"csrf_token": csrf_token(client, "/admin/audit/")})
    assert response.status_code == 409 and "Entry 2" in response.get_data(as_text=True)


def test_denied_access_is_audited(app, client, make_user):
    sign_in(client, make_user("counsel"))
    assert client.get("/admin/users/").status_code == 403
    with app.app_context():
        entries, _ = audit.search(audit.AuditFilter(action="access.denied"))
    assert entries and entries[0].target_id == "admin_users.index"
