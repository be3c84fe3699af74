"""Router evaluation on labelled JSONL (one request per line):

    {"text": str, "sensitive": bool, "entities": [{"type": str, "start": int, "end": int}], ...}

Extra fields are kept and ignored; offsets are Python character offsets. Scores the routing
decision (sensitive flag, leakage = sensitive lines that would go to the cloud), entity recall per
type, and decision latency. Never imported by the serving path.
"""

from __future__ import annotations

import json
import statistics
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from hybridai.errors import DataFormatError
from hybridai.routing.policy import Router
from hybridai.types import Route

# Entity types found by validated patterns (as opposed to names/addresses found by NER).
STRUCTURED_TYPES = frozenset({"PRC_ID", "PHONE", "EMAIL", "BANK_CARD", "IP_ADDRESS", "PASSPORT", "IBAN",
                              "US_SSN", "SECRET"})


@dataclass(frozen=True)
class GoldEntity:
    type: str
    start: int
    end: int


@dataclass(frozen=True)
class Example:
    line: int
    text: str
    sensitive: bool
    entities: tuple[GoldEntity, ...]
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Prediction:
    route: str
    sensitive: bool
    entities: list[dict[str, Any]]
    reasons: list[str]
    latency_ms: float

    def to_json(self) -> dict[str, Any]:
        return {"route": self.route, "sensitive": self.sensitive,
                "entities": [{k: e[k] for k in ("type", "start", "end")} for e in self.entities]}


@dataclass
class RouterEvalReport:
    examples: int
    sensitive_examples: int
    true_positives: int
    false_positives: int
    false_negatives: int
    true_negatives: int
    precision: float
    recall: float
    f1: float
    leakage: int
    leaked: list[dict[str, Any]]
    false_positive_lines: list[dict[str, Any]]
    entity_recall: dict[str, float]
    entity_counts: dict[str, int]
    structured_entity_recall: float
    spurious_entities: dict[str, int]
    latency_ms_p50: float
    latency_ms_p99: float
    latency_ms_mean: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def load_examples(path: str | Path) -> list[Example]:
    path = Path(path)
    if not path.is_file():
        raise DataFormatError(f"{path}: file not found")
    examples = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                examples.append(_parse_line(path, number, line))
    if not examples:
        raise DataFormatError(f"{path}: no examples")
    return examples


def _parse_line(path: Path, number: int, line: str) -> Example:
    where = f"{path}:{number}"
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise DataFormatError(f"{where}: not valid JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise DataFormatError(f"{where}: each line must be a JSON object")
    text, sensitive = data.get("text"), data.get("sensitive")
    if not isinstance(text, str):
        raise DataFormatError(f"{where}: 'text' must be a string")
    if not isinstance(sensitive, bool):
        raise DataFormatError(f"{where}: 'sensitive' must be true or false")
    raw_entities = data.get("entities", [])
    if not isinstance(raw_entities, list):
        raise DataFormatError(f"{where}: 'entities' must be a list")
    entities = []
    for index, item in enumerate(raw_entities):
        if not (isinstance(item, dict) and isinstance(item.get("type"), str)
                and isinstance(item.get("start"), int) and isinstance(item.get("end"), int)
                and 0 <= item["start"] < item["end"] <= len(text)):
            raise DataFormatError(f"{where}: entities[{index}] needs type and 0 <= start < end <= len(text)")
        entities.append(GoldEntity(item["type"], item["start"], item["end"]))
    extra = {k: v for k, v in data.items() if k not in ("text", "sensitive", "entities")}
    return Example(number, text, sensitive, tuple(entities), extra)


def predict(router: Router, examples: Iterable[Example]) -> list[Prediction]:
    predictions = []
    for example in examples:
        started = time.perf_counter()
        decision = router.decide_text(example.text)
        elapsed = (time.perf_counter() - started) * 1000.0
        predictions.append(Prediction(decision.route.value, decision.sensitive,
                                      [e.to_dict() for e in decision.entities], list(decision.reasons), elapsed))
    return predictions


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _percentile(values: Sequence[float], q: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def score(examples: Sequence[Example], predictions: Sequence[Prediction]) -> RouterEvalReport:
    tp = fp = fn = tn = 0
    leaked, false_positive_lines = [], []
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    spurious: Counter[str] = Counter()
    for example, prediction in zip(examples, predictions, strict=True):
        if example.sensitive and prediction.sensitive:
            tp += 1
        elif prediction.sensitive:
            fp += 1
            false_positive_lines.append({"line": example.line, "text": example.text, "reasons": prediction.reasons})
        elif example.sensitive:
            fn += 1
        else:
            tn += 1
        if example.sensitive and prediction.route == Route.CLOUD.value:
            leaked.append({"line": example.line, "text": example.text, "reasons": prediction.reasons,
                           "missed": [asdict(e) for e in example.entities
                                      if not any(p["type"] == e.type and _overlaps(p["start"], p["end"], e.start, e.end)
                                                 for p in prediction.entities)]})
        for gold in example.entities:
            total[gold.type] += 1
            if any(p["type"] == gold.type and _overlaps(p["start"], p["end"], gold.start, gold.end)
                   for p in prediction.entities):
                found[gold.type] += 1
        for predicted in prediction.entities:
            if predicted["type"] in STRUCTURED_TYPES and not any(
                    g.type == predicted["type"] and _overlaps(g.start, g.end, predicted["start"], predicted["end"])
                    for g in example.entities):
                spurious[predicted["type"]] += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    structured_total = sum(n for t, n in total.items() if t in STRUCTURED_TYPES)
    structured_found = sum(n for t, n in found.items() if t in STRUCTURED_TYPES)
    latencies = sorted(p.latency_ms for p in predictions)
    return RouterEvalReport(
        examples=len(examples), sensitive_examples=tp + fn, true_positives=tp, false_positives=fp,
        false_negatives=fn, true_negatives=tn, precision=round(precision, 4), recall=round(recall, 4),
        f1=round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0,
        leakage=len(leaked), leaked=leaked, false_positive_lines=false_positive_lines,
        entity_recall={t: round(found[t] / total[t], 4) for t in sorted(total)},
        entity_counts=dict(sorted(total.items())),
        structured_entity_recall=round(structured_found / structured_total, 4) if structured_total else 1.0,
        spurious_entities=dict(sorted(spurious.items())),
        latency_ms_p50=round(_percentile(latencies, 50), 3), latency_ms_p99=round(_percentile(latencies, 99), 3),
        latency_ms_mean=round(statistics.fmean(latencies), 3))


def evaluate(router: Router, examples: Sequence[Example]) -> tuple[RouterEvalReport, list[Prediction]]:
    predictions = predict(router, examples)
    return score(examples, predictions), predictions


def write_predictions(path: str | Path, predictions: Sequence[Prediction]) -> None:
    with Path(path).open("w", encoding="utf-8") as handle:
        for prediction in predictions:
            handle.write(json.dumps(prediction.to_json(), ensure_ascii=False) + "\n")
