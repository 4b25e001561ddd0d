"""Amounts in text: "$335 billion", "$1.2 trillion", "1,200 billion dollars", "nearly 90%",
"2.3 times", "258 kilograms", "120 million", with the hedge that qualifies them.

    >>> [q.value for q in find_quantities("Mexico bought $335 billion, 2.3 times more")]
    [335000000000.0, 2.3]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Quantity", "find_quantities", "HEDGES", "parse_number_words"]

SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9,
          "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "t": 1e12}
WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
                "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
                "a dozen": 12, "half": 0.5}
MULTIPLE_WORDS = {"double": 2.0, "twice": 2.0, "triple": 3.0, "treble": 3.0, "quadruple": 4.0}
UNITS = {
    "kilograms": "kg", "kilogram": "kg", "kilos": "kg", "kilo": "kg", "kg": "kg",
    "milligrams": "mg", "milligram": "mg", "mg": "mg", "grams": "g", "gram": "g",
    "pounds": "lb", "pound": "lb", "lbs": "lb", "lb": "lb",
    "tons": "t", "tonnes": "t", "metric tons": "t",
    "percent": "%", "per cent": "%", "%": "%", "percentage points": "pp",
}
#: Hedge words -> canonical hedge. Order matters: longer phrases first.
HEDGES = {
    "more than": "over", "greater than": "over", "upwards of": "over", "in excess of": "over",
    "over": "over", "above": "over", "exceeding": "over", "north of": "over",
    "topped": "over", "tops": "over", "surpassed": "over", "surpasses": "over", "exceeded": "over",
    "exceeds": "over", "passed": "over", "top": "over", "more than doubled to": "over",
    "at least": "at_least", "no less than": "at_least", "a minimum of": "at_least",
    "less than": "under", "fewer than": "under", "under": "under", "below": "under",
    "at most": "at_most", "up to": "at_most", "no more than": "at_most",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "just shy of": "nearly", "approaching": "nearly",
    "about": "about", "around": "about", "roughly": "about", "approximately": "about",
    "some": "about", "an estimated": "about", "estimated": "about", "circa": "about",
    "just over": "just_over", "barely": "about",
    "exactly": "exact", "precisely": "exact",
}
_HEDGE_RE = "|".join(sorted((re.escape(h) for h in HEDGES), key=len, reverse=True))

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_SCALE = r"(?:thousand|million|billion|trillion|bn|mn|tn|[kmbt])\b"
_AMOUNT = re.compile(
    rf"""(?ix)
    (?:(?P<hedge>{_HEDGE_RE})\s+)?
    (?:
        (?P<cur>US\$|U\.S\.\s?\$|\$)\s?(?P<n1>{_NUM})\s?(?P<s1>{_SCALE})?(?:\s(?:dollars|USD))?
      | (?P<n2>{_NUM})\s?(?P<s2>{_SCALE})?\s?(?P<unit>dollars|USD|%|percent|per\scent|percentage\spoints
            |kilograms?|kilos?|kg|milligrams?|mg|grams?|pounds|pound|lbs?|metric\stons|tonnes|tons
            |times|x(?=\s)|fold)?
    )
    """)
_NUMBER_WORD = ("two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
                "forty|fifty|a hundred")
_WORD_MULTIPLE = re.compile(
    rf"(?i)(?:(?P<hedge>{_HEDGE_RE})\s+)?\b(?P<word>double|twice|triple|treble|quadruple|"
    rf"(?P<n>{_NUMBER_WORD})\s+times)\b")
#: "half a trillion dollars", "a billion dollars", "three billion dollars"
_WORD_MONEY = re.compile(
    rf"(?i)(?:(?P<hedge>{_HEDGE_RE})\s+)?\b(?P<n>half a|a quarter of a|a|one|{_NUMBER_WORD})\s+"
    rf"(?P<scale>trillion|billion|million)\s+(?:U\.S\.\s+)?dollars\b")
#: "two million", "half a million": a count in words (money has its own pattern)
_WORD_COUNT = re.compile(
    rf"(?i)(?:(?P<hedge>{_HEDGE_RE})\s+)?\b(?P<n>half a|a|one|{_NUMBER_WORD})\s+(?P<scale>million|billion)\b"
    rf"(?!\s+(?:U\.S\.\s+)?dollars)(?!\s+(?:of\s+)?(?:kilo|pound|gram|ton))")
#: "a single kilogram", "a hundred kilograms", "one pound"
_WORD_MASS = re.compile(
    rf"(?i)(?:(?P<hedge>{_HEDGE_RE})\s+)?\b(?P<n>a single|a|one|{_NUMBER_WORD})\s+"
    rf"(?P<unit>kilograms?|kilos?|pounds?|grams?|milligrams?)\b")
_WORD_VALUES = {"a single": 1.0, "half a": 0.5, "a quarter of a": 0.25, "a": 1.0, "one": 1.0, "a hundred": 100.0}
#: "a fifth of U.S. imports", "roughly a third": shares in words
_FRACTION = re.compile(
    rf"(?i)(?:(?P<hedge>{_HEDGE_RE})\s+|(?<=by\s))?\b(?P<f>half|a\s+third|one\s+third|two\s+thirds|a\s+quarter|"
    rf"one\s+quarter|three\s+quarters|a\s+fifth|one\s+fifth|a\s+tenth|one\s+in\s+(?:five|four|three|ten))"
    rf"(?=\s+(?:of|the|all|every)\b|\s+(?:in|since|from|between|last|this|over)\b|\s+as\s+(?:much|many|large)\b|[.,;])")
_FRACTIONS = {"half": 50.0, "a third": 100 / 3, "one third": 100 / 3, "two thirds": 200 / 3,
              "a quarter": 25.0, "one quarter": 25.0, "three quarters": 75.0, "a fifth": 20.0,
              "one fifth": 20.0, "a tenth": 10.0, "one in five": 20.0, "one in four": 25.0,
              "one in three": 100 / 3, "one in ten": 10.0}
#: "more than doubled", "tripled": growth as a multiple
_GROWTH_MULTIPLE = re.compile(rf"(?i)(?:(?P<hedge>{_HEDGE_RE})\s+)?\b(?P<w>doubled|tripled|trebled|"
                              rf"quadrupled|halved)\b")


@dataclass(frozen=True)
class Quantity:
    """A number in the text: ``value`` in base units (dollars, kg, percent, ratio, count)."""

    value: float
    unit: str            # 'USD', '%', 'ratio', 'kg', 'lb', 't', 'pp', 'count'
    start: int
    end: int
    text: str
    hedge: str = "exact"  # over | at_least | under | at_most | nearly | about | just_over | exact
    precision: float = 1.0  # the place value of the last digit given, in base units

    @property
    def is_money(self) -> bool:
        return self.unit == "USD"


#: Cheap tests that skip a pattern's scan when a sentence cannot hold its match.
_HAS_DIGIT = re.compile(r"\d")
_HAS_WORD_NUMBER = re.compile(r"(?i)\b(?:double|twice|triple|treble|quadruple|times|trillion|billion|"
                              r"million|kilo|pound|gram|half|third|quarter|fifth|tenth|in\s+(?:five|four|"
                              r"three|ten)|doubled|tripled|trebled|quadrupled|halved)")


def find_quantities(text: str, offset: int = 0) -> list[Quantity]:
    """Every amount in ``text`` (offsets shifted by ``offset``), years and bare ordinals excluded."""
    found: list[Quantity] = []
    if _HAS_DIGIT.search(text):
        for m in _AMOUNT.finditer(text):
            q = _from_match(m, text, offset)
            if q is not None:
                found.append(q)
    if not _HAS_WORD_NUMBER.search(text):
        return sorted(found, key=lambda q: q.start)
    for m in _WORD_MULTIPLE.finditer(text):
        if any(q.start <= m.start() + offset < q.end for q in found):
            continue
        word = m.group("word").lower()
        value = (_word_number(m.group("n")) if m.group("n") else MULTIPLE_WORDS[word])
        hedge = HEDGES.get((m.group("hedge") or "").lower(), "exact")
        found.append(Quantity(value, "ratio", m.start() + offset, m.end() + offset,
                              m.group(0), hedge, 0.5 if value < 5 else 1.0))
    for m in _FRACTION.finditer(text):
        if any(q.start <= m.start() + offset < q.end for q in found):
            continue
        if re.search(r"(?i)\b(first|second|last|latter|other)\s+$", text[:m.start()]) or re.match(
                r"(?i)\s+of\s+(?:the\s+)?(?:(?:19|20)\d{2}|year|decade|century|month)\b", text[m.end():]):
            continue  # "the first half of 2025" is a period, not a share
        key = " ".join(m.group("f").lower().split())
        hedge = HEDGES.get((m.group("hedge") or "").lower(), "about")
        # a share in words is a round figure: read it as "about" unless hedged otherwise
        found.append(Quantity(_FRACTIONS[key], "%", m.start() + offset, m.end() + offset, m.group(0),
                              hedge, 5.0))
    for m in _GROWTH_MULTIPLE.finditer(text):
        value = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}[
            m.group("w").lower()]
        hedge = HEDGES.get((m.group("hedge") or "").lower(), "about")
        found.append(Quantity(value, "growth_multiple", m.start() + offset, m.end() + offset,
                              m.group(0), hedge, 0.5))
    for m in _WORD_MASS.finditer(text):
        if any(q.start <= m.start() + offset < q.end for q in found):
            continue
        unit = UNITS[m.group("unit").lower()] if m.group("unit").lower() in UNITS else \
            UNITS[m.group("unit").lower().rstrip("s")]
        hedge = HEDGES.get((m.group("hedge") or "").lower(), "exact")
        found.append(Quantity(_word_number(m.group("n")), unit, m.start() + offset, m.end() + offset,
                              m.group(0), hedge, 1.0))
    for m in _WORD_MONEY.finditer(text):
        if any(q.start <= m.start() + offset < q.end for q in found):
            continue
        scale = SCALES[m.group("scale").lower()]
        value = _word_number(m.group("n")) * scale
        hedge = HEDGES.get((m.group("hedge") or "").lower(), "exact")
        found.append(Quantity(value, "USD", m.start() + offset, m.end() + offset, m.group(0), hedge,
                              scale * (0.25 if "half" in m.group("n").lower() or "quarter" in
                                       m.group("n").lower() else 1.0)))
    for m in _WORD_COUNT.finditer(text):
        if any(q.start <= m.start() + offset < q.end or m.start() + offset <= q.start < m.end() + offset
               for q in found):
            continue
        scale = SCALES[m.group("scale").lower()]
        hedge = HEDGES.get((m.group("hedge") or "").lower(), "exact")
        found.append(Quantity(_word_number(m.group("n")) * scale, "count", m.start() + offset,
                              m.end() + offset, m.group(0), hedge,
                              0.05 * _word_number(m.group("n")) * scale))
    return sorted(found, key=lambda q: q.start)


def _from_match(m: re.Match, text: str, offset: int) -> Quantity | None:
    raw = m.group("n1") or m.group("n2")
    if raw is None:
        return None
    number = float(raw.replace(",", ""))
    scale_word = (m.group("s1") or m.group("s2") or "").lower()
    scale = SCALES.get(scale_word, 1.0)
    unit_word = (m.group("unit") or "").lower()
    hedge = HEDGES.get((m.group("hedge") or "").lower().strip(), "exact")
    start, end = m.start(), m.end()
    if m.group("cur") or unit_word in ("dollars", "usd"):
        unit = "USD"
    elif unit_word in ("times", "x", "fold"):
        unit = "ratio"
    elif unit_word:
        unit = UNITS.get(unit_word, UNITS.get(unit_word.rstrip("s"), unit_word))
    else:
        unit = "count"
        if _is_year(raw, scale_word, text, m):
            return None
        # "10 trading partners", "30 years": counts that name how many of something; callers
        # decide what they count from the following word.
    if unit == "count" and scale_word in ("k", "m", "b", "t") and not m.group("cur"):
        # a lone letter after a bare number is rarely a scale ("5 m" is metres, "2 t" tonnes)
        scale_word, scale = "", 1.0
        end = m.start("n2") + len(raw)
    if unit == "%" and "." not in raw:
        precision = 1.0
    else:
        decimals = len(raw.split(".")[1]) if "." in raw else 0
        precision = 10.0 ** -decimals
        if unit != "%":
            precision *= scale
        digits = raw.replace(",", "")
        if not decimals and scale == 1.0 and number >= 100:
            # "21,900 pounds" is given to the hundred, "310,000" to the ten thousand; but a
            # round "10,000" is not a licence for ±50 %: at most 5 % of the figure.
            precision = min(10.0 ** (len(digits) - len(digits.rstrip("0"))), 0.05 * number)
        elif not decimals and scale > 1.0 and unit != "USD":
            # likewise "about 2 million" is not a licence for ±25 %
            precision = min(precision, 0.05 * number * scale)
    value = number * scale
    span = text[start:end].rstrip()
    return Quantity(value, unit, start + offset, start + offset + len(span), span, hedge, precision)


def _is_year(raw: str, scale_word: str, text: str, m: re.Match) -> bool:
    if scale_word or "," in raw or "." in raw or len(raw) != 4:
        return False
    year = int(raw)
    if not 1900 <= year <= 2100:
        return False
    after = text[m.end():m.end() + 12].lower()
    # "2,000 encounters" has a comma; "2000 encounters" is ambiguous: treat as a count only when
    # a counted noun follows directly.
    return not re.match(r"\s*(encounters|apprehensions|people|migrants|jobs|companies|firms)", after)


def _word_number(text: str) -> float:
    t = " ".join(text.lower().split())
    return _WORD_VALUES.get(t) or float(WORD_NUMBERS[t])


def parse_number_words(text: str) -> float | None:
    """"ten" -> 10, "30" -> 30, "a dozen" -> 12."""
    t = text.strip().lower()
    if re.fullmatch(r"\d+(\.\d+)?", t):
        return float(t)
    return WORD_NUMBERS.get(t)
