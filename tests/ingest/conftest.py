"""Fixtures for the ingest package: generated PDFs (made once per session) and blob stores.

The S3 store runs against the real S3-compatible server of the root ``s3_server`` fixture,
in a bucket made for the test session.
"""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from tests import pdfs


@pytest.fixture(scope="session")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One of each kind of test PDF, keyed by kind (see tests.pdfs.all_kinds)."""
    dest = tmp_path_factory.mktemp("pdfs")
    kinds = pdfs.all_kinds(dest)
    for rotation in (180, 270):
        kinds[f"rotated{rotation}"] = pdfs.rotated_pdf(dest, rotation)
    kinds["unmapped"] = pdfs.unmapped_glyphs_pdf(dest)
    return kinds


@pytest.fixture(scope="session")
def s3_bucket(s3_server: dict[str, str]) -> dict[str, str]:
    """A fresh bucket on the real S3 server; the options an S3BlobStore needs."""
    import boto3

    name = f"ingest-test-{secrets.token_hex(4)}"
    client = boto3.client("s3", endpoint_url=s3_server["endpoint_url"],
                          aws_access_key_id=s3_server["access_key"],
                          aws_secret_access_key=s3_server["secret_key"],
                          region_name=s3_server["region"])
    client.create_bucket(Bucket=name)
    return {**s3_server, "bucket": name}


def make_s3_store(s3_bucket: dict[str, str], **options: object):  # noqa: ANN201
    from ingest.storage_s3 import S3BlobStore

    return S3BlobStore(bucket=s3_bucket["bucket"], prefix=f"t{secrets.token_hex(3)}",
                       endpoint_url=s3_bucket["endpoint_url"],
                       access_key=s3_bucket["access_key"], secret_key=s3_bucket["secret_key"],
                       region=s3_bucket["region"], **options)  # type: ignore[arg-type]
