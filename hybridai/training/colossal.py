"""The LoRA fine-tune of ``hybridai.training.lora`` run data-parallel under Colossal-AI's Booster.

``train_lora_colossal`` checks everything it can in the calling process (configuration, plugin
against the hardware, base model, data), then starts ``torchrun`` with one process per rank on
127.0.0.1. Every rank runs ``lora.run_training`` with a :class:`ColossalProcess`: LoRA through
``booster.enable_lora``, the model and optimizer boosted by the chosen plugin, each rank on its own
shard of the training data, evaluation sums added up across ranks. Rank 0 applies the forgetting
guard, saves the adapter (``booster.save_lora_as_pretrained``, peft's format, safetensors) and writes
the same manifest as the plain path, plus the launcher, plugin and world size.

Colossal-AI is an optional dependency that lives in a side environment, never in hybridai's own venv
(it needs bitsandbytes, which every ``import peft`` would then import): ``tools/install_colossalai.sh``
makes ``.cache/colossalai-venv``, holding colossalai and its light needs only and seeing the main venv's
packages (torch, transformers, peft, hybridai) through a ``.pth`` file. The ranks run with its python;
this process never imports colossalai.

Rank entry point (what the launcher runs, with the side environment's python)::

    python -m torch.distributed.run --nproc_per_node N --master_addr 127.0.0.1 --master_port PORT \
        -m hybridai.training.colossal JOB.json
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import signal
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from hybridai.errors import ConfigError, DataFormatError, HybridAIError, ModelLoadError
from hybridai.training.lora import LoraTrainConfig, Registration, TrainingProcess, TrainReport, run_training

INSTALL_SCRIPT = "tools/install_colossalai.sh"
DEFAULT_VENV = Path(__file__).resolve().parents[2] / ".cache" / "colossalai-venv"
# run with the side environment's python: where it finds colossalai, and where it finds hybridai
_PROBE = ("import importlib.util as u, json; "
          "print(json.dumps([getattr(u.find_spec(n), 'origin', None) for n in ('colossalai', 'hybridai')]))")
JOB_FILE, REPORT_FILE, LOG_FILE = "job.json", "report.json", "torchrun.log"
# Colossal-AI's plugins by config name: (class, needs a GPU, supports LoRA). On CPU only TorchDDP
# works (LowLevelZero asks for a device, the others build CUDA kernels); Gemini has no LoRA support
# in colossalai 0.5.0 (GeminiPlugin.support_lora() is False).
PLUGINS: dict[str, tuple[str, bool, bool]] = {
    "torch_ddp": ("TorchDDPPlugin", False, True),
    "low_level_zero": ("LowLevelZeroPlugin", True, True),
    "gemini": ("GeminiPlugin", True, False),
    "hybrid_parallel": ("HybridParallelPlugin", True, True),
}
PRECISIONS = ("fp32", "fp16", "bf16")
# errors a rank raises before training that the caller re-raises as they are
RERAISED = {kind.__name__: kind for kind in (ConfigError, DataFormatError, ModelLoadError)}


@dataclass
class ColossalConfig:
    plugin: str = field(default="torch_ddp", metadata={"help": f"Booster plugin: one of {tuple(PLUGINS)}"})
    nproc_per_node: int = field(default=2, metadata={"help": "processes (ranks) on this machine"})
    precision: str = field(default="fp32", metadata={"help": "fp32, or fp16/bf16 mixed precision (GPU plugins)"})
    zero_stage: int = field(default=1, metadata={"help": "ZeRO stage: 1 or 2 for low_level_zero, 0-2 for "
                                                         "hybrid_parallel"})
    tp_size: int = field(default=1, metadata={"help": "tensor-parallel size (hybrid_parallel only)"})
    timeout_s: float = field(default=1800.0, metadata={"help": "wall-clock limit of the whole torchrun job"})
    venv: str | None = field(default=None, metadata={"help": f"the Colossal-AI environment the ranks run in, made "
                                                             f"by {INSTALL_SCRIPT} (default: {DEFAULT_VENV})"})

    def __post_init__(self) -> None:
        if self.plugin not in PLUGINS:
            raise ConfigError(f"ColossalConfig.plugin: must be one of {tuple(PLUGINS)}, got {self.plugin!r}")
        if not PLUGINS[self.plugin][2]:
            raise ConfigError(f"ColossalConfig.plugin: {self.plugin!r} cannot train LoRA adapters in colossalai "
                              "0.5.0; use low_level_zero or hybrid_parallel")
        for name, low in (("nproc_per_node", 1), ("zero_stage", 0), ("tp_size", 1)):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < low:
                raise ConfigError(f"ColossalConfig.{name}: must be an integer >= {low}, got {value!r}")
        if self.precision not in PRECISIONS:
            raise ConfigError(f"ColossalConfig.precision: must be one of {PRECISIONS}, got {self.precision!r}")
        if self.plugin == "torch_ddp" and self.precision != "fp32":
            raise ConfigError("ColossalConfig.precision: torch_ddp trains in fp32 only")
        if self.plugin == "low_level_zero" and self.zero_stage not in (1, 2):
            raise ConfigError(f"ColossalConfig.zero_stage: low_level_zero takes 1 or 2, got {self.zero_stage}")
        if self.plugin == "hybrid_parallel":
            if self.zero_stage > 2:
                raise ConfigError(f"ColossalConfig.zero_stage: hybrid_parallel takes 0-2, got {self.zero_stage}")
            if self.nproc_per_node % self.tp_size:
                raise ConfigError(f"ColossalConfig.tp_size: must divide nproc_per_node ({self.nproc_per_node}), "
                                  f"got {self.tp_size}")
        elif self.tp_size != 1:
            raise ConfigError("ColossalConfig.tp_size: tensor parallelism needs plugin 'hybrid_parallel'")
        if (not isinstance(self.timeout_s, int | float) or isinstance(self.timeout_s, bool)
                or not math.isfinite(self.timeout_s) or self.timeout_s <= 0):
            raise ConfigError(f"ColossalConfig.timeout_s: must be a positive number, got {self.timeout_s!r}")
        if self.venv is not None and (not isinstance(self.venv, str) or not self.venv):
            raise ConfigError(f"ColossalConfig.venv: must be a folder path, got {self.venv!r}")

    @classmethod
    def help(cls) -> dict[str, str]:
        return {f.name: f.metadata["help"] for f in fields(cls)}


def check_hardware(config: ColossalConfig, cuda_devices: int | None = None) -> None:
    """Fail with a ConfigError when the plugin needs GPUs this machine does not have, before
    Colossal-AI fails deep inside a rank. ``cuda_devices`` defaults to torch's count."""
    if cuda_devices is None:
        import torch

        cuda_devices = torch.cuda.device_count()
    if not PLUGINS[config.plugin][1]:
        return
    if cuda_devices == 0:
        raise ConfigError(f"ColossalConfig.plugin: {config.plugin!r} needs CUDA GPUs and this machine has none; "
                          "use 'torch_ddp' on CPU")
    if cuda_devices < config.nproc_per_node:
        raise ConfigError(f"ColossalConfig.nproc_per_node: {config.plugin!r} runs one rank per GPU; asked for "
                          f"{config.nproc_per_node}, this machine has {cuda_devices}")


def colossalai_python(config: ColossalConfig) -> Path:
    """The python of the Colossal-AI environment; a ConfigError naming the install command when that
    environment is missing, lacks colossalai, or does not see this hybridai."""
    venv = Path(config.venv).expanduser().absolute() if config.venv else DEFAULT_VENV
    install = INSTALL_SCRIPT if venv == DEFAULT_VENV else f"{INSTALL_SCRIPT} {venv}"
    python = venv / "bin" / "python"
    if not python.is_file():
        raise ConfigError(f"ColossalConfig.venv: no Colossal-AI environment at {venv}; create it with {install}")
    # cwd: what the environment itself sees, not a hybridai folder that happens to be the current directory
    probe = subprocess.run([str(python), "-c", _PROBE], capture_output=True, text=True, timeout=60, cwd=venv)
    if probe.returncode:
        raise ConfigError(f"ColossalConfig.venv: {python} does not run ({probe.stderr.strip()[-300:]}); "
                          f"recreate it with {install}")
    colossalai, hybridai = json.loads(probe.stdout)
    if colossalai is None:
        raise ConfigError(f"ColossalConfig.venv: {venv} has no colossalai; install it with {install}")
    ours = Path(__file__).resolve().parents[1] / "__init__.py"
    if hybridai is None or Path(hybridai).resolve() != ours:
        raise ConfigError(f"ColossalConfig.venv: {venv} sees hybridai at {hybridai}, not {ours}; recreate it for "
                          f"this checkout with {install}")
    return python


# -- the launcher (calling process) ----------------------------------------------------------------
def train_lora_colossal(base_model_dir: str | Path, train_file: str | Path, domain_eval_file: str | Path,
                        general_eval_file: str | Path, out_dir: str | Path, config: LoraTrainConfig | None = None,
                        colossal: ColossalConfig | None = None, *, registration: Registration | None = None,
                        master_port: int | None = None) -> TrainReport:
    """``train_lora`` data-parallel over ``colossal.nproc_per_node`` ranks (torchrun on 127.0.0.1).
    Returns rank 0's report; the run folder holds the adapter, the manifest and ``torchrun.log``."""
    config = config or LoraTrainConfig()
    colossal = colossal or ColossalConfig()
    check_hardware(colossal)
    python = colossalai_python(colossal)
    paths = {"base_model_dir": Path(base_model_dir).expanduser(), "train_file": Path(train_file),
             "domain_eval_file": Path(domain_eval_file), "general_eval_file": Path(general_eval_file),
             "out_dir": Path(out_dir)}
    _preflight(paths, config, registration)
    with tempfile.TemporaryDirectory(prefix="hybridai-colossal-") as tmp:
        job_dir = Path(tmp)
        job = {**{name: str(path.resolve()) for name, path in paths.items()}, "config": asdict(config),
               "colossal": asdict(colossal), "job_dir": str(job_dir),
               "registration": None if registration is None else {
                   "data_dir": str(Path(registration.data_dir).expanduser().resolve()),
                   "name": registration.name, "base": registration.base}}
        (job_dir / JOB_FILE).write_text(json.dumps(job), encoding="utf-8")
        log = _torchrun(python, job_dir, colossal, master_port)
        report_path = job_dir / REPORT_FILE
        if not report_path.is_file():
            _raise_rank_error(job_dir, log)
        report = TrainReport(**json.loads(report_path.read_text(encoding="utf-8")))
        (Path(report.run_dir) / LOG_FILE).write_text(log, encoding="utf-8")
    return report


def _preflight(paths: dict[str, Path], config: LoraTrainConfig, registration: Registration | None) -> None:
    """The errors every rank would hit, raised here once and before any process starts."""
    from hybridai.training.data import load_examples
    from hybridai.training.lora import _load_base, _wrap_lora

    if registration is not None:
        registration.check(paths["base_model_dir"])
    tokenizer, model = _load_base(paths["base_model_dir"])
    for name in ("train_file", "domain_eval_file", "general_eval_file"):
        load_examples(paths[name], tokenizer, config.max_length)
    _wrap_lora(model, config, TrainingProcess())  # unknown target modules, frozen layers out of range


def _torchrun(python: Path, job_dir: Path, colossal: ColossalConfig, master_port: int | None) -> str:
    command = [str(python), "-m", "torch.distributed.run", "--nnodes", "1",
               "--nproc_per_node", str(colossal.nproc_per_node), "--master_addr", "127.0.0.1",
               "--master_port", str(master_port or _free_port()), "-m", "hybridai.training.colossal",
               str(job_dir / JOB_FILE)]
    env = dict(os.environ)
    # gloo binds to the interface of the host name unless told otherwise: keep it on loopback
    env.setdefault("GLOO_SOCKET_IFNAME", "lo")
    # ranks share the cores: one intra-op thread each (torchrun's own default, without its warning)
    env.setdefault("OMP_NUM_THREADS", "1")
    # its own process group, so that a timeout stops torchrun and every rank it started
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          start_new_session=True) as job:
        try:
            return job.communicate(timeout=colossal.timeout_s)[0]
        except subprocess.TimeoutExpired as exc:
            _kill_tree(job.pid)
            job.communicate()
            raise HybridAIError(f"Colossal-AI run exceeded ColossalConfig.timeout_s={colossal.timeout_s}") from exc


def _kill_tree(pid: int) -> None:
    """Stop torchrun and every rank. torchrun starts each rank in a session of its own, so killing
    torchrun's process group alone would orphan the ranks (still holding its output pipe)."""
    import psutil

    os.killpg(pid, signal.SIGSTOP)  # frozen, torchrun cannot start another rank meanwhile
    try:
        descendants = psutil.Process(pid).children(recursive=True)
    except psutil.NoSuchProcess:
        descendants = []
    for process in descendants:
        with contextlib.suppress(psutil.NoSuchProcess):
            process.kill()
    os.killpg(pid, signal.SIGKILL)


def _free_port() -> int:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _raise_rank_error(job_dir: Path, log: str) -> None:
    """Re-raise a rank's typed error in the caller; anything else with the end of the ranks' log."""
    for path in sorted(job_dir.glob("error-rank*.json")):
        failure = json.loads(path.read_text(encoding="utf-8"))
        if failure["type"] in RERAISED:
            raise RERAISED[failure["type"]](failure["message"])
        raise HybridAIError(f"{failure['type']} in a Colossal-AI rank: {failure['message']}")
    tail = "\n".join(log.splitlines()[-40:])
    raise HybridAIError(f"Colossal-AI run failed before writing its report; torchrun's output ends with:\n{tail}")


# -- the ranks -------------------------------------------------------------------------------------
class ColossalProcess(TrainingProcess):
    """One rank of a Colossal-AI run (after ``colossalai.launch_from_torch``)."""

    def __init__(self, config: ColossalConfig) -> None:
        import torch.distributed as dist
        from colossalai.accelerator import get_accelerator
        from colossalai.booster import Booster

        self.config = config
        self.rank, self.world_size = dist.get_rank(), dist.get_world_size()
        self.device = get_accelerator().get_current_device()
        self.booster = Booster(plugin=_make_plugin(config))

    def wrap_lora(self, model: Any, lora_config: Any) -> Any:
        return self.booster.enable_lora(model, lora_config=lora_config)

    def prepare(self, model: Any, optimizer: Any, scheduler: Any) -> tuple[Any, Any, Any]:
        model, optimizer, _, _, scheduler = self.booster.boost(model, optimizer, lr_scheduler=scheduler)
        return model, optimizer, scheduler

    def unwrap(self, model: Any) -> Any:
        from colossalai.interface import ModelWrapper

        return model.unwrap(unwrap_peft=False) if isinstance(model, ModelWrapper) else model

    def backward(self, loss: Any, optimizer: Any) -> None:
        self.booster.backward(loss, optimizer)

    def clip_gradients(self, model: Any, optimizer: Any, max_norm: float) -> None:
        # the plugin's optimizer knows where the gradients are (ZeRO keeps them sharded)
        optimizer.clip_grad_by_norm(max_norm)

    def sum_across(self, values: list[float]) -> list[float]:
        import torch
        import torch.distributed as dist

        sums = torch.tensor(values, dtype=torch.float64, device=self.device)
        dist.all_reduce(sums)
        return sums.tolist()

    def gather(self, value: float) -> list[float]:
        import torch.distributed as dist

        values: list[Any] = [None] * self.world_size
        dist.all_gather_object(values, value)
        return values

    def share(self, value: Any) -> Any:
        import torch.distributed as dist

        box = [value]
        dist.broadcast_object_list(box, src=0)
        return box[0]

    def save_adapter(self, model: Any, path: Path) -> None:
        # every rank calls it (sharded plugins gather first); only rank 0 writes
        self.booster.save_lora_as_pretrained(model, str(path), use_safetensors=True)

    def describe(self) -> dict[str, Any]:
        from importlib.metadata import version

        import torch.distributed as dist

        return {"name": "colossalai", "colossalai_version": version("colossalai"), "python": sys.executable,
                "plugin": self.config.plugin, "world_size": self.world_size, "backend": dist.get_backend(),
                "precision": self.config.precision, "zero_stage": self.config.zero_stage,
                "tp_size": self.config.tp_size}


def _make_plugin(config: ColossalConfig) -> Any:
    from colossalai.booster import plugin as plugins

    if config.plugin == "torch_ddp":
        return plugins.TorchDDPPlugin()
    if config.plugin == "low_level_zero":
        return plugins.LowLevelZeroPlugin(stage=config.zero_stage, precision=config.precision)
    # hybrid_parallel; parallel_output=False: the loss is computed here, on the full vocabulary
    return plugins.HybridParallelPlugin(tp_size=config.tp_size, pp_size=1, zero_stage=config.zero_stage,
                                        precision=config.precision, parallel_output=False)


def rank_main(job_file: str | Path) -> int:
    """What each rank runs: join the process group, train, let rank 0 report."""
    import colossalai
    import torch
    import torch.distributed as dist

    job = json.loads(Path(job_file).read_text(encoding="utf-8"))
    config = LoraTrainConfig(**job["config"])
    colossal = ColossalConfig(**job["colossal"])
    job_dir = Path(job["job_dir"])
    colossalai.launch_from_torch(backend="nccl" if torch.cuda.is_available() else "gloo", seed=config.seed,
                                 verbose=False)
    try:
        process = ColossalProcess(colossal)
        registration = Registration(**job["registration"]) if job["registration"] else None
        report = run_training(process, job["base_model_dir"], job["train_file"], job["domain_eval_file"],
                              job["general_eval_file"], job["out_dir"], config, registration=registration)
        if process.is_main:
            (job_dir / REPORT_FILE).write_text(json.dumps(asdict(report)), encoding="utf-8")
    except HybridAIError as exc:
        (job_dir / f"error-rank{dist.get_rank()}.json").write_text(
            json.dumps({"type": type(exc).__name__, "message": str(exc)}), encoding="utf-8")
        return 1
    finally:
        dist.destroy_process_group()
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: torchrun ... -m hybridai.training.colossal JOB.json")
    raise SystemExit(rank_main(sys.argv[1]))
