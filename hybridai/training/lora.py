"""Train a LoRA adapter for the private model, with a forgetting guard.

``train_lora`` measures perplexity on a domain eval set and on a general baseline set before and
after training. The run passes only if domain perplexity went down and general perplexity rose by
at most ``forgetting_threshold`` (relative). Every run is kept in ``out_dir/<run-id>/``: the adapter
in peft's standard format under ``adapter/`` and ``manifest.json``; only a passed run is promoted
(and, when asked, registered as a servable model version).

The run is written once, for a ``TrainingProcess``: the plain path is a single process; the
Colossal-AI path (``hybridai.training.colossal``) runs the same code in every rank of a torchrun
job, with a process that shards the data, syncs gradients through the Booster and sums the
evaluation losses across ranks.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import time
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hybridai.errors import ConfigError, ModelLoadError
from hybridai.training.data import IGNORE_INDEX, Example, file_sha256, load_examples

MANIFEST = "manifest.json"
MANIFEST_FORMAT_VERSION = 1
SCHEDULES = ("cosine", "linear", "constant")


@dataclass
class LoraTrainConfig:
    rank: int = field(default=8, metadata={"help": "LoRA rank r (size of the low-rank update)"})
    alpha: float = field(default=16.0, metadata={"help": "LoRA scaling alpha; the update is scaled by alpha/rank"})
    dropout: float = field(default=0.0, metadata={"help": "dropout on the LoRA input, in [0, 1)"})
    target_modules: list[str] = field(default_factory=lambda: ["c_attn"],
                                      metadata={"help": "module names that get LoRA (GPT-2: c_attn)"})
    learning_rate: float = field(default=1e-3, metadata={"help": "peak AdamW learning rate"})
    steps: int = field(default=40, metadata={"help": "maximum optimizer steps"})
    batch_size: int = field(default=8, metadata={"help": "dialogues per step (per rank under Colossal-AI)"})
    warmup_steps: int = field(default=4, metadata={"help": "linear warm-up steps before the schedule"})
    lr_schedule: str = field(default="cosine", metadata={"help": "decay after warm-up: cosine, linear or constant"})
    eval_every: int = field(default=10, metadata={"help": "evaluate domain eval loss every N steps"})
    early_stop_patience: int = field(default=3, metadata={"help": "stop after N evals without improvement; 0: never"})
    gradient_checkpointing: bool = field(default=False, metadata={"help": "trade compute for activation memory"})
    freeze_layers: list[int] = field(default_factory=list,
                                     metadata={"help": "transformer layer indices that get no LoRA"})
    seed: int = field(default=1234, metadata={"help": "seed for LoRA init, dropout and batch order"})
    max_length: int = field(default=256, metadata={"help": "tokens per example; longer ones are truncated"})
    forgetting_threshold: float = field(
        default=0.10, metadata={"help": "max allowed relative rise of general perplexity (0.10 = +10%)"})
    progress: bool = field(default=True, metadata={"help": "show a tqdm progress bar"})

    def __post_init__(self) -> None:
        _check_int(self, "rank", 1)
        _check_number(self, "alpha", lambda v: v > 0, "a positive number")
        _check_number(self, "dropout", lambda v: 0 <= v < 1, "a number in [0, 1)")
        if (not isinstance(self.target_modules, list) or not self.target_modules
                or not all(isinstance(m, str) and m for m in self.target_modules)):
            raise ConfigError("LoraTrainConfig.target_modules: must be a non-empty list of module names")
        _check_number(self, "learning_rate", lambda v: v > 0, "a positive number")
        _check_int(self, "steps", 1)
        _check_int(self, "batch_size", 1)
        _check_int(self, "warmup_steps", 0)
        if self.warmup_steps >= self.steps:
            raise ConfigError("LoraTrainConfig.warmup_steps: must be smaller than steps")
        if self.lr_schedule not in SCHEDULES:
            raise ConfigError(f"LoraTrainConfig.lr_schedule: must be one of {SCHEDULES}, got {self.lr_schedule!r}")
        _check_int(self, "eval_every", 1)
        _check_int(self, "early_stop_patience", 0)
        for name in ("gradient_checkpointing", "progress"):
            if not isinstance(getattr(self, name), bool):
                raise ConfigError(f"LoraTrainConfig.{name}: must be true or false")
        if (not isinstance(self.freeze_layers, list)
                or not all(isinstance(i, int) and not isinstance(i, bool) and i >= 0 for i in self.freeze_layers)):
            raise ConfigError("LoraTrainConfig.freeze_layers: must be a list of non-negative layer indices")
        _check_int(self, "seed", 0)
        _check_int(self, "max_length", 2)
        _check_number(self, "forgetting_threshold", lambda v: True, "a finite number")

    @classmethod
    def help(cls) -> dict[str, str]:
        return {f.name: f.metadata["help"] for f in fields(cls)}


def _check_int(config: LoraTrainConfig, name: str, minimum: int) -> None:
    value = getattr(config, name)
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise ConfigError(f"LoraTrainConfig.{name}: must be an integer >= {minimum}, got {value!r}")


def _check_number(config: LoraTrainConfig, name: str, ok: Any, what: str) -> None:
    value = getattr(config, name)
    if (not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value)
            or not ok(value)):
        raise ConfigError(f"LoraTrainConfig.{name}: must be {what}, got {value!r}")


@dataclass(frozen=True)
class TrainReport:
    run_dir: str
    adapter_dir: str
    manifest_path: str
    passed: bool
    promoted: bool
    reasons: list[str]
    domain_perplexity_before: float
    domain_perplexity_after: float
    general_perplexity_before: float
    general_perplexity_after: float
    final_train_loss: float
    best_step: int
    steps_run: int
    seconds: float
    registered_version: str | None = None


@dataclass(frozen=True)
class Registration:
    """Where a passing run registers its adapter as a servable model version (a rejected adapter
    never is): ``<data_dir>/models/registry.json``, see ``hybridai.serving.versions``."""

    data_dir: str | Path
    name: str | None = None  # default: "<base model folder name>-lora-<run id>"
    base: str | None = None  # the base model's own version name, when it is registered

    def version_name(self, base_model_dir: Path, run_id: str) -> str:
        return self.name or f"{base_model_dir.name}-lora-{run_id}"

    def check(self, base_model_dir: Path) -> None:
        """Fail now, not after training, on a name the registry would refuse."""
        self.spec(self.version_name(base_model_dir, "20260101T000000Z-00000000"), base_model_dir, "adapter", {})

    def spec(self, name: str, base_model_dir: Path, adapter_dir: str, manifest: dict[str, Any]) -> Any:
        from pydantic import ValidationError

        from hybridai.serving.versions import ModelVersionSpec

        try:
            return ModelVersionSpec(name=name, kind="transformers", path=str(base_model_dir.resolve()),
                                    adapter=adapter_dir, base=self.base, manifest=manifest)
        except ValidationError as exc:
            raise ConfigError(f"Registration: {exc}") from exc


class TrainingProcess:
    """One process of a training run. This base is the plain single-process run; the Colossal-AI
    path subclasses it (one per rank) to shard data, sync gradients and reduce evaluation sums."""

    rank = 0
    world_size = 1
    device = "cpu"

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    def wrap_lora(self, model: Any, lora_config: Any) -> Any:
        from peft import get_peft_model

        return get_peft_model(model, lora_config)

    def prepare(self, model: Any, optimizer: Any, scheduler: Any) -> tuple[Any, Any, Any]:
        return model, optimizer, scheduler

    def unwrap(self, model: Any) -> Any:
        """The peft model itself, for evaluation and saving outside any data-parallel wrapper."""
        return model

    def backward(self, loss: Any, optimizer: Any) -> None:
        loss.backward()

    def clip_gradients(self, model: Any, optimizer: Any, max_norm: float) -> None:
        import torch

        torch.nn.utils.clip_grad_norm_([p for p in model.parameters() if p.requires_grad], max_norm)

    def sum_across(self, values: list[float]) -> list[float]:
        """Element-wise sums over every process (each evaluates its own shard)."""
        return values

    def gather(self, value: float) -> list[float]:
        """``value`` from every process, by rank."""
        return [value]

    def share(self, value: Any) -> Any:
        """The main process's ``value``, in every process."""
        return value

    def save_adapter(self, model: Any, path: Path) -> None:
        model.save_pretrained(path)

    def describe(self) -> dict[str, Any]:
        """How the run was launched, for the manifest."""
        return {"name": "local", "world_size": 1}


def train_lora(base_model_dir: str | Path, train_file: str | Path, domain_eval_file: str | Path,
               general_eval_file: str | Path, out_dir: str | Path,
               config: LoraTrainConfig | None = None, *, registration: Registration | None = None) -> TrainReport:
    """Train a LoRA adapter on ``train_file`` (JSONL chat) and judge it with the forgetting guard.
    Eval files are JSONL chat (assistant-token loss) or .txt documents (plain LM loss). With
    ``registration``, a passing run's adapter is registered as a model version."""
    return run_training(TrainingProcess(), base_model_dir, train_file, domain_eval_file, general_eval_file,
                        out_dir, config, registration=registration)


def run_training(process: TrainingProcess, base_model_dir: str | Path, train_file: str | Path,
                 domain_eval_file: str | Path, general_eval_file: str | Path, out_dir: str | Path,
                 config: LoraTrainConfig | None = None, *, registration: Registration | None = None) -> TrainReport:
    """The run itself, in ``process``: every process returns the same report; the main one writes
    the run folder's manifest and registers the adapter."""
    import torch

    config = config or LoraTrainConfig()
    started = time.perf_counter()
    base_model_dir = Path(base_model_dir).expanduser()
    if registration is not None:
        registration.check(base_model_dir)
    _seed_everything(config.seed)
    tokenizer, model = _load_base(base_model_dir)
    model = model.to(process.device)
    train = load_examples(train_file, tokenizer, config.max_length)
    domain_eval = load_examples(domain_eval_file, tokenizer, config.max_length)
    general_eval = load_examples(general_eval_file, tokenizer, config.max_length)
    pad_id = _pad_id(tokenizer)

    domain_before = perplexity(model, domain_eval, pad_id, config.batch_size, process)
    general_before = perplexity(model, general_eval, pad_id, config.batch_size, process)

    model = _wrap_lora(model, config, process)
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=config.learning_rate)
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: lr_factor(step, config))
    model, optimizer, scheduler = process.prepare(model, optimizer, scheduler)
    loop = _train_loop(model, optimizer, scheduler, train, domain_eval, pad_id, config, math.log(domain_before),
                       process)

    tuned = process.unwrap(model).eval()
    domain_after = perplexity(tuned, domain_eval, pad_id, config.batch_size, process)
    general_after = perplexity(tuned, general_eval, pad_id, config.batch_size, process)
    reasons = guard_reasons(domain_before, domain_after, general_before, general_after,
                            config.forgetting_threshold)

    run_dir = Path(process.share(str(_new_run_dir(Path(out_dir), config, train_file)) if process.is_main else None))
    process.save_adapter(model, run_dir / "adapter")
    version = None
    if registration is not None and not reasons:
        version = registration.version_name(base_model_dir, run_dir.name)
    report = TrainReport(
        run_dir=str(run_dir), adapter_dir=str(run_dir / "adapter"), manifest_path=str(run_dir / MANIFEST),
        passed=not reasons, promoted=not reasons, reasons=reasons,
        domain_perplexity_before=domain_before, domain_perplexity_after=domain_after,
        general_perplexity_before=general_before, general_perplexity_after=general_after,
        final_train_loss=loop.final_loss, best_step=loop.best_step, steps_run=loop.steps_run,
        seconds=round(time.perf_counter() - started, 2), registered_version=version)
    if process.is_main:
        manifest = _write_manifest(report, base_model_dir, {"train": train_file, "domain_eval": domain_eval_file,
                                                            "general_eval": general_eval_file}, config, loop,
                                   process.describe())
        if registration is not None and version is not None:
            from hybridai.serving.versions import register_version

            register_version(Path(registration.data_dir).expanduser(),
                             registration.spec(version, base_model_dir, report.adapter_dir, manifest))
    return report


# -- model -----------------------------------------------------------------------------------------
def _seed_everything(seed: int) -> None:
    import torch

    random.seed(seed)
    torch.manual_seed(seed)


def _load_base(model_dir: Path) -> tuple[Any, Any]:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    if not (model_dir / "config.json").is_file():
        raise ModelLoadError(f"base model folder {model_dir} not found or has no config.json")
    try:
        tokenizer = AutoTokenizer.from_pretrained(model_dir, local_files_only=True)
        model = AutoModelForCausalLM.from_pretrained(model_dir, local_files_only=True, dtype=torch.float32)
    except Exception as exc:  # transformers raises many types for unreadable folders
        raise ModelLoadError(f"cannot load base model from {model_dir}: {exc}") from exc
    return tokenizer, model.eval()


def _pad_id(tokenizer: Any) -> int:
    # padded positions are masked out of attention and loss, so any valid id will do
    for token_id in (tokenizer.pad_token_id, tokenizer.eos_token_id):
        if token_id is not None:
            return int(token_id)
    return 0


def _wrap_lora(model: Any, config: LoraTrainConfig, process: TrainingProcess) -> Any:
    from peft import LoraConfig

    layers = _layers_to_transform(model, config.freeze_layers)
    lora_config = LoraConfig(
        r=config.rank, lora_alpha=config.alpha, lora_dropout=config.dropout,
        target_modules=list(config.target_modules), task_type="CAUSAL_LM",
        fan_in_fan_out=_uses_conv1d(model, config.target_modules), layers_to_transform=layers)
    if config.gradient_checkpointing:
        model.config.use_cache = False
        # non-reentrant checkpointing needs no input grads, so frozen embeddings stay as they are
        model.activation_checkpointing_enable(activation_checkpointing_kwargs={"use_reentrant": False})
    try:
        return process.wrap_lora(model, lora_config)
    except ValueError as exc:  # peft's message when no module matches target_modules
        raise ConfigError(f"LoraTrainConfig.target_modules: {exc}") from exc


def _uses_conv1d(model: Any, targets: list[str]) -> bool:
    """GPT-2-style models store weights as Conv1D (in x out); LoRA must then transpose its update."""
    from transformers.pytorch_utils import Conv1D

    return any(isinstance(module, Conv1D) for name, module in model.named_modules()
               if name.rsplit(".", 1)[-1] in targets)


def _layers_to_transform(model: Any, frozen: list[int]) -> list[int] | None:
    if not frozen:
        return None
    count = getattr(model.config, "num_hidden_layers", None)
    if not isinstance(count, int):
        raise ConfigError("LoraTrainConfig.freeze_layers: the model config has no num_hidden_layers")
    if max(frozen) >= count:
        raise ConfigError(f"LoraTrainConfig.freeze_layers: the model has layers 0..{count - 1}, got {frozen}")
    layers = [i for i in range(count) if i not in frozen]
    if not layers:
        raise ConfigError("LoraTrainConfig.freeze_layers: every layer is frozen; nothing to train")
    return layers


# -- loss ------------------------------------------------------------------------------------------
def _collate(examples: list[Example], pad_id: int) -> dict[str, Any]:
    import torch

    width = max(len(e.input_ids) for e in examples)
    ids = torch.full((len(examples), width), pad_id, dtype=torch.long)
    labels = torch.full((len(examples), width), IGNORE_INDEX, dtype=torch.long)
    mask = torch.zeros((len(examples), width), dtype=torch.long)
    for row, example in enumerate(examples):  # right padding keeps GPT-2's absolute positions intact
        ids[row, :len(example.input_ids)] = torch.tensor(example.input_ids)
        labels[row, :len(example.labels)] = torch.tensor(example.labels)
        mask[row, :len(example.input_ids)] = 1
    return {"input_ids": ids, "attention_mask": mask, "labels": labels}


def _loss_sum(model: Any, batch: dict[str, Any]) -> tuple[Any, int]:
    """Summed next-token loss over labelled positions, and their count."""
    import torch

    device = next(model.parameters()).device
    logits = model(input_ids=batch["input_ids"].to(device), attention_mask=batch["attention_mask"].to(device)).logits
    targets = batch["labels"][:, 1:].to(device)
    loss = torch.nn.functional.cross_entropy(logits[:, :-1].reshape(-1, logits.shape[-1]), targets.reshape(-1),
                                             ignore_index=IGNORE_INDEX, reduction="sum")
    return loss, int((targets != IGNORE_INDEX).sum())


def perplexity(model: Any, examples: list[Example], pad_id: int, batch_size: int = 8,
               process: TrainingProcess | None = None) -> float:
    """exp(mean loss per labelled token) over ``examples``. With several processes, each scores
    its shard and the sums are added up, so every process gets the same figure."""
    import torch

    process = process or TrainingProcess()
    shard = examples[process.rank::process.world_size]
    total, count = 0.0, 0
    was_training = model.training
    model.eval()
    with torch.inference_mode():
        for start in range(0, len(shard), batch_size):
            loss, tokens = _loss_sum(model, _collate(shard[start:start + batch_size], pad_id))
            total += loss.item()
            count += tokens
    model.train(was_training)
    total, count = process.sum_across([total, float(count)])
    return math.exp(total / max(1.0, count))


# -- training --------------------------------------------------------------------------------------
def lr_factor(step: int, config: LoraTrainConfig) -> float:
    """Multiplier of the peak learning rate at ``step``: linear warm-up, then the schedule."""
    if step < config.warmup_steps:
        return (step + 1) / config.warmup_steps
    done = (step - config.warmup_steps) / max(1, config.steps - config.warmup_steps)
    if config.lr_schedule == "cosine":
        return 0.5 * (1 + math.cos(math.pi * done))
    if config.lr_schedule == "linear":
        return 1.0 - done
    return 1.0


@dataclass
class _LoopResult:
    final_loss: float = float("nan")
    steps_run: int = 0
    best_step: int = 0
    best_eval_loss: float = float("inf")
    stopped_early: bool = False
    loss_curve: list[dict[str, float]] = field(default_factory=list)
    eval_curve: list[dict[str, float]] = field(default_factory=list)


def _train_loop(model: Any, optimizer: Any, scheduler: Any, train: list[Example], domain_eval: list[Example],
                pad_id: int, config: LoraTrainConfig, start_eval_loss: float,
                process: TrainingProcess | None = None) -> _LoopResult:
    import torch
    from tqdm.auto import tqdm

    process = process or TrainingProcess()
    result = _LoopResult(best_eval_loss=start_eval_loss)
    best_state = _trainable_state(model)
    batches = _batches(len(train), config.batch_size, torch.Generator().manual_seed(config.seed),
                       process.rank, process.world_size)
    evals_without_gain = 0
    model.train()
    bar = tqdm(range(config.steps), desc="lora", unit="step", disable=not (config.progress and process.is_main),
               mininterval=1.0)
    for step in bar:
        loss, tokens = _loss_sum(model, _collate([train[i] for i in next(batches)], pad_id))
        loss = loss / max(1, tokens)
        process.backward(loss, optimizer)
        process.clip_gradients(model, optimizer, 1.0)
        optimizer.step()
        scheduler.step()
        optimizer.zero_grad(set_to_none=True)
        rank_losses = process.gather(loss.item())
        result.final_loss, result.steps_run = sum(rank_losses) / len(rank_losses), step + 1
        point = {"step": step + 1, "loss": round(result.final_loss, 6), "lr": scheduler.get_last_lr()[0]}
        if process.world_size > 1:  # each rank trains on its own shard: keep every rank's loss
            point["rank_losses"] = [round(value, 6) for value in rank_losses]
        result.loss_curve.append(point)
        bar.set_postfix(loss=f"{result.final_loss:.3f}")
        if (step + 1) % config.eval_every and step + 1 != config.steps:
            continue
        eval_loss = math.log(perplexity(process.unwrap(model), domain_eval, pad_id, config.batch_size, process))
        result.eval_curve.append({"step": step + 1, "domain_eval_loss": round(eval_loss, 6)})
        if eval_loss < result.best_eval_loss:
            result.best_eval_loss, result.best_step, evals_without_gain = eval_loss, step + 1, 0
            best_state = _trainable_state(model)
            continue
        evals_without_gain += 1
        if config.early_stop_patience and evals_without_gain >= config.early_stop_patience:
            result.stopped_early = True
            break
    bar.close()
    # keep the adapter from the best evaluation, not the last step (the untrained one if none helped)
    _load_trainable_state(model, best_state)
    return result


def _batches(size: int, batch_size: int, generator: Any, rank: int = 0, world_size: int = 1) -> Any:
    """Endless batches of indices: a fresh seeded shuffle each epoch, the same in every process,
    of which each process takes its own interleaved shard (as torch's DistributedSampler does)."""
    import torch

    while True:
        order = torch.randperm(size, generator=generator).tolist()[rank::world_size]
        for start in range(0, len(order), batch_size):
            yield order[start:start + batch_size]


def _trainable_state(model: Any) -> dict[str, Any]:
    return {name: p.detach().clone() for name, p in model.named_parameters() if p.requires_grad}


def _load_trainable_state(model: Any, state: dict[str, Any]) -> None:
    import torch

    with torch.no_grad():
        for name, parameter in model.named_parameters():
            if name in state:
                parameter.copy_(state[name])


# -- the guard and the record ----------------------------------------------------------------------
def guard_reasons(domain_before: float, domain_after: float, general_before: float, general_after: float,
                  threshold: float) -> list[str]:
    """Why a run must not be promoted; empty when it passes."""
    reasons = []
    if not domain_after < domain_before:
        reasons.append(f"domain perplexity did not improve ({domain_before:.3f} -> {domain_after:.3f})")
    rise = general_after / general_before - 1.0
    if not rise <= threshold:
        reasons.append(f"general perplexity rose by {rise:+.2%} ({general_before:.3f} -> {general_after:.3f}), "
                       f"more than the allowed {threshold:+.2%}")
    return reasons


def _new_run_dir(out_dir: Path, config: LoraTrainConfig, train_file: str | Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    digest = hashlib.sha256(json.dumps(asdict(config), sort_keys=True).encode())
    digest.update(file_sha256(train_file).encode())
    base = f"{stamp}-{digest.hexdigest()[:8]}"
    candidate, suffix = out_dir / base, 1
    while candidate.exists():  # two identical runs in the same second still get their own folders
        suffix += 1
        candidate = out_dir / f"{base}-{suffix}"
    candidate.mkdir(parents=True)
    return candidate


def _write_manifest(report: TrainReport, base_model_dir: Path, data: dict[str, str | Path],
                    config: LoraTrainConfig, loop: _LoopResult, launcher: dict[str, Any]) -> dict[str, Any]:
    general_rise = report.general_perplexity_after / report.general_perplexity_before - 1.0
    manifest = {
        "format_version": MANIFEST_FORMAT_VERSION,
        "run_id": Path(report.run_dir).name,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "base_model": {"dir": str(base_model_dir.resolve()),
                       "config_sha256": file_sha256(base_model_dir / "config.json")},
        "adapter": "adapter",
        "data": {role: {"path": str(Path(path).resolve()), "sha256": file_sha256(path)}
                 for role, path in data.items()},
        "config": asdict(config),
        "launcher": launcher,
        "loss_curve": loop.loss_curve,
        "eval_curve": loop.eval_curve,
        "best_step": loop.best_step,
        "steps_run": loop.steps_run,
        "stopped_early": loop.stopped_early,
        "perplexity": {
            "domain": {"before": report.domain_perplexity_before, "after": report.domain_perplexity_after},
            "general": {"before": report.general_perplexity_before, "after": report.general_perplexity_after,
                        "relative_change": general_rise},
        },
        "forgetting_threshold": config.forgetting_threshold,
        "passed": report.passed,
        "reasons": report.reasons,
        "promoted": report.promoted,
        "registered_version": report.registered_version,
        "seconds": report.seconds,
    }
    Path(report.manifest_path).write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")
    return manifest
