"""Reading files into Articles: one reader per format, encodings, metadata."""
