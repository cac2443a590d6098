"""The recall model: a second reader for what the rules leave, on new text written for it."""

from __future__ import annotations

import json
import math

from redaction import recall_model
from redaction.propose import Policy, propose
from redaction.register import KeepList

from .helpers import page_of


def _added(text: str, **kw) -> dict[str, str]:
    """Proposals the model adds over the rules alone: text -> source."""
    on = {p.text: p.source for p in propose([page_of(text)], **kw)}
    off = {p.text for p in propose([page_of(text)], policy=Policy(recall_model=False), **kw)}
    return {t: s for t, s in on.items() if t not in off}


def test_the_model_finds_what_the_rules_leave(nlp):
    # a pick-up address in a log (a street name written in lower case in plain prose,
    # "she later said pepper had...", the rules now find themselves)
    added = _added("Booking 4471: pick up from Larchfield Rise, drop at Greystones bus "
                   "station. Driver: Tariq (badge 7731).")
    assert "model:recall" in added.get("Larchfield Rise", "")


def test_the_model_leaves_agencies_ciphers_operations_and_event_dates(nlp):
    text = ("Present: West Yorkshire Police, Kirklees Council, Barnardo's. Inspector Holt "
            "confirmed that the investigation under Operation Juniper continues. Child B was "
            "safeguarded on 3 May 2019 and moved to Huddersfield.")
    got = " | ".join(p.text for p in propose([page_of(text)]))
    for kept in ("West Yorkshire Police", "Kirklees", "Barnardo", "Juniper", "Child B",
                 "3 May 2019", "Huddersfield"):
        assert kept not in got, kept


def test_a_kept_public_figure_is_never_the_models(nlp):
    text = ("Meeting chaired by Cllr Bernadette Quayle. Quayle asked whether the girl known "
            "as Nettle had been seen; nettle was seen with Quayle's driver.")
    got = [p.text for p in propose([page_of(text)], keep=KeepList(("Bernadette Quayle",)))]
    assert not any("Quayle" in t for t in got)
    assert "Nettle" in got


def test_without_a_model_the_rules_work_alone(nlp, monkeypatch, tmp_path):
    assert recall_model.load_model(tmp_path / "none.json") is None
    monkeypatch.setattr(recall_model, "load_model", lambda *a: None)
    text = "She later said pepper had given her vodka. Known to residents as Pepper."
    assert [p.text for p in propose([page_of(text)])] == [
        p.text for p in propose([page_of(text)], policy=Policy(recall_model=False))]


def test_the_shipped_model_is_plain_finite_weights():
    data = json.loads(recall_model.MODEL_PATH.read_text(encoding="utf-8"))
    assert 0 < data["threshold"] < 1 and math.isfinite(data["bias"])
    assert len(data["weights"]) > 1000
    assert all(isinstance(k, str) and math.isfinite(v) for k, v in data["weights"].items())
    model = recall_model.load_model()
    assert model is not None and model.threshold == data["threshold"]


def test_features_are_the_same_in_every_process():
    """Features are strings, never Python's per-process hash, so a model trained in one
    process scores the same in another."""
    page = page_of("DC Amos 4471 met Tariq at Larchfield Rise.")
    first = [t.features for t, _ in recall_model.document_tokens([page], {}, {}, {})]
    again = [t.features for t, _ in recall_model.document_tokens([page], {}, {}, {})]
    assert first == again and all(isinstance(f, str) for fs in first for f in fs)
    assert "n-1=w:dc" in first[1]  # "Amos" after the rank
