"""The evidence blob store chosen by the settings: one per process, made on first use."""

from __future__ import annotations

from flask import current_app

from ingest.storage import BlobStore, StorageUnavailable, blob_store_from_options

__all__ = ["BlobStore", "StorageUnavailable", "store", "store_for"]


def store_for(settings) -> BlobStore:  # noqa: ANN001 - config.Settings
    return blob_store_from_options(
        settings.storage_backend, storage_dir=settings.storage_dir,
        s3_bucket=settings.s3_bucket, s3_prefix=settings.s3_prefix,
        s3_endpoint_url=settings.s3_endpoint_url, s3_access_key=settings.s3_access_key,
        s3_secret_key=settings.s3_secret_key, s3_region=settings.s3_region,
        s3_sse=settings.s3_sse, s3_multipart_threshold=settings.s3_multipart_threshold)


def store() -> BlobStore:
    cache = current_app.extensions.setdefault("inquiry_blob_store", {})
    if "store" not in cache:
        cache["store"] = store_for(current_app.extensions["inquiry_settings"])
    return cache["store"]
