"""The main job's pieces that need no running servers (the browser test starts it for real)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import nbformat
import pytest

from hybridai.cli import EXIT_BAD_INPUT, main
from hybridai.config import load_settings
from hybridai.demo.launcher import DASHBOARDS_DIR, child_config, read_launch_state, run_dir, to_toml
from hybridai.errors import ConfigError
from hybridai.notebooks import declared_parameters


def test_to_toml_round_trips_nested_tables_and_unicode() -> None:
    data = {"data_dir": "/tmp/x \"quoted\"", "private": {"model": "/m", "threads": 2},
            "routing": {"extra_keywords": ["机密项目", "Falcon"], "tenants": {"acme": {"extra_keywords": ["a\\b"]}}},
            "generation": {"temperature": 1e-05, "max_tokens": 8}, "cloud": {"enabled": False}}
    assert tomllib.loads(to_toml(data)) == data


def test_child_config_keeps_the_users_file_and_adds_the_stand_in(tmp_path: Path) -> None:
    user = tmp_path / "user.toml"
    user.write_text('[cloud]\ntimeout_s = 9.0\n\n[routing]\nextra_keywords = ["Falcon"]\n', encoding="utf-8")
    settings = load_settings(user, environ={"HYBRIDAI_DATA_DIR": str(tmp_path / "data")})
    stand_in = {"base_url": "http://127.0.0.1:1234/v1", "model": "stand-in-cloud", "api_key_env": "K"}
    merged = child_config(user, settings, stand_in)
    assert merged["cloud"] == {"timeout_s": 9.0, **stand_in}
    assert merged["routing"] == {"extra_keywords": ["Falcon"]}
    assert merged["data_dir"] == str((tmp_path / "data").resolve())
    assert merged["private"]["model"] == str(settings.demo_model_dir.resolve())  # "demo" made absolute
    reread = load_settings(tomllib.loads(to_toml(merged)), environ={"K": "secret"})
    assert reread.cloud.configured and reread.cloud.base_url == stand_in["base_url"]
    assert child_config(None, settings, None)["data_dir"] == merged["data_dir"]  # a real cloud: nothing added


def test_launch_state_is_empty_without_a_run_and_a_clear_error_when_corrupt(tmp_path: Path) -> None:
    assert read_launch_state(tmp_path) == {}
    run_dir(tmp_path).mkdir()
    (run_dir(tmp_path) / "launch.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError, match="launch.json"):
        read_launch_state(tmp_path)


def test_up_rejects_bad_ports(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["up", "--server-port", "70000"]) == EXIT_BAD_INPUT
    assert "--server-port must be between 0" in capsys.readouterr().err


def test_dashboards_are_thin_and_voila_is_configured_for_127_0_0_1() -> None:
    config = json.loads((DASHBOARDS_DIR / "voila.json").read_text(encoding="utf-8"))
    assert config["Voila"]["ip"] == "127.0.0.1"
    assert config["VoilaConfiguration"]["strip_sources"] is True
    assert config["VoilaConfiguration"]["show_tracebacks"] is False
    for name, params in (("chat", {"config": None}), ("monitoring", {"config": None, "interval_s": 2.0})):
        path = DASHBOARDS_DIR / f"{name}.ipynb"
        assert declared_parameters(path) == params
        cells = nbformat.read(str(path), as_version=4).cells
        assert len(cells) == 2 and all(not c.get("outputs") for c in cells)
        assert f"{name}_dashboard(" in cells[1].source
