"""Writing the built tables: Parquet with a fixed schema per table, and CSV that Excel opens.

Schemas are fixed so that every batch (row group) agrees even when a batch happens to have
only empty values in a column. CSV is UTF-8 with a BOM, lists joined with "; ".
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from cityplans.corrections import DECISION_COLUMNS

S, INT, F, B = pa.string(), pa.int64(), pa.float64(), pa.bool_()
LS = pa.list_(pa.string())

SCHEMAS = {
    "documents": pa.schema(
        [
            ("doc", S),
            ("path", S),
            ("city", S),
            ("province", S),
            ("adcode", S),
            ("admin_level", S),
            ("doc_type", S),
            ("title", S),
            ("issuer", S),
            ("issued", S),
            ("period_start", INT),
            ("period_end", INT),
            ("status", S),
            ("script", S),
            ("n_chars", INT),
            ("sha256", S),
            ("warnings", LS),
            ("prefecture", S),
            ("published", S),
            ("doc_number", S),
            ("is_news", B),
            ("encoding", S),
            ("source", S),
            ("field_sources", S),
            ("format", S),
            ("pages", INT),
            ("index_no", S),
            ("zone", S),
            ("doc_date", S),
        ]
    ),
    "targets": pa.schema(
        [
            ("doc", S),
            ("city", S),
            ("indicator", S),
            ("kind", S),
            ("value", F),
            ("value_max", F),
            ("unit", S),
            ("year", INT),
            ("scope", S),
            ("comparator", S),
            ("status", S),
            ("quote", S),
            ("start", INT),
            ("end", INT),
            ("n_sources", INT),
            ("target_id", S),
            ("indicator_name", S),
            ("headline", B),
            ("theme", S),
            ("province", S),
            ("admin_level", S),
            ("doc_status", S),
            ("period_start", INT),
            ("period_end", INT),
            ("title", S),
            ("sources", pa.list_(pa.list_(INT))),
            ("review", S),
            ("tier", S),
            ("unit_written", S),
            ("page", INT),
            ("attribute", S),
            ("column", S),
            ("cell_start", INT),
            ("cell_end", INT),
            ("decision", S),  # the analyst's: accept or correct (rejected rows are left out)
            ("corrected", S),  # what a correction changed: value: 5 → 50
            ("decision_note", S),
        ]
    ),
    "mentions": pa.schema(
        [
            ("doc", S),
            ("start", INT),
            ("end", INT),
            ("text", S),
            ("value", F),
            ("unit", S),
            ("role", S),
            ("target_ref", S),
            ("value_max", F),
            ("indicator", S),
            ("note", S),
        ]
    ),
    "clauses": pa.schema(
        [
            ("doc", S),
            ("city", S),
            ("path", S),
            ("heading", S),
            ("start", INT),
            ("end", INT),
            ("lead_units", LS),
            ("support_units", LS),
            ("data_units", LS),
            ("themes", LS),
            ("instrument", S),
            ("level", INT),
            ("n_chars", INT),
        ]
    ),
    "errors": pa.schema([("path", S), ("reason", S)]),
    "incentives": pa.schema(
        [
            ("doc", S),
            ("city", S),
            ("for_what", S),
            ("for_group", S),
            ("amount", F),
            ("unit", S),
            ("amount_wan", F),
            ("kind", S),
            ("comparator", S),
            ("per", S),
            ("quote", S),
            ("start", INT),
            ("end", INT),
        ]
    ),
    "terms": pa.schema([("doc", S), ("term", S), ("count", INT)]),
    "corrections": pa.schema([(name, S) for name in DECISION_COLUMNS]),
}


class TableWriter:
    """Appends batches of row dicts to <out>/<table>.parquet and <out>/<table>.csv, through
    unique temporary files that finish() completes and commit() moves into place."""

    def __init__(self, out: Path, table: str) -> None:
        from cityplans.writing import temp_path

        self.schema = SCHEMAS[table]
        self.names = self.schema.names
        self.parquet_path = out / f"{table}.parquet"
        self.csv_path = out / f"{table}.csv"
        self._temps = [temp_path(self.parquet_path), temp_path(self.csv_path)]
        self._parquet = None
        self._csv_fh = None
        try:
            self._parquet = pq.ParquetWriter(str(self._temps[0]), self.schema)
            # kept open across batches; finish() closes it
            self._csv_fh = open(self._temps[1], "w", encoding="utf-8-sig", newline="")  # noqa: SIM115
            csv.writer(self._csv_fh).writerow(self.names)
        except BaseException:
            self.abort()
            raise

    def write(self, rows: list[dict]) -> None:
        """Append one batch of row dicts (possibly empty)."""
        if rows:
            self.write_serialized([serialize(self.schema, rows)])

    def write_serialized(self, pieces: list[tuple[pa.Table, str]]) -> None:
        """Append pieces made by serialize() (on a worker): Arrow tables and CSV text."""
        pieces = [p for p in pieces if p[0].num_rows]
        if not pieces:
            return
        self._parquet.write_table(pa.concat_tables([t for t, _ in pieces]))
        for _, text in pieces:
            self._csv_fh.write(text)

    def finish(self) -> None:
        """Complete both temporary files (an error here, disk full say, leaves the tables in
        place untouched)."""
        self._parquet.close()
        self._csv_fh.close()

    def commit(self) -> None:
        """Move the finished files into place (readers never see half a table)."""
        os.replace(self._temps[0], self.parquet_path)
        os.replace(self._temps[1], self.csv_path)

    def close(self) -> None:
        """finish() and commit(): one table on its own."""
        self.finish()
        self.commit()

    def abort(self) -> None:
        """Drop the temporary files; the tables in place stay as they were."""
        for handle in (self._parquet, self._csv_fh):
            try:
                if handle is not None:
                    handle.close()
            except (OSError, ValueError):  # the failure that brought us here, again
                pass
        for tmp in self._temps:
            Path(tmp).unlink(missing_ok=True)


def serialize(schema: pa.Schema, rows: list[dict]) -> tuple[pa.Table, str]:
    """Rows as an Arrow table with the table's schema, and as CSV text without a header."""
    columns = {}
    for field in schema:
        values = [r.get(field.name) for r in rows]
        try:  # whole column at once; NaN becomes null
            columns[field.name] = pa.array(values, type=field.type, from_pandas=True)
        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError):
            columns[field.name] = pa.array([_clean(v, field.type) for v in values], field.type)
    table = pa.table(columns, schema=schema)
    return table, csv_text(table)


def csv_text(table: pa.Table) -> str:
    """CSV rows (no header) written by pyarrow's C++ writer; lists joined with "; "."""
    import pyarrow.compute as pc
    from pyarrow import csv as pacsv

    flat = {}
    for name, col in zip(table.column_names, table.columns, strict=True):
        if pa.types.is_list(col.type) and pa.types.is_string(col.type.value_type):
            flat[name] = pc.binary_join(col, "; ")
        elif pa.types.is_list(col.type):  # sources: [[start, end], …]
            flat[name] = pa.array(
                ["; ".join(json.dumps(v) for v in x) if x else "" for x in col.to_pylist()],
                pa.string(),
            )
        else:
            flat[name] = col
    buffer = io.BytesIO()
    options = pacsv.WriteOptions(include_header=False, quoting_style="needed")
    pacsv.write_csv(pa.table(flat), buffer, write_options=options)
    return buffer.getvalue().decode("utf-8")


def _clean(value, typ):
    if value is None or (isinstance(value, float) and value != value):
        return None
    if pa.types.is_integer(typ):
        return int(value)
    if pa.types.is_floating(typ):
        return float(value)
    if pa.types.is_string(typ):
        return str(value)
    if pa.types.is_boolean(typ):
        return bool(value)
    return value
