"""Reports of a comparison: JSON, CSV, Markdown, HTML."""
