"""French read as English: a text written in French, or in French and English by turns (a Quebec daily, a
Radio-Canada segment, a Paris magazine), is read by the same patterns as an English one, with the words a
claim turns on put into English first.

    >>> told, back = as_english("Les exportations américaines vers le Mexique ont atteint 334,0 milliards $ US en 2024.")
    >>> told
    'The U.S. exports to Mexico reached $334.0 billion in 2024.'

Like :mod:`.spanish`, this is a glossary, not a translation: it knows the words of trade and border
statistics ("milliards", "exportations", "la Patrouille frontalière", "saisies", "exercice financier", the
months, the partners' names) and the little words around them. Numbers are read as French writes them:
"334,0" is 334.0, "229 183" is 229,183, "1,2 billion" is 1.2 trillion, "412 G$" is $412 billion. A
sentence mostly in French has its short words read too ("le", "de", "à", "que"); in a sentence mostly in
English only the unambiguous French is read.
"""

from __future__ import annotations

from collections.abc import Callable

from . import recache as re
from .glossary import Glossary, Rule

__all__ = ["is_french", "as_english", "CANADIAN_VOICE"]

#: words only French writes: three in a text make it French, or two in a short one (see :func:`is_french`;
#: "Québec" or "Ciudad Juárez" in an English or Spanish sentence do not)
_MARKER = re.compile(r"(?i)\b(?:les|des|du|est|sont|avec|dans|pour|une|et|au|aux|ont|été|était|étaient|selon|vers|"
                     r"par|chez|habitants?|à|biens|marchandises|produits|vendu|acheté|"
                     r"dollars\s+(?:américains|canadiens)|fois|"
                     r"milliards?|exportations|importations|échanges|Mexique|Chine|Allemagne|Japon|États-Unis|"
                     r"frontière|frontalière|interceptions|rencontres|saisies?|saisis?|livres|secteur|exercice|recensé|janvier|février|avril|juillet|août|"
                     r"décembre|soit|environ|près|depuis|année|années|ans|mois|qui|cette|ces|leur|leurs|nous|"
                     r"nos|notre|moins|pays)\b|\b(?:l|d|qu|n|s)['’](?=\w)|[èêçùûîôœ]|"
                     # "780 G$ US", "É.-U.", "a totalisé": Quebec's amounts, its name for the U.S., a past tense
                     r"\d\s?[GM]\$|É\.-U\.|\b(?:a|ont)\s+\w{3,}é\b")
#: words only Spanish writes: a text with more of them than of the French ones is Spanish
_SPANISH = re.compile(r"(?i)\b(?:los|las|del|el|con|una|para|por|más|según|años?|dólares|millones|mil|fue|fueron|"
                      r"hay|entre|desde|México|Canadá|exportaciones|importaciones|y|lo|casi|doble)\b|ñ")
_ENGLISH = re.compile(r"\b(?:the|of|and|to|in|was|were|is|are|than|from|with|that|by|for|its|their|our|an?|has|"
                      r"have|had|it|this|which|said|says|be|been|at|as|but|not)\b", re.IGNORECASE)
#: words French shares with Spanish: they tell French from English in a text already known to be French
_SHARED = re.compile(r"(?i)\b(?:le|la|de|en|un|que|dont|sur)\b")
_YEAR = r"(?:19|20)\d\d\b"
_APOS = "['’]"

#: a number as French writes it: "229 183" (a space, no-break or thin, between thousands), "334,0"
_NUM = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|,\d)|\d+(?:,\d+)?"
_MONTHS = {"janvier": "January", "février": "February", "fevrier": "February", "mars": "March",
           "avril": "April", "mai": "May", "juin": "June", "juillet": "July", "août": "August", "aout": "August",
           "septembre": "September", "octobre": "October", "novembre": "November", "décembre": "December",
           "decembre": "December"}
_ORDINALS = {"premier": "first", "première": "first", "1er": "first", "1re": "first", "1ère": "first",
             "deuxième": "second", "second": "second", "seconde": "second", "2e": "second", "2ème": "second",
             "troisième": "third", "3e": "third", "3ème": "third", "quatrième": "fourth", "4e": "fourth",
             "cinquième": "fifth", "5e": "fifth", "sixième": "sixth", "6e": "sixth", "septième": "seventh",
             "7e": "seventh", "huitième": "eighth", "8e": "eighth", "neuvième": "ninth", "9e": "ninth",
             "dixième": "tenth", "10e": "tenth"}
#: a trading role a rank names: "le premier partenaire commercial", "le troisième fournisseur"
_ROLE = r"(?=\s+(?:partenaire|fournisseur|march[ée]|client|d[ée]bouch[ée]|acheteur|destination|source|" \
        r"pays\s+fournisseur)s?\b)"
_SMALL = {"un": "one", "une": "one", "deux": "two", "trois": "three", "quatre": "four", "cinq": "five",
          "six": "six", "sept": "seven", "huit": "eight", "neuf": "nine", "dix": "ten", "onze": "eleven",
          "douze": "twelve", "quinze": "fifteen", "vingt": "twenty", "trente": "thirty", "quarante": "forty",
          "cinquante": "fifty", "cent": "a hundred"}

#: partners as French names them, with the article and preposition before them read too ("du Mexique":
#: of Mexico, "vers la Chine": to China, "l'Allemagne": Germany)
_PARTNERS = {"mexique": "Mexico", "canada": "Canada", "chine": "China", "japon": "Japan",
             "allemagne": "Germany", "corée du sud": "South Korea", "corée": "Korea",
             "royaume-uni": "the United Kingdom", "inde": "India", "vietnam": "Vietnam", "viêt nam": "Vietnam",
             "viet nam": "Vietnam", "pays-bas": "the Netherlands", "taïwan": "Taiwan", "taiwan": "Taiwan",
             "irlande": "Ireland", "suisse": "Switzerland", "italie": "Italy", "france": "France",
             "brésil": "Brazil", "belgique": "Belgium", "espagne": "Spain", "singapour": "Singapore",
             "thaïlande": "Thailand", "malaisie": "Malaysia", "israël": "Israel", "australie": "Australia",
             "arabie saoudite": "Saudi Arabia", "union européenne": "the European Union", "ue": "the EU",
             "états-unis": "the United States",
             "etats-unis": "the United States", "é.-u.": "the U.S.", "éu": "the U.S.", "usa": "the U.S."}
_BEFORE = {"de": "of", "d'": "of", "du": "of", "des": "of", "de la": "of", "de l'": "of", "à": "to", "au": "to",
           "aux": "to", "à la": "to", "à l'": "to", "vers": "to", "vers la": "to", "vers le": "to", "vers les": "to",
           "vers l'": "to", "en": "in", "le": "", "la": "", "les": "", "l'": "", "en provenance du": "from",
           "en provenance de": "from", "en provenance des": "from", "en provenance de la": "from",
           "en provenance de l'": "from", "à destination du": "to", "à destination de": "to",
           "à destination des": "to", "à destination de la": "to", "à destination de l'": "to", "avec": "with",
           "avec le": "with", "avec la": "with", "avec les": "with", "avec l'": "with", "devant": "ahead of",
           "devant le": "ahead of", "devant la": "ahead of", "devant les": "ahead of", "devant l'": "ahead of",
           "derrière": "behind", "derrière le": "behind", "derrière la": "behind", "derrière les": "behind",
           "derrière l'": "behind", "après": "after", "après le": "after", "après la": "after", "après les": "after",
           "après l'": "after", "et": "and", "et le": "and", "et la": "and", "et les": "and", "et l'": "and",
           "que": "than", "que le": "than", "que la": "than", "que les": "than", "que l'": "than", "qu'": "than",
           "pour": "for", "pour le": "for", "pour la": "for", "pour les": "for", "pour l'": "for"}
_PARTNER = (r"(?:(?P<before>" + "|".join(sorted((re.escape(k).replace("'", _APOS) for k in _BEFORE), key=len,
                                                reverse=True)).replace(r"\ ", r"\s+")
            + r")\s*)?(?<![\w-])(?P<partner>" + "|".join(sorted((re.escape(k) for k in _PARTNERS), key=len, reverse=True))
            .replace(r"\ ", r"\s+") + r")(?![\w-])")


def _partner(m: re.Match, text: str) -> str:
    name = _PARTNERS[" ".join(m.group("partner").lower().split())]
    before = _BEFORE[" ".join((m.group("before") or "").lower().replace("’", "'").split())] if m.group("before") \
        else ""
    if before == "than" and not _comparing(text[:m.start()]):
        before = "that"   # (no comparison before it: "il dit que le Mexique …")
    if before == "of" and re.search(r"(?i)\b(?:importations|achats|import\w*|achet\w*|purchases)\s*$",
                                    text[:m.start()]):
        before = "from"   # "les importations du Mexique": imports from Mexico
    said = f"{before} {name}".strip()
    return said[0].upper() + said[1:] if m.group(0)[0].isupper() and not m.group("partner")[0].isupper() else said


_COMPARATIVE = re.compile(r"(?i)\b(?:plus|moins|davantage|autant|aussi|fois|double|triple|sup[ée]rieure?s?|"
                          r"inf[ée]rieure?s?|more|less|larger|bigger|higher|lower|times)\b")


def _comparing(before: str) -> bool:
    """Whether the clause before a "que" compares ("plus … que", "2,3 fois plus que"): it is then "than"."""
    return bool(_COMPARATIVE.search(re.split(r"[,;:]", before)[-1]))


def _que(m: re.Match, text: str) -> str:
    return "than" if _comparing(text[:m.start()]) else "that"


def _english_number(said: str) -> str:
    """"229 183" as 229,183 and "334,0" as 334.0."""
    said = re.sub(r"[ \u00a0\u202f]", ",", said)
    return said.replace(",", ".") if re.fullmatch(r"\d+,\d+", said) and not re.fullmatch(r"\d{1,3},\d{3}", said) \
        else said


#: "334,0 milliards $ US", "412,7 G$", "1,2 billion de dollars", "850 M$ CA": the amount with its currency
#: first, as English writes it
_SCALES = {"g": "billion", "m": "million", "k": "thousand", "md": "billion", "mds": "billion", "milliard": "billion",
           "milliards": "billion", "million": "million", "millions": "million", "billion": "trillion",
           "billions": "trillion", "mille": "thousand", "mrd": "billion"}
_MONEY = (rf"(?P<num>{_NUM})\s*(?:(?P<scale>G|M|k|Md|Mds|Mrd|milliards?|millions?|billions?|mille)?\s*"
          r"(?:(?:de\s+|d['’])?(?P<unit>\$|dollars?))(?:\s*(?P<cur>US|É\.-U\.|américains|canadiens|CA|CAN)\b)?|"
          r"(?P<scale2>milliards?|millions?|G|M)\s+(?P<cur2>US|américains|CA|canadiens)\b)")
#: a number English writes otherwise: "229 183", "2,3"
_FRENCH_NUMBER = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|,\d)|\d+,\d+"


#: "moins de 440 milliards de produits chinois": in a sentence about trade, billions are dollars
_BILLIONS = (rf"(?P<bn>{_NUM})\s+(?P<bscale>milliards?|G)(?!\s*\$)(?!\s+d(?:e\s+|['’])(?:doses|habitants|personnes|"
             r"dollars|livres|kilos|tonnes|pesos|euros)\b)")
_TRADE_WORDS = re.compile(r"(?i)\b(?:export\w*|import\w*|échanges|commerce|produits|biens|marchandises|déficit|"
                          r"excédent|achè\w+|achet\w+|vend\w*|ventes|achats)\b")


def _billions(m: re.Match, text: str) -> str:
    amount = _english_number(m.group("bn"))
    return f"${amount} billion" if _TRADE_WORDS.search(text) else f"{amount} billion"


def _money(m: re.Match, _text: str) -> str:
    said = m.group("scale") or m.group("scale2")
    scale = _SCALES[said.lower()] if said else ""
    cur = (m.group("cur") or m.group("cur2") or "").lower()
    sign = "C$" if cur in ("canadiens", "ca", "can") else "$"
    return f"{sign}{_english_number(m.group('num'))}" + (f" {scale}" if scale else "")


def _number(m: re.Match, _text: str) -> str:
    return _english_number(m.group(0))


def _percent(m: re.Match, _text: str) -> str:
    return _english_number(m.group("pct")) + "%"


def _ordinal(m: re.Match, _text: str) -> str:
    nth = _ORDINALS[m.group("nth").lower()]
    if m.group("biggest") or m.group("role") is not None:
        return "top" if nth == "first" else nth + "-largest"
    return nth


#: "le secteur de Tucson", "le secteur de la vallée du Rio Grande": the Tucson sector
_SECTOR_OF = (r"(?P<sart>le\s+|du\s+|au\s+)?secteur\s+(?:de\s+(?:la\s+)?|d['’]|du\s+)?(?P<sname>Big\s+Bend|Del\s+Rio|"
              r"El\s+Centro|El\s+Paso|Laredo|vallée\s+du\s+Rio\s+Grande|Rio\s+Grande\s+Valley|San\s+Diego|Tucson|Yuma|"
              r"Swanton|Blaine|Buffalo|Detroit|Grand\s+Forks|Havre|Houlton|Spokane)")


def _sector_of(m: re.Match, _text: str) -> str:
    name = " ".join(m.group("sname").split())
    name = "Rio Grande Valley" if "grande" in name.lower() else name
    art = (m.group("sart") or "").strip().lower()
    said = {"du": "of the ", "au": "in the ", "le": "the "}.get(art, "") + f"{name} sector"
    return said[0].upper() + said[1:] if m.group(0)[0].isupper() else said


def _ranks(m: re.Match, _text: str) -> str:
    now = m.group("now") or m.group("now2") or m.group("now3") or m.group("now4")
    return ("ranks " if now else "ranked ") + _ORDINALS[m.group("rank").lower()] + (" among" if m.group("among") else "")


def _more_than(m: re.Match, _text: str) -> str:
    return "more than" if m.group("more").lower() == "plus" else "less than"


def _month(m: re.Match, _text: str) -> str:
    before = " ".join(m.group("pre").lower().split()) if m.group("pre") else ""
    said = _MONTHS[m.group("month").lower()]
    if m.group("last"):
        said = "last " + said
    elif before:
        said = ("of " if before.startswith("d") else "in ") + said
    return said[0].upper() + said[1:] if m.group(0)[0].isupper() else said


def _exceeded(m: re.Match, text: str) -> str:
    # "a dépassé les 300 milliards": topped; "a dépassé la Chine": overtook; "dépasse celui …": exceeds
    said, *now = m.group(0).lower().split()
    if said.startswith("dépasse"):
        # ("dépasse maintenant 120 G$": now exceeds, the hedge kept next to its figure)
        return ("now " if now else "") + {"dépasse": "exceeds", "dépassent": "exceed", "dépassant": "over",
                                          "dépasser": "over"}.get(said, "exceeded")
    return "topped" if re.match(r"\s+(?:(?:les|la|le|l['’])\s+)?(?:cap\s+des?\s+)?(?:\d|\$)", text[m.end():]) \
        else "overtook"


def _average(m: re.Match, _text: str) -> str:
    """"la moyenne 2021-2024", "la moyenne mensuelle de 2021 à 2024": the 2021–2024 (monthly) average."""
    monthly = "monthly " if m.group("monthly") else ""
    return f"the {m.group('y1')}–{m.group('y2')} {monthly}average"


def _next_partners(m: re.Match, _text: str) -> str:
    """"les dix partenaires suivants", "les 10 prochains marchés": the next ten partners."""
    n = _SMALL.get(m.group("many").lower(), m.group("many"))
    noun = {"partenaires": "partners", "marchés": "markets", "marches": "markets", "pays": "countries",
            "clients": "customers", "fournisseurs": "suppliers"}[m.group("what").lower()]
    return f"the next {n} {'trading ' if m.group('trading') else ''}{noun}"


def _in_every(m: re.Match, _text: str) -> str:
    return f"{_SMALL[m.group('one').lower()]} in {_SMALL[m.group('every').lower()]}"


#: nouns a nationality follows in French ("les exportations canadiennes": Canadian exports)
_NOUNS = {"exportations": "exports", "importations": "imports", "achats": "purchases", "ventes": "sales",
          "produits": "goods", "biens": "goods", "marchandises": "goods", "entreprises": "firms",
          "consommateurs": "consumers", "acheteurs": "buyers", "contenu": "content", "valeur ajoutée": "value added",
          "intrants": "inputs", "composants": "components", "composantes": "components", "pièces": "parts",
          "autorités": "authorities", "douanes": "customs", "exportateurs": "exporters", "importateurs": "importers",
          "économie": "economy", "marché": "market", "frontière": "border", "population": "population",
          "pme": "SMEs", "petites et moyennes entreprises": "small and medium-sized businesses", "déficit": "deficit",
          "excédent": "surplus", "entreprises exportatrices": "exporting firms"}
_NATIONS = {"améric": "U.S.", "étatsun": "U.S.", "mexic": "Mexican", "canad": "Canadian", "chin": "Chinese",
            "japon": "Japanese", "allem": "German", "coré": "Korean", "vietnam": "Vietnamese", "europ": "European"}
_NATION_WORDS = r"(?:américain|états-unien|mexicain|canadien|chinois|japonais|allemand|coréen|vietnamien|européen)(?:ne)?(?:e|s|es)?"
_NOUN_NATION = (r"(?:(?P<art>les|la|le|l['’]|des|du|de\s+la|de\s+l['’])\s*)?(?P<noun>"
                + "|".join(sorted(_NOUNS, key=len, reverse=True)).replace(" ", r"\s+") + rf")\s+(?P<nat>{_NATION_WORDS})")


def _nation_of(said: str) -> str:
    key = said.lower().replace("-", "")
    return next(v for k, v in _NATIONS.items() if key.startswith(k))


def _noun_nation(m: re.Match, _text: str) -> str:
    art = (m.group("art") or "").lower()
    lead = "the " if art in ("les", "la", "le", "l'", "l’") else "of the " if art else ""
    said = f"{lead}{_nation_of(m.group('nat'))} {_NOUNS[' '.join(m.group('noun').lower().split())]}"
    return said[0].upper() + said[1:] if m.group(0)[0].isupper() else said


def _nation(m: re.Match, _text: str) -> str:
    said = m.group(0)
    nation = _nation_of(said)
    if said[0].isupper() and nation != "U.S.":
        # "les Mexicains", "deux Canadiens": the people
        return nation + ("s" if said.lower().endswith(("s", "es")) and not nation.endswith("ese") else "")
    if said[0].isupper():
        return "Americans" if said.lower().endswith("s") else "American"
    return nation


#: tried before the phrases, which would read a word of them alone: (pattern, reading, sentence mostly French)
#: "leurs dix clients suivants": the next ten customers (French puts "suivants" after the noun)
_NEXT_N = (r"(?P<nn>deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|\d{1,2})\s+(?P<nwhat>clients|marchés|"
           r"partenaires(?:\s+commerciaux)?|fournisseurs|pays|débouchés)\s+suivants\b")
_NEXT_WHAT = {"clients": "customers", "marchés": "markets", "partenaires": "partners", "partenaires commerciaux":
              "trading partners", "fournisseurs": "suppliers", "pays": "countries", "débouchés": "markets"}


def _next_n(m: re.Match, _text: str) -> str:
    n = m.group("nn")
    what = _NEXT_WHAT[" ".join(m.group("nwhat").lower().split())]
    return f"next {_SMALL.get(n.lower(), n)} {what}"


_FIRST: list[Rule] = [
    (_NEXT_N, _next_n, False),
    # "de 22 % en 2017 à environ 12,5 % en 2024": from one figure to another
    (r"\bde(?=\s+(?:près\s+de\s+|environ\s+|plus\s+de\s+)?\d[\d\s\u00a0\u202f,]*(?:%|\s*[GM]\$|\s*milliards?)"
     r"[^.;:]{0,30}?\s(?:à|au)\s+(?:près\s+de\s+|environ\s+|plus\s+de\s+|moins\s+de\s+)?\d)", "from", False),
    (r"(?<=\b(?:19|20)\d\d)\s+(?:à|au)(?=\s+(?:près\s+de\s+|environ\s+|plus\s+de\s+|moins\s+de\s+)?\d)", " to", False),
    (_MONEY, _money, False),
    (_BILLIONS, _billions, False),
    (rf"(?P<pct>{_NUM})\s*(?:%|pour\s+cent|p\.\s?100)", _percent, False),
    (_FRENCH_NUMBER, _number, False),
    (_NOUN_NATION, _noun_nation, False),
    (r"(?P<pre>de\s+|d['’]|en\s+|au\s+mois\s+d(?:e\s+|['’])|du\s+mois\s+d(?:e\s+|['’]))?(?P<month>"
     + "|".join(_MONTHS) + r")(?P<last>\s+dernier)?", _month, False),
    (_SECTOR_OF, _sector_of, False),
    # "il y a dix ans": ten years ago
    (r"il\s+y\s+a\s+(?P<ago>\d{1,2}|" + "|".join(_SMALL) + r")\s+ans",
     lambda m, _t: f"{_SMALL.get(m.group('ago').lower(), m.group('ago'))} years ago", False),
    (r"(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix)(?=\s+fois\b)", lambda m, _t: _SMALL[m.group(0).lower()], False),
    # "se classe au troisième rang", "occupe le deuxième rang": ranks third
    (r"(?:se\s+class(?P<now>e|ent)|se\s+classait|se\s+classaient|s['’]est\s+class[ée]e?|occup(?P<now2>e|ent)|occupait|"
     r"arriv(?P<now3>e|ent)|arrivait|figur(?P<now4>e|ent)|figurait)\s+(?:au|le|à\s+la)\s+(?P<rank>"
     + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r")\s+(?:rang|place|position)"
     r"(?P<among>\s+(?:des|parmi\s+les))?", _ranks, False),
    # "plus de 300 milliards": more than; "plus de produits": more
    (r"(?P<more>plus|moins)\s+d(?:e(?=\s)|['’])(?=\s*(?:\d|\$|(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
     r"vingt|cent|mille|la\s+moitié|moitié|un\s+tiers)\b))", _more_than, False),
    (r"à(?=\s+(?:la\s+frontière|nos\s+frontières|la\s+douane))", "at", False),
    (r"(?:la\s+)?moyenne\s+(?P<monthly>mensuelle\s+)?(?:(?:de|des\s+années|des\s+exercices(?:\s+financiers)?|"
     rf"pour)\s+)?(?:(?:la\s+)?période\s+)?(?P<y1>{_YEAR})\s*(?:[-–—/]|à|au)\s*(?P<y2>{_YEAR})", _average, False),
    (r"(?:les|des)\s+(?P<many>\d{1,2}|" + "|".join(_SMALL) + r")\s+(?:(?:autres|prochains|principaux)\s+)?"
     r"(?P<what>partenaires|marchés|marches|pays|clients|fournisseurs)(?P<trading>\s+commerciaux)?\s+suivants",
     _next_partners, False),
    (rf"(?P<one>{'|'.join(_SMALL)})\s+(?:\w+\s+)?sur\s+(?P<every>{'|'.join(_SMALL)})\b", _in_every, False),
    (r"(?P<nth>" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r")(?P<biggest>\s+plus\s+(?:grand|gros|important)e?)?"
     rf"(?P<role>{_ROLE})?",
     _ordinal, False),
    (_PARTNER, _partner, False),
    (r"(?:a|ont|avait|avaient|aurait)\s+dépassé|dépass(?:e|ent|ait|aient|ant|er)(?:\s+(?:maintenant|désormais|déjà))?",
     _exceeded, False),
]

#: words read the same in any sentence: French only, in phrases English does not write
_PHRASES: dict[str, str] = {
    # amounts and units
    "milliards de dollars": "billion dollars", "milliard de dollars": "billion dollars", "milliards": "billion",
    "milliard": "billion", "millions de dollars": "million dollars", "millions de": "million",
    "millions d'": "million", "millions": "million", "million de": "million", "million d'": "million",
    "billions": "trillion", "dollars américains": "U.S. dollars", "dollars us": "U.S. dollars",
    "dollars canadiens": "Canadian dollars", "points de pourcentage": "percentage points",
    "point de pourcentage": "percentage point", "kilogrammes": "kilograms", "kilos": "kilograms",
    "tonnes": "metric tons", "tonne": "metric ton", "livres": "pounds", "milligrammes": "milligrams",
    "doses mortelles": "lethal doses", "doses létales": "lethal doses", "dose mortelle": "lethal dose",
    "de doses mortelles": "lethal doses", "de doses létales": "lethal doses", "de doses": "doses",
    # hedges
    "un peu plus de": "just over", "un peu plus d'": "just over", "un peu moins de": "just under", "plus de": "more",
    "plus d'": "more", "moins de": "less", "moins d'": "less", "près de": "nearly", "près d'": "nearly",
    "presque": "nearly", "environ": "about", "autour de": "about", "quelque": "some", "quelques": "some",
    "approximativement": "approximately", "à peine": "just", "tout juste": "just", "au moins": "at least",
    "au bas mot": "at least", "jusqu'à": "up to", "grosso modo": "roughly", "à peu près": "about",
    "pas moins de": "no fewer than", "au-delà de": "more than", "supérieur à": "above", "supérieure à": "above",
    "supérieurs à": "above", "supérieures à": "above", "inférieur à": "below", "inférieure à": "below",
    "inférieurs à": "below", "inférieures à": "below", "franchi le cap des": "topped", "franchi le cap du": "topped",
    "franchi la barre des": "topped", "le cap des": "the mark of", "la barre des": "the mark of",
    "frôlé": "nearly reached", "frôle": "nearly reaches", "frôlé les": "nearly reached", "frôle les": "nearly reaches",
    # multiples
    "fois plus": "times more", "fois moins": "times less", "fois": "times", "le double": "double",
    "le triple": "triple", "la moitié": "half", "le tiers": "a third", "un tiers": "a third", "le quart": "a quarter",
    "un quart": "a quarter", "a doublé": "doubled", "ont doublé": "doubled", "a triplé": "tripled",
    "ont triplé": "tripled", "a quadruplé": "quadrupled", "ont quadruplé": "quadrupled", "doublé": "doubled",
    "triplé": "tripled", "fois plus élevé": "times higher", "fois plus élevée": "times higher",
    "fois plus élevés": "times higher", "fois plus élevées": "times higher", "fois plus grand": "times larger",
    "fois plus grande": "times larger", "fois plus grands": "times larger", "fois plus grandes": "times larger",
    "fois plus important": "times larger", "fois plus importante": "times larger",
    "fois plus importants": "times larger", "fois plus importantes": "times larger",
    "fois plus nombreux": "times more", "fois plus nombreuses": "times more",
    "fois plus peuplé": "times more populous", "fois plus peuplée": "times more populous",
    "fois moins élevé": "times lower", "fois moins élevée": "times lower",
    # places
    "la frontière sud-ouest": "the southwest border", "frontière sud-ouest": "southwest border",
    "la frontière du sud-ouest": "the southwest border", "la frontière sud": "the southwest border",
    "la frontière mexicaine": "the southwest border", "la frontière avec le mexique": "the southwest border",
    "la frontière américano-mexicaine": "the southwest border",
    "la frontière mexico-américaine": "the southwest border",
    "la frontière entre le mexique et les états-unis": "the southwest border",
    "la frontière nord": "the northern border", "frontière nord": "northern border",
    "la frontière canadienne": "the northern border", "la frontière avec le canada": "the northern border",
    "la frontière canado-américaine": "the northern border",
    "la frontière canado-étatsunienne": "the northern border",
    "la frontière entre le canada et les états-unis": "the northern border", "à l'échelle nationale": "nationwide",
    "à l'échelle du pays": "nationwide", "dans tout le pays": "nationwide", "à l'échelle du territoire": "nationwide",
    "sur l'ensemble du territoire": "nationwide", "points d'entrée": "ports of entry",
    "point d'entrée": "port of entry", "postes frontaliers": "ports of entry",
    "entre les points d'entrée": "between ports of entry", "aux points d'entrée": "at ports of entry",
    "au sud de la frontière": "south of the border", "nos voisins du sud": "the Americans",
    "nos voisins américains": "the Americans", "les américains": "the U.S.", "aux américains": "to the U.S.",
    "des américains": "of the U.S.", "la patrouille frontalière": "the Border Patrol",
    "patrouille frontalière": "Border Patrol", "la police des frontières": "the Border Patrol",
    "le service des douanes et de la protection des frontières": "Customs and Border Protection",
    "service des douanes et de la protection des frontières": "Customs and Border Protection",
    "les douanes américaines": "CBP", "le cbp": "CBP", "la cbp": "CBP", "l'aceum": "CUSMA", "aceum": "CUSMA",
    "l'acéum": "CUSMA", "acéum": "CUSMA", "l'alena": "NAFTA", "alena": "NAFTA", "l'aléna": "NAFTA", "aléna": "NAFTA",
    # trade
    "échanges commerciaux": "two-way trade", "échanges bilatéraux": "two-way trade",
    "commerce bilatéral": "two-way trade", "échanges de biens": "two-way trade in goods",
    "les échanges commerciaux": "two-way trade", "échanges": "two-way trade", "commerce total": "total trade",
    "balance commerciale": "trade balance", "déficit commercial": "trade deficit",
    "excédent commercial": "trade surplus", "déficit": "deficit", "excédent": "surplus",
    "partenaire commercial": "trading partner", "partenaires commerciaux": "trading partners",
    "partenaire": "partner", "partenaires": "partners", "fournisseur": "supplier", "fournisseurs": "suppliers",
    "marchés": "markets", "débouché": "market", "débouchés": "markets", "acheteur": "buyer", "acheteurs": "buyers",
    "exportations": "exports", "exportation": "export", "importations": "imports", "importation": "import",
    "a exporté": "exported", "ont exporté": "exported", "a importé": "imported", "ont importé": "imported",
    "exporte": "exports", "exportent": "export", "importe": "imports", "importent": "import", "exporté": "exported",
    "importé": "imported", "exportés": "exported", "importés": "imported", "a acheté": "bought",
    "ont acheté": "bought", "achète": "buys", "achètent": "buy", "a vendu": "sold", "ont vendu": "sold",
    "vend": "sells", "vendent": "sell", "a exporté pour": "exported", "ont exporté pour": "exported",
    "exporté pour": "exported", "a importé pour": "imported", "ont importé pour": "imported",
    "importé pour": "imported", "a vendu pour": "sold", "ont vendu pour": "sold", "vendu pour": "sold",
    "a acheté pour": "bought", "ont acheté pour": "bought", "acheté pour": "bought", "achète pour": "buys",
    "achètent pour": "buy", "a expédié": "shipped", "ont expédié": "shipped", "expédié": "shipped",
    "achats": "purchases", "ventes": "sales", "biens": "goods", "marchandises": "goods", "produits": "goods",
    "valeur ajoutée": "value added", "contenu": "content", "intrants": "inputs", "composants": "components",
    "composantes": "components", "pièces": "parts", "intégrée": "embodied", "intégré": "embodied",
    "incorporée": "embodied", "incorporé": "embodied", "habitants": "people", "par habitant": "per capita",
    "par personne": "per person", "par tête": "per head",
    "investissement direct étranger": "foreign direct investment", "emplois": "jobs",
    # border and drugs
    "interceptions": "encounters", "interception": "encounter", "rencontres": "encounters",
    "interpellations": "apprehensions", "interpellation": "apprehension", "arrestations": "apprehensions",
    "appréhensions": "apprehensions", "franchissements illégaux": "illegal crossings",
    "passages illégaux": "illegal crossings", "traversées illégales": "illegal crossings",
    "passages irréguliers": "illegal crossings", "entrées irrégulières": "illegal crossings", "personnes": "people",
    "a intercepté": "encountered", "ont intercepté": "encountered", "a interpellé": "apprehended",
    "ont interpellé": "apprehended", "a arrêté": "apprehended", "ont arrêté": "apprehended",
    "interceptés": "encountered", "interpellés": "apprehended", "saisies": "seizures", "saisie": "seizure",
    "a saisi": "seized", "ont saisi": "seized", "saisis": "seized", "saisi": "seized", "cocaïne": "cocaine",
    "héroïne": "heroin", "méthamphétamine": "methamphetamine", "méthamphétamines": "methamphetamine",
    # periods
    "l'exercice financier": "fiscal year", "exercice financier": "fiscal year",
    "exercices financiers": "fiscal years", "l'année fiscale": "fiscal year", "année fiscale": "fiscal year",
    "l'exercice": "fiscal year", "exercice": "fiscal year", "l'année civile": "calendar year",
    "année civile": "calendar year", "l'an dernier": "last year", "l'année dernière": "last year",
    "l'an passé": "last year", "l'année précédente": "the year before", "cette année": "this year",
    "le mois dernier": "last month", "le premier semestre": "the first half", "premier semestre": "first half",
    "le second semestre": "the second half", "le deuxième semestre": "the second half",
    "le premier trimestre": "the first quarter", "par mois": "per month", "par an": "a year", "par année": "a year",
    "chaque année": "each year", "chaque mois": "each month", "mensuelle": "monthly", "mensuel": "monthly",
    "mensuelles": "monthly", "annuelle": "annual", "annuel": "annual", "annuels": "annual", "annuelles": "annual",
    "moyenne": "average", "en moyenne": "on average", "depuis": "since", "jusqu'en": "through", "années": "years",
    "année": "year",
    # change, level and rank
    "a chuté de": "fell by", "ont chuté de": "fell by", "a chuté": "fell", "ont chuté": "fell",
    "a baissé de": "fell by", "ont baissé de": "fell by", "a diminué de": "fell by", "ont diminué de": "fell by",
    "a reculé de": "fell by", "ont reculé de": "fell by", "a baissé": "fell", "ont baissé": "fell",
    "sont tombées à": "fell to", "sont tombés à": "fell to", "est tombé à": "fell to", "est tombée à": "fell to",
    "sont passées de": "went from", "sont passés de": "went from", "est passé de": "went from",
    "est passée de": "went from", "a appréhendé": "apprehended", "ont appréhendé": "apprehended",
    "appréhendé": "apprehended", "appréhendés": "apprehended", "au cours de": "in", "au cours des": "in the",
    "au cours du": "in the", "lors de": "in", "lors du": "in the", "durant": "during", "pendant": "during",
    "plus importantes": "larger", "plus importants": "larger",
    "le chiffre mensuel le plus bas": "the lowest monthly figure",
    "le chiffre mensuel le plus élevé": "the highest monthly figure",
    "le total mensuel le plus bas": "the lowest monthly total", "le chiffre le plus bas": "the lowest figure",
    "en baisse de": "down", "en hausse de": "up", "en recul de": "down", "sur un an": "year over year",
    "d'une année à l'autre": "year over year",
    "par rapport à la même période l'an dernier": "from the same period last year",
    "par rapport au mois précédent": "from the previous month", "au plus bas depuis": "at the lowest since",
    "au plus haut depuis": "at the highest since", "son plus bas depuis": "its lowest since",
    "leur plus bas depuis": "their lowest since", "tonnes métriques": "metric tons", "a devancé": "overtook",
    "ont devancé": "overtook", "devance": "is ahead of", "devancent": "are ahead of", "a détrôné": "overtook",
    "détrôné": "overtook", "suivi du": "followed by", "suivi de": "followed by", "suivi des": "followed by the",
    "suivie du": "followed by", "suivie de": "followed by", "talonné par": "closely followed by",
    "loin derrière": "far behind", "tandis que": "while", "alors que": "while",
    "les agents de la patrouille frontalière": "Border Patrol agents", "en dollars courants": "in current dollars",
    "pour la première fois depuis": "for the first time since", "la première fois depuis": "the first time since",
    "au cours des douze derniers mois": "in the last 12 months", "c'est": "it is", "c'était": "it was",
    "ce sont": "they are", "ça reste": "it remains", "ça représente": "it accounts for", "y'a": "there are",
    "il y a": "there are", "y a": "there are", "au pays": "nationwide",
    "le pays qui fait le plus de commerce avec": "the top trading partner of",
    "le pays qui fait le plus d'échanges avec": "the top trading partner of",
    "le pays qui commerce le plus avec": "the top trading partner of",
    "le pays qui achète le plus de produits américains": "the largest buyer of U.S. goods",
    "le pays qui achète le plus": "the largest buyer", "le pays qui vend le plus": "the largest supplier",
    "le plus gros client": "the biggest customer", "le plus gros fournisseur": "the biggest supplier",
    "le plus achalandé": "the busiest", "la plus achalandée": "the busiest", "le plus actif": "the busiest",
    "la plus active": "the busiest", "le plus occupé": "the busiest", "tourne autour de": "is about",
    "tournait autour de": "was about", "a été multiplié par": "grew by a factor of",
    "ont été multipliées par": "grew by a factor of", "ont été multipliés par": "grew by a factor of",
    "a été multipliée par": "grew by a factor of", "multiplié par": "grew by a factor of",
    "multipliées par": "grew by a factor of", "multipliés par": "grew by a factor of",
    "multipliée par": "grew by a factor of", "presque tripler": "nearly triple", "presque doubler": "nearly double",
    "tripler": "triple", "doubler": "double", "a vu": "has seen", "ont vu": "have seen",
    "plus de moitié": "more than half", "plus que doublé": "more than doubled", "plus du double": "more than double",
    "plus du triple": "more than triple", "la moyenne mensuelle": "the monthly average",
    "moyenne mensuelle": "monthly average", "au sein de": "in", "pour une valeur de": "worth",
    "pour une valeur dépassant": "worth more than", "pour une valeur d'environ": "worth about",
    "pour une valeur de plus de": "worth more than", "pour atteindre": "reaching", "pour dépasser": "to over",
    "la part de valeur ajoutée intérieure": "the domestic value added share",
    "valeur ajoutée intérieure": "domestic value added", "valeur ajoutée nationale": "domestic value added",
    "n'a représenté qu'": "accounted for only", "n'a représenté que": "accounted for only",
    "ne représente qu'": "accounts for only", "ne représentait qu'": "accounted for only",
    "n'est plus que": "is now only", "n'est qu'": "is only", "n'était qu'": "was only", "a recensé": "counted",
    "ont recensé": "counted", "davantage de": "more", "davantage": "more",
    "au premier semestre de": "in the first half of", "au premier semestre": "in the first half",
    "au second semestre de": "in the second half of", "au deuxième semestre de": "in the second half of",
    "premier semestre de": "first half of", "le secrétariat de l'économie": "the Secretariat of Economy",
    "secrétariat de l'économie": "Secretariat of Economy", "du jamais vu": "unprecedented", "alors qu'": "while",
    "tandis qu'": "while", "d'affaires": "of business", "près du quart": "nearly a quarter",
    "environ le quart": "about a quarter", "près du tiers": "nearly a third", "environ le tiers": "about a third",
    "près de la moitié": "nearly half", "plus du quart": "more than a quarter", "plus du tiers": "more than a third",
    "plus de la moitié": "more than half", "moins du quart": "less than a quarter",
    "depuis l'entrée en vigueur de": "since", "l'entrée en vigueur de": "the start of",
    "expulsions en vertu du titre 42": "Title 42 expulsions", "titre 42": "Title 42", "titre 8": "Title 8",
    "les garde-frontières américains": "U.S. border agents", "garde-frontières": "border agents",
    "agents frontaliers": "border agents", "les douaniers américains": "CBP officers",
    "par rapport à il y a un an": "from a year earlier", "sur douze mois": "over twelve months",
    "d'une année sur l'autre": "year over year", "en glissement annuel": "year over year",
    "des interceptions du cbp": "of CBP encounters", "interceptions du cbp": "CBP encounters",
    "des rencontres du cbp": "of CBP encounters", "rencontres du cbp": "CBP encounters",
    "des saisies du cbp": "of CBP seizures", "saisies du cbp": "CBP seizures",
    "aucun pays ne commerçait davantage avec": "no country traded more with",
    "aucun pays ne commerce davantage avec": "no country trades more with",
    "aucun pays ne commerce plus avec": "no country trades more with",
    "aucun pays n'achète davantage de": "no country buys more", "aucun pays n'achète plus de": "no country buys more",
    "moitié": "half", "a fait": "made", "ont fait": "made", "la frontière": "the border", "frontière": "border",
    "les frontières": "the borders", "frontières": "borders", "a diminué": "fell", "ont diminué": "fell",
    "a reculé": "fell", "ont reculé": "fell", "a dégringolé": "plunged", "ont dégringolé": "plunged",
    "s'est effondré": "plunged", "se sont effondrées": "plunged", "se sont effondrés": "plunged",
    "s'est effondrée": "plunged", "a plongé": "plunged", "ont plongé": "plunged", "a augmenté de": "rose by",
    "ont augmenté de": "rose by", "a augmenté": "rose", "ont augmenté": "rose", "a progressé de": "rose by",
    "ont progressé de": "rose by", "a progressé": "rose", "ont progressé": "rose", "a bondi de": "jumped by",
    "ont bondi de": "jumped by", "a bondi": "jumped", "ont bondi": "jumped", "a grimpé": "climbed",
    "ont grimpé": "climbed", "une baisse de": "a drop of", "une chute de": "a drop of", "un recul de": "a drop of",
    "une diminution de": "a decrease of", "une hausse de": "an increase of", "une augmentation de": "an increase of",
    "une progression de": "an increase of", "baisse": "drop", "hausse": "increase", "recul": "drop", "chute": "drop",
    "par rapport à": "compared with", "par rapport au": "compared with the", "par rapport aux": "compared with the",
    "comparativement à": "compared with", "a atteint": "reached", "ont atteint": "reached", "atteint": "reached",
    "atteignait": "reached", "a totalisé": "totaled", "ont totalisé": "totaled", "a enregistré": "recorded",
    "ont enregistré": "recorded", "enregistré": "recorded", "enregistrées": "recorded", "enregistrés": "recorded",
    "a compté": "counted", "s'élève à": "amounts to", "s'élèvent à": "amount to", "s'élevait à": "amounted to",
    "s'élevaient à": "amounted to", "s'est élevé à": "amounted to", "se sont élevées à": "amounted to",
    "se sont élevés à": "amounted to", "s'est établi à": "stood at", "s'est établie à": "stood at",
    "s'établit à": "stands at", "se chiffre à": "amounts to", "se chiffrait à": "amounted to",
    "il y a eu": "there were", "on a dénombré": "there were", "on a recensé": "there were", "on compte": "there are",
    "représente": "accounts for", "représentent": "account for", "représentait": "accounted for",
    "représentaient": "accounted for", "a représenté": "accounted for", "ont représenté": "accounted for",
    "compte pour": "accounts for", "comptait pour": "accounted for", "est devenu": "became", "est devenue": "became",
    "demeure": "remains", "restait": "remained", "demeurait": "remained", "est resté": "remained",
    "est restée": "remained", "un record": "a record", "niveau record": "record level",
    "un creux record": "a record low", "creux record": "record low", "un triste record": "a record",
    "un sommet record": "a record high", "un nouveau sommet": "a record high", "un nouveau record": "a new record",
    # a change said after an adverb ("ont encore bondi de 5 %", "a ensuite chuté de …"): the participle alone
    "bondi de": "jumped by", "bondi": "jumped", "chuté de": "fell by", "augmenté de": "rose by",
    "progressé de": "rose by", "diminué de": "fell by", "reculé de": "fell by", "baissé de": "fell by",
    "a fondu": "shrank", "ont fondu": "shrank", "fondu": "shrank",
    # Canada's trade with the U.S. in a Canadian voice: "le commerce entre nos deux pays", "chez nous"
    "nos deux pays": "Canada and the United States", "chez nous": "to us", "pays client": "customer",
    "pays clients": "customers", "suit de près": "follows closely", "pme": "SMEs",
    "surdoses": "overdoses", "surdose": "overdose", "décès par surdose": "overdose deaths", "tuent": "kill",
    "tue": "kills", "ont tué": "killed", "a tué": "killed",
    "un creux historique": "an all-time low", "creux historique": "all-time low",
    "un plancher historique": "an all-time low", "un sommet historique": "an all-time high",
    "sommet historique": "all-time high", "un sommet": "a record high", "son plus bas niveau": "its lowest level",
    "leur plus bas niveau": "their lowest level", "son niveau le plus bas": "its lowest level",
    "leur niveau le plus bas": "their lowest level", "le plus bas niveau": "the lowest level",
    "le niveau le plus bas": "the lowest level", "son plus haut niveau": "its highest level",
    "le niveau le plus élevé": "the highest level", "le plus haut niveau": "the highest level",
    "le mois le plus bas": "the lowest month", "le mois le plus faible": "the lowest month",
    "le mois le plus élevé": "the highest month", "le plus bas": "the lowest", "la plus basse": "the lowest",
    "le plus faible": "the lowest", "la plus faible": "the lowest", "le plus élevé": "the highest",
    "la plus élevée": "the highest", "le plus haut": "the highest", "la plus haute": "the highest",
    "plus bas": "lowest", "plus haut": "highest", "plus élevé": "higher", "plus élevée": "higher",
    "plus faible": "lower", "jamais enregistré": "on record", "jamais enregistrée": "on record",
    "jamais enregistrés": "on record", "jamais enregistrées": "on record", "jamais vu": "ever seen",
    "depuis le début des relevés": "on record", "depuis le début de la série": "in the series",
    "de l'histoire": "in history", "le plus grand": "the largest", "la plus grande": "the largest",
    "le plus gros": "the biggest", "la plus grosse": "the biggest", "le plus important": "the largest",
    "la plus importante": "the largest", "le principal": "the top", "la principale": "the top",
    "plus grand": "larger", "plus grande": "larger", "plus gros": "bigger", "plus important": "larger",
    "plus importante": "larger", "au premier rang": "in first place", "au premier rang des": "the top",
    "au deuxième rang": "in second place", "au troisième rang": "in third place", "rang": "place",
    "réunis": "combined", "réunies": "combined", "combinés": "combined", "combinées": "combined",
    "cumulés": "combined", "cumulées": "combined", "à eux deux": "together", "ensemble": "together",
    "plus que": "more than", "davantage que": "more than", "autant que": "as much as", "loin devant": "well ahead of",
    "juste derrière": "just behind", "tous les autres pays": "every other country",
    "n'importe quel autre pays": "any other country", "tout autre pays": "any other country", "selon": "according to",
    "d'après": "according to", "pour la première fois": "for the first time",
}

#: short words read as French only in a sentence mostly in French
_SHORT: dict[str, str] = {
    "le": "the", "la": "the", "les": "the", "l'": "the", "un": "a", "une": "a", "de": "of", "d'": "of",
    "du": "of the", "des": "of the", "à": "to", "au": "to the", "aux": "to the", "en": "in", "et": "and", "ou": "or",
    "est": "is", "sont": "are", "était": "was", "étaient": "were", "a été": "was", "ont été": "were",
    "sera": "will be", "avec": "with", "pour": "for", "par": "by", "sur": "on", "dans": "in", "entre": "between",
    "vers": "to", "chez": "at", "sans": "without", "mais": "but", "plus": "more", "moins": "less", "aussi": "also",
    "seulement": "only", "qui": "which", "dont": "of which", "ce": "this", "cet": "this", "cette": "this",
    "ces": "these", "son": "its", "sa": "its", "ses": "its", "leur": "their", "leurs": "their", "notre": "our",
    "nos": "our", "nous": "we", "il": "it", "elle": "it", "ils": "they", "elles": "they", "on": "we", "y": "there",
    "a": "has", "ont": "have", "avait": "had", "avaient": "had", "n'est pas": "is not", "ne sont pas": "are not",
    "n'était pas": "was not", "n'a pas": "has not", "n'ont pas": "have not", "n'est que": "is only",
    "n'était que": "was only", "ne représente que": "accounts for only", "ne représentait que": "accounted for only",
    "devant": "ahead of", "derrière": "behind", "après": "after", "avant": "before", "tous": "all", "toutes": "all",
    "tout": "all", "chaque": "each", "grand": "large", "gros": "big", "nouveau": "new", "nouvelle": "new",
    "même": "same", "ici": "here", "aujourd'hui": "today", "maintenant": "now", "encore": "still", "déjà": "already",
    "an": "year", "ans": "years", "mois": "months", "la part": "the share", "part": "share", "parts": "shares",
    "contre": "versus", "soit": "or", "reste": "remains", "client": "customer", "clients": "customers",
    "historique": "record", "marché": "market", "deux": "two", "trois": "three", "quatre": "four", "cinq": "five",
    "six": "six", "sept": "seven", "huit": "eight", "neuf": "nine", "dix": "ten", "onze": "eleven", "douze": "twelve",
    "quinze": "fifteen", "vingt": "twenty", "trente": "thirty", "cent": "hundred", "mille": "thousand",
    "compte": "has", "comptait": "had", "celles": "those", "ceux": "those", "celle": "that", "celui": "that",
    "chiffre": "figure", "chiffres": "figures", "niveau": "level", "données": "data", "commerce": "trade",
    "principal": "top", "principale": "top", "principaux": "top", "parmi les": "among the", "parmi": "among",
    "sous": "below", "pis": "and", "puis": "then", "ça": "it", "lui": "it", "désormais": "now",
    "affaires": "business", "font": "do", "fait": "does", "semestre": "half", "nous autres": "us", "seul": "alone",
    "seule": "alone", "seuls": "alone", "total": "total", "totale": "total", "dollars": "dollars",
}


#: patterns with a reading that depends on the words around them: (pattern, reading, sentence mostly French)
_THEN: list[Rule] = [
    (r"(?:de|du)(?=\s+(?:19|20)\d\d\s+(?:à|au|jusqu['’]en)\s+(?:19|20)\d\d)", "from", False),
    (r"(?<=\d)\s+(?:à|au)(?=\s+(?:19|20)\d\d)", " to", False),
    (r"AF\s?(?=(?:19|20)?\d\d\b)", "FY", False),
    (_NATION_WORDS, _nation, False),
    (r"que(?=\s)|qu['’](?=\w)", _que, True),
]

_GLOSSARY = Glossary(_FIRST, _PHRASES, _THEN, _SHORT, opening_case=True)

#: any of the markers' letters: a text with none is not searched further
_FRENCH_LETTERS = re.compile(r"(?i)[èêçàùûîôœ]|\d\s?[GM]\$|É\.-U\.|"
                             r"\b(?:les?|des|du|aux?|pour|est|et|une|avec|dans|vers|milliards?)\b|\b[ld]['’]\w")

#: a text written from Canada, in French: "nos exportations vers les États-Unis", "nous avons vendu aux Américains"
CANADIAN_VOICE = re.compile(r"(?i)\b(?:nous|nos|notre)\b[^.!?\n]{0,80}\b(?:états-unis|américains|voisins\s+du\s+sud|"
                            r"sud\s+de\s+la\s+frontière|é\.-u\.)|\b(?:(?:états-unis|américains)\b|é\.-u\.)"
                            r"[^.!?\n]{0,80}\b(?:nous|nos)\b")


def is_french(text: str) -> bool:
    """Whether ``text`` is in French: three of the words only French writes, and more of them than of the words
    only Spanish writes."""
    if not _FRENCH_LETTERS.search(text):
        return False
    found = sum(1 for _ in _MARKER.finditer(text))
    spanish = sum(1 for _ in _SPANISH.finditer(text))
    # (two are enough in a short text with no Spanish and the articles French shares with it: "En 2024, le CBP a
    # saisi …")
    return found > spanish and (found >= 3 or found == 2 and not spanish and len(_SHARED.findall(text)) >= 2)


def as_english(text: str) -> tuple[str, Callable[..., int]] | None:
    """``text`` with its French words of trade and border statistics read in English, and the map of
    :func:`.glossary.reword` back to it; None when it has none."""
    french = sum(1 for _ in _MARKER.finditer(text)) + len(_SHARED.findall(text))
    return _GLOSSARY.read(text, french >= 2 and french > len(_ENGLISH.findall(text)))
