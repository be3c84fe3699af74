"""The ``hybridai`` command, run as a real subprocess through its console script."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CLOUD_KEY, CLOUD_KEY_ENV

PRC_ID = "440305198806122717"
EMAIL = "li.na@hengyuan-tech.cn"
HYBRIDAI = str(Path(sys.executable).with_name("hybridai"))


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "HF_HUB_OFFLINE": "1", **(env or {})}
    return subprocess.run([HYBRIDAI, *args], capture_output=True, text=True, timeout=timeout, env=full_env)


@pytest.fixture
def config_file(tmp_path: Path, demo_model_dir: Path, cloud) -> Path:
    path = tmp_path / "hybridai.toml"
    path.write_text(f"""
data_dir = "{tmp_path / 'data'}"
[private]
model = "{demo_model_dir}"
[cloud]
base_url = "{cloud.base_url}"
model = "stub-model"
api_key_env = "{CLOUD_KEY_ENV}"
max_retries = 0
[generation]
max_tokens = 16
temperature = 0.0
""", encoding="utf-8")
    return path


def test_route_json_prints_route_reasons_and_entities():
    text = f"客户身份证号{PRC_ID}，邮箱 {EMAIL}"
    proc = run_cli("route", "--json", text)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["route"] == "private" and data["sensitive"] is True
    assert data["reasons"]
    by_type = {e["type"]: e for e in data["entities"]}
    assert text[by_type["PRC_ID"]["start"]:by_type["PRC_ID"]["end"]] == PRC_ID
    assert text[by_type["EMAIL"]["start"]:by_type["EMAIL"]["end"]] == EMAIL


def test_route_text_output_for_a_general_request():
    proc = run_cli("route", "How do I center a div?")
    assert proc.returncode == 0
    assert proc.stdout.startswith("route: cloud")


def test_mask_replaces_values_with_placeholders():
    proc = run_cli("mask", f"Mail {EMAIL} about ID {PRC_ID}")
    assert proc.returncode == 0
    assert proc.stdout.strip() == "Mail <EMAIL_1> about ID <PRC_ID_1>"


def test_chat_json_adds_answer_usage_and_timings(config_file: Path, cloud):
    proc = run_cli("--config", str(config_file), "chat", "--json", f"Write to {EMAIL}",
                   env={CLOUD_KEY_ENV: CLOUD_KEY})
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["route"] == "cloud"
    assert data["answer"] == f"Echo: Write to {EMAIL}"
    assert set(data["usage"]) == {"prompt_tokens", "completion_tokens", "total_tokens"}
    assert data["latency_ms"] > 0 and data["ttft_ms"] is not None
    assert EMAIL.encode() not in cloud.all_bodies()


def test_chat_streams_private_answer_and_keeps_the_session(config_file: Path, cloud):
    proc = run_cli("--config", str(config_file), "chat", "--session", "cli-s1", f"身份证 {PRC_ID} 的客户信息",
                   env={CLOUD_KEY_ENV: CLOUD_KEY})
    assert proc.returncode == 0, proc.stderr
    assert "route: private" in proc.stderr and "session cli-s1" in proc.stderr
    assert cloud.requests == []


@pytest.mark.parametrize("args, message", [
    (["route", ""], "empty"),
    (["route", "--json", "   "], "empty"),
    (["chat", ""], "empty"),
    (["--config", "/nonexistent/hybridai.toml", "route", "hi"], "config file not found"),
    (["eval-router", "--data", "/nonexistent.jsonl"], "file not found"),
    (["demo-model", "--steps", "0"], "--steps"),
])
def test_bad_input_exits_2_with_a_message(args, message, config_file):
    proc = run_cli(*args, env={CLOUD_KEY_ENV: CLOUD_KEY, "HYBRIDAI_CONFIG": str(config_file)})
    assert proc.returncode == 2
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr


def test_invalid_config_value_is_named(tmp_path: Path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[cloud]\ntimeout_s = -1\n[routng]\n", encoding="utf-8")
    proc = run_cli("--config", str(bad), "route", "hello")
    assert proc.returncode == 2
    assert "cloud.timeout_s" in proc.stderr and "routng" in proc.stderr


def test_missing_private_model_is_a_clear_error(tmp_path: Path):
    config = tmp_path / "c.toml"
    config.write_text(f'data_dir = "{tmp_path}"\n[private]\nmodel = "{tmp_path / "missing"}"\n', encoding="utf-8")
    proc = run_cli("--config", str(config), "chat", "hello")
    assert proc.returncode == 1
    assert "ModelLoadError" in proc.stderr and "Traceback" not in proc.stderr


def test_eval_router_writes_predictions_in_input_order(tmp_path: Path):
    data = tmp_path / "eval.jsonl"
    lines = [
        {"text": f"身份证号{PRC_ID}", "sensitive": True, "entities": [{"type": "PRC_ID", "start": 4, "end": 22}]},
        {"text": "How do I sort a list in Python?", "sensitive": False, "entities": [], "note": "kept and ignored"},
        {"text": f"Reply to {EMAIL}", "sensitive": False, "entities": [{"type": "EMAIL", "start": 9, "end": 31}]},
    ]
    data.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    predictions = tmp_path / "pred.jsonl"
    proc = run_cli("eval-router", "--data", str(data), "--predictions", str(predictions), "--json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["examples"] == 3 and report["leakage"] == 0 and report["precision"] == 1.0
    rows = [json.loads(x) for x in predictions.read_text(encoding="utf-8").splitlines()]
    assert [r["route"] for r in rows] == ["private", "cloud", "cloud"]
    assert rows[0]["entities"] == [{"type": "PRC_ID", "start": 4, "end": 22}]
    assert set(rows[2]) == {"route", "sensitive", "entities"}


def test_eval_router_reports_a_malformed_line(tmp_path: Path):
    data = tmp_path / "bad.jsonl"
    data.write_text('{"text": "ok", "sensitive": false, "entities": []}\n{"text": 5}\n', encoding="utf-8")
    proc = run_cli("eval-router", "--data", str(data))
    assert proc.returncode == 2
    assert "bad.jsonl:2" in proc.stderr


def test_train_name_tagger_writes_a_model_and_refuses_a_bad_file(tmp_path: Path):
    data = tmp_path / "names.jsonl"
    rows = [{"text": f"please ask {name} to call me", "entities": [{"type": "PERSON", "start": 11,
                                                                     "end": 11 + len(name)}]}
            for name in ("Amara", "Bjorn", "Chidi", "Dorota", "Emeka")]
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    model = tmp_path / "tagger.crfsuite"
    proc = run_cli("train-name-tagger", "--data", str(data), "--out", str(model), "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["person_spans"] == 5 and model.is_file()
    (tmp_path / "bad.jsonl").write_text('{"text": "hi", "entities": [{"type": "PERSON"}]}\n', encoding="utf-8")
    proc = run_cli("train-name-tagger", "--data", str(tmp_path / "bad.jsonl"), "--out", str(tmp_path / "m2"))
    assert proc.returncode == 2 and "bad.jsonl:1" in proc.stderr
    assert not (tmp_path / "m2").exists()


def test_demo_model_is_built_under_the_data_dir_then_reused(tmp_path: Path):
    config = tmp_path / "c.toml"
    config.write_text(f'data_dir = "{tmp_path}"\n', encoding="utf-8")
    target = tmp_path / "models" / "demo"
    proc = run_cli("--config", str(config), "demo-model", "--steps", "5", "--json")
    assert proc.returncode == 0, proc.stderr
    first = json.loads(proc.stdout)
    assert first["reused"] is False and (target / "config.json").is_file()
    proc = run_cli("--config", str(config), "demo-model", "--steps", "5", "--json")
    second = json.loads(proc.stdout)
    assert second["reused"] is True and second["corpus_sha256"] == first["corpus_sha256"]
    assert second["held_out_perplexity"] == first["held_out_perplexity"]
