"""The date parser is strict, and the language detector says None rather than guess."""

from __future__ import annotations

import pytest

from parallax.ingest.dates import is_iso_date, parse_date
from parallax.ingest.language import detect_language


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("October 22, 2024", "2024-10-22"),
        ("Oct. 22, 2024", "2024-10-22"),
        ("Oct 22 2024", "2024-10-22"),
        ("Sept. 3, 2024", "2024-09-03"),
        ("22 October 2024", "2024-10-22"),
        ("3rd September 2024", "2024-09-03"),
        ("Tuesday, October 22, 2024", "2024-10-22"),
        ("Tue 22 Oct 2024 10.31 BST", "2024-10-22"),
        ("Oct. 22, 2024 10:31 a.m. ET", "2024-10-22"),
        ("October 22, 2024 at 9 a.m.", "2024-10-22"),
        ("10:31 AM EDT, Tue October 22, 2024", "2024-10-22"),
        ("2024-10-21", "2024-10-21"),
        ("2024-10-22T09:15:00Z", "2024-10-22"),
        ("2024-10-22T09:15:00+02:00", "2024-10-22"),
        ("22/10/2024", "2024-10-22"),  # only one reading: there is no month 22
        ("10/22/2024", "2024-10-22"),
        ("05/05/2024", "2024-05-05"),  # both readings agree
    ],
)
def test_dates_as_news_pages_write_them(text: str, iso: str):
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "text",
    [
        "03/04/2024",  # March 4 or April 3
        "October 22",  # no year
        "February 30, 2024",
        "Room 12",
        "2024",
        "Monday",
        "October 22, 2024, officials said",
        "",
    ],
)
def test_what_is_not_exactly_one_date_is_none(text: str):
    assert parse_date(text) is None


def test_is_iso_date():
    assert is_iso_date("2024-10-22")
    assert not is_iso_date("2024-02-30")
    assert not is_iso_date("20241022")


SAMPLES = {
    "en": "The defence secretary arrived in the capital on Monday for his fourth visit since "
    "the war began, and he said that the new package of aid would be delivered within weeks.",
    "de": "Der Verteidigungsminister ist am Montag zu seinem vierten Besuch seit Kriegsbeginn in "
    "der Hauptstadt eingetroffen und sagte, dass das neue Hilfspaket bald geliefert werde.",
    "fr": "Le ministre de la Défense est arrivé lundi dans la capitale pour sa quatrième visite "
    "depuis le début de la guerre, et il a déclaré que le nouveau paquet d'aide serait livré.",
    "es": "El ministro de Defensa llegó el lunes a la capital para su cuarta visita desde el "
    "comienzo de la guerra, y dijo que el nuevo paquete de ayuda se entregará en pocas semanas.",
    "it": "Il ministro della Difesa è arrivato lunedì nella capitale per la sua quarta visita "
    "dall'inizio della guerra, e ha detto che il nuovo pacchetto di aiuti sarà consegnato presto.",
    "pt": "O ministro da Defesa chegou na segunda-feira à capital para a sua quarta visita desde "
    "o início da guerra, e disse que o novo pacote de ajuda será entregue em poucas semanas.",
    "nl": "De minister van Defensie is maandag in de hoofdstad aangekomen voor zijn vierde bezoek "
    "sinds het begin van de oorlog, en hij zei dat het nieuwe hulppakket snel wordt gestuurd.",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_each_profiled_language_is_recognised(lang: str):
    assert detect_language(SAMPLES[lang]) == lang


@pytest.mark.parametrize(
    "text",
    [
        "The minister arrived.",  # too short to tell
        "Kyiv Kharkiv Odesa Lviv Dnipro Mykolaiv Kherson Poltava Sumy Rivne Lutsk Uzhhorod "
        "Ternopil Chernivtsi Zhytomyr Vinnytsia Cherkasy Chernihiv Kropyvnytskyi Khmelnytskyi",
        "Президент заявил, что переговоры продолжатся в пятницу в столице, а затем делегации "
        "вернутся домой, чтобы обсудить предложения с правительствами своих стран и партнёрами.",
    ],
    ids=["short", "list-of-places", "unprofiled-language"],
)
def test_unclear_text_has_no_language(text: str):
    assert detect_language(text) is None
