"""Charts of promised against achieved, in the project style (charts.py): a dumbbell of target
and actual per city, an ambition ranking, and targets on a normalised basis.

Every chart names its basis, units, years and sources; rows without data are counted on the
chart and listed in the report's table, never dropped silently.
"""

from __future__ import annotations

import pandas as pd

from cityplans.charts import PALETTE, _figure, say_empty, source_line, tick_label
from cityplans.compare import COMPARATOR_SIGNS, KIND_LABELS, place_label
from cityplans.registry import registry

MET, NOT_MET, TARGET = "#2a9d8f", PALETTE[1], "#8d96a3"


def _label(indicator: str) -> str:
    try:
        return registry().get(indicator).label
    except KeyError:
        return indicator


def _num(x: float) -> str:
    if pd.isna(x):
        return "—"
    return str(int(x)) if float(x).is_integer() else f"{x:.15g}"


def _target_text(r) -> str:
    if pd.notna(r["target_max"]):
        return f"{_num(r['target_value'])}–{_num(r['target_max'])}"
    return f"{COMPARATOR_SIGNS.get(r['comparator'], '')}{_num(r['target_value'])}"


def _sources(rows: pd.DataFrame, documents: pd.DataFrame) -> str:
    """来源: the plans (city, title, years) and the actuals' sources."""
    docs = documents[documents["doc"].isin(rows["doc"])]
    plans = source_line(docs).removeprefix("来源: ")
    column = "actual_source" if "actual_source" in rows.columns else "base_source"
    actual = list(dict.fromkeys(s for s in rows[column].dropna() for s in s.split("; ")))
    shown = ";".join(actual[:4]) + (f";…共{len(actual)}个" if len(actual) > 4 else "")
    return f"来源: 目标 — {plans} · 实际值 — {shown or '无'}"


def dumbbell(attained: pd.DataFrame, documents: pd.DataFrame, title: str = "规划目标与实际"):
    """Target against actual per city and indicator: level and new targets as actual ÷ target
    (the target at 100%), growth targets as promised against achieved growth in %."""
    judged = attained[attained["status"].isin(["met", "not_met"])]
    n_open = len(attained) - len(judged)
    panels = [
        (k, p)
        for k, p in (
            ("ratio", judged[judged["kind"] != "growth"]),
            ("growth", judged[judged["kind"] == "growth"]),
        )
        if len(p)
    ]
    subtitle = (
        "每行: ◆ 目标  ● 实际(绿: 达成 · 红: 未达成) · "
        "只比较城市、范围、指标、类型、单位与年份相同者"
        f" · 另有 {n_open} 条目标无数据或未到期(见表)"
    )
    fig, axes = _figure(title, subtitle, _sources(judged, documents), max(len(panels), 1))
    if not panels:
        say_empty(axes[0], "所选目标都没有可比的实际值(见下表“无数据”各行)")
        return fig
    for ax, (which, rows) in zip(axes, panels, strict=False):
        _dumbbell_panel(ax, rows, which)
    fig.subplots_adjust(left=0.2, wspace=0.6)
    return fig


def _dumbbell_panel(ax, rows: pd.DataFrame, which: str) -> None:
    rows = rows.sort_values(["city", "scope", "indicator", "year"]).reset_index(drop=True)
    labels = []
    top = 100.0
    for y, r in rows.iterrows():
        place = place_label(r)
        labels.append(
            tick_label(f"{place}·{_label(r['indicator'])}({KIND_LABELS[r['kind']]},{r['year']})")
        )
        if which == "ratio":
            target_x, actual_x = 100.0, r["ratio"] * 100
            text = (
                f"目标 {_target_text(r)} {r['unit']} · 实际 {_num(r['actual_value'])} {r['unit']}"
                f"({r['actual_year']}) = {actual_x:.0f}%"
            )
        else:
            target_x, actual_x = r["target_value"], r["actual_value"]
            text = f"承诺 {_target_text(r)}% · 实际 {_num(actual_x)}%({r['actual_year']})"
        color = MET if r["status"] == "met" else NOT_MET
        ax.plot([target_x, actual_x], [y, y], color=color, lw=3, alpha=0.6, zorder=2)
        ax.scatter(target_x, y, marker="D", s=90, color=TARGET, zorder=3)
        ax.scatter(actual_x, y, marker="o", s=130, color=color, zorder=4)
        ax.annotate(
            text,
            (max(target_x, actual_x), y),
            xytext=(8, 6),
            textcoords="offset points",
            fontsize=9,
        )
        top = max(top, target_x, actual_x)
    ax.set_yticks(range(len(labels)), labels)
    ax.set_ylim(len(labels) - 0.4, -0.6)
    if which == "ratio":
        ax.axvline(100, color=TARGET, lw=1, ls="--")
        ax.set_xlim(0, top * 1.9)
        ax.set_xlabel("实际 ÷ 目标(%,目标 = 100%)")
        ax.set_title("总量与新增:实际占目标的比例", loc="left")
    else:
        ax.set_xlim(min(0, rows[["target_value", "actual_value"]].min().min() * 1.2), top * 1.9)
        ax.set_xlabel("增长率(%)")
        ax.set_title("增长率:承诺与实际", loc="left")


def ambition_bars(ranked: pd.DataFrame, documents: pd.DataFrame, title: str = "目标的雄心"):
    """The annual growth each target asks for, ranked within each indicator; rows without a
    base value are counted in the subtitle (and listed in the report's table)."""
    rows = ranked[ranked["ambition"].notna()].copy()
    n_open = len(ranked) - len(rows)
    subtitle = (
        "目标隐含的年均增速(%/年):水平目标由规划前最近的实际值折算,增长目标取承诺增速,"
        f"新增目标加于基期存量(假定无退出) · 同一指标内排名 · 另有 {n_open} 条缺少基期值(见表)"
    )
    with_doc = rows.assign(doc=rows["target_id"].str.split("#").str[0])
    fig, axes = _figure(title, subtitle, _sources(with_doc, documents))
    ax = axes[0]
    if rows.empty:
        say_empty(ax, "没有可折算的目标")
        return fig
    rows = rows.sort_values(["indicator", "kind", "ambition"], ascending=[True, True, False])
    cities = sorted(rows["city"].unique())
    colors = {c: PALETTE[i % len(PALETTE)] for i, c in enumerate(cities)}
    labels = []
    for y, (_, r) in enumerate(rows.iterrows()):
        pct = r["ambition"] * 100
        labels.append(
            tick_label(
                f"{place_label(r)}·{_label(r['indicator'])}({KIND_LABELS[r['kind']]},{r['year']})"
            )
        )
        ax.barh(y, pct, color=colors[r["city"]], height=0.6)
        how = (
            "承诺增速"
            if r["kind"] == "growth"
            else f"{_num(r['base_value'])}→{_num(r['target_value'])} {r['unit']},"
            f"{r['base_year']}–{r['year']}"
        )
        ax.annotate(
            f"第{r['rank']}名 · {pct:.1f}%/年({how})",
            (max(pct, 0), y),
            xytext=(6, -4),
            textcoords="offset points",
            fontsize=9,
        )
    ax.set_yticks(range(len(labels)), labels)
    ax.set_ylim(len(labels) - 0.4, -0.6)
    ax.set_xlim(min(0, rows["ambition"].min() * 120), rows["ambition"].max() * 100 * 1.8)
    ax.set_xlabel("隐含年均增速(%/年)")
    from matplotlib.patches import Patch

    handles = [Patch(color=color, label=city) for city, color in colors.items()]
    ax.legend(handles=handles, frameon=False, fontsize=10, loc="lower right")
    fig.subplots_adjust(left=0.22)
    return fig


def normalised_dots(rows: pd.DataFrame, documents: pd.DataFrame):
    """Targets of one indicator, kind and unit on a basis (basis.normalise), one dot per
    place, one colour per year; the basis is in the title and on the axis."""
    first = rows.iloc[0]
    label = first["basis_label"]
    shown = rows[rows["normalised"].notna()].copy()
    n_open = len(rows) - len(shown)
    fig, axes = _figure(
        f"{_label(first['indicator'])}({KIND_LABELS[first['kind']]},{first['unit']}):{label}",
        f"口径: {label} · 单位: {first['normalised_unit']} · 另有 {n_open} 条缺少分母(见表)",
        source_line(documents[documents["doc"].isin(rows["doc"])]),
    )
    ax = axes[0]
    if shown.empty:
        say_empty(ax, "缺少所需的人口或GDP")
        return fig
    shown["place"] = shown.apply(lambda r: tick_label(place_label(r)), axis=1)
    places = list(dict.fromkeys(shown.sort_values(["city", "scope"])["place"]))
    years = sorted(shown["year"].dropna().unique())
    colors = {y: PALETTE[i % len(PALETTE)] for i, y in enumerate(years)}
    for _, r in shown.iterrows():
        y = places.index(r["place"])
        ax.scatter(r["normalised"], y, s=140, color=colors[r["year"]], zorder=3)
        ax.annotate(
            f"{r['normalised']:.4g} {r['normalised_unit']}({r['year']})"
            + (f" · {r['note']}" if isinstance(r["note"], str) else ""),
            (r["normalised"], y),
            xytext=(8, 6),
            textcoords="offset points",
            fontsize=10,
        )
    for year, color in colors.items():
        ax.scatter([], [], color=color, label=str(year), s=60)
    ax.legend(title="目标年份", frameon=False, fontsize=9, title_fontsize=9)
    ax.set_yticks(range(len(places)), places)
    ax.set_ylim(len(places) - 0.4, -0.6)
    ax.set_xlim(left=0, right=max(shown["normalised"].max() * 1.4, 1e-9))
    ax.set_xlabel(f"{label}({first['normalised_unit']})")
    return fig
