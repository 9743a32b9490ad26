"""Composite PTransforms and DoFns of diplowatch, and the spaCy event coder."""
