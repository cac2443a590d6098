"""Content-addressed, immutable blob store for originals and derived artefacts.

Keys are sha256 digests; a blob is written once and never changed or deleted through this
interface. Every read is checked against its digest: a mismatch raises IntegrityError,
never returns the bytes. Backends: a local directory and S3 (boto3).
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from abc import ABC, abstractmethod
from pathlib import Path
from typing import IO

CHUNK = 1024 * 1024


class StorageError(RuntimeError):
    """Base class for storage failures."""


class IntegrityError(StorageError):
    """A stored blob does not match its digest: corrupted or tampered with."""


class StorageUnavailable(StorageError):
    """The backend cannot be reached right now; the operation may be retried."""


class BlobNotFound(StorageError, KeyError):
    """No blob with that digest."""


def _check_digest(sha256: str) -> str:
    if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        raise ValueError(f"not a sha256 hex digest: {sha256!r}")
    return sha256


def key_for(prefix: str, sha256: str) -> str:
    _check_digest(sha256)
    parts = [p for p in (prefix.strip("/"), sha256[:2], sha256[2:4], sha256) if p]
    return "/".join(parts)


class VerifyingReader(io.RawIOBase):
    """Streams a blob and raises IntegrityError at the end if its digest is wrong."""

    def __init__(self, raw: IO[bytes], sha256: str) -> None:
        self._raw, self._expected, self._digest = raw, sha256, hashlib.sha256()
        self._done = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # noqa: ANN001 - memoryview
        data = self._raw.read(len(buffer))
        if not data:
            if not self._done:
                self._done = True
                if self._digest.hexdigest() != self._expected:
                    raise IntegrityError(f"blob {self._expected} failed its checksum on read")
            return 0
        self._digest.update(data)
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._raw.close()
        super().close()


class BlobStore(ABC):
    """put_* return the digest; open/get verify it. Writing the same content is a no-op."""

    def put_bytes(self, data: bytes) -> str:
        with tempfile.NamedTemporaryFile(prefix="blob-") as tmp:
            tmp.write(data)
            tmp.flush()
            return self.put_file(Path(tmp.name))

    @abstractmethod
    def put_file(self, path: Path) -> str: ...

    @abstractmethod
    def exists(self, sha256: str) -> bool: ...

    @abstractmethod
    def _open_raw(self, sha256: str) -> IO[bytes]: ...

    def open(self, sha256: str) -> io.BufferedReader:
        """A stream that raises IntegrityError when fully read if the content is wrong."""
        return io.BufferedReader(VerifyingReader(self._open_raw(_check_digest(sha256)), sha256),
                                 CHUNK)

    def get_bytes(self, sha256: str) -> bytes:
        with self.open(sha256) as stream:
            return stream.read()


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


class LocalBlobStore(BlobStore):
    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)

    def _path(self, sha256: str) -> Path:
        return self.root / key_for("", sha256)

    def put_file(self, path: Path) -> str:
        sha = sha256_of(path)
        target = self._path(sha)
        if target.exists():
            return sha
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        try:
            digest = hashlib.sha256()
            with os.fdopen(fd, "wb") as out, open(path, "rb") as src:
                while block := src.read(CHUNK):
                    digest.update(block)
                    out.write(block)
                out.flush()
                os.fsync(out.fileno())
            if digest.hexdigest() != sha:  # the source changed while we copied it
                raise IntegrityError(f"{path} changed while it was being stored")
            os.chmod(tmp, 0o440)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return sha

    def exists(self, sha256: str) -> bool:
        return self._path(sha256).exists()

    def _open_raw(self, sha256: str) -> IO[bytes]:
        try:
            return open(self._path(sha256), "rb")
        except FileNotFoundError:
            raise BlobNotFound(sha256) from None


class InMemoryBlobStore(BlobStore):
    """For unit tests of code that stores things; same contract, no disk."""

    def __init__(self) -> None:
        self.blobs: dict[str, bytes] = {}

    def put_file(self, path: Path) -> str:
        data = Path(path).read_bytes()
        sha = hashlib.sha256(data).hexdigest()
        self.blobs.setdefault(sha, data)
        return sha

    def exists(self, sha256: str) -> bool:
        return sha256 in self.blobs

    def _open_raw(self, sha256: str) -> IO[bytes]:
        if sha256 not in self.blobs:
            raise BlobNotFound(sha256)
        return io.BytesIO(self.blobs[sha256])
