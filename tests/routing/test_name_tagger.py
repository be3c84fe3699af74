"""The learned PERSON tagger: its tokens and features, training (reproducible, bad input refused), the
shipped model (trained on exactly the development sets), and how the NER detector and the router use it."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from hybridai.cli import development_sets
from hybridai.config import RoutingSettings
from hybridai.errors import InvalidRequestError, ModelLoadError
from hybridai.routing.name_tagger import (
    NameTagger,
    default_model_path,
    features,
    labels,
    shared_tagger,
    tokenize,
    train,
)
from hybridai.routing.ner import NerDetector
from hybridai.routing.policy import Router


def _people(entities) -> set[str]:
    return {e.text for e in entities if e.type == "PERSON"}


def test_tokens_are_characters_of_chinese_and_words_of_other_scripts():
    text = "请把Zoë's 2份报告发给张伟."
    assert [text[s:e] for s, e in tokenize(text)] == ["请", "把", "Zoë", "'", "s", "2", "份", "报", "告", "发", "给",
                                                      "张", "伟", "."]


def test_labels_mark_the_tokens_of_each_name():
    text = "ask Li Na and 王芳"
    spans = tokenize(text)
    assert labels(spans, [(4, 9), (14, 16)]) == ["O", "B", "I", "O", "B", "I"]


def test_features_read_context_lexicons_and_sentence_position():
    text = "Tell Kwabena. Bob said 王芳来了"
    rows = features(text, tokenize(text))
    assert rows == features(text, tokenize(text))  # deterministic
    kwabena, bob, wang = rows[1], rows[3], rows[5]
    assert {"w=kwabena", "mid", "mid+giv", "-1w=tell", "1w=."} <= set(kwabena)
    assert "open" in bob and "mid" not in bob  # a capital after a full stop says little
    assert {"w=王", "sur1", "bg+=王芳"} <= set(wang)


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def _labelled(template: str, name: str) -> dict:
    text = template.format(name=name)
    start = text.index(name)
    return {"text": text, "entities": [{"type": "PERSON", "start": start, "end": start + len(name)}]}


TEMPLATES = ["please send the report to {name} today", "can {name} review my pull request",
             "I had lunch with {name} yesterday", "remind {name} about the offsite"]
NAMES = ["Amara", "Bjorn", "Chidi", "Dorota", "Emeka", "Farida", "Goran", "Hiroko", "Ilse", "Jomo"]


@pytest.fixture(scope="module")
def small_model(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("tagger")
    rows = [_labelled(t, n) for t in TEMPLATES for n in NAMES]
    rows += [{"text": t, "entities": []} for t in ("please send the report to finance today",
                                                   "can the bot review my pull request", "I had lunch yesterday")]
    data = _write(folder / "train.jsonl", rows)
    train([data], folder / "m.crfsuite")
    return data, folder / "m.crfsuite"


def test_training_learns_names_from_context_and_is_reproducible(small_model, tmp_path):
    data, model = small_model
    tagger = NameTagger(model)
    assert _people(tagger.tag("can Kofi review my pull request")) == {"Kofi"}  # a name it never saw
    assert _people(tagger.tag("can the linter review my pull request")) == set()
    manifest = json.loads(model.with_suffix(".json").read_text(encoding="utf-8"))
    assert manifest["person_spans"] == len(TEMPLATES) * len(NAMES) and manifest["lines"] == 43
    assert manifest["files"] == [{"name": "train.jsonl", "sha256": hashlib.sha256(data.read_bytes()).hexdigest()}]
    again = train([data], tmp_path / "again.crfsuite")
    assert (tmp_path / "again.crfsuite").read_bytes() == model.read_bytes()
    assert again["sha256"] == manifest["sha256"]


@pytest.mark.parametrize("line, message", [
    ("not json", "train.jsonl:2: not a labelled line"),
    ('{"entities": []}', "train.jsonl:2: not a labelled line"),
    ('{"text": "hi Bo", "entities": [{"type": "PERSON", "start": 3, "end": 9}]}', "outside the text"),
])
def test_training_refuses_bad_lines(tmp_path, line, message):
    data = tmp_path / "train.jsonl"
    data.write_text(json.dumps(_labelled("hi {name}", "Bo")) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(InvalidRequestError, match=message):
        train([data], tmp_path / "m.crfsuite")
    assert not (tmp_path / "m.crfsuite").exists()


def test_training_refuses_files_without_names_or_missing(tmp_path):
    with pytest.raises(InvalidRequestError, match="no PERSON spans"):
        train([_write(tmp_path / "t.jsonl", [{"text": "hello", "entities": []}])], tmp_path / "m.crfsuite")
    with pytest.raises(InvalidRequestError, match="cannot read"):
        train([tmp_path / "missing.jsonl"], tmp_path / "m.crfsuite")


def test_missing_or_corrupt_model_is_a_load_error(tmp_path):
    with pytest.raises(ModelLoadError, match="not found"):
        NameTagger(tmp_path / "none.crfsuite")
    (tmp_path / "bad.crfsuite").write_bytes(b"not a model" * 8)
    with pytest.raises(ModelLoadError, match="not a CRFsuite model"):
        NameTagger(tmp_path / "bad.crfsuite")


def test_shipped_model_was_trained_on_exactly_the_current_development_sets():
    model = default_model_path()
    manifest = json.loads(model.with_suffix(".json").read_text(encoding="utf-8"))
    assert manifest["sha256"] == hashlib.sha256(model.read_bytes()).hexdigest()
    expected = [{"name": p.name, "sha256": hashlib.sha256(p.read_bytes()).hexdigest()} for p in development_sets()]
    assert manifest["files"] == expected  # a changed or added set means: hybridai train-name-tagger
    assert all("router_test" not in f["name"] for f in manifest["files"])


@pytest.fixture(scope="module")
def rules_only() -> NerDetector:
    return NerDetector()


@pytest.fixture(scope="module")
def with_tagger() -> NerDetector:
    return NerDetector(tagger=shared_tagger())


@pytest.mark.parametrize("text, name", [
    ("fwd to Oksana pls", "Oksana"),
    ("Priyanka from accounts will call you", "Priyanka"),
])
def test_the_tagger_adds_names_the_rules_miss(rules_only, with_tagger, text, name):
    assert name not in _people(rules_only.detect(text))
    assert name in _people(with_tagger.detect(text))
    assert name not in _people(with_tagger.detect(text, tagger=False))


@pytest.mark.parametrize("text", [
    "Python里list和tuple有啥区别，面试老问，给我讲人话版本",   # 老 + a verb
    "幫我把這封信翻成英文：「謝謝您上週的協助」",               # a form of address
    "小说里的主角叫林晚舟，帮我想想他的背景设定",               # a character in fiction
    "Set up forwarding in Google Workspace step by step",       # a company's product
    "Steve Jobs said stay hungry, stay foolish",                 # a public figure
])
def test_what_the_tagger_reads_still_passes_the_name_filters(with_tagger, text):
    assert _people(with_tagger.detect(text)) == set()


def test_router_uses_the_tagger_to_decide_and_masking_leaves_it_out_while_names_are_private():
    router = Router.from_settings(RoutingSettings(), cached_texts=0)
    text = "fwd to Oksana pls"
    assert router.decide_text(text).sensitive
    assert "Oksana" in router.mask(text).text  # such a request goes private: never masked for the cloud
    maskable = RoutingSettings(private_entity_types=["PRC_ID"], mask_entity_types=["PERSON"])
    assert "Oksana" not in Router.from_settings(maskable, cached_texts=0).mask(text).text
    no_tagger = Router.from_settings(RoutingSettings(name_tagger=False), cached_texts=0)
    assert not no_tagger.decide_text(text).sensitive
