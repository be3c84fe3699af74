"""Router evaluation: data loading, scoring, and the figures on the shipped dev set."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from hybridai.cli import default_dev_set
from hybridai.config import RoutingSettings
from hybridai.errors import DataFormatError
from hybridai.evaluation.router_eval import (
    Example,
    GoldEntity,
    Prediction,
    evaluate,
    load_examples,
    lowest_threshold_at_precision,
    rescore_at,
    score,
    sweep,
    zero_leakage_threshold,
)
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


@pytest.fixture(scope="module")
def default_router() -> Router:
    return Router.from_settings(RoutingSettings())


def test_dev_set_meets_the_bar(default_router):
    """On the spec-v2 dev set: leakage 0, sensitive-flag precision ≥ 0.95, structured-entity recall
    ≥ 0.99, PERSON/ADDRESS recall ≥ 0.90 (the goals of the router-quality issue)."""
    examples = load_examples(default_dev_set())
    assert len(examples) >= 800 and {"zh", "en", "mixed"} <= {e.extra.get("lang") for e in examples}
    report, predictions = evaluate(default_router, examples)
    assert report.leakage == 0, json.dumps(report.leaked, ensure_ascii=False, indent=1)
    assert report.precision >= 0.95, json.dumps(report.false_positive_lines, ensure_ascii=False, indent=1)
    assert report.structured_entity_recall >= 0.99 and report.ner_entity_recall >= 0.9
    assert len(predictions) == len(examples)


def test_probe_set_leaks_nothing(default_router):
    """The probe set is labelled under the first spec, where a private person's name alone was not
    sensitive; spec v2 makes it sensitive, so false positives caused by a PERSON are not counted. The
    precision goal is for spec-v2 data; here the bar only guards against a collapse."""
    examples = load_examples(default_dev_set().with_name("router_probe.jsonl"))
    report, _ = evaluate(default_router, examples)
    assert report.leakage == 0, json.dumps(report.leaked, ensure_ascii=False, indent=1)
    assert report.structured_entity_recall >= 0.99
    other = [fp for fp in report.false_positive_lines if not any(r.startswith("sensitive_entity: PERSON")
                                                                  for r in fp["reasons"])]
    precision = report.true_positives / (report.true_positives + len(other))
    assert precision >= 0.85, json.dumps(other, ensure_ascii=False, indent=1)


def _scored() -> tuple[list[Example], list[Prediction]]:
    examples = [
        Example(1, "a", True, (), {"category": "confidential_no_identifier"}),
        Example(2, "b", True, (GoldEntity("PERSON", 0, 1),), {"category": "names_alone"}),
        Example(3, "c", False, (), {"category": "public_figures"}),
        Example(4, "d", False, (), {"category": "general"}),
    ]
    predictions = [
        Prediction("private", True, [], ["classifier"], 1.0, score=0.4, detector_sensitive=False),
        Prediction("private", True, [{"type": "PERSON", "start": 0, "end": 1}], [], 2.0, score=0.1,
                   detector_sensitive=True),
        Prediction("private", True, [], [], 3.0, score=0.35, detector_sensitive=False),
        Prediction("cloud", False, [], [], 4.0, score=0.05, detector_sensitive=False),
    ]
    return examples, predictions


def test_sweep_and_zero_leakage_threshold_use_the_stored_scores():
    examples, predictions = _scored()
    points = {p.threshold: p for p in sweep(examples, predictions, [0.3, 0.38, 0.5])}
    assert (points[0.3].leakage, points[0.3].false_positives) == (0, 1)
    assert (points[0.38].leakage, points[0.38].false_positives, points[0.38].precision) == (0, 0, 1.0)
    assert points[0.5].leakage == 1 and points[0.5].recall == 0.5
    assert zero_leakage_threshold(examples, predictions) == 0.4  # the lowest score a detector-missed example needs
    assert zero_leakage_threshold(examples, predictions, margin=0.25) == pytest.approx(0.3)
    report = rescore_at(examples, predictions, 0.5)
    assert report.leakage == 1 and report.leaked[0]["line"] == 1
    assert "classifier score 0.400 < threshold 0.500" in report.leaked[0]["why"]
    assert report.threshold == 0.5 and report.false_positives == 0


def test_zero_leakage_threshold_can_leave_detector_misses_to_the_detectors():
    examples, predictions = _scored()
    # the name in line 2 is missed: covering it would take the threshold down to its score
    predictions[1] = Prediction("cloud", False, [], [], 2.0, score=0.1, detector_sensitive=False)
    assert zero_leakage_threshold(examples, predictions) == pytest.approx(0.1)
    assert zero_leakage_threshold(examples, predictions, detectors_answer_for={"PERSON"}) == pytest.approx(0.4)
    assert zero_leakage_threshold(examples, predictions, detectors_answer_for={"SECRET"}) == pytest.approx(0.1)


def test_lowest_threshold_at_precision_spends_the_precision_budget_on_recall():
    def case(sensitive: bool, score: float) -> tuple[Example, Prediction]:
        return (Example(0, "t", sensitive, ()),
                Prediction("cloud", False, [], [], 1.0, score=score, detector_sensitive=False))

    # at the ceiling 0.6: 4 true positives. Going down: 0.5 true, 0.4 false (5/6), 0.3 two false
    # (5/8), 0.2 three true (8/11), 0.1 false (8/12); an example the detectors flag counts at every threshold.
    rows = [case(True, 0.9), case(True, 0.8), case(True, 0.7), case(True, 0.6), case(True, 0.5), case(False, 0.4),
            case(False, 0.3), case(False, 0.3), case(True, 0.2), case(True, 0.2), case(True, 0.2), case(False, 0.1)]
    examples, predictions = map(list, zip(*rows, strict=True))
    assert lowest_threshold_at_precision(examples, predictions, 1.0, ceiling=0.6) == 0.5
    assert lowest_threshold_at_precision(examples, predictions, 0.8, ceiling=0.6) == 0.4
    assert lowest_threshold_at_precision(examples, predictions, 0.7, ceiling=0.6) == 0.2  # more true ones lift it
    assert lowest_threshold_at_precision(examples, predictions, 0.6, ceiling=0.6) == 0.1
    assert lowest_threshold_at_precision(examples, predictions, 0.6, ceiling=0.25) == 0.1
    # the floor already missed at the ceiling: the ceiling stays
    flagged_negative = (Example(0, "t", False, ()), Prediction("private", True, [], [], 1.0, score=0.0,
                                                               detector_sensitive=True))
    few = [case(True, 0.9), flagged_negative]
    examples, predictions = map(list, zip(*few, strict=True))
    assert lowest_threshold_at_precision(examples, predictions, 0.9, ceiling=0.5) == 0.5
    for threshold in (0.5, 0.2):  # and the choice is what the sweep reports at it
        examples, predictions = map(list, zip(*rows, strict=True))
        chosen = lowest_threshold_at_precision(examples, predictions, 0.7, ceiling=threshold)
        [point] = sweep(examples, predictions, [chosen])
        assert point.precision >= 0.7 and point.leakage == 0


def test_report_breaks_figures_down_and_lists_near_miss_false_positives():
    examples, predictions = _scored()
    report = score(examples, predictions, threshold=0.3, mask_types={"PERSON"})
    assert report.per_category["public_figures"] == {"examples": 1, "sensitive": 0, "recall": 1.0,
                                                     "false_positives": 1, "false_negatives": 0, "accuracy": 0.0}
    assert report.near_miss_examples == 1 and report.near_miss_false_positives[0]["line"] == 3
    assert report.entity_recall == {"PERSON": 1.0} and report.ner_entity_recall == 1.0
    assert report.masking_span_recall == {"PERSON": 1.0}
    assert score(examples, predictions, mask_types={"EMAIL"}).masking_span_recall == {"PERSON": 0.0}
    assert sum(report.latency_histogram["counts"]) == 4 and report.latency_ms_max == 4.0


def test_eval_router_cli_decides_again_at_a_threshold_without_rescoring(tmp_path, capsys):
    from hybridai.cli import main

    path = _write(tmp_path, ['{"text": "Explain TCP.", "sensitive": false}',
                             '{"text": "下属李娜这个季度绩效打了C", "sensitive": true}'])
    out = tmp_path / "pred.jsonl"
    assert main(["eval-router", "--data", str(path), "--json", "--threshold", "0.0", "--predictions", str(out)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["threshold"] == 0.0 and report["false_positives"] == 1 and report["leakage"] == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["sensitive"] for r in rows] == [True, True] and rows[1]["entities"][0]["type"] == "PERSON"
    assert main(["eval-router", "--data", str(path), "--threshold", "2"]) == 2
