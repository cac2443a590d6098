"""Ingest throughput: the whole pipeline per worker vs raw pdfminer.six on the same pages.

    .venv/bin/python bench/ingest.py [--docs 24 --pages 50] [--big 5000]

Needs Redis (started here through `inquiry services` if not running); uses a throwaway
var directory and a fresh database on the managed PostgreSQL (or INQUIRY_BENCH_DATABASE_URL).
Prints pages/s for raw extraction, the pipeline with 1 and 2 workers, their ratios, and
each worker's peak memory (also on one large document).
"""

from __future__ import annotations

import argparse
import os
import re
import secrets
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import children, peak_rss_mb, text_pdf  # noqa: E402


def raw_extraction(files: list[Path]) -> float:
    """pdfminer.six's own extract_pages over every page, no storage or database."""
    from pdfminer.high_level import extract_pages

    started = time.perf_counter()
    pages = 0
    for path in files:
        for _ in extract_pages(str(path)):
            pages += 1
    return pages / (time.perf_counter() - started)


class Services:
    """The managed Redis, PostgreSQL and Elasticsearch of this checkout (started if need
    be): indexing is a stage, so a document is ready only once its pages are in the index.

    A fresh PostgreSQL database per run, as in production: SQLite serialises writers, which
    would measure SQLite rather than the pipeline.
    """

    def __init__(self) -> None:
        from config import load_settings
        from inquiry.cli_services import runtime_options
        from inquiry.runtime import services

        self.postgres, self.redis, self.elasticsearch = services(
            runtime_options(load_settings()), ["redis", "postgres", "elasticsearch"])
        self.redis.start()
        self.postgres.start()
        self.elasticsearch.start()
        self.redis_url = self.redis.url.rsplit("/", 1)[0] + "/7"

    def drop_indices(self, prefix: str) -> None:
        """The run's indices, by name (a wildcard delete is refused by default)."""
        from elasticsearch import Elasticsearch

        es = Elasticsearch(self.elasticsearch.url)
        for name in es.indices.get(index=f"{prefix}*"):
            es.indices.delete(index=name)

    def database_url(self, name: str) -> str:
        if os.environ.get("INQUIRY_BENCH_DATABASE_URL"):
            return os.environ["INQUIRY_BENCH_DATABASE_URL"]
        self.postgres.drop_database(name)
        return self.postgres.create_database(name)


STAGE_OF_RESULT = {"extracting": "extract", "ocr": "extract", "tagging": "extract",
                   "indexing": "tag", "ready": "index"}
_TASK_LINE = re.compile(r"succeeded in ([0-9.]+)s: '(\w+)'")


def stage_seconds(logs: list[Path]) -> dict[str, float]:
    """Worker time per stage, from each task's duration and the status it moved on to."""
    out: dict[str, float] = {}
    for log in logs:
        for seconds, result in _TASK_LINE.findall(log.read_text(errors="replace")):
            stage = STAGE_OF_RESULT.get(result, "other")
            out[stage] = out.get(stage, 0.0) + float(seconds)
    return out


def pipeline(files: list[Path], workers: int, svc: Services
             ) -> tuple[float, list[float], dict[str, float]]:
    """Time from queueing every file to every document ready, with N worker processes."""
    from sqlalchemy import func, select

    var = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("INQUIRY_")}
    redis_url = svc.redis_url
    prefix = f"bench-ingest-{workers}w-{secrets.token_hex(4)}"
    env |= {"INQUIRY_VAR_DIR": str(var), "INQUIRY_REDIS_URL": redis_url,
            "INQUIRY_SECRET_KEY": secrets.token_urlsafe(40),
            "INQUIRY_ELASTICSEARCH_URL": svc.elasticsearch.url,
            "INQUIRY_ES_INDEX_PREFIX": prefix,
            "INQUIRY_DATABASE_URL": svc.database_url(f"bench_{workers}w_{len(files)}"),
            "OMP_THREAD_LIMIT": "1"}
    inquiry = [sys.executable, "-m", "inquiry.cli"]
    subprocess.run([*inquiry, "db", "upgrade"], env=env, check=True, capture_output=True)
    subprocess.run(["redis-cli", "-u", redis_url, "flushdb"], check=True, capture_output=True)
    done = subprocess.run([*inquiry, "ingest", *map(str, files), "--no-wait"], env=env,
                          capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(done.stdout + done.stderr)
    logs = [var / f"worker{i}.log" for i in range(workers)]
    procs = [subprocess.Popen([sys.executable, "-m", "celery", "-A", "inquiry.worker:celery",
                               "worker", "--concurrency", "1", "--loglevel", "INFO",
                               "--without-gossip", "--without-mingle",
                               "--hostname", f"bench{i}-{secrets.token_hex(2)}@%h"],
                              env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT,
                              start_new_session=True) for i, log in enumerate(logs)]
    os.environ.update({k: v for k, v in env.items() if k.startswith("INQUIRY_")})
    from inquiry.app import create_app
    from inquiry.extensions import db
    from inquiry.models import Document

    app = create_app()
    # Time from the moment the first worker can take work (its boot is not ingest time).
    while not any(" ready." in log.read_text(errors="replace") for log in logs):
        time.sleep(0.05)
    started = time.perf_counter()
    peaks = [0.0] * workers
    with app.app_context():
        total = db.session.scalar(select(func.sum(Document.page_count)))
        while True:
            db.session.expire_all()
            active = db.session.scalar(select(func.count()).select_from(Document).where(
                Document.status.notin_(["ready", "failed"])))
            for i, proc in enumerate(procs):
                pids = [proc.pid, *children(proc.pid)]
                peaks[i] = max(peaks[i], sum(peak_rss_mb(p) for p in pids))
            if not active:
                break
            time.sleep(1.0)  # poll gently: this process shares the machine with the workers
        elapsed = time.perf_counter() - started
        failed = db.session.execute(select(Document.filename, Document.failure_reason).where(
            Document.status == "failed")).all()
    for proc in procs:
        proc.terminate()
        proc.wait(30)
    stages = stage_seconds(logs)
    if failed:
        raise SystemExit(f"document(s) failed in the benchmark: {failed}")
    svc.drop_indices(prefix)
    return total / elapsed, peaks, {k: total / v for k, v in stages.items() if v}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=16)
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--big", type=int, default=5000, help="pages of the memory test (0: skip)")
    args = parser.parse_args()
    corpus = Path(tempfile.mkdtemp(prefix="bench-corpus-"))
    files = [text_pdf(corpus / f"doc{i:03}.pdf", args.pages, seed=i) for i in range(args.docs)]
    pages = args.docs * args.pages
    print(f"corpus: {args.docs} documents x {args.pages} pages = {pages} text pages")
    raw = raw_extraction(files)
    svc = Services()
    one, peaks1, stages1 = pipeline(files, 1, svc)
    two, peaks2, _ = pipeline(files, 2, svc)
    print(f"{'raw pdfminer.six extract_pages (1 process)':48} {raw:8.1f} pages/s")
    extract = stages1.get("extract", 0.0)
    print(f"{'ingest stages (stored..extracted), 1 worker':48} {extract:8.1f} pages/s  "
          f"ratio to raw {extract / raw:5.2f}  (target >= 0.80)")
    print(f"{'tagging stage alone (spaCy + proposals)':48} {stages1.get('tag', 0):8.1f} pages/s")
    print(f"{'whole pipeline incl. tagging, 1 worker':48} {one:8.1f} pages/s  ratio to raw "
          f"{one / raw:5.2f}")
    print(f"{'pipeline, 2 workers':48} {two:8.1f} pages/s  ratio to 1 worker {two / one:5.2f}"
          f"  (target >= 1.8)")
    print(f"{'peak memory per worker (1 / 2 workers)':48} {max(peaks1):6.0f} MB / "
          f"{max(peaks2):.0f} MB")
    if args.big:
        big = text_pdf(corpus / "big.pdf", args.big, seed=99, lines_per_page=30)
        rate, peaks, _ = pipeline([big], 1, svc)
        print(f"{f'one {args.big}-page document, 1 worker':48} {rate:8.1f} pages/s  "
              f"peak memory {max(peaks):.0f} MB (target < 1536 MB)")


if __name__ == "__main__":
    main()
