"""The one list of stop words: English function words and the words every news story has."""

from __future__ import annotations

# Words that turn a statement around: two sentences that differ in them rarely say the same.
NEGATIONS = frozenset(
    """not no never nor without cannot don't doesn't didn't won't can't isn't wasn't aren't
    weren't couldn't wouldn't shouldn't hasn't haven't hadn't""".split()  # noqa: SIM905
)
# Function words, and the reporting verbs every news sentence has ("said", "told"): words that
# say nothing of what a sentence reports.
_FUNCTION_WORDS = """a about above after again against all also am an and any are as at be because
    been before being below between both but by can could did do does doing down during each few for
    from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just less me might more most must my myself now of off on once
    only or other our ours ourselves out over own per same shall she should since so some
    such than that the their theirs them themselves then there these they this those through
    to too under until up us very was we were what when where which while who whom whose why
    will with would you your yours yourself yourselves"""
_NEWS_WORDS = "said says say told tell according it's"
STOPWORDS = frozenset(_FUNCTION_WORDS.split()) | frozenset(_NEWS_WORDS.split()) | NEGATIONS
