"""jieba, the Chinese word segmenter, loaded once for every part of the router that reads words: the
keyword detector (word boundaries), the NER detector (part-of-speech tags) and the classifier (word
features). One dictionary in memory, one initialisation.

jieba's dictionary is in simplified characters. Text in traditional characters (劉冠廷, 彌敦道) falls
through to its part-of-speech HMM, character by character over every state, which costs 20–90 ms for one
request instead of 1–3 ms. ``to_simplified`` maps traditional characters to simplified ones one to one
(OpenCC's character table), so offsets into the converted text are offsets into the original."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# CJK Unified Ideographs, Extension A and the compatibility block: the characters OpenCC's t2s table covers
_CJK_RANGES = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))


@lru_cache(maxsize=1)
def load_jieba() -> Any:
    import jieba

    jieba.setLogLevel(60)  # its "Building prefix dict" lines go to stderr otherwise
    jieba.initialize()
    return jieba


@lru_cache(maxsize=1)
def _traditional_to_simplified() -> dict[int, str]:
    import opencc

    chars = [chr(code) for start, end in _CJK_RANGES for code in range(start, end)]
    # one character per line: OpenCC's phrase tables never join two of them, so each converts alone
    converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    return {ord(original): simple for original, simple in zip(chars, converted, strict=True)
            if simple != original and len(simple) == 1}


def to_simplified(text: str) -> str:
    """``text`` with traditional characters replaced by simplified ones; same length, same offsets."""
    return text.translate(_traditional_to_simplified())
