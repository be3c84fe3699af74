"""Run the parameterized notebooks in ``notebooks/`` with papermill (needs the [notebooks] extra).

Each notebook has exactly one cell tagged ``parameters`` whose top-level assignments declare its
parameters and defaults. :func:`run_notebook` checks the given parameters against them (unknown
names are an error, not papermill's warning), converts strings from the command line to the type of
the default, and executes the notebook into ``reports/<name>/<run-id>/``. A notebook that declares
``report_dir`` gets that folder, so its ``metrics.json`` and plots land next to the executed copy.
"""

from __future__ import annotations

import ast
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hybridai import reports
from hybridai.errors import ConfigError, InvalidRequestError, NotebookError

NOTEBOOKS_DIR = Path(__file__).resolve().parent.parent / "notebooks"
PARAMETERS_TAG = "parameters"
METRICS = "metrics.json"


@dataclass(frozen=True)
class NotebookRun:
    name: str
    run_dir: str
    notebook_path: str
    parameters: dict[str, Any]
    metrics: dict[str, Any] | None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "run_dir": self.run_dir, "notebook_path": self.notebook_path,
                "parameters": self.parameters, "metrics": self.metrics}


def resolve_notebook(name_or_path: str | Path) -> Path:
    """``NAME`` is ``notebooks/NAME.ipynb`` of the repository; anything ending in .ipynb is a path."""
    text = str(name_or_path)
    path = Path(text).expanduser() if text.endswith(".ipynb") else NOTEBOOKS_DIR / f"{text}.ipynb"
    if not path.is_file():
        shipped = sorted(p.stem for p in NOTEBOOKS_DIR.glob("*.ipynb"))
        raise InvalidRequestError(f"notebook {text!r} not found ({path}); available: {', '.join(shipped) or 'none'}")
    return path


def declared_parameters(path: str | Path) -> dict[str, Any]:
    """Names and default values assigned at the top level of the notebook's ``parameters`` cell."""
    import nbformat

    notebook = nbformat.read(str(path), as_version=4)
    cells = [c for c in notebook.cells if PARAMETERS_TAG in c.get("metadata", {}).get("tags", [])]
    if len(cells) != 1:
        raise ConfigError(f"{path}: needs exactly one cell tagged {PARAMETERS_TAG!r}, found {len(cells)}")
    try:
        tree = ast.parse(cells[0].source)
    except SyntaxError as exc:
        raise ConfigError(f"{path}: the parameters cell is not valid Python: {exc}") from exc
    declared: dict[str, Any] = {}
    for node in tree.body:
        targets = [node.target] if isinstance(node, ast.AnnAssign) else getattr(node, "targets", [])
        value = getattr(node, "value", None)
        for target in targets:
            if isinstance(target, ast.Name) and value is not None:
                try:
                    declared[target.id] = ast.literal_eval(value)
                except ValueError:  # not a literal: still a parameter, no type to convert to
                    declared[target.id] = None
    return declared


def convert_value(name: str, value: Any, default: Any) -> Any:
    """``value`` as the type of ``default`` when it is a string from the command line."""
    if not isinstance(value, str) or default is None or isinstance(default, str):
        return value
    if isinstance(default, bool):
        lowered = value.strip().lower()
        if lowered in ("true", "1", "yes", "on"):
            return True
        if lowered in ("false", "0", "no", "off"):
            return False
        raise InvalidRequestError(f"parameter {name}: expected true or false, got {value!r}")
    for kind in (int, float):
        if isinstance(default, kind):
            try:
                return kind(value)
            except ValueError:
                raise InvalidRequestError(f"parameter {name}: expected {kind.__name__} "
                                          f"(default {default!r}), got {value!r}") from None
    try:  # lists, dicts, tuples: a Python literal
        return ast.literal_eval(value)
    except (ValueError, SyntaxError):
        raise InvalidRequestError(f"parameter {name}: expected a {type(default).__name__} literal "
                                  f"(default {default!r}), got {value!r}") from None


def check_parameters(declared: dict[str, Any], parameters: dict[str, Any]) -> dict[str, Any]:
    unknown = sorted(set(parameters) - set(declared))
    if unknown:
        raise InvalidRequestError(f"unknown parameter(s) {', '.join(unknown)}; "
                                  f"the notebook declares: {', '.join(declared) or 'none'}")
    return {name: convert_value(name, value, declared[name]) for name, value in parameters.items()}


def run_notebook(name_or_path: str | Path, parameters: dict[str, Any] | None = None, *,
                 output_dir: Path | None = None, kernel_name: str = "python3") -> NotebookRun:
    """Execute a notebook with ``parameters`` into ``output_dir`` (default ``reports/<name>/<run-id>/``)."""
    try:
        import papermill
    except ImportError as exc:
        raise ConfigError(f"running notebooks needs the notebooks extra: pip install 'hybridai[notebooks]' "
                          f"({exc})") from exc

    source = resolve_notebook(name_or_path)
    name = source.stem
    declared = declared_parameters(source)
    values = check_parameters(declared, dict(parameters or {}))
    run_dir = Path(output_dir) if output_dir else reports.run_dir(name, reports.new_run_id())
    run_dir.mkdir(parents=True, exist_ok=True)
    if "report_dir" in declared:  # the kernel runs in the notebook's folder: pass an absolute path
        values["report_dir"] = str(Path(values.get("report_dir") or run_dir).resolve())
    executed = run_dir / f"{name}.ipynb"
    try:
        papermill.execute_notebook(str(source), str(executed), parameters=values, kernel_name=kernel_name,
                                   progress_bar=False, cwd=str(source.parent))
    except papermill.PapermillExecutionError as exc:
        index = _source_cell_index(executed, exc.cell_index)
        raise NotebookError(f"{name}: cell {index} of {source.name} failed (execution count {exc.exec_count}): "
                            f"{exc.ename}: {exc.evalue} (executed notebook saved at {executed})",
                            notebook_path=str(executed), cell_index=index) from exc
    metrics_path = Path(values.get("report_dir", run_dir)) / METRICS
    metrics = json.loads(metrics_path.read_text(encoding="utf-8")) if metrics_path.is_file() else None
    if output_dir is None:  # a run under reports/: list it in reports/index.html
        reports.write_index()
    return NotebookRun(name=name, run_dir=str(run_dir), notebook_path=str(executed), parameters=values,
                       metrics=metrics)


def _source_cell_index(executed: Path, fallback: int) -> int:
    """Index, in the source notebook, of the first cell with an error output: papermill's index counts
    its injected parameters cell, and the saved copy also carries its error banner cells."""
    import nbformat
    from papermill.execute import ERROR_MARKER_TAG

    skip = {"injected-parameters", ERROR_MARKER_TAG}
    try:
        cells = nbformat.read(str(executed), as_version=4).cells
    except Exception:  # the saved copy is unreadable: papermill's own index is the best there is
        return fallback
    original = [c for c in cells if not skip & set(c.get("metadata", {}).get("tags", []))]
    for index, cell in enumerate(original):
        if any(o.get("output_type") == "error" for o in cell.get("outputs", [])):
            return index
    return fallback
