"""Shared helpers for the benchmarks: realistic text, timing, process memory."""

from __future__ import annotations

import random
from pathlib import Path

# A Zipf-like vocabulary of evidence prose: frequent function words, a long tail of others.
COMMON = ("the of and to a in was that he she it her his with on for at by they as had "
          "not be from this were which have an but all there their been when we would "
          "said one about into who what if so no more out up then them could only").split()
DOMAIN = ("police officer statement witness council social worker referral meeting minutes "
          "strategy safeguarding child young person concern incident report evidence interview "
          "house car taxi takeaway night parents school missing episode exploitation vulnerable "
          "assessment plan review manager team agency health nurse record decision action "
          "follow contact information disclosure detective constable sergeant inspector "
          "allegation investigation suspect victim complainant family carer placement").split()


def sentence(rng: random.Random, words: int = 14) -> str:
    out = []
    for _ in range(words):
        r = rng.random()
        if r < 0.55:
            out.append(rng.choice(COMMON))
        elif r < 0.95:
            out.append(rng.choice(DOMAIN))
        else:
            out.append(rng.choice(["Rotherham", "Sheffield", "Rochdale", "Telford", "Oldham",
                                   "Bradford", "Oxford", "Halifax"]))
    return " ".join(out).capitalize() + "."


def text_pdf(path: Path, pages: int, seed: int, lines_per_page: int = 40) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    width, height = A4
    for number in range(pages):
        c.setFont("Helvetica", 10)
        y = height - 60
        c.drawString(60, y, f"Page {number + 1}")
        for _ in range(lines_per_page):
            y -= 17
            c.drawString(60, y, sentence(rng, 13)[:95])
        c.showPage()
    c.save()
    return path


def peak_rss_mb(pid: int) -> float:
    """VmHWM (peak resident set) of one process, in MB; 0 if it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def cpu_seconds(pid: int) -> float:
    """Processor time of a process and of its children it has waited for (user + system);
    0 if it is gone."""
    import os

    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return sum(int(v) for v in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def children(pid: int) -> list[int]:
    out = []
    for task in Path("/proc").glob("[0-9]*"):
        try:
            stat = (task / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == pid:
            out.append(int(task.name))
    return out


def free_port() -> int:
    """A TCP port nothing listens on now, on the loopback interface."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_gunicorn(root: Path, env: dict[str, str], port: int, log: Path,
                   workers: int = 1, timeout: float = 90):  # noqa: ANN201 - subprocess.Popen
    """The real app under gunicorn on ``port``; returns once ``/healthz`` answers (a
    condition, not a sleep), or exits with the end of the log."""
    import subprocess
    import sys
    import time

    import requests

    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "wsgi:app", "--bind",
         f"127.0.0.1:{port}", "--workers", str(workers), "--timeout", "120"],
        cwd=root, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT,
        start_new_session=True)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"gunicorn exited:\n{log.read_text()[-3000:]}")
        try:
            if requests.get(f"http://127.0.0.1:{port}/healthz", timeout=10).status_code == 200:
                return proc
        except requests.RequestException:  # not listening yet, or busy starting
            pass
        time.sleep(0.2)
    proc.kill()
    raise SystemExit(f"the app did not answer /healthz:\n{log.read_text()[-3000:]}")
