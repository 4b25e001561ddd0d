"""Another language's words read in English: a glossary of the words a claim turns on, and the map from the
English back to the text as written.

    >>> told, back = reword("abc def", re.compile("def"), lambda m: "uvwxyz")
    >>> told, back(len("abc uvwx")), back(len("abc uvwxyz"), True)
    ('abc uvwxyz', 4, 7)

A :class:`Glossary` is not a translation: it reads the phrases it knows (longest first) and the patterns
whose reading depends on the words around them, and leaves every other word as written.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from . import recache as re

__all__ = ["Glossary", "Reading", "reword"]

#: a pattern's reading: fixed words, or words from the match and the whole sentence
Reading = Callable[[re.Match, str], str] | str
#: (pattern, reading, only in a sentence mostly in the glossary's language)
Rule = tuple[str, Reading, bool]


def reword(text: str, pattern: re.Pattern, read: Callable[[re.Match], str | None]
           ) -> tuple[str, Callable[..., int]] | None:
    """``text`` with each match of ``pattern`` read as ``read`` says (None keeps it), and a map from the new
    text's offsets back to ``text``'s: an offset inside words read otherwise goes to their start, or to
    their end for the end of a span. None when nothing was read otherwise."""
    pieces, moved, at, size = [], [], 0, 0
    for m in pattern.finditer(text):
        said = read(m)
        if said is None or said == m.group(0):
            continue
        size += m.start() - at
        moved.append((m.start(), m.end(), size, len(said)))
        pieces += [text[at:m.start()], said]
        at, size = m.end(), size + len(said)
    if not moved:
        return None

    def back(pos: int, end: bool = False) -> int:
        shift = 0
        for old_start, old_end, new_start, size in moved:
            if pos < new_start:
                break
            if pos < new_start + size or end and pos == new_start + size:
                return old_end if end else old_start
            shift = old_end - (new_start + size)
        return pos + shift

    return "".join(pieces) + text[at:], back


#: what may come before a text's first word: blanks, quotes, list marks, emphasis
_OPENING = re.compile(r"[\s\"'«»“”‘’*_#>•–—-]+")


def _key(said: str) -> str:
    """A phrase as the glossary files it: lower case, single spaces, straight apostrophes."""
    return " ".join(said.lower().replace("’", "'").split())


class Glossary:
    """The rules tried first (before the phrases, which would read a word of them alone), the phrases read
    the same in any sentence, the rules tried after them, and the short words read only in a sentence
    mostly in the glossary's language. With ``opening_case``, words read at the start of the text keep its
    capital ("Les exportations": The exports)."""

    def __init__(self, first: list[Rule], phrases: dict[str, str], then: list[Rule], short: dict[str, str],
                 opening_case: bool = False):
        self.first, self.phrases, self.then, self.short = first, phrases, then, short
        self.opening_case = opening_case
        # (compiled on first use: texts in English never need it)
        self._compiled = cache(self._compile)

    def _compile(self, full: bool) -> tuple[re.Pattern, list[Reading], dict[str, str]]:
        phrases = {_key(k): v for k, v in {**self.phrases, **(self.short if full else {})}.items()}
        readings: list[Reading] = []
        parts = []
        for rules in (self.first, None, self.then):
            if rules is None:
                # (the phrases, longest first, in one group: their words say which)
                words = (r"\s+".join(re.escape(w).replace("'", "['’]") for w in said.split())
                         for said in sorted(phrases, key=len, reverse=True))
                parts.append("(?P<phrase>" + "|".join(words) + ")")
                continue
            for pattern, reading, mostly in rules:
                if full or not mostly:
                    parts.append(f"(?P<g{len(readings)}>{pattern})")
                    readings.append(reading)
        # (a word elided before the next one ends the match: "d'habitants")
        return re.compile(r"(?i)(?<![\w$])(?:" + "|".join(parts) + r")(?:(?<=['’])|(?![\w]))"), readings, phrases

    def read(self, text: str, full: bool) -> tuple[str, Callable[..., int]] | None:
        """``text`` with the glossary's words read in English (its short words too when ``full``), and the
        map of :func:`reword` back to it; None when it has none."""
        pattern, readings, phrases = self._compiled(full)

        def read(m: re.Match) -> str | None:
            if m.lastgroup == "phrase":
                said = phrases[_key(m.group(0))]
            else:
                reading = readings[int(m.lastgroup[1:])]
                said = reading if isinstance(reading, str) else reading(m, text)
            if said and m.group(0)[-1] in "'’" and not said.endswith(" "):
                said += " "   # (a word elided before the next one keeps them apart: "d'habitants": of people)
            if self.opening_case and said and said[0].islower() and m.group(0)[0].isupper() \
                    and not _OPENING.sub("", text[:m.start()]):
                said = said[0].upper() + said[1:]
            return said

        return reword(text, pattern, read)
