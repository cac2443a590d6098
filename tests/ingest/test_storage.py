"""The blob store contract, run against every backend: in memory, a local directory and a
real S3-compatible server."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from ingest.storage import (
    BlobNotFound,
    BlobStore,
    InMemoryBlobStore,
    IntegrityError,
    LocalBlobStore,
    StorageUnavailable,
    blob_store_from_options,
    key_for,
)
from tests.ingest.conftest import make_s3_store

SMALL_THRESHOLD = 5 * 1024 * 1024


@pytest.fixture(params=["memory", "local", pytest.param("s3", marks=pytest.mark.s3)])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[BlobStore, Callable]:
    """(store, tamper): tamper(sha, data) replaces a stored blob's bytes behind its back."""
    if request.param == "memory":
        store = InMemoryBlobStore()

        def tamper(sha: str, data: bytes) -> None:
            store.blobs[sha] = data

        return store, tamper
    if request.param == "local":
        local = LocalBlobStore(tmp_path / "blobs")

        def tamper_file(sha: str, data: bytes) -> None:
            path = local.path_for(sha)
            os.chmod(path, 0o644)
            path.write_bytes(data)

        return local, tamper_file
    s3 = make_s3_store(request.getfixturevalue("s3_bucket"),
                       multipart_threshold=SMALL_THRESHOLD)

    def tamper_object(sha: str, data: bytes) -> None:
        # Overwrite through the API, keeping the digest metadata, as an insider might.
        s3.client.put_object(Bucket=s3.bucket, Key=key_for(s3.prefix, sha), Body=data,
                             Metadata={"sha256": sha})

    return s3, tamper_object


def test_roundtrip(backend: tuple[BlobStore, Callable], tmp_path: Path) -> None:
    store, _ = backend
    data = b"%PDF-1.7 evidence " * 1000
    sha = store.put_bytes(data)
    assert sha == hashlib.sha256(data).hexdigest()
    assert store.exists(sha) and store.size(sha) == len(data)
    assert store.get_bytes(sha) == data
    with store.open(sha) as stream:
        assert stream.read() == data
    assert store.copy_to(sha, tmp_path / "copy.pdf").read_bytes() == data
    source = tmp_path / "source.bin"
    source.write_bytes(b"another file")
    assert store.put_file(source) == hashlib.sha256(b"another file").hexdigest()


def test_put_is_idempotent(backend: tuple[BlobStore, Callable], tmp_path: Path) -> None:
    store, _ = backend
    first = store.put_bytes(b"same content")
    path = tmp_path / "same"
    path.write_bytes(b"same content")
    assert store.put_file(path) == first == store.put_bytes(b"same content")
    assert store.get_bytes(first) == b"same content"


def test_many_blobs_at_once_in_order(backend: tuple[BlobStore, Callable]) -> None:
    """A chunk of pages' word boxes is stored in one call (the writes overlap): the digests
    come back in the order given, repeats included, and each blob reads back whole."""
    store, _ = backend
    items = [f"page {i} words ".encode() * (50 + i) for i in range(30)]
    items.append(items[0])
    shas = store.put_many(items)
    assert shas == [hashlib.sha256(data).hexdigest() for data in items]
    assert all(store.get_bytes(sha) == data for sha, data in zip(shas, items, strict=True))
    assert store.put_many([]) == [] and store.put_many(items[:1]) == shas[:1]


def test_tampering_is_detected_on_every_read(backend: tuple[BlobStore, Callable],
                                             tmp_path: Path) -> None:
    store, tamper = backend
    sha = store.put_bytes(b"the original statement")
    tamper(sha, b"the altered statement!")
    with pytest.raises(IntegrityError):
        store.get_bytes(sha)
    with pytest.raises(IntegrityError):
        store.open(sha)  # refused before a single byte is handed out
    with pytest.raises(IntegrityError):
        store.copy_to(sha, tmp_path / "copy.pdf")
    assert not (tmp_path / "copy.pdf").exists()
    assert list(tmp_path.glob(".copy.pdf*")) == []
    with pytest.raises(IntegrityError):
        store.verify(sha)


def test_large_file_multipart(backend: tuple[BlobStore, Callable], tmp_path: Path) -> None:
    store, _ = backend
    big = tmp_path / "big.bin"
    block = hashlib.sha256(b"seed").digest() * 32768  # 1 MiB, not all zeros
    with open(big, "wb") as out:
        for i in range(20):
            out.write(bytes([i]) + block[1:])
    sha = store.put_file(big)
    assert sha == hashlib.sha256(big.read_bytes()).hexdigest()
    assert store.size(sha) == 20 * 1024 * 1024
    copy = store.copy_to(sha, tmp_path / "back.bin")
    assert copy.read_bytes() == big.read_bytes()
    if hasattr(store, "client"):  # S3: uploaded in parts
        head = store.client.head_object(Bucket=store.bucket, Key=key_for(store.prefix, sha))
        assert head["ETag"].strip('"').endswith("-4")
        assert head["Metadata"]["sha256"] == sha


def test_missing_blob(backend: tuple[BlobStore, Callable], tmp_path: Path) -> None:
    store, _ = backend
    absent = hashlib.sha256(b"never stored").hexdigest()
    assert not store.exists(absent)
    for read in (store.get_bytes, store.open, store.size,
                 lambda s: store.copy_to(s, tmp_path / "x")):
        with pytest.raises(BlobNotFound):
            read(absent)
    with pytest.raises(KeyError):  # BlobNotFound is also a KeyError
        store.get_bytes(absent)


def test_digests_are_validated(backend: tuple[BlobStore, Callable]) -> None:
    store, _ = backend
    for bad in ("../../etc/passwd", "A" * 64, "abc"):
        with pytest.raises(ValueError):
            store.get_bytes(bad)


def test_local_layout_is_read_only_and_leaves_no_temporaries(tmp_path: Path) -> None:
    store = LocalBlobStore(tmp_path)
    sha = store.put_bytes(b"layout")
    path = tmp_path / sha[:2] / sha[2:4] / sha
    assert store.path_for(sha) == path and path.read_bytes() == b"layout"
    assert stat.S_IMODE(path.stat().st_mode) == 0o400  # read-only, the app user's alone
    before = path.stat().st_mtime_ns
    store.put_bytes(b"layout")
    assert path.stat().st_mtime_ns == before  # the same content is never rewritten
    assert list((tmp_path / ".incoming").iterdir()) == []


def test_keys() -> None:
    sha = hashlib.sha256(b"k").hexdigest()
    assert key_for("evidence", sha) == f"evidence/{sha[:2]}/{sha[2:4]}/{sha}"
    assert key_for("", sha) == f"{sha[:2]}/{sha[2:4]}/{sha}"
    assert key_for("/a/b/", sha).startswith("a/b/")


def test_unreachable_s3_is_storage_unavailable(tmp_path: Path) -> None:
    from ingest.storage_s3 import S3BlobStore

    store = S3BlobStore("bucket", "p", endpoint_url="http://127.0.0.1:9", access_key="k",
                        secret_key="s", region="us-east-1", connect_timeout=1, max_attempts=1)
    sha = hashlib.sha256(b"x").hexdigest()
    with pytest.raises(StorageUnavailable):
        store.exists(sha)
    with pytest.raises(StorageUnavailable):
        store.get_bytes(sha)
    path = tmp_path / "f"
    path.write_bytes(b"x")
    with pytest.raises(StorageUnavailable):
        store.put_file(path)


@pytest.mark.s3
def test_s3_server_side_encryption_is_requested(s3_bucket: dict[str, str]) -> None:
    store = make_s3_store(s3_bucket, sse="AES256")
    assert store._extra_args("0" * 64)["ServerSideEncryption"] == "AES256"
    sha = store.put_bytes(b"encrypted at rest")
    assert store.get_bytes(sha) == b"encrypted at rest"


@pytest.mark.s3
def test_s3_object_without_matching_metadata_is_refused(s3_bucket: dict[str, str]) -> None:
    store = make_s3_store(s3_bucket)
    sha = hashlib.sha256(b"planted").hexdigest()
    store.client.put_object(Bucket=store.bucket, Key=key_for(store.prefix, sha), Body=b"planted")
    with pytest.raises(IntegrityError, match="carries digest None"):
        store.get_bytes(sha)


@pytest.mark.s3
def test_s3_missing_bucket_is_a_clear_error(s3_bucket: dict[str, str]) -> None:
    from ingest.storage import StorageError

    store = make_s3_store({**s3_bucket, "bucket": "no-such-bucket-here"})
    with pytest.raises(StorageError) as caught:
        store.put_bytes(b"x")
    assert not isinstance(caught.value, StorageUnavailable)


def test_factory(tmp_path: Path) -> None:
    assert isinstance(blob_store_from_options("local", storage_dir=tmp_path), LocalBlobStore)
    assert isinstance(blob_store_from_options("memory"), InMemoryBlobStore)
    s3 = blob_store_from_options("s3", s3_bucket="b", s3_prefix="evidence", s3_sse="",
                                 s3_endpoint_url="http://127.0.0.1:9", s3_region="eu-west-2",
                                 s3_access_key="k", s3_secret_key="s", unrelated_setting=1)
    assert (s3.bucket, s3.prefix, s3.sse) == ("b", "evidence", None)
    for bad in ({"backend": "ftp"}, {"backend": "s3"}, {"backend": "local"}):
        with pytest.raises(ValueError):
            blob_store_from_options(**bad)


@pytest.mark.s3
def test_s3_file_changing_during_upload_is_not_kept(s3_bucket: dict[str, str], tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import ingest.storage_s3

    store = make_s3_store(s3_bucket)
    path = tmp_path / "moving.pdf"
    path.write_bytes(b"content as uploaded")
    claimed = hashlib.sha256(b"content as first hashed").hexdigest()
    monkeypatch.setattr(ingest.storage_s3, "sha256_of", lambda _p: claimed)
    with pytest.raises(IntegrityError, match="changed while it was being stored"):
        store.put_file(path)
    assert not store.exists(claimed)
