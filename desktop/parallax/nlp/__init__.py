"""Natural-language analysis: the spaCy pipeline, fact extractors and normalisers."""
