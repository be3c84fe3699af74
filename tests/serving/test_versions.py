"""Model versions through the engine API: the registry file, requests naming a version, LoRA
adapters sharing one base model, load / switch / unload under traffic without dropping a request,
and a private OpenAI-compatible server (the project's stub on 127.0.0.1) taking sensitive traffic."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from hybridai import HybridEngine, InvalidRequestError, Route
from hybridai.backends.transformers_local import TransformersBackend
from hybridai.errors import ConfigError, ModelVersionUnavailable, UnknownModelVersion
from hybridai.serving.versions import ModelVersionSpec, register_version, registered_versions, registry_path
from hybridai.testing.openai_server import OpenAIStubServer, StubState
from hybridai.types import GenerationParams, Message

PRC_ID = "440305198806122717"
SENSITIVE = f"请核对身份证号 {PRC_ID} 的出生日期。"


# -- the registry file --------------------------------------------------------------------------
def test_registry_round_trip_replaces_same_name_and_leaves_no_temp_files(tmp_path):
    assert registered_versions(tmp_path) == []
    first = ModelVersionSpec(name="demo-faq-lora", kind="transformers", adapter="/a", base="demo",
                             manifest={"eval_loss": 1.5})
    register_version(tmp_path, first)
    register_version(tmp_path, ModelVersionSpec(name="demo-int8", kind="onnx", path="/onnx"))
    replaced = first.model_copy(update={"adapter": "/b"})
    register_version(tmp_path, replaced)
    assert {v.name: v for v in registered_versions(tmp_path)} == {
        "demo-int8": ModelVersionSpec(name="demo-int8", kind="onnx", path="/onnx"), "demo-faq-lora": replaced}
    assert sorted(p.name for p in registry_path(tmp_path).parent.iterdir()) == ["registry.json", "registry.json.lock"]
    assert json.loads(registry_path(tmp_path).read_text())["format"] == 1


@pytest.mark.parametrize("fields", [
    {"kind": "openai"}, {"kind": "openai", "base_url": "ftp://x", "model": "m"}, {"kind": "onnx"},
    {"kind": "onnx", "path": "/x", "adapter": "/a"}, {"kind": "transformers", "base": "demo", "path": "/x"},
    {"kind": "transformers", "path": "/x", "base_url": "http://127.0.0.1:1"}, {"kind": "tensorrt", "path": "/x"},
    {"kind": "transformers", "path": "/x", "name": "bad name!"},
])
def test_invalid_version_specs_are_rejected(fields):
    with pytest.raises(ValueError):
        ModelVersionSpec(**{"name": "v", **fields})


def test_corrupt_registry_is_a_config_error(tmp_path):
    registry_path(tmp_path).parent.mkdir(parents=True)
    registry_path(tmp_path).write_text("{not json")
    with pytest.raises(ConfigError, match="registry"):
        registered_versions(tmp_path)


# -- versions through the engine -------------------------------------------------------------------
@pytest.fixture
def versions_config(engine_config: dict[str, Any], random_model_dir: Path, adapters: dict[str, Path]) -> dict:
    engine_config["private"] = {
        "model": str(random_model_dir), "max_batch_size": 8,
        "versions": [
            {"name": "alpha", "kind": "transformers", "adapter": str(adapters["alpha"]), "base": "plain"},
            {"name": "beta", "kind": "transformers", "adapter": str(adapters["beta"]), "path": str(random_model_dir)},
            {"name": "plain", "kind": "transformers", "path": str(random_model_dir)},
        ]}
    engine_config["cloud"]["enabled"] = False  # every request is answered privately
    engine_config["generation"] = {"max_tokens": 16, "temperature": 0.0}
    return engine_config


async def _expected(model_dir: Path, adapter: Path | None, text: str, system_prompt: str, max_tokens: int) -> str:
    backend = TransformersBackend(model_dir, adapter=adapter)
    messages = [Message("system", system_prompt), Message("user", text)]
    events = [e async for e in backend.astream(messages, GenerationParams(max_tokens=max_tokens, temperature=0.0))]
    return "".join(e.delta for e in events)


async def test_requests_name_versions_and_adapters_share_one_base(versions_config, random_model_dir, adapters):
    async with HybridEngine.from_config(versions_config) as engine:
        system = engine.settings.generation.system_prompt
        question = "Summarise the travel policy."
        results = await asyncio.gather(*(engine.achat(question, model_version=v)
                                         for v in (None, "alpha", "beta", "plain", "alpha")))
        versions = {v.name: v for v in engine.list_versions()}
        models = {v: engine.versions.load(v).base.backend.model for v in ("default", "alpha", "beta", "plain")}
    default, alpha, beta, plain, alpha_again = results
    assert default.backend == "private:transformers"
    assert alpha.backend == "private:transformers:alpha" and beta.backend == "private:transformers:beta"
    assert alpha.answer == alpha_again.answer
    assert alpha.answer == await _expected(random_model_dir, adapters["alpha"], question, system, 16)
    assert beta.answer == await _expected(random_model_dir, adapters["beta"], question, system, 16)
    assert plain.answer == default.answer == await _expected(random_model_dir, None, question, system, 16)
    assert len({alpha.answer, beta.answer, plain.answer}) == 3
    # one copy of the base weights serves all four versions
    assert len({id(model) for model in models.values()}) == 1
    assert {versions[v].shared_base for v in models} == {str(random_model_dir.resolve())}
    assert versions["default"].default and versions["alpha"].loaded and versions["alpha"].kind == "transformers"


def test_unknown_version_is_a_typed_error_and_nothing_is_stored(versions_config):
    with HybridEngine.from_config(versions_config) as engine:
        with pytest.raises(UnknownModelVersion, match="available: alpha, beta, default, plain"):
            engine.chat("hello", session_id="s1", model_version="gamma")
        assert isinstance(UnknownModelVersion("x"), InvalidRequestError)
        assert engine.history("s1") == []
        with pytest.raises(InvalidRequestError, match="default"):
            engine.unload_version("default")


def test_unknown_default_version_is_a_config_error(versions_config):
    versions_config["private"]["default_version"] = "gamma"
    with pytest.raises(ConfigError, match="private.default_version"):
        HybridEngine.from_config(versions_config)


def test_versions_registered_after_start_are_found(versions_config, random_model_dir, adapters):
    with HybridEngine.from_config(versions_config) as engine:
        register_version(engine.settings.data_dir, ModelVersionSpec(
            name="trained-later", kind="transformers", adapter=str(adapters["beta"]), base="plain",
            manifest={"eval_loss": 2.0}))
        result = engine.chat("hello", model_version="trained-later")
        info = {v.name: v for v in engine.list_versions()}["trained-later"]
    assert result.backend == "private:transformers:trained-later"
    assert info.manifest == {"eval_loss": 2.0} and info.loaded


async def test_switch_and_unload_during_traffic_drop_no_request(versions_config):
    versions_config["generation"]["max_tokens"] = 60
    async with HybridEngine.from_config(versions_config) as engine:
        await engine.versions.aload("alpha")
        first_wave = [asyncio.create_task(engine.achat(f"question {i}", model_version=v))
                      for i, v in enumerate(["alpha", None, "alpha", None])]
        await asyncio.sleep(0.05)  # they are decoding now
        await engine.versions.aset_default("beta")
        unloading = asyncio.create_task(engine.versions.aunload("alpha"))
        await asyncio.sleep(0)
        with pytest.raises(ModelVersionUnavailable, match="being unloaded"):
            await engine.achat("too late", model_version="alpha")
        assert not first_wave[0].done()  # alpha's requests are still running: unloading waits for them
        second_wave = [asyncio.create_task(engine.achat(f"question {i}")) for i in range(3)]
        results = await asyncio.gather(*first_wave, *second_wave)
        await unloading
        versions = {v.name: v for v in engine.list_versions()}
    for result in results:
        assert result.usage.completion_tokens > 0 and result.finish_reason in {"length", "stop"}
    assert [r.backend for r in results] == ["private:transformers:alpha", "private:transformers",
                                            "private:transformers:alpha", "private:transformers",
                                            *["private:transformers:beta"] * 3]
    assert not versions["alpha"].loaded and versions["beta"].default


# -- a private OpenAI-compatible server (vLLM, ...) --------------------------------------------
def test_openai_compatible_private_server_takes_sensitive_traffic(engine_config, cloud, monkeypatch):
    monkeypatch.setenv("HYBRIDAI_TEST_VLLM_KEY", "vllm-key")
    with OpenAIStubServer(StubState(api_key="vllm-key", model="qwen-72b")) as vllm:
        engine_config["private"]["versions"] = [{"name": "vllm", "kind": "openai", "base_url": vllm.base_url,
                                                 "model": "qwen-72b", "api_key_env": "HYBRIDAI_TEST_VLLM_KEY"}]
        engine_config["private"]["default_version"] = "vllm"
        with HybridEngine.from_config(engine_config) as engine:
            result = engine.chat(SENSITIVE)
        assert result.route is Route.PRIVATE and result.decision.sensitive
        assert result.backend == "private:openai:vllm"
        assert PRC_ID in vllm.all_bodies().decode()  # the user's own server gets the raw text
        assert PRC_ID in result.answer  # the stub echoes it back
        assert cloud.requests == []


def test_private_server_key_variable_missing_is_a_config_error(engine_config):
    engine_config["private"]["versions"] = [{"name": "vllm", "kind": "openai", "base_url": "http://127.0.0.1:9/v1",
                                             "model": "m", "api_key_env": "HYBRIDAI_TEST_UNSET_VARIABLE"}]
    with HybridEngine.from_config(engine_config) as engine, pytest.raises(ConfigError, match="not set"):
        engine.load_version("vllm")


def test_models_list_command_shows_config_and_registry_versions(tmp_path, capsys):
    from hybridai.cli import main as cli_main

    config = tmp_path / "hybridai.toml"
    config.write_text(f'data_dir = "{tmp_path / "data"}"\n[private]\ndefault_version = "vllm"\n'
                      '[[private.versions]]\nname = "vllm"\nkind = "openai"\nbase_url = "http://127.0.0.1:8001/v1"\n'
                      'model = "qwen"\n', encoding="utf-8")
    register_version(tmp_path / "data", ModelVersionSpec(name="demo-faq-lora", kind="transformers", adapter="/a",
                                                         base="demo", manifest={"eval_loss": 1.25}))
    assert cli_main(["--config", str(config), "models", "list", "--json"]) == 0
    rows = {row["name"]: row for row in json.loads(capsys.readouterr().out)}
    assert set(rows) == {"demo", "demo-faq-lora", "vllm"}
    assert rows["vllm"]["default"] and rows["vllm"]["base_url"] == "http://127.0.0.1:8001/v1"
    assert rows["demo-faq-lora"]["manifest"] == {"eval_loss": 1.25} and rows["demo-faq-lora"]["base"] == "demo"


async def test_unloading_every_adapter_leaves_the_base_serving(versions_config, random_model_dir):
    async with HybridEngine.from_config(versions_config) as engine:
        before = await engine.achat("hello", model_version="plain")
        await engine.versions.aload("alpha")
        adapted = await engine.achat("hello", model_version="alpha")
        await engine.versions.aunload("alpha")
        after = await engine.achat("hello", model_version="plain")
        again = await engine.achat("hello", model_version="alpha")  # loads it again
    assert before.answer == after.answer != adapted.answer == again.answer
