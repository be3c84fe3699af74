"""Notebook regression: nbval executes the workbench notebooks cell by cell, each cell a test.

papermill tests (tests/test_notebooks.py) check what the notebooks produce; these check that every
cell of the committed notebooks still runs in a plain kernel. Outputs are not compared
(``--nbval-lax``): they hold timings and plots that differ from run to run. Small parameters are
written into a copy's parameters cell, the way papermill injects them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from hybridai.notebooks import resolve_notebook


def _copy_with_parameters(name: str, values: dict[str, object], folder: Path) -> tuple[Path, int]:
    nb = nbformat.read(str(resolve_notebook(name)), as_version=4)
    cell = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    cell.source += "\n# test parameters\n" + "".join(f"{key} = {value!r}\n" for key, value in values.items())
    path = folder / f"{name}.ipynb"
    nbformat.write(nb, str(path))
    return path, sum(1 for c in nb.cells if c.cell_type == "code")


@pytest.mark.slow
@pytest.mark.parametrize(("name", "values"), [
    ("fine_tune", {"steps": 10}),
    ("quantize", {"new_tokens": 4, "rounds": 1}),
])
def test_every_cell_of_the_workbench_notebook_runs(name: str, values: dict[str, object], demo_model_dir: Path,
                                                   tmp_path: Path) -> None:
    values = {**values, "base_model": str(demo_model_dir), "report_dir": str(tmp_path / "report")}
    path, code_cells = _copy_with_parameters(name, values, tmp_path)
    done = subprocess.run([sys.executable, "-m", "pytest", "--nbval-lax", "-p", "no:cacheprovider", "-q",
                           "-o", "addopts=", "-W", "ignore::DeprecationWarning", str(path)],
                          cwd=tmp_path, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "HYBRIDAI_DATA_DIR": str(tmp_path / "data")})
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert f"{code_cells} passed" in done.stdout
    assert (tmp_path / "report" / "metrics.json").is_file()
