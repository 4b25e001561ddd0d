"""Find the checkable claims in a text.

A claim is triggered by a quantity ("$335 billion", "2.3 times", "nearly 90%", "258 kilograms")
or by a cue without one (a rank: "the biggest buyer"; an extreme: "the lowest … on record"; a
comparison: "more than the next 10 trading partners combined"). Each claim gets its span in the
text, its kind, and the slots its kind needs (subjects, comparison partners, flow, period …),
filled from the clause, then the sentence, then the discourse (the last period or subject named).
Sentences with none of these are not statistical and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..indicators.periods import Period
from .entities import Mention, find_mentions
from .quantities import Quantity, find_quantities, parse_number_words
from .timeexpr import TimeExpr, find_times

__all__ = ["Claim", "Sentence", "extract", "sentences"]


@dataclass
class Claim:
    kind: str
    start: int
    end: int
    text: str
    quantity: Quantity | None = None
    subjects: tuple[str, ...] = ()
    others: tuple[str, ...] = ()
    flow: str = "exports"
    period: Period | None = None
    period_stated: bool = False
    slots: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


# -- segmentation -----------------------------------------------------------------------------

_ABBREV = re.compile(r"(?:\b(?:U\.S|U\.K|U\.N|Mr|Mrs|Ms|Dr|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|"
                     r"Oct|Nov|Dec|No|vs|etc|e\.g|i\.e|Inc|Corp|Co|Ltd|approx)\.)$")


def sentences(text: str) -> list[Sentence]:
    """Sentences with their offsets; a line break always ends a sentence (and a blank line a
    paragraph)."""
    out: list[Sentence] = []
    paragraph = 0
    for block in re.finditer(r"[^\n]+", text):
        if block.start() > 0 and text[max(0, block.start() - 2):block.start()] == "\n\n":
            paragraph += 1
        paragraph += 1 if block.start() > 0 else 0
        start = block.start()
        chunk = block.group(0)
        pos = 0
        for m in re.finditer(r"[.!?]['\"”’)]*\s+(?=[A-Z“\"'(0-9$])", chunk):
            head = chunk[pos:m.start() + 1]
            if _ABBREV.search(head.rstrip()) and not re.search(r"[!?]", m.group(0)):
                # "the U.S. Border Patrol": an abbreviation, not a sentence end
                continue
            piece = chunk[pos:m.end()].strip()
            if piece:
                s = start + pos + (len(chunk[pos:m.end()]) - len(chunk[pos:m.end()].lstrip()))
                out.append(Sentence(s, s + len(piece), piece, paragraph))
            pos = m.end()
        piece = chunk[pos:].strip()
        if piece:
            s = start + pos + (len(chunk[pos:]) - len(chunk[pos:].lstrip()))
            out.append(Sentence(s, s + len(piece), piece, paragraph))
    return out


def _clauses(s: Sentence) -> list[tuple[int, int]]:
    """Clause spans (absolute offsets) split at , ; : — followed by a space."""
    spans, pos = [], 0
    for m in re.finditer(r"[,;:—–]\s+|\s+[—–]\s+|\s+(?=(?:would\s+(?:equal|be|amount|make)|enough\s+to|"
                         r"equal\s+to|equivalent\s+to|which\s+(?:is|was|equals))\b)", s.text):
        spans.append((s.start + pos, s.start + m.start()))
        pos = m.end()
    spans.append((s.start + pos, s.end))
    return [(a, b) for a, b in spans if b > a]


# -- vocabularies -------------------------------------------------------------------------------

TOPICS = {
    "sme": r"small[- ]business|small and medium|\bSMEs?\b|small firms|small companies",
    "per_capita": r"per[- ]capita|per person|per resident|per head|each (?:Mexican|Canadian|Chinese)",
    "va": r"\bcomponents?\b|\bcontent\b|\bparts\b|\binputs\b|value[- ]added|domestic value",
    "encounters": r"encounters?|apprehensions?|crossings?|migrants?|illegal entr|border patrol|"
                  r"gotaways|unlawful",
    "seizures": r"seiz|confiscat|interdict|fentanyl|cocaine|methamphetamine|\bmeth\b|heroin|"
                r"marijuana|narcotic|\bdrugs?\b",
    "jobs": r"\bjobs?\b|employment|employ",
    "trade": r"\bbought\b|\bbuys?\b|\bbuyer|purchas|\bspend|\bexport|\bimport|\bgoods\b|\btrade\b|"
             r"\bcommerce\b|"
             r"\bsell|\bsold\b|consumer|\bmarkets?\b|customer|partner|shipments|deficit|surplus",
}
_ACTORS = re.compile(r"(?i)\b(?:Mexican|Mexico['’]s|Panama['’]s|Panamanian|Guatemalan|Guatemala['’]s|"
                     r"Canadian|Canada['’]s)\s+(?:immigration\s+)?(?:authorities|government|officials|"
                     r"army|navy|national guard|security forces|police|agency|agencies|forces|military|"
                     r"institute|troops)|\bthe Mexican government\b|\b(?:SEDENA|SEMAR|INM|"
                     r"Guardia Nacional|Darien Gap|Darién Gap)\b")
#: What the loaded sources do not hold: a claim about it is statistical but has no data here.
UNLOADED = {
    "services_trade": r"\bservices\s+(?:exports?|imports?|trade)\b",
    "remittances": r"\bremittances?\b|\bsent home\b",
    "investment": r"\b(?:foreign\s+direct\s+)?investment\b|\bFDI\b",
    "gotaways": r"\bgot-?aways?\b",
    "crossings_traffic": r"\btrucks?\b|\bwait times?\b|\bcrossing times?\b|\bpedestrians?\b",
    "farm_trade": r"\b(?:farm|agricultur\w+)\s+(?:exports?|imports?|goods|products)\b",
    "state_trade": r"\b(?:Texas|California|Michigan|Arizona)['’]s?\s+exports?\b",
    "overdoses": r"\boverdose\s+deaths?\b",
}
_DRUGS = r"fentanyl|cocaine|methamphetamine|meth|heroin|marijuana|ketamine|ecstasy|lsd|khat"
_RANK = re.compile(
    r"(?i)(?:\bthe|\bAmerica['’]s|\bour|\bits|\bthe U\.S\.['’]?s?|\bthe United States['’])\s+"
    r"(?:single\s+|very\s+|world['’]s\s+)?(?P<ord>biggest|largest|top|most important|leading|number[- ]one|no\.\s?1|#1|"
    r"(?P<nth>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[- ](?:biggest|largest|most important))\s+"
    r"(?:[\w.'’-]+\s+){0,4}?"
    r"(?P<role>buyer|customer|consumer|(?:export\s+)?market|trading partner|trade partner|partner|"
    r"supplier|source|importer|client|destination)s?\b")
#: Any character within a sentence: a dot only after a capital ("U.S."), never a sentence end.
_IN = r"(?:[^.;!?]|(?<=[A-Z])\.)"
_NEXT = re.compile(
    r"(?i)\b(?P<dir>more|less|fewer)\b" + _IN + r"{0,60}?\bthan\s+(?:the\s+)?next\s+(?P<n>\d+|two|three|four|five|six|"
    r"seven|eight|nine|ten|twenty)\s+(?:largest\s+|biggest\s+)?(?P<what>trading partners|trade partners|"
    r"export markets|markets|partners|countries|buyers|customers|economies)"
    r"(?:\s+(?:combined|put together|together))?")
_COMBINED_END = re.compile(r"(?i)\s+(?:combined|put together)\b")
_COMPARATIVE = re.compile(r"(?i)\b(?P<dir>more|less)\s+(?:[\w.'’]+\s+){0,3}?than\s+")
_RECORD = re.compile(
    r"(?i)\b(?P<ext>lowest|highest|fewest|most|record[- ]low|record[- ]high|smallest|largest)\b"
    r"(?P<mid>" + _IN + r"{0,80}?)\b(?P<what>encounters|apprehensions|crossings|border crossings|"
    r"illegal crossings|migrants|entries)\b")
_OVERTAKE = re.compile(r"(?i)\b(surpass\w*|overt(?:ook|ake|aken|akes)|pass(?:ed|es)|replac\w*|"
                       r"displac\w*|edged out|unseat\w*|dethron\w*|leapfrog\w*)\b")
#: "lowest monthly count on record", "highest level ever": an extreme without the counted noun
_EXTREME = re.compile(r"(?i)\b(?P<ext>lowest|highest|fewest|record[- ]low|record[- ]high)\b"
                      + r"(?:[^.;!?]|(?<=[A-Z])\.){0,50}?\b(?:on\s+record|ever\b|in\s+history)")
#: "the lowest since 1971", "the highest since March 2021"
_SINCE = re.compile(r"(?i)\b(?P<ext>lowest|highest|fewest|smallest|largest)\b[^.;]{0,40}?\bsince\s+"
                    r"(?:(?:FY|fiscal(?:\s+year)?)\s?)?(?P<when>(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d{2})\b")
_BALANCE = re.compile(r"(?i)\b(?:a\s+|the\s+)?(?:goods\s+)?(?:trade\s+)?(?P<sign>surplus|deficit)\s+"
                      r"(?:with|against)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*")
_JOBS = re.compile(r"(?i)\b(?:creates?|supports?|sustains?|generates?|adds?)\s+(?P<n>another|an additional|"
                   r"\d[\d,.]*(?:\s(?:million|thousand))?|one|two|three)\s+(?:[\w-]+\s+){0,2}jobs?\b")
_MORE_THAN_ACTOR = re.compile(r"(?i)\bmore\s+(?:monthly\s+|\w+\s+){0,3}(?:encounters|apprehensions|"
                              r"arrests|seizures|detentions)\b[^.]{0,80}?\bthan\b")


def _topics(text: str) -> set[str]:
    return {t for t, pattern in TOPICS.items() if re.search(pattern, text, flags=re.I)}


def _flow(text: str, sentence: str | None = None) -> str:
    """The flow a clause speaks of; when the clause has no cue, the sentence's."""
    found = _flow_cue(text)
    if found is None and sentence is not None:
        found = _flow_cue(sentence)
    return found or "exports"


def _flow_cue(text: str) -> str | None:
    t = text.lower()
    if re.search(r"\b(deficit|surplus)\b", t):
        return "balance"
    if re.search(r"\b(u\.s\.|us|united states|american|america's|america)\s+(imports?|imported|"
                 r"purchases|purchased|bought)\b|\bimport(s|ed)?\s+(\w+\s+){0,6}from\b|"
                 r"\b(sold|sells|sell|ships|shipped|exported|exports)\s+(\S+\s+){0,5}?"
                 r"(to|into)\s+(the\s+)?(u\.s\.|united states|america)|\b(sold|selling|sells|shipped|"
                 r"shipping)\s+(us|americans)\b|\bsource of (u\.s\.\s+)?imports\b|\bsupplier", t):
        return "imports"
    if re.search(r"\b(two-way|total|bilateral)\s+trade\b|\btrade\s+(with|between)\b|\bcommerce\b|"
                 r"\btrading partner\b|\btrade partner\b", t):
        return "total"
    if re.search(r"\b(bought|buys?|purchas\w*|spen[dt]\w*|exports?\s+to|customers?|markets?|consumers?)\b", t):
        return "exports"
    return None


# -- extraction ---------------------------------------------------------------------------------

@dataclass
class _Discourse:
    period: Period | None = None
    subjects: tuple[str, ...] = ()
    last_mass: Quantity | None = None   # the last quantity of a drug (for "enough for N doses")


def extract(text: str) -> list[Claim]:
    """Every checkable claim in ``text``, in reading order."""
    claims: list[Claim] = []
    d = _Discourse()
    paragraph = None
    for s in sentences(text):
        if s.paragraph != paragraph:
            paragraph, d.subjects = s.paragraph, ()
        claims.extend(_sentence_claims(s, d))
    claims.sort(key=lambda c: (c.start, c.end))
    return claims


def _sentence_claims(s: Sentence, d: _Discourse) -> list[Claim]:
    quantities = find_quantities(s.text, s.start)
    mentions = [m for m in find_mentions(s.text, s.start)]
    times = find_times(s.text, s.start)
    topics = _topics(s.text)
    actor = _ACTORS.search(s.text)
    unloaded = next((t for t, pattern in UNLOADED.items() if re.search(pattern, s.text, flags=re.I)), None)
    clauses = _clauses(s)
    plain = [t for t in times if t.period is not None and not t.average]
    if plain:
        d.period = plain[0].period
    out: list[Claim] = []
    used: list[tuple[int, int]] = []   # text a cue claim has read its number from
    lead = _lead_subjects(mentions, s)

    def clause_of(pos: int) -> tuple[int, int]:
        for i, (a, b) in enumerate(clauses):
            if a <= pos < b:
                # an introductory clause with only a time ("In 2024, ...") belongs to the next
                if i > 0 and _only_time(clauses[i - 1], s, times):
                    return clauses[i - 1][0], b
                return a, b
        return s.start, s.end

    def claim(kind: str, span: tuple[int, int], **kw) -> Claim:
        a, b = span
        raw = _text(s, a, b)
        lead = re.match(r"\s*(?:(?:and|but|or|so)\s+)?", raw).end()
        text = raw[lead:].rstrip().rstrip(".")
        a += lead
        c = Claim(kind, a, a + len(text), text, **kw)
        if c.period is None:
            anchor = kw["quantity"].start if kw.get("quantity") is not None else None
            c.period, c.period_stated = _period_for(span, times, d, anchor)
        out.append(c)
        return c

    # -- cue-triggered claims (no quantity needed, or a count that is part of the cue) ----------
    for m in _NEXT.finditer(s.text):
        subjects = _subjects_before(mentions, s.start + m.start(), s) or lead or d.subjects
        n = parse_number_words(m.group("n")) or 10
        c = claim("group_vs_next", _extend(s, clause_of(s.start + m.start()), s.start + m.end()),
                  subjects=subjects, flow=_flow(s.text), slots={"n": int(n), "what": m.group("what"),
                  "direction": m.group("dir").lower(), "including": tuple(
                      x.country_id for x in mentions if x.start >= s.start + m.end())})
        c.end = max(c.end, s.end - 1 if s.text.endswith(".") else s.end)
        c.text = _text(s, c.start, c.end)
        c.slots["claimed"] = f"{m.group('dir').lower()} than the next {int(n)} {m.group('what')} combined"
        used.append((s.start + m.start("n"), s.start + m.end("n")))
    for end in _COMBINED_END.finditer(s.text):
        # the comparative closest before "combined" opens the list: "more than A, B and C combined"
        opener = [m for m in _COMPARATIVE.finditer(s.text, 0, end.start())]
        if not opener or _NEXT.search(s.text[opener[-1].start():end.end()]):
            continue
        m = opener[-1]
        listed = [x for x in mentions if s.start + m.end() <= x.start < s.start + end.start()]
        if len(listed) < 2:
            continue
        clause = clause_of(s.start + m.start())
        subjects = _subjects_before(mentions, s.start + m.start(), s, clause[0]) or lead or d.subjects
        claim("group_vs_combined", (s.start + m.start(), s.start + end.end()), subjects=subjects,
              others=tuple(x.country_id for x in listed), flow=_flow(s.text),
              slots={"direction": m.group("dir").lower(), "topic": "sme" if "sme" in topics else "trade"})
    for m in _RANK.finditer(s.text):
        subjects = _subjects_before(mentions, s.start + m.start(), s) or lead or d.subjects
        if lead and _OVERTAKE.search(s.text[:m.start()]):
            subjects = lead  # "Mexico surpassed Canada as the largest market": Mexico is ranked
        nth = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
               "ninth": 9, "tenth": 10}.get((m.group("nth") or "").lower(), 1)
        role = m.group("role").lower()
        flow = "total" if "partner" in role else "imports" if role in ("supplier", "source", "importer") \
            else "exports"
        claim("rank", clause_of(s.start + m.start()), subjects=subjects[:1], flow=flow,
              slots={"rank": nth, "role": role, "topic": "sme" if "sme" in topics else "trade",
                     "claimed": f"#{nth} ({m.group(0).strip()})"})
    for m in _SINCE.finditer(s.text):
        if "encounters" not in topics:
            continue
        since = find_times(m.group("when"))
        when = since[0].period if since and since[0].period else None
        if when is None:
            continue
        which = "lowest" if m.group("ext").lower() in ("lowest", "fewest", "smallest") else "highest"
        span = (s.start + m.start(), s.start + m.end())
        stated = next((t for t in times if t.period is not None and t.kind != "since"
                       and not (t.start >= span[0] and t.end <= span[1])), None)
        claim("lowest_since", span, period=stated.period if stated else d.period,
              period_stated=stated is not None, slots={"which": which, "since": when,
              "dataset": _dataset(s.text), "claimed": m.group(0)})
        used.append(span)
    records = list(_RECORD.finditer(s.text))
    if not records and "encounters" in topics:
        records = list(_EXTREME.finditer(s.text))
    for m in records:
        if any(a <= s.start + m.start() < b for a, b in used):
            continue
        lookback = next((t for t in times if t.kind == "lookback"), None)
        record = next((t for t in times if t.kind == "record"), None)
        ext = m.group("ext").lower()
        which = "lowest" if ext.replace("-", " ") in ("lowest", "fewest", "record-low", "record low", "smallest") else "highest"
        # an extreme reads best from the sentence start ("The Mexican government's renewed,
        # collaborative approach has achieved the lowest level …") to the end of its clause
        span = (s.start, clause_of(s.start + m.end() - 1)[1])
        if lookback is not None:
            span = (span[0], max(span[1], lookback.end))
            used.append((lookback.start, lookback.end))
            claim("lowest_in_years", span, slots={"years": lookback.years, "which": which,
                  "dataset": _dataset(s.text),
                  "claimed": f"{which} in {lookback.years} years"})
        else:
            month = next((t for t in times if t.kind == "month"), None)
            claim("encounters_record", span, period=month.period if month else None,
                  period_stated=month is not None,
                  slots={"which": which, "dataset": _dataset(s.text), "record": record is not None,
                         "claimed": f"{which} on record" + (f" ({month.period.label})" if month else "")})
    for m in _BALANCE.finditer(s.text):
        if any(q.start >= s.start + m.start() - 40 and q.start < s.start + m.end() + 5 and q.unit == "USD"
               for q in quantities):
            continue  # "a deficit of $152 billion" is read with its figure
        partner = [x for x in mentions if s.start + m.start() <= x.start < s.start + m.end() + 20]
        claim("balance_sign", (s.start + m.start(), s.start + m.end()), subjects=tuple(
              x.country_id for x in partner[:1]) or lead[:1], flow="balance",
              slots={"sign": m.group("sign").lower(), "claimed": m.group(0)})
    for m in _JOBS.finditer(s.text):
        claim("no_data", clause_of(s.start + m.start()), slots={"topic": "jobs"})
    if actor and _MORE_THAN_ACTOR.search(s.text) and "encounters" in topics:
        claim("no_data", (s.start, s.end), slots={"topic": "mexican_enforcement_encounters"})

    # -- quantity-triggered claims ----------------------------------------------------------------
    last_subjects: tuple[str, ...] = ()
    for q in quantities:
        if any(a <= q.start < b for a, b in used):
            continue
        if unloaded or (actor and "encounters" in topics and "seizures" not in topics):
            if q.unit != "count" or q.value >= 100 or re.match(
                    r"\s*(?:[\w.-]+\s+){0,2}(trucks|hours|minutes|troops|migrants|people)", s.text[q.end - s.start:]):
                claim("no_data", clause_of(q.start), quantity=q,
                      slots={"topic": unloaded or "foreign_enforcement"})
            continue
        span = clause_of(q.start)
        around = _text(s, *span)
        local = set(_topics(around)) or topics
        subjects = _subjects_before(mentions, q.start, s, span[0]) or last_subjects or lead or d.subjects
        if q.unit == "USD":
            if "sme" in topics:
                kind = "sme_value"
            elif "per_capita" in topics:
                kind = "per_capita"
            elif "trade" in local or "trade" in topics:
                kind = "trade_value"
            else:
                claim("no_data", span, quantity=q, slots={"topic": "unmapped_money"})
                continue
            c = claim(kind, span, quantity=q, subjects=subjects, flow=_flow(around, s.text))
            if re.search(r"(?i)\bmonthly\b|\b(?:a|per|each|every)\s+month\b", s.text):
                c.slots["per_month"] = True
            if kind == "trade_value" and re.search(r"(?i)\b(commerce|business with|trade relationship|"
                                                   r"economic relationship)\b", around):
                c.slots["alt_flows"] = ("exports",) if c.flow == "total" else ("total",)
            last_subjects = c.subjects
        elif q.unit == "ratio":
            others = _mentions_after(mentions, q.end, span[1] if span[1] > q.end else s.end)
            if not others:
                others = _mentions_after(mentions, q.end, s.end)[:1]
            if subjects and others and subjects[0] == others[0]:
                # "twice as much to Mexico as to China": both sides follow the figure
                both = _mentions_after(mentions, q.end, s.end)
                subjects, others = both[:1], both[1:2]
            if "va" in topics:
                kind = "va_ratio"
                own = _subjects_before(mentions, q.start, s, s.start)
                subjects = own[:1] or subjects
            elif "sme" in topics:
                kind = "sme_ratio"
            else:
                kind = "trade_ratio"
            claim(kind, span, quantity=q, subjects=subjects, others=others[:1], flow=_flow(s.text),
                  slots={"exporter": "USA"})
        elif q.unit in ("%", "pp"):
            after = s.text[q.end - s.start:q.end - s.start + 40].lower()
            before = s.text[max(0, q.start - s.start - 30):q.start - s.start].lower()
            direction = re.match(r"\s*(lower|higher|below|above|down|up|fewer|less|more|"
                                 r"decrease|increase|drop|rise|decline)", after) or re.search(
                r"\b(fell|dropped|declined|decreased|plunged|plummeted|rose|increased|jumped|"
                r"climbed|grew|surged)\s+(?:by\s+)?(?:\w+\s+)?$", before)
            if "va" in topics:
                origin = _subjects_before(mentions, q.start, s, s.start)[:1] or lead[:1]
                claim("va_share", span, quantity=q, subjects=origin, slots={"exporter": "USA"})
            elif "encounters" in topics and direction:
                base = next((t for t in times if t.average), None) or next(
                    (t for t in times if t.kind == "range"), None)
                month = next((t for t in times if t.kind == "month"), None)
                stated = month or next((t for t in times if t.period is not None and not t.average), None)
                claim("encounters_change", span, quantity=q,
                      period=stated.period if stated else d.period, period_stated=stated is not None,
                      slots={"direction": "down" if direction.group(1) in (
                          "lower", "below", "down", "fewer", "less", "decrease", "drop", "decline",
                          "fell", "dropped", "declined", "decreased", "plunged", "plummeted") else "up",
                          "base": base.period if base else None, "dataset": _dataset(s.text)})
            elif "trade" in topics and re.search(r"(?i)\bof\s+(all\s+)?(u\.s\.|american|total)", after + around):
                claim("trade_share", span, quantity=q, subjects=subjects, flow=_flow(s.text))
            elif "trade" in topics and (growth := re.search(
                    r"(?i)\b(grew|grown|rose|risen|increased|jumped|climbed|up|fell|fallen|declined|"
                    r"dropped|shrank|down|decreased)\b", around)):
                since = next((t for t in times if t.kind in ("since", "range", "year")), None)
                claim("trade_growth", span, quantity=q, subjects=subjects, flow=_flow(s.text),
                      slots={"direction": "down" if growth.group(1).lower() in (
                          "fell", "fallen", "declined", "dropped", "shrank", "down", "decreased") else "up",
                          "base": since.period if since else None, "base_kind": since.kind if since else None})
            else:
                claim("no_data", span, quantity=q, slots={"topic": "unmapped_percent"})
        elif q.unit == "growth_multiple":
            since = next((t for t in times if t.kind in ("since", "range")), None) or next(
                (t for t in times if t.kind == "year"), None)
            if "trade" in topics:
                claim("trade_growth", span, quantity=q, subjects=subjects, flow=_flow(s.text),
                      slots={"direction": "down" if q.value < 1 else "up", "multiple": True,
                             "base": since.period if since else None,
                             "base_kind": "since" if since and since.kind == "year" else (since.kind if since else None)})
            else:
                claim("no_data", span, quantity=q, slots={"topic": "unmapped_percent"})
        elif q.unit in ("kg", "lb", "t", "g", "mg"):
            drug = re.search(rf"(?i)\b({_DRUGS})\b", s.text)
            d.last_mass = q if q.unit != "mg" else d.last_mass
            if q.unit in ("g", "mg") or re.search(r"(?i)\b(holds?|makes?|contains?|per)\b", around):
                continue  # the arithmetic's inputs ("a kilogram holds", "2 mg per dose"), not seizures
            claim("seizures", span, quantity=q, slots={
                "drug": drug.group(1).lower() if drug else None,
                "actor": "mexico" if actor else "cbp"})
        elif q.unit == "count":
            after = s.text[q.end - s.start:q.end - s.start + 40].lower()
            if re.match(r"\s*(?:potentially\s+|possibly\s+)?(?:lethal\s+|fatal\s+|deadly\s+)?doses", after) or (
                    re.search(r"(?i)\b(kill|killing)\s+$", s.text[:q.start - s.start])
                    and re.match(r"\s*(people|americans|persons)", after)):
                mass = next((x for x in quantities if x.unit in ("kg", "lb", "g") and x.start < q.start), None)
                dose = next((x for x in quantities if x.unit == "mg"), None)
                claim("doses", span, quantity=q, slots={
                    "mass": mass or d.last_mass, "lethal_dose_mg": dose.value if dose else None,
                    "drug": (re.search(rf"(?i)\b({_DRUGS})\b", s.text) or [None, "fentanyl"])[1]})
            elif (re.match(r"\s*(?:\w+\s+){0,2}(encounters|apprehensions|crossings|migrants)", after)
                  or ("encounters" in topics and q.value >= 100 and "seizures" not in topics)):
                claim("encounters_value", span, quantity=q, slots={
                    "dataset": _dataset(s.text), "component": _component(s.text),
                    "per_month": bool(re.search(r"(?i)\b(?:a|per|each|every)\s+month\b|\bmonthly\b|"
                                                r"\baveraged\b", s.text)),
                    "border_patrol": bool(re.search(r"(?i)border patrol|\bUSBP\b|apprehension", s.text))})
            elif re.match(r"\s*(?:[\w.-]+\s+){0,2}jobs?\b", after):
                claim("no_data", span, quantity=q, slots={"topic": "jobs"})
            elif re.match(r"\s*(?:[\w.'’-]+\s+){0,2}(people|residents|inhabitants|citizens)\b", after):
                claim("population", span, quantity=q, subjects=subjects[:1] or lead[:1])
            elif "sme" in topics and re.match(r"\s*(?:[\w.,'’-]+\s+){0,5}?(firms|companies|exporters|"
                                              r"businesses|enterprises)\b", after):
                claim("sme_count", span, quantity=q, subjects=_mentions_after(mentions, q.end, s.end)[:1]
                      or subjects)
    named = [c.subjects for c in out if c.subjects]
    if named:
        d.subjects = named[-1]
    return out


def _text(s: Sentence, a: int, b: int) -> str:
    return s.text[a - s.start:b - s.start]


def _extend(s: Sentence, span: tuple[int, int], end: int) -> tuple[int, int]:
    return span[0], max(span[1], end)


def _only_time(span: tuple[int, int], s: Sentence, times: list[TimeExpr]) -> bool:
    text = _text(s, *span).strip()
    for t in times:
        if span[0] <= t.start and t.end <= span[1]:
            rest = (_text(s, span[0], t.start) + _text(s, t.end, span[1])).strip().lower()
            return rest in ("in", "by", "during", "since", "", "in fact", "as of", "for")
    return text.lower() in ("in fact", "today", "last year", "this year")


def _subjects_before(mentions: list[Mention], pos: int, s: Sentence, floor: int | None = None) -> tuple[str, ...]:
    """Partners named before ``pos`` in the same clause group (``floor``), as a group when joined
    by "and" ("Mexico and Canada together")."""
    floor = s.start if floor is None else floor
    before = [m for m in mentions if floor <= m.start < pos and m.country_id != "USA"]
    if not before:
        return ()
    group = [before[-1]]
    for m in reversed(before[:-1]):
        between = s.text[m.end - s.start:group[0].start - s.start].strip().lower()
        if between in ("and", ",", ", and", "&", "or"):
            group.insert(0, m)
        else:
            break
    return tuple(dict.fromkeys(m.country_id for m in group))


def _lead_subjects(mentions: list[Mention], s: Sentence) -> tuple[str, ...]:
    """The sentence's first partner, with those joined to it by "and" ("Mexico and Canada")."""
    partners = [m for m in mentions if m.country_id != "USA"]
    if not partners:
        return ()
    group = [partners[0]]
    for m in partners[1:]:
        between = s.text[group[-1].end - s.start:m.start - s.start].strip().lower()
        if between not in ("and", ",", ", and", "&"):
            break
        group.append(m)
    return tuple(dict.fromkeys(m.country_id for m in group))


def _mentions_after(mentions: list[Mention], pos: int, end: int) -> tuple[str, ...]:
    return tuple(m.country_id for m in mentions if pos <= m.start < end and m.country_id != "USA")


def _period_for(span, times: list[TimeExpr], d: _Discourse,
                anchor: int | None = None) -> tuple[Period | None, bool]:
    inside = [t for t in times if t.period is not None and not t.average and span[0] <= t.start < span[1]]
    if inside and anchor is not None and len(inside) > 1:
        # "from 6,000 pounds in fiscal 2019 to 1,200 pounds in fiscal 2024": the nearest one after
        # the figure, else before it
        after = [t for t in inside if t.start >= anchor]
        return (after[0] if after else inside[-1]).period, True
    if inside:
        return inside[0].period, True
    any_time = [t for t in times if t.period is not None and not t.average]
    if any_time:
        return any_time[0].period, True
    return d.period, False


def _component(text: str) -> str:
    t = text.lower()
    if re.search(r"border patrol|\busbp\b|between (the )?ports", t):
        return "usbp"
    if re.search(r"ports? of entry|office of field operations|\bofo\b|cbp officers", t):
        return "ofo"
    return "all"


def _dataset(text: str) -> str | None:
    t = text.lower()
    if "nationwide" in t or "national" in t:
        return "nationwide"
    if "southwest" in t or "southern border" in t or "u.s.-mexico border" in t:
        return "southwest_border"
    return None
