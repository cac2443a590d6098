"""A logistic model shipped as plain JSON weights: read, never executed (a pickled model
would be code from a file). The recall model (:mod:`redaction.recall_model`) and the check
on listed people (:mod:`redaction.person_model`) are both this: a bias, one weight per
named feature, and the threshold their trainer chose by validation."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Model:
    weights: dict[str, float]
    bias: float
    threshold: float

    def score(self, features: Iterable[str]) -> float:
        """The probability the model gives an item with these (binary) features."""
        z = self.bias + sum(map(self.weights.get, features, repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def load(path: Path) -> Model | None:
    """The model written at ``path``, or None when there is none (the rules work alone)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return Model({k: float(v) for k, v in data["weights"].items()}, float(data["bias"]),
                 float(data["threshold"]))
