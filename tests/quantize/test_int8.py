"""INT8 dynamic quantization of the exported demo model and the three-way comparison."""

from __future__ import annotations

import collections
from pathlib import Path

import onnx
import pytest

from hybridai.backends.onnx_local import MANIFEST, MODEL_FILE, read_info
from hybridai.demo.build import load_report
from hybridai.errors import InvalidRequestError, ModelLoadError
from hybridai.quantize import compare_models, quantize_int8
from hybridai.quantize.compare import ONNX_FP32, ONNX_INT8, TORCH, perplexity


def test_int8_folder_is_smaller_self_contained_and_quantized(onnx_fp32_dir: Path, onnx_int8_dir: Path) -> None:
    for name in (MODEL_FILE, MANIFEST, "config.json", "tokenizer.json"):
        assert (onnx_int8_dir / name).is_file(), name
    info = read_info(onnx_int8_dir)
    assert info.precision == "int8" and info.quantization["weight_type"] == "QInt8"
    assert info.check == read_info(onnx_fp32_dir).check  # the export check carries over
    fp32_size, int8_size = ((d / MODEL_FILE).stat().st_size for d in (onnx_fp32_dir, onnx_int8_dir))
    assert int8_size < 0.4 * fp32_size
    graph = onnx.load(str(onnx_int8_dir / MODEL_FILE)).graph
    ops = collections.Counter(node.op_type for node in graph.node)
    assert ops["MatMulInteger"] + ops["DynamicQuantizeMatMul"] >= 4 * info.num_layers + 1  # projections + LM head
    assert any(init.data_type == onnx.TensorProto.INT8 for init in graph.initializer)


def test_comparison_measures_all_three_variants(demo_model_dir: Path, onnx_fp32_dir: Path,
                                                onnx_int8_dir: Path) -> None:
    result = compare_models(demo_model_dir, onnx_fp32_dir, onnx_int8_dir, threads=1, new_tokens=8, rounds=2)
    variants = {v.name: v for v in result.variants}
    assert list(variants) == [TORCH, ONNX_FP32, ONNX_INT8]
    assert all(v.ms_per_token > 0 and len(v.ms_per_token_rounds) == 2 and len(v.greedy_tokens) == 8
               for v in variants.values())
    assert variants[ONNX_INT8].size_bytes < variants[ONNX_FP32].size_bytes
    # same windows as the demo build: torch's figure is the one recorded when the model was built
    assert variants[TORCH].perplexity == pytest.approx(load_report(demo_model_dir).held_out_perplexity, rel=1e-4)
    assert variants[ONNX_FP32].perplexity == pytest.approx(variants[TORCH].perplexity, rel=1e-5)
    assert abs(result.derived["int8_perplexity_change_vs_torch_fp32"]) <= 0.02
    assert variants[ONNX_FP32].greedy_tokens == variants[TORCH].greedy_tokens
    assert result.derived["onnx_fp32_greedy_agreement"] == 1.0 and result.eval_tokens > 1000


def test_perplexity_of_a_uniform_model_is_the_vocabulary_size() -> None:
    import numpy as np

    assert perplexity(lambda window: np.zeros((len(window), 50)), list(range(40)), block=16) == pytest.approx(50)
    with pytest.raises(InvalidRequestError, match="too short"):
        perplexity(lambda window: np.zeros((len(window), 50)), [1], block=16)


def test_bad_inputs_are_typed_errors(onnx_fp32_dir: Path, onnx_int8_dir: Path, demo_model_dir: Path,
                                     tmp_path: Path) -> None:
    with pytest.raises(InvalidRequestError, match="holds an int8 model"):
        quantize_int8(onnx_int8_dir, tmp_path / "again")
    with pytest.raises(InvalidRequestError, match="other than its input"):
        quantize_int8(onnx_fp32_dir, onnx_fp32_dir)
    with pytest.raises(ModelLoadError, match="not found or incomplete"):
        quantize_int8(tmp_path / "nowhere", tmp_path / "out")
    with pytest.raises(ModelLoadError, match="expected int8"):
        compare_models(demo_model_dir, onnx_fp32_dir, onnx_fp32_dir, new_tokens=2, rounds=1)
    with pytest.raises(InvalidRequestError, match="exceed the model's context"):
        compare_models(demo_model_dir, onnx_fp32_dir, onnx_int8_dir, new_tokens=600, rounds=1)
