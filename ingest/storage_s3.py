"""The S3 backend of the blob store (boto3): any S3-compatible endpoint, optional SSE,
multipart upload for large files, digest kept in object metadata and checked on read."""

from __future__ import annotations

from pathlib import Path
from typing import IO

from ingest.storage import (
    BlobNotFound,
    BlobStore,
    IntegrityError,
    StorageUnavailable,
    key_for,
    sha256_of,
)


def _is_unavailable(exc: BaseException) -> bool:
    from botocore.exceptions import (
        ConnectionClosedError,
        ConnectTimeoutError,
        EndpointConnectionError,
        ReadTimeoutError,
    )

    return isinstance(exc, (EndpointConnectionError, ConnectionClosedError,
                            ConnectTimeoutError, ReadTimeoutError, ConnectionError))


class S3BlobStore(BlobStore):
    def __init__(self, bucket: str, prefix: str = "", endpoint_url: str | None = None,
                 access_key: str | None = None, secret_key: str | None = None,
                 region: str | None = None, sse: str | None = None,
                 multipart_threshold: int = 64 * 1024 * 1024) -> None:
        import boto3
        from boto3.s3.transfer import TransferConfig
        from botocore.config import Config

        self.bucket, self.prefix, self.sse = bucket, prefix, sse
        self.client = boto3.client(
            "s3", endpoint_url=endpoint_url, aws_access_key_id=access_key,
            aws_secret_access_key=secret_key, region_name=region,
            config=Config(retries={"max_attempts": 3, "mode": "standard"},
                          connect_timeout=5, read_timeout=60,
                          s3={"addressing_style": "path"}))
        self.transfer = TransferConfig(multipart_threshold=multipart_threshold,
                                       multipart_chunksize=max(8 * 1024 * 1024,
                                                               multipart_threshold // 4))

    def _call(self, fn, *args, **kwargs):  # noqa: ANN001, ANN202
        from botocore.exceptions import ClientError

        try:
            return fn(*args, **kwargs)
        except ClientError as exc:
            code = exc.response.get("Error", {}).get("Code", "")
            if code in ("404", "NoSuchKey", "NotFound"):
                raise BlobNotFound(str(args or kwargs)) from None
            if code in ("500", "502", "503", "504", "SlowDown", "ServiceUnavailable",
                        "InternalError", "RequestTimeout"):
                raise StorageUnavailable(f"S3 is unavailable: {code}") from exc
            raise
        except Exception as exc:
            if _is_unavailable(exc):
                raise StorageUnavailable(f"S3 cannot be reached: {exc}") from exc
            raise

    def put_file(self, path: Path) -> str:
        sha = sha256_of(path)
        if self.exists(sha):
            return sha
        extra = {"Metadata": {"sha256": sha}, "ContentType": "application/octet-stream"}
        if self.sse:
            extra["ServerSideEncryption"] = self.sse
        key = key_for(self.prefix, sha)
        self._call(self.client.upload_file, str(path), self.bucket, key, ExtraArgs=extra,
                   Config=self.transfer)
        if sha256_of(path) != sha:
            raise IntegrityError(f"{path} changed while it was being stored")
        head = self._call(self.client.head_object, Bucket=self.bucket, Key=key)
        if head.get("Metadata", {}).get("sha256") != sha or \
                head.get("ContentLength") != path.stat().st_size:
            raise IntegrityError(f"S3 object {key} does not match what was written")
        return sha

    def exists(self, sha256: str) -> bool:
        try:
            self._call(self.client.head_object, Bucket=self.bucket,
                       Key=key_for(self.prefix, sha256))
            return True
        except BlobNotFound:
            return False

    def _open_raw(self, sha256: str) -> IO[bytes]:
        response = self._call(self.client.get_object, Bucket=self.bucket,
                              Key=key_for(self.prefix, sha256))
        stored = response.get("Metadata", {}).get("sha256")
        if stored and stored != sha256:
            raise IntegrityError(f"S3 object for {sha256} carries digest {stored}")
        return response["Body"]
