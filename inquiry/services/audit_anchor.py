"""The audit trail's key and its checkpoints outside the database.

Entries are keyed with HMAC-SHA256 under a secret read from a file that is neither in the
database nor in the repository (``INQUIRY_AUDIT_KEY_FILE``; in local mode created once under
``var/`` with owner-only access). Someone who can write to the database but hasn't the key
cannot re-hash a rewritten chain.

A checkpoint is the chain's head (``seq``, ``hash``) with its own HMAC, appended to a place
outside the database: one append-only file in a directory, or one object per checkpoint in
an S3 bucket (object-locked in production). ``audit.verify`` compares the chain with every
checkpoint, so a tail deleted, or a chain rewritten and re-hashed by someone who has the key
but not the anchor, is found.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from flask import current_app

from ingest.private import create_private

CHECKPOINT_FILE = "checkpoints.jsonl"


class AuditKeyError(RuntimeError):
    """The audit key file is missing or unusable; the message names the setting."""


def _key_path(settings: Any) -> Path:  # noqa: ANN401 - config.Settings
    return Path(settings.audit_key_file) if settings.audit_key_file \
        else Path(settings.var_dir) / "audit_key"


def load_key(settings: Any) -> bytes:  # noqa: ANN401 - config.Settings
    """The key's bytes; in local mode the default file is created once (mode 600)."""
    path = _key_path(settings)
    if not path.exists() and not settings.production and not settings.audit_key_file:
        try:
            fd = create_private(path)
        except FileExistsError:
            pass  # another process made it a moment ago
        else:
            with os.fdopen(fd, "w") as fh:
                fh.write(secrets.token_urlsafe(48))
    try:
        key = path.read_text().strip().encode()
    except OSError as exc:
        raise AuditKeyError(f"the audit key file ({path}, INQUIRY_AUDIT_KEY_FILE) can't be "
                            f"read: {exc.strerror}") from None
    if len(key) < 32:
        raise AuditKeyError(f"the audit key in {path} is shorter than 32 characters")
    return key


def key() -> bytes:
    cache = current_app.extensions.setdefault("inquiry_audit", {})
    if "key" not in cache:
        cache["key"] = load_key(current_app.extensions["inquiry_settings"])
    return cache["key"]


def mac(data: bytes) -> str:
    return hmac.new(key(), data, hashlib.sha256).hexdigest()


# checkpoints -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Checkpoint:
    seq: int
    hash: str
    at: str
    mac: str

    def body(self) -> bytes:
        return f"inquiry-audit-checkpoint:{self.seq}:{self.hash}:{self.at}".encode()

    def signed(self) -> bool:
        return hmac.compare_digest(self.mac, mac(self.body()))

    def to_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "hash": self.hash, "at": self.at, "mac": self.mac}


def _sign(seq: int, head_hash: str) -> Checkpoint:
    at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    unsigned = Checkpoint(seq, head_hash, at, "")
    return Checkpoint(seq, head_hash, at, mac(unsigned.body()))


class CheckpointStore:
    def describe(self) -> str:
        raise NotImplementedError

    def append(self, checkpoint: Checkpoint) -> None:
        raise NotImplementedError

    def read_all(self) -> list[dict[str, Any]]:
        raise NotImplementedError


class LocalCheckpointStore(CheckpointStore):
    """One file, only ever opened for appending, in a directory only the app's user reads.
    On a host, ``chattr +a`` on the file (or a remote syslog) makes it append-only for root
    too; production should prefer an object-locked bucket."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def describe(self) -> str:
        return str(self.root / CHECKPOINT_FILE)

    def append(self, checkpoint: Checkpoint) -> None:
        line = json.dumps(checkpoint.to_json(), sort_keys=True) + "\n"
        fd = create_private(self.root / CHECKPOINT_FILE, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        try:
            os.write(fd, line.encode())
            os.fsync(fd)
        finally:
            os.close(fd)

    def read_all(self) -> list[dict[str, Any]]:
        path = self.root / CHECKPOINT_FILE
        if not path.exists():
            return []
        out = []
        for line in path.read_text().splitlines():
            if line.strip():
                try:
                    out.append(json.loads(line))
                except ValueError:
                    out.append({"unreadable": line[:80]})
        return out


class S3CheckpointStore(CheckpointStore):
    """One object per checkpoint, never overwritten (the key carries seq and time). With
    S3 Object Lock (compliance mode, default retention) on the bucket, no one can delete
    them before the retention ends."""

    def __init__(self, settings: Any) -> None:  # noqa: ANN401 - config.Settings
        from inquiry.services.publication_store import S3PublicationStore

        self._store = S3PublicationStore(
            settings.audit_checkpoint_s3_bucket, settings.audit_checkpoint_s3_prefix,
            endpoint_url=settings.s3_endpoint_url or None,
            access_key=settings.s3_access_key or None, secret_key=settings.s3_secret_key or None,
            region=settings.s3_region or None, sse=settings.s3_sse or None)

    def describe(self) -> str:
        return self._store.describe()

    def ensure_bucket(self) -> None:
        self._store.ensure_bucket()

    def append(self, checkpoint: Checkpoint) -> None:
        name = f"{checkpoint.seq:012d}-{checkpoint.at.replace(':', '')}.json"
        self._store.put_json(name, checkpoint.to_json())

    def read_all(self) -> list[dict[str, Any]]:
        client, bucket = self._store.client, self._store.bucket
        prefix = f"{self._store.prefix}/" if self._store.prefix else ""
        out = []
        with self._store._errors("audit checkpoints"):  # noqa: SLF001 - same error mapping
            for listing in client.get_paginator("list_objects_v2").paginate(
                    Bucket=bucket, Prefix=prefix):
                for obj in listing.get("Contents", []):
                    body = client.get_object(Bucket=bucket, Key=obj["Key"])["Body"].read()
                    try:
                        out.append(json.loads(body))
                    except ValueError:
                        out.append({"unreadable": obj["Key"]})
        return out


def store_for(settings: Any) -> CheckpointStore:  # noqa: ANN401 - config.Settings
    if settings.audit_checkpoint_backend == "s3":
        return S3CheckpointStore(settings)
    return LocalCheckpointStore(settings.audit_checkpoint_dir)


def store() -> CheckpointStore:
    cache = current_app.extensions.setdefault("inquiry_audit", {})
    if "store" not in cache:
        cache["store"] = store_for(current_app.extensions["inquiry_settings"])
    return cache["store"]


def write_checkpoint(seq: int, head_hash: str) -> Checkpoint:
    checkpoint = _sign(seq, head_hash)
    store().append(checkpoint)
    cache = current_app.extensions.setdefault("inquiry_audit", {})
    cache["last_checkpoint_at"] = datetime.now(UTC)
    return checkpoint


def checkpoint_due() -> bool:
    """True when this process hasn't written a checkpoint for ``audit_checkpoint_seconds``
    (every process starts by writing one with its first entry)."""
    cache = current_app.extensions.setdefault("inquiry_audit", {})
    last = cache.get("last_checkpoint_at")
    interval = current_app.extensions["inquiry_settings"].audit_checkpoint_seconds
    return last is None or (datetime.now(UTC) - last).total_seconds() >= interval


def checkpoints() -> list[tuple[Checkpoint | None, str]]:
    """Every stored checkpoint with its problem ("" if it is well formed and signed)."""
    out: list[tuple[Checkpoint | None, str]] = []
    for raw in store().read_all():
        try:
            checkpoint = Checkpoint(int(raw["seq"]), str(raw["hash"]), str(raw["at"]),
                                    str(raw["mac"]))
        except (KeyError, TypeError, ValueError):
            out.append((None, "a checkpoint is unreadable"))
            continue
        out.append((checkpoint, "" if checkpoint.signed() else
                    f"checkpoint at entry {checkpoint.seq} has a bad signature"))
    return out
