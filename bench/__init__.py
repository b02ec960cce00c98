"""Benchmark: `make bench` (corpus generator + runner)."""
