"""INT8 dynamic quantization of an exported folder with ``onnxruntime.quantization.quantize_dynamic``:
weights stored as int8, activations quantized on the fly at each MatMul, no calibration data."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path

from hybridai._files import replacing_folder
from hybridai.backends.onnx_local import MANIFEST, MODEL_FILE, OnnxModelInfo, read_info, write_info
from hybridai.errors import InvalidRequestError

# MatMul: every projection and the LM head; Gather: the token embedding table (a quarter of GPT-2's weights)
DEFAULT_OP_TYPES = ("MatMul", "Gather")


def quantize_int8(onnx_dir: str | Path, out_dir: str | Path, *, per_channel: bool = False,
                  op_types: tuple[str, ...] = DEFAULT_OP_TYPES) -> Path:
    """Quantize the fp32 export in ``onnx_dir`` into ``out_dir`` (self-contained like its source)."""
    import onnxruntime
    from onnxruntime.quantization import QuantType, quantize_dynamic

    onnx_dir, out_dir = Path(onnx_dir), Path(out_dir)
    info = read_info(onnx_dir)
    if info.precision != "fp32":
        raise InvalidRequestError(f"{onnx_dir} holds an {info.precision} model; quantize the fp32 export")
    if out_dir.resolve() == onnx_dir.resolve():
        raise InvalidRequestError("quantize_int8 needs an output folder other than its input")
    with replacing_folder(out_dir, ".onnx-int8-") as staging:
        for item in onnx_dir.iterdir():  # config and tokenizer files travel with the model
            if item.is_file() and item.name not in (MODEL_FILE, MANIFEST):
                shutil.copy2(item, staging / item.name)
        with _without_preprocess_advice():
            quantize_dynamic(onnx_dir / MODEL_FILE, staging / MODEL_FILE, weight_type=QuantType.QInt8,
                             per_channel=per_channel, op_types_to_quantize=list(op_types))
        quantization = {"method": "onnxruntime.quantization.quantize_dynamic", "weight_type": "QInt8",
                        "per_channel": per_channel, "op_types": list(op_types),
                        "onnxruntime": onnxruntime.__version__, "source": str(onnx_dir.resolve())}
        write_info(staging, OnnxModelInfo(**{**asdict(info), "precision": "int8", "quantization": quantization}))
    return out_dir


@contextmanager
def _without_preprocess_advice() -> Iterator[None]:
    """quantize_dynamic logs "Please consider to run pre-processing" on the root logger every time; the
    pre-processing (symbolic shape inference) does not complete on graphs with a dynamic KV cache."""

    def keep(record: logging.LogRecord) -> bool:
        return "pre-processing before quantization" not in record.getMessage()

    root = logging.getLogger()
    root.addFilter(keep)
    try:
        yield
    finally:
        root.removeFilter(keep)
