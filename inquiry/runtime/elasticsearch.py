"""A single-node Elasticsearch from the integ-test-zip distribution on Maven Central.

Maven Central is the one place (besides the package registries) that CI can
reach, and it carries `org.elasticsearch.distribution.integ-test-zip`: the
server with only its core modules (no analysis-common, painless, reindex, nor
rest-root, so `GET /` and the client's ping()/info() answer 405) and
no bundled JDK, so we point it at a JDK >= 21 under /usr/lib/jvm.
Elasticsearch refuses to run as root: as root it runs as the system user
`inquiry-es` with everything under /var/lib/inquiry-es/<key> (a checkout under
/root is unreadable to that user); var_dir/elasticsearch links there.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import urllib.request
import zipfile
from pathlib import Path

from .base import (
    Service,
    ServiceError,
    as_user,
    base_env,
    instance_key,
    is_root,
    link_to,
    make_dir,
    run,
    spawn,
    tail,
    user_ids,
)

ARTIFACT = "org.elasticsearch.distribution.integ-test-zip:elasticsearch:{version}:zip"
ROOT_HOME = Path("/var/lib/inquiry-es")
JVM_ROOT = Path("/usr/lib/jvm")
INSTALL = "scripts/install-system.sh"


def java_major(java_home: Path) -> int:
    """Major version from the JDK's `release` file (0 when unknown)."""
    try:
        for line in (java_home / "release").read_text().splitlines():
            if line.startswith("JAVA_VERSION="):
                first = line.split("=", 1)[1].strip('"').split(".")[0]
                return int(first.split("-")[0])
    except (OSError, ValueError):
        pass
    return 0


def find_java_home(minimum: int, explicit: str | None = None, root: Path = JVM_ROOT) -> Path:
    """Explicit JDK if given, else the newest JDK under /usr/lib/jvm with major >= minimum."""
    if explicit:
        home = Path(explicit)
        if not (home / "bin" / "java").exists():
            raise ServiceError(f"es_java_home {explicit} has no bin/java")
        return home
    candidates = [
        (java_major(p), p)
        for p in root.glob("*")
        if (p / "bin" / "java").exists() and not p.is_symlink()
    ]
    good = sorted((c for c in candidates if c[0] >= minimum), key=lambda c: c[0])
    if not good:
        seen = ", ".join(f"{p.name} ({m})" for m, p in candidates) or "none"
        raise ServiceError(f"Elasticsearch needs a JDK >= {minimum} under {root}; found: {seen}")
    return good[-1][1]


def unpack(archive: Path, target: Path) -> None:
    """Extract the zip keeping file modes (zipfile drops them), atomically by rename."""
    staging = Path(tempfile.mkdtemp(prefix=target.name + ".", suffix=".partial", dir=target.parent))
    try:
        with zipfile.ZipFile(archive) as zf:
            top = zf.namelist()[0].split("/")[0]
            for info in zf.infolist():
                path = Path(zf.extract(info, staging))
                mode = (info.external_attr >> 16) & 0o777
                if mode:
                    path.chmod(mode | (0o755 if path.is_dir() else 0o644))
        (staging / top).rename(target)
    except OSError:
        if not target.exists():  # else another checkout unpacked it at the same moment
            raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)


class ElasticsearchService(Service):
    name = "elasticsearch"
    default_timeout = 90.0

    @property
    def key(self) -> str:
        return instance_key(self.var_dir)

    @property
    def user(self) -> str | None:
        return self.options.es_user if is_root() else None

    @property
    def archive(self) -> Path:
        return (
            Path(self.options.cache_dir).resolve() / f"elasticsearch-{self.options.es_version}.zip"
        )

    @property
    def dist(self) -> Path:
        base = ROOT_HOME / "dist" if is_root() else Path(self.options.cache_dir).resolve()
        return base / f"elasticsearch-{self.options.es_version}"

    @property
    def home(self) -> Path:
        return ROOT_HOME / self.key if is_root() else self.var_dir / "elasticsearch"

    @property
    def marker(self) -> str:  # type: ignore[override]
        return f"-Djava.io.tmpdir={self.home / 'tmp'}"  # unique to this instance

    @property
    def cluster_name(self) -> str:
        return f"inquiry-{self.key}"

    @property
    def port(self) -> int:
        return self.options.es_port

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pidfile(self) -> Path:
        return self.home / "es.pid"

    @property
    def logfile(self) -> Path:
        return self.home / "logs" / f"{self.cluster_name}.log"

    @property
    def startup_log(self) -> Path:
        return self.home / "startup.log"

    def java_home(self) -> Path:
        minimum = 21 if int(self.options.es_version.split(".")[0]) >= 9 else 17
        return find_java_home(minimum, self.options.es_java_home)

    def ensure_installed(self) -> None:
        """Fetch the zip once with Maven, unpack once, create the service user when root."""
        self.java_home()
        if not self.archive.exists():
            if not shutil.which("mvn"):
                raise ServiceError("mvn is needed once to fetch Elasticsearch; run " + INSTALL)
            make_dir(self.archive.parent)
            artifact = ARTIFACT.format(version=self.options.es_version)
            out = f"-DoutputDirectory={self.archive.parent}"
            argv = [
                "mvn",
                "-q",
                "-B",
                "-Dstyle.color=never",
                "dependency:copy",
                f"-Dartifact={artifact}",
                out,
            ]
            run(argv, f"fetching {artifact} from Maven Central", cwd=self.archive.parent)
        if is_root():
            self._ensure_user()
        if not (self.dist / "bin" / "elasticsearch").exists():
            make_dir(self.dist.parent)
            unpack(self.archive, self.dist)

    def _ensure_user(self) -> None:
        user = self.options.es_user
        try:
            user_ids(user)
        except ServiceError:
            argv = ["useradd", "--system", "--user-group", "--no-create-home"]
            argv += ["--home-dir", str(ROOT_HOME), "--shell", "/usr/sbin/nologin", user]
            run(argv, f"creating system user {user}")
        make_dir(ROOT_HOME, user)

    def settings(self) -> dict[str, object]:
        """elasticsearch.yml: loopback, single node, no disk watermarks, no security."""
        return {
            "cluster.name": self.cluster_name,
            "node.name": "inquiry",
            "network.host": "127.0.0.1",
            "http.port": self.port,
            "discovery.type": "single-node",
            "path.data": str(self.home / "data"),
            "path.logs": str(self.home / "logs"),
            "cluster.routing.allocation.disk.threshold_enabled": False,
            "xpack.security.enabled": False,
        }

    def command(self) -> tuple[list[str], dict[str, str]]:
        """argv and environment for `bin/elasticsearch -d -p pidfile` (daemonised)."""
        heap = self.options.es_heap
        env = {
            **base_env(self.home),
            "ES_JAVA_HOME": str(self.java_home()),
            "ES_JAVA_OPTS": f"-Xms{heap} -Xmx{heap}",
            "ES_PATH_CONF": str(self.home / "config"),
            "ES_TMPDIR": str(self.home / "tmp"),
        }
        return [str(self.dist / "bin" / "elasticsearch"), "-d", "-p", str(self.pidfile)], env

    def _prepare(self) -> None:
        user = self.user
        make_dir(self.home, user, 0o750)
        for sub in ("data", "logs", "tmp"):
            make_dir(self.home / sub, user, 0o750)
        conf = self.home / "config"
        shutil.copytree(self.dist / "config", conf, dirs_exist_ok=True)
        yml = "".join(f"{k}: {json.dumps(v)}\n" for k, v in self.settings().items())
        (conf / "elasticsearch.yml").write_text(
            "# written by inquiry.runtime on each start\n" + yml
        )
        if user:
            uid, gid = user_ids(user)
            for path in [conf, *conf.rglob("*")]:
                os.chown(path, uid, gid)
            link_to(self.var_dir / "elasticsearch", self.home)

    def _launch(self) -> None:
        self._prepare()
        self.startup_log.unlink(missing_ok=True)
        argv, env = self.command()
        self._launcher = spawn(as_user(self.user, argv, env), self.startup_log, self.home)

    def _get(self, path: str) -> dict[str, object]:
        with urllib.request.urlopen(self.url + path, timeout=3) as resp:  # noqa: S310 - our http URL
            return json.loads(resp.read())

    def _probe(self) -> str | None:
        # No GET / here: the root endpoint lives in the rest-root module, which the
        # integ-test-zip lacks (GET / answers 405), so health is the readiness check.
        try:
            health = self._get("/_cluster/health?wait_for_status=yellow&timeout=1s")
        except (OSError, ValueError) as exc:
            return str(exc)
        return (
            None
            if health.get("status") in ("yellow", "green")
            else f"cluster health {health.get('status')}"
        )

    def _failure(self, what: str) -> str:
        startup = f"--- last lines of {self.startup_log} ---\n{tail(self.startup_log, 8)}"
        return f"{super()._failure(what)}\n{startup}"

    def purge(self) -> None:
        self.stop()
        shutil.rmtree(self.home, ignore_errors=True)
        link = self.var_dir / "elasticsearch"
        if link.is_symlink():
            link.unlink()
