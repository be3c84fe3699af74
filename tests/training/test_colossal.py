"""The Colossal-AI path: a real 2-process data-parallel LoRA fine-tune of the demo model on CPU (gloo,
TorchDDP plugin, torchrun on 127.0.0.1) in the side environment made by tools/install_colossalai.sh,
the typed errors raised before any rank starts, and registering a passing run's adapter as a model
version."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import psutil
import pytest
import torch
from peft import PeftModel
from safetensors.torch import load_file
from transformers import AutoModelForCausalLM, AutoTokenizer

from hybridai.backends.transformers_local import TransformersBackend
from hybridai.cli import main
from hybridai.errors import ConfigError, DataFormatError, HybridAIError, ModelLoadError
from hybridai.serving.manager import VersionManager
from hybridai.serving.versions import ModelVersionSpec, registered_versions
from hybridai.training.colossal import (
    DEFAULT_VENV,
    ColossalConfig,
    _raise_rank_error,
    check_hardware,
    colossalai_python,
    train_lora_colossal,
)
from hybridai.training.data import finetune_data_path, write_general_eval_file
from hybridai.training.lora import LoraTrainConfig, Registration, TrainReport
from tests.helpers import free_port

pytestmark = pytest.mark.slow

FAQ_TRAIN, FAQ_EVAL = finetune_data_path("faq_train.jsonl"), finetune_data_path("faq_eval.jsonl")


@pytest.fixture(scope="module")
def general(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_general_eval_file(tmp_path_factory.mktemp("general") / "general.txt")


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("data")


@pytest.fixture(scope="module")
def ddp_run(demo_model_dir: Path, general: Path, data_dir: Path,
            tmp_path_factory: pytest.TempPathFactory) -> TrainReport:
    """The CI run: 2 ranks, TorchDDP, gloo, a few steps on the shipped FAQ, registered when it passes."""
    return train_lora_colossal(demo_model_dir, FAQ_TRAIN, FAQ_EVAL, general, tmp_path_factory.mktemp("runs"),
                               LoraTrainConfig(steps=8, eval_every=4, warmup_steps=2, progress=False),
                               ColossalConfig(plugin="torch_ddp", nproc_per_node=2, timeout_s=600),
                               registration=Registration(data_dir, base="demo"), master_port=free_port())


def _manifest(report: TrainReport) -> dict[str, Any]:
    return json.loads(Path(report.manifest_path).read_text(encoding="utf-8"))


def test_both_ranks_trained_on_their_own_shards(ddp_run: TrainReport) -> None:
    manifest = _manifest(ddp_run)
    assert manifest["launcher"]["name"] == "colossalai" and manifest["launcher"]["plugin"] == "torch_ddp"
    assert manifest["launcher"]["world_size"] == 2 and manifest["launcher"]["backend"] == "gloo"
    curve = manifest["loss_curve"]
    assert len(curve) == ddp_run.steps_run == 8
    assert all(len(point["rank_losses"]) == 2 for point in curve)
    # the ranks see different dialogues, so their losses differ; the curve records their mean
    assert any(a != b for a, b in (point["rank_losses"] for point in curve))
    assert all(point["loss"] == pytest.approx(sum(point["rank_losses"]) / 2, abs=1e-5) for point in curve)
    assert (Path(ddp_run.run_dir) / "torchrun.log").is_file()  # the ranks' output, kept with the run


def test_the_ranks_ran_in_the_side_environment_and_this_process_stays_clean(ddp_run: TrainReport) -> None:
    assert _manifest(ddp_run)["launcher"]["python"] == str(DEFAULT_VENV / "bin" / "python")
    assert "colossalai" not in sys.modules and "bitsandbytes" not in sys.modules
    # installed here, bitsandbytes would be imported by every `import peft` (tools/install_colossalai.sh)
    assert importlib.util.find_spec("colossalai") is None and importlib.util.find_spec("bitsandbytes") is None


def test_manifest_matches_the_plain_path_and_carries_the_guard_verdict(ddp_run: TrainReport) -> None:
    manifest = _manifest(ddp_run)
    assert manifest["format_version"] == 1 and manifest["run_id"] == Path(ddp_run.run_dir).name
    assert set(manifest["data"]) == {"train", "domain_eval", "general_eval"}
    assert all(len(item["sha256"]) == 64 for item in manifest["data"].values())
    assert len(manifest["base_model"]["config_sha256"]) == 64 and manifest["config"]["steps"] == 8
    assert manifest["passed"] is ddp_run.passed and manifest["reasons"] == ddp_run.reasons
    assert manifest["forgetting_threshold"] == 0.10
    domain, general = manifest["perplexity"]["domain"], manifest["perplexity"]["general"]
    assert domain["after"] < domain["before"]  # the domain was learnt across ranks
    assert general["relative_change"] == pytest.approx(general["after"] / general["before"] - 1)
    assert ddp_run.passed and ddp_run.promoted and manifest["promoted"] is True


def test_adapter_loads_with_peft_and_changes_the_logits(ddp_run: TrainReport, demo_model_dir: Path) -> None:
    adapter = Path(ddp_run.adapter_dir)
    config = json.loads((adapter / "adapter_config.json").read_text(encoding="utf-8"))
    assert config["peft_type"] == "LORA" and config["target_modules"] == ["c_attn"] and config["fan_in_fan_out"]
    weights = load_file(adapter / "adapter_model.safetensors")
    assert any("lora_B" in key and weights[key].abs().sum() > 0 for key in weights)

    tokenizer = AutoTokenizer.from_pretrained(demo_model_dir, local_files_only=True)
    ids = torch.tensor([tokenizer("Which VPN client do we use?")["input_ids"]])
    base = AutoModelForCausalLM.from_pretrained(demo_model_dir, local_files_only=True).eval()
    with torch.inference_mode():
        before = base(input_ids=ids).logits
        tuned = PeftModel.from_pretrained(base, adapter).eval()
        after = tuned(input_ids=ids).logits
        served = TransformersBackend(demo_model_dir, adapter=adapter).model(input_ids=ids).logits
    assert not torch.allclose(before, after, atol=1e-4)
    assert torch.allclose(after, served, atol=1e-5)


def test_a_passing_run_is_registered_as_a_model_version(ddp_run: TrainReport, data_dir: Path,
                                                        demo_model_dir: Path) -> None:
    assert ddp_run.registered_version == f"{demo_model_dir.name}-lora-{Path(ddp_run.run_dir).name}"
    (version,) = registered_versions(data_dir)
    assert version.name == ddp_run.registered_version and version.kind == "transformers"
    assert version.adapter == ddp_run.adapter_dir and version.base == "demo"
    assert version.path == str(demo_model_dir.resolve())
    assert version.manifest["launcher"]["world_size"] == 2 and version.manifest["passed"] is True
    assert _manifest(ddp_run)["registered_version"] == version.name
    # the serving side picks it up from the registry, on top of the "demo" base version
    manager = VersionManager([ModelVersionSpec(name="demo", kind="transformers", path=str(demo_model_dir))], "demo",
                             data_dir=data_dir)
    try:
        assert version.name in manager.names() and manager.load(version.name) is not None
    finally:
        asyncio.run(manager.aclose())


def test_a_rejected_run_is_never_registered(demo_model_dir: Path, general: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """Through ``hybridai finetune`` (the plain launcher): the guard rejects, exit 1, no version."""
    config = tmp_path / "hybridai.toml"
    config.write_text(f'data_dir = "{tmp_path / "data"}"\n', encoding="utf-8")
    status = main(["--config", str(config), "finetune", "--model", str(demo_model_dir), "--general-eval",
                   str(general), "--out", str(tmp_path / "runs"), "-s", "steps", "2", "-s", "warmup_steps", "1",
                   "-s", "max_length", "64", "-s", "forgetting_threshold", "-1", "-s", "progress", "false",
                   "--register", "demo-faq", "--json"])
    rejected = TrainReport(**json.loads(capsys.readouterr().out))
    assert status == 1 and not rejected.promoted and rejected.registered_version is None
    assert any("general perplexity rose" in reason for reason in rejected.reasons)
    assert registered_versions(tmp_path / "data") == [] and not (tmp_path / "data" / "models").exists()
    manifest = _manifest(rejected)
    assert manifest["registered_version"] is None and manifest["launcher"] == {"name": "local", "world_size": 1}


@pytest.mark.parametrize(("argv", "message"), [
    (["--launcher", "colossalai", "--plugin", "low_level_zero"], "'low_level_zero' needs CUDA GPUs"),
    (["--launcher", "colossalai", "--nproc", "0"], "ColossalConfig.nproc_per_node"),
    (["-s", "ranks", "8"], "LoraTrainConfig.ranks: unknown field"),
    (["-s", "steps", "ten"], "LoraTrainConfig.steps: must be an integer"),
    (["--base-version", "demo"], "--base-version needs --register"),
    (["--launcher", "colossalai", "--colossalai-venv", "/nonexistent/venv"],
     "no Colossal-AI environment at /nonexistent/venv; create it with tools/install_colossalai.sh /nonexistent/venv"),
])
def test_finetune_command_rejects_bad_input_with_exit_2(argv: list[str], message: str, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    if "low_level_zero" in argv and torch.cuda.device_count():
        argv = [*argv, "--nproc", str(torch.cuda.device_count() + 1)]  # on a GPU machine: too many ranks
        message = "runs one rank per GPU"
    config = tmp_path / "hybridai.toml"
    config.write_text(f'data_dir = "{tmp_path}"\n[private]\nmodel = "{tmp_path / "missing"}"\n', encoding="utf-8")
    assert main(["--config", str(config), "finetune", *argv]) == 2
    assert message in capsys.readouterr().err


def test_registration_names_the_version_and_checks_the_name(tmp_path: Path) -> None:
    named, default = Registration(tmp_path, name="demo-faq", base="demo"), Registration(tmp_path)
    assert named.version_name(tmp_path / "demo", "run-1") == "demo-faq"
    assert default.version_name(tmp_path / "demo", "run-1") == "demo-lora-run-1"
    spec = named.spec("demo-faq", tmp_path / "demo", "/runs/x/adapter", {"passed": True})
    assert (spec.name, spec.base, spec.adapter, spec.path) == ("demo-faq", "demo", "/runs/x/adapter",
                                                               str(tmp_path / "demo"))
    with pytest.raises(ConfigError, match="Registration:"):
        Registration(tmp_path, name="no spaces allowed").check(tmp_path / "demo")
    with pytest.raises(ConfigError, match="Registration:"):  # the default name comes from the folder name
        default.check(tmp_path / "my model")


@pytest.mark.parametrize("plugin", ["low_level_zero", "hybrid_parallel"])
def test_gpu_plugins_on_cpu_fail_with_a_config_error(plugin: str) -> None:
    with pytest.raises(ConfigError, match=rf"ColossalConfig.plugin: '{plugin}' needs CUDA GPUs"):
        check_hardware(ColossalConfig(plugin=plugin), cuda_devices=0)
    with pytest.raises(ConfigError, match="runs one rank per GPU"):
        check_hardware(ColossalConfig(plugin=plugin, nproc_per_node=4), cuda_devices=2)
    check_hardware(ColossalConfig(plugin=plugin, nproc_per_node=2), cuda_devices=2)
    check_hardware(ColossalConfig(plugin="torch_ddp"), cuda_devices=0)


def test_asking_for_a_gpu_plugin_here_fails_before_any_rank_starts(demo_model_dir: Path, general: Path,
                                                                   tmp_path: Path) -> None:
    if torch.cuda.device_count():  # on a GPU machine the plugin is allowed: the check must let it through
        check_hardware(ColossalConfig(plugin="low_level_zero", nproc_per_node=1))
        return
    with pytest.raises(ConfigError, match="'low_level_zero' needs CUDA GPUs and this machine has none"):
        train_lora_colossal(demo_model_dir, FAQ_TRAIN, FAQ_EVAL, general, tmp_path,
                            colossal=ColossalConfig(plugin="low_level_zero"))
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize(("overrides", "match"), [
    ({"plugin": "fsdp"}, "ColossalConfig.plugin: must be one of"),
    ({"plugin": "gemini"}, "cannot train LoRA adapters"),
    ({"nproc_per_node": 0}, "ColossalConfig.nproc_per_node"),
    ({"precision": "fp8"}, "ColossalConfig.precision: must be one of"),
    ({"precision": "bf16"}, "torch_ddp trains in fp32 only"),
    ({"plugin": "low_level_zero", "zero_stage": 3}, "ColossalConfig.zero_stage"),
    ({"plugin": "hybrid_parallel", "tp_size": 3}, "ColossalConfig.tp_size: must divide"),
    ({"tp_size": 2}, "needs plugin 'hybrid_parallel'"),
    ({"timeout_s": 0}, "ColossalConfig.timeout_s"),
    ({"venv": ""}, "ColossalConfig.venv: must be a folder path"),
])
def test_colossal_config_validation_names_the_field(overrides: dict[str, Any], match: str) -> None:
    with pytest.raises(ConfigError, match=match):
        ColossalConfig(**overrides)


def _venv(path: Path, packages: tuple[str, ...]) -> Path:
    """A bare venv (no pip) whose site-packages holds empty packages of these names."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(path)], check=True)
    (site,) = path.glob("lib/python*/site-packages")
    for name in packages:
        (site / name).mkdir()
        (site / name / "__init__.py").write_text("", encoding="utf-8")
    return path


def test_a_missing_or_wrong_side_environment_is_a_config_error_naming_the_install_command(
        tmp_path: Path, demo_model_dir: Path, general: Path) -> None:
    assert colossalai_python(ColossalConfig()) == DEFAULT_VENV / "bin" / "python"  # made by the install script
    missing = tmp_path / "missing"
    with pytest.raises(ConfigError, match=f"no Colossal-AI environment at {missing}; create it with "
                                          f"tools/install_colossalai.sh {missing}$"):
        train_lora_colossal(demo_model_dir, FAQ_TRAIN, FAQ_EVAL, general, tmp_path / "runs",
                            colossal=ColossalConfig(venv=str(missing)))
    assert not (tmp_path / "runs").exists()
    bare = _venv(tmp_path / "bare", ())
    with pytest.raises(ConfigError, match=f"ColossalConfig.venv: {bare} has no colossalai; install it with "
                                          f"tools/install_colossalai.sh {bare}$"):
        colossalai_python(ColossalConfig(venv=str(bare)))
    other = _venv(tmp_path / "other", ("colossalai", "hybridai"))  # made for another checkout
    with pytest.raises(ConfigError, match=f"{other} sees hybridai at {other}/lib/.*/hybridai/__init__.py, not "):
        colossalai_python(ColossalConfig(venv=str(other)))


@pytest.mark.parametrize(("case", "error"), [
    ("bad_data", DataFormatError), ("bad_targets", ConfigError), ("no_model", ModelLoadError),
    ("bad_version", ConfigError),
])
def test_bad_input_fails_in_the_caller_before_torchrun(case: str, error: type[Exception], demo_model_dir: Path,
                                                       general: Path, tmp_path: Path) -> None:
    train, model, config, registration = FAQ_TRAIN, demo_model_dir, LoraTrainConfig(progress=False), None
    if case == "bad_data":
        train = tmp_path / "bad.jsonl"
        train.write_text('{"messages": [{"role": "assistant", "content": "ok"}]}\nnot json\n', encoding="utf-8")
    elif case == "bad_targets":
        config = LoraTrainConfig(target_modules=["q_proj"], progress=False)
    elif case == "no_model":
        model = tmp_path / "missing"
    else:
        registration = Registration(tmp_path / "data", name="bad name with spaces")
    with pytest.raises(error):
        train_lora_colossal(model, train, FAQ_EVAL, general, tmp_path / "runs", config, registration=registration)
    assert not (tmp_path / "runs").exists()


def test_a_ranks_typed_error_is_raised_again_in_the_caller(tmp_path: Path) -> None:
    (tmp_path / "error-rank0.json").write_text(json.dumps({"type": "DataFormatError", "message": "f.jsonl:3: x"}))
    with pytest.raises(DataFormatError, match="f.jsonl:3: x"):
        _raise_rank_error(tmp_path, "")
    (tmp_path / "error-rank0.json").write_text(json.dumps({"type": "StoreError", "message": "disk full"}))
    with pytest.raises(HybridAIError, match="StoreError in a Colossal-AI rank: disk full"):
        _raise_rank_error(tmp_path, "")
    (tmp_path / "error-rank0.json").unlink()
    with pytest.raises(HybridAIError, match="output ends with:\nfirst line\nlast line"):
        _raise_rank_error(tmp_path, "first line\nlast line")


def test_a_run_past_its_time_limit_is_stopped_with_every_rank(demo_model_dir: Path, general: Path,
                                                              tmp_path: Path) -> None:
    before = set(psutil.Process().children(recursive=True))  # servers other fixtures may hold
    with pytest.raises(HybridAIError, match=r"exceeded ColossalConfig.timeout_s=2"):
        train_lora_colossal(demo_model_dir, FAQ_TRAIN, FAQ_EVAL, general, tmp_path,
                            LoraTrainConfig(progress=False), ColossalConfig(timeout_s=2), master_port=free_port())
    assert set(psutil.Process().children(recursive=True)) <= before  # torchrun is gone
    # torchrun starts each rank in a session of its own: they must be gone too, not orphaned
    ranks = [p for p in psutil.process_iter(["cmdline"]) if "hybridai.training.colossal" in (p.info["cmdline"] or [])]
    assert ranks == []
