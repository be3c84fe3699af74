"""``hybridai bench local``: how fast the private model serves, and how close that is to the CPU's limit.

For each model (the demo model; a GPT-2-small-shaped model with random weights, built once under
``.cache/bench_local/``) and each serving mode —

* ``pytorch``: the plain transformers backend, one request's token at a time (batching off);
* ``pytorch-batched``: the same model behind the continuous batcher (:mod:`hybridai.serving.batcher`);
* ``onnx-fp32`` / ``onnx-int8``: the ONNX Runtime backend on the exported / INT8-quantized model
  (when :mod:`hybridai.quantize` is installed; otherwise the rows say why they are missing) —

it runs a closed loop at each concurrency level (``c`` callers, each sending its next request as
soon as its answer is complete) and reports generated tokens/s and time to first token (TTFT)
p50/p95/p99. Requests go straight to the backend (no routing, memory or masking), greedy, with a
fixed set of chat prompts of mixed length (about 45 tokens), answers of 1/2 to 3/2 of
``--max-tokens`` tokens (exactly, unless ``--natural-stops`` is given). The first request of every
caller is the ramp-up (all callers start at once); TTFT is reported over all requests and over the
rest ("steady").

The limit: this CPU's peak fp32 matmul FLOP/s and memory bandwidth (measured with torch), the
model's FLOPs and bytes per decoded token at the measured batch size and context, and the fraction
of that roofline's tokens/s each row reaches.

Writes ``metrics.json``, ``throughput_ttft.png`` and ``roofline.png`` under
``reports/bench_local/<run-id>/`` (or ``--out``). Exit status 0, 2 on bad options.
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import dataclasses
import hashlib
import importlib.util
import json
import os
import platform
import random
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hybridai import reports
from hybridai.bench import concurrency_levels
from hybridai.errors import InvalidRequestError
from hybridai.types import GenerationParams, Message

MODES = ("pytorch", "pytorch-batched", "onnx-fp32", "onnx-int8")
MODELS = ("demo", "gpt2-small-shape")
CACHE = Path(".cache") / "bench_local"
SYSTEM_PROMPT = "You are hybridai, a helpful enterprise assistant. 你是一个有帮助的企业助手。"
QUESTIONS = (
    "How do I reset my VPN password?",
    "请假流程是什么？",
    "Summarise the travel reimbursement policy in three bullet points for new employees.",
    "会议室怎么预订？",
    "What should I do if my laptop is lost or stolen while travelling abroad?",
    "报销需要哪些材料？发票抬头怎么写？",
    "Explain the difference between the cloud route and the private route.",
    "新员工入职第一周需要完成哪些培训和账号申请？请按顺序列出。",
    "Who approves overtime?",
    "How long are backups kept, and how do I restore a deleted file from last week?",
    "打印机卡纸了怎么办？",
    "Draft a short note asking the IT desk to extend my account access until Friday.",
)
MIN_SECONDS = 3.0
# GPT-2 small's shape, with the demo tokenizer's 4,096-token vocabulary
GPT2_SMALL_SHAPE = {"n_layer": 12, "n_head": 12, "n_embd": 768, "n_positions": 512}


class BenchError(InvalidRequestError):
    """Bad benchmark options."""


# -- the hardware limit ---------------------------------------------------------------------------
def measure_hardware(seconds: float = 1.0) -> dict[str, float]:
    """Peak fp32 matmul FLOP/s (square matmuls, best of several sizes) and memory bandwidth
    (a large tensor copy: bytes read + bytes written per second, best of repeats), with torch."""
    import torch

    def best_rate(work: float, fn: Any, budget: float) -> float:
        fn()  # warm up
        best, deadline = 0.0, time.perf_counter() + budget
        while time.perf_counter() < deadline:
            start = time.perf_counter()
            fn()
            best = max(best, work / (time.perf_counter() - start))
        return best

    with torch.inference_mode():
        peak = 0.0
        for n in (512, 1024, 2048):
            a, b = torch.randn(n, n), torch.randn(n, n)
            out = torch.empty(n, n)
            peak = max(peak, best_rate(2.0 * n ** 3, lambda a=a, b=b, out=out: torch.mm(a, b, out=out), seconds / 3))
        size = 64 * 1024 * 1024  # 256 MB of fp32: far beyond every cache
        src, dst = torch.ones(size), torch.empty(size)
        bandwidth = best_rate(2.0 * 4 * size, lambda: dst.copy_(src), seconds)
    return {"peak_flops": peak, "bandwidth_bytes_per_s": bandwidth, "threads": torch.get_num_threads()}


def model_costs(config: Any) -> dict[str, float]:
    """Per decoded token of a GPT-2-style model: matmul FLOPs, and the weights and KV cache bytes
    read (fp32). Attention FLOPs and KV bytes grow with the context, so they are given per position."""
    layers, width = int(config.n_layer), int(config.n_embd)
    vocab = int(config.vocab_size)
    inner = int(getattr(config, "n_inner", None) or 4 * width)
    per_layer = 3 * width * width + width * width + 2 * width * inner  # qkv, output, MLP
    matmul_params = layers * per_layer + vocab * width  # + the LM head
    total_params = matmul_params + int(config.n_positions) * width + layers * (4 * width + 3 * width + inner + width)
    return {
        "parameters": float(total_params),
        "flops_per_token": 2.0 * matmul_params,
        "attention_flops_per_token_per_position": 4.0 * layers * width,  # q·k and p·v
        "weight_bytes_per_step": 4.0 * matmul_params,  # read once per step, whatever the batch size
        "kv_bytes_per_token_per_position": 2.0 * layers * width * 4,  # keys and values, fp32
    }


def roofline_tokens_per_s(costs: dict[str, float], hardware: dict[str, float], batch: float,
                          context: float, prompt_per_token: float = 0.0) -> dict[str, float]:
    """The most tokens/s the roofline allows for ``batch`` rows decoding together at ``context``
    positions: a step takes at least its FLOPs at peak and at least its bytes at full bandwidth.
    ``prompt_per_token`` adds the prompt's prefill, spread over the generated tokens (its weights
    are read once per prefill, so it adds FLOPs, not bytes)."""
    flops = batch * (costs["flops_per_token"] + costs["attention_flops_per_token_per_position"] * context)
    flops *= 1.0 + prompt_per_token
    data = costs["weight_bytes_per_step"] + batch * costs["kv_bytes_per_token_per_position"] * context
    compute_s, memory_s = flops / hardware["peak_flops"], data / hardware["bandwidth_bytes_per_s"]
    return {"tokens_per_s": batch / max(compute_s, memory_s), "bound": "compute" if compute_s > memory_s else "memory",
            "arithmetic_intensity": flops / data}


# -- models ---------------------------------------------------------------------------------------
def gpt2_small_shape(tokenizer_dir: Path, cache: Path) -> Path:
    """A GPT-2-small-shaped model with random weights and the demo tokenizer, built once and cached."""
    out = cache / "gpt2-small-shape"
    if (out / "config.json").is_file() and any(out.glob("*.safetensors")):
        return out
    import torch
    from transformers import AutoTokenizer, GPT2Config, GPT2LMHeadModel

    tokenizer = AutoTokenizer.from_pretrained(tokenizer_dir, local_files_only=True)
    torch.manual_seed(0)
    config = GPT2Config(vocab_size=len(tokenizer), bos_token_id=tokenizer.eos_token_id,
                        eos_token_id=tokenizer.eos_token_id, **GPT2_SMALL_SHAPE)
    staging = out.with_name(out.name + ".partial")
    GPT2LMHeadModel(config).save_pretrained(staging)
    tokenizer.save_pretrained(staging)
    os.replace(staging, out)
    return out


def _fingerprint(model_dir: Path) -> str:
    digest = hashlib.sha256((model_dir / "config.json").read_bytes())
    for weights in sorted(model_dir.glob("*.safetensors")):
        stat = weights.stat()
        digest.update(f"{weights.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:12]


def onnx_folders(model_dir: Path, name: str, cache: Path) -> tuple[Path, Path]:
    """The fp32 export and its INT8 quantization, cached by the source model's fingerprint."""
    from hybridai.quantize import export_onnx, quantize_int8

    root = cache / f"{name}-onnx-{_fingerprint(model_dir)}"
    fp32, int8 = root / "onnx-fp32", root / "onnx-int8"
    if not (fp32 / "model.onnx").is_file():
        export_onnx(model_dir, fp32)
    if not (int8 / "model.onnx").is_file():
        quantize_int8(fp32, int8)
    return fp32, int8


def onnx_unavailable() -> str | None:
    """Why ONNX rows cannot run here, or None."""
    for module in ("onnxruntime", "hybridai.quantize", "hybridai.backends.onnx_local"):
        try:
            if importlib.util.find_spec(module) is None:
                return f"{module} is not installed"
        except ImportError as exc:
            return f"{module} cannot be imported: {exc}"
    return None


# -- load generation -----------------------------------------------------------------------------
@dataclass
class _Sample:
    ttft_ms: float | None
    tokens: int
    ramp_up: bool


def _percentiles(values: Sequence[float]) -> dict[str, float] | None:
    if not values:
        return None
    ordered = sorted(values)

    def pick(q: float) -> float:  # nearest-rank percentile
        return ordered[max(0, min(len(ordered) - 1, int(-(-q * len(ordered) // 100)) - 1))]

    return {"p50": pick(50), "p95": pick(95), "p99": pick(99), "mean": statistics.fmean(ordered), "n": len(ordered)}


async def run_level(backend: Any, prompts: Sequence[Sequence[Message]], params: GenerationParams,
                    concurrency: int, requests: int, min_seconds: float = 0.0) -> dict[str, Any]:
    """A closed loop: ``concurrency`` callers share ``requests`` requests, each sent when the caller's
    previous answer is complete; callers go on sending (prompts reused round robin) until
    ``min_seconds`` have passed. A fast row would otherwise last a fraction of a second, much of it
    the ramp-down, when the last callers finish alone and the concurrency is no longer the level's."""
    next_index = 0
    samples: list[_Sample] = []

    async def one(index: int, ramp_up: bool) -> None:
        started = time.perf_counter()
        ttft = None
        tokens = 0
        request_params = dataclasses.replace(params, max_tokens=_length(params.max_tokens, index))
        async for event in backend.astream(prompts[index % len(prompts)], request_params):
            if event.delta and ttft is None:
                ttft = (time.perf_counter() - started) * 1000.0
            if event.usage is not None:
                tokens = event.usage.completion_tokens
        samples.append(_Sample(ttft, tokens, ramp_up))

    async def caller() -> None:
        nonlocal next_index
        first = True
        while next_index < requests or time.perf_counter() - level_started < min_seconds:
            index, next_index = next_index, next_index + 1
            await one(index, first)
            first = False

    level_started = time.perf_counter()
    await asyncio.gather(*(caller() for _ in range(concurrency)))
    seconds = time.perf_counter() - level_started
    tokens = sum(s.tokens for s in samples)
    return {
        "concurrency": concurrency, "requests": len(samples), "completion_tokens": tokens, "seconds": seconds,
        "tokens_per_s": tokens / seconds,
        "ttft_ms": _percentiles([s.ttft_ms for s in samples if s.ttft_ms is not None]),
        "ttft_steady_ms": _percentiles([s.ttft_ms for s in samples if s.ttft_ms is not None and not s.ramp_up]),
        "mean_completion_tokens": tokens / max(1, len(samples)),
    }


def _length(mean: int, index: int) -> int:
    """Request ``index``'s answer length: uniform over 1/2 to 3/2 of ``mean``, the same in every mode
    and run. Equal lengths would keep a closed loop's callers in lockstep (all finishing, then all
    joining, at the same step)."""
    return max(1, random.Random(index).randint(mean // 2, mean + mean // 2))


def _prompts(count: int) -> list[list[Message]]:
    return [[Message("system", SYSTEM_PROMPT), Message("user", QUESTIONS[i % len(QUESTIONS)])] for i in range(count)]


def _ignore_end_of_text(backend: Any) -> None:
    """Make every request decode exactly ``max_tokens`` (as serving benchmarks do with "ignore EOS"):
    the demo model ends most answers after a handful of tokens, which would measure prefill, not decoding."""
    model_backend = getattr(backend, "backend", backend)  # the batcher's model backend
    if not hasattr(model_backend, "_stop_token_ids"):
        raise BenchError(f"{type(model_backend).__name__} has no end-of-text ids to ignore; use --natural-stops")
    model_backend._stop_token_ids = frozenset()


def _open_backend(mode: str, model_dir: Path, onnx_dirs: tuple[Path, Path] | None, max_batch_size: int,
                  max_wait_ms: float) -> Any:
    if mode.startswith("onnx"):
        from hybridai.backends.onnx_local import OnnxBackend

        assert onnx_dirs is not None
        return OnnxBackend(onnx_dirs[0] if mode == "onnx-fp32" else onnx_dirs[1], name=f"bench:{mode}")
    from hybridai.backends.transformers_local import TransformersBackend

    backend = TransformersBackend(model_dir, name=f"bench:{mode}")
    if mode == "pytorch-batched":
        from hybridai.serving.batcher import ContinuousBatcher

        return ContinuousBatcher(backend, max_batch_size=max_batch_size, max_wait_ms=max_wait_ms)
    return backend


async def bench_model(name: str, model_dir: Path, modes: Sequence[str], levels: Sequence[int], *,
                      max_tokens: int, rounds: int, min_requests: int, max_batch_size: int,
                      hardware: dict[str, float], min_seconds: float = 0.0, max_wait_ms: float = 0.0,
                      natural_stops: bool = False,
                      cache: Path = CACHE, log: Any = print) -> dict[str, Any]:
    from transformers import AutoConfig

    config = AutoConfig.from_pretrained(model_dir, local_files_only=True)
    costs = model_costs(config)
    result: dict[str, Any] = {"path": str(model_dir), "costs": costs, "modes": {}}
    onnx_dirs = None
    unavailable = onnx_unavailable() if any(m.startswith("onnx") for m in modes) else None
    if unavailable is None and any(m.startswith("onnx") for m in modes):
        log(f"[{name}] exporting to ONNX and quantizing to INT8 (cached under {cache})")
        onnx_dirs = onnx_folders(model_dir, name, cache)
    params = GenerationParams(max_tokens=max_tokens, temperature=0.0)
    for mode in modes:
        if mode.startswith("onnx") and unavailable is not None:
            result["modes"][mode] = {"unavailable": unavailable}
            log(f"[{name}] {mode}: unavailable ({unavailable})")
            continue
        backend = _open_backend(mode, model_dir, onnx_dirs, max_batch_size, max_wait_ms)
        try:
            if not natural_stops:
                _ignore_end_of_text(backend)
            prompt_tokens = statistics.fmean(backend.count_tokens(backend.render_prompt(p)) for p in _prompts(12))
            await run_level(backend, _prompts(2), params, 2, 2)  # warm-up: allocator, threads, lazy inits
            rows = {}
            for concurrency in levels:
                requests = max(min_requests, rounds * concurrency)
                row = await run_level(backend, _prompts(requests), params, concurrency, requests, min_seconds)
                batch = min(concurrency, max_batch_size) if mode == "pytorch-batched" else 1
                context = prompt_tokens + row["mean_completion_tokens"] / 2
                limit = roofline_tokens_per_s(costs, hardware, batch, context)
                with_prefill = roofline_tokens_per_s(costs, hardware, batch, context,
                                                     prompt_tokens / max(1.0, row["mean_completion_tokens"]))
                row["roofline"] = {**limit, "batch": batch, "context": context,
                                   "fraction": row["tokens_per_s"] / limit["tokens_per_s"],
                                   "fraction_with_prefill": row["tokens_per_s"] / with_prefill["tokens_per_s"]}
                rows[str(concurrency)] = row
                ttft = row["ttft_ms"] or {}
                log(f"[{name}] {mode:<16} c={concurrency:<3} {row['tokens_per_s']:9.1f} tok/s   "
                    f"TTFT p50 {ttft.get('p50', float('nan')):8.1f}  p95 {ttft.get('p95', float('nan')):8.1f}  "
                    f"p99 {ttft.get('p99', float('nan')):8.1f} ms   roofline {100 * row['roofline']['fraction']:5.1f}%")
            result["modes"][mode] = {"levels": rows, "prompt_tokens_mean": prompt_tokens}
        finally:
            await backend.aclose()
    return result


# -- goals, table, plots --------------------------------------------------------------------------
def goals(models: dict[str, Any], concurrency: int = 16) -> dict[str, Any] | None:
    """The issue's goals on the demo model: batching ≥ 6x one-at-a-time tokens/s at concurrency 16,
    with p95 TTFT (steady state) ≤ 2x the single-request TTFT (p50, batching off, concurrency 1)."""
    modes = models.get("demo", {}).get("modes", {})
    try:
        off, on = modes["pytorch"]["levels"], modes["pytorch-batched"]["levels"]
        single = off["1"]["ttft_ms"]["p50"]
        busy_off, busy_on = off[str(concurrency)], on[str(concurrency)]
    except KeyError:
        return None
    speedup = busy_on["tokens_per_s"] / busy_off["tokens_per_s"]
    steady = (busy_on["ttft_steady_ms"] or busy_on["ttft_ms"])["p95"]
    return {"concurrency": concurrency, "batching_speedup": speedup, "batching_speedup_goal": 6.0,
            "single_request_ttft_ms": single, "batched_ttft_p95_ms": steady,
            "batched_ttft_p95_all_ms": busy_on["ttft_ms"]["p95"], "ttft_ratio": steady / single,
            "ttft_ratio_goal": 2.0, "met": speedup >= 6.0 and steady <= 2.0 * single}


def _onnx_speedup(models: dict[str, Any]) -> dict[str, Any] | None:
    modes = models.get("gpt2-small-shape", {}).get("modes", {})
    try:
        torch_c1 = modes["pytorch"]["levels"]["1"]["tokens_per_s"]
        return {name: modes[name]["levels"]["1"]["tokens_per_s"] / torch_c1 for name in ("onnx-fp32", "onnx-int8")}
    except KeyError:
        return None


def plot(metrics: dict[str, Any], out: Path) -> list[Path]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    models = metrics["models"]
    fig, axes = plt.subplots(2, len(models), figsize=(6 * len(models), 8), squeeze=False)
    for column, (name, model) in enumerate(models.items()):
        for mode, data in model["modes"].items():
            if "levels" not in data:
                continue
            levels = sorted(data["levels"].values(), key=lambda r: r["concurrency"])
            xs = [r["concurrency"] for r in levels]
            axes[0][column].plot(xs, [r["tokens_per_s"] for r in levels], marker="o", label=mode)
            axes[1][column].plot(xs, [(r["ttft_ms"] or {}).get("p95") for r in levels], marker="o", label=mode)
        axes[0][column].set_title(f"{name}: generated tokens/s")
        axes[1][column].set_title(f"{name}: TTFT p95 (ms)")
        for ax in (axes[0][column], axes[1][column]):
            ax.set_xscale("log", base=2)
            ax.set_xlabel("concurrent requests")
            ax.grid(alpha=0.3)
            ax.legend()
        axes[1][column].set_yscale("log")
    fig.tight_layout()
    paths = [out / "throughput_ttft.png"]
    fig.savefig(paths[0], dpi=110)
    plt.close(fig)

    hardware = metrics["hardware"]
    fig, ax = plt.subplots(figsize=(7, 5))
    intensities = [0.1 * 2 ** (i / 2) for i in range(27)]
    ax.plot(intensities, [min(hardware["peak_flops"], x * hardware["bandwidth_bytes_per_s"]) / 1e9
                          for x in intensities], color="black", label="roofline (measured)")
    series = [(name, mode, data) for name, model in models.items() for mode, data in model["modes"].items()
              if "levels" in data]
    for color, (name, mode, data) in zip(plt.cm.tab10.colors * 2, series, strict=False):
        rows = list(data["levels"].values())
        achieved = [row["roofline"]["fraction"] * min(hardware["peak_flops"], row["roofline"]["arithmetic_intensity"]
                                                      * hardware["bandwidth_bytes_per_s"]) / 1e9 for row in rows]
        ax.scatter([row["roofline"]["arithmetic_intensity"] for row in rows], achieved, color=color, alpha=0.7,
                   s=[12 * row["concurrency"] ** 0.5 for row in rows], label=f"{name} {mode}")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("arithmetic intensity (FLOP / byte)")
    ax.set_ylabel("GFLOP/s")
    ax.set_title("decoding against this CPU's roofline (fp32 bytes; marker size: concurrency)")
    ax.grid(alpha=0.3, which="both")
    ax.legend(fontsize=7)
    fig.tight_layout()
    paths.append(out / "roofline.png")
    fig.savefig(paths[1], dpi=110)
    plt.close(fig)
    return paths


def _print_summary(metrics: dict[str, Any]) -> None:
    hardware = metrics["hardware"]
    print(f"\nthis CPU ({hardware['threads']} torch threads): peak matmul {hardware['peak_flops'] / 1e9:.1f} GFLOP/s, "
          f"memory bandwidth {hardware['bandwidth_bytes_per_s'] / 1e9:.1f} GB/s; roofline: the share of the tokens/s "
          "this CPU allows for decoding alone, and (+prefill) counting the prompts' FLOPs too")
    header = f"{'model':<17}{'mode':<17}{'c':>4}{'tok/s':>10}{'TTFT p50':>10}{'p95':>9}{'p99':>9}" \
             f"{'steady p95':>12}{'roofline':>10}{'+prefill':>10}"
    print(header)
    print("-" * len(header))
    for name, model in metrics["models"].items():
        for mode, data in model["modes"].items():
            if "levels" not in data:
                print(f"{name:<17}{mode:<17}  unavailable: {data['unavailable']}")
                continue
            for key, row in data["levels"].items():
                ttft, steady = row["ttft_ms"] or {}, row["ttft_steady_ms"] or {}
                cells = [f"{ttft[q]:>{w}.1f}" if q in ttft else f"{'-':>{w}}" for q, w in (("p50", 10), ("p95", 9),
                                                                                          ("p99", 9))]
                cells.append(f"{steady['p95']:>12.1f}" if steady else f"{'-':>12}")
                roof = row["roofline"]
                print(f"{name:<17}{mode:<17}{key:>4}{row['tokens_per_s']:>10.1f}{''.join(cells)}"
                      f"{100 * roof['fraction']:>9.1f}%{100 * roof['fraction_with_prefill']:>9.1f}%")
    others = metrics["machine"]["other_processes_cpus"]
    if others is not None and others > BUSY_OTHER_CPUS:
        print(f"\nWARNING: the machine was busy (other processes kept {others:.2f} of its "
              f"{metrics['machine']['cpu_count']} CPUs busy on average during the run): figures are skewed")
    goal = metrics["goals"]
    if goal is not None:
        print(f"\ndemo model, concurrency {goal['concurrency']}: batching gives {goal['batching_speedup']:.1f}x the "
              f"tokens/s of one-at-a-time (goal >= 6x); TTFT p95 {goal['batched_ttft_p95_ms']:.1f} ms vs single "
              f"request {goal['single_request_ttft_ms']:.1f} ms = {goal['ttft_ratio']:.2f}x (goal <= 2x): "
              f"{'met' if goal['met'] else 'NOT met'}")
    if metrics["onnx_speedup_vs_pytorch"]:
        print("GPT-2-small shape, concurrency 1, tokens/s vs PyTorch fp32: " + ", ".join(
            f"{k} {v:.2f}x" for k, v in metrics["onnx_speedup_vs_pytorch"].items()))


# -- command line ----------------------------------------------------------------------------------
# Other processes' average CPU use during a run above which its figures are flagged as skewed. The load
# average cannot tell: the benchmark's own threads (torch, ONNX Runtime, the batcher) count in it.
BUSY_OTHER_CPUS = 0.25


def other_processes_cpu_s() -> float | None:
    """CPU seconds the whole machine has been busy, minus this process's and its children's (Linux
    /proc/stat; None elsewhere). The difference of two readings is what other processes used."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return None
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(v) for v in fields[:8])
    machine_busy_s = (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")
    own = os.times()
    return machine_busy_s - (own.user + own.system + own.children_user + own.children_system)


def _other_load(before: float | None, wall_s: float) -> float | None:
    after = other_processes_cpu_s()
    if before is None or after is None or wall_s <= 0:
        return None
    return round(max(0.0, after - before) / wall_s, 3)


def _choices(allowed: Sequence[str]) -> Any:
    def parse(text: str) -> list[str]:
        values = [v.strip() for v in text.split(",") if v.strip()]
        unknown = [v for v in values if v not in allowed]
        if not values or unknown:
            raise argparse.ArgumentTypeError(f"choose from {', '.join(allowed)} (got {text!r})")
        return values
    return parse


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hybridai bench local", description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--models", type=_choices(MODELS), default=list(MODELS),
                        help=f"comma-separated, from {', '.join(MODELS)} (default: all)")
    parser.add_argument("--modes", type=_choices(MODES), default=list(MODES),
                        help=f"comma-separated, from {', '.join(MODES)} (default: all)")
    parser.add_argument("--concurrency", type=concurrency_levels, default=[1, 4, 16, 64],
                        help="levels (default 1,4,16,64)")
    parser.add_argument("--max-tokens", type=int, default=32, help="tokens generated per request (default 32)")
    parser.add_argument("--rounds", type=int, default=2, help="requests per caller at each level (default 2)")
    parser.add_argument("--min-requests", type=int, default=16, help="requests per level at least (default 16)")
    parser.add_argument("--min-seconds", type=float, default=MIN_SECONDS,
                        help=f"callers go on sending requests until a level has run this long (default {MIN_SECONDS})")
    parser.add_argument("--max-batch-size", type=int, default=64, help="the batcher's max batch size (default 64)")
    parser.add_argument("--natural-stops", action="store_true", help="let answers end at end of text (default: "
                        "every request decodes exactly --max-tokens tokens)")
    parser.add_argument("--max-wait-ms", type=float, default=0.0, help="the batcher's max wait (default 0)")
    parser.add_argument("--demo-model", type=Path, help="demo model folder (default: the data dir's, built if missing)")
    parser.add_argument("--hardware-seconds", type=float, default=2.0, help="time spent measuring the CPU's limits")
    parser.add_argument("--cache", type=Path, default=CACHE, help=f"built models and ONNX exports (default: {CACHE})")
    parser.add_argument("--out", type=Path, help="output folder (default: reports/bench_local/<run-id>/)")
    return parser


def main(argv: Sequence[str] | None = None, *, settings: Any = None) -> int:
    args = build_parser().parse_args(argv)
    for option in ("max_tokens", "rounds", "min_requests", "max_batch_size"):
        if getattr(args, option) < 1:
            raise BenchError(f"--{option.replace('_', '-')} must be positive")
    if args.min_seconds < 0:
        raise BenchError("--min-seconds must not be negative")
    if args.hardware_seconds <= 0:
        raise BenchError("--hardware-seconds must be positive")
    if args.max_wait_ms < 0:
        raise BenchError("--max-wait-ms must not be negative")
    if importlib.util.find_spec("matplotlib") is None:  # fail now, not after minutes of measuring
        raise BenchError("the plots need matplotlib: pip install matplotlib")
    run_id = reports.new_run_id()
    out: Path = args.out or reports.run_dir("bench_local", run_id)
    out.mkdir(parents=True, exist_ok=True)

    demo_dir = args.demo_model
    if demo_dir is None:
        from hybridai.config import load_settings
        from hybridai.demo.build import build_demo_model

        settings = settings or load_settings()
        demo_dir = Path(build_demo_model(settings.demo_model_dir, progress=False).path)
    model_dirs = {"demo": demo_dir}
    if "gpt2-small-shape" in args.models:
        model_dirs["gpt2-small-shape"] = gpt2_small_shape(demo_dir, args.cache)

    load_before = os.getloadavg()[0]
    others_before = other_processes_cpu_s()
    started = time.perf_counter()
    print("measuring this CPU's peak matmul FLOP/s and memory bandwidth ...", flush=True)
    # in a thread of its own: parallel torch work on the main thread halves the batcher's tokens/s afterwards
    # (measured: 3,461 -> 1,778 tok/s at c=16 on the demo model), which would skew what is measured next
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        hardware = pool.submit(measure_hardware, args.hardware_seconds).result()
    models = {}
    for name in args.models:
        # one event loop per mode: its worker threads (the unbatched backend's to_thread pool) end with it, as
        # threads that ran parallel torch work slow every later parallel op (measured: the batcher's c=16
        # tokens/s halves while such a thread lives), so no row is skewed by the rows measured before it
        for mode in args.modes:
            result = asyncio.run(bench_model(
                name, model_dirs[name], [mode], args.concurrency, max_tokens=args.max_tokens, rounds=args.rounds,
                min_requests=args.min_requests, max_batch_size=args.max_batch_size, hardware=hardware,
                min_seconds=args.min_seconds, max_wait_ms=args.max_wait_ms, natural_stops=args.natural_stops,
                cache=args.cache,
                log=lambda line: print(line, flush=True)))
            models.setdefault(name, {**result, "modes": {}})["modes"].update(result["modes"])
    metrics = {
        "benchmark": "local", "run_id": run_id, "hardware": hardware, "models": models,
        "goals": goals(models), "onnx_speedup_vs_pytorch": _onnx_speedup(models),
        "config": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
        "machine": {"cpu_count": os.cpu_count(), "python": platform.python_version(),
                    "platform": platform.platform(),
                    # other work on the machine skews every figure; ratios measured side by side suffer least
                    "load_average_1min": {"before": load_before, "after": os.getloadavg()[0]},
                    "other_processes_cpus": _other_load(others_before, time.perf_counter() - started)},
    }
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2), encoding="utf-8")
    paths = plot(metrics, out)
    _print_summary(metrics)
    print(f"\nwrote {out / 'metrics.json'}, " + ", ".join(str(p) for p in paths))
    return 0
