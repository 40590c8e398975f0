"""The words of a text, shared by every layer above: tokens with offsets, stems, stop words.

`tokens` finds words and punctuation with their character offsets and one normal form;
`stems` gives every inflection of a word one stem (and, as a named layer on top, one event
word for news copy's interchangeable verbs); `stopwords` is the one list of function words;
`vocabulary` holds month names and number words. Nothing here imports anything of parallax but
`parallax.model`, and nothing here needs spaCy: alignment and matching run on stored text.
"""
