"""Countries and groups named in a text: "Mexico", "Mexicans", "South Korea", "the EU".

Names are matched as written (capitalised or in capitals), so "china" the porcelain and "turkey"
the bird are not countries; demonyms are kept apart from names because "Mexican authorities" is
an actor while "Mexico" is usually a trading partner.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import countries
from . import recache as re

__all__ = ["Mention", "find_mentions"]

#: Kinds of the country dimension a text can name as a partner or actor.
_KINDS = ("country", "territory", "aggregate")
#: Forms too ambiguous to match in running text.
_SKIP = {"US", "Georgia", "Jersey", "Guinea", "Chad", "Niger", "Jordan", "Turkey",
         "Dominican", "Congo", "Some", "Man"}
#: Partners named by a description or a capital: "our southern neighbor", "Beijing", "our USMCA
#: partners" (both neighbours, each a mention over the same words).
_DESCRIBED = [
    (re.compile(r"(?i)\b(?:our|America['’]s)\s+southern\s+neighbou?r\b|\bour\s+neighbou?r\s+to\s+the\s+south\b"),
     ("MEX",)),
    (re.compile(r"(?i)\b(?:our|America['’]s)\s+northern\s+neighbou?r\b|\bour\s+neighbou?r\s+to\s+the\s+north\b"),
     ("CAN",)),
    (re.compile(r"(?i)\b(?:our|the|its|America['’]s)\s+(?:two\s+)?(?:USMCA|NAFTA|North\s+American)\s+"
                r"(?:neighbou?rs|partners|allies)\b|\b(?:our\s+(?:two\s+)?|both\s+(?:of\s+)?(?:our\s+|its\s+)?)neighbou?rs\b"),
     ("MEX", "CAN")),
    # the agreement's name for its partners: "USMCA partners", "exports to the USMCA region", "NAFTA
    # trade", "trade within USMCA" (not "under USMCA", "USMCA rules", "NAFTA took effect")
    (re.compile(r"\b(?P<g>(?:the\s+)?(?:USMCA|NAFTA|CUSMA|T-MEC)(?:\s+(?:partners|countries|nations|members|region|"
                r"bloc|markets|economies|neighbou?rs|area|zone)\b|(?=\s+trade\b(?!\s+(?:agreement|deal|pact|rules|bloc|"
                r"zone|area)))))|\b(?:exports?|sales|shipments|shipped|sold|exported)\s+to\s+(?P<g2>(?:the\s+)?(?:USMCA|NAFTA)\b)|"
                r"\b(?i:trade|commerce)\s+within\s+(?P<g3>(?:the\s+)?(?:USMCA|NAFTA)\b)|"
                # "two-way goods trade across both USMCA borders": with Mexico and Canada
                r"\b(?i:across|over|at|on)\s+(?P<g4>(?i:both)\s+(?:(?:USMCA|NAFTA|(?i:land))\s+)?(?i:borders))\b"),
     ("MEX", "CAN")),
    (re.compile(r"(?i)\b(?:shipments|exports|goods|sales|shipped|sold|sent|headed)\s+(?:\w+\s+){0,2}?south\s+of\s+the\s+border\b|"
                r"\b(?:trade|commerce|exports|imports|goods|shipments|freight)\s+(?:\w+\s+){0,2}?(?:across|over|through)\s+"
                r"(?:the|our)\s+southern\s+border\b"), ("MEX",)),
    (re.compile(r"(?i)\b(?:shipments|exports|goods|sales|shipped|sold|sent|headed)\s+(?:\w+\s+){0,2}?north\s+of\s+the\s+border\b|"
                r"\b(?:trade|commerce|exports|imports|goods|shipments|freight)\s+(?:\w+\s+){0,2}?(?:across|over|through)\s+"
                r"(?:the|our)\s+northern\s+border\b"), ("CAN",)),
    # trade shorthand: "US-MX trade", "U.S.-CN tariffs"
    (re.compile(r"(?<=\bUS[-–/])MX\b|(?<=\bU\.S\.[-–/])MX\b|\bMX(?=[-–/]US\b)"), ("MEX",)),
    (re.compile(r"(?<=\bUS[-–/])CN\b|(?<=\bU\.S\.[-–/])CN\b|\bCN(?=[-–/]US\b)"), ("CHN",)),
    (re.compile(r"\bthe People['’]s Republic\b|\bBeijing\b|\bthe\s+Asian\s+giant\b|\bthe\s+Middle\s+Kingdom\b"), ("CHN",)),
    # epithets of translated and regional prose: "the Aztec nation", "the land of the rising sun"
    (re.compile(r"\bthe\s+Aztec\s+(?:nation|country|republic)\b"), ("MEX",)),
    (re.compile(r"(?i)\bthe\s+land\s+of\s+the\s+rising\s+sun\b"), ("JPN",)),
    (re.compile(r"\bOttawa\b"), ("CAN",)),
    # a province, not the United Kingdom: its trade is not Canada's either
    (re.compile(r"\bBritish\s+Columbia\b"), ()),
    (re.compile(r"\bTokyo\b"), ("JPN",)),
    (re.compile(r"\bSeoul\b"), ("KOR",)),
    (re.compile(r"\bBerlin\b"), ("DEU",)),
    # "more than all of Europe": the European Union, as writers on trade mean it
    (re.compile(r"(?i)\b(?:all\s+of|the\s+(?:whole|entire)(?:\s+of)?)\s+(?P<g>(?-i:Europe))\b"), ("EU",)),
    (re.compile(r"\bHanoi\b"), ("VNM",)),
]


#: ISO codes, read only in a list of codes ("CAN+MEX", "MEX/CAN/CHN"): alone, "CAN" is a word
_CODES = {"MEX": "MEX", "CAN": "CAN", "CHN": "CHN", "JPN": "JPN", "DEU": "DEU", "KOR": "KOR", "VNM": "VNM",
          "GBR": "GBR", "IND": "IND", "TWN": "TWN"}
_CODE = "|".join(_CODES)
_CODE_LIST = re.compile(rf"\b(?:{_CODE})(?:\s*[+/&]\s*(?:{_CODE}))+\b")


#: two-letter codes, read only in shorthand that uses them for partners ("Exports to MX 2.3x CN's in '24; CA
#: 4.6x JP"): a text naming Mexico, China or Vietnam by code, opening a line with a code and a colon, or
#: writing a code in lower case after "to", "from" or "with"
_SHORT = {"MX": "MEX", "CA": "CAN", "CN": "CHN", "VN": "VNM", "JP": "JPN", "DE": "DEU", "NL": "NLD", "KR": "KOR",
          "TW": "TWN", "EU": "EU"}
_SHORT.update({code.lower(): cid for code, cid in _SHORT.items() if code not in ("DE", "NL", "EU")})
_SHORT.update({"Mx": "MEX", "Ca": "CAN"})   # (as a Spanglish note writes them: "Mx: exports de EU …", "Mx+Ca")
#: (in lower case too, as chats write them: "vn imports into us", "exports to ca 2024")
_SHORTHAND = re.compile(r"\b(?:MX|CN|VN|mx|cn|vn|Mx)\b|(?:^|[\s;(])(?:CA|JP|DE|NL|KR|TW)\s*:|"
                        r"\b(?:to|from|with)\s+(?:ca|jp|kr|tw)\b(?!\.)")
#: (not "ca." for circa)
_SHORT_CODE = re.compile(r"(?<![\w.$])(?:MX|CA|CN|VN|JP|DE|NL|KR|TW|mx|cn|vn|jp|kr|tw|ca(?!\.)|Mx|(?<=Mx\+)Ca|"
                         r"(?<=Mx\s\+\s)Ca)(?![\w])(?:['’]s)?")


#: Names also read in lower case ("tbh canada buys more of our stuff than mexico"): the main
#: partners whose names are not also common words ("china", "turkey", "chile" and "polish" are;
#: "china" is read so only where no capital opens a sentence of the text searched).
_LOWER = frozenset({"mexico", "canada", "japan", "germany", "south korea", "korea", "vietnam", "taiwan", "ireland",
                    "india", "united kingdom", "netherlands", "the netherlands", "brazil", "france", "italy",
                    "switzerland", "singapore", "israel", "malaysia", "thailand", "united states",
                    "mexican", "mexicans", "canadian", "canadians", "japanese", "korean", "koreans", "vietnamese",
                    "german", "germans"})
_LOWER_CHINA = re.compile(r"\b(?:china|chinese)\b(?:['’]s\b)?")
#: a capital opening a sentence: a text without one is written in lower case
_CAPITAL_START = re.compile(r"(?:^|[.!?]\s+)[A-Z]")


@dataclass(frozen=True)
class Mention:
    country_id: str
    start: int
    end: int
    text: str
    demonym: bool

    @property
    def name(self) -> str:
        return countries.get(self.country_id).name


@cache
def _pattern() -> tuple[re.Pattern, dict[str, tuple[str, bool]]]:
    forms: dict[str, tuple[str, bool]] = {}
    for c in countries.all_countries():
        if c.kind not in _KINDS:
            continue
        for form in (c.name, *c.aliases):
            if form and form not in _SKIP and not form.isdigit() and len(form) > 2 or form in ("EU",):
                forms.setdefault(form, (c.country_id, False))
        for form in c.demonyms:
            if form not in _SKIP:
                forms.setdefault(form, (c.country_id, True))
    forms.update({"the United States": ("USA", False), "the U.S.": ("USA", False),
                  "U.S.": ("USA", False), "America": ("USA", False), "the Netherlands": ("NLD", False),
                  "South Korea": ("KOR", False), "North Korea": ("PRK", False),
                  "the U.K.": ("GBR", False), "U.K.": ("GBR", False), "UK": ("GBR", False)})
    variants: dict[str, tuple[str, bool]] = {}
    for form, value in forms.items():
        variants[form] = value
        variants[form.upper()] = value
        if form.lower() in _LOWER:
            variants[form.lower()] = value
    # (as a prefix tree: some 1,500 names, tried at every character of a text)
    return re.compile(rf"(?<![\w.])(?:{re.trie(variants)})(?![\w])(?:'s)?"), variants


#: a demonym that names a language: "Spanish-language radio", "our Spanish edition", "translated from Spanish"
_AS_LANGUAGE_AFTER = re.compile(r"(?i)(?:[- ](?:language|speaking|speakers?)|\s+(?:edition|version|translation|original|"
                                r"text|media|press|radio|daily|dailies|newspapers?|columns?|outlets?|broadcasts?|"
                                r"service|club|class(?:es)?|teachers?|course|lessons?|department|immersion|students?)\b)")
_AS_LANGUAGE_BEFORE = re.compile(r"(?i)\b(?:translated|translation|written|originally|published|speak(?:s|ing)?)\s+"
                                 r"(?:\w+\s+){0,2}?(?:from|into|in)\s+$")


#: what "World" opens when it names an institution or an event
_NAMED_FOR_WORLD = re.compile(r"\s+(?:Bank|Input[- ]Output|Trade\s+(?:Organi[sz]ation|Center|Centre|Bridge)|Customs|Health|"
                              r"Economic|Cup|Series|War|Food|Wide|Factbook)\b")


def find_mentions(text: str, offset: int = 0) -> list[Mention]:
    """Every country or group named in ``text``, longest form first, without overlaps."""
    pattern, variants = _pattern()
    out = []
    for m in pattern.finditer(text):
        surface = m.group(0)
        key = surface[:-2] if surface.endswith("'s") and surface not in variants else surface
        if key not in variants:
            continue
        cid, demonym = variants[key]
        if key in ("America",) and text[max(0, m.start() - 6):m.start()].lower().endswith("north "):
            continue
        if cid == "MEX" and text[max(0, m.start() - 4):m.start()].lower() == "new ":
            continue  # New Mexico, the state
        if cid == "WORLD" and _NAMED_FOR_WORLD.match(text, m.end()):
            continue  # "the World Bank", "the World Input-Output Database": a publisher, not the whole world
        if cid == "USMCA":
            continue  # "NAFTA took effect": the agreement; its partners are named as a group below
        if demonym and (_AS_LANGUAGE_AFTER.match(text, m.end()) or _AS_LANGUAGE_BEFORE.search(text, 0, m.start())):
            continue  # "Translated from Spanish", "our Spanish edition": a language, not a country
        out.append(Mention(cid, m.start() + offset, m.start() + offset + len(key), key, demonym))
    for pattern, ids in _DESCRIBED:
        for m in pattern.finditer(text):
            # a pattern may match more than the name, to place it ("to the USMCA region")
            g = next((g for g in ("g", "g2", "g3", "g4") if g in pattern.groupindex and m.group(g)), 0)
            a, b = m.start(g) + offset, m.end(g) + offset
            out = [x for x in out if not (x.start < b and a < x.end)]
            out.extend(Mention(cid, a, b, m.group(g), False) for cid in ids)
    if ("china" in text or "chinese" in text) and not _CAPITAL_START.search(text):
        for m in _LOWER_CHINA.finditer(text):
            key = m.group(0).removesuffix("'s").removesuffix("’s")
            out.append(Mention("CHN", m.start() + offset, m.start() + offset + len(key), key, key == "chinese"))
    if _SHORTHAND.search(text):
        taken = [(x.start - offset, x.end - offset) for x in out]
        for m in _SHORT_CODE.finditer(text):
            code = m.group(0)[:2]
            if not any(a < m.end() and m.start() < b for a, b in taken):
                out.append(Mention(_SHORT[code], m.start() + offset, m.start() + offset + 2, code, False))
    for m in _CODE_LIST.finditer(text):
        out.extend(Mention(_CODES[code.group(0)], m.start() + offset + code.start(), m.start() + offset + code.end(),
                           code.group(0), False) for code in re.finditer(_CODE, m.group(0)))
    # a group named by one phrase lists Mexico first, as the partners are usually named
    return sorted(out, key=lambda x: (x.start, x.country_id != "MEX"))
