"""Writing model folders so that readers never see a half-written one."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replacing_folder(out_dir: Path, prefix: str) -> Iterator[Path]:
    """Yields a staging folder beside ``out_dir``. When the block ends without an error, the
    staging folder takes ``out_dir``'s place (an old one is removed first); after an error nothing
    of it is left and ``out_dir`` is untouched."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=prefix, dir=out_dir.parent))
    try:
        os.chmod(staging, 0o755)  # mkdtemp makes it private; model folders are meant to be shared
        yield staging
        if out_dir.exists():
            shutil.rmtree(out_dir)
        os.replace(staging, out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
