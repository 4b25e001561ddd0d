"""CBP Nationwide Encounters, by land border region and state.

Two releases overlap: the FY2023 year-end file (FY2020-FY2023) and the FY2025 year-end file
(FY2022-FY2025). Each is its own release and both are kept; where they overlap with each other
and with the southwest-border file they may differ by a few encounters (revisions). The FY2022-
FY2025 file is sorted by month name, not by date, and has CRLF line endings; neither matters here.
The files carry no component or encounter type: those columns are NULL.
"""

from __future__ import annotations

from pathlib import Path

from ..catalogue import FileSpec
from . import _cbp
from .base import Parsed, Source

#: The file's descriptive columns (between 'Month (abbv)' and 'Encounter Count'), by the warehouse
#: column each fills.
COLUMNS = {
    "land_border_region": "Land Border Region",
    "state": "State",
    "demographic": "Demographic",
    "citizenship": "Citizenship",
    "title_of_authority": "Title of Authority",
}

#: Fiscal-year totals CBP states for each release, keyed by the fiscal years the release covers
#: (a file is recognised by those years, not by its checksum, so that a re-download of the same
#: release is still checked; files covering other years are not).
STATED_TOTALS: dict[tuple[int, ...], dict[int, int]] = {
    # FY2023 year-end file, nationwide-encounters-fy20-fy23-state.csv
    (2020, 2021, 2022, 2023): {2020: 646_822, 2021: 1_956_519, 2022: 2_766_582, 2023: 3_201_144},
    # FY2025 year-end file, nationwide-encounters-fy22-fy25-state.csv
    (2022, 2023, 2024, 2025): {2022: 2_766_582, 2023: 3_201_144, 2024: 2_901_142, 2025: 691_906},
}


class CbpEncountersNationwide(Source):
    id = "cbp_encounters_nationwide"

    def parse(self, path: Path, spec: FileSpec) -> Parsed:
        return _cbp.parse_encounters(path, "nationwide", COLUMNS, STATED_TOTALS,
                                     "nationwide encounters")
