"""Replay the learned PERSON tagger on blind splits it could not have seen: for each split, the router as it was
when the split was measured (a git worktree at that commit) decides every line, a tagger trained only on the
sets before the split reads the same lines, and the two are combined as the router now combines them.

Prints, per split, the leaked lines before and after and the false positives before and after, and writes the
figures to reports/name_tagger_replay.json.

    python tools/replay_name_tagger.py                                 # the four latest blind splits (~4 min)
    python tools/replay_name_tagger.py --min-probability 0.1 0.2 0.3   # the same, at several probabilities

The commits are those that added each split as router_test.jsonl, before any work on it."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "hybridai" / "data"
# split (probe set number it became) -> the commit that held it out as router_test.jsonl, not yet measured
SPLITS = {17: "abc8911", 18: "f6ce88a", 19: "34fb4bc", 20: "f068a26"}


def _sets_before(number: int) -> list[Path]:
    return [DATA / "router_dev.jsonl", DATA / "router_probe.jsonl",
            *(DATA / f"router_probe{n}.jsonl" for n in range(2, number))]


def _old_predictions(commit: str, work: Path) -> list[dict]:
    tree = work / f"tree-{commit}"
    subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", "-f", str(tree), commit], check=True,
                   capture_output=True)
    try:
        out = work / f"pred-{commit}.jsonl"
        subprocess.run([sys.executable, "-m", "hybridai.cli", "eval-router", "--data",
                        "hybridai/data/router_test.jsonl", "--predictions", str(out)], cwd=tree, check=True,
                       capture_output=True, env={**os.environ, "PYTHONPATH": str(tree), "HF_HUB_OFFLINE": "1"})
        return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    finally:
        subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)], check=True)


def _replay(rows: list[dict], before: list[dict], tagger: Any, detector: Any) -> dict:
    from hybridai.routing.ner import _name_shaped_tag

    figures = {"leaked_before": 0, "leaked_after": 0, "false_positives_before": 0, "false_positives_after": 0,
               "caught": [], "new_false_positives": []}
    for row, old in zip(rows, before, strict=True):
        read = [e for e in tagger.tag(row["text"]) if _name_shaped_tag(row["text"], e)]
        names = [e.text for e in detector._kept(row["text"], read) if e.type == "PERSON"]
        now = old["sensitive"] or bool(names)
        if row["sensitive"]:
            figures["leaked_before"] += not old["sensitive"]
            figures["leaked_after"] += not now
            if now and not old["sensitive"]:
                figures["caught"].append({"text": row["text"], "names": names})
        else:
            figures["false_positives_before"] += old["sensitive"]
            figures["false_positives_after"] += now
            if now and not old["sensitive"]:
                figures["new_false_positives"].append({"text": row["text"], "names": names})
    return figures


def main(argv: list[str] | None = None) -> int:
    from hybridai.routing.name_tagger import DEFAULT_MIN_PROBABILITY, NameTagger, train
    from hybridai.routing.ner import NerDetector

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-probability", type=float, nargs="+", default=[DEFAULT_MIN_PROBABILITY],
                        help="one or more probabilities to replay at (each split's model is trained once)")
    args = parser.parse_args(argv)
    detector = NerDetector()  # its filters only: what the tagger reads must pass them as in the router
    runs: dict[str, list[dict]] = {str(p): [] for p in args.min_probability}
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        for number, commit in SPLITS.items():
            rows = [json.loads(line) for line in
                    (DATA / f"router_probe{number}.jsonl").read_text(encoding="utf-8").splitlines()]
            before = _old_predictions(commit, work)
            model = work / f"tagger-{number}.crfsuite"
            train(_sets_before(number), model)
            for probability in args.min_probability:
                figures = {"split": f"router_probe{number}", "commit": commit,
                           **_replay(rows, before, NameTagger(model, probability), detector)}
                print(f"{figures['split']} at {probability}: leaked {figures['leaked_before']} -> "
                      f"{figures['leaked_after']}, false positives {figures['false_positives_before']} -> "
                      f"{figures['false_positives_after']}", flush=True)
                runs[str(probability)].append(figures)
    for probability, splits in runs.items():
        total = {key: sum(f[key] for f in splits) for key in ("leaked_before", "leaked_after",
                                                                "false_positives_before", "false_positives_after")}
        print(f"at {probability}: leaked {total['leaked_before']} -> {total['leaked_after']}, false positives "
              f"{total['false_positives_before']} -> {total['false_positives_after']}")
    out = REPO / "reports" / "name_tagger_replay.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"by_min_probability": runs}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
