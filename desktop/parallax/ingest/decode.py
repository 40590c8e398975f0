"""Bytes -> clean Unicode text: byte order marks, UTF-8, declared charsets, detection, repair.

The order is the one that is right most often for newsroom files: a byte order mark is proof;
valid UTF-8 with any non-ASCII byte is UTF-8 whatever a page's <meta> claims (a common slip);
then a charset the file declares; then charset-normalizer's guess. That guess is re-ranked in
one way: charset-normalizer cannot tell cp1252 from cp1250/cp1257/Mac code pages on a few
accented letters (it reads French "à midi" as cp1250 "ŕ midi"), so when its close candidates
read as Latin script and cp1252 decodes the bytes, cp1252, the Western default, wins.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

import charset_normalizer
import ftfy

from parallax import errors

_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})|<\?xml[^>]{0,100}?"""
    rb"""encoding\s*=\s*["']([\w.:-]{1,40})""",
    re.IGNORECASE,
)
# Browsers read these labels as windows-1252 (WHATWG Encoding); so do we.
_WINDOWS_1252_LABELS = frozenset({"ascii", "us-ascii", "iso-8859-1", "iso8859-1", "latin-1"})
_NOT_GUESSED = ["utf_7", "utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le"]
_CLOSE_CHAOS = 0.01  # charset-normalizer candidates this close to the best are as likely
_SAMPLE = 64 * 1024
MAX_GARBAGE_SHARE = 0.1

# ftfy repairs mojibake but must not "normalise" what a journalist wrote: curly quotes,
# ligatures, full-width characters and HTML-looking entities in plain text stay as they are.
_FTFY = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    explain=False,
)
_LINE_BREAKS = {0x0B: "\n", 0x0C: "\n", 0x85: "\n", 0x2028: "\n", 0x2029: "\n"}
_DROPPED = {c: None for c in [*range(0x20), 0x7F, *range(0x80, 0xA0), 0xFEFF] if c not in (9, 10)}
_TRANSLATION = _DROPPED | _LINE_BREAKS
_SURROGATES = re.compile("[\ud800-\udfff]")
_GARBAGE_CATEGORIES = frozenset({"Cc", "Co", "Cn", "Cs"})


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text as decoded (not yet cleaned) and the codec that decoded it."""

    text: str
    encoding: str


def decode(data: bytes, name: str) -> Decoded:
    """`data` as text; raises the user's error when no encoding reads it as text."""
    decoded = _by_bom(data, name) or _as_utf8(data) or _by_declaration(data)
    decoded = decoded or _by_detection(data)
    if decoded is None or _mostly_garbage(decoded.text):
        raise errors.undecodable(name)
    return decoded


def clean(text: str) -> str:
    """Repair mojibake, use \\n line ends only, drop control characters, compose accents."""
    return unicodedata.normalize("NFC", strip_controls(ftfy.fix_text(text, _FTFY)))


def strip_controls(text: str) -> str:
    """`text` with \\n line ends, without control characters (but \\t) or lone surrogates."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_TRANSLATION)
    return _SURROGATES.sub("", text)


def _by_bom(data: bytes, name: str) -> Decoded | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError as err:
                raise errors.undecodable(name) from err
    return None


def _as_utf8(data: bytes) -> Decoded | None:
    return _strictly(data, "utf-8")


def _by_declaration(data: bytes) -> Decoded | None:
    """The charset an HTML <meta> or XML declaration names, if it really decodes the file."""
    match = _DECLARED.search(data, 0, 4096)
    if not match:
        return None
    label = (match[1] or match[2]).decode("ascii").lower()
    if label.startswith(("utf-16", "utf16", "utf-32", "utf32")):
        return None  # a wide charset declared in ASCII bytes is a mistake (WHATWG ignores it)
    return _strictly(data, "cp1252" if label in _WINDOWS_1252_LABELS else label)


def _by_detection(data: bytes) -> Decoded | None:
    """charset-normalizer's best reading, with cp1252 preferred among close Latin candidates."""
    matches = [
        match
        for match in charset_normalizer.from_bytes(data, cp_exclusion=_NOT_GUESSED)
        if _strictly(data[:_SAMPLE], match.encoding, partial=True)
    ]
    if not matches:
        return None
    close = [m for m in matches if m.chaos <= matches[0].chaos + _CLOSE_CHAOS]
    if any(_reads_as_latin(data, m.encoding) for m in close):
        decoded = _strictly(data, "cp1252")
        if decoded:
            return decoded
    return _strictly(data, matches[0].encoding)


def _strictly(data: bytes, encoding: str, *, partial: bool = False) -> Decoded | None:
    """`data` decoded with `encoding`, or None if it does not decode without errors."""
    try:
        codec = codecs.lookup(encoding)
        # the flag bytes.decode() checks: base64, rot13 and zlib are codecs but not charsets
        if not getattr(codec, "_is_text_encoding", True):
            return None
        text = codecs.getincrementaldecoder(codec.name)().decode(data, final=not partial)
    except (LookupError, UnicodeDecodeError):
        return None
    return Decoded(text, codec.name)


def _reads_as_latin(data: bytes, encoding: str) -> bool:
    """Whether every non-ASCII letter of the opening of `data` read as `encoding` is Latin."""
    sample = data[:_SAMPLE].decode(encoding, errors="ignore")
    letters = {c for c in sample if c.isalpha() and not c.isascii()}
    return all(unicodedata.name(c, "").startswith("LATIN") for c in letters)


def _mostly_garbage(text: str) -> bool:
    """Control, unassigned, private-use characters or U+FFFD in more than a tenth of the text."""
    sample = text[:_SAMPLE]
    bad = sum(
        1
        for c in sample
        if c == "\ufffd" or (unicodedata.category(c) in _GARBAGE_CATEGORIES and c not in "\t\n\r")
    )
    return bad > MAX_GARBAGE_SHARE * max(len(sample), 1)
