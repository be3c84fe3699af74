"""Benchmarks (not timed tests): ``hybridai bench server`` compares the REST server with LiteLLM."""
