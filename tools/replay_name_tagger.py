"""Replay the learned PERSON tagger on blind splits it could not have seen: for each split, the router as it was
when the split was measured (a git worktree at that commit) decides every line, a tagger trained only on the
sets before the split reads the same lines, and the two are combined as the router now combines them.

Prints, per split, the leaked lines before and after and the false positives before and after, and writes the
figures to reports/name_tagger_replay.json.

    python tools/replay_name_tagger.py            # the four latest blind splits (~4 minutes on 2 cores)

The commits are those that added each split as router_test.jsonl, before any work on it."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

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


def main(argv: list[str] | None = None) -> int:
    from hybridai.routing.name_tagger import DEFAULT_MIN_PROBABILITY, NameTagger, train
    from hybridai.routing.ner import NerDetector, _name_shaped_tag

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-probability", type=float, default=DEFAULT_MIN_PROBABILITY)
    args = parser.parse_args(argv)
    detector = NerDetector()  # its filters only: what the tagger reads must pass them as in the router
    results = []
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        for number, commit in SPLITS.items():
            rows = [json.loads(line) for line in
                    (DATA / f"router_probe{number}.jsonl").read_text(encoding="utf-8").splitlines()]
            before = _old_predictions(commit, work)
            model = work / f"tagger-{number}.crfsuite"
            train(_sets_before(number), model)
            tagger = NameTagger(model, args.min_probability)
            figures = {"split": f"router_probe{number}", "commit": commit, "leaked_before": 0, "leaked_after": 0,
                       "false_positives_before": 0, "false_positives_after": 0, "caught": [], "new_false_positives": []}
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
            print(f"{figures['split']}: leaked {figures['leaked_before']} -> {figures['leaked_after']}, "
                  f"false positives {figures['false_positives_before']} -> {figures['false_positives_after']}",
                  flush=True)
            results.append(figures)
    out = REPO / "reports" / "name_tagger_replay.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"min_probability": args.min_probability, "splits": results}, indent=2,
                              ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
