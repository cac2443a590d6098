"""Content-addressed, immutable blob store for originals and derived artefacts.

Keys are sha256 digests, stored under ``<prefix>/<aa>/<bb>/<sha256>``. A blob is written
once and never changed or deleted through this interface; writing the same content again
is a no-op. Every read is checked against the digest *before* any byte is handed out: a
mismatch raises IntegrityError, never serves the bytes. Backends: a local directory, S3
(:mod:`ingest.storage_s3`) and an in-memory double for unit tests.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import IO, Any, BinaryIO

from ingest.private import private_dir

CHUNK = 1024 * 1024
SPOOL_BYTES = 8 * 1024 * 1024  # verified reads stay in memory up to this size


class StorageError(RuntimeError):
    """Base class for storage failures (misconfiguration, refused access, ...)."""


class IntegrityError(StorageError):
    """A stored blob does not match its digest: corrupted or tampered with."""


class StorageUnavailable(StorageError):
    """The backend cannot be reached right now; the operation may be retried."""


class BlobNotFound(StorageError, KeyError):
    """No blob with that digest."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else "blob not found"


def _check_digest(sha256: str) -> str:
    if not isinstance(sha256, str) or len(sha256) != 64 or \
            any(c not in "0123456789abcdef" for c in sha256):
        raise ValueError(f"not a lower-case sha256 hex digest: {sha256!r}")
    return sha256


def key_for(prefix: str, sha256: str) -> str:
    """``<prefix>/<aa>/<bb>/<sha256>`` (no prefix part when the prefix is empty)."""
    _check_digest(sha256)
    parts = [p for p in (prefix.strip("/"), sha256[:2], sha256[2:4], sha256) if p]
    return "/".join(parts)


def sha256_of(path: str | os.PathLike) -> str:
    """Hex sha256 of a file, streamed."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


class HashingReader(io.RawIOBase):
    """Wraps a stream and hashes what is read through it (sequential, not seekable)."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self.digest = hashlib.sha256()
        self.size = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._raw.read(len(buffer))
        if not data:
            return 0
        self.digest.update(data)
        self.size += len(data)
        buffer[: len(data)] = data
        return len(data)

    def read(self, size: int = -1) -> bytes:
        data = self._raw.read() if size is None or size < 0 else self._raw.read(size)
        self.digest.update(data)
        self.size += len(data)
        return data

    def hexdigest(self) -> str:
        return self.digest.hexdigest()


def _mismatch(sha256: str, actual: str, where: str) -> IntegrityError:
    return IntegrityError(f"blob {sha256} failed its checksum on read ({where} holds content "
                          f"hashing to {actual}); it has been corrupted or tampered with")


class BlobStore(ABC):
    """put_* return the digest; open/get_bytes/copy_to verify it before handing data out."""

    @abstractmethod
    def put_file(self, path: str | os.PathLike) -> str:
        """Store a file's content; return its sha256. Idempotent."""

    @abstractmethod
    def put_bytes(self, data: bytes) -> str:
        """Store bytes; return their sha256. Idempotent."""

    def put_many(self, items: Iterable[bytes], workers: int = 8) -> list[str]:
        """Store several blobs at once; their digests, in order. The writes overlap (a
        local store's flushes to disk are committed together, an object store's uploads
        run side by side), so a chunk of pages costs about what one page does. Items from
        an iterator are written as they come (each starts while the next is made)."""
        if isinstance(items, Sequence) and len(items) <= 1:
            return [self.put_bytes(data) for data in items]
        with ThreadPoolExecutor(workers) as pool:
            return list(pool.map(self.put_bytes, items))

    @abstractmethod
    def exists(self, sha256: str) -> bool:
        """Whether a blob is held (its content is not checked)."""

    @abstractmethod
    def size(self, sha256: str) -> int:
        """Stored size in bytes; BlobNotFound when absent."""

    @abstractmethod
    def _raw_stream(self, sha256: str) -> IO[bytes]:
        """The stored bytes, unverified; BlobNotFound when absent."""

    def describe(self) -> str:
        """Where blobs live, for logs and health pages (no secrets)."""
        return type(self).__name__

    def open(self, sha256: str) -> BinaryIO:
        """A readable binary stream whose content has already been verified."""
        _check_digest(sha256)
        spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115
        try:
            actual = self._copy_raw(sha256, spool)
            if actual != sha256:
                raise _mismatch(sha256, actual, self.describe())
            spool.seek(0)
        except BaseException:
            spool.close()
            raise
        return spool  # type: ignore[return-value]

    def get_bytes(self, sha256: str) -> bytes:
        """The whole blob in memory, verified (for small derived artefacts)."""
        _check_digest(sha256)
        buf = io.BytesIO()
        actual = self._copy_raw(sha256, buf)
        if actual != sha256:
            raise _mismatch(sha256, actual, self.describe())
        return buf.getvalue()

    def copy_to(self, sha256: str, dest: str | os.PathLike) -> Path:
        """Write a verified copy to ``dest`` atomically (nothing appears there on mismatch)."""
        _check_digest(sha256)
        dest = Path(dest)
        fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.", suffix=".part")
        try:
            with os.fdopen(fd, "wb") as out:
                actual = self._copy_raw(sha256, out)
            if actual != sha256:
                raise _mismatch(sha256, actual, self.describe())
            os.replace(tmp, dest)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return dest

    def verify(self, sha256: str) -> None:
        """Read a blob through and raise IntegrityError if it is not intact (fixity check)."""
        _check_digest(sha256)
        actual = self._copy_raw(sha256, None)
        if actual != sha256:
            raise _mismatch(sha256, actual, self.describe())

    def _copy_raw(self, sha256: str, out: IO[bytes] | None) -> str:
        digest = hashlib.sha256()
        with self._raw_stream(sha256) as src:
            while block := src.read(CHUNK):
                digest.update(block)
                if out is not None:
                    out.write(block)
        return digest.hexdigest()


class LocalBlobStore(BlobStore):
    """Blobs as read-only files under ``root`` (0400 in 0700 directories); writes are atomic
    (temp file, fsync, link)."""

    def __init__(self, root: str | os.PathLike, prefix: str = "") -> None:
        self.root = Path(root)
        self.prefix = prefix
        self._private = False

    def describe(self) -> str:
        return f"local directory {self.root}"

    def path_for(self, sha256: str) -> Path:
        return self.root / key_for(self.prefix, sha256)

    def _incoming(self) -> Path:
        """The scratch folder for writes; the store's root is made (or tightened to) 0700 on
        a process's first write: evidence is for the app's user alone."""
        if not self._private:
            private_dir(self.root)
            self._private = True
        return private_dir(self.root / ".incoming")

    def put_file(self, path: str | os.PathLike) -> str:
        with open(path, "rb") as src:
            return self._put_stream(src)

    def put_bytes(self, data: bytes) -> str:
        return self._put_stream(io.BytesIO(data))

    def _put_stream(self, src: IO[bytes]) -> str:
        """One pass: copy to a temp file while hashing, then link it under its digest."""
        fd, tmp = tempfile.mkstemp(dir=self._incoming(), prefix="blob-")
        try:
            digest = hashlib.sha256()
            with os.fdopen(fd, "wb") as out:
                while block := src.read(CHUNK):
                    digest.update(block)
                    out.write(block)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            target = self.path_for(sha)
            if not target.exists():
                private_dir(target.parent)
                os.chmod(tmp, 0o400)  # read-only, and for the app's user alone
                try:
                    os.link(tmp, target)  # never replaces an existing blob
                except FileExistsError:
                    pass  # a concurrent writer stored the same content first
                _fsync_dir(target.parent)
        finally:
            Path(tmp).unlink(missing_ok=True)
        return sha

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def size(self, sha256: str) -> int:
        try:
            return self.path_for(sha256).stat().st_size
        except FileNotFoundError:
            raise BlobNotFound(f"no blob {sha256} in {self.root}") from None

    def _raw_stream(self, sha256: str) -> IO[bytes]:
        try:
            return open(self.path_for(sha256), "rb")  # noqa: SIM115
        except FileNotFoundError:
            raise BlobNotFound(f"no blob {sha256} in {self.root}") from None

    def open(self, sha256: str) -> BinaryIO:
        """Verify the file through the same descriptor, then rewind it: no copy needed."""
        _check_digest(sha256)
        fh = self._raw_stream(sha256)
        try:
            digest = hashlib.sha256()
            while block := fh.read(CHUNK):
                digest.update(block)
            if digest.hexdigest() != sha256:
                raise _mismatch(sha256, digest.hexdigest(), self.describe())
            fh.seek(0)
        except BaseException:
            fh.close()
            raise
        return fh  # type: ignore[return-value]


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class InMemoryBlobStore(BlobStore):
    """For unit tests of code that stores things: same contract, no disk. Tests may tamper
    with ``blobs`` directly to exercise the integrity check."""

    def __init__(self) -> None:
        self.blobs: dict[str, bytes] = {}

    def put_file(self, path: str | os.PathLike) -> str:
        return self.put_bytes(Path(path).read_bytes())

    def put_bytes(self, data: bytes) -> str:
        sha = hashlib.sha256(data).hexdigest()
        self.blobs.setdefault(sha, bytes(data))
        return sha

    def exists(self, sha256: str) -> bool:
        return sha256 in self.blobs

    def size(self, sha256: str) -> int:
        return len(self._get(sha256))

    def _get(self, sha256: str) -> bytes:
        try:
            return self.blobs[sha256]
        except KeyError:
            raise BlobNotFound(f"no blob {sha256} in memory") from None

    def _raw_stream(self, sha256: str) -> IO[bytes]:
        return io.BytesIO(self._get(sha256))


def blob_store_from_options(backend: str = "local", *, storage_dir: str | os.PathLike | None =
                            None, s3_bucket: str = "", s3_prefix: str = "",
                            s3_endpoint_url: str | None = None, s3_access_key: str | None = None,
                            s3_secret_key: str | None = None, s3_region: str | None = None,
                            s3_sse: str | None = None, s3_kms_key_id: str | None = None,
                            s3_multipart_threshold: int = 64 * 1024 * 1024,
                            **_ignored: object) -> BlobStore:
    """Build the store the settings ask for; unknown keyword options are ignored so a whole
    settings mapping can be passed. Raises ValueError for an incomplete configuration."""
    if backend == "local":
        if storage_dir is None:
            raise ValueError("the local blob store needs storage_dir")
        return LocalBlobStore(storage_dir)
    if backend == "s3":
        if not s3_bucket:
            raise ValueError("the S3 blob store needs s3_bucket")
        from ingest.storage_s3 import S3BlobStore

        return S3BlobStore(bucket=s3_bucket, prefix=s3_prefix, endpoint_url=s3_endpoint_url or
                           None, access_key=s3_access_key or None,
                           secret_key=s3_secret_key or None, region=s3_region or None,
                           sse=s3_sse or None, kms_key_id=s3_kms_key_id or None,
                           multipart_threshold=s3_multipart_threshold)
    if backend == "memory":
        return InMemoryBlobStore()
    raise ValueError(f"unknown storage backend {backend!r} (local, s3 or memory)")


def __getattr__(name: str) -> object:
    """``from ingest.storage import S3BlobStore`` without importing boto3 for everyone."""
    if name == "S3BlobStore":
        from ingest.storage_s3 import S3BlobStore

        return S3BlobStore
    raise AttributeError(name)
