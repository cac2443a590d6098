"""An S3-compatible server (versitygw, posix backend) so the S3 storage path runs locally.

versitygw is one Go binary built from the Go module proxy, pinned to a
release, installed once into cache_dir/bin. Buckets are directories under
var_dir/s3/data; object metadata goes to extended attributes, or to a sidecar
directory where the filesystem has none.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

from .base import Service, ServiceError, base_env, make_dir, spawn

MODULE = "github.com/versity/versitygw/cmd/versitygw"


def has_xattrs(directory: Path) -> bool:
    probe = directory / ".xattr-probe"
    try:
        probe.touch()
        os.setxattr(probe, "user.inquiry", b"1")
        return True
    except OSError:
        return False
    finally:
        probe.unlink(missing_ok=True)


class S3Service(Service):
    name = "s3"
    default_timeout = 20.0

    @property
    def home(self) -> Path:
        return self.var_dir / "s3"

    @property
    def datadir(self) -> Path:
        return self.home / "data"

    @property
    def marker(self) -> str:  # type: ignore[override]
        return str(self.datadir)

    @property
    def binary(self) -> Path:
        return Path(self.options.cache_dir).resolve() / "bin" / "versitygw"

    @property
    def port(self) -> int:
        return self.options.s3_port

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pidfile(self) -> Path:
        return self.home / "versitygw.pid"

    @property
    def logfile(self) -> Path:
        return self.home / "versitygw.log"

    def installed_version(self) -> str | None:
        """Module version recorded in the binary by `go version -m`; None when unknown."""
        if not self.binary.exists() or not shutil.which("go"):
            return None
        try:
            out = subprocess.run(
                ["go", "version", "-m", str(self.binary)], capture_output=True, text=True
            ).stdout
        except OSError:
            return None
        for line in out.splitlines():
            parts = line.split()
            if parts[:2] == ["mod", "github.com/versity/versitygw"] and len(parts) > 2:
                return parts[2]
        return None

    def ensure_installed(self) -> None:
        """Build the pinned release with `go install` unless that exact binary is there."""
        want = self.options.versitygw_version
        if self.binary.exists() and (self.installed_version() in (want, None)):
            return
        go = shutil.which("go") or (
            "/usr/local/go/bin/go" if Path("/usr/local/go/bin/go").exists() else None
        )
        if not go:
            raise ServiceError(
                "Go is needed once to build versitygw; run scripts/install-system.sh"
            )
        env = {**os.environ, "GOBIN": str(self.binary.parent), "CGO_ENABLED": "0"}
        make_dir(self.binary.parent)
        proc = subprocess.run(
            [go, "install", f"{MODULE}@{want}"], env=env, capture_output=True, text=True
        )
        if proc.returncode != 0:
            raise ServiceError(
                f"go install {MODULE}@{want} failed:\n{(proc.stdout + proc.stderr)[-3000:]}"
            )

    def command(self) -> tuple[list[str], dict[str, str]]:
        """argv and environment; the keys go in the environment, not on the command line."""
        env = {
            **base_env(self.home),
            "ROOT_ACCESS_KEY_ID": self.options.s3_access_key,
            "ROOT_SECRET_ACCESS_KEY": self.options.s3_secret_key,
        }
        argv = [str(self.binary), "--port", f"127.0.0.1:{self.port}", "--quiet", "posix"]
        if not has_xattrs(self.datadir):
            argv += ["--sidecar", str(make_dir(self.home / "meta", mode=0o700))]
        return [*argv, str(self.datadir)], env

    def _launch(self) -> None:
        make_dir(self.home, mode=0o700)
        make_dir(self.datadir, mode=0o700)
        argv, env = self.command()
        self._launcher = spawn(argv, self.logfile, self.home, env)
        self.pidfile.write_text(f"{self._launcher.pid}\n")

    def client(self) -> Any:
        """A boto3 S3 client for this server (path-style, no retries)."""
        import boto3
        from botocore.config import Config

        return boto3.client(
            "s3",
            endpoint_url=self.url,
            aws_access_key_id=self.options.s3_access_key,
            aws_secret_access_key=self.options.s3_secret_key,
            region_name="us-east-1",
            config=Config(
                s3={"addressing_style": "path"},
                connect_timeout=1,
                read_timeout=5,
                retries={"max_attempts": 1},
            ),
        )

    def _probe(self) -> str | None:
        try:
            self.client().list_buckets()
        except Exception as exc:  # noqa: BLE001 - any failure means "not ready yet"
            return f"ListBuckets: {exc}"
        return None

    def ensure_bucket(self, bucket: str) -> None:
        """Create bucket unless it exists (for the app's originals and publications)."""
        s3 = self.client()
        names = {b["Name"] for b in s3.list_buckets().get("Buckets", [])}
        if bucket not in names:
            s3.create_bucket(Bucket=bucket)

    def purge(self) -> None:
        self.stop()
        shutil.rmtree(self.home, ignore_errors=True)
