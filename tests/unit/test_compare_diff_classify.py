"""Categories of word changes: style, hedge, quote, number, date, entity, wording, in that order."""

from __future__ import annotations

import pytest

from parallax.compare.diff.classify import classify_change, style_key
from parallax.model import Fact


def marked(text: str) -> tuple[str, int, int]:
    """`text` without its [brackets], and where the bracketed (changed) part is."""
    start = text.index("[")
    end = text.index("]") - 1
    return text.replace("[", "", 1).replace("]", "", 1), start, end


def category(a: str, b: str, *, a_facts=(), b_facts=()) -> str:
    return classify_change(*marked(a), *marked(b), a_facts=a_facts, b_facts=b_facts)


def fact(text: str, surface: str, kind: str, **fields) -> Fact:
    text = marked(text)[0]
    start = text.index(surface)
    return Fact(f"f{start}", kind, surface, start, start + len(surface), 0, **fields)


# Style -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("She said [“]we will stay[”].", 'She said ["]we will stay["].'),
        ("The talks resume on [Tuesday].", "The talks resume on [tuesday]."),
        ("The [U.S.] envoy arrived.", "The [US] envoy arrived."),
        ("Officials [don't] expect a deal.", "Officials [don’t] expect a deal."),
        ("The talks ended[] and the envoys left.", "The talks ended[,] and the envoys left."),
        ("About [1,500] soldiers were deployed.", "About [1500] soldiers were deployed."),
        ("Prices rose [12%] last year.", "Prices rose [12 per cent] last year."),
        ("A [well-known] economist said.", "A [well known] economist said."),
    ],
)
def test_style(a: str, b: str) -> None:
    assert category(a, b) == "style"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Output grew [1.5] million tonnes.", "Output grew [15] million tonnes."),
        ("The package is worth [$400] million.", "The package is worth [400] million."),
        ("Prices rose [12%] last year.", "Prices rose [12] last year."),
    ],
)
def test_not_style_when_a_character_carries_meaning(a: str, b: str) -> None:
    assert category(a, b) != "style"


def test_style_key() -> None:
    assert (
        style_key("“Don’t,” U.S. officials said — 1,500 of them") == "dontusofficialssaid1500ofthem"
    )


# Hedges ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The governor said [65] people died.", "The governor said [at least 72] people died."),
        ("The governor said []65 people died.", "The governor said [at least ]65 people died."),
        ("The governor said [about ]65 people died.", "The governor said []65 people died."),
        ("Rescuers found [nearly] 40 survivors.", "Rescuers found [more than] 40 survivors."),
        ("Police detained [some] 300 protesters.", "Police detained [up to] 300 protesters."),
        ("It will cost [about] $2 billion.", "It will cost [roughly] $2 billion."),
        ("Crowds of 5,000[] gathered.", "Crowds of 5,000[ or more] gathered."),
        ("[Over] twenty villages were hit.", "[Fewer than] twenty villages were hit."),
    ],
)
def test_hedge(a: str, b: str) -> None:
    assert category(a, b) == "hedge"


def test_hedge_words_away_from_numbers_are_wording() -> None:
    assert category("The debate ran [over] lunch.", "The debate ran [through] lunch.") == "wording"
    assert category("[Some] residents fled.", "[Many] residents fled.") == "wording"


def test_an_extractor_qualifier_outside_the_list_is_a_hedge() -> None:
    b = "Officials said [an estimated ]72 people died."
    b_facts = [fact(b, "72", "number", qualifier="an estimated")]
    assert category("Officials said []72 people died.", b, b_facts=b_facts) == "hedge"


def test_when_the_hedge_is_a_separate_change_the_number_change_is_a_number() -> None:
    """ "65 died" -> "at least 72 died" split in two ops: the insert is the hedge, this a number."""
    a, b = "At [65] people died.", "At least [72] people died."
    a_facts = [fact(a, "65", "number")]
    b_facts = [fact(b, "72", "number", qualifier="at least")]
    assert category(a, b, a_facts=a_facts, b_facts=b_facts) == "number"


# Quotes ----------------------------------------------------------------------------------------
def test_quote_by_facts() -> None:
    a = '"We will [not] be intimidated," Reyes said.'
    b = '"We will [never] be intimidated," Reyes said.'
    a_facts = [fact(a, "We will not be intimidated", "quote")]
    b_facts = [fact(b, "We will never be intimidated", "quote")]
    assert category(a, b, a_facts=a_facts, b_facts=b_facts) == "quote"


def test_quote_by_marks_when_no_facts() -> None:
    assert category("She said: “We lost [40] homes.”", "She said: “We lost [45] homes.”") == "quote"
    assert category('He said "go" and [left].', 'He said "go" and [stayed].') == "wording"


def test_a_changed_mark_is_style_not_quote() -> None:
    assert category("Reyes said [“]no.”", 'Reyes said ["]no.”') == "style"


# Numbers, dates, entities ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("It was his [fourth] visit.", "It was his [third] visit.", "number"),
        ("Aid rose to [$400 million].", "Aid rose to [$425 million].", "number"),
        ("Turnout was [twenty-five] percent.", "Turnout was [thirty] percent.", "number"),
        ("He arrived on [Monday].", "He arrived on [Tuesday].", "date"),
        ("The fire began on Oct. [21], 2024.", "The fire began on Oct. [22], 2024.", "date"),
        ("The fire began on [21] October.", "The fire began on [22] October.", "date"),
        ("Sales fell in [2023].", "Sales fell in [2024].", "date"),
        ("The vote is set for [May] 3.", "The vote is set for [June] 3.", "date"),
        ("The letter was signed by Mr. [Reyes].", "The letter was signed by Mr. [Ruiz].", "entity"),
        ("Aid came from the [EU].", "Aid came from the [UN].", "entity"),
        (
            "[Reyes] spoke first. Later Reyes left.",
            "[Ruiz] spoke first. Later Reyes left.",
            "entity",
        ),
        ("The talks [collapsed].", "The talks [broke down].", "wording"),
        ("[Officials] said so.", "[Diplomats] said so.", "wording"),
    ],
)
def test_categories_without_facts(a: str, b: str, expected: str) -> None:
    assert category(a, b) == expected


def test_facts_decide_kind() -> None:
    a, b = "He met Tomas [Reyes] in Kyiv.", "He met Tomas [Ruiz] in Kyiv."
    a_facts = [fact(a, "Tomas Reyes", "person")]
    b_facts = [fact(b, "Tomas Ruiz", "person")]
    assert category(a, b, a_facts=a_facts, b_facts=b_facts) == "entity"


def test_date_facts_and_number_facts() -> None:
    a, b = "He arrived [yesterday].", "He arrived [on Oct. 21]."
    facts = {"a_facts": [fact(a, "yesterday", "date")], "b_facts": [fact(b, "Oct. 21", "date")]}
    assert category(a, b, **facts) == "date"
    a, b = "The quake struck [12 km] deep.", "The quake struck [10 km] deep."
    facts = {"a_facts": [fact(a, "12 km", "quantity")], "b_facts": [fact(b, "10 km", "quantity")]}
    assert category(a, b, **facts) == "number"


def test_with_facts_capitals_alone_are_not_an_entity() -> None:
    a, b = "Talks resumed in [Geneva].", "Talks resumed in [Vienna]."
    other = [fact(a, "Talks", "event")]
    assert category(a, b, a_facts=other) == "wording"
    assert category(a, b) == "entity"


def test_an_insert_inside_a_money_fact_is_a_number_change() -> None:
    a, b = "He announced $400[] in aid.", "He announced $400[ million] in aid."
    b_facts = [fact(b, "$400 million", "money")]
    assert category(a, b, b_facts=b_facts) == "number"
