"""What the input-output sources (WIOD, OECD ICIO) share: their matrices as ``io_cells`` rows."""

from __future__ import annotations

import numpy as np
import pyarrow as pa

__all__ = ["cells_table"]


def cells_table(table_id: str, year: int, parts: dict[str, np.ndarray]) -> pa.Table:
    """``io_cells`` rows for the non-zero cells of each part (vectors get ``j = 0``).

    ``parts`` maps a part name (``inter``, ``final``, ``output``, ``va``) to its matrix or vector;
    zeros are not stored (the tables are sparse: most cells of ``inter`` are 0).
    """
    names, ii, jj, values = [], [], [], []
    for k, array in enumerate(parts.values()):
        matrix = array.reshape(-1, 1) if array.ndim == 1 else array
        i, j = np.nonzero(matrix)
        names.append(np.full(i.size, k, np.int8))
        ii.append(i.astype(np.int32))
        jj.append(j.astype(np.int32))
        values.append(matrix[i, j].astype(np.float64))
    codes = np.concatenate(names)
    return pa.table({
        "table_id": pa.DictionaryArray.from_arrays(pa.array(np.zeros(codes.size, np.int8)),
                                                   pa.array([table_id])).dictionary_decode(),
        "year": pa.array(np.full(codes.size, year, np.int16)),
        "part": pa.DictionaryArray.from_arrays(pa.array(codes), pa.array(list(parts))).dictionary_decode(),
        "i": pa.array(np.concatenate(ii)),
        "j": pa.array(np.concatenate(jj)),
        "value": pa.array(np.concatenate(values)),
    })
