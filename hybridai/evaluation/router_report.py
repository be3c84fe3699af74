"""The router-evaluation report behind ``notebooks/router_eval.ipynb``: evaluate on a labelled
JSONL set, then write ``metrics.json``, ``predictions.jsonl`` and the plots (confusion matrix,
latency histogram, threshold sweep) into one run folder. Plain functions, so the notebook stays
a list of calls and the same report can be made without Jupyter.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from hybridai.evaluation.router_eval import (
    Example,
    Prediction,
    RouterEvalReport,
    SweepPoint,
    evaluate,
    load_examples,
    rescore_at,
    sweep,
    write_predictions,
    zero_leakage_threshold,
)

PLOTS = ("confusion_matrix.png", "latency_histogram.png", "threshold_sweep.png")


@dataclass
class RouterRun:
    examples: list[Example]
    predictions: list[Prediction]
    report: RouterEvalReport
    sweep: list[SweepPoint]
    zero_leakage_threshold: float | None

    def metrics(self) -> dict[str, Any]:
        data = self.report.to_dict()
        data["sweep"] = [asdict(p) for p in self.sweep]
        data["zero_leakage_threshold_on_this_set"] = self.zero_leakage_threshold
        return data


def run_router_eval(data: str | Path, *, tenant: str | None = None, threshold: float | None = None,
                    config: Any = None) -> RouterRun:
    """Evaluate the router built from ``config`` (default settings when None) on ``data``."""
    from hybridai.config import load_settings
    from hybridai.routing.policy import Router

    examples = load_examples(data)
    router = Router.from_settings(load_settings(config).routing, cached_texts=0).for_tenant(tenant)  # scan times
    report, predictions = evaluate(router, examples)
    if threshold is not None:
        report = rescore_at(examples, predictions, threshold, router.mask_types | router.private_types)
    scored = any(p.score is not None for p in predictions)
    try:
        best = zero_leakage_threshold(examples, predictions) if scored else None
    except ValueError:  # a sensitive example the detectors miss and nothing scores
        best = None
    return RouterRun(examples, predictions, report, sweep(examples, predictions) if scored else [], best)


def plot_confusion(run: RouterRun, path: Path) -> None:
    import matplotlib.pyplot as plt

    r = run.report
    cells = [[r.true_negatives, r.false_positives], [r.false_negatives, r.true_positives]]
    fig, ax = plt.subplots(figsize=(4, 3.6))
    ax.imshow(cells, cmap="Blues")
    for i in range(2):
        for j in range(2):
            ax.text(j, i, str(cells[i][j]), ha="center", va="center", fontsize=14)
    ax.set_xticks([0, 1], ["cloud", "private"])
    ax.set_yticks([0, 1], ["not sensitive", "sensitive"])
    ax.set_xlabel("routed to")
    ax.set_ylabel("label")
    ax.set_title(f"precision {r.precision:.3f} · recall {r.recall:.3f} · leakage {r.leakage}")
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def plot_latency(run: RouterRun, path: Path) -> None:
    import matplotlib.pyplot as plt

    counts, edges = run.report.latency_histogram["counts"], run.report.latency_histogram["edges_ms"]
    fig, ax = plt.subplots(figsize=(6, 3.4))
    ax.stairs(counts, edges, fill=True)
    ax.set_xscale("log")
    for value, label in ((run.report.latency_ms_p50, "p50"), (run.report.latency_ms_p99, "p99")):
        ax.axvline(value, color="k", linestyle="--", linewidth=1)
        ax.text(value, max(counts) * 0.9, f" {label} {value:.2f} ms", fontsize=8)
    ax.set_xlabel("decision latency (ms, batch 1)")
    ax.set_ylabel("requests")
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def plot_sweep(run: RouterRun, path: Path) -> None:
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 3.4))
    if run.sweep:
        xs = [p.threshold for p in run.sweep]
        ax.plot(xs, [p.precision for p in run.sweep], label="precision")
        ax.plot(xs, [p.recall for p in run.sweep], label="recall")
        leak = ax.twinx()
        leak.plot(xs, [p.leakage for p in run.sweep], color="tab:red", label="leakage")
        leak.set_ylabel("leaked requests", color="tab:red")
        if run.report.threshold is not None:
            ax.axvline(run.report.threshold, color="k", linestyle="--", linewidth=1)
        ax.set_xscale("log")
        ax.legend(loc="lower left")
    ax.set_xlabel("classifier threshold (stored scores, no rescoring)")
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def write_report(run: RouterRun, report_dir: str | Path) -> dict[str, Any]:
    """metrics.json, predictions.jsonl and the three plots in ``report_dir``; returns the metrics."""
    import matplotlib

    matplotlib.use("Agg")
    out = Path(report_dir)
    out.mkdir(parents=True, exist_ok=True)
    metrics = run.metrics()
    (out / "metrics.json").write_text(json.dumps(metrics, ensure_ascii=False, indent=2), encoding="utf-8")
    write_predictions(out / "predictions.jsonl", run.predictions, detailed=True)
    for name, plot in zip(PLOTS, (plot_confusion, plot_latency, plot_sweep), strict=True):
        plot(run, out / name)
    return metrics


def summary(run: RouterRun) -> dict[str, Any]:
    """The headline figures, for display."""
    r = run.report
    return {"examples": r.examples, "sensitive": r.sensitive_examples, "precision": r.precision, "recall": r.recall,
            "leakage": r.leakage, "false_positives": r.false_positives,
            "near_miss_false_positives": len(r.near_miss_false_positives),
            "structured_entity_recall": r.structured_entity_recall, "person_address_recall": r.ner_entity_recall,
            "threshold": r.threshold, "latency_ms_p50": r.latency_ms_p50, "latency_ms_p99": r.latency_ms_p99}
