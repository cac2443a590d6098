"""The S3 backend of the blob store (boto3): any S3-compatible endpoint, optional SSE,
multipart upload for large files, sha256 kept in object metadata and checked on read.

Failures are translated: a missing object is BlobNotFound, an unreachable or overloaded
service is StorageUnavailable (retry later), anything else StorageError with the reason.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from contextlib import contextmanager
from typing import IO, Any, TypeVar

from ingest.storage import (
    BlobNotFound,
    BlobStore,
    HashingReader,
    IntegrityError,
    StorageError,
    StorageUnavailable,
    _check_digest,
    key_for,
    sha256_of,
)

T = TypeVar("T")
META_KEY = "sha256"
MIN_PART = 5 * 1024 * 1024
NOT_FOUND = {"404", "NoSuchKey", "NotFound"}
TRANSIENT = {"500", "502", "503", "504", "SlowDown", "ServiceUnavailable", "InternalError",
             "RequestTimeout", "RequestTimeTooSkewed", "Throttling", "ThrottlingException",
             "RequestLimitExceeded", "TooManyRequests", "429"}


def _translate(exc: BaseException, what: str) -> BaseException | None:
    """The storage exception for a boto3/botocore failure, or None if it is not one."""
    from boto3.exceptions import S3UploadFailedError
    from botocore.exceptions import (
        BotoCoreError,
        ClientError,
        HTTPClientError,
        NoCredentialsError,
        ReadTimeoutError,
        ResponseStreamingError,
    )
    from botocore.exceptions import (
        ConnectionError as BotoConnectionError,
    )

    if isinstance(exc, S3UploadFailedError) and exc.__cause__ is not None:
        inner = _translate(exc.__cause__, what)
        return inner or StorageError(f"S3 refused {what}: {exc}")
    if isinstance(exc, ClientError):
        error = exc.response.get("Error", {})
        code = str(error.get("Code", ""))
        status = str(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", ""))
        if code in NOT_FOUND:
            return BlobNotFound(f"S3 has no {what}")
        if code in TRANSIENT or status.startswith("5"):
            return StorageUnavailable(f"S3 is unavailable ({code or status}) for {what}")
        if code == "NoSuchBucket":
            return StorageError(f"the S3 bucket does not exist ({what})")
        return StorageError(f"S3 refused {what}: {code} {error.get('Message', '')}".strip())
    if isinstance(exc, NoCredentialsError):
        return StorageError("no S3 credentials are configured")
    if isinstance(exc, BotoConnectionError | HTTPClientError | ReadTimeoutError
                  | ResponseStreamingError | ConnectionError | TimeoutError):
        return StorageUnavailable(f"S3 cannot be reached for {what}: {exc}")
    if isinstance(exc, BotoCoreError):
        return StorageError(f"S3 failed for {what}: {exc}")
    return None


class _TranslatingStream(io.RawIOBase):
    """An object body whose read errors come out as storage exceptions."""

    def __init__(self, body: Any, what: str) -> None:
        self._body, self._what = body, what

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        try:
            data = self._body.read(len(buffer))
        except Exception as exc:
            mapped = _translate(exc, self._what)
            if mapped is None:
                raise
            raise mapped from exc
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        try:
            self._body.close()
        finally:
            super().close()


class S3BlobStore(BlobStore):
    """Blobs as objects ``<prefix>/<aa>/<bb>/<sha256>`` carrying ``x-amz-meta-sha256``."""

    def __init__(self, bucket: str, prefix: str = "", endpoint_url: str | None = None,
                 access_key: str | None = None, secret_key: str | None = None,
                 region: str | None = None, sse: str | None = None,
                 multipart_threshold: int = 64 * 1024 * 1024, *,
                 kms_key_id: str | None = None, max_concurrency: int = 4,
                 connect_timeout: float = 5, read_timeout: float = 60,
                 max_attempts: int = 3) -> None:
        import boto3
        from boto3.s3.transfer import TransferConfig
        from botocore.config import Config

        if sse not in (None, "", "AES256", "aws:kms"):
            raise ValueError("sse must be None, 'AES256' or 'aws:kms'")
        self.bucket, self.prefix = bucket, prefix
        self.sse, self.kms_key_id = sse or None, kms_key_id
        self.endpoint_url = endpoint_url
        self.client = boto3.session.Session().client(
            "s3", endpoint_url=endpoint_url, aws_access_key_id=access_key,
            aws_secret_access_key=secret_key, region_name=region,
            config=Config(retries={"max_attempts": max_attempts, "mode": "standard"},
                          connect_timeout=connect_timeout, read_timeout=read_timeout,
                          s3={"addressing_style": "path"} if endpoint_url else {}))
        threshold = max(MIN_PART, int(multipart_threshold))
        self.transfer = TransferConfig(multipart_threshold=threshold,
                                       multipart_chunksize=max(MIN_PART,
                                                               min(threshold, 16 * 1024 * 1024)),
                                       max_concurrency=max_concurrency, use_threads=True)

    def describe(self) -> str:
        where = f" at {self.endpoint_url}" if self.endpoint_url else ""
        return f"S3 bucket {self.bucket}{where}"

    def _key(self, sha256: str) -> str:
        return key_for(self.prefix, sha256)

    @contextmanager
    def _errors(self, what: str):  # noqa: ANN202
        try:
            yield
        except StorageError:
            raise
        except Exception as exc:
            mapped = _translate(exc, what)
            if mapped is None:
                raise
            raise mapped from exc

    def _call(self, what: str, fn: Callable[..., T], **kwargs: Any) -> T:
        with self._errors(what):
            return fn(**kwargs)

    def ensure_bucket(self) -> None:
        """Create the bucket if it is missing (local servers; production buckets exist)."""
        try:
            self._call(f"bucket {self.bucket}", self.client.head_bucket, Bucket=self.bucket)
        except StorageError as exc:
            if isinstance(exc, StorageUnavailable):
                raise
            self._call(f"bucket {self.bucket}", self.client.create_bucket, Bucket=self.bucket)

    def _extra_args(self, sha256: str) -> dict[str, Any]:
        extra: dict[str, Any] = {"Metadata": {META_KEY: sha256},
                                 "ContentType": "application/octet-stream"}
        if self.sse:
            extra["ServerSideEncryption"] = self.sse
            if self.sse == "aws:kms" and self.kms_key_id:
                extra["SSEKMSKeyId"] = self.kms_key_id
        return extra

    def put_file(self, path: str | os.PathLike) -> str:
        """Hash, then upload while hashing again: a file that changes in between is caught."""
        sha = sha256_of(path)
        if self.exists(sha):
            return sha
        key = self._key(sha)
        with open(path, "rb") as fh:
            reader = HashingReader(fh)
            with self._errors(f"object {key}"):
                self.client.upload_fileobj(reader, self.bucket, key,
                                           ExtraArgs=self._extra_args(sha), Config=self.transfer)
        if reader.hexdigest() != sha:
            self._discard(key)
            raise IntegrityError(f"{path} changed while it was being stored; nothing was kept")
        self._check_written(key, sha, reader.size)
        return sha

    def put_bytes(self, data: bytes) -> str:
        import hashlib

        sha = hashlib.sha256(data).hexdigest()
        if self.exists(sha):
            return sha
        key = self._key(sha)
        with self._errors(f"object {key}"):
            self.client.upload_fileobj(io.BytesIO(data), self.bucket, key,
                                       ExtraArgs=self._extra_args(sha), Config=self.transfer)
        self._check_written(key, sha, len(data))
        return sha

    def _check_written(self, key: str, sha: str, size: int) -> None:
        head = self._call(f"object {key}", self.client.head_object, Bucket=self.bucket, Key=key)
        stored = head.get("Metadata", {}).get(META_KEY)
        if stored != sha or head.get("ContentLength") != size:
            raise IntegrityError(f"S3 object {key} does not match what was written "
                                 f"(metadata {stored}, {head.get('ContentLength')} bytes; "
                                 f"expected {sha}, {size} bytes)")

    def _discard(self, key: str) -> None:
        """Remove an object this call just wrote with the wrong content (never an original)."""
        try:
            self._call(f"object {key}", self.client.delete_object, Bucket=self.bucket, Key=key)
        except StorageError:
            pass

    def _head(self, sha256: str) -> dict[str, Any]:
        key = self._key(sha256)
        return self._call(f"object {key}", self.client.head_object, Bucket=self.bucket, Key=key)

    def exists(self, sha256: str) -> bool:
        try:
            self._head(sha256)
            return True
        except BlobNotFound:
            return False

    def size(self, sha256: str) -> int:
        return int(self._head(sha256)["ContentLength"])

    def _raw_stream(self, sha256: str) -> IO[bytes]:
        _check_digest(sha256)
        key = self._key(sha256)
        response = self._call(f"object {key}", self.client.get_object, Bucket=self.bucket,
                              Key=key)
        stored = response.get("Metadata", {}).get(META_KEY)
        if stored != sha256:
            response["Body"].close()
            raise IntegrityError(f"S3 object {key} carries digest {stored!r}, not its key's; "
                                 "it has been replaced or tampered with")
        return io.BufferedReader(_TranslatingStream(response["Body"], f"object {key}"),
                                 1024 * 1024)
