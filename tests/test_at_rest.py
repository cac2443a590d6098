"""Issue 14, at rest on the host: what the app writes is for its own user alone (0600 files,
0700 directories) whatever the process umask; the managed Redis refuses a client without its
password; the managed Elasticsearch listens on loopback only, and a real cluster is reached
with TLS and credentials."""

from __future__ import annotations

import hashlib
import ipaddress
import json
import os
import re
import socket
import stat
import urllib.request
from pathlib import Path

import pytest
import redis
from click.testing import CliRunner
from sqlalchemy import text

from config import load_settings
from ingest.storage import LocalBlobStore
from inquiry.cli import main
from inquiry.runtime import ElasticsearchService, RedisService, RuntimeOptions
from inquiry.runtime.base import spawn
from tests.conftest import make_settings


@pytest.fixture
def open_umask():  # noqa: ANN201
    """The loosest umask there is: every mode below must come from the code, not from it."""
    old = os.umask(0)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def assert_private_tree(root: Path) -> list[Path]:
    """Every directory under root (and root) 0700, every file 0600 or 0400."""
    seen = [root]
    assert mode(root) == 0o700, root
    for folder, dirs, files in os.walk(root):
        for name in dirs:
            assert mode(Path(folder, name)) == 0o700, Path(folder, name)
        for name in files:
            assert mode(Path(folder, name)) in (0o600, 0o400), Path(folder, name)
        seen += [Path(folder, n) for n in dirs + files]
    return seen


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# files and directories ---------------------------------------------------------------------
def test_evidence_blobs_are_read_only_for_the_app_user_alone(tmp_path, open_umask):
    root = tmp_path / "var" / "blobs"
    sha = LocalBlobStore(root).put_bytes(b"%PDF-1.7 statement")
    blob = root / sha[:2] / sha[2:4] / sha
    assert mode(blob) == 0o400
    assert [mode(p) for p in (tmp_path / "var", root, blob.parent.parent, blob.parent,
                              root / ".incoming")] == [0o700] * 5
    # a store an older version made (0755 root, 0444 blobs) is closed on its next write
    old = tmp_path / "old"
    old.mkdir(mode=0o755)
    LocalBlobStore(old).put_bytes(b"later")
    assert mode(old) == 0o700


def test_published_files_and_manifests_are_private(tmp_path, open_umask):
    from inquiry.services.publication_store import LocalPublicationStore

    source = tmp_path / "redacted.pdf"
    source.write_bytes(b"%PDF-1.7 redacted")
    sha = hashlib.sha256(source.read_bytes()).hexdigest()
    store = LocalPublicationStore(tmp_path / "published")
    store.put_file(f"INQ000001/{sha}.pdf", source, sha)
    store.put_json("INQ000001/manifest.json", {"urn": "INQ000001"})
    assert len(assert_private_tree(tmp_path / "published")) == 4


def test_database_keys_checkpoints_scratch_copies_are_private(tmp_path, open_umask):
    """A local-mode app on SQLite, everything under a fresh var/: the database and its
    write-ahead log, the secret and audit keys, checkpoints, scratch folders, working copies."""
    from inquiry.app import create_app
    from inquiry.extensions import db
    from inquiry.services import audit_anchor, intake, workcopy
    from inquiry.services.audit_anchor import Checkpoint, LocalCheckpointStore

    var = tmp_path / "var"
    settings = make_settings(var, "", secret_key="")  # secret generated into var/
    app = create_app(settings)
    with app.app_context():
        with db.engine.begin() as conn:
            conn.execute(text("CREATE TABLE t (x int)"))
            conn.execute(text("INSERT INTO t VALUES (1)"))
        with db.engine.connect() as conn:  # while open, the -wal and -shm files exist
            assert conn.execute(text("SELECT x FROM t")).scalar() == 1
            files = [var / "inquiry.db", var / "inquiry.db-wal", var / "inquiry.db-shm"]
            assert [mode(p) for p in files] == [0o600] * 3
        audit_anchor.load_key(settings)
        LocalCheckpointStore(settings.audit_checkpoint_dir).append(Checkpoint(1, "h", "t", "m"))
        from inquiry.services import blobs

        sha = blobs.store().put_bytes(b"%PDF-1.7 original")
        copy = workcopy.working_copy(sha)
        with intake.scratch_dir("upload-") as scratch:
            (scratch / "upload.pdf").write_bytes(b"%PDF")  # as an upload is saved
            assert mode(scratch) == 0o700 and mode(scratch.parent) == 0o700
        db.engine.dispose()
    seen = assert_private_tree(var)
    for made in (var / "secret_key", var / "audit_key", copy,
                 var / "audit_checkpoints" / "checkpoints.jsonl"):
        assert made in seen and mode(made) == 0o600
    # a database an older version left readable is tightened when it is next opened
    old = tmp_path / "old.db"
    old.touch(mode=0o644)
    again = create_app(make_settings(tmp_path / "var2", f"sqlite:///{old}"))
    with again.app_context(), db.engine.connect() as conn:
        conn.execute(text("SELECT 1"))
        assert mode(old) == 0o600
        db.engine.dispose()


def test_service_logs_and_what_services_write_are_private(tmp_path, open_umask):
    log = tmp_path / "service.log"
    child = spawn(["sh", "-c", "echo started; mkdir data; echo x > data/file"], log, tmp_path)
    assert child.wait(timeout=10) == 0
    assert mode(log) == 0o600 and log.read_text() == "started\n"
    assert mode(tmp_path / "data") == 0o700 and mode(tmp_path / "data" / "file") == 0o600


# the managed Redis ---------------------------------------------------------------------------
def test_the_managed_redis_refuses_a_client_without_its_password(tmp_path, open_umask):
    port = free_port()
    env = {"INQUIRY_VAR_DIR": str(tmp_path / "var"), "INQUIRY_REDIS_PORT": str(port)}
    service = RedisService(RuntimeOptions(var_dir=tmp_path / "var" / "services",
                                          cache_dir=tmp_path, redis_port=port))
    cli = CliRunner()
    try:
        started = cli.invoke(main, ["services", "start", "redis"], env=env)
        assert started.exit_code == 0, started.output
        password = service.password_file.read_text().strip()
        assert len(password) >= 40 and password not in started.output  # masked: ***
        assert mode(service.password_file) == 0o600 and mode(service.config_file) == 0o600
        assert assert_private_tree(service.home)
        pid = service.pid()
        assert password not in Path(f"/proc/{pid}/cmdline").read_bytes().decode()

        with socket.create_connection(("127.0.0.1", port), timeout=3) as raw:
            raw.sendall(b"LRANGE celery 0 -1\r\n")  # the queue names documents
            assert raw.recv(100).startswith(b"-NOAUTH Authentication required")
        with pytest.raises(redis.AuthenticationError):
            redis.Redis(host="127.0.0.1", port=port, socket_timeout=3).ping()
        with pytest.raises(redis.AuthenticationError):
            redis.Redis(host="127.0.0.1", port=port, password="guess").ping()

        printed = cli.invoke(main, ["services", "env", "redis", "--redis-db", "5"], env=env)
        url = re.search(r"INQUIRY_TEST_REDIS_URL=(\S+)", printed.output)[1]
        assert url == f"redis://:{password}@127.0.0.1:{port}/5"
        assert redis.Redis.from_url(url).ping()
        broker = load_settings(env).effective_redis_url  # what the web app and workers use
        assert broker == f"redis://:{password}@127.0.0.1:{port}/0"
        assert redis.Redis.from_url(broker).ping()
        assert "***" in cli.invoke(main, ["services", "status", "redis"], env=env).output
    finally:
        service.purge()


def test_a_redis_started_without_a_password_keeps_working_until_restarted(tmp_path):
    """A server started before passwords (as the shared test one may be) is given no
    password by `services env` or the settings; once restarted, it requires one."""
    class Before(RedisService):
        def _launch(self) -> None:
            self.home.mkdir(parents=True, exist_ok=True)
            self._launcher = spawn([c for c in self.command() if c != str(self.config_file)],
                                   self.logfile, self.home)

    port = free_port()
    options = RuntimeOptions(var_dir=tmp_path / "var" / "services", cache_dir=tmp_path,
                             redis_port=port)
    env = {"INQUIRY_VAR_DIR": str(tmp_path / "var"), "INQUIRY_REDIS_PORT": str(port)}
    before, service = Before(options), RedisService(options)
    try:
        before.start()
        printed = CliRunner().invoke(main, ["services", "env", "redis"], env=env).output
        assert f"INQUIRY_TEST_REDIS_URL=redis://127.0.0.1:{port}/0" in printed
        assert redis.Redis.from_url(load_settings(env).effective_redis_url).ping()
        assert service.start().pid == before.pid()  # running: left as it is
        service.stop()
        service.start()
        with pytest.raises(redis.AuthenticationError):
            redis.Redis(host="127.0.0.1", port=port).ping()
        assert redis.Redis.from_url(service.url).ping()
        assert redis.Redis.from_url(load_settings(env).effective_redis_url).ping()
    finally:
        service.purge()


# the managed Elasticsearch -------------------------------------------------------------------
def _own_addresses() -> set[str]:
    """This host's addresses other than loopback (none on a machine with no network)."""
    found = set()
    for probe in ("192.0.2.1", "198.51.100.1"):  # documentation ranges: nothing is sent
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            try:
                sock.connect((probe, 9))
            except OSError:
                continue
            found.add(sock.getsockname()[0])
    return {a for a in found if not ipaddress.ip_address(a).is_loopback}


def test_the_managed_elasticsearch_listens_on_loopback_only(es_url, tmp_path):
    """The test run's node is the managed one (scripts/test.sh): every address it is bound
    to, for HTTP and for its transport, is loopback, and it can't be reached from another."""
    assert ElasticsearchService(RuntimeOptions(var_dir=tmp_path, cache_dir=tmp_path)
                                ).settings()["network.host"] == "127.0.0.1"
    with urllib.request.urlopen(f"{es_url}/_nodes/_local/http,transport", timeout=10) as r:  # noqa: S310
        nodes = json.loads(r.read())["nodes"]
    bound = [address for node in nodes.values() for part in ("http", "transport")
             for address in node[part]["bound_address"]]
    assert bound, nodes
    hosts = {address.rsplit(":", 1)[0].strip("[]") for address in bound}
    assert all(ipaddress.ip_address(h).is_loopback for h in hosts), bound
    port = int(es_url.rsplit(":", 1)[1].strip("/"))
    for address in _own_addresses():
        with socket.socket() as sock:
            sock.settimeout(2)
            assert sock.connect_ex((address, port)) != 0, f"reachable on {address}:{port}"


def test_a_real_cluster_is_reached_with_tls_and_credentials(tmp_path):
    """Production settings: user and password in the URL or an API key, and a CA bundle;
    none of them printed in the settings' summary."""
    from flask import Flask

    from config import SettingsError
    from inquiry.extensions import es

    bundle = tmp_path / "ca.pem"
    bundle.write_text("-----BEGIN CERTIFICATE-----\n")
    bare = Flask("cluster")
    bare.extensions["inquiry_settings"] = make_settings(
        tmp_path, "sqlite://", es_api_key="aWQ6a2V5", es_ca_certs=str(bundle),
        elasticsearch_url="https://reader:s%40cret@es.example.org:9243")
    with bare.app_context():
        keyed = es.client_for("https://es.example.org:9243", 5.0)
        basic = es.client_for(bare.extensions["inquiry_settings"].elasticsearch_url, 5.0)
    node = keyed.transport.node_pool.all()[0].config
    assert node.scheme == "https" and node.ca_certs == str(bundle) and node.verify_certs
    assert keyed._headers["authorization"] == "ApiKey aWQ6a2V5"
    assert basic.transport.node_pool.all()[0].config.headers["authorization"].startswith(
        "Basic ")
    summary = bare.extensions["inquiry_settings"].public_summary()
    assert summary["es_api_key"] == "***" and "cret" not in summary["elasticsearch_url"]
    with pytest.raises(SettingsError, match="INQUIRY_ES_CA_CERTS"):
        load_settings({"INQUIRY_VAR_DIR": str(tmp_path), "INQUIRY_ES_CA_CERTS": "/nowhere.pem"})
