"""Chat data loading and tokenization for fine-tuning: assistant-only labels, line-numbered errors."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from transformers import AutoTokenizer

from hybridai.backends.base import END_MARKER, render_plain
from hybridai.demo.build import DemoRecipe, _is_held_out, corpus_texts
from hybridai.errors import DataFormatError
from hybridai.training.data import (
    IGNORE_INDEX,
    file_sha256,
    finetune_data_path,
    load_chat_jsonl,
    load_examples,
    load_text_documents,
    tokenize_dialogue,
    write_general_eval_file,
)
from hybridai.types import Message

DIALOGUE = [
    Message("system", "You are the Hengyuan Tech assistant."),
    Message("user", "Which VPN client do we use?"),
    Message("assistant", "HengLink, from the MyHengyuan portal."),
    Message("user", "年假有几天？"),
    Message("assistant", "正式员工每年有15天带薪年假。"),
]


@pytest.fixture(scope="module")
def tokenizer(demo_model_dir: Path) -> Any:
    return AutoTokenizer.from_pretrained(demo_model_dir, local_files_only=True)


def labelled_runs(tokenizer: Any, labels: list[int]) -> list[str]:
    """Decoded text of each run of consecutive labelled tokens."""
    runs: list[list[int]] = []
    previous = IGNORE_INDEX
    for label in labels:
        if label != IGNORE_INDEX:
            if previous == IGNORE_INDEX:
                runs.append([])
            runs[-1].append(label)
        previous = label
    return [tokenizer.decode(run, clean_up_tokenization_spaces=False) for run in runs]


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("template", ["tokenizer", "plain fallback"])
def test_only_assistant_contents_and_end_markers_are_labelled(tokenizer: Any, template: str) -> None:
    if template == "plain fallback":
        tokenizer = AutoTokenizer.from_pretrained(tokenizer.name_or_path, local_files_only=True)
        tokenizer.chat_template = None
    example = tokenize_dialogue(tokenizer, DIALOGUE, max_length=512)
    assert tokenizer.decode(example.input_ids, clean_up_tokenization_spaces=False) == render_plain(
        DIALOGUE, add_generation_prompt=False)
    assert labelled_runs(tokenizer, example.labels) == [
        "HengLink, from the MyHengyuan portal." + END_MARKER, "正式员工每年有15天带薪年假。" + END_MARKER]
    assert all(label in (IGNORE_INDEX, token) for label, token in zip(example.labels, example.input_ids, strict=True))


def test_truncation_keeps_the_start(tokenizer: Any) -> None:
    full = tokenize_dialogue(tokenizer, DIALOGUE, max_length=512)
    short = tokenize_dialogue(tokenizer, DIALOGUE, max_length=20)
    assert short.input_ids == full.input_ids[:20] and short.labels == full.labels[:20]


def test_examples_without_labels_after_truncation_are_dropped(tokenizer: Any, tmp_path: Path) -> None:
    rows = [{"messages": [m.to_dict() for m in DIALOGUE]}, {"messages": [{"role": "assistant", "content": "Hi"}]}]
    path = write_lines(tmp_path / "d.jsonl", [json.dumps(r, ensure_ascii=False) for r in rows])
    assert len(load_examples(path, tokenizer, max_length=8)) == 1  # the system prompt alone fills 8 tokens
    with pytest.raises(DataFormatError, match="max_length=2"):
        load_examples(write_lines(tmp_path / "s.jsonl", [json.dumps(rows[0])]), tokenizer, max_length=2)


@pytest.mark.parametrize(("line", "why"), [
    ("{not json", "invalid JSON"),
    ('["a list"]', 'expected an object with a non-empty "messages" list'),
    ('{"messages": []}', 'expected an object with a non-empty "messages" list'),
    ('{"messages": [{"role": "robot", "content": "x"}]}', r"messages\[0\] needs a role"),
    ('{"messages": [{"role": "user", "content": 3}]}', r"messages\[0\] needs a role"),
    ('{"messages": [{"role": "user", "content": "only a question"}]}', "no assistant message"),
])
def test_bad_lines_are_reported_with_file_and_line_number(tmp_path: Path, line: str, why: str) -> None:
    good = json.dumps({"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}]})
    path = write_lines(tmp_path / "bad.jsonl", [good, "", line])
    with pytest.raises(DataFormatError, match=rf"bad\.jsonl:3: {why}"):
        load_chat_jsonl(path)


def test_empty_or_missing_files_are_data_errors(tmp_path: Path) -> None:
    with pytest.raises(DataFormatError, match="no dialogues"):
        load_chat_jsonl(write_lines(tmp_path / "empty.jsonl", [""]))
    with pytest.raises(DataFormatError, match="cannot read"):
        load_chat_jsonl(tmp_path / "missing.jsonl")
    with pytest.raises(DataFormatError, match="no documents"):
        load_text_documents(write_lines(tmp_path / "empty.txt", [" ", "---", " "]))


def test_data_hash_is_sha256_of_the_file_bytes() -> None:
    path = finetune_data_path("faq_train.jsonl")
    assert file_sha256(path) == hashlib.sha256(path.read_bytes()).hexdigest()


def test_shipped_faq_is_valid_disjoint_and_bilingual() -> None:
    train, held = load_chat_jsonl(finetune_data_path("faq_train.jsonl")), load_chat_jsonl(
        finetune_data_path("faq_eval.jsonl"))
    assert 100 <= len(train) <= 150 and 20 <= len(held) <= 40

    def questions(dialogues: list[list[Message]]) -> set[str]:
        return {m.content for d in dialogues for m in d if m.role == "user"}

    assert not questions(train) & questions(held)
    assert any("恒联" in m.content for d in train for m in d) and any("HengLink" in m.content for d in train for m in d)


def test_general_eval_file_is_the_demo_models_held_out_split(tmp_path: Path) -> None:
    documents = load_text_documents(write_general_eval_file(tmp_path / "general.txt"))
    every = DemoRecipe().held_out_every
    assert documents == [t for t in corpus_texts() if _is_held_out(t, every)]
