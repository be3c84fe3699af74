"""reports/index.html: one row per run folder, newest first, links relative to the index."""

from __future__ import annotations

from pathlib import Path

from hybridai.reports import write_index


def test_index_links_every_runs_files_newest_first(tmp_path: Path) -> None:
    root = tmp_path / "reports"
    old = root / "benchmark" / "20261101T000000Z-aaaaaa"
    new = root / "fine_tune" / "20261123T120000Z-bbbbbb"
    for folder, files in ((old, ("metrics.json", "latency.png", "benchmark.ipynb")), (new, ("metrics.json",))):
        folder.mkdir(parents=True)
        for name in files:
            (folder / name).write_text("x", encoding="utf-8")
    (old / "kernel.log").write_text("not a report file", encoding="utf-8")
    (root / "dashboards" / "20261123T130000Z-cccccc").mkdir(parents=True)
    page = write_index(root).read_text(encoding="utf-8")
    assert page.index("20261123T130000Z") < page.index("20261123T120000Z") < page.index("20261101T000000Z")
    assert 'href="benchmark/20261101T000000Z-aaaaaa/latency.png"' in page
    assert 'href="fine_tune/20261123T120000Z-bbbbbb/metrics.json"' in page
    assert "kernel.log" not in page and "(empty)" in page


def test_index_of_no_runs(tmp_path: Path) -> None:
    assert "no runs yet" in write_index(tmp_path / "reports").read_text(encoding="utf-8")
