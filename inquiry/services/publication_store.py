"""The publication store: published PDFs and their manifest entries, apart from the
evidence. A local directory by default; an S3 bucket (or a prefix in one) in production.

Keys are ``<urn>/<sha256>.pdf`` and ``<urn>/manifest.json``. The manifest entry is written
last and removed first, so a reader that trusts only documents with a manifest never sees a
half-published one; a failed publication is retried from the start and overwrites its own
partial writes (the redacted file is deterministic, so its key is the same).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, TypeVar

from flask import current_app

from ingest.private import private_dir
from ingest.storage import StorageError, StorageUnavailable

T = TypeVar("T")


class PublicationStore:
    """The operations publication needs; both backends check what they wrote."""

    def describe(self) -> str:
        raise NotImplementedError

    def put_file(self, key: str, path: Path, sha256: str) -> None:
        raise NotImplementedError

    def put_json(self, key: str, data: dict[str, Any]) -> None:
        raise NotImplementedError

    def get_json(self, key: str) -> dict[str, Any] | None:
        raise NotImplementedError

    def open(self, key: str) -> IO[bytes]:
        raise NotImplementedError

    def delete(self, key: str) -> None:
        raise NotImplementedError

    def exists(self, key: str) -> bool:
        raise NotImplementedError


def _check_key(key: str) -> str:
    if not key or key.startswith("/") or ".." in key.split("/") or "\\" in key:
        raise ValueError(f"bad publication key {key!r}")
    return key


class LocalPublicationStore(PublicationStore):
    def __init__(self, root: str | os.PathLike) -> None:
        self.root = Path(root)
        self._private = False

    def describe(self) -> str:
        return f"directory {self.root}"

    def _path(self, key: str) -> Path:
        return self.root / _check_key(key)

    def _write(self, key: str, fill: Callable[[IO[bytes]], None]) -> None:
        target = self._path(key)
        if not self._private:  # the root too: 0700 even if an older version made it 0755
            private_dir(self.root)
            self._private = True
        private_dir(target.parent)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")  # 0600
        try:
            with os.fdopen(fd, "wb") as fh:
                fill(fh)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def put_file(self, key: str, path: Path, sha256: str) -> None:
        def fill(fh: IO[bytes]) -> None:
            digest = hashlib.sha256()
            with open(path, "rb") as src:
                while chunk := src.read(1 << 20):
                    digest.update(chunk)
                    fh.write(chunk)
            if digest.hexdigest() != sha256:
                raise StorageError(f"{path} changed while it was being published")

        self._write(key, fill)

    def put_json(self, key: str, data: dict[str, Any]) -> None:
        self._write(key, lambda fh: fh.write(json.dumps(data, indent=2, sort_keys=True)
                                             .encode()))

    def get_json(self, key: str) -> dict[str, Any] | None:
        path = self._path(key)
        return json.loads(path.read_text()) if path.exists() else None

    def open(self, key: str) -> IO[bytes]:
        return self._path(key).open("rb")

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def exists(self, key: str) -> bool:
        return self._path(key).exists()


class S3PublicationStore(PublicationStore):
    """Objects under ``<prefix>/`` in a bucket that holds no evidence."""

    def __init__(self, bucket: str, prefix: str, **client_options: Any) -> None:
        from ingest.storage_s3 import S3BlobStore

        # The evidence store's client: same timeouts, retries and addressing.
        self._s3 = S3BlobStore(bucket=bucket, prefix=prefix, **client_options)
        self.bucket, self.prefix = bucket, prefix.strip("/")
        self.client = self._s3.client

    def describe(self) -> str:
        return f"s3://{self.bucket}/{self.prefix}"

    def _key(self, key: str) -> str:
        return f"{self.prefix}/{_check_key(key)}" if self.prefix else _check_key(key)

    @contextmanager
    def _errors(self, what: str) -> Iterator[None]:
        from ingest.storage_s3 import _translate

        try:
            yield
        except StorageError:
            raise
        except Exception as exc:
            translated = _translate(exc, what)
            if translated is None:
                raise
            raise translated from exc

    def ensure_bucket(self) -> None:
        self._s3.ensure_bucket()

    def put_file(self, key: str, path: Path, sha256: str) -> None:
        with self._errors(f"publication {key}"):
            self.client.upload_file(str(path), self.bucket, self._key(key),
                                    ExtraArgs={"Metadata": {"sha256": sha256},
                                               "ContentType": "application/pdf"},
                                    Config=self._s3.transfer)
            head = self.client.head_object(Bucket=self.bucket, Key=self._key(key))
        if head.get("ContentLength") != path.stat().st_size or \
                head.get("Metadata", {}).get("sha256") != sha256:
            raise StorageUnavailable(f"the publication store did not keep {key} intact")

    def put_json(self, key: str, data: dict[str, Any]) -> None:
        body = json.dumps(data, indent=2, sort_keys=True).encode()
        with self._errors(f"publication {key}"):
            self.client.put_object(Bucket=self.bucket, Key=self._key(key), Body=body,
                                   ContentType="application/json")

    def get_json(self, key: str) -> dict[str, Any] | None:
        from botocore.exceptions import ClientError

        with self._errors(f"publication {key}"):
            try:
                obj = self.client.get_object(Bucket=self.bucket, Key=self._key(key))
            except ClientError as exc:
                if exc.response.get("Error", {}).get("Code") in ("NoSuchKey", "404"):
                    return None
                raise
            return json.loads(obj["Body"].read())

    def open(self, key: str) -> IO[bytes]:
        with self._errors(f"publication {key}"):
            return self.client.get_object(Bucket=self.bucket, Key=self._key(key))["Body"]

    def delete(self, key: str) -> None:
        with self._errors(f"publication {key}"):
            self.client.delete_object(Bucket=self.bucket, Key=self._key(key))

    def exists(self, key: str) -> bool:
        from botocore.exceptions import ClientError

        with self._errors(f"publication {key}"):
            try:
                self.client.head_object(Bucket=self.bucket, Key=self._key(key))
            except ClientError as exc:
                if str(exc.response.get("Error", {}).get("Code")) in ("404", "NoSuchKey",
                                                                      "NotFound"):
                    return False
                raise
        return True


def store_for(settings) -> PublicationStore:  # noqa: ANN001 - config.Settings
    if settings.publication_backend == "s3":
        return S3PublicationStore(
            settings.publication_s3_bucket, settings.publication_s3_prefix,
            endpoint_url=settings.s3_endpoint_url or None,
            access_key=settings.s3_access_key or None, secret_key=settings.s3_secret_key or None,
            region=settings.s3_region or None, sse=settings.s3_sse or None)
    return LocalPublicationStore(settings.publication_dir)


def store() -> PublicationStore:
    cache = current_app.extensions.setdefault("inquiry_publication_store", {})
    if "store" not in cache:
        cache["store"] = store_for(current_app.extensions["inquiry_settings"])
    return cache["store"]
