"""Build the demo private model offline: a byte-level BPE tokenizer and a small GPT-2-style causal
LM trained on the Chinese + English corpus shipped in ``hybridai/demo/corpus``.

No model hub is reachable where hybridai is developed, so this is the embedded default for the
private side and what the tests use. The result is a standard ``save_pretrained`` folder that
``from_pretrained`` loads like any Hugging Face model, plus ``hybridai_demo.json`` (how it was
built, held-out perplexity). A folder whose manifest matches the corpus and recipe is reused.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import time
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from hybridai._files import replacing_folder
from hybridai.backends.base import END_MARKER, PLAIN_CHAT_TEMPLATE_JINJA, ROLE_MARKERS, render_plain
from hybridai.errors import ModelLoadError
from hybridai.types import Message

MANIFEST = "hybridai_demo.json"
RECIPE_VERSION = 1
EOS = "<|endoftext|>"
PAD = "<|pad|>"
SPECIAL_TOKENS = [EOS, PAD, *ROLE_MARKERS.values(), END_MARKER]


@dataclass(frozen=True)
class DemoRecipe:
    vocab_size: int = 4096
    n_layer: int = 4
    n_head: int = 4
    n_embd: int = 128
    context: int = 512
    block: int = 64
    batch: int = 32
    steps: int = 320
    learning_rate: float = 3e-3
    warmup_steps: int = 20
    held_out_every: int = 20  # one document in 20 is held out for perplexity
    seed: int = 20261123


@dataclass(frozen=True)
class DemoModelReport:
    path: str
    reused: bool
    seconds: float
    parameters: int
    train_tokens: int
    held_out_tokens: int
    held_out_perplexity: float
    final_train_loss: float
    corpus_sha256: str
    recipe: dict[str, Any]


def corpus_texts() -> list[str]:
    """Every document of the shipped corpus: prose documents and dialogues rendered with the plain
    chat template (the format the demo model will be prompted with)."""
    corpus = resources.files("hybridai.demo") / "corpus"
    texts: list[str] = []
    for name in sorted(p.name for p in corpus.iterdir() if p.name.endswith(".txt")):
        raw = (corpus / name).read_text(encoding="utf-8")
        texts.extend(doc.strip() for doc in raw.split("\n---\n") if doc.strip())
    dialogues = corpus / "dialogues.jsonl"
    if dialogues.is_file():
        for line in dialogues.read_text(encoding="utf-8").splitlines():
            if line.strip():
                messages = [Message(m["role"], m["content"]) for m in json.loads(line)["messages"]]
                texts.append(render_plain(messages, add_generation_prompt=False).rstrip("\n"))
    return texts


def _corpus_hash(texts: list[str], recipe: DemoRecipe) -> str:
    digest = hashlib.sha256(json.dumps(asdict(recipe), sort_keys=True).encode())
    for text in texts:
        digest.update(text.encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()


def _is_held_out(text: str, every: int) -> bool:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16) % every == 0


def load_report(model_dir: str | Path) -> DemoModelReport | None:
    path = Path(model_dir) / MANIFEST
    if not path.is_file():
        return None
    try:
        return DemoModelReport(**json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, TypeError):
        return None


def build_demo_model(out_dir: str | Path, *, recipe: DemoRecipe | None = None, force: bool = False,
                     progress: bool = True) -> DemoModelReport:
    """Build (or reuse) the demo model in ``out_dir``. Written to a temporary folder first and moved
    into place at the end, so an interrupted build never leaves a half-written model behind."""
    recipe = recipe or DemoRecipe()
    out_dir = Path(out_dir)
    texts = corpus_texts()
    corpus_hash = _corpus_hash(texts, recipe)
    existing = load_report(out_dir)
    if (not force and existing is not None and existing.corpus_sha256 == corpus_hash
            and (out_dir / "config.json").is_file()):
        return DemoModelReport(**{**asdict(existing), "reused": True})

    started = time.perf_counter()
    with replacing_folder(out_dir, ".demo-build-") as staging:
        report = _train(texts, staging, recipe, corpus_hash, progress, started)
        report = DemoModelReport(**{**asdict(report), "path": str(out_dir)})
        (staging / MANIFEST).write_text(json.dumps(asdict(report), indent=2), encoding="utf-8")
    return report


def _train(texts: list[str], out: Path, recipe: DemoRecipe, corpus_hash: str, progress: bool,
           started: float) -> DemoModelReport:
    import torch
    from tokenizers import ByteLevelBPETokenizer
    from tqdm.auto import tqdm
    from transformers import GPT2Config, GPT2LMHeadModel, PreTrainedTokenizerFast

    random.seed(recipe.seed)
    torch.manual_seed(recipe.seed)
    train_texts = [t for t in texts if not _is_held_out(t, recipe.held_out_every)]
    held_texts = [t for t in texts if _is_held_out(t, recipe.held_out_every)]
    if not train_texts or not held_texts:
        raise ModelLoadError("demo corpus is too small to split into training and held-out parts")

    bpe = ByteLevelBPETokenizer()
    bpe.train_from_iterator(train_texts, vocab_size=recipe.vocab_size, min_frequency=2,
                            special_tokens=SPECIAL_TOKENS, show_progress=False)
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=bpe._tokenizer, eos_token=EOS, bos_token=EOS,
                                        unk_token=EOS, pad_token=PAD,
                                        additional_special_tokens=[*ROLE_MARKERS.values(), END_MARKER])
    tokenizer.chat_template = PLAIN_CHAT_TEMPLATE_JINJA
    tokenizer.model_max_length = recipe.context

    def encode(docs: list[str]) -> torch.Tensor:
        ids: list[int] = []
        for doc in docs:
            ids.extend(tokenizer(doc, add_special_tokens=False)["input_ids"])
            ids.append(tokenizer.eos_token_id)
        return torch.tensor(ids, dtype=torch.long)

    train_ids, held_ids = encode(train_texts), encode(held_texts)
    config = GPT2Config(vocab_size=len(tokenizer), n_positions=recipe.context, n_embd=recipe.n_embd,
                        n_layer=recipe.n_layer, n_head=recipe.n_head, bos_token_id=tokenizer.eos_token_id,
                        eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id)
    model = GPT2LMHeadModel(config)
    optimizer = torch.optim.AdamW(model.parameters(), lr=recipe.learning_rate, weight_decay=0.01)

    def lr_at(step: int) -> float:
        if step < recipe.warmup_steps:
            return (step + 1) / recipe.warmup_steps
        progress_ratio = (step - recipe.warmup_steps) / max(1, recipe.steps - recipe.warmup_steps)
        return 0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * progress_ratio))

    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lr_at)
    generator = torch.Generator().manual_seed(recipe.seed)
    model.train()
    loss_value = float("nan")
    bar = tqdm(range(recipe.steps), desc="demo model", disable=not progress, unit="step", mininterval=1.0)
    for _ in bar:
        starts = torch.randint(0, len(train_ids) - recipe.block - 1, (recipe.batch,), generator=generator)
        batch = torch.stack([train_ids[s:s + recipe.block] for s in starts.tolist()])
        loss = model(input_ids=batch, labels=batch).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        scheduler.step()
        optimizer.zero_grad(set_to_none=True)
        loss_value = loss.item()
        bar.set_postfix(loss=f"{loss_value:.3f}")
    bar.close()

    model.eval()
    perplexity = held_out_perplexity(model, held_ids, recipe.block)
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    return DemoModelReport(
        path=str(out), reused=False, seconds=round(time.perf_counter() - started, 2),
        parameters=sum(p.numel() for p in model.parameters()), train_tokens=len(train_ids),
        held_out_tokens=len(held_ids), held_out_perplexity=round(perplexity, 3), final_train_loss=round(loss_value, 4),
        corpus_sha256=corpus_hash, recipe=asdict(recipe))


def held_out_perplexity(model: Any, ids: Any, block: int) -> float:
    """exp(mean next-token loss) over non-overlapping windows of ``block`` tokens."""
    import torch

    total_loss, total_tokens = 0.0, 0
    with torch.inference_mode():
        for start in range(0, len(ids), block):
            window = ids[start:start + block].unsqueeze(0)
            count = window.shape[1] - 1  # the model shifts labels: one prediction per token after the first
            if count < 1:
                break
            total_loss += model(input_ids=window, labels=window).loss.item() * count
            total_tokens += count
    return math.exp(total_loss / max(1, total_tokens))
