"""Scoring the checker against a labelled TSV: matching, figures by hand, clean refusals."""

from __future__ import annotations

import pytest

from tradecheck.claims import Checker
from tradecheck.claims.evaluate import HEADER, evaluate, read_labels
from tradecheck.errors import InputError

BOUGHT = "In 2024, Mexico bought $335 billion in U.S. goods."        # one claim: close ($334.0 bn)
PER_CAPITA = "Chinese consumers spend just $100 on U.S. goods per capita."   # one claim: supported
NO_CLAIM = "The USMCA review is scheduled for July 2026."             # no claim
NOT_STATISTICAL = "Working with Mexico isn't just smart policy, it's the America-first choice."
BOTH = f"{BOUGHT} {PER_CAPITA}"                                       # two claims


def write(tmp_path, rows):
    path = tmp_path / "labels.tsv"
    path.write_text("\n".join(["\t".join(HEADER)] + ["\t".join(r) for r in rows]) + "\n", encoding="utf-8")
    return path


class Counting:
    """A real checker that counts its calls."""

    def __init__(self):
        self.inner, self.texts = Checker(), []

    def check(self, text):
        self.texts.append(text)
        return self.inner.check(text)


LABELS = [
    ("h001", BOUGHT, "Mexico bought $335 billion", "close", "$334.0 billion", ""),
    # the two-claim text: one label right, one deliberately wrong (the checker says close)
    ("h002a", BOTH, "$335 billion in U.S. goods", "supported", "", "wrong on purpose"),
    ("h002b", BOTH, "spend just $100", "supported", "$102 per person", ""),
    ("h003", NO_CLAIM, "", "none", "", ""),
    # labelled 'none', but the checker finds a claim: a false positive
    ("h004", PER_CAPITA, "", "none", "", ""),
    # labelled a claim the checker does not extract: a miss
    ("h005", NOT_STATISTICAL, "smart policy", "no_data", "", ""),
]


def test_figures_derived_by_hand(real_home, tmp_path):
    checker = Counting()
    try:
        result = evaluate(write(tmp_path, LABELS), checker)
    finally:
        checker.inner.close()
    # each distinct text is checked once (h002a and h002b share theirs)
    assert sorted(checker.texts) == sorted({r[1] for r in LABELS})
    # labelled claims: h001, h002a, h002b, h005; found: all but h005
    assert (result.labelled, result.found) == (4, 3) and result.recall == 3 / 4
    # predicted: 1 (h001) + 2 (h002) + 0 (h003) + 1 (h004, spurious) + 0 (h005)
    assert result.predicted == 4 and result.precision == 3 / 4
    # h001 close = close, h002a supported != close, h002b supported = supported
    assert result.correct == 2 and result.accuracy == 2 / 3
    assert result.confusion["close"]["close"] == 1
    assert result.confusion["supported"] == {"supported": 1, "close": 1, "contradicted": 0,
                                             "depends": 0, "no_data": 0}
    assert sum(sum(row.values()) for row in result.confusion.values()) == result.found
    errors = {(e.id, e.kind): e for e in result.errors}
    assert set(errors) == {("h002a", "verdict"), ("h004", "spurious"), ("h005", "missed")}
    wrong = errors["h002a", "verdict"]
    assert (wrong.expected, wrong.predicted, wrong.official) == ("supported", "close",
                                                                 "$334.03 billion")
    assert errors["h004", "spurious"].predicted == "supported"
    assert errors["h005", "missed"].predicted is None
    assert result.data_errors == []

    data = result.to_dict()
    assert data["recall"] == 0.75 and data["precision"] == 0.75 and data["errors"][0]["id"]
    text = result.render()
    assert "75.0%" in text and "66.7%" in text and "h002a" in text and "not found" in text


def test_one_predicted_claim_matches_one_label_greedily_by_overlap(real_home, tmp_path):
    # both labels overlap the single predicted claim (the whole clause); the longer overlap wins
    result = evaluate(write(tmp_path, [
        ("a", BOUGHT, "Mexico bought", "close", "", ""),
        ("b", BOUGHT, "$335 billion in U.S. goods", "close", "", ""),
    ]))
    assert (result.labelled, result.found, result.predicted) == (2, 1, 1)
    assert [(e.id, e.kind) for e in result.errors] == [("a", "missed")]


def test_claims_over_the_same_words_go_to_the_label_holding_their_figure(real_home, tmp_path):
    # a record and a count read over the same words (Border Patrol nationwide FY2000: 1,676,438, below FY1986's
    # 1,692,544): each label gets the claim whose own figure it holds, the count "1.68 million", the record the other
    text = "In fiscal 2000, Border Patrol apprehensions nationwide reached a record 1.68 million."
    result = evaluate(write(tmp_path, [
        ("r", text, "a record", "contradicted", "", ""),
        ("v", text, "1.68 million", "supported", "", ""),
    ]))
    assert (result.labelled, result.found, result.correct) == (2, 2, 2), result.errors


def test_a_label_not_in_its_text_is_a_data_error_not_a_crash(real_home, tmp_path):
    result = evaluate(write(tmp_path, [
        ("ok", BOUGHT, "$335 billion", "close", "", ""),
        ("typo", PER_CAPITA, "spend just $1000", "supported", "", ""),
    ]))
    assert [(d.id, d.line) for d in result.data_errors] == [("typo", 3)]
    assert "not a substring" in result.data_errors[0].message
    # the unlocated row is left out, and so is the prediction it may have stood for
    assert (result.labelled, result.found, result.predicted, result.unscored) == (1, 1, 1, 1)
    assert result.recall == result.precision == result.accuracy == 1.0
    assert "not scored" in result.render()


def test_trailing_empty_fields_may_be_dropped(tmp_path):
    path = tmp_path / "labels.tsv"
    path.write_text("\t".join(HEADER) + f"\nx\t{NO_CLAIM}\t\tnone\n", encoding="utf-8")
    [row] = read_labels(path)
    assert (row.id, row.verdict, row.official, row.note, row.line) == ("x", "none", "", "", 2)


@pytest.mark.parametrize("content, expected", [
    (b"id,text,claim,verdict,official,note\n", "comma-separated"),
    (b"id\ttext\tclaim\tverdict\n", "has the header ['id', 'text', 'claim', 'verdict']"),
    (b"", "is empty"),
    (b"\x00\x01\x02binary", "looks binary"),
    (b"id\ttext\tclaim\tverdict\tofficial\tnote\nx\tMexico\xe9\t\tnone\t\t\n", "not UTF-8"),
    (b"id\ttext\tclaim\tverdict\tofficial\tnote\nx\tt\tc\tsuported\t\t\n", "unknown verdict 'suported'"),
    (b"id\ttext\tclaim\tverdict\tofficial\tnote\nx\tt\tc\tnone\t\t\n", "verdict 'none' but a claim"),
    (b"id\ttext\tclaim\tverdict\tofficial\tnote\nx\tt\t\tclose\t\t\n", "an empty claim"),
    (b"id\ttext\tclaim\tverdict\tofficial\tnote\nx\tt\t\tnone\t\t\nx\tu\t\tnone\t\t\n",
     "repeats the id of line 2"),
    (b"id\ttext\tclaim\tverdict\tofficial\tnote\nx\tt\tc\tclose\t\t\tbad\n", "7 tab-separated"),
])
def test_bad_files_are_refused_with_a_clear_message(tmp_path, content, expected):
    path = tmp_path / "labels.tsv"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        evaluate(path)   # refused before any warehouse is opened (the test home is empty)
    message = str(info.value)
    assert expected in message and str(path) in message
    if not content.startswith(b"id\ttext\tclaim\tverdict\tofficial\tnote\n"):
        assert "id\\ttext\\tclaim\\tverdict\\tofficial\\tnote" in message


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(InputError, match="does not exist.*id\\\\ttext"):
        evaluate(tmp_path / "nowhere.tsv")
