"""Export a GPT-2-family causal LM to ONNX with the KV cache as explicit inputs and outputs.

optimum-onnx does not install beside transformers 5, so the export is our own: a small torch module
(:func:`gpt2_with_past`) reuses the model's own layers (embeddings, layer norms, activation,
weights) and writes out the attention with ``past_key_values.{i}.key/value`` in and
``present.{i}.key/value`` out, so the legacy tracer sees plain tensors instead of HF's cache objects.

The graph (opset :data:`OPSET`), all axes dynamic::

    input_ids       int64 [batch, sequence]
    attention_mask  int64 [batch, past + sequence]   1 = attend, 0 = padding
    position_ids    int64 [batch, sequence]
    past_key_values.{i}.key / .value   float32 [batch, heads, past, head_dim]   (past may be 0)
    -> logits       float32 [batch, sequence, vocab]
    -> present.{i}.key / .value        float32 [batch, heads, past + sequence, head_dim]

The output folder is self-contained: ``model.onnx``, the model's ``config.json``, its tokenizer
files, and :data:`MANIFEST` (shapes, precision, source, the export check's figures). Every export is
checked against the torch model before it is kept: logits within tolerance, greedy tokens identical.
"""

from __future__ import annotations

import math
import time
import warnings
from dataclasses import asdict
from pathlib import Path
from typing import Any

from hybridai._files import replacing_folder
from hybridai.backends.onnx_local import (
    MODEL_FILE,
    OnnxCausalLM,
    OnnxModelInfo,
    input_names,
    output_names,
    write_info,
)
from hybridai.errors import ModelLoadError

OPSET = 17
SUPPORTED_ARCHITECTURES = ("gpt2",)
# fp32 export vs torch: the graph does the same arithmetic in a different order
LOGITS_ATOL = 1e-3
CHECK_PROMPT = "<|user|>\nHello, what does the company do?<|end|>\n<|assistant|>\n"
CHECK_TOKENS = 16
MAX_GRAPH_BYTES = 2**31 - 2**26  # protobuf's 2 GiB limit, less room for the graph itself


def load_causal_lm(model_dir: str | Path, adapter: str | Path | None = None) -> tuple[Any, Any]:
    """(model, tokenizer) from a local folder in fp32 eval mode, a LoRA adapter merged in if given.
    Raises :class:`ModelLoadError` for a missing folder or an architecture the export does not cover."""
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    model_dir = Path(model_dir)
    if not (model_dir / "config.json").is_file():
        raise ModelLoadError(f"model folder {model_dir} not found or has no config.json")
    try:
        config = AutoConfig.from_pretrained(model_dir, local_files_only=True)
    except Exception as exc:  # transformers raises many types for unreadable configs
        raise ModelLoadError(f"cannot read the model config in {model_dir}: {exc}") from exc
    check_architecture(config)
    try:
        tokenizer = AutoTokenizer.from_pretrained(model_dir, local_files_only=True)
        model = AutoModelForCausalLM.from_pretrained(model_dir, local_files_only=True, dtype=torch.float32)
    except Exception as exc:
        raise ModelLoadError(f"cannot load the model from {model_dir}: {exc}") from exc
    if adapter is not None:
        from hybridai.backends.transformers_local import _load_adapter

        model = _load_adapter(model, Path(adapter)).merge_and_unload()
    return model.eval(), tokenizer


def check_architecture(config: Any) -> None:
    model_type = getattr(config, "model_type", None)
    if model_type not in SUPPORTED_ARCHITECTURES:
        raise ModelLoadError(f"ONNX export supports {', '.join(SUPPORTED_ARCHITECTURES)} models; this one is "
                             f"{model_type!r} ({', '.join(getattr(config, 'architectures', None) or [])})")
    if getattr(config, "add_cross_attention", False):
        raise ModelLoadError("ONNX export does not support GPT-2 models with cross-attention")


def export_onnx(model_dir: str | Path, out_dir: str | Path, *, adapter: str | Path | None = None,
                check: bool = True) -> Path:
    """Export the fp32 model in ``model_dir`` (with ``adapter`` merged in, if given) to ``out_dir``
    with the KV cache, copy its config and tokenizer there, check it against torch, return ``out_dir``.
    The folder is written aside and moved into place, so a failed export leaves nothing behind."""
    import torch

    model, tokenizer = load_causal_lm(model_dir, adapter)
    weight_bytes = sum(p.numel() * p.element_size() for p in model.parameters())
    if weight_bytes >= MAX_GRAPH_BYTES:
        raise ModelLoadError(f"the model's weights are {weight_bytes / 2**30:.1f} GiB; the ONNX export keeps them "
                             "inside one protobuf file, limited to 2 GiB (GPT-2 medium and smaller fit)")
    out_dir = Path(out_dir)
    with replacing_folder(out_dir, ".onnx-export-") as staging:
        wrapper = gpt2_with_past(model).eval()
        _trace_export(wrapper, staging / MODEL_FILE)
        model.config.save_pretrained(staging)
        tokenizer.save_pretrained(staging)
        source = str(Path(model_dir).resolve()) + (f" + adapter {Path(adapter).resolve()}" if adapter else "")
        info = OnnxModelInfo(architecture="gpt2", precision="fp32", num_layers=wrapper.num_layers,
                             num_heads=wrapper.num_heads, head_dim=wrapper.head_dim,
                             vocab_size=int(model.config.vocab_size), context_length=int(model.config.n_positions),
                             opset=OPSET, source_model=source, check={})
        write_info(staging, info)
        if check:
            with torch.inference_mode():
                result = check_against_torch(model, tokenizer, staging)
            write_info(staging, OnnxModelInfo(**{**asdict(info), "check": result}))
    return out_dir


def _trace_export(wrapper: Any, path: Path) -> None:
    import torch

    layers, heads, head_dim = wrapper.num_layers, wrapper.num_heads, wrapper.head_dim
    # trace with a non-empty past and sequence > 1 so no length gets frozen into the graph as 0 or 1
    batch, past_len, seq = 2, 3, 4
    ids = torch.randint(0, wrapper.vocab_size, (batch, seq), generator=torch.Generator().manual_seed(0))
    mask = torch.ones(batch, past_len + seq, dtype=torch.long)
    positions = torch.arange(past_len, past_len + seq).expand(batch, seq).contiguous()
    past = tuple(torch.zeros(batch, heads, past_len, head_dim) for _ in range(2 * layers))
    dynamic = {"input_ids": {0: "batch", 1: "sequence"}, "attention_mask": {0: "batch", 1: "total"},
               "position_ids": {0: "batch", 1: "sequence"}, "logits": {0: "batch", 1: "sequence"}}
    for name in input_names(layers)[3:]:
        dynamic[name] = {0: "batch", 2: "past"}
    for name in output_names(layers)[1:]:
        dynamic[name] = {0: "batch", 2: "total"}
    with warnings.catch_warnings():
        # the legacy (TorchScript) exporter announces its deprecation and flags traced shape reads,
        # which are exactly the dynamic shapes we want
        warnings.simplefilter("ignore")
        torch.onnx.export(wrapper, (ids, mask, positions, *past), str(path), input_names=input_names(layers),
                          output_names=output_names(layers), dynamic_axes=dynamic, opset_version=OPSET,
                          do_constant_folding=True, dynamo=False)


def gpt2_with_past(model: Any) -> Any:
    """Wrap a ``GPT2LMHeadModel``; the class is defined here so importing this module needs no torch."""
    import torch

    class GPT2WithPast(torch.nn.Module):
        """GPT-2's forward with explicit past/present key-value tensors, built from the model's own layers."""

        def __init__(self, model: Any) -> None:
            super().__init__()
            self.transformer = model.transformer
            self.lm_head = model.lm_head
            config = model.config
            self.num_layers = int(config.n_layer)
            self.num_heads = int(config.n_head)
            self.head_dim = int(config.n_embd) // self.num_heads
            self.vocab_size = int(config.vocab_size)
            self.scales = [
                (1.0 / math.sqrt(self.head_dim) if config.scale_attn_weights else 1.0)
                / (float(i + 1) if config.scale_attn_by_inverse_layer_idx else 1.0)
                for i in range(self.num_layers)
            ]

        def forward(self, input_ids: Any, attention_mask: Any, position_ids: Any, *past: Any) -> tuple[Any, ...]:
            t = self.transformer
            hidden = t.wte(input_ids) + t.wpe(position_ids)
            seq, total = input_ids.shape[1], attention_mask.shape[1]
            # query i sits at absolute position total - seq + i and may see keys at or before it, unmasked
            query_pos = torch.arange(seq) + (total - seq)
            key_pos = torch.arange(total)
            allowed = (key_pos[None, :] <= query_pos[:, None])[None, None] & attention_mask[:, None, None, :].bool()
            bias = torch.zeros(allowed.shape, dtype=hidden.dtype).masked_fill(~allowed, torch.finfo(hidden.dtype).min)
            presents: list[Any] = []
            for i, block in enumerate(t.h):
                attn = block.attn
                q, k, v = _linear(attn.c_attn, block.ln_1(hidden)).split(attn.split_size, dim=2)
                k = torch.cat([past[2 * i], self._heads(k)], dim=2)
                v = torch.cat([past[2 * i + 1], self._heads(v)], dim=2)
                presents += [k, v]
                scores = torch.matmul(self._heads(q), k.transpose(-1, -2)) * self.scales[i] + bias
                context = torch.matmul(torch.softmax(scores, dim=-1), v)
                context = context.transpose(1, 2).reshape(context.size(0), context.size(2), -1)
                hidden = hidden + _linear(attn.c_proj, context)
                mlp = block.mlp
                hidden = hidden + _linear(mlp.c_proj, mlp.act(_linear(mlp.c_fc, block.ln_2(hidden))))
            return (self.lm_head(t.ln_f(hidden)), *presents)

        def _heads(self, x: Any) -> Any:
            return x.view(x.size(0), x.size(1), self.num_heads, self.head_dim).transpose(1, 2)

    def _linear(layer: Any, x: Any) -> Any:
        # GPT-2's Conv1D traces to Gemm, which onnxruntime's dynamic quantization skips; MatMul + Add it takes
        return torch.matmul(x, layer.weight) + layer.bias

    return GPT2WithPast(model)


def check_against_torch(model: Any, tokenizer: Any, onnx_dir: Path, *, prompt: str = CHECK_PROMPT,
                        tokens: int = CHECK_TOKENS) -> dict[str, Any]:
    """Compare the exported graph with the torch model: prompt logits, then ``tokens`` greedy steps
    through each one's KV cache. Raises :class:`ModelLoadError` if they disagree."""
    import numpy as np
    import torch

    runner = OnnxCausalLM(onnx_dir, threads=1, providers=["CPUExecutionProvider"])  # exact fp32, no TF32
    ids = tokenizer(prompt, add_special_tokens=False)["input_ids"]
    started = time.perf_counter()
    out = model(input_ids=torch.tensor([ids]), use_cache=True)
    torch_logits = out.logits[0].numpy()
    onnx_logits, state = runner.prefill(ids)
    max_diff = float(np.abs(torch_logits - onnx_logits).max())
    torch_past, torch_tokens, onnx_tokens = out.past_key_values, [], []
    torch_next, onnx_next = int(torch_logits[-1].argmax()), int(onnx_logits[-1].argmax())
    for _ in range(tokens):
        torch_tokens.append(torch_next)
        onnx_tokens.append(onnx_next)
        out = model(input_ids=torch.tensor([[torch_next]]), past_key_values=torch_past, use_cache=True)
        torch_past = out.past_key_values
        step_logits, state = runner.decode(onnx_next, state)
        max_diff = max(max_diff, float(np.abs(out.logits[0, -1].numpy() - step_logits).max()))
        torch_next, onnx_next = int(out.logits[0, -1].argmax()), int(step_logits.argmax())
    result = {"max_abs_logit_diff": max_diff, "greedy_tokens_identical": torch_tokens == onnx_tokens,
              "greedy_tokens": len(onnx_tokens), "prompt_tokens": len(ids),
              "seconds": round(time.perf_counter() - started, 3)}
    if max_diff > LOGITS_ATOL or torch_tokens != onnx_tokens:
        raise ModelLoadError(f"ONNX export of {onnx_dir} disagrees with torch: max |logit diff| {max_diff:.2e} "
                             f"(tolerance {LOGITS_ATOL}), greedy tokens identical: {torch_tokens == onnx_tokens}")
    return result
