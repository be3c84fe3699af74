"""A learned PERSON tagger beside the name rules: a linear-chain CRF (CRFsuite) over Chinese characters and
words of other scripts, trained on the labelled router sets.

Why: the rules in :mod:`hybridai.routing.ner` name every way a name was written in the sets they were tuned on,
and each unseen set brought new ones ("Tell Kwabena…", "w/ ravi", 皇甫雷今天请假了). A sequence model learns
what a name looks like in context (the characters and words around it, which lexicon lists a word is in, how
common a word it is in English, how jieba tags it) from every labelled span at once, so it generalises where
one more rule would not (``tools/replay_name_tagger.py`` measures that on blind splits it never saw).

The tagger only adds names the rules missed; every filter of :class:`~hybridai.routing.ner.NerDetector`
(public figures, made-up characters, placeholders, personas) still applies to what it finds.

Train with ``hybridai train-name-tagger`` (``hybridai/data/name_tagger.crfsuite``); the training files are the
development sets, never the held-out test split."""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from hybridai.errors import ConfigError, InvalidRequestError, ModelLoadError
from hybridai.types import Entity

PERSON = "PERSON"
# one token per Chinese character; a run of letters of any other script; a run of digits; any other character
_TOKEN_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|(?:(?![\u3400-\u9fff\uf900-\ufaff])[^\W\d_])+|\d+|\S")
# what a capitalised word opening a sentence, a line, a quote or a bracket follows
_SENTENCE_START_AFTER_RE = re.compile(r"[.!?:;。！？：；\"“”‘(（\[{<>*#|]?\s*\n?|.*\n\s*", re.DOTALL)
_HAN_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# CRFsuite's L-BFGS is deterministic: the same files and parameters give the same model, byte for byte
TRAIN_PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}
# a token is part of a name when its marginal probability of being inside one reaches this: chosen on four blind
# splits, each tagged by a model trained only on the sets before it (names the rules of the day had missed, against
# false positives added: tools/replay_name_tagger.py --min-probability P)
DEFAULT_MIN_PROBABILITY = 0.15


def default_model_path() -> Path:
    return Path(__file__).resolve().parents[1] / "data" / "name_tagger.crfsuite"


def tokenize(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _TOKEN_RE.finditer(text)]


@lru_cache(maxsize=1)
def _vocab() -> dict[str, Any]:
    """The lexicon lists the rules use, read once (imported here so the rules module stays the one owner)."""
    from wordfreq import zipf_frequency

    from hybridai.routing import ner

    lexicon = ner._lexicon()
    return {
        "sur1": frozenset(ner._SURNAMES_1) | frozenset(ner._SURNAMES_WORDLIKE),
        "sur2": frozenset(ner._SURNAMES_2),
        "given_chars": frozenset(ner._GIVEN_CHARS),
        "given": lexicon["any_given"], "surnames": lexicon["any_surname"], "common": lexicon["common"],
        "places": lexicon["places"], "pinyin_surnames": ner._PINYIN_SURNAMES,
        "pinyin_syllables": ner._pinyin_syllable_count, "english_zipf": zipf_frequency,
    }


def _shape(token: str) -> str:
    if _HAN_RE.match(token):
        return "H"
    if token.isdigit():
        return "D"
    if not token[0].isalpha():
        return "P"
    if token.isupper() and len(token) > 1:
        return "AA"
    if token[0].isupper():
        return "Aa"
    return "a"


@lru_cache(maxsize=50_000)
def _word_flags(word: str) -> tuple[str, ...]:
    """Which lexicon lists a word is in (cached: the pinyin split is the costly part of a feature row)."""
    vocab = _vocab()
    lower = word.casefold()
    flags = []
    if lower in vocab["given"]:
        flags.append("giv")
    if lower in vocab["surnames"]:
        flags.append("sur")
    if lower in vocab["common"]:
        flags.append("com")
    if lower in vocab["places"]:
        flags.append("plc")
    if lower in vocab["pinyin_surnames"]:
        flags.append("pysur")
    if word.isascii() and 1 <= vocab["pinyin_syllables"](lower) <= 2:
        flags.append("py")
    flags.append(f"zf{min(int(vocab['english_zipf'](lower, 'en')), 5)}")  # how common a word it is in English
    return tuple(flags)


def _char_flags(text: str, start: int, vocab: dict[str, Any]) -> list[str]:
    char = text[start]
    flags = []
    if char in vocab["sur1"]:
        flags.append("sur1")
    if text[start:start + 2] in vocab["sur2"]:
        flags.append("sur2")
    if start and text[start - 1:start + 1] in vocab["sur2"]:
        flags.append("sur2b")
    if char in vocab["given_chars"]:
        flags.append("gc")
    return flags


def _jieba_words(simplified: str) -> dict[int, tuple[str, str, str]]:
    """Character offset → (word, part of speech, B/M/E/S position) for every Chinese character."""
    from hybridai.routing.ner import pos_cut

    info: dict[int, tuple[str, str, str]] = {}
    offset = 0
    for word, flag in pos_cut(simplified):
        if _HAN_RE.match(word[:1]):
            for i in range(len(word)):
                position = "S" if len(word) == 1 else "B" if i == 0 else "E" if i == len(word) - 1 else "M"
                info[offset + i] = (word if len(word) <= 4 else "", flag, position)
        offset += len(word)
    return info


def features(text: str, spans: Sequence[tuple[int, int]]) -> list[list[str]]:
    """One list of feature strings per token: itself, its shape and lexicon flags, jieba's reading of the
    word a character sits in, and the same of its neighbours two to each side."""
    from hybridai.routing.segmenter import to_simplified

    vocab = _vocab()
    simplified = to_simplified(text)
    words = _jieba_words(simplified) if _HAN_RE.search(text) else {}
    base: list[list[str]] = []
    shared: list[list[str]] = []  # what a token tells its neighbours: its flags, not its shape or suffix
    idents: list[str] = []
    shapes: list[str] = []
    for start, end in spans:
        token = simplified[start:end]
        shape = _shape(token)
        ident = token.casefold()
        own = [f"s={shape}"]
        if shape == "H":
            own.extend(_char_flags(simplified, start, vocab))
            word, flag, position = words.get(start, ("", "x", "S"))
            own.extend((f"pos={flag}", f"bm={position}", f"pb={flag}{position}"))
            if word:
                own.append(f"jw={word}")
        elif shape in ("Aa", "a", "AA"):
            flags = _word_flags(token)
            own.extend(flags)
            own.extend((f"suf={ident[-3:]}", f"len={min(len(token), 9)}"))
            # a capital letter says little at the start of a sentence and much in the middle of one
            opening = not base or _SENTENCE_START_AFTER_RE.fullmatch(text[spans[len(base) - 1][0]:start].strip(" \t"))
            own.append("open" if opening else "mid")
            if not opening and shape == "Aa":
                own.extend(f"mid+{flag}" for flag in flags)
                if not flags:
                    own.append("mid+unlisted")
        before = text[spans[len(base) - 1][1]:start] if base else "\n"
        if "\n" in before:
            own.append("nl")
        elif before:
            own.append("sp")
        base.append(own)
        shared.append([flag for flag in own if not flag.startswith(("s=", "suf=", "len="))])
        idents.append(ident if shape != "D" else "<d>")
        shapes.append(shape)
    out = []
    n = len(spans)
    for i in range(n):
        feats = ["b", f"w={idents[i]}", *base[i]]
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                feats.append(f"{d}w={idents[j]}")
                feats.append(f"{d}s={shapes[j]}")
                if d in (-1, 1):
                    feats.extend(f"{d}{flag}" for flag in shared[j])
            else:
                feats.append(f"{d}w=<edge>")
        if i > 0 and shapes[i] == shapes[i - 1] == "H":
            feats.append(f"bg={idents[i - 1]}{idents[i]}")
        if i + 1 < n and shapes[i] == shapes[i + 1] == "H":
            feats.append(f"bg+={idents[i]}{idents[i + 1]}")
        out.append(feats)
    return out


def labels(spans: Sequence[tuple[int, int]], people: Iterable[tuple[int, int]]) -> list[str]:
    """B/I/O per token from character spans of PERSON (a token counts when it starts inside a span)."""
    tags = ["O"] * len(spans)
    for start, end in people:
        inside = [i for i, (s, _) in enumerate(spans) if start <= s < end]
        for k, i in enumerate(inside):
            tags[i] = "B" if k == 0 else "I"
    return tags


def _read_rows(files: Sequence[Path]) -> list[dict[str, Any]]:
    rows = []
    for path in files:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidRequestError(f"train-name-tagger: cannot read {path}: {exc}") from None
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                text, entities = row["text"], row.get("entities", [])
                people = [(e["start"], e["end"]) for e in entities if e["type"] == PERSON]
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise InvalidRequestError(f"train-name-tagger: {path}:{number}: not a labelled line "
                                          f"(text, entities with type/start/end): {exc}") from None
            if not isinstance(text, str) or any(not 0 <= a < b <= len(text) for a, b in people):
                raise InvalidRequestError(f"train-name-tagger: {path}:{number}: a PERSON span lies outside the text")
            rows.append({"text": text, "people": people})
    if not any(row["people"] for row in rows):
        raise InvalidRequestError("train-name-tagger: no PERSON spans in the training files")
    return rows


def train(files: Sequence[Path], out: Path, params: dict[str, Any] | None = None) -> dict[str, Any]:
    """Train on the PERSON spans of labelled router files (the ``eval-router`` format); write the model and
    ``<model>.json``, its manifest (files and their sha256, parameters, counts)."""
    try:
        import pycrfsuite
    except ImportError as exc:  # pragma: no cover - a core dependency
        raise ConfigError("train-name-tagger needs python-crfsuite") from exc
    rows = _read_rows(files)
    trainer = pycrfsuite.Trainer(verbose=False)
    spans_total = 0
    for row in rows:
        spans = tokenize(row["text"])
        if spans:
            spans_total += len(row["people"])
            trainer.append(features(row["text"], spans), labels(spans, row["people"]))
    chosen = {**TRAIN_PARAMS, **(params or {})}
    trainer.set_params(chosen)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    manifest = {
        "model": out.name, "sha256": hashlib.sha256(out.read_bytes()).hexdigest(),
        "params": chosen, "lines": len(rows), "person_spans": spans_total,
        "files": [{"name": p.name, "sha256": hashlib.sha256(p.read_bytes()).hexdigest()} for p in files],
    }
    out.with_suffix(".json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return manifest


class NameTagger:
    """PERSON spans the CRF reads in a text, each scored by the smallest marginal probability of its tokens."""

    def __init__(self, model: Path | None = None, min_probability: float = DEFAULT_MIN_PROBABILITY) -> None:
        import pycrfsuite

        path = model or default_model_path()
        if not path.is_file():
            raise ModelLoadError(f"name tagger: model not found at {path} (hybridai train-name-tagger builds it)")
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(path))
        except ValueError as exc:  # CRFsuite's answer to a file that is not one of its models
            raise ModelLoadError(f"name tagger: {path} is not a CRFsuite model ({exc})") from None
        self._labels = frozenset(self._tagger.labels())  # a model trained on one-word names only has no "I"
        self._lock = threading.Lock()  # a CRFsuite tagger holds the last sequence it was given
        self.min_probability = min_probability

    def tag(self, text: str) -> list[Entity]:
        """Names read from the marginals rather than the single best path: a token is part of a name when
        its probability of not being outside one reaches ``min_probability`` (the best path alone keeps only
        names the model is more sure of than not, and unseen names in a casual sentence fall below that)."""
        spans = tokenize(text)
        if not spans:
            return []
        feats = features(text, spans)
        with self._lock:
            self._tagger.set(feats)
            begins, insides = ([self._tagger.marginal(label, i) if label in self._labels else 0.0
                                for i in range(len(spans))] for label in ("B", "I"))
        found = []
        i = 0
        while i < len(spans):
            if begins[i] + insides[i] < self.min_probability:
                i += 1
                continue
            j = i + 1  # a name goes on while its next token more likely continues it than starts another
            while j < len(spans) and insides[j] >= self.min_probability and insides[j] > begins[j]:
                j += 1
            start, end = spans[i][0], spans[j - 1][1]
            probability = min(b + n for b, n in zip(begins[i:j], insides[i:j], strict=True))
            found.append(Entity(PERSON, start, end, text[start:end], round(probability, 4), "name_tagger"))
            i = j
        return found


@lru_cache(maxsize=4)
def shared_tagger(min_probability: float | None = None) -> NameTagger:
    """The packaged model, loaded once per process (and per probability asked for)."""
    return NameTagger(min_probability=DEFAULT_MIN_PROBABILITY if min_probability is None else min_probability)
