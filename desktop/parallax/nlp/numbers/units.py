"""Currencies and measurement units as news copy writes them, with their codes and patterns."""

from __future__ import annotations

import re
import unicodedata

# Signs and prefixes written before an amount. Single letters must be upper case and touch the
# sign ("A$5", "C$2bn"), so that "a $5 fine" stays in US dollars.
SIGN_CODES = {
    "$": "USD", "us$": "USD", "u.s.$": "USD", "u.s$": "USD", "usd$": "USD", "c$": "CAD",
    "ca$": "CAD", "cad$": "CAD", "a$": "AUD", "au$": "AUD", "aud$": "AUD", "hk$": "HKD",
    "nz$": "NZD", "nzd$": "NZD", "s$": "SGD", "sg$": "SGD", "r$": "BRL", "mex$": "MXN",
    "mxn$": "MXN", "nt$": "TWD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW",
    "₽": "RUB", "₺": "TRY", "₴": "UAH", "₦": "NGN", "₱": "PHP", "฿": "THB", "₫": "VND",
    "₪": "ILS", "₿": "BTC", "₡": "CRC", "₾": "GEL", "₭": "LAK", "₵": "GHS", "₸": "KZT",
    "₼": "AZN", "元": "CNY", "rs": "INR", "rs.": "INR", "ksh": "KES",
}  # fmt: skip
ISO_CODES = frozenset(
    """
    USD EUR GBP JPY CNY RMB INR CHF CAD AUD HKD NZD SGD BRL MXN RUB TRY ZAR KRW SEK NOK DKK PLN
    UAH NGN KES EGP SAR AED ILS IRR PKR BDT IDR MYR THB PHP VND TWD ARS CLP COP PEN HUF CZK QAR
    KWD BTC
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
# Codes that are safe to read in lower case ("50 dollar 40 rmb"); "try", "all", "cup" are not.
LOWER_CASE_CODES = frozenset(["usd", "eur", "gbp", "rmb", "jpy", "cny", "inr", "chf", "btc"])
CODE_ALIASES = {"RMB": "CNY"}

WORD_CODES = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "rupee": "INR", "rouble": "RUB",
    "ruble": "RUB", "won": "KRW", "rand": "ZAR", "reais": "BRL", "real": "BRL",
    "shekel": "ILS", "baht": "THB", "ringgit": "MYR", "rupiah": "IDR", "naira": "NGN",
    "hryvnia": "UAH", "zloty": "PLN", "zlotys": "PLN", "forint": "HUF", "lira": "TRY",
    "lire": "ITL", "cedi": "GHS", "bitcoin": "BTC", "btc": "BTC", "usd": "USD", "eur": "EUR",
    "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "inr": "INR", "chf": "CHF",
}  # fmt: skip
# Words that need their adjective to name one currency; alone they stay as the word.
AMBIGUOUS_WORDS = frozenset(
    """
    franc peso dinar krona krone kroner kronor koruna shilling markka guilder mark peseta riyal
    rial dirham dong satoshi
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
ADJECTIVE_CODES = {
    "us": "USD", "u.s.": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD",
    "hong kong": "HKD", "new zealand": "NZD", "singapore": "SGD", "taiwan": "TWD",
    "taiwanese": "TWD", "jamaican": "JMD", "zimbabwean": "ZWL", "namibian": "NAD",
    "swiss": "CHF", "french": "FRF", "belgian": "BEF", "mexican": "MXN", "philippine": "PHP",
    "argentine": "ARS", "argentinian": "ARS", "chilean": "CLP", "colombian": "COP",
    "cuban": "CUP", "pakistani": "PKR", "sri lankan": "LKR", "nepalese": "NPR",
    "indian": "INR", "egyptian": "EGP", "lebanese": "LBP", "syrian": "SYP", "sudanese": "SDG",
    "kenyan": "KES", "ugandan": "UGX", "tanzanian": "TZS", "somali": "SOS", "turkish": "TRY",
    "swedish": "SEK", "norwegian": "NOK", "danish": "DKK", "icelandic": "ISK", "czech": "CZK",
    "finnish": "FIM", "dutch": "NLG", "deutsche": "DEM", "german": "DEM", "jordanian": "JOD",
    "kuwaiti": "KWD", "iraqi": "IQD", "libyan": "LYD", "tunisian": "TND", "algerian": "DZD",
    "bahraini": "BHD", "saudi": "SAR", "qatari": "QAR", "iranian": "IRR", "yemeni": "YER",
    "omani": "OMR", "chinese": "CNY", "japanese": "JPY", "south african": "ZAR",
    "brazilian": "BRL", "russian": "RUB", "israeli": "ILS", "new israeli": "ILS",
    "nigerian": "NGN", "ghanaian": "GHS", "south korean": "KRW", "korean": "KRW",
    "north korean": "KPW", "malaysian": "MYR", "indonesian": "IDR", "thai": "THB",
    "vietnamese": "VND", "uae": "AED", "emirati": "AED", "moroccan": "MAD", "spanish": "ESP",
    "italian": "ITL", "irish": "IEP", "british": "GBP", "ukrainian": "UAH", "polish": "PLN",
    "hungarian": "HUF", "zambian": "ZMW", "malawian": "MWK",
}  # fmt: skip
SUBUNITS = {"cent": "USD", "cents": "USD", "pence": "GBP", "penny": "GBP", "pennies": "GBP"}
_CURRENCY_WORDS = (
    r"dollars?|euros?|pounds?(?:\s+sterling)?|sterling|yen|yuan|renminbi|rupees?|roubles?|"
    r"rubles?|pesos?|francs?|liras?|lire|won|rand|reais|real|shekels?|dinars?|riyals?|rials?|"
    r"dirhams?|baht|ringgit|rupiah|naira|hryvnias?|zlotys?|zlotych|forints?|kron(?:a|or|e|er)|"
    r"korun[ay]?|markkaa?|guilders?|pesetas?|deutsche\s?marks?|deutschmarks?|cedis?|"
    r"shillings?|bitcoins?|satoshis?|dong|cents?|pence|penny|pennies"
)
_ADJECTIVES = "|".join(sorted((re.escape(a) for a in ADJECTIVE_CODES), key=len, reverse=True))
_SIGNS = "|".join(re.escape(s) for s in SIGN_CODES if not s[0].isalpha() and s != "$")
_LETTER_DOLLARS = r"(?i:us|u\.s\.?|usd|ca|cad|au|aud|hk|nz|nzd|sg|mex|mxn|nt|c)\s?\$|[ASR]\$"
_ISO = "|".join(sorted(ISO_CODES | {c.upper() for c in LOWER_CASE_CODES}))
_ISO_LOWER = "|".join(sorted(LOWER_CASE_CODES))
# A currency written before the amount: "$", "US$", "€", "Rs.", "USD", "MUSD" is not here.
PREFIX_RE = re.compile(
    rf"(?<![\w$])(?:{_LETTER_DOLLARS}|\$|{_SIGNS}|Rs\.?|KSh|{_ISO}|{_ISO_LOWER})\s?$"
)
# A currency written after the amount: "dollars", "Swiss francs", "USD", "€", "元".
SUFFIX_RE = re.compile(
    rf"(?:\s?(?P<sign>[€£¥₹₩₽₺₴₦₱฿₫₪₿₡₾₭₵₸₼元$])"
    rf"|\s?(?P<code>(?:{_ISO}|{_ISO_LOWER}))(?![\w])"
    rf"|\s+(?i:(?P<adj>{_ADJECTIVES})\s+)?(?P<word>(?i:{_CURRENCY_WORDS}))(?![\w-])"
    rf"|-(?P<hyphen>(?i:dollar|euro|pound|cent|yen|penny))(?![\w]))"
)
MONEY_CUE_RE = re.compile(
    r"\b(?:paid|pay|pays|paying|cost|costs|costing|worth|fined?|fines|price[ds]?|sold|bought|"
    r"spen[dt]|spending|raised?|salary|wages?|budget|deal|bid|fee|fees|loan|debt|profit|"
    r"revenue|compensation|damages|bonus|prize|payout|award(?:ed)?|invest(?:ed|ment)?|"
    r"funding|grant|earn(?:ed|s)?|cash|fund|bill|tax|charge[ds]?|owed?|valued)\b",
    re.IGNORECASE,
)

UNIT_WORDS = {
    "mm": "millimetres millimeters millimetre millimeter",
    "cm": "centimetres centimeters centimetre centimeter",
    "dm": "decimetres decimeters decimetre decimeter",
    "pm": "picometres picometers picometre picometer",
    "m": "metres meters metre meter",
    "km": "kilometres kilometers kilometre kilometer",
    "mi": "miles mile",
    "nmi": "nautical_miles nautical_mile",
    "ft": "feet foot",
    "in": "inches inch",
    "yd": "yards yard",
    "μm": "micrometres micrometers microns micron",
    "nm": "nanometres nanometers nanometre nanometer",
    "km2": "square_kilometres square_kilometers square_kilometre square_kilometer sq_km",
    "m2": "square_metres square_meters square_metre square_meter sq_m",
    "mi2": "square_miles square_mile sq_miles sq_mi",
    "ft2": "square_feet square_foot sq_ft",
    "ha": "hectares hectare",
    "acre": "acres acre",
    "l": "litres liters litre liter",
    "ml": "millilitres milliliters millilitre milliliter",
    "gal": "gallons gallon",
    "bbl": "barrels barrel",
    "m3": "cubic_metres cubic_meters cubic_metre cubic_meter",
    "ft3": "cubic_feet cubic_foot",
    "mg": "milligrams milligrammes milligram milligramme",
    "μg": "micrograms microgrammes microgram microgramme",
    "g": "grams grammes gram gramme",
    "kg": "kilograms kilogrammes kilogram kilogramme kilos kilo",
    "t": "metric_tonnes metric_tons metric_ton tonnes tonne",
    "ton": "tons ton",
    "lb": "pounds pound",
    "oz": "ounces ounce",
    "mph": "miles_per_hour miles_an_hour mile_per_hour",
    "km/h": "kilometres_per_hour kilometers_per_hour kilometres_an_hour kilometers_an_hour",
    "kn": "knots",
    "m/s": "metres_per_second meters_per_second",
    "kW": "kilowatts kilowatt",
    "MW": "megawatts megawatt",
    "GW": "gigawatts gigawatt",
    "kWh": "kilowatt-hours kilowatt_hours kilowatt-hour",
    "MWh": "megawatt-hours megawatt_hours megawatt-hour",
    "GWh": "gigawatt-hours gigawatt_hours gigawatt-hour",
    "TWh": "terawatt-hours terawatt_hours terawatt-hour",
    "hp": "horsepower",
    "kB": "kilobytes kilobyte",
    "MB": "megabytes megabyte",
    "GB": "gigabytes gigabyte",
    "TB": "terabytes terabyte",
    "Mb": "megabits megabit",
    "Gb": "gigabits gigabit",
    "bit": "bits bit",
    "byte": "bytes byte",
    "°C": "degrees_celsius degrees_centigrade degree_celsius",
    "°F": "degrees_fahrenheit degree_fahrenheit",
    "°": "degrees degree",
}
# Abbreviations are matched case-sensitively: "MB" is not "Mb", "5G" is not five grams.
UNIT_ABBREVIATIONS = {
    "mm": "mm", "cm": "cm", "dm": "dm", "km": "km", "kms": "km", "mi": "mi", "ft": "ft", "yd": "yd",
    "km2": "km2", "km²": "km2", "sq km": "km2", "sq. km": "km2", "m2": "m2", "m²": "m2",
    "sq m": "m2", "sq ft": "ft2", "sq. ft": "ft2", "sq mi": "mi2", "ha": "ha", "l": "l",
    "L": "l", "ml": "ml", "mL": "ml", "gal": "gal", "bbl": "bbl", "m3": "m3", "m³": "m3",
    "mg": "mg", "g": "g", "kg": "kg", "kgs": "kg", "t": "t", "lb": "lb", "lbs": "lb",
    "oz": "oz", "μg": "μg", "µg": "μg", "mcg": "μg", "mph": "mph", "km/h": "km/h",
    "kph": "km/h", "kmph": "km/h", "km/hr": "km/h", "kmh": "km/h", "m/s": "m/s", "kW": "kW",
    "MW": "MW", "GW": "GW", "kWh": "kWh", "MWh": "MWh", "GWh": "GWh", "TWh": "TWh",
    "hp": "hp", "kB": "kB", "KB": "kB", "MB": "MB", "GB": "GB", "TB": "TB", "Mb": "Mb",
    "mb": "Mb", "Gb": "Gb", "°C": "°C", "ºC": "°C", "° C": "°C", "°F": "°F", "ºF": "°F",
    "° F": "°F", "°": "°",
}  # fmt: skip
UNIT_OF_WORD = {
    word.replace("_", " "): unit for unit, words in UNIT_WORDS.items() for word in words.split()
}
_ABBREVIATION_ALTERNATION = "|".join(
    re.escape(a) for a in sorted(UNIT_ABBREVIATIONS, key=len, reverse=True)
)
_WORD_ALTERNATION = "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(UNIT_OF_WORD, key=len, reverse=True)
)
# A unit right after an amount: "40 km", "3.5 metres", "10-tonne", "120mph", "20 (kg)".
UNIT_RE = re.compile(
    rf"(?:(?P<space>\s?)[(\[{{<]?(?P<abbr>{_ABBREVIATION_ALTERNATION})[)\]}}>]?(?![\w²³/]|-\d)"
    rf"|(?:\s+|-)(?P<word>(?i:{_WORD_ALTERNATION}))(?![\w²³-]))"
)


def currency_of_sign(sign: str) -> str:
    """ISO code of a currency sign or prefix ("US$" -> "USD"); unknown signs name themselves."""
    key = re.sub(r"\s+", "", sign).lower()
    if key in SIGN_CODES:
        return SIGN_CODES[key]
    upper = key.upper()
    if upper in ISO_CODES:
        return CODE_ALIASES.get(upper, upper)
    if len(sign) == 1 and unicodedata.category(sign) == "Sc":
        return sign
    return upper


def currency_of_word(word: str, adjective: str | None) -> tuple[str, int]:
    """(code, divisor) of a currency word: ("Swiss", "francs") -> ("CHF", 1); cents -> 100."""
    word = re.sub(r"\s+", " ", word.lower())
    if word in SUBUNITS:
        return SUBUNITS[word], 100
    singular = _singular(word)
    if adjective:
        code = ADJECTIVE_CODES.get(re.sub(r"\s+", " ", adjective.lower()))
        if code:
            return code, 1
    return WORD_CODES.get(singular, singular), 1


def _singular(word: str) -> str:
    word = word.replace("pounds sterling", "pound").replace("deutschmark", "mark")
    word = word.replace("deutsche mark", "mark").replace("deutsche", "mark")
    if word in WORD_CODES or word in AMBIGUOUS_WORDS:
        return word
    for plural, single in (("ies", "y"), ("aa", "a"), ("s", "")):
        if word.endswith(plural) and word[: -len(plural)] + single in (
            WORD_CODES.keys() | AMBIGUOUS_WORDS
        ):
            return word[: -len(plural)] + single
    return word


def unit_of(match: re.Match[str]) -> str:
    """Canonical unit of a UNIT_RE match: "kilometres" -> "km", "lbs" -> "lb"."""
    if match.group("abbr"):
        return UNIT_ABBREVIATIONS[match.group("abbr")]
    return UNIT_OF_WORD[re.sub(r"\s+", " ", match.group("word").lower())]
