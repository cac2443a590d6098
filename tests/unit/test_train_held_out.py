"""The recall model is never trained on a held-out part that has not been scored yet."""

from __future__ import annotations

import pytest

from bench import train_recall_model
from bench.evalset import layout


@pytest.mark.parametrize("part", ["test13"])
def test_training_refuses_a_held_out_part_unless_told(capsys, part):
    with pytest.raises(SystemExit) as stop:
        train_recall_model.main(["--train", "tuning", "--train", part])
    assert stop.value.code == 2
    assert f"{part} held out" in capsys.readouterr().err


@pytest.mark.parametrize("part", ["test13"])
def test_every_held_out_part_is_a_part_that_can_be_scored(part):
    assert part in train_recall_model.HELD_OUT
    assert set(train_recall_model.HELD_OUT) <= set(layout.PARTS)
    docs, register, keep = layout.load_part(part)
    assert len(docs) == 30 and register.exists() and keep.exists()
