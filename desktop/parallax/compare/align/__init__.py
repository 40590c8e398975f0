"""Sentence alignment: which sentences of two articles report the same thing."""
