"""Numbers, amounts, ranges and units in news text."""
