"""Make the private model fast enough to serve: export to ONNX with the KV cache, quantize to INT8,
measure what it cost (size, per-token latency, perplexity) and register the result as a version.

::

    from hybridai.quantize import quantize_model
    report = quantize_model("~/.hybridai/models/demo", "runs/demo-onnx")   # export → INT8 → compare
    report.comparison["derived"]["int8_speedup_vs_torch_fp32"], report.perplexity_ok

The INT8 folder is served by the ``onnx`` private backend (``private.backend = "onnx"``,
``private.model = "<out>/onnx-int8"``). Needs ``onnx`` and ``onnxruntime`` (the [quantize] extra).
"""

from hybridai.quantize.compare import Comparison, VariantResult, build_gpt2_small_shape, compare_models
from hybridai.quantize.export import export_onnx
from hybridai.quantize.int8 import quantize_int8
from hybridai.quantize.pipeline import (
    QuantizeReport,
    answer_through_engine,
    plot_comparison,
    quantize_model,
    register_int8,
)

__all__ = [
    "Comparison",
    "QuantizeReport",
    "VariantResult",
    "answer_through_engine",
    "build_gpt2_small_shape",
    "compare_models",
    "export_onnx",
    "plot_comparison",
    "quantize_int8",
    "quantize_model",
    "register_int8",
]
