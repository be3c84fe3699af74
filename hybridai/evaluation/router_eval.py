"""Router evaluation on labelled JSONL (one request per line):

    {"text": str, "sensitive": bool, "entities": [{"type": str, "start": int, "end": int}], ...}

Extra fields are kept (``category`` and ``lang`` are used to break figures down when present);
offsets are Python character offsets. Scores the routing decision (sensitive flag, leakage =
sensitive lines that would go to the cloud, each with why it was missed), entity recall per type
(PERSON / ADDRESS / ORG included), masking span recall, false positives on near-misses, decision
latency, and a threshold sweep of the sensitivity classifier computed from the stored scores
(no rescoring). Never imported by the serving path.
"""

from __future__ import annotations

import json
import math
import statistics
import time
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from hybridai.errors import DataFormatError
from hybridai.routing.policy import Router
from hybridai.types import Message, Route

# Entity types found by validated patterns (as opposed to names/addresses found by NER).
STRUCTURED_TYPES = frozenset({"PRC_ID", "PHONE", "EMAIL", "BANK_CARD", "IP_ADDRESS", "PASSPORT", "IBAN",
                              "US_SSN", "SECRET"})
NER_TYPES = frozenset({"PERSON", "ADDRESS", "ORG"})
# Categories of look-alikes that must stay on the cloud route (spec v2 names and the older ones).
NEAR_MISS_CATEGORIES = frozenset({
    "near_miss_numbers", "placeholders_in_code", "public_figures", "fictional_and_placeholder_names",
    "privacy_question", "org_only", "hard_negative_numbers", "hard_negative_code", "hard_negative"})
# Threshold above every calibrated score: the decision of the detectors alone.
_DETECTORS_ONLY = 2.0


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
    score: float | None = None                # the classifier's calibrated score (None: no classifier)
    detector_sensitive: bool | None = None    # the decision without the classifier (None: same as sensitive)

    def sensitive_at(self, threshold: float) -> bool:
        """The decision had the classifier threshold been ``threshold``."""
        detectors = self.sensitive if self.detector_sensitive is None else self.detector_sensitive
        return detectors or (self.score is not None and self.score >= threshold)

    def to_json(self, detailed: bool = False) -> dict[str, Any]:
        """route, sensitive, entities; ``detailed`` adds the stored score, the detectors' own verdict,
        the latency and the reasons (what a threshold sweep needs)."""
        data: dict[str, Any] = {"route": self.route, "sensitive": self.sensitive,
                                "entities": [{k: e[k] for k in ("type", "start", "end")} for e in self.entities]}
        if detailed:
            data.update({"score": self.score, "detector_sensitive": self.detector_sensitive,
                         "latency_ms": round(self.latency_ms, 3), "reasons": self.reasons})
        return data


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
    threshold: float | None = None
    per_category: dict[str, dict[str, Any]] = field(default_factory=dict)
    per_lang: dict[str, dict[str, Any]] = field(default_factory=dict)
    ner_entity_recall: float = 1.0
    masking_span_recall: dict[str, float] = field(default_factory=dict)
    near_miss_examples: int = 0
    near_miss_false_positives: list[dict[str, Any]] = field(default_factory=list)
    latency_ms_max: float = 0.0
    latency_histogram: dict[str, list[float]] = field(default_factory=dict)

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
    """One decision per example (batch 1, timed: detectors + classifier + policy), with the
    classifier's score and the detectors' own verdict stored for the threshold sweep."""
    router.warm_up()  # model loading is start-up cost, not decision latency
    predictions = []
    for example in examples:
        started = time.perf_counter()
        assessment = router.assess([Message("user", example.text)])
        decision = router.decide_assessment(assessment)
        elapsed = (time.perf_counter() - started) * 1000.0
        detectors_only = router.decide_assessment(assessment, threshold=_DETECTORS_ONLY).sensitive
        predictions.append(Prediction(decision.route.value, decision.sensitive,
                                      [e.to_dict() for e in decision.entities], list(decision.reasons), elapsed,
                                      assessment.max_score, detectors_only))
    return predictions


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _percentile(values: Sequence[float], q: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def _found(prediction: Prediction, gold: GoldEntity) -> bool:
    return any(p["type"] == gold.type and _overlaps(p["start"], p["end"], gold.start, gold.end)
               for p in prediction.entities)


def _why_missed(example: Example, prediction: Prediction, threshold: float | None) -> dict[str, Any]:
    missed = [asdict(e) for e in example.entities if not _found(prediction, e)]
    why = [f"{e['type']} [{e['start']}:{e['end']}] {example.text[e['start']:e['end']]!r} not detected" for e in missed]
    if prediction.score is not None and threshold is not None:
        why.append(f"classifier score {prediction.score:.3f} < threshold {threshold:.3f}")
    if not example.entities:
        why.append("no entity labelled: only confidential content, and no keyword matched")
    return {"line": example.line, "category": example.extra.get("category"), "text": example.text,
            "reasons": prediction.reasons, "score": prediction.score, "missed": missed, "why": why}


def _rate(numerator: int, denominator: int) -> float:
    return round(numerator / denominator, 4) if denominator else 1.0


def score(examples: Sequence[Example], predictions: Sequence[Prediction], *,
          threshold: float | None = None, mask_types: Iterable[str] | None = None) -> RouterEvalReport:
    """Figures for ``predictions`` (as decided). ``mask_types``: the entity types the masker
    replaces, for masking span recall (default: every type predicted)."""
    masked_types = None if mask_types is None else frozenset(mask_types)
    tp = fp = fn = tn = 0
    leaked, false_positive_lines, near_miss_fps = [], [], []
    near_miss_total = 0
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    spurious: Counter[str] = Counter()
    span_total: Counter[str] = Counter()
    span_covered: Counter[str] = Counter()
    groups: dict[str, dict[str, Counter[str]]] = {"category": defaultdict(Counter), "lang": defaultdict(Counter)}
    for example, prediction in zip(examples, predictions, strict=True):
        if example.sensitive and prediction.sensitive:
            tp, outcome = tp + 1, "tp"
        elif prediction.sensitive:
            fp, outcome = fp + 1, "fp"
            false_positive_lines.append({"line": example.line, "category": example.extra.get("category"),
                                         "text": example.text, "reasons": prediction.reasons})
        elif example.sensitive:
            fn, outcome = fn + 1, "fn"
        else:
            tn, outcome = tn + 1, "tn"
        for key in ("category", "lang"):
            groups[key][str(example.extra.get(key, "-"))][outcome] += 1
        if str(example.extra.get("category")) in NEAR_MISS_CATEGORIES and not example.sensitive:
            near_miss_total += 1
            if prediction.sensitive:
                near_miss_fps.append(false_positive_lines[-1])
        if example.sensitive and prediction.route == Route.CLOUD.value:
            leaked.append(_why_missed(example, prediction, threshold))
        masked_spans = [(p["start"], p["end"]) for p in prediction.entities
                        if masked_types is None or p["type"] in masked_types]
        for gold in example.entities:
            total[gold.type] += 1
            found[gold.type] += _found(prediction, gold)
            span_total[gold.type] += 1
            covered = set()
            for start, end in masked_spans:
                covered.update(range(max(start, gold.start), min(end, gold.end)))
            span_covered[gold.type] += len(covered) == gold.end - gold.start
        for predicted in prediction.entities:
            if predicted["type"] in STRUCTURED_TYPES | NER_TYPES and not any(
                    g.type == predicted["type"] and _overlaps(g.start, g.end, predicted["start"], predicted["end"])
                    for g in example.entities):
                spurious[predicted["type"]] += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    structured_total = sum(n for t, n in total.items() if t in STRUCTURED_TYPES)
    structured_found = sum(n for t, n in found.items() if t in STRUCTURED_TYPES)
    ner_total = sum(n for t, n in total.items() if t in ("PERSON", "ADDRESS"))
    ner_found = sum(n for t, n in found.items() if t in ("PERSON", "ADDRESS"))
    latencies = sorted(p.latency_ms for p in predictions)
    counts, edges = histogram(latencies)
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
        latency_ms_mean=round(statistics.fmean(latencies), 3), threshold=threshold,
        per_category={k: _group_figures(v) for k, v in sorted(groups["category"].items())},
        per_lang={k: _group_figures(v) for k, v in sorted(groups["lang"].items())},
        ner_entity_recall=_rate(ner_found, ner_total),
        masking_span_recall={t: _rate(span_covered[t], span_total[t]) for t in sorted(span_total)},
        near_miss_examples=near_miss_total, near_miss_false_positives=near_miss_fps,
        latency_ms_max=round(latencies[-1], 3), latency_histogram={"counts": counts, "edges_ms": edges})


def _group_figures(outcomes: Counter[str]) -> dict[str, Any]:
    tp, fp, fn, tn = (outcomes[k] for k in ("tp", "fp", "fn", "tn"))
    return {"examples": tp + fp + fn + tn, "sensitive": tp + fn, "recall": _rate(tp, tp + fn),
            "false_positives": fp, "false_negatives": fn, "accuracy": _rate(tp + tn, tp + fp + fn + tn)}


def histogram(values: Sequence[float], bins: int = 30) -> tuple[list[float], list[float]]:
    """Counts over log-spaced bins from the smallest to the largest value (latencies span decades)."""
    low, high = max(min(values), 1e-3), max(max(values), 1e-3)
    if high <= low:
        return [float(len(values))], [round(low, 4), round(high, 4)]
    edges = [low * (high / low) ** (i / bins) for i in range(bins + 1)]
    counts = [0.0] * bins
    for value in values:
        index = min(bins - 1, int(bins * math.log(max(value, low) / low) / math.log(high / low)))
        counts[index] += 1
    return counts, [round(e, 4) for e in edges]


@dataclass(frozen=True)
class SweepPoint:
    threshold: float
    leakage: int
    false_positives: int
    precision: float
    recall: float


def sweep(examples: Sequence[Example], predictions: Sequence[Prediction],
          thresholds: Sequence[float] | None = None) -> list[SweepPoint]:
    """The sensitive flag's figures at each classifier threshold, from the stored scores."""
    if thresholds is None:
        stored = sorted({round(p.score, 6) for p in predictions if p.score is not None})
        thresholds = sorted({*(i / 100 for i in range(1, 100)), *stored})
    points = []
    for threshold in thresholds:
        tp = fp = fn = 0
        for example, prediction in zip(examples, predictions, strict=True):
            flagged = prediction.sensitive_at(threshold)
            tp += example.sensitive and flagged
            fp += flagged and not example.sensitive
            fn += example.sensitive and not flagged
        points.append(SweepPoint(threshold, fn, fp, _rate(tp, tp + fp), _rate(tp, tp + fn)))
    return points


def zero_leakage_threshold(examples: Sequence[Example], predictions: Sequence[Prediction],
                           margin: float = 0.0, *, detectors_answer_for: Collection[str] = ()) -> float:
    """The highest threshold at which no sensitive example goes to the cloud (best precision at
    zero leakage), lowered by ``margin`` (a fraction of it) for data phrased differently.

    ``detectors_answer_for``: entity types whose examples are left out — a sensitive example that
    holds such an entity (a name, an ID) and is missed is the detectors' miss, and the classifier
    would have to flag nearly everything to cover it (it scores such a text as harmless content)."""
    missed = [(e, p) for e, p in zip(examples, predictions, strict=True)
              if e.sensitive and not p.sensitive_at(_DETECTORS_ONLY)
              and not any(g.type in detectors_answer_for for g in e.entities)]
    needed = [p.score for _, p in missed if p.score is not None]
    if len(needed) < len(missed):
        raise ValueError("a sensitive example is missed by the detectors and has no classifier score")
    best = min(needed) if needed else 1.0
    return max(1e-6, best * (1.0 - margin))


def lowest_threshold_at_precision(examples: Sequence[Example], predictions: Sequence[Prediction],
                                  floor: float, ceiling: float) -> float:
    """The lowest threshold, at most ``ceiling``, at which the sensitive flag's precision on the
    examples is still at least ``floor``: a precision budget spent on recall.

    A threshold chosen for zero leakage on the development data is only as good as the phrasings
    that data holds; unseen confidential text scores lower. Lowering the threshold while
    precision allows catches more of it, at a cost the budget bounds. ``ceiling`` is returned
    when even it misses the floor."""
    true_positives = false_positives = 0
    below: dict[float, list[bool]] = {}
    for example, prediction in zip(examples, predictions, strict=True):
        if prediction.sensitive_at(ceiling):
            true_positives += example.sensitive
            false_positives += not example.sensitive
        elif prediction.score is not None:
            below.setdefault(prediction.score, []).append(example.sensitive)

    def precision() -> float:  # exact: the report's rounded figure could pass a floor it misses
        flagged = true_positives + false_positives
        return true_positives / flagged if flagged else 1.0

    if precision() < floor:
        return ceiling
    chosen = ceiling
    for score_value in sorted(below, reverse=True):  # equal scores are flagged together
        labels = below[score_value]
        true_positives += sum(labels)
        false_positives += len(labels) - sum(labels)
        if precision() >= floor:
            chosen = score_value
    return chosen


def decided_at(predictions: Sequence[Prediction], threshold: float) -> list[Prediction]:
    """The predictions decided again at ``threshold`` from their stored scores."""
    moved = []
    for prediction in predictions:
        flagged = prediction.sensitive_at(threshold)
        moved.append(replace(prediction, sensitive=flagged,
                             route=Route.PRIVATE.value if flagged else Route.CLOUD.value))
    return moved


def rescore_at(examples: Sequence[Example], predictions: Sequence[Prediction], threshold: float,
               mask_types: Iterable[str] | None = None) -> RouterEvalReport:
    """The report had the threshold been ``threshold`` (no rescoring: stored scores)."""
    return score(examples, decided_at(predictions, threshold), threshold=threshold, mask_types=mask_types)


def evaluate(router: Router, examples: Sequence[Example]) -> tuple[RouterEvalReport, list[Prediction]]:
    predictions = predict(router, examples)
    return score(examples, predictions, threshold=router.threshold,
                 mask_types=router.mask_types | router.private_types), predictions


def write_predictions(path: str | Path, predictions: Sequence[Prediction], detailed: bool = False) -> None:
    with Path(path).open("w", encoding="utf-8") as handle:
        for prediction in predictions:
            handle.write(json.dumps(prediction.to_json(detailed), ensure_ascii=False) + "\n")
