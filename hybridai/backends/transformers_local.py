"""Private backend: a Hugging Face causal LM loaded from a local folder, optionally with a peft
LoRA adapter, decoding token by token with the KV cache.

Each decoding step runs in a worker thread so the event loop stays free; a lock serialises the
forward passes of concurrent requests, which interleave step by step.
"""

from __future__ import annotations

import abc
import asyncio
import codecs
import functools
import threading
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

from hybridai.backends.base import PLAIN_TEMPLATE_STOPS, StopMatcher, render_plain
from hybridai.errors import InvalidRequestError, ModelLoadError
from hybridai.types import BackendEvent, GenerationParams, Message, Usage


class LocalCausalLM(abc.ABC):
    """What the local backends (torch here, ONNX Runtime in :mod:`hybridai.backends.onnx_local`) and
    the batcher share: prompt rendering, token counting, the request's checks, its decoding
    state, and the one-request decoding loop over the subclass's ``_step``. Subclasses set
    ``tokenizer``, ``uses_plain_template``, ``context_length``, ``_stop_token_ids`` and ``_torch``."""

    tokenizer: Any
    uses_plain_template: bool
    context_length: int
    _stop_token_ids: frozenset[int]
    _torch: Any

    # -- prompt --------------------------------------------------------------------------------
    def render_prompt(self, messages: Sequence[Message]) -> str:
        if self.uses_plain_template:
            return render_plain(messages)
        return self.tokenizer.apply_chat_template([m.to_dict() for m in messages], tokenize=False,
                                                  add_generation_prompt=True)

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer(text, add_special_tokens=False)["input_ids"])

    # -- generation ----------------------------------------------------------------------------
    def prepare(self, messages: Sequence[Message], params: GenerationParams) -> tuple[list[int], int]:
        """The prompt's token ids and how many tokens may follow them; typed errors for bad input.
        Shared with the batcher (:mod:`hybridai.serving.batcher`)."""
        if params.max_tokens <= 0:
            raise InvalidRequestError("max_tokens must be positive")
        prompt_ids = self.tokenizer(self.render_prompt(messages), add_special_tokens=False)["input_ids"]
        room = self.context_length - len(prompt_ids)
        if room < 1:
            raise InvalidRequestError(f"prompt is {len(prompt_ids)} tokens; the private model's context is "
                                      f"{self.context_length} tokens")
        return prompt_ids, min(params.max_tokens, room)

    def decoding(self, prompt_tokens: int, max_new: int, params: GenerationParams) -> Decoding:
        stops = [*params.stop, *(PLAIN_TEMPLATE_STOPS if self.uses_plain_template else ())]
        return Decoding(_Sampler(self._torch, params), self._detokenizer(), StopMatcher(stops),
                        self._stop_token_ids, prompt_tokens, max_new)

    @functools.cached_property
    def _token_bytes(self) -> list[bytes] | None:
        return byte_level_token_table(self.tokenizer)  # built once (a few ms); None: not byte-level

    def _detokenizer(self) -> Detokenizer:
        if self._token_bytes is None:
            return _IncrementalDetokenizer(self.tokenizer)
        return _ByteLevelDetokenizer(self._token_bytes)


    async def astream(self, messages: Sequence[Message], params: GenerationParams) -> AsyncIterator[BackendEvent]:
        """One request alone, token by token with the KV cache; each step in a worker thread so the
        event loop stays free."""
        prompt_ids, max_new = self.prepare(messages, params)
        decoding = self.decoding(len(prompt_ids), max_new, params)
        state = self._initial_state()
        next_input = prompt_ids
        while not decoding.done:
            logits, state = await asyncio.to_thread(self._step, next_input, state)
            text = decoding.push(logits)
            if text:
                yield BackendEvent(delta=text)
            next_input = [decoding.last_token]
        for event in decoding.final_events():
            yield event

    def _initial_state(self) -> Any:
        """The empty KV cache of a new request."""
        return None

    @abc.abstractmethod
    def _step(self, input_ids: list[int], state: Any) -> tuple[Any, Any]:
        """Feeds ``input_ids`` after ``state``: the last position's logits (a torch tensor) and the new state."""


class TransformersBackend(LocalCausalLM):
    def __init__(self, model_dir: str | Path, *, adapter: str | Path | None = None, device: str = "cpu",
                 threads: int = 0, name: str = "private:transformers") -> None:
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        self.name = name
        self.model_dir = Path(model_dir)
        if not (self.model_dir / "config.json").is_file():
            raise ModelLoadError(f"private model folder {self.model_dir} not found or has no config.json "
                                 "(build the demo model with `hybridai demo-model`, or set private.model)")
        if threads:
            torch.set_num_threads(threads)
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(self.model_dir, local_files_only=True)
            model = AutoModelForCausalLM.from_pretrained(self.model_dir, local_files_only=True,
                                                         dtype=torch.float32)
        except Exception as exc:  # transformers raises many types for unreadable folders
            raise ModelLoadError(f"cannot load private model from {self.model_dir}: {exc}") from exc
        if adapter is not None:
            model = _load_adapter(model, Path(adapter))
        self.model = model.to(device).eval()
        self.device = device
        self.context_length = _context_length(self.model.config)
        self.uses_plain_template = not getattr(self.tokenizer, "chat_template", None)
        self._stop_token_ids = _stop_token_ids(self.tokenizer)
        self._step_lock = threading.Lock()
        self._torch = torch

    @classmethod
    def from_settings(cls, settings: Any) -> TransformersBackend:
        return cls(settings.private_model_dir, adapter=settings.private.adapter, device=settings.private.device,
                   threads=settings.private.threads)

    def _step(self, input_ids: list[int], past: Any) -> tuple[Any, Any]:
        torch = self._torch
        with self._step_lock, torch.inference_mode():
            ids = torch.tensor([input_ids], device=self.device)
            out = self.model(input_ids=ids, past_key_values=past, use_cache=True)
            return out.logits[0, -1], out.past_key_values

    async def aclose(self) -> None:
        """Weights are released with the object; nothing to close."""


class Decoding:
    """One request's generation after the prompt: sampling, end-of-text and stop sequences, the
    length limit, incremental detokenization and usage. The unbatched backend and the batcher feed
    it one logits row per step."""

    def __init__(self, sampler: _Sampler, detok: Detokenizer, stops: StopMatcher,
                 stop_token_ids: frozenset[int], prompt_tokens: int, max_new: int) -> None:
        self.sampler, self.detok, self.stops = sampler, detok, stops
        self.stop_token_ids = stop_token_ids
        self.prompt_tokens, self.max_new = prompt_tokens, max_new
        self.generated = 0
        self.last_token = -1
        self.finish_reason: str | None = None

    @property
    def done(self) -> bool:
        return self.finish_reason is not None

    @property
    def greedy(self) -> bool:
        """Whether the next token is the logits' argmax (the batcher picks those for all rows at once)."""
        return self.sampler.temperature <= 0

    def push(self, logits: Any) -> str:
        """Sample the next token from ``logits`` (one row); return the text it releases."""
        return self.accept(self.sampler.sample(logits))

    def accept(self, token_id: int) -> str:
        """Take ``token_id`` as the next token; return the text it releases."""
        self.last_token = token_id
        if token_id in self.stop_token_ids:
            self.finish_reason = "stop"
            return ""
        self.generated += 1
        text = self.stops.feed(self.detok.add(token_id))
        if self.stops.stopped:
            self.finish_reason = "stop"
        elif self.generated >= self.max_new:
            self.finish_reason = "length"
        return text

    def final_events(self) -> list[BackendEvent]:
        """What follows the last token: any held-back text, then usage and the finish reason."""
        tail = self.stops.feed(self.detok.flush()) + self.stops.flush()
        end = BackendEvent(usage=Usage(self.prompt_tokens, self.generated), finish_reason=self.finish_reason)
        return [BackendEvent(delta=tail), end] if tail else [end]


class _Sampler:
    def __init__(self, torch: Any, params: GenerationParams) -> None:
        self.torch = torch
        self.temperature = params.temperature
        self.top_p = params.top_p
        self.generator = torch.Generator().manual_seed(params.seed) if params.seed is not None else None

    def sample(self, logits: Any) -> int:
        torch = self.torch
        if self.temperature <= 0:
            return int(torch.argmax(logits))
        # shift so the best logit is 0 before scaling, in float64 (a float32 temperature of 1e-300 is 0):
        # a tiny temperature then gives 0 and -inf (greedy), not inf - inf = nan
        scaled = logits.double()
        probs = torch.softmax((scaled - scaled.max()) / self.temperature, dim=-1)
        if self.top_p < 1.0:
            sorted_probs, order = torch.sort(probs, descending=True)
            keep = torch.cumsum(sorted_probs, dim=-1) - sorted_probs < self.top_p  # always keeps the top token
            sorted_probs = sorted_probs * keep
            choice = torch.multinomial(sorted_probs / sorted_probs.sum(), 1, generator=self.generator)
            return int(order[choice])
        return int(torch.multinomial(probs, 1, generator=self.generator))


class _IncrementalDetokenizer:
    """Turns token ids into text deltas. Byte-level tokens can end inside a UTF-8 character (a
    Chinese character is three bytes), so text is released only once it decodes cleanly."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        self.ids: list[int] = []
        self.prefix_offset = 0
        self.read_offset = 0

    def _decode(self, ids: list[int]) -> str:
        return self.tokenizer.decode(ids, skip_special_tokens=True, clean_up_tokenization_spaces=False)

    def add(self, token_id: int) -> str:
        self.ids.append(token_id)
        prefix = self._decode(self.ids[self.prefix_offset:self.read_offset])
        text = self._decode(self.ids[self.prefix_offset:])
        if len(text) > len(prefix) and not text.endswith("\ufffd"):
            self.prefix_offset, self.read_offset = self.read_offset, len(self.ids)
            return text[len(prefix):]
        return ""

    def flush(self) -> str:
        prefix = self._decode(self.ids[self.prefix_offset:self.read_offset])
        text = self._decode(self.ids[self.prefix_offset:])
        self.prefix_offset = self.read_offset = len(self.ids)
        return text[len(prefix):].rstrip("\ufffd")


def byte_level_token_table(tokenizer: Any) -> list[bytes] | None:
    """Each token id's bytes, for a byte-level BPE tokenizer (GPT-2's, Qwen's, the demo model's):
    there a token stands for a fixed byte string, so decoding a stream is appending bytes. Special
    tokens decode to nothing (as ``skip_special_tokens``), added tokens to their text. None for
    any other kind of tokenizer (SentencePiece, WordPiece), whose decoders join tokens by rules."""
    try:
        from tokenizers import decoders
    except ImportError:
        return None
    backend = getattr(tokenizer, "backend_tokenizer", None)
    if backend is None or not isinstance(backend.decoder, decoders.ByteLevel):
        return None
    byte_of = _byte_level_alphabet()
    added = {token.content for token in tokenizer.added_tokens_decoder.values()}
    special = set(tokenizer.all_special_ids)
    table = []
    for token_id in range(len(tokenizer)):
        token = backend.id_to_token(token_id)
        if token is None or token_id in special:
            table.append(b"")
        elif token in added:
            table.append(token.encode("utf-8"))
        elif all(char in byte_of for char in token):
            table.append(bytes(byte_of[char] for char in token))
        else:  # not the byte alphabet after all: keep the tokenizer's own decoding
            return None
    return table


def _byte_level_alphabet() -> dict[str, int]:
    """GPT-2's byte-level alphabet, character -> byte: printable bytes stand for themselves, the other
    68 (controls, space, 0x7f-0xa0, 0xad) for the characters from U+0100 on, in byte order."""
    printable = [*range(ord("!"), ord("~") + 1), *range(ord("¡"), ord("¬") + 1), *range(ord("®"), ord("ÿ") + 1)]
    byte_of = {chr(byte): byte for byte in printable}
    others = sorted(set(range(256)) - set(printable))
    byte_of.update({chr(256 + index): byte for index, byte in enumerate(others)})
    return byte_of


class _ByteLevelDetokenizer:
    """Text deltas of a byte-level token stream: one table lookup and an incremental UTF-8 decode per
    token, instead of decoding the recent ids twice (the batcher does this for every row at every
    step). Bytes that end inside a character wait for the rest; output equals the tokenizer's decode."""

    def __init__(self, token_bytes: list[bytes]) -> None:
        self.token_bytes = token_bytes
        self.utf8 = codecs.getincrementaldecoder("utf-8")("replace")
        self.held = ""  # trailing U+FFFD: released once real text follows, dropped at the end (as the slow path)

    def add(self, token_id: int) -> str:
        # ids beyond the tokenizer (a model's padded vocabulary) decode to nothing, as in the tokenizer
        text = self.held + self.utf8.decode(self.token_bytes[token_id] if 0 <= token_id < len(self.token_bytes)
                                            else b"")
        released = text.rstrip("\ufffd")
        self.held = text[len(released):]
        return released

    def flush(self) -> str:
        return (self.held + self.utf8.decode(b"", final=True)).rstrip("\ufffd")  # unfinished bytes are dropped


Detokenizer = _IncrementalDetokenizer | _ByteLevelDetokenizer


def _load_adapter(model: Any, adapter_dir: Path, adapter_name: str = "default") -> Any:
    """Load a peft LoRA adapter under ``adapter_name``; a model that already carries adapters gets
    one more (the base weights are shared, see :mod:`hybridai.serving.manager`)."""
    if not (adapter_dir / "adapter_config.json").is_file():
        raise ModelLoadError(f"LoRA adapter folder {adapter_dir} not found or has no adapter_config.json")
    try:
        from peft import PeftModel

        if isinstance(model, PeftModel):
            model.load_adapter(adapter_dir, adapter_name=adapter_name, is_trainable=False)
            return model.eval()
        return PeftModel.from_pretrained(model, adapter_dir, adapter_name=adapter_name, is_trainable=False)
    except Exception as exc:  # peft/safetensors raise assorted errors for corrupt files
        raise ModelLoadError(f"cannot load LoRA adapter from {adapter_dir}: {exc}") from exc


def _context_length(config: Any) -> int:
    for attr in ("max_position_embeddings", "n_positions", "max_sequence_length", "seq_length"):
        value = getattr(config, attr, None)
        if isinstance(value, int) and value > 0:
            return value
    return 2048


def _stop_token_ids(tokenizer: Any) -> frozenset[int]:
    ids = set()
    if tokenizer.eos_token_id is not None:
        ids.add(tokenizer.eos_token_id)
    vocab = tokenizer.get_vocab()
    for marker in PLAIN_TEMPLATE_STOPS:
        if marker in vocab:
            ids.add(vocab[marker])
    return frozenset(ids)
