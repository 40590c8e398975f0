"""Comparing articles: sentence alignment (align/), word diff (diff/), fact matching (match/),
the highlights both views draw, and the story matrix; the README's Architecture section shows
where this sits.

`compare.comparison.compare(a, b, a_analysis, b_analysis)` is the entry point for two articles
and `story.story_matrix(name, articles, analyses)` for a whole story.
"""
