"""Compare torch fp32, ONNX fp32 and ONNX INT8 versions of one model: size on disk, per-token decoding
latency (greedy, batch 1, KV cache, after the prompt) and perplexity on held-out text.

Latency rounds alternate between the variants, so a burst of load on a shared machine hits all of
them alike; each variant's figure is the median of its rounds.
"""

from __future__ import annotations

import math
import os
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from hybridai.backends.onnx_local import MODEL_FILE, OnnxCausalLM, read_info
from hybridai.errors import InvalidRequestError, ModelLoadError

DEFAULT_PROMPT = ("<|system|>\nYou are hybridai, a helpful enterprise assistant.<|end|>\n<|user|>\n"
                  "Summarise the travel reimbursement policy for new employees.<|end|>\n<|assistant|>\n")
TORCH, ONNX_FP32, ONNX_INT8 = "torch-fp32", "onnx-fp32", "onnx-int8"
# GPT-2 small (12 layers, 12 heads, 768 wide) with the demo tokenizer and a 512-token context:
# 88.6M parameters, the shape ENVIRONMENT-FACTS' reference latencies were measured on
GPT2_SMALL_SHAPE = {"n_layer": 12, "n_head": 12, "n_embd": 768, "n_positions": 512}


@dataclass(frozen=True)
class VariantResult:
    name: str
    path: str
    size_bytes: int
    ms_per_token: float
    ms_per_token_rounds: list[float]
    perplexity: float
    greedy_tokens: list[int]


@dataclass(frozen=True)
class Comparison:
    variants: list[VariantResult]
    threads: int
    prompt_tokens: int
    new_tokens: int
    rounds: int
    eval_tokens: int
    eval_block: int
    providers: list[str]
    derived: dict[str, float] = field(default_factory=dict)

    def variant(self, name: str) -> VariantResult:
        return next(v for v in self.variants if v.name == name)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def weights_size(path: str | Path) -> int:
    """Bytes of model weights in a folder: safetensors / bin files, or the ONNX graph and its data."""
    path = Path(path)
    names = ("*.safetensors", "pytorch_model*.bin") if not (path / MODEL_FILE).is_file() else ("*.onnx", "*.onnx.data")
    return sum(f.stat().st_size for pattern in names for f in path.glob(pattern))


def held_out_texts(model_dir: str | Path | None = None) -> list[str]:
    """The demo corpus's held-out documents, split as the demo model in ``model_dir`` was built."""
    from hybridai.demo.build import DemoRecipe, _is_held_out, corpus_texts, load_report

    report = load_report(model_dir) if model_dir is not None else None
    every = report.recipe.get("held_out_every", DemoRecipe().held_out_every) if report else DemoRecipe().held_out_every
    return [text for text in corpus_texts() if _is_held_out(text, every)]


def encode_texts(tokenizer: Any, texts: Sequence[str]) -> list[int]:
    ids: list[int] = []
    for text in texts:
        ids.extend(tokenizer(text, add_special_tokens=False)["input_ids"])
        if tokenizer.eos_token_id is not None:
            ids.append(tokenizer.eos_token_id)
    return ids


def perplexity(logits_fn: Callable[[list[int]], Any], ids: Sequence[int], block: int) -> float:
    """exp(mean next-token loss) over non-overlapping windows of ``block`` tokens (as the demo build
    measures it); ``logits_fn`` maps a window to float logits [len, vocab]."""
    import numpy as np

    total_loss, total_tokens = 0.0, 0
    for start in range(0, len(ids), block):
        window = list(ids[start:start + block])
        if len(window) < 2:
            break
        logits = np.asarray(logits_fn(window), dtype=np.float64)[:-1]
        shifted = logits - logits.max(axis=-1, keepdims=True)
        log_probs = shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
        total_loss -= float(log_probs[np.arange(len(window) - 1), window[1:]].sum())
        total_tokens += len(window) - 1
    if not total_tokens:
        raise InvalidRequestError("held-out text is too short to measure perplexity (needs 2 tokens)")
    return math.exp(total_loss / total_tokens)


def _torch_decoder(model: Any) -> tuple[Callable[[list[int], int], tuple[list[int], list[float]]], Any]:
    import torch

    def generate(prompt: list[int], new_tokens: int) -> tuple[list[int], list[float]]:
        tokens, times = [], []
        with torch.inference_mode():
            out = model(input_ids=torch.tensor([prompt]), use_cache=True)
            for _ in range(new_tokens):
                token = int(out.logits[0, -1].argmax())
                tokens.append(token)
                started = time.perf_counter()
                out = model(input_ids=torch.tensor([[token]]), past_key_values=out.past_key_values, use_cache=True)
                times.append(time.perf_counter() - started)
        return tokens, times

    def logits(window: list[int]) -> Any:
        with torch.inference_mode():
            return model(input_ids=torch.tensor([window])).logits[0].numpy()

    return generate, logits


def _onnx_decoder(runner: OnnxCausalLM) -> Callable[[list[int], int], tuple[list[int], list[float]]]:
    def generate(prompt: list[int], new_tokens: int) -> tuple[list[int], list[float]]:
        tokens, times = [], []
        logits, state = runner.prefill(prompt)
        step_logits = logits[-1]
        for _ in range(new_tokens):
            token = int(step_logits.argmax())
            tokens.append(token)
            started = time.perf_counter()
            step_logits, state = runner.decode(token, state)
            times.append(time.perf_counter() - started)
        return tokens, times

    return generate


def compare_models(model_dir: str | Path, fp32_dir: str | Path, int8_dir: str | Path, *, threads: int = 0,
                   new_tokens: int = 64, rounds: int = 3, prompt: str = DEFAULT_PROMPT,
                   eval_texts: Sequence[str] | None = None, eval_block: int = 64,
                   max_eval_tokens: int | None = None) -> Comparison:
    """Measure the three variants side by side (see the module docstring). ``threads`` (0: every
    core) is used by torch and ONNX Runtime alike; ``eval_texts`` default to the demo corpus's
    held-out documents."""
    import torch

    from hybridai.quantize.export import load_causal_lm

    if new_tokens < 1 or rounds < 1 or eval_block < 2:
        raise InvalidRequestError("new_tokens and rounds must be at least 1, eval_block at least 2")
    threads = threads or os.cpu_count() or 1
    previous_threads = torch.get_num_threads()
    torch.set_num_threads(threads)
    try:
        model, tokenizer = load_causal_lm(model_dir)
        runners = {ONNX_FP32: OnnxCausalLM(fp32_dir, threads=threads),
                   ONNX_INT8: OnnxCausalLM(int8_dir, threads=threads)}
        for name, runner in runners.items():
            expected = "fp32" if name == ONNX_FP32 else "int8"
            if runner.info.precision != expected:
                raise ModelLoadError(f"{runner.dir} holds a {runner.info.precision} model, expected {expected}")
        prompt_ids = tokenizer(prompt, add_special_tokens=False)["input_ids"]
        if len(prompt_ids) + new_tokens > read_info(fp32_dir).context_length:
            raise InvalidRequestError(f"prompt ({len(prompt_ids)} tokens) + new_tokens ({new_tokens}) exceed the "
                                      f"model's context of {read_info(fp32_dir).context_length} tokens")
        torch_generate, torch_logits = _torch_decoder(model)
        generators = {TORCH: torch_generate, **{name: _onnx_decoder(r) for name, r in runners.items()}}
        for generate in generators.values():  # warm-up: first runs allocate and pick kernels
            generate(prompt_ids, min(8, new_tokens))
        per_round: dict[str, list[float]] = {name: [] for name in generators}
        tokens: dict[str, list[int]] = {}
        for _ in range(rounds):
            for name, generate in generators.items():
                tokens[name], times = generate(prompt_ids, new_tokens)
                per_round[name].append(1000 * sum(times) / len(times))

        ids = encode_texts(tokenizer, held_out_texts(model_dir) if eval_texts is None else eval_texts)
        ids = ids[:max_eval_tokens] if max_eval_tokens else ids
        logits_fns = {TORCH: torch_logits, **{name: r.logits for name, r in runners.items()}}
        paths = {TORCH: Path(model_dir), ONNX_FP32: Path(fp32_dir), ONNX_INT8: Path(int8_dir)}
        variants = [VariantResult(name=name, path=str(paths[name]), size_bytes=weights_size(paths[name]),
                                  ms_per_token=round(statistics.median(per_round[name]), 4),
                                  ms_per_token_rounds=[round(t, 4) for t in per_round[name]],
                                  perplexity=perplexity(logits_fns[name], ids, eval_block),
                                  greedy_tokens=tokens[name])
                    for name in generators]
    finally:
        torch.set_num_threads(previous_threads)
    return Comparison(variants=variants, threads=threads, prompt_tokens=len(prompt_ids), new_tokens=new_tokens,
                      rounds=rounds, eval_tokens=len(ids), eval_block=eval_block,
                      providers=runners[ONNX_INT8].providers, derived=_derived(*variants))


def _derived(base: VariantResult, fp32: VariantResult, int8: VariantResult) -> dict[str, float]:

    def agreement(tokens: list[int]) -> float:
        return sum(a == b for a, b in zip(tokens, base.greedy_tokens, strict=True)) / len(base.greedy_tokens)

    return {
        "int8_speedup_vs_torch_fp32": base.ms_per_token / int8.ms_per_token,
        "onnx_fp32_speedup_vs_torch_fp32": base.ms_per_token / fp32.ms_per_token,
        "int8_size_ratio_vs_onnx_fp32": int8.size_bytes / fp32.size_bytes,
        "int8_perplexity_change_vs_torch_fp32": int8.perplexity / base.perplexity - 1,
        "onnx_fp32_perplexity_change_vs_torch_fp32": fp32.perplexity / base.perplexity - 1,
        "onnx_fp32_greedy_agreement": agreement(fp32.greedy_tokens),
        "int8_greedy_agreement": agreement(int8.greedy_tokens),
    }


def build_gpt2_small_shape(out_dir: str | Path, tokenizer_dir: str | Path, *, seed: int = 0) -> Path:
    """A GPT-2-small-shaped model with random weights and the tokenizer of ``tokenizer_dir``, for
    speed measurements; reused when ``out_dir`` already holds one of that shape and vocabulary."""
    import torch
    from transformers import AutoConfig, AutoTokenizer, GPT2Config, GPT2LMHeadModel

    out_dir = Path(out_dir)
    try:
        tokenizer = AutoTokenizer.from_pretrained(tokenizer_dir, local_files_only=True)
    except Exception as exc:  # transformers raises many types for unreadable folders
        raise ModelLoadError(f"cannot load a tokenizer from {tokenizer_dir}: {exc}") from exc
    wanted = {**GPT2_SMALL_SHAPE, "vocab_size": len(tokenizer)}
    if (out_dir / "config.json").is_file() and any(out_dir.glob("*.safetensors")):
        config = AutoConfig.from_pretrained(out_dir, local_files_only=True)
        if all(getattr(config, key, None) == value for key, value in wanted.items()):
            return out_dir
    torch.manual_seed(seed)
    config = GPT2Config(**wanted, bos_token_id=tokenizer.eos_token_id, eos_token_id=tokenizer.eos_token_id,
                        pad_token_id=tokenizer.pad_token_id)
    GPT2LMHeadModel(config).eval().save_pretrained(out_dir)
    tokenizer.save_pretrained(out_dir)
    return out_dir
