"""E-mail messages (.eml) -> the message text and its metadata, by the standard library's email.

Subject is the title, Date the publication date, the sender's name the byline and the sender's
organisation (its Organization header, else its mail domain) the outlet. The text part is the
article; a message with only an HTML part is read through the same path as an .html file. The
attachments are listed by number and name, and each can be read as a file of its own.
"""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass
from email.message import EmailMessage, MIMEPart
from email.utils import parseaddr

from parallax import errors
from parallax.ingest import decode
from parallax.ingest.fields import Fields


@dataclass(frozen=True, slots=True)
class Mail:
    """A message's fields, its body ("txt" or "html") as text, and its attachments' names."""

    fields: Fields
    fmt: str
    body: str
    encoding: str
    attachments: tuple[str, ...]


def read_email(data: bytes, name: str) -> Mail:
    """The message in `data`; raises the user's error when it has no text to read."""
    message = parse(data, name)
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        raise errors.no_text(name)
    decoded = part_text(body, name)
    subtype = "html" if body.get_content_subtype() == "html" else "txt"
    return Mail(_fields(message), subtype, decoded.text, decoded.encoding, _attachments(message))


def parse(data: bytes, name: str) -> EmailMessage:
    """`data` as a MIME message (the standard library reads damaged headers leniently)."""
    try:
        return email.message_from_bytes(data, policy=email.policy.default)
    except (ValueError, TypeError, IndexError) as err:
        raise errors.damaged_document(name, "e-mail") from err


def part_text(part: MIMEPart, name: str) -> decode.Decoded:
    """The text of one MIME part: its transfer encoding undone, then its declared charset if
    that reads it, else the detection used for any file."""
    payload = _payload(part)
    charset = part.get_content_charset()
    if charset:
        try:
            return decode.Decoded(payload.decode(charset), charset)
        except (LookupError, UnicodeDecodeError):
            pass
    if not payload.strip():
        raise errors.no_text(name)
    return decode.decode(payload, name)


def header(message: EmailMessage, key: str) -> str | None:
    """A header's value on one line, or None when absent or unreadable."""
    try:
        value = message.get(key)
    except (ValueError, TypeError, IndexError):
        return None
    return " ".join(decode.clean(str(value)).split()) or None if value is not None else None


def _fields(message: EmailMessage) -> Fields:
    sender_name, address = parseaddr(header(message, "From") or "")
    domain = address.rpartition("@")[2] or None
    return Fields(
        title=header(message, "Subject"),
        outlet=header(message, "Organization") or domain,
        byline=sender_name.strip() or address or None,
        published=_date(message),
    )


def _date(message: EmailMessage) -> str | None:
    try:
        value = message.get("Date")
        moment = getattr(value, "datetime", None)
    except (ValueError, TypeError, IndexError):
        return None
    return moment.date().isoformat() if moment is not None else None


def attachment(data: bytes, name: str, number: int) -> tuple[str, bytes]:
    """The file name and bytes of attachment `number` (1-based, as listed) of the message."""
    parts = list(parse(data, name).iter_attachments())
    if not 1 <= number <= len(parts):
        raise errors.no_attachment(name, number, len(parts))
    part = parts[number - 1]
    return _filename(part), _payload(part)


def _payload(part: MIMEPart) -> bytes:
    """The bytes of a leaf part, its transfer encoding undone (a multipart part has none)."""
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def _attachments(message: EmailMessage) -> tuple[str, ...]:
    return tuple(_filename(part) for part in message.iter_attachments())


def _filename(part: EmailMessage) -> str:
    try:
        return part.get_filename() or part.get_content_type()
    except (ValueError, TypeError, IndexError):
        return part.get_content_type()
