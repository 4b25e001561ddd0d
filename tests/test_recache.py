"""The store of compiled patterns (tradecheck.claims.recache): every pattern it gives is the one
re.compile makes, whether compiled afresh or rebuilt from the store, and a bad store only means
compiling again."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from unittest import mock

import pytest

from tradecheck.claims import Checker, read_text, recache
from tradecheck.claims.quantities import _AMOUNT, _WORD_COUNT

from conftest import ROOT

SEED = ROOT.parent / "shared" / "examples" / "seed-op-ed.txt"
#: Real patterns of the claim reader, long and short, with and without flags and named groups.
SAMPLE = [(_AMOUNT.pattern, 0), (_WORD_COUNT.pattern, 0), (r"(?i)\bnext\s+(?P<n>\d+)\b", 0),
          (r"per[- ]capita", int(re.IGNORECASE))]


def test_every_pattern_of_a_check_is_the_one_re_compile_makes(real_home):
    with Checker() as checker:
        report = checker.check(read_text(SEED))
    assert len(report.claims) == 18
    assert len(recache._patterns) > 300
    for (pattern, flags), compiled in recache._patterns.items():
        # Pattern equality compares the flags, the text and the compiled program word for word.
        assert compiled == re.compile(pattern, flags), pattern[:80]


def test_a_saved_store_rebuilds_patterns_without_parsing_them(tmp_path):
    path = tmp_path / "derived" / "regex.marshal"
    first = recache.Store(path)
    made = [first.pattern(p, f) for p, f in SAMPLE]
    first.save()
    assert path.is_file()

    second = recache.Store(path)
    with mock.patch.object(recache, "_program", side_effect=AssertionError("parsed again")):
        rebuilt = [second.pattern(p, f) for p, f in SAMPLE]
    assert rebuilt == made == [re.compile(p, f) for p, f in SAMPLE]
    assert [m.groupindex for m in rebuilt] == [re.compile(p, f).groupindex for p, f in SAMPLE]
    assert rebuilt[2].search("the next 10 partners")["n"] == "10"
    second.save()  # nothing new: the file is not rewritten
    assert not list(path.parent.glob("*.tmp"))


@pytest.mark.parametrize("content", [b"", b"\x00binary\xff" * 40, b"not marshal at all",
                                     "truncated", "refused"])
def test_a_bad_store_only_means_compiling_again(tmp_path, content):
    path = tmp_path / "regex.marshal"
    if content == "truncated":
        good = recache.Store(path)
        for p, f in SAMPLE:
            good.pattern(p, f)
        good.save()
        content = path.read_bytes()[: path.stat().st_size // 2]
    elif content == "refused":  # a program the engine's validator rejects
        content = marshal.dumps({(p, f): (f, b"\x07\x00\x00\x00" * 3, 0, {}, ()) for p, f in SAMPLE})
    path.write_bytes(content)

    store = recache.Store(path)
    assert [store.pattern(p, f) for p, f in SAMPLE] == [re.compile(p, f) for p, f in SAMPLE]
    store.save()
    assert recache.Store(path).entries.keys() == set(SAMPLE)


def test_an_unwritable_store_is_no_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    store = recache.Store(blocker / "derived" / "regex.marshal")
    assert store.pattern(*SAMPLE[0]) == re.compile(*SAMPLE[0])
    store.save()   # cannot create the folder: the next process compiles again
    assert blocker.read_text() == "not a folder"


def test_a_second_process_reads_what_the_first_stored(tmp_path):
    env = {**os.environ, "TRADECHECK_HOME": str(tmp_path / "home")}
    code = "import tradecheck.claims.extract, tradecheck.claims.interpret"
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=120)
    path, = (tmp_path / "home" / "cache" / "derived").glob("regex-*.marshal")
    stored = marshal.loads(path.read_bytes())
    assert len(stored) > 250 and (_AMOUNT.pattern, 0) in stored
    written = path.stat().st_mtime_ns
    # The second process finds every pattern it compiles in the store, so it writes nothing.
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=120)
    assert path.stat().st_mtime_ns == written


@pytest.mark.skipif(recache._ENGINE is None, reason="an interpreter without the engine's internals keeps no store")
def test_a_store_is_named_by_the_code_and_replaces_the_stores_of_other_code(tmp_path, monkeypatch):
    monkeypatch.setenv("TRADECHECK_HOME", str(tmp_path / "home"))
    path = recache.store_path()
    assert path.name == f"regex-{recache._ENGINE}-{recache._code_digest()}.marshal"
    # an earlier version's store, and one from before the files were named by the code
    stale = [path.with_name(f"regex-{recache._ENGINE}-0123456789ab.marshal"),
             path.with_name(f"regex-{recache._ENGINE}.marshal")]
    path.parent.mkdir(parents=True)
    for old in stale:
        old.write_bytes(marshal.dumps({("stale", 0): ()}))
    other_engine = path.with_name("regex-cpython-399-0-4.marshal")
    other_engine.write_bytes(b"another interpreter's")
    store = recache.Store(path)
    assert store.pattern(*SAMPLE[0]) == re.compile(*SAMPLE[0])
    store.save()
    assert set(marshal.loads(path.read_bytes())) == {SAMPLE[0]}
    assert not any(old.exists() for old in stale)
    assert other_engine.read_bytes() == b"another interpreter's"   # (kept: another interpreter may share the home)


# -- gates: the strings any match holds, checked before the engine runs ----------------------------

@pytest.mark.parametrize("pattern, needs", [
    (r"(?i)\bsold\b|\bsells\b", ("sells", "sold")),          # the parser writes this "s(?:old|ells)"
    (r"(?i)encounters?|apprehen(?:sions?|ded)\b", ("apprehen", "encounter")),
    (r"\b(?:out)?bought\b", ("bought",)),                     # an optional part is not needed
    (r"(?-i:\bUSBP\b|\bSWB\b)", ("swb", "usbp")),             # case-sensitive parts are lowered too
    (r"(?i)\bU\.S\.\s+(?:exports|imports)\b", ("exports", "imports")),
    (r"[Ss]ector\s+\d", ("sector",)),
    (r"(?i)per\s+capita", ("capita",)),
    (r"(foo|)bar", ("bar", "foobar")),                        # an empty alternative spells nothing
])
def test_a_gate_holds_the_strings_any_match_must_contain(pattern, needs):
    assert recache.Store(None).pattern(pattern, 0).needs == needs


@pytest.mark.parametrize("pattern", [r"\d+", r"(?i)\b(?:a|b)\b", r"foo|\d", r"(?:foo)?", r"x*y*",
                                     r"(?=foo)", r"(?:foo|)b?"])
def test_a_pattern_with_no_useful_gate_is_the_engine_s_own(pattern):
    assert isinstance(recache.Store(None).pattern(pattern, 0), re.Pattern)


def test_a_gated_pattern_answers_as_the_engine_does():
    gated = recache.compile(r"(?i)\b(?:exports?|imports?)\s+(?:to|from)\s+(?P<who>[A-Z]\w+)")
    plain = re.compile(gated.pattern)
    assert isinstance(gated, recache.Gated) and gated == plain and hash(gated) == hash(plain)
    for text in ("U.S. EXPORTS TO Mexico rose", "exports to Canada and imports from China", "no flow here", ""):
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert bool(gated.search(text)) == bool(plain.search(text))
        assert gated.sub("X", text) == plain.sub("X", text) and gated.split(text) == plain.split(text)
        assert gated.findall(text) == plain.findall(text) and gated.subn("X", text) == plain.subn("X", text)
    m = gated.search("Imports from Mexico")
    assert m["who"] == "Mexico" and m.re == gated and gated.groupindex == plain.groupindex


@pytest.mark.parametrize("text", ["İNVESTMENT", "ınvestment", "ſeized", "\u212aILOS", "Sé­ptimo: INVESTMENT"])
def test_letters_outside_ascii_that_the_engine_folds_do_not_shut_the_gate(text):
    # under IGNORECASE the engine matches "İ" and "ı" with "i", "ſ" with "s" and the Kelvin sign with "k"
    for pattern in (r"(?i)investment", r"(?i)seized", r"(?i)kilos"):
        gated, plain = recache.compile(pattern), re.compile(pattern)
        assert isinstance(gated, recache.Gated)
        assert bool(gated.search(text)) == bool(plain.search(text)), (pattern, text)


def test_no_gate_shuts_on_a_text_a_pattern_matches(real_home):
    """Every gated pattern a check uses, on every sentence of the seed op-ed and of two claim sets
    (English, Spanish): whenever the gate is shut, the engine finds nothing either."""
    texts = [*re.split(r"(?<=[.!?])\s+", read_text(SEED))]
    for name in ("dev.tsv", "fresh_dd.tsv"):
        lines = (ROOT / "tests" / "claims" / name).read_text(encoding="utf-8").splitlines()[1:]
        texts += [line.split("\t")[1] for line in lines]
    with Checker() as checker:
        checker.check(read_text(SEED))
    gated = [p for p in recache._patterns.values() if isinstance(p, recache.Gated)]
    assert len(gated) > 300 and len(texts) > 200
    shut = 0
    for pattern in gated:
        for text in texts:
            if pattern._shut(text):
                shut += 1
                assert pattern.compiled.search(text) is None, (pattern.pattern[:80], text)
    assert shut > len(gated) * len(texts) / 2   # most searches are skipped
