"""The spaCy component Parallax puts first in every pipeline: sentence starts at line breaks."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

PARAGRAPHS = "parallax_paragraphs"


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after each line break, unless one break is followed by lower case.

    Headlines, bylines and datelines have no full stop; without this the model runs them into
    the first sentence, and NER then joins words across the break ("Teixeira\\n\\nBoston").
    A single break before a lower-case word is a hard-wrapped line, left to the model.
    """
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            following = doc[token.i + 1]
            if token.text.count("\n") > 1 or not following.text[:1].islower():
                following.is_sent_start = True
    return doc
