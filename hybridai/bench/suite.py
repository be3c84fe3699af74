"""The benchmark suite behind ``notebooks/benchmark.ipynb``: one table, JMeter-style, over scenarios
that each run a closed loop (``concurrency`` callers, each sending as soon as its previous answer is
in) and report requests, mean / p50 / p95 / p99 latency, error rate, requests/s and tokens/s.

Scenarios (all on 127.0.0.1):

* ``cloud backend, direct``: the cloud backend alone against an instant OpenAI-compatible server —
  the baseline for the engine's overhead;
* ``engine, cloud route``: the same requests through the engine (validation, memory, routing,
  masking, unmasking, storing) — its p50 minus the baseline's is the engine overhead;
* ``engine, private route``: a sensitive request answered by the private model (demo model);
* ``private model serving, <mode>``: the private model served directly (no routing or memory) by
  :func:`hybridai.bench.local.bench_model`, one request's tokens at a time (``pytorch``) and behind
  the continuous batcher (``pytorch-batched``), each request decoding exactly ``max_tokens`` tokens;
  it reports time to first token rather than whole-request latency;
* ``upstream, direct`` and ``REST server (hybridai serve)``: the server's pieces from
  :mod:`hybridai.bench.server` (its upstream, a real ``hybridai serve`` with an API key, its load
  generator), when ``include_server`` is set.
"""

from __future__ import annotations

import asyncio
import json
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from hybridai._sync import LoopThread
from hybridai.errors import InvalidRequestError
from hybridai.types import GenerationParams, Message, Route

GENERAL_PROMPT = "Explain what a hash map is, in one sentence."
SENSITIVE_PROMPT = "请核对客户身份证号 440305198806122717 的出生日期。"  # a valid PRC ID: private route
COLUMNS = ("scenario", "requests", "mean_ms", "p50_ms", "p95_ms", "p99_ms", "ttft_p50_ms", "error_rate", "rps",
           "tokens_per_s")
LOCAL_MODES = ("pytorch", "pytorch-batched")


class WrongRouteError(Exception):
    """An answer took another route than the scenario measures (counted as an error)."""


@dataclass
class ScenarioRun:
    scenario: str
    concurrency: int
    latencies_ms: list[float] = field(default_factory=list)
    ttfts_ms: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    tokens: int | None = 0  # None: not counted (the HTTP load generator reads no usage)
    elapsed_s: float = 0.0

    def row(self) -> dict[str, Any]:
        done = len(self.latencies_ms)
        total = done + sum(self.errors.values())
        values = np.asarray(self.latencies_ms) if done else None

        def pct(q: float) -> float | None:
            return None if values is None else round(float(np.percentile(values, q)), 3)

        return {"scenario": self.scenario, "requests": total, "concurrency": self.concurrency,
                "mean_ms": None if values is None else round(float(values.mean()), 3),
                "p50_ms": pct(50), "p95_ms": pct(95), "p99_ms": pct(99),
                "ttft_p50_ms": round(float(np.percentile(self.ttfts_ms, 50)), 3) if self.ttfts_ms else None,
                "error_rate": round(sum(self.errors.values()) / total, 4) if total else 0.0,
                "errors": dict(self.errors),
                "rps": round(done / self.elapsed_s, 2) if self.elapsed_s else 0.0,
                "tokens_per_s": None if self.tokens is None else
                round(self.tokens / self.elapsed_s, 1) if self.elapsed_s else 0.0}


Answer = tuple[int, float | None]  # completion tokens, time to first token (ms) where known


async def closed_loop(scenario: str, call: Callable[[], Awaitable[Answer]], *, requests: int,
                      concurrency: int, warmup: int = 1) -> ScenarioRun:
    """Run ``call`` (one answer: its completion tokens and TTFT) ``requests`` times from
    ``concurrency`` callers; failures are counted by exception type, never retried."""
    if requests < 1 or concurrency < 1:
        raise InvalidRequestError("requests and concurrency must be at least 1")
    for _ in range(warmup):
        await call()
    run = ScenarioRun(scenario, concurrency)
    remaining = requests

    async def caller() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            started = time.perf_counter()
            try:
                tokens, ttft_ms = await call()
            except Exception as exc:  # counted, not fatal: the error rate is part of the result
                run.errors[type(exc).__name__] += 1
                continue
            run.latencies_ms.append((time.perf_counter() - started) * 1000)
            run.tokens = (run.tokens or 0) + tokens
            if ttft_ms is not None:
                run.ttfts_ms.append(ttft_ms)

    started = time.perf_counter()
    await asyncio.gather(*(caller() for _ in range(concurrency)))
    run.elapsed_s = time.perf_counter() - started
    return run


async def _engine_and_direct(model_dir: Path, work_dir: Path, *, requests: int, concurrency: int,
                             private_requests: int, max_tokens: int) -> list[ScenarioRun]:
    from hybridai.backends.openai_compat import OpenAICompatibleBackend
    from hybridai.engine import HybridEngine
    from hybridai.testing.openai_server import OpenAIStubServer

    runs = []
    async with OpenAIStubServer() as cloud_server:
        # the backend's default retry policy, as deployed
        cloud = OpenAICompatibleBackend(base_url=cloud_server.base_url, model="stub-model", api_key=None)
        params = GenerationParams(max_tokens=max_tokens)

        async def direct() -> Answer:
            usage, started, ttft = None, time.perf_counter(), None
            async for event in cloud.astream([Message("user", GENERAL_PROMPT)], params):
                if event.delta and ttft is None:
                    ttft = (time.perf_counter() - started) * 1000
                usage = event.usage or usage
            return (usage.completion_tokens if usage else 0), ttft

        runs.append(await closed_loop("cloud backend, direct", direct, requests=requests, concurrency=concurrency))
        config = {"data_dir": str(work_dir / "data"), "private": {"model": str(model_dir)}}
        engine = HybridEngine.from_config(config, cloud_backend=cloud)
        try:
            async def through_engine(prompt: str, route: Route) -> Answer:
                result = await engine.achat(prompt, max_tokens=max_tokens, temperature=0.0)
                if result.route is not route or result.fallback_reason:  # a misrouted answer measures the wrong path
                    raise WrongRouteError(f"expected {route.value}, got {result.route.value}: "
                                          f"{result.decision.reasons}")
                return result.usage.completion_tokens, result.ttft_ms

            runs.append(await closed_loop("engine, cloud route", lambda: through_engine(GENERAL_PROMPT, Route.CLOUD),
                                          requests=requests, concurrency=concurrency))
            runs.append(await closed_loop("engine, private route (demo model)",
                                          lambda: through_engine(SENSITIVE_PROMPT, Route.PRIVATE),
                                          requests=private_requests, concurrency=1))
        finally:
            await engine.aclose()
    return runs


def _local_rows(loop: LoopThread, model_dir: Path, *, requests: int, concurrency: int,
                max_tokens: int) -> list[dict[str, Any]]:
    """Private-model serving rows from ``hybridai bench local``'s closed loop (TTFT, tokens/s)."""
    from hybridai.bench.local import bench_model, measure_hardware

    hardware = measure_hardware(0.3)
    result = loop.run(bench_model("demo", model_dir, LOCAL_MODES, [concurrency], max_tokens=max_tokens, rounds=1,
                                  min_requests=requests, max_batch_size=concurrency, hardware=hardware,
                                  log=lambda _: None))
    rows = []
    for mode, data in result["modes"].items():
        level = data["levels"][str(concurrency)]
        ttft = level["ttft_ms"] or {}
        rows.append({"scenario": f"private model serving, {mode}", "requests": level["requests"],
                     "concurrency": concurrency, "mean_ms": None, "p50_ms": None, "p95_ms": None, "p99_ms": None,
                     "ttft_p50_ms": round(ttft["p50"], 3) if ttft else None,
                     "ttft_p95_ms": round(ttft["p95"], 3) if ttft else None, "error_rate": 0.0, "errors": {},
                     "rps": round(level["requests"] / level["seconds"], 2),
                     "tokens_per_s": round(level["tokens_per_s"], 1),
                     "roofline_fraction": round(level["roofline"]["fraction"], 4)})
    return rows


def _server_runs(loop: LoopThread, model_dir: Path, work_dir: Path, *, requests: int,
                 concurrency: int) -> list[ScenarioRun]:
    from hybridai.bench.loadgen import run_level
    from hybridai.bench.server import start_hybridai, start_upstream

    logs = work_dir / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    direct, upstream_process = start_upstream(logs, work_dir)
    server = None
    try:
        server = start_hybridai(upstream_url=f"http://127.0.0.1:{direct.port}/v1", model_dir=model_dir,
                                work_dir=work_dir, log_dir=logs, workers=1, cpus=None)
        runs = []
        for name, target in (("upstream, direct (HTTP)", direct), ("REST server (hybridai serve)", server)):
            level = loop.run(run_level(target.endpoint(), concurrency=concurrency, requests=requests,
                                       warmup=min(requests, 5)))
            run = ScenarioRun(name, concurrency, [s * 1000 for s in level.latencies_s], errors=Counter(level.errors),
                              tokens=None, elapsed_s=level.elapsed_s)
            runs.append(run)
        return runs
    finally:
        if server is not None:
            server.stop()
        upstream_process.stop()


def resolve_model_dir(model_dir: str | Path | None) -> Path:
    """The given model folder, or the demo model of the configured data dir (built on first use)."""
    if model_dir:
        return Path(model_dir)
    from hybridai.config import load_settings
    from hybridai.demo.build import build_demo_model

    return Path(build_demo_model(load_settings().demo_model_dir, progress=False).path)


def run_suite(model_dir: str | Path, out_dir: str | Path, *, requests: int = 200, concurrency: int = 8,
              private_requests: int = 10, max_tokens: int = 16, include_local: bool = True,
              include_server: bool = True) -> dict[str, Any]:
    """Run every scenario, write ``metrics.json`` and the plots into ``out_dir``; return the metrics."""
    model_dir, out = Path(model_dir), Path(out_dir)
    if not (model_dir / "config.json").is_file():
        raise InvalidRequestError(f"model_dir {model_dir} is not a model folder (no config.json)")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="hybridai-bench-") as tmp:
        loop = LoopThread("hybridai-bench")  # works inside a notebook, whose own loop is running
        try:
            runs = loop.run(_engine_and_direct(model_dir, Path(tmp), requests=requests, concurrency=concurrency,
                                               private_requests=private_requests, max_tokens=max_tokens))
            local = _local_rows(loop, model_dir, requests=private_requests, concurrency=concurrency,
                                max_tokens=max_tokens) if include_local else []
            if include_server:
                runs += _server_runs(loop, model_dir, Path(tmp) / "server", requests=requests,
                                     concurrency=concurrency)
        finally:
            loop.close()
    rows = [run.row() for run in runs] + local
    by_name = {row["scenario"]: row for row in rows}
    overhead = None
    if by_name["engine, cloud route"]["p50_ms"] is not None and by_name["cloud backend, direct"]["p50_ms"] is not None:
        overhead = round(by_name["engine, cloud route"]["p50_ms"] - by_name["cloud backend, direct"]["p50_ms"], 3)
    metrics = {"parameters": {"requests": requests, "concurrency": concurrency, "private_requests": private_requests,
                              "max_tokens": max_tokens, "include_local": include_local,
                              "include_server": include_server,
                              "model_dir": str(model_dir)},
               "scenarios": rows, "engine_overhead_p50_ms": overhead}
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2, ensure_ascii=False), encoding="utf-8")
    plot(rows, out / "latency.png")
    return metrics


def table(rows: list[dict[str, Any]]) -> str:
    """The rows as a Markdown table (renders in notebooks and on GitHub)."""
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    lines += ["| " + " | ".join("–" if row[c] is None else str(row[c]) for c in COLUMNS) + " |" for row in rows]
    return "\n".join(lines)


def plot(rows: list[dict[str, Any]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = [row["scenario"] for row in rows]
    fig, (left, right) = plt.subplots(1, 2, figsize=(13, 0.6 * len(rows) + 2))
    y = np.arange(len(rows))
    # whole-request latency where measured; the serving rows have time to first token only
    for offset, key in ((-0.3, "p50_ms"), (-0.1, "p95_ms"), (0.1, "p99_ms"), (0.3, "ttft_p50_ms")):
        values = [row.get(key) for row in rows]
        left.barh(y[[v is not None for v in values]] + offset, [v for v in values if v is not None], height=0.2,
                  label=key.removesuffix("_ms").replace("_", " "))
    left.set_yticks(y, names)
    left.set_xscale("log")
    left.set_xlabel("latency (ms, log scale)")
    left.legend()
    right.barh(y, [row["rps"] for row in rows], color="#2563eb")
    right.set_yticks(y, [""] * len(rows))
    right.set_xlabel("requests/s")
    fig.suptitle("hybridai benchmark")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
