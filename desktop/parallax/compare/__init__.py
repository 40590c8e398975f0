"""Comparing articles: sentence alignment, word diff, fact matching, story matrix."""
