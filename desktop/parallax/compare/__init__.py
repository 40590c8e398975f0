"""Comparing articles: sentence alignment, word diff, fact matching, story matrix.

`compare(a, b, a_analysis, b_analysis)` is the entry point for two articles and
`story_matrix(name, articles, analyses)` for a whole story.
"""
