"""Every registered URL rule x every role (and anonymous) against the one policy."""

from __future__ import annotations

import pytest
from werkzeug.routing import Rule

from inquiry.auth.enforce import permission_for
from inquiry.auth.policy import ACTIONS, PUBLIC, SIGNED_IN, is_allowed
from inquiry.models import ROLES
from tests.conftest import sign_in

# The only endpoints an anonymous visitor may reach. Adding one must be a deliberate change.
EXPECTED_PUBLIC = {"auth.sign_in", "static", "health.healthz", "health.readyz"}


def _sample_url(app, rule: Rule) -> str:
    values = {}
    for name, converter in rule._converters.items():  # noqa: SLF001 - werkzeug has no public API
        kind = type(converter).__name__
        samples = {"IntegerConverter": 1, "UUIDConverter": "00000000-0000-0000-0000-000000000000"}
        values[name] = samples.get(kind, "css/app.css" if rule.endpoint == "static" else "x")
    with app.test_request_context():
        return app.url_for(rule.endpoint, **values)


def _cases(app):  # noqa: ANN202
    for rule in app.url_map.iter_rules():
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            yield rule, method


def test_every_endpoint_declares_a_permission(app):
    missing = sorted({r.endpoint for r in app.url_map.iter_rules()
                      if permission_for(app, r.endpoint) is None})
    assert not missing, f"endpoints without a permission in the policy: {missing}"
    declared = {permission_for(app, r.endpoint) for r in app.url_map.iter_rules()}
    assert declared <= ACTIONS | {PUBLIC, SIGNED_IN}


def test_only_sign_in_static_and_health_are_public(app):
    public = {r.endpoint for r in app.url_map.iter_rules()
              if permission_for(app, r.endpoint) == PUBLIC}
    assert public == EXPECTED_PUBLIC


def test_anonymous_reaches_only_public_endpoints(app):
    client = app.test_client()
    for rule, method in _cases(app):
        url = _sample_url(app, rule)
        response = client.open(url, method=method)
        if permission_for(app, rule.endpoint) == PUBLIC:
            assert response.status_code not in (401, 403), (rule.endpoint, method)
        elif method == "GET":
            assert response.status_code == 302, (rule.endpoint, method)
            assert "/sign-in" in response.headers["Location"], rule.endpoint
        else:
            assert response.status_code == 401, (rule.endpoint, method)


@pytest.mark.parametrize("role", ROLES)
def test_each_role_gets_exactly_what_the_policy_allows(app, make_user, role):
    client = app.test_client()
    assert sign_in(client, make_user(role)).status_code == 302
    checked = 0
    for rule, method in _cases(app):
        if rule.endpoint == "auth.sign_out":
            continue  # would end this session; covered in test_auth
        permission = permission_for(app, rule.endpoint)
        response = client.open(_sample_url(app, rule), method=method)
        if is_allowed(permission, {role}):
            assert response.status_code != 403, (role, rule.endpoint, method)
            if rule.endpoint != "health.readyz":  # 503 just means a service is down
                assert response.status_code < 500, (role, rule.endpoint, method)
        else:
            assert response.status_code == 403, (role, rule.endpoint, method)
        checked += 1
    assert checked >= len(list(app.url_map.iter_rules())) - 1
