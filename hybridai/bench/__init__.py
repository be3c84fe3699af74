"""Benchmarks (not timed tests): ``hybridai bench server`` compares the REST server with LiteLLM,
``hybridai bench local`` measures private-model serving, ``hybridai bench presidio`` the masking."""

from __future__ import annotations

import argparse


def concurrency_levels(text: str) -> list[int]:
    """argparse type for ``--concurrency 1,16,64``: distinct positive integers, ascending."""
    try:
        values = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a comma-separated list of integers: {text!r}") from None
    if not values or any(value < 1 for value in values):
        raise argparse.ArgumentTypeError("concurrency levels must be positive integers")
    return sorted(set(values))
