"""``hybridai bench presidio``: both systems run on the same English texts and are scored alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hybridai.bench.presidio import english_examples, measure, measure_side_by_side
from hybridai.cli import main
from hybridai.evaluation.router_eval import Example, GoldEntity

# (text, [(type, value), ...]): offsets are computed, never typed.
TEXTS = [
    ("Please email Sarah Thompson at sarah.t@northwind-corp.com about the audit.",
     [("PERSON", "Sarah Thompson"), ("EMAIL", "sarah.t@northwind-corp.com")]),
    ("Deploy with password=Xk92!mQz7Lp and restart the service.", [("SECRET", "Xk92!mQz7Lp")]),
    ("Call +1 (415) 555 0199 to confirm the delivery.", [("PHONE", "+1 (415) 555 0199")]),
    ("帮我给客户苏艳霞发条短信", [("PERSON", "苏艳霞")]),
    ("Explain the difference between TCP and UDP.", []),
]


def _dataset(path: Path) -> Path:
    rows = []
    for text, values in TEXTS:
        entities = [{"type": t, "start": text.index(v), "end": text.index(v) + len(v)} for t, v in values]
        lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en"
        rows.append({"text": text, "sensitive": bool(values), "entities": entities, "lang": lang})
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_english_examples_follow_lang_or_script():
    tagged = [Example(1, "a", False, (), {"lang": "en"}), Example(2, "b", False, (), {"lang": "mixed"})]
    assert [e.line for e in english_examples(tagged)] == [1]
    untagged = [Example(1, "hello", False, ()), Example(2, "你好", False, ())]
    assert [e.line for e in english_examples(untagged)] == [1]


def test_measure_scores_whole_masking_and_precision():
    examples = [Example(1, "Mail bob@corp.io now", True, (GoldEntity("EMAIL", 5, 16),))]
    partial = measure("x", lambda text: ("", [(5, 9, "EMAIL"), (0, 4, "ORG")]), examples, repeat=1)
    assert partial.masking_recall == 0.0 and partial.touch_recall == 1.0 and partial.precision == 0.5
    whole = measure("y", lambda text: ("", [(5, 16, "EMAIL")]), examples, repeat=1)
    assert whole.masking_recall == 1.0 and whole.per_type_recall == {"EMAIL": 1.0} and whole.texts_per_s > 0


def test_timed_passes_of_the_systems_alternate():
    examples = [Example(1, "a", False, ()), Example(2, "b", False, ())]
    calls: list[str] = []

    def masker(name):
        return lambda text: (calls.append(name), ("", []))[1]

    results = measure_side_by_side({"ours": masker("ours"), "theirs": masker("theirs")}, examples, repeat=3)
    assert [r.name for r in results] == ["ours", "theirs"]
    # a warm-up pass of each (its spans are scored), then one pass of each in turn
    assert calls == ["ours"] * 2 + ["theirs"] * 2 + (["ours"] * 2 + ["theirs"] * 2) * 3


@pytest.mark.slow
def test_bench_runs_both_systems_on_the_same_english_texts(tmp_path, capsys):
    data = _dataset(tmp_path / "data.jsonl")
    assert main(["bench", "presidio", "--data", str(data), "--repeat", "1", "--out", str(tmp_path), "--json"]) == 0
    metrics = json.loads(capsys.readouterr().out)
    assert metrics["english_examples"] == 4 and metrics["gold_entities"] == 4
    for name in ("hybridai", "presidio"):
        assert metrics[name]["texts_per_s"] > 0 and 0 <= metrics[name]["masking_recall"] <= 1
    assert metrics["hybridai"]["masking_recall"] == 1.0
    assert metrics["presidio"]["per_type_recall"]["SECRET"] == 0.0  # Presidio has no credential recognizer
    saved = json.loads((Path(metrics["run_dir"]) / "metrics.json").read_text(encoding="utf-8"))
    assert saved["throughput_ratio"] == metrics["throughput_ratio"]
    assert Path(metrics["run_dir"]).parent == tmp_path / "bench_presidio"
