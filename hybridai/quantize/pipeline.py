"""The quantize pipeline, step by step: export fp32 ONNX with the KV cache → INT8 → compare with
torch → register the INT8 model as a servable version if perplexity held → plots and metrics."""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from hybridai.errors import InvalidRequestError
from hybridai.quantize.compare import ONNX_FP32, ONNX_INT8, TORCH, Comparison, compare_models
from hybridai.quantize.export import export_onnx
from hybridai.quantize.int8 import quantize_int8

DEFAULT_MAX_PERPLEXITY_CHANGE = 0.02
# A request the router must keep private (a valid PRC resident ID): it can only be answered locally.
SENSITIVE_QUESTION = "我的身份证号是440305198806122717，请帮我查一下报销进度。"


@dataclass(frozen=True)
class QuantizeReport:
    model_dir: str
    fp32_dir: str
    int8_dir: str
    export_check: dict[str, Any]
    comparison: dict[str, Any]
    perplexity_change: float
    max_perplexity_change: float
    perplexity_ok: bool
    registered_version: str | None
    seconds: dict[str, float]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def quantize_model(model_dir: str | Path, out_dir: str | Path, *, adapter: str | Path | None = None,
                   threads: int = 0, new_tokens: int = 64, rounds: int = 3,
                   max_perplexity_change: float = DEFAULT_MAX_PERPLEXITY_CHANGE, max_eval_tokens: int | None = None,
                   register_as: str | None = None, data_dir: str | Path | None = None) -> QuantizeReport:
    """Export ``model_dir`` (``adapter`` merged in) to ``out_dir/onnx-fp32``, quantize it to
    ``out_dir/onnx-int8`` and compare the three. With ``register_as``, the INT8 model is registered
    under that name in ``data_dir``'s model registry — only if its perplexity moved by at most
    ``max_perplexity_change`` (relative) from torch fp32's."""
    if not 0 <= max_perplexity_change < 1:
        raise InvalidRequestError("max_perplexity_change must be a fraction in [0, 1)")
    if register_as is not None and data_dir is None:
        raise InvalidRequestError("register_as needs data_dir (the data directory holding the model registry)")
    if register_as is not None:  # a bad name fails now, not after the export
        _version_spec(register_as, Path(out_dir) / "onnx-int8", {})
    out_dir = Path(out_dir)
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    fp32_dir = export_onnx(model_dir, out_dir / "onnx-fp32", adapter=adapter)
    seconds["export"] = _lap(started)
    started = time.perf_counter()
    int8_dir = quantize_int8(fp32_dir, out_dir / "onnx-int8")
    seconds["quantize"] = _lap(started)
    started = time.perf_counter()
    # with an adapter, torch fp32 is the merged model the export saw: compare against the fp32 export's source
    comparison = compare_models(model_dir if adapter is None else _merged_copy(model_dir, adapter, out_dir),
                                fp32_dir, int8_dir, threads=threads, new_tokens=new_tokens, rounds=rounds,
                                max_eval_tokens=max_eval_tokens)
    seconds["compare"] = _lap(started)
    change = comparison.derived["int8_perplexity_change_vs_torch_fp32"]
    ok = abs(change) <= max_perplexity_change
    registered = None
    if register_as is not None and data_dir is not None and ok:
        register_int8(data_dir, register_as, int8_dir, comparison)
        registered = register_as
    export_check = json.loads((fp32_dir / "hybridai_onnx.json").read_text(encoding="utf-8"))["check"]
    return QuantizeReport(model_dir=str(model_dir), fp32_dir=str(fp32_dir), int8_dir=str(int8_dir),
                          export_check=export_check, comparison=comparison.to_dict(), perplexity_change=change,
                          max_perplexity_change=max_perplexity_change, perplexity_ok=ok,
                          registered_version=registered, seconds=seconds)


def _lap(started: float) -> float:
    return round(time.perf_counter() - started, 2)


def _merged_copy(model_dir: str | Path, adapter: str | Path, out_dir: Path) -> Path:
    from hybridai.quantize.export import load_causal_lm

    model, tokenizer = load_causal_lm(model_dir, adapter)
    merged = out_dir / "torch-merged"
    model.save_pretrained(merged)
    tokenizer.save_pretrained(merged)
    return merged


def register_int8(data_dir: str | Path, name: str, int8_dir: str | Path, comparison: Comparison) -> None:
    """Record the INT8 folder as an ``onnx`` model version in ``data_dir``'s registry."""
    from hybridai.serving.versions import register_version

    variants = {v.name: v for v in comparison.variants}
    manifest = {"precision": "int8", "source_model": variants[TORCH].path,
                "size_bytes": variants[ONNX_INT8].size_bytes,
                "ms_per_token": {name: variants[name].ms_per_token for name in (TORCH, ONNX_FP32, ONNX_INT8)},
                "perplexity": {name: variants[name].perplexity for name in (TORCH, ONNX_FP32, ONNX_INT8)},
                **{key: comparison.derived[key] for key in ("int8_speedup_vs_torch_fp32",
                                                            "int8_perplexity_change_vs_torch_fp32")}}
    register_version(Path(data_dir), _version_spec(name, int8_dir, manifest))


def _version_spec(name: str, int8_dir: str | Path, manifest: dict[str, Any]) -> Any:
    from hybridai.serving.versions import ModelVersionSpec

    try:
        return ModelVersionSpec(name=name, kind="onnx", path=str(Path(int8_dir).resolve()), manifest=manifest)
    except ValueError as exc:  # pydantic's ValidationError: a bad version name
        raise InvalidRequestError(f"cannot register version {name!r}: {exc}") from exc


def answer_through_engine(int8_dir: str | Path, question: str = SENSITIVE_QUESTION, *, data_dir: str | Path,
                          max_tokens: int = 24, threads: int = 0) -> dict[str, Any]:
    """Serve ``int8_dir`` as the engine's private model (backend ``onnx``, no cloud) and ask ``question``."""
    from hybridai.engine import HybridEngine

    config = {"data_dir": str(data_dir), "private": {"backend": "onnx", "model": str(int8_dir), "threads": threads},
              "cloud": {"enabled": False}, "generation": {"max_tokens": max_tokens, "temperature": 0.0}}
    with HybridEngine.from_config(config) as engine:
        result = engine.chat(question)
    return {"question": question, "answer": result.answer, "route": result.route.value,
            "sensitive": result.decision.sensitive, "reasons": list(result.decision.reasons),
            "backend": result.backend, "usage": result.usage.to_dict(), "latency_ms": result.latency_ms,
            "ttft_ms": result.ttft_ms}


def plot_comparison(comparison: Comparison | dict[str, Any], out_dir: str | Path) -> list[Path]:
    """size.png, latency.png and perplexity.png: one bar per variant."""
    from matplotlib.figure import Figure

    data = comparison.to_dict() if isinstance(comparison, Comparison) else comparison
    names = [v["name"] for v in data["variants"]]
    charts = {
        "size.png": ([v["size_bytes"] / 2**20 for v in data["variants"]], "MiB", "Model size on disk"),
        "latency.png": ([v["ms_per_token"] for v in data["variants"]], "ms per token",
                        f"Decoding latency (greedy, batch 1, KV cache, {data['threads']} threads)"),
        "perplexity.png": ([v["perplexity"] for v in data["variants"]], "perplexity", "Held-out perplexity"),
    }
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for file_name, (values, unit, title) in charts.items():
        fig = Figure(figsize=(5.5, 3.5))
        ax = fig.subplots()
        bars = ax.bar(names, values, color=["#888888", "#4c72b0", "#dd8452"])
        ax.bar_label(bars, fmt="%.3g")
        ax.set(ylabel=unit, title=title)
        fig.tight_layout()
        fig.savefig(out_dir / file_name, dpi=100)
        paths.append(out_dir / file_name)
    return paths


def write_metrics(report_dir: str | Path, report: QuantizeReport, served: dict[str, Any] | None = None,
                  **extra: Any) -> dict[str, Any]:
    """``metrics.json`` in ``report_dir``: the report's figures, flat enough to assert on, plus ``extra``."""
    variants = {v["name"]: v for v in report.comparison["variants"]}
    metrics = {
        **extra,
        "model_dir": report.model_dir,
        "int8_dir": report.int8_dir,
        "fp32_dir": report.fp32_dir,
        "size_bytes": {name: v["size_bytes"] for name, v in variants.items()},
        "ms_per_token": {name: v["ms_per_token"] for name, v in variants.items()},
        "perplexity": {name: v["perplexity"] for name, v in variants.items()},
        "perplexity_change": report.perplexity_change,
        "max_perplexity_change": report.max_perplexity_change,
        "perplexity_ok": report.perplexity_ok,
        "registered_version": report.registered_version,
        "export_check": report.export_check,
        "seconds": report.seconds,
        "comparison": report.comparison,
        "served": served,
    }
    report_dir = Path(report_dir)
    report_dir.mkdir(parents=True, exist_ok=True)
    (report_dir / "metrics.json").write_text(json.dumps(metrics, indent=2, ensure_ascii=False), encoding="utf-8")
    return metrics
