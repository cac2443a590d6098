"""Load, coerce and validate settings once at start-up; immutable afterwards."""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path

from config.defaults import DEFAULTS, INSECURE_SECRET_KEYS

ENV_PREFIX = "INQUIRY_"
# Where the managed Redis keeps its password, under var_dir (inquiry.runtime.redis).
MANAGED_REDIS_PASSWORD = Path("services", "redis", "password")


class SettingsError(RuntimeError):
    """A setting is missing or invalid; the message names the variable to fix."""


@dataclass(frozen=True)
class Settings:
    env: str
    var_dir: Path
    cache_dir: Path
    secret_key: str
    database_url: str
    log_level: str
    session_cookie_secure: bool
    session_lifetime_minutes: int
    max_failed_sign_ins: int
    lockout_minutes: int
    sign_in_rate_limit: str
    ratelimit_storage_url: str
    password_min_length: int
    session_idle_minutes: int
    one_time_password_hours: int
    trusted_proxies: int
    audit_key_file: str
    audit_checkpoint_backend: str
    audit_checkpoint_dir: Path | None
    audit_checkpoint_s3_bucket: str
    audit_checkpoint_s3_prefix: str
    audit_checkpoint_seconds: int
    page_image_rate_limit: str
    propagate_min_chars: int
    search_rate_limit: str
    download_rate_limit: str
    elasticsearch_url: str | None
    es_index_prefix: str
    es_port: int
    es_heap: str
    es_version: str
    es_timeout_seconds: float
    es_api_key: str
    es_ca_certs: str
    es_reindex_grace_seconds: float
    redis_url: str | None
    redis_port: int
    task_visibility_timeout: int
    pages_per_task: int
    worker_concurrency: int
    lease_seconds: int
    sweep_seconds: int
    retry_backoff_max: int
    waiting_alert_seconds: int
    spacy_model: str
    urn_format: str
    max_file_bytes: int
    max_upload_bytes: int
    zip_max_members: int
    zip_max_total_bytes: int
    zip_max_ratio: int
    zip_background_bytes: int
    max_pages: int
    max_pixels: int
    sandbox_memory_mb: int
    sandbox_cpu_seconds: int
    page_seconds: int
    publish_seconds: int
    max_attempts: int
    large_document_pages: int
    storage_backend: str
    storage_dir: Path | None
    s3_bucket: str
    s3_prefix: str
    s3_endpoint_url: str
    s3_region: str
    s3_sse: str
    s3_multipart_threshold: int
    publication_backend: str
    publication_dir: Path | None
    publication_s3_bucket: str
    publication_s3_prefix: str
    pg_port: int
    pg_database: str
    pg_user: str
    pg_password: str
    s3_port: int
    s3_access_key: str
    s3_secret_key: str
    testing: bool = False
    # Not a setting: the managed Redis's password, read from where `inquiry services start`
    # made it (no INQUIRY_REDIS_URL only).
    managed_redis_password: str = ""

    @property
    def production(self) -> bool:
        return self.env == "production"

    @property
    def managed_elasticsearch(self) -> bool:
        """True when no external cluster is configured and we run our own node."""
        return not self.elasticsearch_url

    @property
    def effective_elasticsearch_url(self) -> str:
        return self.elasticsearch_url or f"http://127.0.0.1:{self.es_port}"

    @property
    def effective_redis_url(self) -> str:
        if self.redis_url:
            return self.redis_url
        auth = f":{self.managed_redis_password}@" if self.managed_redis_password else ""
        return f"redis://{auth}127.0.0.1:{self.redis_port}/0"

    def public_summary(self) -> dict[str, object]:
        """Settings safe to print or log: secrets and passwords are masked."""
        out: dict[str, object] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if any(word in f.name for word in ("secret", "password", "api_key")):
                value = "***" if value else value
            elif f.name.endswith("_url") and isinstance(value, str) and "@" in value:
                scheme, _, rest = value.partition("://")
                value = f"{scheme}://***@{rest.split('@', 1)[1]}"
            out[f.name] = value
        return out


def _coerce(name: str, raw: str, kind: type | None) -> object:
    if kind is bool:
        lowered = raw.strip().lower()
        if lowered in {"1", "true", "yes", "on"}:
            return True
        if lowered in {"0", "false", "no", "off"}:
            return False
        raise SettingsError(f"{ENV_PREFIX}{name.upper()} must be true or false, not {raw!r}")
    if kind in (int, float):
        try:
            return kind(raw)
        except ValueError:
            raise SettingsError(
                f"{ENV_PREFIX}{name.upper()} must be a number, not {raw!r}") from None
    if kind is Path:
        return Path(raw).expanduser().resolve()
    return raw


def _kind_of(name: str) -> type | None:
    default = DEFAULTS.get(name)
    if name.endswith("_dir"):
        return Path
    if isinstance(default, bool):
        return bool
    if isinstance(default, (int, float, Path)):
        return type(default) if not isinstance(default, Path) else Path
    return str


def _make_var_dir(var_dir: Path) -> None:
    """var/ holds the local evidence store, the database and the keys: made 0700 (and its
    missing parents too), whatever the umask. The stores tighten their own folders."""
    missing = [p for p in (var_dir, *var_dir.parents) if not p.exists()]
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)
        folder.chmod(0o700)


def _managed_redis_password(var_dir: Path) -> str:
    """The password `inquiry services start redis` made on its first start (the service's
    directory under var/services, as inquiry.runtime.redis keeps it); "" before that, when
    the server still runs without one."""
    try:
        return (var_dir / MANAGED_REDIS_PASSWORD).read_text().strip()
    except OSError:
        return ""


def _secret_from_file(var_dir: Path) -> str:
    """Read, or create once, a random secret key kept under var/ with owner-only access."""
    path = var_dir / "secret_key"
    if path.exists():
        return path.read_text().strip()
    _make_var_dir(var_dir)
    key = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(key)
    return key


def _validate_intake(values: dict[str, object]) -> None:
    backend = values["storage_backend"]
    if backend not in ("local", "s3"):
        raise SettingsError(f"{ENV_PREFIX}STORAGE_BACKEND must be 'local' or 's3', not {backend!r}")
    if backend == "s3" and not values["s3_bucket"]:
        raise SettingsError(f"{ENV_PREFIX}S3_BUCKET is required when the storage backend is s3")
    publication = values["publication_backend"]
    if publication not in ("local", "s3"):
        raise SettingsError(f"{ENV_PREFIX}PUBLICATION_BACKEND must be 'local' or 's3', "
                            f"not {publication!r}")
    if publication == "s3" and not values["publication_s3_bucket"]:
        raise SettingsError(f"{ENV_PREFIX}PUBLICATION_S3_BUCKET is required when the "
                            "publication backend is s3")
    for name in ("max_pages", "max_pixels", "sandbox_memory_mb", "sandbox_cpu_seconds",
                 "page_seconds", "publish_seconds", "max_attempts", "large_document_pages",
                 "lease_seconds", "sweep_seconds", "retry_backoff_max",
                 "waiting_alert_seconds"):
        if int(values[name]) < 1:  # type: ignore[call-overload]
            raise SettingsError(f"{ENV_PREFIX}{name.upper()} must be at least 1")
    if values["s3_sse"] not in ("", "AES256", "aws:kms"):
        raise SettingsError(f"{ENV_PREFIX}S3_SSE must be empty, AES256 or aws:kms")
    try:
        sample = str(values["urn_format"]).format(1)
    except (IndexError, KeyError, ValueError):
        sample = ""
    if not sample or sample == str(values["urn_format"]) or len(sample) > 32:
        raise SettingsError(f"{ENV_PREFIX}URN_FORMAT must contain one number field, "
                            "like INQ{:06d}")


def load_settings(environ: Mapping[str, str] | None = None, **overrides: object) -> Settings:
    """Defaults <- ``INQUIRY_*`` environment <- explicit overrides, then validate."""
    environ = os.environ if environ is None else environ
    values: dict[str, object] = dict(DEFAULTS)
    for name in DEFAULTS:
        raw = environ.get(ENV_PREFIX + name.upper())
        if raw is not None and raw != "":
            values[name] = _coerce(name, raw, _kind_of(name))
    values.update(overrides)
    values["var_dir"] = Path(values["var_dir"]).resolve()  # type: ignore[arg-type]
    values["cache_dir"] = Path(values["cache_dir"]).resolve()  # type: ignore[arg-type]
    env = str(values["env"])
    if env not in {"local", "production"}:
        raise SettingsError(f"{ENV_PREFIX}ENV must be 'local' or 'production', not {env!r}")
    secret = values.get("secret_key")
    if env == "production":
        weak = not secret or str(secret).strip().lower() in INSECURE_SECRET_KEYS
        if weak or len(str(secret)) < 32:
            raise SettingsError(
                f"production mode refuses to start: set {ENV_PREFIX}SECRET_KEY to a random "
                "value of at least 32 characters (e.g. python -c 'import secrets; "
                "print(secrets.token_urlsafe(48))')")
        if not values["session_cookie_secure"]:
            raise SettingsError("production mode requires secure session cookies "
                                f"({ENV_PREFIX}SESSION_COOKIE_SECURE=true)")
    elif not secret:
        values["secret_key"] = _secret_from_file(values["var_dir"])  # type: ignore[arg-type]
    if not values.get("database_url"):
        var_dir: Path = values["var_dir"]  # type: ignore[assignment]
        _make_var_dir(var_dir)
        values["database_url"] = f"sqlite:///{var_dir / 'inquiry.db'}"
    if values.get("storage_dir") is None:
        values["storage_dir"] = Path(values["var_dir"]) / "blobs"  # type: ignore[arg-type]
    if values.get("audit_checkpoint_dir") is None:
        values["audit_checkpoint_dir"] = Path(values["var_dir"]) / "audit_checkpoints"  # type: ignore[arg-type]
    if values["audit_checkpoint_backend"] not in ("local", "s3"):
        raise SettingsError(f"{ENV_PREFIX}AUDIT_CHECKPOINT_BACKEND must be 'local' or 's3'")
    if values["audit_checkpoint_backend"] == "s3" and not values["audit_checkpoint_s3_bucket"]:
        raise SettingsError(f"{ENV_PREFIX}AUDIT_CHECKPOINT_S3_BUCKET is required when the "
                            "audit checkpoint backend is s3")
    if env == "production" and not values["audit_key_file"]:
        raise SettingsError(f"production mode refuses to start: set {ENV_PREFIX}AUDIT_KEY_FILE "
                            "to a file holding the audit trail's secret key (kept apart from "
                            "the database and its backups)")
    if not values.get("redis_url") and "managed_redis_password" not in values:
        values["managed_redis_password"] = _managed_redis_password(values["var_dir"])  # type: ignore[arg-type]
    if values["es_ca_certs"] and not Path(str(values["es_ca_certs"])).is_file():
        raise SettingsError(f"{ENV_PREFIX}ES_CA_CERTS must be a CA bundle file (PEM); "
                            f"{values['es_ca_certs']} is not a file")
    if values.get("publication_dir") is None:
        values["publication_dir"] = Path(values["var_dir"]) / "published"  # type: ignore[arg-type]
    _validate_intake(values)
    known = {f.name for f in fields(Settings)}
    unknown = set(values) - known
    if unknown:
        raise SettingsError(f"unknown settings: {', '.join(sorted(unknown))}")
    return Settings(**values)  # type: ignore[arg-type]
