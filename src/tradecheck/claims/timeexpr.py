"""Time expressions: "in 2024", "June 2025", "since February 2025", "between May 2024 and March
2025", "the 2021–2024 average", "FY2024", "in 30 years", "on record", "annually".
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from ..indicators.periods import Period
from . import recache as re

__all__ = ["DATELINE", "DATELINE_AFTER", "MONTH_NAMES", "SINCE_NAFTA", "TimeExpr", "find_times", "full_year",
           "text_date"]

_MONTH = "|".join(sorted([m for m in calendar.month_name if m] + ["Sept"] +
                         [m for m in calendar.month_abbr if m], key=len, reverse=True))
#: a month's name, in full or short ("Feb"), the longest first
MONTH_NAMES = _MONTH
_MONTH_ABBR = "|".join(m for m in calendar.month_abbr if m)
_MONTH_NUM = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTH_NUM.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTH_NUM["sept"] = 9
_YEAR = r"(?:19|20)\d{2}"
_DASH = r"\s*(?:–|—|-|to|through|thru)\s?"

_NWORD = r"\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
#: Administrations by their months in office and their fiscal years (FY of the first full year).
_TERMS = {"obama": ((2009, 2), (2017, 1), 2009, 2016), "biden": ((2021, 2), (2025, 1), 2021, 2024),
          "trump_first": ((2017, 2), (2021, 1), 2017, 2020)}

#: "since their fiscal 2023 peak": the article before a year that names a high or low
_THEIR_PEAK = (r"(?:(?:the|its|their)\s+(?=(?:FY\s?|fiscal\s+(?:year\s+)?)?(?:19|20)\d\d\s+(?:peak|high|low|record|"
               r"level|total)\b)|"
               # "since the pandemic year of 2020"
               r"the\s+(?:[\w-]+\s+){0,2}?year\s+of\s+(?=(?:FY\s?|fiscal\s+(?:year\s+)?)?(?:19|20)\d\d\b))?")
#: a two-digit end that is an amount, not a year: "from 2.5 pounds in fiscal 2023 to 43 pounds"
_NOT_AMOUNT = r"(?!\s*(?:pounds|lbs?|kilo\w*|kg|tons?|percent|per\s+cent|%|million|billion|thousand|people|doses)\b)"

#: the trade agreements whose start dates a year: NAFTA in force on 1 January 1994, USMCA (CUSMA, T-MEC) on 1 July 2020
_TREATY = r"NAFTA|TLCAN|USMCA|CUSMA|T-MEC"
_TREATY_YEAR = {"nafta": 1994, "tlcan": 1994, "usmca": 2020, "cusma": 2020, "t-mec": 2020}
_IN_FORCE = (r"(?:took\s+effect|came\s+into\s+(?:force|effect)|entered\s+into\s+force|went\s+into\s+effect|began|started|"
             r"kicked\s+in)\b")

_PATTERNS = [
    # a full date, to the day, is when something was said or published, not a period claimed
    ("date", re.compile(rf"(?i)\b(?:(?P<d>\d{{1,2}})\s+(?P<m1>{_MONTH})\.?|(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}})"
                        rf"(?:st|nd|rd|th)?,?)\s+(?P<y1>{_YEAR})\b")),
    # "between 1993, the year before NAFTA, and 2000": a range with an aside
    ("range_years", re.compile(rf"(?i)\bbetween\s+(?P<y1>{_YEAR}),\s+[^,;.\d]{{3,50}},\s+and\s+(?P<y2>{_YEAR})\b(?![,.]\d)")),
    # "the year before NAFTA took effect", "the year CUSMA came into force", "when NAFTA kicked in"
    ("treaty", re.compile(rf"(?i)\bthe\s+year\s+(?P<rel>before|after)\s+(?P<t>{_TREATY})\b(?:\s+{_IN_FORCE})?|"
                          rf"\b(?:the\s+year|when)\s+(?P<t2>{_TREATY})\s+{_IN_FORCE}")),
    ("every_year", re.compile(
        rf"(?i)\b(?:every|each)\s+year\s+(?:since\s+(?P<fy>FY\s?'?|fiscal\s+(?:year\s+)?)?(?P<y1>{_YEAR})|(?:from|between)\s+(?P<y2>{_YEAR})"
        rf"\s+(?:to|and|through)\s+(?P<y3>{_YEAR}))\b|\b(?:for\s+)?(?P<n>{_NWORD})\s+(?:straight|consecutive)\s+"
        rf"years\b|\b(?P<n2>{_NWORD})\s+years\s+in\s+a\s+row\b|\b(?:for\s+)?(?:the\s+|a\s+)?(?P<ord>second|third|"
        rf"fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|4th|5th|6th)\s+(?:(?:straight|consecutive)\s+year\b|"
        # "the second straight annual decline"
        rf"(?:straight|consecutive)\s+(?:annual|yearly|year-(?:on|over)-year)\s+(?:decline|drop|fall|decrease|increase|"
        rf"rise|gain|contraction|expansion)\b|year\s+(?:in\s+a\s+row|running)\b)")),
    ("streak_months", re.compile(
        rf"(?i)\b(?:for\s+)?(?P<n>{_NWORD})\s+(?:straight|consecutive)\s+months\b|\b(?P<n2>{_NWORD})\s+months\s+in\s+a\s+"
        rf"row\b|\b(?:for\s+)?(?:the|a)\s+(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
        rf"(?:(?:straight|consecutive)\s+month\b|month\s+in\s+a\s+row\b)")),
    ("term", re.compile(
        r"(?i)\b(?:(?:the|its|his)\s+)?(?:(?:four|eight)\s+)?(?P<fiscal>fiscal\s+)?(?:years\s+of\s+)?(?:the\s+)?"
        r"(?:(?P<who>Biden|Obama)(?:['’]s)?(?:\s+|-)(?:administration|presidency|years|era|term)|"
        r"(?P<trump>Trump['’]s\s+first\s+(?:term|administration)|first\s+Trump\s+administration))\b|"
        r"\bunder\s+(?:President\s+)?(?P<who2>Biden|Obama)\b")),
    ("decade", re.compile(r"(?i)\b(?:the\s+)?(?:(?P<part>early|mid|late)[- ])?(?:(?P<dec>(?:19|20)\d0)['’]?s|"
                          r"(?<=the\s)(?:(?P<part2>early|mid|late)[- ])?(?P<word>twenties|thirties|forties|fifties|sixties|"
                          r"seventies|eighties|nineties)|"
                          # "since the early 70s", "since the '60s": a decade of the 1900s in two digits (only after
                          # "since": "in the 90s" may be a percentage, or a temperature)
                          r"(?<=since\sthe\s)(?:(?P<part3>early|mid|late)[- ])?['’]?(?P<dec2>[2-9]0)['’]?s)\b")),
    ("relative", re.compile(rf"(?i)\b(?:(?:a|one)\s+decade|(?P<one>a|one|the)\s+year|(?P<n>{_NWORD})\s+(?P<unit>years|decades))\s+"
                            rf"(?:earlier|before|ago|prior)\b|\bthe\s+(?P<prev>previous|prior|preceding)\s+year\b|"
                            rf"\b(?P<same>that|the\s+same)\s+year\b|"
                            # "then fell by a quarter the next year": a year after the one last named
                            rf"\bthe\s+(?P<next>next|following|subsequent)\s+year\b|\b(?:a|one)\s+year\s+(?P<later>later)\b")),
    # "in the first half of the year": the half of the year in play
    ("half_of_year", re.compile(r"(?i)\b(?:the\s+)?(?P<h>first|second)\s+half\s+of\s+(?:the|that|this)\s+year\b")),
    # "over the same months", "in the same period", "that month": the period named last, whatever its span
    ("same_period", re.compile(r"(?i)\b(?:the\s+same|those)\s+(?:months|period|time\s+frame|stretch|span|weeks)\b|"
                               r"\bthat\s+month\b")),
    # "between CY2018 and CY2024": a range of calendar years
    ("range_years", re.compile(rf"(?i)\b(?:between\s+)?(?:CY\s?|calendar\s+(?:years?\s+)?)(?P<y1>{_YEAR})(?:{_DASH}|\s+and\s+)"
                               rf"(?:CY\s?|calendar\s+(?:year\s+)?)?(?P<y2>{_YEAR}|\d{{2}})\b(?![,.]\d){_NOT_AMOUNT}")),
    ("calendar", re.compile(rf"(?i)\b(?:calendar\s+(?:year\s+)?|CY\s?)(?P<y1>{_YEAR})\b")),
    ("twelve_months", re.compile(
        rf"(?i)\b(?:the\s+)?(?:twelve|12)\s+months\s+(?:to|through|thru|ending(?:\s+in)?|ended(?:\s+in)?)\s+"
        rf"(?P<m1>{_MONTH})\.?\s+(?P<y1>{_YEAR})\b")),
    ("fy_ended", re.compile(
        rf"(?i)\b(?:the\s+)?fiscal\s+year\s+(?:that\s+)?(?:ended|ending|closed)\s+(?:in\s+|on\s+)?"
        rf"(?:September|Sept?\.?)(?:\s+30)?,?\s+(?P<y1>{_YEAR})\b")),
    ("fy", re.compile(rf"(?i)\b(?:FYTD|fiscal\s+year\s+to\s+date)\s+(?P<y1>{_YEAR})\b")),
    ("range_months", re.compile(
        # ("between Jan '25 and Mar '25")
        rf"(?i)\bbetween\s+(?P<m1>{_MONTH})\.?\s+(?:(?P<y1>{_YEAR})|['’](?P<yy1>\d\d))\s+and\s+(?P<m2>{_MONTH})\.?\s+"
        rf"(?:(?P<y2>{_YEAR})|['’](?P<yy2>\d\d))\b")),
    ("range_months", re.compile(
        rf"(?i)\b(?:from\s+)?(?P<m1>{_MONTH})\.?\s+(?P<y1>{_YEAR}){_DASH}(?P<m2>{_MONTH})\.?\s+(?P<y2>{_YEAR})\b")),
    ("range_months", re.compile(  # "from February through December 2025", "October–December 2024"
        rf"(?i)(?:\bbetween\s+(?P<m1>{_MONTH})\.?\s+and\s+|\b(?:from\s+)?(?P<m3>{_MONTH})\.?{_DASH})"
        rf"(?P<m2>{_MONTH})\.?,?\s+(?P<y2>{_YEAR})\b")),
    ("first_months", re.compile(
        rf"(?i)\b(?:the\s+)?first\s+(?P<n>{_NWORD})\s+months\s+of\s+(?:(?:the\s+)?(?P<fiscal>fiscal\s+(?:year\s+)?|FY\s?'?)"
        rf"(?P<y1>{_YEAR}|\d{{2}})|(?:calendar\s+)?(?P<y2>{_YEAR}))\b")),
    ("quarter", re.compile(
        rf"(?i)\b(?:the\s+)?(?P<q>first|second|third|fourth)\s+quarter\s+of\s+(?P<y1>{_YEAR})\b|"
        rf"\bQ(?P<qn>[1-4])\s*(?:(?P<y2>{_YEAR})|'?(?P<yy>\d{{2}}))\b|\b(?P<qn2>[1-4])Q\s*'?(?P<yy2>\d{{2}})\b")),
    # ("the first semester of 2024": Spanish "el primer semestre", put word for word into English)
    ("half", re.compile(rf"(?i)\b(?:the\s+)?(?P<h>first|second)\s+(?:half|semester)\s+of\s+(?P<y1>{_YEAR})\b|"
                        rf"\bH(?P<hn>[12])\s*(?:(?P<y2>{_YEAR})|'?(?P<yy>\d{{2}}))\b|\b(?P<hn2>[12])H\s*(?:(?P<y3>{_YEAR})|'?(?P<yy2>\d{{2}}))\b")),
    ("since_month", re.compile(rf"(?i)\b(?:since|from)\s+(?P<m1>{_MONTH})\.?\s+(?:(?P<y1>{_YEAR})|['’](?P<yy>\d\d))\b")),
    ("month_last_year", re.compile(rf"(?i)\b(?P<m1>{_MONTH})\s+(?:of\s+)?(?P<which>last|this|the\s+previous|the\s+prior)\s+"
                                   rf"year\b")),
    # case matters ("in may"), except in a headline in capitals ("FALL TO 6,000 IN JUNE")
    ("bare_month", re.compile(rf"\b(?:[Tt]his\s+past|[Ll]ast|[Ii]n|[Bb]y|[Tt]his|THIS\s+PAST|LAST|IN|THIS)\s+"
                              rf"(?P<m1>{_MONTH}|{_MONTH.upper()})\b(?!\.?,?\s+(?:of\s+)?['’]?\d|-\d\d\b)"
                              rf"(?!\s+(?:and|or|to|through)\s+(?:{_MONTH})\.?,?\s+\d)")),
    # "June came in at around 145,000", "July saw …", "Dec alone was $24.6B": a month as the subject (May, also a
    # verb, left out)
    ("bare_month", re.compile(r"\b(?P<m1>January|February|March|April|June|July|August|September|October|November|"
                              r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?:['’]s)?\s+(?:itself\s+|alone\s+)?(?:came\s+in|saw|brought|recorded|logged|posted|was|set|marked|total|count|"
                              r"tally|figures?|numbers|dropped|fell|rose|climbed|jumped|plunged|slipped|hit|reached|"
                              r"topped)\b")),
    # "July's southwest border encounters": a month's count
    ("bare_month", re.compile(r"\b(?P<m1>January|February|March|April|May|June|July|August|September|October|November|"
                              r"December)['’]s\s+(?:[\w-]+\s+){0,3}?(?:encounters|apprehensions|crossings|arrests|"
                              r"imports|exports|trade|deficit|surplus|seizures|total|count|tally|figures?|numbers)\b")),
    ("since_bare_month", re.compile(rf"(?i)\bsince\s+(?:last\s+)?(?P<m1>{_MONTH})\b(?!\.?\s+['’]?\d)")),
    # "Christmas week of 2022 …; nationwide that December": the month in the year in play
    ("that_month", re.compile(rf"\b[Tt]hat\s+(?P<m1>{_MONTH})\b(?!\.?,?\s+['’]?\d)")),
    # "fell to under 12,000 in February 2025, down 85% from January": a base month, in the year in play
    ("from_month", re.compile(rf"\b(?:from|than(?:\s+in)?|compared\s+(?:with|to)|versus|vs\.?|below|above)\s+(?P<m1>{_MONTH})\b"
                              rf"(?!\.?,?\s+(?:of\s+)?['’]?\d)")),
    ("fy_through", re.compile(rf"(?i)\b(?:FY\s?'?|fiscal\s+(?:year\s+)?)(?P<y1>{_YEAR}|\d{{2}}),?\s+(?:through|thru|up\s+to|"
                              rf"to\s+date\s+through)\s+(?:the\s+end\s+of\s+)?(?P<m1>{_MONTH})\b(?!\.?,?\s+\d)")),
    ("fy_range", re.compile(rf"(?i)\b(?:between\s+)?(?:FY\s?'?|fiscal\s+(?:years?\s+)?)(?P<y1>{_YEAR}|\d{{2}})"
                            rf"(?:{_DASH}|\s+and\s+)(?:FY\s?'?|fiscal\s+(?:year\s+)?)?(?P<y2>{_YEAR}|\d{{2}})\b(?![,.]\d)"
                            rf"{_NOT_AMOUNT}")),
    ("range_years", re.compile(rf"(?i)\b(?:between\s+)?(?P<y1>{_YEAR})(?:{_DASH}|\s+and\s+)(?P<y2>{_YEAR}|\d{{2}})\b(?![,.]\d)"
                               rf"{_NOT_AMOUNT}")),
    ("since_year", re.compile(rf"(?i)\bsince\s+{_THEIR_PEAK}(?:(?P<y1>{_YEAR})\b|['’](?P<yy>\d{{2}})\b(?!['’]?s\b))")),
    # "since NAFTA kicked in", "since NAFTA took effect": since 1994, the year it entered into force
    # (not "since NAFTA took effect in 1994": the year said is the time, as any year the text names; see find_times)
    ("since_nafta", re.compile(r"(?i)\bsince\s+(?:the\s+)?(?:NAFTA|North\s+American\s+Free\s+Trade\s+Agreement)"
                               r"(?:\s+(?:kicked\s+in|took\s+effect|went\s+into\s+effect|came\s+into\s+force|"
                               r"entered\s+into\s+force|began|started))?+\b"
                               r"(?!\s+(?:was\s+)?(?:signed|negotiated|replaced|ended)|,?\s+in\s+(?:19|20)\d\d)")),
    ("since_fy", re.compile(rf"(?i)\bsince\s+{_THEIR_PEAK}(?:the\s+)?(?:FY\s?'?|fiscal\s+(?:year\s+)?)(?P<y1>{_YEAR}|\d{{2}})\b")),
    # "December 2023", "March of 2024", "December of '23" (spoken)
    ("month", re.compile(rf"(?i)\b(?P<m1>{_MONTH})\.?,?\s+(?:(?:of\s+)?(?P<y1>{_YEAR})\b|"
                         rf"(?:of\s+)?['’](?P<yy>\d{{2}})\b)|"
                         # "Dec-23", "Aug-24": a month and its year in a table's or a note's short form
                         rf"\b(?P<m2>{_MONTH_ABBR})-(?P<yy2>\d{{2}})\b(?![-/]\d)")),
    ("fy", re.compile(rf"(?i)\b(?:FY\s?'?|fiscal\s+(?:year\s+)?['’]?)(?P<y1>{_YEAR}|\d{{2}})\b")),
    ("year", re.compile(rf"(?<![\d,.$])\b(?P<y1>{_YEAR})\b(?![\d,.]\d)")),
    # "'24 exports to MX", "in '17": a year in shorthand (not "the '90s")
    ("year", re.compile(r"(?<![\w'’$])['’](?P<yy>\d{2})\b(?!['’]?s\b|[,.]\d|\s*%)")),
    ("lookback", re.compile(r"(?i)\b(?:in|for)\s+(?:(?:more\s+than|over|nearly|almost|about|at\s+least)\s+)?"
                            r"(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|"
                            r"forty|fifty)\s+(?P<unit>years|decades)\b|"
                            r"\b(?:in|for|over|during|across)\s+(?:(?:more\s+than|over|nearly|almost|about|the\s+(?:past|last|"
                            r"previous))\s+)?(?P<span>half\s+a\s+century|a\s+century|a\s+quarter[- ]century|a\s+generation|"
                            r"a\s+decade|decades|decade|(?P<n2>\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty)\s+"
                            r"(?P<unit2>years|decades))\b")),
    ("record", re.compile(r"(?i)\b(?:on\s+record|ever\s+recorded|in\s+(?:(?:recorded|the|[\w.]+['’]s?|its|their|"
                          r"the\s+agency['’]s)\s+)?history|since\s+records\s+began|since\s+record-?keeping\s+began|"
                          r"of\s+all\s+time|ever)\b")),
    ("last_month", re.compile(r"(?i)\b(?:last|this\s+past|the\s+past)\s+month\b(?!['’]s?\s+average)")),
    ("last_year", re.compile(r"(?i)\b(?P<which>last|this|past)\s+(?P<fiscal>fiscal\s+)?year\b(?!['’]s?\s+average)")),
    ("annual", re.compile(r"(?i)\b(?:annually|per\s+year|a\s+year|each\s+year|every\s+year|yearly)\b")),
]
_DECADE_WORDS = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}


@dataclass(frozen=True)
class TimeExpr:
    kind: str                # year | fy | month | range | since | lookback | record | annual |
                             # every_year | relative

    start: int
    end: int
    text: str
    period: Period | None = None
    years: int | None = None  # for 'lookback' ("in 30 years")
    average: bool = False     # "the 2021–2024 average"
    calendar: bool = False    # "calendar 2024": the text rules out the fiscal year
    fiscal: bool = False      # a range of fiscal years ("the four fiscal years of ...")
    month: int | None = None  # a month named without a year ("in June") in an undated text: the
                              # data place it (the latest June loaded)


def find_times(text: str, offset: int = 0, written: dt.date | None = None) -> list[TimeExpr]:
    """Time expressions in ``text``, without overlaps (the first, most specific pattern wins).
    ``written``, the date the text gives itself, places "last year" and "this year"; without it
    they are left to the latest data."""
    # "[Morning Line, transcript excerpt, Jan. 2025]" dates the text, not a figure
    taken: list[tuple[int, int]] = [m.span() for m in _SOURCE_DATE.finditer(text)] if "(" in text or "[" in text else []
    if " like it" in text or " as if it" in text:
        # "most shippers still file like it's 1995": a figure of speech, not a period
        taken += [m.span() for m in _AS_IF_YEAR.finditer(text)]
    out: list[TimeExpr] = []
    if _HAS_SPOKEN.search(text):
        text = _spoken_years(text)
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            expr = _build(kind, m, text, written)
            if expr is None:
                continue
            taken.append((m.start(), m.end()))
            out.append(TimeExpr(expr[0], m.start() + offset, m.end() + offset, m.group(0), *expr[1:]))
    if any(t.period is not None and t.period.start == (1994, 1) and SINCE_NAFTA.match(t.text) for t in out) and any(
            t.kind in ("year", "fy", "month", "range") for t in out):
        # "since NAFTA took effect, from US$81.5 billion in 1993 to …": the year the text names is the base
        out = [t for t in out if not SINCE_NAFTA.match(t.text)]
    out.sort(key=lambda t: t.start)
    for i, t in enumerate(out[1:], 1):
        # "from about 81,000 pounds in fiscal 2023 to about 64,000 in 2024": the year a change goes to is
        # fiscal too
        if t.kind == "year" and not t.calendar and out[i - 1].kind == "fy" and _FISCAL_TO.fullmatch(
                text, out[i - 1].end - offset, t.start - offset):
            out[i] = TimeExpr("fy", t.start, t.end, t.text, Period.fiscal_year(t.period.end[0]))
    return out


#: "since NAFTA", the time of the pattern "since_nafta" (a change since then is read from 1994 or the year before)
SINCE_NAFTA = re.compile(r"(?i)\bsince\s+(?:the\s+)?(?:NAFTA|North\s+American\s+Free\s+Trade)")

#: what lies between a fiscal year and the year a change goes to, which is fiscal too
_FISCAL_TO = re.compile(r"(?i)[^.;\d]{0,12}?\s+to\s+(?:(?:about|roughly|around|nearly|almost|some|over|under|just|"
                        r"more\s+than|less\s+than|the)\s+)?[\d.,]+"
                        r"(?:\s*(?:thousand|million|k|lbs?|pounds|kilograms|kg))?"
                        r"\s+(?:in\s+)?(?:the\s+)?")


_AS_IF_YEAR = re.compile(r"(?i)\b(?:like|as\s+if)\s+it(?:['’]s|\s+is|\s+was|\s+were)\s+(?:still\s+)?(?:19|20)\d\d\b")
_UNIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_HAS_SPOKEN = re.compile(r"(?i)\b(?:nineteen|twenty|two\s+thousand)[\s-]+[a-z]|\bfiscal\s+(?:year\s+)?[a-z]+-[a-z]")
#: "twenty twenty-three", "nineteen eighty-six", "twenty eleven", "two thousand and eight"
_SPOKEN_YEAR = re.compile(
    rf"(?i)\b(?:(?P<c>nineteen|twenty)[\s-]+(?:(?P<teen>{'|'.join(_TEENS)})|(?P<tens>{'|'.join(_TENS)})"
    rf"(?:[\s-](?P<unit>{'|'.join(_UNIT_WORDS)}))?|oh[\s-](?P<oh>{'|'.join(_UNIT_WORDS)}))|two\s+thousand\s+(?:and\s+)?"
    rf"(?:(?P<t_teen>{'|'.join(_TEENS)})|(?P<t_unit>{'|'.join(_UNIT_WORDS)})))\b")
#: a spoken year is read as one only after a word that introduces a time ("in", "fiscal", "since" …)
_BEFORE_YEAR = re.compile(rf"(?i)\b(?:in|fiscal(?:\s+year)?|FY|since|of|during|by|until|through|for|to|from|and|"
                          rf"between|year|back\s+in|the|{_MONTH})\s+$")


#: "fiscal twenty-three", "fiscal eighty-six": a fiscal year said in two words
_SPOKEN_FY = re.compile(rf"(?i)(?<=\bfiscal\s)(?:year\s+)?(?P<tens>{'|'.join(_TENS)})-(?P<unit>{'|'.join(_UNIT_WORDS)})\b")


def _spoken_years(text: str) -> str:
    """``text`` with years said in words written as digits, padded with spaces to the same length
    so that offsets still point into the original ("in fiscal twenty twenty-three")."""
    def digits(m: re.Match) -> str:
        if not _BEFORE_YEAR.search(text[:m.start()]):
            return m.group(0)
        g = {k: (v or "").lower() for k, v in m.groupdict().items()}
        if g["c"]:
            century = 1900 if g["c"] == "nineteen" else 2000
            if g["teen"]:
                yy = 10 + _TEENS.index(g["teen"])
            elif g["tens"]:
                yy = 20 + 10 * _TENS.index(g["tens"]) + (_UNIT_WORDS.index(g["unit"]) + 1 if g["unit"] else 0)
            else:
                yy = _UNIT_WORDS.index(g["oh"]) + 1
        else:
            century = 2000
            yy = 10 + _TEENS.index(g["t_teen"]) if g["t_teen"] else _UNIT_WORDS.index(g["t_unit"]) + 1
        return str(century + yy).ljust(len(m.group(0)))
    text = _SPOKEN_YEAR.sub(digits, text)

    def fiscal(m: re.Match) -> str:
        yy = 20 + 10 * _TENS.index(m.group("tens").lower()) + _UNIT_WORDS.index(m.group("unit").lower()) + 1
        return str((2000 if yy <= 50 else 1900) + yy).ljust(len(m.group(0)))
    return _SPOKEN_FY.sub(fiscal, text)


def full_year(s: str, base: int | None = None) -> int:
    """A year as written, in full: "2024" 2024, "24" 2024, "71" 1971 (or in ``base``'s century)."""
    y = int(s)
    if y < 100:
        # ("FY71", "'93": the last century; "FY24", "'17": this one)
        y += (base // 100) * 100 if base else 2000 if y < 40 else 1900
    return y


def _build(kind: str, m: re.Match, text: str, written: dt.date | None = None):
    g = m.groupdict()
    # ``written`` is the day after the date the text gives: "last month" and "this year" are that date's
    day = written - dt.timedelta(days=1) if written is not None else None
    try:
        if kind == "last_year":
            if written is None:
                return "latest", None   # "last year", undated: the latest data (not a year named nearby)
            back = 0 if g["which"].lower() == "this" else 1
            if g["fiscal"]:
                fy = day.year + (day.month >= 10) - back
                return "fy", Period.fiscal_year(fy)
            return "year", Period.year(day.year - back)
        if kind == "last_month":
            if written is None:
                return None
            # the month before that date's
            y, mo = day.year, day.month
            return "month", Period.month(y - (mo == 1), (mo - 2) % 12 + 1)
        if kind == "month_last_year":
            # "May of last year" in a text written in June 2025: May 2024
            if written is None:
                return None
            back = 0 if g["which"].lower() == "this" else 1
            return "month", Period.month(day.year - back,
                                         _MONTH_NUM[g["m1"].lower().rstrip(".")])
        if kind == "bare_month":
            mo = _MONTH_NUM[g["m1"].lower().rstrip(".")]
            if written is None:
                return "bare_month", None, None, False, False, False, mo
            year = written.year if mo < written.month else written.year - 1
            return "month", Period.month(year, mo)
        if kind in ("from_month", "that_month"):
            return kind, None, None, False, False, False, _MONTH_NUM[g["m1"].lower().rstrip(".")]
        if kind == "since_bare_month":
            # "since January" in a text written in June 2025: January 2025
            mo = _MONTH_NUM[g["m1"].lower().rstrip(".")]
            if written is None or not g["m1"][0].isupper():
                return None
            year = written.year if mo < written.month else written.year - 1
            return "since", Period.range((year, mo), None)
        if kind == "twelve_months":
            y, mo = int(g["y1"]), _MONTH_NUM[g["m1"].lower().rstrip(".")]
            return "range", Period.range((y - 1 + (mo == 12), mo % 12 + 1), (y, mo))
        if kind == "fy_ended":
            return "fy", Period.fiscal_year(int(g["y1"]))
        if kind == "every_year":
            if g["y1"] and g["fy"]:
                return "every_year", Period.range(Period.fiscal_year(int(g["y1"])).start, None)
            if g["y1"]:
                return "every_year", Period.range((int(g["y1"]), 1), None)
            if g["y2"]:
                return "every_year", Period.range((int(g["y2"]), 1), (int(g["y3"]), 12))
            return "every_year", None, _count(g["n"] or g["n2"] or g["ord"])
        if kind == "date":
            return "date", None
        if kind == "streak_months":
            return "streak_months", None, _count(g["n"] or g["n2"] or g["ord"])
        if kind == "term":
            who = (g["who"] or g["who2"] or "").lower() or "trump_first"
            a, b, fy1, fy2 = _TERMS[who]
            if g["fiscal"]:
                return "range", Period.range(Period.fiscal_year(fy1).start, Period.fiscal_year(fy2).end), \
                    None, False, False, True
            return "range", Period.range(a, b)
        if kind == "decade":
            # "the early seventies": the 1900s' decade (the 2020s are not yet a decade back)
            y = int(g["dec"]) if g["dec"] else 1900 + int(g["dec2"]) if g["dec2"] else \
                1900 + 10 * (2 + _DECADE_WORDS.index(g["word"].lower()))
            lo, hi = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}.get(
                (g["part"] or g["part2"] or g["part3"] or "").lower(), (0, 9))
            return "range", Period.range((y + lo, 1), (y + hi, 12))
        if kind == "relative":
            if g["same"]:
                return "relative", None, 0   # "that year": the year last named
            if g["next"] or g["later"]:
                return "relative", None, -1  # "the following year": a year after it
            n = 1 if g["one"] or g["prev"] else 10 if not g["n"] else _count(g["n"]) * (10 if g["unit"].lower() == "decades" else 1)
            return "relative", None, n
        if kind == "half_of_year":
            return "half_of_year", None, 1 if g["h"].lower() == "first" else 2   # placed by the extractor
        if kind == "same_period":
            return "same_period", None   # placed on the period in play by the extractor
        if kind == "calendar":
            return "year", Period.year(int(g["y1"])), None, _average_after(text, m), True
        if kind == "range_months":
            m1, m2 = (_MONTH_NUM[(g["m1"] or g["m3"]).lower().rstrip(".")],
                      _MONTH_NUM[g["m2"].lower().rstrip(".")])
            y2 = int(g["y2"]) if g["y2"] else full_year(g["yy2"])
            y1 = int(g["y1"]) if g.get("y1") else full_year(g["yy1"]) if g.get("yy1") else y2 - (
                m1 > m2)   # "October–March 2025" starts in 2024
            return "range", Period.range((y1, m1), (y2, m2))
        if kind == "first_months":
            n = _count(g["n"])
            if not 1 <= n <= 12:
                return None
            if g["fiscal"]:
                start = Period.fiscal_year(full_year(g["y1"])).start
                end_month = start[1] + n - 1
                end = (start[0] + (end_month > 12), (end_month - 1) % 12 + 1)
                return "range", Period.range(start, end)
            return "range", Period.range((int(g["y2"]), 1), (int(g["y2"]), n))
        if kind == "quarter":
            q = int(g["qn"] or g["qn2"]) if g["qn"] or g["qn2"] else \
                ("first", "second", "third", "fourth").index(g["q"].lower()) + 1
            y = int(g["y1"] or g["y2"]) if g["y1"] or g["y2"] else full_year(g["yy"] or g["yy2"])
            return "range", Period.range((y, 3 * q - 2), (y, 3 * q))
        if kind == "half":
            y = int(g["y1"] or g["y2"] or g["y3"]) if g["y1"] or g["y2"] or g["y3"] else full_year(g["yy"] or g["yy2"])
            first = (g["h"] or "").lower() == "first" or "1" in (g["hn"], g["hn2"])
            return "range", Period.range((y, 1 if first else 7), (y, 6 if first else 12))
        if kind == "since_month":
            return "since", Period.range((int(g["y1"]) if g["y1"] else full_year(g["yy"]),
                                          _MONTH_NUM[g["m1"].lower().rstrip(".")]), None)
        if kind == "since_nafta":
            return "since", Period.range((1994, 1), None)
        if kind == "since_year":
            return "since", Period.range((int(g["y1"]) if g["y1"] else full_year(g["yy"]), 1), None)
        if kind == "since_fy":
            # "since fiscal 2021": from the fiscal year's first month (October 2020) on
            return "since", Period.range(Period.fiscal_year(full_year(g["y1"])).start, None), None, False, False, True
        if kind == "fy_range":
            y1 = full_year(g["y1"])
            y2 = full_year(g["y2"], y1)
            return "range", Period.range(Period.fiscal_year(y1).start, Period.fiscal_year(y2).end), None, \
                _is_average(text, m)
        if kind == "range_years":
            y1 = int(g["y1"])
            y2 = full_year(g["y2"], y1)
            if y2 <= y1:
                return None
            return "range", Period.range((y1, 1), (y2, 12)), None, _is_average(text, m)
        if kind in ("month", "year") and re.search(r"(?i)\b(?:published|released|issued|updated|revised)\s+"
                                                  r"(?:in\s+|on\s+)?$", text[:m.start()]):
            return None  # "Census data published in 2025": when a source came out, not a period claimed
        if kind == "month":
            return "month", Period.month(full_year(g["y1"] or g["yy"] or g["yy2"]),
                                         _MONTH_NUM[(g["m1"] or g["m2"]).lower().rstrip(".")])
        if kind == "fy_through":
            # "FY2025 through August": the fiscal year to the end of that month
            fy, mo = full_year(g["y1"]), _MONTH_NUM[g["m1"].lower().rstrip(".")]
            return "range", Period.range(Period.fiscal_year(fy).start, (fy if mo <= 9 else fy - 1, mo))
        if kind == "fy":
            return "fy", Period.fiscal_year(full_year(g["y1"])), None, _average_after(text, m)
        if kind == "treaty":
            year = _TREATY_YEAR[(g["t"] or g["t2"]).lower()] + {"before": -1, "after": 1}.get((g["rel"] or "").lower(), 0)
            return "year", Period.year(year), None, False
        if kind == "year":
            return "year", Period.year(int(g["y1"]) if g.get("y1") else full_year(g["yy"])), None, _average_after(text, m)
        if kind == "lookback":
            if g["span"] and not g["n2"]:
                return "lookback", None, {"half a century": 50, "a century": 100, "a quarter century": 25,
                                          "a quarter-century": 25, "a generation": 25, "a decade": 10,
                                          "decade": 10, "decades": 20}[" ".join(g["span"].lower().split())]
            n, unit = (g["n"], g["unit"]) if g["n"] else (g["n2"], g["unit2"])
            n = int(n) if n.isdigit() else _WORDS[n.lower()]
            return "lookback", None, n * (10 if unit.lower() == "decades" else 1)
        if kind in ("record", "annual"):
            return kind, None
    except Exception:  # an impossible month or range is simply not a time expression
        return None
    return None


_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10}


def _count(word: str) -> int:
    """A count in digits, words or as an ordinal ("the third straight year": 3)."""
    digits = re.match(r"\d+", word)
    if digits:
        return int(digits.group(0))
    return {**_WORDS, **_ORDINALS, "eleven": 11, "twelve": 12, "fifteen": 15}[word.lower()]


def _average_after(text: str, m: re.Match) -> bool:
    """"The fiscal year 2024 monthly average", "the monthly average for calendar year 2024": a single year named as
    the base of an average."""
    return bool(re.match(r"(?i)\s*(?:['’]s\s+)?(?:monthly\s+|annual\s+|yearly\s+|month(?:ly)?-average\s+)?average\b",
                         text[m.end():]) or re.search(r"(?i)\baverage\s+(?:for|of|in|during)\s+(?:the\s+)?$",
                                                      text[max(0, m.start() - 30):m.start()]))


def _is_average(text: str, m: re.Match) -> bool:
    # spoken years are padded with spaces (see _spoken_years): read 20 characters after, runs squeezed
    after = re.sub(r"\s+", " ", text[m.end():m.end() + 60])[:20]
    # (not the next clause's: "… from fiscal year 2023 to fiscal year 2024, and they averaged 170,000 a month")
    after = re.split(r",\s+(?:and|but|while)\b|;", after)[0]
    around = (text[max(0, m.start() - 30):m.end()] + after).lower()
    return "average" in around or "avg" in around


#: "As of June 2025, …", "Written in March 2023", "updated 15 May 2024": the date a text gives itself
_WRITTEN = re.compile(
    rf"(?i)\b(?:as\s+of|as\s+at|written\s+in|writing\s+in|published(?:\s+(?:in|on))?|dated|updated(?:\s+(?:in|on))?|"
    rf"posted(?:\s+(?:in|on))?|released(?:\s+(?:in|on))?|(?m:^)\s*(?:recorded|aired|broadcast)(?:\s+(?:in|on))?)"
    rf"\s+(?:(?P<d>\d{{1,2}})\s+)?(?P<m>{_MONTH})\.?\s+(?:(?P<d2>\d{{1,2}}),?\s+)?(?P<y>{_YEAR})\b")


#: A dateline: "WASHINGTON, March 12, 2025 —", "March 2025 —", "(Ottawa, 3 June 2024):" (not a
#: label: "U.S. exports to Mexico, March 2024: $27.0B")
_DATELINE_BODY = (rf"\(?(?P<place>(?![^,\n]*(?:export|import|trade|deficit|surplus|encounter|apprehen|seiz|goods))"
                  rf"[A-Z][\w.' ]{{1,30}},\s+)?(?:(?P<d>\d{{1,2}})\s+)?(?P<m>{_MONTH})\.?\s+"
                  rf"(?:(?P<d2>\d{{1,2}}),?\s+)?(?P<y>{_YEAR})(?:\.(?=[—–]))?\)?(?:\s*\((?:Reuters|AP|AFP|Bloomberg|EFE|CP|UPI)\))?"
                  rf"\s*(?:(?P<dash>[—–]|--|-\s)|:)")
DATELINE = re.compile(rf"(?im)^\s*{_DATELINE_BODY}")
#: a dateline after a headline on the same line: "Exports to Canada slip. WASHINGTON, Feb. 6, 2025 — …"
DATELINE_AFTER = re.compile(rf"(?m)^[^\n]{{5,120}}?[.!?]\s+(?P<line>{_DATELINE_BODY})")
#: "To the editor (Feb. 3, 2025):", "(3 March 2025)": a full date in brackets near the start
_BRACKET_DATE = re.compile(rf"(?i)\((?:(?P<d>\d{{1,2}})\s+)?(?P<m>{_MONTH})\.?\s+(?:(?P<d2>\d{{1,2}}),?\s+)?"
                           rf"(?P<y>{_YEAR})\)")


#: "It's Monday, May 19th, 2025.": a day of the week before a full date is today's date
_WEEKDAY_DATE = re.compile(rf"(?i)\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"
                           rf"(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_MONTH})|(?P<m2>{_MONTH})\.?\s+"
                           rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?),?\s+(?P<y>{_YEAR})\b")
#: "(Translated from El Universal, June 2025.)", "(Debate held October 2025.)", "[Morning Line,
#: transcript excerpt, Jan. 2025]": where and when the text appeared, in brackets
_SOURCE_DATE = re.compile(rf"(?i)[(\[](?:[^()\[\]]{{0,60}}?\b(?:translated|from|source|via|published|held|aired|"
                          rf"broadcast|recorded|transcript|excerpt|episode|remarks|speech|testimony|statement|interview)\b[^()\[\]]{{0,60}}?[,\s])\s*(?P<m>{_MONTH})"
                          rf"\.?\s+(?:(?P<d2>\d{{1,2}}),?\s+)?(?P<y>{_YEAR})\.?[)\]]")


def text_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """The date a text says it was written ("As of June 2025, …"): the day after the date given,
    or the first day of the month after the month given, so releases published by then count.
    ``None`` when the text names none, or names one not in the past."""
    m = _WRITTEN.search(text)
    if m is None:
        m = DATELINE.search(text[:300]) or DATELINE_AFTER.search(text[:300])
        if m is not None and not (m.group("dash") or m.group("place") or m.group("d") or m.group("d2")):
            m = None  # "June 2025: encounters fell" is a heading about June, not a dateline
    if m is None:
        m = _BRACKET_DATE.search(text[:200])
        if m is not None and not (m.group("d") or m.group("d2")):
            m = None  # "(June 2025)" may be the period a figure is for
    m = m or _WEEKDAY_DATE.search(text[:300]) or _SOURCE_DATE.search(text)
    if m is None:
        return None
    g = m.groupdict()
    year, month = int(g["y"]), _MONTH_NUM[(g["m"] or g.get("m2")).lower().rstrip(".")]
    day = g.get("d") or g.get("d2")
    try:
        when = (dt.date(year, month, int(day)) + dt.timedelta(days=1) if day else
                dt.date(year + (month == 12), month % 12 + 1, 1))
    except ValueError:
        return None
    return when if when <= (today or dt.date.today()) else None
