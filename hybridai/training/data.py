"""Training data: JSONL chat datasets and plain-text files, tokenized for causal-LM fine-tuning.

A chat line is ``{"messages": [{"role": "system"|"user"|"assistant", "content": str}, ...]}``.
Dialogues are rendered with the tokenizer's chat template (or the plain template when it has none)
and only assistant tokens carry labels, so the model learns to answer, not to imitate users.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from hybridai.backends.base import render_plain
from hybridai.errors import DataFormatError
from hybridai.types import Message

IGNORE_INDEX = -100  # the label torch's cross-entropy skips
ROLES = ("system", "user", "assistant")
TEXT_SEPARATOR = "\n---\n"  # between documents of a .txt file, as in the demo corpus


@dataclass(frozen=True)
class Example:
    """One tokenized training example; ``labels`` is ``IGNORE_INDEX`` where no loss is taken."""

    input_ids: list[int]
    labels: list[int]

    @property
    def labelled(self) -> int:
        return sum(label != IGNORE_INDEX for label in self.labels)


def file_sha256(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def finetune_data_path(name: str) -> Path:
    """A dataset shipped in ``hybridai/data/finetune`` (e.g. ``faq_train.jsonl``)."""
    return Path(str(resources.files("hybridai.data") / "finetune" / name))


# -- loading ---------------------------------------------------------------------------------------
def load_chat_jsonl(path: str | Path) -> list[list[Message]]:
    """Every dialogue of a JSONL chat file. Raises DataFormatError naming file and line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFormatError(f"{path}: cannot read: {exc}") from exc
    dialogues = [_parse_line(path, number, line) for number, line in enumerate(lines, 1) if line.strip()]
    if not dialogues:
        raise DataFormatError(f"{path}: no dialogues")
    return dialogues


def _parse_line(path: Path, number: int, line: str) -> list[Message]:
    def fail(why: str) -> DataFormatError:
        return DataFormatError(f"{path}:{number}: {why}")

    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise fail(f"invalid JSON ({exc.msg})") from exc
    messages = record.get("messages") if isinstance(record, dict) else None
    if not isinstance(messages, list) or not messages:
        raise fail('expected an object with a non-empty "messages" list')
    parsed = []
    for index, item in enumerate(messages):
        if not isinstance(item, dict) or item.get("role") not in ROLES or not isinstance(item.get("content"), str):
            raise fail(f"messages[{index}] needs a role in {ROLES} and a string content")
        parsed.append(Message(item["role"], item["content"]))
    if not any(m.role == "assistant" for m in parsed):
        raise fail("no assistant message: nothing to learn from")
    return parsed


def load_text_documents(path: str | Path) -> list[str]:
    """Documents of a .txt file, separated by lines holding only ``---``."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFormatError(f"{path}: cannot read: {exc}") from exc
    documents = [doc.strip() for doc in raw.split(TEXT_SEPARATOR) if doc.strip()]
    if not documents:
        raise DataFormatError(f"{path}: no documents")
    return documents


def write_general_eval_file(path: str | Path) -> Path:
    """Write the demo corpus's held-out documents (the split the demo model never trained on) as a
    .txt file: the general baseline the forgetting guard compares against."""
    from hybridai.demo.build import DemoRecipe, _is_held_out, corpus_texts

    every = DemoRecipe().held_out_every
    held_out = [text for text in corpus_texts() if _is_held_out(text, every)]
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(TEXT_SEPARATOR.join(held_out) + "\n", encoding="utf-8")
    return path


# -- tokenizing ------------------------------------------------------------------------------------
def render(tokenizer: Any, messages: Sequence[Message], add_generation_prompt: bool) -> str:
    if not getattr(tokenizer, "chat_template", None):
        return render_plain(messages, add_generation_prompt=add_generation_prompt)
    return tokenizer.apply_chat_template([m.to_dict() for m in messages], tokenize=False,
                                         add_generation_prompt=add_generation_prompt)


def assistant_spans(tokenizer: Any, messages: Sequence[Message]) -> tuple[str, list[tuple[int, int]]]:
    """The rendered dialogue and the character spans of each assistant reply (its content and end
    marker, without the trailing newline). Found by rendering prefixes, so any template works whose
    rendering of a prefix is a prefix of the whole."""
    text = render(tokenizer, messages, add_generation_prompt=False)
    spans = []
    for index, message in enumerate(messages):
        if message.role != "assistant":
            continue
        before = render(tokenizer, messages[:index], add_generation_prompt=True) if index else ""
        through = render(tokenizer, messages[:index + 1], add_generation_prompt=False).rstrip()
        if not (text.startswith(before) and text.startswith(through)):
            raise DataFormatError("the chat template does not render prefixes as prefixes; cannot mask labels")
        spans.append((len(before), len(through)))
    return text, spans


def tokenize_dialogue(tokenizer: Any, messages: Sequence[Message], max_length: int) -> Example:
    """Tokenize segment by segment, so label boundaries fall exactly on assistant spans."""
    text, spans = assistant_spans(tokenizer, messages)
    input_ids: list[int] = []
    labels: list[int] = []
    cursor = 0
    for start, end in [*spans, (len(text), len(text))]:
        for segment, learn in ((text[cursor:start], False), (text[start:end], True)):
            ids = tokenizer(segment, add_special_tokens=False)["input_ids"] if segment else []
            input_ids.extend(ids)
            labels.extend(ids if learn else [IGNORE_INDEX] * len(ids))
        cursor = end
    return Example(input_ids[:max_length], labels[:max_length])


def tokenize_text(tokenizer: Any, text: str, max_length: int) -> Example:
    ids = tokenizer(text, add_special_tokens=False)["input_ids"][:max_length]
    return Example(ids, list(ids))


def load_examples(path: str | Path, tokenizer: Any, max_length: int) -> list[Example]:
    """Tokenized examples of a .jsonl chat file (assistant tokens labelled) or a .txt file (every
    token labelled). Examples left with fewer than one prediction after truncation are dropped."""
    path = Path(path)
    if path.suffix == ".txt":
        examples = [tokenize_text(tokenizer, doc, max_length) for doc in load_text_documents(path)]
    else:
        examples = [tokenize_dialogue(tokenizer, d, max_length) for d in load_chat_jsonl(path)]
    # the first token is never predicted, so only labels after it count
    kept = [e for e in examples if any(label != IGNORE_INDEX for label in e.labels[1:])]
    if not kept:
        raise DataFormatError(f"{path}: no example keeps a label within max_length={max_length}")
    return kept
