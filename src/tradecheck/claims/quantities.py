"""Amounts in text: "$335 billion", "$1.2 trillion", "1,200 billion dollars", "nearly 90%",
"2.3 times", "258 kilograms", "120 million", with the hedge that qualifies them.

    >>> [q.value for q in find_quantities("Mexico bought $335 billion, 2.3 times more")]
    [335000000000.0, 2.3]
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from . import recache as re

__all__ = ["Quantity", "find_quantities", "HEDGES", "parse_number_words"]

SCALES = {"thousand million": 1e9, "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9,
          "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "t": 1e12, "mln": 1e6, "bln": 1e9,
          "bil": 1e9, "mil": 1e6}
_UNITS_W = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
            "fifteen sixteen seventeen eighteen nineteen").split()
_TENS_W = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_NUMBERS = {**{w: i for i, w in enumerate(_UNITS_W)}, **{w: 20 + 10 * i for i, w in enumerate(_TENS_W)},
                "hundred": 100, "a hundred": 100, "a dozen": 12, "half": 0.5}
MULTIPLE_WORDS = {"double": 2.0, "twice": 2.0, "triple": 3.0, "treble": 3.0, "quadruple": 4.0,
                  "half again": 1.5}   # "half again as much": one and a half times
UNITS = {
    "kilograms": "kg", "kilogram": "kg", "kilos": "kg", "kilo": "kg", "kg": "kg",
    "milligrams": "mg", "milligram": "mg", "mg": "mg", "grams": "g", "gram": "g",
    "pounds": "lb", "pound": "lb", "lbs": "lb", "lb": "lb",
    "tons": "ton", "ton": "ton", "tonnes": "tonne", "tonne": "tonne", "metric tons": "tonne", "metric ton": "tonne",
    "percent": "%", "per cent": "%", "%": "%", "percentage points": "pp", "percentage point": "pp", "pp": "pp",
    "p.p.": "pp", "p. p.": "pp",
}
#: Tons are read in the base units the seizure data use: a U.S. ton is 2,000 lb, a metric one 1,000 kg.
_TONS = {"ton": ("lb", 2000.0), "tonne": ("kg", 1000.0)}
#: Hedge words -> canonical hedge. Order matters: longer phrases first.
HEDGES = {
    "more than": "over", "greater than": "over", "upwards of": "over", "upward of": "over",
    "in excess of": "over", "better than": "over", "north of": "over", "well over": "over",
    "over": "over", "above": "over", "exceeding": "over",
    "topped": "over", "tops": "over", "surpassed": "over", "surpasses": "over", "exceeded": "over",
    "exceeds": "over", "passed": "over", "top": "over",
    "exceed": "over", "surpass": "over", "go above": "over", "went above": "over", "rise above": "over",
    "rose above": "over", "climb above": "over", "climbed above": "over", "crack": "over", "cracked": "over",
    "cracks": "over", "break": "over", "broke": "over", "breaks": "over", "crossed": "over", "crosses": "over",
    "cross": "over", "eclipsed": "over", "eclipse": "over", "topping": "over", "surpassing": "over",
    "eclipsing": "over",
    "at least": "at_least", "no less than": "at_least", "a minimum of": "at_least",
    "no fewer than": "at_least", "not less than": "at_least", "not fewer than": "at_least",
    "less than": "under", "fewer than": "under", "under": "under", "below": "under",
    "at most": "at_most", "up to": "at_most", "no more than": "at_most",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "closer to": "about", "more like": "about",
    "just shy of": "nearly", "shy of": "nearly", "approaching": "nearly", "nearing": "nearly", "approached": "nearly",
    "approaches": "nearly",
    "not quite": "nearly", "just below": "nearly", "just short of": "nearly", "a shade under": "nearly",
    "slightly under": "nearly", "slightly less than": "nearly", "slightly below": "nearly",
    "a little under": "nearly", "a little less than": "nearly", "a bit under": "nearly",
    "a bit less than": "nearly", "barely under": "nearly", "barely below": "nearly",
    "just about": "about", "more or less": "about", "something like": "about", "somewhere around": "about",
    "near": "nearly", "nigh on": "nearly", "on the order of": "about",
    "in the neighborhood of": "about", "in the region of": "about", "approx.": "about",
    "about": "about", "around": "about", "roughly": "about", "approximately": "about",
    "some": "about", "an estimated": "about", "estimated": "about", "circa": "about",
    "pushing": "nearly", "like": "about",
    # "nearly hit $200 billion": the hedge before the verb
    "nearly hit": "nearly", "almost hit": "nearly", "nearly reached": "nearly", "almost reached": "nearly",
    "nearly topped": "nearly", "almost topped": "nearly", "nearly touched": "nearly", "almost touched": "nearly",
    "just over": "just_over", "slightly over": "just_over", "slightly more than": "just_over",
    "a little over": "just_over", "a little more than": "just_over", "a bit over": "just_over",
    "a bit more than": "just_over", "barely over": "just_over", "a shade over": "just_over",
    "just above": "just_over", "slightly above": "just_over", "barely": "about",
    "exactly": "exact", "precisely": "exact",
}


_HEDGE_RE = re.trie(HEDGES)   # the hedges open many patterns, tried at every character of a text

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
# ("thousand million": a billion; an almanac's "$761.8 bil.", "pop. 42 mil.", as Spanish "mil" is read before this)
_SCALE = r"(?:thousand\s+million|thousand|million|billion|trillion|bn|mn|tn|mln|bln|bil\b\.?|mil\.|" \
         r"[kmbt])(?:\b|(?<=\.))"
_DOLLARS = r"(?:U\.S\.\s|US\s)?dollars|USD|bucks"
_AMOUNT = re.compile(
    rf"""(?ix)
    (?:(?P<hedge>{_HEDGE_RE})\s+|(?P<tilde>~|≈|(?-i:\bc\.))\s?|(?P<gt>>|<|≥|≤)\s?)?
    (?:
        (?P<fx>C\$|CA\$|CAD\s?|MX\$|MXN\s?|Mex\$|€|EUR\s?|£)\s?(?P<n0>{_NUM})\s?(?P<s0>{_SCALE})?
      | (?P<cur>US\$|U\.S\.\s?\$|USD\s?|\$)\s?(?P<n1>{_NUM})(?:-(?=[mbt]illion|thousand)|\s?)(?P<s1>{_SCALE})?
            (?P<plus1>\+|-plus\b)?
            (?:\s(?:{_DOLLARS}))?
      | (?P<n2>{_NUM}(?P<vulgar>[½¼¾⅓⅔])?)(?:-(?=[mbt]illion|thousand)|\s?)(?P<s2>{_SCALE})?(?P<plus2>\+|-plus\b)?
            (?:-(?=kilo|pound|gram|milligram|ton|metric)|\s?)(?P<unit>{_DOLLARS}|percentage\spoints?|pp\b|p\.\s?p\.
            |%|percent|per\scent|kilograms?|kilos?|kg|milligrams?|mg|grams?|pounds|pound|lbs?|metric\stons?
            |tonnes?|tons?|-?times|x(?=\+?(?:[\s,;)]|\.(?!\d)|$))|-?fold)?(?P<plus3>(?<=x)\+|(?<=%)\+(?![\d$]))?
    )
    """)
#: Cardinals in words: "eighty", "twenty-five", "three hundred thirty-four", "a hundred"
_W_UNIT = "|".join(sorted(_UNITS_W[1:], key=len, reverse=True))
_W_SMALL = rf"(?:(?:{'|'.join(_TENS_W)})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|{_W_UNIT})"
_HUNDREDS = rf"(?:(?:a|{_W_SMALL})\s+hundred(?:\s+(?:and\s+)?{_W_SMALL})?|{_W_SMALL}|a\s+dozen)"
#: "twenty-seven thousand", "two thousand five hundred", "two hundred and forty thousand"
_CARDINAL = rf"(?:(?:{_HUNDREDS}|a)\s+thousand(?:,?\s+(?:and\s+)?{_HUNDREDS})?|{_HUNDREDS})"
#: what may follow a cardinal before its scale: "two point three million", "four and a half times"
_DIGIT_W = "zero|oh|one|two|three|four|five|six|seven|eight|nine"
_PART = rf"(?:[\s-]+point(?:[\s-]+(?:{_DIGIT_W})\b)+|\s+and\s+a\s+(?:half|quarter))?"
_WORD_MULTIPLE = re.compile(
    rf"(?i)(?:(?P<hedge>{_HEDGE_RE})\s+)?\b(?P<word>double|twice|triple|treble|quadruple|half\s+again(?=\s+as\b)|"
    rf"(?P<n>{_CARDINAL}{_PART})\s+times|(?P<nf>{_CARDINAL})-?fold|"
    # "grown by a factor of eight", "multiplied by more than eight"
    rf"a\s+factor\s+of\s+(?P<nx>{_CARDINAL}{_PART})|"
    rf"(?<=multiplied\sby\s)(?:(?P<hedge2>{_HEDGE_RE})\s+)?(?P<nb>{_CARDINAL}{_PART}))\b")
#: "eighty percent", "ninety-plus per cent"
_WORD_PERCENT = re.compile(
    rf"(?i)(?:(?P<hedge>{_HEDGE_RE})\s+)?\b(?P<n>{_CARDINAL}{_PART})(?P<plus>-plus)?\s+(?:percent|per\s+cent)\b")
#: "forty cents of every dollar", "40 cents on the dollar": a share of a dollar, in percent
_CENTS = re.compile(
    rf"(?i)(?:(?P<hedge>{_HEDGE_RE})\s+)?\b(?P<n>{_CARDINAL}|\d{{1,2}})\s+cents\s+(?:of|on|out\s+of|in)\s+"
    rf"(?:every|each|the|a)\s+(?:U\.S\.\s+|American\s+)?dollar\b")
#: "of every dollar the United States imported from Mexico, nearly 40 cents was U.S. content": the dollar first
#: (and every figure in cents after it: "…, versus just 4 cents for China"); compiled on first use, as few texts
#: need them
@cache
def _cents_after() -> tuple[re.Pattern, re.Pattern]:
    return (re.compile(rf"(?i)\b(?:every|each)\s+(?:U\.S\.\s+|American\s+)?dollar\b(?:[^.;]|\.(?=\S|\s+[a-z])){{0,80}}?"
                       rf"\b(?:{_HEDGE_RE}\s+)?(?:{_CARDINAL}|\d{{1,2}})\s+cents\b"),
            re.compile(rf"(?i)\b(?:(?P<hedge>{_HEDGE_RE})\s+)?(?P<n>{_CARDINAL}|\d{{1,2}})\s+cents\b"))
#: "half a trillion dollars", "a billion dollars", "three hundred thirty-four billion dollars"
_WORD_MONEY = re.compile(
    rf"(?i)(?:(?P<hedge>{_HEDGE_RE})\s+)?\b(?P<n>half a|a quarter of a|a third of a|a|{_CARDINAL}{_PART})\s+"
    rf"(?:(?P<scale>trillion|billion|million|thousand)\s+)?(?:(?:U\.S\.|US|American)\s+)?dollars\b|"
    # "a fifteen-billion-dollar deficit": an amount as a compound adjective
    rf"(?:(?P<hedge2>{_HEDGE_RE})\s+)?\b(?P<n2>{_CARDINAL})-(?P<scale2>trillion|billion|million)-dollar\b")
#: "two million", "half a million": a count in words (money has its own pattern)
_WORD_COUNT = re.compile(
    rf"(?i)(?:(?P<hedge>{_HEDGE_RE})\s+)?\b(?P<n>half a|a quarter of a|a third of a|a|{_CARDINAL}{_PART})\s+"
    rf"(?P<scale>million|billion|trillion)\b"
    rf"(?!\s+(?:(?:U\.S\.|US|American)\s+)?dollars)(?!\s+(?:of\s+)?(?:kilo|pound|gram|ton))")
#: "two hundred and forty thousand apprehensions": a count in words, in the thousands
_WORD_THOUSANDS = re.compile(
    # ("about eleven and a half thousand a month")
    rf"(?i)(?:(?P<hedge>{_HEDGE_RE})\s+)?\b(?P<n>{_HUNDREDS}\s+and\s+a\s+half\s+thousand|{_CARDINAL})\b"
    # (a few words may stand between: "southwest border encounters", "small and mid-sized American businesses")
    rf"(?=\s+(?:[\w-]+\s+){{0,4}}?(?:encounters|apprehensions|migrants|people|crossings|arrests|expulsions|seizures|"
    rf"doses|Americans|deaths|overdoses|lives|"
    rf"firms|companies|businesses|exporters|enterprises|SMEs)\b"
    # "only about forty thousand export to Mexico"
    rf"|\s+(?:export|sell|ship)(?:s|ed)?\s+(?:to|into)\b"
    # or where the count ends its clause: "fell to about twenty-nine thousand in April"
    rf"|\s+(?:in|during|last|this|per|each|every|a\s+(?:day|month))\b|\s*[.,;:)—–]|\s*$"
    # (or a transcript's next clause: "it was like two hundred twenty five thousand and nationwide …")
    rf"|\s+(?:and|but|so|um|uh)\s)")
#: "a single kilogram", "a hundred kilograms", "one pound"
_WORD_MASS = re.compile(
    rf"(?i)(?:(?P<hedge>{_HEDGE_RE})\s+)?\b(?P<n>a single|half a|a|{_CARDINAL}{_PART})\s+(?:(?P<scale>million|thousand)\s+)?"
    rf"(?:of\s+)?(?P<unit>kilograms?|kilos?|pounds?|grams?|milligrams?|(?:metric\s+)?tons?|tonnes?)\b")
_WORD_VALUES = {"a single": 1.0, "half a": 0.5, "a quarter of a": 0.25, "a third of a": 1 / 3, "a": 1.0}
#: "about 4.7 to 1", "by four to one", "a 3-to-1 margin": a ratio told against one
_TO_ONE = re.compile(
    rf"(?i)(?:(?P<hedge>{_HEDGE_RE})\s+)?(?<![\d.,$])\b(?P<n>\d{{1,3}}(?:\.\d+)?|{_CARDINAL})(?:\s+to\s+|-to-)(?:1|one)\b"
    rf"(?![.,]?\d|\s*(?:%|percent|per\s+cent|million|billion|thousand|trillion|[-\s]?(?:st|th)\b))")
#: "a fifth of U.S. imports", "roughly a third", "two-thirds", "nine in ten", "one in every six", "one out of every five":
#: shares in words. A bare "half" or "a third" is a share only where one reads on ("of", "as much").
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
                 "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
                 "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10}
_DENOM = "|".join(sorted(_DENOMINATORS, key=len, reverse=True))
_SMALL_OR_DIGITS = rf"(?:{_W_SMALL}|\d{{1,3}})"
_FRACTION = re.compile(
    rf"(?i)(?:(?P<hedge>{_HEDGE_RE})\s+|(?<=by\s))?\b(?:"
    # ("one dollar in five")
    rf"(?P<num>{_SMALL_OR_DIGITS})(?:\s+dollars?)?\s+(?:in(?:\s+every)?|out\s+of(?:\s+every)?|of\s+every)\s+"
    rf"(?P<den>{_SMALL_OR_DIGITS})\b"
    rf"|(?P<hn>one|two|three|four|five|six|seven|eight|nine)-(?P<hd>{_DENOM})\b"
    rf"|(?P<f>half|(?:a|one|two|three|four|five|six|seven|eight|nine)\s+(?P<fd>{_DENOM}))"
    rf"(?=\s+(?:of|the|all|every|what|those|that)\b|\s+(?:in|since|from|between|last|this|over|by|through|until|"
    rf"back|during|before|earlier|ago|now|today)\b|\s+as\s+(?:much|many|large)\b"
    rf"|[.,;)]|$))")
#: "a third larger than", "a quarter smaller": a ratio told as a fraction more or less
_FRACTION_MORE = re.compile(
    rf"(?i)(?:(?P<hedge>{_HEDGE_RE})\s+)?\b(?P<f>a|one|two)\s+(?P<fd>half|thirds?|quarters?|fifths?|tenths?)\s+"
    rf"(?P<dir>larger|bigger|more|higher|greater|smaller|lower|less)\b")
#: "~1/3 larger than", "≈ 1/4 of US imports": a fraction in figures (a date, "1/3", has neither after it)
_SLASH_FRACTION = re.compile(
    rf"(?i)(?:(?P<hedge>{_HEDGE_RE})\s+|(?P<tilde>~|≈)\s?)?(?<![\d/.])(?P<num>[1-9])/(?P<den>[2-9]|10)(?![\d/])"
    rf"(?:\s+(?P<dir>larger|bigger|more|higher|greater|smaller|lower|less)\b|(?=\s+(?:of|the)\b))")
#: "more than doubled", "tripled": growth as a multiple
_GROWTH_MULTIPLE = re.compile(rf"(?i)(?:(?P<hedge>{_HEDGE_RE})\s+)?\b(?P<w>doubled|tripled|trebled|"
                              rf"quadrupled|quintupled|halved|cut\s+in\s+half|doubling(?!\s+down)|tripling|quadrupling|"
                              rf"quintupling|halving|"
                              # "has seen its sales nearly triple since 2018"
                              rf"(?:double|triple|quadruple)(?=\s+(?:since|between)\s))\b")
_GROWTH_VALUES = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "quintupled": 5.0,
                  "double": 2.0, "triple": 3.0, "quadruple": 4.0,
                  "halved": 0.5, "doubling": 2.0, "tripling": 3.0, "quadrupling": 4.0, "quintupling": 5.0,
                  "halving": 0.5}


@dataclass(frozen=True)
class Quantity:
    """A number in the text: ``value`` in base units (dollars, kg, percent, ratio, count)."""

    value: float
    unit: str            # 'USD', '%', 'ratio', 'kg', 'lb', 'g', 'mg', 'pp', 'count', 'growth_multiple'
    start: int
    end: int
    text: str
    hedge: str = "exact"  # over | at_least | under | at_most | nearly | about | just_over | exact
    precision: float = 1.0  # the place value of the last digit given, in base units
    upper: float | None = None  # the top of a range ("between $145 billion and $150 billion")

    @property
    def is_money(self) -> bool:
        return self.unit == "USD"


#: Cheap tests that skip a pattern's scan when a sentence cannot hold its match.
_HAS_DIGIT = re.compile(r"\d")
#: searched in the lowercased text: five times faster than with (?i)
_HAS_WORD_NUMBER = re.compile(r"(?:double|twice|larger|bigger|smaller|triple|treble|quadruple|times|trillion|billion|thousand|dollars|"
                              r"million|hundred|kilo|pound|gram|tons?\b|tonnes|half|halves|thirds?|quarters?|"
                              rf"{_DENOM}|fold|(?:\d+|{_W_UNIT})(?:\s+dollar)?\s+(?:in|out\s+of|of\s+every)\s|percent|"
                              r"per\s+cent|cents|doubl|tripl|trebl|quadrupl|quintupl|halv|factor\s+of|multiplied\s+by)")


def find_quantities(text: str, offset: int = 0) -> list[Quantity]:
    """Every amount in ``text`` (offsets shifted by ``offset``), years and bare ordinals excluded;
    "between $145 billion and $150 billion" is one quantity, a range."""
    found = _ranges(text, offset, _find_quantities(text, offset))
    if "every" in text and (hundred := _PER_HUNDRED.search(text)):
        # "Of every 100 dollars the U.S. exports, 16 go to Mexico": a share of the hundred, in percent
        base = (hundred.start("base") + offset, hundred.end("base") + offset)
        a, b = hundred.start("n") + offset, hundred.end("n") + offset
        found = sorted([q for q in found if not (base[0] <= q.start < base[1] or a <= q.start < b)] + [
            Quantity(float(hundred.group("n").lstrip("$")), "%", a, b, hundred.group("n"))], key=lambda q: q.start)
    phones = [(m.start() + offset, m.end() + offset) for m in _PHONE.finditer(text)] if "-" in text or "(" in text else []
    out = []
    for q in found:
        if any(a <= q.start and q.end <= b for a, b in phones):
            continue   # "call 1-800-555-0199": a phone number, not four counts
        if q.unit == "count" and q.value >= 1e6 and text[q.end - offset:q.end - offset + 7].lower() == "-dollar":
            q = replace(q, unit="USD")   # "a trillion-dollar deficit"
        if q.hedge in _NEGATED and _NEGATION.search(text, max(0, q.start - offset - 60), q.start - offset):
            q = replace(q, hedge=_NEGATED[q.hedge])   # "never exceeded 12,000": at most 12,000
        out.append(q)
    return out


#: "of every 100 dollars the U.S. exports, 16 go to Mexico", "out of every $100 …, $16 goes to": a share of a hundred
_PER_HUNDRED = re.compile(r"(?i)\b(?:of|out\s+of|for)\s+every\s+(?P<base>\$\s?100|100\s+dollars|"
                          r"(?:one\s+)?hundred\s+dollars)\b"
                          r"(?:[^.;]|\.(?=\S|\s+[a-z])){0,80}?,\s*(?P<n>\$?\d{1,2}(?:\.\d)?)\s+(?=(?:go|goes|went|"
                          r"come|comes|came|end\s+up|ends\s+up|"
                          r"is|are|was|were)\b)")
#: a bound denied: "never exceeded 12,000" is at most 12,000; "did not fall below 5,000", at least
_NEGATED = {"over": "at_most", "just_over": "at_most", "under": "at_least"}
_NEGATION = re.compile(r"(?i)(?:\bnever|\bnot|n['’]t|\bat\s+no\s+point|\bin\s+no\s+(?:month|year))\s+"
                       r"(?:(?:once|again|even|ever|yet|been|have|has|had|did|do|does|fall|fell|fallen|drop|dropped|dip|"
                       r"dipped|slip|slipped|sink|sank|go|gone|went|rise|risen|rose|climb|climbed|come\s+close\s+to)"
                       r"\s+){0,2}$")


#: a North American phone number: "1-800-555-0199", "(520) 555-0199", "520.555.0199"
_PHONE = re.compile(r"(?<![\d$.,])(?:\+?1[-.\s])?(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}(?![\d,])")


#: "between $145 billion and $150 billion": the words around a range's two ends
_BETWEEN = re.compile(r"(?i)\bbetween\s+$")
_AND = re.compile(r"\s+(?:and|to)\s+$")
_DASH = re.compile(r"\s?[-–—]\s?")


def _ranges(text: str, offset: int, found: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        window = max(0, prev.start - offset - 12) if prev else 0
        between = _BETWEEN.search(text[window:prev.start - offset]) if prev else None
        # "$145-150 billion", "10–15%": a range told by a dash alone
        dash = prev is not None and prev.upper is None and q.hedge == "exact" and \
            _DASH.fullmatch(text[prev.end - offset:q.start - offset])
        if not dash and (between is None or prev.upper is not None or not _AND.match(text[prev.end - offset:q.start - offset])):
            out.append(q)
            continue
        if dash and prev.unit == "USD" and q.unit == "count" and q.value > prev.value:
            q = replace(q, unit="USD")   # "$145-150 billion": the dollar sign is the range's
        low = prev.value
        digits = re.search(r"\d[\d,]*(?:\.\d+)?", q.text)
        if digits and prev.value < q.value / 100 and prev.unit in (q.unit, "count"):
            # "between 2 and 3 million", "between $145 and $150 billion": the scale of the top end
            low = prev.value * q.value / float(digits.group(0).replace(",", ""))
        elif prev.unit != q.unit and not (prev.unit == "count" and prev.value < q.value):
            out.append(q)   # ("10-15%", "between 2 and 3 percent": the unit is the top end's)
            continue
        if low >= q.value:
            out.append(q)
            continue
        start = prev.start if dash else offset + window + between.start()
        out[-1] = Quantity(low, q.unit, start, q.end, text[start - offset:q.end - offset], "between",
                           q.precision, q.value)
    return out


def _find_quantities(text: str, offset: int = 0) -> list[Quantity]:
    found: list[Quantity] = []

    def free(m: re.Match) -> bool:
        a, b = m.start() + offset, m.end() + offset
        return not any(q.start < b and a < q.end for q in found)

    def hedge(m: re.Match, default: str = "exact") -> str:
        said = m.group("hedge") or (m.group("hedge2") if "hedge2" in m.re.groupindex else None)
        return HEDGES.get(" ".join((said or "").lower().split()), default)

    if _HAS_DIGIT.search(text):
        for m in _AMOUNT.finditer(text):
            q = _from_match(m, text, offset)
            if q is not None:
                found.append(q)
    low = text.lower()
    if " to 1" in low or " to one" in low or "-to-" in low:
        for m in _TO_ONE.finditer(text):
            # "about 4.7 to 1", "four to one": a ratio (the numbers read as counts give way)
            a, b = m.start() + offset, m.end() + offset
            found[:] = [q for q in found if not (a <= q.start and q.end <= b)]
            n = m.group("n")
            value = float(n) if n[0].isdigit() else _word_number(n)
            found.append(Quantity(value, "ratio", a, b, m.group(0), hedge(m),
                                  0.1 if "." in n else 0.25 if value % 1 else 0.5 if value < 5 else 1.0))
    if "/" in text:
        for m in _SLASH_FRACTION.finditer(text):
            # "~1/3 larger than", "≈ 1/4 of US imports": a fraction in figures, read as "about" unless hedged
            a, b = m.start() + offset, m.end() + offset
            found[:] = [q for q in found if not (a <= q.start and q.end <= b)]
            share = int(m.group("num")) / int(m.group("den"))
            said = "about" if m.group("tilde") else hedge(m, "about")
            if m.group("dir"):
                up = m.group("dir").lower() in ("larger", "bigger", "more", "higher", "greater")
                found.append(Quantity(1 + share if up else 1 - share, "ratio", a, b, m.group(0), said, 0.05))
            else:
                found.append(Quantity(100 * share, "%", a, b, m.group(0), said, 1.0))
    if not _HAS_WORD_NUMBER.search(low):
        return sorted(found, key=lambda q: q.start)

    def scan(pattern: re.Pattern) -> list[re.Match]:
        """The pattern's matches, scanned only when one of the words it needs is in the text."""
        return list(pattern.finditer(text)) if any(w in low for w in _NEEDS[pattern]) else []

    for m in scan(_WORD_MONEY):
        if free(m):
            said = m.group("scale") or m.group("scale2")
            scale = SCALES[said.lower()] if said else 1.0
            n = (m.group("n") or m.group("n2")).lower()
            if not said and (n in ("a", "half a", "a quarter of a", "a third of a") or
                                         _word_number(n) < 100):
                continue  # "a dollar", "one in every five dollars": no amount claimed
            value = _word_number(n) * scale
            found.append(Quantity(value, "USD", m.start() + offset, m.end() + offset, m.group(0), hedge(m),
                                  scale * (0.1 * _word_number(n) if re.match(r"(half|a quarter|a third) ", n)
                                           else 1.0) if scale > 1 else _round_precision(value)))
    for m in scan(_GROWTH_MULTIPLE):
        if free(m):
            w = " ".join(m.group("w").lower().split())
            found.append(Quantity(_GROWTH_VALUES.get(w, 0.5), "growth_multiple", m.start() + offset,
                                  m.end() + offset, m.group(0), hedge(m, "about"), 0.1))
    for m in scan(_FRACTION_MORE):
        if free(m):
            share = _word_number(m.group("f").replace("a", "one")) / _DENOMINATORS[m.group("fd").lower()]
            up = m.group("dir").lower() in ("larger", "bigger", "more", "higher", "greater")
            found.append(Quantity(1 + share if up else 1 - share, "ratio", m.start() + offset, m.end() + offset,
                                  m.group(0), hedge(m, "about"), 0.05))
    for m in scan(_FRACTION):
        if m.group("f") and (re.search(r"(?i)\b(first|second|third|fourth|last|latter|other)\s+$", text[:m.start()])
                             or re.match(r"(?i)\s+of\s+(?:the\s+)?(?:(?:19|20)\d{2}|year|decade|century|month)\b"
                                         r"(?!['’]s|\s+(?:before|earlier|prior|ago|total|level|figure))",
                                         text[m.end():])):
            continue  # "the first half of 2025" is a period, not a share
        if re.match(r"(?i)\s+of\s+an?\s+(?:million|billion|trillion)\b", text[m.end():]):
            continue  # "a quarter of a million people": a count
        value = _fraction(m)
        if value is None:
            continue
        if m.group("num"):
            # "4 in 10" was read as two counts: the share replaces them ("1 out of every 6 dollars": and the
            # dollars)
            a, b = m.start() + offset, m.end() + offset
            dollars = re.match(r"\s+(?:U\.S\.\s+)?dollars\b", text[m.end():])
            found[:] = [q for q in found if not ((q.unit == "count" or dollars and q.unit == "USD") and a <= q.start
                                                 and q.end <= b + (dollars.end() if dollars else 0))]
        if free(m):
            # a share in words is a round figure: read it as "about" unless hedged otherwise
            found.append(Quantity(value, "%", m.start() + offset, m.end() + offset, m.group(0),
                                  hedge(m, "about"), 1.0))
    for m in scan(_WORD_MULTIPLE):
        if free(m):
            word = m.group("word").lower()
            if word == "twice" and not m.group("hedge") and re.match(
                    r"\s*(?:[,.;:!?)]|$|(?:a|per|every|each)\s+(?:day|week|month|year)\b)", text[m.end():]):
                continue   # "Read all 4,200 words of this twice, …": how often, not a multiple
            n = m.group("n") or m.group("nf") or m.group("nx") or m.group("nb")
            value = _word_number(n) if n else MULTIPLE_WORDS[" ".join(word.split())]
            # (a whole multiple is told to the unit, "half again" to the half)
            found.append(Quantity(value, "ratio", m.start() + offset, m.end() + offset,
                                  m.group(0), hedge(m), 0.25 if value % 1 else 0.5 if value < 5 else 1.0))
    for m in scan(_CENTS):
        # ("40 cents …" was read as a count: the share replaces it)
        a, b = m.start() + offset, m.end() + offset
        found[:] = [q for q in found if not (q.unit == "count" and a <= q.start and q.end <= b)]
        if free(m):
            n = m.group("n")
            found.append(Quantity(float(n) if n.isdigit() else _word_number(n), "%", a, b, m.group(0), hedge(m), 1.0))
    if "cents" in low and "dollar" in low and (every := _cents_after()[0].search(text)):
        for m in _cents_after()[1].finditer(text, every.start()):
            a, b = m.start() + offset, m.end() + offset
            found[:] = [q for q in found if not (q.unit == "count" and a <= q.start and q.end <= b)]
            if free(m):
                n = m.group("n")
                found.append(Quantity(float(n) if n.isdigit() else _word_number(n), "%", a, b, m.group(0), hedge(m),
                                      1.0))
    for m in scan(_WORD_PERCENT):
        if free(m):
            h = "over" if m.group("plus") and not m.group("hedge") else hedge(m)
            said = " ".join(m.group("n").lower().replace("-", " ").split())
            # "thirteen point four percent" ("one-point-three percent") is given to the tenth, "four and a half
            # percent" to the quarter
            places = len(said.split(" point ", 1)[1].split()) if " point " in said else 0
            found.append(Quantity(_word_number(m.group("n")), "%", m.start() + offset, m.end() + offset,
                                  m.group(0), h, 10.0 ** -places if places else 0.25 if " and a " in said else 1.0))
    for m in scan(_WORD_MASS):
        if free(m):
            word = " ".join(m.group("unit").lower().split())
            unit = UNITS.get(word) or UNITS[word.rstrip("s")]
            unit, factor = _TONS.get(unit, (unit, 1.0))
            # ("half a million pounds": a scale in words)
            scale = SCALES[m.group("scale").lower()] if m.group("scale") else 1.0
            value = _word_number(m.group("n")) * scale * factor
            found.append(Quantity(value, unit, m.start() + offset, m.end() + offset, m.group(0), hedge(m),
                                  _said_precision(value / factor) * factor if scale > 1 else
                                  max(factor, _round_precision(value))))
    for m in scan(_WORD_THOUSANDS):
        n = _word_number(m.group("n"))
        if free(m) and n >= 1000:
            found.append(Quantity(n, "count", m.start() + offset, m.end() + offset, m.group(0), hedge(m),
                                  _said_precision(n)))
    for m in scan(_WORD_COUNT):
        if free(m):
            scale = SCALES[m.group("scale").lower()]
            n = _word_number(m.group("n"))
            found.append(Quantity(n * scale, "count", m.start() + offset, m.end() + offset, m.group(0),
                                  hedge(m), _said_precision(n) * scale))
    return sorted(found, key=lambda q: q.start)


_DENOM_WORDS = tuple(_DENOMINATORS)
#: The words without which a pattern cannot match: a cheap test before its scan.
_NEEDS = {
    _WORD_MONEY: ("dollar",),
    _GROWTH_MULTIPLE: ("doubl", "tripl", "trebled", "quadrupl", "quintupl", "halved", "halving", "in half"),
    _FRACTION_MORE: _DENOM_WORDS,
    _FRACTION: _DENOM_WORDS + (" in ", " out of ", " of every "),
    _WORD_MULTIPLE: ("double", "twice", "triple", "treble", "quadruple", "times", "fold", "half again", "factor",
                     "multiplied by"),
    _WORD_PERCENT: ("percent", "per cent"),
    _CENTS: ("cents",),
    _WORD_MASS: ("kilo", "pound", "gram", "ton"),
    _WORD_THOUSANDS: ("thousand", "hundred"),
    _WORD_COUNT: ("million", "billion", "trillion"),
}


def _round_precision(value: float) -> float:
    """The place value of a whole number's last non-zero digit ("2,500": 100), at most 5 % of it."""
    digits = str(int(value))
    return max(1.0, min(10.0 ** (len(digits) - len(digits.rstrip("0"))), 0.05 * value))


def _said_precision(n: float) -> float:
    """How precisely a number said in words is given: "five hundred and five" to the unit, a
    shorter one ("thirty-four", "twenty-five thousand") only to 5 %, as speech rounds."""
    digits = str(int(n)).rstrip("0") if n == int(n) else ""
    return _round_precision(n) if len(digits) >= 3 else 0.05 * n


def _fraction(m: re.Match) -> float | None:
    """The share a fraction in words states, in percent."""
    if m.group("num"):
        num, den = _word_number(m.group("num")), _word_number(m.group("den"))
    elif m.group("hn"):
        num, den = _word_number(m.group("hn")), _DENOMINATORS[m.group("hd").lower()]
    elif m.group("fd"):
        num = _word_number(m.group("f").split()[0])
        den = _DENOMINATORS[m.group("fd").lower()]
    else:
        num, den = 1, 2
    if not den or num >= den:
        return None
    return 100 * num / den


#: The fractions written as one sign
_VULGAR = {"½": 1 / 2, "¼": 1 / 4, "¾": 3 / 4, "⅓": 1 / 3, "⅔": 2 / 3}


def _from_match(m: re.Match, text: str, offset: int) -> Quantity | None:
    if m.group("n0"):
        # "C$1 trillion", "MXN 5.8 trillion": another currency, not comparable with U.S. dollars
        scale = SCALES.get((m.group("s0") or "").lower().rstrip("."), 1.0)
        fx = m.group("fx").strip().upper().replace("CA$", "CAD").replace("C$", "CAD").replace("MX$", "MXN")
        return Quantity(float(m.group("n0").replace(",", "")) * scale, {"MEX$": "MXN", "€": "EUR", "£": "GBP"}.get(fx, fx),
                        m.start() + offset, m.end() + offset, text[m.start():m.end()].rstrip(),
                        HEDGES.get(" ".join((m.group("hedge") or "").lower().split()), "exact"), scale)
    raw = m.group("n1") or m.group("n2")
    if raw is None:
        return None
    if m.group("n2") and (m.start("n2") > 0 and text[m.start("n2") - 1].isalpha() or not (
            m.group("s2") or m.group("unit")) and text[m.end("n2"):m.end("n2") + 1].isalpha()):
        return None  # "FY24", "Q3", "1H24": part of a name, not a figure
    if m.group("n2") and m.start("n2") > 0 and text[m.start("n2") - 1] in "'’" and len(m.group("n2")) == 2 \
            and not (m.group("s2") or m.group("unit")):
        return None  # "Dec '24": a year in shorthand
    if m.group("n2") and m.group("s2") and re.fullmatch(r"(?:19|20)\d\d", raw) and len(m.group("s2")) <= 3 \
            and m.end("n2") < m.start("s2") and not m.group("unit"):
        return None   # "our 2025 TN Guide": a year before a name ("TN" visas), not 2,025 trillion
    # "2½ times": a whole number and a fraction written as one sign
    number = float(raw.rstrip("".join(_VULGAR)).replace(",", "")) + _VULGAR.get(m.group("vulgar") or "", 0.0)
    scale_word = " ".join((m.group("s1") or m.group("s2") or "").lower().rstrip(".").split())
    scale = SCALES.get(scale_word, 1.0)
    unit_word = (m.group("unit") or "").lower()
    hedge = HEDGES.get(" ".join((m.group("hedge") or "").lower().split()), "exact")
    if m.group("tilde"):
        hedge = "about"  # "~47k", "≈ $840B"
    elif m.group("gt"):
        hedge = {">": "over", "<": "under", "≥": "at_least", "≤": "at_most"}[m.group("gt")]  # ">49k", "<$1bn"
    if (m.group("plus1") or m.group("plus2") or m.group("plus3")) and hedge == "exact":
        hedge = "over"  # "$4,000-plus", "90+ percent"
    start, end = m.start(), m.end()
    if m.group("cur") or "dollars" in unit_word or unit_word in ("usd", "bucks"):
        unit = "USD"
    elif unit_word in ("times", "-times", "x", "fold", "-fold"):
        unit = "ratio"
    elif unit_word:
        unit = UNITS.get(unit_word, UNITS.get(unit_word.rstrip("s"), unit_word))
    elif not scale_word and re.search(r"(?i)\b(?:factor\s+of|multiplied\s+by)\s+$", text[:m.start()]):
        unit = "ratio"   # "outbought China by a factor of 2.3", "multiplied by 8"
    else:
        unit = "count"
        if _is_year(raw, scale_word, text, m):
            return None
        # "10 trading partners", "30 years": counts that name how many of something; callers
        # decide what they count from the following word.
    if unit == "count" and scale_word in ("k", "m", "b", "t") and not m.group("cur") and not (
            m.start("s2") == m.end("n2") and (text[m.start("s2")].isupper() or scale_word in ("k", "m", "b"))):
        # a lone letter after a bare number is rarely a scale ("5 m" is metres, "2 t" tonnes),
        # unless it is set close ("2.9M encounters", "47k", "250k+")
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
        elif not decimals and scale > 1.0 and number >= 1000:
            # "45,480 million" (the Mexican "45 mil 480 millones") is given to the ten million
            precision = min(10.0 ** (len(digits) - len(digits.rstrip("0"))), 0.05 * number) * scale
        elif not decimals and scale > 1.0 and unit != "USD":
            # likewise "about 2 million" is not a licence for ±25 %
            precision = min(precision, 0.05 * number * scale)
    if unit == "ratio" and not decimals:
        precision = min(precision, 0.125 * number)   # "4x" is read as "four times" is: 3.75 to 4.25, not 3.5 to 4.5
    unit, factor = _TONS.get(unit, (unit, 1.0))
    precision *= factor
    value = number * scale * factor
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
    # a counted noun follows directly, and no word of a year comes before it ("in fiscal 2024 encounters …")
    return not re.match(r"\s*(encounters|apprehensions|people|migrants|jobs|companies|firms)", after) or bool(
        re.search(r"(?i)\b(?:fiscal(?:\s+year)?|FY|calendar(?:\s+year)?|in|since|during)\s+$", text[:m.start()]))


def _word_number(text: str) -> float:
    """A number in words or digits: "twenty-five" -> 25, "three hundred and four" -> 304."""
    t = " ".join(text.lower().replace("-", " ").split())
    if t in _WORD_VALUES:
        return _WORD_VALUES[t]
    if part := re.fullmatch(r"(.+?) and a half thousand", t):
        return (_word_number(part.group(1)) + 0.5) * 1000   # "eleven and a half thousand"
    if part := re.fullmatch(r"(.+?) and a (half|quarter)", t):
        return _word_number(part.group(1)) + (0.5 if part.group(2) == "half" else 0.25)
    if part := re.fullmatch(r"(.+?) point ((?:\w+ ?)+)", t):
        digits = "".join(str(0 if w in ("zero", "oh") else WORD_NUMBERS[w]) for w in part.group(2).split())
        return _word_number(part.group(1)) + float("0." + digits)
    if re.fullmatch(r"\d+(\.\d+)?", t):
        return float(t)
    total, current = 0.0, 0.0
    for word in t.replace(",", " ").split():
        if word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total, current = total + (current or 1) * 1000, 0.0
        elif word == "dozen":
            current = (current or 1) * 12
        elif word not in ("a", "and"):
            current += WORD_NUMBERS[word]
    return total + current


def parse_number_words(text: str) -> float | None:
    """"ten" -> 10, "30" -> 30, "a dozen" -> 12, "twenty-five" -> 25; None if not a number."""
    try:
        return _word_number(text.strip())
    except KeyError:
        return None
