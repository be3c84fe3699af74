"""Set-up files stay consistent: pyproject.toml, environment.yml, constraints.txt, CI, README."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[ ;]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_matches_pyproject():
    env = yaml.safe_load((REPO / "environment.yml").read_text(encoding="utf-8"))
    pip_section = next(item["pip"] for item in env["dependencies"] if isinstance(item, dict))
    extras = PYPROJECT["project"]["optional-dependencies"]
    expected = PYPROJECT["project"]["dependencies"] + [
        *extras["server"], *extras["quantize"], *extras["bench"], *extras["notebooks"], *extras["test"]]
    assert sorted(pip_section) == sorted(expected)
    assert "python=3.11" in env["dependencies"]


def test_torch_is_pinned_to_the_cpu_build_on_disk():
    assert "torch==2.13.0" in PYPROJECT["project"]["dependencies"]
    assert "torch==2.13.0\n" in (REPO / "constraints.txt").read_text(encoding="utf-8")


def test_constraints_pin_every_declared_dependency():
    pinned = {_name(line) for line in (REPO / "constraints.txt").read_text(encoding="utf-8").splitlines()
              if line and not line.startswith("#")}
    extras = PYPROJECT["project"]["optional-dependencies"]
    declared = PYPROJECT["project"]["dependencies"] + [
        *extras["server"], *extras["quantize"], *extras["bench"], *extras["notebooks"], *extras["test"]]
    assert {_name(d) for d in declared} <= pinned


def test_ci_runs_the_readme_test_command():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "make test" in readme and "make run" in readme
    assert "make test" in (REPO / ".ci" / "run").read_text(encoding="utf-8")
