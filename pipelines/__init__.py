"""Runnable diplowatch pipelines (``python -m pipelines.monitor``)."""
