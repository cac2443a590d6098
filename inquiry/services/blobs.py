"""The evidence blob store chosen by the settings: one per process, made on first use."""

from __future__ import annotations

from flask import current_app

from ingest.storage import BlobStore, LocalBlobStore
from ingest.storage_s3 import S3BlobStore


def store_for(settings) -> BlobStore:  # noqa: ANN001 - config.Settings
    if settings.storage_backend == "s3":
        return S3BlobStore(
            bucket=settings.s3_bucket, prefix=settings.s3_prefix,
            endpoint_url=settings.s3_endpoint_url or None,
            access_key=settings.s3_access_key or None,
            secret_key=settings.s3_secret_key or None,
            region=settings.s3_region, sse=settings.s3_sse or None,
            multipart_threshold=settings.s3_multipart_threshold)
    return LocalBlobStore(settings.storage_dir)


def store() -> BlobStore:
    cache = current_app.extensions.setdefault("inquiry_blob_store", {})
    if "store" not in cache:
        cache["store"] = store_for(current_app.extensions["inquiry_settings"])
    return cache["store"]
