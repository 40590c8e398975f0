"""Dates and times of day in news text, resolved against the publication date."""
