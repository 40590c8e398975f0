"""Fact matching: which facts of two articles report one thing, and how they relate."""
