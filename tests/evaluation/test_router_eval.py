"""Router evaluation: data loading, scoring, and the figures on the shipped dev set."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from hybridai.cli import default_dev_set
from hybridai.config import RoutingSettings
from hybridai.errors import DataFormatError
from hybridai.evaluation.router_eval import Example, GoldEntity, Prediction, evaluate, load_examples, score
from hybridai.routing.policy import Router


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "data.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("line, message", [
    ("not json", ":2: not valid JSON"),
    ('["a list"]', ":2: each line must be a JSON object"),
    ('{"text": 1, "sensitive": true}', ":2: 'text' must be a string"),
    ('{"text": "x", "sensitive": "yes"}', ":2: 'sensitive' must be true or false"),
    ('{"text": "abc", "sensitive": true, "entities": [{"type": "EMAIL", "start": 2, "end": 9}]}', ":2: entities[0]"),
])
def test_malformed_lines_are_named(tmp_path, line, message):
    path = _write(tmp_path, ['{"text": "ok", "sensitive": false, "entities": []}', line])
    with pytest.raises(DataFormatError, match=re.escape(message)):
        load_examples(path)


def test_extra_fields_are_kept_and_blank_lines_skipped(tmp_path):
    path = _write(tmp_path, ['{"text": "ok", "sensitive": false, "category": "general"}', "", "  "])
    [example] = load_examples(path)
    assert example.extra == {"category": "general"} and example.entities == ()


def test_score_counts_leakage_false_positives_and_recall():
    examples = [
        Example(1, "a", True, (GoldEntity("PRC_ID", 0, 5),)),
        Example(2, "b", True, (GoldEntity("BANK_CARD", 0, 5),)),
        Example(3, "c", False, ()),
        Example(4, "d", False, ()),
    ]
    predictions = [
        Prediction("private", True, [{"type": "PRC_ID", "start": 1, "end": 4}], [], 1.0),
        Prediction("cloud", False, [], [], 2.0),
        Prediction("private", True, [{"type": "PHONE", "start": 0, "end": 3}], [], 3.0),
        Prediction("cloud", False, [], [], 4.0),
    ]
    report = score(examples, predictions)
    counts = (report.true_positives, report.false_negatives, report.false_positives, report.true_negatives)
    assert counts == (1, 1, 1, 1)
    assert report.precision == 0.5 and report.recall == 0.5
    assert report.leakage == 1 and report.leaked[0]["line"] == 2
    assert report.leaked[0]["missed"] == [{"type": "BANK_CARD", "start": 0, "end": 5}]
    assert report.entity_recall == {"BANK_CARD": 0.0, "PRC_ID": 1.0}
    assert report.structured_entity_recall == 0.5
    assert report.spurious_entities == {"PHONE": 1}
    assert report.latency_ms_p50 == 2.5


@pytest.mark.parametrize("name", ["router_dev.jsonl", "router_probe.jsonl"])
def test_shipped_dev_sets_meet_the_bar(name):
    """Leakage 0 and structured-entity recall ≥ 0.99 on the shipped dev sets (issue: core engine)."""
    examples = load_examples(default_dev_set().with_name(name))
    assert len(examples) >= (300 if name == "router_dev.jsonl" else 200)
    langs = {e.extra.get("lang") for e in examples}
    assert {"zh", "en"} <= langs
    report, predictions = evaluate(Router.from_settings(RoutingSettings()), examples)
    assert report.leakage == 0, json.dumps(report.leaked, ensure_ascii=False, indent=1)
    assert report.structured_entity_recall >= 0.99
    assert report.precision >= 0.9, json.dumps(report.false_positive_lines, ensure_ascii=False, indent=1)
    assert len(predictions) == len(examples)
