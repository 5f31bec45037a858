"""Decoding bytes with a clear message: which file, which line, which encoding was tried."""

from __future__ import annotations

import codecs
from pathlib import Path

from annotator.importers.readers import Incoming

DEFAULT_ENCODING = "utf-8"

#: Byte-order marks of the UTF-16 and UTF-32 files that Windows tools write ("Unicode" in Notepad).
#: UTF-32 first: its little-endian mark begins with UTF-16's.
WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def unknown_encoding(encoding: str) -> str | None:
    """What is wrong with an ``--encoding`` name, or None when Python knows it."""
    try:
        codecs.lookup(encoding)
    except LookupError:
        return f"--encoding {encoding!r}: no such encoding (for example utf-8, cp1252, latin-1, utf-16)"
    return None


def wide_encoding(data: bytes) -> str | None:
    """``utf-16`` or ``utf-32`` when ``data`` starts with that encoding's byte-order mark."""
    return next((name for bom, name in WIDE_BOMS if data.startswith(bom)), None)


def encoding_hint(encoding: str | None) -> str:
    tried = encoding or DEFAULT_ENCODING
    if tried.lower().replace("_", "-") in ("utf-8", "utf8", "utf-8-sig"):
        return f"not valid {tried.upper()}; if the file is in another encoding, name it with --encoding (e.g. --encoding cp1252)"
    return f"not valid {tried}; name the file's encoding with --encoding"


def decode(data: bytes, encoding: str | None) -> str:
    """Decode bytes; a UTF-8 byte-order mark is dropped, and without ``encoding`` a UTF-16 or
    UTF-32 byte-order mark names the encoding. Raises UnicodeDecodeError."""
    codec = encoding or wide_encoding(data) or DEFAULT_ENCODING
    if codec.lower().replace("_", "-") in ("utf-8", "utf8"):
        codec = "utf-8-sig"
    return data.decode(codec)


def describe_decode_error(data: bytes, error: UnicodeDecodeError, encoding: str | None) -> tuple[int, str]:
    """The line of a decoding error in a whole file, and ``byte 0xe9 at column 12 is not valid UTF-8; ...``."""
    line = data.count(b"\n", 0, error.start) + 1
    column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
    byte = data[error.start : error.start + 1].hex()
    return line, f"byte 0x{byte} at column {column} is {encoding_hint(encoding)}"


def read_text(path: Path, label: str, encoding: str | None) -> tuple[str | None, Incoming | None]:
    """The whole file as text, or the problem (with its line) when it does not decode."""
    data = path.read_bytes()
    try:
        return decode(data, encoding), None
    except UnicodeDecodeError as error:
        line, problem = describe_decode_error(data, error, encoding)
        return None, Incoming(where=f"{label}:{line}", problem=problem, size=len(data))
