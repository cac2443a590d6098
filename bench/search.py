"""Search latency: the whole HTTP search request through the app vs raw Elasticsearch.

    .venv/bin/python bench/search.py [--pages 100000] [--repeat 5] [--per-query]
    .venv/bin/python bench/search.py --pages 5000 --repeat 2      # a quick smoke run

Builds a seeded corpus of ``--pages`` pages (documents of 1-60 pages; 250-400 words a page
drawn from a Zipf-like vocabulary whose head is bench.common's prose, with collocations,
people, places and agencies from small lists; 15 providers, every document type, dates
1997-2024, a few restricted and tagged documents), bulk-loads it with
``search.indexer.rebuild`` into a throwaway index prefix ``bench-<hex>`` and prints pages/s.

Then it runs the real app under gunicorn (a temporary var directory and SQLite database,
one counsel user signed in over HTTP) and a fixed mix of ~40 searches: words common and
rare, AND, OR, NOT, phrases, proximity, prefix, fuzzy, field filters, date ranges, facet
filters as parameters and exact mode. After a warm-up, each search is timed ``--repeat``
times, alternately:

* raw: ``es.search(index=alias, **build_search(...))`` with exactly the parameters the app
  sends (query, access filter of the signed-in user, every facet, relevance, page 1 of 20),
  wall-clock around the client call;
* app: ``GET /search/?q=...`` over HTTP, wall-clock until the whole page is read.

It prints p50 and p95 of both, the difference, Elasticsearch's own ``took``, and whether
the target holds: app p95 <= raw p95 x 1.25 + 10 ms. ``--per-query`` adds each query's
medians. Elasticsearch is INQUIRY_ELASTICSEARCH_URL, or the managed node of this checkout
(started here if need be, and then stopped at the end). The bench indices, gunicorn and the
temporary directory are removed at the end (``--keep-index`` keeps the indices, and
``--use-index PREFIX`` searches them again without rebuilding).
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import os
import random
import re
import secrets
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import COMMON, DOMAIN, free_port, start_gunicorn  # noqa: E402

SEED = 20240917
TARGET_FACTOR = 1.25
TARGET_EXTRA_MS = 10.0
# Raised far above any benchmark run: the default per-user limit (120 a minute) would turn
# most of the timed requests into 429s.
SEARCH_RATE_LIMIT = "1000000 per minute;10000000 per hour"
BENCH_EMAIL = "bench.counsel@inquiry.example.org"

# ---- corpus ----------------------------------------------------------------------------

# Real words of evidence prose, less frequent than bench.common's head (Zipf ranks follow
# this order); a long tail of made-up words follows them.
EXTRA = ("girl girls boy boys mother father daughter son sister brother friend friends "
         "older man men woman women age aged years old time day week month year evening "
         "morning weekend street road flat park shop centre town area address home room "
         "bedroom party drink alcohol vodka cannabis drugs phone mobile number text message "
         "messages call calls facebook snapchat photograph images money cash gift gifts "
         "lift driver drivers drove picked dropped took went came told asked saw knew "
         "believed stated reported recorded noted discussed agreed raised shared closed "
         "opened referred assessed visited attended arrested charged interviewed released "
         "bail caution charge conviction court trial sentence prosecution file case cases "
         "crime crimes offence offences abuse sexual assault rape grooming harm risk risks "
         "concerns worries fear threats violence injury hospital doctor clinic gp pregnancy "
         "termination school teacher head year education absent absence exclusion truancy "
         "unit care home residential foster looked after leaving services service children "
         "childrens adult adults group groups network men's names nicknames intelligence "
         "log logs system database entry entries form forms document documents letter "
         "letters email emails copy copies draft final version signed dated page pages "
         "paragraph section appendix annex summary chronology timeline background history "
         "outcome outcomes recommendation recommendations learning lessons failure failures "
         "response responses resources capacity budget staff training supervision "
         "management senior chief superintendent director councillor member members board "
         "partnership multi agency lscb mash cse cid division district beat patrol shift "
         "call-out control room custody suite cell van vehicle registration plate hotel "
         "guest house caravan kebab pizza restaurant bus station train railway canal "
         "bridge alley garage warehouse takeaways minicab cab cabs licence licensing "
         "enforcement").split()

PHRASES = ("social worker", "police officer", "strategy meeting", "missing from home",
           "child sexual exploitation", "taxi driver", "takeaway shop", "looked after child",
           "child protection", "care home", "children's services", "witness statement",
           "no further action", "young person", "at risk", "multi agency meeting",
           "risk assessment", "missing episode", "return home interview",
           "detective constable", "domestic violence", "evidence of grooming")

PROVIDERS = ("South Yorkshire Police", "Greater Manchester Police", "West Yorkshire Police",
             "Thames Valley Police", "West Mercia Police", "Lancashire Constabulary",
             "Northumbria Police", "Avon and Somerset Constabulary",
             "Metropolitan Police Service", "Rotherham Metropolitan Borough Council",
             "Rochdale Borough Council", "Oldham Council", "Telford and Wrekin Council",
             "Bradford Metropolitan District Council", "Oxfordshire County Council")

PERSONS = ("Alan Barker", "Susan Hill", "David Price", "Karen Walsh", "Peter Moss",
           "Joanne Reid", "Michael Dunn", "Sarah Lowe", "Gary Fletcher", "Helen Marsh",
           "Stephen Cole", "Julie Booth", "Mark Riley", "Claire Nash", "Paul Hurst",
           "Amanda Pike", "Neil Sutton", "Lisa Dawson", "Kevin Bright", "Tracey Wood",
           "Andrew Cross", "Nicola Hale", "Ian Fowler", "Donna Shaw", "Simon Keane",
           "Emma Platt", "Robert Lamb", "Gemma Street", "Colin Webb", "Rachel Ford",
           "Brian Holt", "Kelly Finch", "Martin Gale", "Louise Parr", "Graham Yates",
           "Dawn Rowe", "Shaun Tate", "Natalie Crane", "Wayne Pratt", "Alison Todd")
PLACES = ("Rotherham", "Sheffield", "Rochdale", "Telford", "Oldham", "Bradford", "Oxford",
          "Halifax", "Keighley", "Huddersfield", "Derby", "Peterborough", "Newcastle",
          "Bristol", "Manchester", "Leeds", "Dewsbury", "Aylesbury", "Banbury", "Burnley")
AGENCIES = ("Home Office", "Crown Prosecution Service", "National Crime Agency", "Ofsted",
            "Department for Education", "NHS England",
            "Independent Office for Police Conduct", "Barnardo's", "NSPCC",
            "The Children's Society")
TAGS = ("chronology", "key document", "disclosure", "follow up")

_ONSETS = ("b br c ch cl d dr f fl g gr h j k l m n p pl pr r s sh sk st t th tr v w "
           "wh y z").split()
_VOWELS = "a e i o u ai ea ee ou oa ie".split()
_CODAS = ["", "", "n", "r", "s", "t", "l", "m", "nd", "ck", "ng", "st", "rt", "x"]


@dataclass
class Vocabulary:
    """Words by Zipf rank (probability of rank r proportional to 1 / r**exponent)."""

    words: list[str]
    cum_weights: list[float]

    @classmethod
    def build(cls, tail: int = 30_000, exponent: float = 1.05,
              seed: int = SEED) -> Vocabulary:
        rng = random.Random(seed)
        seen: dict[str, None] = {}
        for word in (*COMMON, *DOMAIN, *EXTRA):
            seen.setdefault(word, None)
        head = len(seen)
        while len(seen) < head + tail:
            word = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS)
                           for _ in range(rng.choice((1, 2, 2, 2, 3)))) + rng.choice(_CODAS)
            seen.setdefault(word, None)
        words = list(seen)
        weights = [1.0 / (rank ** exponent) for rank in range(1, len(words) + 1)]
        return cls(words, list(itertools.accumulate(weights)))

    def rank(self, rank: int) -> str:
        """The word of that Zipf rank (1 is the most frequent)."""
        return self.words[rank - 1]

    def sample(self, rng: random.Random, k: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self.cum_weights, k=k)


def _zipf_pick(rng: random.Random, items: Sequence[str], cum: Sequence[float]) -> str:
    return items[bisect.bisect(cum, rng.random() * cum[-1])]


def _cum(n: int) -> list[float]:
    return list(itertools.accumulate(1.0 / (r ** 0.9) for r in range(1, n + 1)))


_PERSONS_CUM, _PLACES_CUM, _AGENCIES_CUM = _cum(len(PERSONS)), _cum(len(PLACES)), \
    _cum(len(AGENCIES))


def page_text(rng: random.Random, vocab: Vocabulary, words: int,
              mentions: Sequence[str]) -> str:
    """One page of prose: Zipf words in sentences of 6-22 words, some with a collocation,
    and each mention (a person, place or agency) spliced into a sentence."""
    pool = vocab.sample(rng, words)
    sentences: list[list[str]] = []
    at = 0
    while at < len(pool):
        n = rng.randint(6, 22)
        chunk = pool[at:at + n]
        at += n
        if rng.random() < 0.12:
            chunk.insert(rng.randrange(len(chunk) + 1), rng.choice(PHRASES))
        sentences.append(chunk)
    for mention in mentions:
        chunk = rng.choice(sentences)
        chunk.insert(rng.randrange(len(chunk) + 1), mention)
    return " ".join(" ".join(s)[:1].upper() + " ".join(s)[1:] + "." for s in sentences)


def corpus(pages: int, user_id: int, seed: int = SEED
           ) -> tuple[list[tuple[Any, list[Any]]], dict[str, int]]:
    """(DocumentFields, [PageRecord]) per document, and counts, deterministic for a seed."""
    from inquiry.models.document import DOCUMENT_TYPES
    from search.indexer import DocumentFields, PageRecord

    rng = random.Random(seed)
    vocab = Vocabulary.build(seed=seed)
    types = list(DOCUMENT_TYPES)
    docs: list[tuple[Any, list[Any]]] = []
    stats = {"documents": 0, "pages": 0, "words": 0, "chars": 0, "restricted": 0}
    first_day, days = date(1997, 1, 1), (date(2024, 12, 31) - date(1997, 1, 1)).days
    received_day, received_days = date(2023, 1, 1), 900
    while stats["pages"] < pages:
        number = len(docs) + 1
        length = min(60, max(1, int(rng.lognormvariate(1.8, 1.0))), pages - stats["pages"])
        provider = rng.choice(PROVIDERS)
        kind = rng.choice(types)
        when = first_day + timedelta(days=rng.randrange(days))
        restricted = rng.random() < 0.02
        allowed = [str(user_id)] if restricted and rng.random() < 0.5 else []
        tags = rng.sample(TAGS, rng.randint(1, 2)) if rng.random() < 0.03 else []
        ocr = rng.random() < 0.15
        fields = DocumentFields(
            document_id=number, urn=f"INQ{number:06d}",
            title=f"{DOCUMENT_TYPES[kind]} {vocab.rank(rng.randint(60, 400))} "
                  f"{when.isoformat()}",
            provider=provider, document_type=kind, document_date=when,
            received_date=received_day + timedelta(days=rng.randrange(received_days)),
            restricted=restricted, allowed_user_ids=allowed, review_status="unreviewed",
            tags=tags)
        records = []
        for page in range(1, length + 1):
            persons = {_zipf_pick(rng, PERSONS, _PERSONS_CUM)
                       for _ in range(rng.choice((0, 0, 1, 1, 2, 3)))}
            places = {_zipf_pick(rng, PLACES, _PLACES_CUM) for _ in range(rng.randint(0, 2))}
            agencies = {_zipf_pick(rng, AGENCIES, _AGENCIES_CUM)
                        for _ in range(rng.choice((0, 0, 0, 1, 1, 2)))}
            words = rng.randint(250, 400)
            text = page_text(rng, vocab, words, [*persons, *places, *agencies])
            records.append(PageRecord(page=page, text=text, ocr=ocr, persons=sorted(persons),
                                      places=sorted(places), agencies=sorted(agencies)))
            stats["words"] += words
            stats["chars"] += len(text)
        docs.append((fields, records))
        stats["documents"] += 1
        stats["pages"] += length
        stats["restricted"] += restricted
    return docs, stats


# ---- queries ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Query:
    label: str
    params: dict[str, str]


def queries(vocab: Vocabulary) -> list[Query]:
    """The fixed mix: words, phrases, operators, fields, dates, facets, exact mode."""
    rare1, rare2, rare3 = vocab.rank(2_000), vocab.rank(12_000), vocab.rank(25_000)
    mid = vocab.rank(300)
    out = [
        ("common word", {"q": "police"}),
        ("common word", {"q": "safeguarding"}),
        ("very common word", {"q": "the"}),
        ("mid word", {"q": mid}),
        ("rare word", {"q": rare1}),
        ("rare word", {"q": rare2}),
        ("very rare word", {"q": rare3}),
        ("two words", {"q": "police taxi"}),
        ("two words", {"q": f"girl {rare1}"}),
        ("three words", {"q": "missing girl hotel"}),
        ("AND", {"q": "referral AND school"}),
        ("OR", {"q": "taxi OR takeaway"}),
        ("OR rare", {"q": f"{rare1} OR {rare2}"}),
        ("brackets", {"q": "(police OR constabulary) AND (concern OR neglect)"}),
        ("NOT", {"q": "exploitation NOT police"}),
        ("-word", {"q": "referral -school"}),
        ("phrase", {"q": '"social worker"'}),
        ("phrase", {"q": '"child sexual exploitation"'}),
        ("phrase", {"q": '"return home interview"'}),
        ("proximity", {"q": '"taxi girl"~5'}),
        ("proximity", {"q": '"strategy concern"~10'}),
        ("prefix", {"q": "safeguard*"}),
        ("prefix", {"q": "exploit*"}),
        ("fuzzy", {"q": "Rotherhm~"}),
        ("fuzzy", {"q": "exploitaton~1"}),
        ("provider field", {"q": 'provider:"South Yorkshire Police" taxi'}),
        ("type field", {"q": "type:email missing"}),
        ("person field", {"q": 'person:"Alan Barker"'}),
        ("person + word", {"q": f'person:"{PERSONS[12]}" car'}),
        ("place field", {"q": "place:Rotherham referral"}),
        ("agency field", {"q": 'agency:"Home Office"'}),
        ("date range", {"q": "date:2001-01-01..2003-12-31 referral"}),
        ("year range", {"q": "year:2010..2014 missing"}),
        ("ocr field", {"q": "ocr:yes statement"}),
        ("facet: provider", {"q": "police", "provider": "South Yorkshire Police"}),
        ("facets: type+year", {"q": "taxi", "document_type": "email", "year": "2005"}),
        ("facet: persons", {"q": "concern", "persons": PERSONS[0]}),
        ("facets: places+agencies", {"q": "meeting", "places": "Rochdale",
                                     "agencies": "Ofsted"}),
        ("filter dates", {"q": "girl", "date_from": "2008-01-01", "date_to": "2012-12-31"}),
        ("browse a facet", {"q": "", "provider": "Oldham Council"}),
        ("exact word", {"q": "girls", "exact": "1"}),
        ("exact phrase", {"q": '"social worker"', "exact": "1"}),
    ]
    return [Query(label, {**params, "sort": "relevance", "page": "1"}) for label, params in out]


def raw_params(query: Query, user_id: int) -> dict[str, Any]:
    """The request the app makes for this search: the view's own parameter parsing, then
    search.query.build_search as inquiry.services.searching.run calls it."""
    from werkzeug.datastructures import MultiDict

    from inquiry.views.search_params import from_args
    from search.parser import parse
    from search.query import FACETS, Access, build_search

    request = from_args(MultiDict(query.params))
    node = parse(request.q) if request.q.strip() else None
    return build_search(node, user_access=Access(user_id=user_id), filters=request.filters,
                        facets=list(FACETS), sort=request.sort, page=request.page,
                        page_size=request.page_size, scope=request.scope,
                        exact=request.exact)


# ---- Elasticsearch and the app -----------------------------------------------------------

def elasticsearch() -> tuple[str, Any]:
    """The cluster URL, and the managed service if this run started it (else None)."""
    if os.environ.get("INQUIRY_ELASTICSEARCH_URL"):
        return os.environ["INQUIRY_ELASTICSEARCH_URL"], None
    from config import load_settings
    from inquiry.cli_services import runtime_options
    from inquiry.runtime import services

    # secret_key given so that loading the settings never writes var/secret_key
    settings = load_settings(secret_key=secrets.token_urlsafe(40))
    (node,) = services(runtime_options(settings), ["elasticsearch"])
    started = node.pid() is None
    status = node.start(timeout=180)
    return status.url, node if started else None


@dataclass
class App:
    """The real app under gunicorn, on a temporary var directory and SQLite database."""

    es_url: str
    prefix: str
    workers: int = 1
    var: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="bench-search-")))
    port: int = field(default_factory=free_port)
    password: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    secret_key: str = field(default_factory=lambda: secrets.token_urlsafe(48))
    user_id: int = 0
    proc: subprocess.Popen[bytes] | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log(self) -> Path:
        return self.var / "gunicorn.log"

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("INQUIRY_")}
        env |= {"INQUIRY_ENV": "local", "INQUIRY_VAR_DIR": str(self.var),
                "INQUIRY_SECRET_KEY": self.secret_key,
                "INQUIRY_DATABASE_URL": f"sqlite:///{self.var / 'inquiry.db'}",
                "INQUIRY_ELASTICSEARCH_URL": self.es_url,
                "INQUIRY_ES_INDEX_PREFIX": self.prefix,
                # requests (http.cookiejar) never sends a Secure cookie over http
                "INQUIRY_SESSION_COOKIE_SECURE": "false",
                "INQUIRY_SEARCH_RATE_LIMIT": SEARCH_RATE_LIMIT,
                "INQUIRY_LOG_LEVEL": "WARNING"}
        return env

    def create_database(self) -> None:
        """Schema by the migrations, and one counsel user with a password of our own (so no
        forced change at first sign-in)."""
        inquiry = [sys.executable, "-m", "inquiry.cli"]
        env = self.env()
        for argv, stdin in (([*inquiry, "db", "upgrade"], None),
                            ([*inquiry, "users", "create", "--email", BENCH_EMAIL,
                              "--role", "counsel", "--password-stdin"], self.password + "\n")):
            done = subprocess.run(argv, env=env, cwd=ROOT, input=stdin, capture_output=True,
                                  text=True)
            if done.returncode:
                raise SystemExit(f"{' '.join(argv[2:])} failed:\n{done.stdout}{done.stderr}")
        with sqlite3.connect(self.var / "inquiry.db") as con:
            (self.user_id,) = con.execute('SELECT id FROM "user" WHERE email = ?',
                                          (BENCH_EMAIL,)).fetchone()

    def start(self) -> None:
        self.proc = start_gunicorn(ROOT, self.env(), self.port, self.log, self.workers)

    def sign_in(self) -> Any:
        """A requests.Session signed in as the bench's counsel user."""
        import requests

        session = requests.Session()
        form = session.get(self.base + "/sign-in", timeout=30)
        tag = re.search(r'<input[^>]*name="csrf_token"[^>]*>', form.text)
        token = re.search(r'value="([^"]+)"', tag.group()) if tag else None
        if token is None:
            raise SystemExit("no csrf_token on the sign-in form")
        done = session.post(self.base + "/sign-in", timeout=30, allow_redirects=False,
                            data={"csrf_token": token.group(1), "email": BENCH_EMAIL,
                                  "password": self.password})
        if done.status_code != 302 or "change-password" in done.headers.get("Location", ""):
            raise SystemExit(f"sign-in failed: HTTP {done.status_code} "
                             f"{done.headers.get('Location', '')}")
        check = session.get(self.base + "/search/", timeout=30, allow_redirects=False)
        if check.status_code != 200:
            raise SystemExit(f"GET /search/ after sign-in: HTTP {check.status_code}")
        return session

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)

    def remove(self) -> None:
        shutil.rmtree(self.var, ignore_errors=True)


# ---- measuring -------------------------------------------------------------------------

@dataclass
class Timings:
    raw_ms: list[float] = field(default_factory=list)
    took_ms: list[float] = field(default_factory=list)
    app_ms: list[float] = field(default_factory=list)
    app_bytes: list[int] = field(default_factory=list)


_TOTAL_RE = re.compile(r"<strong>([\d,]+)</strong> document")


def percentile(values: Sequence[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    pos = (len(ordered) - 1) * q
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def run_raw(es: Any, alias: str, params: dict[str, Any]) -> tuple[float, float, Any]:
    started = time.perf_counter()
    response = es.search(index=alias, **params)
    elapsed = (time.perf_counter() - started) * 1000
    return elapsed, float(response["took"]), response


def run_app(session: Any, base: str, query: Query) -> tuple[float, Any]:
    started = time.perf_counter()
    response = session.get(base + "/search/", params=query.params, timeout=60,
                           allow_redirects=False)
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        raise SystemExit(f"{query.params}: HTTP {response.status_code}\n{response.text[:2000]}")
    return elapsed, response


def check_totals(es: Any, alias: str, session: Any, base: str,
                 mix: list[tuple[Query, dict[str, Any]]]) -> list[tuple[str, int, int]]:
    """Warm-up pass: every query once both ways; the app must show the documents count
    Elasticsearch gives for the same request. Returns (query, raw total, app total)."""
    out = []
    for query, params in mix:
        _, _, response = run_raw(es, alias, params)
        raw_total = int(response["aggregations"]["total_documents"]["value"])
        _, page = run_app(session, base, query)
        found = _TOTAL_RE.search(page.text)
        app_total = int(found.group(1).replace(",", "")) if found else -1
        out.append((query.params["q"], raw_total, app_total))
    return out


def measure(es: Any, alias: str, session: Any, base: str,
            mix: list[tuple[Query, dict[str, Any]]], repeat: int) -> list[Timings]:
    """Each repetition runs the whole mix; raw and app alternate which goes first."""
    timings = [Timings() for _ in mix]
    for rep in range(repeat):
        for (query, params), t in zip(mix, timings, strict=True):
            steps = ("raw", "app") if rep % 2 == 0 else ("app", "raw")
            for step in steps:
                if step == "raw":
                    ms, took, _ = run_raw(es, alias, params)
                    t.raw_ms.append(ms)
                    t.took_ms.append(took)
                else:
                    ms, response = run_app(session, base, query)
                    t.app_ms.append(ms)
                    t.app_bytes.append(len(response.content))
    return timings


def describe(query: Query) -> str:
    extra = "&".join(f"{k}={v}" for k, v in query.params.items()
                     if k not in ("q", "sort", "page"))
    text = query.params["q"] or "(no words)"
    return f"{text} [{extra}]" if extra else text


def report(mix: list[tuple[Query, dict[str, Any]]], timings: list[Timings],
           totals: list[int], per_query: bool) -> bool:
    raw = [ms for t in timings for ms in t.raw_ms]
    took = [ms for t in timings for ms in t.took_ms]
    app = [ms for t in timings for ms in t.app_ms]
    size = sum(b for t in timings for b in t.app_bytes) / max(1, len(app))
    if per_query:
        print(f"\n{'query (medians, ms)':52} {'docs':>6} {'raw':>7} {'took':>7} {'app':>7} "
              f"{'app-raw':>7}")
        for (query, _), t, docs in zip(mix, timings, totals, strict=True):
            r, a = percentile(t.raw_ms, 0.5), percentile(t.app_ms, 0.5)
            print(f"{describe(query)[:52]:52} {docs:6} {r:7.1f} "
                  f"{percentile(t.took_ms, 0.5):7.1f} {a:7.1f} {a - r:7.1f}")
    print(f"\nsearch latency, {len(mix)} queries x {len(raw) // max(1, len(mix))} runs "
          f"({len(app)} requests each way), ms:")
    print(f"{'':46} {'p50':>8} {'p95':>8} {'mean':>8}")
    rows = [("raw Elasticsearch (client wall-clock)", raw),
            ("  of which Elasticsearch's own 'took'", took),
            ("whole HTTP request through the app", app)]
    for name, values in rows:
        print(f"{name:46} {percentile(values, 0.5):8.1f} {percentile(values, 0.95):8.1f} "
              f"{sum(values) / max(1, len(values)):8.1f}")
    diff50 = percentile(app, 0.5) - percentile(raw, 0.5)
    diff95 = percentile(app, 0.95) - percentile(raw, 0.95)
    print(f"{'app minus raw':46} {diff50:8.1f} {diff95:8.1f} "
          f"{(sum(app) - sum(raw)) / max(1, len(app)):8.1f}")
    limit = percentile(raw, 0.95) * TARGET_FACTOR + TARGET_EXTRA_MS
    ok = percentile(app, 0.95) <= limit
    print(f"{'app / raw':46} {percentile(app, 0.5) / percentile(raw, 0.5):8.2f} "
          f"{percentile(app, 0.95) / percentile(raw, 0.95):8.2f}")
    print(f"target: app p95 <= raw p95 x {TARGET_FACTOR} + {TARGET_EXTRA_MS:.0f} ms = "
          f"{limit:.1f} ms: app p95 {percentile(app, 0.95):.1f} ms: "
          f"{'met' if ok else 'MISSED'}")
    print(f"mean HTML page size {size / 1024:.0f} KB")
    return ok


# ---- main ------------------------------------------------------------------------------

def build_index(es: Any, prefix: str, pages: int, user_id: int) -> None:
    from search.indexer import rebuild

    started = time.perf_counter()
    docs, stats = corpus(pages, user_id)
    generated = time.perf_counter() - started
    print(f"corpus: {stats['documents']:,} documents, {stats['pages']:,} pages, "
          f"{stats['words']:,} words ({stats['words'] / stats['pages']:.0f} a page), "
          f"{stats['chars'] / 1e6:.0f} MB of text, {stats['restricted']} restricted documents; "
          f"generated in {generated:.1f} s")
    result = rebuild(es, prefix, docs, drop_old=False)
    print(f"bulk indexing (search.indexer.rebuild, incl. refresh): {result.pages:,} pages in "
          f"{result.seconds:.1f} s = {result.pages / result.seconds:,.0f} pages/s")


def index_summary(es: Any, alias: str) -> str:
    from search.mapping import indices_behind

    (index,) = indices_behind(es, alias)
    stats = es.indices.stats(index=index, metric="store,docs,segments")["_all"]["primaries"]
    meta = es.indices.get_mapping(index=index)[index]["mappings"].get("_meta", {})
    return (f"index {index}: {stats['docs']['count']:,} pages, "
            f"{stats['store']['size_in_bytes'] / 2**20:,.0f} MB, "
            f"{stats['segments']['count']} segments, analysis "
            f"{meta.get('analysis') or meta.get('stemming')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of each query")
    parser.add_argument("--workers", type=int, default=1, help="gunicorn worker processes")
    parser.add_argument("--per-query", action="store_true", help="print each query's medians")
    parser.add_argument("--keep-index", action="store_true",
                        help="leave the bench indices in place (their prefix is printed)")
    parser.add_argument("--use-index", metavar="PREFIX",
                        help="search an index kept by --keep-index instead of building one")
    args = parser.parse_args()

    from elasticsearch import Elasticsearch

    from search.mapping import alias_name, delete_indices

    es_url, started_node = elasticsearch()
    es = Elasticsearch(es_url, request_timeout=120, max_retries=1, retry_on_timeout=False)
    prefix = args.use_index or f"bench-{secrets.token_hex(4)}"
    alias = alias_name(prefix)
    app = App(es_url, prefix, workers=args.workers)
    try:
        print(f"Elasticsearch {es_url}; index prefix {prefix}; app on {app.base} "
              f"({args.workers} gunicorn worker(s)); SQLite in {app.var}")
        app.create_database()
        if not args.use_index:
            build_index(es, prefix, args.pages, app.user_id)
        print(index_summary(es, alias))
        app.start()
        session = app.sign_in()
        # search-side clients: the same settings as the app's (inquiry.extensions)
        client = Elasticsearch(es_url, request_timeout=10.0, max_retries=1,
                               retry_on_timeout=False)
        mix = [(q, raw_params(q, app.user_id)) for q in queries(Vocabulary.build())]
        totals = check_totals(client, alias, session, app.base, mix)
        wrong = [t for t in totals if t[1] != t[2]]
        for q, raw_total, app_total in wrong:
            print(f"MISMATCH {q!r}: Elasticsearch {raw_total} documents, app shows {app_total}")
        print(f"warm-up: {len(mix)} queries, documents found per query: "
              f"min {min(t[1] for t in totals):,}, median "
              f"{int(percentile([t[1] for t in totals], 0.5)):,}, "
              f"max {max(t[1] for t in totals):,}; app and Elasticsearch agree on "
              f"{len(totals) - len(wrong)}/{len(totals)}")
        load = os.getloadavg()[0]
        timings = measure(client, alias, session, app.base, mix, args.repeat)
        report(mix, timings, [t[1] for t in totals], args.per_query)
        print(f"load average (1 min) before / after the timed runs: {load:.2f} / "
              f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs (Elasticsearch, gunicorn "
              "and this process share them)")
    finally:
        app.stop()
        app.remove()
        if args.keep_index:
            print(f"kept the indices: --use-index {prefix}")
        else:
            delete_indices(es, prefix)
        if started_node is not None:
            started_node.stop()


if __name__ == "__main__":
    main()
