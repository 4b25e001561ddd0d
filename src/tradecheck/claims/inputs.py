"""Reading a text to check: a file, standard input or a string, refused clearly when unusable."""

from __future__ import annotations

import sys
from pathlib import Path

from ..errors import InputError

__all__ = ["MAX_BYTES", "decode", "read_text", "validate_bytes", "validate_text"]

#: Texts above this size are refused: an op-ed is ~10 KB; 5 MB is a book.
MAX_BYTES = 5 * 1024 * 1024


def read_text(source: str | Path) -> str:
    """The text of a file (or ``-`` for standard input), checked with :func:`validate_bytes`.

    Raises:
        InputError: the file is missing, empty, binary, not UTF-8 or larger than 5 MB.
    """
    where = "standard input" if str(source) == "-" else str(source)
    if str(source) == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
    else:
        path = Path(source)
        if not path.is_file():
            raise InputError(f"{where} does not exist or is not a file. Give the path of a text or "
                             f"Markdown file, or - to read standard input.")
        if path.stat().st_size > MAX_BYTES:
            raise InputError(f"{where} is {path.stat().st_size / 1e6:.1f} MB; tradecheck checks texts "
                             f"up to 5 MB. Split it into smaller files.")
        data = path.read_bytes()
    return validate_bytes(data, where)


def validate_bytes(data: bytes, where: str) -> str:
    if len(data) > MAX_BYTES:
        raise InputError(f"{where} is larger than 5 MB; tradecheck checks texts up to 5 MB. Split "
                         f"it into smaller parts.")
    if not data.strip():
        raise InputError(f"{where} is empty: there is no text to check.")
    return validate_text(decode(data, where, "Give a plain text or Markdown file; convert PDFs or "
                                             "Word files to text first."), where)


def decode(data: bytes, where: str, what_to_give: str) -> str:
    """UTF-8 text from bytes, refusing binary data and other encodings with a clear message."""
    if b"\x00" in data[:65536]:
        raise InputError(f"{where} looks binary (it contains NUL bytes), not text. {what_to_give}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{where} is not UTF-8 text (byte {exc.start}: {data[exc.start:exc.start + 1]!r}). "
                         f"Save it as UTF-8 and try again.") from None


def validate_text(text: str, where: str = "the text") -> str:
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise InputError(f"{where} is larger than 5 MB; tradecheck checks texts up to 5 MB.")
    if not text.strip():
        raise InputError(f"{where} is empty: there is no text to check.")
    return text.replace("\r\n", "\n")
