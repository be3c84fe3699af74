"""The whole pipeline on the demo model: export → INT8 → compare → register → serve, its report
files, the perplexity guard that refuses registration, and the `hybridai quantize` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hybridai.cli import EXIT_BAD_INPUT, main
from hybridai.errors import InvalidRequestError
from hybridai.quantize import answer_through_engine, plot_comparison, quantize_model
from hybridai.quantize.compare import ONNX_INT8
from hybridai.quantize.pipeline import write_metrics
from hybridai.serving.versions import registered_versions


@pytest.fixture(scope="module")
def pipeline(demo_model_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("pipeline")
    report = quantize_model(demo_model_dir, root / "models", threads=1, new_tokens=8, rounds=1,
                            register_as="demo-int8", data_dir=root / "data")
    return root, report


def test_pipeline_registers_the_int8_model_as_an_onnx_version(pipeline) -> None:
    root, report = pipeline
    assert report.perplexity_ok and abs(report.perplexity_change) <= report.max_perplexity_change == 0.02
    assert report.registered_version == "demo-int8"
    assert Path(report.int8_dir) == root / "models" / "onnx-int8"
    versions = {v.name: v for v in registered_versions(root / "data")}
    version = versions["demo-int8"]
    assert version.kind == "onnx" and version.path == str(Path(report.int8_dir).resolve())
    assert version.manifest["precision"] == "int8"
    assert version.manifest["int8_perplexity_change_vs_torch_fp32"] == report.perplexity_change
    assert set(report.seconds) == {"export", "quantize", "compare"}
    assert report.export_check["greedy_tokens_identical"] is True


def test_the_int8_model_answers_a_sensitive_request_through_the_engine(pipeline) -> None:
    root, report = pipeline
    served = answer_through_engine(report.int8_dir, data_dir=root / "engine", threads=1)
    assert served["route"] == "private" and served["sensitive"] is True
    assert served["backend"] == "private:onnx"
    assert served["usage"]["completion_tokens"] > 0 and any("PRC_ID" in r for r in served["reasons"])


def test_metrics_and_plots_are_written(pipeline, tmp_path: Path) -> None:
    _, report = pipeline
    metrics = write_metrics(tmp_path, report, {"route": "private"}, run_id="r1")
    assert json.loads((tmp_path / "metrics.json").read_text(encoding="utf-8")) == metrics
    assert metrics["run_id"] == "r1" and metrics["served"] == {"route": "private"}
    assert metrics["size_bytes"][ONNX_INT8] < metrics["size_bytes"]["onnx-fp32"]
    for path in plot_comparison(report.comparison, tmp_path):
        data = path.read_bytes()
        assert data.startswith(b"\x89PNG") and len(data) > 1000
    assert sorted(p.name for p in tmp_path.glob("*.png")) == ["latency.png", "perplexity.png", "size.png"]


def test_bad_pipeline_arguments_fail_before_any_export(demo_model_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(InvalidRequestError, match="register_as needs data_dir"):
        quantize_model(demo_model_dir, tmp_path / "m", register_as="x")
    with pytest.raises(InvalidRequestError, match="cannot register version 'bad name!'"):
        quantize_model(demo_model_dir, tmp_path / "m", register_as="bad name!", data_dir=tmp_path / "data")
    with pytest.raises(InvalidRequestError, match="max_perplexity_change"):
        quantize_model(demo_model_dir, tmp_path / "m", max_perplexity_change=1.5)
    assert not (tmp_path / "m").exists() and not (tmp_path / "data").exists()


@pytest.mark.slow
def test_command_refuses_registration_when_perplexity_moved_more_than_allowed(
        demo_model_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "hybridai.toml"
    config.write_text(f'data_dir = "{tmp_path / "data"}"\n', encoding="utf-8")
    code = main(["--config", str(config), "quantize", "--model", str(demo_model_dir), "--out", str(tmp_path / "rep"),
                 "--tokens", "4", "--rounds", "1", "--threads", "1", "--max-perplexity-change", "0",
                 "--register", "never"])
    assert code == 0
    out = capsys.readouterr().out
    assert "goal within 0.0 %: NOT met" in out and "served through the engine: route private via private:onnx" in out
    metrics = json.loads((tmp_path / "rep" / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["perplexity_ok"] is False and metrics["registered_version"] is None
    assert registered_versions(tmp_path / "data") == []
    assert (tmp_path / "rep" / "latency.png").is_file()
    assert main(["quantize", "--model", str(demo_model_dir), "--threads", "-1"]) == EXIT_BAD_INPUT


def test_public_api_is_pinned_and_importing_it_loads_no_heavy_library() -> None:
    import subprocess
    import sys

    import hybridai.quantize

    assert hybridai.quantize.__all__ == ["Comparison", "QuantizeReport", "VariantResult", "answer_through_engine",
                                         "build_gpt2_small_shape", "compare_models", "export_onnx", "plot_comparison",
                                         "quantize_int8", "quantize_model", "register_int8"]
    heavy = ("torch", "onnxruntime", "onnx", "transformers", "matplotlib")
    code = ("import sys, hybridai.quantize, hybridai.backends.onnx_local\n"
            f"print([m for m in {heavy} if m in sys.modules])")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "[]\n"


def test_the_registered_version_is_served_by_name(pipeline, demo_model_dir: Path) -> None:
    from hybridai import HybridEngine

    root, report = pipeline
    config = {"data_dir": str(root / "data"), "private": {"model": str(demo_model_dir), "threads": 1},
              "cloud": {"enabled": False}, "generation": {"max_tokens": 8, "temperature": 0.0}}
    with HybridEngine.from_config(config) as engine:
        assert "demo-int8" in [v.name for v in engine.list_versions()]
        result = engine.chat("我的身份证号是440305198806122717，请帮我查一下报销进度。", model_version="demo-int8")
    assert result.route == "private" and result.backend == "private:onnx:demo-int8"
    assert result.usage.completion_tokens > 0
