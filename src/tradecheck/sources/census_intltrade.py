"""U.S. trade in goods by partner, monthly, from the Census International Trade API.

One file per flow and year (``exports_hs/YYYY.json``, ``imports_hs/YYYY.json``): a JSON array whose
element 0 is the header ``CTY_CODE, CTY_NAME, ALL_VAL_MO | GEN_VAL_MO, YEAR, MONTH`` and whose other
elements are rows of strings, values in dollars. ``ALL_VAL_MO`` is total exports (domestic +
foreign), ``GEN_VAL_MO`` general imports. Rows include the total (code ``-``) and aggregates
(``0003`` EU, ``1XXX`` North America, ...); every row is loaded as published, aggregates included.

Why ``fetch`` is overridden: the catalogue names one address per year, but the API answers one month
per query, so the year file is assembled from twelve monthly answers into the mirror's layout.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .. import settings
from ..catalogue import FileSpec
from ..errors import CheckError, FetchError, LayoutError, ParseError
from .base import Check, Parsed, Source, ensure_text_file

__all__ = ["VALUE_COLUMNS", "CensusIntlTrade", "header_for", "partner_kind"]

#: The value variable of each flow, and the flow named by each mirror folder.
VALUE_COLUMNS = {"exports": "ALL_VAL_MO", "imports": "GEN_VAL_MO"}
FOLDER_FLOWS = {"exports_hs": "exports", "imports_hs": "imports"}
TOTAL_CODE = "-"


def header_for(flow: str) -> list[str]:
    """The header the API answers for ``flow`` (``'exports'`` or ``'imports'``)."""
    return ["CTY_CODE", "CTY_NAME", VALUE_COLUMNS[flow], "YEAR", "MONTH"]


def partner_kind(code: str) -> str:
    """Classify a Schedule C code: ``'total'``, ``'country'``, ``'unallocated'`` or ``'aggregate'``.

    Countries are the 4-digit codes 1000-7999. Codes 8000-9999 (8220 "unidentified countries",
    published with a blank name) are not countries but are part of the total: without them the
    country rows of exports 2013, 2014 and 2016 fall short of the total by up to $72.7 million.
    Codes below 1000 (``0003`` EU ...) and ``NXXX`` (continents) are aggregates of countries.
    """
    if code == TOTAL_CODE:
        return "total"
    if len(code) == 4 and code.isdigit():
        number = int(code)
        if 1000 <= number <= 7999:
            return "country"
        if number >= 8000:
            return "unallocated"
    return "aggregate"


class CensusIntlTrade(Source):
    id = "census_intltrade"

    # -- fetch ------------------------------------------------------------------------------------
    def fetch(self, fetcher, root: Path) -> None:
        """Assemble each year file from the API's twelve monthly answers, header once.

        A year whose cached file still matches its checksum sidecar is skipped. A month the API
        answers empty (HTTP 204: not published yet) raises :class:`FetchError` and writes nothing
        for that year: the catalogue lists complete years only, and a partial file, once cached and
        verified, would never be completed by a later run.
        """
        key = settings.get("census_api_key")
        for spec in self.files():
            dest = root / spec.path
            if fetcher.cached(dest) is not None:
                continue
            year = _file_year(dest)
            if not spec.url or f"YEAR={year}" not in spec.url:
                raise FetchError(
                    f"The catalogue address of {spec.path} ({spec.url!r}) does not query "
                    f"YEAR={year}; fix the entry in catalogue.toml."
                )
            flow = FOLDER_FLOWS.get(dest.parent.name, _flow_of_url(spec.url))
            header = header_for(flow)
            rows: list[list[str]] = [header]
            for month in range(1, 13):
                url = f"{spec.url}&MONTH={month:02d}" + (f"&key={key}" if key else "")
                rows.extend(_month_rows(fetcher, url, spec.url, header, year, month))
            content = json.dumps(rows, separators=(",", ":")).encode("ascii")
            # Saved under the catalogue address: the sidecar never holds the key (the request
            # lines of the download log do, as net.py logs every address it asks).
            fetcher.save(spec.url, dest, content)

    # -- parse ------------------------------------------------------------------------------------
    def parse(self, path: Path, spec: FileSpec) -> Parsed:
        data = _load_array(path)
        header = data[0]
        folder_flow = FOLDER_FLOWS.get(path.parent.name)
        found_flow = next((f for f, c in VALUE_COLUMNS.items() if c in header), None)
        expected = header_for(folder_flow or found_flow or "exports")
        if header != expected:
            raise LayoutError(
                path, expected, [str(h) for h in header], where="array index 0 (header)"
            )
        flow, value_col = folder_flow or found_flow, expected[2]
        body = data[1:]
        if not body:
            raise ParseError(path, "the array holds the header but no rows", where="array index 1")
        if set(map(type, body)) != {list} or set(map(len, body)) != {5}:
            bad = next(i for i, r in enumerate(body, 1) if not isinstance(r, list) or len(r) != 5)
            raise ParseError(
                path,
                f"expected a row of 5 values like the header, found {data[bad]!r}",
                where=f"array index {bad}",
            )
        columns = list(zip(*body))
        try:
            arrays = [pa.array(c, pa.string()) for c in columns]
            if any(a.null_count for a in arrays):
                raise pa.ArrowInvalid("null value")
            codes, names, value_arr, year_arr, month_arr = arrays
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            bad = next(i for i, r in enumerate(body, 1) if not all(isinstance(v, str) for v in r))
            raise ParseError(
                path,
                f"every value should be a string, as the API answers, found {data[bad]!r}",
                where=f"array index {bad}",
            ) from None
        checks = [Check("header", "pass", f"header {expected} ({flow})")]

        digits = pc.match_substring_regex(value_arr, r"^[0-9]+$")
        if not pc.all(digits).as_py():
            i = pc.index(digits, False).as_py()
            raise ParseError(
                path,
                f"{value_col} should be a non-negative whole number of dollars, "
                f"found {value_arr[i].as_py()!r}",
                where=f"array index {i + 1}",
            )
        dollars = pc.cast(value_arr, pa.int64())
        checks.append(
            Check(
                "values_nonnegative_integers",
                "pass",
                f"{len(value_arr)} {value_col} values are whole, non-negative dollars",
            )
        )

        checks.append(_check_year(path, year_arr))
        valid_month = pc.match_substring_regex(month_arr, r"^(0[1-9]|1[0-2])$")
        if not pc.all(valid_month).as_py():
            i = pc.index(valid_month, False).as_py()
            raise ParseError(
                path,
                f"MONTH should be '01' to '12', found {month_arr[i].as_py()!r}",
                where=f"array index {i + 1}",
            )
        month_num = pc.cast(month_arr, pa.int8())
        checks.extend(
            _check_totals(
                path, flow, value_col, columns[0], month_num.to_numpy(), dollars.to_numpy()
            )
        )

        n = len(body)
        table = pa.table(
            {
                "src_row": pa.array(range(1, n + 1), pa.int32()),
                "src_col": pa.repeat(pa.scalar(value_col), n),
                "reporter": pa.repeat(pa.scalar("USA"), n),
                "flow": pa.repeat(pa.scalar(flow), n),
                "partner_code": codes,
                "partner_name": names,
                "freq": pa.repeat(pa.scalar("M"), n),
                "year": pc.cast(year_arr, pa.int16()),
                "month": month_num,
                "value_usd": pc.cast(dollars, pa.float64()),
            }
        )
        return Parsed({"trade": table}, checks)


def _load_array(path: Path) -> list:
    """The file's JSON array (header first), or a ParseError saying what is wrong with it."""
    ensure_text_file(path, "JSON text")
    try:
        data = json.loads(path.read_bytes())
    except UnicodeDecodeError as exc:
        raise ParseError(
            path, f"the file is not UTF-8 text ({exc.reason} at byte {exc.start})"
        ) from None
    except json.JSONDecodeError as exc:
        raise ParseError(
            path,
            f"the JSON is truncated or malformed ({exc.msg})",
            where=f"line {exc.lineno}, column {exc.colno}",
        ) from None
    if not isinstance(data, list) or not data or not isinstance(data[0], list):
        raise ParseError(
            path,
            "expected a JSON array whose first element is the header row, found "
            f"{type(data).__name__} {str(data)[:80]!r}",
        )
    return data


def _file_year(path: Path) -> int:
    if not (path.stem.isdigit() and len(path.stem) == 4):
        raise ParseError(
            path,
            "the file name should be the year it holds (YYYY.json), as in the mirror layout",
            fix="Rename the file after its year.",
        )
    return int(path.stem)


def _check_year(path: Path, years: pa.Array) -> Check:
    expected = str(_file_year(path))
    same = pc.equal(years, expected)
    if not pc.all(same).as_py():
        i = pc.index(same, False).as_py()
        raise CheckError(
            f"{path}: YEAR at array index {i + 1} is {years[i].as_py()!r}, but the file name "
            f"states the year {expected}. The file may be misnamed or hold another year's "
            f"answer; download it again."
        )
    return Check("year_matches_file_name", "pass", f"every row has YEAR {expected}")


def _check_totals(path, flow, value_col, codes, months, dollars) -> list[Check]:
    """Per month: 'TOTAL FOR ALL COUNTRIES' equals its country (+ unallocated) rows, exactly."""
    if len(set(zip(codes, months.tolist()))) != len(codes):
        seen: dict = {}
        for i, key in enumerate(zip(codes, months.tolist()), 1):
            if key in seen:
                raise ParseError(
                    path,
                    f"code {key[0]!r} appears twice for month {key[1]:02d} (array "
                    f"indexes {seen[key]} and {i})",
                    where=f"array index {i}",
                )
            seen[key] = i
    kinds = {c: partner_kind(c) for c in set(codes)}
    kind = np.array([kinds[c] for c in codes])
    parts = (kind == "country") | (kind == "unallocated")
    unallocated = {}
    present = np.unique(months).tolist()
    for month in present:
        in_month = months == month
        total_at = np.flatnonzero(in_month & (kind == "total"))
        if total_at.size != 1:
            raise CheckError(
                f"{path}: month {month:02d} has {total_at.size} 'TOTAL FOR ALL COUNTRIES' "
                f"rows (code '-'), expected one, so its country rows cannot be checked. "
                f"Download the file again."
            )
        i = int(total_at[0])
        total, computed = int(dollars[i]), int(dollars[in_month & parts].sum())
        # Whole dollars, and the mirror adds up exactly: no tolerance.
        if total != computed:
            raise CheckError(
                f"{path}: {flow} month {month:02d}: 'TOTAL FOR ALL COUNTRIES' ({value_col}, array "
                f"index {i + 1}) states ${total:,}, but the country rows (codes 1000-7999, plus "
                f"unallocated codes 8000-9999) sum to ${computed:,}, a difference of "
                f"${total - computed:,}. The file may be incomplete; download it again."
            )
        extra = int(dollars[in_month & (kind == "unallocated")].sum())
        if extra:
            unallocated[month] = extra
    checks = [
        Check(
            "total_equals_countries",
            "pass",
            f"in each of {len(present)} months the total equals the sum of the country rows "
            f"exactly"
            + (
                f" (with unallocated code(s) 8000-9999: ${sum(unallocated.values()):,} "
                f"in month(s) {', '.join(f'{m:02d}' for m in unallocated)})"
                if unallocated
                else ""
            ),
        )
    ]
    if len(present) != 12:
        checks.append(
            Check(
                "months_present",
                "warn",
                f"the file holds {len(present)} month(s) "
                f"({', '.join(f'{m:02d}' for m in present)}), not 12",
            )
        )
    return checks


def _flow_of_url(url: str) -> str:
    return "imports" if "/imports/" in url else "exports"


def _month_rows(fetcher, url: str, label: str, header: list[str], year: int, month: int) -> list:
    """The rows (header dropped) of one monthly API answer, checked against the expected layout."""
    # get_text, not get_json: an empty answer (HTTP 204, month not published) must be told apart
    # from a malformed one.
    text = fetcher.get_text(url)
    if not text.strip():
        raise FetchError(
            f"The Census API gave an empty answer for {year}-{month:02d} "
            f"({label}&MONTH={month:02d}): that month is not published yet. The catalogue lists "
            f"complete years only; nothing was written for {year}. Try again after the month's "
            f"release, or build from the mirror."
        )
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FetchError(
            f"The Census API did not answer JSON for {label}&MONTH={month:02d} ({exc}); "
            f"it began {text[:120]!r}."
        ) from None
    if not isinstance(data, list) or not data or data[0] != header:
        found = data[0] if isinstance(data, list) and data else data
        raise FetchError(
            f"The Census API answered {label}&MONTH={month:02d} with header {found!r}, "
            f"expected {header}. The API may have changed; check the query."
        )
    rows = data[1:]
    want = [str(year), f"{month:02d}"]
    for row in rows:
        if not isinstance(row, list) or len(row) != 5 or row[3:] != want:
            raise FetchError(
                f"The Census API answered {label}&MONTH={month:02d} with the row {row!r}, "
                f"not a row of {year}-{month:02d}."
            )
    return rows
