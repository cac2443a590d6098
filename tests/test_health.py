"""Health checks against the real database and Elasticsearch."""

import pytest

from inquiry.app import create_app
from tests.conftest import make_settings


def test_healthz_is_always_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json == {"status": "ok"}


@pytest.mark.services
def test_readyz_reports_database_and_elasticsearch(client, es_url):
    response = client.get("/readyz")
    assert response.status_code == 200, response.json
    assert response.json["status"] == "ready"
    assert response.json["checks"]["elasticsearch"]["ok"]
    assert response.json["checks"]["database"]["ok"]


def test_readyz_says_not_ready_when_elasticsearch_is_down(tmp_path, database_url, app):
    down = create_app(make_settings(tmp_path, database_url,
                                    elasticsearch_url="http://127.0.0.1:9"))
    response = down.test_client().get("/readyz")
    assert response.status_code == 503
    assert response.json["status"] == "not ready"
    assert response.json["checks"]["elasticsearch"]["ok"] is False
    assert response.json["checks"]["database"]["ok"] is True


def test_error_pages_are_clear(client, signed_in):
    assert "There is nothing at this address" in client.get("/no/such/page").get_data(as_text=True)
    client = signed_in("clerk")
    response = client.get("/admin/users/")
    assert response.status_code == 403
    assert "permission" in response.get_data(as_text=True)
