"""Private backend: a causal LM exported to ONNX (fp32 or INT8) served with ONNX Runtime, decoding
token by token with the KV cache.

The folder format is written by :func:`hybridai.quantize.export_onnx`: ``model.onnx`` with
``past_key_values.{i}.key/value`` inputs and ``present.{i}.key/value`` outputs, the model's
``config.json`` and tokenizer, and :data:`MANIFEST`. The KV cache stays in ONNX Runtime's own
buffers between steps (IO binding), on the GPU when the session runs on CUDA.

Providers: CUDAExecutionProvider first when the installed onnxruntime offers it (onnxruntime-gpu),
then CPUExecutionProvider. onnxruntime-gpu lists CUDA even on machines without a GPU, so the
provider in use is read from the created session (:attr:`OnnxCausalLM.providers`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from hybridai.backends.transformers_local import LocalCausalLM, _stop_token_ids
from hybridai.errors import ConfigError, ModelLoadError

MANIFEST = "hybridai_onnx.json"
MODEL_FILE = "model.onnx"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class OnnxModelInfo:
    """What :data:`MANIFEST` records about an exported folder."""

    architecture: str
    precision: str  # "fp32" or "int8"
    num_layers: int
    num_heads: int
    head_dim: int
    vocab_size: int
    context_length: int
    opset: int
    source_model: str
    check: dict[str, Any]
    format: int = FORMAT_VERSION
    quantization: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def read_info(onnx_dir: str | Path) -> OnnxModelInfo:
    """The manifest of an exported folder; :class:`ModelLoadError` if it is not one."""
    onnx_dir = Path(onnx_dir)
    path = onnx_dir / MANIFEST
    if not (onnx_dir / MODEL_FILE).is_file() or not path.is_file():
        raise ModelLoadError(f"ONNX model folder {onnx_dir} not found or incomplete (needs {MODEL_FILE} and "
                             f"{MANIFEST}; create one with hybridai.quantize.export_onnx)")
    try:
        info = OnnxModelInfo(**json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, TypeError) as exc:
        raise ModelLoadError(f"{path} is not a valid hybridai ONNX manifest: {exc}") from exc
    if info.format != FORMAT_VERSION:
        raise ModelLoadError(f"{path}: manifest format {info.format}, this version reads {FORMAT_VERSION}")
    return info


def write_info(onnx_dir: str | Path, info: OnnxModelInfo) -> None:
    (Path(onnx_dir) / MANIFEST).write_text(json.dumps(info.to_dict(), indent=2), encoding="utf-8")


def past_names(num_layers: int, prefix: str = "past_key_values") -> list[str]:
    return [f"{prefix}.{i}.{kind}" for i in range(num_layers) for kind in ("key", "value")]


def input_names(num_layers: int) -> list[str]:
    return ["input_ids", "attention_mask", "position_ids", *past_names(num_layers)]


def output_names(num_layers: int) -> list[str]:
    return ["logits", *past_names(num_layers, "present")]


@dataclass
class KVState:
    """One sequence's KV cache: ONNX Runtime values, one per past input, and its length."""

    values: list[Any]
    length: int


class OnnxCausalLM:
    """An exported model's session with prefill / decode steps for one sequence (batch 1)."""

    def __init__(self, onnx_dir: str | Path, *, threads: int = 0, providers: Sequence[str] | None = None) -> None:
        import numpy as np

        try:
            import onnxruntime as ort
        except ImportError as exc:
            raise ConfigError(f"the onnx backend needs onnxruntime: pip install 'hybridai[quantize]' ({exc})") from exc

        self.dir = Path(onnx_dir)
        self.info = read_info(self.dir)
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.log_severity_level = 3  # errors only: the CPU provider's "some nodes not assigned" notes are noise
        if providers is None:
            providers = [p for p in ("CUDAExecutionProvider",) if p in ort.get_available_providers()]
            providers.append("CPUExecutionProvider")
        try:
            self.session = ort.InferenceSession(str(self.dir / MODEL_FILE), options, providers=list(providers))
        except Exception as exc:  # onnxruntime raises its own types for unreadable or invalid graphs
            raise ModelLoadError(f"cannot load ONNX model {self.dir / MODEL_FILE}: {exc}") from exc
        self.providers: list[str] = self.session.get_providers()
        self.device = "cuda" if self.providers[0] == "CUDAExecutionProvider" else "cpu"
        expected = input_names(self.info.num_layers)
        if [i.name for i in self.session.get_inputs()] != expected:
            raise ModelLoadError(f"{self.dir / MODEL_FILE} does not have the inputs its manifest describes")
        self._past_names = past_names(self.info.num_layers)
        self._present_names = past_names(self.info.num_layers, "present")
        self._np = np
        empty = np.zeros((1, self.info.num_heads, 0, self.info.head_dim), dtype=np.float32)
        self._empty = ort.OrtValue.ortvalue_from_numpy(empty, self.device, 0)

    @property
    def context_length(self) -> int:
        return self.info.context_length

    def empty_state(self) -> KVState:
        return KVState([self._empty] * len(self._past_names), 0)

    def run(self, token_ids: Sequence[int], state: KVState) -> tuple[Any, KVState]:
        """Feed ``token_ids`` after ``state``: logits [len(token_ids), vocab] (numpy) and the new state."""
        np = self._np
        count = len(token_ids)
        binding = self.session.io_binding()
        binding.bind_cpu_input("input_ids", np.asarray([token_ids], dtype=np.int64))
        binding.bind_cpu_input("attention_mask", np.ones((1, state.length + count), dtype=np.int64))
        binding.bind_cpu_input("position_ids", np.arange(state.length, state.length + count, dtype=np.int64)[None])
        for name, value in zip(self._past_names, state.values, strict=True):
            binding.bind_ortvalue_input(name, value)
        binding.bind_output("logits", "cpu")
        for name in self._present_names:
            binding.bind_output(name, self.device)
        self.session.run_with_iobinding(binding)
        outputs = binding.get_outputs()
        return outputs[0].numpy()[0], KVState(list(outputs[1:]), state.length + count)

    def prefill(self, token_ids: Sequence[int]) -> tuple[Any, KVState]:
        return self.run(token_ids, self.empty_state())

    def decode(self, token_id: int, state: KVState) -> tuple[Any, KVState]:
        """One token after ``state``: its next-token logits [vocab] and the new state."""
        logits, state = self.run([token_id], state)
        return logits[-1], state

    def logits(self, token_ids: Sequence[int]) -> Any:
        """Logits for every position of ``token_ids`` from an empty cache (perplexity)."""
        return self.prefill(token_ids)[0]


class OnnxBackend(LocalCausalLM):
    """Same interface as :class:`~hybridai.backends.transformers_local.TransformersBackend`, on ONNX Runtime."""

    def __init__(self, model_dir: str | Path, *, threads: int = 0, name: str = "private:onnx",
                 providers: Sequence[str] | None = None) -> None:
        import torch
        from transformers import AutoTokenizer

        self.name = name
        self.model_dir = Path(model_dir)
        self.runner = OnnxCausalLM(self.model_dir, threads=threads, providers=providers)
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(self.model_dir, local_files_only=True)
        except Exception as exc:  # transformers raises many types for unreadable folders
            raise ModelLoadError(f"cannot load the tokenizer in {self.model_dir}: {exc}") from exc
        self.context_length = self.runner.context_length
        self.providers = self.runner.providers
        self.uses_plain_template = not getattr(self.tokenizer, "chat_template", None)
        self._stop_token_ids = _stop_token_ids(self.tokenizer)
        self._torch = torch

    @classmethod
    def from_settings(cls, settings: Any) -> OnnxBackend:
        if settings.private.adapter is not None:
            raise ConfigError("private.adapter: the onnx backend serves a merged model; export it with the adapter "
                              "(hybridai.quantize.export_onnx(..., adapter=...)) instead")
        return cls(settings.private_model_dir, threads=settings.private.threads)

    # -- generation ----------------------------------------------------------------------------
    def _initial_state(self) -> KVState:
        return self.runner.empty_state()

    def _step(self, input_ids: list[int], state: KVState) -> tuple[Any, KVState]:
        logits, state = self.runner.run(input_ids, state)
        return self._torch.from_numpy(logits[-1]), state

    async def aclose(self) -> None:
        """The session is released with the object; nothing to close."""
