"""Ingest throughput: every stage of the pipeline per worker, beside raw extraction.

    .venv/bin/python bench/ingest.py [--docs 16 --pages 50] [--big 5000] [--stall 300]
                                     [--extraction-only] [--redis-db 7] [--name bench]

Runs the real pipeline end to end (intake, extraction in sandboxed children, tagging,
indexing) against the managed PostgreSQL, Redis and Elasticsearch of this checkout (started
here if they are not running), in a fresh database and indices of its own. Prints, in one
run on the same pages:

* the baselines: raw pdfminer.six ``extract_pages`` and raw pypdfium2 (every character's
  text and box), beside ``ingest.extract`` alone in one process, and spaCy's own
  ``nlp.pipe`` with the tagging stage's components;
* each stage's rate with 1 worker (extraction, tagging, indexing: worker time per stage,
  from the task log) and the whole pipeline with 1 and 2 workers;
* each worker's peak memory, and on one ``--big``-page document.

A dependency that is missing or stops answering ends the run at once with what went wrong
(a worker that dies, a task retried because a service is down, no progress for ``--stall``
seconds), never a wait for ever.
"""

from __future__ import annotations

import argparse
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import children, cpu_seconds, peak_rss_mb, text_pdf  # noqa: E402


def raw_pdfminer(files: list[Path]) -> float:
    """pdfminer.six's own extract_pages over every page: pages/s."""
    from pdfminer.high_level import extract_pages

    started, pages = time.perf_counter(), 0
    for path in files:
        for _ in extract_pages(str(path)):
            pages += 1
    return pages / (time.perf_counter() - started)


def raw_pypdfium2(files: list[Path]) -> float:
    """pypdfium2 alone: each page's text and every character's box, pages/s."""
    import pypdfium2 as pdfium

    started, pages = time.perf_counter(), 0
    for path in files:
        doc = pdfium.PdfDocument(str(path))
        for page in doc:
            text = page.get_textpage()
            count = text.count_chars()
            text.get_text_range(0, count)
            for i in range(count):
                text.get_charbox(i, loose=True)
            text.close()
            page.close()
            pages += 1
        doc.close()
    return pages / (time.perf_counter() - started)


def ours_alone(files: list[Path]) -> float:
    """``ingest.extract.extract_pages`` in this process (no sandbox, storage or database):
    pages/s."""
    from ingest.extract import extract_pages

    started, pages = time.perf_counter(), 0
    for path in files:
        for _ in extract_pages(path, ocr="never"):
            pages += 1
    return pages / (time.perf_counter() - started)


def spacy_pipe(files: list[Path]) -> tuple[float, float]:
    """spaCy's own nlp.pipe on the text of the first four documents, with the components
    the tagging stage runs (the recogniser and the gazetteer rulers) and its batch size,
    against ``redaction.entities.tag_pages`` on the same pages: (spaCy pages/s, ours)."""
    from ingest.extract import extract_pages
    from redaction.entities import BATCH_SIZE, load_nlp, tag_pages

    pages = [p for path in files[:4] for p in extract_pages(path, ocr="never")]
    nlp = load_nlp()
    texts = [p.text.replace("\n", " ") for p in pages]
    tag_pages(pages[:4])  # warm up
    spacy_best = ours_best = float("inf")
    for _ in range(3):  # alternately, best of three: the machine may be busy with others
        started = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=BATCH_SIZE):
            pass
        spacy_best = min(spacy_best, time.perf_counter() - started)
        started = time.perf_counter()
        tag_pages(pages)
        ours_best = min(ours_best, time.perf_counter() - started)
    return len(pages) / spacy_best, len(pages) / ours_best


class Services:
    """The managed Redis, PostgreSQL and Elasticsearch of this checkout (started if need
    be; one that cannot start ends the run with its error): indexing is a stage, so a
    document is ready only once its pages are in the index.

    A fresh PostgreSQL database per run, as in production: SQLite serialises writers, which
    would measure SQLite rather than the pipeline.
    """

    def __init__(self, redis_db: int = 7, name: str = "bench") -> None:
        from config import load_settings
        from inquiry.cli_services import runtime_options
        from inquiry.runtime import ServiceError, services

        self.postgres, self.redis, self.elasticsearch = services(
            runtime_options(load_settings()), ["redis", "postgres", "elasticsearch"])
        for service in (self.redis, self.postgres, self.elasticsearch):
            try:
                service.start()
            except ServiceError as exc:
                raise SystemExit(f"bench/ingest.py needs {service.name}: {exc}") from exc
        self.redis_url = self.redis.url.rsplit("/", 1)[0] + f"/{redis_db}"
        self.name = name
        self.check_elasticsearch()

    def check_elasticsearch(self) -> None:
        from elasticsearch import Elasticsearch

        try:
            Elasticsearch(self.elasticsearch.url, request_timeout=10).cluster.health(timeout="5s")
        except Exception as exc:  # noqa: BLE001 - any failure: say it and stop
            raise SystemExit(f"Elasticsearch at {self.elasticsearch.url} does not answer: "
                             f"{exc}") from exc

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


# A task's result is the status it moved the document to: the stage it worked in.
STAGE_OF_RESULT = {"extracting": "extract", "ocr": "extract", "tagging": "extract",
                   "indexing": "tag", "ready": "index"}
_TASK_LINE = re.compile(r"succeeded in ([0-9.]+)s: '(\w+)'")
_WARM = re.compile(r"tagging (?:not )?warmed up")
_TROUBLE = re.compile(r"^.*(?:Retry in|TransientError|Connection refused|ConnectionError"
                      r"|Traceback).*$", re.MULTILINE)


def stage_seconds(logs: list[Path]) -> dict[str, float]:
    """Worker time per stage, from each task's duration and the status it moved on to."""
    out: dict[str, float] = {}
    for log in logs:
        for seconds, result in _TASK_LINE.findall(log.read_text(errors="replace")):
            stage = STAGE_OF_RESULT.get(result, "other")
            out[stage] = out.get(stage, 0.0) + float(seconds)
    return out


@dataclass
class Run:
    rate: float  # pages/s, from the workers ready to the last document ready
    peaks: list[float]  # MB, per worker (its process tree)
    stages: dict[str, float] = field(default_factory=dict)  # pages/s of worker time
    per_cpu: float = 0.0  # pages per second of the workers' processor time


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        out.append(todo.pop())
        todo += children(out[-1])
    return out


def _cpu(procs: list[subprocess.Popen]) -> float:
    """Processor seconds of the workers' process trees (sandboxed children included)."""
    return sum(cpu_seconds(p) for proc in procs for p in _tree(proc.pid))


def _trouble(logs: list[Path], procs: list[subprocess.Popen]) -> str | None:
    """Why the run cannot finish: a worker gone, or a task retried or failing because a
    dependency is down (the log line says which)."""
    for log, proc in zip(logs, procs, strict=True):
        text = log.read_text(errors="replace")
        if proc.poll() is not None:
            return f"worker {log.name} exited ({proc.returncode}):\n{text[-3000:]}"
        found = _TROUBLE.search(text)
        if found:
            return f"{log.name}: {found.group(0).strip()}\n(see {log})"
    return None


def pipeline(files: list[Path], workers: int, svc: Services, stall: float) -> Run:
    """Time from queueing every file to every document ready, with N worker processes."""
    var = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("INQUIRY_")}
    prefix = f"bench-ingest-{workers}w-{secrets.token_hex(4)}"
    env |= {"INQUIRY_VAR_DIR": str(var), "INQUIRY_REDIS_URL": svc.redis_url,
            "INQUIRY_SECRET_KEY": secrets.token_urlsafe(40),
            "INQUIRY_ELASTICSEARCH_URL": svc.elasticsearch.url,
            "INQUIRY_ES_INDEX_PREFIX": prefix,
            "INQUIRY_DATABASE_URL": svc.database_url(f"{svc.name}_{workers}w_{len(files)}"),
            "OMP_THREAD_LIMIT": "1"}
    inquiry = [sys.executable, "-m", "inquiry.cli"]
    subprocess.run([*inquiry, "db", "upgrade"], env=env, check=True, capture_output=True)
    subprocess.run(["redis-cli", "-u", svc.redis_url, "flushdb"], check=True,
                   capture_output=True)
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
    try:
        result = _watch(files, procs, logs, env, stall, svc, prefix)
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(30)
    shutil.rmtree(var, ignore_errors=True)  # kept only when the run failed: its logs explain
    return result


def _watch(files: list[Path], procs: list[subprocess.Popen], logs: list[Path],
           env: dict[str, str], stall: float, svc: Services, prefix: str) -> Run:
    from sqlalchemy import func, select

    os.environ.update({k: v for k, v in env.items() if k.startswith("INQUIRY_")})
    from inquiry.app import create_app
    from inquiry.extensions import db
    from inquiry.models import Document

    app = create_app()
    deadline = time.monotonic() + 120
    # Time from the moment the workers can take work: starting and loading the recogniser
    # and name lists (the pool child does it before its first task) is not ingest time.
    while not all(_WARM.search(log.read_text(errors="replace")) for log in logs):
        problem = _trouble(logs, procs)
        if problem or time.monotonic() > deadline:
            raise SystemExit(f"no worker started: {problem or 'none in 120 s'}")
        time.sleep(0.05)
    started, cpu_before = time.perf_counter(), _cpu(procs)
    peaks = [0.0] * len(procs)
    with app.app_context():
        total = db.session.scalar(select(func.sum(Document.page_count)))
        last_change, last_state = time.monotonic(), None
        while True:
            db.session.expire_all()
            state = db.session.execute(select(Document.status, func.sum(Document.pages_done))
                                       .group_by(Document.status)).all()
            for i, proc in enumerate(procs):
                pids = [proc.pid, *children(proc.pid)]
                peaks[i] = max(peaks[i], sum(peak_rss_mb(p) for p in pids))
            if not any(status not in ("ready", "failed") for status, _ in state):
                break
            problem = _trouble(logs, procs)
            if problem:
                raise SystemExit(f"the pipeline cannot finish: {problem}")
            if state != last_state:
                last_change, last_state = time.monotonic(), state
            elif time.monotonic() - last_change > stall:
                raise SystemExit(f"no progress for {stall:.0f} s ({state}); worker logs: "
                                 f"{', '.join(map(str, logs))}")
            time.sleep(1.0)  # poll gently: this process shares the machine with the workers
        elapsed, cpu = time.perf_counter() - started, _cpu(procs) - cpu_before
        failed = db.session.execute(select(Document.filename, Document.failure_reason).where(
            Document.status == "failed")).all()
    if failed:
        raise SystemExit(f"document(s) failed in the benchmark: {failed}")
    stages = stage_seconds(logs)
    svc.drop_indices(prefix)
    return Run(total / elapsed, peaks, {k: total / v for k, v in stages.items() if v},
               total / cpu if cpu else 0.0)


def extraction_rows(miner: float, pdfium: float, alone: float, extract: float
                    ) -> list[tuple[str, str, str]]:
    return [
        ("raw pdfminer.six extract_pages (1 process)", f"{miner:8.1f} pages/s", "baseline"),
        ("raw pypdfium2, text and every char box", f"{pdfium:8.1f} pages/s", "baseline"),
        ("ingest.extract alone, 1 process", f"{alone:8.1f} pages/s",
         f"{alone / miner:.2f}x pdfminer, {alone / pdfium:.2f}x pypdfium2"),
        ("extraction stage, 1 worker", f"{extract:8.1f} pages/s",
         f"{extract / miner:.2f}x pdfminer (target >= 4), {extract / pdfium:.2f}x pypdfium2 "
         "(target >= 0.6)"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=16)
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--big", type=int, default=5000, help="pages of the memory test (0: skip)")
    parser.add_argument("--stall", type=float, default=300,
                        help="seconds without progress that end the run")
    parser.add_argument("--extraction-only", action="store_true",
                        help="only the extraction baselines and one 1-worker run (its "
                             "extraction stage): no spaCy baseline, 2 workers or --big")
    parser.add_argument("--redis-db", type=int, default=7,
                        help="Redis database of the run's queue (flushed first)")
    parser.add_argument("--name", default="bench",
                        help="prefix of the run's databases (dropped and made again)")
    args = parser.parse_args()
    corpus = Path(tempfile.mkdtemp(prefix="bench-corpus-"))
    try:
        run(args, corpus)
    finally:
        shutil.rmtree(corpus, ignore_errors=True)


def run(args: argparse.Namespace, corpus: Path) -> None:
    """The benchmark itself, on PDFs written into ``corpus``."""
    files = [text_pdf(corpus / f"doc{i:03}.pdf", args.pages, seed=i) for i in range(args.docs)]
    pages = args.docs * args.pages
    print(f"corpus: {args.docs} documents x {args.pages} pages = {pages} text pages")
    svc = Services(args.redis_db, args.name)
    miner, pdfium, alone = raw_pdfminer(files), raw_pypdfium2(files), ours_alone(files)
    if args.extraction_only:
        extract = pipeline(files, 1, svc, args.stall).stages.get("extract", 0.0)
        for name, figure, note in extraction_rows(miner, pdfium, alone, extract):
            print(f"{name:44} {figure:18} {note}")
        print(f"{'load average (1 min) at the end':44} {os.getloadavg()[0]:8.1f}")
        return
    spacy_rate, tag_rate = spacy_pipe(files)
    one = pipeline(files, 1, svc, args.stall)
    two = pipeline(files, 2, svc, args.stall)
    extract = one.stages.get("extract", 0.0)
    rows = [*extraction_rows(miner, pdfium, alone, extract),
        ("spaCy nlp.pipe, same components", f"{spacy_rate:8.1f} pages/s", "baseline"),
        ("redaction.entities.tag_pages", f"{tag_rate:8.1f} pages/s",
         f"{tag_rate / spacy_rate:.2f}x spaCy (target >= 0.8)"),
        ("tagging stage (spaCy, proposals, storing)", f"{one.stages.get('tag', 0):8.1f} pages/s",
         ""),
        ("indexing stage", f"{one.stages.get('index', 0):8.1f} pages/s", ""),
        ("whole pipeline, 1 worker", f"{one.rate:8.1f} pages/s",
         f"target >= 17; {one.per_cpu:.1f} pages per second of the worker's processor time"),
        ("whole pipeline, 2 workers", f"{two.rate:8.1f} pages/s",
         f"{two.rate / one.rate:.2f}x one worker (target >= 1.8)"),
        ("load average (1 min) at the end", f"{os.getloadavg()[0]:8.1f}",
         f"on {os.cpu_count()} cores: other work slows every figure above"),
        ("peak memory per worker (1 / 2 workers)",
         f"{max(one.peaks):6.0f} MB / {max(two.peaks):.0f} MB", ""),
    ]
    if args.big:
        big = text_pdf(corpus / "big.pdf", args.big, seed=99, lines_per_page=30)
        alone_big = pipeline([big], 1, svc, args.stall)
        rows.append((f"one {args.big}-page document, 1 worker",
                     f"{alone_big.rate:8.1f} pages/s",
                     f"peak memory {max(alone_big.peaks):.0f} MB (target < 1024 MB)"))
    for name, figure, note in rows:
        print(f"{name:44} {figure:18} {note}")


if __name__ == "__main__":
    main()
