"""Notebook runner: parameter checks, typed failures, and the fine-tune notebook run for real."""

from __future__ import annotations

import json
import time
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from hybridai.cli import EXIT_BAD_INPUT, EXIT_FAILURE, main
from hybridai.errors import ConfigError, InvalidRequestError, NotebookError
from hybridai.notebooks import check_parameters, declared_parameters, resolve_notebook, run_notebook


def _write(path: Path, *cells: nbformat.NotebookNode) -> Path:
    nb = new_notebook(cells=list(cells), metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                                  "language": "python"}})
    nbformat.write(nb, str(path))
    return path


def _params(source: str) -> nbformat.NotebookNode:
    return new_code_cell(source, metadata={"tags": ["parameters"]})


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    return _write(tmp_path / "tiny.ipynb",
                  _params('name = "x"\ncount = 3\nrate = 0.5\nflag = False\nmissing = None\nitems: list = [1]\n'
                          'report_dir = ""'),
                  new_code_cell("import json, pathlib\n"
                                "pathlib.Path(report_dir).joinpath('metrics.json').write_text("
                                "json.dumps({'count': count, 'flag': flag}))"))


def test_fine_tune_notebook_declares_its_parameters_and_has_no_outputs() -> None:
    path = resolve_notebook("fine_tune")
    assert declared_parameters(path) == {"base_model": "", "steps": 40, "learning_rate": 1e-3, "rank": 8,
                                         "forgetting_threshold": 0.10, "seed": 1234,
                                         "report_dir": "reports/fine_tune/manual"}
    nb = nbformat.read(str(path), as_version=4)
    assert nb.metadata.kernelspec.name == "python3"
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in nb.cells if c.cell_type == "code")


def test_unknown_parameter_is_an_error_listing_the_declared_ones(tiny: Path, tmp_path: Path) -> None:
    with pytest.raises(InvalidRequestError) as caught:
        run_notebook(tiny, {"count": 1, "cuont": 2}, output_dir=tmp_path / "out")
    message = str(caught.value)
    assert "cuont" in message
    assert all(name in message for name in ("name", "count", "rate", "flag", "missing", "items", "report_dir"))
    assert not (tmp_path / "out").exists()
    assert main(["run-notebook", str(tiny), "-p", "cuont", "2"]) == EXIT_BAD_INPUT


def test_command_line_strings_take_the_type_of_the_default(tiny: Path) -> None:
    declared = declared_parameters(tiny)
    converted = check_parameters(declared, {"name": "7", "count": "12", "rate": "1e-3", "flag": "true",
                                            "missing": "abc", "items": "[1, 2]"})
    assert converted == {"name": "7", "count": 12, "rate": 1e-3, "flag": True, "missing": "abc", "items": [1, 2]}
    assert check_parameters(declared, {"count": 5, "flag": False}) == {"count": 5, "flag": False}  # non-strings kept
    for name, bad in (("count", "1.5"), ("rate", "fast"), ("flag", "maybe")):
        with pytest.raises(InvalidRequestError, match=f"parameter {name}: expected"):
            check_parameters(declared, {name: bad})


def test_a_notebook_needs_exactly_one_parameters_cell(tmp_path: Path) -> None:
    none = _write(tmp_path / "none.ipynb", new_code_cell("x = 1"))
    two = _write(tmp_path / "two.ipynb", _params("x = 1"), _params("y = 2"))
    for path, found in ((none, 0), (two, 2)):
        with pytest.raises(ConfigError, match=f"exactly one cell tagged 'parameters', found {found}"):
            run_notebook(path, {})


def test_a_failing_cell_is_a_notebook_error_naming_it(tmp_path: Path) -> None:
    path = _write(tmp_path / "broken.ipynb", _params("divisor = 0"), new_code_cell("1 / divisor"))
    with pytest.raises(NotebookError) as caught:
        run_notebook(path, {}, output_dir=tmp_path / "run")
    error = caught.value
    assert "ZeroDivisionError" in str(error) and "cell" in str(error)
    saved = Path(error.notebook_path)
    assert saved == tmp_path / "run" / "broken.ipynb" and saved.is_file() and str(saved) in str(error)
    assert error.cell_index == 1 and "cell 1 of broken.ipynb" in str(error)
    executed = nbformat.read(str(saved), as_version=4)
    assert any(o.get("ename") == "ZeroDivisionError" for c in executed.cells for o in c.get("outputs", []))
    assert main(["run-notebook", str(path), "--out", str(tmp_path / "cli")]) == EXIT_FAILURE


def test_report_dir_is_the_run_folder_and_metrics_come_back(tiny: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["run-notebook", str(tiny), "-p", "count", "9", "-p", "flag", "yes", "--out", str(tmp_path / "r"),
                 "--json"])
    assert code == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["metrics"] == {"count": 9, "flag": True}
    assert printed["parameters"]["report_dir"] == str((tmp_path / "r").resolve())
    assert Path(printed["notebook_path"]).is_file()


@pytest.mark.slow
def test_fine_tune_notebook_runs_and_writes_metrics_and_plots(demo_model_dir: Path, tmp_path: Path) -> None:
    started = time.perf_counter()
    run = run_notebook("fine_tune", {"base_model": str(demo_model_dir), "steps": "10"}, output_dir=tmp_path / "ft")
    print(f"fine_tune notebook: {time.perf_counter() - started:.1f} s")
    assert run.parameters["steps"] == 10
    metrics = json.loads((tmp_path / "ft" / "metrics.json").read_text(encoding="utf-8"))
    assert run.metrics == metrics
    assert {"base_model", "perplexity", "promoted", "reasons", "steps_run", "seconds", "adapter_dir"} <= set(metrics)
    domain = metrics["perplexity"]["domain"]
    assert domain["after"] < domain["before"]
    assert metrics["steps_run"] == 10 and Path(metrics["adapter_dir"]).is_dir()
    for png in ("loss_curve.png", "perplexity.png"):
        data = (tmp_path / "ft" / png).read_bytes()
        assert data.startswith(b"\x89PNG") and len(data) > 1000
    assert Path(run.notebook_path).is_file()


def test_quantize_notebook_declares_its_parameters_and_has_no_outputs() -> None:
    path = resolve_notebook("quantize")
    assert declared_parameters(path) == {"base_model": "", "threads": 0, "new_tokens": 32, "rounds": 3,
                                         "max_perplexity_change": 0.02, "register_as": "",
                                         "question": "我的身份证号是440305198806122717，请帮我查一下报销进度。",
                                         "report_dir": "reports/quantize/manual"}
    nb = nbformat.read(str(path), as_version=4)
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in nb.cells if c.cell_type == "code")


@pytest.mark.slow
def test_quantize_notebook_serves_a_smaller_int8_model_through_the_engine(demo_model_dir: Path, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from hybridai.serving.versions import registered_versions

    monkeypatch.setenv("HYBRIDAI_DATA_DIR", str(tmp_path / "data"))  # the kernel inherits it: registry goes here
    started = time.perf_counter()
    run = run_notebook("quantize", {"base_model": str(demo_model_dir), "new_tokens": "8", "rounds": "1",
                                    "register_as": "demo-int8"}, output_dir=tmp_path / "q")
    print(f"quantize notebook: {time.perf_counter() - started:.1f} s")
    metrics = json.loads((tmp_path / "q" / "metrics.json").read_text(encoding="utf-8"))
    assert run.metrics == metrics
    assert metrics["size_bytes"]["onnx-int8"] < 0.5 * metrics["size_bytes"]["onnx-fp32"]
    assert metrics["perplexity_ok"] and abs(metrics["perplexity_change"]) <= metrics["max_perplexity_change"] == 0.02
    assert metrics["export_check"]["greedy_tokens_identical"] is True
    served = metrics["served"]
    assert served["route"] == "private" and served["sensitive"] is True and served["backend"] == "private:onnx"
    assert served["usage"]["completion_tokens"] > 0
    assert [(v.name, v.kind, v.path) for v in registered_versions(tmp_path / "data")] == [
        ("demo-int8", "onnx", metrics["int8_dir"])]
    for png in ("size.png", "latency.png", "perplexity.png"):
        assert (tmp_path / "q" / png).read_bytes().startswith(b"\x89PNG")


def test_benchmark_notebook_declares_its_parameters_and_has_no_outputs() -> None:
    path = resolve_notebook("benchmark")
    assert declared_parameters(path) == {"model_dir": "", "requests": 200, "concurrency": 8, "private_requests": 10,
                                         "max_tokens": 16, "include_local": True, "include_server": True,
                                         "report_dir": "reports/benchmark/manual"}
    nb = nbformat.read(str(path), as_version=4)
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in nb.cells if c.cell_type == "code")


@pytest.mark.slow
def test_benchmark_notebook_runs_every_scenario_and_writes_the_table(demo_model_dir: Path, tmp_path: Path) -> None:
    started = time.perf_counter()
    run = run_notebook("benchmark", {"model_dir": str(demo_model_dir), "requests": "12", "concurrency": "3",
                                     "private_requests": "2", "max_tokens": "4"}, output_dir=tmp_path / "bench")
    print(f"benchmark notebook: {time.perf_counter() - started:.1f} s")
    metrics = json.loads((tmp_path / "bench" / "metrics.json").read_text(encoding="utf-8"))
    assert run.metrics == metrics and metrics["parameters"]["requests"] == 12
    rows = {row["scenario"]: row for row in metrics["scenarios"]}
    serving = {"private model serving, pytorch", "private model serving, pytorch-batched"}
    assert set(rows) == {"cloud backend, direct", "engine, cloud route", "engine, private route (demo model)",
                         "upstream, direct (HTTP)", "REST server (hybridai serve)", *serving}
    for name, row in rows.items():
        expected = 12 if name not in serving and "private" not in name else (3 if name in serving else 2)
        assert row["requests"] == expected and row["error_rate"] == 0.0 and row["rps"] > 0, row
        if name in serving:  # served straight from the backend: time to first token, every token decoded
            assert row["ttft_p50_ms"] > 0 and row["tokens_per_s"] > 0 and row["p50_ms"] is None, row
        else:
            assert 0 < row["p50_ms"] <= row["p95_ms"] <= row["p99_ms"] and row["mean_ms"] > 0, row
    assert rows["engine, private route (demo model)"]["tokens_per_s"] > 0
    assert rows["engine, cloud route"]["ttft_p50_ms"] > 0
    assert rows["REST server (hybridai serve)"]["tokens_per_s"] is None  # its load generator reads no usage
    assert metrics["engine_overhead_p50_ms"] == pytest.approx(
        rows["engine, cloud route"]["p50_ms"] - rows["cloud backend, direct"]["p50_ms"], abs=1e-6)
    assert (tmp_path / "bench" / "latency.png").read_bytes().startswith(b"\x89PNG")
    executed = nbformat.read(run.notebook_path, as_version=4)
    assert any("| scenario | requests |" in str(o.get("data", {}).get("text/markdown", ""))
               for c in executed.cells for o in c.get("outputs", []))


def test_router_eval_notebook_writes_metrics_plots_and_the_leakage_list(tmp_path: Path) -> None:
    from hybridai.cli import default_dev_set

    lines = default_dev_set().read_text(encoding="utf-8").splitlines()
    sample = [line for line in lines if line.strip()][:60]
    data = tmp_path / "sample.jsonl"
    data.write_text("\n".join(sample) + "\n", encoding="utf-8")
    labels = [json.loads(line)["sensitive"] for line in sample]
    run = run_notebook("router_eval", {"data": str(data)}, output_dir=tmp_path / "re")
    metrics = json.loads((tmp_path / "re" / "metrics.json").read_text(encoding="utf-8"))
    assert run.metrics == metrics
    assert metrics["examples"] == 60 and metrics["sensitive_examples"] == sum(labels)
    counts = [metrics[k] for k in ("true_positives", "false_positives", "false_negatives", "true_negatives")]
    assert sum(counts) == 60 and metrics["leakage"] == len(metrics["leaked"])
    assert metrics["leakage"] == 0 and metrics["precision"] >= 0.9
    assert {"PERSON", "PRC_ID"} <= set(metrics["entity_recall"]) and metrics["per_category"]
    assert metrics["sweep"] and all(0 <= p["precision"] <= 1 for p in metrics["sweep"])
    assert sum(metrics["latency_histogram"]["counts"]) == 60
    for png in ("confusion_matrix.png", "latency_histogram.png", "threshold_sweep.png"):
        assert (tmp_path / "re" / png).read_bytes().startswith(b"\x89PNG")
    rows = [json.loads(x) for x in (tmp_path / "re" / "predictions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 60 and all(0 <= r["score"] <= 1 and isinstance(r["detector_sensitive"], bool) for r in rows)
