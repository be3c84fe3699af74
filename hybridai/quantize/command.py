"""``hybridai quantize``: the pipeline as a benchmark command. On the demo model it checks the
perplexity goal; with ``--gpt2-small`` it measures a GPT-2-small-shaped model (random weights,
built once under ``.cache/quantize/``) for the speed goal. Writes ``reports/quantize/<run-id>/``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from hybridai import reports
from hybridai.errors import InvalidRequestError
from hybridai.quantize.compare import ONNX_FP32, ONNX_INT8, TORCH, build_gpt2_small_shape
from hybridai.quantize.pipeline import (
    DEFAULT_MAX_PERPLEXITY_CHANGE,
    answer_through_engine,
    plot_comparison,
    quantize_model,
    write_metrics,
)

CACHE = Path(".cache") / "quantize"
SPEEDUP_GOAL = 2.0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", help="model folder (default: the demo model, built if needed)")
    parser.add_argument("--adapter", help="peft LoRA adapter folder merged in before export")
    parser.add_argument("--gpt2-small", action="store_true",
                        help=f"measure a GPT-2-small-shaped model with random weights (cached in {CACHE}/)")
    parser.add_argument("--out", type=Path, help="report folder (default: reports/quantize/<run-id>/)")
    parser.add_argument("--threads", type=int, default=0, help="threads for torch and ONNX Runtime (0: all cores)")
    parser.add_argument("--tokens", type=int, default=64, help="tokens decoded per latency round")
    parser.add_argument("--rounds", type=int, default=5, help="latency rounds per variant (median taken)")
    parser.add_argument("--max-eval-tokens", type=int, help="cap on held-out tokens for perplexity")
    parser.add_argument("--max-perplexity-change", type=float, default=DEFAULT_MAX_PERPLEXITY_CHANGE)
    parser.add_argument("--register", metavar="NAME", help="register the INT8 model as version NAME "
                        "(the exports then live in <data_dir>/models/NAME/)")
    parser.add_argument("--json", action="store_true")


def run(args: argparse.Namespace, settings: Any) -> dict[str, Any]:
    from hybridai.demo.build import build_demo_model

    if args.threads < 0 or (args.max_eval_tokens is not None and args.max_eval_tokens < 2):
        raise InvalidRequestError("--threads must be >= 0 and --max-eval-tokens >= 2")
    run_id = reports.new_run_id()
    report_dir = args.out or reports.run_dir("quantize", run_id)
    model_dir = Path(args.model) if args.model else Path(build_demo_model(settings.demo_model_dir,
                                                                          progress=not args.json).path)
    if args.gpt2_small:
        model_dir = build_gpt2_small_shape(CACHE / "gpt2-small-shape", model_dir)
    if args.register:
        exports = settings.data_dir / "models" / args.register
    elif args.gpt2_small:  # hundreds of MB: kept out of the report folder
        exports = CACHE / "gpt2-small-shape-onnx"
    else:
        exports = Path(report_dir) / "models"
    report = quantize_model(model_dir, exports, adapter=args.adapter, threads=args.threads, new_tokens=args.tokens,
                            rounds=args.rounds, max_perplexity_change=args.max_perplexity_change,
                            max_eval_tokens=args.max_eval_tokens, register_as=args.register,
                            data_dir=settings.data_dir)
    served = answer_through_engine(report.int8_dir, data_dir=Path(report_dir) / "engine-data",
                                   threads=args.threads)
    speedup = report.comparison["derived"]["int8_speedup_vs_torch_fp32"]
    metrics = write_metrics(report_dir, report, served, run_id=run_id, model="gpt2-small-shape" if args.gpt2_small
                            else "given" if args.model else "demo", speedup_goal=SPEEDUP_GOAL,
                            speedup_ok=speedup >= SPEEDUP_GOAL)
    plot_comparison(report.comparison, report_dir)
    metrics["report_dir"] = str(report_dir)
    return metrics


def print_summary(metrics: dict[str, Any]) -> None:
    comparison = metrics["comparison"]
    print(f"model: {metrics['model_dir']} ({metrics['model']}); {comparison['threads']} threads, "
          f"{comparison['new_tokens']} tokens x {comparison['rounds']} rounds, "
          f"perplexity on {comparison['eval_tokens']} held-out tokens; ONNX providers {comparison['providers']}")
    print(f"{'variant':<12} {'size MiB':>10} {'ms/token':>10} {'perplexity':>12}")
    for name in (TORCH, ONNX_FP32, ONNX_INT8):
        print(f"{name:<12} {metrics['size_bytes'][name] / 2**20:>10.2f} {metrics['ms_per_token'][name]:>10.3f} "
              f"{metrics['perplexity'][name]:>12.3f}")
    derived = comparison["derived"]
    print(f"INT8 vs torch fp32: {derived['int8_speedup_vs_torch_fp32']:.2f}x faster per token "
          f"(goal >= {metrics['speedup_goal']}x: {'met' if metrics['speedup_ok'] else 'NOT met'}), "
          f"perplexity {100 * metrics['perplexity_change']:+.3f} % "
          f"(goal within {100 * metrics['max_perplexity_change']:.1f} %: "
          f"{'met' if metrics['perplexity_ok'] else 'NOT met'}), "
          f"size {derived['int8_size_ratio_vs_onnx_fp32']:.2f}x of ONNX fp32")
    served = metrics["served"]
    print(f"served through the engine: route {served['route']} via {served['backend']}, "
          f"{served['usage']['completion_tokens']} tokens in {served['latency_ms']:.0f} ms")
    if metrics["registered_version"]:
        print(f"registered version: {metrics['registered_version']} -> {metrics['int8_dir']}")
    print(f"report: {metrics['report_dir']}/metrics.json")


def main(args: argparse.Namespace, settings: Any) -> None:
    metrics = run(args, settings)
    if args.json:
        print(json.dumps(metrics, ensure_ascii=False, indent=2))
    else:
        print_summary(metrics)
