"""Word differences inside aligned sentences, each classified for the reader."""
