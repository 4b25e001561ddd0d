"""Figures stated in official publications (one row per stated figure).

Mirror only: the table is compiled from press releases, each row naming its own document and
address, so there is no single file to download. A stated figure is weaker evidence than a
statistical table; downstream code reports it as "stated by ...".
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from ..catalogue import FileSpec
from ..errors import ParseError
from .base import Check, Parsed, Source, read_csv

COLUMNS = ["publisher", "document", "url", "published", "data_year", "partner", "measure",
           "qualifier", "value", "unit"]


class PublishedFigures(Source):
    id = "published_figures"

    def fetch(self, fetcher, root: Path) -> None:
        # Compiled from many publications: there is no official file to download.
        return None

    def parse(self, path: Path, spec: FileSpec) -> Parsed:
        table = read_csv(path, COLUMNS, {"data_year": pa.int16(), "value": pa.float64()})
        if table.num_rows == 0:
            raise ParseError(path, "the file has a header but no figures")
        negative = pc.sum(pc.less(table["value"], 0)).as_py()
        if negative:
            raise ParseError(path, f"{negative} stated figure(s) are negative")
        table = table.set_column(table.schema.get_field_index("qualifier"), "qualifier",
                                 pc.if_else(pc.equal(table["qualifier"], ""), None, table["qualifier"]))
        return Parsed({"published_figures": table},
                      [Check("figures_present", "pass", f"{table.num_rows} stated figures")])
