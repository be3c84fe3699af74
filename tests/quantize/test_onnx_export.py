"""ONNX export with the KV cache, checked against the torch model it came from: logits step by step
through the cache, a left-padded batch, greedy tokens vs transformers' generate, LoRA merging, and
the typed errors for missing folders and unsupported architectures."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import onnx
import pytest
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer, LlamaConfig, LlamaForCausalLM

from hybridai.backends.onnx_local import MANIFEST, MODEL_FILE, OnnxCausalLM, input_names, output_names, read_info
from hybridai.errors import ModelLoadError
from hybridai.quantize import export, export_onnx

TEXT = "<|user|>\nHow do I book a meeting room for Friday?<|end|>\n<|assistant|>\n"
ATOL = 1e-4


@pytest.fixture(scope="module")
def hf(demo_model_dir: Path) -> tuple[object, object]:
    model = AutoModelForCausalLM.from_pretrained(demo_model_dir, local_files_only=True, dtype=torch.float32).eval()
    return model, AutoTokenizer.from_pretrained(demo_model_dir, local_files_only=True)


def _torch_logits(model, ids: list[int]) -> np.ndarray:
    with torch.inference_mode():
        return model(input_ids=torch.tensor([ids])).logits[0].numpy()


def test_export_is_a_self_contained_folder_with_a_passing_check(onnx_fp32_dir: Path, demo_model_dir: Path) -> None:
    for name in (MODEL_FILE, MANIFEST, "config.json", "tokenizer.json", "tokenizer_config.json"):
        assert (onnx_fp32_dir / name).is_file(), name
    info = read_info(onnx_fp32_dir)
    config = json.loads((demo_model_dir / "config.json").read_text())
    assert (info.architecture, info.precision, info.num_layers, info.num_heads) == ("gpt2", "fp32", config["n_layer"],
                                                                                     config["n_head"])
    assert info.context_length == config["n_positions"] and info.vocab_size == config["vocab_size"]
    assert info.check["greedy_tokens_identical"] is True and info.check["max_abs_logit_diff"] < export.LOGITS_ATOL
    graph = onnx.load(str(onnx_fp32_dir / MODEL_FILE)).graph
    assert [i.name for i in graph.input] == input_names(info.num_layers)
    assert [o.name for o in graph.output] == output_names(info.num_layers)
    past = graph.input[3].type.tensor_type.shape.dim
    assert past[0].dim_param == "batch" and past[2].dim_param == "past"  # dynamic, not frozen at trace time
    assert not list(onnx_fp32_dir.parent.glob(".onnx-export-*"))  # no staging folder left behind


def test_logits_match_torch_through_the_kv_cache(onnx_fp32_dir: Path, hf) -> None:
    model, tokenizer = hf
    ids = tokenizer(TEXT, add_special_tokens=False)["input_ids"]
    expected = _torch_logits(model, ids)
    runner = OnnxCausalLM(onnx_fp32_dir, threads=1)
    prefix = 5
    logits, state = runner.prefill(ids[:prefix])
    np.testing.assert_allclose(logits, expected[:prefix], atol=ATOL)
    for position in range(prefix, len(ids)):  # one token at a time, each step on the cache of the ones before
        step, state = runner.decode(ids[position], state)
        np.testing.assert_allclose(step, expected[position], atol=ATOL)
    assert state.length == len(ids)
    chunked, _ = runner.run(ids[prefix:], runner.prefill(ids[:prefix])[1])  # several new tokens on a cache
    np.testing.assert_allclose(chunked, expected[prefix:], atol=ATOL)


def test_a_left_padded_batch_matches_each_sequence_alone(onnx_fp32_dir: Path, hf) -> None:
    model, tokenizer = hf
    long_ids = tokenizer("Where is the VPN guide?", add_special_tokens=False)["input_ids"]
    short_ids = long_ids[:3]
    width = len(long_ids)
    pad = width - len(short_ids)
    runner = OnnxCausalLM(onnx_fp32_dir, threads=1)
    info = runner.info
    empty = np.zeros((2, info.num_heads, 0, info.head_dim), dtype=np.float32)
    feeds = {
        "input_ids": np.array([long_ids, [0] * pad + short_ids]),
        "attention_mask": np.array([[1] * width, [0] * pad + [1] * 3]),
        "position_ids": np.array([list(range(width)), [0] * pad + [0, 1, 2]]),
        **{name: empty for name in input_names(info.num_layers)[3:]},
    }
    logits, *present = runner.session.run(None, feeds)
    np.testing.assert_allclose(logits[0], _torch_logits(model, long_ids), atol=ATOL)
    np.testing.assert_allclose(logits[1, pad:], _torch_logits(model, short_ids), atol=ATOL)
    # one more token each, on the batch's cache
    nxt = [int(logits[0, -1].argmax()), int(logits[1, -1].argmax())]
    feeds = {
        "input_ids": np.array([[nxt[0]], [nxt[1]]]),
        "attention_mask": np.array([[1] * (width + 1), [0] * pad + [1] * 4]),
        "position_ids": np.array([[width], [3]]),
        **dict(zip(input_names(info.num_layers)[3:], present, strict=True)),
    }
    step = runner.session.run(["logits"], feeds)[0]
    np.testing.assert_allclose(step[0, 0], _torch_logits(model, [*long_ids, nxt[0]])[-1], atol=ATOL)
    np.testing.assert_allclose(step[1, 0], _torch_logits(model, [*short_ids, nxt[1]])[-1], atol=ATOL)


def test_greedy_tokens_are_identical_to_transformers_generate(onnx_fp32_dir: Path, hf) -> None:
    model, tokenizer = hf
    ids = tokenizer(TEXT, add_special_tokens=False)["input_ids"]
    with torch.inference_mode():
        expected = model.generate(torch.tensor([ids]), attention_mask=torch.ones(1, len(ids), dtype=torch.long),
                                  max_new_tokens=24, min_new_tokens=24, do_sample=False)[0, len(ids):].tolist()
    runner = OnnxCausalLM(onnx_fp32_dir, threads=1)
    logits, state = runner.prefill(ids)
    token, produced = int(logits[-1].argmax()), []
    for _ in range(24):
        produced.append(token)
        step, state = runner.decode(token, state)
        token = int(step.argmax())
    assert produced == expected


def test_an_adapter_is_merged_before_export(demo_model_dir: Path, onnx_fp32_dir: Path, tmp_path: Path, hf) -> None:
    from peft import LoraConfig, get_peft_model

    model = AutoModelForCausalLM.from_pretrained(demo_model_dir, local_files_only=True, dtype=torch.float32)
    torch.manual_seed(0)  # random (not zero) LoRA weights, so merging changes the model
    lora = get_peft_model(model, LoraConfig(r=4, target_modules=["c_attn"], fan_in_fan_out=True,
                                            init_lora_weights=False))
    lora.save_pretrained(tmp_path / "adapter")
    merged_dir = export_onnx(demo_model_dir, tmp_path / "merged", adapter=tmp_path / "adapter")
    assert read_info(merged_dir).check["greedy_tokens_identical"] is True  # checked against the merged model
    assert "adapter" in read_info(merged_dir).source_model
    ids = hf[1](TEXT, add_special_tokens=False)["input_ids"]
    with torch.inference_mode():
        merged_logits = lora.merge_and_unload()(input_ids=torch.tensor([ids])).logits[0].numpy()
    np.testing.assert_allclose(OnnxCausalLM(merged_dir).logits(ids), merged_logits, atol=ATOL)
    assert np.abs(OnnxCausalLM(onnx_fp32_dir).logits(ids) - merged_logits).max() > 1e-2


def test_missing_model_folder_is_a_model_load_error(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError, match="not found"):
        export_onnx(tmp_path / "nowhere", tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_unsupported_architecture_is_a_model_load_error_naming_it(tmp_path: Path) -> None:
    config = LlamaConfig(vocab_size=64, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                         num_attention_heads=2, num_key_value_heads=2, max_position_embeddings=32)
    LlamaForCausalLM(config).save_pretrained(tmp_path / "llama")
    with pytest.raises(ModelLoadError, match=r"supports gpt2 models; this one is 'llama'"):
        export_onnx(tmp_path / "llama", tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_an_export_that_disagrees_with_torch_is_rejected_and_not_kept(demo_model_dir: Path, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export, "LOGITS_ATOL", -1.0)  # no export can pass: the check must refuse it
    with pytest.raises(ModelLoadError, match="disagrees with torch"):
        export_onnx(demo_model_dir, tmp_path / "out")
    assert not (tmp_path / "out").exists() and not list(tmp_path.glob(".onnx-export-*"))


def test_a_model_over_the_protobuf_limit_is_refused_up_front(demo_model_dir: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export, "MAX_GRAPH_BYTES", 1024)  # the demo model stands in for a 3 GB one
    with pytest.raises(ModelLoadError, match="limited to 2 GiB"):
        export_onnx(demo_model_dir, tmp_path / "out")
    assert not list(tmp_path.iterdir())
