"""The ``hybridai`` command line.

Exit status: 0 success, 2 bad input or configuration (the message says what), 1 any other
failure (a backend, the model, the store).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict
from importlib import resources
from pathlib import Path
from typing import Any

from hybridai.errors import ConfigError, DataFormatError, HybridAIError, InvalidRequestError

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _settings(args: argparse.Namespace) -> Any:
    from hybridai.config import load_settings

    return load_settings(args.config)


def cmd_demo_model(args: argparse.Namespace) -> int:
    from hybridai.demo.build import DemoRecipe, build_demo_model

    settings = _settings(args)
    recipe = DemoRecipe(steps=args.steps) if args.steps else DemoRecipe()
    if args.steps is not None and args.steps <= 0:
        raise InvalidRequestError("--steps must be positive")
    report = build_demo_model(settings.demo_model_dir, recipe=recipe, force=args.force, progress=not args.json)
    if args.json:
        _print_json(asdict(report))
    else:
        verb = "reused" if report.reused else f"built in {report.seconds:.1f} s"
        print(f"demo model {verb}: {report.path}")
        print(f"  {report.parameters:,} parameters, trained on {report.train_tokens:,} tokens; "
              f"held-out perplexity {report.held_out_perplexity:.2f} ({report.held_out_tokens:,} tokens)")
    return EXIT_OK


def _router(args: argparse.Namespace, cached_texts: int | None = None) -> Any:
    from hybridai.routing.policy import CACHED_TEXTS, Router

    return Router.from_settings(_settings(args).routing,
                                cached_texts=CACHED_TEXTS if cached_texts is None else cached_texts)


def _check_text(text: str) -> str:
    if not text.strip():
        raise InvalidRequestError("TEXT is empty")
    return text


def cmd_route(args: argparse.Namespace) -> int:
    decision = _router(args).decide_text(_check_text(args.text))
    if args.json:
        _print_json(decision.to_dict())
    else:
        print(f"route: {decision.route}  (sensitive: {str(decision.sensitive).lower()})")
        for reason in decision.reasons:
            print(f"  - {reason}")
        for entity in decision.entities:
            print(f"  {entity.type} [{entity.start}:{entity.end}] {entity.text!r}")
    return EXIT_OK


def cmd_mask(args: argparse.Namespace) -> int:
    masked = _router(args).mask(_check_text(args.text))
    if args.json:
        _print_json({"masked": masked.text, "entities": [e.to_dict() for e in masked.entities]})
    else:
        print(masked.text)
    return EXIT_OK


def cmd_chat(args: argparse.Namespace) -> int:
    from hybridai.engine import HybridEngine

    params = {k: v for k, v in (("max_tokens", args.max_tokens), ("temperature", args.temperature)) if v is not None}
    with HybridEngine.from_config(args.config) as engine:
        if args.json:
            result = engine.chat(_check_text(args.text), session_id=args.session, tenant=args.tenant, **params)
            _print_json(result.to_dict())
            return EXIT_OK
        result = None
        for chunk in engine.stream(_check_text(args.text), session_id=args.session, tenant=args.tenant, **params):
            if chunk.result is not None:
                result = chunk.result
            else:
                print(chunk.delta, end="", flush=True)
        print()
        assert result is not None
        print(f"[route: {result.route} via {result.backend} | {result.usage.total_tokens} tokens | "
              f"{result.latency_ms:.0f} ms | session {result.session_id}]", file=sys.stderr)
    return EXIT_OK


def default_dev_set() -> Path:
    return Path(str(resources.files("hybridai.data") / "router_dev.jsonl"))


def development_sets() -> list[Path]:
    """The labelled dev and probe sets the router was built on (the held-out test split is never among them; the
    newest probe set joins with the round of work on it)."""
    names = ["router_dev.jsonl", "router_probe.jsonl", *(f"router_probe{n}.jsonl" for n in range(2, 28))]
    return [default_dev_set().with_name(name) for name in names]


def cmd_eval_router(args: argparse.Namespace) -> int:
    from hybridai.evaluation.router_eval import decided_at, evaluate, load_examples, score, write_predictions

    if args.threshold is not None and not 0 <= args.threshold <= 1:
        raise InvalidRequestError("--threshold must be between 0 and 1")
    examples = load_examples(args.data or default_dev_set())
    router = _router(args, cached_texts=0).for_tenant(args.tenant)  # latency of a scan, not of a lookup
    report, predictions = evaluate(router, examples)
    if args.threshold is not None:  # the stored scores decided again: no rescoring
        predictions = decided_at(predictions, args.threshold)
        report = score(examples, predictions, threshold=args.threshold,
                       mask_types=router.mask_types | router.private_types)
    if args.predictions:
        write_predictions(args.predictions, predictions)
    if args.json:
        _print_json(report.to_dict())
        return EXIT_OK
    print(f"examples: {report.examples} ({report.sensitive_examples} sensitive)")
    print(f"sensitive flag: precision {report.precision:.4f}  recall {report.recall:.4f}  f1 {report.f1:.4f}")
    print(f"leakage (sensitive requests that would go to the cloud): {report.leakage}")
    for item in report.leaked:
        print(f"  line {item['line']}: {item['text'][:100]!r}: {'; '.join(item['why'])}")
    print(f"false positives: {report.false_positives} ({len(report.near_miss_false_positives)} of "
          f"{report.near_miss_examples} near-misses)")
    print(f"structured-entity recall: {report.structured_entity_recall:.4f}")
    for entity_type, value in report.entity_recall.items():
        print(f"  {entity_type:<12} {value:.4f}  (n={report.entity_counts[entity_type]})")
    if report.spurious_entities:
        print(f"entities flagged where none is labelled: {report.spurious_entities}")
    print(f"PERSON/ADDRESS recall: {report.ner_entity_recall:.4f}   classifier threshold: {report.threshold}")
    print(f"decision latency: p50 {report.latency_ms_p50:.3f} ms  p99 {report.latency_ms_p99:.3f} ms")
    return EXIT_OK


def cmd_train_classifier(args: argparse.Namespace) -> int:
    from hybridai.evaluation.sensitivity_training import TrainConfig, manifest_json, train
    from hybridai.routing.classifier import default_model_path

    try:
        given = {name: getattr(args, name) for name in ("margin", "precision_floor") if getattr(args, name) is not None}
        config = TrainConfig(embeddings=args.embeddings, **given)
    except ValueError as exc:
        raise InvalidRequestError(str(exc)) from None
    data = Path(args.data) if args.data else default_dev_set().with_name("sensitivity_train.jsonl")
    tune = args.tune or [str(path) for path in development_sets()]  # never the test split
    out = Path(args.out) if args.out else default_model_path()
    manifest = train(data, tune, out, config)
    print(manifest_json(manifest) if args.json else f"wrote {out} (threshold {manifest['threshold']['chosen']})")
    return EXIT_OK


def cmd_train_name_tagger(args: argparse.Namespace) -> int:
    from hybridai.routing.name_tagger import default_model_path, train

    files = [Path(f) for f in args.data] if args.data else development_sets()
    out = Path(args.out) if args.out else default_model_path()
    manifest = train(files, out)
    if args.json:
        _print_json(manifest)
    else:
        print(f"wrote {out} ({manifest['lines']} lines, {manifest['person_spans']} PERSON spans)")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from hybridai.demo.showcase import run_showcase

    return run_showcase(args.config)


def cmd_up(args: argparse.Namespace) -> int:
    from hybridai.demo.launcher import launch

    for flag, port in (("--server-port", args.server_port), ("--dashboards-port", args.dashboards_port)):
        if not 0 <= port < 65536:
            raise InvalidRequestError(f"{flag} must be between 0 (any free port) and 65535")
    return launch(args.config, server_port=args.server_port, dashboards_port=args.dashboards_port)


def _server(args: argparse.Namespace) -> Any:
    """Configure Django for the server commands (needs the [server] extra) and apply migrations."""
    try:
        from hybridai.server.django_setup import configure, migrate
    except ImportError as exc:
        raise ConfigError(f"the REST server needs the server extra: pip install 'hybridai[server]' ({exc})") from exc
    settings = configure(_settings(args))
    migrate()
    return settings


def cmd_serve(args: argparse.Namespace) -> int:
    import os
    import tempfile

    import uvicorn

    if args.workers < 1:
        raise InvalidRequestError("--workers must be at least 1")
    if not 0 < args.port < 65536:
        raise InvalidRequestError("--port must be between 1 and 65535")
    _server(args)
    if args.config:  # worker processes read the same config
        os.environ["HYBRIDAI_CONFIG"] = str(Path(args.config).resolve())
    if args.workers > 1:  # prometheus_client aggregates the workers' metrics through files here
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="hybridai-metrics-")
    print(f"hybridai REST API on http://{args.host}:{args.port}/v1 (docs: http://{args.host}:{args.port}/docs)",
          flush=True)
    uvicorn.run("hybridai.server.asgi:application", host=args.host, port=args.port, workers=args.workers,
                log_level=args.log_level, lifespan="on")
    return EXIT_OK


def cmd_keys(args: argparse.Namespace) -> int:
    _server(args)
    from hybridai.server import selectors, services

    if args.keys_command == "create":
        row, generated, secret = services.create_key(
            tenant=args.tenant, name=args.name or "", scopes=args.scopes, rpm=args.rpm, tpd=args.tpd,
            require_signature=args.require_signature)
        data = {"key_id": row.key_id, "api_key": generated.key, "signing_secret": secret, "tenant": row.tenant,
                "scopes": row.scopes, "rpm": row.rpm, "tpd": row.tpd, "require_signature": row.require_signature}
        if args.json:
            _print_json(data)
        else:
            print(f"API key (shown once, store it now): {generated.key}")
            print(f"signing secret (for signed requests): {secret}")
            print(f"key id {row.key_id}, tenant {row.tenant}, scopes {','.join(row.scopes)}")
    elif args.keys_command == "revoke":
        row = services.revoke_key(key_id=args.key_id)
        print(f"revoked {row.key_id} (tenant {row.tenant})")
    else:
        rows = selectors.list_keys(tenant=args.tenant)
        data = [{"key_id": r.key_id, "tenant": r.tenant, "name": r.name, "scopes": r.scopes, "rpm": r.rpm,
                 "tpd": r.tpd, "require_signature": r.require_signature, "created_at": r.created_at.isoformat(),
                 "revoked": r.revoked_at is not None} for r in rows]
        if args.json:
            _print_json(data)
        else:
            for item in data:
                state = "revoked" if item["revoked"] else "active"
                print(f"{item['key_id']}  {item['tenant']:<20} {state:<8} {','.join(item['scopes'])}")
    return EXIT_OK


def cmd_bench(args: argparse.Namespace) -> int:
    if args.bench_command == "local":
        from hybridai.bench.local import main as bench_local

        return bench_local(args.bench_args, settings=_settings(args))
    if args.bench_command == "presidio":
        from hybridai.bench.presidio import main as bench_presidio

        return bench_presidio(args.bench_args)
    from hybridai.bench.server import main as bench_server

    return bench_server(args.bench_args)


def cmd_models(args: argparse.Namespace) -> int:
    from hybridai.config import secret_from_env
    from hybridai.serving.manager import VersionManager

    manager = VersionManager.from_settings(_settings(args), secret=secret_from_env)  # lists; loads nothing
    rows = []
    for info in manager.list():
        spec = manager.spec(info.name)
        where = {} if spec is None else spec.model_dump(include={"path", "adapter", "base", "base_url", "model"},
                                                        exclude_none=True)
        rows.append({"name": info.name, "kind": info.kind, "default": info.default, **where,
                     "manifest": info.manifest})
    if args.json:
        _print_json(rows)
        return EXIT_OK
    for row in rows:
        where = "  ".join(f"{k}={row[k]}" for k in ("path", "adapter", "base", "base_url", "model") if k in row)
        print(f"{'*' if row['default'] else ' '} {row['name']:<30} {row['kind']:<13} {where}")
    return EXIT_OK


def cmd_quantize(args: argparse.Namespace) -> int:
    from hybridai.quantize.command import main as quantize_main

    quantize_main(args, _settings(args))
    return EXIT_OK


def cmd_finetune(args: argparse.Namespace) -> int:
    from hybridai.training.command import main as finetune_main

    return finetune_main(args, _settings(args))


def cmd_run_notebook(args: argparse.Namespace) -> int:
    from hybridai.notebooks import run_notebook

    parameters: dict[str, Any] = {}
    for key, value in args.parameters or []:
        if key in parameters:
            raise InvalidRequestError(f"parameter {key} given twice")
        parameters[key] = value
    run = run_notebook(args.name, parameters, output_dir=args.out)
    if args.json:
        _print_json(run.to_dict())
    else:
        print(f"executed notebook: {run.notebook_path}")
        print(f"run folder: {run.run_dir}")
        if run.metrics is not None:
            print(json.dumps(run.metrics, ensure_ascii=False, indent=2))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hybridai", description="Hybrid AI engine: private model for sensitive "
                                     "requests, cloud LLM (masked) for the rest.")
    parser.add_argument("--config", help="TOML config file (default: $HYBRIDAI_CONFIG, else built-in defaults)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("demo-model", help="build (or reuse) the offline demo private model")
    p.add_argument("--force", action="store_true", help="rebuild even if a matching model exists")
    p.add_argument("--steps", type=int, help="training steps (default: the recipe's)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_demo_model)

    p = sub.add_parser("chat", help="send one message and stream the answer")
    p.add_argument("text")
    p.add_argument("--session", help="session id (default: a new session)")
    p.add_argument("--tenant", default="default")
    p.add_argument("--max-tokens", type=int)
    p.add_argument("--temperature", type=float)
    p.add_argument("--json", action="store_true", help="print the whole result as JSON")
    p.set_defaults(func=cmd_chat)

    p = sub.add_parser("route", help="show the routing decision for TEXT (no model call)")
    p.add_argument("text")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_route)

    p = sub.add_parser("mask", help="show TEXT as a cloud backend would receive it")
    p.add_argument("text")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_mask)

    p = sub.add_parser("eval-router", help="evaluate the router on labelled JSONL")
    p.add_argument("--data", help="JSONL file (default: the shipped dev set)")
    p.add_argument("--predictions", help="write one JSON prediction per input line here")
    p.add_argument("--tenant", help="apply this tenant's routing additions (routing.tenants.<id>)")
    p.add_argument("--threshold", type=float, help="classifier threshold to decide at (default: the model's)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_eval_router)

    p = sub.add_parser("train-classifier", help="train the sensitivity classifier and choose its threshold")
    p.add_argument("--data", help="training JSONL (default: the shipped sensitivity_train.jsonl)")
    p.add_argument("--tune", action="append", help="JSONL to choose the threshold on (repeatable; default: "
                   "the shipped dev and probe sets)")
    p.add_argument("--out", help="model file (default: the shipped hybridai/data/sensitivity_model.npz)")
    p.add_argument("--margin", type=float, help="lower the zero-leakage threshold by this fraction (default 0.55)")
    p.add_argument("--precision-floor", type=float,
                   help="then lower it while the tuning data's precision stays at or above this (default: not)")
    p.add_argument("--embeddings", action="store_true", help="add MiniLM sentence embeddings (slower decisions)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_train_classifier)

    p = sub.add_parser("train-name-tagger", help="train the learned PERSON tagger on labelled router JSONL")
    p.add_argument("--data", action="append",
                   help="labelled JSONL (repeatable; default: the shipped dev and probe sets)")
    p.add_argument("--out", help="model file (default: the shipped hybridai/data/name_tagger.crfsuite)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_train_name_tagger)

    p = sub.add_parser("demo", help="the main job: build the demo model and run example chats on both routes")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("up", help="the main job: REST server + Voila dashboards (chat, monitoring) on 127.0.0.1, "
                       "with a stand-in cloud when no key is configured; Ctrl-C stops everything")
    p.add_argument("--server-port", type=int, default=8000, help="REST server port (0: any free port)")
    p.add_argument("--dashboards-port", type=int, default=8866, help="Voila port (0: any free port)")
    p.set_defaults(func=cmd_up)

    p = sub.add_parser("serve", help="run the OpenAI-compatible REST server (needs the [server] extra)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--log-level", default="warning", choices=["critical", "error", "warning", "info", "debug"])
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("keys", help="manage the REST server's API keys")
    keys = p.add_subparsers(dest="keys_command", required=True)
    k = keys.add_parser("create", help="create a key (shown once)")
    k.add_argument("--tenant", required=True)
    k.add_argument("--name")
    k.add_argument("--scopes", type=lambda v: [s for s in v.split(",") if s], help="comma-separated (default: all)")
    k.add_argument("--rpm", type=int, help="requests per minute (default: server.default_rpm)")
    k.add_argument("--tpd", type=int, help="tokens per day (default: server.default_tpd)")
    k.add_argument("--require-signature", action="store_true", help="reject requests that are not HMAC-signed")
    k.add_argument("--json", action="store_true")
    k = keys.add_parser("revoke", help="revoke a key")
    k.add_argument("key_id")
    k = keys.add_parser("list", help="list keys (never the keys themselves)")
    k.add_argument("--tenant")
    k.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_keys)

    p = sub.add_parser("run-notebook", help="run notebooks/NAME.ipynb with papermill into reports/NAME/<run-id>/ "
                       "(needs the [notebooks] extra)")
    p.add_argument("name", help="notebook name in notebooks/ (e.g. fine_tune) or a path to an .ipynb file")
    p.add_argument("-p", "--parameter", dest="parameters", nargs=2, action="append", metavar=("KEY", "VALUE"),
                   help="set a parameter declared in the notebook's parameters cell (repeatable)")
    p.add_argument("--out", type=Path, help="run folder (default: reports/NAME/<run-id>/)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_run_notebook)

    p = sub.add_parser("quantize", help="export the private model to ONNX, quantize it to INT8, compare size, "
                       "latency and perplexity with torch (writes reports/quantize/<run-id>/)")
    from hybridai.quantize.command import add_arguments as add_quantize_arguments

    add_quantize_arguments(p)
    p.set_defaults(func=cmd_quantize)

    p = sub.add_parser("finetune", help="LoRA fine-tune with the forgetting guard, here or data-parallel under "
                       "Colossal-AI (--launcher colossalai --nproc N); exit 1 when the guard rejects it")
    from hybridai.training.command import add_arguments as add_finetune_arguments

    add_finetune_arguments(p)
    p.set_defaults(func=cmd_finetune)

    p = sub.add_parser("models", help="private model versions (config + <data_dir>/models/registry.json)")
    models = p.add_subparsers(dest="models_command", required=True)
    m = models.add_parser("list", help="list the versions; * marks the default")
    m.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_models)

    p = sub.add_parser("bench", help="benchmarks (writes reports/<name>/<run-id>/)")
    bench = p.add_subparsers(dest="bench_command", required=True)
    # its options (--help lists them) are parsed by the benchmark itself
    bench.add_parser("server", help="REST server overhead vs the LiteLLM proxy, same upstream and load",
                     add_help=False)
    bench.add_parser("presidio", help="hybridai masking vs Microsoft Presidio on the English texts of a data set",
                     add_help=False)
    bench.add_parser("local", help="private model serving: tokens/s and TTFT by concurrency, batching off/on, "
                     "PyTorch vs ONNX fp32/INT8, against this CPU's roofline", add_help=False)
    p.set_defaults(func=cmd_bench)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if args.command == "bench":
        args.bench_args = extra
    elif extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    try:
        return args.func(args)
    except (ConfigError, InvalidRequestError, DataFormatError) as exc:
        print(f"hybridai: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except HybridAIError as exc:
        print(f"hybridai: error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
