"""CBP Southwest Land Border Encounters (the monthly CSV behind the CBP stats page).

One row per fiscal year, month, component (Border Patrol or Field Operations), demographic,
citizenship group, title of authority and encounter type. CBP labels the year in progress like
``'2025 (FYTD)'`` and marks the months of earlier years that the year in progress has not reached
yet as ``Month Grouping = 'Remaining'`` (in a file through August: every September).
"""

from __future__ import annotations

from pathlib import Path

from ..catalogue import FileSpec
from . import _cbp
from .base import Parsed, Source

#: The file's descriptive columns (between 'Month (abbv)' and 'Encounter Count'), by the warehouse
#: column each fills.
COLUMNS = {
    "component": "Component",
    "demographic": "Demographic",
    "citizenship": "Citizenship Grouping",
    "title_of_authority": "Title of Authority",
    "encounter_type": "Encounter Type",
}

#: Southwest-border totals CBP states, by the fiscal years of the file they apply to. FY2024:
#: 2,135,005 encounters (CBP's FY2024 figure; the Sep 2025 file, FY2022-FY2025, sums to it).
STATED_TOTALS: dict[tuple[int, ...], dict[int, int]] = {
    (2022, 2023, 2024, 2025): {2024: 2_135_005},
}


class CbpEncountersSwb(Source):
    id = "cbp_encounters_swb"

    def parse(self, path: Path, spec: FileSpec) -> Parsed:
        return _cbp.parse_encounters(path, "southwest_border", COLUMNS, STATED_TOTALS,
                                     "southwest-border encounters")
