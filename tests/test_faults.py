"""Fault injection on the real services (issue 15): a worker child killed with SIGKILL, a
whole worker killed, Redis stopped and started (a private instance on its own port), and a
process killed in the middle of taking in a zip. Each ends with every document final, with
no worker restarted, no page twice and an upload audit entry for every stored document.
Waits are for conditions, never fixed times; the figures are printed (pytest -s)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from inquiry.cli import main
from inquiry.extensions import db
from inquiry.models import Document
from inquiry.models.document import Batch, IntakeProblem
from tests import pdfs
from tests.conftest import Worker, wait_for
from tests.faults import FINAL
from tests.faults import all_final as _all_final
from tests.faults import audited_uploads as _audited_uploads
from tests.faults import free_port as _free_port
from tests.faults import one as _one
from tests.faults import pages_once as _pages_once
from tests.faults import rows as _rows

pytestmark = [pytest.mark.services, pytest.mark.slow]

def _ingest(runner, path: Path) -> str:  # noqa: ANN001
    result = runner.invoke(main, ["ingest", str(path), "--provider", "Council", "--no-wait"])
    assert result.exit_code == 0, result.output
    return result.output


def _pool_children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            out += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return out


def test_killed_worker_child_is_taken_over_at_once(app, runner, worker, tmp_path):
    """SIGKILL of the pool child mid-document (the out-of-memory killer): the redelivered
    message finds the dead child's lease and takes it over; no "busy", no restart."""
    big = pdfs.many_page_pdf(tmp_path, count=80, name="child.pdf")
    _ingest(runner, big)
    urn = _rows(app, filename="child.pdf")[0].urn
    wait_for(lambda: _one(app, urn).pages_done >= 10 and _one(app, urn).lease_owner,
             timeout=120, interval=0.05)
    children = _pool_children(worker.proc.pid)
    assert children
    for child in children:
        os.kill(child, signal.SIGKILL)
    killed = time.monotonic()
    wait_for(lambda: _one(app, urn).status in FINAL, timeout=120)
    print(f"\nchild killed -> ready in {time.monotonic() - killed:.1f}s")
    assert _one(app, urn).status == "ready"
    assert worker.proc.poll() is None  # the same worker, never restarted
    _pages_once(app, urn, 80)


def test_whole_worker_killed_another_takes_over(app, runner, worker, worker_env, tmp_path):
    """A whole worker killed (main process and child) while it holds a document: the other
    worker's sweeper sees the dead holder and the document finishes, well inside a lease's
    length, with the killed worker never restarted."""
    worker.stop()
    doomed = Worker(worker_env, tmp_path / "doomed.log")
    doomed.start()
    try:
        # long enough to be still in hand when the survivor is up (80 pages are read,
        # tagged and indexed before a worker has started)
        _ingest(runner, pdfs.many_page_pdf(tmp_path, count=400, name="whole.pdf"))
        urn = _rows(app, filename="whole.pdf")[0].urn
        wait_for(lambda: _one(app, urn).pages_done >= 10, timeout=120, interval=0.05)
        worker.start()  # the survivor, running before the fault
        wait_for(lambda: _one(app, urn).lease_owner, timeout=30, interval=0.05)
        doomed.kill()
        killed = time.monotonic()
        wait_for(lambda: _one(app, urn).status in FINAL, timeout=120)
        print(f"\nworker killed -> ready in {time.monotonic() - killed:.1f}s")
        assert _one(app, urn).status == "ready"
        _pages_once(app, urn, 400)
    finally:
        doomed.kill()
        if worker.proc is None or worker.proc.poll() is not None:
            worker.start()


def test_redis_stopped_and_started_nothing_stuck(app, worker, worker_env, tmp_path):
    """Uploads while the broker is down say they wait (not "queued") and never strand:
    once Redis is back the same worker reconnects, its sweeper queues them, and they
    finish without any restart. Runs its own Redis on its own port."""
    from inquiry.runtime import RedisService, RuntimeOptions

    redis = RedisService(RuntimeOptions(var_dir=tmp_path / "services", cache_dir=tmp_path,
                                        redis_port=_free_port()))
    redis.start()
    url = redis.url  # with the password the managed Redis now requires
    env = dict(worker_env, INQUIRY_REDIS_URL=url)
    worker.stop()  # the session's worker uses the shared broker: only ours may do this work
    ours = Worker(env, tmp_path / "ours.log")
    try:
        ours.start()  # inside: a worker that cannot start is stopped, the session's restarted
        folder = tmp_path / "during"
        folder.mkdir()
        for i in range(3):
            pdfs.text_pdf(folder, [f"Letter {i} written while the queue was down."],
                          name=f"down{i}.pdf")
        redis.stop()
        stopped = time.monotonic()
        out = subprocess.run(
            [sys.executable, "-m", "inquiry.cli", "ingest", str(folder), "--provider", "Council"],
            env=env, capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stdout + out.stderr
        assert "waiting:           3 stored; waiting for a worker" in out.stdout, out.stdout
        assert "Traceback" not in out.stderr
        assert {d.status for d in _rows(app)} == {"stored"}
        redis.start()
        back = time.monotonic()
        wait_for(lambda: _all_final(app), timeout=120)
        print(f"\nredis down {back - stopped:.1f}s; back -> all ready in "
              f"{time.monotonic() - back:.1f}s")
        assert {d.status for d in _rows(app)} == {"ready"}
        assert ours.proc.poll() is None  # the same worker process throughout
        _audited_uploads(app)
    finally:
        ours.stop()
        redis.purge()
        worker.start()


_INTAKE = """
import sys
from pathlib import Path
from inquiry.app import create_app
from inquiry.services import intake
from inquiry.services.actor import SYSTEM
app = create_app()
with app.app_context():
    s = app.extensions["inquiry_settings"]
    batch = intake.new_batch(SYSTEM, "upload", label="killed")
    print(batch, flush=True)
    intake.take_in(batch, [intake.IncomingFile("tranche.zip", Path(sys.argv[1]))],
                   intake.Metadata(provider="Council"), SYSTEM,
                   intake.limits_from(s, background=False), s.urn_format)
"""


def test_process_killed_mid_zip_leaves_nothing_half_done(app, worker, worker_env, tmp_path):
    """The web process killed while taking in a zip: every document it stored is counted,
    audited and processed (the sweeper queues any it had not), and the next intake in
    another process removes its scratch files."""
    members = {f"m{i:02}.pdf": pdfs.text_pdf(tmp_path, [f"Member {i} of the tranche."],
                                             name=f"m{i:02}.pdf") for i in range(30)}
    archive = pdfs.zip_of(tmp_path, {**members, "readme.txt": b"not a pdf"})
    proc = subprocess.Popen([sys.executable, "-c", _INTAKE, str(archive)], env=worker_env,
                            stdout=subprocess.PIPE, text=True, start_new_session=True)
    batch_id = int(proc.stdout.readline())
    wait_for(lambda: len(_rows(app, batch_id=batch_id)) >= 3, timeout=60, interval=0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(10)
    killed = time.monotonic()
    with app.app_context():
        stored = db.session.scalar(select(func.count()).select_from(Document)
                                   .where(Document.batch_id == batch_id))
        problems = db.session.scalar(select(func.count()).select_from(IntakeProblem))
        received = db.session.get(Batch, batch_id).files_received
    assert 3 <= stored < 30 and received == stored + problems
    _audited_uploads(app)
    settings = app.extensions["inquiry_settings"]
    left = list((settings.var_dir / "tmp").glob(f"intake-{proc.pid}-*"))
    assert left  # what the killed process left behind ...
    from inquiry.services import intake

    assert intake.clean_scratch(settings.var_dir / "tmp") >= 1  # ... goes on the next start
    assert not list((settings.var_dir / "tmp").glob(f"intake-{proc.pid}-*"))
    wait_for(lambda: _all_final(app), timeout=120)
    print(f"\nintake killed after {stored} files -> all ready in "
          f"{time.monotonic() - killed:.1f}s")
    assert {d.status for d in _rows(app)} == {"ready"}
