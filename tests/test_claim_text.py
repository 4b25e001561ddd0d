"""Quantities and time expressions in claim text (no warehouse needed)."""

from __future__ import annotations

import pytest

from tradecheck.claims.quantities import find_quantities
from tradecheck.claims.timeexpr import find_times
from tradecheck.indicators.periods import Period


@pytest.mark.parametrize("text, value, unit, hedge", [
    ("apprehensions topped two million", 2e6, "count", "over"),
    ("about half a million migrants", 5e5, "count", "about"),
    ("barely 1,200 pounds", 1200, "lb", "about"),
    ("Mexico buys half as much as Canada", 50.0, "%", "about"),
    # currencies, scales and hedges as newsrooms write them
    ("$334bn", 334e9, "USD", "exact"),
    ("USD 334 billion", 334e9, "USD", "exact"),
    ("334 billion U.S. dollars", 334e9, "USD", "exact"),
    ("three hundred thirty-four billion dollars", 334e9, "USD", "exact"),
    ("a third of a trillion dollars", 1e12 / 3, "USD", "exact"),
    ("$4,000-plus per person", 4000, "USD", "over"),
    ("90-plus percent", 90, "%", "over"),
    ("eighty per cent", 80, "%", "exact"),
    # a change of a share, in points
    ("fell 8.2 percentage points", 8.2, "pp", "exact"),
    ("down about 8 pp", 8, "pp", "about"),
    ("2.9M encounters", 2.9e6, "count", "exact"),
    ("better than $300 billion", 300e9, "USD", "over"),
    ("no fewer than 2 million", 2e6, "count", "at_least"),
    ("on the order of $300 billion", 300e9, "USD", "about"),
    ("a little less than $350 billion", 350e9, "USD", "nearly"),
    # spoken numbers (transcripts)
    ("about twenty-seven thousand pounds", 27000, "lb", "about"),
    ("about two hundred and forty thousand apprehensions", 240e3, "count", "about"),
    ("a hundred and thirty-one million", 131e6, "count", "exact"),
    ("about two thousand five hundred dollars a head", 2500, "USD", "about"),
    ("something like eighty-nine percent", 89, "%", "about"),
    ("near 160,000 pounds", 160e3, "lb", "nearly"),
    # social-media shorthand
    ("~47k encounters", 47e3, "count", "about"),
    ("250k+ a year earlier", 250e3, "count", "over"),
    ("c. 300,000 crossings", 300e3, "count", "about"),
    # shares in words
    ("nearly nine in ten migrants", 90, "%", "nearly"),
    ("one out of every five dollars", 20, "%", "about"),
    ("4 in 10 encounters", 40, "%", "about"),
    ("two-thirds of imports", 200 / 3, "%", "about"),
    ("a sixth of U.S. exports", 100 / 6, "%", "about"),
    # multiples in words
    ("twenty-five times more", 25, "ratio", "exact"),
    ("a tenfold rise", 10, "ratio", "exact"),
    ("cut in half", 0.5, "growth_multiple", "about"),
    ("fell by roughly a fifth by 2024", 20, "%", "about"),
    ("a trillion-dollar deficit", 1e12, "USD", "exact"),
    # U.S. tons are 2,000 lb, metric tons 1,000 kg
    ("12 tons of methamphetamine", 24000, "lb", "exact"),
    ("1.5 metric tons of cocaine", 1500, "kg", "exact"),
    # a bound denied is the other bound
    ("monthly encounters never exceeded 12,000", 12000, "count", "at_most"),
    ("exports haven't topped $300 billion", 300e9, "USD", "at_most"),
    ("seizures did not fall below 5,000 pounds", 5000, "lb", "at_least"),
    ("not less than 40%", 40, "%", "at_least"),
])
def test_word_quantities(text, value, unit, hedge):
    (q,) = find_quantities(text)
    assert (q.value, q.unit, q.hedge) == (value, unit, hedge)


def test_a_phone_number_is_no_quantity():
    assert find_quantities("call 1-800-555-0199 after the break, or (520) 555-0123") == []
    # … while two counts joined by a dash are a range
    assert [(q.value, q.upper, q.hedge) for q in find_quantities("1,500-2,000 migrants")] == [(1500, 2000, "between")]


def test_a_whole_multiple_in_digits_is_read_as_its_word():
    # "4x" allows 3.75 to 4.25, as "four times" does, not every ratio that rounds to 4
    (q,) = find_quantities("about 4x")
    (w,) = find_quantities("about four times")
    assert (q.value, q.unit, q.precision) == (w.value, w.unit, w.precision) == (4, "ratio", 0.5)


def test_a_range_told_by_a_dash():
    (q,) = find_quantities("$145-150 billion")
    assert (q.value, q.upper, q.unit, q.hedge) == (145e9, 150e9, "USD", "between")
    (q,) = find_quantities("fell 10–15% last year")
    assert (q.value, q.upper, q.unit) == (10, 15, "%")
    (q,) = find_quantities("a single 1,000-pound load")
    assert (q.value, q.unit) == (1000, "lb")


def test_a_round_count_in_millions_is_not_a_licence_for_a_wide_margin():
    (q,) = find_quantities("about 2 million encounters")
    assert q.precision <= 0.05 * 2e6


@pytest.mark.parametrize("text, kind, period", [
    ("in calendar 2024", "year", Period.year(2024)),
    ("in the early 1940s", "range", Period.range((1940, 1), (1943, 12))),
    ("in the 1990s", "range", Period.range((1990, 1), (1999, 12))),
    ("during the Biden administration", "range", Period.range((2021, 2), (2025, 1))),
    ("over the four fiscal years of the Biden administration", "range",
     Period.range((2020, 10), (2024, 9))),
    ("every year since 2019", "every_year", Period.range((2019, 1), None)),
    ("every year since FY2023", "every_year", Period.range((2022, 10), None)),
    ("since fiscal 2021", "since", Period.range((2020, 10), None)),
    ("in fiscal '19", "fy", Period.fiscal_year(2019)),
    ("in fiscal twenty-three", "fy", Period.fiscal_year(2023)),
    ("back in fiscal eighty-six", "fy", Period.fiscal_year(1986)),
    ("between FY2023 and FY2024", "range", Period.range((2022, 10), (2024, 9))),
    ("the twelve months to September 2024", "range", Period.range((2023, 10), (2024, 9))),
    ("the fiscal year that ended in September 2024", "fy", Period.fiscal_year(2024)),
    ("the first eight months of fiscal 2025", "range", Period.range((2024, 10), (2025, 5))),
    ("in the first six months of 2024", "range", Period.range((2024, 1), (2024, 6))),
    ("the third quarter of 2023", "range", Period.range((2023, 7), (2023, 9))),
    ("in Q1 2025", "range", Period.range((2025, 1), (2025, 3))),
    # years said in words
    ("in fiscal twenty twenty-three", "fy", Period.fiscal_year(2023)),
    ("back in fiscal nineteen eighty-six", "fy", Period.fiscal_year(1986)),
    ("of Mexico's exports in twenty eleven", "year", Period.year(2011)),
    ("the twenty twenty-one to twenty twenty-four monthly average", "range", Period.range((2021, 1), (2024, 12))),
    # months sharing one year; a span across the new year starts in the year before
    ("from February through December 2025", "range", Period.range((2025, 2), (2025, 12))),
    ("between May and July 2025", "range", Period.range((2025, 5), (2025, 7))),
    ("October–March 2025", "range", Period.range((2024, 10), (2025, 3))),
    ("the year before", "relative", None),
])
def test_time_expressions(text, kind, period):
    (t,) = find_times(text)
    assert (t.kind, t.period) == (kind, period)


def test_calendar_year_is_marked_and_relative_years_counted():
    (t,) = find_times("in calendar 2024")
    assert t.calendar
    (t,) = find_times("down from 8% a decade earlier")
    assert (t.kind, t.years) == ("relative", 10)
    (t,) = find_times("for five straight years")
    assert (t.kind, t.years) == ("every_year", 5)
    (t,) = find_times("for the third consecutive year")
    assert (t.kind, t.years) == ("every_year", 3)
    (t,) = find_times("for a second year in a row")
    assert (t.kind, t.years) == ("every_year", 2)


def test_a_period_in_words_is_no_share_and_a_lone_letter_no_scale():
    assert find_quantities("in the first half of 2025") == []
    assert find_quantities("a quarter century") == []
    assert [q.value for q in find_quantities("5 m")] == [5]


def test_markdown_marks_opening_a_line_are_not_sentence_text():
    from tradecheck.claims.extract import sentences

    text = "## Facts\n\n- Exports to Mexico: $334.0B\n1. Mexico was #2.\n> Quoted."
    assert [x.text for x in sentences(text)] == ["Facts", "Exports to Mexico: $334.0B", "Mexico was #2.",
                                                  "Quoted."]
    assert all(text[x.start:x.end] == x.text for x in sentences(text))
    labelled = "REP. SMITH: Is it true? Lowest since: Apprehensions fell."
    assert [(x.text, x.label) for x in sentences(labelled)] == [("REP. SMITH:", True), ("Is it true?", False),
                                                                ("Lowest since: Apprehensions fell.", False)]
    assert [x.text for x in sentences("Mexico: $334 billion")] == ["Mexico: $334 billion"]   # a partner, not a label
    inline = "• Imports (2024): $421.9 billion • Balance: –$62.0 billion"
    assert [x.text for x in sentences(inline)] == ["Imports (2024): $421.9 billion", "Balance: –$62.0 billion"]


def test_a_lower_case_post_is_split_at_its_stops_but_not_after_an_abbreviation():
    from tradecheck.claims.extract import sentences

    post = "been running the bridge since 2015. back then it was slow lol. now its busy"
    assert [x.text for x in sentences(post)] == ["been running the bridge since 2015.", "back then it was slow lol.",
                                                 "now its busy"]
    assert [x.text for x in sentences("They seized 15 lb. of fentanyl at about 3 p.m. on the bridge.")] == [
        "They seized 15 lb. of fentanyl at about 3 p.m. on the bridge."]


def test_a_month_without_a_year_is_placed_by_the_text_or_left_to_the_data():
    import datetime as dt

    (t,) = find_times("encounters fell to 6,000 IN JUNE")
    assert (t.kind, t.period, t.month) == ("bare_month", None, 6)
    (t,) = find_times("encounters fell to 6,000 in June", 0, dt.date(2025, 7, 16))
    assert t.period == Period.month(2025, 6)
    assert [x.text for x in find_times("in May and June 2025")] == ["June 2025"]


def test_partners_named_by_description_or_capital():
    from tradecheck.claims.entities import find_mentions

    ids = lambda t: [m.country_id for m in find_mentions(t)]  # noqa: E731
    assert ids("our southern neighbor") == ["MEX"]
    assert ids("Beijing bought less") == ["CHN"]
    assert ids("our USMCA partners bought") == ["MEX", "CAN"]
    assert ids("Korea and North Korea") == ["KOR", "PRK"]


def test_last_year_needs_the_date_the_text_was_written():
    import datetime as dt

    # undated, it is the latest data, and no year named nearby stands in for it
    (t,) = find_times("Last year, Mexico bought more.")
    assert (t.kind, t.period) == ("latest", None)
    (t,) = find_times("Last year, Mexico bought more.", 0, dt.date(2025, 3, 13))
    assert (t.kind, t.period) == ("year", Period.year(2024))
    (t,) = find_times("this fiscal year", 0, dt.date(2025, 11, 2))
    assert t.period == Period.fiscal_year(2026)


def test_the_date_a_text_gives_itself():
    import datetime as dt

    from tradecheck.claims.timeexpr import text_date

    today = dt.date(2026, 1, 1)
    assert text_date("As of June 2025, encounters fell.", today) == dt.date(2025, 7, 1)
    assert text_date("Updated 15 May 2024.", today) == dt.date(2024, 5, 16)
    assert text_date("Written in December 2024.", today) == dt.date(2025, 1, 1)
    assert text_date("As of June 2030, …", today) is None
    assert text_date("Mexico bought $334 billion in 2024.", today) is None
    # a dateline, but not a heading about a month
    assert text_date("WASHINGTON, March 12, 2025 — Mexico bought more.", today) == dt.date(2025, 3, 13)
    assert text_date("(Ottawa, 3 June 2024): Canada bought more.", today) == dt.date(2024, 6, 4)
    assert text_date("June 2025: encounters fell again.", today) is None


def test_a_pipe_table_is_found_with_its_caption_and_cell_offsets():
    from tradecheck.claims.tables import find_tables

    text = ("Intro line.\n\nU.S. goods exports, 2024:\n\n| Partner | Exports ($bn) |\n|:--|--:|\n"
            "| Canada | 349.9 |\n| Mexico | 334.0 |\n\nAfter | the table, a pipe in prose.\n")
    (table,) = find_tables(text)
    assert table.caption == "U.S. goods exports, 2024:"
    assert [c.text for c in table.header] == ["Partner", "Exports ($bn)"]
    assert [[text[c.start:c.end] for c in row] for row in table.rows] == [["Canada", "349.9"], ["Mexico", "334.0"]]
    assert text[table.start:table.end].endswith("| Mexico | 334.0 |")
    # without a separator line of dashes, lines with pipes are not a table
    assert find_tables("| a | b |\n| c | d |\n") == []



def test_a_table_written_on_one_line_gets_its_line_breaks_back():
    from tradecheck.claims.tables import find_tables, unfold

    text = ("SW border, by year: | Fiscal year | Encounters | |---|---| | FY2022 | 2.38 million | "
            "| FY2023 | 2.48 million | and a sentence after it.")
    told = unfold(text)
    assert len(told) == len(text)
    assert told.splitlines() == ["SW border, by year:", "| Fiscal year | Encounters |", "|---|---|",
                                 "| FY2022 | 2.38 million |", "| FY2023 | 2.48 million |", "and a sentence after it."]
    (table,) = find_tables(told)
    assert table.caption == "SW border, by year:"
    assert [[text[c.start:c.end] for c in row] for row in table.rows] == [["FY2022", "2.38 million"],
                                                                          ["FY2023", "2.48 million"]]
    # pipes in prose with no separator of dashes are left alone
    assert unfold("a | b | | c | d |") == "a | b | | c | d |"

def test_a_range_is_one_quantity_judged_on_both_ends():
    from tradecheck.claims.verdict import judge

    (q,) = find_quantities("imported between $145 billion and $150 billion of goods")
    assert (q.value, q.upper, q.hedge, q.text) == (145e9, 150e9, "between", "between $145 billion and $150 billion")
    (scaled,) = find_quantities("between 2 and 3 million migrants")
    assert (scaled.value, scaled.upper) == (2e6, 3e6)
    assert [x.value for x in find_quantities("rose from $145 billion to $150 billion")] == [145e9, 150e9]
    assert judge(q, 148.37e9).verdict == "supported"
    assert judge(q, 152e9).verdict == "close"        # 1.3 % above the top end
    assert judge(q, 160e9).verdict == "contradicted"


def test_a_spanish_sentence_is_read_in_english_and_its_claims_keep_the_spanish_words():
    from tradecheck.claims.extract import extract
    from tradecheck.claims.spanish import as_english, is_spanish

    text = "En 2023 CBP decomisó casi 27,000 libras de fentanilo en el año fiscal; junio de 2025 fue otra historia."
    told, back = as_english(text)
    assert told.startswith("in 2023 CBP seized nearly 27,000 pounds of fentanyl in the fiscal year")
    assert "June 2025" in told
    # an offset inside words read otherwise goes to their start, or their end for the end of a span
    assert back(told.index("seized") + 2) == text.index("decomisó")
    assert back(told.index("pounds") + len("pounds"), True) == text.index("libras") + len("libras")
    [claim] = extract(text)
    assert (claim.kind, claim.quantity.value, claim.quantity.unit, claim.quantity.hedge) == ("seizures", 27000, "lb",
                                                                                           "nearly")
    assert claim.text == text[claim.start:claim.end] and "CBP decomisó casi 27,000 libras de fentanilo" in claim.text
    assert claim.period.label == "2023"
    assert text[claim.quantity.start:claim.quantity.end] == "casi 27,000 libras"
    # a Spanish name in an English sentence does not make it Spanish; English words in a Spanish sentence stay
    assert not is_spanish("According to the Secretaría de Economía, exports grew 5.9% in the first half of 2025.")
    assert as_english("Las exportaciones de maíz fueron about a quarter del total en 2024.")[0] == \
        "The exports of corn were about a quarter of the total in 2024."


def test_numbers_that_name_are_no_figures():
    from tradecheck.claims.extract import extract

    # a regulation's section ("8 CFR 214.6"), pages, and a year before a visa's name ("2025 TN", not 2,025 trillion)
    assert extract("Under INA section 214(b) and 8 CFR 214.6, TN applicants must show nonimmigrant intent; see Part 3 "
                   "of our 2025 TN Guide, pp. 14-16.") == []
    assert [q.value for q in find_quantities("our 2025 TN Guide and 300 bn")] == [300e9]


def test_spanish_numbers_with_spaces_and_decimal_commas_and_a_note_marker():
    from tradecheck.claims.extract import extract
    from tradecheck.claims.spanish import as_english

    text = "En 2024 las importaciones desde China sumaron 438 740 millones de dólares, y desde México, 505,5 mil millones.[20]"
    assert as_english(text)[0].startswith("in 2024 the imports from China totaled 438,740 million dollars")
    assert "505.5 billion" in as_english(text)[0]
    # "1,089" stays a thousands comma, as Mexico writes it; "13,4 %" is a decimal comma
    assert "1,089,583" in as_english("La Patrulla Fronteriza realizó 1 089 583 detenciones en 1954.")[0]
    assert "13.4 %" in as_english("La participación de China cayó al 13,4 % en 2024.")[0]
    claims = extract(text)
    assert [c.quantity.value for c in claims] == [438.74e9, 505.5e9]
    # the claim's words stop at the figure, not at the reference's note marker after it
    assert claims[-1].text == "México, 505,5 mil millones"


def test_a_french_sentence_is_read_in_english_with_french_numbers_and_its_claims_keep_the_french_words():
    from tradecheck.claims.extract import extract
    from tradecheck.claims.french import as_english, is_french

    text = "Les exportations américaines vers le Mexique ont atteint 334,0 milliards $ US en 2024, 2,3 fois plus " \
           "que celles vers la Chine."
    told, back = as_english(text)
    assert told == "The U.S. exports to Mexico reached $334.0 billion in 2024, 2.3 times more than those to China."
    assert back(told.index("reached") + 3) == text.index("ont atteint")
    assert back(told.index("billion") + len("billion"), True) == text.index(" en 2024")
    # thousands parted by a space (no-break or thin too), "1,2 billion" a trillion, "G$" and "M$" the scale
    assert as_english("Au cours de l'exercice 2024, 2\u202f901\u00a0289 interceptions.")[0] == \
        "In fiscal year 2024, 2,901,289 encounters."
    assert as_english("Le commerce total a dépassé 1,2 billion de dollars, dont 412,7 G$ et 850 M$ CA.")[0] == \
        "The total trade topped $1.2 trillion, of which $412.7 billion and C$850 million."
    # "que" is "than" after a comparison and "that" otherwise; "plus de" is "more than" only before a figure
    assert as_english("Le Mexique achète plus de produits américains que la Chine.")[0] == \
        "Mexico buys more U.S. goods than China."
    assert as_english("Il dit que la Chine a exporté plus de 400 milliards $.")[0].endswith(
        "that China exported more than $400 billion.")
    trade, ratio = extract(text)
    assert (trade.kind, trade.quantity.value, trade.subjects) == ("trade_value", 334.0e9, ("MEX",))
    assert trade.text == text[trade.start:trade.end] and trade.text.startswith("Les exportations américaines")
    assert text[trade.quantity.start:trade.quantity.end] == "334,0 milliards $ US"
    assert (ratio.kind, ratio.quantity.value) == ("trade_ratio", 2.3)
    # French is told from Spanish and English by the words only French writes
    assert is_french(text) and not is_french("Las exportaciones de México a Estados Unidos crecieron en 2024.")
    assert not is_french("Exports to Mexico rose in 2024, per the Census Bureau's release.")
    # an English sentence in a French text keeps its words ("an" is not "year" there)
    assert as_english("Canada posted an increase, said Le Devoir.") is None


def test_spanish_pasa_de_is_a_level_passed_unless_a_change_runs_to_another_figure():
    from tradecheck.claims.spanish import as_english

    assert as_english("México ya pasa de 130 millones de habitantes.")[0].startswith("Mexico exceeds 130 million")
    # "pasaban de 300 mil millones a 334 mil millones": from one figure to the other, not "exceeds"
    told = as_english("Las exportaciones pasaban de 300 mil millones a 334 mil millones de dólares.")[0]
    assert "exceed" not in told and "from 300 billion to 334 billion" in told
