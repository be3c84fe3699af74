"""LoRA training on the demo model: config validation, a real short run, the forgetting guard."""

from __future__ import annotations

import json
import math
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest
import torch
from safetensors.torch import load_file

from hybridai.backends.transformers_local import TransformersBackend
from hybridai.errors import ConfigError
from hybridai.training.data import finetune_data_path, write_general_eval_file
from hybridai.training.lora import LoraTrainConfig, TrainReport, guard_reasons, lr_factor, train_lora

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(demo_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """train_lora on the shipped FAQ, the demo model's held-out text as the general baseline."""
    general = write_general_eval_file(tmp_path_factory.mktemp("general") / "general.txt")
    out = tmp_path_factory.mktemp("runs")

    def train(**overrides: Any) -> TrainReport:
        return train_lora(demo_model_dir, finetune_data_path("faq_train.jsonl"), finetune_data_path("faq_eval.jsonl"),
                          general, out, LoraTrainConfig(progress=False, **overrides))

    return train


@pytest.fixture(scope="module")
def default_run(run: Any) -> TrainReport:
    return run()


@pytest.mark.parametrize(("name", "value"), [
    ("rank", 0), ("alpha", -1.0), ("dropout", 1.0), ("target_modules", []), ("learning_rate", float("nan")),
    ("steps", 0), ("batch_size", True), ("warmup_steps", 40), ("lr_schedule", "step"), ("eval_every", 0),
    ("early_stop_patience", -1), ("gradient_checkpointing", "yes"), ("freeze_layers", [-1]), ("seed", 1.5),
    ("max_length", 1), ("forgetting_threshold", float("inf")), ("progress", 1),
])
def test_config_validation_names_the_field(name: str, value: Any) -> None:
    with pytest.raises(ConfigError, match=rf"LoraTrainConfig\.{name}:"):
        LoraTrainConfig(**{name: value})


def test_every_config_field_has_help() -> None:
    assert set(LoraTrainConfig.help()) == {f.name for f in fields(LoraTrainConfig)}
    assert all(LoraTrainConfig.help().values())


def test_schedules_warm_up_then_decay() -> None:
    cosine, linear, constant = (LoraTrainConfig(steps=10, warmup_steps=2, lr_schedule=s)
                                for s in ("cosine", "linear", "constant"))
    assert [lr_factor(s, cosine) for s in (0, 1, 2)] == [0.5, 1.0, 1.0]
    assert math.isclose(lr_factor(6, cosine), 0.5) and math.isclose(lr_factor(6, linear), 0.5)
    assert lr_factor(9, constant) == 1.0 and lr_factor(10, linear) == 0.0


def test_guard_needs_domain_gain_and_bounded_forgetting() -> None:
    assert guard_reasons(10.0, 8.0, 100.0, 109.0, 0.10) == []
    assert "did not improve" in guard_reasons(10.0, 10.0, 100.0, 100.0, 0.10)[0]
    assert "general perplexity rose by +20.00%" in guard_reasons(10.0, 8.0, 100.0, 120.0, 0.10)[0]


def test_short_run_learns_the_domain_and_passes_the_guard(default_run: TrainReport) -> None:
    report = default_run
    assert report.domain_perplexity_after < 0.97 * report.domain_perplexity_before
    assert report.general_perplexity_after <= 1.10 * report.general_perplexity_before
    assert report.passed and report.promoted and report.reasons == []
    manifest = json.loads(Path(report.manifest_path).read_text(encoding="utf-8"))
    assert manifest["format_version"] == 1 and manifest["promoted"] is True and manifest["passed"] is True
    assert manifest["run_id"] == Path(report.run_dir).name and manifest["created_at"]
    assert len(manifest["base_model"]["config_sha256"]) == 64
    assert set(manifest["data"]) == {"train", "domain_eval", "general_eval"}
    assert all(len(item["sha256"]) == 64 for item in manifest["data"].values())
    assert manifest["config"]["rank"] == 8 and len(manifest["loss_curve"]) == report.steps_run
    assert manifest["perplexity"]["domain"]["after"] == report.domain_perplexity_after


def test_adapter_is_in_peft_format_and_changes_the_backends_logits(default_run: TrainReport,
                                                                   demo_model_dir: Path) -> None:
    adapter = Path(default_run.adapter_dir)
    assert adapter == Path(default_run.run_dir) / "adapter"
    config = json.loads((adapter / "adapter_config.json").read_text(encoding="utf-8"))
    assert config["peft_type"] == "LORA" and config["target_modules"] == ["c_attn"] and config["fan_in_fan_out"]
    assert any("lora_B" in key for key in load_file(adapter / "adapter_model.safetensors"))

    ids = torch.tensor([TransformersBackend(demo_model_dir).tokenizer("Which VPN client do we use?")["input_ids"]])
    with torch.inference_mode():
        base = TransformersBackend(demo_model_dir).model(input_ids=ids).logits
        tuned = TransformersBackend(demo_model_dir, adapter=adapter).model(input_ids=ids).logits
    assert not torch.allclose(base, tuned, atol=1e-4)


def test_strict_guard_fails_the_run_but_keeps_its_files_and_same_seed_repeats(run: Any) -> None:
    first, second = (run(steps=6, eval_every=3, forgetting_threshold=-1.0, freeze_layers=[0],
                         gradient_checkpointing=True) for _ in range(2))
    assert first.run_dir != second.run_dir
    assert first.final_train_loss == second.final_train_loss
    assert first.domain_perplexity_after == second.domain_perplexity_after
    for report in (first, second):
        assert not report.passed and not report.promoted
        assert any("general perplexity" in reason for reason in report.reasons)
        manifest = json.loads(Path(report.manifest_path).read_text(encoding="utf-8"))
        assert manifest["promoted"] is False and manifest["reasons"] == report.reasons
        assert (Path(report.adapter_dir) / "adapter_model.safetensors").is_file()
    keys = load_file(Path(first.adapter_dir) / "adapter_model.safetensors")
    assert not any(".h.0." in key for key in keys) and any(".h.1." in key for key in keys)


def test_early_stopping_keeps_the_best_adapter_and_a_useless_run_fails(run: Any) -> None:
    report = run(learning_rate=1.0, steps=20, warmup_steps=0, eval_every=2, early_stop_patience=2)
    manifest = json.loads(Path(report.manifest_path).read_text(encoding="utf-8"))
    assert manifest["stopped_early"] and report.steps_run == 4 and report.best_step == 0
    # no evaluation beat the start, so the saved adapter is the untrained one: nothing learnt, not promoted
    assert report.domain_perplexity_after == pytest.approx(report.domain_perplexity_before)
    assert not report.promoted and "domain perplexity did not improve" in report.reasons[0]


def test_freezing_every_layer_is_a_config_error(run: Any) -> None:
    with pytest.raises(ConfigError, match="LoraTrainConfig.freeze_layers"):
        run(freeze_layers=[0, 1, 2, 3])
    with pytest.raises(ConfigError, match="LoraTrainConfig.freeze_layers"):
        run(freeze_layers=[4])
