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
