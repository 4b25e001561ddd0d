"""Spanish read as English: a text written in Spanish, or in Spanish and English by turns, is read by the
same patterns as an English one, with the words a claim turns on put into English first.

    >>> told, back = as_english("La Patrulla Fronteriza detuvo a 1.68 millones de personas en el año fiscal 2000.")
    >>> told
    'the Border Patrol apprehended 1.68 million people in the fiscal year 2000.'
    >>> back(len("the Border Patrol apprehended "))
    32

This is a glossary, not a translation: it knows the words of trade and border statistics ("mil millones",
"exportaciones", "la Patrulla Fronteriza", "decomisó", "año fiscal", the months, the partners' names) and
the little words around them, in the order a sentence about them is written. ``back`` maps an offset in
the English back to the text as written, so a claim's words are the Spanish ones.

A sentence mostly in Spanish has its short words read too ("a", "de", "en", "el", "que"); in a sentence
mostly in English they are English words, and only the unambiguous Spanish is read.
"""

from __future__ import annotations

from collections.abc import Callable

from . import recache as re
from .glossary import Glossary, Rule, reword

__all__ = ["is_spanish", "as_english"]


def _joined(forms: str) -> list[str]:
    """The forms of a verb, written one after another: a reflexive "se", an auxiliary "ha"/"han" and
    "continúa" belong to the word after them, as "a" and "en" to the word before."""
    out: list[str] = []
    for word in forms.split():
        if out and (out[-1] in ("se", "ha", "han", "se ha", "se han", "continúa", "continúan")
                    or word in ("a", "en", "como", "siendo")):
            out[-1] += " " + word
        else:
            out.append(word)
    return out


#: verbs of change and level in the tenses news and speeches use, read in the English past the claim reader
#: knows: headlines and briefs tell past figures in the present ("suben 4.5%": rose 4.5%), speeches in the
#: perfect ("han crecido": grew)
_VERBS = {
    "rose": "sube suben subía subían ha subido han subido aumenta aumentan aumentaba aumentaban ha aumentado "
            "han aumentado se eleva se elevan se elevó se elevaron avanza avanzan avanzó avanzaron repunta repuntan "
            "repuntó repuntaron se incrementa se incrementan se incrementó se incrementaron",
    "grew": "crece crecen crecía crecían ha crecido han crecido",
    "fell": "cae caen caía caían ha caído han caído baja bajan bajaba bajaban ha bajado han bajado disminuye "
            "disminuyen disminuía disminuían ha disminuido han disminuido se reduce se reducen se ha reducido "
            "se han reducido retrocede retroceden retrocedió retrocedieron desciende descienden descendieron "
            "se contrae se contraen se contrajo se contrajeron",
    "plunged": "se desploma se desploman", "soared": "se dispara se disparan",
    "doubled": "se duplica se duplican se han duplicado se ha duplicado",
    "tripled": "se triplica se triplican se han triplicado se ha triplicado",
    "totaled": "suma suman sumaba sumaban ha sumado han sumado totaliza totalizan totalizaron",
    "amounted to": "asciende a ascienden a ascendió a ascendieron a ascendía a ascendían a",
    "reached": "alcanza alcanzan alcanzaba alcanzaban ha alcanzado han alcanzado llega a llegan a",
    "recorded": "registra registran registraba registraban ha registrado han registrado",
    "accounted for": "concentra concentran concentró concentraron acapara acaparan acaparó acapararon",
    "remained": "se mantiene se mantienen se mantuvo se mantuvieron continúa siendo continúan siendo",
    "stood at": "se ubica en se ubican en se ubicó en se ubicaron en se sitúa en se sitúan en se situó en "
                "se situaron en",
    "ranked as": "se ubica como se ubicó como se coloca como se colocó como se sitúa como se situó como",
}
_VERB_FORMS = {form: english for english, forms in _VERBS.items() for form in _joined(forms)}
#: "duplica a China", "duplican las de sus siguientes mercados": a ratio, not a change
_RATIO_VERBS = {"duplica": "is double", "duplican": "are double", "triplica": "is triple", "triplican": "are triple",
                "cuadruplica": "is four times", "cuadruplican": "are four times"}

#: words only Spanish writes in lower case, accented words and Spanish names of partners: three in a text
#: make it Spanish ("Secretaría de Economía" in an English sentence does not)
_MARKER = re.compile(r"\b(?:los|las|del|que|según|años?|con|una|para|por|más|menos|entre|desde|Desde|Según|fue|"
                     r"fueron|el|nuestr[oa]s?|crecieron|cayeron|subieron|bajaron|aumentaron|disminuyeron|"
                     r"la|en|de|dólares|millones|mil|han|hay|son|pero|sin|sobre|cada|muy|como|también|sigue|siendo|"
                     r"mayor|menor|socios?|comerciales?|[Cc]omercio|exportaciones|importaciones|frontera|encuentros|"
                     r"detenciones|"
                     r"aprehensiones|decomis\w+|incaut\w+|cifra|libras|enero|febrero|marzo|abril|mayo|junio|julio|"
                     r"agosto|septiembre|octubre|noviembre|diciembre|ventas|compras|mmdd|mdd|mmd|anuales|mensuales|países|"
                     r"compra|compran|vende|venden|veces|dosis|letales|equivalen|"
                     + "|".join(form for form in _VERB_FORMS if " " not in form)
                     + r")\b|"
                     r"\b[a-záéíóúñ]\w*[áéíóúñ]\w*\b|\b(?:México|Canadá|Japón|Taiwán|Perú|Bélgica|España|Turquía|Unión)\b|"
                     r"\b(?:Los|Las|El|La|Del|En|Según)\s+(?=[a-záéíóúñ])")
_ENGLISH = re.compile(r"\b(?:the|of|and|to|in|was|were|is|are|than|from|with|that|by|for|its|their|our)\b",
                      re.IGNORECASE)
_YEAR = r"(?:19|20)\d\d\b"
_MONTHS = {"enero": "January", "febrero": "February", "marzo": "March", "abril": "April", "mayo": "May",
           "junio": "June", "julio": "July", "agosto": "August", "septiembre": "September",
           "setiembre": "September", "octubre": "October", "noviembre": "November", "diciembre": "December"}
#: the months as a note shortens them ("dic-23"), and in English
_SHORT_MONTH_EN = {"ene": "Jan", "feb": "Feb", "mar": "Mar", "abr": "Apr", "may": "May", "jun": "Jun", "jul": "Jul",
                   "ago": "Aug", "sep": "Sep", "oct": "Oct", "nov": "Nov", "dic": "Dec"}
_SHORT_MONTHS = "|".join(_SHORT_MONTH_EN)
_ORDINALS = {"primer": "first", "primero": "first", "primera": "first", "segundo": "second", "segunda": "second",
             "tercer": "third", "tercero": "third", "tercera": "third", "cuarto": "fourth", "cuarta": "fourth",
             "quinto": "fifth", "quinta": "fifth", "sexto": "sixth", "sexta": "sixth", "séptimo": "seventh",
             "séptima": "seventh", "octavo": "eighth", "octava": "eighth", "noveno": "ninth", "novena": "ninth",
             "décimo": "tenth", "décima": "tenth"}
#: an ordinal in figures: "1er", "3er", "5o", "2º", "4a", "10°"
_NTH_DIGITS = r"(?:10|[1-9])(?:er|ro|do|to|vo|no|mo|o|a|º|ª|°)"
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
#: a trading role a rank names: "el tercer proveedor", "el segundo mayor socio comercial", "el 4o país proveedor"
_ROLE = r"(?=\s+(?:mayor\s+|más\s+grande\s+)?(?:país\s+)?(?:socio|proveedor|mercado|destino|cliente|comprador|vendedor|exportador|" \
        r"importador|fuente|país\s+con\s+más\s+comercio)\b)"
_NATIONS = {"mexican": "Mexican", "canadiense": "Canadian", "chin": "Chinese", "japon": "Japanese",
            "alem": "German", "coreano": "Korean", "vietnamita": "Vietnamese", "estadounidense": "U.S."}

#: words read the same in any sentence: Spanish only, in phrases English does not write
_PHRASES: dict[str, str] = {
    **_VERB_FORMS,
    **_RATIO_VERBS,
    # comparisons, words and phrases of the statistics
    # (a part: "más de la quinta parte de lo que importaba Estados Unidos", "hoy anda en 13 por ciento")
    "la quinta parte": "a fifth", "la sexta parte": "a sixth", "la décima parte": "a tenth",
    "de lo que importaba estados unidos": "of U.S. imports", "de lo que importa estados unidos": "of U.S. imports",
    "de lo que importó estados unidos": "of U.S. imports", "de lo que exportaba estados unidos": "of U.S. exports",
    "de lo que exporta estados unidos": "of U.S. exports", "de lo que exportó estados unidos": "of U.S. exports",
    "anda en": "is about", "andaba en": "was about", "andan en": "are about",
    # "casi una vez y media el mexicano": one and a half times
    "una vez y media": "one and a half times",
    "su año más alto": "its highest year", "su año más bajo": "its lowest year", "su mes más alto": "its highest month",
    "su mes más bajo": "its lowest month",
    "el superávit más grande que tiene con un país": "the largest surplus it has with any country",
    "el déficit más grande que tiene con un país": "the largest deficit it has with any country",
    # (in a Mexican voice: the U.S. deficit with Mexico)
    "el déficit comercial de ellos con nosotros": "the U.S. trade deficit with Mexico",
    "el segundo país con el que tienen más déficit": "the second-largest deficit partner",
    "el segundo país con el que tiene más déficit": "the second-largest deficit partner",
    "alcanzaba para matar": "was enough to kill", "alcanza para matar": "is enough to kill",
    "alcanzaría para matar": "would be enough to kill",
    "a toda la población de estados unidos": "the entire U.S. population",
    "lo decomisado": "what was seized", "lo incautado": "what was seized",
    "tuvo": "had", "tuvieron": "had", "de ahí": "from there", "era de": "was", "eran de": "were",
    "menores al": "lower than the", "menores a": "lower than", "menor al": "lower than the", "menor a": "lower than",
    "mayores al": "higher than the", "mayores a": "higher than", "mayor al": "higher than the",
    "mayor a": "higher than", "inferiores al": "below the", "inferiores a": "below", "superiores al": "above the",
    "superiores a": "above", "por arriba del": "above the", "por arriba de": "above",
    "a/a": "year over year", "interanual": "year over year", "año con año": "year over year",
    "país": "country", "países": "countries", "ese país": "that country", "esos países": "those countries",
    "servicios": "services", "comercio de servicios": "services trade", "exportaciones totales": "total exports",
    "importaciones totales": "total imports", "totales": "total", "la suma de": "the sum of",
    "provenientes de": "from", "proveniente de": "from", "procedentes de": "from", "procedente de": "from",
    "sobredosis": "overdoses", "muertes por sobredosis": "overdose deaths", "murieron": "died", "muertes": "deaths",
    "mata a": "kills", "mató a": "killed", "matan a": "kill",
    "autoridades": "authorities", "baja california": "Baja California", "negocio": "business",
    "boletín": "bulletin", "informe": "report", "reporte": "report", "en relación con": "compared with",
    "en relación a": "compared with", "en relación al": "compared with the", "con relación a": "compared with",
    "con relación al": "compared with the",
    "saldo comercial": "trade balance", "saldo": "balance", "participación de mercado": "market share",
    "cuota de mercado": "market share", "tasa de crecimiento": "growth rate", "crecimiento": "growth",
    "caída": "drop", "descenso": "decline", "disminución": "decrease", "incremento": "increase", "alza": "increase",
    "repunte": "rebound", "contracción": "contraction", "variación anual": "annual change",
    "en el acumulado": "so far", "acumulado": "cumulative", "primer trimestre": "first quarter",
    "segundo trimestre": "second quarter", "tercer trimestre": "third quarter", "cuarto trimestre": "fourth quarter",
    "trimestre": "quarter", "semestre": "half", "el año pasado": "last year", "el año anterior": "the previous year",
    "hace un año": "a year earlier", "un año antes": "a year earlier", "el mismo periodo": "the same period",
    "el mismo período": "the same period", "respecto del": "compared with the", "en comparación con": "compared with",
    "comparado con": "compared with", "comparadas con": "compared with", "comparados con": "compared with",
    "cruces ilegales": "illegal crossings", "cruces irregulares": "illegal crossings",
    "indocumentados": "undocumented migrants", "migrantes indocumentados": "undocumented migrants",
    "expulsiones": "expulsions", "título 42": "Title 42", "título 8": "Title 8",
    "agentes fronterizos": "border agents", "agentes": "agents", "garitas": "ports of entry", "garita": "port of entry",
    "puertos fronterizos": "ports of entry", "puerto fronterizo": "port of entry", "aprehendidos": "apprehended",
    "aprehendidas": "apprehended", "detenidos": "apprehended", "detenidas": "apprehended",
    "interceptados": "intercepted", "arrestados": "arrested", "opioides": "opioids", "sintéticos": "synthetic",
    "pastillas": "pills", "droga": "drug", "drogas": "drugs", "estupefacientes": "narcotics",
    "autopartes": "auto parts", "automóviles": "automobiles", "vehículos": "vehicles", "petróleo": "petroleum",
    "soya": "soybeans", "acero": "steel", "aranceles": "tariffs", "arancel": "tariff", "manufacturas": "manufactures",
    "bienes intermedios": "intermediate goods", "cadenas de suministro": "supply chains",
    "relocalización": "nearshoring", "inversión": "investment", "ied": "FDI", "empleo": "employment",
    "trabajadores": "workers", "salarios": "wages", "población": "population", "por cabeza": "per head",
    "menos de la mitad": "less than half", "el cuádruple": "quadruple",
    "tres cuartas partes": "three quarters", "las tres cuartas partes": "three quarters",
    "uno de cada": "one in every", "una de cada": "one in every", "de cada": "of every",
    "ocupa el": "holds", "ocupó el": "held", "ocupa": "holds", "ocupó": "held", "encabeza": "leads", "encabezó": "led",
    "lidera": "leads", "lideró": "led", "un mínimo histórico": "an all-time low", "un máximo histórico": "an all-time high",
    "cifras oficiales": "official figures", "datos oficiales": "official data",
    # "Canadá representa para EU un negocio de más de 700 mmdd": what the partner is for the United States
    "representa para": "is, for",
    "del que se tiene registro": "on record", "de la que se tiene registro": "on record",
    "de que se tiene registro": "on record", "que se tiene registro": "on record",
    "el mayor número mensual": "the highest monthly number", "el menor número mensual": "the lowest monthly number",
    "la mayor cifra mensual": "the highest monthly figure", "estamos perdiendo": "we are losing",
    "perdiendo": "losing", "perdemos": "we lose", "dijo": "said", "toda la": "all the", "todo el": "all the",
    # amounts and units
    "mil millones de dólares": "billion dollars", "mil millones de dls": "billion dollars",
    "mil millones de": "billion", "mil millones": "billion", "mdd": "million dollars", "mmdd": "billion dollars",
    "mmd": "billion dollars", "bdd": "trillion dollars",
    "sólo por detrás del que mantiene con": "second only to the one with", "solo por detrás del que mantiene con":
    "second only to the one with", "sólo por detrás de": "second only to", "solo por detrás de": "second only to",
    "sólo detrás de": "second only to", "solo detrás de": "second only to", "por detrás de": "behind",
    "entre países": "among countries", "país destino": "destination", "país de destino": "destination",
    "del que mantiene con": "the one with", "del que registra con": "the one with",
    "que registra con": "that it has with", "que mantiene con": "that it has with", "que tiene con": "that it has with",
    "cualquier otro país": "any other country", "cualquier país": "any country",
    "el menor nivel mensual": "the lowest monthly level", "el menor nivel": "the lowest level",
    "la menor cifra mensual": "the lowest monthly figure", "la menor cifra": "the lowest figure",
    "el mayor nivel mensual": "the highest monthly level", "la mayor cifra": "the highest figure",
    "las menos desde": "the fewest since", "los menos desde": "the fewest since", "las más desde": "the most since",
    "los más desde": "the most since", "las más bajas desde": "the lowest since", "los más bajos desde": "the lowest since",
    # ("la cifra de detenciones más baja desde 1970": a noun between)
    "más baja desde": "lowest since", "más bajo desde": "lowest since", "más alta desde": "highest since",
    "más alto desde": "highest since",
    "nuestras exportaciones": "Mexico's exports", "nuestras importaciones": "Mexico's imports",
    "en lo que va del": "so far in the", "en lo que va de": "so far in", "en lo que va del año": "so far this year",
    "desde que hay registros": "on record", "desde que se tienen registros": "on record",
    "desde que existen registros": "on record", "desde que se publica la serie": "in the series",
    "desde que inició la serie": "in the series", "desde que comenzó la serie": "in the series",
    "no volvería a superarse sino hasta": "was not exceeded again until",
    "no se volvió a superar sino hasta": "was not exceeded again until",
    "no volvería a superarse hasta": "was not exceeded again until",
    "millones de dólares": "million dollars", "millones de": "million", "millón de": "million",
    "millones": "million", "millón": "million", "un millón de": "1 million", "el millón de": "1 million",
    "un millón": "1 million", "el millón": "1 million",
    "billones de dólares": "trillion dollars", "billones": "trillion", "billón": "trillion",
    "dólares": "dollars", "dólar": "dollar", "dls": "dollars", "dlls": "dollars", "por ciento": "percent",
    "puntos porcentuales": "percentage points", "punto porcentual": "percentage point", "libras": "pounds",
    "libra": "pound", "kilogramos": "kilograms",
    "kilogramo": "kilogram", "kilos": "kilograms", "toneladas": "metric tons",
    "tonelada": "metric ton", "miligramos": "milligrams",
    "miligramo": "milligram", "dosis letales": "lethal doses", "dosis letal": "lethal dose", "dosis": "doses",
    # hedges
    "poco más de": "just over", "poco menos de": "just under", "más de": "more than", "menos de": "less than",
    "más del": "more than", "menos del": "less than",
    # records and ranks
    "una cifra récord": "a record figure", "de la serie": "in the series",
    "máximo mensual": "monthly high", "mínimo mensual": "monthly low",
    "nivel anual más bajo": "lowest annual level", "nivel anual más alto": "highest annual level",
    # ("alcanzaron su máximo en 2022": their peak, unless the words go on, "su máximo histórico", "su máximo mensual")
    "alcanzaron su máximo": "reached their peak", "alcanzó su máximo": "reached its peak",
    **{f"{verb} su máximo {what}": f"reached its {english}" for verb in ("alcanzaron", "alcanzó", "tocaron", "tocó")
       for what, english in (("histórico", "all-time high"), ("mensual histórico", "all-time monthly high"),
                             ("mensual", "monthly high"))},
    "el país que más vende a": "the country that sells the most to",
    "el país que más le vende a": "the country that sells the most to",
    "el país que más compra a": "the country that buys the most from",
    "el país que más le compra a": "the country that buys the most from",
    "el país que más productos compra a": "the country that buys the most goods from",
    "el país que más productos le compra a": "the country that buys the most goods from",
    "el país que más bienes compra a": "the country that buys the most goods from",
    "países que más venden a": "countries that sell the most to",
    "países que más le venden a": "countries that sell the most to",
    "países que más compran a": "countries that buy the most from",
    "países que más le compran a": "countries that buy the most from",
    # "ya superan a las provenientes de Japón": exceed those from
    "superan a las provenientes de": "exceed those from", "superan a las procedentes de": "exceed those from",
    "supera a las provenientes de": "exceeds those from", "supera a las procedentes de": "exceeds those from",
    "superan a los provenientes de": "exceed those from", "superan a los procedentes de": "exceed those from",
    "cerca del": "nearly", "se ubicó": "stood at", "se ubica": "stands at", "se ubicaron": "stood at",
    "se ubican": "stand at",
    "el del valle del río grande": "the Rio Grande Valley sector", "valle del río grande": "Rio Grande Valley",
    "valle del rio grande": "Rio Grande Valley", "al quinto lugar": "to fifth place",
    "al cuarto lugar": "to fourth place",
    "al tercer lugar": "to third place", "al segundo lugar": "to second place", "al sexto lugar": "to sixth place",
    "encabezó la lista": "topped the list", "encabezaron la lista": "topped the list",
    "encabeza la lista": "tops the list", "encabezan la lista": "top the list",
    "originado en el propio": "originating in", "originado en": "originating in", "originada en": "originating in",
    "generado en": "produced in", "generada en": "produced in",
    "está entre los": "is among the", "están entre los": "are among the", "estaba entre los": "was among the",
    # "EE.UU. le compra más a México que a China": buys from
    "le compra más a": "buys more from", "le compran más a": "buy more from", "compra más a": "buys more from",
    "compran más a": "buy more from",
    "por cada habitante": "per resident", "por cada persona": "per person",
    "encabezaron": "led", "encabezan": "lead", "seguido por": "followed by", "seguido de": "followed by",
    "seguida por": "followed by", "seguida de": "followed by", "absorbió": "took", "absorbieron": "took",
    "absorbe": "takes", "absorben": "take", "en conjunto": "together", "déficit bilateral": "bilateral deficit",
    "superávit bilateral": "bilateral surplus", "el máximo mensual": "the highest monthly figure",
    "el mínimo mensual": "the lowest monthly figure",
    "cerca de": "nearly", "casi": "nearly", "alrededor de": "about", "aproximadamente": "approximately",
    "aprox.": "approx.", "unos": "about", "unas": "about", "apenas": "just", "al menos": "at least",
    "por lo menos": "at least", "superior a": "above", "inferior a": "below", "hasta": "up to",
    # ("casi el doble de pymes exportan a Canadá que a México": a count of firms, twice as many)
    **{f"{said} {firms}": f"{english} {firms_en}" for said, english in (
        ("el doble de", "twice as many"), ("el triple de", "three times as many"))
       for firms, firms_en in (("pymes", "SMEs"), ("empresas", "companies"), ("compañías", "companies"),
                               ("firmas", "firms"), ("exportadores", "exporters"), ("negocios", "businesses"))},
    # ("una reducción superior al 97 por ciento": a reduction of more than 97 percent)
    "superior al": "above", "inferior al": "below", "una reducción": "a reduction", "reducción": "reduction",
    **{f"{article}{change} {bound}":
       f"{('an ' if english[0] in 'aei' else 'a ') if article else ''}{english} of {more} than"
       for article in ("", "una ", "un ") for change, english in (
           ("reducción", "reduction"), ("caída", "drop"), ("baja", "drop"), ("disminución", "decrease"),
           ("aumento", "increase"), ("incremento", "increase"), ("alza", "increase"), ("crecimiento", "growth"))
       for bound, more in (("superior al", "more"), ("superior a", "more"), ("inferior al", "less"),
                           ("inferior a", "less"), ("mayor al", "more"), ("mayor a", "more"), ("menor al", "less"),
                           ("menor a", "less"))},
    "pasaron de": "went from", "pasó de": "went from", "pasan de": "go from", "pasa de": "goes from",
    "superaron los": "topped", "superaron las": "topped", "superaron el": "topped", "superó los": "topped",
    "superó las": "topped", "superó el": "topped", "superaron": "topped", "superó": "topped",
    "rebasaron los": "exceeded", "rebasaron las": "exceeded", "rebasó los": "exceeded", "rebasó las": "exceeded",
    "rebasaron": "exceeded", "rebasó": "exceeded", "sobrepasó": "exceeded", "sobrepasaron": "exceeded",
    # multiples
    "veces más": "times more", "veces menos": "times less", "veces": "times", "el doble": "double",
    "el triple": "triple", "la mitad": "half", "una cuarta parte": "a quarter", "la cuarta parte": "a quarter",
    "un cuarto": "a quarter", "un tercio": "a third", "la tercera parte": "a third", "una tercera parte": "a third",
    "se duplicó": "doubled", "se duplicaron": "doubled", "se triplicó": "tripled", "se triplicaron": "tripled",
    "se cuadruplicó": "quadrupled", "se cuadruplicaron": "quadrupled", "se quintuplicó": "quintupled",
    "se quintuplicaron": "quintupled", "al mes": "a month", "por mes": "per month",
    # places and partners
    "los estados unidos": "the United States", "estados unidos": "the United States", "ee.uu.": "the U.S.",
    "ee. uu.": "the U.S.", "eeuu": "the U.S.", "eua": "the U.S.", "méxico": "Mexico", "canadá": "Canada",
    "japón": "Japan", "alemania": "Germany", "corea del sur": "South Korea", "corea": "Korea",
    "países bajos": "the Netherlands", "holanda": "the Netherlands", "reino unido": "the United Kingdom",
    "francia": "France", "italia": "Italy", "taiwán": "Taiwan", "irlanda": "Ireland", "suiza": "Switzerland",
    "brasil": "Brazil", "bélgica": "Belgium", "españa": "Spain", "tailandia": "Thailand", "malasia": "Malaysia",
    "singapur": "Singapore", "filipinas": "the Philippines", "perú": "Peru", "arabia saudita": "Saudi Arabia",
    "rusia": "Russia", "turquía": "Turkey", "unión europea": "the European Union", "la ue": "the EU",
    "la unión europea": "the European Union", "los países bajos": "the Netherlands",
    "el reino unido": "the United Kingdom",
    "nuestro país": "Mexico", "nuestra nación": "Mexico", "los dos países": "the two countries",
    # (Spanish on this trade is Mexican: "el comercio entre los dos países" is Mexico's with the United States)
    "entre los dos países": "between Mexico and the United States",
    "entre ambos países": "between Mexico and the United States",
    "la frontera con estados unidos": "the southwest border", "la frontera con eu": "the southwest border",
    "ambos países": "both countries", "viene de": "comes from", "vienen de": "come from",
    "la frontera suroeste": "the southwest border", "frontera suroeste": "southwest border", "la frontera sur": "the southwest border",
    "la frontera con méxico": "the southwest border", "a nivel nacional": "nationwide",
    "la frontera con canadá": "the northern border", "el primer semestre de": "the first half of",
    "el segundo semestre de": "the second half of", "se dispararon": "soared", "se disparó": "soared",
    "un alza de": "an increase of", "respecto al ejercicio previo": "from the previous year",
    "respecto al año previo": "from the previous year", "respecto al año anterior": "from the previous year",
    "veces eso": "times that",
    "la frontera norte": "the northern border", "frontera norte": "northern border",
    "en todo el país": "nationwide", "a nivel país": "nationwide", "en todo estados unidos": "nationwide",
    "en todos los estados unidos": "nationwide",
    "compras al exterior": "imports", "compras externas": "imports", "ventas al exterior": "exports",
    "ventas externas": "exports", "frente al": "versus the", "frente a": "versus",
    "por sí solo": "alone", "por sí sola": "alone", "por si solo": "alone", "por si sola": "alone",
    "una caída de": "a drop of", "una baja de": "a drop of", "una reducción de": "a decrease of",
    "un aumento de": "an increase of", "un incremento de": "an increase of",
    "sus dos socios del t-mec": "its two USMCA partners", "sus socios del t-mec": "its USMCA partners",
    "socios del t-mec": "USMCA partners", "t-mec": "USMCA", "tmec": "USMCA", "tlcan": "NAFTA",
    # "desde la entrada en vigor del TLCAN": since NAFTA took effect (1994)
    "desde la entrada en vigor del tlcan": "since NAFTA took effect", "desde el tlcan": "since NAFTA",
    "desde que entró en vigor el tlcan": "since NAFTA took effect",
    "entre puertos de entrada": "between ports of entry",
    "entre puertos": "between ports", "en los puertos de entrada": "at ports of entry",
    "puertos de entrada": "ports of entry", "la patrulla fronteriza": "the Border Patrol",
    "los oficiales de los puertos de entrada": "the officers at the ports of entry",
    "los oficiales de los puertos": "the officers at the ports",
    "oficiales de los puertos de entrada": "officers at the ports of entry",
    "los oficiales de la ofo": "the OFO officers", "los oficiales de aduanas": "the officers at the ports",
    "patrulla fronteriza": "Border Patrol", "oficina de operaciones de campo": "Office of Field Operations",
    # trade
    "exportaciones de los estados unidos": "U.S. exports", "exportaciones de estados unidos": "U.S. exports",
    "exportaciones de ee.uu.": "U.S. exports", "importaciones de los estados unidos": "U.S. imports",
    "importaciones de estados unidos": "U.S. imports", "importaciones de ee.uu.": "U.S. imports",
    "exportaciones de eu": "U.S. exports", "importaciones de eu": "U.S. imports",
    "exportaciones de eua": "U.S. exports", "importaciones de eua": "U.S. imports",
    "compras de eu a": "U.S. purchases from", "compras de eua a": "U.S. purchases from", "ventas de eua a": "U.S. sales to",
    "compras de los estados unidos a": "U.S. purchases from", "ventas de eu a": "U.S. sales to",
    "ventas de los estados unidos a": "U.S. sales to", "contenido nacional": "domestic content",
    "incorporado": "embodied", "incorporada": "embodied", "territorio mexicano": "Mexican territory",
    "en territorio mexicano": "by Mexican authorities", "la secretaría de seguridad": "Mexico's security ministry",
    "secretaría de seguridad": "Mexico's security ministry", "el ejército mexicano": "Mexico's army",
    "el gobierno de méxico": "Mexico's government", "el gobierno mexicano": "the Mexican government",
    "aseguramiento": "seizure",
    # ("El récord de la Patrulla Fronteriza sigue siendo el del año fiscal 1986")
    "el récord de la patrulla fronteriza": "the Border Patrol's record", "sigue siendo el del": "remains that of the",
    # ("la Defensa informó el aseguramiento de más de una tonelada de fentanilo": the Mexican army's)
    "la defensa informó": "Mexico's army reported", "la sedena": "Mexico's army", "la semar": "Mexico's navy",
    "la marina": "Mexico's navy", "la guardia nacional": "Mexico's national guard",
    "una tonelada": "one metric ton", "media tonelada": "half a metric ton", "medio kilo": "half a kilogram",
    "medio kilogramo": "half a kilogram", "un kilo": "one kilogram", "un kilogramo": "one kilogram",
    "puro": "pure", "pura": "pure",
    # ("…, menos de la mitad que el año anterior": a change on the year before)
    "menos de la mitad que el año anterior": "less than half of the previous year",
    # ("Del Río fue el sector número uno en detenciones")
    "el sector número uno": "the number one sector", "el sector número dos": "the number two sector",
    "el sector número tres": "the number three sector", "el sector número 1": "the number one sector",
    # ("el socio comercial número uno de EU")
    **{f"el {role} número {n}": f"the number {word} {english}"
       for role, english in (("socio comercial", "trading partner"), ("socio", "partner"), ("cliente", "customer"),
                             ("proveedor", "supplier"), ("mercado", "market"))
       for n, word in (("uno", "one"), ("dos", "two"), ("tres", "three"), ("1", "one"), ("2", "two"), ("3", "three"))},
    # ("ya rozan los 480 mil millones": nearly)
    "rozan los": "nearly", "roza los": "nearly", "rozaron los": "nearly", "rozó los": "nearly", "rozan": "nearly",
    "roza": "nearly",
    # ("las compras a China": what is bought from China)
    "las compras a": "the purchases from", "compras a": "purchases from",
    "antes del": "before the", "tenía": "had", "tenían": "had",
    # (a chat's words: "el país que más comercia con los gringos", "entre lo que va y lo que viene", "el más cargado",
    # "lo más bajo desde que tienen registro", "contando los de las garitas")
    "el país que más comercia con": "the top trading partner of", "entre lo que va y lo que viene": "in two-way trade",
    "el más cargado": "the busiest", "más cargado": "busiest",
    "contando los de las garitas": "including the ports of entry",
    # ("le vendía más a México de lo que le compraba": than it bought)
    **{f"de lo que le {verb}": f"than it {english}"
       for verb, english in (("compraba", "bought"), ("compra", "buys"), ("compró", "bought"), ("vendía", "sold"),
                             ("vende", "sells"), ("vendió", "sold"))},
    # (a note's words: "la frontera SW", "promediaron ~10.6K/mes", "FY23 fue el pico")
    "la frontera sw": "the SW border", "frontera sw": "SW border", "promediaron": "averaged", "promedió": "averaged",
    "promedian": "average", "promedia": "averages", "el pico": "the peak",
    "rondaron los": "about", "rondaron las": "about", "rondó los": "about", "rondó las": "about",
    "rondaron": "about",
    "rondó": "about", "ronda los": "about", "ronda": "about", "rondan los": "run about", "rondan las": "run about",
    "rondan": "run about", "rondaba": "ran about", "rondaban": "ran about", "siguientes": "next", "mayor que": "larger than",
    "menor que": "smaller than", "más que": "more than", "menos que": "less than", "socio": "partner",
    "socios": "partners", "sigue siendo": "remains", "siguen siendo": "remain",
    "conserva el título de": "remains the",
    "mantiene el título de": "remains the", "desplazó a": "overtook", "desplazaron a": "overtook",
    "superó a": "overtook", "rebasó a": "overtook", "desplaza a": "overtakes", "desplazan a": "overtake",
    "desbanca a": "overtakes", "tocaron": "hit", "tocó": "hit",
    "que exporta eu": "of U.S. exports", "que exportan los estados unidos": "of U.S. exports",
    "que exporta estados unidos": "of U.S. exports", "tiene como destino": "goes to",
    "tienen como destino": "go to",
    "hubo": "there were", "reportó": "reported", "reportaron": "reported", "contabilizó": "counted",
    "contabilizaron": "counted", "informó": "reported", "adquirió": "bought", "adquirieron": "bought",
    "por encima de": "above",
    "por debajo de": "below", "la cifra más alta registrada": "the highest figure on record",
    "la cifra más baja registrada": "the lowest figure on record",
    "importaciones desde": "imports from",
    "importaciones de": "imports from", "importaron de": "imported from", "importaban de": "imported from",
    "importó de": "imported from", "importa de": "imports from", "importan de": "import from",
    "compraron a": "bought from", "compró a": "bought from", "compran a": "buy from",
    "compra a": "buys from", "un intercambio": "two-way trade", "intercambio": "two-way trade",
    "le vende a": "sells to", "le venden a": "sell to", "le vendió a": "sold to", "le vendieron a": "sold to",
    "le compra a": "buys from", "le compran a": "buy from", "le compró a": "bought from",
    "valor agregado propio": "domestic value added", "valor añadido propio": "domestic value added",
    "le compraba a": "bought from", "le compraban a": "bought from", "le vendía a": "sold to",
    "le vendían a": "sold to", "compraba a": "bought from", "compraban a": "bought from",
    "exportaciones": "exports", "exportación": "export", "importaciones": "imports", "importación": "import",
    "exportó": "exported", "exportaron": "exported", "exporta": "exports", "exportan": "export",
    "exportaban": "exported", "importó": "imported", "importaron": "imported", "importa": "imports",
    "importan": "import", "importaban": "imported", "importaba": "imported", "exportaba": "exported",
    "compró": "bought", "compraron": "bought", "compraba": "bought", "compraban": "bought",
    "vendía": "sold", "vendían": "sold",
    "compra": "buys", "compran": "buy", "compras": "purchases", "vendió": "sold", "vendieron": "sold",
    "vende": "sells", "venden": "sell", "ventas": "sales", "envió": "shipped", "enviaron": "shipped",
    "envíos": "shipments", "comercio bilateral": "two-way trade", "intercambio comercial": "two-way trade",
    "comercio total": "total trade", "comercio": "trade", "balanza comercial": "trade balance",
    "déficit comercial": "trade deficit", "superávit comercial": "trade surplus", "déficit": "deficit",
    "superávit": "surplus", "socio comercial": "trading partner", "socios comerciales": "trading partners",
    "proveedor": "supplier", "proveedores": "suppliers", "mercado": "market", "mercados": "markets",
    "destino": "destination", "cliente": "customer", "comprador": "buyer", "compradores": "buyers",
    "participación": "share", "productos": "goods", "bienes": "goods", "mercancías": "goods",
    "pequeñas y medianas empresas": "small and medium-sized businesses", "pymes": "SMEs", "empresas": "firms",
    "empresas pequeñas y medianas": "small and medium-sized firms", "firmas": "firms",
    "firmas pequeñas y medianas": "small and medium-sized firms", "maíz": "corn", "diferencia": "difference",
    "valor agregado": "value added", "valor añadido": "value added", "contenido": "content",
    "insumos": "inputs", "inversión extranjera directa": "foreign direct investment", "remesas": "remittances",
    "empleos": "jobs", "habitantes": "residents", "por persona": "per person", "por habitante": "per resident",
    "per cápita": "per capita", "cada mexicano": "each Mexican", "cada canadiense": "each Canadian",
    # change and level
    "cayó": "fell", "cayeron": "fell", "bajó": "fell", "bajaron": "fell", "disminuyó": "fell",
    "disminuyeron": "fell", "se redujo": "fell", "se redujeron": "fell", "descendió": "fell",
    "subió": "rose", "subieron": "rose", "aumentó": "rose", "aumentaron": "rose", "creció": "grew",
    "crecieron": "grew", "registró": "recorded", "registraron": "recorded", "alcanzó": "reached",
    "alcanzaron": "reached", "llegó a": "reached", "llegaron a": "reached", "sumó": "totaled",
    "sumaron": "totaled", "totalizó": "totaled", "representó": "accounted for", "representa": "accounts for",
    "representaba": "accounted for", "representaban": "accounted for",
    "representaron": "accounted for", "equivalía a": "was equivalent to", "equivale a": "is equivalent to",
    "equivalen a": "are equivalent to", "récord": "record", "máximo histórico": "all-time high",
    "mínimo histórico": "all-time low", "el mes más bajo": "the lowest month",
    # "el mes más bajo de su registro", "el más grande de la historia": on record
    "de su registro": "on record", "alcanza para": "is enough for", "alcanzaría para": "would be enough for",
    "medio millón de": "half a million", "el sector con más": "the sector with the most",
    "de la historia": "in history", "el más grande": "the largest", "la más grande": "the largest",
    "el mes más alto": "the highest month",
    "el año más bajo": "the lowest year", "el año más alto": "the highest year",
    "el nivel más bajo": "the lowest level",
    "el nivel más alto": "the highest level", "la cifra más baja": "the lowest figure",
    "el saldo negativo más elevado": "the largest", "el déficit más elevado": "the largest",
    "el saldo positivo más elevado": "the largest", "el superávit más elevado": "the largest",
    "un máximo histórico para un mes": "an all-time monthly high", "se amplió": "widened",
    "se ampliaron": "widened",
    # "la cifra tocó su nivel más bajo en la serie", "fueron los más bajos de la serie", "marcó el récord mensual"
    "su nivel más bajo": "its lowest level", "su nivel más alto": "its highest level",
    "los más bajos": "the lowest", "las más bajas": "the lowest", "los más altos": "the highest",
    "las más altas": "the highest", "en la serie": "in the series", "la cifra": "the figure",
    "el récord mensual": "the monthly record",
    "la cifra más alta": "the highest figure", "el más bajo": "the lowest", "la más baja": "the lowest",
    "el más alto": "the highest", "la más alta": "the highest", "por primera vez": "for the first time",
    "la cifra mensual más alta": "the highest monthly figure", "la cifra mensual más baja": "the lowest monthly figure",
    "de la que se tenga registro": "on record", "del que se tenga registro": "on record",
    "desde que se tiene registro": "on record", "que se ha registrado": "on record", "que se han registrado": "on record",
    "un máximo desde que se tiene registro": "a record high", "más que nunca": "more than ever",
    "las menores desde": "the lowest since", "los menores desde": "the lowest since", "la menor desde": "the lowest since",
    "el menor desde": "the lowest since", "lo más bajo desde": "the lowest since", "lo más alto desde": "the highest since",
    "el más amplio": "the largest", "la más amplia": "the largest", "el peor mes": "the worst month",
    "se han desplomado": "have plunged", "se desplomaron": "plunged", "se desplomó": "plunged",
    "el gigante asiático": "China", "al gigante asiático": "to China",
    "de que se tenga registro": "on record", "una cifra sin precedentes": "a record high",
    "un nivel sin precedentes": "a record high", "sin precedentes": "unprecedented",
    "en cualquier otro año": "in any other year", "cualquier otro año": "any other year",
    "el sector más activo": "the busiest sector", "el más activo": "the busiest",
    "entre los destinos de exportación": "among export markets", "destinos de exportación": "export markets",
    "el sector más caliente": "the busiest sector", "el más caliente": "the busiest",
    # "casi 840 mil millones de dólares entre lo que compra y lo que vende": two-way trade
    "entre lo que compra y lo que vende": "in two-way trade", "entre lo que vende y lo que compra": "in two-way trade",
    "sumando lo que compra y lo que vende": "in two-way trade",
    "el más transitado": "the busiest", "la más transitada": "the busiest", "el más concurrido": "the busiest",
    "el de mayor actividad": "the busiest", "el de más actividad": "the busiest", "el con más actividad":
    "the busiest", "más transitado": "busiest", "más concurrido": "busiest", "de mayor actividad": "busiest",
    "desde que hay registro": "on record", "desde que existe registro": "on record",
    # "el sector más transitado fue Tucson", "el sector de El Paso fue el de más detenciones"
    "el sector más transitado": "the busiest sector",
    "el sector con más detenciones": "the sector with the most apprehensions",
    "el de más detenciones": "the one with the most apprehensions",
    "el que más detenciones tiene": "the one with the most apprehensions",
    "el que más detenciones registra": "the one with the most apprehensions",
    "el que más detenciones registró": "the one with the most apprehensions",
    "tocaron techo": "peaked", "tocó techo": "peaked", "muertos por": "deaths from",
    # slang: "las exportaciones gringas", "la mota", "le había ganado a Canadá"
    "exportaciones gringas": "U.S. exports", "importaciones gringas": "U.S. imports", "los gringos": "the Americans",
    "gringos": "Americans", "gringas": "American", "gringo": "American", "la mota": "marijuana", "mota": "marijuana",
    "le había ganado a": "had overtaken", "le ganó a": "overtook", "le ganaron a": "overtook",
    "el que más le compra a": "the biggest buyer from", "el que más le vende a": "the biggest supplier of",
    "el país con el que más comercian": "the top trading partner of",
    "el país con el que más comercia": "the top trading partner of",
    "comercio eeuu-méxico": "U.S.-Mexico trade", "comercio eu-méxico": "U.S.-Mexico trade",
    "comercio méxico-eeuu": "Mexico-U.S. trade", "comercio méxico-eu": "Mexico-U.S. trade",
    "abajo de": "below", "quedó detrás de": "fell behind",
    "nivel mensual más bajo": "lowest monthly level", "nivel mensual más alto": "highest monthly level",
    "el menor número de": "the fewest", "el mayor número de": "the most",
    "el de mayor número de": "the one with the most", "el de menor número de": "the one with the fewest",
    "el peor año": "the worst year",
    "su peor año": "its worst year", "su mejor año": "its best year",
    "desbancó a": "overtook", "desbancaron a": "overtook", "nos vende": "sells Mexico", "nos venden": "sell Mexico",
    "nos vendía": "sold Mexico", "nos vendían": "sold Mexico", "nos compra": "buys from Mexico",
    "nos compran": "buy from Mexico", "nos compraba": "bought from Mexico", "nos compraban": "bought from Mexico",
    "supera los": "tops", "supera las": "tops", "superan los": "top", "superan las": "top", "supera": "tops",
    "superan": "top", "respecto a": "compared with", "respecto al": "compared with the",
    "con respecto a": "compared with", "con respecto al": "compared with the", "por debajo del": "below the",
    "por encima del": "above the", "su frontera sur": "its southwest border", "frontera sur": "southwest border",
    "nuestra frontera norte": "the southwest border", "centavos": "cents", "centavo": "cent",
    "comercio de mercancías": "trade in goods", "esa cifra": "that figure", "otro": "another",
    "millones de mexicanos": "million people", "hoy es": "today it is", "en el mundo": "in the world",
    "valor agregado doméstico": "domestic value added", "valor agregado nacional": "domestic value added",
    "del valor de": "of the value of", "ya solo": "now only", "ya sólo": "now only", "mayores que": "higher than",
    "menores que": "lower than",
    "pasa los": "tops", "pasan los": "top", "pasó los": "topped", "pasaron los": "topped",
    "sitio": "place",
    "ventas por": "sales of", "compras por": "purchases of", "exportaciones por": "exports of",
    "importaciones por": "imports of", "es decir": "that is", "estuvieron": "were", "país con más comercio con": "trading partner of",
    "país con más comercio": "trading partner",
    "de toda la frontera":
    "on the whole border", "del país": "in the country",
    "hace negocios con": "does business with", "hacen negocios con": "do business with",
    "a la unión americana": "to the United States", "la unión americana": "the United States",
    "de la unión americana": "of the United States", "hacia méxico": "to Mexico",
    "hacia canadá": "to Canada", "hacia china": "to China", "hacia estados unidos": "to the United States",
    "hacia eu": "to the U.S.", "hacia eua": "to the U.S.", "mientras que": "while",
    "en el mismo lapso": "over the same period",
    "hace negocios por": "does business worth", "hacen negocios por": "do business worth",
    "los negocios de": "the business of", "negocios con": "business with",
    "superaron por primera vez": "for the first time topped", "superó por primera vez": "for the first time topped",
    "se han multiplicado por": "have grown by a factor of", "se ha multiplicado por": "has grown by a factor of",
    "se multiplicaron por": "grew by a factor of", "se multiplicó por": "grew by a factor of",
    "se había multiplicado por": "had grown by a factor of", "se habían multiplicado por": "had grown by a factor of",
    "se multiplicaron": "multiplied", "se multiplicó": "multiplied", "después de": "after",
    # "desde entonces se ha multiplicado más de nueve veces": since then, has multiplied
    "se ha multiplicado": "has multiplied", "se han multiplicado": "have multiplied",
    "se había multiplicado": "had multiplied", "desde entonces": "since then",
    # "el de origen chino lo superaba en 45%": exceeded it by; "las importaciones que EE.UU. realiza desde México"
    "lo superaba en": "exceeded it by", "lo superó en": "exceeded it by", "lo supera en": "exceeds it by",
    "la superaba en": "exceeded it by", "la superó en": "exceeded it by", "la supera en": "exceeds it by",
    "el de origen chino": "the Chinese", "el de origen mexicano": "the Mexican",
    "el de origen canadiense": "the Canadian",
    "que ee.uu. realiza desde": "from", "que estados unidos realiza desde": "from", "que eu realiza desde": "from",
    "en las procedentes de": "in those from", "en los procedentes de": "in those from",
    "el máximo de": "the peak of",
    "año récord": "record year", "mes récord": "record month", "cifra récord": "a record figure",
    "la cifra récord": "the record figure",
    "nivel récord": "record level", "récord histórico": "all-time record", "se alcanzó": "was reached",
    "máximo mensual histórico": "all-time monthly high", "mínimo mensual histórico": "all-time monthly low",
    "récord mensual": "monthly record", "récord anual": "annual record",
    "un récord mensual": "a monthly record", "un récord anual": "an annual record",
    "el máximo anual de la serie": "the highest annual total on record", "máximo de la serie": "series high",
    "mínimo de la serie": "series low",
    "el mes con más": "the month with the most", "el mes con menos": "the month with the fewest",
    "el año con más": "the year with the most", "el año con menos": "the year with the fewest",
    "nivel más bajo": "lowest level", "nivel más alto": "highest level", "más alta registrada": "highest on record",
    "más alto registrado": "highest on record", "más baja registrada": "lowest on record",
    "más bajo registrado": "lowest on record", "fue récord": "was a record", "fue un récord": "was a record",
    "un récord": "a record", "nuevo récord": "new record", "gastan": "spend", "gastaron": "spent",
    "gasta": "spends",
    "gastó": "spent", "el doble del": "double the", "el triple del": "triple the", "el doble de": "double",
    "fue de": "was", "fueron de": "were", "hizo": "made", "realizó": "made", "realizaron": "made",
    "quedó en": "came in", "por su parte": "for its part", "por cada": "per",
    # "Por cada dólar que EUA importa de México, alrededor de 40 centavos corresponden a contenido estadounidense"
    "por cada dólar": "for every dollar", "corresponden a": "correspond to", "corresponde a": "corresponds to",
    # "equivalen a más del doble de sus exportaciones a China"
    "más del doble de": "more than double", "más del doble": "more than double",
    "más del triple de": "more than triple", "más del triple": "more than triple",
    "frontera": "border", "fronteras": "borders", "lugar": "place",
    # border and drugs
    "encuentros": "encounters", "encuentro": "encounter", "aprehensiones": "apprehensions",
    "detenciones": "apprehensions", "detuvo a": "apprehended", "detuvieron a": "apprehended",
    "arrestos": "arrests", "cruces": "crossings", "migrantes": "migrants", "personas": "people",
    "fentanilo": "fentanyl", "metanfetaminas": "methamphetamine", "metanfetamina": "methamphetamine",
    "cocaína": "cocaine", "heroína": "heroin", "mariguana": "marijuana", "marihuana": "marijuana",
    "decomisó": "seized", "decomisaron": "seized", "incautó": "seized", "incautaron": "seized",
    "aseguró": "seized", "aseguraron": "seized", "decomisos": "seizures", "incautaciones": "seizures",
    "aseguramientos": "seizures", "decomisada": "seized", "decomisadas": "seized", "decomisado": "seized",
    "decomisados": "seized", "incautada": "seized", "incautadas": "seized", "incautado": "seized",
    "incautados": "seized",
    # periods
    "año fiscal": "fiscal year", "años fiscales": "fiscal years", "ejercicio fiscal": "fiscal year",
    # ("en el fiscal 2025": a fiscal year named without "año")
    "el fiscal": "fiscal", "del fiscal": "of fiscal", "al fiscal": "to fiscal",
    "año calendario": "calendar year", "año natural": "calendar year", "en promedio": "on average",
    "promedio mensual": "monthly average", "promedio": "average", "cada año": "each year", "al año": "a year",
    "anuales": "annual", "anual": "annual", "mensuales": "monthly", "mensual": "monthly", "según": "according to",
}

#: short words read as Spanish only in a sentence mostly in Spanish
_SHORT: dict[str, str] = {
    "en": "in", "y": "and", "o": "or", "es": "is", "son": "are", "fue": "was", "fueron": "were", "era": "was",
    "eran": "were", "ha": "has", "han": "have", "del": "of the", "al": "to the", "con": "with", "por": "by",
    "para": "for", "entre": "between", "sobre": "on", "ya": "already", "solo": "only", "sólo": "only",
    "también": "also", "ahora": "now", "pero": "but", "más": "more", "menos": "less", "mayor": "largest",
    "menor": "smallest", "año": "year", "años": "years", "mes": "month", "meses": "months", "mil": "thousand",
    "lo que": "what", "principal": "top", "cada": "each", "todo": "all", "todos": "all", "juntos": "together",
    "combinados": "combined", "combinadas": "combined", "le": "it", "un": "a", "está": "is", "están": "are",
    "estuvo": "was", "había": "had", "habían": "had", "número": "number", "proporción": "share", "hoy": "today",
    "de lo que": "what", "el de": "that of", "la de": "that of", "los de": "those of", "las de": "those of",
    "contra": "versus", "además": "also",
    "marcó": "marked", "cuando": "when", "como": "as", "su": "its", "sus": "its", "puesto": "place",
}


def _month(m: re.Match, text: str) -> str:
    month = _MONTHS[m.group("month").lower()]
    if m.group(0)[:2].lower() == "de" and re.match(rf"\s+(?:de\s+|del\s+)?{_YEAR}\s+(?:a|al|hasta)\s", text[m.end():]):
        return "from " + month   # "de octubre de 2021 a septiembre de 2024"
    return month


def _ordinal(m: re.Match, text: str) -> str:
    said = m.group("nth").lower()
    nth = _ORDINALS[said] if said in _ORDINALS else _ORDINAL_WORDS[int(re.match(r"\d+", said)[0]) - 1]
    if m.group("biggest") or m.group("place") is not None:
        nth = "top" if nth == "first" else nth + "-largest"
        if not re.search(r"(?i)\b(?:el|la|los|las|su|sus|como|nuestro|nuestra|un|una|del|al)\s+$", text[:m.start()]):
            return "the " + nth   # "Canadá, 1er destino de …": a headline's rank without its article
    return nth


def _part_of_year(m: re.Match, _text: str) -> str:
    part, half = int(m.group("part")), m.group("half_or_quarter").upper() == "S"
    if half and part > 2:
        return m.group(0)
    return f"the {_ORDINAL_WORDS[part - 1]} {'half' if half else 'quarter'} of 20{m.group('part_of')}"


def _thousands(m: re.Match, _text: str) -> str:
    """"96 mil 37" is 96,037, "1 millón 28 mil" 1,028,000."""
    mill = m.group("mill") or "0"
    value = (1 if mill.lower() == "un" else int(mill)) * 1_000_000 + int(m.group("thou") or 1) * 1_000 \
        + int(m.group("rest") or 0)
    return f"{value:,}"


def _nation(m: re.Match, _text: str) -> str:
    said = m.group(0).lower()
    nation = next(v for k, v in _NATIONS.items() if said.startswith(k))
    return nation if nation == "U.S." or not said.endswith("s") else nation + ("" if nation.endswith("ese") else "s")


#: nouns a nationality follows in Spanish ("compradores mexicanos": Mexican buyers)
_NOUNS = {"compradores": "buyers", "consumidores": "consumers", "empresas": "firms", "firmas": "firms",
          "autoridades": "authorities", "productos": "goods", "bienes": "goods", "mercancías": "goods",
          "exportaciones": "exports", "importaciones": "imports", "contenido": "content",
          "valor agregado": "value added", "valor añadido": "value added", "insumos": "inputs",
          "componentes": "components", "ventas": "sales", "compras": "purchases", "exportadores": "exporters",
          "pequeñas y medianas empresas": "small and medium-sized businesses", "pymes": "SMEs"}


def _noun_nation(m: re.Match, _text: str) -> str:
    nation = next(v for k, v in _NATIONS.items() if m.group("nat").lower().startswith(k))
    return f"{nation} {_NOUNS[' '.join(m.group('noun').lower().split())]}"


def _que(m: re.Match, text: str) -> str:
    # "más … que", "el triple que": than; otherwise a relative "that"
    clause = re.split(r"[,;:]", text[:m.start()])[-1]
    return "than" if re.search(r"(?i)\b(?:más|menos|mayor|menor|veces|doble|triple|more|less|larger|bigger|higher|lower)\b", clause) \
        else "that"


#: the hedge before a figure: "a menos de 13%", "a casi 8 mil"
_HEDGED = r"(?:(?:menos|más|poco\s+más|poco\s+menos|cerca|alrededor)\s+de\s+|casi\s+|unos?\s+|unas\s+|apenas\s+)?"


def _de(m: re.Match, text: str) -> str:
    # "de 2017 a 2024", "bajó de 21.6% … a 11.4%", "más que de México": from; otherwise "of"
    ahead = text[m.end():m.end() + 60]
    if re.search(r"(?i)\b(?:que|than)\s+$", text[:m.start()]):
        return "from"
    return "from" if re.match(rf"\s+(?:US)?\$?\d[\d.,]*[^.;]{{0,40}}?\s+a\s+{_HEDGED}(?:US)?\$?\d", ahead) else "of"


def _articles(m: re.Match, text: str) -> str:
    if re.match(r"\s+(?:(?:19|20)\d\d\b|dos\s+mil\b|mil\s+novecientos\b)", text[m.end():]):
        return ""   # "en el 2024", "en el dos mil diecisiete": in 2024, in 2017
    return "The" if m.group(0)[0].isupper() else "the"


_NATION_WORDS = r"(?:mexican[oa]s?|canadienses?|chinos?|japon(?:[eé]s|eses|esa|esas)|alem[aá]n(?:es|a|as)?|coreanos?|" \
                r"vietnamitas?|estadounidenses?)"
#: patterns with a reading that depends on the words around them: (pattern, reading, sentence mostly Spanish)
_PATTERNS: list[Rule] = [
    (r"(?:de\s+)?(?P<month>" + "|".join(_MONTHS) + rf")(?:\s+(?:de|del)(?=\s+{_YEAR}))?", _month, False),
    (r"(?P<nth>" + "|".join(_ORDINALS) + "|" + _NTH_DIGITS + r")(?P<biggest>\s+(?:mayor|más\s+(?:grande|abultado|abultada|alto|alta|amplio|amplia)))?" + f"(?P<place>{_ROLE})?",
     _ordinal, False),
    (r"AF\s?(?=(?:19|20)?\d\d\b)", "FY", False),
    # "1S25", "2T24": a half or a quarter (semestre, trimestre) of a year, as briefs abbreviate them
    (r"(?P<part>[1-4])(?P<half_or_quarter>[ST])(?P<part_of>\d\d)", _part_of_year, False),
    # "EU" in Spanish is the United States (the European Union is "UE")
    (r"(?-i:EU|E\.U\.)", "the U.S.", True),
    (_NATION_WORDS, _nation, False),
    (r"(?<![\w/])(?:el|la|los|las)(?!\s+(?:Paso|Angeles|Ángeles|Vegas|Salvador|Cruces|Laredo)\b)(?![\w/])", _articles,
     True),
    (r"que", _que, True),
    (r"de", _de, True),
    # (not "a quarter", "a year": English in a Spanish sentence)
    (r"a(?=\s+(?:(?-i:[A-ZÁÉÍÓÚ])|\$|US\$|\d|(?:menos|más|cerca|alrededor)\s+de\s+\$?\d|casi\s+\$?\d|la\b|las\b|los\b|el\b|un\b|una\b|nuestro|sus?\b|(?:"
     + "|".join(_MONTHS) + r")\b))", "to", True),
    # ("desde el año fiscal 2019")
    (r"desde(?=\s+(?:(?:el|la)\s+)?(?:\w+\s+){0,2}(?:19|20)\d\d)", "since", True),
    (r"desde", "from", True),
]


#: "48 mil 713", "45 mil 480 millones", "mil 100 libras", "96 mil 37", "1 millón 28 mil": Mexican usage for 48,713,
#: 45,480 million, 1,100, 96,037 and 1,028,000 (tried before the phrases, which would read "mil" alone)
_THOUSANDS = r"(?:(?P<mill>\d{1,3}|un)\s+mill(?:ón|ones)\s+(?=\d{1,3}\s+mil\b))?(?:(?<![.,])(?P<thou>\d{1,3})\s+|(?<!\d\s))mil(?:\s+(?P<rest>\d{1,3})(?!\d|[.,]\d)|(?=\s+(?!(?:millones|mdd|md)\b)[^\d\s])(?<=\d\smil)(?P<none>))"
_UNITS = {"un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
          "nueve": 9}
_TEENS = {"diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16,
          "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21,
          "veintiún": 21, "veintiuna": 21, "veintidós": 22, "veintidos": 22, "veintitrés": 23, "veintitres": 23,
          "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26, "veintiseis": 26, "veintisiete": 27,
          "veintiocho": 28, "veintinueve": 29}
_TENS = {"treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90}
_HUNDREDS = {"cien": 100, "ciento": 100, "doscientos": 200, "trescientos": 300, "cuatrocientos": 400,
             "quinientos": 500, "seiscientos": 600, "setecientos": 700, "ochocientos": 800, "novecientos": 900}
_HUNDREDS.update({k[:-2] + "as": v for k, v in _HUNDREDS.items() if k.endswith("os")})


def _alt(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_BELOW_100 = rf"(?:(?:{_alt(_TENS)})(?:\s+y\s+(?:{_alt(_UNITS)}))?|{_alt(_TEENS)}|{_alt(_UNITS)})"
_BELOW_1000 = rf"(?:(?:{_alt(_HUNDREDS)})(?:\s+{_BELOW_100})?|{_BELOW_100})"
#: a number in Spanish words: "trescientos treinta y cuatro", "dos mil diecisiete", "mil quinientas" (not "un"
#: or "una" alone, which are articles, nor "mil" before "millones", which is the scale)
_NUMBER_WORDS = rf"(?:(?:{_BELOW_1000})\s+)?mil(?!\s+millones)(?:\s+{_BELOW_1000})?|(?!(?:un|una|uno)\b){_BELOW_1000}"
_NUMBER_WORD = {**_UNITS, **_TEENS, **_TENS, **_HUNDREDS}


#: "uno de cada seis", "nueve de cada diez": one in six, nine in ten
_SMALL = {"uno": "one", "una": "one", "dos": "two", "tres": "three", "cuatro": "four", "cinco": "five", "seis": "six",
          "siete": "seven", "ocho": "eight", "nueve": "nine", "diez": "ten", "cien": "a hundred"}
_IN_EVERY = rf"(?P<num>{_alt(_SMALL)})\s+de\s+cada\s+(?P<den>{_alt(_SMALL)})\b"


def _in_every(m: re.Match, _text: str) -> str:
    return f"{_SMALL[m.group('num').lower()]} in {_SMALL[m.group('den').lower()]}"


#: "en el noventa y cuatro", "en el 86": a year said by its last two digits (19xx from 40 on, as in English)
_SPOKEN_YEAR = (rf"en\s+el\s+(?:año\s+)?(?P<yy>\d\d|{_BELOW_100})(?=\s*[.,;:!?)]|\s+(?:y|e|cuando|la|el|los|las|se|hubo|"
                r"fue|fueron|con|según)\b)")


def _spoken_year(m: re.Match, text: str) -> str:
    said = m.group("yy")
    yy = int(said) if said.isdigit() else int(_number_words(m, text, said))
    return f"in {1900 + yy if yy >= 40 else 2000 + yy}"


#: "el año fiscal 2023 …; en el de 2024": the same kind of year
_THAT_OF_YEAR = rf"en\s+el\s+de(?=\s+{_YEAR})"


def _that_of_year(m: re.Match, text: str) -> str:
    return "in fiscal" if re.search(r"(?i)\b(?:años?\s+fiscal(?:es)?|ejercicios?\s+fiscal(?:es)?)\b", text[:m.start()]) \
        else "in"


#: "un millón seiscientos mil": 1,600,000
_MILLIONS_WORDS = rf"(?P<mm>un|{_BELOW_1000})\s+mill(?:ón|ones)\s+(?P<thousands>{_NUMBER_WORDS})"


def _millions_words(m: re.Match, text: str) -> str:
    return f"{int(_number_words(m, text, m.group('mm'))) * 1_000_000 + int(_number_words(m, text, m.group('thousands'))):,}"


def _number_words(m: re.Match, _text: str, said: str | None = None) -> str:
    total = part = 0
    for word in re.findall(r"\w+", (said or m.group(0)).lower()):
        if word == "mil":
            total, part = total + (part or 1) * 1000, 0
        elif word != "y":
            part += _NUMBER_WORD[word]
    return str(total + part)


#: "el sector de Tucson": the Tucson sector
_SECTOR_OF = (r"(?:(?P<art>el|del)\s+)?sector\s+(?:de\s+)?(?P<sname>Big\s+Bend|Del\s+R[ií]o|El\s+Centro|El\s+Paso|Laredo|"
              r"R[ií]o\s+Grande(?:\s+Valley)?|Valle\s+del\s+R[ií]o\s+Grande|San\s+Diego|Tucs[oó]n|Yuma)")


def _sector_of(m: re.Match, _text: str) -> str:
    name = " ".join(m.group("sname").split())
    name = "Rio Grande Valley" if "grande" in name.lower() else name.replace("í", "i").replace("ó", "o")
    return f"{'of ' if (m.group('art') or '').lower() == 'del' else ''}the {name} sector"


#: "dos millones y medio", "1 millón y medio": 2.5 million, 1.5 million
_AND_A_HALF = rf"(?P<whole>\d{{1,3}}|{_BELOW_100}|un)\s+mill(?:ón|ones)\s+y\s+medio"


def _and_a_half(m: re.Match, text: str) -> str:
    whole = m.group("whole")
    n = int(whole) if whole.isdigit() else 1 if whole.lower() == "un" else int(_number_words(m, text, whole))
    return f"{n}.5 million"


#: "Tucson quedó segundo": ranked second ("quedó en segundo lugar" is read word by word)
_RANKED = r"quedó\s+(?P<placed>" + "|".join(_ORDINALS) + r")(?!\s+lugar)"


def _ranked(m: re.Match, _text: str) -> str:
    return "ranked " + _ORDINALS[m.group("placed").lower()]


#: the numbers a "top N" or "next N" names in words ("los cinco principales", "los nueve mercados que les siguen")
_FEW_NUMBERS = {"tres": "3", "cuatro": "4", "cinco": "5", "seis": "6", "siete": "7", "ocho": "8", "nueve": "9",
                "diez": "10", "quince": "15", "veinte": "20"}
_FEW = "|".join(_FEW_NUMBERS)
#: the roles a "top N" names ("los cinco principales proveedores": the top five suppliers)
_TOP_ROLES = {"proveedores": "suppliers", "mercados": "markets", "clientes": "customers"}
#: the United States, as Spanish writes it
_US_NAMES = r"(?:EU|EUA|EE\.\s?UU\.|Estados\s+Unidos)"


def _among_top(m: re.Match, _text: str) -> str:
    """"Figura entre los 5 principales proveedores": is among the top five suppliers (in words, as the English rank
    reads a "top N")."""
    n = _FEW_NUMBERS.get(m.group("topn").lower(), m.group("topn"))
    words = ("three", "four", "five", "six", "seven", "eight", "nine", "ten")
    said = words[int(n) - 3] if 3 <= int(n) <= 10 else n
    return f"is among the top {said} {_TOP_ROLES.get(m.group('topw').lower(), 'trading partners')}"


#: "el 13 por ciento de lo que compra EU": of U.S. imports
#: (and "de todo lo que EE.UU. le compra al mundo")
_US_FLOW = (r"de\s+(?:todo\s+)?lo\s+que\s+(?:(?P<verb>compra|importa|vende|exporta)n?\s+(?:los\s+)?"
            + _US_NAMES + r"|(?:los\s+)?" + _US_NAMES + r"\s+(?:le\s+)?"
            r"(?P<verb2>compra|importa|vende|exporta)(?:\s+al\s+mundo|(?=\s*[.,;)]|\s*$)))")


def _us_flow(m: re.Match, _text: str) -> str:
    verb = (m.group("verb") or m.group("verb2")).lower()
    return "of U.S. imports" if verb in ("compra", "importa") else "of U.S. exports"


#: "la cifra de detenciones más baja desde 1970": the lowest apprehensions figure since (a noun between the two)
_FIGURE_SINCE = (r"(?:la|el)\s+(?P<cn>cifra|nivel|número|total)\s+de\s+(?P<cw>\w+)\s+más\s+(?P<cx>baj|alt)[oa]s?"
                 r"(?=\s+desde\b)")
_FIGURE_NOUNS = {"cifra": "figure", "nivel": "level", "número": "number", "total": "total"}


def _figure_since(m: re.Match, _text: str) -> str:
    which = "lowest" if m.group("cx").lower() == "baj" else "highest"
    what = _PHRASES.get(m.group("cw").lower(), m.group("cw"))
    return f"the {which} {what} {_FIGURE_NOUNS[m.group('cn').lower()]}"


#: "EE.UU. le compró 136.5 mil millones": the U.S. imported (from the partner the text is on)
_US_BOUGHT = (r"(?:(?<=EU\s)|(?<=UU\.\s)|(?<=EUA\s)|(?<=Unidos\s))le\s+(?P<bv>compr[óo]|compra|compraba|vendi[óo]|"
              r"vende|vend[íi]a)"
              r"(?!\s+(?:más|menos|a|al|como)\b)")


def _us_bought(m: re.Match, _text: str) -> str:
    verb = m.group("bv").lower()
    return ("imported" if verb in ("compró", "compro", "compraba") else "imports") if verb.startswith("compr") else (
        "exports" if verb == "vende" else "exported")


#: "Somos 135 millones de mexicanos": Mexico has 135 million people
_WE_ARE = r"somos(?=\s+(?:más\s+de\s+|casi\s+|unos\s+|cerca\s+de\s+|como\s+)?\d[\d.,]*\s+millones\s+de\s+mexicanos\b)"


#: "compradores mexicanos": tried before the phrases, which would read the noun alone
_NOUN_NATION = (r"(?:(?:las|los|el|la)\s+)?(?P<noun>" + "|".join(sorted(_NOUNS, key=len, reverse=True)).replace(" ", r"\s+")
                + rf")\s+(?P<nat>{_NATION_WORDS})")


#: a number as Spain and the Spanish Wikipedia write it: "1 089 583" (a space, no-break or thin, between thousands),
#: "505,5" and "13,4 %" (a decimal comma: a comma before one or two digits; "1,089" stays a thousands comma, as
#: Mexico writes it)
_SPACED_NUMBER = r"(?P<spaced>\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?!\d|[.,]\d)|(?P<units>\d+),(?P<decimals>\d{1,2})(?![\d,])"


def _spaced_number(m: re.Match, _text: str) -> str:
    if m.group("spaced"):
        return re.sub(r"[ \u00a0\u202f]", ",", m.group("spaced"))
    return f"{m.group('units')}.{m.group('decimals')}"


#: "cayó de más del 23 % en 2017 al 13,4 % en 2024": a change from one figure to another
_CHANGED_FROM = (r"(?P<chg>cay[óo]|cayeron|baj[óo]|bajaron|disminuy[óo]|disminuyeron|descendi[óo]|descendieron|sub[ií][óo]|"
                 r"subieron|aument[óo]|aumentaron|creci[óo]|crecieron|se\s+redujo|se\s+redujeron)\s+del?"
                 r"(?=\s+(?:más|menos|casi|unos?|unas?|cerca|alrededor|apenas|poco|\d))")


def _changed_from(m: re.Match, _text: str) -> str:
    verb = " ".join(m.group("chg").lower().split())
    return f"{_PHRASES.get(verb) or _PHRASES.get(verb[:-1] + 'ó') or 'went'} from"   # ("cayo": cayó)


#: "… de 23 % en 2017 al 13,4 % en 2024": to the second figure
_TO_FIGURE = r"al?(?=\s+(?:más\s+de\s+|menos\s+de\s+|casi\s+|un[oa]s?\s+|cerca\s+de\s+)?\d)"


def _to_figure(m: re.Match, text: str) -> str:
    before = text[:m.start()]
    from_figure = re.search(r"(?i)\bdel?\s+(?:más\s+del?\s+|menos\s+del?\s+|casi\s+|un[oa]s?\s+)?\d", before)
    return "to" if from_figure else "to the"


#: tried before the phrases, which would read a word of them alone: (pattern, reading, sentence mostly Spanish)
_FIRST: list[Rule] = [
    (_SPACED_NUMBER, _spaced_number, False), (_CHANGED_FROM, _changed_from, False), (_TO_FIGURE, _to_figure, False),
    # ("crecieron 6.9% anual": year over year; "…, hasta 334 mmd": to the level reached)
    (r"(?<=%\s)anual|(?<=ciento\s)anual", "year over year", False),
    (r"(?<=,\s)hasta(?=\s+(?:US)?\$?\d)", "to", False),
    (r"(?-i:Del\s+R[ií]o)\b", "Del Rio", False),   # (the Border Patrol sector, not "of the river")
    # ("solo detrás de China y México": behind two, so third)
    (r"s[oó]lo\s+(?:por\s+)?detrás\s+de(?=\s+(?-i:[A-ZÁÉÍÓÚ])[\wáéíóú]+\s+y\s)", "behind only", False),
    # ("México solito compra más de EU que China": buys more from the U.S. than)
    (r"(?P<buy>compra|compran|compró|compraron)\s+más\s+de(?=\s+" + _US_NAMES + r"\s+que\b)",
     lambda m, _t: {"compra": "buys", "compran": "buy"}.get(m.group("buy").lower(), "bought") + " more from", False),
    # ("Dic-23: más de 350K encuentros, récord.": a record, said alone after the figure)
    (r"(?<=,\s)récord(?=\s*(?:[.;!]|$))", "a record", False),
    # "ago-24", "dic-23", "feb-ago 2025": short months in a note's form
    (rf"\b(?P<esm>{_SHORT_MONTHS})(?=-(?:\d\d\b|(?:{_SHORT_MONTHS})\s+{_YEAR}))|"
     rf"(?<=-)(?P<esm2>{_SHORT_MONTHS})(?=\s+{_YEAR})",
     lambda m, _t: _SHORT_MONTH_EN[(m.group("esm") or m.group("esm2")).lower()], False),
    # "superaron en 15% a las provenientes de China": exceeded those from China by 15%
    (r"super(?:aron|ó|an|a)\s+en\s+(?P<bypct>[\d.,]+\s*(?:%|por\s+ciento))\s+a\s+(?:las|los)\s+"
     r"(?:provenientes|procedentes)\s+de\s+(?P<byname>(?-i:[A-ZÁÉÍÓÚ])[\wáéíóú]+)",
     lambda m, _t: f"exceeded those from {_PHRASES.get(m.group('byname').lower(), m.group('byname'))} by "
                   f"{m.group('bypct')}", False),
    # "tres veces lo que le compra China": what China buys
    (r"lo\s+que\s+le\s+(?P<whatv>compra|vende)\s+(?P<whatn>(?-i:[A-ZÁÉÍÓÚ])[\wáéíóú]+)",
     lambda m, _t: f"what {_PHRASES.get(m.group('whatn').lower(), m.group('whatn'))} "
                   f"{'buys' if m.group('whatv').lower() == 'compra' else 'sells'}", False),
    # "Ya somos el principal socio comercial", in a Mexican voice: Mexico is
    (r"(?:ya\s+)?somos(?=\s+(?:el|la)\s+(?:principal|primer|segund|tercer|mayor|pa[ií]s\s+que))", "Mexico is", False),
    # "le vendimos a Estados Unidos", in a Mexican voice: Mexico sold (bought) to (from) the United States
    # ("le vendemos a los gringos": sells)
    (r"(?:le\s+|les\s+)?(?P<we>vendimos|vendemos|compramos|exportamos|importamos)"
     r"(?=\s+a\s+(?:los\s+)?(?:" + _US_NAMES + r"|gringos|estadounidenses|americanos)\b)",
     lambda m, _t: "Mexico " + {"vendimos": "sold", "vendemos": "sells", "compramos": "bought",
                                "exportamos": "exported", "importamos": "imported"}[m.group("we").lower()], False),
    # "el más alto registrado", "la cifra mensual más baja registrada": a superlative on record
    (r"(?:(?<=\b(?:alto|alta|bajo|baja)\s)|(?<=\b(?:altos|altas|bajos|bajas)\s))registrad[oa]s?", "on record", False),
    # "ya pasa de 130 millones": more than (a level passed, not a change from it)
    # ("pasaba de 300 mil millones a 400 mil millones" went from one to the other: a change, read as before)
    (r"(?:ya\s+)?(?P<pasa>pasa(?:n|ba|ban)?|pasaron|pasó)\s+de(?=\s+\d[\d.,]*\s+(?:millones|mil\b))"
     r"(?![^.;]{0,50}?\sa\s+\d)",
     lambda m, _t: "exceeded" if m.group("pasa").lower() in ("pasaron", "pasó") else "exceeds", False),
    # "entre el 2020 y el 2024", "entre el AF2022 y el AF2024": between the years
    (r"entre\s+el(?=\s+(?:AF\s?|año\s+fiscal\s+)?(?:19|20)\d\d\s+y\s+el\s)", "between", False),
    (r"(?<=\d\d\s)y\s+el(?=\s+(?:AF\s?|año\s+fiscal\s+)?(?:19|20)\d\d)", "and", False),
    # "… le compra más a México que a China": than from
    (r"(?<=\bque\s)a(?=\s+(?-i:[A-ZÁÉÍÓÚ]))", lambda m, t: "from" if re.search(
        r"(?i)\bcompr\w*\s+(?:más|menos)\s+a\b[^,;:]*\bque\s+$", t[:m.start()]) else "to", False),
    # ("lo más bajo desde que tienen registro": on record; before "lo más bajo desde" would read "since")
    (r"(?:(?P<lo>lo)\s+más\s+(?P<hl>baj[oa]|alt[oa])\s+)?desde\s+que\s+(?:hay|tienen|se\s+tiene|existen?)\s+registros?",
     lambda m, _t: (f"the {'lowest' if m.group('hl').lower().startswith('baj') else 'highest'} "
                    if m.group("lo") else "") + "on record", False),
    # ("le compran más a China que a nosotros", in a Mexican voice: than from Mexico; "…, nosotros el 20%": Mexico)
    (r"(?<=\bque\s)a\s+nosotros\b", lambda m, t: "from Mexico" if re.search(
        r"(?i)\bcompr\w*\s+(?:más|menos)\s+a\b[^,;:]*\bque\s+$", t[:m.start()]) else "to Mexico", False),
    (r"(?<=,\s)nosotros(?=\s+(?:el|con|como|unos)\s)", "Mexico", False),
    # ("aumentaron más de un 20 %", "un 45 por ciento mayor": the article a percentage takes)
    (r"un(?=\s+\d[\d.,]*\s*(?:%|por\s+ciento))", "", False),
    (_NOUN_NATION, _noun_nation, False), (_SECTOR_OF, _sector_of, False), (_THOUSANDS, _thousands, False),
    # (before the numbers in words would read "dos" alone)
    (r"dos\s+tercios", "two-thirds", False), (r"tres\s+cuart(?:os|as\s+partes)", "three-quarters", False),
    (r"(?<=\d\s)mil(?!\s+(?:millones|mdd|md)\b)", "thousand", False), (r"mil\s+mdd?\b", "billion dollars", False),
    # "el AF2024", "en el AF 2025": a fiscal year (año fiscal)
    (r"AF\s?(?P<afy>(?:19|20)?\d\d)(?!\d)", lambda m, _t: f"FY{m.group('afy')}", False), (_MILLIONS_WORDS, _millions_words, True),
    (_IN_EVERY, _in_every, False), (_AND_A_HALF, _and_a_half, False), (_RANKED, _ranked, False),
    (_US_FLOW, _us_flow, False), (_US_BOUGHT, _us_bought, False), (_WE_ARE, "Mexico has", False),
    # "la cifra de detenciones más baja desde 1970": the lowest apprehensions figure since
    (_FIGURE_SINCE, _figure_since, False),
    # "De cada 100 dólares que exporta Estados Unidos, 16 van a México": go to
    (r"(?<=\d\s)(?:van|va|se\s+van|se\s+va)(?=\s+a\s)", "go", False),
    # "el país con el que Estados Unidos más comercia": its top trading partner
    (r"el\s+país\s+con\s+el\s+que\s+(?:los\s+)?" + _US_NAMES + r"\s+más\s+comerci(?:a|ó|aba)",
     "the top trading partner of the United States", False), (_SPOKEN_YEAR, _spoken_year, True), (_THAT_OF_YEAR, _that_of_year, True),
    (_NUMBER_WORDS, _number_words, True),
    # "el país al que EE.UU. más le compra": the top supplier of the United States ("más le vende": the top market)
    (r"el\s+país\s+al\s+que\s+(?:los\s+)?" + _US_NAMES + r"\s+más\s+(?:le\s+)?(?P<topv>compra|vende)\b",
     lambda m, _t: "the top " + ("supplier" if m.group("topv").lower() == "compra" else "export market")
     + " of the United States", False),
    # "el cuarto país que más le vende a EE.UU.": the fourth-largest supplier of
    (r"el\s+(?P<nthp>" + "|".join(_ORDINALS) + r")\s+país\s+que\s+más\s+(?:le\s+)?(?P<nthv>vende|compra)\s+a\b",
     lambda m, _t: f"the {_ORDINALS[m.group('nthp').lower()]}-largest "
                   + ("supplier of" if m.group("nthv").lower() == "vende" else "buyer from"), False),
    # "figura entre los 5 principales proveedores de EUA": is among the top 5 suppliers
    (r"(?:ya\s+)?(?:figura|está|se\s+ubica|se\s+encuentra)\s+entre\s+los\s+(?P<topn>\d+|" + _FEW + r")\s+principales\s+"
     r"(?P<topw>proveedores|mercados|socios\s+comerciales|clientes)\b", _among_top, False),
    # "sus 10 siguientes mercados combinados", "los 9 mercados que les siguen": the next 10 (9) markets
    (r"(?:sus|los)\s+(?P<nextn>\d+|" + _FEW + r")\s+"
     r"(?:siguientes\s+mercados|mercados\s+(?:siguientes|que\s+(?:les?\s+)?siguen))",
     lambda m, _t: f"the next {_FEW_NUMBERS.get(m.group('nextn').lower(), m.group('nextn'))} markets", False),
    # "monto superior en 3.2% al registrado en 2023": up 3.2% from 2023
    (r"(?:(?:monto|cifra|nivel)\s+)?(?P<updown>superior|inferior)\s+en\s+(?P<uppct>[\d.,]+\s*(?:%|por\s+ciento))\s+"
     r"al\s+(?:registrado|observado|reportado)\s+en",
     lambda m, _t: ("up " if m.group("updown").lower() == "superior" else "down ") + m.group("uppct") + " from", False),
    # "le vende como 440 mil millones": about
    (r"como(?:\s+el)?(?=\s+(?:US)?\$?\d)(?!\s+(?:el\s+)?" + _NTH_DIGITS + r"(?!\w))", "about", False),
    # "como cuarto socio comercial": as the fourth
    (r"como(?:\s+el)?(?=\s+(?:" + "|".join(_ORDINALS) + "|" + _NTH_DIGITS + r"|mayor|principal)(?!\w))", "as the", False)]


_GLOSSARY = Glossary(_FIRST, _PHRASES, _PATTERNS, _SHORT)


#: any of the markers' letters: a text with none is not searched further
_SPANISH_LETTERS = re.compile(r"[áéíóúñ]|\b(?:los|las|del|que|con|una|para|por|el|la|en|de|mil|son|hay|sin|desde|"
                              r"nuestr[oa]s?|"
                              r"exportaciones|importaciones)\b")


def is_spanish(text: str) -> bool:
    """Whether ``text`` has Spanish in it: three of the words only Spanish writes."""
    if not _SPANISH_LETTERS.search(text):
        return False
    found = 0
    for _ in _MARKER.finditer(text):
        found += 1
        if found == 3:
            return True
    return False


#: a chat's spelling of the words the glossary knows ("q", "mas", "dolares", "la Border agarró como 500 mil", "diciembre
#: del 23", "en el 94", "el 2024 fiscal")
_CHAT = re.compile(r"(?-i:\b(?P<que>q)\b)|"
                   r"\b(?P<word>mas|dolares|dls|dlls|vendio|compro|exporto|importo|cayo|subio|deficit|pais|paises|"
                   r"cristal)\b|"
                   r"\b(?P<agarro>agarr(?:ó|o|aron))\b(?:\s+a\b)?|"
                   r"\bla\s+(?P<patrulla>Border|Patrulla)\b(?!\s+(?:Fronteriza|Patrol))|"
                   r"\b(?P<aduana>la\s+aduana\s+gringa)\b|"
                   r"\b(?P<mon>" + "|".join(_MONTHS) + r")\s+del\s+(?P<yy>\d\d)\b|"
                   r"\ben\s+el\s+(?P<yy2>[0-2]\d|9\d)\b(?!\s*(?:%|por\b|mil\b|millones\b|de\b))|"
                   r"\bel\s+(?P<fy>(?:19|20)\d\d)\s+fiscal\b", re.IGNORECASE)
_CHAT_WORDS = {"mas": "más", "dolares": "dólares", "dls": "dólares", "dlls": "dólares", "vendio": "vendió",
               "compro": "compró", "exporto": "exportó", "importo": "importó", "cayo": "cayó", "subio": "subió",
               "deficit": "déficit", "pais": "país", "paises": "países", "cristal": "metanfetamina"}
#: the words that make "agarró" a seizure, not an arrest ("agarraron más de 170 mil libras de cristal")
_SEIZED_THINGS = re.compile(r"(?i)\b(?:libras|kilos|kg|lb|cristal|fentanilo|droga|metanfetamina|coca[ií]na|mota|"
                            r"marihuana)\b")


def _chat_spelled(m: re.Match, text: str) -> str:
    """A word of :data:`_CHAT` as the glossary spells it; "agarró" is a seizure when what follows names a drug or its
    weight, else an arrest."""
    if m.group("que"):
        return "que"
    if m.group("word"):
        return _CHAT_WORDS[m.group("word").lower()]
    if m.group("agarro"):
        many = m.group("agarro").lower().endswith("ron")
        if _SEIZED_THINGS.search(text, m.end()):
            return "decomisaron" if many else "decomisó"
        return "detuvieron a" if many else "detuvo a"
    if m.group("patrulla"):
        return "la Patrulla Fronteriza"
    if m.group("aduana"):
        return "la CBP"
    if m.group("yy"):
        return f"{m.group('mon')} de 20{m.group('yy')}"
    if m.group("yy2"):
        return f"en {'19' if m.group('yy2')[0] == '9' else '20'}{m.group('yy2')}"
    return f"el año fiscal {m.group('fy')}"


def as_english(text: str) -> tuple[str, Callable[..., int]] | None:
    """``text`` with its Spanish words of trade and border statistics read in English, and the map of
    :func:`reword` back to it; None when it has none. A sentence mostly in Spanish is first spelled as the
    glossary knows it, when a chat writes it otherwise ("q", "mas", "dolares")."""
    spanish = sum(1 for _ in _MARKER.finditer(text))
    full = spanish > len(_ENGLISH.findall(text))
    spelled = reword(text, _CHAT, lambda m: _chat_spelled(m, text)) if full else None
    if spelled is None:
        return _GLOSSARY.read(text, full)
    told = _GLOSSARY.read(spelled[0], full)
    if told is None:
        return spelled
    return told[0], lambda pos, end=False: spelled[1](told[1](pos, end), end)
