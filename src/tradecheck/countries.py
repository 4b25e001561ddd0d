"""The one country dimension: every code and name a publisher uses for a country or a group.

The reference table is ``tradecheck/data/countries.csv`` (curated by hand, not a publisher's file),
one row per country, territory, region, group or bucket, with columns:

``country_id``
    ISO3 for countries and territories (ISO 3166-3 codes for former ones: ``SUN``, ``YUG``,
    ``CSK``, ``SCG``, ``ANT``, ``NTZ``); an upper-case slug for everything else (``WORLD``,
    ``EU``, ``USMCA``, ``ROW``, ``OTHER``) and for places without an ISO3 code (``GAZA_STRIP``,
    ``WEST_BANK``, ``CHANNEL_ISLANDS``; Kosovo is ``XKX``, the code the World Bank and the EU use).
``name``, ``kind``
    common English name; ``country``, ``territory``, ``region`` (a geographic area),
    ``aggregate`` (a group, an income class, a total) or ``other`` (a bucket such as
    "Unknown", or a row that is not a partner, such as Census "Advanced Technology Products").
``iso3``, ``census_code``, ``wb_code``, ``wiod_code``, ``icio_code``
    the codes of each scheme; several codes are ``|``-separated, the current one first (Census
    ``7320|7321`` for Sudan before and after 2011; ICIO ``MEX|MX1|MX2``).
``aliases``, ``demonyms``
    ``|``-separated: every other spelling publishers use ("Korea, South", "Korea, Rep.",
    "CHINA, PEOPLES REPUBLIC OF") and common ones ("U.S.", "Holland"); "Mexican|Mexicans".

Census reuses two aggregate codes: the API's ``0021``/``0022`` are the Twenty Latin American
Republics and the OECD, while the FT-900 workbook uses them (from 2020) for USMCA imports for
consumption from Mexico/Canada. The ``census`` scheme follows the API; those FT-900 rows must be
reconciled by name ("USMCA with Mexico (Consump)" -> ``USMCA_MEX_CONSUMPTION``).
"""

from __future__ import annotations

import csv
import functools
import io
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

from tradecheck.errors import UnknownIdError

__all__ = [
    "Country",
    "normalise",
    "all_countries",
    "get",
    "resolve",
    "find",
    "code_rows",
    "group_rows",
    "CODE_SCHEMES",
    "NAME_SCHEMES",
]

CODE_SCHEMES = ("census", "iso3", "wb", "wiod", "icio")
NAME_SCHEMES = ("name", "alias", "demonym")

# Group membership (the groups' own rows are in countries.csv).
GROUPS: dict[str, tuple[str, ...]] = {
    "USMCA": ("USA", "MEX", "CAN"),
    # The 27 members from 2020-02-01, when the United Kingdom left the EU.
    "EU": ("AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC",
           "HUN", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK",
           "SVN", "ESP", "SWE"),
    # The 20 members from 2023-01-01, when Croatia adopted the euro.
    "EURO_AREA": ("AUT", "BEL", "HRV", "CYP", "EST", "FIN", "FRA", "DEU", "GRC", "IRL", "ITA",
                  "LVA", "LTU", "LUX", "MLT", "NLD", "PRT", "SVK", "SVN", "ESP"),
    # Members since Angola left on 2024-01-01 (Census's own OPEC rows end in 2018).
    "OPEC": ("DZA", "COG", "GNQ", "GAB", "IRN", "IRQ", "KWT", "LBY", "NGA", "SAU", "ARE", "VEN"),
    # The 10 members through 2024, the span of the Census data (Timor-Leste joined in October 2025).
    "ASEAN": ("BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"),
}


@dataclass(frozen=True, slots=True)
class Country:
    """One row of the country dimension (see the module docstring for the fields)."""

    country_id: str
    name: str
    kind: str
    iso3: str | None
    census_codes: tuple[str, ...]
    wb_code: str | None
    wiod_codes: tuple[str, ...]
    icio_codes: tuple[str, ...]
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]

    @property
    def census_code(self) -> str | None:
        """The current Census Schedule C code (or aggregate code), if any."""
        return self.census_codes[0] if self.census_codes else None


_DROP = re.compile(r"[.'\u2019`]")  # "U.S." -> "us", "People's" -> "peoples"
_SPACE = re.compile(r"[^0-9a-z]+")
_THE = re.compile(r"^the |\bthe$")


def normalise(text: str) -> str:
    """Return the form names are compared and stored in (schemes 'name', 'alias', 'demonym').

    Accents are dropped, case folded, ``&`` read as "and", periods and apostrophes removed, every
    other run of non-alphanumerics made one space, and a leading or trailing "the" dropped:
    "KOREA, SOUTH", "Korea, South" -> ``korea south``; "Bahamas, The" -> ``bahamas``;
    "Côte d'Ivoire" -> ``cote divoire``; "U.S." -> ``us``.
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _SPACE.sub(" ", _DROP.sub("", text.replace("&", " and "))).strip()
    return _THE.sub("", text).strip()


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part for part in cell.split("|") if part)


@dataclass(frozen=True, slots=True)
class _Dimension:
    countries: dict[str, Country]
    lookup: dict[str, str]  # normalised name or code -> country_id
    rows: list[tuple[str, str, str]]


def _code_key(code: str) -> str:
    return normalise(code) or code.strip()  # the Census total '-' has no letters


@functools.cache
def _load() -> _Dimension:
    text = resources.files("tradecheck").joinpath("data/countries.csv").read_text("utf-8")
    countries: dict[str, Country] = {}
    for row in csv.DictReader(io.StringIO(text)):
        c = Country(
            country_id=row["country_id"],
            name=row["name"],
            kind=row["kind"],
            iso3=row["iso3"] or None,
            census_codes=_split(row["census_code"]),
            wb_code=row["wb_code"] or None,
            wiod_codes=_split(row["wiod_code"]),
            icio_codes=_split(row["icio_code"]),
            aliases=_split(row["aliases"]),
            demonyms=_split(row["demonyms"]),
        )
        countries[c.country_id] = c

    rows: list[tuple[str, str, str]] = []
    for c in countries.values():
        cid = c.country_id
        rows += [("census", code, cid) for code in c.census_codes]
        rows += [("iso3", c.iso3, cid)] if c.iso3 else []
        rows += [("wb", c.wb_code, cid)] if c.wb_code else []
        rows += [("wiod", code, cid) for code in c.wiod_codes]
        rows += [("icio", code, cid) for code in c.icio_codes]
        names = dict.fromkeys(normalise(n) for n in (c.name, *c.aliases))
        rows += [("name", n, cid) for n in names]
        rows += [("alias", a, cid) for a in dict.fromkeys(normalise(a) for a in c.aliases)]
        rows += [("demonym", d, cid) for d in dict.fromkeys(normalise(d) for d in c.demonyms)]

    lookup: dict[str, str] = {}
    keyed = [(_code_key(cid), cid) for cid in countries]
    keyed += [(_code_key(code) if s in CODE_SCHEMES else code, cid) for s, code, cid in rows]
    for key, cid in keyed:
        if lookup.setdefault(key, cid) != cid:  # a curation error: fail loudly, not silently
            raise ValueError(f"countries.csv maps {key!r} to both {lookup[key]} and {cid}.")
    return _Dimension(countries, lookup, rows)


def all_countries() -> list[Country]:
    """Every row of the dimension, in the order of ``countries.csv``."""
    return list(_load().countries.values())


def get(country_id: str) -> Country:
    """Return the country with this exact ``country_id`` (case-insensitive).

    Raises:
        UnknownIdError: no such id; the message suggests the closest ids.
    """
    countries = _load().countries
    try:
        return countries[country_id.strip().upper()]
    except KeyError:
        raise UnknownIdError(
            "country id", country_id, countries, "Use resolve() to look up a name or code."
        ) from None


def resolve(text: str | int) -> Country:
    """Return the country a name, alias, demonym, id, ISO3, World Bank or Census code stands for.

    Matching ignores case, accents, spaces, punctuation and a leading "the": "mexico",
    "Mexicans", "the Netherlands", "KOREA, SOUTH", "U.S.", "2010" and "MEX" all resolve.

    Raises:
        UnknownIdError: nothing matches; the message offers "Did you mean …?".
    """
    found = find(text)
    if found is None:
        dim = _load()
        known = dict.fromkeys(n for c in dim.countries.values() for n in (c.name, *c.aliases))
        raise UnknownIdError(
            "country",
            str(text),
            known,
            "Give a country or group name, an ISO3 code or a Census code; "
            "tradecheck.countries.all_countries() lists them.",
        )
    return found


def find(text: str | int) -> Country | None:
    """Like :func:`resolve`, but ``None`` when nothing matches (no suggestions computed)."""
    dim = _load()
    cid = dim.lookup.get(_code_key(str(text)))
    return dim.countries[cid] if cid is not None else None


def code_rows() -> list[tuple[str, str, str]]:
    """Rows ``(scheme, code, country_id)`` for the warehouse table ``country_codes``.

    Codes of the schemes 'census', 'iso3', 'wb', 'wiod', 'icio' are stored exactly as the
    publisher writes them (Census '2010', '1XXX' and '-' for the total; WIOD 'RoW' and 'ROM';
    ICIO 'ROW', 'MX1'): join on the published code unchanged.
    Schemes 'name', 'alias', 'demonym' store :func:`normalise` d text: join on the normalised
    published name. 'name' holds every spelling (the common name and all aliases), so one join on
    it reconciles any publisher's name; 'alias' and 'demonym' hold those alone.
    """
    return list(_load().rows)


def group_rows() -> list[tuple[str, str]]:
    """Rows ``(group_id, country_id)`` for the warehouse table ``country_groups``."""
    return [(group, cid) for group, members in GROUPS.items() for cid in members]
