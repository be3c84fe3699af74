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
