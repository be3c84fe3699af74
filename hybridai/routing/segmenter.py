"""jieba, the Chinese word segmenter, loaded once for every part of the router that reads words: the
keyword detector (word boundaries), the NER detector (part-of-speech tags) and the classifier (word
features). One dictionary in memory, one initialisation."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def load_jieba() -> Any:
    import jieba

    jieba.setLogLevel(60)  # its "Building prefix dict" lines go to stderr otherwise
    jieba.initialize()
    return jieba
