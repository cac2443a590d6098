"""The README's security section names the test behind each guarantee: every one named must
exist, so the list can't quietly point at a test that was renamed or removed."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_test_the_security_section_names_exists() -> None:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Security against an insider", 1)[1].split("\n## ", 1)[0]
    named = set(re.findall(r"`(tests/[\w/]+\.py)::(\w+)`", section))
    assert len(named) >= 30, named
    missing = []
    for path, name in sorted(named):
        tree = ast.parse((ROOT / path).read_text())
        tests = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
        if name not in tests:
            missing.append(f"{path}::{name}")
    assert missing == []
