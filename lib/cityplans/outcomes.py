"""Actuals, attainment and ambition of a corpus in one call, as the notebooks, the command line
and the build use them; their report tables in Chinese; writing them as Parquet and CSV."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from cityplans.actuals import ACTUAL_COLUMNS, load_actuals, measures
from cityplans.attainment import STATUS_LABELS, ambition, attainment
from cityplans.compare import COMPARATOR_SIGNS, KIND_LABELS, plain_numbers
from cityplans.errors import ActualsRowError

ORIGIN_LABELS = {"user": "用户文件", "reference": "参考表(统计公报等)", "extracted": "文本抽取"}


@dataclass
class Outcomes:
    """What a corpus promised against what was achieved: the merged actuals, the user file's
    row errors, one attainment row and one ambition row per target."""

    actuals: pd.DataFrame
    attainment: pd.DataFrame
    ambition: pd.DataFrame
    errors: list[ActualsRowError] = field(default_factory=list)


def outcomes(
    targets: pd.DataFrame, documents: pd.DataFrame, actuals_file: str | Path | None = None
) -> Outcomes:
    """Actuals (extracted, reference, the user's file), attainment and ambition of `targets`."""
    merged, errors = load_actuals(targets, documents, actuals_file or None)
    return Outcomes(merged, attainment(targets, merged), ambition(targets, merged), errors)


def _num(x) -> str:
    if x is None or pd.isna(x):
        return ""
    return str(int(x)) if float(x).is_integer() else f"{x:.15g}"


def _text(x) -> str:
    """A text cell, '' for None or NaN."""
    return x if isinstance(x, str) else ""


def _place(city, scope) -> str:
    return city if scope in (None, "city") else f"{city}·{scope}"


def attainment_view(frame: pd.DataFrame) -> pd.DataFrame:
    """Attainment rows for a report: Chinese headers, every number with its unit and year,
    both sources and quotes."""
    rows = []
    for r in frame.to_dict("records"):
        growth = r["kind"] == "growth"
        target = (
            f"{_num(r['target_value'])}–{_num(r['target_max'])}"
            if pd.notna(r["target_max"])
            else f"{COMPARATOR_SIGNS.get(r['comparator'], '')}{_num(r['target_value'])}"
        )
        actual = _num(r["actual_value"])
        rows.append(
            {
                "地区": _place(r["city"], r["scope"]),
                "指标": _text(r["indicator_name"]) or r["indicator"],
                "类型": KIND_LABELS.get(r["kind"], r["kind"]),
                "目标年份": r["year"],
                "目标": f"{target} {r['unit']}",
                "实际": f"{actual} {r['unit']}({r['actual_year']})" if actual else "",
                "实际÷目标": f"{r['ratio']:.0%}" if pd.notna(r["ratio"]) else "",
                "差距(百分点)": f"{r['gap_pp']:+.1f}" if growth and pd.notna(r["gap_pp"]) else "",
                "状态": STATUS_LABELS[r["status"]],
                "说明": "; ".join(x for x in (_text(r["year_note"]), _text(r["reason"])) if x),
                "目标来源": r["target_source"],
                "目标原文": r["target_quote"],
                "实际值来源": _text(r["actual_source"]),
                "实际值原文": _text(r["actual_quote"]),
            }
        )
    return pd.DataFrame(rows)


def ambition_view(frame: pd.DataFrame) -> pd.DataFrame:
    """Ambition rows for a report, ranked within each indicator, kind and unit."""
    rows = []
    for r in frame.sort_values(["indicator", "kind", "rank"]).to_dict("records"):
        rows.append(
            {
                "地区": _place(r["city"], r["scope"]),
                "指标": _text(r["indicator_name"]) or r["indicator"],
                "类型": KIND_LABELS.get(r["kind"], r["kind"]),
                "目标": f"{_num(r['target_value'])} {r['unit']}({r['year']})",
                "基期值": f"{_num(r['base_value'])} {r['unit']}({r['base_year']})"
                if pd.notna(r["base_value"])
                else "",
                "隐含年均增速": f"{r['ambition']:.1%}" if pd.notna(r["ambition"]) else "",
                "同指标排名": "" if pd.isna(r["rank"]) else int(r["rank"]),
                "方法": _text(r["method"]),
                "说明": _text(r["note"]),
                "基期值来源": _text(r["base_source"]),
            }
        )
    return pd.DataFrame(rows)


def actuals_view(frame: pd.DataFrame) -> pd.DataFrame:
    """Actuals for a report: value with unit, origin in words, source and quote."""
    names = {m.id: m.name_zh for m in measures().values()}
    return pd.DataFrame(
        [
            {
                "地区": _place(r["city"], r["scope"]),
                "指标": names.get(r["indicator"], r["indicator"]),
                "类型": KIND_LABELS.get(r["kind"], r["kind"]),
                "年份": r["year"],
                "数值": f"{_num(r['value'])} {r['unit']}",
                "来源类别": ORIGIN_LABELS.get(r["origin"], r["origin"]),
                "采用": "是" if r["preferred"] else f"否({r['note']})",
                "来源": " ".join(x for x in (r["source_title"], r["source"]) if isinstance(x, str)),
                "原文": _text(r["quote"]),
            }
            for r in frame.to_dict("records")
        ]
    )


def write_outcome_tables(out: str | Path, result: Outcomes) -> list[Path]:
    """Write `actuals` and `attainment` to `out` as Parquet and CSV (UTF-8 with BOM); a table
    whose CSV would not change is not rewritten. Returns the files written."""
    from cityplans.writing import write_atomic

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in (
        ("actuals", result.actuals[ACTUAL_COLUMNS]),
        ("attainment", result.attainment),
    ):
        csv_text = plain_numbers(frame).to_csv(index=False)
        csv_path, parquet_path = out / f"{name}.csv", out / f"{name}.parquet"
        unchanged = csv_path.exists() and parquet_path.exists()
        if unchanged and csv_path.read_text(encoding="utf-8-sig") == csv_text:
            continue
        # through temporary files: readers never see half a table
        write_atomic(parquet_path, frame.to_parquet(index=False))
        write_atomic(csv_path, csv_text.encode("utf-8-sig"))
        written += [parquet_path, csv_path]
    return written
