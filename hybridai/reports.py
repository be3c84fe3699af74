"""Where generated output goes: ``reports/<name>/<run-id>/``, one folder per run."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from pathlib import Path


def new_run_id() -> str:
    """A sortable, collision-safe run id: UTC timestamp plus a short random suffix."""
    return f"{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}-{secrets.token_hex(3)}"


def run_dir(name: str, run_id: str, root: Path = Path("reports")) -> Path:
    return root / name / run_id


_SHOWN = (".html", ".ipynb", ".json", ".png", ".svg", ".csv")


def write_index(root: Path = Path("reports")) -> Path:
    """``<root>/index.html``: every run folder, newest first, with links to its files (executed
    notebook, metrics.json, plots). Generated; rewritten after each notebook run and by ``hybridai up``."""
    import html

    root.mkdir(parents=True, exist_ok=True)
    runs = sorted((run for name in root.iterdir() if name.is_dir() for run in name.iterdir() if run.is_dir()),
                  key=lambda run: run.name, reverse=True)
    rows = []
    for run in runs:
        files = sorted(f for f in run.rglob("*") if f.is_file() and f.suffix in _SHOWN)
        links = " · ".join(f'<a href="{html.escape(f.relative_to(root).as_posix())}">'
                           f'{html.escape(f.relative_to(run).as_posix())}</a>' for f in files)
        rows.append(f"<tr><td>{html.escape(run.parent.name)}</td><td>{html.escape(run.name)}</td>"
                    f"<td>{links or '(empty)'}</td></tr>")
    body = "".join(rows) or '<tr><td colspan="3">no runs yet</td></tr>'
    page = ("<!doctype html><html><head><meta charset='utf-8'><title>hybridai reports</title><style>"
            "body{font-family:system-ui,sans-serif} td{padding:3px 12px 3px 0;vertical-align:top}</style></head>"
            f"<body><h1>hybridai reports</h1><table><tr><th>report</th><th>run</th><th>files</th></tr>{body}"
            "</table></body></html>\n")
    index = root / "index.html"
    index.write_text(page, encoding="utf-8")
    return index
