"""Measurements of diplowatch (latency of streaming mode) and the tools they use."""
