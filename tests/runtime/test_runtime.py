"""The local managed services: real Redis, PostgreSQL and S3 server on spare ports.

Each test gets its own var_dir and free ports, so it never touches the services
that `make test` or `make run` started. Elasticsearch is checked as a unit (its
command line and settings): the test session already runs one.
"""

from __future__ import annotations

import os
import shutil
import socket
import stat
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from config.defaults import DEFAULTS
from inquiry.runtime import (
    ElasticsearchService,
    PostgresService,
    RedisService,
    RuntimeOptions,
    S3Service,
    ServiceError,
    services,
)
from inquiry.runtime.base import as_user, instance_key, is_root
from inquiry.runtime.elasticsearch import find_java_home, java_major, unpack

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def options(tmp_path: Path) -> RuntimeOptions:
    cache = Path(os.environ.get("INQUIRY_CACHE_DIR", DEFAULTS["cache_dir"]))
    return RuntimeOptions(
        var_dir=tmp_path / "var",
        cache_dir=cache,
        es_port=free_port(),
        redis_port=free_port(),
        pg_port=free_port(),
        s3_port=free_port(),
        pg_database="rt_main",
        pg_user="rt_user",
        pg_password="p@ss word/1",  # characters that must be quoted in the URL
    )


@pytest.fixture
def redis_service(options: RuntimeOptions) -> Iterator[RedisService]:
    service = RedisService(options)
    yield service
    service.purge()


@pytest.fixture
def pg_service(options: RuntimeOptions) -> Iterator[PostgresService]:
    service = PostgresService(options)
    yield service
    service.purge()


def plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def test_services_selects_in_start_order_and_rejects_unknown(options: RuntimeOptions) -> None:
    assert [s.name for s in services(options)] == ["postgres", "redis", "elasticsearch", "s3",
                                                   "worker"]
    assert [s.name for s in services(options, ["s3", "es"])] == ["elasticsearch", "s3"]
    with pytest.raises(ValueError, match="unknown service"):
        services(options, ["mongodb"])


def test_redis_start_is_idempotent_and_stop_waits(redis_service: RedisService) -> None:
    status = redis_service.start(timeout=20)
    assert status.running and status.ready and status.pid
    password = redis_service.password_file.read_text().strip()  # made on the first start
    assert status.url == f"redis://:{password}@127.0.0.1:{redis_service.port}/0"
    again = redis_service.start()
    assert again.pid == status.pid

    import redis

    client = redis.Redis.from_url(status.url)
    assert client.ping()
    client.close()

    stopped = redis_service.stop()
    assert not stopped.running and not stopped.ready
    assert not redis_service.pidfile.exists()
    assert redis_service.status().detail == "not running"


def test_stale_pidfile_is_cleaned(redis_service: RedisService) -> None:
    redis_service.home.mkdir(parents=True)
    redis_service.pidfile.write_text("1\n")  # pid 1 is alive but is not our redis
    assert not redis_service.status().running
    status = redis_service.start()
    assert status.running and status.pid != 1


def test_port_in_use_is_reported(redis_service: RedisService) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", redis_service.port))
        sock.listen()
        with pytest.raises(ServiceError, match="in use"):
            redis_service.start()


def test_failed_start_shows_the_log(options: RuntimeOptions) -> None:
    class BrokenRedis(RedisService):
        def command(self) -> list[str]:
            return [*super().command(), "--no-such-directive", "yes"]

    service = BrokenRedis(options)
    began = time.monotonic()
    with pytest.raises(ServiceError) as info:
        service.start(timeout=20)
    assert time.monotonic() - began < 10
    assert "no-such-directive" in str(info.value)
    service.purge()


def test_postgres_role_database_and_extra_database(pg_service: PostgresService) -> None:
    status = pg_service.start(timeout=60)
    assert status.running and status.ready
    url = pg_service.database_url
    assert url.startswith("postgresql+psycopg://rt_user:p%40ss%20word%2F1@127.0.0.1:")
    with psycopg.connect(plain(url)) as conn:
        assert conn.execute("SELECT current_user, current_database()").fetchone() == (
            "rt_user",
            "rt_main",
        )
        conn.execute("CREATE TABLE t (x int)")  # the role owns the database's public schema
        assert conn.execute("SHOW fsync").fetchone() == ("off",)
        assert conn.execute("SHOW listen_addresses").fetchone() == ("127.0.0.1",)

    extra = pg_service.create_database("rt_worker_gw1")
    assert extra == pg_service.database_url.rsplit("/", 1)[0] + "/rt_worker_gw1"
    assert pg_service.create_database("rt_worker_gw1") == extra  # idempotent
    with psycopg.connect(plain(extra)) as conn:
        assert conn.execute("SELECT current_database()").fetchone() == ("rt_worker_gw1",)
    pg_service.drop_database("rt_worker_gw1")

    assert pg_service.start().pid == status.pid  # idempotent, keeps the same server
    assert not pg_service.stop().running
    restarted = pg_service.start()  # the cluster and its data survive a restart
    with psycopg.connect(plain(url)) as conn:
        assert conn.execute("SELECT count(*) FROM t").fetchone() == (0,)
    assert restarted.pid != status.pid
    if is_root():
        assert pg_service.home.is_relative_to("/var/lib/inquiry-pg")
        assert (pg_service.var_dir / "postgres").resolve() == pg_service.home


def fake_jdk(root: Path, name: str, version: str) -> Path:
    home = root / name
    (home / "bin").mkdir(parents=True)
    (home / "bin" / "java").write_text("#!/bin/sh\n")
    (home / "release").write_text(f'IMPLEMENTOR="x"\nJAVA_VERSION="{version}"\n')
    return home


def test_find_java_home_picks_newest_sufficient_jdk(tmp_path: Path) -> None:
    fake_jdk(tmp_path, "java-17-openjdk-amd64", "17.0.15")
    fake_jdk(tmp_path, "temurin-21-jdk-amd64", "21.0.4")
    newest = fake_jdk(tmp_path, "temurin-25-jdk-amd64", "25.0.1")
    assert java_major(newest) == 25
    assert find_java_home(21, root=tmp_path) == newest
    with pytest.raises(ServiceError, match="JDK >= 26"):
        find_java_home(26, root=tmp_path)
    assert find_java_home(21, explicit=str(newest)) == newest


def test_elasticsearch_command_and_settings(options: RuntimeOptions, tmp_path: Path) -> None:
    jdk = fake_jdk(tmp_path / "jvm", "temurin-25-jdk-amd64", "25.0.1")
    opts = RuntimeOptions(**{**options.__dict__, "es_port": 9299, "es_heap": "512m",
                             "es_java_home": str(jdk)})  # fmt: skip
    es = ElasticsearchService(opts)
    argv, env = es.command()
    assert argv == [str(es.dist / "bin" / "elasticsearch"), "-d", "-p", str(es.pidfile)]
    assert env["ES_JAVA_HOME"] == str(jdk)
    assert env["ES_JAVA_OPTS"] == "-Xms512m -Xmx512m"
    assert env["ES_PATH_CONF"] == str(es.home / "config")
    assert env["ES_TMPDIR"] == str(es.home / "tmp")
    assert "JAVA_TOOL_OPTIONS" not in env

    settings = es.settings()
    assert settings["http.port"] == 9299
    assert settings["network.host"] == "127.0.0.1"
    assert settings["discovery.type"] == "single-node"
    assert settings["cluster.routing.allocation.disk.threshold_enabled"] is False
    assert settings["xpack.security.enabled"] is False
    assert settings["path.data"] == str(es.home / "data")
    assert es.url == "http://127.0.0.1:9299"

    key = instance_key(opts.var_dir)
    assert key in str(es.home) and key != instance_key(tmp_path / "other")
    wrapped = as_user(es.user, argv, env)
    if is_root():
        assert es.user == "inquiry-es" and es.home == Path("/var/lib/inquiry-es") / key
        assert wrapped[:4] == ["runuser", "-u", "inquiry-es", "--"]
    else:
        assert es.home == opts.var_dir.resolve() / "elasticsearch"
    assert wrapped[-4:] == argv and "ES_JAVA_OPTS=-Xms512m -Xmx512m" in wrapped


def test_unpack_keeps_executable_bits(tmp_path: Path) -> None:
    archive = tmp_path / "dist.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        info = zipfile.ZipInfo("elasticsearch-0.0.0/bin/elasticsearch")
        info.external_attr = (stat.S_IFREG | 0o755) << 16
        zf.writestr(info, "#!/bin/sh\n")
        zf.writestr("elasticsearch-0.0.0/config/jvm.options", "-Xss1m\n")
    target = tmp_path / "out" / "elasticsearch-0.0.0"
    target.parent.mkdir()
    unpack(archive, target)
    assert os.access(target / "bin" / "elasticsearch", os.X_OK)
    assert (target / "config" / "jvm.options").read_text() == "-Xss1m\n"
    assert not list(target.parent.glob("*.partial"))


@pytest.mark.s3
def test_s3_server_lists_and_stores(options: RuntimeOptions) -> None:
    service = S3Service(options)
    if not service.binary.exists():
        pytest.fail(f"versitygw not built at {service.binary}: run `inquiry services start s3` "
                    "(make test does)")
    try:
        status = service.start(timeout=20)
        assert status.ready and status.url == f"http://127.0.0.1:{options.s3_port}"
        cmdline = Path(f"/proc/{status.pid}/cmdline").read_bytes().decode()
        assert options.s3_secret_key not in cmdline  # keys go in the environment
        service.ensure_bucket("originals")
        service.ensure_bucket("originals")
        client = service.client()
        client.put_object(Bucket="originals", Key="a/b.pdf", Body=b"%PDF-1.7")
        assert client.get_object(Bucket="originals", Key="a/b.pdf")["Body"].read() == b"%PDF-1.7"
        assert service.start().pid == status.pid
    finally:
        service.purge()
    assert not service.status().running and not service.home.exists()


def test_nothing_left_behind(options: RuntimeOptions) -> None:
    """purge removes the per-checkout directories under the service users' homes."""
    pg = PostgresService(options)
    pg.start()
    home = pg.home
    pg.purge()
    assert not home.exists() and not (pg.var_dir / "postgres").exists()
    shutil.rmtree(options.var_dir, ignore_errors=True)


def test_local_workers_by_count_and_name_with_logs_rotated(options: RuntimeOptions) -> None:
    """`start worker --count 2` means worker and worker-2, each in its own directory; stop
    and status find every one that has run; a restart rotates the log, never deletes it."""
    from inquiry.runtime.worker import WorkerService

    assert [s.name for s in services(options, ["worker"], workers=2)] == ["worker", "worker-2"]
    assert [s.name for s in services(options, ["worker-3"])] == ["worker-3"]
    (Path(options.var_dir) / "worker-3").mkdir(parents=True)
    assert [s.name for s in services(options, ["worker"])] == ["worker", "worker-2",
                                                               "worker-3"]
    service = WorkerService(options, 2)
    assert service.home.name == "worker-2" and "inquiry-worker-2-" in " ".join(
        service.command())
    service.home.mkdir(parents=True, exist_ok=True)
    for run in range(1, 8):
        service.logfile.write_text(f"run {run}: crashed\n")
        service.rotate_logs()
    assert not service.logfile.exists()
    assert (service.home / "worker.log.1").read_text() == "run 7: crashed\n"
    assert (service.home / "worker.log.5").read_text() == "run 3: crashed\n"
    assert not (service.home / "worker.log.6").exists()
