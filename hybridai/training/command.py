"""``hybridai finetune``: a LoRA fine-tune with the forgetting guard, in this process or data-parallel
under Colossal-AI (``--launcher colossalai --nproc N``, torchrun on 127.0.0.1). Defaults: the private
model (the demo model, built if needed), the shipped FAQ data, the demo corpus's held-out text as the
general baseline. Exit status 1 when the guard rejects the run."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from hybridai.errors import ConfigError, InvalidRequestError

LAUNCHERS = ("local", "colossalai")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from hybridai.training.colossal import DEFAULT_VENV, INSTALL_SCRIPT, PLUGINS, PRECISIONS

    parser.add_argument("--model", help="base model folder (default: the private model; the demo model is built "
                        "if needed)")
    parser.add_argument("--train", help="training JSONL chat file (default: the shipped faq_train.jsonl)")
    parser.add_argument("--domain-eval", help="domain eval file, JSONL chat or .txt (default: faq_eval.jsonl)")
    parser.add_argument("--general-eval", help="general baseline, JSONL chat or .txt (default: the demo corpus's "
                        "held-out documents)")
    parser.add_argument("--out", type=Path, help="runs folder (default: <data_dir>/runs/lora)")
    parser.add_argument("-s", "--set", dest="settings", nargs=2, action="append", metavar=("KEY", "VALUE"),
                        help="a LoraTrainConfig field, VALUE as JSON where it parses (e.g. -s steps 40 "
                        "-s target_modules '[\"c_attn\"]'); repeatable")
    parser.add_argument("--launcher", choices=LAUNCHERS, default="local",
                        help="local: this process; colossalai: torchrun ranks under Colossal-AI's Booster")
    parser.add_argument("--nproc", type=int, default=2, help="colossalai: ranks on this machine")
    parser.add_argument("--plugin", choices=tuple(PLUGINS), default="torch_ddp", help="colossalai: Booster plugin "
                        "(torch_ddp on CPU; the others need GPUs)")
    parser.add_argument("--precision", choices=PRECISIONS, default="fp32", help="colossalai: GPU plugins only")
    parser.add_argument("--zero-stage", type=int, default=1, help="colossalai: low_level_zero / hybrid_parallel")
    parser.add_argument("--tp-size", type=int, default=1, help="colossalai: hybrid_parallel tensor parallelism")
    parser.add_argument("--colossalai-venv", help=f"colossalai: the environment the ranks run in, made by "
                        f"{INSTALL_SCRIPT} (default: {DEFAULT_VENV})")
    parser.add_argument("--register", metavar="NAME", help="when the guard passes, register the adapter as model "
                        "version NAME in <data_dir>/models/registry.json")
    parser.add_argument("--base-version", help="with --register: the base model's own version name")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")


def lora_config(pairs: list[list[str]] | None) -> Any:
    """A LoraTrainConfig from ``-s KEY VALUE`` pairs (progress bar on unless set)."""
    from hybridai.training.lora import LoraTrainConfig

    known = {f.name for f in fields(LoraTrainConfig)}
    values: dict[str, Any] = {}
    for key, raw in pairs or []:
        if key not in known:
            raise ConfigError(f"LoraTrainConfig.{key}: unknown field; known: {', '.join(sorted(known))}")
        if key in values:
            raise InvalidRequestError(f"-s {key} given twice")
        try:
            values[key] = json.loads(raw)
        except json.JSONDecodeError:
            values[key] = raw  # a bare word: lr_schedule cosine
    return LoraTrainConfig(**values)


def run(args: argparse.Namespace, settings: Any) -> Any:
    from hybridai.training.data import finetune_data_path, write_general_eval_file
    from hybridai.training.lora import Registration, train_lora

    config = lora_config(args.settings)
    out = args.out or settings.data_dir / "runs" / "lora"
    if args.base_version and not args.register:
        raise InvalidRequestError("--base-version needs --register")
    registration = Registration(settings.data_dir, name=args.register, base=args.base_version) \
        if args.register else None
    colossal = None
    if args.launcher == "colossalai":  # validated before the model is built or any data read
        from hybridai.training.colossal import ColossalConfig, check_hardware, colossalai_python

        colossal = ColossalConfig(plugin=args.plugin, nproc_per_node=args.nproc, precision=args.precision,
                                  zero_stage=args.zero_stage, tp_size=args.tp_size, venv=args.colossalai_venv)
        check_hardware(colossal)
        colossalai_python(colossal)
    model = Path(args.model).expanduser() if args.model else _private_model(settings, quiet=args.json)
    general = Path(args.general_eval) if args.general_eval else write_general_eval_file(
        Path(out) / "general_eval.txt")
    files = (model, Path(args.train) if args.train else finetune_data_path("faq_train.jsonl"),
             Path(args.domain_eval) if args.domain_eval else finetune_data_path("faq_eval.jsonl"), general, out)
    if colossal is None:
        return train_lora(*files, config, registration=registration)
    from hybridai.training.colossal import train_lora_colossal

    return train_lora_colossal(*files, config, colossal, registration=registration)


def _private_model(settings: Any, quiet: bool) -> Path:
    from hybridai.config import DEMO_MODEL

    if settings.private.model != DEMO_MODEL:
        return settings.private_model_dir
    from hybridai.demo.build import build_demo_model

    return Path(build_demo_model(settings.demo_model_dir, progress=not quiet).path)


def main(args: argparse.Namespace, settings: Any) -> int:
    """Run and print; 0 when the run passed the guard, 1 when it was rejected."""
    report = run(args, settings)
    if args.json:
        print(json.dumps(asdict(report), ensure_ascii=False, indent=2))
    else:
        verdict = "passed: promoted" if report.promoted else "REJECTED: not promoted"
        print(f"run {report.run_dir} {verdict}")
        print(f"  domain perplexity  {report.domain_perplexity_before:.3f} -> {report.domain_perplexity_after:.3f}")
        print(f"  general perplexity {report.general_perplexity_before:.3f} -> "
              f"{report.general_perplexity_after:.3f}")
        for reason in report.reasons:
            print(f"  - {reason}")
        print(f"  adapter: {report.adapter_dir}")
        if report.registered_version:
            print(f"  registered as model version {report.registered_version}")
    return 0 if report.promoted else 1
