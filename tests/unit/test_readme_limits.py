"""The README's limits for hostile and oversize files: every setting in its table exists
with the default it states, and every test it names as proof exists, so the section can't
drift from the code."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from config.defaults import DEFAULTS

ROOT = Path(__file__).resolve().parents[2]
UNITS = {"GiB": 1024 ** 3, "MiB": 1024 ** 2}


def _section() -> str:
    readme = (ROOT / "README.md").read_text()
    return readme.split("### Hostile and oversize files: limits", 1)[1].split("\n## ", 1)[0]


def _figure(text: str) -> int:
    """'20,000', '1,536 (1.5 GB)', '4 GiB' -> a number."""
    number, _, rest = text.strip().partition(" ")
    return int(number.replace(",", "")) * UNITS.get(rest.split(" ")[0], 1)


def test_every_limit_is_a_setting_with_the_default_stated() -> None:
    rows = re.findall(r"^\| (\w+) \| `INQUIRY_(\w+)` \| ([^|]+) \|", _section(), re.M)
    kinds = {kind for kind, _, _ in rows}
    assert {"pages", "pixels", "seconds", "bytes"} <= kinds, kinds
    wrong = {name: (stated, DEFAULTS.get(name.lower()))
             for _, name, stated in rows if DEFAULTS.get(name.lower()) != _figure(stated)}
    assert len(rows) >= 14 and not wrong, wrong


def test_every_test_the_section_names_exists() -> None:
    named = set(re.findall(r"`(tests/[\w/]+\.py)::(\w+)`", _section()))
    assert len(named) >= 12, named
    missing = []
    for path, name in sorted(named):
        tree = ast.parse((ROOT / path).read_text())
        if name not in {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}:
            missing.append(f"{path}::{name}")
    assert missing == []
