"""Settings: environment overrides, coercion, and production's refusals."""

import stat

import pytest

from config import SettingsError, load_settings


def test_environment_overrides_defaults(tmp_path):
    s = load_settings({"INQUIRY_VAR_DIR": str(tmp_path), "INQUIRY_ES_PORT": "9333",
                       "INQUIRY_SESSION_COOKIE_SECURE": "false",
                       "INQUIRY_DATABASE_URL": "postgresql+psycopg://u:p@h/db",
                       "INQUIRY_ELASTICSEARCH_URL": "http://es.example:9200"})
    assert s.es_port == 9333
    assert s.session_cookie_secure is False
    assert s.database_url.startswith("postgresql")
    assert s.effective_elasticsearch_url == "http://es.example:9200"
    assert not s.managed_elasticsearch


def test_defaults_are_sqlite_under_var_and_managed_services(tmp_path):
    s = load_settings({"INQUIRY_VAR_DIR": str(tmp_path)})
    assert s.database_url == f"sqlite:///{tmp_path / 'inquiry.db'}"
    assert s.managed_elasticsearch
    assert s.effective_elasticsearch_url == "http://127.0.0.1:9200"


def test_secret_generated_once_into_var_with_owner_only_access(tmp_path):
    first = load_settings({"INQUIRY_VAR_DIR": str(tmp_path)})
    second = load_settings({"INQUIRY_VAR_DIR": str(tmp_path)})
    assert first.secret_key == second.secret_key and len(first.secret_key) >= 32
    mode = stat.S_IMODE((tmp_path / "secret_key").stat().st_mode)
    assert mode == 0o600


@pytest.mark.parametrize("secret", [None, "", "changeme", "short-secret"])
def test_production_refuses_missing_or_default_secret(tmp_path, secret):
    env = {"INQUIRY_VAR_DIR": str(tmp_path), "INQUIRY_ENV": "production"}
    if secret is not None:
        env["INQUIRY_SECRET_KEY"] = secret
    with pytest.raises(SettingsError, match="INQUIRY_SECRET_KEY"):
        load_settings(env)
    assert not (tmp_path / "secret_key").exists()


def test_production_refuses_insecure_cookies(tmp_path):
    with pytest.raises(SettingsError, match="SESSION_COOKIE_SECURE"):
        load_settings({"INQUIRY_VAR_DIR": str(tmp_path), "INQUIRY_ENV": "production",
                       "INQUIRY_SECRET_KEY": "x" * 48, "INQUIRY_SESSION_COOKIE_SECURE": "0"})


def test_production_accepts_a_real_secret(tmp_path):
    key = tmp_path / "audit_key"
    key.write_text("a" * 64)
    s = load_settings({"INQUIRY_VAR_DIR": str(tmp_path), "INQUIRY_ENV": "production",
                       "INQUIRY_SECRET_KEY": "k" * 20 + "Q7#p" * 5,
                       "INQUIRY_AUDIT_KEY_FILE": str(key)})
    assert s.production


def test_production_refuses_to_start_without_an_audit_key(tmp_path):
    with pytest.raises(SettingsError, match="AUDIT_KEY_FILE"):
        load_settings({"INQUIRY_VAR_DIR": str(tmp_path), "INQUIRY_ENV": "production",
                       "INQUIRY_SECRET_KEY": "k" * 20 + "Q7#p" * 5})


@pytest.mark.parametrize("name,value", [("INQUIRY_ES_PORT", "ninety"),
                                        ("INQUIRY_SESSION_COOKIE_SECURE", "maybe"),
                                        ("INQUIRY_ENV", "staging")])
def test_bad_values_name_the_variable(tmp_path, name, value):
    with pytest.raises(SettingsError, match=name):
        load_settings({"INQUIRY_VAR_DIR": str(tmp_path), name: value})


def test_summary_masks_secrets(tmp_path):
    s = load_settings({"INQUIRY_VAR_DIR": str(tmp_path),
                       "INQUIRY_DATABASE_URL": "postgresql://user:hunter2@db/inquiry"})
    summary = s.public_summary()
    assert summary["secret_key"] == "***"
    assert "hunter2" not in str(summary)
