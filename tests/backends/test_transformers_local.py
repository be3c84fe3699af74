"""The private backend on the demo model: real from_pretrained loading, streaming, sampling
parameters, stop sequences, LoRA adapters and the errors for bad folders."""

from __future__ import annotations

import asyncio
import json
import random
import shutil
from pathlib import Path

import pytest

from hybridai.backends.base import StopMatcher, render_plain
from hybridai.backends.transformers_local import (
    TransformersBackend,
    _byte_level_alphabet,
    _ByteLevelDetokenizer,
    _IncrementalDetokenizer,
    byte_level_token_table,
)
from hybridai.errors import InvalidRequestError, ModelLoadError
from hybridai.types import GenerationParams, Message

GREEDY = GenerationParams(max_tokens=16, temperature=0.0)
HELLO = [Message("system", "You are helpful."), Message("user", "How do I reset my password?")]


async def _collect(backend: TransformersBackend, messages=HELLO, params=GREEDY):
    events = [e async for e in backend.astream(messages, params)]
    return "".join(e.delta for e in events), events


@pytest.fixture(scope="module")
def backend(demo_model_dir: Path) -> TransformersBackend:
    return TransformersBackend(demo_model_dir)


async def test_streams_several_deltas_and_reports_usage(backend):
    text, events = await _collect(backend)
    deltas = [e for e in events if e.delta]
    assert len(deltas) >= 2
    final = events[-1]
    assert final.usage is not None and final.finish_reason in {"stop", "length"}
    assert 0 < final.usage.completion_tokens <= GREEDY.max_tokens
    assert final.usage.prompt_tokens == backend.count_tokens(backend.render_prompt(HELLO))
    assert "<|" not in text  # role and end markers are never emitted


async def test_greedy_decoding_is_deterministic(backend):
    first, _ = await _collect(backend)
    second, _ = await _collect(backend)
    assert first == second


async def test_seeded_sampling_is_reproducible(backend):
    params = GenerationParams(max_tokens=12, temperature=1.0, top_p=0.9, seed=7)
    first, _ = await _collect(backend, params=params)
    second, _ = await _collect(backend, params=params)
    assert first == second


async def test_max_tokens_limits_the_answer(backend):
    _, events = await _collect(backend, params=GenerationParams(max_tokens=3, temperature=1.0, seed=1))
    assert events[-1].usage.completion_tokens <= 3


async def test_stop_sequence_cuts_the_answer(backend):
    full, _ = await _collect(backend, params=GenerationParams(max_tokens=24, temperature=0.0))
    assert len(full) > 4
    stop = full[2:4]
    cut, events = await _collect(backend, params=GenerationParams(max_tokens=24, temperature=0.0, stop=(stop,)))
    assert cut == full[:full.index(stop)]
    assert events[-1].finish_reason == "stop"


async def test_prompt_longer_than_the_context_is_rejected(backend):
    long_prompt = [Message("user", "词" * (backend.context_length * 2))]
    with pytest.raises(InvalidRequestError, match="context"):
        await _collect(backend, messages=long_prompt)


async def test_cancelled_stream_leaves_the_backend_usable(backend):
    stream = backend.astream(HELLO, GenerationParams(max_tokens=50, temperature=0.0))
    await stream.__anext__()
    await stream.aclose()
    text, _ = await _collect(backend)
    assert text


async def test_concurrent_requests_interleave_and_match_sequential_results(backend):
    prompts = [[Message("user", q)] for q in ("What is VPN?", "请假流程是什么？", "Explain cloud computing.")]
    sequential = [(await _collect(backend, messages=p))[0] for p in prompts]
    concurrent = await asyncio.gather(*(_collect(backend, messages=p) for p in prompts))
    assert [text for text, _ in concurrent] == sequential


def test_demo_tokenizer_carries_the_plain_template(backend):
    assert not backend.uses_plain_template
    assert backend.render_prompt(HELLO) == render_plain(HELLO)


async def test_model_without_chat_template_uses_the_plain_template(demo_model_dir, tmp_path):
    copy = tmp_path / "no-template"
    shutil.copytree(demo_model_dir, copy)
    config_path = copy / "tokenizer_config.json"
    config = json.loads(config_path.read_text())
    config.pop("chat_template", None)
    config_path.write_text(json.dumps(config))
    (copy / "chat_template.jinja").unlink(missing_ok=True)
    plain = TransformersBackend(copy)
    assert plain.uses_plain_template
    assert plain.render_prompt(HELLO) == render_plain(HELLO)
    text, _ = await _collect(plain)
    assert "<|" not in text


def test_incremental_detokenizer_matches_full_decode_on_chinese(backend):
    text = "数据脱敏之后再发送到云端，敏感请求只走私有模型。Mixed English too."
    ids = backend.tokenizer(text, add_special_tokens=False)["input_ids"]
    detok = _IncrementalDetokenizer(backend.tokenizer)
    pieces = [detok.add(i) for i in ids] + [detok.flush()]
    assert "".join(pieces) == backend.tokenizer.decode(ids)
    assert all("\ufffd" not in p for p in pieces)


def test_byte_level_detokenizer_releases_what_the_tokenizer_decodes(backend):
    # the demo tokenizer is byte-level BPE: the batcher's fast path, checked against the tokenizer's own decode on
    # random token streams (special tokens, bytes that split characters, ids beyond the vocabulary) and real text
    table = byte_level_token_table(backend.tokenizer)
    assert table is not None and len(table) == len(backend.tokenizer)
    assert isinstance(backend._detokenizer(), _ByteLevelDetokenizer)
    rng = random.Random(7)
    text = "数据脱敏之后再发送到云端。Mixed English, 表情 🙂 too."
    streams = [backend.tokenizer(text, add_special_tokens=False)["input_ids"]]
    streams += [[rng.randrange(len(table)) for _ in range(rng.randint(1, 40))] for _ in range(300)]
    for ids in streams:
        fast, slow = _ByteLevelDetokenizer(table), _IncrementalDetokenizer(backend.tokenizer)
        fast_pieces = [fast.add(i) for i in ids] + [fast.flush()]
        slow_text = "".join([slow.add(i) for i in ids] + [slow.flush()])
        assert "".join(fast_pieces) == slow_text, ids
        whole = backend.tokenizer.decode(ids, skip_special_tokens=True)
        if "\ufffd" not in whole:  # clean UTF-8: exactly the tokenizer's text
            assert "".join(fast_pieces) == whole, ids
    assert _ByteLevelDetokenizer(table).add(len(table) + 5) == ""


def test_byte_level_alphabet_is_gpt2s():
    from transformers.convert_slow_tokenizer import bytes_to_unicode

    assert _byte_level_alphabet() == {char: byte for byte, char in bytes_to_unicode().items()}


def test_other_tokenizers_keep_their_own_decoding():
    class WordPieceLike:  # no byte-level decoder: the table is not built
        backend_tokenizer = type("Backend", (), {"decoder": object()})()

    assert byte_level_token_table(WordPieceLike()) is None


def test_missing_model_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ModelLoadError, match="hybridai demo-model"):
        TransformersBackend(tmp_path / "nowhere")


def test_corrupt_weights_are_a_clear_error(demo_model_dir, tmp_path):
    copy = tmp_path / "corrupt"
    shutil.copytree(demo_model_dir, copy)
    (copy / "model.safetensors").write_bytes(b"not a safetensors file")
    with pytest.raises(ModelLoadError, match="cannot load private model"):
        TransformersBackend(copy)


def _save_adapter(model_dir: Path, out: Path) -> None:
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_pretrained(model_dir, local_files_only=True)
    peft_model = get_peft_model(model, LoraConfig(r=4, lora_alpha=8, target_modules=["c_attn"], fan_in_fan_out=True,
                                                  init_lora_weights=False))
    peft_model.save_pretrained(out)


def test_lora_adapter_is_loaded_and_changes_the_model(demo_model_dir, tmp_path, backend):
    import torch

    adapter = tmp_path / "adapter"
    _save_adapter(demo_model_dir, adapter)
    adapted = TransformersBackend(demo_model_dir, adapter=adapter)
    ids = torch.tensor([backend.tokenizer("hello world", add_special_tokens=False)["input_ids"]])
    with torch.inference_mode():
        base_logits = backend.model(input_ids=ids).logits
        adapted_logits = adapted.model(input_ids=ids).logits
    assert not torch.allclose(base_logits, adapted_logits)


@pytest.mark.parametrize("damage", ["missing", "corrupt"])
def test_bad_adapter_is_a_clear_error(demo_model_dir, tmp_path, damage):
    adapter = tmp_path / "adapter"
    if damage == "corrupt":
        _save_adapter(demo_model_dir, adapter)
        for weights in adapter.glob("adapter_model.*"):
            weights.write_bytes(b"\x00garbage")
    with pytest.raises(ModelLoadError, match="adapter"):
        TransformersBackend(demo_model_dir, adapter=adapter)


@pytest.mark.parametrize("pieces, stops, expected", [
    (["Hello", " wor", "ld"], ["world"], "Hello "),
    (["abc<|u", "ser|>more"], ["<|user|>"], "abc"),
    (["no stop ", "here <|", "end"], ["<|end|>"], "no stop here <|end"),
    (["x", "y", "z"], [], "xyz"),
])
def test_stop_matcher_never_emits_part_of_a_stop(pieces, stops, expected):
    matcher = StopMatcher(stops)
    out = "".join(matcher.feed(p) for p in pieces) + matcher.flush()
    assert out == expected
