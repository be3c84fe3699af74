"""The demo model exported once per session: fp32 ONNX with the KV cache and its INT8 quantization."""

from __future__ import annotations

from pathlib import Path

import pytest

from hybridai.quantize import export_onnx, quantize_int8


@pytest.fixture(scope="session")
def onnx_fp32_dir(demo_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return export_onnx(demo_model_dir, tmp_path_factory.mktemp("onnx") / "fp32")


@pytest.fixture(scope="session")
def onnx_int8_dir(onnx_fp32_dir: Path) -> Path:
    return quantize_int8(onnx_fp32_dir, onnx_fp32_dir.parent / "int8")
