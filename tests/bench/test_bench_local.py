"""Smoke test of ``hybridai bench local``: a tiny run over every mode, checked for the shape of its
metrics.json, its plots and its roofline figures. Not a performance test: no timing is asserted."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hybridai.bench import local as bench
from hybridai.cli import main as cli_main
from hybridai.types import BackendEvent, GenerationParams, Usage

TINY = ["--concurrency", "1,3", "--max-tokens", "4", "--rounds", "1", "--min-requests", "2", "--min-seconds", "0",
        "--hardware-seconds", "0.2"]


def _check_levels(levels: dict, concurrency: list[int]) -> None:
    assert set(levels) == {str(c) for c in concurrency}
    for key, row in levels.items():
        assert row["requests"] == max(2, int(key)) and row["completion_tokens"] > 0
        assert row["tokens_per_s"] > 0
        ttft = row["ttft_ms"]
        assert 0 < ttft["p50"] <= ttft["p95"] <= ttft["p99"]
        assert 0 < row["roofline"]["fraction"] and row["roofline"]["bound"] in {"compute", "memory"}


@pytest.mark.slow
def test_bench_local_tiny_run(tmp_path: Path, demo_model_dir: Path, monkeypatch) -> None:
    # a GPT-2-small-shaped model would take minutes here: same code path, two small layers
    monkeypatch.setattr(bench, "GPT2_SMALL_SHAPE", {"n_layer": 2, "n_head": 2, "n_embd": 32, "n_positions": 256})
    out = tmp_path / "run"
    status = bench.main([*TINY, "--demo-model", str(demo_model_dir), "--cache", str(tmp_path / "cache"),
                         "--out", str(out)])
    assert status == 0
    metrics = json.loads((out / "metrics.json").read_text())
    assert (out / "throughput_ttft.png").stat().st_size > 0 and (out / "roofline.png").stat().st_size > 0
    hardware = metrics["hardware"]
    assert hardware["peak_flops"] > 1e8 and hardware["bandwidth_bytes_per_s"] > 1e8
    assert set(metrics["models"]) == {"demo", "gpt2-small-shape"}
    onnx_missing = bench.onnx_unavailable()
    for model in metrics["models"].values():
        assert model["costs"]["flops_per_token"] > 0
        for mode in bench.MODES:
            data = model["modes"][mode]
            if mode.startswith("onnx") and onnx_missing:
                assert data == {"unavailable": onnx_missing}
            else:
                _check_levels(data["levels"], [1, 3])
    assert metrics["goals"] is None  # concurrency 16 was not measured
    assert metrics["machine"]["other_processes_cpus"] >= 0
    demo = metrics["models"]["demo"]["costs"]
    assert 1.2e6 < demo["parameters"] < 1.5e6  # the demo model's 1.38M parameters, counted from its config


def test_bench_local_without_onnx_still_runs_pytorch_rows(tmp_path, demo_model_dir, monkeypatch, capsys):
    monkeypatch.setattr(bench, "onnx_unavailable", lambda: "onnxruntime is not installed")
    out = tmp_path / "run"
    status = cli_main(["bench", "local", *TINY, "--concurrency", "1,16", "--models", "demo",
                       "--modes", "pytorch,pytorch-batched,onnx-int8", "--demo-model", str(demo_model_dir),
                       "--out", str(out)])
    assert status == 0
    metrics = json.loads((out / "metrics.json").read_text())
    modes = metrics["models"]["demo"]["modes"]
    assert modes["onnx-int8"] == {"unavailable": "onnxruntime is not installed"}
    assert modes["pytorch"]["levels"]["16"]["requests"] == modes["pytorch-batched"]["levels"]["16"]["requests"] == 16
    goal = metrics["goals"]
    assert goal is not None and goal["batching_speedup"] > 0 and set(goal) >= {"met", "ttft_ratio"}
    printed = capsys.readouterr().out
    assert "unavailable: onnxruntime is not installed" in printed and "batching gives" in printed


@pytest.mark.parametrize("bad", [["--rounds", "0"], ["--modes", "tensorrt"], ["--concurrency", "0"],
                                 ["--models", "gpt5"], ["--hardware-seconds", "-1"], ["--min-seconds", "-1"]])
def test_bad_options_exit_2(bad, capsys):
    try:
        status = cli_main(["bench", "local", *bad])
    except SystemExit as exc:  # argparse's own errors
        status = exc.code
    assert status == 2
    assert "error" in capsys.readouterr().err


class _SlowBackend:
    """Answers every request with two tokens, 20 ms apart."""

    async def astream(self, messages, params):
        for _ in range(2):
            await asyncio.sleep(0.02)
            yield BackendEvent(delta="x")
        yield BackendEvent(usage=Usage(3, 2), finish_reason="length")


def test_a_level_goes_on_until_its_minimum_duration():
    params = GenerationParams(max_tokens=2, temperature=0.0)
    quick = asyncio.run(bench.run_level(_SlowBackend(), bench._prompts(2), params, 2, 2))
    assert quick["requests"] == 2 and quick["completion_tokens"] == 4
    timed = asyncio.run(bench.run_level(_SlowBackend(), bench._prompts(2), params, 2, 2, min_seconds=0.3))
    assert timed["seconds"] >= 0.3 and timed["requests"] >= 2 * 6  # each caller: 40 ms per request
    assert timed["completion_tokens"] == 2 * timed["requests"]
    assert timed["ttft_steady_ms"]["n"] == timed["requests"] - 2  # all but each caller's first


def test_roofline_is_the_tighter_of_compute_and_memory():
    costs = {"flops_per_token": 1e9, "attention_flops_per_token_per_position": 0.0,
             "weight_bytes_per_step": 4e8, "kv_bytes_per_token_per_position": 0.0}
    hardware = {"peak_flops": 1e11, "bandwidth_bytes_per_s": 1e10}
    one = bench.roofline_tokens_per_s(costs, hardware, batch=1, context=0)
    assert one["bound"] == "memory" and one["tokens_per_s"] == pytest.approx(25.0)  # 0.4 GB at 10 GB/s
    many = bench.roofline_tokens_per_s(costs, hardware, batch=1000, context=0)
    assert many["bound"] == "compute" and many["tokens_per_s"] == pytest.approx(100.0)  # 1 GFLOP at 100 GFLOP/s


@pytest.mark.skipif(bench.other_processes_cpu_s() is None, reason="reads Linux /proc/stat")
def test_other_processes_cpu_counts_another_process_but_not_this_one():
    # what the rest of the machine uses anyway (a shared CI machine is rarely idle), over the same time
    before = bench.other_processes_cpu_s()
    time.sleep(0.5)
    background = bench.other_processes_cpu_s() - before
    # a busy loop in this process is its own work, not other load
    before = bench.other_processes_cpu_s()
    deadline = time.perf_counter() + 0.5
    while time.perf_counter() < deadline:
        pass
    own_loop = bench.other_processes_cpu_s() - before
    # a busy process beside it is (read while it runs: a child's time counts as ours once it is waited for)
    spin = "import time\nend = time.time() + 1.0\nwhile time.time() < end: pass"
    busy = subprocess.Popen([sys.executable, "-c", spin])
    try:
        before = bench.other_processes_cpu_s()
        time.sleep(0.8)
        other = bench.other_processes_cpu_s() - before
    finally:
        busy.wait()
    assert other > 0.5, other
    assert own_loop < background + 0.3, (own_loop, background)
