"""Claim frames, one sentence each: the kinds extracted and their verdicts.

The sentences are written for these tests (none is taken from the labelled sets); each expected
verdict was computed from the indicators on the shared mirror, as noted beside it.
"""

from __future__ import annotations

import pytest

FRAMES = [
    # Session 35. A component's share with the whole's own figure (southwest border FY2024: Border Patrol 1,530,523 of
    # 2,135,005 = 71.7%; Field Operations 604,482 = 28.3%), and said after the whole ("…, of which …")
    ("Border Patrol agents made about 72 percent of the 2.1 million southwest border encounters in fiscal 2024.",
     [("encounters_share", "supported"), ("encounters_value", "supported")]),
    ("Southwest border encounters came to about 2.1 million in fiscal 2024, of which the Office of Field Operations "
     "handled roughly 28 percent.", [("encounters_value", "supported"), ("encounters_share", "supported")]),
    # a share of a fiscal year not over is read from its months loaded (FY2025 through August 2025: Border Patrol
    # 229,183 of 432,059 = 53.0%)
    ("In FY2025 the Border Patrol accounted for about 53% of southwest border encounters.",
     [("encounters_share", "supported")]),
    # a chat's Spanish ("q", "mas", "dolares", "dls", "la Patrulla agarró", "la aduana gringa", "diciembre del 23",
    # "en el 94"): imports from Mexico 2024 $505.52 bn; Border Patrol southwest December 2023 249,740; FY2024
    # methamphetamine 174,197.0 lb; a surplus with Mexico in 1994 ($1.3 bn); two-way trade with Mexico 2024
    # $839.56 bn, first
    ("El año pasado Mexico le vendio a EU mas de 500 mil millones de dolares, dice el noticiero q vi.",
     [("trade_value", "supported")]),
    ("En diciembre del 23 la Patrulla agarró como 250 mil migrantes en la frontera sur.",
     [("encounters_value", "supported")]),
    ("Dicen q la aduana gringa agarró más de 170 mil libras de cristal en el año fiscal 2024.",
     [("seizures", "supported")]),
    ("En el 94 EU le vendía más a México de lo q le compraba.", [("balance_sign", "supported")]),
    ("El año pasado fueron como 840 mil millones de dls entre lo q va y lo q viene con los gringos, y ya somos el pais "
     "q mas comercia con ellos.", [("trade_value", "supported"), ("rank", "supported")]),
    # a sign told by the flows (2024: a deficit with Germany of $84.7 bn)
    ("In 2024 the U.S. bought more from Germany than it sold there.", [("balance_sign", "supported")]),
    # a sector named as a place ("En Tucson la Border agarró": Tucson FY2024 463,570), "el más cargado" (Del Rio first
    # in FY2022, 480,930), "que a nosotros" (imports 2024: China $438.74 bn, Mexico $505.52 bn)
    ("En Tucson la Border agarró como 500 mil en el año fiscal 24.", [("encounters_value", "close")]),
    ("En el fiscal 2022 el sector Del Rio fue el más cargado de toda la frontera.", [("sector_rank", "supported")]),
    ("Los gringos ya le compran más a China q a nosotros.", [("trade_compare", "contradicted")]),
    # Spanish lethal doses in a short note (27,000 lb at 2 mg: 6.12 billion doses)
    ("Lethal doses: los 27K lb de FY23 equivalen a ~6bn dosis letales (2mg c/u).", [("doses", "supported")]),
    # a Canadian voice across "$411.9 billion U.S." (imports from Canada 2024 $411.89 bn; Canada third among
    # suppliers), and "we're still their …"
    ("Mr. Tremblay (Lib.): The Americans bought $411.9 billion U.S. from us in 2024, and we're still their biggest "
     "supplier.", [("trade_value", "supported"), ("rank", "contradicted")]),
    # the year of a sentence past an aside (1993 balance with Mexico: a surplus of $1.66 bn)
    ("In 1993, before NAFTA, the U.S. already had a trade deficit with Mexico.", [("balance_sign", "contradicted")]),
    # Spanish: "el socio comercial número uno" (Mexico first among countries in 2024, $839.56 bn), "le vendemos a los
    # gringos" (imports from Mexico 2024 $505.52 bn), "las compras a" (imports from Vietnam +19.3% in 2024)
    ("En 2024 México fue el socio comercial número uno de Estados Unidos.", [("rank", "supported")]),
    ("Les vendemos a los gringos unos 500 mil millones de dólares al año, según el diputado.",
     [("trade_value", "supported")]),
    ("En 2024 las compras a Vietnam subieron casi 20%.", [("trade_growth", "supported")]),
    # another partner's figure right after it (imports 2017 to 2024: Mexico +61.7%, Canada +37.7%)
    ("U.S. imports from Mexico grew about 60% between 2017 and 2024, versus maybe 38% from Canada.",
     [("trade_growth", "supported"), ("trade_growth", "supported")]),
    # a border's share of the Border Patrol's national total (FY2024: northern 23,720 of 1,557,320 = 1.5%)
    ("In fiscal 2024, Border Patrol apprehensions at the northern border were about 1.5% of the national total.",
     [("encounters_share", "supported")]),
    # "of every 100 dollars" after a comma (imports from Mexico 15.5% of U.S. imports, 2024)
    ("Según el asesor, de cada 100 dólares que EU importa, 15 vienen de México.", [("trade_share", "supported")]),
    # a multiple of a year said plainly, as the figure's fiscal year (southwest FY2020 400,660, FY2021 1,659,210)
    ("In fiscal 2021 the Border Patrol caught 1.66 million people at the southwest border, more than triple 2020.",
     [("encounters_value", "supported"), ("encounters_change", "supported")]),
    # a note's months: "Nov-24" (southwest border 94,186), "ago-24" (exports to Mexico August 2024 $30.05 bn)
    ("Nov-24: about 94K southwest border encounters.", [("encounters_value", "supported")]),
    ("Exportaciones de EU a México en ago-24: USD 30.1bn, según el reporte del mes.", [("trade_value", "supported")]),
    # a Spanish note's peak (methamphetamine FY2024 174,197 lb, FY2021 191,834 lb higher) and record said alone
    # (December 2023 the highest month, 301,981 southwest border encounters)
    ("FY24 fue el pico para la metanfetamina: 174K lb decomisadas por CBP.",
     [("seizures_record", "contradicted"), ("seizures", "supported")]),
    ("Dic-23: más de 300 mil encuentros en la frontera suroeste, récord.",
     [("encounters_value", "supported"), ("encounters_record", "supported")]),
    # Spanglish partners: "Mx+Ca" (33.2% of U.S. exports in 2024)
    ("Nearshoring math: Mx+Ca ya son más de un tercio de los exports de EU (2024).", [("trade_share", "contradicted")]),
    # an extreme dated by its question (FY2017 southwest 303,916: the lowest since FY1971, 46 years)
    ("Q: What happened in FY2017? A: Border Patrol apprehensions at the southwest border were the lowest in 50 years.",
     [("lowest_in_years", "contradicted")]),
    # a place in apposition to a figure (the deficit with Vietnam third in 2024, behind China and Mexico; Japan the
    # sixth export market)
    ("Déficit de EU con Vietnam: USD 123bn en 2024, #3 entre países, solo detrás de China y México.",
     [("rank", "supported"), ("trade_value", "supported")]),
    ("Exports to Japan: USD 79bn in 2024, #5 destination.", [("rank", "contradicted"), ("trade_value", "supported")]),
    # a sector's own record (Tucson FY2024 463,570 against FY2000 616,346; Del Rio FY2022 480,930 with Title 42
    # expulsions, its Title 8 peak FY2024 244,110)
    ("Tucson's FY24 apprehensions were a sector record.", [("encounters_record", "contradicted")]),
    ("Del Rio's FY2022 apprehensions were a sector record.", [("encounters_record", "depends")]),
    # Session 34. The record year said of the record (Border Patrol southwest border Title 8 peak FY2000 1,643,679,
    # nationwide FY1986 1,692,544; with Title 42 expulsions FY2022 is higher: depends)
    ("The record for Border Patrol apprehensions at the southwest border was set in fiscal 2000.",
     [("encounters_record", "depends")]),
    ("El récord de detenciones de la Patrulla Fronteriza en todo el país sigue siendo el del año fiscal 1986.",
     [("encounters_record", "depends")]),
    # a partner's sales and purchases are U.S. imports and exports (2024: Japan $148.37 bn / $78.98 bn = 1.88;
    # Germany $75.72 bn / $160.38 bn = 0.47)
    ("Japan sold us nearly twice as much as it bought from us in 2024.", [("trade_ratio", "supported")]),
    ("In 2024 Germany bought less than half as much from the U.S. as it sold to the U.S.",
     [("trade_ratio", "supported")]),
    # sectors: Del Rio first in FY2022 (480,930); Tucson FY2010 212,202 against the other eight southwest sectors'
    # 235,529; San Diego second in FY2024 (324,260, Tucson first 463,570)
    ("Del Rio overtook the Rio Grande Valley as the busiest Border Patrol sector in fiscal 2022.",
     [("sector_rank", "supported")]),
    ("In fiscal 2010 the Tucson sector apprehended more people than all the other southwest sectors combined.",
     [("sector_combined", "contradicted")]),
    ("En el año fiscal 2024 el sector de San Diego fue el de más detenciones.", [("sector_rank", "contradicted")]),
    # a decade in two digits (southwest border FY2017 303,916, the lowest since FY1971 263,991)
    ("Southwest border apprehensions in fiscal 2017 were the lowest since the early 70s.",
     [("lowest_since", "supported")]),
    # "first topped" before the bound: a first crossing, of a deficit by its size (imports from China 2017 $505.2 bn,
    # 2018 $538.5 bn; the deficit with Mexico 2020 $111.0 bn, 2021 $105.4 bn)
    ("Imports from China first topped $500 billion in 2018.", [("trade_value", "contradicted")]),
    ("The deficit with Mexico first topped $100 billion in 2021.", [("trade_value", "contradicted")]),
    # what is not loaded: trade by product (the deficit with Canada 2024 $62.0 bn), ports, overdose deaths
    ("The U.S. deficit with Canada is about $62 billion, and most of it is oil and gas.",
     [("trade_value", "supported"), ("no_data", "no_data")]),
    ("Laredo has long been the country's top land port for trade.", [("no_data", "no_data")]),
    ("Some 70,000 Americans die from fentanyl every year.", [("no_data", "no_data")]),
    # an almanac's "bil." and "mil." (Canada two-way 2024 $761.79 bn; Mexico's population 130,861,007), and its entry
    # under the partner's name (Germany fourth by two-way trade, 2024)
    ("CANADA. Goods trade with the U.S. $761.8 bil. in 2024.", [("trade_value", "supported")]),
    ("Mexico's population: 131 mil. (2024).", [("population", "supported")]),
    ("GERMANY. 4th-largest U.S. trading partner in 2024.", [("rank", "supported")]),
    # doses of the drug of their own clause (methamphetamine FY2024 174,197.0 lb; fentanyl FY2023 27,022.9 lb =
    # 6.13 bn doses at 2 mg)
    ("Meth seizures topped 170,000 pounds in FY2024, and the FY2023 fentanyl haul came to about 6 billion lethal "
     "doses.",
     [("seizures", "supported"), ("doses", "supported")]),
    # growth "above pre-pandemic 2019" (imports from Mexico $356.09 bn → $505.52 bn, +42.0%); the second multiple
    # keeps the first's subject (exports to Mexico $334.03 bn, China $143.23 bn, Japan $78.98 bn: 2.33 and 4.23)
    ("Imports from Mexico in 2024 stood 42% above pre-pandemic 2019.", [("trade_growth", "supported")]),
    ("Our exports to Mexico were more than double those to China in 2024 and 4.2 times those to Japan.",
     [("trade_ratio", "supported"), ("trade_ratio", "supported")]),
    # a fraction of another year's "level" (fentanyl FY2025 12,027.3 lb / FY2023 27,022.9 lb = 0.45)
    ("Fentanyl seizures in FY25 were under half the FY23 level.", [("seizures_change", "supported")]),
    # "passed it": the partner named before (imports 2022: China $536.3 bn first; 2023 Mexico $472.9 bn, China
    # $427.2 bn)
    ("China was our top supplier in 2022; Mexico passed it in 2023.",
     [("rank", "supported"), ("trade_compare", "supported")]),
    # "the worst deficit … ever": the largest (with Mexico, 2024, -$171.49 bn)
    ("In 2024 the U.S. posted its worst trade deficit with Mexico ever.",
     [("trade_record", "supported"), ("balance_sign", "supported")]),
    # slang and word order in Spanish (two-way trade with Mexico 2013 $506.51 bn → 2024 $839.56 bn, +65.8%; exports
    # 2024 Canada $349.91 bn, Mexico $334.03 bn)
    ("El comercio EEUU-México creció alrededor de 66% entre 2013 y 2024.", [("trade_growth", "supported")]),
    ("Las exportaciones gringas a Canadá son más que las de México.", [("trade_compare", "supported")]),
    # All of CBP's encounters "the lowest level since FY2020", a change "from that peak" (the month named in an earlier
    # clause), and Spanish ranks, next-N, growth and records: "el cuarto país que más le vende a", "el país al que
    # EE.UU. más le compra", "figura entre los cinco principales proveedores", "los nueve mercados que les siguen",
    # "monto superior en 3.2% al registrado en 2023", "se amplió", "el saldo negativo más elevado". (Nationwide
    # encounters FY2025 691,906, lowest since FY2020 646,822; southwest August 2025 9,740 vs December 2023 301,981,
    # -96.8%; Vietnam #6 supplier 2024; China #2 supplier 2024; exports to Mexico and Canada 2024 $683.94 bn vs the
    # next nine $668.99 bn; exports to Mexico 2023 $323.64 bn → 2024 $334.03 bn, +3.2%; deficit with Mexico 2023
    # $149.27 bn → 2024 $171.49 bn, +14.9%, the largest since 1985)
    ("Nationwide encounters fell in FY2025 to the lowest level since FY2020.", [("lowest_since", "supported")]),
    ("December 2023 was the highest month on record for southwest border encounters, and monthly encounters are now "
     "down more than 95% from that peak.", [("encounters_record", "supported"), ("encounters_change", "supported")]),
    ("Vietnam ya es el cuarto país que más le vende a EE.UU.", [("rank", "contradicted")]),
    ("China sigue siendo el país al que EE.UU. más le compra.", [("rank", "contradicted")]),
    ("Vietnam ya figura entre los cinco principales proveedores de EUA.", [("rank", "contradicted")]),
    ("En 2024, México y Canadá compraron más que los nueve mercados que les siguen combinados.",
     [("group_vs_next", "supported")]),
    ("En 2024 las exportaciones de Estados Unidos a México sumaron 334,032 millones de dólares, monto superior en "
     "3.2% al registrado en 2023.", [("trade_value", "supported"), ("trade_growth", "supported")]),
    ("En 2024 el déficit con México se amplió 25% respecto a 2023.", [("trade_growth", "contradicted")]),
    ("En 2024 el déficit comercial de EUA con México fue de 171,491 millones de dólares, el saldo negativo más "
     "elevado desde que se tiene registro.", [("trade_value", "supported"), ("trade_record", "supported")]),
    # An undated "last fiscal year" for a seizure change and for "the lowest since" (read as the latest year
    # loaded), "the monthly record", Spanish "los más bajos de la serie". (Border Patrol southwest FY2025 the lowest
    # since FY1970; CBP fentanyl 2024 → 2025 -48.2%, FY2024 → FY2025 -45.1%; cocaine FY2024 → FY2025 68,215.1 →
    # 70,079.7 lb; methamphetamine FY2024 → FY2025 -2.3%; southwest July 2025 7,824 lowest and December 2023
    # 301,981 highest since October 2021)
    ("Southwest border apprehensions last fiscal year were the lowest since 1970.", [("lowest_since", "supported")]),
    ("Fentanyl seizures fell by more than half last year.", [("seizures_change", "contradicted")]),
    ("Cocaine seizures rose last fiscal year.", [("seizures_direction", "supported")]),
    ("Methamphetamine seizures fell by about a quarter last fiscal year.", [("seizures_change", "contradicted")]),
    ("En julio de 2025 los encuentros en la frontera suroeste fueron los más bajos de la serie.",
     [("encounters_record", "supported")]),
    ("December 2023 was the monthly record for southwest border encounters.", [("encounters_record", "supported")]),
    # a value-added figure in a semicolon part that names no trade of its own (Mexican value added in U.S. exports
    # 1995 $3.82 bn, 2011 $23.90 bn)
    ("Mexican content in U.S. exports: about $3.8 billion in 1995; about $23.9 billion in 2011.",
     [("va_share", "supported"), ("va_share", "supported")]),
    # "Northern-border" hyphenated, a share of the count the sentence opens with ("Of the 2.9 million encounters …"),
    # "making it the second-busiest", "saw apprehensions nearly triple … and is now the busiest sector", the first
    # partner after a colon, a gapped "and with Mexico, …", an exporter's own content in its exports to one partner,
    # "one dollar in eight of what Mexico sold the U.S.", the Border Patrol's shorthand ("BP", "RGV", "SW border", a
    # sector's "k" count), "as they buy from us", a deficit "with the world", "from their peak", a thread's post number,
    # "population in 2024 was", another part's "parts". (northern Border Patrol FY2024 23,720, the peak since FY2000;
    # northern border 198,929 of 2,901,142 = 6.9%; San Diego FY2024 #2, 324,260; Swanton 6,930 → 19,390, ×2.80, #1 of
    # 8; Mexico two-way 2024 $839.56 bn; deficits 2024 China $295.5 bn, Mexico $171.5 bn; Mexican value added 67.6% of
    # Mexico's exports to the U.S. 2011; U.S. content 11.76% of imports from Mexico 2011; Border Patrol southwest May
    # 2022 224,370; Rio Grande Valley FY2014 256,393; Tucson FY2024 463,570; El Paso FY2023 427,470; imports from China
    # 2024 3.06× exports; deficit with the world 2024 $1.2 trillion; August 2025 9,740 vs December 2023 301,981, -96.8%;
    # Canada 2024 41,288,599; exports to Mexico 2024 $334.03 bn)
    ("Northern-border apprehensions by the Border Patrol set a record in fiscal 2024.",
     [("encounters_record", "supported")]),
    ("Of the 2.9 million encounters CBP logged nationwide in FY2024, about 7 percent were at the northern border.",
     [("encounters_value", "supported"), ("encounters_share", "supported")]),
    ("The San Diego sector logged 324,260 apprehensions in FY2024, making it the second-busiest sector on the "
     "southwest border.", [("encounters_value", "supported"), ("sector_rank", "supported")]),
    ("The Swanton sector saw apprehensions nearly triple in fiscal 2024 and is now the busiest sector on the northern "
     "border.", [("encounters_change", "supported"), ("sector_rank", "supported")]),
    ("Move over, China: Mexico is now the top U.S. trading partner, with two-way goods trade near $840 billion in "
     "2024.",
     [("rank", "supported"), ("trade_value", "supported")]),
    ("The goods deficit with China was about $295 billion in 2024 and with Mexico, roughly $171 billion.",
     [("trade_value", "supported"), ("trade_value", "supported")]),
    ("In 2011, Mexico's exports to the U.S. were about 68 percent Mexican value added.",
     [("va_domestic_share", "supported")]),
    ("In 2011, roughly one dollar in eight of what Mexico sold the U.S. was American content.",
     [("va_share", "close")]),
    ("BP alone did about 225k on the SW border in May '22.", [("encounters_value", "supported")]),
    ("RGV did about 256k in FY14, the year of the kids.", [("encounters_value", "supported")]),
    ("Tucson had roughly 460k in FY24, the most of any sector.",
     [("encounters_value", "supported"), ("sector_rank", "supported")]),
    ("El Paso in FY23 was swamped, sector hit about 430k.", [("encounters_value", "supported")]),
    ("We buy about three times as much from China as they buy from us.", [("trade_ratio", "supported")]),
    ("Our goods deficit with the world is about $1.2 trillion.", [("trade_value", "supported")]),
    ("Southwest border encounters are now down more than 96% from their peak.", [("encounters_change", "supported")]),
    ("8:05 PM “Canada buys $400 billion of our goods every year.” The 2024 goods figures say otherwise. ❌ 9b/",
     [("trade_value", "contradicted")]),
    ("Canada's population in 2024 was about 41.3 million.", [("population", "supported")]),
    ("Plants there assemble aircraft parts; U.S. exports to Mexico were about $334 billion in 2024.",
     [("trade_value", "supported")]),
    # a subtitle file's cue numbers and times are not figures, and its sentences run across cues (southwest border
    # encounters FY2024 2,135,005; exports to Mexico 2024 $334.03 bn)
    ("27 00:02:11,300 --> 00:02:14,900 En el año fiscal 2024 hubo 28 00:02:15,000 --> 00:02:18,200 2.1 millones de "
     "encuentros en la frontera suroeste.", [("encounters_value", "supported")]),
    ("1\n00:00:01,000 --> 00:00:04,500\nEn 2024, México le compró a Estados Unidos\n\n2\n00:00:04,500 --> "
     "00:00:08,000\nbienes por 334 mil millones de dólares.", [("trade_value", "supported")]),
    # A sector's hashtag ("#DelRioSector", "#TucsonSector … busiest sector", "#SwantonSector led the way"), "Mar '25",
    # "95%+", "between Jan '25 and Mar '25", a bill's "(24)", "of all United States goods exports", "of US exports to
    # Mexico" after China's (a ratio), "of which occurred at the southwest border", "the number apprehended in", "the
    # entire population of the United States", "#2 on the SWB … w/", an emoji between sentences, "approached", "the
    # monthly pace" in another part, "(USTR, 2024)", the month right after "on record", a pair after "import from", a
    # tariff's rate, a state "which alone exported", "the largest exporter to the United States", a present "remains"
    # with another clause's year, the months "since February 2025" against an average, "the peak month", a direction
    # told again with its figure. (Del Rio FY2021 259,290; March 2025 11,012, the low as it stood; August 2025 9,740 vs
    # FY2024 average 177,917, -94.5%; January → March 2025 -82.1%; Mexico 16.2% of exports; China 0.43× Mexico;
    # southwest 73.6% of nationwide FY2024; northern Border Patrol 10,020 → 23,720; 18.2 doses a resident; San Diego
    # FY2024 #2, 324,260; Tucson FY2024 #1, 463,570; northern border 23,720, Swanton first; Canada two-way 2024 $761.79
    # bn; Border Patrol southwest FY2023 2,045,838; SME exports to Mexico 2022 over $110 bn as stated; December 2023
    # 301,981; imports from Canada and Mexico 2024 $917.41 bn; imports 2024: China #2, 2013: Mexico 12.4%, China #1;
    # since February 2025 10,581 a month, -94.1%; May 2024 170,716, not the high; fentanyl FY2024 -19.0%)
    ('#DelRioSector agents logged 259,290 apprehensions in FY21 🚨',
     [("encounters_value", "supported")]),
    ("SW border encounters in Mar '25: 11,012. Lowest monthly total on record. 🇺🇸 Thank you to every agent.",
     [("encounters_value", "supported"), ("encounters_record", "supported")]),
    ("Aug '25 SW border encounters were 90%+ below the FY24 monthly average.",
     [("encounters_change", "supported")]),
    ("SW border encounters fell by more than 80% between Jan '25 and Mar '25.",
     [("encounters_change", "supported")]),
    ('Mexico purchased about $334,000,000,000 of United States goods in 2024, more than 15 percent of all '
     'United States goods exports.',
     [("trade_value", "supported"), ("trade_share", "supported")]),
    ('US exports to China were $143 billion in 2024, less than one-third of US exports to Mexico.',
     [("trade_value", "supported"), ("trade_ratio", "contradicted")]),
    ('(24) U.S. Customs and Border Protection reported 2,901,142 encounters nationwide in fiscal year '
     '2024, more than 70 percent of which occurred at the southwest border.',
     [("encounters_value", "supported"), ("encounters_share", "supported")]),
    ('In fiscal year 2024, the Border Patrol apprehended 23,720 people along the northern border, more '
     'than double the number apprehended in fiscal year 2023.',
     [("encounters_value", "supported"), ("encounters_change", "supported")]),
    ('In fiscal year 2023, CBP seized about 27,000 pounds of fentanyl, enough to kill the entire '
     'population of the United States more than 15 times over.',
     [("seizures", "supported"), ("doses_population", "supported")]),
    ('San Diego Sector was #2 on the SWB in FY24 w/ 324K apprehensions.',
     [("sector_rank", "supported"), ("encounters_value", "supported")]),
    ('#TucsonSector FY24: over 460K apprehensions 😳 busiest sector on the entire SW border.',
     [("encounters_value", "supported"), ("sector_rank", "supported")]),
    ('Northern border: #USBP apprehended about 24,000 between the ports in FY24. #SwantonSector led the way 🍁',
     [("encounters_value", "supported"), ("sector_rank", "supported")]),
    ('Two-way trade with Canada approached $800 billion in 2024.',
     [("trade_value", "supported")]),
    ('Border Patrol recorded about 2 million apprehensions at the southwest border in fiscal 2023; by last '
     'summer the monthly pace was a small fraction of that.',
     [("encounters_value", "supported")]),
    ('Over 49,000 U.S. SMEs exported to Mexico in 2022, shipping more than USD 100 billion in goods (USTR, 2024).',
     [("sme_count", "supported"), ("sme_value", "supported")]),
    # (a guard: a partner and a year in brackets still date the figure; exports to Mexico 2019 $256.68 bn)
    ("Exports to Mexico were $256.7 billion (Mexico, 2019).", [("trade_value", "supported")]),
    ('Monthly encounters at the southwest border fell from about 302,000 in Dec. 2023 to the lowest '
     'monthly total on record in July 2025.',
     [("encounters_record", "supported"), ("encounters_value", "supported")]),
    ('A 25 percent tariff on the roughly $917 billion in goods we import from Canada and Mexico would be a '
     'tax on American families.',
     [("trade_value", "supported")]),
    ('Consider Michigan, which alone exported more than $20 billion in goods to Canada in 2024.',
     [("no_data", "no_data")]),
    ('China remains the largest exporter to the United States.',
     [("rank", "contradicted")]),
    ('Although Mexico remains the largest exporter to the United States, its share of U.S. imports was '
     'only 12.4% in 2013.',
     [("rank", "supported"), ("trade_share", "supported")]),
    ('Southwest border encounters have averaged about 10,600 a month since February 2025, down more than '
     '90 percent from the FY2024 monthly average.',
     [("encounters_value", "supported"), ("encounters_change", "supported")]),
    ('In May 2024, the peak month, U.S. authorities registered about 171,000 encounters at the southwest border.',
     [("encounters_record", "contradicted"), ("encounters_value", "supported")]),
    ('CBP fentanyl seizures kept falling in FY2024, dropping about 19% from FY2023.',
     [("seizures_change", "supported")]),
    # imports "back", an event's year that dates no figure, "read … twice" (no multiple), the exporter's own share
    # "made here", "the share of the value in US exports … by now" (value added after the tables), a place denied
    # with "isn't even a top-5", "a 41-million-person market", a surplus "with them" (the country named before)
    # (Canada 2024: exports $349.91 bn, imports $411.89 bn; exports to Mexico and Canada 2024 $683.94 bn; WIOD 2005:
    # U.S. domestic value added 87.6% of its exports; two-way trade 2024: Germany #4; Canada's population 2024
    # 41,288,599; balance with Vietnam 2024: a deficit)
    ("We shipped $350B of goods north to Canada in 2024 and imported about $412B back.",
     [("trade_value", "supported"), ("trade_value", "supported")]),
    ("Mexico and Canada buy more than $600 billion of U.S. goods a year, the figure negotiators will cite at the 2026 "
     "review.", [("trade_value", "supported")]),
    ("I read the whole USTR report on Canada twice, and it says nothing new.", []),
    ("In 2005, about 88% of the value of US exports was actually made here.", [("va_domestic_share", "supported")]),
    ("Canada's share of the value in US exports must be above 3% by now.", [("no_data", "no_data")]),
    ("Germany isn't even a top-5 trading partner.", [("rank", "contradicted")]),
    ("Canada is a 41-million-person market.", [("population", "supported")]),
    ("Vietnam is no threat; we run a goods surplus with them.", [("balance_sign", "contradicted")]),
    # Spanish: "cifra récord", "medio kilo", the Mexican army's seizures ("la Sedena", "media tonelada"), "menos de
    # la mitad que el año anterior", "el sector número uno", "el récord de la Patrulla Fronteriza sigue siendo el
    # del año fiscal 2000" (fentanyl FY2024 21,889.2 lb, the high FY2023's 27,022.9 lb; 0.5 kg = 250,000 doses of
    # 2 mg; northern border encounters FY2025 85,746, ×0.43 of FY2024; Del Rio first of the sectors in FY2022 with
    # 480,930; southwest Title 8 high FY2000, nationwide FY1986)
    ("La CBP decomisó unas 22 mil libras de fentanilo en el año fiscal 2024, cifra récord.",
     [("seizures", "supported"), ("seizures_record", "contradicted")]),
    ("Según la DEA, medio kilo de fentanilo equivale a 250 mil dosis letales.", [("doses", "supported")]),
    ("La Sedena informó el aseguramiento de más de media tonelada de fentanilo en Sonora.",
     [("seizures", "no_data")]),
    ("Los encuentros en la frontera con Canadá bajaron en el año fiscal 2025 a menos de la mitad que el año "
     "anterior.",
     [("encounters_change", "supported")]),
    ("En el año fiscal 2022, Del Río fue el sector número uno en detenciones.", [("sector_rank", "supported")]),
    ("El récord de la Patrulla Fronteriza sigue siendo el del año fiscal 2000.", [("encounters_record", "depends")]),
    # a sector's place as "number two", and "it was #1" of the sector named before; a figure in brackets after a
    # span of years is its first year's (Border Patrol, southwest sectors: FY2021 Rio Grande Valley 549,080, Del
    # Rio 259,290 second; FY2022 Del Rio 480,930, +85.5% on FY2021; FY2023 El Paso first, 427,470)
    ("In fiscal 2021, Del Rio was number two, with more than 250,000 apprehensions.",
     [("sector_rank", "supported"), ("encounters_value", "supported")]),
    ("Del Rio sector apprehensions rose by more than 80% between FY21 and FY22 (259k up to about 481k).",
     [("encounters_change", "supported"), ("encounters_value", "supported"), ("encounters_value", "supported")]),
    ("The El Paso sector moved up fast: it was #1 in FY2023 with about 427,000 apprehensions.",
     [("sector_rank", "supported"), ("encounters_value", "supported")]),
    # "beat" compares and overtakes (WIOD 1995: Mexican value added in U.S. exports 1.91 times China's; two-way trade
    # 2024: Mexico #1)
    ("Mexican content in U.S. exports beat Chinese content in 1995.", [("va_compare", "supported")]),
    ("Mexico beat Canada as the top U.S. trading partner in 2024.", [("rank", "supported")]),
    # CBP's two components over a span of months, month by month; "encounters at ports of entry" are Field
    # Operations' (southwest, Border Patrol vs Field Operations: October 2024 56,520 vs 49,801, November 46,612 vs
    # 47,574, December 47,324 vs 48,713, January 2025 29,107 vs 32,341; in all four months 179,563 vs 178,429)
    ("From October 2024 through January 2025, the Border Patrol recorded more southwest border encounters than field "
     "operations did.", [("component_compare", "contradicted")]),
    ("In December 2024, encounters at ports of entry on the southwest border outnumbered Border Patrol apprehensions.",
     [("component_compare", "supported")]),
    # a change named after its figure ("a 7% increase", "the roughly 60% gain in sales to Canada", for the partner
    # named after it) and "the gain since then" (imports from Mexico 2023 → 2024 +6.9%; SME exports 2016 → 2022:
    # Mexico +44.4%, Canada +62.1%; exports to Mexico 2016 $230.23 bn → 2024 +45.1%); "30% more than" stays a ratio
    # (a guard: exports 2024 Canada/Mexico 1.05×)
    ("Imports from Mexico saw a 7% increase in 2024.", [("trade_growth", "supported")]),
    ("Small-business exports to Mexico grew about 44% between 2016 and 2022, and the roughly 60% gain in sales to "
     "Canada was faster.", [("sme_growth", "supported"), ("sme_growth", "supported")]),
    ("Exports to Mexico were $230 billion in 2016; the gain since then is about 45%.",
     [("trade_value", "supported"), ("trade_growth", "supported")]),
    ("Exports to Canada are 30% more than exports to Mexico.", [("trade_ratio", "contradicted")]),
    # "since NAFTA took effect" is since 1994, its first year in force, in Spanish too (two-way trade with Mexico
    # 1994 → 2024: ×8.37); a year the text names is the base (a guard: exports to Mexico 1993 $41.58 bn → 2024 ×8.03)
    ("Trade with Mexico has grown more than eightfold since NAFTA took effect.", [("trade_growth", "supported")]),
    ("Trade with Mexico has grown tenfold since NAFTA.", [("trade_growth", "contradicted")]),
    ("Exports to Mexico have grown about eightfold since NAFTA took effect, from $41.6 billion in 1993.",
     [("trade_growth", "supported"), ("trade_value", "supported")]),
    ("Desde la entrada en vigor del TLCAN, el comercio con Estados Unidos se multiplicó por más de ocho.",
     [("trade_growth", "supported")]),
    # "the biggest trading relationship the U.S. has" is a rank among partners (two-way trade 2024: Canada #2); the
    # world's is not loaded (a guard)
    ("Canada is the biggest two-way trading relationship the U.S. has.", [("rank", "contradicted")]),
    ("The U.S.-Mexico trade relationship is the biggest trading relationship in the world.", [("no_data", "no_data")]),
    # a stage direction in brackets ends a sentence, and the next still goes on about the figure before (a guard:
    # southwest July 2025 7,824, 97.4% below December 2023's 301,981)
    ("In July 2025 southwest border encounters came to about 7,800. [Applause] That's a drop of more than 97 percent "
     "from December 2023.", [("encounters_value", "supported"), ("encounters_change", "supported")]),
    # "last fiscal year, FY2024": the year said beside it (Laredo sector FY2024: 31,110)
    ("Laredo sector had about 45,000 apprehensions last fiscal year, FY2024.", [("encounters_value", "contradicted")]),
    # "July's …" is a month, the latest July (southwest: July 2025 94.3% below the 2024 monthly average; August 92.9%)
    ("July's southwest border encounters were 94.3 percent below the 2024 monthly average.",
     [("encounters_change", "supported")]),
    # "is a country of" (Mexico 2024: 130,861,007)
    ("Mexico is a country of about 130 million.", [("population", "supported")]),
    # "Since February, it has been …" after a figure for another period: the months from the latest February
    # (southwest: FY2024 177,917 a month; February–August 2025 10,581 a month)
    ("The southwest border averaged about 178,000 encounters a month in fiscal 2024. Since February, it has been about "
     "10,500 a month.", [("encounters_value", "supported"), ("encounters_value", "supported")]),
    # a year before the counted noun is no count ("in fiscal 2024 encounters")
    ("In fiscal 2024 encounters averaged about 178,000 a month at the southwest border.",
     [("encounters_value", "supported")]),
    # a change said after "from … in one year to … in another" runs between them (Swanton: FY2021 370 → FY2024 19,390,
    # ×52.41; southwest: FY2021 1,734,686 → FY2024 2,135,005, +23.1%)
    ("The Swanton sector went from 370 apprehensions in FY2021 to over 19,000 in FY2024, a more than fiftyfold "
     "increase.", [("encounters_value", "supported"), ("encounters_value", "supported"),
                   ("encounters_change", "supported")]),
    ("Southwest border encounters went from about 1.7 million in fiscal 2021 to 2.1 million in fiscal 2024, a 23% "
     "increase.", [("encounters_value", "supported"), ("encounters_value", "supported"),
                   ("encounters_change", "supported")]),
    # one sector against another without a figure (FY2024: Laredo 31,110, Swanton 19,390, Big Bend 4,920)
    ("In fiscal 2024 the Laredo sector made more apprehensions than the Swanton sector.",
     [("sector_compare", "supported")]),
    ("Big Bend caught more people in fiscal 2024 than the Swanton sector.", [("sector_compare", "contradicted")]),
    # "on par with" (WIOD 2011: Canadian value added in U.S. exports 0.99 times China's)
    ("In 2011 Canadian value added in U.S. exports was roughly on par with China's.", [("va_compare", "supported")]),
    # counts in words with a few words before their noun, and "and a half thousand" (December 2023: Border Patrol
    # southwest 249,740; February–August 2025: 10,581 a month)
    ("In December 2023 the Border Patrol alone recorded about two hundred and fifty thousand southwest border "
     "encounters.", [("encounters_value", "supported")]),
    ("Since February 2025, southwest border encounters have averaged about ten and a half thousand a month.",
     [("encounters_value", "supported")]),
    # a seizure year that "was a record" (fentanyl: FY2023 27,022.9 lb, the highest of FY2019–FY2025); deaths from
    # opioids are not loaded
    ("Fentanyl seizures in fiscal 2023 were a record.", [("seizures_record", "supported")]),
    ("Seventy thousand Americans died from synthetic opioids in 2022.", [("no_data", "no_data")]),
    # value added said as "the American share of what we imported" and "made in" the exporter (2011: 4.47 times the
    # share in imports from China; Canada's own content 79.8%); "one-point-three percent" (Mexican value added 1.30%)
    ("In 2011 the American share of what we imported from Mexico was roughly four and a half times the American share "
     "of what we imported from China.", [("va_ratio", "supported")]),
    ("In 2011 only about 80 percent of what Canada exported was made in Canada.", [("va_domestic_share", "supported")]),
    ("In 2011, Mexican value added was one-point-three percent of U.S. gross exports.", [("va_share", "supported")]),
    # value added "today" is after the loaded tables (WIOD 2013 ends in 2011)
    ("Today, Mexican content makes up about 2 percent of U.S. exports.", [("no_data", "no_data")]),
    # "peaked back in", "peaked that same year" (exports to Canada: 2022 $359.08 bn, the peak; two-way trade with China:
    # 2018 $658.80 bn, passed in 2022)
    ("Exports to Canada peaked back in 2022.", [("trade_record", "supported")]),
    ("Two-way trade with China peaked that same year, 2018.", [("trade_record", "contradicted")]),
    # "Since then" opening a sentence: since the year the sentence before named, after a stage direction too (imports
    # from Mexico 2013 $280.56 bn → 2024 $505.52 bn, +80.2%; from China 2018 $538.51 bn → 2024 $438.74 bn, -18.5%)
    ("Imports from Mexico came to about $281 billion in 2013. Since then they have grown about 80%.",
     [("trade_value", "supported"), ("trade_growth", "supported")]),
    ("Imports from China peaked in 2018. [Applause] Since then they have fallen by nearly a fifth.",
     [("trade_record", "supported"), ("trade_growth", "supported")]),
    # "record" in a court's sense is no record (imports from Mexico 2024: $505.52 bn)
    ("Each plaintiff is an importer of record, and the record shows that imports from Mexico totaled $505.5 billion in "
     "2024.", [("trade_value", "supported")]),
    # a deficit whose change is the claim is not also a claim of its sign (balance with Mexico 2019 -$99.42 bn → 2024
    # -$171.49 bn, ×1.72)
    ("The deficit with Mexico, moreover, has more than doubled since 2019.", [("trade_growth", "contradicted")]),
    # both of CBP's components together are all of CBP (nationwide FY2024: 2,901,142)
    ("CBP officers and Border Patrol agents together logged about 2.9 million encounters nationwide in fiscal 2024.",
     [("encounters_value", "supported")]),
    # the exporter's own share of its exports' value, in other words (WIOD 2013: U.S. domestic value added 85.1% in
    # 2011, 90.5% in 1995; Canada 79.8% in 2011)
    ("In 2011 the American share of the value of U.S. exports was about 85%.", [("va_domestic_share", "supported")]),
    ("About 90% of the value of U.S. exports was 'made in USA' in 1995.", [("va_domestic_share", "supported")]),
    ("Canada's exports carried roughly 80% national value added in 2011.", [("va_domestic_share", "supported")]),
    ("En 2011, cerca del 85% del valor de lo que exporta Estados Unidos era valor agregado propio.",
     [("va_domestic_share", "supported")]),
    # U.S. content in what the U.S. "imported" or "bought" from a partner, and its multiple as a share (2011: 11.76% of
    # imports from Mexico; 4.47 times the share in imports from China)
    ("Some 12% of what the U.S. imported from Mexico in 2011 was U.S. value added, more than four times the share in "
     "what it imported from China.", [("va_share", "supported"), ("va_ratio", "supported")]),
    ("En 2011, casi 12% de lo que Estados Unidos le compraba a México era valor agregado estadounidense.",
     [("va_share", "supported")]),
    # "multiplied by" a number, and Spanish "se ha multiplicado … veces" with trade "con Estados Unidos" as Mexico's
    # (two-way trade with Mexico: 1994 $100.34 bn → 2024 $839.56 bn, ×8.37; exports to Canada 1994–2024 ×3.06)
    ("Two-way trade with Mexico multiplied by more than eight between 1994 and 2024.", [("trade_growth", "supported")]),
    ("Exports to Canada multiplied by 10 from 1994 to 2024.", [("trade_growth", "contradicted")]),
    ("Desde 1994 el comercio con Estados Unidos se ha multiplicado más de ocho veces.",
     [("trade_growth", "supported")]),
    ("El comercio bilateral era de 100 mil millones de dólares en 1994; desde entonces se ha multiplicado más de nueve "
     "veces.", [("trade_value", "supported"), ("trade_growth", "contradicted")]),
    # a sector's change from one fiscal year to another (Swanton: FY2022 1,070 → FY2024 19,390, ×18.12; Tucson: FY2023
    # 373,630 → FY2024 463,570, +24.1%)
    ("Apprehensions in the Swanton Sector rose more than fifteenfold between fiscal 2022 and fiscal 2024.",
     [("encounters_change", "supported")]),
    ("Tucson Sector apprehensions rose about 24% from FY2023 to FY2024.", [("encounters_change", "supported")]),
    # one sector as a multiple of another; "the sector" is the one named the sentence before (FY2024 Tucson 463,570 vs
    # San Diego 324,260, 1.43×; FY2014 Rio Grande Valley 256,393 vs Tucson 87,915, 2.92×)
    ("Tucson's FY2024 apprehensions were nearly 1.5 times San Diego's.", [("sector_compare", "supported")]),
    ("Rio Grande Valley agents were the busiest in FY2014. The sector logged about three times Tucson's total.",
     [("sector_compare", "supported")]),
    # one drug's seizures as a multiple of another's (FY2024 methamphetamine 174,197.0 lb vs cocaine 68,215.1 lb, 2.55×;
    # FY2023 fentanyl 27,022.9 lb vs cocaine 81,085.4 lb, 0.33×)
    ("Methamphetamine seizures in FY2024 were more than double the cocaine total.", [("seizures_ratio", "supported")]),
    ("In FY2023 CBP's fentanyl seizures were about half the cocaine total.", [("seizures_ratio", "contradicted")]),
    # one border's encounters as a share of another's (FY2024: northern 198,929 of southwest 2,135,005, 9.3%)
    ("Northern border encounters in FY2024 were less than a tenth of the southwest border's total.",
     [("encounters_share", "supported")]),
    # an overtaking dated in its own clause, before or after it (Chinese vs Mexican value added in U.S. exports: 1995
    # 0.52×, 2004 1.12×, 2011 1.45×)
    ("Mexican content in U.S. exports was bigger than China's in 1995, but by 2011 China had overtaken Mexico.",
     [("va_compare", "supported"), ("va_compare", "supported")]),
    ("1995: Mexican content was about 1.9 times Chinese content in U.S. exports; China had overtaken Mexico by 2004.",
     [("va_ratio", "supported"), ("va_compare", "supported")]),
    # a short Spanish sentence is read as Spanish by its verbs of trade (exports 2024: Canada $349.91 bn, China
    # $143.23 bn, 2.44×)
    ("Canadá le compra a Estados Unidos tres veces lo que le compra China.", [("trade_ratio", "contradicted")]),
    # Spanish: "superaron en 15% a las provenientes de China" (imports 2024: Mexico/China 1.15×); "Ya somos el principal
    # socio comercial" in a Mexican voice (two-way trade 2024: Mexico #1, $839.56 bn)
    ("Las importaciones de EU desde México superaron en 15% a las provenientes de China en 2024.",
     [("trade_ratio", "supported")]),
    ("Ya somos el principal socio comercial de Estados Unidos, y eso lo dicen los datos.", [("rank", "supported")]),
    # CBP's seizures credited to the Border Patrol: read on all of CBP too when its own contradict, unless the text says
    # "between the ports" (fentanyl FY2024: all of CBP 21,889.2 lb, Border Patrol 2,988.9 lb)
    ("Border Patrol seized nearly 22,000 pounds of fentanyl in FY2024.", [("seizures", "depends")]),
    ("Between the ports, Border Patrol seized nearly 22,000 pounds of fentanyl in FY2024.", [("seizures", "contradicted")]),
    ("Border Patrol agents seized about 3,000 pounds of fentanyl in FY2024.", [("seizures", "supported")]),
    # "encountered" is the encounters' word (southwest FY2023: all of CBP 2,475,669; Border Patrol 2,045,838)
    ("Border Patrol agents encountered nearly 2.5 million migrants at the southern border in FY2023.",
     [("encounters_value", "depends")]),
    ("The Border Patrol alone encountered nearly 2.5 million migrants at the southern border in FY2023.",
     [("encounters_value", "contradicted")]),
    # another sector in the same place, another year (FY2023 El Paso first, the Rio Grande Valley fourth; FY2022 Del Rio
    # first)
    ("RGV was the busiest sector in FY2023, Del Rio in FY2022.", [("sector_rank", "contradicted"),
                                                                  ("sector_rank", "supported")]),
    # a country's place with no ranking named is among trading partners (two-way trade 2024: China #3, $581.97 bn);
    # "now … is number one" after a ranking just named (2022: Canada #1; 2024: Mexico #1)
    ("Among individual countries, China slipped to 3rd place in 2024.", [("rank", "supported")]),
    ("In 2022 Canada was our biggest trading partner, and now Mexico is number one.",
     [("rank", "supported"), ("rank", "supported")]),
    # a sector's place said again in a clause of its own (FY2021 Rio Grande Valley first, 549,080; FY2022 Del Rio
    # first, 480,930, the Rio Grande Valley second; FY2023 El Paso first; FY2013 the Rio Grande Valley first, Tucson
    # second; FY2024 Tucson first)
    ("Our busiest sector in fiscal year 2021 was the Rio Grande Valley, and it led all sectors again in fiscal year "
     "2022.", [("sector_rank", "supported"), ("sector_rank", "contradicted")]),
    ("Yuma was a busy sector in FY2022; in FY2021, the Rio Grande Valley had been No. 1.", [("sector_rank", "supported")]),
    ("El Paso led all sectors in fiscal 2023, and Tucson, not San Diego, ranked first back in fiscal 2013.",
     [("sector_rank", "supported"), ("sector_rank", "contradicted")]),
    # "took over the top spot": first that year and not the year before (Tucson: FY2023 third, FY2024 first; the Rio
    # Grande Valley already first in FY2013)
    ("The Tucson sector took over the top spot in 2024.", [("sector_rank", "supported")]),
    ("The Rio Grande Valley sector took over the top spot in fiscal 2014.", [("sector_rank", "contradicted")]),
    # a rule's thresholds are not statistics; a statistic beside a rule's name still is (imports from Vietnam: 2018
    # $49.14 bn → 2024 $136.50 bn, ×2.78)
    ("A: Under Section 321, shipments worth $800 or less could enter duty-free; formal entry applies above $2,500.", []),
    ("Imports from Vietnam have nearly tripled since 2018, when the first Section 301 tariffs hit Chinese goods.",
     [("trade_growth", "supported")]),
    # "since February … to about 11,000 a month": the months from the latest February loaded (southwest, February–
    # August 2025: 10,581 a month)
    ("Since February, southwest border encounters have collapsed to about 11,000 a month.",
     [("encounters_value", "supported")]),
    # a share said again by pronoun in the next sentence (Canada and Mexico, 2024: 33.2% of U.S. exports)
    ("Canada and Mexico take 40% of U.S. exports, the senator said. They took 33.2% in 2024.",
     [("trade_share", "contradicted"), ("trade_share", "supported")]),
    # "exceeded it by 45%" after another origin's value added (WIOD 2011: Mexican $23.90 bn, Chinese $34.62 bn, 1.45×),
    # in English and in Spanish ("el de origen chino lo superaba en 45%")
    ("In 2011 Mexican value added embodied in U.S. exports amounted to nearly 24 billion dollars; Chinese value added "
     "exceeded it by 45%.", [("va_share", "supported"), ("va_ratio", "supported")]),
    ("En 2011 el valor agregado mexicano en las exportaciones de EU fue de unos 24 mil millones de dólares; el de "
     "origen chino lo superaba en 45%.", [("va_share", "supported"), ("va_ratio", "supported")]),
    # "las importaciones que EE.UU. realiza desde México", "en las procedentes de China": U.S. content returning in
    # imports (2011: from Mexico 11.76%, from China 2.63%)
    ("En 2011 el contenido estadounidense de las importaciones que EE.UU. realiza desde México era cercano al 12%, "
     "frente a apenas 2.6% en las procedentes de China.", [("va_share", "supported"), ("va_share", "supported")]),
    # both sides after the multiple, the larger first, though the sentence before named the smaller (U.S. content as a
    # share of imports, 2011: from China 2.63%, from Mexico 4.47 times as large)
    ("In 2011 U.S. content made up just 2.6% of imports from China. The share of U.S. content was more than four times "
     "larger in imports from Mexico than in imports from China.", [("va_share", "supported"), ("va_ratio", "supported")]),
    # the one Border Patrol series a text names (southwest with Title 42 expulsions: FY2022 2,206,436, the peak;
    # nationwide Title 8 apprehensions: FY1986 1,692,544, the peak)
    ("Con Título 42 incluido, el máximo de la Patrulla Fronteriza en la frontera suroeste fue el fiscal 2022.",
     [("encounters_record", "supported")]),
    ("Counting only Title 8 apprehensions, the Border Patrol peaked nationwide in fiscal 1986.",
     [("encounters_record", "supported")]),
    # a place denied holds where the place does not (imports 2024: Mexico #1, China #2; two-way trade 2022: Canada
    # #1, Mexico #2)
    ("China is no longer our #1 import source.", [("rank", "supported")]),
    ("Mexico is no longer our #1 import source.", [("rank", "contradicted")]),
    ("Mexico was not the largest U.S. trading partner in 2022.", [("rank", "supported")]),
    # a month's short name as the base of a change (southwest: February 2024 189,913 → February 2025 11,714, −93.8%)
    ("Encounters at the southwest border in Feb. 2025 were down 94% from Feb. 2024.",
     [("encounters_change", "supported")]),
    # "parts-maker" is not value added in parts (exports to Canada 2024 $349.91 bn)
    ("A Windsor parts-maker told me Canada buys about $350 billion of U.S. goods a year.", [("trade_value", "supported")]),
    # U.S. content in "the value of Mexican goods sold to the U.S." (WIOD 2011: 11.76%)
    ("In 2011 about 12 per cent of the value of Mexican goods sold to the U.S. was American content.",
     [("va_share", "supported")]),
    # sectors: "No. 1 on the whole SW border", "led the whole SW border", "the fewest apprehensions of any … sector"
    # (FY2022 Del Rio first, 480,930; FY2024 Tucson first, 463,570; FY2024 Big Bend last of nine, 4,920; Yuma sixth)
    ("Del Rio Sector was No. 1 on the whole SW border in FY2022.", [("sector_rank", "supported")]),
    ("Tucson Sector led the whole SW border in FY2024 with more than 460,000 apprehensions.",
     [("sector_rank", "supported"), ("encounters_value", "supported")]),
    ("Big Bend Sector had the fewest apprehensions of any southwest sector in FY2024.", [("sector_rank", "supported")]),
    ("Yuma Sector recorded the fewest apprehensions of any southwest border sector in FY2024.",
     [("sector_rank", "contradicted")]),
    # a multiple of the figure before, for the partner after "that" (exports 2024: Japan $78.98 bn, Mexico $334.03 bn,
    # 4.23×; SMEs 2022, as USTR states them: Canada over $83 bn, Mexico over $110 bn, 1.33×)
    ("We sold about $80 billion of goods to Japan in 2024 and more than four times that to Mexico.",
     [("trade_value", "supported"), ("trade_ratio", "supported")]),
    ("American small businesses shipped over $83 billion in goods to Canada in 2022, and about a third more than that "
     "to Mexico.", [("sme_value", "supported"), ("sme_ratio", "supported")]),
    # "brought in" is imports (Canada 2024: exports $349.91 bn, imports $411.89 bn)
    ("In 2024 we exported about $350 billion in goods to Canada and brought in about $412 billion.",
     [("trade_value", "supported"), ("trade_value", "supported")]),
    # "Canada's a distant third" (imports 2024: Mexico #1, Canada #3)
    ("Mexico remains our top supplier; Canada's a distant third.", [("rank", "supported"), ("rank", "supported")]),
    # a time named as a border series' high: "the FY23 peak", "the record month" (southwest: FY2023 2,475,669, the
    # highest fiscal year loaded; FY2024 2,135,005; December 2023 301,981, the highest month)
    ("FY2024 was about 2.1 million encounters at the southwest border, down from the FY23 peak.",
     [("encounters_value", "supported"), ("encounters_record", "supported")]),
    ("Southwest border encounters were about 2.5 million in FY2023, and December '23 is still the record month.",
     [("encounters_value", "supported"), ("encounters_record", "supported")]),
    # "since March it has averaged": the months from the latest March loaded (southwest, March–August 2025: 10,392 a
    # month)
    ("Since March it has averaged about 9,000 a month at the southwest border.", [("encounters_value", "contradicted")]),
    # a month as the subject of "dropped", after a dated month (southwest: January 2025 61,448, February 2025 11,714)
    ("January 2025 at the southwest border came in near 61,000 encounters, and February dropped under 12,000.",
     [("encounters_value", "supported"), ("encounters_value", "supported")]),
    # a comparison after a dash, with a name that takes its article (exports 2024: Japan $78.98 bn, the Netherlands
    # $88.22 bn)
    ("Japan bought just under $79 billion in American goods last year — less than the Netherlands.",
     [("trade_value", "supported"), ("trade_compare", "supported")]),
    # "every man, woman and child in America" (FY2023: 18.2 times the U.S. population)
    ("The fentanyl CBP seized in FY2023 could kill every man, woman and child in America 18 times over.",
     [("doses_population", "supported")]),
    # "a country of 41 million" (Canada 2024: 41,288,599)
    ("Canada, a country of 41 million, bought about $350 billion of U.S. goods in 2024.",
     [("population", "supported"), ("trade_value", "supported")]),
    # Spanish: "el sector más caliente", "le vendimos a Estados Unidos" in a Mexican voice (imports from Mexico 2024
    # $505.52 bn, China $438.74 bn), "la quinta parte de lo que importaba", "hoy anda en" (China's share of imports:
    # 2017 21.6%, 2024 13.4%), "alcanzaba para matar … a toda la población" (FY2024: 14.6× the U.S. population),
    # "entre lo que compra y lo que vende" (two-way trade with Canada 2024 $761.79 bn); El Paso first in FY2023
    # (427,470)
    ("En el año fiscal 2023 el sector más caliente fue El Paso.", [("sector_rank", "supported")]),
    ("El año pasado le vendimos a Estados Unidos más de 500 mil millones de dólares, más que China.",
     [("trade_value", "supported"), ("trade_compare", "supported")]),
    ("En 2017 China era más de la quinta parte de lo que importaba Estados Unidos y hoy anda en 13 por ciento.",
     [("trade_share", "supported"), ("trade_share", "supported")]),
    ("Lo decomisado de fentanilo en el fiscal 2024 alcanzaba para matar quince veces a toda la población de Estados "
     "Unidos.", [("doses_population", "supported")]),
    ("En 2024, Estados Unidos comerció con Canadá unos 760 mil millones de dólares entre lo que compra y lo que vende.",
     [("trade_value", "supported")]),
    # the year a change goes to after a fiscal year is fiscal too (heroin: FY2023 1,511.0 lb; FY2024 1,160.6 lb,
    # calendar 2024 would be another figure)
    ("Heroin seizures nationwide fell from about 1,500 pounds in fiscal 2023 to about 1,200 in 2024.",
     [("seizures", "supported"), ("seizures", "supported")]),
    # "ya" (already, now) before a comparison after a change since a year: the latest year (imports from Vietnam
    # 2013 $24.65 bn → 2024 $136.50 bn, ×5.54; Japan 2024 $148.37 bn)
    ("Las ventas de Vietnam a Estados Unidos se multiplicaron más de cinco veces desde 2013 y ya le vende más que "
     "Japón.", [("trade_growth", "supported"), ("trade_compare", "contradicted")]),
    # the Rio Grande Valley, named alone, is a sector (FY2016: 186,830)
    ("In fiscal 2016 the Rio Grande Valley had fewer than 200,000 apprehensions.", [("encounters_value", "supported")]),
    # comparisons: "more than went to Mexico", "than we sell to the entire EU", "than all of Europe" (exports 2024:
    # Canada $349.91 bn, Mexico $334.03 bn, EU $369.79 bn)
    ("U.S. exports to Canada came to about $350 billion in 2024, more than went to Mexico.",
     [("trade_value", "supported"), ("trade_compare", "supported")]),
    ("Canada buys more from us than all of Europe.", [("trade_compare", "contradicted")]),
    ("We sell more to Canada than we sell to the entire EU.", [("trade_compare", "contradicted")]),
    # records said as "more … than in any previous year", "than in any year in its history" (imports from Mexico 2024
    # $505.52 bn, the series high; from Canada 2020 $270.03 bn, above 2009's; southwest Border Patrol FY2000
    # 1,643,679, the Title 8 high, below FY2022's 2,206,436 with Title 42 expulsions)
    ("Mexico shipped more goods to the United States in 2024 than in any previous year.", [("trade_record", "supported")]),
    ("In 2020 we bought less from Canada than in any year before.", [("trade_record", "contradicted")]),
    ("In FY2000, Border Patrol made more apprehensions at the southwest border than in any year in its history.",
     [("encounters_record", "depends")]),
    # a month's extreme at the "U.S.-Mexico border" or "SW border" with no count noun (southwest: December 2023
    # 301,981, the highest month from October 2021)
    ("December 2023 was the highest month on record at the U.S.-Mexico border.", [("encounters_record", "supported")]),
    # a seizure extreme over a span of years: since that many years before (heroin FY2024 1,160.6 lb, below every
    # fiscal year from FY2019; meth FY2023 140,407.8 lb, below FY2022's 175,410.0 lb)
    ("Heroin seizures in fiscal 2024 were the lowest in five years.", [("seizures_record", "supported")]),
    ("Meth seizures in fiscal 2023 were the highest in at least four years.", [("seizures_record", "contradicted")]),
    # "the biggest we've ever run", "the largest we have ever posted": a trade record (balance with Mexico 2024
    # −$171.49 bn, the series low; with China 2022 −$382.28 bn, above 2018's −$418.23 bn)
    ("The goods deficit with Mexico in 2024 was the biggest we've ever run with them.", [("trade_record", "supported")]),
    ("In 2022 the deficit with China was the largest we have ever posted with Beijing.",
     [("trade_record", "contradicted")]),
    # an extreme with a long noun phrase before "since" (southwest Border Patrol April 2025: 8,383, above March 2025's
    # 7,180)
    ("April 2025 saw the lowest monthly Border Patrol apprehension total at the southwest border since the year 2000.",
     [("lowest_since", "contradicted")]),
    # places: "ranked a distant third", a second place elided after the first, "down to number five", and a place
    # given as the answer to where a partner ranks (exports 1990: Mexico #3, $28.3 bn; imports 2024: Japan #5,
    # Germany #4; exports 2024: Japan #6)
    ("In 1990 Mexico ranked a distant third among U.S. export markets.", [("rank", "supported")]),
    ("Among U.S. import sources in 2024, Japan ranked fifth and Germany sixth.",
     [("rank", "supported"), ("rank", "contradicted")]),
    ("Japan's down to number five as a market for U.S. goods.", [("rank", "contradicted")]),
    ("Question 7: Where did Germany rank among U.S. suppliers in 2024? Fourth, behind Mexico, China and Canada.", [("rank", "supported")]),
    ("Question 7: Where did Germany rank among U.S. suppliers in 2024? Seventh, after Japan.",
     [("rank", "contradicted")]),
    # a sector ranked again by pronoun in another year, and "#3 on the southwest border" (Tucson: FY2024 #1, 463,570;
    # FY2023 #3, El Paso first with 427,470; El Paso FY2024 #3)
    ("The Tucson sector was the busiest on the southwest border in FY2024; it also ranked first in FY2023.",
     [("sector_rank", "supported"), ("sector_rank", "contradicted")]),
    ("In fiscal 2024 the El Paso sector was #3 on the southwest border.", [("sector_rank", "supported")]),
    # "a record in 2022 and again in 2024": two records (exports to Mexico: 2022 $327.02 bn, 2024 $334.03 bn, each the
    # series high when set)
    ("Exports to Mexico hit a record in 2022 and again in 2024.",
     [("trade_record", "supported"), ("trade_record", "supported")]),
    # "down about 4% from that high": from the peak's year (trade with Canada: 2022 $796.50 bn → 2024 $761.79 bn,
    # −4.4%)
    ("U.S. goods trade with Canada peaked in 2022 and in 2024 was down about 4% from that high.",
     [("trade_record", "supported"), ("trade_growth", "supported")]),
    # Spanish "alcanza para medio millón de dosis" (1 kg at 2 mg a dose: 500,000)
    ("Con dos miligramos por dosis, un kilo de fentanilo alcanza para medio millón de dosis letales.",
     [("doses", "supported")]),
    # "the highest in a series that goes back to FY1960": the year's high, and for a year that counts Title 42
    # expulsions, on Title 8 apprehensions alone too (southwest FY2022: 2,206,436, the series high; Title 8 alone
    # 1,152,352, the highest since FY2005, 1,171,396)
    ("Southwest border apprehensions in FY2022 were the highest in a series that goes back to FY1960.",
     [("lowest_since", "depends")]),
    ("Southwest border apprehensions in FY2022 were the highest since 2005.", [("lowest_since", "supported")]),
    # a list of partners with percentages under words that name a flow's split (imports 2024: Mexico 15.5%, China 13.4%)
    ("Share of 2024 U.S. goods imports by source: Mexico 15.5%, China 20%.",
     [("trade_share", "supported"), ("trade_share", "contradicted")]),
    # "have since fallen" runs from the month named to the latest loaded (southwest: December 2023 301,981; August 2025
    # 9,740, −96.8%)
    ("Southwest border encounters peaked in December 2023 and have since fallen by more than 90%.",
     [("encounters_record", "supported"), ("encounters_change", "supported")]),
    # "the all-time peak" after a year's figure, and "the all-time record … was in fiscal 1986": Title 8 apprehensions
    # or with Title 42 expulsions (southwest FY2000 1,643,679, the Title 8 peak; nationwide FY1986 1,692,544; FY2022
    # higher)
    ("Southwest border apprehensions reached 1.64 million in FY2000, the all-time peak.",
     [("encounters_value", "supported"), ("encounters_record", "depends")]),
    ("The Border Patrol's all-time record for apprehensions was in fiscal 1986.", [("encounters_record", "depends")]),
    # "the sector with the most apprehensions" (FY2024: Tucson #1, 463,570; El Paso #3)
    ("In fiscal 2024 El Paso was the sector with the most apprehensions.", [("sector_rank", "contradicted")]),
    # a margin right after the comparison is one gap (2024 deficits: Mexico $171.49 bn, Vietnam $123.46 bn, $48.03 bn)
    ("Our deficit with Mexico is bigger than our deficit with Vietnam by about $48 billion.",
     [("trade_gap", "supported")]),
    # Spanish: "más comerció" (total trade 2024: Mexico #1); "el más grande de la historia" (balance with Mexico 2024,
    # −$171.49 bn, the lowest since 1985); "el mes más bajo de su registro" (southwest July 2025: 7,824, the lowest
    # since October 2021); "el sector con más detenciones" (FY2024: Tucson #1)
    ("Ok: en 2024 México fue el país con el que Estados Unidos más comerció.", [("rank", "supported")]),
    ("En 2024 el déficit de EE.UU. con México fue el más grande de la historia.", [("trade_record", "supported")]),
    ("En julio de 2025 la CBP reportó unos 7,800 encuentros en la frontera suroeste: el mes más bajo de su registro.",
     [("encounters_value", "supported"), ("encounters_record", "supported")]),
    ("En el año fiscal 2024, Tucson fue el sector con más detenciones.", [("sector_rank", "supported")]),
    # two seizure figures in one sentence, each with its own border's (fentanyl FY2024: northern 43.0 lb, southwest
    # 21,148.2 lb)
    ("CBP seized 43 pounds of fentanyl at the northern border in fiscal 2024, against about 21,000 pounds at the "
     "southwest border.", [("seizures", "supported"), ("seizures", "supported")]),
    # a multiple is of its own clause's two years, not of a later one (fentanyl: FY2022 14,699.9 lb, FY2023 27,022.9 lb,
    # ×1.84; FY2025 12,027.3 lb)
    ("Fentanyl seizures nearly doubled from FY2022 to FY2023, then fell to about 12,000 pounds in FY2025.",
     [("seizures_change", "supported"), ("seizures", "supported")]),
    # "since the pandemic year of 2020" (exports to Canada: 2020 $256.21 bn → 2024 $349.91 bn, +36.6%)
    ("Exports to Canada are up about 37% since the pandemic year of 2020.", [("trade_growth", "supported")]),
    # "It's more like one in six" corrects the figure before, on the same measure (Mexico, 16.2% of exports, 2024)
    ("A reader wrote that one in four dollars of U.S. exports goes to Mexico. It's more like one in six.",
     [("trade_share", "contradicted"), ("trade_share", "supported")]),
    # "of every 100 dollars …, 17 go to": a share of a hundred (Canada, 17.0% of exports, 2024)
    ("Of every 100 dollars the U.S. exports, 17 go to Canada.", [("trade_share", "supported")]),
    ("Of every 100 dollars the U.S. exports, 25 go to Canada.", [("trade_share", "contradicted")]),
    # a multiple of "2018's" (balance with Korea: 2018 −$17.92 bn, 2024 −$65.97 bn, ×3.68)
    ("Our goods deficit with Korea in 2024 was roughly double 2018's.", [("trade_growth", "contradicted")]),
    # "from a record in 2018" is 2018's record (imports from China: 2018 $538.51 bn, the series high; 2022 $536.27 bn)
    ("Imports from China fell to $438.7 billion in 2024 from a record in 2018.",
     [("trade_value", "supported"), ("trade_record", "supported")]),
    ("Imports from China fell to $438.7 billion in 2024 from a record in 2022.",
     [("trade_value", "supported"), ("trade_record", "contradicted")]),
    # a share of a partner's own exports is its statistics' (not a ratio of Mexico to itself)
    ("The U.S. market takes about 80 percent of Mexico's exports.", [("no_data", "no_data")]),
    # a comparison with its margin in dollars is a gap (exports 2024: Canada $349.91 bn, Mexico $334.03 bn, $15.88 bn)
    ("Canada buys more U.S. goods than Mexico does, but only by about $16 billion.",
     [("trade_compare", "supported"), ("trade_gap", "supported")]),
    ("Canada buys more U.S. goods than Mexico does, but only by about $40 billion.",
     [("trade_compare", "supported"), ("trade_gap", "contradicted")]),
    # "our deficit with China" after "than" (2024: Mexico −$171.49 bn, China −$295.52 bn)
    ("Our deficit with Mexico is now bigger than our deficit with China.", [("trade_compare", "contradicted")]),
    # "the next five largest country markets" (2024: $683.94 bn vs $465.68 bn)
    ("U.S. exports to Mexico and Canada exceeded exports to the next five largest country markets combined.",
     [("group_vs_next", "supported")]),
    # a year "surpassed the fiscal 2000 total" (Border Patrol, southwest: FY2000 1,643,679; FY2024 1,530,523)
    ("Border Patrol apprehensions at the southwest border in FY2024 surpassed the fiscal 2000 total.",
     [("encounters_direction", "contradicted")]),
    # a direction in a clause of its own, beside a figure (exports to Mexico 2023 $323.64 bn → 2024 $334.03 bn; imports
    # $472.91 bn → $505.52 bn, +6.9%)
    ("U.S. goods exports to Mexico declined slightly in 2024, while imports from Mexico rose about 7%.",
     [("trade_direction", "contradicted"), ("trade_growth", "supported")]),
    # Spanish: "EE.UU. le compró" is imports (Vietnam 2024: $136.50 bn); "nuestras exportaciones" in a Mexican voice are
    # Mexico's (U.S. imports from Mexico 2013 $280.56 bn → 2024 $505.52 bn, +80.2%); "de cada 100 dólares …, 16 van a";
    # "de todo lo que EE.UU. le compra al mundo" (Mexico, 15.5% of imports); "la cifra de detenciones más baja desde"
    # (Border Patrol southwest FY2017 303,916, the lowest since FY1971)
    ("Vietnam: EE.UU. le compró unos 136 mil millones de dólares en 2024.", [("trade_value", "supported")]),
    ("Desde 2013 nuestras exportaciones a Estados Unidos crecieron 80%.", [("trade_growth", "supported")]),
    ("De cada 100 dólares que exporta Estados Unidos, 16 van a México.", [("trade_share", "supported")]),
    ("México ya es alrededor del 15.5% de todo lo que EE.UU. le compra al mundo.", [("trade_share", "supported")]),
    ("En el año fiscal 2017 la Patrulla Fronteriza registró en la frontera sur la cifra de detenciones más baja desde "
     "1971.", [("lowest_since", "supported")]),
    # a multiple of the figure before, said of the other flow with the same partner (Vietnam 2024: imports $136.50 bn,
    # exports $13.04 bn, 10.46×)
    ("We sold Vietnam about $13 billion of goods in 2024. Vietnam sold us roughly ten times that.",
     [("trade_value", "supported"), ("trade_ratio", "supported")]),
    ("We sold Vietnam about $13 billion of goods in 2024. Vietnam sold us about five times that.",
     [("trade_value", "supported"), ("trade_ratio", "contradicted")]),
    # "today … N times that" or "N times as large" after a year: growth since it (imports from Mexico 1993 $39.92 bn
    # → 2024 $505.52 bn, ×12.66; two-way trade with Canada 1990 $175.05 bn → 2024 $761.79 bn, ×4.35)
    ("U.S. imports from Mexico were about $40 billion in 1993; today they are more than twelve times that.",
     [("trade_value", "supported"), ("trade_growth", "supported")]),
    ("Two-way trade with Canada was about $175 billion in 1990; now it is about three times as large.",
     [("trade_value", "supported"), ("trade_growth", "contradicted")]),
    # a headline's place after "only" (exports, 2024: Japan #6, $79.0 bn)
    ("Japan only #4 U.S. export market in 2024", [("rank", "contradicted")]),
    # "the most of any country" after a partner's figure is its first place in that flow (imports, 2024: Mexico #1,
    # $505.52 bn)
    ("Mexico sold the U.S. $505 billion of goods in 2024, the most of any country.",
     [("trade_value", "close"), ("rank", "supported")]),
    # a passing in a clause of its own beside a rank (imports 2021: Mexico $382.57 bn, China $504.25 bn)
    ("Mexico is now the top source of U.S. imports, having passed China in 2021.",
     [("rank", "supported"), ("trade_compare", "contradicted")]),
    # the next ten markets after "larger than exports to" or "smaller than what we sell to" (2013: $526.71 bn vs
    # $515.96 bn; 2024: $683.94 bn vs $711.53 bn)
    ("U.S. exports to Mexico and Canada in 2013 were greater than exports to the next ten markets combined.",
     [("group_vs_next", "supported")]),
    ("Exports to Canada and Mexico are smaller than what we sell to the next ten markets combined.",
     [("group_vs_next", "supported")]),
    # two years compared without a figure (northern border FY2023 189,402 → FY2024 198,929; southwest FY2022
    # 2,378,944, FY2024 2,135,005)
    ("Northern border encounters were higher in FY2024 than in FY2023.", [("encounters_direction", "supported")]),
    ("Northern border encounters were higher in FY2023 than in FY2024.", [("encounters_direction", "contradicted")]),
    ("Southwest border encounters were lower in FY2022 than in FY2024.", [("encounters_direction", "contradicted")]),
    # "the number one place we buy from" (imports, 2024: Mexico #1); "about a sixth now" (Canada, 17.0% of exports)
    ("Mexico is now the number one place we buy from.", [("rank", "supported")]),
    ("Canada's share of U.S. exports is about a sixth now.", [("trade_share", "supported")]),
    # "peaked in" a month names the top of the whole series as it stands (southwest border: May 2022, 241,136, a record
    # then; December 2023, 301,981, since), while a month "on record" is true when written, with a note
    ("Southwest border encounters peaked in May 2022.", [("encounters_record", "contradicted")]),
    ("Southwest border encounters peaked in December 2023.", [("encounters_record", "supported")]),
    # a partner's record surplus with the U.S. is the U.S.'s record deficit (2024: −$171.49 bn with Mexico, the lowest
    # balance since 1985)
    ("Mexico posted a surplus of $171.5 billion in its goods trade with the U.S. in 2024, the largest on record.",
     [("trade_value", "supported"), ("trade_record", "supported")]),
    # "across the country" is nationwide (Border Patrol FY1986: nationwide 1,692,544, southwest 1,615,844)
    ("In fiscal 1986 Border Patrol agents across the country caught about 1.8 million people.",
     [("encounters_value", "close")]),
    # people "on the planet" are the world's population (World Bank, 2024: 8,141,808,945)
    ("Roughly 8.1 billion people live on the planet.", [("population", "supported")]),
    ("The world's population is about 9 billion.", [("population", "close")]),
    # a month's figure past a bound "for the first time" is checked against every month before it (exports to
    # Mexico: August 2022 $30.21 bn, the first month over $30 bn; August 2024 $30.05 bn)
    ("Monthly U.S. exports to Mexico topped $30 billion for the first time in August 2024.",
     [("trade_value", "contradicted")]),
    ("Monthly U.S. exports to Mexico topped $30 billion for the first time in August 2022.",
     [("trade_value", "supported")]),
    # "more to Canada and Mexico than to its next ten export markets combined" (2024: $683.94 bn vs $711.53 bn), and
    # the French "leurs dix clients suivants"; overdose deaths are not loaded (French "les surdoses … tuent")
    ("The U.S. sells more to Canada and Mexico than to its next ten export markets combined.",
     [("group_vs_next", "contradicted")]),
    ("Les Américains vendent moins au Canada et au Mexique qu'à leurs dix clients suivants réunis.",
     [("group_vs_next", "supported")]),
    ("Aux États-Unis, les surdoses tuent plus de 70 000 personnes par année.", [("no_data", "no_data")]),
    # a sector that "topped the list" ("encabezó la lista") and one that "cayó al quinto lugar" (FY2024: Tucson #1,
    # 463,570; San Diego #2; Rio Grande Valley #5)
    ("In fiscal 2024 the Tucson sector topped the list, followed by San Diego.",
     [("sector_rank", "supported"), ("sector_rank", "supported")]),
    ("En el año fiscal 2024 el sector Tucson encabezó la lista, mientras que el del Valle del Río Grande cayó al "
     "quinto lugar.", [("sector_rank", "supported"), ("sector_rank", "supported")]),
    # Spanish "el comercio bilateral" with no partner named is Mexico's with the U.S. (1993: $81.50 bn; 2024
    # $839.56 bn, ×10.3); value added "originating in the United States" in imports from Mexico is U.S. content
    # returning (2011: 11.76 %)
    ("En 1993 el comercio bilateral rondaba los 81.5 mil millones de dólares.", [("trade_value", "supported")]),
    ("Some 12% of the value of U.S. imports from Mexico in 2011 was value added originating in the United States.",
     [("va_share", "supported")]),
    # a multiple set against a per-resident figure of two-way trade is of two-way trade (2024: Canada $18,450, Mexico
    # $6,416 per person: 2.88×; of U.S. exports it would be 3.32×); a figure "imported from China" is China's
    # (imports 2024: China $438.74 bn)
    ("Two-way goods trade with Canada came to about $18,450 per resident in 2024, nearly three times the figure "
     "for Mexico.", [("per_capita", "supported"), ("trade_ratio", "supported")]),
    ("U.S. imports from Mexico reached $505.5 billion in 2024, well above the $438.7 billion imported from China.",
     [("trade_value", "supported"), ("trade_value", "supported")]),
    # a count of southwest-border encounters that all of CBP's contradict is also read on the Border Patrol's own
    # encounters (FY2024: all CBP 2,135,005, Border Patrol 1,530,523); a bound stays on all of CBP's (July 2025: all
    # CBP 7,824, Border Patrol 4,596), and so does a count that says it is all of CBP's
    ("There were about 1.5 million encounters at the southwest border in fiscal 2024.",
     [("encounters_value", "depends")]),
    ("Southwest border encounters fell below 6,000 in July 2025.", [("encounters_value", "contradicted")]),
    ("CBP's total southwest border encounters came to about 1.5 million in fiscal 2024.",
     [("encounters_value", "contradicted")]),
    # "with Mexico a close second" after a first place: the same ranking, the next place (U.S. exports 2024: Canada
    # $349.91 bn, Mexico $334.03 bn; imports: Mexico $505.52 bn, China $438.74 bn, Canada $411.89 bn); "one of the
    # top five countries the U.S. buys from" (Vietnam #6 import source in 2024); a month against a monthly average at
    # the border is of encounters (southwest border July 2025: 7,824 vs the FY2024 monthly average 177,917, −95.6 %)
    ("In 2024 Canada was the largest market for U.S. goods, with Mexico a close second.",
     [("rank", "supported"), ("rank", "supported")]),
    ("Mexico was the top source of U.S. imports in 2024, with Canada a close second.",
     [("rank", "supported"), ("rank", "contradicted")]),
    ("Vietnam has become one of the top five countries the U.S. buys from.", [("rank", "contradicted")]),
    ("At the southwest border, July 2025 came in about 95% below the FY2024 monthly average.",
     [("encounters_change", "supported")]),
    # Spanish records "registrado(a)" (deficit with Mexico 2024: $171.49 bn, the largest since 1985; July 2025
    # southwest border, 7,824, the lowest month), "superan a las provenientes de" (imports 2024: Vietnam $136.50 bn,
    # Japan $148.37 bn), "cerca del 72%" (Mexico's domestic value added share of exports 2011: 70.0 %); French
    # "dépasse maintenant" (deficit with Vietnam 2024: $123.46 bn)
    ("En 2024 el déficit de EE.UU. con México llegó a 171 mil millones de dólares, el más alto registrado.",
     [("trade_value", "supported"), ("trade_record", "supported")]),
    ("En julio de 2025 hubo 7,824 encuentros en la frontera suroeste, la cifra mensual más baja registrada.",
     [("encounters_value", "supported"), ("encounters_record", "supported")]),
    ("Las importaciones desde Vietnam ya superan a las provenientes de Japón.", [("trade_compare", "contradicted")]),
    ("El valor agregado doméstico de las exportaciones de México se ubicó cerca del 72% en 2011.",
     [("va_domestic_share", "supported")]),
    ("Le déficit commercial avec le Vietnam dépasse maintenant 120 G$ US.",
     [("balance_sign", "supported"), ("trade_value", "supported")]),
    # a place "since 2019" said in the present is held in each year since (two-way trade: Mexico #1 in 2019, #2 in
    # 2020–2022, #1 in 2023–2024), not over the years summed
    ("Since 2019, Mexico is America's top trading partner.", [("rank", "contradicted")]),
    ("México es el principal socio comercial de Estados Unidos desde 2023.", [("rank", "supported")]),
    # Spanish "le compra más a México que a China" buys from; the figure set against the first side's is the other
    # side's (imports 2024: Mexico $505.52 bn, China $438.74 bn)
    ("EE.UU. le compra más a México que a China: unos 506 mil millones contra 439 mil millones de dólares en 2024.",
     [("trade_compare", "supported"), ("trade_value", "supported"), ("trade_value", "supported")]),
    ("The U.S. buys more from Mexico than from China, about $506 billion versus $439 billion in 2024.",
     [("trade_compare", "supported"), ("trade_value", "supported"), ("trade_value", "supported")]),
    # "entre los cinco países que más le venden a EE.UU." (Vietnam #6 import source in 2024), with another place after
    # it in the sentence (China #3 by two-way trade)
    ("Vietnam ya está entre los cinco países que más le venden a EE.UU., y China es el tercer socio comercial.",
     [("rank", "contradicted"), ("rank", "supported")]),
    # two-way trade per resident (Mexico 2024: $6,416); "pasa de 130 millones" is more than (130,861,007); "entre el
    # AF2022 y el AF2024" (northern border 109,535 → 198,929, ×1.82); a growth verb before a figure makes growth,
    # whatever "of the U.S." says (trade with Canada 2020 $526.24 bn → 2024 $761.79 bn, +44.8 %)
    ("El comercio bilateral equivale a unos 6,400 dólares por cada habitante de México.",
     [("per_capita", "supported")]),
    ("México ya pasa de 130 millones de habitantes.", [("population", "supported")]),
    ("En la frontera norte los encuentros casi se duplicaron entre el AF2022 y el AF2024.",
     [("encounters_change", "supported")]),
    ("The trade of the U.S. with Canada rose about 45% between 2020 and 2024.", [("trade_growth", "supported")]),
    # "as much … as it did in 2013": growth since that year (imports from Vietnam 2013 $24.65 bn → 2024 $136.50 bn,
    # ×5.54); a ratio "as many as" after a count of people is of populations (2024: Mexico 130,861,007, Canada
    # 41,288,599: 3.17×)
    ("These days the U.S. buys over five times as much from Vietnam as it did in 2013.",
     [("trade_growth", "supported")]),
    ("Mexico has about 131 million people, over three times as many as Canada.",
     [("population", "supported"), ("trade_ratio", "supported")]),
    # a first place said with the U.S. as the subject (2024: Mexico #1 by two-way trade, $839.56 bn; Canada #1 by
    # U.S. exports, $349.91 bn)
    ("Mexico is now the country the United States trades with the most.", [("rank", "supported")]),
    ("Canada is the country that the U.S. sells the most to.", [("rank", "supported")]),
    # shares of a dollar with the U.S. buying or selling (2024: China 13.4 % of U.S. imports; Mexico 16.2 % of U.S.
    # exports); "stopped more than 2 million people" is a count of encounters (southwest border FY2022: 2,378,944)
    ("Only about 13 cents of every dollar the U.S. spends on foreign goods now goes to China.",
     [("trade_share", "supported")]),
    ("Roughly 1 out of every 6 dollars' worth of goods the U.S. sells abroad goes to Mexico.",
     [("trade_share", "supported")]),
    ("In fiscal 2022, agents stopped more than 2 million people at the southwest border.",
     [("encounters_value", "supported")]),
    # Quebec French: "G$ US" in a short sentence, "É.-U.", "chez nous" in a Canadian voice (U.S. exports to Canada
    # 2024: $349.91 bn; two-way trade $761.79 bn), figures "de … à …" after a colon (China's share of U.S. imports:
    # 21.6 % in 2017, 13.4 % in 2024), records in apposition ("un sommet": exports to
    # Canada 2022, $359.08 bn, the series high; "un creux record": July 2025 southwest border, 7,824)
    ("Le commerce Canada–É.-U. a totalisé 762 G$ US en 2024.", [("trade_value", "supported")]),
    ("En 2024, les É.-U. ont vendu pour environ 350 G$ US de biens chez nous.", [("trade_value", "supported")]),
    ("La part de la Chine dans les importations américaines a fondu : de 21,6 % en 2017 à 13,4 % en 2024.",
     [("trade_share", "supported"), ("trade_share", "supported")]),
    ("En 2022, les exportations américaines vers le Canada ont frôlé les 360 G$ US, un sommet.",
     [("trade_value", "supported"), ("trade_record", "supported")]),
    ("En juillet 2025, les interceptions à la frontière sud-ouest ont chuté à 7 824, un creux record.",
     [("encounters_value", "supported"), ("encounters_record", "supported")]),
    # a ratio said after a count of firms is of how many (USTR, 2022: over 90,000 SMEs export to Canada, over 49,000
    # to Mexico: 1.84×; their sales, $83 bn vs $110 bn, would give 0.75×)
    ("Selon le USTR, plus de 90 000 PME exportent vers le Canada, presque deux fois plus que vers le Mexique.",
     [("sme_count", "supported"), ("sme_ratio", "supported")]),
    # "now" in a clause after a change "since 2018": the latest year (deficit with Vietnam 2024: $123.5 bn; summed
    # since 2018 it would be $599.8 bn)
    ("Imports from Vietnam have nearly tripled since 2018, and the deficit with Vietnam now tops $150 billion.",
     [("trade_growth", "supported"), ("balance_sign", "supported"), ("trade_value", "contradicted")]),
    # "nos 41 millions d'habitants" in a Canadian voice is Canada's population (2024: 41,288,599; U.S. exports to
    # Canada $349.91 bn, to Mexico $334.03 bn)
    ("Avec nos 41 millions d'habitants, nous achetons plus de produits américains que le Mexique.",
     [("population", "supported"), ("trade_compare", "supported")]),
    # a first place said in a clause (2023: Mexico $796.54 bn of two-way goods trade, Canada $772.42 bn; imports from
    # Mexico $472.91 bn, China $427.25 bn)
    ("In 2023, Mexico passed Canada to become the country with the most goods trade with the United States.",
     [("rank", "supported")]),
    ("En 2023 México desplazó a China como el país que más vende a Estados Unidos.", [("rank", "supported")]),
    # a peak and a low in one sentence (southwest border: December 2023, 301,981, the highest month since October
    # 2021; July 2025, 7,824, the lowest): each is read in its own month
    ("Southwest border encounters peaked in December 2023 and bottomed out in July 2025, the lowest month in CBP's "
     "data.", [("encounters_record", "supported"), ("encounters_record", "supported")]),
    # small firms' exports "one and a half times what they sold there in 2016", "más del doble que en 2016": their own
    # growth, on USTR's stated figures (about $76.2 bn in 2016, over $110 bn in 2022: ×1.44), not all exports'
    ("U.S. small businesses sold more than $110 billion of goods to Mexico in 2022, about one and a half times what they "
     "sold there in 2016.", [("sme_value", "supported"), ("sme_growth", "supported")]),
    ("Según la USTR, las pymes de EUA exportaron a México más de 110 mil millones de dólares en 2022, más del doble que "
     "en 2016.", [("sme_value", "supported"), ("sme_growth", "contradicted")]),
    # "since the fiscal year 2019", and Spanish "desde el año fiscal 2019" (CBP cocaine seizures FY2019 101,140.2 lb
    # → FY2025 70,079.7 lb: −30.7 %)
    ("CBP's cocaine seizures are down over 30% since the fiscal year 2019.", [("seizures_change", "supported")]),
    ("Las incautaciones de cocaína de la CBP bajaron más de 30% desde el año fiscal 2019.",
     [("seizures_change", "supported")]),
    # per resident: "goods trade" is both ways (2024, Canada: $18,450 per person); "each" after the figure
    # (exports per Canadian, 2024: $8,475)
    ("Each Canadian accounted for about $18,500 of U.S. goods trade in 2024.", [("per_capita", "supported")]),
    ("Canadians bought about $8,500 worth of U.S. goods each in 2024.", [("per_capita", "supported")]),
    # doses and a share at the region the claim's own words name (FY2025 fentanyl at the northern border 77.1 lb:
    # 17,475,966 doses at 2 mg; FY2024 northern border 43.0 of 21,889.2 lb, 0.2 %; southwest border 21,148.2 lb)
    ("Fentanyl caught at the northern border in FY2025 came to roughly 17.5 million lethal doses.",
     [("doses", "supported")]),
    ("Under 1% of CBP's fentanyl seizures in fiscal 2024 came at the northern border, compared with over 21,000 "
     "pounds at the southwest border.", [("seizures_share", "supported"), ("seizures", "supported")]),
    # a month named before the base it is compared with is a later one (southwest border, August 2025: 9,740;
    # August 2024: 107,473); "from X in FY2021 to seven times that in FY2024" (northern border 27,180 → 198,929,
    # ×7.32): the earlier year is the base, whichever the sentence names first
    ("Southwest border encounters were 9,740 in August, down from about 107,000 in August 2024.",
     [("encounters_value", "supported"), ("encounters_value", "supported")]),
    ("Northern border encounters climbed from about 27,000 in FY2021 to more than seven times that in FY2024.",
     [("encounters_value", "supported"), ("encounters_change", "supported")]),
    # "2⅓ times" (2024 exports to Mexico $334.03 bn / China $143.23 bn: 2.33×); cents "of every dollar" first
    # (Mexico's share of U.S. exports 2024: 16.2 %); Spanish "EUA" as the U.S., "más del doble", "importa de"
    # (growth of exports to Mexico 2024: +3.2 %; U.S. value added in imports from Mexico, 2011: 11.76 %)
    ("Mexico bought roughly 2⅓ times as much in U.S. goods as China did in 2024.", [("trade_ratio", "supported")]),
    ("Of every dollar the United States exports, roughly 16 cents goes to Mexico.", [("trade_share", "supported")]),
    ("Las exportaciones de EUA a México subieron 3.2% en 2024 frente a 2023.", [("trade_growth", "supported")]),
    ("En 2024, las ventas de EUA a México fueron más del doble de sus ventas a China.", [("trade_ratio", "supported")]),
    ("Por cada dólar que EUA importa de México, unos 12 centavos son valor agregado estadounidense.",
     [("va_share", "supported")]),
    # "…, hasta 334 mmd" is the level reached, not "up to" (exports to Mexico 2024 $334.03 bn); "8.5 mil dólares" is
    # 8,500 (exports per Canadian, 2024: $8,475); a share "versus 13.4% for China" is China's (2024: 13.4 %)
    ("Las exportaciones de EU a México crecieron 3.2% a/a en 2024, hasta 334 mmd.",
     [("trade_growth", "supported"), ("trade_value", "supported")]),
    ("Cada canadiense compra unos 8.5 mil dólares de productos de EU al año.", [("per_capita", "supported")]),
    ("Mexico's share of U.S. imports was 15.5% in 2024, versus 13.4% for China.",
     [("trade_share", "supported"), ("trade_share", "supported")]),
    # a publication's year is not the figure's ("USTR's 2019 fact sheet": about 53,000 SMEs exported to Mexico in
    # 2016); a region's share of "CBP's FY2024 fentanyl seizures" and of "el total" (FY2024: southwest border 21,148.2
    # of 21,889.2 lb, 96.6 %; northern border 43.0 lb, 0.2 %)
    ("According to USTR's 2019 fact sheet, roughly 53,000 U.S. small businesses exported to Mexico in 2016.",
     [("sme_count", "supported")]),
    ("Roughly 97% of CBP's FY2024 fentanyl seizures were made at the southwest border.", [("seizures_share", "supported")]),
    ("En la frontera norte se aseguraron unas 43 libras de fentanilo en el año fiscal 2024, menos del 2% del total.",
     [("seizures", "supported"), ("seizures_share", "supported")]),
    # a share's change in percentage points ("pp", "puntos porcentuales"): the later share less the earlier one
    # (China's share of U.S. imports 21.6 % in 2017, 13.4 % in 2024: -8.2 points)
    ("China's share of U.S. imports fell 8.2 percentage points between 2017 and 2024.", [("trade_share", "supported")]),
    ("La participación de China en las importaciones de EU bajó 8 pp entre 2017 y 2024.", [("trade_share", "supported")]),
    # "followed by": the places after the one just ranked (FY2024 sectors: Tucson #1, San Diego #2; exports 2024:
    # Canada #1, Mexico #2, China #3; "seguido por El Paso": El Paso #3, not #2)
    ("Tucson was the busiest Border Patrol sector in fiscal 2024, followed by San Diego.",
     [("sector_rank", "supported"), ("sector_rank", "supported")]),
    ("Canada was the largest market for U.S. exports in 2024, followed by Mexico and China.",
     [("rank", "supported"), ("rank", "supported"), ("rank", "supported")]),
    ("En el año fiscal 2024 el sector de Tucson fue el más concurrido, seguido por El Paso.",
     [("sector_rank", "supported"), ("sector_rank", "contradicted")]),
    # a multiple of an earlier year's encounters, "N times more than in 2021", "as many as in fiscal 2021": the
    # figure's own year against it (northern border: calendar 2021 37,186 → 2024 193,037, ×5.19; FY2021 27,180 →
    # FY2024 198,929, ×7.32)
    ("Encounters at the northern border totaled nearly 200,000 in 2024, five times more than in 2021.",
     [("encounters_value", "supported"), ("encounters_change", "depends")]),
    ("In fiscal 2024 northern border encounters came to about 199,000, more than seven times as many as in fiscal "
     "2021.", [("encounters_value", "supported"), ("encounters_change", "supported")]),
    # a share of "SW border encounters", and one said after them ("were at ports of entry": Field Operations 28.3 % of
    # southwest border encounters in FY2024); partners named together in a clause repeating a share (Canada 17.0 %,
    # Canada and Mexico 33.2 % of U.S. exports, 2024); a question's time no longer stands for a topic left unread
    # (southwest border July 2025: 7,824, the lowest since October 2021); "the full year" goes on about the figure
    # before (imports from Canada 2024: $411.89 bn, -1.5 %)
    ("About 28 percent of SW border encounters in fiscal 2024 were at ports of entry.",
     [("encounters_share", "supported")]),
    ("OFO accounted for more than a quarter of SW border encounters in FY2024.", [("encounters_share", "supported")]),
    ("Canada took 17% of U.S. goods exports in 2024, and Canada and Mexico together accounted for about a third.",
     [("trade_share", "supported"), ("trade_share", "supported")]),
    ("Q: How low did SWB encounters get in 2025? A: CBP counted 7,824 southwest border encounters in Jul. 2025, the "
     "lowest monthly total since the series began in Oct. 2021.",
     [("encounters_value", "supported"), ("lowest_since", "supported")]),
    ("Imports from Canada were down 1.5% in 2024. For reference, the full year 2024 came to $411.9 billion.",
     [("trade_growth", "supported"), ("trade_value", "supported")]),
    # "AF 2024" is a fiscal year (año fiscal: Border Patrol southwest border FY2024 1,530,523), and "411.9 mil mdd"
    # billions of dollars (imports from Canada 2024 $411.89 bn)
    ("En el AF 2024 la Patrulla Fronteriza registró 1.53 millones de detenciones en la frontera suroeste.",
     [("encounters_value", "supported")]),
    ("Las importaciones de EU provenientes de Canadá alcanzaron 411.9 mil mdd en 2024.", [("trade_value", "supported")]),
    # a clause repeating the claim before it may repeat its words (exports per person, 2024: Mexico $2,553, Canada
    # $8,475); "123 000 millones" after a deficit are dollars, and "déficit bilateral" is one (Vietnam 2024: imports
    # $136.50 bn, deficit $123.46 bn); "absorbieron … de las exportaciones de bienes de Estados Unidos" is a share
    # (Mexico and Canada, 2024: 33.2 %); "took fourth place" after a ranking (exports 2024: the Netherlands #4)
    ("Each Mexican bought about $2,550 of U.S. goods in 2024, while each Canadian spent more than 8,000.",
     [("per_capita", "supported"), ("per_capita", "supported")]),
    ("En 2024 las importaciones de EU desde Vietnam rondaron 136 500 millones de dólares, con un déficit bilateral de "
     "unos 123 000 millones.", [("trade_value", "supported"), ("trade_value", "supported")]),
    ("En conjunto, México y Canadá absorbieron en 2024 casi un tercio de las exportaciones de bienes de Estados Unidos.",
     [("trade_share", "supported")]),
    ("In 2024 China was the third-largest market for U.S. exports, and the Netherlands took fourth place.",
     [("rank", "supported"), ("rank", "supported")]),
    # numbers as Spain and the Spanish Wikipedia write them, "1 676 438", "148,4" and "13,4 %" (imports from Canada
    # 2024 $411.89 bn, from Japan $148.37 bn; Border Patrol nationwide FY2000 1,676,438; China's share of U.S.
    # imports 21.6 % in 2017, 13.4 % in 2024), "cayó de … al …" a change from one figure to another; "el nivel anual
    # más bajo de la serie" (southwest border FY2025 443,671, the lowest fiscal year from FY2022), "alcanzaron su
    # máximo" (exports to Mexico 2024 $334.03 bn, the peak since 1985), "encabezó" (Tucson FY2024 #1, 463,570) and
    # "una cifra récord" (November 2024 94,186: the highest only since October 2024)
    ("Las importaciones de EU desde Canadá sumaron 411 900 millones de dólares en 2024, y desde Japón, 148,4 mil "
     "millones.", [("trade_value", "supported"), ("trade_value", "supported")]),
    ("En el año fiscal 2000 la Patrulla Fronteriza realizó 1 676 438 detenciones a nivel nacional.",
     [("encounters_value", "supported")]),
    ("La participación de China en las importaciones de EU cayó de más del 21 % en 2017 al 13,4 % en 2024.",
     [("trade_share", "supported"), ("trade_share", "supported")]),
    ("En el año fiscal 2025 los encuentros en la frontera suroeste bajaron a 443 671, el nivel anual más bajo de la "
     "serie.", [("encounters_value", "supported"), ("encounters_record", "supported")]),
    ("Las exportaciones de EU a México alcanzaron su máximo en 2024.", [("trade_record", "supported")]),
    ("Tucson encabezó las detenciones en el año fiscal 2024, con unas 463 000.",
     [("sector_rank", "supported"), ("encounters_value", "supported")]),
    # "el sector Río Grande … el de mayor número de detenciones" is a sector's place, and a note marker ends no
    # figure (Rio Grande Valley FY2019 #1, 339,135)
    ("En el año fiscal 2019 el sector Río Grande fue el de mayor número de detenciones, con unas 340 000.[12]",
     [("sector_rank", "supported"), ("encounters_value", "supported")]),
    ("En noviembre de 2024 la CBP contabilizó unos 94 000 encuentros en la frontera suroeste, una cifra récord.",
     [("encounters_value", "supported"), ("encounters_record", "contradicted")]),
    # encounters credited to the Border Patrol are read as all of CBP's too when the Border Patrol's own count
    # contradicts them (southwest border FY2024: Border Patrol 1,530,523, all CBP 2,135,005; FY2023: 2,045,838 and
    # 2,475,669, the highest of FY2020-FY2025 for all CBP but not for the Border Patrol), unless the words are the
    # Border Patrol's own ("Border Patrol encounters")
    ("The Border Patrol logged some 2.1 million encounters along the southwest border in FY2024.",
     [("encounters_value", "depends")]),
    ("Border Patrol encounters at the southwest border came to 2.5 million in fiscal 2023.",
     [("encounters_value", "contradicted")]),
    ("Según CBP, la Patrulla Fronteriza sumó cerca de 2.5 millones de encuentros en la frontera suroeste durante el año "
     "fiscal 2023, un récord.", [("encounters_value", "depends"), ("encounters_record", "depends")]),
    # "el fiscal 2025" is a fiscal year (northern border FY2024 198,929 → FY2025 85,746: -56.9 %); a clause repeating a
    # growth for another flow (exports to Canada 2013 → 2024: +16.3 %; imports from Canada: +23.9 %); a change after
    # "from … to …" runs from the first month to the second (March 2024 189,359 → March 2025 11,012: -94.2 %), and
    # "more than" is a hedge, not the "than" of a comparison
    ("Los encuentros en la frontera norte superaron los 190,000 en el año fiscal 2024 y bajaron más de la mitad en el "
     "fiscal 2025.", [("encounters_value", "supported"), ("encounters_change", "supported")]),
    ("Since 2013, U.S. exports to Canada have grown about 16%; imports from Canada, 12%.",
     [("trade_growth", "supported"), ("trade_growth", "contradicted")]),
    ("Southwest border encounters went from 189,359 in March 2024 to 11,012 in March 2025, a drop of more than 90 "
     "percent.", [("encounters_value", "supported"), ("encounters_value", "supported"),
                  ("encounters_change", "supported")]),
    ("Los encuentros en la frontera suroeste pasaron de 189 mil 359 en marzo de 2024 a 11 mil 12 en marzo de 2025, "
     "una caída superior al 90 por ciento.", [("encounters_value", "supported"), ("encounters_value", "supported"),
                                              ("encounters_change", "supported")]),
    # the sector a clause names after a semicolon, after a sector that "led the southwest border" (FY2023: El Paso
    # first, 427,470; Del Rio 393,230); "all its goods trade"
    # after the United States (Mexico 15.8 % of U.S. goods trade, 2024); two partners named before a bracketed
    # figure, and a multiple of the next N markets (exports 2024: Canada and Mexico $683.94 bn, the next five $465.68
    # bn: 1.47 times); a bare figure after a balance in billions is in billions (deficit with Mexico, 2024:
    # $171.5 bn)
    ("In fiscal 2023 the El Paso sector led the southwest border; Del Rio was next, with about 390,000 apprehensions.",
     [("sector_rank", "supported"), ("encounters_value", "supported")]),
    ("The United States traded $840 billion of goods with Mexico in 2024; Mexico made up about 16% of all its goods "
     "trade.", [("trade_value", "supported"), ("trade_share", "supported")]),
    ("Exports to Canada and Mexico ($684 billion in 2024) were roughly 1.5 times those to the next five markets "
     "combined.", [("trade_value", "supported"), ("trade_ratio", "supported")]),
    ("En 2024 EU tuvo un déficit de unos 295 mil millones de dólares con China; con México, de 171.",
     [("trade_value", "supported"), ("trade_value", "supported")]),
    # "apiece" after people is per person (exports per Mexican, 2024: $2,553); agents who "rounded up" people
    # apprehended them (nationwide FY1986: 1,692,544); an "asylum" rule is no immigration-court figure, and "ports
    # of entry plus between them" is all of CBP (southwest border: July-December 2024 101,651 a month; June 2025
    # 9,302); a "FY2023:" label in brackets dates its figure (fentanyl FY2023 12,257.4 kg; calendar 2023 25,041.2 lb)
    ("Mexico's 130 million people bought roughly $2,550 of U.S. goods apiece in 2024.",
     [("population", "close"), ("per_capita", "supported")]),
    ("In fiscal 1986 agents rounded up nearly 1.7 million people nationwide.", [("encounters_value", "supported")]),
    ("Once the asylum restrictions took effect, southwest border encounters averaged about 100,000 a month from July "
     "through December 2024.", [("encounters_value", "supported")]),
    ("Total southwest border encounters in June 2025 (ports of entry plus between them) were about 9,300.",
     [("encounters_value", "supported")]),
    ("CBP seized about 25,000 pounds of fentanyl in calendar 2023 (FY2023: roughly 12,300 kilograms).",
     [("seizures", "supported"), ("seizures", "supported")]),
    # "March of 2024" after "compared with" is a month of a year, and "en relación con" compares (southwest border
    # March 2025 11,012 vs March 2024 189,359: -94.2 %); a "monthly bulletin" is no monthly rate (Border Patrol
    # southwest border FY2024: 1,530,523)
    ("Southwest border encounters fell 94 percent in March of 2025 compared with March of 2024.",
     [("encounters_change", "supported")]),
    ("En marzo de 2025 los encuentros en la frontera suroeste cayeron 94 por ciento en relación con marzo de 2024.",
     [("encounters_change", "supported")]),
    ("The Border Patrol reported 1.53 million apprehensions at the southwest border in fiscal 2024, the agency said "
     "in its monthly bulletin.", [("encounters_value", "supported")]),
    # "the number" of firms is a count of exporters (USTR 2022: over 90,000 SMEs export to Canada, over 49,000 to
    # Mexico: 1.84 times), and cents named "for" a partner after the figure are that partner's (U.S. value added
    # returning in imports, 2011: from Mexico 11.76 %, from China 2.63 %)
    ("Roughly 90,000 American small businesses export to Canada, almost twice the number that ship to Mexico.",
     [("sme_count", "supported"), ("sme_ratio", "supported")]),
    ("In 2011 about 12 cents of every dollar the U.S. imported from Mexico was American-made, against under 3 cents "
     "for China.", [("va_share", "supported"), ("va_share", "supported")]),
    # Spanish headlines: a rank without its article and the figure after it (Mexico the 2nd market for U.S. exports
    # in 2024, $334.03 bn), "desplaza a" (Japan 5th supplier in 2024, $148.4 bn), "del que se tiene registro"
    # (southwest border encounters December 2023, 301,981, the highest since the series starts in October 2021),
    # "1S25" (the first half of 2025: no trade of 2025 is loaded), and "un negocio de" (Mexico 2024: exports
    # $334.03 bn, total trade $839.56 bn)
    ("México, 2o mercado de las exportaciones de EU en 2024 con 334 mmdd.",
     [("rank", "supported"), ("trade_value", "supported")]),
    ("Japón desplaza a Alemania como 4o proveedor de EU en 2024.", [("rank", "contradicted")]),
    ("Los encuentros en la frontera suroeste en diciembre de 2023 fueron el mayor número mensual del que se tiene "
     "registro.", [("encounters_record", "supported")]),
    ("En el 1S25, las importaciones de EU desde Canadá bajan 3% a/a.", [("trade_growth", "no_data")]),
    ("México representa para EU un negocio de más de 800 mmdd anuales.", [("trade_value", "depends")]),
    # Spanish verbs in the present, as briefs write past figures (exports to Japan 2023 → 2024: +4.2 %, $75.79 bn →
    # $78.98 bn; exports to Canada 2024 $349.91 bn), "a/a", and ordinals in figures (Japan the 5th supplier in
    # 2024, $148.4 bn); a figure credited to "el Inegi" is Mexico's own statistics
    ("Las exportaciones de EU a Japón caen 2% a/a en 2024 y suman unos 80 mmdd.",
     [("trade_growth", "contradicted"), ("trade_value", "supported")]),
    ("Ventas de EU a Canadá rondan 350 mmdd anuales.", [("trade_value", "supported")]),
    ("Japón se ubica como el 5o proveedor de EU en 2024.", [("rank", "supported")]),
    ("Según el Inegi, las exportaciones de México hacia EU suman 505 mmdd en 2024.", [("no_data", "no_data")]),
    # "people were apprehended" is read by its verb (Border Patrol southwest border FY2019: 851,508); "5% below" is a
    # ratio (exports 2024: Mexico $334.03 bn / Canada $349.91 bn = 0.95); "a quarter of a million" is 250,000 (May
    # 2023 southwest border encounters: 206,690)
    ("In fiscal 2019, more than 800,000 people were apprehended at the southwest border.",
     [("encounters_value", "supported")]),
    ("Exports to Mexico were about 5% below exports to Canada in 2024.", [("trade_ratio", "supported")]),
    ("In May 2023, a quarter of a million people were encountered at the southwest border.",
     [("encounters_value", "contradicted")]),
    # French read in English (figures on the shared mirror): imports from Canada 2024 $411.89 bn (a Canadian voice:
    # "nos exportations" are Canada's); Border Patrol southwest border June 2025 6,068, the lowest month loaded;
    # fentanyl FY2024 21,889.2 lb; Mexico 2024 130,861,007 people, 3.17 times Canada's; Mexico third-largest supplier?
    # no, first (imports 2024: Mexico $505.52 bn, China $438.95 bn); exports per Canadian 2024 $8,475;
    # Mexico–China exports ratio 2024 2.33; total trade with Canada 2024 $761.79 bn
    ("Selon Statistique Canada, nos exportations vers les États-Unis ont atteint 412 milliards $ US l'an dernier.",
     [("trade_value", "supported")]),
    ("En juin 2025, la Patrouille frontalière n'a intercepté que 6 068 migrants à la frontière sud-ouest, du jamais "
     "vu.", [("encounters_value", "supported")]),
    ("Au cours de l'exercice financier 2024, le CBP a saisi près de 22 000 livres de fentanyl.",
     [("seizures", "supported")]),
    ("Avec ses 131 millions d'habitants, le Mexique est environ trois fois plus peuplé que le Canada.",
     [("population", "supported"), ("trade_ratio", "supported")]),
    ("En 2024, le Mexique se classait au troisième rang des fournisseurs des États-Unis.",
     [("rank", "contradicted")]),
    ("Chaque Canadien achète en moyenne plus de 8 000 $ de produits américains par année.",
     [("per_capita", "supported")]),
    ("Les ventes américaines au Mexique sont 2,3 fois plus élevées que celles vers la Chine.",
     [("trade_ratio", "supported")]),
    ("Les échanges de biens entre le Canada et les États-Unis ont frôlé 762 milliards de dollars en 2024.",
     [("trade_value", "supported")]),
    # "now …, versus … in 2017": the first share is the latest year's, even with "U.S." between (China's share of
    # U.S. imports: 2024 13.4 %, 2017 21.6 %)
    ("China now makes up about 13 percent of U.S. imports, versus roughly 22 percent in 2017.",
     [("trade_share", "supported"), ("trade_share", "supported")]),
    # "…, China, whose share …": the partner before the relative clause (Vietnam imports 2018 → 2024 ×2.78; China's
    # share of U.S. imports 2024 13.4 %)
    ("Imports from Vietnam nearly tripled from 2018 to 2024 as buyers moved away from China, whose share of U.S. "
     "imports fell to about 13 percent in 2024.", [("trade_growth", "supported"), ("trade_share", "supported")]),
    # "has seen its sales … nearly triple since 2018": growth (imports from Vietnam 2018 → 2024 ×2.78); in French, billions
    # in a sentence about trade are dollars (imports from China 2024 $438.74 bn), "le secteur de Tucson … le plus
    # achalandé" is the busiest sector (FY2024 #1, 463,570), a short text with two French words is French (fentanyl
    # FY2023 27,022.9 lb; calendar 2023 25,041.2 lb, only close)
    ("Vietnam has seen its exports to the United States nearly triple since 2018.", [("trade_growth", "supported")]),
    ("Aujourd'hui, les Américains achètent à peine 439 milliards de produits chinois par année.",
     [("trade_value", "supported")]),
    ("Le secteur de Tucson a été le plus achalandé de la frontière en 2024, selon la Patrouille frontalière.",
     [("sector_rank", "supported")]),
    ("En 2023, le CBP a saisi environ 27 000 livres de fentanyl.", [("seizures", "supported")]),
    # a source's own figure given for the claim before, in its unit and scale (imports from Japan 2024 $148.37 bn)
    ("The caption puts 2024 imports from Japan at $120 billion. Census says 148.4, fixed.",
     [("trade_value", "contradicted"), ("trade_value", "supported")]),
    # a last clause of only a partner and a figure repeats the claim before it (shares of U.S. exports 2024: Canada
    # 17.0 %, Mexico 16.2 %; exports per person 2024: Canada $8,475, Mexico $2,553)
    ("Canada buys about 17 percent of U.S. exports; Mexico, about 16.",
     [("trade_share", "supported"), ("trade_share", "supported")]),
    ("Each Canadian buys roughly $8,500 of U.S. goods a year; each Mexican, about 2,500.",
     [("per_capita", "supported"), ("per_capita", "supported")]),
    # "$X of business a year with Mexico": exports or two-way trade (2024: $334.03 bn, $839.56 bn); French "aucun pays ne
    # commerçait davantage avec …" is a rank (2022: Canada #1, $796.50 bn)
    ("American companies do about $840 billion of business a year with Mexico.", [("trade_value", "depends")]),
    ("En 2022, aucun pays ne commerçait davantage avec les États-Unis que le Canada.", [("rank", "supported")]),
    # cents of each dollar named after the dollar, and each figure in cents after it, are shares; "of each dollar Mexico
    # sells to the United States" is U.S. value added returning in imports from Mexico (2011: Mexico 11.76 %,
    # China 2.63 %)
    ("Of every dollar the United States imported from Mexico in 2011, about 12 cents was U.S. value added, against "
     "roughly 3 cents for China.", [("va_share", "supported"), ("va_share", "supported")]),
    ("Of each dollar Mexico sold to the United States in 2011, nearly 12 cents was American content.",
     [("va_share", "supported")]),
    # a quiz question that asks for a partner is judged on the bare name that answers it (top trading partner: 2023
    # Mexico $796.54 bn; 2022 Canada $796.50 bn)
    ("Quiz night, question 4: which single country was America's top trading partner in 2023? Answer: Mexico.",
     [("rank", "supported")]),
    ("Bonus round: which country was the top U.S. trading partner in 2022? A: Mexico.", [("rank", "contradicted")]),
    # "… in fiscal 2024 and another 45 percent in fiscal 2025": each change is its own year's, the second in the same
    # direction (fentanyl: FY2023 → FY2024 −19.0 %, FY2024 → FY2025 −45.1 %)
    ("Fentanyl seizures dropped about 19 percent in fiscal 2024 and another 45 percent in fiscal 2025.",
     [("seizures_change", "supported"), ("seizures_change", "supported")]),
    # Spanish: "dos tercios" (marijuana FY2019 → FY2025 −66.7 %), "somos como 131 millones de mexicanos" (2024:
    # 130,861,007), "ya pasa los" (two-way trade with Mexico 2024 $839.56 bn)
    ("Los decomisos de mariguana cayeron casi dos tercios entre los años fiscales 2019 y 2025.",
     [("seizures_change", "supported")]),
    ("Ya somos como 131 millones de mexicanos.", [("population", "supported")]),
    ("El comercio de Estados Unidos con México ya pasa los 830 mil millones de dólares.",
     [("trade_value", "supported")]),
    # a region named with a later share is the share's, not the first figure's (methamphetamine FY2024: 174,197.0 lb in
    # all, 157,561.8 lb at the southwest border, 90.5 %)
    ("CBP seized about 174,000 pounds of methamphetamine in fiscal 2024, roughly nine in ten of it at the southwest "
     "border.", [("seizures", "supported"), ("seizures_share", "supported")]),
    # a question left unanswered claims nothing
    ("HOST: And who is the biggest supplier of the Americans today?", []),
    # "as populous as" is a ratio of populations (Mexico to Canada 2024: 3.17)
    ("Mexico is roughly 3.2 times as populous as Canada.", [("trade_ratio", "supported")]),
    # Spanish numbers and words put word for word into English: "839 thousand 555 million" (839,555 million),
    # "7 thousand 824", "505,5 billion" (a decimal comma), "the commercial exchange" and "the exchange with" (two-way
    # trade: Mexico 2024 $839.56 bn, 2013 → 2024 +65.8 %), "the first semester of 2024" (January–June: $415.20 bn);
    # southwest border July 2025 7,824; imports from Mexico 2024 $505.52 bn
    ("In 2024 the commercial exchange between Mexico and the United States reached 839 thousand 555 million dollars.",
     [("trade_value", "supported")]),
    ("The Mexican sales to the United States added 505,5 billion dollars in 2024.", [("trade_value", "supported")]),
    ("In July of 2025 the southwest border registered only 7 thousand 824 encounters.",
     [("encounters_value", "supported")]),
    ("Since 2013 the exchange with the Aztec nation grew 65.8 per cent.", [("trade_growth", "supported")]),
    ("In the first semester of 2024 the exchange with Mexico added 415.2 billion dollars.",
     [("trade_value", "supported")]),
    # a release's year ("the WIOD 2013 release") is not the data's (Chinese value added in U.S. exports 2011
    # $34.62 bn); units ("one pound is 453.6 grams") are not data
    ("Per the WIOD 2013 release, Mexican value added made up about 1.3% of U.S. gross exports in 2011, against roughly "
     "$35 billion of Chinese value added.", [("va_share", "supported"), ("va_share", "supported")]),
    ("For scale, one pound is 453.6 grams, and 2 mg is about the size of a few grains of sand.", []),
    # a date's year before "states" is not a count of U.S. states (fentanyl FY2024 21,889.2 lb)
    ("A fact sheet dated March 3, 2025 states that CBP seized about 21,900 pounds of fentanyl in FY 2024.",
     [("seizures", "supported")]),
    # value added returning home, named after a contrast ("…, while U.S. value added returning …"), is not the first
    # figure's measure (2011: Chinese value added in U.S. exports $34.62 bn; U.S. value added in imports from Mexico
    # $26.74 bn); "half the amount seized in 2024" is a fraction of that year's (calendar 2025 10,915.3 lb of
    # 21,076.2 lb)
    ("In 2011 Chinese value added in U.S. exports came to about $35 billion, while U.S. value added returning in "
     "imports from Mexico came to about $27 billion.", [("va_share", "supported"), ("va_share", "supported")]),
    ("CBP seized about 10,900 pounds of fentanyl in calendar 2025, roughly half the amount seized in 2024.",
     [("seizures", "supported"), ("seizures_change", "supported")]),
    # "an all-time monthly high" (southwest border December 2023: 301,981, the highest month loaded)
    ("In December 2023, southwest border encounters set an all-time monthly high.",
     [("encounters_record", "supported")]),
    # "exceeded total exports to the next ten markets" (2024: Mexico and Canada $683.94 bn, the next ten $711.53 bn)
    ("In 2024 U.S. exports to Mexico and Canada together exceeded total exports to the next ten markets.",
     [("group_vs_next", "contradicted")]),
    # "the 48% growth in exports": a change, of the flow its clause names (exports to Mexico 2013–2024 +47.8 %,
    # imports from Mexico +80.2 %)
    ("Imports from Mexico rose about 80% from 2013 to 2024, well ahead of the 48% growth in exports.",
     [("trade_growth", "supported"), ("trade_growth", "supported")]),
    # "of CBP fentanyl seizures": a region's share (FY2024: northern border 43.0 of 21,889.2 lb, 0.2 %)
    ("In FY2024 the northern border accounted for under 1% of CBP fentanyl seizures.",
     [("seizures_share", "supported")]),
    # a list of partners the clause's comma cuts in two is one group (Canada, Mexico and China: 40.1 % of U.S.
    # exports 2024); "times that of Canada" after a population is a ratio of populations (2024: 3.17)
    ("Canada, Mexico and China together bought about 40% of all U.S. goods exports in 2024.",
     [("trade_share", "supported")]),
    ("Mexico had a population of roughly 131 million in 2024, about 3.2 times that of Canada.",
     [("population", "supported"), ("trade_ratio", "supported")]),
    # "$/head" is per person (exports per Canadian 2024 $8,475)
    ("canadians bought ~$8,500/head of us goods in 2024", [("per_capita", "supported")]),
    # Spanish: "de 21.6% en 2017 a menos de 13% en 2024" is from … to (China's share of U.S. imports 2017 21.6 %,
    # 2024 13.4 %); "una caída de 83% frente al año fiscal 2019" a drop against that year (heroin FY2019
    # 6,224.6 lb → FY2024 1,160.6 lb, -81.4 %); "sus dos socios del T-MEC" Mexico and Canada (2024 $1.60 tn);
    # "Texas, por sí solo," a state's own trade, not loaded
    ("La participación de China en las importaciones de EU bajó de 21.6% en 2017 a menos de 13% en 2024.",
     [("trade_share", "supported"), ("trade_share", "contradicted")]),
    ("La CBP decomisó unas 1,160 libras de heroína en el año fiscal 2024, una caída de 81% frente al año fiscal 2019.",
     [("seizures", "supported"), ("seizures_change", "supported")]),
    ("El comercio de EU con sus dos socios del T-MEC rebasó 1.5 billones de dólares en 2024.",
     [("trade_value", "supported")]),
    ("Texas, por sí solo, le vendió a México unos 130 mil millones de dólares en 2024.", [("no_data", "no_data")]),
    # "the ratio of U.S. exports to Canada to U.S. exports to Japan" is of exports (2023: $354.41 bn / $75.79 bn =
    # 4.68); "went from $X in 2016 to over $Y" dates only the start (exports to Mexico 2016 $230.23 bn, 2024
    # $334.03 bn)
    ("In 2023 the ratio of U.S. exports to Canada to U.S. exports to Japan was roughly 4.7 to 1.",
     [("trade_ratio", "supported")]),
    ("U.S. exports to Mexico went from about $230 billion in 2016 to over $330 billion.",
     [("trade_value", "supported"), ("trade_value", "supported")]),
    # "BP apprehensions" are the Border Patrol's; "FY25 (Oct–Aug)" is the fiscal year through August (Border
    # Patrol southwest border October 2024 – August 2025: 229,183)
    ("FY25 (Oct–Aug): SW border BP apprehensions came to about 229k.", [("encounters_value", "supported")]),
    # an average's own figure after it is the average's (southwest border FY2024: 177,917 a month; March 2025 11,012,
    # -93.8 %); "frente al 12.4 por ciento que representaban en 2013" is the same share, earlier (Mexico's share of
    # U.S. imports 2013 12.37 %, 2024 15.48 %); "en todo Estados Unidos" is nationwide (FY2022 2,766,582)
    ("In March 2025 southwest border encounters were 11,012, about 94% below the FY2024 monthly average, which was "
     "roughly 178,000.", [("encounters_value", "supported"), ("encounters_change", "supported"),
                          ("encounters_value", "supported")]),
    ("En 2024 México aportó el 15.5 por ciento de las compras al exterior de Estados Unidos, frente al 12.4 por ciento "
     "que representaba en 2013.", [("trade_share", "supported"), ("trade_share", "supported")]),
    ("En el año fiscal 2022 hubo 2.4 millones de encuentros en la frontera suroeste y 2.8 millones en todo Estados "
     "Unidos.", [("encounters_value", "supported"), ("encounters_value", "supported")]),
    # a fiscal year only partly loaded (FY2025: October 2024 – August 2025, Border Patrol southwest 229,183) is the
    # least the whole year can be: a count well short of it is contradicted, a lower bound below it supported, an
    # upper bound below it contradicted; a count above it cannot be judged yet
    ("La Patrulla Fronteriza reportó apenas 85 mil aprehensiones en la frontera suroeste en el año fiscal 2025.",
     [("encounters_value", "contradicted")]),
    ("Border Patrol agents made more than 200,000 apprehensions at the southwest border in fiscal 2025.",
     [("encounters_value", "supported")]),
    ("Border Patrol agents made about 240,000 apprehensions at the southwest border in fiscal 2025.",
     [("encounters_value", "no_data")]),
    ("Border Patrol agents made fewer than 200,000 apprehensions at the southwest border in fiscal 2025.",
     [("encounters_value", "contradicted")]),
    # a share said now, against an earlier year's ("up from 12.9 percent in 2015", "; in 2013 it was", "when in 2013
    # it was") is the latest year's: Mexico's share of U.S. goods trade 2024 15.76 %, 2013 13.17 %
    ("Mexico today makes up 15.8 percent of U.S. goods trade, up from 13.2 percent in 2013.",
     [("trade_share", "supported"), ("trade_share", "supported")]),
    ("Mexico makes up 15.8 percent of U.S. goods trade; in 2013 it was 13.2 percent.",
     [("trade_share", "supported"), ("trade_share", "supported")]),
    ("Mexico makes up 15.8 percent of total U.S. trade, when in 2013 it was about 13.2 percent.",
     [("trade_share", "supported"), ("trade_share", "supported")]),
    # the whole named first, then the partner's part of it: a share of U.S. imports (Mexico 15.5 %), not a ratio of
    # two partners; "all the trade of the United States" is two-way trade (Mexico and Canada 30.05 %)
    ("Of everything the United States imports, 15.5 percent comes from Mexico.", [("trade_share", "supported")]),
    ("15.5 percent of what the United States imports comes from Mexico.", [("trade_share", "supported")]),
    ("Mexico and Canada together make up about 30% of all the trade of the United States.",
     [("trade_share", "supported")]),
    # in Spanish: "cuando en 2013 era" (when), "como 440 mil millones" (about: imports from China 2024
    # $438.74 bn), "entre los dos países" (Mexico's trade with the United States: 1994 $100.34 bn, ×8.37 to 2024),
    # "la frontera con Estados Unidos" from Mexico is the southwest border (October 2021 – September 2024:
    # 194,156 a month), "se cuadruplicaron" (quadrupled: imports from Vietnam ×2.78 since 2018)
    ("México representa el 16 por ciento del comercio total de Estados Unidos, cuando en 2013 era 13.2 por ciento.",
     [("trade_share", "supported"), ("trade_share", "supported")]),
    ("China le vende a Estados Unidos como 440 mil millones de dólares al año.", [("trade_value", "supported")]),
    ("En 1994 el comercio entre los dos países era de 100 mil millones de dólares, y luego se multiplicó por diez.",
     [("trade_value", "supported"), ("trade_growth", "contradicted")]),
    ("De octubre de 2021 a septiembre de 2024 hubo en promedio unos 194 mil encuentros al mes en la frontera con "
     "Estados Unidos.", [("encounters_value", "supported")]),
    ("Las importaciones de Estados Unidos desde Vietnam se cuadruplicaron desde 2018.",
     [("trade_growth", "contradicted")]),
    ("Del total de lo que importa Estados Unidos, el 15.5 por ciento viene de México.",
     [("trade_share", "supported")]),
    # "including ports of entry" is all of CBP (southwest border February 2025: 11,714; Field Operations alone 3,361);
    # "dollars of trade" is two-way trade (Canada 2024 $761.79 bn, #2); a province's or a state's own trade, or the
    # state goods pass through, is not loaded; "1H 2024" is January to June (imports from Canada $205.02 bn)
    ("All encounters at the southwest border, including ports of entry, stayed under 10,000 in February 2025.",
     [("encounters_value", "contradicted")]),
    ("Canadá quedó en segundo lugar en 2024, con unos 760 mil millones de dólares de comercio.",
     [("rank", "supported"), ("trade_value", "supported")]),
    ("Ontario manufacturers alone shipped about $90 billion to Michigan in 2024.", [("no_data", "no_data")]),
    ("About $60 billion of U.S. exports to Canada pass through Michigan every year.", [("no_data", "no_data")]),
    ("In 1H 2024, imports from Canada totaled about $205 billion.", [("trade_value", "supported")]),
    # (also when a question asks it; "the monthly Census reports" say how the data come, not a rate a month)
    ("Q: What were U.S. imports from Canada in 1H 2024? A: About $205 billion, per the monthly Census reports.",
     [("trade_value", "supported")]),
    # a provincial premier's or a Canadian witness's "we" and "us" are Canada (imports from Canada 2024 $411.89 bn;
    # 2021: Canada #1 by total trade, $666.9 bn)
    ("PREMIER: Alberta's oil keeps the U.S. running. We sold the U.S. about $412 billion of goods in 2024.",
     [("trade_value", "supported")]),
    ("Witness: In 2021, after CUSMA took effect, we were still the Americans' top trading partner.",
     [("rank", "supported")]),
    # a transcript's run-on sentence, parted at fillers ("um", "uh") and at "and", "but" between clauses (2024:
    # imports from Mexico $505.52 bn, #1; exports per Mexican $2,553; 2023: China #3 by total trade, #2 supplier;
    # balance with Mexico 2024 -$171.49 bn, the largest deficit since 1985, with Canada -$61.98 bn; Border Patrol
    # nationwide FY1954 1,028,246, FY1955 225,186, the Title 8 peak FY1986 1,692,544, FY2022 2,214,650 with Title 42)
    ("so mexico is the number one country we import from um 505 billion dollars in 2024 and uh mexicans buy about "
     "2,550 dollars of us goods per person",
     [("rank", "supported"), ("trade_value", "close"), ("per_capita", "supported")]),
    ("china fell to the number three country we trade with behind mexico and canada in 2023 but its still our second "
     "biggest supplier", [("rank", "supported"), ("rank", "supported")]),
    ("the goods deficit with mexico reached 171.5 billion dollars in 2024 which is the biggest its ever been and the "
     "deficit with canada was about 62 billion",
     [("trade_value", "supported"), ("trade_record", "supported"), ("trade_value", "supported")]),
    ("in fiscal 1954 border patrol caught over a million people and the next year it was like two hundred twenty five "
     "thousand and nationwide apprehensions hit an all time high in fiscal 1986",
     [("encounters_value", "supported"), ("encounters_value", "supported"), ("encounters_record", "depends")]),
    # "Mexican goods" bought are imports, and more than "they bought from any other country" is first (imports
    # 2024: Mexico $505.52 bn, #1); "the most of
    # any northern sector" (FY2024: Swanton 19,390 first, Blaine 2,410 second, the figure the Blaine sector's own);
    # "ranked only fifth" (El Paso FY2019
    # #2); "Border Patrol's busiest sector" (Tucson FY2024 #1); "the Americans' largest export market" (Canada 2024)
    ("Americans bought $506 billion of Mexican goods in 2024, more than they bought from any other country.",
     [("trade_value", "supported"), ("rank", "supported")]),
    ("Blaine logged about 2,400 apprehensions in fiscal 2024, the most of any northern sector.",
     [("encounters_value", "supported"), ("sector_rank", "contradicted")]),
    ("The El Paso sector, once the busiest, ranked only fifth in fiscal 2019.", [("sector_rank", "contradicted")]),
    ("Tucson was Border Patrol's busiest sector in FY2024.", [("sector_rank", "supported")]),
    ("Canada remains the Americans' largest export market.", [("rank", "supported")]),
    # a sentence that answers the one before ("They were …") is of the flow it named (exports to Japan 2024 $78.98 bn;
    # imports from Japan $148.37 bn); "we import" is imports (from Canada 2024 $411.89 bn);
    # "last fiscal year", undated, is the latest whole one loaded (fentanyl FY2025 12,027.3 lb)
    ("A story Tuesday misstated U.S. exports to Japan. They were $79 billion in 2024, against $148 billion of imports "
     "from Japan.", [("trade_value", "supported"), ("trade_value", "supported")]),
    ("From Canada we import about 412 billion dollars a year.", [("trade_value", "supported")]),
    ("We seized about 12,000 pounds of fentanyl last fiscal year.", [("seizures", "supported")]),
    # of two flows a clause names, the one named before the figure (2024: exports to Canada $349.91 bn, imports from
    # Canada $411.89 bn); "la Unión Americana" is the United States, and Mexican sales to it U.S. imports (from
    # Mexico 2019 $356.09 bn -> 2024 $505.52 bn, +42.0%)
    ("Exports to Canada came to $350 billion in 2024 and imports from Canada $412 billion.",
     [("trade_value", "supported"), ("trade_value", "supported")]),
    ("Las ventas mexicanas a la Unión Americana crecieron 42 por ciento entre 2019 y 2024.",
     [("trade_growth", "supported")]),
    # "the year before NAFTA took effect" is 1993 (exports to Mexico $41.58 bn)
    ("U.S. exports to Mexico came to about $42 billion the year before NAFTA took effect.",
     [("trade_value", "supported")]),
    # another partner's share of the same flow, in the same sentence or the answer's next one (2024: imports, Japan
    # 4.5%, Germany 4.9%, Mexico 15.5%, China 13.4%)
    ("Japan's share of U.S. imports was about 4.5 per cent in 2024, behind Germany at 4.9 per cent.",
     [("trade_share", "supported"), ("trade_share", "supported")]),
    ("Q: What share of U.S. imports came from Mexico in 2024? A: About 15.5%. China supplied about 13%.",
     [("trade_share", "supported"), ("trade_share", "supported")]),
    ("Mexico's share of U.S. imports was 15.5% in 2024, while Canada's unemployment rate was 6%.",
     [("trade_share", "supported"), ("no_data", "no_data")]),
    # a change "from" a year, with an earlier year named for another figure: from the base to the year of the
    # change (exports to Mexico 2013 $225.95 bn; 2019 $256.68 bn -> 2024 $334.03 bn, +30.1%); this sentence stopped
    # the whole check with "the period 2019-01..2013-12 ends before it starts"
    ("Exports to Mexico were $226 billion in 2013 and in 2024 were up 30% from 2019.",
     [("trade_value", "supported"), ("trade_growth", "supported")]),
    # one partner's imports against its exports, said with "we buy … as we sell" (Vietnam 2024: $136.50 bn vs
    # $13.04 bn, 10.46x), the figure said again for weight no claim of its own; a year in a figure of speech ("like
    # it's 1995") dates nothing (Mexico 2024: exports $334.03 bn, two-way $839.56 bn)
    ("We buy roughly ten times as much from Vietnam as we sell to Vietnam. Ten times!", [("trade_ratio", "supported")]),
    ("Our brokers still file like it's 1995, on ~$840B a year in business with Mexico.", [("trade_value", "depends")]),
    # " | " and " → " part a line's figures (southwest border encounters FY2022 2,378,944, FY2023 2,475,669)
    ("Encounters at the SW border by fiscal year → FY22: 2.38M | FY23: 2.48M.",
     [("encounters_value", "supported"), ("encounters_value", "supported")]),
    # fractions and multiples in figures: "~1/3 larger" (USTR 2022, SME goods exports Mexico/Canada 1.33x), "6x+ the
    # FY21 level" (northern border FY2021 27,180 -> FY2023 189,402, x6.97)
    ("Small-business exports to Mexico were ~1/3 larger than those to Canada in 2022, per USTR.",
     [("sme_ratio", "supported")]),
    ("Northern border encounters in FY23 were 6x+ the FY21 level.", [("encounters_change", "supported")]),
    # business done with a partner, however said, is exports or two-way trade (exports to Mexico 2024 $334.03 bn,
    # two-way $839.56 bn)
    ("The business we do with Mexico came to about $335 billion in 2024.", [("trade_value", "depends")]),
    # a multiple whose base was named before: the partner after it has the larger side (exports 2024: Mexico
    # $334.03 bn / China $143.23 bn = 2.33x; USTR 2022: SME goods exports Mexico over $110 bn / Canada over $83 bn =
    # 1.33x, SME exporters Canada over 90,000 / Mexico over 49,000 = 1.84x; 2016: 82,000 / 53,000 = 1.55x)
    ("The U.S. sold $143 billion of goods to China in 2024, and about 2.3 times as much went to Mexico.",
     [("trade_value", "supported"), ("trade_ratio", "supported")]),
    ("Small firms exported $83 billion to Canada in 2022, yet about a third more went to Mexico.",
     [("sme_value", "supported"), ("sme_ratio", "supported")]),
    ("About 1.5 times as many small U.S. firms exported to Canada in 2016 as sold to Mexico.",
     [("sme_ratio", "supported")]),
    ("Small firms sold about a third more goods to Mexico than to Canada in 2022, though Canada has nearly twice as "
     "many small exporters.", [("sme_ratio", "supported"), ("sme_ratio", "supported")]),
    # firms said once and counted twice (USTR: about 82,000 to Canada and 53,000 to Mexico in 2016, over 90,000 and
    # over 49,000 in 2022)
    ("In 2016 about 82,000 small U.S. firms exported to Canada, versus about 53,000 to Mexico.",
     [("sme_count", "supported"), ("sme_count", "supported")]),
    ("Roughly ninety thousand small businesses export to Canada, but only about forty thousand export to Mexico.",
     [("sme_count", "supported"), ("sme_count", "contradicted")]),
    ("Q: How many small U.S. firms sell to Mexico? A: About 53,000 in 2016 and over 49,000 by 2022.",
     [("sme_count", "supported"), ("sme_count", "supported")]),
    # U.S. value added coming home in imports from Mexico, 2011: 11.76%, $26.74 bn; Chinese value added in U.S.
    # exports $34.62 bn; the returning share, Mexico vs China, 4.47x (2.46x in dollars)
    ("Roughly 12% of the value of US imports from Mexico in 2011 was US value added. That's about $27 billion.",
     [("va_share", "supported"), ("va_share", "supported")]),
    ("CN content in US gross exports ~$35bn in 2011; returning US VA in imports from MX ~4.5x CN's.",
     [("va_share", "supported"), ("va_ratio", "depends")]),
    # a sector's place said briefly (southwest sectors: FY2024 Tucson #1, San Diego #2; FY2005 Tucson #1, Yuma #2;
    # FY2023 El Paso #1, Del Rio #2, Tucson #3; FY1986 San Diego #1 with 629,656; FY2000 Tucson #1)
    ("In fiscal 2024 the busiest sector was Tucson. San Diego was second.",
     [("sector_rank", "supported"), ("sector_rank", "supported")]),
    ("Yuma, once a quiet posting, ranked second among southwest border sectors in fiscal 2005.",
     [("sector_rank", "supported")]),
    ("Tucson #1 sector FY05 but only #3 in FY23.", [("sector_rank", "supported"), ("sector_rank", "supported")]),
    ("del rio sector fy23 #2 after el paso", [("sector_rank", "supported")]),
    ("Q: Which sector led the Border Patrol's count? A: San Diego led in FY1986 with ~630K apprehensions; by FY2000, "
     "Tucson was #1.", [("sector_rank", "supported"), ("encounters_value", "supported"), ("sector_rank", "supported")]),
    # Spanish: "el primer semestre de 2024" (exports to Mexico, January-June 2024: $166.39 bn), "más de doce veces eso"
    # (two-way trade with Mexico 1993 $81.50 bn -> 2024 $839.56 bn, x10.30), "un alza de casi 35% respecto al
    # ejercicio previo" (methamphetamine FY2023 140,407.8 lb -> FY2024 174,197.0 lb, +24.1%), "el sector El Paso"
    # (FY2024: 256,100)
    ("En el primer semestre de 2024, las ventas de EU a México sumaron 166.4 mmdd, según el Census Bureau.",
     [("trade_value", "supported")]),
    ("En el 93, el comercio con México era de unos 80 mil millones; ahora es más de doce veces eso.",
     [("trade_value", "supported"), ("trade_growth", "contradicted")]),
    ("Los aseguramientos de metanfetamina de la CBP alcanzaron 174 mil libras en el año fiscal 2024, un alza de casi "
     "35% respecto al ejercicio previo.", [("seizures", "supported"), ("seizures_change", "contradicted")]),
    ("Aquí en el sector El Paso la Border Patrol tuvo como 256 mil detenciones en el fiscal 2024.",
     [("encounters_value", "supported")]),
    # "reached their all-time record of …" is a record as well as a figure, also in Spanish ("su récord histórico");
    # FY1986 is the Title 8 high, FY2022 higher with Title 42 expulsions (nationwide FY1986 1,692,544)
    ("Las aprehensiones de la Patrulla Fronteriza alcanzaron su récord histórico de 1.69 millones en el año fiscal "
     "1986.", [("encounters_record", "depends"), ("encounters_value", "supported")]),
    # ", a record high" after a seizure figure is a record of its own, also in Spanish (fentanyl FY2023 27,022.9 lb,
    # the highest fiscal year loaded; FY2024 21,889.2 lb is not the lowest); "the Border Patrol's busiest sector"
    # (San Diego, FY1986: 629,656, #1)
    ("In fiscal 2023, CBP seized about 27,000 pounds of fentanyl, a record high.",
     [("seizures", "supported"), ("seizures_record", "supported")]),
    ("En el año fiscal 2023, la CBP decomisó unas 12.3 toneladas de fentanilo, un máximo desde que se tiene registro.",
     [("seizures", "supported"), ("seizures_record", "supported")]),
    ("Fentanyl seizures hit 21,900 pounds in FY2024, a record low.",
     [("seizures", "supported"), ("seizures_record", "contradicted")]),
    ("Correction: San Diego, not El Paso, was the Border Patrol's busiest sector in fiscal 1986, with about 630,000 "
     "apprehensions.", [("sector_rank", "supported"), ("encounters_value", "supported")]),
    # a record said in a clause after the deficit's is the deficit's (balance with Mexico 2024 -$171.49 bn, the
    # lowest balance of 1985-2024), also in Spanish; "las menores desde 1971" (Border Patrol, southwest border,
    # FY2017 303,916, the fewest since FY1971)
    ("The U.S. trade deficit with Mexico rose to $171.5 billion in 2024, the largest on record.",
     [("trade_value", "supported"), ("trade_record", "supported")]),
    ("El déficit comercial de EU con México escaló a 171.5 mmdd en 2024, el más amplio del que se tenga registro.",
     [("trade_value", "supported"), ("trade_record", "supported")]),
    ("Las detenciones de la Patrulla Fronteriza en la frontera suroeste durante el año fiscal 2017 fueron las menores "
     "desde 1971.", [("lowest_since", "supported")]),
    # "twice as many … into Canada as into Mexico" after a sentence on Mexico: both sides follow the figure (USTR,
    # 2022: over 90,000 SME exporters to Canada, over 49,000 to Mexico, 1.84x)
    ("USTR counted about 53,000 small and mid-sized exporters to Mexico in 2016. Today almost twice as many small "
     "firms sell into Canada as into Mexico.", [("sme_count", "supported"), ("sme_ratio", "supported")]),
    # a "lowest since" in a second clause is that clause's, dated by its own year, and no start for the change in the
    # first (exports to Mexico 2021 -> 2022 +18.0%; imports from China 2023 $427.25 bn, the lowest since 2012's
    # $425.6 bn); a rank in the other clause does not hide it
    ("Exports to Mexico rose 18% in 2022, and imports from China in 2023 were the lowest since 2012.",
     [("trade_growth", "supported"), ("trade_record", "supported")]),
    ("Mexico overtook China as the top source of U.S. imports in 2023, and imports from China that year were the lowest "
     "since 2012.", [("rank", "supported"), ("trade_record", "supported")]),
    # "that month", "that year" before any time of their own sentence are the period the sentence before named,
    # and the border it named holds (Border Patrol, southwest border, July 2024: 56,400, the lowest since September
    # 2020's 54,780; balance with Mexico 1994 +$1.35 bn, 1995 -$15.81 bn)
    ("An article Saturday misstated the Border Patrol's July 2024 count at the Southwest border. Agents recorded "
     "56,400 encounters that month, the lowest since September 2020.",
     [("encounters_value", "supported"), ("lowest_since", "supported")]),
    ("An article Thursday misstated the U.S. goods balance with Mexico in 1994, the year NAFTA took effect. The United "
     "States ran a small surplus of about $1.3 billion that year, which became a deficit of nearly $16 billion in 1995.",
     [("trade_value", "supported"), ("trade_value", "supported")]),
    # doses of what was seized since a month, up to the latest month loaded (fentanyl, February to December 2025:
    # 4,484.9 kg, 2.24 billion doses at 2 mg)
    ("Since Feb. 2025, CBP's fentanyl seizures add up to more than 2 billion potentially lethal doses at 2 mg each.",
     [("doses", "supported")]),
    # a fraction of a fiscal year written "FY21's" (heroin: FY2021 5,400.0 lb -> FY2024 1,160.6 lb, x0.21)
    ("Heroin seizures in FY2024 were less than a quarter of FY21's.", [("seizures_change", "supported")]),
    # a change from a year named after it, with the period the line before put in play, and a figure dated by
    # the time just before it (Border Patrol, southwest border: FY2023 2,045,838 -> FY2024 1,530,523, -25.2%;
    # nationwide FY1954 1,028,246, FY1986 1,692,544)
    ("FY24 IN REVIEW • USBP apprehensions at the SWB fell roughly 25% from FY23.", [("encounters_change", "supported")]),
    # (a calendar year after "from" keeps the year before as the base: southwest border, calendar 2023 2,541,959 ->
    # 2024 1,646,242, -35.2%)
    ("Southwest border encounters in calendar 2024 were down by about 35 percent from 2023.",
     [("encounters_change", "supported")]),
    ("Nationwide Border Patrol apprehensions first topped one million in FY1954 and peaked in FY1986, at 1.69 million.",
     [("encounters_value", "supported"), ("encounters_record", "depends"), ("encounters_value", "supported")]),
    # chat shorthand: "fent" is fentanyl, "since feb '25" runs from that month (CBP fentanyl seizures, February
    # to December 2025: 4,484.9 kg; February 2025 alone: 277.2 kg)
    ("since feb '25 CBP seized almost 4,500 kg of fent, thats ~2.2 billion lethal doses",
     [("seizures", "supported"), ("doses", "supported")]),
    # a half year is the figure's own period, and "came to" is no change's end (two-way trade with Canada,
    # January-June 2024: $382.06 bn; the whole of 2024: $761.79 bn)
    ("In H1 2024, two-way goods trade with Canada came to $392.1bn.", [("trade_value", "close")]),
    # a chat in lower case with its units in capitals ("$24.6B") is still read as one: "dec alone" is December of
    # the year in play (exports to Mexico: 2024 $334.03 bn; December 2024 $24.57 bn)
    ("we sold mexico $340 billion of stuff in 2024, dec alone was $24.6B",
     [("trade_value", "close"), ("trade_value", "supported")]),
    # "down to about a third" between two years named is a multiple, not a fall of a third (marijuana: FY2019
    # 556,400.7 lb -> FY2025 185,003.6 lb, x0.33)
    ("Marijuana seizures, FY25 vs FY19: down to about a third", [("seizures_change", "supported")]),
    # a change read on the time right after it, not on the sentence's first (northern border: FY2024 198,929 ->
    # FY2025 85,746, -56.9%; FY2023 -> FY2024 was +5.0%)
    ("CBP encounters at the northern border climbed to nearly 200,000 in fiscal 2024, before falling by more than half "
     "in fiscal 2025.", [("encounters_value", "supported"), ("encounters_change", "supported")]),
    # a multiple of an earlier year, said in the next sentence of a chat, with the figure before's year
    # (Border Patrol, southwest border: FY2017 303,916 -> FY2019 851,508, x2.80)
    ("Border Patrol caught about 860K at the SW border in FY2019. thats more than TRIPLE what they caught in FY2017.",
     [("encounters_value", "supported"), ("encounters_change", "contradicted")]),
    # a Markdown table pasted on one line is read row by row, each figure on its row's year (southwest border
    # encounters FY2022 2,378,944, FY2023 2,475,669)
    ("| Fiscal year | SW border encounters | |---|---| | FY2022 | 2.38 million | | FY2023 | 2.48 million |",
     [("encounters_value", "supported"), ("encounters_value", "supported")]),
    # sector places: "#1 sector" after the sector's name as a label, the next sector's place after a comma, and
    # Spanish "el sector de …, el más activo de toda la frontera" (FY2000: Tucson 616,346, #1 of 9; FY2019: Rio
    # Grande Valley #1 with 339,135, El Paso #2, Yuma #3)
    ("Tucson: #1 sector in FY2000.", [("sector_rank", "supported")]),
    ("Rio Grande Valley was the busiest sector in fiscal 2019, Yuma the fifth.",
     [("sector_rank", "supported"), ("sector_rank", "contradicted")]),
    ("El Sector de El Paso fue el más activo de toda la frontera en el año fiscal 2019.",
     [("sector_rank", "contradicted")]),
    # a time's "average" is not the next clause's verb (nationwide FY2023 3,201,144 -> FY2024 2,901,142, -9.4%; 241,762
    # a month in FY2024); "every man, woman and child in" a country is per person (Canada 2024: $8,475); a count's
    # firms named up to five words on (USTR: over 49,000 SME exporters to Mexico in 2022)
    ("Nationwide encounters fell about 10 percent from fiscal year 2023 to fiscal year 2024, and they averaged about "
     "240,000 a month in fiscal 2024.", [("encounters_change", "close"), ("encounters_value", "supported")]),
    ("Every man, woman and child in Canada buys more than $9,000 worth of American goods a year.",
     [("per_capita", "contradicted")]),
    ("More than 60,000 American small and medium-sized businesses export to Mexico.", [("sme_count", "contradicted")]),
    # "that year" dates the figure before, "last year" the one after it (imports from Japan 2018 $142.23 bn, 2024
    # $148.37 bn); "by a factor of five", also in Spanish ("se han multiplicado por nueve"; imports from Vietnam 2010
    # $14.87 bn -> 2024 $136.50 bn, x9.18)
    ("Imports from Japan have slipped since 2018 — from about $142 billion that year to $148 billion last year.",
     [("trade_value", "supported"), ("trade_value", "supported")]),
    ("U.S. imports from Vietnam have grown by a factor of five since 2010.", [("trade_growth", "contradicted")]),
    ("Desde 2010, las importaciones estadounidenses desde Vietnam se han multiplicado por nueve.",
     [("trade_growth", "supported")]),
    # Spanish records: northern border FY2023 189,402, below FY2024's 198,929 (the northern border is a region of the
    # nationwide files); Field Operations at the southwest border, May 2024, 52,811, the highest month loaded
    ("En el año fiscal 2023, la CBP registró cerca de 190,000 encuentros en la frontera norte, una cifra sin "
     "precedentes.", [("encounters_value", "supported"), ("encounters_record", "contradicted")]),
    ("En mayo de 2024, los oficiales de los puertos de entrada registraron 52,811 encuentros en la frontera suroeste, "
     "la cifra mensual más alta de la que se tenga registro.",
     [("encounters_value", "supported"), ("encounters_record", "supported")]),
    # "a series high" (exports to Canada 2024 $349.91 bn, below 2022's $359.08 bn), "the worst month on record"
    # (October 2024 $30.24 bn, far above the lowest)
    ("Exports to Canada hit a series high in 2024.", [("trade_record", "contradicted")]),
    ("October 2024 was the worst month on record for U.S. exports to Canada.", [("trade_record", "contradicted")]),
    # a share repeated for a later year with no words between (Mexico's share of exports: 2015 15.7%, 2024 16.2%);
    # "ships us" is imports (2024: Taiwan $116.26 bn, Japan $148.37 bn); the seizer named in the figure's own part
    # of the sentence (fentanyl FY2023: Field Operations 89.5%, Border Patrol 2,840.8 lb)
    ("Mexico's share of U.S. goods exports: 14.9% in 2015, 16.2% in 2024.",
     [("trade_share", "contradicted"), ("trade_share", "supported")]),
    ("Taiwan now ships us more than Japan does.", [("trade_compare", "contradicted")]),
    ("In fiscal 2023, officers at the ports of entry seized about 90% of CBP's fentanyl; Border Patrol agents "
     "between the ports, about 2,000 pounds.", [("seizures_share", "supported"), ("seizures", "contradicted")]),
    # a multiple from the fiscal year named after "from" (nationwide FY1946 99,591 -> FY1947 193,657, x1.94; not
    # FY1945 69,164 -> FY1946, x1.44);
    # "weed" is marijuana (FY2024 174,991.1 lb); "worth … in business to this country" is exports or two-way trade
    # (Japan 2024: $78.98 bn, $227.35 bn)
    ("FY1947: apprehensions roughly doubled from FY1946.", [("encounters_change", "supported")]),
    ("Weed seizures in fiscal 2024: about 190,000 lbs.", [("seizures", "close")]),
    ("Japan is worth some $230 billion a year in business to this country.", [("trade_value", "depends")]),
    # partner codes in lower case, as chats write them, and "us exports" (imports from Vietnam 2024 $136.50 bn;
    # exports to Canada 2023 $354.41 bn; Mexico's share of exports 2024 16.2%, of two-way trade 15.8%)
    ("vn imports 2024 ~$137B, exports to ca 2023 ~$420B", [("trade_value", "supported"), ("trade_value", "contradicted")]),
    ("mx share of us exports 2024 ~20%", [("trade_share", "contradicted")]),
    ("mx 2-way share 2024 ~16%", [("trade_share", "supported")]),
    # the origin named by a demonym right after a value-added figure, "EE.UU." inside a Spanish sentence, and "US
    # content coming back" (2011: Mexican $23.90 bn, Chinese $34.62 bn; U.S. value added in imports from Mexico
    # $26.74 bn)
    ("Mexican value added in U.S. exports was $24bn in 2011, vs. $25bn Chinese.",
     [("va_share", "supported"), ("va_share", "contradicted")]),
    ("Según la WIOD, el valor agregado chino en las exportaciones de EE.UU. sumaba $35,000 millones en 2011.",
     [("va_share", "supported")]),
    ("US content coming back in imports from Mexico: ~$27B in 2011", [("va_share", "supported")]),
    # "since their fiscal 2023 peak": the change runs from that year, and the peak is a claim of its own (fentanyl
    # FY2023 27,022.9 lb, the highest fiscal year loaded -> FY2025 12,027.3 lb, -55.5%)
    ("Fentanyl seizures have fallen by more than 40% since their fiscal 2023 peak.",
     [("seizures_change", "supported"), ("seizures_record", "supported")]),
    # a fraction of an earlier year: "of fiscal 2022" with no article, "the 2022 high", "the prior year" with no
    # noun (heroin FY2025 1,258.0 lb / FY2022 1,871.0 lb = 0.67; calendar 2024 1,409.3 / 2022 1,857.6 = 0.76 but
    # fiscal 1,160.6 / 1,871.0 = 0.62; "the 2022 high" is a claim of its own, and FY2019's 6,224.6 lb was higher;
    # nationwide encounters FY2025 691,906 / FY2024 2,901,142 = 0.24)
    ("Heroin seizures in fiscal 2025 were less than half of fiscal 2022.", [("seizures_change", "contradicted")]),
    ("Heroin seizures in 2024 were about three-quarters of the 2022 high.",
     [("seizures_change", "depends"), ("seizures_record", "contradicted")]),
    ("Nationwide CBP encounters in fiscal 2025 came to roughly a quarter of the prior year.",
     [("encounters_change", "supported")]),
    # the seizer named right after each figure (fentanyl FY2024: Field Operations 18,900.3 lb, Border Patrol
    # 2,988.9 lb); "SW border" seizures (cocaine FY2024 30,383.0 lb -> FY2025 40,944.5 lb, +34.8%); "on the import
    # side" (imports 2024: China $438.74 bn / Vietnam $136.50 bn = 3.21x, "~3x" close); "for japan" after a
    # per-person figure, and "3x as much" of the two just given (South Korea $1,267, Japan $637: 1.99x)
    ("• FY24 fentanyl: ≈ 18.9k lb at ports of entry (OFO) vs ≈ 3k lb by Border Patrol",
     [("seizures", "supported"), ("seizures", "supported")]),
    ("• SW border cocaine seizures: +35% in FY25", [("seizures_change", "supported")]),
    ("china is still ~3x vietnam on the import side, all the tariff talk aside", [("trade_ratio", "close")]),
    ("korea buys ~$1,270 of US goods per person vs ~$640 for japan, so like 3x as much",
     [("per_capita", "supported"), ("per_capita", "supported"), ("trade_ratio", "contradicted")]),
    # officers "at southwest border ports of entry" are Field Operations (June 2025: 3,234 vs the Border Patrol's
    # 6,068); "the highest for any month on record" (imports from Mexico, October 2024: $45.48 bn, the series high);
    # "four out of five" of the encounters needs no "of" (Border Patrol FY2024: 71.7% of the southwest border's)
    ("In June 2025, officers at southwest border ports of entry recorded more encounters than Border Patrol agents "
     "did between the ports.", [("component_compare", "contradicted")]),
    ("Imports from Mexico in October 2024 were the highest for any month on record.", [("trade_record", "supported")]),
    ("Border Patrol accounted for four out of five southwest border encounters in fiscal 2024.",
     [("encounters_share", "contradicted")]),
    # Mexican thousands without the zeros ("96 mil 37" is 96,037; "1 millón 28 mil" 1,028,000) and Spanish records:
    # southwest border December 2024 96,037; Border Patrol nationwide FY1954 1,028,246, first passed in FY1983
    # (1,105,670); southwest Border Patrol July 2025 4,596, the lowest month loaded; FY2011 340,252, the lowest
    # since FY1971 (not 1968)
    ("La CBP contabilizó 96 mil 37 encuentros en la frontera suroeste en diciembre de 2024.",
     [("encounters_value", "supported")]),
    ("La Patrulla Fronteriza detuvo a 1 millón 28 mil personas en el año fiscal 1954, una cifra que no volvería a "
     "superarse sino hasta 1983.", [("encounters_value", "supported"), ("encounters_record", "supported")]),
    ("En julio de 2025, la Patrulla Fronteriza reportó 4 mil 596 detenciones en la frontera suroeste, el menor nivel "
     "mensual desde que hay registros.", [("encounters_value", "supported"), ("encounters_record", "supported")]),
    ("Las 340 mil detenciones del año fiscal 2011 fueron las menos desde 1968.",
     [("encounters_value", "supported"), ("lowest_since", "contradicted")]),
    # "so far in fiscal 2026": the months of seizures loaded (fentanyl, October-December 2025: 3,398.3 lb)
    ("So far in fiscal 2026, CBP has seized 3,398 pounds of fentanyl.", [("seizures", "supported")]),
    # "… now, versus … back in 2017": the first share is the latest year's, the second the same share in 2017
    # (China's share of U.S. imports: 2024 13.4%, 2017 21.6%)
    ("NINA: China's share of our imports is thirteen point four percent now, versus about twenty-five percent back "
     "in twenty-seventeen.", [("trade_share", "supported"), ("trade_share", "contradicted")]),
    # years said aloud ("twenty twenty-four", "ninety-five", "two thousand", "twenty-thirteen"), a compound amount
    # ("a fifteen-billion-dollar deficit") and a filler before a change's figure: exports to South Korea 2024
    # $65.59 bn (about 72: 8.9% off, close); the deficit with Mexico 1995 $15.81 bn (5.4% off); imports from
    # China 2000 $100.02 bn, the first year past $100 bn; imports from Vietnam 2013-2024 +453.7% (about 420: close)
    ("RAFA: And South Korea, we sold them about seventy-two billion in twenty twenty-four.", [("trade_value", "close")]),
    ("NINA: And with Mexico, after the peso crisis in ninety-five, we ended up with a fifteen-billion-dollar deficit.",
     [("trade_value", "contradicted")]),
    ("RAFA: In two thousand, imports from China crossed a hundred billion dollars for the first time.",
     [("trade_value", "supported")]),
    ("RAFA: Imports from Vietnam are up, like, four hundred and twenty percent since twenty-thirteen.",
     [("trade_growth", "close")]),
    # "mmdd" is billions of dollars; Spanish ranks of deficits and markets: the deficit with Mexico 2024 $171.49 bn,
    # second to China's; with Germany $84.66 bn, fifth (Ireland fourth); Japan the sixth export market ($78.98 bn)
    ("El déficit comercial de EU con México llegó a 171.5 mmdd en 2024, sólo por detrás del que mantiene con China.",
     [("trade_value", "supported"), ("rank", "supported")]),
    ("El déficit con Alemania, de 84.7 mmdd en 2024, es el cuarto más abultado para EU.",
     [("trade_value", "supported"), ("rank", "contradicted")]),
    ("Japón, tercer mercado para las exportaciones estadounidenses, compró bienes por 79 mmdd en 2024.",
     [("rank", "contradicted"), ("trade_value", "supported")]),
    # slide-note shorthand read in words ("=", "+", "mkt", "pop.", "w/", "/yr"): Mexico #1 by two-way trade in 2024
    # among countries (the EU left out, as the text says); Japan #4 export market in 2013 ($65.2 bn), #6 in 2024
    # ($79.0 bn); Canada 41,288,599 people in 2024, two-way trade $761.79 bn = $18,450 a resident; Tucson the
    # busiest sector in FY2000 (616,346); Canada 2024: exports $349.91 bn, two-way trade $761.79 bn
    ("• MX = #1 US trading partner among individual countries (2024), EU excluded", [("rank", "supported")]),
    ("• Japan: #4 US export mkt in 2013 → #6 in 2024", [("rank", "supported"), ("rank", "supported")]),
    ("• CA: pop. > 42M; two-way trade ≈ $18,450 per Canadian (2024)",
     [("population", "contradicted"), ("per_capita", "supported")]),
    ("• FY2000: Tucson = the busiest sector on the SW border", [("sector_rank", "supported")]),
    ("• Canada ≈ $350B/yr of trade w/ the US (2024)", [("trade_value", "depends")]),
    # "for the first time" after a comparison is a claim of its own, over the years or months before: imports
    # 2023 Mexico $472.91 bn vs China $427.25 bn, Mexico last ahead in 2002; OFO ahead of the Border Patrol at the
    # southwest border in November 2024 (47,574 vs 46,612), December 2024 (48,713 vs 47,324) and January 2025
    ("In 2023, for the first time in two decades, we imported more from Mexico than from China.",
     [("first_compare", "supported"), ("trade_compare", "supported")]),
    ("In 2023 the U.S. imported more from Mexico than from China for the first time ever.",
     [("trade_compare", "supported"), ("first_compare", "contradicted")]),
    ("In January 2025, OFO's encounters at the southwest ports outnumbered Border Patrol's for the first time.",
     [("component_compare", "supported"), ("first_compare", "contradicted")]),
    ("In November 2024, for the first time, OFO officers recorded more southwest border encounters than the "
     "Border Patrol.", [("first_compare", "supported"), ("component_compare", "supported")]),
    # the two counts after the comparison are its sides in order, and "45 mil 480 millones" is given to the ten
    # million (imports from Mexico, October 2024: $45,483.3 million)
    ("En diciembre de 2024, por primera vez, los oficiales de los puertos de entrada registraron más encuentros en "
     "la frontera suroeste que la Patrulla Fronteriza, 48 mil 713 contra 47 mil 324.",
     [("first_compare", "contradicted"), ("component_compare", "supported"), ("encounters_value", "supported"),
      ("encounters_value", "supported")]),
    ("En octubre de 2024 EU importó de México 45 mil 480 millones de dólares.", [("trade_value", "supported")]),
    # "a monthly record", "all-time monthly high": the month against every month (exports to Mexico: October
    # 2024 $29.06 bn, August 2024 $30.05 bn, both below August 2022 $30.21 bn)
    ("U.S. exports to MX hit $29.1B in Oct. 2024, a monthly record.",
     [("trade_value", "supported"), ("trade_record", "contradicted")]),
    ("U.S. exports to Mexico hit their all-time monthly high in August 2024.", [("trade_record", "contradicted")]),
    # a state's exports are not loaded
    ("Texas-origin exports to Mexico ran about $130 billion in 2024.", [("no_data", "no_data")]),
    # a comparison "by a factor of" or "by fifty percent" is a ratio of its two sides: Mexican vs Chinese value
    # added in U.S. gross exports 1995 1.91x, 2000 1.48x; exports 2024 Mexico $334.03 bn / China $143.23 bn 2.33x
    ("Mexican value added exceeded Chinese value added in U.S. gross exports in 1995 by a factor of 1.9.",
     [("va_ratio", "supported")]),
    ("Back in 2000, Mexican parts in American exports outweighed Chinese parts by about fifty percent.",
     [("va_ratio", "supported")]),
    ("In 2024 Mexico outbought China by a factor of 2.3.", [("trade_ratio", "supported")]),
    # "en el de 2024" after "el año fiscal 2023" is fiscal 2024: heroin FY2023 1,511.0 lb, FY2024 1,160.6 lb
    ("En el año fiscal 2023 CBP decomisó 1,500 libras de heroína; en el de 2024, unas mil 160.",
     [("seizures", "supported"), ("seizures", "supported")]),
    # encounters "peaked in" a month: OFO at the southwest border May 2024 52,811, the series high; the
    # southwest border December 2023 301,981
    ("OFO encounters at southwest ports peaked in May 2024, at about 53,000.",
     [("encounters_record", "supported"), ("encounters_value", "supported")]),
    ("At its peak in December 2023, the southwest border saw around 300,000 encounters in a single month.",
     [("encounters_record", "supported"), ("encounters_value", "supported")]),
    # a year said by its last two digits in Spanish speech: Border Patrol nationwide FY1954 1,028,246 (over a million)
    ("La Patrulla Fronteriza detuvo a más de un millón de personas en el cincuenta y cuatro.",
     [("encounters_value", "supported")]),
    # "between CY2018 and CY2024" is a range: imports from Vietnam $49.14 bn -> $136.50 bn (+177.8%); after a
    # semicolon, the figure's own part of the sentence dates it: fentanyl FY2023 27,022.9 lb, FY2024 21,889.2 lb
    ("U.S. imports from Vietnam grew about 178% between CY2018 and CY2024.", [("trade_growth", "supported")]),
    ("In FY2023, CBP seized approx. 27,000 lbs. of fentanyl nationwide; FY2024 came in lower, at ~21,900 lbs.",
     [("seizures", "supported"), ("seizures", "supported")]),
    # "goods trade of …" is two-way trade: the EU $975.45 bn in 2024; Mexican seizures are not loaded (and
    # "toneladas" are metric)
    ("The European Union had goods trade of $975 billion with the U.S. in 2024.", [("trade_value", "supported")]),
    ("La Secretaría de Seguridad reportó el aseguramiento de 1.5 toneladas de fentanilo en territorio mexicano.",
     [("seizures", "no_data")]),
    # "it ranked …" is the partner ranked before: Mexico #3 by two-way trade in 2015 (China $599.08 bn, Canada
    # $577.16 bn); Vietnam #6 import source in 2024, #13 in 2015
    ("Mexico was the largest U.S. trading partner in 2024. As recently as 2015 it ranked third, behind China and "
     "Canada.", [("rank", "supported"), ("rank", "supported")]),
    ("Vietnam ranked sixth among U.S. import sources in 2024. In 2015 it had ranked twelfth.",
     [("rank", "supported"), ("rank", "contradicted")]),
    # the month a change is "from" is its base, not the figure's month: southwest border June 2023 144,556, May
    # 2023 206,690 (-30.1%: "about 28%" is close)
    ("June 2023 was the first full month after Title 42 ended. Southwest border encounters came in at 144,556, "
     "down about 28% from May.", [("encounters_value", "supported"), ("encounters_change", "close")]),
    # records "on the books" and "since CBP's … series began": imports from Mexico October 2024 $45.48 bn, the
    # highest month since January 1985; nationwide February 2025 28,613, the lowest since October 2019 at the time
    ("Imports from Mexico topped $505 billion in 2024, and October was the biggest month on the books.",
     [("trade_value", "supported"), ("trade_record", "supported")]),
    ("Nationwide, February 2025's encounter count was the lowest since CBP's nationwide series began in FY2020.",
     [("lowest_since", "supported")]),
    # a rank below first "just ahead of" a partner compares the two: 2024 exports Japan $78.98 bn (#6), United
    # Kingdom $79.53 bn (#5); a first place's "ahead of" is the rank's own
    ("Japan was the fifth-largest U.S. export market in 2024, just ahead of the United Kingdom.",
     [("rank", "contradicted"), ("trade_compare", "contradicted")]),
    ("Mexico was the largest U.S. trading partner in 2024, ahead of Canada and China.", [("rank", "supported")]),
    # a partner and a figure only, after a claim, is that claim for the partner: exports per resident 2024
    # Canada $8,475, Mexico $2,553 (about three thousand is 17% off)
    ("Every Canadian buys about $8,500 of American goods a year. Every Mexican, about three thousand.",
     [("per_capita", "supported"), ("per_capita", "contradicted")]),
    # an FAQ's question asks; its answer claims (Japan's $148.37 bn above Germany's $160.38 bn is false: Germany
    # shipped more in 2024)
    ("Q: Is Germany a bigger supplier than Japan? A: No, Japan shipped more to the U.S. than Germany did in 2024.",
     [("trade_compare", "contradicted")]),
    # more Spanish: Germany #4 partner by two-way trade in 2023 ($235.87 bn, Japan $223.00 bn); Mexico 16.2% of U.S.
    # exports in 2024; exports per resident 2024 Mexico $2,553, China $102 (not 100: "apenas" is about); the EU's
    # $975.45 bn of two-way trade in 2024 is first only when the EU counts as one partner
    ("En 2023 Alemania superó a Japón como cuarto socio comercial de EU.", [("rank", "supported")]),
    ("Casi uno de cada seis dólares que exporta EU tiene como destino México.", [("trade_share", "supported")]),
    ("En 2024 cada mexicano compró en promedio 2 mil 553 dólares de productos estadounidenses, y cada chino apenas "
     "102 dólares.", [("per_capita", "supported"), ("per_capita", "supported")]),
    ("La Unión Europea sigue siendo el mayor socio comercial de EU.", [("rank", "depends")]),
    # a bare year's record is the calendar year's and the fiscal year's: southwest border FY2023 2,475,669 (the
    # high of FY2022–FY2025), calendar 2023 2,541,959 (below 2022's 2,579,026)
    ("Southwest border encounters in 2023 were higher than in any year before.", [("encounters_record", "depends")]),
    # "more than ever before": Border Patrol at the southwest border FY2022 2,206,436, the high with Title 42
    # expulsions, not of Title 8 apprehensions alone (FY2000 1,643,679)
    ("Border Patrol agents made 2.2 million apprehensions at the southwest border in fiscal 2022, more than ever "
     "before.", [("encounters_value", "supported"), ("encounters_record", "depends")]),
    # a reply that only gives the figure is the claim before it again: exports to Mexico 2024 $334.03 bn; exports
    # to Canada / Japan 2024 4.43; Border Patrol at the southwest border FY2024 1,530,523
    ("HOST: Mexico bought about $300 billion of U.S. goods in 2024 — GUEST: Three hundred thirty-four.",
     [("trade_value", "contradicted"), ("trade_value", "supported")]),
    ("ANCHOR: Exports to Canada were four times exports to Japan in 2024. ANALYST: It's closer to 4.4.",
     [("trade_ratio", "contradicted"), ("trade_ratio", "supported")]),
    ("CHAIR: The Border Patrol made about 2.5 million southwest border apprehensions in fiscal 2024? WITNESS: No, 1.5 "
     "million.", [("encounters_value", "contradicted"), ("encounters_value", "supported")]),
    # … and a place: Japan the #6 export market in 2024
    ("ANCHOR: Japan was the fourth-largest U.S. export market in 2024. ANALYST: Sixth.",
     [("rank", "contradicted"), ("rank", "supported")]),
    # … but not the same speaker saying it again
    ("ANALYST: Exports to Canada were about 4.4 times exports to Japan in 2024. About 4.4.",
     [("trade_ratio", "supported")]),
    # a multiple of a year named after it: fentanyl FY2019 2,803.6 lb -> FY2023 27,022.9 lb (x9.64); exports to
    # Mexico 1993 $41.58 bn -> 2024 $334.03 bn (x8.03)
    ("Fentanyl seizures in FY2023 were nearly ten times those of FY2019.", [("seizures_change", "supported")]),
    ("fentanyl fy23 ~10x fy19", [("seizures_change", "supported")]),
    ("U.S. exports to Mexico in 2024 were about eight times those of 1993.", [("trade_growth", "supported")]),
    # a sentence in lower case: southwest border December 2024 96,037, December 2023 301,981 (-68.2%); May 2025
    # Border Patrol 8,725 and OFO 3,726
    ("swb dec 2024 ~96k, -68% vs dec 2023", [("encounters_value", "supported"), ("encounters_change", "supported")]),
    ("may 2025 swb: usbp 8.7k / ofo 3.7k", [("encounters_value", "supported"), ("encounters_value", "supported")]),
    # Spanish: exports to Canada 2024 $349.91 bn, 4.43x those to Japan ($78.98 bn); Border Patrol at the southwest
    # border July 2025 4,596; fentanyl FY2023 27,022.9 lb; Germany the #4 source of imports in 2024; imports from
    # China and Mexico 2017 $505.17 bn and $312.67 bn (1.62x); Border Patrol nationwide FY1986 1,692,544, the
    # Title 8 high (FY2022 counts Title 42 expulsions too)
    ("Las exportaciones de los Estados Unidos a Canadá sumaron 349.9 mil millones de dólares en 2024, unas 4.4 veces "
     "lo que le vendieron a Japón.", [("trade_value", "supported"), ("trade_ratio", "supported")]),
    ("La Patrulla Fronteriza registró unos 4,600 encuentros entre puertos en julio de 2025.",
     [("encounters_value", "supported")]),
    ("En el año fiscal 2023, CBP decomisó más de 27,000 libras de fentanilo.", [("seizures", "supported")]),
    ("En 2024, Alemania fue el quinto proveedor de los Estados Unidos.", [("rank", "contradicted")]),
    ("En 2017 los Estados Unidos importaron de China casi el triple que de México.", [("trade_ratio", "contradicted")]),
    ("La Patrulla Fronteriza detuvo a 1.69 millones de personas en todo el país en el año fiscal 1986, el máximo "
     "histórico.", [("encounters_value", "supported"), ("encounters_record", "depends")]),
    # a record said of a month in an aside is that month's: southwest border December 2023 301,981, the series high
    ("CBP counted 9,300 encounters at the southwest border in June 2025, against 301,981 in December 2023, the "
     "highest month on record.", [("encounters_value", "supported"), ("encounters_value", "supported"),
                                  ("encounters_record", "supported")]),
    # fentanyl FY2024 21,889.2 lb, below FY2023's 27,022.9 lb
    ("Fiscal 2024 was a record for fentanyl seizures.", [("seizures_record", "contradicted")]),
    # shorthand ranks: 2024 Canada #3 import source, Mexico #1 partner, Japan #5 partner; imports from Vietnam
    # +19.3% though the sentence goes on to the deficit
    ("CA: '24 imports $412bn; CA #2 import source '24.", [("trade_value", "supported"), ("rank", "contradicted")]),
    ("CA: '24 two-way goods trade $762bn; MX retains #1 partner slot.", [("trade_value", "supported"),
                                                                          ("rank", "supported")]),
    ("*JAPAN NOW NO. 4 US TRADING PARTNER", [("rank", "contradicted")]),
    ("VN: '24 imports +19% y/y; VN deficit now bigger than JP's.", [("trade_growth", "supported"),
                                                                    ("trade_compare", "supported")]),
    # shorthand notes: partner codes, "'24", "y/y", "MLN", ">": imports from Vietnam 2023 $114.41 bn -> 2024
    # $136.50 bn (+19.3%); China 2023 $427.25 bn (the lowest since 2012, not 2010), 2024 +2.7%; southwest border
    # December 2023 301,981 -> December 2024 96,037 (-68.2%)
    ("VN: '24 imports +19% y/y.", [("trade_growth", "supported")]),
    ("CN: '23 imports lowest since '10; '24 +2.7% y/y.", [("trade_record", "contradicted"),
                                                          ("trade_growth", "supported")]),
    ("SWB encounters Dec '23 ~302k; Dec '24 -68% y/y.", [("encounters_value", "supported"),
                                                          ("encounters_change", "supported")]),
    # exports 2024: Mexico/China 2.33, Canada/Japan 4.43
    ("Exports to MX 2.3x CN's in '24; CA 4.6x JP.", [("trade_ratio", "supported"), ("trade_ratio", "close")]),
    # Border Patrol: southwest FY2017 303,916, the lowest since FY1971; nationwide FY1954 1,028,246, FY1965 52,422
    ("Hist: USBP SWB FY17 lowest since FY71.", [("lowest_since", "supported")]),
    ("Hist: USBP nationwide FY54 ~1.03mn; FY65 just 62k.", [("encounters_value", "supported"),
                                                             ("encounters_value", "contradicted")]),
    ("*BORDER PATROL SW APPREHENSIONS 1.53 MLN IN FY2024 - CBP", [("encounters_value", "supported")]),
    # 2024 two-way trade: Mexico #1 among countries ($839.56 bn); the EU, named, had $975.45 bn
    ("The European Union gets the headlines in Washington, but Mexico is America's biggest trading partner.",
     [("rank", "depends")]),
    # "two-way trade" said: no other flow read; FDI is not loaded ("invested")
    ("Our members helped move a relationship worth $839.6 billion in two-way trade with Mexico last year.",
     [("trade_value", "supported")]),
    ("U.S. firms have some $150 billion invested south of the border.", [("no_data", "no_data")]),
    # exports 2024: Canada $349.91 bn / Japan $78.98 bn = 4.43 (the ratio's own clause names the flow)
    ("Canada's share of our two-way goods trade is 15%, and exports to Canada are about 4.8 times what we sell to "
     "Japan.", [("trade_share", "close"), ("trade_ratio", "close")]),
    # value added in U.S. exports: Mexico/China 1995 1.91, 2011 0.69
    ("Back in 1995, Mexican content in American exports was nearly twice the Chinese content; by 2011 it was worth "
     "only about 70% of China's.", [("va_ratio", "supported"), ("va_ratio", "supported")]),
    # SME goods exports 2022 stated: over $110 bn (Mexico), over $83 bn (Canada): 1.33
    ("In other words, small firms sell about a third more to Mexico than to Canada.", [("sme_ratio", "supported")]),
    # nationwide June 2025 vs the monthly average of January 2021 - December 2024: -89.0%
    ("In June 2025, nationwide encounters were approximately 89 percent below the January 2021 through December "
     "2024 monthly average.", [("encounters_change", "supported")]),
    # southwest border January 2025 61,448 and January 2024 176,195: counts "at the southwest border"
    ("January 2025 was about 61,000 at the southwest border; January 2024 was about 190,000.",
     [("encounters_value", "supported"), ("encounters_value", "close")]),
    # fentanyl calendar 2022 19,289.1 lb, calendar 2024 21,076.2 lb: the unit said once
    ("Calendar 2022 fentanyl seizures were around 19,000 pounds, and in calendar 2024 about 23,000.",
     [("seizures", "supported"), ("seizures", "close")]),
    # imports from Vietnam 2017 $46.48 bn -> 2024 $136.50 bn (x2.94): the figure the span ended at is 2024's
    ("Imports from Vietnam more than tripled between 2017 and 2024, reaching $136.5 billion.",
     [("trade_growth", "contradicted"), ("trade_value", "supported")]),
    # imports 2024: China $438.74 bn / Vietnam $136.50 bn = 3.21 ("four to one"); SME exports 2022 stated over
    # $110 bn to Mexico, over $83 bn to Canada (1.33)
    ("We import more from China than from Vietnam by, what, four to one, I think.", [("trade_ratio", "contradicted")]),
    ("The small business folks sell more to Mexico than to Canada, like a third more.", [("sme_ratio", "supported")]),
    # exports per resident 2024: Canada $8,475, Mexico $2,553 ("twenty-two hundred", dollars as the figure before)
    ("Per person, Canadians buy like eight and a half thousand dollars a year of American goods, and Mexicans "
     "about twenty-two hundred.", [("per_capita", "supported"), ("per_capita", "contradicted")]),
    # marijuana FY2020 582,392.8 lb, FY2024 174,991.1 lb; exports to Mexico March 2024 $26.98 bn
    ("Marijuana seizures fell from over half a million pounds in fiscal 2020 to under one hundred fifty thousand "
     "in fiscal 2024.", [("seizures", "supported"), ("seizures", "contradicted")]),
    ("In March of 2024 alone we exported over twenty-seven billion to Mexico.", [("trade_value", "contradicted")]),
    # a list run into one line: balance with Germany 2024 -$84.66 bn, Japan 2023 -$71.41 bn, imports from South
    # Korea 2024 $131.55 bn; southwest border monthly average FY2024 177,917
    ("Quick hits: - Germany: $84.7bn U.S. deficit in 2024 - Japan: $77.4bn deficit in 2023 - South Korea: U.S. "
     "imports of $126bn in 2024", [("trade_value", "supported"), ("trade_value", "contradicted"),
                                   ("trade_value", "close")]),
    ("The FY2024 average was nearly 170,000 southwest border encounters a month.", [("encounters_value", "close")]),
    # exports to Mexico 1994 $50.84 bn -> 2000 $111.35 bn (x2.19): the change and the figure
    ("In 1994 U.S. exports to Mexico were roughly $51 billion; by 2000 they had more than doubled to $111 billion.",
     [("trade_value", "supported"), ("trade_growth", "supported"), ("trade_value", "supported")]),
    # a Canadian voice: "we" and "us" are Canada, "the Americans" the U.S. (2024: U.S. imports from Canada
    # $411.89 bn, exports $349.91 bn, balance -$61.98 bn; exports to Japan $78.98 bn, 4.43x)
    ("We sent US$412-billion of goods south of the border in 2024, and our trade surplus with the Americans came "
     "to roughly US$62-billion.", [("trade_value", "supported"), ("trade_value", "supported")]),
    ("Honourable members, the Americans sold us about $350 billion in goods in 2024, some six times what they sold "
     "Japan.", [("trade_value", "supported"), ("trade_ratio", "contradicted")]),
    # "the YEAR peak" says that year was the series high: total trade with China 2018 $658.80 bn, beaten by 2022
    # ($690.26 bn); exports to Canada 2022 $359.08 bn, the high of 1985-2024
    ("Trade with China totaled roughly $620 billion in 2024, well below the 2018 peak.",
     [("trade_value", "close"), ("trade_record", "contradicted")]),
    ("U.S. exports to Canada were $349.9 billion in 2024, still short of the 2022 peak of $359.1 billion.",
     [("trade_value", "supported"), ("trade_record", "supported"), ("trade_value", "supported")]),
    # imports 2024: Mexico #1 source (also in 2023); China's share 13.4% ("fell to 12.4%" is no place in a ranking)
    ("Is China still the biggest source of U.S. imports? No. Since 2023 Mexico has been, and China’s share of U.S. "
     "imports fell to 12.4% in 2024.", [("rank", "supported"), ("trade_share", "contradicted")]),
    # Border Patrol highs of any year are read with and without the Title 42 expulsions: southwest FY2000 1,643,679
    # (the Title 8 high; FY2022 2,206,436 with expulsions), nationwide FY1986 1,692,544 (FY2022 2,214,650)
    ("CHIEF (RET.) WALSH: Apprehensions topped 1.6 million along the southwest border in fiscal 2000, the highest "
     "southwest-border total in Border Patrol history.", [("encounters_value", "supported"),
                                                         ("encounters_record", "depends")]),
    ("Border Patrol apprehensions at the southwest border exceeded 2 million in fiscal 2022, a record.",
     [("encounters_value", "supported"), ("encounters_record", "depends")]),
    ("Nationwide, the Patrol's fiscal 1986 total was the all-time high for the agency.",
     [("encounters_record", "depends")]),
    # 2024: Vietnam #3 by the goods deficit (-$123.46 bn); imports from Vietnam 2018 $49.14 bn -> 2024 $136.50 bn
    # (x2.78): the change's "since 2018" is not the deficit's date, nor its flow
    ("Vietnam is now the third-largest source of the U.S. goods deficit, at roughly US$123-billion, and U.S. imports "
     "from Vietnam have nearly tripled since 2018.", [("rank", "supported"), ("trade_value", "supported"),
                                                       ("trade_growth", "supported")]),
    # Germany 2024: exports $75.72 bn, imports $160.38 bn ("against imports of")
    ("U.S. exports to Germany came in at US$73-billion last year, against imports of US$160-billion.",
     [("trade_value", "close"), ("trade_value", "supported")]),
    # northern border fentanyl FY2023 2.5 lb -> FY2024 43.0 lb ("fiscal 2023 to 43 pounds" is no range of years);
    # southwest border December 2024 96,037, down 68.2% from 301,981 ("December 2024 encounters": no count of 2024)
    ("Fentanyl seized at the northern border rose from 2.5 pounds in fiscal 2023 to 43 pounds in fiscal 2024.",
     [("seizures", "supported"), ("seizures", "supported")]),
    ("December 2024 encounters at the southwest border were down more than two-thirds from a year earlier, at about "
     "90,000.", [("encounters_change", "supported"), ("encounters_value", "close")]),
    # cocaine calendar 2022 68,998.1 lb (all CBP); northern border FY2025 4,824 lb: the region is the later clause's
    ("CBP seized about 69,000 pounds of cocaine in calendar 2022, and officers on the northern border intercepted more "
     "than 5,000 pounds of cocaine in fiscal 2025.", [("seizures", "supported"), ("seizures", "contradicted")]),
    ("Canada bought about US$70-billion of U.S. services last year.", [("no_data", "no_data")]),
    # each clause its own: fentanyl FY2024 9,928.8 kg (all CBP) and Border Patrol FY2023 2,840.8 lb; marijuana FY2021
    # 319,446.9 lb -> FY2024 174,991.1 lb (-45.2%), cocaine FY2023 81,085.4 lb; northern border encounters FY2022
    # 109,535 -> FY2024 198,929 (x1.82), Border Patrol there 23,720; Canada 17.0% of U.S. goods trade in 2024,
    # balance with Vietnam -$123.46 bn
    ("In fiscal 2024 CBP seized nearly 10,000 kilograms of fentanyl; Border Patrol agents alone seized about 3,500 "
     "pounds of fentanyl in fiscal 2023.", [("seizures", "supported"), ("seizures", "contradicted")]),
    ("Marijuana seizures fell by nearly half between fiscal 2021 and fiscal 2024, while cocaine seizures exceeded "
     "85,000 pounds in fiscal 2023.", [("seizures_change", "supported"), ("seizures", "contradicted")]),
    ("Encounters on the northern border nearly doubled from fiscal 2022 to fiscal 2024, while Border Patrol "
     "apprehensions there topped 30,000 in fiscal 2024.", [("encounters_change", "supported"),
                                                          ("encounters_value", "contradicted")]),
    ("Canada's share of total U.S. goods trade was 15% in 2024, while the deficit with Vietnam reached $127 billion.",
     [("trade_share", "close"), ("trade_value", "close")]),
    # WIOD 2011: Mexico/China 0.69x; exports 2024: Mexico + Canada $683.94 bn < the next ten $711.53 bn; southwest
    # border July 2025 7,824, the lowest month of the file (from October 2021)
    ("In the WIOD tables for 2011, Mexican value added embedded in U.S. exports was roughly two-thirds of the Chinese "
     "figure.", [("va_ratio", "supported")]),
    ("REP. SALAS: Mexico and Canada together bought more from us in 2024 than our next ten export markets combined.",
     [("group_vs_next", "contradicted")]),
    ("REP. TATE: July 2025 was the lowest month on record at the southwest border.", [("encounters_record", "supported")]),
    # imports 2024: Germany #4 source; exports: South Korea #8, Netherlands #4, Japan #6 ("which ranks fifth"); each
    # partner keeps its own place
    ("Germany is the third-largest source of U.S. imports and South Korea ranks seventh among U.S. export markets.",
     [("rank", "contradicted"), ("rank", "contradicted")]),
    ("The Netherlands, thanks largely to Rotterdam, is the fourth-largest market for U.S. goods, just ahead of Japan, "
     "which ranks fifth.", [("rank", "supported"), ("rank", "contradicted")]),
    # imports from Mexico: October 2024 $45.48 bn, the highest month loaded ("a record monthly high in October")
    ("U.S. imports from Mexico fell to about $39 billion in December 2024, down from a record monthly high in October.",
     [("trade_value", "supported"), ("trade_record", "supported")]),
    # monthly imports from Mexico: October 2024 $45.48 bn, the highest month from January 1985; exports to Mexico
    # March 2024 $26.98 bn, below August 2024 ($30.05 bn)
    ("In October 2024 U.S. imports from Mexico posted the highest monthly figure ever.", [("trade_record", "supported")]),
    ("U.S. exports to Mexico, March 2024: $27.0B, the highest monthly figure that year.",
     [("trade_value", "supported"), ("trade_record", "contradicted")]),
    # FY2024 fentanyl 4.96 billion doses at 2 mg, 14.6 per U.S. resident (340.1 million); WIOD Mexico/China value
    # added 1.91x in 1995, 1.48x in 2000 ("by 2000 it was triple": the same two sides); nationwide encounters July
    # 2025 24,589, the lowest of the file (from October 2019)
    ("At 2 mg per lethal dose, CBP's FY2024 fentanyl seizures equal nearly 5 billion lethal doses, more than 20 times "
     "the U.S. population.", [("doses", "supported"), ("doses_population", "contradicted")]),
    ("In 1995, Mexican content in American exports was almost double the Chinese; by 2000 it was triple.",
     [("va_ratio", "supported"), ("va_ratio", "contradicted")]),
    ("Counting all of its borders, airports and seaports, CBP tallied in July 2025 its lowest monthly count since that "
     "series began in October 2019.", [("lowest_since", "supported")]),
    # exports 2024: Mexico + Canada $683.94 bn, the next ten $711.53 bn (0.96 of them: "nearly as much")
    ("In 2024 the two USMCA partners together bought nearly as much American merchandise as the next ten export "
     "markets combined.", [("group_vs_next", "supported")]),
    # 2 mg a dose: 1 kg is 500,000 doses; CBP's FY2024 fentanyl 21,889.2 lb is 4.96 billion doses (the year's seizures,
    # not the kilogram just named)
    ("• Lethal-dose arithmetic (DEA, 2 mg): 1 kg of fentanyl = 500,000 doses, so CBP's FY2024 fentanyl haul = some "
     "5.5 billion doses.", [("doses", "supported"), ("doses", "close")]),
    # exports 2024: Japan $78.98 bn, Germany $75.72 bn (a $3.26 bn gap, the claim; "more … than" only says it again)
    ("Japan bought more American goods than Germany did in 2024, but only by about $3 billion.",
     [("trade_gap", "supported")]),
    # exports 2024: Canada #1 ($349.91 bn), Mexico #2 ($334.03 bn); "a close second" is a place in the ranking named
    ("Slide 3: North American trade, 2024. • Canada was still the No. 1 market for U.S. goods. • Mexico was a close "
     "second at roughly $315 billion.", [("rank", "supported"), ("rank", "supported"), ("trade_value", "close")]),
    # balance with Germany 2024 -$84.66 bn: Germany's surplus "with us"; Mexico's share of U.S. exports 16.2%
    ("Germany ran a surplus of close to $85 billion with us in 2024.", [("trade_value", "supported")]),
    ("• Mexico's share of U.S. goods exports, 2024: about 17.5%.", [("trade_share", "close")]),
    # exports 2019 -> 2020: Canada -12.5%, Mexico -17.2% ("to Mexico, about 16%": the same change, another partner)
    ("• Exports to Canada fell roughly 12% in 2020; to Mexico, about 16%.",
     [("trade_growth", "supported"), ("trade_growth", "close")]),
    # Border Patrol nationwide FY1954 1,028,246 -> FY1955 225,186 (-78.1%)
    ("Historical series (Border Patrol, nationwide): apprehensions topped one million for the first time in fiscal "
     "1954, then fell by nearly 80% the following year.", [("encounters_value", "supported"),
                                                          ("encounters_change", "supported")]),
    # cocaine calendar 2025: all CBP 68,733.0 lb, southwest border 43,775.4 lb (the region is the second figure's)
    ("Cocaine is back: CBP seized about 69,000 pounds in calendar 2025, and more than 45,000 pounds of it came "
     "through the southwest border.", [("seizures", "supported"), ("seizures", "contradicted")]),
    ("Mexico's own immigration institute says it intercepted over 1 million migrants in 2024.",
     [("no_data", "no_data")]),
    # two-way trade with Canada 2024 $761.79 bn ("both directions"); imports from Germany 2024 $160.38 bn, a record;
    # exports to Japan $637 a person, imports from Japan $148.37 bn ("160 billion", in talk of trade, is dollars)
    ("We're talking something like 760 billion dollars in goods with Canada, both directions, in 2024.",
     [("trade_value", "supported")]),
    ("German goods flowing into U.S. ports hit an all-time high in 2024, leaving a bilateral goods deficit of about "
     "$95 billion.", [("trade_record", "supported"), ("trade_value", "contradicted")]),
    ("LINDQVIST: The average Japanese consumer buys — what — about 640 bucks of American goods a year. PARK: And we "
     "import, I don't know, about 160 billion from Japan.", [("per_capita", "supported"), ("trade_value", "close")]),
    # exports to Mexico 2023 $323.64 bn: "topping $330 billion" is a bound
    ("Shipments to Mexico climbed to a record $334.0 billion in 2024, after topping $330 billion the year before.",
     [("trade_record", "supported"), ("trade_value", "supported"), ("trade_value", "contradicted")]),
    # WIOD: Mexico/China value added in U.S. exports 0.69x in 2011, 1.91x in 1995; domestic share 2011 85.1%
    ("In 2011, Mexican value added embedded in U.S. exports was roughly half the Chinese content. Back in 1995, it "
     "had been nearly double.", [("va_ratio", "contradicted"), ("va_ratio", "supported")]),
    ("About 85% of the value of U.S. exports in 2011 was American value added.", [("va_domestic_share", "supported")]),
    # southwest border December 2023 301,981; Border Patrol July 2025 4,596, the lowest month loaded (from October
    # 1999); Field Operations May 2024 52,811, its highest month (from October 2021)
    ("GUTIERREZ: December of '23 at the southwest border — north of 300,000 encounters.",
     [("encounters_value", "supported")]),
    ("In March 2025 the southwest border logged roughly 94% fewer encounters than the fiscal 2024 monthly average. By "
     "July, Border Patrol's tally there was the lowest for any month since at least 2000.",
     [("encounters_change", "supported"), ("lowest_since", "supported")]),
    ("Field Operations logged its busiest month on record at southwest border ports of entry in May 2024.",
     [("encounters_record", "supported")]),
    # fentanyl FY2024: Field Operations 18,900.3 lb of 21,889.2 lb (86.3%)
    ("By fiscal 2024, more than 85% of the fentanyl CBP seized was caught by officers at ports of entry rather than by "
     "Border Patrol agents between them.", [("seizures_share", "supported")]),
    # southwest border Field Operations December 2024 48,713, Border Patrol 47,324 (not 37,324); with no border
    # named, a component's count is read where the files split it out (the southwest border's)
    ("In December 2024, Field Operations officers at the ports processed 48,713 encounters, well above Border "
     "Patrol's 37,324 between the ports.", [("encounters_value", "supported"), ("encounters_value", "contradicted")]),
    # imports from Japan 2024 $148.37 bn ("shipped … to the United States"); imports from Mexico 2019 $356.09 bn ->
    # 2024 $505.52 bn (+42.0%), exports 2013 $225.95 bn -> 2024 $334.03 bn (+47.8%): each clause its own base
    ("Japan, the land of the rising sun, shipped about 160 billion dollars in goods to the United States in 2024.",
     [("trade_value", "close")]),
    ("Exports to Mexico grew by more than half between 2013 and 2024, and imports from Mexico have risen 42% since "
     "2019.", [("trade_growth", "contradicted"), ("trade_growth", "supported")]),
    # population 2024: Mexico 130,861,007, Canada 41,288,599
    ("The population of Mexico, 130.9 million according to the World Bank, compares with 45 million inhabitants in "
     "Canada.", [("population", "supported"), ("population", "contradicted")]),
    # heroin FY2019 6,224.6 lb ... FY2024 1,160.6 lb (the lowest loaded); marijuana FY2021 319,446.9 lb > FY2025
    # 185,003.6 lb; a capitals heading before a dash names the drug, not a place
    ("HEROIN — FY2024 seizures were the smallest since at least FY2019.", [("seizures_record", "supported")]),
    ("Marijuana seized in FY2025 was the highest since FY2020.", [("seizures_record", "contradicted")]),
    ("MARIJUANA — seizures fell by more than 60% between FY2019 and FY2024.", [("seizures_change", "supported")]),
    # southwest border encounters FY2022 2,378,944 < FY2023 2,475,669: not the most on record now
    ("FY2022 was the peak year, with 2.38 million southwest border encounters, the most of any fiscal year on record.",
     [("encounters_value", "supported"), ("encounters_record", "contradicted")]),
    # Tucson FY2024 463,570, #1 of 9 sectors, below FY2000 (616,346); Rio Grande Valley #1 in FY2019, #5 in FY2024
    ("Tucson Sector: 470,000 apprehensions in FY2024, No. 1 among the nine southwest sectors and the highest in the "
     "sector's history.", [("encounters_value", "close"), ("sector_rank", "supported"),
                           ("encounters_record", "contradicted")]),
    ("Rio Grande Valley, the busiest sector in FY2019, fell to fourth place in FY2024.",
     [("sector_rank", "supported"), ("sector_rank", "contradicted")]),
    # ranks in translated prose: total trade 2022 Canada #1 ($796.5 bn); imports 2024 Germany #4, exports Japan #6;
    # Mexico #2 market behind Canada; "the Aztec nation" is Mexico ($505.52 bn of imports in 2024)
    ("MEXICO CITY, February 2023.— In 2022 the United States exported 324.4 billion dollars to Mexico, and Canada "
     "remained its first trading partner.", [("trade_value", "close"), ("rank", "supported")]),
    ("Germany is now the third supplier of the American market.", [("rank", "contradicted")]),
    ("Japan remains the fourth buyer of American goods, with 79 billion dollars.",
     [("rank", "contradicted"), ("trade_value", "supported")]),
    ("Mexico consolidated itself as the second client of the United States, only behind Canada.",
     [("rank", "supported")]),
    ("In 2024 the Aztec nation sold the United States some 505.5 billion dollars.", [("trade_value", "supported")]),
    # southwest border December 2023: all CBP 301,981, Border Patrol 249,740 ("agents and port officers": all CBP)
    ("In December 2023, Border Patrol agents and port officers logged 301,981 encounters at the southwest border.",
     [("encounters_value", "supported")]),
    # southwest border May 2023: Field Operations 35,308, Border Patrol 171,382 (4.85x)
    ("Along the southwest border, Field Operations officers at the ports processed 35,308 encounters in May 2023, "
     "while out in the brush Border Patrol agents made more than five times as many.",
     [("encounters_value", "supported"), ("component_compare", "contradicted")]),
    # nationwide encounters FY2023 3,201,144, FY2024 2,901,142: the answer's first figure is of the year asked
    ("Q: How many encounters did CBP record nationwide in fiscal 2023? A: About 3.2 million, before the count eased "
     "to roughly 2.6 million in fiscal 2024.", [("encounters_value", "supported"), ("encounters_value", "contradicted")]),
    # sectors: Tucson FY2000 616,346 (#1); FY2019 Rio Grande Valley #1 (339,135); FY2022 El Paso #4 (Del Rio #1)
    ("Q: Which sector is the busiest? A: It moves: in fiscal 2000 the Tucson sector alone logged more than 600,000 "
     "apprehensions, in fiscal 2019 the Rio Grande Valley was the busiest sector, and in fiscal 2022 the busiest was "
     "El Paso.", [("encounters_value", "supported"), ("sector_rank", "supported"), ("sector_rank", "contradicted")]),
    # Swanton FY2024 19,390; northern border Border Patrol FY2023 10,020 -> FY2024 23,720 (x2.37): its own clause's border
    ("Up north, in the Swanton sector, agents made about 19,400 apprehensions in fiscal 2024, and the northern border "
     "total was roughly 2.5 times the year before.", [("encounters_value", "supported"), ("encounters_change", "close")]),
    # two-way trade with Mexico 1994 $100.34 bn -> 2024 $839.56 bn (x8.37)
    ("By 2024, two-way goods trade with Mexico was more than eight times its level of 1994.",
     [("trade_growth", "supported")]),
    # nationwide December 2022 302,392, the highest month of the file (from October 2019) until then; "asylum
    # seekers" are not court cases
    ("Christmas week of 2022 brought buses of asylum seekers to downtown El Paso; nationwide that December, CBP "
     "counted more than 300,000 encounters, a monthly record at the time.",
     [("encounters_value", "supported"), ("encounters_record", "supported")]),
    # Mexico 15.5% of U.S. goods imports in 2024
    ("Mexico now supplies about 17% of all goods the United States imports.", [("trade_share", "close")]),
    # WIOD 2011: value added from Mexico in U.S. gross exports $23.90 bn, from China $34.62 bn (Mexico/China 0.69x;
    # 1.91x in 1995); U.S. value added returning in imports from Mexico 11.76%; domestic share 85.1%. "World
    # Input-Output Database" names no partner; "soybean trader", "steel … :" are not what the figures count.
    ("In a Ciudad Juárez plant, a technician solders American-made chips onto Mexican boards, and the trail loops "
     "back: in 2011, about $22 billion of the value in U.S. exports originated in Mexico, according to the World "
     "Input-Output Database, against roughly $30 billion from China.", [("va_share", "close"),
                                                                        ("va_share", "contradicted")]),
    ("Q: Is there more Mexican or Chinese content in American exports? A: By 2011, Mexican value added in U.S. "
     "exports was about 1.4 times the Chinese amount, input-output tables show. In 1995 it had been nearly twice as "
     "large.", [("va_ratio", "contradicted"), ("va_ratio", "supported")]),
    ("Lift the hood of a Mexican-assembled pickup and you find Ohio steel and Michigan electronics: in 2011, nearly "
     "12% of the value of U.S. imports from Mexico was American value added coming home.", [("va_share", "supported")]),
    ("Q: How much of a U.S. export is actually made in America? A: About 85%, as of 2011, once imported parts and "
     "materials are netted out.", [("va_domestic_share", "supported")]),
    # exports to China 2024 $143.5 bn / 1,408.98 million people = $102 a person
    ("In Shenzhen, an American soybean trader jokes that his customers are a rounding error per head: U.S. exports "
     "to China came to just over $100 for every Chinese resident in 2024.", [("per_capita", "supported")]),
    # 2024 exports: Canada $349.91 bn, Japan $78.98 bn (4.43x); "parts cross the bridge" is not value added
    ("In the Detroit suburbs, where parts cross the Ambassador Bridge several times before a car is finished, "
     "Canada's weight is hard to miss: it bought more U.S. goods in 2024 than any other country, about five times "
     "what Japan bought.", [("rank", "supported"), ("trade_ratio", "contradicted")]),
    # imports from Japan 2024 $148.37 bn, above 2006 ($148.18 bn), the high before
    ("Imports from Japan reached their highest level on record in 2024.", [("trade_record", "supported")]),
    # 2024 with Mexico: two-way $839.56 bn, exports $334.03 bn ("shipped … south")
    ("A ledger that last year came to roughly $840 billion in two-way goods trade with Mexico. American factories and "
     "farms shipped about $334 billion of it south.", [("trade_value", "supported"), ("trade_value", "supported")]),
    ("Q: How many American jobs depend on exports to Mexico? A: The Commerce Department has put the figure at about "
     "1.2 million.", [("no_data", "no_data")]),
    # southwest border encounters: January 2025 61,448, February 2025 11,714 (-80.9%): "from January" is that
    # year's, before the month named
    ("Q: How fast did crossings fall after the inauguration? A: Southwest border encounters fell to under 12,000 in "
     "February 2025, down more than 85% from January.", [("encounters_value", "supported"),
                                                         ("encounters_change", "contradicted")]),
    # balance with Mexico: 1994 +$1.35 bn (a surplus), 1995 -$15.81 bn; the sign word after a figure is its own
    ("In 1995, the year the peso crisis hit, the balance with Mexico swung from a $1.4 billion surplus to a deficit "
     "of roughly $16 billion.", [("trade_value", "close"), ("trade_value", "supported")]),
    # WIOD: domestic value added 90.5% of U.S. gross exports in 1995, 85.1% in 2011 ("that share" goes on about it)
    ("In 1995, 90.5% of the value of U.S. exports was domestic. By 2011 that share had slipped to under 84%.",
     [("va_domestic_share", "supported"), ("va_domestic_share", "contradicted")]),
    ("In 2011, 85% of the value of U.S. exports was U.S. value added.", [("va_domestic_share", "supported")]),
    # Border Patrol nationwide FY1986 1,692,544: the Title 8 high, first passed in FY2022 (2,214,650 with Title 42
    # expulsions); FY2021 1,662,170 is below it. A peak followed by how long it lasted is one claim, not two.
    ("Apprehensions by the Border Patrol nationwide peaked at nearly 1.7 million in fiscal 1986, a level that has "
     "never been matched.", [("encounters_value", "supported"), ("encounters_record", "depends")]),
    ("Border Patrol apprehensions nationwide peaked at 1,692,544 in fiscal year 1986, a total that was not exceeded "
     "until fiscal year 2021.", [("encounters_value", "supported"), ("encounters_record", "contradicted")]),
    # fentanyl: calendar 2023 25,041.2 lb -> 2024 21,076.2 lb (-15.8%); FY2023 27,022.9 lb -> FY2024 21,889.2 lb (-19.0%);
    # "the 2023 peak" is a claim of its own: FY2023 is the highest fiscal year loaded
    ("HOST: Fentanyl seizures fell in 2024, right? GUEST: They did, by roughly 19 percent from the 2023 peak.",
     [("seizures_change", "depends"), ("seizures_record", "supported")]),
    # 1985: the deficit with Japan (-$46.2 bn) the largest; the rank is the claim, not the deficit's sign
    ("In 1985 the United States ran a bigger goods deficit with Japan than with any other partner.",
     [("rank", "supported")]),
    # Mexico 130.86 million, Canada 41.29 million (x3.17): a bracketed figure keeps its words, the ratio its own;
    # "Spanish Club" names no country
    ("Spanish Club update: our Mexico unit learned that Mexico (about 131 million people in 2024) has roughly triple "
     "Canada's population.", [("population", "supported"), ("trade_ratio", "supported")]),
    # lethal doses at 2 mg: FY2023 fentanyl 27,022.9 lb is 6.13 billion, FY2024 21,889.0 lb 4.96 billion; USTR: about
    # 53,000 SME exporters to Mexico in 2016
    ("• Potentially lethal doses contained in CBP’s FY2023 fentanyl seizures, at 2 mg per dose: more than 6 billion",
     [("doses", "supported")]),
    ("Q: Roughly how many 2-milligram lethal doses are in the fentanyl CBP seized in FY2024? A: About 5 billion.",
     [("doses", "supported")]),
    ("• U.S. small and medium-sized exporters to Mexico (2016): about 53,000", [("sme_count", "supported")]),
    # 2024: exports to Mexico 2.33 times those to China; Vietnam the #6 import source
    ("By the numbers: 2.33 — how many times more the U.S. exported to Mexico than to China in 2024. 5th — Vietnam’s "
     "rank among U.S. import sources.", [("trade_ratio", "supported"), ("rank", "contradicted")]),
    # Border Patrol southwest FY2000 1,643,679: the Title 8 high; with Title 42 expulsions FY2022 (2,206,436) is higher
    ("The 1.64 million apprehensions Border Patrol made on the southwest border in fiscal 2000 remain the highest ever "
     "recorded.", [("encounters_record", "depends"), ("encounters_value", "supported")]),
    # 2 mg a dose: 500,000 doses a kilogram; 9,900 kg is 4.95 billion doses ("could have killed 6 billion people")
    ("Every kilogram of fentanyl holds half a million lethal doses. The 9,900 kilograms CBP seized in fiscal 2024 could "
     "have killed 6 billion people.", [("doses", "supported"), ("seizures", "supported"), ("doses", "contradicted")]),
    # 2024 exports: Mexico + Canada $683.94 bn, the next five (China, Netherlands, UK, Japan, Germany) $465.68 bn, the
    # next ten $711.53 bn; per person Mexico $2,553, Canada $8,475 (0.30); Mexico's population 130.86 million;
    # marijuana FY2019 556,400.7 lb -> FY2024 174,991.1 lb (-68.5%)
    ("Mexico and Canada bought $684 billion of U.S. goods in 2024, well above the $466 billion purchased by the next "
     "five markets combined.", [("trade_value", "supported"), ("trade_value", "supported")]),
    ("Our two USMCA partners out-buy the next ten U.S. export markets put together.",
     [("group_vs_next", "contradicted")]),
    ("Each Mexican buys more than 2,500 dollars a year in U.S. goods, roughly a third of what each Canadian buys.",
     [("per_capita", "supported"), ("trade_ratio", "close")]),
    ("With 127 million consumers next door, Mexico is a market no exporter in our county can ignore.",
     [("population", "close")]),
    ("CBP seized about 68,000 pounds of cocaine in fiscal 2024, and its marijuana seizures have fallen by more than "
     "two-thirds since FY2019.", [("seizures", "supported"), ("seizures_change", "supported")]),
    # Border Patrol nationwide FY1954 1,028,246, FY1955 225,186, FY1960 28,966: a "By the numbers" list
    ("By the numbers: 1.03 million — nationwide Border Patrol apprehensions in fiscal 1954. Roughly 225,000 — the "
     "count a year later. Under 28,000 — the fiscal 1960 total.",
     [("encounters_value", "supported"), ("encounters_value", "supported"), ("encounters_value", "contradicted")]),
    # fentanyl: calendar 2020 7,330.0 lb -> 2023 25,041.2 lb (x3.42); FY2020 4,791.1 lb -> FY2023 27,022.9 lb (x5.64);
    # southwest FY2024: Border Patrol 1,530,523 of 2,135,005 (71.7%); exports to Canada Jan–Jun 2024 $177.05 bn
    ("RIVERA: Fentanyl seizures at the border more than quadrupled between 2020 and 2023.",
     [("seizures_change", "depends")]),
    ("Border Patrol, not the ports of entry, accounted for more than two-thirds of southwest border encounters in "
     "FY2024.", [("encounters_share", "supported")]),
    ("U.S. exports to Mexico averaged about $27.8 billion a month in 2024, and exports to Canada in the first half of "
     "the year came to about $190 billion.", [("trade_value", "supported"), ("trade_value", "close")]),
    # 2024 exports: Canada $349.91 bn < China + Japan + Germany + UK $377.46 bn (the sum only); southwest border
    # December 2023 301,981 -> December 2024 96,037 (-68.2%), CBP's count as Mexico reports it
    ("In 2024 Canada bought more American goods than China, Japan, Germany and the United Kingdom combined.",
     [("group_vs_combined", "contradicted")]),
    ("The Government of Mexico highlights that southwest border encounters reported by CBP fell 93 percent between "
     "December 2023 and December 2024.", [("encounters_change", "contradicted")]),
    # Border Patrol southwest September 2024 53,858, the lowest since August 2020 (47,280); WIOD 2011 in U.S. exports:
    # China $34.62 bn, Mexico $23.90 bn (x1.45)
    ("Q: Is the Border Patrol count in September 2024 a turning point? A: It was the lowest since 2017 for the Border "
     "Patrol at the southwest border.", [("lowest_since", "contradicted")]),
    ("In the WIOD tables, Mexican value added embodied in U.S. exports came to about $24 billion in 2011, while Chinese "
     "content was some 45% larger.", [("va_share", "supported"), ("va_ratio", "supported")]),
    # fentanyl FY2024: Border Patrol 2,988.9 lb, Field Operations 18,900.3 lb (the component named nearest the figure);
    # WIOD 2011: Mexico's own value added 69.99% of its gross exports
    ("Border Patrol agents seized less than 3,000 pounds of fentanyl between ports of entry in fiscal 2024, while the "
     "Office of Field Operations seized roughly 18,900 pounds at the ports.",
     [("seizures", "supported"), ("seizures", "supported")]),
    ("Only about 65% of the value of Mexico's gross exports in 2011 was Mexican value added.",
     [("va_domestic_share", "close")]),
    # China's share of U.S. imports: 13.43% in 2024, the lowest since 2004 (13.38%); imports from China 2023
    # $427.25 bn, the lowest since 2012
    ("China's share of U.S. goods imports dropped to 13.4% in 2024, the lowest in two decades.",
     [("trade_share", "supported"), ("trade_record", "supported")]),
    ("China's share of U.S. imports in 2024 was 13.4%, the lowest since 2000.",
     [("trade_share", "supported"), ("trade_record", "contradicted")]),
    ("Imports from China in 2023 were $427 billion, the lowest in a decade.",
     [("trade_value", "supported"), ("trade_record", "supported")]),
    # southwest border July 2025 7,824, the lowest month of the file (Oct 2021 on); December 2023 the highest; the
    # Border Patrol's quietest fiscal year was FY1934 (10,319), not FY1940 (10,492)
    ("CBP's count at the southwest border in July 2025 was the lowest monthly total in the agency's records.",
     [("encounters_record", "supported")]),
    ("Q: Was December 2023 the worst month? A: Yes, the highest monthly total on record at the southwest border.",
     [("encounters_record", "supported")]),
    ("HOST: The quietest year in Border Patrol history was fiscal 1940, with about 10,500 apprehensions.",
     [("encounters_record", "contradicted"), ("encounters_value", "supported")]),
    ("Border Patrol encounters along the southwest border in July 2025 were the lowest month in at least 25 years.",
     [("lowest_in_years", "supported")]),
    # 2024 Canada: exports $349.91 bn, two-way $761.79 bn ("a relationship" may be either); fentanyl FY2023 27,022.9 lb,
    # the highest of FY2019–FY2025
    ("Canada is a $350 billion relationship for U.S. business, and tariffs put all of it at risk.",
     [("trade_value", "depends")]),
    ("Canada is a neighbor worth around $350 billion a year in trade to American companies.",
     [("trade_value", "depends")]),
    ("CBP officers and agents seized more fentanyl nationwide in fiscal year 2023 than in any other fiscal year on "
     "record.", [("seizures_record", "supported")]),
    # FY2024 sectors: Tucson first, Rio Grande Valley fifth; FY2019: Rio Grande Valley first (339,135); methamphetamine
    # calendar 2025 186,359.8 lb, below 2021 (198,406.2 lb); SME exports 2022: Mexico $110 bn, Canada $83 bn (x1.33)
    ("Tucson was the busiest sector in fiscal 2024, while Rio Grande Valley slipped to fourth.",
     [("sector_rank", "supported"), ("sector_rank", "contradicted")]),
    ("In fiscal 2019, the Rio Grande Valley was only the second-busiest Border Patrol sector, behind El Paso.",
     [("sector_rank", "contradicted")]),
    ("WIRE: CBP seized 186,360 pounds of methamphetamine in calendar 2025, the most of any year since at least 2019.",
     [("seizures", "supported"), ("seizures_record", "contradicted")]),
    ("According to USTR, over $110 billion of goods from U.S. small and medium-sized firms went to Mexico in 2022, "
     "roughly half again as much as small firms sent to Canada.", [("sme_value", "supported"), ("sme_ratio", "contradicted")]),
    # CBP fentanyl October 2024 – March 2025: 3,135.2 kg ("over the same months": the months named before)
    ("Mexican forces seized 1,500 kilograms of fentanyl between October 2024 and March 2025, while on the U.S. side "
     "CBP seized about 3,100 kilograms over the same months.", [("seizures", "no_data"), ("seizures", "supported")]),
    # trade with Mexico 2023 $796.55 bn -> 2024 $839.56 bn (+5.4%); rail crossings and a state's exports are not loaded
    ("Eagle Pass rail crossings rose 12% in 2024, and across all ports U.S.-Mexico goods trade grew about 5% that year.",
     [("no_data", "no_data"), ("trade_growth", "supported")]),
    ("Texas alone ships more than a third of all U.S. exports to Mexico, and the nation as a whole sent $334 billion "
     "of goods there in 2024.", [("no_data", "no_data"), ("trade_value", "supported")]),
    # 2024: the deficit with Canada $61.98 bn, 0.21 of China's $295.52 bn; Mexico 16.2% of U.S. exports; imports from
    # Mexico $505.52 bn, the largest
    ("Washington likes to complain about its deficit with Canada, but in 2024 it was about a fifth of the deficit with "
     "China.", [("trade_ratio", "supported")]),
    ("What share of U.S. exports goes to Mexico? About 15 percent in 2024.", [("trade_share", "close")]),
    ("U.S. goods imports from Mexico were the largest from any country in 2024.", [("rank", "supported")]),
    # FY2024 southwest 2,135,005; FY2023 nationwide 3,201,144; the 2024 deficit with Mexico $171.49 bn (its clause is
    # not about grain)
    ("SENATOR A: Encounters nationwide topped 2.9 million in fiscal 2024. SENATOR B: At the southwest border it was "
     "about 2.1 million, and falling.", [("encounters_value", "supported"), ("encounters_value", "supported")]),
    ("GARCIA: Southwest border encounters hit 2.48 million in fiscal 2023. LEE: Nationwide, CBP counted 3.2 million "
     "that year.", [("encounters_value", "supported"), ("encounters_value", "supported")]),
    ("Our state’s corn growers sold $2.1 billion of grain to Mexico in 2023, and the U.S. goods deficit with Mexico hit "
     "$171 billion in 2024.", [("no_data", "no_data"), ("trade_value", "supported")]),
    # exports 2019: Canada $292.82 bn, Mexico $256.68 bn ($36.1 bn apart); southwest Field Operations FY2023 429,831;
    # FY2024 southwest 2,135,005 of 2,901,142 nationwide (73.6%): the share's clause names the part, not the clause before
    ("In 2019 Canada bought more of our goods than Mexico did by over $50 billion.", [("trade_gap", "contradicted")]),
    ("At southwest border ports, Office of Field Operations encounters exceeded 500,000 in fiscal 2023, and the "
     "southwest border accounted for nearly three-quarters of all CBP encounters nationwide in fiscal 2024.",
     [("encounters_value", "contradicted"), ("encounters_share", "supported")]),
    # northern border FY2021 27,180 -> FY2023 189,402 (x6.97); Border Patrol southwest FY1960 21,022 -> FY1970 201,780
    ("CBP encounters along the Northern Land Border reached 189,402 in fiscal 2023, nearly seven times the total for "
     "fiscal 2021.", [("encounters_value", "supported"), ("encounters_change", "supported")]),
    ("By fiscal 1970, southwest border apprehensions had climbed to roughly 200,000, twelve times the 1960 level.",
     [("encounters_value", "supported"), ("encounters_change", "contradicted")]),
    # 2024: Vietnam imports $136.50 bn, exports $13.04 bn; Mexico #1 partner, 15.8% of U.S. goods trade; South Korea
    # two-way $197.14 bn ("nearly hit $200 billion"); Canada two-way 2022 $796.50 bn (a record) -> 2023 $772.42 bn
    ("## U.S.–Vietnam goods trade, 2024 · Imports: $146.5 billion · Exports: $13.0 billion",
     [("trade_value", "contradicted"), ("trade_value", "supported")]),
    ("- **Mexico:** #1 U.S. trading partner (2024) - **Share of all U.S. goods trade:** 16.5%",
     [("rank", "supported"), ("trade_share", "close")]),
    ("Two-way trade with South Korea nearly hit $200 billion in 2024.", [("trade_value", "supported")]),
    ("Two-way goods trade with Canada hit a record in 2022 before slipping about 3% in 2023.",
     [("trade_record", "supported"), ("trade_growth", "supported")]),
    # 2024 deficits: China, Mexico, Vietnam ($123.5 bn) the third; 2023: Mexico ($149.3 bn) second to China
    ("The deficit with Vietnam reached $123.5 billion in 2024, the third-largest after China and Mexico.",
     [("trade_value", "supported"), ("rank", "supported")]),
    ("The U.S. goods deficit with Mexico was $149 billion in 2023, the second-largest with any country after China.",
     [("trade_value", "supported"), ("rank", "supported")]),
    # southwest border May 2024: Border Patrol 117,905, Field Operations 52,811 (x2.23)
    ("Border Patrol agents between the ports logged nearly three times as many southwest border encounters as Field "
     "Operations officers at the ports in May 2024.", [("component_compare", "contradicted")]),
    # imports from South Korea 2019 $77.48 bn -> 2024 $131.55 bn (x1.70); exports to Mexico 1994 $50.84 bn -> 2024
    # $334.03 bn (x6.57); "Spanish" names a language here, not Spain
    ("Imports from South Korea in 2024 were nearly double their 2019 level.", [("trade_growth", "contradicted")]),
    ("Translated from Spanish: Since NAFTA took effect in 1994, when they totaled 51 billion dollars, U.S. sales to "
     "Mexico have multiplied more than sixfold.", [("trade_value", "supported"), ("trade_growth", "supported")]),
    # southwest border August 2025 9,740 vs the FY2024 monthly average 177,917 (-94.5%); Border Patrol southwest FY2017
    # 303,916, the lowest since FY1971; FY2000 1,643,679; exports to Mexico 1993 $41.58 bn -> 2000 $111.35 bn (x2.68)
    ("Southwest border encounters in August 2025 were down about 88% from the monthly average of fiscal 2024.",
     [("encounters_change", "close")]),
    ("Border Patrol's southwest apprehensions fell to about 300,000 in fiscal 2017, the lowest since the early "
     "seventies.", [("encounters_value", "supported"), ("lowest_since", "supported")]),
    ("When I pinned on the badge in 2000, agents on the southwest border were catching 1.8 million people a year.",
     [("encounters_value", "contradicted")]),
    ("Textbook fact: between 1993, the year before NAFTA, and 2000, U.S. exports to Mexico more than tripled.",
     [("trade_growth", "contradicted")]),
    # nationwide encounters FY2024 2,901,142 -> FY2025 691,906 (x0.24); northern border FY2021 27,180 -> FY2024
    # 198,929 (x7.32); fentanyl FY2021 11,201.3 lb -> FY2023 27,022.9 lb (x2.41)
    ("Nationwide CBP encounters in fiscal 2025 were less than a quarter of the prior year's total.",
     [("encounters_change", "supported")]),
    ("Up here on the northern border, encounters in fiscal 2024 were more than eight times what they were in fiscal "
     "2021.", [("encounters_change", "contradicted")]),
    ("Fentanyl seizures in fiscal 2023 were five times what they were in fiscal 2021.",
     [("seizures_change", "contradicted")]),
    # imports 2024: Mexico $505.52 bn, China $438.74 bn (+15.2%); Mexico+China+Canada $1,356.15 bn > the next 15
    ("imports from mexico beat china by like 25% in 2024 lol", [("trade_ratio", "contradicted")]),
    ("Mexico, China and Canada together supplied more U.S. imports in 2024 than the next fifteen sources combined.",
     [("group_vs_next", "supported")]),
    # exports to Mexico 2023 $323.64 bn -> 2024 $334.03 bn; southwest border FY2023 2,475,669 -> FY2024 2,135,005:
    # "from X to Y" in one year starts from the year before
    ("In 2024, exports to Mexico rose from $324 billion to $334 billion.",
     [("trade_value", "supported"), ("trade_value", "supported")]),
    ("Southwest border encounters fell from 2.5 million to 2.1 million in fiscal 2024.",
     [("encounters_value", "supported"), ("encounters_value", "supported")]),
    # 2024: the top 5 by total trade (Mexico, Canada, China, Germany, Japan) $2.647 tn, 49.7% of U.S. goods trade; the
    # top 3 export markets (Canada, Mexico, China) $827.17 bn
    ("The top 5 US trading partners in 2024 combined: $2.65T in goods trade.", [("trade_value", "supported")]),
    ("The three biggest export markets took $900 billion of U.S. goods in 2024.", [("trade_value", "contradicted")]),
    ("The top five partners accounted for more than half of U.S. goods trade in 2024.",
     [("trade_share", "contradicted")]),
    # Tucson sector FY2023 373,630 apprehensions (not the 2,063,690 nationwide): a sector named by its agents' count
    ("Tucson apprehensions topped 400,000 in fiscal 2023.", [("encounters_value", "contradicted")]),
    # southwest border cocaine: calendar 2025 43,775.4 lb, the highest of 2019–2025; FY2025 40,944.5 lb, the highest
    # of FY2019–FY2025 at the southwest border (all regions: FY2019 101,140.2 lb, the highest)
    ("Members should note that calendar 2025 brought the highest annual total of cocaine seizures at the Southwest "
     "Border in CBP's public data.", [("seizures_record", "supported")]),
    ("Cocaine seizures at the southwest border hit a record in fiscal 2025.", [("seizures_record", "supported")]),
    ("Cocaine seizures hit a record in fiscal 2025.", [("seizures_record", "contradicted")]),
    # China's share of U.S. imports: 21.6% in 2017, 13.4% in 2024 (one in six is 16.7%)
    ("In 2017 more than a fifth of U.S. imports came from China; by 2024 it was about one in six dollars.",
     [("trade_share", "supported"), ("trade_share", "contradicted")]),
    # exports to Mexico 2024 $334.03 bn, the highest since the series starts (1985): a label that is the claim
    ("New record: US exports to Mexico in 2024 topped the old high.", [("trade_record", "supported")]),
    # FY2024 fentanyl: all of CBP 21,889.2 lb, the Border Patrol 2,988.9 lb: "border agents" may be either
    ("Border agents seized about 21,900 pounds of fentanyl in fiscal 2024.", [("seizures", "depends")]),
    # exports to Mexico 1994 $50.84 bn -> 1995 $46.29 bn (-9.0%); to Canada 2023 $354.41 bn -> 2024 $349.91 bn (-1.3%)
    ("In 1995 Mexico bought $46 billion of U.S. goods, roughly 12 percent less than a year earlier.",
     [("trade_value", "supported"), ("trade_growth", "contradicted")]),
    ("Exports to Canada were 1% lower than the year before.", [("trade_growth", "supported")]),
    # southwest border encounters November 2024: 94,186 ("southwest numbers", in a lower-case post)
    ("nov 2024 southwest numbers were like 120k, still crazy if you ask me", [("encounters_value", "contradicted")]),
    # a fact box: Mexico, 2024 imports $505.52 bn, the #1 source (a bullet that opens with "No. 1")
    ("MEXICO AT A GLANCE — $505 billion in U.S. goods imports (2024) • No. 1 source of U.S. imports • Partner in USMCA",
     [("trade_value", "close"), ("rank", "supported")]),
    # heroin FY2019 6,224.6 lb -> FY2024 1,160.6 lb (-81.4%): "since fiscal 2019" is that year, not the months since
    ("Heroin seizures have collapsed since fiscal 2019, a drop of more than 85 percent by fiscal 2024.",
     [("seizures_change", "contradicted")]),
    # 2024: Vietnam #6 import source; its deficit ($123.5 bn) third-largest, not fourth (a rank of its own clause)
    ("Vietnam: now the #6 U.S. import source, and the bilateral gap is the 4th-largest we run with any country.",
     [("rank", "supported"), ("rank", "contradicted")]),
    # 2024 imports: India #10 ($87.34 bn); China $438.74 bn < Canada + Germany + Japan $720.64 bn
    ("India has cracked the top 10 U.S. import sources.", [("rank", "supported")]),
    ("Imports from China in 2024 exceeded those from the next three suppliers combined.",
     [("group_vs_next", "contradicted")]),
    # southwest border cocaine FY2024 30,383.0 lb -> FY2025 40,944.5 lb; southwest FY2000 1,643,679 first passed in
    # FY2021 (21 years)
    ("Cocaine seizures at the southwest border fell in FY2025.", [("seizures_direction", "contradicted")]),
    ("In fiscal 2000, southwest border apprehensions hit 1.64 million, a record that stood for more than two decades.",
     [("encounters_value", "supported"), ("encounters_record", "supported")]),
    # "buying … from Mexico" is imports: 2024 $505.52 bn, over half a trillion
    ("Since NAFTA we have gone to buying over half a trillion dollars a year from Mexico.",
     [("trade_value", "supported")]),
    # WIOD 2011, in U.S. exports (said in the sentence before): Mexican value added 0.69 times China's
    ("Show notes: We test the viral line that Mexican parts in U.S. exports are ten times more significant than "
     "Chinese ones. In the 2011 WIOD table, Mexico's contribution was actually about 0.7 times China's.",
     [("va_ratio", "contradicted"), ("va_ratio", "supported")]),
    # FY2023 sectors: Tucson 373,630 third (El Paso 427,470): the rank and the count each keep their words
    ("In fiscal 2023, Tucson led all southwest sectors with roughly 374,000 Border Patrol apprehensions.",
     [("sector_rank", "contradicted"), ("encounters_value", "supported")]),
    # nationwide FY1954 1,028,246, first passed in FY1983 (29 years); FY1986 1,692,544 first passed in FY2022 (36)
    ("Nationwide apprehensions hit 1.03 million in fiscal 1954, a record that stood for nearly thirty years.",
     [("encounters_value", "supported"), ("encounters_record", "supported")]),
    ("Nationwide, Border Patrol apprehensions peaked in fiscal 1986, a mark that stood for more than four decades.",
     [("encounters_record", "depends"), ("encounters_record", "contradicted")]),
    # "the nation's No. 1 trading partner": Mexico 2024 $839.6 bn
    ("The Governor's Office of International Trade said Tuesday that Mexico remained the nation's No. 1 trading "
     "partner in 2024.", [("rank", "supported")]),
    # northern border Border Patrol FY2024 23,720 (the Swanton sector named after the figure is the next claim's:
    # FY2023 6,930 -> FY2024 19,390, x2.80)
    ("Along the northern border, Border Patrol agents recorded roughly 25,000 apprehensions in fiscal 2024, with "
     "Swanton Sector's count nearly triple its fiscal 2023 level.",
     [("encounters_value", "close"), ("encounters_change", "supported")]),
    # exports to Japan 2022 $80.15 bn, #4 market (China #3): grain and beef, in their own clause, are not the rank's
    ("Japan remains a cornerstone market for our members' grain and beef; overall the U.S. shipped nearly $80 "
     "billion in goods to Japan in 2022, making it the No. 3 export destination.",
     [("trade_value", "supported"), ("rank", "contradicted")]),
    # exports to Canada per Canadian, 2024: $8,475 ("buy from U.S. producers" is what the U.S. sells)
    ("How much does the average Canadian buy from U.S. producers? Roughly $8,500 worth of goods a year (2024), "
     "versus about $2,600 per person in Mexico.", [("per_capita", "supported"), ("per_capita", "supported")]),
    # "the common border", in Mexico's words: southwest border, February-August 2025, 10,581 a month
    ("The Ministry of Foreign Affairs of Mexico notes that, according to U.S. data, encounters at the common border "
     "averaged approximately 10,600 per month between February and August 2025.", [("encounters_value", "supported")]),
    # a forecast is not a statistic yet; a question asserts nothing; opening hours are not a count
    ("China, which supplied $438.7 billion of U.S. imports in 2024, is on track to fall behind Canada as a source of "
     "imports in 2025.", [("trade_value", "supported"), ("no_data", "no_data")]),
    ("HOST: Fentanyl seizures fell in 2024, right?", []),
    ("Shopping tip: the San Ysidro pedestrian crossing is open 24 hours.", []),
    # U.S. imports from Vietnam per Vietnamese resident, 2024: $136.50 bn / 100,987,686 = $1,352
    ("For those asking about Vietnam: ~$1,350 of US imports for every Vietnamese person (2024 numbers).",
     [("per_capita", "supported")]),
    # exports 2024: Canada $349.91 bn - Mexico $334.03 bn = $15.9 bn, Mexico named in the sentence before
    ("Your columnist calls Mexico America's largest export market. It isn't — Canada bought nearly $16 billion more "
     "from us in 2024.", [("rank", "contradicted"), ("trade_gap", "supported")]),
    # WIOD 2011: U.S. value added 11.76% of imports from Mexico ("of what Mexico shipped to the United States")
    ("In 2011, U.S. value added made up about 11.8% of what Mexico shipped to the United States, according to the "
     "WIOD tables.", [("va_share", "supported")]),
    # WIOD 2011: Chinese value added 1.45 times Mexican, in U.S. exports (one claim, not also a comparison)
    ("By 2011 the picture had flipped: Chinese value added in U.S. exports exceeded Mexican value added by roughly "
     "45 percent.", [("va_ratio", "supported")]),
    # FY2023 sectors: El Paso 427,470 first
    ("El Paso Sector led the nation in FY2023.", [("sector_rank", "supported")]),
    # 2024 imports: Taiwan $116.26 bn < South Korea $131.55 bn
    ("Taiwan now outranks South Korea as a source of U.S. imports.", [("trade_compare", "contradicted")]),
    # imports from China: 2018 $538.51 bn -> 2024 $438.74 bn (-18.5%), not "a peak in 2024"; "their 2018 peak" is
    # a claim of its own (2018 the highest year loaded)
    ("Chart note: imports from China (blue) were about 18.5% below their 2018 peak in 2024.",
     [("trade_growth", "supported"), ("trade_record", "supported")]),
    # "the Census figure" of the deficit named before: 2023 balance with China -$279.61 bn
    ("Your editorial overstates the trade deficit with China. The Census figure for 2023 was closer to $280 billion.",
     [("balance_sign", "supported"), ("trade_value", "supported")]),
    # southwest November 2024: Field Operations 47,574 vs Border Patrol 46,612; FY2024: Border Patrol 1,530,523 vs
    # Field Operations 604,482
    ("field ops had more encounters at the southwest border than border patrol did in november 2024, first time i "
     "can remember", [("component_compare", "supported")]),
    ("In fiscal 2024 the Border Patrol made fewer apprehensions than Field Operations encountered at ports.",
     [("component_compare", "contradicted")]),
    # fentanyl FY2024 9,928.8 kg, all of CBP "at and between ports of entry" (the Border Patrol's alone 1,355.7 kg)
    ("In FY2024, CBP seized nearly 10,000 kilograms of fentanyl at and between ports of entry.",
     [("seizures", "supported")]),
    # 2024: exports to Mexico $334.03 bn, imports from Mexico $505.52 bn ("bought … back")
    ("In 2024 the U.S. shipped $334 billion of goods to Mexico and bought about $540 billion back.",
     [("trade_value", "supported"), ("trade_value", "close")]),
    # services and Mexican detentions are not loaded; dairy is a product, not loaded
    ("Add services and the U.S. actually runs a surplus with Canada of about $30 billion.", [("no_data", "no_data")]),
    ("Mexico's migration authorities reported more than 900,000 detentions of migrants in 2024.",
     [("no_data", "no_data")]),
    ("Mexico bought $2.2 billion of U.S. dairy products last year.", [("no_data", "no_data")]),
    # fentanyl FY2023 27,022.9 lb: the highest fiscal year loaded
    ("FENTANYL FACT SHEET: FY2023 was a record year for CBP fentanyl seizures.", [("seizures_record", "supported")]),
    # USTR's stated SME goods exports, 2016: Mexico $76.2 bn vs Canada $51.2 bn (+49%)
    ("Back in 2016, USTR's figures had SME goods exports to Mexico about 50% more than those to Canada.",
     [("sme_ratio", "supported")]),
    # exports to Canada 2020 $256.21 bn -> 2024 $349.91 bn (+36.6%); farm jobs are not loaded (their own clause)
    ("Exports to Canada have grown 60% since 2020, and agricultural exports to Mexico support more than 100,000 "
     "American farm jobs, by our estimate.", [("trade_growth", "contradicted"), ("no_data", "no_data")]),
    # two-way trade with Mexico: 2023 $796.54 bn -> 2024 $839.56 bn (+5.4%): "bilateral goods trade"
    ("U.S. foreign direct investment in Mexico reached 36 billion dollars in 2024, while bilateral goods trade grew "
     "by about 5 percent.", [("no_data", "no_data"), ("trade_growth", "supported")]),
    # fentanyl hidden in cars is still a seizure: calendar 2024 21,076.2 lb (false), FY2024 21,889.2 lb (true)
    ("In 2024, CBP seized more than 21,500 pounds of fentanyl, much of it hidden in passenger cars and "
     "tractor-trailers.", [("seizures", "depends")]),
    # exports to South Korea 2024 $65.59 bn: below 2021 and 2022, not a record; #8 market
    ("KOREA: U.S. goods exports to Korea hit $72bn in 2024, a record, keeping it our eighth-largest market.",
     [("trade_value", "contradicted"), ("trade_record", "contradicted"), ("rank", "supported")]),
    # exports to Mexico 2024 $334.03 bn, +3.2% and the series high
    ("U.S. exports to Mexico rose 3.2% y/y in 2024 to a new high for the series.",
     [("trade_growth", "supported"), ("trade_record", "supported")]),
    # two-way trade with Mexico 2024 $839.56 bn / 366 days = $2.3 bn a day; the world's corridors are not loaded
    ("The U.S. and Mexico traded roughly $2.3 billion in goods EVERY DAY last year, making it the busiest trade "
     "corridor on the planet.", [("trade_value", "supported"), ("no_data", "no_data")]),
    # Border Patrol FY1925-FY1999: FY1986 the high (nationwide 1,692,544; FY1954 1,028,246)
    ("Apprehensions in fiscal 1986 were the highest of the twentieth century.", [("encounters_record", "supported")]),
    ("Apprehensions in fiscal 1954 were the highest of the twentieth century.",
     [("encounters_record", "contradicted")]),
    # USTR's stated counts (2022): over 49,000 small and mid-sized exporters to Mexico, over 90,000 to Canada
    ("Over 50,000 U.S. small and mid-sized businesses export to Mexico, and more than 90,000 export to Canada.",
     [("sme_count", "contradicted"), ("sme_count", "supported")]),
    # 2024: exports to Canada $349.91 bn: the partner after the second figure
    ("Exports to Mexico were $334 billion, and $350 billion went to Canada.",
     [("trade_value", "supported"), ("trade_value", "supported")]),
    # fentanyl FY2023: Field Operations 24,182.1 lb of 27,022.9 lb = 89.5% "came through legal crossings"
    ("In fiscal 2023, Border Patrol agents seized only about 2,800 pounds of fentanyl, while officers at ports of "
     "entry seized over 25,000 pounds, meaning nearly 90 percent came through legal crossings.",
     [("seizures", "supported"), ("seizures", "contradicted"), ("seizures_share", "supported")]),
    # imports from Vietnam 2015 $38.01 bn -> 2024 $136.50 bn: x3.59, not about 4x (10% under)
    ("Vietnam: record U.S. imports in 2024, up from $38bn in 2015 (≈4x).",
     [("trade_record", "supported"), ("trade_value", "supported"), ("trade_growth", "contradicted")]),
    # 2024 two-way trade: Mexico $839.56 bn first; China $581.97 bn (about $620 billion: within 10 %)
    ("Q: Who is America's biggest trading partner? A: Counting exports and imports together, Mexico is the biggest, "
     "ahead of Canada and China (about $620 billion in 2024).", [("rank", "supported"), ("trade_value", "close")]),
    # two-way trade with Canada 2024 $761.79 bn ("between Canada and the United States")
    ("Trade in goods between Canada and the United States totalled 775 billion US dollars in 2024.",
     [("trade_value", "close")]),
    # southwest FY2024: Border Patrol 1,530,523 (true), all of CBP 2,135,005 (false): stopped by whom is not said
    ("Some 1.5 million migrants were stopped at the southwest border in fiscal 2024.", [("encounters_value", "depends")]),
    # southwest January 2024: Border Patrol 124,215 of 176,195 = 70.5%
    ("In January 2024, agents accounted for about 70 percent of southwest border encounters, with port officers "
     "handling the rest.", [("encounters_share", "supported")]),
    # "the official figure" refers back: Border Patrol nationwide FY1986 1,692,544
    ("The viral post says Border Patrol apprehensions in fiscal 1986 were about 1.8 million nationwide. The official "
     "figure is closer to 1.69 million, so we rate it Half True.",
     [("encounters_value", "close"), ("encounters_value", "supported")]),
    # USTR's stated 2016 figure: about 53,000 small and medium-sized exporters to Mexico, $76.2 billion
    ("In 2016 about 58,000 American SMEs exported $76.2 billion of goods to Mexico.",
     [("sme_value", "supported"), ("sme_count", "close")]),
    # nationwide July 2025 24,589: the lowest month of the nationwide files (from October 2019), 90.8% below the
    # FY2023 monthly average (266,762)
    ("Nationwide, July 2025 saw the lowest monthly total in CBP's nationwide data, more than 90 percent below the "
     "fiscal 2023 monthly average.", [("encounters_record", "supported"), ("encounters_change", "supported")]),
    # Border Patrol southwest May 2019 132,860: the highest since March 2006
    ("In May 2019, Border Patrol apprehensions at the southwest border reached the most in a single month in more "
     "than a decade.", [("lowest_in_years", "supported")]),
    # WIOD 2011: U.S. value added is 11.76% of U.S. imports from Mexico, not 40 cents on the dollar
    ("“Forty cents of every dollar we imported from Mexico in 2011 was American-made,” the speaker said.",
     [("va_share", "contradicted")]),
    # U.S. content in imports, Mexico vs China, 2011: 4.47x as shares of each one's imports, 2.46x in dollars
    ("By one WIOD-based measure, the American content in imports from Mexico in 2011 was more than four times the "
     "American content in imports from China.", [("va_ratio", "depends")]),
    ("In 2011, the share of U.S. content in imports from Mexico was more than four times that in imports from China.",
     [("va_ratio", "supported")]),
    # Border Patrol coastal border (OHSS regions): FY2021 2,050, FY2023 7,830 (x3.82, not "more than quadrupling")
    ("Border Patrol's coastal sectors logged about 7,800 apprehensions in FY2023, more than quadrupling their FY2021 "
     "total.", [("encounters_value", "supported"), ("encounters_change", "contradicted")]),
    # China's share of U.S. imports 2017: 21.6%, not more than a quarter
    ("Mexico accounted for 15.5 percent of all U.S. goods imports in 2024, while China's share, which was more than "
     "a quarter back in 2017, kept slipping.", [("trade_share", "supported"), ("trade_share", "contradicted")]),
    # populations 2024: Mexico 130,861,007 = 3.17 x Canada 41,288,599 (not 39 million)
    ("Mexico has a population more than three times Canada's 39 million, and a far younger workforce.",
     [("trade_ratio", "supported"), ("population", "contradicted")]),
    # two-way trade with Canada: 2022 $796.50 bn, the series high; 2023 $772.42 bn was not
    ("BY THE NUMBERS • U.S.–Canada goods trade in 2022: the highest ever recorded • USMCA in force since July 1, 2020",
     [("trade_record", "supported")]),
    ("Trade with Canada in 2023 was the highest ever recorded.", [("trade_record", "contradicted")]),
    # 2024 deficits: China $295.5 bn the largest (Mexico $171.5 bn next)
    ("In 2024 the U.S. goods deficit with the People's Republic of China was still the largest with any nation.",
     [("rank", "supported")]),
    # fentanyl FY2025 12,027.3 lb / FY2024 21,889.2 lb = 0.55 ("roughly half": within 10 %)
    ("CBP fentanyl seizures in FY2025 came to roughly half of the year before.", [("seizures_change", "close")]),
    # Border Patrol northern border FY2023 10,020 -> FY2024 23,720 (x2.37), along "the Canadian line"
    ("Border Patrol agents along the Canadian line made more than double the apprehensions in fiscal 2024 that they "
     "made the year before.", [("encounters_change", "supported")]),
    # imports from China: 2017 $505.17 bn, but 2018 $538.51 bn and 2022 $536.27 bn were higher: not the peak
    ("Imports from China peaked in 2017 and have drifted lower since.", [("trade_record", "contradicted")]),
    # southwest border cocaine: FY2024 30,383.0 lb -> FY2025 40,944.5 lb (+34.8%); all of CBP only +2.7%
    ("Cocaine seizures at the southwest border jumped by more than a third in FY2025.",
     [("seizures_change", "supported")]),
    # Border Patrol fentanyl: FY2023 2,840.8 lb -> FY2024 2,988.9 lb (+5.2%): seizures, not encounters
    ("Border Patrol fentanyl seizures fell 50% from FY2023 to FY2024.", [("seizures_change", "contradicted")]),
    # imports 2024: Mexico $505.52 bn ("505 thousand million dollars"), 15.2% more than China's $438.74 bn
    ("In 2024 the United States bought from Mexico some 505 thousand million dollars in merchandise, about 25 "
     "percent more than it bought from China.", [("trade_value", "supported"), ("trade_ratio", "contradicted")]),
    # exports 2024: China $143.23 bn is 57% below Mexico's $334.03 bn
    ("Exports to China were 57% lower than exports to Mexico in 2024.", [("trade_ratio", "supported")]),
    # FY2011 nationwide 340,252: the lowest since FY1971 (302,517); FY1972 (396,495) was higher, so not "since 1972"
    ("Nationwide Border Patrol apprehensions in fiscal 2011 were the lowest since 1972.",
     [("lowest_since", "contradicted")]),
    # WIOD 2000: Mexican value added in U.S. exports 1.48 times China's
    ("In 2000 it was the other way round, with Mexico's content in U.S. exports exceeding China's by nearly half.",
     [("va_ratio", "supported")]),
    # 1,000 lb = 453,592 g = 226,796,185 doses of 2 mg
    ("The sheriff noted that a single 1,000-pound load of fentanyl holds 250 million lethal doses.",
     [("doses", "contradicted")]),
    # exports to China 2024 $143.23 bn, inside $140-150 billion
    ("U.S. exports to China came to $140-150 billion in 2024.", [("trade_value", "supported")]),
    # FY2024 southwest sectors: Tucson 463,570 first … Rio Grande Valley fifth (135,100; Del Rio fourth 244,110)
    ("The Rio Grande Valley sector, which used to lead the whole border, dropped to fourth place in fiscal 2024.",
     [("sector_rank", "contradicted")]),
    # FY1986: San Diego 629,656 of the southwest border's 1,615,844 = 39.0%
    ("Back in 1986, San Diego Sector alone apprehended over six hundred thousand people, more than 40 percent of "
     "everybody caught on the southwest border that year.",
     [("encounters_value", "supported"), ("encounters_share", "contradicted")]),
    # FY2024: Swanton 19,390 of the northern border's 23,720 = 81.7%
    ("In fiscal 2024 the Swanton sector accounted for about 80% of Border Patrol apprehensions on the northern border.",
     [("encounters_share", "supported")]),
    # 2024 deficits: China $295.52 bn, Mexico $171.49 bn, Vietnam $123.5 bn third
    ("The U.S. goods deficit with Vietnam reached $123.5 billion in 2024, third only to China and Mexico.",
     [("trade_value", "supported"), ("rank", "supported")]),
    # Border Patrol northern border FY2024 23,720: the highest of FY2000-FY2024
    ("Border Patrol agents on the northern border detained more people in fiscal 2024 than in any year since "
     "records began in 2000.", [("encounters_record", "supported")]),
    # June 2023 southwest 144,556, the lowest since February 2021 (101,099; the nationwide files' southwest
    # region): "June" is the June after May 2023
    ("When Title 42 ended in May 2023 everybody predicted chaos. Instead June came in at around 145,000 "
     "encounters on the southwest border, the lowest month in two years.",
     [("encounters_value", "supported"), ("lowest_in_years", "supported")]),
    # Border Patrol southwest July 2024 56,400: the lowest since September 2020, 46 months before
    ("Border Patrol apprehensions at the southwest border fell in July 2024 to their lowest monthly level in nearly "
     "four years.", [("lowest_in_years", "supported")]),
    # remittances are not loaded: no trade record is read into "a record"
    ("Remittances to Mexico hit a record $64.7 billion in 2024.", [("no_data", "no_data")]),
    # the answer is of what the question asked: gotaways are not loaded
    ("SEN. REYES: Chief, how many known gotaways were there in fiscal 2023? CHIEF: Roughly 670,000, Senator.",
     [("no_data", "no_data")]),
    # "Mexican buyers took … of American-made goods": exports to Mexico 2024 $334.03 bn, not two-way trade
    ("U.S. goods trade with Mexico hit roughly $840 billion in 2024, and Mexican buyers took about $334 billion of "
     "American-made goods.", [("trade_value", "supported"), ("trade_value", "supported")]),
    # a team is not a population
    ("Grateful for the 150+ people on our team.", []),
    # March 2025 vs March 2024: southwest 11,012 vs 189,359 (-94.2%), nationwide 29,013 vs 246,505 (-88.2%): each
    # clause its own border
    ("Southwest border encounters in March 2025 were down about 94 percent from March 2024, while the nationwide "
     "drop was roughly 75 percent.", [("encounters_change", "supported"), ("encounters_change", "contradicted")]),
    # southwest FY2024: all CBP 2,135,005, Border Patrol 1,530,523: the Border Patrol named after the first figure
    # is the second's
    ("The total at the southwest border in fiscal 2024 was just over 2.1 million encounters, and about 1.5 million "
     "of those were Border Patrol apprehensions.", [("encounters_value", "supported"), ("encounters_value", "supported")]),
    # undated "last year" is the latest year (imports from Mexico 2024 $505.52 bn), not the year named before it;
    # 2022 imports: Mexico $452.01 bn < China $536.27 bn, so Mexico had not passed China yet
    ("Mexico passed China on imports back in 2022, and last year we bought $506B from Mexico alone.",
     [("trade_compare", "contradicted"), ("trade_value", "supported")]),
    # 1995 two-way trade: Canada #1, Japan #2 ($187.82 bn): the year the question names
    ("Question 12: In 1995, which country was America's second-largest trading partner? Answer: Japan.",
     [("rank", "supported")]),
    # Border Patrol southwest, 2025: January 29,107, February 8,353, March 7,180, April 8,377 (up): not every month
    ("Border Patrol apprehensions at the southwest border have dropped every month since January 2025.",
     [("encounters_direction", "contradicted")]),
    # northern border FY2021 27,180, FY2022 109,535, FY2023 189,402, FY2024 198,929
    ("Encounters at the northern border rose each year from FY2021 to FY2024.", [("encounters_direction", "supported")]),
    # nationwide March 2024 246,505 -> August 2025 26,002 (the latest month loaded)
    ("Nationwide encounters have fallen since March 2024.", [("encounters_direction", "supported")]),
    # imports from Vietnam 2018-2024 rose each year except 2023 ($127.5 bn -> $114.4 bn): the streak, not 2024 alone
    ("Imports from Vietnam rose every year from 2018 to 2024.", [("trade_direction", "contradicted")]),
    # exports to Mexico 2021 $277.2 bn, 2022 $327.0 bn: both up on the year before
    ("Exports to Mexico rose every year from 2020 to 2022.", [("trade_direction", "supported")]),
    # WIOD 2011: U.S. domestic value added 85.1% of gross exports, so 14.9% foreign; Mexico's own 70.0%
    ("In 2011 foreign value added was about 15% of U.S. gross exports.", [("va_domestic_share", "supported")]),
    ("Foreign content in Mexico's exports was about a third in 2011.", [("va_domestic_share", "close")]),
    # Mexican value added 1.30% of U.S. gross exports, of 14.9% foreign: 8.7% of the foreign value added
    ("Mexico's share of foreign value added in U.S. exports was 5% in 2011.", [("va_share", "contradicted")]),
    # imports 2024: Vietnam $136.50 bn < Germany $160.38 bn; the figure in brackets is an aside to the comparison
    ("We now buy more from Vietnam ($136.5bn in 2024) than from Germany.",
     [("trade_compare", "contradicted"), ("trade_value", "supported")]),
    # exports 2024: Japan $78.98 bn < United Kingdom $79.53 bn
    ("Exports to Japan (about $80 billion in 2024) trail those to the UK.",
     [("trade_value", "supported"), ("trade_compare", "supported")]),
    # U.S. population 2024: 340,110,988
    ("The U.S. population is about 340 million.", [("population", "supported")]),
    ("America, a country of 300 million people, buys from Mexico.", [("population", "contradicted")]),
    # southwest encounters December 2023 301,981 -> December 2024 96,037 (-68.2%): the months, not the years
    ("Southwest border encounters dropped 68% between December 2023 and December 2024.",
     [("encounters_change", "supported")]),
    # March 2024 189,359 -> September 2024 101,790 (-46.2%)
    ("Southwest border encounters fell by half between March and September 2024.", [("encounters_change", "close")]),
    # "to 96,000 in December 2024" is not the range 2023 to 2096
    ("Southwest border encounters fell from 302,000 in December 2023 to 96,000 in December 2024.",
     [("encounters_value", "supported"), ("encounters_value", "supported")]),
    # fentanyl FY2021 11,201.3 lb / FY2023 27,022.9 lb = 0.41: the figure's year over the base, not the later
    # over the earlier (2.41)
    ("Fentanyl seizures in FY2021 were less than half the FY2023 total.", [("seizures_change", "supported")]),
    # FY2022 14,699.9 lb / FY2023 27,022.9 lb = 0.54
    ("In fiscal 2022, CBP seized 14,000 pounds of fentanyl, just over half the next year's total.",
     [("seizures", "close"), ("seizures_change", "supported")]),
    # FY2024 21,889.2 / FY2023 27,022.9 = 0.81
    ("CBP seized 21,900 pounds of fentanyl in FY2024, about 60% of the previous year's haul.",
     [("seizures", "supported"), ("seizures_change", "contradicted")]),
    # marijuana FY2019 556,400.7 lb -> FY2024 174,991.1 lb (-68.5%)
    ("CBP marijuana seizures collapsed by more than two-thirds between FY2019 and FY2024.",
     [("seizures_change", "supported")]),
    # 2024 exports: China $143.23 bn / Mexico $334.03 bn = 0.43
    ("Exports to China in 2024 were about a third of exports to Mexico.", [("trade_ratio", "contradicted")]),
    ("U.S. exports to China were less than half those to Mexico in 2024.", [("trade_ratio", "supported")]),
    ("In 2024 we sold China less than half what we sold Mexico.", [("trade_ratio", "supported")]),
    # Mexico 15.5% of 2024 U.S. imports
    ("Mexico supplies roughly 15% of what America imports.", [("trade_share", "supported")]),
    # a sector's place among its region's sectors: FY2023 El Paso 427,470 first, Del Rio 393,230 second
    ("Del Rio was the busiest Border Patrol sector on the southwest border in fiscal 2023, with roughly 393,000 "
     "encounters.", [("sector_rank", "contradicted"), ("encounters_value", "supported")]),
    # FY2024: Tucson 463,570 first of the southwest sectors
    ("Tucson Sector led all southwest border sectors in Border Patrol encounters in fiscal 2024.",
     [("sector_rank", "supported")]),
    # FY2019: Rio Grande Valley 339,135, first (El Paso 182,143 second)
    ("In fiscal 2019, the Rio Grande Valley sector recorded about 339,000 apprehensions, more than any other sector.",
     [("encounters_value", "supported"), ("sector_rank", "supported")]),
    # the northern border's Border Patrol (OHSS): FY2021 920 -> FY2024 23,720 (x25.8)
    ("On the northern border, Border Patrol apprehensions in fiscal 2024 were more than 25 times their fiscal 2021 level.",
     [("encounters_change", "supported")]),
    # 2024: Mexico + Canada $683.94 bn < next ten export markets $711.53 bn
    ("Our two neighbors, north and south, outbuy the next ten U.S. export markets put together.",
     [("group_vs_next", "contradicted")]),
    # ranked by the surplus: Netherlands 2024 +$54.17 bn, the largest
    ("The Netherlands remained the largest U.S. goods-surplus partner in 2024.", [("rank", "supported")]),
    # a deficit named in a question: its peak is the lowest balance (China 2018 -$418.23 bn); 2024 -$295.52 bn (-29.3 %)
    ("And the deficit with China? It peaked in 2018 and by 2024 had shrunk almost 30%.",
     [("trade_record", "supported"), ("trade_growth", "supported")]),
    # the sign word nearest before each figure: UK 2024 surplus $11.36 bn; Ireland deficit $86.5 bn (9 % under "some $95bn")
    ("The U.S. ran a goods surplus of roughly $11bn with the United Kingdom in 2024 and a deficit of some $95bn with Ireland.",
     [("trade_value", "supported"), ("trade_value", "close")]),
    # headline capitals: balance with China 2024 -$295.52 bn ("$295 billion" exact: within 5 %), 2018 -$418.23 bn
    ("TRADE GAP WITH CHINA NARROWS TO $295 BILLION IN 2024, DOWN FROM $418 BILLION IN 2018",
     [("trade_value", "close"), ("trade_value", "supported")]),
    ("CANADA STILL NO. 1 MARKET FOR AMERICAN GOODS IN 2024", [("rank", "supported")]),
    # a province is not the United Kingdom; "between the U.S. and Canada" is both ways: $761.79 bn (2024), 5.5 % over
    ("The ports of British Columbia anchor a trade relationship worth roughly $720 billion a year in goods between "
     "the U.S. and Canada.", [("trade_value", "close")]),
    # the seizure and its doses each keep their words: fentanyl FY2025 12,027.3 lb; 12,000 lb / 2 mg = 2.72 bn doses
    ("The 12,000 pounds of fentanyl CBP caught in FY2025 was enough for some 3.5 billion lethal doses.",
     [("seizures", "supported"), ("doses", "contradicted")]),
    # what is not loaded: Mexico's migration institute, migrant deaths, services, SME sales to Japan
    ("Mexico's National Migration Institute reported more than 900,000 detentions of migrants in 2024.",
     [("no_data", "no_data")]),
    ("At least 890 migrants died attempting to cross the southwest border in fiscal 2022.", [("no_data", "no_data")]),
    ("Including services, the U.S. ran a surplus of about $30bn with Canada in 2024.", [("no_data", "no_data")]),
    ("Small U.S. exporters also sold about $25 billion of goods to Japan in 2022.", [("sme_value", "no_data")]),
    # SME sales, not firms: USTR over $110 bn (Mexico) / over $83 bn (Canada) = 1.33
    ("Small and mid-sized exporters' goods sales to Mexico in 2022 were roughly 1.3 times their sales to Canada.",
     [("sme_ratio", "supported")]),
    # one Border Patrol sector, by fiscal year: Tucson FY2005 439,079 (historical tables)
    ("Tucson Sector agents made roughly 440,000 apprehensions in FY2005.", [("encounters_value", "supported")]),
    # El Paso sector FY2018 31,561 -> FY2019 182,143 (+477.1 %)
    ("El Paso sector apprehensions jumped about 477% in fiscal 2019.", [("encounters_change", "supported")]),
    # a calendar year read as the fiscal year: Tucson FY2023 373,630 (OHSS); FY2007 378,239 was higher
    ("The Tucson Sector logged more than 370,000 apprehensions in 2023, the most since 2005.",
     [("encounters_value", "supported"), ("lowest_since", "contradicted")]),
    # Swanton FY2024 19,390, above every fiscal year from FY2000 (OHSS)
    ("Apprehensions in the Swanton Sector hit a record in FY2024.", [("encounters_record", "supported")]),
    # the northern border's Border Patrol (OHSS region): FY2023 10,020
    ("Border Patrol agents apprehended about 7,800 migrants along the northern border in fiscal 2023.",
     [("encounters_value", "contradicted")]),
    # RGV FY2019 339,135, the busiest; a sector's month is not read
    ("Rio Grande Valley was the busiest sector in fiscal 2019, with 339,000 apprehensions.",
     [("sector_rank", "supported"), ("encounters_value", "supported")]),
    ("The San Diego sector recorded 9,000 apprehensions in June 2024.", [("encounters_value", "no_data")]),
    # "trade with" said loosely: exports to Canada 2024 $349.91 bn (supported), two-way $761.79 bn
    ("We do roughly $350 billion a year in trade with Canada.", [("trade_value", "depends")]),
    # shipments from a partner are imports: Germany 2014 $124.18 bn -> 2024 $160.38 bn (+29.1 %)
    ("Shipments from Germany have grown about 30% since 2014.", [("trade_growth", "supported")]),
    # total trade 2000: Canada $409.78 bn, Mexico $247.28 bn; imports 2024 South Korea $131.55 bn < Japan $148.37 bn
    ("In 2000 this country traded more with Canada than with Mexico.", [("trade_compare", "supported")]),
    ("South Korea has leapfrogged Japan as a source of U.S. imports.", [("trade_compare", "contradicted")]),
    # nationwide Border Patrol FY1943 11,175 -> FY1986 1,692,544 (x151.5)
    ("Border Patrol apprehensions in fiscal 1986 were roughly 150 times the 1943 level.",
     [("encounters_change", "supported")]),
    # southwest July 2025: Border Patrol 4,596, all CBP 7,824
    ("Illegal crossings at the southwest border fell to about 4,600 in July 2025.", [("encounters_value", "depends")]),
    # heroin, CBP: FY2024 1,160.6 lb, FY2019 6,224.6 lb
    ("Heroin seizures came to about 1,200 pounds in fiscal 2024; in fiscal 2019 they had topped 6,000.",
     [("seizures", "supported"), ("seizures", "supported")]),
    # southwest encounters: January 2025 61,448 -> February 2025 11,714 (-80.9 %)
    ("Southwest border encounters topped 60,000 in January 2025, then fell more than 75% in February.",
     [("encounters_value", "supported"), ("encounters_change", "supported")]),
    ("Texas accounts for about two-thirds of U.S. exports to Mexico.", [("no_data", "no_data")]),
    # places named as places: imports 2024 Germany #4 ($160.4 bn), Japan #5; exports 2023 Canada #1
    ("Germany has slipped to fifth place among U.S. suppliers.", [("rank", "contradicted")]),
    ("Canada was back on top among U.S. export markets in 2023.", [("rank", "supported")]),
    ("Among U.S. import sources in 2024, Japan ranked fifth behind Mexico, China, Canada and Germany.",
     [("rank", "supported")]),
    # streaks of years: imports from Vietnam 2022 $127.4 bn > 2023 $114.4 bn; trade with Canada
    # 2022 $796.5 bn > 2023 $772.4 bn > 2024 $761.8 bn (-1.4 %)
    ("Imports from Vietnam rose in 2024 for the third year in a row.", [("trade_direction", "contradicted")]),
    ("Two-way trade with Canada slipped about 1% in 2024, the second straight annual decline.",
     [("trade_growth", "supported"), ("trade_direction", "supported")]),
    # balances 2023: Japan -$71.41 bn, Germany -$82.51 bn, Mexico -$149.27 bn, Vietnam -$104.60 bn,
    # China -$279.61 bn: deficits compared by size, a sentence that goes on about the one before
    ("In 2023 the goods deficit with Japan was a bigger gap than the one with Germany.",
     [("trade_compare", "contradicted")]),
    ("The U.S. ran a goods deficit of about $105 billion with Vietnam in 2023. That is smaller than the gap "
     "with Mexico.", [("trade_value", "supported"), ("trade_compare", "supported")]),
    ("The 2023 deficit with China was larger than the deficits with Mexico and Vietnam combined.",
     [("group_vs_combined", "supported")]),
    # imports 2023: Germany $159.19 bn, Japan $147.21 bn, South Korea $116.31 bn (sum $263.52 bn)
    ("U.S. imports from Germany reached $159 billion in 2023. That was more than Japan and South Korea "
     "together.", [("trade_value", "supported"), ("group_vs_combined", "contradicted")]),
    # differences between partners: imports 2023 Germany - Japan = $11.98 bn
    ("In 2023 the U.S. imported about $12 billion more from Germany than from Japan.", [("trade_gap", "supported")]),
    ("Imports from Japan trailed those from Germany by roughly $20 billion in 2023.", [("trade_gap", "contradicted")]),
    ("Germany was the larger supplier in 2023. Japan came in about $12 billion behind.",
     [("trade_gap", "supported")]),
    # comparisons without a figure: exports 2023 China $147.64 bn, Mexico $323.64 bn
    ("China bought fewer American goods than Mexico in 2023.", [("trade_compare", "supported")]),
    # exports 2024 Japan $78.98 bn, South Korea $65.59 bn
    ("In 2024, Japan bought less from the United States than South Korea did.",
     [("trade_compare", "contradicted")]),
    # exports 2024 Mexico/Canada 0.95: not about half
    ("Mexico buys about half as much from the U.S. as Canada does.", [("trade_ratio", "contradicted")]),
    # ranks held in each year: Canada #1 by exports 2013-2024; Mexico #2 in 2022-2024
    ("Canada has been our biggest export market every year since 2013.", [("rank", "supported")]),
    ("Mexico has been the largest buyer of U.S. goods for three straight years.", [("rank", "contradicted")]),
    # total trade 2024: Mexico #1, Canada #2, China #3
    ("Mexico, Canada and China are our three largest trading partners.", [("rank", "supported")]),
    # imports from China 2022 $536.27 bn, below 2018
    ("Imports from China reached an all-time high in 2022.", [("trade_record", "contradicted")]),
    # exports to Canada 2022 $359.08 bn -> 2023 $354.41 bn
    ("U.S. exports to Canada fell in 2023.", [("trade_direction", "supported")]),
    # balance with China 2022 -$382.28 bn -> 2023 -$279.61 bn
    ("The deficit with China shrank in 2023.", [("trade_direction", "supported")]),
    # balance with Vietnam 2019 -$55.62 bn -> 2024 -$123.46 bn (x2.22); no separate sign claim
    ("The deficit with Vietnam more than doubled between 2019 and 2024.", [("trade_growth", "supported")]),
    # a word multiple is a round figure read "about": x2.22 is 11 % above "doubled", beyond the 10 % of close
    ("The deficit with Vietnam doubled between 2019 and 2024.", [("trade_growth", "contradicted")]),
    # … and "roughly doubled" against x1.88 (imports from South Korea 2016 $69.89 bn -> 2024 $131.55 bn) is 6 % off
    ("Korean-made goods entering the U.S. have roughly doubled in value since 2016.", [("trade_growth", "close")]),
    # share of U.S. exports: Canada 2024 17.0 %, 2019 17.8 %
    ("In 2024 Canada took 17% of U.S. exports, down from 19% five years earlier.",
     [("trade_share", "supported"), ("trade_share", "contradicted")]),
    # population 2024: Mexico 130,861,007
    ("In 2024 Mexico's population was about 130 million.", [("population", "supported")]),
    # Border Patrol nationwide FY2000 1,676,438 < FY1986 1,692,544
    ("Border Patrol apprehensions nationwide in fiscal 2000 were the highest ever recorded.",
     [("encounters_record", "contradicted")]),
    # all-CBP southwest border: FY2022 2,378,944; FY2023 2,475,669; FY2024 2,135,005
    ("Southwest border encounters in fiscal 2023 were the highest on record.",
     [("encounters_record", "supported")]),
    # Border Patrol nationwide FY1996-FY1999 average 1,524,404
    ("In the late 1990s, annual Border Patrol apprehensions averaged about 1.5 million.",
     [("encounters_value", "supported")]),
    # nationwide encounters Feb 2021 - Jan 2025: 10,931,383
    ("During the Biden administration, nationwide encounters exceeded 10 million.",
     [("encounters_value", "supported")]),
    # Border Patrol FY2024 southwest 1,530,523; all CBP 2,135,005
    ("Border agents encountered about 1.5 million migrants at the southwest border in fiscal 2024.",
     [("encounters_value", "depends")]),
    # cocaine FY2019 101,140 lb -> FY2024 68,215 lb (-32.6 %)
    ("Cocaine seizures rose by more than a third between fiscal 2019 and fiscal 2024.",
     [("seizures_change", "contradicted")]),
    # methamphetamine FY2019 141,970 lb -> FY2023 140,408 lb (x0.99)
    ("Methamphetamine seizures doubled between fiscal 2019 and fiscal 2023.",
     [("seizures_change", "contradicted")]),
    # fentanyl calendar 2023 25,041 lb: 7.8 % below 'about 27,000' (the fiscal year is not read)
    ("In calendar 2023, CBP seized about 27,000 pounds of fentanyl.", [("seizures", "close")]),
    # fentanyl FY2024 4.96 billion doses / 340.1 million residents = 14.6
    ("The fentanyl CBP seized in fiscal 2024 could kill every American 30 times over.",
     [("doses_population", "contradicted")]),
    # 50 kg at 2 mg = 25 million doses; the mass is an input, not a seizure
    ("Fifty kilograms of fentanyl is enough to kill 25 million people.", [("doses", "supported")]),
    # WIOD 2011: Mexico / Canada value added in U.S. exports 0.69
    ("Mexican content made up a larger share of U.S. exports than Canadian content in 2011.",
     [("va_compare", "contradicted")]),
    # WIOD 2011 domestic value added share of U.S. gross exports 85.1 %
    ("Domestic value added made up about 85% of U.S. gross exports in 2011.",
     [("va_domestic_share", "supported")]),
    ("Chinese content in U.S. exports has doubled since 2005.", [("no_data", "no_data")]),
    # USTR SME exports to Canada $83.00 bn (2022) / Census exports 2022 $359.08 bn -> 23.1 %
    ("Small businesses account for about a third of U.S. exports to Canada.",
     [("sme_share", "contradicted")]),
    ("More than 30,000 U.S. companies export to Canada.", [("no_data", "no_data")]),
    ("Mexico sent 15,000 soldiers to its northern border in 2025.", [("no_data", "no_data")]),
    ("The average wait at the San Ysidro crossing is about two hours.", [("no_data", "no_data")]),
    ("Mexican authorities seized more methamphetamine than CBP in 2024.", [("no_data", "no_data")]),
    ("U.S. exports to Mexico support nearly 1 million jobs.", [("no_data", "no_data")]),
    # exports 2024: Canada #1 ($349.91 bn), Mexico #2 ($334.03 bn)
    ("In 2024 Mexico bought more U.S. goods than any country but Canada.", [("rank", "supported")]),
    ("In 2024 Mexico bought more American goods than any other nation.", [("rank", "contradicted")]),
    # southwest border encounters FY2023 2,475,669 -> FY2024 2,135,005 (-13.8 %)
    ("Southwest border encounters fell by half between FY2023 and FY2024.",
     [("encounters_change", "contradicted")]),
    # methamphetamine FY2024, all regions: 174,197.0 lb (87.1 U.S. tons)
    ("CBP seized about 87 tons of methamphetamine in fiscal 2024.", [("seizures", "supported")]),
    # exports to Mexico 2024 $334.03 bn / population 130,861,007 = $2,553 per person
    ("In 2024 the U.S. sold $2,500-plus of goods per Mexican resident.", [("per_capita", "supported")]),
    # partners by description: exports 2024 Mexico $334.03 bn + Canada $349.91 bn = $683.94 bn
    ("Our two neighbors combined bought more than $680 billion of American goods in 2024.",
     [("trade_value", "supported")]),
    ("Mexico and Canada each bought more than $340 billion of U.S. goods in 2024.",
     [("trade_value", "contradicted")]),
    ("In 2024 our southern neighbor was the No. 2 market for U.S. goods.", [("rank", "supported")]),
    # the relative clause's partner, and a rank by "second only to"
    ("Second only to Canada is Mexico, which bought $334 billion of U.S. goods in 2024.",
     [("rank", "supported"), ("trade_value", "supported")]),
    # nationwide files, Northern Land Border region, FY2024: 198,929
    ("The northern border saw more than 200,000 encounters in fiscal 2024.", [("encounters_value", "contradicted")]),
    # March 2025 southwest: all CBP 11,012, Border Patrol 7,180; the lowest month of the SBO file
    ("CBP reported 8,725 apprehensions at the southwest border in March 2025, the lowest monthly "
     "total in the agency's history.", [("encounters_value", "contradicted"), ("encounters_record", "supported")]),
    # Aug 2025 vs Feb 2021 - Jan 2025 monthly average, southwest region of the nationwide files: -94.7 %
    ("Encounters at the southern border plunged more than 90 percent from the Biden-era monthly average.",
     [("encounters_change", "supported")]),
    # southwest Mays: 2022 241,136; 2023 206,690; 2024 170,716; 2025 12,451. Junes: 2025 9,302 < 2024 130,415
    ("In May 2025 southwest border encounters were the lowest May on record.", [("encounters_record", "supported")]),
    ("In June 2024 southwest border encounters were the lowest June on record.",
     [("encounters_record", "contradicted")]),
    # a dateline dates "since January": southwest Aug 2025 vs Jan 2025 -84.1 %, nationwide -67.9 %
    ("WASHINGTON, July 3, 2025 — Border crossings are down 93% since January.",
     [("encounters_change", "contradicted")]),
    # balance with China 2022 -$382.28 bn -> 2024 -$295.52 bn: the deficit shrank by $86.8 bn
    ("The U.S. trade deficit with China shrank by more than $100 billion between 2022 and 2024.",
     [("trade_growth", "contradicted")]),
    # exports to Mexico 2013 $225.95 bn -> 2024 $334.03 bn: +$108.1 bn
    ("U.S. exports to Mexico grew by about $110 billion since 2013.", [("trade_growth", "supported")]),
    # Mexico's share of U.S. exports 2024: 16.2 % (Census, all countries)
    ("Mexico accounts for roughly one-sixth of everything America exports.", [("trade_share", "supported")]),
    # southwest FY2024: Border Patrol 1,530,523 of 2,135,005 = 71.7 %
    ("The Border Patrol accounted for more than two-thirds of southwest border encounters in FY2024.",
     [("encounters_share", "supported")]),
    # southwest March 2025 11,012 vs March 2024 189,359: -94.2 %
    ("Southwest border encounters in March 2025 were 94 per cent lower than in March 2024.",
     [("encounters_change", "supported")]),
    # exports to Mexico 1993 $41.58 bn (FT-900) -> 2024 $334.03 bn: x8.03
    ("U.S. exports to Mexico are now eight times what they were in 1993.", [("trade_growth", "supported")]),
    # the partner's surplus is the U.S. deficit: balance with China 2024 -$295.52 bn
    ("Beijing's goods surplus with the U.S. came to $290 billion in 2024.", [("trade_value", "close")]),
    # trade with Mexico 2014 $536.74 bn -> 2024 $839.56 bn: +56.4 %
    ("Over the past decade, two-way trade with Mexico has grown 56%.", [("trade_growth", "supported")]),
    # NAFTA the agreement is no partner: balance with Mexico 1995 -$15.81 bn (FT-900)
    ("By 1995, the year after NAFTA took effect, the U.S. ran a deficit of close to $16 billion with Mexico.",
     [("trade_value", "supported")]),
    # WIOD 2011: U.S. value added in imports from Mexico 11.76 %; Mexican value added in U.S. exports $23.90 bn
    ("About 12% of the value of U.S. imports from Mexico in 2011 was American value added.",
     [("va_share", "supported")]),
    ("In 2011, Mexican content in U.S. exports came to about $24 billion.", [("va_share", "supported")]),
    # June 2025: southwest 9,302, nationwide 25,185
    ("Writing in September 2025: border encounters fell below 10,000 this past June.",
     [("encounters_value", "depends")]),
    ("The Guadalajara marathon drew 12,000 runners this year, a 20% jump over 2023.", []),
    # total trade ranks: Mexico #1 in 2023 but already #1 in 2019
    ("Mexico first became America's top trading partner in 2023.", [("rank", "contradicted")]),
    # Border Patrol southwest FY2022: 2,206,436 with Title 42 (the series high); Title 8 alone
    # 1,152,352 (less 1,054,084 expulsions), below FY2000's 1,643,679
    ("Southwest border apprehensions by the Border Patrol hit an all-time high in fiscal 2022.",
     [("encounters_record", "depends")]),
    # nationwide January 2025 the lowest since September 2020 (73,861), after the summer
    ("In January 2025 nationwide encounters were the lowest since the summer of 2020.",
     [("lowest_since", "contradicted")]),
    # WIOD 2011 value added in U.S. exports: China $34.62 bn, Mexico $23.90 bn
    ("Chinese content in U.S. exports exceeded the value added from Mexico in 2011.", [("va_compare", "supported")]),
    # exports 2024 Vietnam $13.04 bn, Germany $75.72 bn
    ("U.S. exports to Vietnam outstripped those to Germany in 2024.", [("trade_compare", "contradicted")]),
    # exports 2024: combined $683.94 bn; each, Mexico $334.03 bn is not over $340 bn
    ("Our two neighbors bought more than $340 billion of U.S. goods in 2024.", [("trade_value", "depends")]),
    # trade 2024 Mexico $839.56 bn + Canada $761.79 bn: only the sum is near $1.6 trillion
    ("Trade with our USMCA partners came to $1.6 trillion in 2024.", [("trade_value", "supported")]),
    # one vocabulary of change: imports from Vietnam 2023 $114.41 bn -> 2024 $136.50 bn; exports to
    # China 2023 $147.64 bn -> 2024 $143.23 bn (-$4.4 bn); balance with Japan -$67.85 bn -> -$71.41 bn
    ("Imports from Vietnam soared in 2024.", [("trade_direction", "supported")]),
    ("U.S. exports to China slid by $4 billion in 2024.", [("trade_growth", "supported")]),
    ("The goods deficit with Japan ballooned in 2023.", [("trade_direction", "supported")]),
    # total trade ranks: Mexico #2 in 2022, #1 in 2023 and 2024
    ("Mexico has been the largest U.S. trading partner since 2023.", [("rank", "supported")]),
    ("In 2024 Mexico was our top trading partner for a third straight year.", [("rank", "contradicted")]),
    # southwest December 2023: all CBP 301,981 (9,741 a day), Border Patrol 249,740 (8,056 a day)
    ("Southwest border encounters averaged 10,000 a day in December 2023.", [("encounters_value", "close")]),
    # a year a change is measured from: imports from China 2018 $538.51 bn -> 2024 $438.74 bn (-18.5 %);
    # trade with Canada 2019 $611.41 bn -> 2024 $761.79 bn (+24.6 %); the peak named is a claim of its own
    ("U.S. imports from China have fallen 25% from their 2018 peak.",
     [("trade_growth", "contradicted"), ("trade_record", "supported")]),
    ("Compared with 2019, trade with Canada is about 25% higher.", [("trade_growth", "supported")]),
    # China's share of U.S. imports: 2017 21.6 %, 2024 13.4 %
    ("China's share of U.S. imports has dropped from 22% in 2017 to 13% in 2024.",
     [("trade_share", "supported"), ("trade_share", "supported")]),
    # meth: calendar 2019 162,144.9 lb -> 2025 186,359.8 lb; FY2019 141,970.3 -> FY2025 170,118.7 lb
    ("Meth seizures have tripled since 2019.", [("seizures_change", "contradicted")]),
    # southwest October 2024 - May 2025: 405,193
    ("Encounters at the southwest border in the first eight months of fiscal 2025 totaled about 400,000.",
     [("encounters_value", "supported")]),
    # balance with Vietnam 2019 -$55.62 bn -> 2024 -$123.46 bn (x2.22): "to over $120 billion" is the
    # deficit where the change ends, not a sum since 2019
    ("America's deficit with Vietnam has more than doubled since 2019, to over $120 billion.",
     [("trade_growth", "supported"), ("trade_value", "supported")]),
    # exports to Mexico 2024 $334.03 bn / 366 days = $912.7 million a day
    ("The U.S. exported $1.5 billion worth of goods to Mexico every single day in 2024.",
     [("trade_value", "contradicted")]),
    ("Canada remains the largest export market for 36 U.S. states.", [("no_data", "no_data")]),
    # trade with Canada 2024 $761.79 bn; the year a source came out is not the year claimed
    ("Goods trade with Canada totaled $762 billion in 2024, according to Census data released in 2025.",
     [("trade_value", "supported")]),
    # WIOD 2011: Mexican value added 1.30 % of U.S. gross exports; Canada / Mexico value added 1.44x
    ("In 2011, roughly 4% of the value of U.S. exports came from Mexican inputs.", [("va_share", "contradicted")]),
    ("Canadian value added in U.S. exports was about the same as Mexican value added in 2011.",
     [("va_compare", "contradicted")]),
    # exports per resident 2024: Canada $8,475, China $102 (the partner after the figure)
    ("Every Canadian bought more than $8,000 worth of American goods in 2024, compared with about $100 for "
     "every Chinese citizen.", [("per_capita", "supported"), ("per_capita", "supported")]),
    # one partner, two flows: imports from China 2024 $438.74 bn / exports $143.23 bn = 3.06
    ("The U.S. imported nearly three times as much from China as it exported there in 2024.",
     [("trade_ratio", "supported")]),
    # a thread dated by its post: December 2024 southwest 96,037, December 2023 301,981
    ("Posted Jan 12, 2025\n\nSouthwest border encounters last month: ~47k. That's down from 250k+ a year earlier.",
     [("encounters_value", "contradicted"), ("encounters_value", "supported")]),
    # fentanyl FY2023 27,022.9 lb -> FY2024 21,889.2 lb (-19.0 %), named in either order
    ("CBP seized ~21.9k lbs of fentanyl in FY24, vs ~27k lbs in FY23. A drop of nearly 20%.",
     [("seizures", "supported"), ("seizures", "supported"), ("seizures_change", "supported")]),
    # an answer reads its components on the question: Border Patrol southwest FY2024 1,530,523
    ("Q: How many migrants did Border Patrol apprehend at the southwest border in fiscal 2024?\nA: About 1.5 million.",
     [("encounters_value", "supported")]),
    # every month, not the average: southwest Feb-Aug 2025 highest 12,451 (May); Border Patrol 8,725
    ("Since February 2025, southwest border encounters have stayed below 12,000 every single month.",
     [("encounters_value", "contradicted")]),
    # southwest: March 11,012, April 12,024, May 12,451, June 9,302
    ("Southwest border encounters fell in June 2025 for the third consecutive month.",
     [("encounters_direction", "contradicted")]),
    # flows: exports to China 2024 $143.23 bn, imports $438.74 bn ("bought … from it")
    ("In 2024 the United States sold $143 billion of goods to China and bought $439 billion from it.",
     [("trade_value", "supported"), ("trade_value", "supported")]),
    # the flow named before carries: imports from Canada 2023 $418.01 bn -> 2024 $411.89 bn; 2022 $437.42 bn,
    # the series high
    ("Imports from Canada fell in 2024. The total was well below the record $437.9 billion reached in 2022.",
     [("trade_direction", "supported"), ("trade_record", "supported"), ("trade_value", "close")]),
    # before FY2000 a bare year reads the Border Patrol's fiscal-year series: nationwide FY1986 1,692,544
    ("Border Patrol's history: about 1.6 million apprehensions nationwide in 1986.", [("encounters_value", "close")]),
    # a spoken transcript: population of Mexico 2024 130,861,007; exports per resident $2,553
    ("Mexico's population is, what, a hundred and thirty million? And we sell them about two thousand five "
     "hundred dollars a head.", [("population", "supported"), ("per_capita", "supported")]),
    # fentanyl FY2021 11,201.3 lb -> FY2022 14,699.9 lb (x1.31), not almost double
    ("In fiscal twenty twenty-two CBP seized about fifteen thousand pounds of fentanyl, which is almost double "
     "the year before.", [("seizures", "supported"), ("seizures_change", "contradicted")]),
    # dollars without the sign, and the partner after the figure: trade 2024 Mexico $839.56 bn, Canada $761.79 bn
    ("Mexico: 840B in two-way trade in 2024 vs 762B with Canada.", [("trade_value", "supported"),
                                                                   ("trade_value", "supported")]),
    # total trade 2024: China #3 ($581.97 bn), Germany #4 ($236.06 bn)
    ("After Mexico and Canada, China is the No. 3 trading partner, with Germany at No. 4.",
     [("rank", "supported"), ("rank", "supported")]),
    # USTR stated SME exports 2022: Canada over $83 bn / Mexico over $110 bn = 0.75
    ("Small business exports to Canada were a quarter smaller than those to Mexico in 2022.",
     [("sme_ratio", "supported")]),
    # services are not loaded; goods exports to Mexico 2024 $334.03 bn are
    ("U.S. services exports to Mexico added about $40 billion on top of goods exports of $334 billion in 2024.",
     [("no_data", "no_data"), ("trade_value", "supported")]),
    # the EU as one partner: trade 2024 $975.45 bn, above Mexico's $839.56 bn; among countries it is not ranked
    ("The European Union, not Mexico, is America's biggest trading partner.", [("rank", "depends")]),
    # WIOD 2011: U.S. value added 11.07 % of Mexico's gross exports
    ("U.S. value added made up about 11 percent of Mexico's exports in 2011.", [("va_share", "supported")]),
    # a research note: exports to Mexico 2023 $323.64 bn -> 2024 $334.03 bn (+3.2 %); imports from
    # Mexico $472.91 bn -> $505.52 bn (+6.9 %); each figure reads the flow named before it
    ("US exports to Mexico +3.2% y/y in 2024 to US$334bn; imports from Mexico +6.9% y/y.",
     [("trade_growth", "supported"), ("trade_value", "supported"), ("trade_growth", "supported")]),
    # southwest FY2024 2,135,005, FY2023 2,475,669 (-13.8 %); "FY24" is no count
    ("FY24 SWB encounters: 2.14mn, down 14% y/y.", [("encounters_value", "supported"),
                                                     ("encounters_change", "supported")]),
    # southwest March 2025 11,012 vs March 2024 189,359: -94.2 %
    ("Southwest border encounters in March 2025: 11,012 (year on year: -94%).",
     [("encounters_value", "supported"), ("encounters_change", "supported")]),
    # another currency is not U.S. dollars
    ("Trade between Canada and the United States came to roughly C$1 trillion.", [("no_data", "no_data")]),
    # exports to Mexico January-June 2024 $166.39 bn
    ("1H24 exports to Mexico: $166bn.", [("trade_value", "supported")]),
    # a list reads on its lead-in: exports 2024 Canada $349.91 bn, Mexico $334.03 bn
    ("U.S. goods exports by market, 2024:\n- Canada — $349.9bn\n- Mexico — $334bn",
     [("trade_value", "supported"), ("trade_value", "supported")]),
    ("Canada | $349.9bn | #1 export market (2024)", [("rank", "supported"), ("trade_value", "supported")]),
    # no period stated: exports to Mexico 2023 $323.64 bn -> 2024 $334.03 bn (+3.2 %)
    ("U.S. exports to Mexico grew about 3%.", [("trade_growth", "supported")]),
    # a share without "of": Mexico's share of U.S. imports 2024 15.5 %
    ("Mexico's import share hit 15.5% in 2024.", [("trade_share", "supported")]),
    # USTR stated SME exports to Canada: about $51.2 bn (2016) -> over $83 bn (2022): +62.1 %
    ("USTR's figures show small-business exports to Canada grew about 60% from 2016 to 2022.",
     [("sme_growth", "supported")]),
    # an answer reads on its question
    ("How much did China buy from us in 2024? About $143 billion.", [("trade_value", "supported")]),
    # "highest since": Border Patrol nationwide FY1996 1,549,876, the highest since FY1986 (1,692,544)
    ("Border Patrol apprehensions nationwide in fiscal 1996 were the highest since 1980.",
     [("lowest_since", "contradicted")]),
    ("Border Patrol apprehensions nationwide in fiscal 1996 were the highest since 1986.",
     [("lowest_since", "supported")]),
    # "the fewest in N years" of a month: nationwide September 2024 (144,666), lowest since February 2021
    ("Nationwide encounters in September 2024 were the fewest in three years.", [("lowest_in_years", "supported")]),
    ("Nationwide encounters in September 2024 were the fewest in four years.",
     [("lowest_in_years", "contradicted")]),
    # "That year" is a time, not the figure before; the sentence's own "exports" beats the deficit
    # named before: exports to Mexico 2023 $323.64 bn
    ("In 2023 the deficit with Mexico was $149 billion. That year, exports reached $324 billion.",
     [("trade_value", "supported"), ("trade_value", "supported")]),
    # a clause that repeats the measure for another partner: shares of U.S. exports 2024 Mexico
    # 16.2 %, Canada 17.0 %; exports 2024 Canada $349.91 bn
    ("Mexico accounted for 16% of U.S. goods exports in 2024, Canada for 17%.",
     [("trade_share", "supported"), ("trade_share", "supported")]),
    ("U.S. exports to Mexico were $334 billion in 2024; to Canada, $350 billion.",
     [("trade_value", "supported"), ("trade_value", "supported")]),
    # "$172 billion, up from $152 billion in 2023": the first figure is 2024's (deficit $171.49 bn);
    # 2023's deficit was $149.3 bn
    ("The deficit with Mexico was about $171 billion, up from $149 billion in 2023.",
     [("trade_value", "supported"), ("trade_value", "supported")]),
    # a ratio of per-person figures: exports per person 2024 Canada $8,475, Mexico $2,553 (3.32)
    ("Per capita, Canadians bought about 3.3 times as much in U.S. goods as Mexicans in 2024.",
     [("trade_ratio", "supported")]),
    # a question asks; its answer claims the rank asked (exports 2024: Canada #1, $349.91 bn)
    ("Who is our largest trading partner?", []),
    ("Q: Which country is the biggest buyer of U.S. goods? A: Canada, which bought $350 billion in 2024.",
     [("rank", "supported"), ("trade_value", "supported")]),
    # "that year" is the year named, not the span "since 2023": total trade with Mexico 2023 $796.54 bn
    ("Q: Who is America's largest trading partner? A: Since 2023 it has been Mexico, with about $797 billion "
     "in two-way trade that year.", [("rank", "supported"), ("trade_value", "supported")]),
    # the levels where a change starts and ends: imports from Vietnam 2015 $38.01 bn, 2024 $136.50 bn (x3.59)
    ("U.S. imports from Vietnam more than tripled between 2015 and 2024, from $38 billion to $137 billion.",
     [("trade_growth", "supported"), ("trade_value", "supported"), ("trade_value", "supported")]),
    # a caption's partner and span carry to the sentence after it
    ("Chart: U.S. imports from Vietnam, 2015–2024. Imports more than tripled.", [("trade_growth", "supported")]),
    # a multiple of an earlier level: fentanyl FY2019 2,803.6 lb -> FY2023 27,022.9 lb (x9.64)
    ("CBP seized 27,000 pounds of fentanyl in FY2023, a ninefold increase from FY2019.",
     [("seizures", "supported"), ("seizures_change", "contradicted")]),
    ("CBP seized 27,000 pounds of fentanyl in FY2023, nearly ten times as much as in FY2019.",
     [("seizures", "supported"), ("seizures_change", "supported")]),
    # partners in shorthand: exports to Mexico 2024 $334.03 bn; total trade with China 2024 $581.97 bn
    ("Shipments south of the border totaled $334 billion in 2024.", [("trade_value", "supported")]),
    ("US-CN trade fell to $582bn in 2024.", [("trade_value", "supported")]),
    # translated press: total trade with Mexico 2024 $839.56 bn (#1); the dateline in brackets does
    # not date the figure; imports from Mexico 2023 $472.91 bn -> 2024 $505.52 bn (+6.9 %)
    ("MEXICO CITY (El Financiero, February 2025) — Mexico was the main commercial partner of the United "
     "States in 2024, with bilateral exchange of 839.6 billion dollars.",
     [("rank", "supported"), ("trade_value", "supported")]),
    ("Mexican exports to the neighboring country grew 6.9 percent in 2024.", [("trade_growth", "supported")]),
    # the partner's surplus is the U.S. deficit: balance with Mexico 2024 -$171.49 bn
    ("The trade surplus of Mexico with the United States reached 171.5 billion dollars in 2024.",
     [("trade_value", "supported")]),
    # "agents and officers": all of CBP; southwest border December 2023 301,981, the highest month loaded
    ("In December 2023, agents and officers encountered nearly 302,000 migrants at the southwest border, "
     "the most in any single month on record.", [("encounters_value", "supported"),
                                                  ("encounters_record", "supported")]),
    # a fraction of another partner's figure: exports 2023 Japan $75.79 bn / Mexico $323.64 bn = 0.23
    ("Japanese purchases of American goods came to $76 billion in 2023, less than a quarter of Mexico's.",
     [("trade_value", "supported"), ("trade_ratio", "supported")]),
    # a change since a peak year: imports from China 2018 $538.51 bn -> 2024 $438.74 bn (-18.5 %)
    ("U.S. imports from China have fallen by nearly a fifth since their 2018 peak.",
     [("trade_growth", "supported"), ("trade_record", "supported")]),
    # "That's more than … put together" compares the partner before: exports 2024 Mexico $334.03 bn;
    # China, Japan and Germany $297.93 bn
    ("We sold Mexico $334 billion in 2024. That's more than we sold to China, Japan and Germany put together.",
     [("trade_value", "supported"), ("group_vs_combined", "supported")]),
    # after an opening time, "it was" goes on about the sentence before: Border Patrol southwest
    # June 2024 83,532
    ("In June 2025, Border Patrol agents apprehended 6,070 people at the southwest border. A year earlier it "
     "was about 83,500.", [("encounters_value", "supported"), ("encounters_value", "supported")]),
    # a fragment after a figure: southwest February 2025 11,714, the lowest month loaded
    ("Border encounters in Feb 2025: 11,714 at the SW border. Lowest month ever recorded.",
     [("encounters_value", "supported"), ("encounters_record", "supported")]),
    # partners joined by "+": total trade 2024 Mexico and Canada $1.60 trillion, 30.1 % of U.S. trade
    ("Trade with Mexico + Canada topped $1.6 trillion in 2024, about 30% of all U.S. goods trade.",
     [("trade_value", "supported"), ("trade_share", "supported")]),
    # a fiscal year to date: fentanyl October 2024 - August 2025 11,383.8 lb
    ("CBP seized about 11,400 lbs of fentanyl in FY2025 through August.", [("seizures", "supported")]),
    # a table, cell by cell; the column's header gives the scale and flow, the caption the year:
    # exports 2024 Canada $349.91 bn (17.0 % of U.S. exports), China $143.23 bn (6.9 %)
    ("U.S. goods exports, 2024\n\n| Partner | Exports ($bn) | Share |\n|---|---|---|\n"
     "| Canada | 349.9 | 17.0% |\n| China | 143.2 | 7.5% |",
     [("trade_value", "supported"), ("trade_share", "supported"), ("trade_value", "supported"),
      ("trade_share", "contradicted")]),
    # a rank column before the partner; a balance column's minus sign is a deficit: total trade 2023
    # China #3, balance with China 2023 -$279.61 bn
    ("Top U.S. trading partners, 2023:\n\n| Rank | Partner | Balance ($ billions) |\n|---|---|---|\n"
     "| 3 | China | -279.6 |", [("rank", "supported"), ("trade_value", "supported")]),
    # rows by month: southwest border encounters February 2025 11,714, Border Patrol 8,353
    ("Southwest border encounters by month:\n\n| Month | Encounters | Border Patrol |\n|---|---|---|\n"
     "| Feb 2025 | 11,714 | 8,353 |", [("encounters_value", "supported"), ("encounters_value", "supported")]),
    # a radio script dates itself by the day of the week: nationwide April 2025 29,197
    ("It's Monday, May 19th, 2025. Nationwide encounters fell to about 29,000 in April.",
     [("encounters_value", "supported")]),
    # a translation dated in brackets; "May of last year": southwest May 2025 vs May 2024, -92.7 %
    ("(Translated from El Universal, June 2025.) Southwest border encounters in May were down more than 90% "
     "from May of last year.", [("encounters_change", "supported")]),
    # a rank as a verb: imports 2024 Germany #4
    ("Germany ranked fourth among sources of U.S. goods imports in 2024.", [("rank", "supported")]),
    # "ahead of": imports 2024 Vietnam $136.50 bn, South Korea $131.55 bn
    ("In 2024, imports from Vietnam put Hanoi ahead of Seoul as a supplier.", [("trade_compare", "supported")]),
    # "the average Mexican": exports to Mexico 2024 per person $2,553
    ("The average Mexican bought roughly $2,550 of U.S. goods in 2024.", [("per_capita", "supported")]),
    # "Canada exports to US" is U.S. imports from Canada: 2024 $411.89 bn
    ("Canada exports to US: $412B in 2024.", [("trade_value", "supported")]),
    # "the most in the history of the agency" goes on about the apprehensions before: FY2022 southwest
    # 2,206,436 with Title 42 expulsions is the high; Title 8 alone (1,152,352) is below FY2000
    ("In fiscal 2022 the Border Patrol made 2.2 million apprehensions at the southwest border. That is the most "
     "in the history of the agency.", [("encounters_value", "supported"), ("encounters_record", "depends")]),
    # a change as a noun, after "That was": exports to Mexico 1993 $41.58 bn -> 1994 $50.84 bn (+22.3 %)
    ("In 1994, U.S. goods exports to Mexico rose to $50.8 billion. That was an increase of about 22 percent over "
     "the year before.", [("trade_value", "supported"), ("trade_growth", "supported")]),
    # spoken decimals and halves: southwest FY2024 2,135,005; imports 2024 Mexico / Japan = 3.41
    ("Southwest border encounters in fiscal 2024 came to about two point one million.",
     [("encounters_value", "supported")]),
    ("In 2024 the U.S. imported about three and a half times as much from Mexico as from Japan.",
     [("trade_ratio", "supported")]),
    # a scale in words without "dollars" where the sentence speaks of dollars: imports from Mexico 2024 $505.52 bn
    ("In 2024 American companies sold three hundred thirty-four billion dollars' worth of goods to Mexico, while "
     "purchases from Mexico came to just over five hundred billion.",
     [("trade_value", "supported"), ("trade_value", "supported")]),
    # items led by a year read on the lead-in; "Down 19%" is the change between the two figures
    # before: fentanyl FY2023 27,022.9 lb -> FY2024 21,889.2 lb (-19.0 %); southwest FY2021
    # 1,734,686 -> FY2022 2,378,944 (+37.1 %)
    ("Infographic: CBP fentanyl seizures. FY2023: 27,000 lbs. FY2024: 21,900 lbs. Down 19%.",
     [("seizures", "supported"), ("seizures", "supported"), ("seizures_change", "supported")]),
    ("FY2021 encounters at the southern border: 1.73M. FY2022: 2.38M. Up 37%.",
     [("encounters_value", "supported"), ("encounters_value", "supported"), ("encounters_change", "supported")]),
    # a record deficit is the lowest balance: with China 2018 -$418.23 bn, the lowest since 1985
    ("The U.S. goods deficit with China hit a record in 2018.", [("trade_record", "supported")]),
    # "They peaked in 2022": exports to Japan 2022 $80.15 bn, the highest year loaded
    ("Chart: U.S. exports to Japan, 2013–2024. They peaked in 2022, at about $80 billion.",
     [("trade_record", "supported"), ("trade_value", "supported")]),
    # Border Patrol nationwide FY1934 10,319, the lowest year of the series from FY1925
    ("Chart: Border Patrol apprehensions nationwide, FY1925–FY2019. The series bottomed out in fiscal 1934, "
     "at about 10,000.", [("encounters_record", "supported"), ("encounters_value", "supported")]),
    # "a historic high": exports to Mexico 2024 $334.03 bn, the highest year loaded
    ("U.S. exports to Mexico in 2024 totaled 334 billion dollars, a historic high.",
     [("trade_value", "supported"), ("trade_record", "supported")]),
    # a spoken count that ends its clause: nationwide April 2025 29,197
    ("It's Monday, May 19th, 2025. Nationwide encounters stood at about twenty-nine thousand in April.",
     [("encounters_value", "supported")]),
    # "each year" is no "each" of the partners: exports 2024 Mexico and Canada $683.94 bn together,
    # Canada $349.91 bn, Mexico $334.03 bn
    ("Canada and Mexico each year purchase upward of $340 billion in American goods.", [("trade_value", "depends")]),
    # an answer takes its drug and its border from the question: heroin FY2024 1,160.6 lb;
    # fentanyl at the northern border FY2024 43.0 lb
    ("Q: How much heroin does CBP seize these days? A: Barely 1,200 pounds in fiscal 2024.",
     [("seizures", "supported")]),
    ("Q: Is fentanyl coming across the northern border? A: About 43 pounds were seized there in fiscal 2024.",
     [("seizures", "supported")]),
    # agents and officers at ports: all of CBP, southwest FY2023 2,475,669
    ("Q: How many migrants were encountered at the southwest border in fiscal 2023? A: About 2.48 million, "
     "counting both Border Patrol agents and officers at ports of entry.", [("encounters_value", "supported")]),
    # a seizure that feeds the dose arithmetic is no seizure statistic: 258 kg at 2 mg = 129 million doses
    ("The 258 kilograms of fentanyl seized in that operation is enough to kill 129 million people.",
     [("doses", "supported")]),
    # services are not loaded
    ("The U.S. also exported about $50 billion in services to Mexico in 2023.", [("no_data", "no_data")]),
    # a rank where a growth ends: imports 2024 Vietnam #6
    ("U.S. imports from Vietnam more than tripled between 2015 and 2024, making it the sixth-largest source of "
     "imports.", [("trade_growth", "supported"), ("rank", "supported")]),
    # the partner after each figure: balance 2024 China -$295.53 bn, Mexico -$171.49 bn
    ("In 2024 the U.S. ran a goods deficit of more than $295 billion with China and nearly $172 billion with "
     "Mexico.", [("trade_value", "supported"), ("trade_value", "supported")]),
    # a ratio of two deficits: 2023 Mexico -$149.27 bn / Canada -$63.60 bn = 2.35
    ("In 2023 the U.S. trade deficit with Mexico was $149 billion. That is more than twice the deficit with "
     "Canada.", [("trade_value", "supported"), ("trade_ratio", "supported")]),
    # a range: imports from Japan 2024 $148.37 bn
    ("In 2024 the United States imported between $145 billion and $150 billion worth of goods from Japan.",
     [("trade_value", "supported")]),
    # U.S. trade as a whole: exports to the world 2023 $2.02 tn -> 2024 $2.06 tn (+2.0 %); imports 2024
    # $3.27 tn; balance 2024 -$1.20 tn, the lowest since 1987
    ("U.S. goods exports to the world rose about 2% in 2024 to $2.06 trillion.",
     [("trade_growth", "supported"), ("trade_value", "supported")]),
    ("Total U.S. goods imports reached $3.27 trillion in 2024.", [("trade_value", "supported")]),
    ("America's goods deficit hit a record $1.2 trillion in 2024.",
     [("trade_record", "supported"), ("trade_value", "supported")]),
    # a labelled dateline with a colon dates the text, not the figure: total trade 2024 Taiwan #7
    ("Analyst note, February 2025: Taiwan was the seventh-largest U.S. trading partner last year.",
     [("rank", "supported")]),
    # a wire dateline with the agency's name: "last month" is February 2025 (Border Patrol southwest 8,353)
    ("WASHINGTON, March 4, 2025 (Reuters) - Border Patrol agents apprehended about 8,350 migrants at the "
     "southwest border last month.", [("encounters_value", "supported")]),
    # a month without a year in an undated text is the latest such month loaded (southwest June 2025: 9,302 for all
    # of CBP, which contradicts 6,000; the Border Patrol's own 6,068 bears it out)
    ("SOUTHWEST BORDER ENCOUNTERS FALL TO 6,000 IN JUNE", [("encounters_value", "depends")]),
    ("Southwest border encounters fell to about 9,300 in June.", [("encounters_value", "supported")]),
    # a witness's "it" is what the member asked about (exports to Mexico 2024 $334.0 bn; China + Japan $222.2 bn)
    ("REP. SMITH: Is it true that we exported more than $300 billion of goods to Mexico last year?\n"
     "WITNESS: Yes, Congressman. In 2024 it was about $334 billion, more than we sold to China and Japan combined.",
     [("trade_value", "supported"), ("trade_value", "supported"), ("group_vs_combined", "supported")]),
    # "And China?" in talk of exports (China 2024 $143.2 bn)
    ("HOST: How big is Canada as a market?\nGUEST: Canada took about $350 billion of our goods in 2024.\n"
     "HOST: And China?\nGUEST: China was down to about $143 billion.",
     [("trade_value", "supported"), ("trade_value", "supported")]),
    # after an opening "By 1960", "they" are the apprehensions before (nationwide FY1960 28,966)
    ("Border Patrol apprehensions topped one million in fiscal 1954. By 1960 they had fallen below 30,000.",
     [("encounters_value", "supported"), ("encounters_value", "supported")]),
    # the peak of a decade named: FY1954 (1,028,246) tops the 1950s, not the series (FY1986)
    ("In the 1950s, Border Patrol apprehensions peaked in fiscal 1954.", [("encounters_record", "supported")]),
    # "the year before" a fiscal year is the fiscal year before (fentanyl FY2024 21,889 lb, FY2023 27,023 lb)
    ("CBP seized about 21,900 pounds of fentanyl in fiscal 2024, down from roughly 27,000 pounds the year before.",
     [("seizures", "supported"), ("seizures", "supported")]),
    # ... but "up 3% from the year before" is a change's base, not its period (exports to Mexico +3.2% in 2024)
    ("Exports to Mexico reached $334 billion in 2024. That was up 3% from the year before.",
     [("trade_value", "supported"), ("trade_growth", "supported")]),
    # two origins' value added as a fraction (WIOD 2011: Mexico $23.9 bn / China $34.6 bn = 0.69)
    ("Mexican value added in U.S. exports in 2011 was about a third of China's contribution.",
     [("va_ratio", "contradicted")]),
    ("Mexico's contribution to U.S. exports in 2011 was roughly 70% of China's contribution.",
     [("va_ratio", "supported")]),
    # each item of a list reads on its lead-in's period, not the item's before (trade with Mexico 2024 $839.6 bn)
    ("Key findings:\n• Mexico became the top U.S. trading partner in 2023.\n"
     "• Two-way goods trade with Mexico exceeded $800 billion.", [("rank", "supported"), ("trade_value", "supported")]),
    # "lowest since the 1960s": FY2025's southwest figure (250,018) is the lowest only since FY1970
    ("Southwest border apprehensions in fiscal 2025 were the lowest since the 1960s.", [("lowest_since", "contradicted")]),
    # headline grammar, and a subhead on the headline's partner (trade with Mexico 2024 $839.6 bn)
    ("MEXICO NOW TOP U.S. TRADE PARTNER\nTwo-way commerce hit $840 billion, Commerce Department says",
     [("rank", "supported"), ("trade_value", "supported")]),
    # "$356 billion worth of goods to Canada and $324 billion to Mexico" (2022: Canada $359.1 bn, Mexico $324.4 bn)
    ("In 2022, the United States sold about $356 billion worth of goods to Canada and about $324 billion to Mexico.",
     [("trade_value", "supported"), ("trade_value", "supported")]),
    # an answer's mass is a seizure count when the question asked for it (fentanyl FY2023 27,023 lb)
    ("Q: How much fentanyl did CBP seize in fiscal 2023?\nA: Roughly 27,000 pounds, enough for more than "
     "6 billion lethal doses.", [("seizures", "supported"), ("doses", "supported")]),
    # a seizure by one CBP component (fentanyl FY2024: Field Operations 18,900 lb, Border Patrol at the
    # southwest border 2,935 lb, all of CBP 21,889 lb)
    ("Officers at ports of entry seized more than 19,000 pounds of fentanyl in fiscal 2024.",
     [("seizures", "contradicted")]),
    ("Border Patrol agents seized about 2,900 pounds of fentanyl at the southwest border in fiscal 2024.",
     [("seizures", "supported")]),
    ("CBP officers seized about 21,900 pounds of fentanyl in fiscal 2024.", [("seizures", "supported")]),
    # each mass is of the drug named with it (FY2023: fentanyl 27,023 lb, cocaine 81,085 lb, marijuana 149,582 lb)
    ("CBP seized some 27,000 pounds of fentanyl in fiscal 2023, roughly 81,000 pounds of cocaine and just under "
     "150,000 pounds of marijuana.", [("seizures", "supported")] * 3),
    # bullets inside a line end a sentence; the drug before a figure (FY2024: meth 174,197 lb, heroin 1,161 lb)
    ("• Methamphetamine seized, FY2024: 174,200 lb • Heroin seized, FY2024: 1,610 lb",
     [("seizures", "supported"), ("seizures", "contradicted")]),
    # a balance in words: minus sign, "gap" (2024: Canada -$62.0 bn, China -$295.5 bn)
    ("• Goods imports from Canada (2024): $411.9 billion • Goods balance with Canada: –$62.0 billion",
     [("trade_value", "supported"), ("trade_value", "supported")]),
    ("Where does the deficit come from? The gap with China was about $296 billion in 2024.",
     [("trade_value", "supported")]),
    # months named with one year: fentanyl February–December 2025 9,887.5 lb (2.24 billion doses at 2 mg)
    ("The roughly 9,900 pounds of fentanyl CBP seized from February through December 2025 would be enough for "
     "about 4.5 billion lethal doses.", [("seizures", "supported"), ("doses", "contradicted")]),
    # a span of months against a base's monthly average (nationwide February–September 2025: -88.0%)
    ("From February through September 2025, CBP's nationwide encounters averaged roughly 27,000 a month, about "
     "88% below the 2021-2024 average.", [("encounters_value", "supported"), ("encounters_change", "supported")]),
    # partners ranked by the balance (2024: Netherlands the largest surplus, $54.2 bn; Germany the fifth
    # deficit, after China, Mexico, Vietnam and Ireland)
    ("The Netherlands gives the U.S. its largest goods surplus with any country.", [("rank", "supported")]),
    ("Germany is the third-largest U.S. goods deficit in 2024.", [("rank", "contradicted")]),
    # the domestic share of U.S. exports (WIOD: 90.5% in 1995, 85.1% in 2011)
    ("The domestic share of U.S. gross exports slipped from over 91 percent in 1995 to about 85 percent in 2011.",
     [("va_domestic_share", "contradicted"), ("va_domestic_share", "supported")]),
    # U.S. content in what the U.S. imports from Mexico (WIOD 2011: 11.76%)
    ("U.S.-made content made up nearly 12 percent of the value of goods imported from Mexico in 2011.",
     [("va_share", "supported")]),
    # not loaded: deaths, Mexican seizures, low-value parcels
    ("Fentanyl killed about 75,000 Americans in 2023.", [("no_data", "no_data")]),
    ("Mexico's security cabinet says it seized 1.5 tonnes of fentanyl in the first half of 2025.",
     [("seizures", "no_data")]),
    ("Roughly four million low-value packages were entering the U.S. every day.", [("no_data", "no_data")]),
    # a rank reached by a move, and "behind" a partner (2024 exports: U.K. #5 $79.5 bn, Japan #6 $79.0 bn)
    ("Japan slipped to fifth among U.S. export markets in 2024, just behind the U.K.",
     [("rank", "contradicted"), ("trade_compare", "supported")]),
    # a region's share of nationwide encounters, a component's of the southwest's (FY2024: southwest
    # 2,135,005 of 2,901,142 = 73.6%; Field Operations 604,482 of 2,135,005 = 28.3%)
    ("The southwest border accounted for roughly 74 percent of nationwide CBP encounters in fiscal 2024.",
     [("encounters_share", "supported")]),
    ("Field Operations handled a bit under 30 percent of southwest border encounters in fiscal 2024.",
     [("encounters_share", "supported")]),
    # a multiple of the year before (northern border FY2022 109,535 → FY2023 189,402, ×1.73)
    ("Northern border encounters nearly doubled in fiscal 2023.", [("encounters_change", "contradicted")]),
    # one fiscal year's seizures as a fraction of another's (fentanyl FY2025 12,027 lb / FY2023 27,023 lb = 0.45)
    ("CBP's fentanyl seizures in fiscal 2025 came to less than half of the fiscal 2023 total.",
     [("seizures_change", "supported")]),
    # a percentage by which one partner exceeds another (imports 2024: Mexico / Canada = 1.227)
    ("Imports from Mexico exceeded those from Canada by more than 25 percent in 2024.",
     [("trade_ratio", "contradicted")]),
    # a label before a colon is not part of the claim (southwest FY2017 303,916: lowest since FY1971)
    ("Lowest since: Border Patrol apprehensions at the southwest border in fiscal 2017 were the lowest since "
     "fiscal 1971.", [("lowest_since", "supported")]),
    # "seven times that": a multiple of the figure before (exports to Mexico 1994 $50.8 bn → 2024 $334.0 bn, ×6.57)
    ("Back in 1994 we sold Mexico about $51 billion a year. In 2024 it was more than seven times that.",
     [("trade_value", "supported"), ("trade_growth", "contradicted")]),
    # comparisons through a verb or a possessive (2024 imports: Vietnam $136.5 bn, Japan $148.4 bn; total
    # trade: China $582.0 bn, Mexico $839.6 bn)
    ("U.S. imports from Vietnam hit $136.5 billion in 2024, more than we bought from Japan.",
     [("trade_value", "supported"), ("trade_compare", "contradicted")]),
    ("Two-way trade with China came to $582 billion in 2024, well below Mexico's.",
     [("trade_value", "supported"), ("trade_compare", "supported")]),
    # five partners named after a four-word comparative (2024: Mexico $334.0 bn < the five's $388.0 bn)
    ("Mexico bought more U.S. goods in 2024 than Japan, Germany, the Netherlands, the U.K. and South Korea "
     "combined.", [("group_vs_combined", "contradicted")]),
    # "the previous year" of a fiscal year (Border Patrol southwest FY2024 1,530,523; FY2023 2,045,838)
    ("Border Patrol agents apprehended roughly 1.5 million migrants at the southwest border in fiscal 2024, down "
     "from about 2 million the previous year.", [("encounters_value", "supported"), ("encounters_value", "supported")]),
    # "over the past decade" of a multiple (exports to Vietnam 2014 $5.7 bn → 2024 $13.0 bn, ×2.28)
    ("Over the past decade, U.S. exports to Vietnam have more than doubled.", [("trade_growth", "supported")]),
    # a multiple of a year's figure (deficit with Vietnam 2019 $55.6 bn → 2024 $123.5 bn, ×2.22)
    ("The deficit with Vietnam was roughly $123 billion in 2024, more than double the 2019 figure.",
     [("trade_value", "supported"), ("trade_growth", "supported")]),
    # the first of all partners without a rank word: exports 2023 Canada #1; exports 2024 Mexico #2;
    # imports 2024 Mexico #1 (15.5 % of U.S. imports)
    ("Canada had the largest share of any country in U.S. goods exports in 2023.", [("rank", "supported")]),
    ("No other country bought more American goods than Mexico in 2024.", [("rank", "contradicted")]),
    ("Mexico led all nations in U.S. goods exports in 2024.", [("rank", "contradicted")]),
    ("Mexico topped the list of U.S. import suppliers in 2024.", [("rank", "supported")]),
    ("Of all U.S. trading partners, Mexico sold the most goods to the United States in 2024.",
     [("rank", "supported")]),
    ("Mexico's share of U.S. imports, about 15.5 percent in 2024, was the largest of any country.",
     [("trade_share", "supported"), ("rank", "supported")]),
    # Border Patrol at the southwest border by month, OHSS before October 2021: November 2024 46,612,
    # the lowest since July 2020 (38,560); March 2025 7,180, below every month since October 1999
    ("Border Patrol apprehensions at the southwest border in November 2024 were the lowest since 2019.",
     [("lowest_since", "contradicted")]),
    ("In March 2025, Border Patrol apprehensions at the southwest border were the lowest in the agency's history.",
     [("encounters_record", "supported")]),
    ("Southwest border encounters in March 2025 were the lowest in CBP history.", [("encounters_record", "supported")]),
    # a list of places in one ranking: imports 2023 Mexico #1 ($472.9 bn), China #2, Canada #3
    ("As sources of U.S. imports in 2023, Mexico was first, Canada second and China third.",
     [("rank", "supported"), ("rank", "contradicted"), ("rank", "contradicted")]),
    # "every Canadian": per person (exports to Canada 2024 / population = $8,475)
    ("Every Canadian bought about $9,000 worth of American goods in 2024.", [("per_capita", "close")]),
    # the share of exporting firms by size is not loaded (USTR states counts and dollars only)
    ("Small and medium-sized firms make up about 98% of U.S. exporters to Mexico.", [("no_data", "no_data")]),
    # "since fiscal 2021": that fiscal year against the latest whole one (heroin FY2021 5,400.0 lb ->
    # FY2025 1,258.0 lb, -76.7 %; southwest border FY2022 2,378,944 -> FY2025 443,671, -81.4 %)
    ("Heroin seizures have dropped more than 80% since fiscal 2021.", [("seizures_change", "contradicted")]),
    ("Southwest border encounters have fallen more than 80% since fiscal 2022.", [("encounters_change", "supported")]),
    # each year against the one before: fentanyl FY2023 27,022.9, FY2024 21,889.2, FY2025 12,027.3 lb;
    # cocaine rose in calendar 2023 (68,998.1 -> 76,989.0 lb) and in FY2023
    ("Fentanyl seizures have fallen every year since FY2023.", [("seizures_direction", "supported")]),
    ("Cocaine seizures have fallen every year since 2021.", [("seizures_direction", "contradicted")]),
    # a component's part of CBP's seizures: fentanyl FY2024, Field Operations 18,900.3 of 21,889.2 lb
    # (86.3 %); southwest border FY2023 26,717.8 of 27,022.9 lb (98.9 %)
    ("Officers at ports of entry seized roughly 80% of the fentanyl caught in fiscal 2024.",
     [("seizures_share", "close")]),
    ("The southwest border accounted for more than 95% of CBP's fentanyl seizures in fiscal 2023.",
     [("seizures_share", "supported")]),
    # a multiple over a range of fiscal years: northern border FY2022 109,535 -> FY2024 198,929 (x1.82)
    ("Northern border encounters more than doubled between fiscal 2022 and fiscal 2024.",
     [("encounters_change", "contradicted")]),
    # a bare year before CBP's monthly files is a Border Patrol fiscal year: FY2000 nationwide 1,676,438,
    # southwest 1,643,679 (OHSS's rounded monthly southwest counts sum to 1,566,420 for FY2000)
    ("In 2000 the Border Patrol made more than 1.6 million apprehensions.", [("encounters_value", "supported")]),
    # a rank whose role is read from the sentence: deficits 2024 Mexico #2 (after China); surpluses 2024
    # Netherlands #1; imports 2024 Vietnam #6
    ("The U.S. deficit with Mexico was the second-largest after China's in 2024.", [("rank", "supported")]),
    ("The surplus with the Netherlands was the second largest in 2024.", [("rank", "contradicted")]),
    ("Vietnam was the 6th largest source of US imports in 2024.", [("rank", "supported")]),
    # a label just before a figure is its period, and "9x that" a multiple of it: fentanyl FY2019 2,803.6 lb,
    # FY2023 27,022.9 lb (x9.64)
    ("Fentanyl seized by CBP — FY2019: 3,000+ lb → FY2023: roughly 9x that",
     [("seizures", "contradicted"), ("seizures_change", "close")]),
    # northern border FY2021 27,180 -> FY2024 198,929 (x7.32)
    ("Northern border encounters in FY2024 were more than seven times the FY2021 total.",
     [("encounters_change", "supported")]),
    # a month's average of a Border Patrol fiscal year: southwest FY2023 2,045,838 / 12 = 170,486
    ("The Border Patrol averaged about 170,000 encounters a month at the southwest border in fiscal year 2023.",
     [("encounters_value", "supported")]),
    # each clause's own component: fentanyl FY2025 southwest, Field Operations 9,910.6 lb, Border Patrol 1,577.7 lb
    ("In fiscal 2025, Field Operations officers at southwest border ports seized about 9,900 pounds of fentanyl, "
     "while Border Patrol agents between the ports seized roughly 1,600 pounds.",
     [("seizures", "supported"), ("seizures", "supported")]),
    # the part named after "Of all the fentanyl …,": northern border FY2024 43.0 of 21,889.2 lb (0.2 %)
    ("Of all the fentanyl CBP seized in fiscal 2024, less than 1 percent was taken on the northern border.",
     [("seizures_share", "supported")]),
    # two-way trade in other words: total 2024 Mexico #1; Mexico and Canada 30.1 % of U.S. goods trade
    ("In 2024 no country traded more goods with the U.S. than Mexico did.", [("rank", "supported")]),
    ("In 2024 Mexico and Canada accounted for a third of all U.S. goods trade.", [("trade_share", "close")]),
    # "from a record" is not a source of imports: exports to South Korea 2022 $72.03 bn, the highest since 1985
    ("Korean purchases of U.S. goods slipped in 2024 from a record $72.0 billion in 2022.",
     [("trade_record", "supported"), ("trade_value", "supported")]),
    # the flow named right after a share: 2024 exports 16.2 %, imports 15.5 %
    ("Mexico took 16.2% of U.S. goods exports in 2024 and supplied more than a fifth of U.S. imports.",
     [("trade_share", "supported"), ("trade_share", "contradicted")]),
    # a month against another, or against the latest loaded: southwest border Feb 2025 11,714 vs Feb 2024
    # 189,913 (-93.8 %); August 2025 9,740 vs December 2023 301,981 (-96.8 %)
    ("Feb 2025 southwest border encounters were 96% below Feb 2024.", [("encounters_change", "close")]),
    ("Southwest border encounters are down 95% from their December 2023 peak.", [("encounters_change", "close")]),
    # a deficit's rank, and the next partner's figure: deficits 2024 Mexico #2 after China, Vietnam $123.46 bn
    ("The goods deficit with Mexico is now second only to China's. Vietnam sits third at roughly $133B. #tradedeficit",
     [("rank", "supported"), ("trade_value", "close")]),
    # "a year ago" is the writing's, when the period comes later: Border Patrol southwest June 2024 83,532
    ("A year ago, Border Patrol agents made more than 85,000 apprehensions along the southwest border in a single "
     "month, June 2024.", [("encounters_value", "contradicted")]),
    # the next figure of the same measure, and the drug the sentence before named: cocaine FY2019
    # 101,140.2 lb, FY2025 70,079.7 lb
    ("Cocaine's coming back, though. CBP seized over 100,000 pounds in fiscal '19 and about 75,000 in fiscal "
     "twenty-five.", [("seizures", "supported"), ("seizures", "close")]),
    # a Border Patrol change between fiscal years before FY2020: nationwide FY1965 52,422 -> FY1975 596,796
    # (x11.38), southwest 40,020 -> 512,264 (x12.80)
    ("Border Patrol apprehensions grew more than elevenfold from FY1965 to FY1975.",
     [("encounters_change", "supported")]),
    # lethal doses per resident: fentanyl FY2023 6.13 billion doses at 2 mg / 336.8 million (2023) = 18.2
    ("In fiscal 2023 CBP's fentanyl haul worked out to roughly 18 doses per U.S. resident.",
     [("doses_population", "supported")]),
    # "X and Y traded": two-way (total 2024 Mexico $839.56 bn)
    ("The U.S. and Mexico traded about $840 billion of goods in 2024.", [("trade_value", "supported")]),
    # a heading names the partner, a bold question carries it, "Imports:" labels the flow (2024: exports to
    # Canada $349.91 bn, to Mexico $334.03 bn; imports from Japan $148.37 bn)
    ("## Canada\nU.S. goods exports reached roughly $350 billion in 2024.", [("trade_value", "supported")]),
    ("**How much does the U.S. export to Mexico?**\nAbout $334 billion in 2024, according to the Census Bureau.",
     [("trade_value", "supported")]),
    ("TRADE WATCH | Japan\nExports: $79.0 billion (2024). Imports: $148.4 billion.",
     [("trade_value", "supported"), ("trade_value", "supported")]),
    # a year to date as the text claims it: Border Patrol southwest FY2025 October 2024 - August 2025 229,183
    ("So far in fiscal 2025, Border Patrol has apprehended fewer than 250,000 migrants at the southwest border.",
     [("encounters_value", "supported")]),
    # a change that ran "by" a later year, from the year named first: imports from China 2018 $538.51 bn
    # -> 2024 $438.74 bn (-18.5%, "roughly a fifth" allows 19-21% as supported, 18-22% as close)
    ("U.S. goods imports from China reached a peak of $538.5 billion in 2018, then fell by roughly a fifth by 2024.",
     [("trade_value", "supported"), ("trade_growth", "close")]),
    # a source line in square brackets dates the text (January 2025), not the figure: imports from Mexico
    # 2024 $505.52 bn; the host's "five hundred and five billion" is given to the billion, and in dollars
    ("[Morning Line, transcript excerpt, Jan. 2025] CALLER: I read we buy something like half a trillion dollars "
     "of stuff from Mexico every year. HOST: That's about right — it was five hundred and five billion last year.",
     [("trade_value", "supported"), ("trade_value", "close")]),
    # the partners ranked after a group, summed: exports 2024 to ranks 3-12 (China … Taiwan) $711.53 bn
    ("Next 10 export markets after CAN+MEX: $690B combined (2024)", [("trade_value", "close")]),
    # "overtook": Mexico $163.66 bn against China $91.91 bn of U.S. exports in 2010
    ("Exports to Mexico overtook exports to China in 2010.", [("trade_compare", "supported")]),
    # a heading's scope, a record "in records going back to", and "in that period": Border Patrol southwest
    # December 2023 249,740 (highest month since October 1999), July 2025 4,596 (lowest)
    ("U.S. Border Patrol, southwest border. Monthly encounters peaked in December 2023, the highest in records "
     "going back to fiscal 2000, and fell to their lowest level in that period in July 2025.",
     [("lowest_since", "supported"), ("lowest_since", "supported")]),
    # … but not "since 1970": months are loaded from October 1999 only
    ("Border Patrol southwest apprehensions were 4,600 in July 2025, the lowest since 1970.",
     [("encounters_value", "supported"), ("lowest_since", "no_data")]),
    # "Then FY2025 fell …" goes on about the count before: northern border FY2024 198,929 -> FY2025 85,746 (-56.9%)
    ("Northern border encounters in FY2024 were more than seven times the FY2021 total. Then FY2025 fell by more "
     "than two-thirds.", [("encounters_change", "supported"), ("encounters_change", "contradicted")]),
    # partners in lower case, as social posts write them (imports from China 2024 $438.74 bn; exports to
    # Canada $349.91 bn); "china" the porcelain is not a partner in a capitalised text
    ("tbh we bought like $439bn of stuff from china last year lol. canada bought $350bn of ours",
     [("trade_value", "supported"), ("trade_value", "supported")]),
    ("Fine china from Japan was on the table.", []),
    # the agreement's name for its partners: exports 2024 to Mexico and Canada $683.94 bn, two-way $1.60 tn;
    # 30.1% of U.S. goods trade
    ("USMCA trade reached $1.6 trillion in 2024.", [("trade_value", "supported")]),
    ("US exports to USMCA partners topped $680 billion in 2024.", [("trade_value", "supported")]),
    ("USMCA partners account for nearly a third of US goods trade.", [("trade_share", "supported")]),
    ("Under USMCA, rules of origin tightened in 2020.", []),
    # "the former" and "the latter" (exports 2024: Canada $349.91 bn, Mexico $334.03 bn)
    ("Canada and Mexico are our top two markets. The former bought $350 billion of U.S. goods in 2024 and the "
     "latter $334 billion.", [("rank", "supported"), ("trade_value", "supported"), ("trade_value", "supported")]),
    # a figure in brackets after its partner (two-way 2024: China $581.97 bn)
    ("Mexico (#1, $840B), Canada (#2, $762B) and China (#3, $582B) led U.S. goods trade in 2024.",
     [("trade_value", "supported"), ("trade_value", "supported"), ("trade_value", "supported")]),
    # a partner's imports from the U.S. are U.S. exports; "sold the U.S." is U.S. imports; "the two
    # countries traded" is two-way (2024: exports to Mexico $334.03 bn, imports from China $438.74 bn)
    ("Mexican imports from the U.S. totaled $334 billion in 2024.", [("trade_value", "supported")]),
    ("The PRC sold the U.S. about $439 billion of goods in 2024.", [("trade_value", "supported")]),
    ("Mexico and the United States are deeply linked. The two countries traded about $840 billion of goods in "
     "2024.", [("trade_value", "supported")]),
    # "the lowest since" for trade: U.S.-Canada two-way 2020 $526.24 bn; 2010 $526.9 bn was higher, 2009
    # $430.9 bn lower; imports from Mexico 2020 $323.48 bn, 2017 $312.7 bn lower (so not "since 2016")
    ("CHART: U.S.–Canada goods trade fell to $526B in 2020, the lowest since 2009.",
     [("trade_value", "supported"), ("trade_record", "supported")]),
    ("Imports from Mexico fell in 2020 to about $325 billion, the lowest since 2016.",
     [("trade_value", "supported"), ("trade_record", "contradicted")]),
    # "fewer … than in any year since 1970", in a speech dated by its source line: Border Patrol southwest
    # FY2025 (October - August, 229,183; 250,018 a year at that pace), lowest since FY1970 (201,780)
    ("Mr. President, this fiscal year the Border Patrol has recorded fewer apprehensions at the southwest border "
     "than in any year since 1970. (Floor remarks, September 2025)", [("lowest_since", "supported")]),
    # a label with a month is not a dateline: exports to Mexico, March 2024 $26.98 bn
    ("U.S. exports to Mexico, March 2024: $27.0B.", [("trade_value", "supported")]),
    # a rank of a deficit called a "gap" (2024: China -$295.52 bn, Mexico -$171.49 bn, Vietnam -$123.5 bn)
    ("On 2024 data, the U.S. goods deficit with Vietnam is now the third-largest bilateral gap, after China and "
     "Mexico.", [("rank", "supported")]),
    # a level crossed is not a change: imports from China 2023 $427.25 bn
    ("Imports from the People's Republic fell below $400 billion in 2023.", [("trade_value", "contradicted")]),
    # "inbound shipments" are imports (from Canada 2022 $437.42 bn)
    ("Inbound shipments from Canada totalled $418.0B in 2022.", [("trade_value", "close")]),
    # a multiple from the figure of the sentence before: two-way with Mexico 1993 $81.50 bn -> 2024 $839.56 bn
    ("In 1993, U.S. goods trade with Mexico was roughly $81.5 billion. By 2024 it had grown more than tenfold.",
     [("trade_value", "supported"), ("trade_growth", "supported")]),
    # "not surpassed until": Border Patrol nationwide FY1954 1,028,246, first surpassed in FY1983
    ("In fiscal year 1954 the Border Patrol reported more than one million apprehensions, a total not surpassed "
     "until fiscal 1986.", [("encounters_value", "supported"), ("encounters_record", "contradicted")]),
    ("Nationwide apprehensions in fiscal 1954 topped one million, a level the Border Patrol would not reach again "
     "until 1983.", [("encounters_value", "supported"), ("encounters_record", "supported")]),
    # Mexico's own enforcement counts are not loaded
    ("Mexico, for its part, intercepted far more migrants than the U.S. Border Patrol did in 2024, well over a "
     "million by its own count.", [("no_data", "no_data")]),
    # each figure of a list takes the flow named just before it: India 2024, exports $41.54 bn,
    # imports $87.34 bn (close to $83.6B), balance –$45.80 bn
    ("India, 2024: U.S. exports $41.5B, imports $83.6B, balance –$45.8B.",
     [("trade_value", "supported"), ("trade_value", "close"), ("trade_value", "supported")]),
    # a multiple of what was sold in an earlier year: exports to Mexico $334.03 bn (2024) / $225.95 bn (2013) = 1.48
    ("Y'all, in 2024 we sold Mexico $334 billion in goods, nearly triple what we sold them in 2013.",
     [("trade_value", "supported"), ("trade_growth", "contradicted")]),
    # "was a record": Border Patrol nationwide FY2000 1,676,438, below FY1986 (1,692,544)
    ("The FY2000 total of 1.68 million nationwide apprehensions was a record for the Border Patrol.",
     [("encounters_record", "contradicted"), ("encounters_value", "supported")]),
    # against every year of a decade: Border Patrol nationwide FY2024 1,557,320 < FY1999 1,579,010;
    # exports to Mexico 2024 $334.0 bn > 2018's $266.0 bn (the 2010s high); to China 2024 $143.2 bn > 2010's $91.9 bn
    ("Nationwide Border Patrol apprehensions in fiscal 2024 were higher than in any year of the 1990s.",
     [("encounters_record", "contradicted")]),
    ("U.S. exports to Mexico in 2024 were higher than in any year of the 2010s.", [("trade_record", "supported")]),
    ("U.S. exports to China in 2024 were lower than in any year of the 2010s.", [("trade_record", "contradicted")]),
    # a bound denied is a bound on every month: southwest border FY2025, highest month 106,316 (October
    # 2024); Border Patrol at the southwest border, March–August 2025, highest month 8,725
    ("Monthly southwest border encounters never exceeded 12,000 during fiscal 2025.",
     [("encounters_value", "contradicted")]),
    ("Border Patrol apprehensions at the southwest border never exceeded 10,000 a month from March to August 2025.",
     [("encounters_value", "supported")]),
    # "for the first time since": southwest Border Patrol FY2017 303,916; FY2015 331,333 was already below
    # 400,000, FY1971 263,991 the last year below 310,000; exports to Mexico first above $300 bn in 2022
    # ($327.0 bn), above $250 bn already in 2021 ($277.2 bn)
    ("In fiscal 2017 southwest border apprehensions fell below 400,000 for the first time since 1971.",
     [("encounters_value", "contradicted")]),
    ("In fiscal 2017 southwest border apprehensions fell below 310,000 for the first time since 1971.",
     [("encounters_value", "supported")]),
    ("U.S. exports to Mexico topped $300 billion for the first time in 2022.", [("trade_value", "supported")]),
    ("U.S. exports to Mexico topped $250 billion for the first time in 2022.", [("trade_value", "contradicted")]),
    # the partner of a figure's own clause: U.S. value added in imports from China, 2011, 2.63% (Mexico 11.76%)
    ("U.S. content made up about 12% of the value of American imports from Mexico in 2011, compared with under 3% "
     "for imports from China.", [("va_share", "supported"), ("va_share", "supported")]),
    # "pulled in … from them" is imports (Japan 2024, $148.37 bn); "of goods, mostly cars and parts" is all goods
    ("The Japanese aren't small either: we pulled in $152 billion of goods from them in 2024, mostly cars and parts.",
     [("trade_value", "close")]),
    # "across both USMCA borders": Mexico $839.56 bn + Canada $761.79 bn two-way, 2024
    ("Two-way goods trade across both USMCA borders hit $1.6T in 2024.", [("trade_value", "supported")]),
    # a label names a product the loaded totals do not split out
    ("Auto parts: Mexico's top export to the U.S., $90B+ (2024)", [("no_data", "no_data")]),
    # how often, and a contract's price, are not statistics; what shoppers spend is not goods trade
    ("I have crossed the Ambassador Bridge perhaps 200 times since 1998.", []),
    ("Item 9: the council approved a $45,000 contract for new signage along the truck route.", []),
    ("Mexican cross-border shoppers spend $1.2 billion a year in the downtown district.", [("no_data", "no_data")]),
    # a change of the component named: Border Patrol southwest FY2023 2,045,838 → FY2024 1,530,523 (-25.2%);
    # Field Operations southwest FY2022 172,508 → FY2023 429,831 (+149.2%)
    ("Border Patrol's southwest apprehensions in fiscal 2024 were down roughly a quarter from fiscal 2023.",
     [("encounters_change", "supported")]),
    ("Field Operations encounters at southwest ports jumped roughly 150% from FY2022 to FY2023.",
     [("encounters_change", "supported")]),
    # a mass stated as a bound: the doses are of what was seized (fentanyl FY2023, 12,257.4 kg, 6.13 billion at 2 mg)
    ("CBP seized more than 12,000 kilograms of fentanyl in fiscal 2023, over 6 billion lethal doses at 2 "
     "milligrams each.", [("seizures", "supported"), ("doses", "supported")]),
    # "Border Patrol … its highest annual total" in FY2022 depends on the Title 42 expulsions (2,214,650
    # nationwide with them; Title 8 alone peaked in FY1986); "encounters" count them
    ("Border Patrol recorded its highest annual total ever in FY2022.", [("encounters_record", "depends")]),
    ("Border Patrol encounters at the southwest border reached a record in fiscal 2022.",
     [("encounters_record", "supported")]),
    # "didn't even crack $150 billion": at most (exports to China 2024, $143.23 bn)
    ("In 2024 China didn't even crack $150 billion of U.S. goods.", [("trade_value", "supported")]),
    # small exporters are USTR's SME figures (over $83 billion to Canada in 2022), not all exports
    ("America's small exporters sold roughly $83 billion to Canada in 2022.", [("sme_value", "supported")]),
    # what the loaded sources do not count: asylum decisions, trade by port
    ("Immigration judges granted asylum in fewer than 30,000 cases in fiscal 2024.", [("no_data", "no_data")]),
    ("Laredo alone handled roughly 40% of all U.S.-Mexico goods trade in 2024.", [("no_data", "no_data")]),
    # Rio Grande Valley sector FY2023: 338,340 (OHSS), 11 % above the figure
    ("The Rio Grande Valley sector recorded 300,000 apprehensions in fiscal 2023.", [("encounters_value", "contradicted")]),
    # a ratio of residents: Mexico 130,861,007 / Canada 41,288,599 = 3.17 (2024)
    ("Mexico is home to about 130 million people, more than three times Canada's population.",
     [("population", "supported"), ("trade_ratio", "supported")]),
    # "sold … and bought N times as much": imports over exports (Vietnam 2024, $136.50 bn / $13.04 bn = 10.46)
    ("The U.S. sold about $13 billion of goods to Vietnam in 2024 and bought more than eleven times as much.",
     [("trade_value", "supported"), ("trade_ratio", "contradicted")]),
    # value added growing between two years: Mexico's in U.S. exports, $10.69 bn (2005) to $23.90 bn (2011),
    # 2.24-fold; 1995 Mexico $3.82 bn vs China $2.00 bn (1.91), of "what America exports"
    ("Mexican value added embedded in what America exports more than doubled between 2005 and 2011; back in 1995 it "
     "was nearly twice China's.", [("va_share", "supported"), ("va_ratio", "supported")]),
    # "what Mexico shipped north" is U.S. imports from Mexico: U.S. value added 11.76% (2011), China 2.63% (4.47×)
    ("In 2011, U.S. content made up about 12% of what Mexico shipped north, roughly four and a half times the share "
     "in Chinese goods.", [("va_share", "supported"), ("va_ratio", "supported")]),
    # "Not since September 2020 … as low as": Border Patrol southwest July 2024 56,400, lowest since September 2020
    ("Not since September 2020 had Border Patrol apprehensions at the southwest border been as low as they were in "
     "July 2024.", [("lowest_since", "supported")]),
    # "through August": Border Patrol southwest October 2024 – August 2025, 229,183
    ("Border Patrol apprehensions at the southwest border in FY2025 came to just shy of 230,000 through August.",
     [("encounters_value", "supported")]),
    # "the following year": a year after the one named (nationwide Border Patrol FY1954 1,028,246 → FY1955
    # 225,186, -78.1%)
    ("In 1954 apprehensions exceeded one million for the first time. The following year they plunged by more than "
     "80%.", [("encounters_value", "supported"), ("encounters_change", "contradicted")]),
    # a seizure peak among the whole fiscal years loaded (FY2019–): cocaine FY2019 101,140.2 lb > FY2021
    # 97,637.5 lb; fentanyl FY2023 27,022.9 lb the highest, FY2024 21,889.2 lb (-19.0%)
    ("Cocaine seizures peaked in FY2021.", [("seizures_record", "contradicted")]),
    ("CBP's fentanyl haul hit a high in fiscal 2023, then fell by a quarter the next year.",
     [("seizures_record", "supported"), ("seizures_change", "contradicted")]),
]


@pytest.fixture(scope="module")
def checker(built_home):
    import os
    from unittest import mock

    from tradecheck.claims import Checker

    with mock.patch.dict(os.environ, {"TRADECHECK_HOME": str(built_home)}), Checker() as c:
        yield c


def test_a_conjunction_between_two_kinds_of_figure_gives_each_claim_its_own_words(checker):
    # 2024: exports to Vietnam $13.04 bn, imports $136.50 bn (10.47 times): the value and the multiple each keep their side
    report = checker.check("The U.S. sold about $13 billion of goods to Vietnam in 2024 and bought more than eleven times "
                           "as much.")
    assert [(c.claim.kind, c.claim.text, c.verdict) for c in report.claims] == [
        ("trade_value", "The U.S. sold about $13 billion of goods to Vietnam in 2024", "supported"),
        ("trade_ratio", "bought more than eleven times as much", "contradicted")]


@pytest.mark.parametrize("text, expected", FRAMES, ids=[f[0][:40] for f in FRAMES])
def test_frame(checker, text, expected):
    report = checker.check(text)
    got = [(c.claim.kind, c.verdict) for c in report.claims]
    assert got == expected, [(c.claim.text, c.claim.kind, c.verdict, c.official) for c in report.claims]


def test_a_peak_is_read_as_title_8_apprehensions_and_as_encounters(checker):
    # nationwide Border Patrol: Title 8 peak FY1986 (1,692,544); with Title 42, FY2022 (2,214,650)
    (result,) = checker.check("Nationwide Border Patrol apprehensions peaked in fiscal 1986.").claims
    assert result.claim.kind == "encounters_record"
    assert result.verdict == "depends"
    assert [r.verdict for r in result.readings] == ["supported", "contradicted"]


def test_a_text_that_dates_itself_is_also_checked_as_of_that_date(checker):
    # exports to Mexico 2022: $324.38 bn in the FT-900 of March 2023, revised since (close today)
    report = checker.check("Written in March 2023: Mexico bought $324.4 billion in U.S. goods in 2022.")
    assert report.as_of.isoformat() == "2023-04-01"
    (result,) = report.claims
    assert result.verdict == "close"
    assert result.notes and "2023-04-01: supported" in result.notes[0]
    assert checker.check("Mexico bought $324.4 billion in U.S. goods in 2022.").as_of is None


def test_a_first_time_already_true_before_names_the_earlier_period(checker):
    # OFO ahead of the Border Patrol at the southwest border: January 2025 (32,341 vs 29,107), but already in
    # December 2024 (48,713 vs 47,324), the month before
    report = checker.check("In January 2025, OFO's encounters at the southwest ports outnumbered Border Patrol's for "
                           "the first time.")
    first = next(c for c in report.claims if c.claim.kind == "first_compare")
    assert (first.claim.text, first.verdict) == ("for the first time", "contradicted")
    assert first.correction == ("Field Operations' southwest border encounters exceeded Border Patrol's in January "
                                "2025, but also in December 2024 (48,713 vs 47,324).")
