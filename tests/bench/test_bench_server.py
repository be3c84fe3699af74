"""Smoke test of ``hybridai bench server``: a tiny run without LiteLLM, checked for the shape of
its metrics.json and for zero failed requests. Not a performance test: no timing is asserted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hybridai.bench import server as bench


@pytest.mark.slow
def test_bench_server_smoke(tmp_path: Path, demo_model_dir: Path) -> None:
    out = tmp_path / "run"
    status = bench.main(["--no-litellm", "--concurrency", "1,2", "--requests", "20", "--warmup", "5",
                         "--pin", "off", "--private-model", str(demo_model_dir), "--out", str(out)])
    assert status == 0

    metrics = json.loads((out / "metrics.json").read_text())
    assert (out / "server_bench.png").stat().st_size > 0
    assert metrics["benchmark"] == "server"
    assert metrics["config"]["concurrency"] == [1, 2]
    assert set(metrics["targets"]) == {"direct", "hybridai"}
    assert metrics["comparison"] is None and metrics["goals_met"] is None
    assert {"cpu_count", "python"} <= set(metrics["machine"])
    assert metrics["versions"]["hybridai"]

    for name, target in metrics["targets"].items():
        assert set(target["levels"]) == {"1", "2"}
        for concurrency, level in target["levels"].items():
            where = f"{name} at concurrency {concurrency}"
            assert level["errors"] == 0, f"{where}: failed requests {level['error_kinds']}"
            assert level["ok"] == level["requests"] == 20, where
            assert level["rps"] > 0, where
            latency = level["latency_ms"]
            assert 0 < latency["p50"] <= latency["p90"] <= latency["p99"] <= latency["max"], where
            if name == "hybridai":
                assert set(level["added_ms"]) == {"p50", "p90", "p99", "mean"}, where
                # every request went through to the upstream exactly once
                assert level["upstream"]["requests"] == 20, where
    assert metrics["total_errors"] == 0
    assert metrics["loadgen"]["ok"] is True
