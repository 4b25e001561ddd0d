"""Regular expressions compiled once per machine rather than once per process.

The claim reader holds about 500 patterns, some of them long alternations of words, and Python's
:mod:`re` spends about 0.6 s parsing and compiling them in each new process: a third of a cold
``tradecheck check``. This module is a drop-in for the part of :mod:`re` the claims modules use
(``from . import recache as re``). It compiles a pattern as :mod:`re` does, keeps it for the process,
and also keeps the compiled program on disk (``cache/derived`` of the tradecheck home), so the next
process rebuilds the pattern from its program without parsing it.

The disk store is keyed by everything the program depends on: the pattern's text and flags, and the
interpreter (implementation, version and the regular-expression engine's magic number). Its file is
named by the claim reader's code too (a digest of its modules), so that editing or upgrading the code
starts a new store and the process that writes it removes the old one: programs of patterns no code
defines any more are not carried along, nor read at every start. Building a
pattern from a stored program goes through the engine's own constructor, which validates the program;
anything wrong with the store (missing, unreadable, another interpreter's, an entry the engine refuses)
only means compiling afresh. On an interpreter without the internals this needs, every pattern is
simply compiled by :func:`re.compile`.

**Gates.** Most patterns are long case-insensitive alternations that the engine tries at every
position of a sentence, and most sentences hold none of their words: "encounters?|apprehen…|
crossings?|…" costs about 0.2 ms on a sentence about trade. When the pattern is parsed, this module
also works out a few strings of which any match must contain one ("encounter", "apprehen", "crossing",
…, folded to lower case); the pattern it gives is then a :class:`Gated` one, which looks for those
strings in the lower-cased text (a plain substring search) and runs the engine only when one is there.
The answer is the engine's in every case: the gate only skips searches that cannot match.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import marshal
import os
import re
import sys
import tempfile
from array import array
from pathlib import Path
from re import IGNORECASE, Match, Pattern, I, escape

from .. import settings

try:  # CPython's engine internals, as re.compile itself uses them (Python 3.11 to 3.13)
    import _sre
    from re import _compiler, _parser
    from re._constants import (AT, ATOMIC_GROUP, BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT,
                               POSSESSIVE_REPEAT, SUBPATTERN)

    _CODE = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)
    _ENGINE = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
except (ImportError, AttributeError, StopIteration):  # pragma: no cover - another interpreter
    _ENGINE = None

__all__ = ["compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "split",
           "escape", "trie", "Match", "Pattern", "I", "IGNORECASE", "Store", "store_path"]

#: A stored program: (flags as compiled, the program's words as bytes, groups, group index, index group,
#: the gate's strings).
Entry = tuple[int, bytes, int, dict, tuple, tuple]
#: Past this many stored programs (patterns edited over many versions), the store keeps only those
#: this process used.
MAX_STORED = 5000

_patterns: dict[tuple[str, int], re.Pattern | Gated] = {}
_store: Store | None = None   # opened on the first pattern compiled


def store_path() -> Path | None:
    """The file holding this interpreter's compiled programs for this code, or ``None`` where there is none."""
    if _ENGINE is None:
        return None
    return settings.cache_dir() / "derived" / f"regex-{_ENGINE}-{_code_digest()}.marshal"


def _code_digest() -> str:
    """A digest of the claim reader's modules, whose patterns the store keeps: their names, sizes and times of
    change, as Python's own bytecode cache tells a changed source (their version where they cannot be read)."""
    digest = hashlib.blake2b(digest_size=6)
    try:
        for module in sorted(Path(__file__).parent.glob("*.py")):
            info = module.stat()
            digest.update(f"{module.name}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())
    except OSError:
        from .. import __version__
        return f"v{__version__}"
    return digest.hexdigest()


def compile(pattern: str | re.Pattern | Gated, flags: int = 0) -> re.Pattern | Gated:
    """The compiled ``pattern``, as :func:`re.compile` makes it (behind its gate, when it has one)."""
    global _store
    if isinstance(pattern, (re.Pattern, Gated)):
        return pattern
    key = (pattern, int(flags))
    try:
        return _patterns[key]
    except KeyError:
        pass
    if _ENGINE is None:
        compiled = re.compile(pattern, flags)
    else:
        if _store is None:
            _store = Store(store_path())
            atexit.register(_store.save)
        compiled = _store.pattern(*key)
    _patterns[key] = compiled
    return compiled


def search(pattern, string: str, flags: int = 0) -> re.Match | None:
    return compile(pattern, flags).search(string)


def match(pattern, string: str, flags: int = 0) -> re.Match | None:
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string: str, flags: int = 0) -> re.Match | None:
    return compile(pattern, flags).fullmatch(string)


def finditer(pattern, string: str, flags: int = 0):
    return compile(pattern, flags).finditer(string)


def findall(pattern, string: str, flags: int = 0) -> list:
    return compile(pattern, flags).findall(string)


def sub(pattern, repl, string: str, count: int = 0, flags: int = 0) -> str:
    return compile(pattern, flags).sub(repl, string, count)


def split(pattern, string: str, maxsplit: int = 0, flags: int = 0) -> list:
    return compile(pattern, flags).split(string, maxsplit)


def trie(words) -> str:
    """An alternation of ``words`` as a prefix tree: "a(?:bout|lmost)" for "about" and "almost".

    It matches as the longest-first list of the words does (those matching at one place are
    prefixes of each other, and a longer branch is tried before its end), but fails at a place in
    a step or two instead of trying every word there.
    """
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict) -> str:
        ways = [re.escape(ch) + branch(child) for ch, child in sorted(node.items()) if ch]
        if not ways:
            return ""
        body = ways[0] if len(ways) == 1 else "(?:" + "|".join(ways) + ")"
        return f"(?:{body})?" if "" in node else body

    return branch(tree)


# -- gates ------------------------------------------------------------------------------------------

class Gated:
    """A compiled pattern with its gate: the strings (lower case) of which any match holds one.
    Searching a text that holds none of them answers at once, as the engine would; otherwise the
    engine searches. Everything else is the pattern's own (its text, flags, groups, equality).

    A match's ``re`` is the engine's pattern, not this one: compare it with ``==``
    (``m.re == _EXCEED``), which holds for both, not with ``is``."""

    __slots__ = ("compiled", "needs")

    def __init__(self, compiled: re.Pattern, needs: tuple[str, ...]):
        self.compiled = compiled
        self.needs = needs

    def _shut(self, string: str) -> bool:
        low = _lowered(string)
        for need in self.needs:
            if need in low:
                return False
        return True

    def search(self, string: str, *bounds) -> re.Match | None:
        return None if self._shut(string) else self.compiled.search(string, *bounds)

    def match(self, string: str, *bounds) -> re.Match | None:
        return None if self._shut(string) else self.compiled.match(string, *bounds)

    def fullmatch(self, string: str, *bounds) -> re.Match | None:
        return None if self._shut(string) else self.compiled.fullmatch(string, *bounds)

    def finditer(self, string: str, *bounds):
        return iter(()) if self._shut(string) else self.compiled.finditer(string, *bounds)

    def findall(self, string: str, *bounds) -> list:
        return [] if self._shut(string) else self.compiled.findall(string, *bounds)

    def sub(self, repl, string: str, count: int = 0) -> str:
        return string if self._shut(string) else self.compiled.sub(repl, string, count)

    def subn(self, repl, string: str, count: int = 0) -> tuple[str, int]:
        return (string, 0) if self._shut(string) else self.compiled.subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list:
        return [string] if self._shut(string) else self.compiled.split(string, maxsplit)

    def __getattr__(self, name: str):   # pattern, flags, groups, groupindex, scanner
        if name in Gated.__slots__:     # not set yet (a copy being made)
            raise AttributeError(name)
        return getattr(self.compiled, name)

    def __eq__(self, other) -> bool:
        return self.compiled == (other.compiled if isinstance(other, Gated) else other)

    def __hash__(self) -> int:
        return hash(self.compiled)

    def __repr__(self) -> str:
        return f"Gated({self.compiled!r}, needs={self.needs!r})"


#: The characters outside ASCII that a case-insensitive pattern matches with an ASCII letter but
#: that ``str.lower`` does not turn into it ("İ" lowers to two characters).
_FOLDS = {"İ": "i", "ı": "i", "ſ": "s"}
_FOLD = str.maketrans(_FOLDS)
_last: tuple[str, str] = ("", "")   # the last text lowered, and its lower case


def _lowered(string: str) -> str:
    """``string`` in lower case, each character in it that a pattern's ASCII letter can match
    turned into that letter. The claim reader runs many patterns on the same sentence in a row,
    so the last one is kept (as one pair, replaced whole: the web app's threads share it)."""
    global _last
    last = _last
    if string is last[0]:
        return last[1]
    low = string.lower()
    if not low.isascii() and any(c in string for c in _FOLDS):
        low = string.translate(_FOLD).lower()
    _last = (string, low)
    return low


def _gate(parsed) -> tuple[str, ...]:
    """The strings (lower case, ASCII) of which any match of the parsed pattern holds one, or
    ``()`` when no useful set is known. A set of single letters or digits (almost every text has
    one) is not worth checking."""
    needs = _needs(parsed)
    if not needs or "" in needs or all(len(n) == 1 and n.isalnum() for n in needs):
        return ()
    return tuple(sorted(needs))


def _needs(items) -> frozenset[str] | None:
    """Strings of which any match of the sequence ``items`` holds one: the strings a run of its
    literal parts spells ("s(?:old|ells)" spells "sold", "sells"), or the set one of its parts needs
    (an alternation: the union of what each alternative needs; a group; a repetition of at least
    once), whichever is the most selective."""
    best: frozenset[str] | None = None
    run: set[str] = set()

    def keep(found) -> None:
        nonlocal best
        if found and (best is None or _rank(found) > _rank(best)):
            best = frozenset(found)

    for op, av in items:
        if op is AT:               # \b, ^, $: no character of the text
            continue
        spelled = _spelled(op, av)
        if spelled is not None and len(run) * len(spelled) <= _MAX_SPELLED:
            run = {r + s for r in run for s in spelled} if run else set(spelled)
            continue
        keep(run)
        run = set()
        if op is SUBPATTERN:
            keep(_needs(av[-1]))
        elif op is ATOMIC_GROUP:
            keep(_needs(av))
        elif op is BRANCH:
            each = [_needs(alternative) for alternative in av[1]]
            if all(each):
                keep(frozenset().union(*each))
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and av[0] >= 1:
            keep(_needs(av[2]))
        # anything else (a wider class, a look-around, a back reference) needs nothing known
    keep(run)
    return best


#: The most strings a run of literal parts may spell before it is cut
_MAX_SPELLED = 64


def _spelled(op, av) -> list[str] | None:
    """The strings (lower case) one part matches when it is literal: a character, a class of a
    few characters ("[Ss]"), a group or an alternation of literals only; ``None`` otherwise."""
    if op is LITERAL:
        return [chr(av).lower()] if av < 128 else None
    if op is IN:
        if all(o is LITERAL and a < 128 for o, a in av):
            return sorted({chr(a).lower() for _, a in av})
        return None
    if op is SUBPATTERN:
        return _spelled_all(av[-1])
    if op is BRANCH:
        ways = [_spelled_all(alternative) for alternative in av[1]]
        if all(w is not None for w in ways):
            return sorted({w for way in ways for w in way})
    return None


def _spelled_all(items) -> list[str] | None:
    """The strings a whole sequence matches when all its parts are literal (zero-width anchors
    aside), if there are not too many."""
    out = [""]
    for op, av in items:
        if op is AT:
            continue
        spelled = _spelled(op, av)
        if spelled is None or len(out) * len(spelled) > _MAX_SPELLED:
            return None
        out = [o + s for o in out for s in spelled]
    return out


def _rank(needs: frozenset[str]) -> tuple[int, int]:
    """How selective a set is: its shortest string the longer, then the fewer strings, the better."""
    return min(map(len, needs)), -len(needs)


# -- the store ------------------------------------------------------------------------------------

class Store:
    """The compiled programs kept in one file: read when opened, written back by :meth:`save` when
    this process compiled a pattern the file did not have."""

    def __init__(self, path: Path):
        self.path = path
        self.entries = self._read()
        self.used: dict[tuple[str, int], Entry] = {}
        self.added = False

    def pattern(self, pattern: str, flags: int) -> re.Pattern | Gated:
        """``pattern`` built from its stored program, or compiled (and stored) when there is none
        or the engine refuses it."""
        key = (pattern, flags)
        entry = self.entries.get(key)
        if entry is not None:
            try:
                built = _build(pattern, entry)
            except (RuntimeError, TypeError, ValueError, OverflowError):  # refused: compile afresh
                pass
            else:
                self.used[key] = entry
                return built
        entry = self.used[key] = self.entries[key] = _program(pattern, flags)
        self.added = True
        return _build(pattern, entry)

    def save(self) -> None:
        """Write the file atomically (a temporary file, then a rename). A file that cannot be
        written is no error: the next process compiles again."""
        if not self.added:
            return
        self.added = False
        keep = self.entries if len(self.entries) <= MAX_STORED else self.used
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=self.path.name + ".", suffix=".tmp", dir=self.path.parent)
            try:
                with os.fdopen(fd, "wb") as out:
                    marshal.dump(keep, out)
                os.chmod(tmp, 0o644)  # mkstemp's 0o600 would hide it from others sharing the home
                os.replace(tmp, self.path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
            # (the stores of this interpreter for other code: an earlier version's, or one from before the
            # files were named by the code)
            for stale in self.path.parent.glob(f"regex-{_ENGINE}*.marshal") if _ENGINE else ():
                if stale != self.path:
                    with contextlib.suppress(OSError):
                        stale.unlink()

    def _read(self) -> dict[tuple[str, int], Entry]:
        try:
            with open(self.path, "rb") as f:
                entries = marshal.load(f)
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        return entries if isinstance(entries, dict) else {}


def _program(pattern: str, flags: int) -> Entry:
    """Parse and compile ``pattern`` to the engine's program, as ``re._compiler.compile`` does."""
    parsed = _parser.parse(pattern, flags)
    state = parsed.state
    indexgroup = [None] * state.groups
    for name, i in state.groupdict.items():
        indexgroup[i] = name
    code = array(_CODE, _compiler._code(parsed, flags)).tobytes()
    return (int(flags | state.flags), code, state.groups - 1, dict(state.groupdict), tuple(indexgroup),
            _gate(parsed))


def _build(pattern: str, entry: Entry) -> re.Pattern | Gated:
    flags, code, groups, groupindex, indexgroup, needs = entry
    if not (isinstance(needs, tuple) and all(isinstance(n, str) and n for n in needs)):
        raise TypeError("a stored gate that is not strings")
    compiled = _sre.compile(pattern, flags, array(_CODE, code).tolist(), groups, groupindex, indexgroup)
    return Gated(compiled, needs) if needs else compiled
