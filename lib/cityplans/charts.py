"""Charts in one project style, with Chinese that renders, exported at slide size.

The CJK font is a system one when present (Noto Sans CJK SC, Source Han Sans SC, WenQuanYi,
Microsoft YaHei, PingFang SC), else Noto Sans CJK SC from the mplfonts package. Every chart
carries its title, unit and a source line naming the documents and years.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pandas as pd

from cityplans.compare import (
    KIND_LABELS,
    UNKNOWN_CITY,
    format_value,
    label_cities,
    place_label,
    plain_numbers,
    select,
)
from cityplans.names import display_width, slug
from cityplans.registry import registry

SLIDE = (13.333, 7.5)  # 16:9 in inches, PowerPoint's widescreen slide
DPI = 150  # the slide PNGs: 2000 x 1125 px
SYSTEM_CJK = [
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Microsoft YaHei",
    "PingFang SC",
]
PALETTE = ["#1f5f8b", "#d1495b", "#edae49", "#00798c", "#6a4c93", "#66a182", "#8d96a3"]
MARKERS = {"=": "o", ">=": ">", ">": ">", "~": "o", "<=": "<", "<": "<"}


@cache
def cjk_font() -> str:
    """The family name of the CJK font matplotlib will use (registered on first call)."""
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    for name in SYSTEM_CJK:
        if name in installed:
            return name
    import mplfonts

    path = Path(mplfonts.__file__).parent / "fonts" / "NotoSansCJKsc-Regular.otf"
    font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(path)).get_name()


def use_project_style() -> str:
    """Apply the project style (seaborn whitegrid, CJK font, slide sizes); returns the font.

    Applied on every call, not once: a report kernel resets matplotlib's settings between
    notebooks, and a chart drawn without the CJK font shows boxes for every character.
    """
    import matplotlib as mpl
    import seaborn as sns

    font = cjk_font()
    sns.set_theme(style="whitegrid", palette=PALETTE)
    mpl.rcParams.update(
        {
            "font.family": "sans-serif",
            "font.sans-serif": [font, "DejaVu Sans"],
            "axes.unicode_minus": False,
            "svg.fonttype": "path",
            # panel titles sit just above their axes (nothing is drawn there); matplotlib's
            # automatic placement measures every tick label on each draw, ~10% of a chart
            "axes.titley": 1.0,
            "figure.dpi": 100,
            "axes.titlesize": 15,
            "axes.labelsize": 12,
            "xtick.labelsize": 11,
            "ytick.labelsize": 11,
        }
    )
    return font


SOURCE_WIDTH = 190  # display columns of one line of a chart's source line
SOURCE_LINES = 3  # lines it may take before the documents are counted instead of named


def source_line(rows: pd.DataFrame) -> str:
    """来源: each document's city, title and plan years; when that would take more than
    SOURCE_LINES lines on a slide, the first documents and how many there are in all."""
    parts = []
    for _, r in label_cities(rows.drop_duplicates("doc")).sort_values("city").iterrows():
        years = _years(r.get("period_start"), r.get("period_end"))
        title = r.get("title")
        # a document without a title is named by its file (in the city label when no city)
        named = f"《{title}》" if isinstance(title, str) and title else ""
        if not named and r["doc"] not in r["city"]:
            named = f"({r['doc']})"
        parts.append(f"{r['city']}{named}{years}")
    if not parts:
        return "来源: 无"
    line = "来源: " + ";".join(parts)
    room = SOURCE_WIDTH * SOURCE_LINES - 40  # the count at the end needs a little
    if display_width(line) <= room + 40:
        return line
    kept: list[str] = []
    for part in parts:
        if display_width("来源: " + ";".join([*kept, part])) > room:
            break
        kept.append(part)
    return f"来源: {';'.join(kept)};…共 {len(parts)} 份文件(完整列表见报告)"


def _years(start, end) -> str:
    if start is None or pd.isna(start):  # pd.NA in an Int64 column: no plan years found
        return ""
    if end is None or pd.isna(end) or start == end:
        return f"({int(start)})"
    return f"({int(start)}–{int(end)})"


def corrected_mark(row) -> str:
    """* after a value an analyst corrected (review apply), so a chart never passes it off as
    extracted."""
    return "*" if row.get("decision") == "correct" else ""


def corrected_note(rows: pd.DataFrame) -> str:
    """The subtitle's word on corrected values, when the chart has any."""
    n = int((rows["decision"] == "correct").sum()) if "decision" in rows.columns else 0
    return f" · * 经人工核对更正({n} 条)" if n else ""


TICK_WIDTH = 18  # display columns of one line of an axis label (9 Chinese characters)


def tick_label(label: object) -> object:
    """A place as an axis label: the sub-area (兰州市·榆中县) and the file name of a document
    without a city (城市未识别 (x.txt)) on a line of their own, and a long name broken into lines
    (江苏省溧阳高新技术产业开发区), so a label is neither cut nor drawn over the panel beside it."""
    if not isinstance(label, str):
        return label
    text = label.replace("·", "\n").replace(f"{UNKNOWN_CITY} (", f"{UNKNOWN_CITY}\n(")
    return "\n".join(_wrap(line, TICK_WIDTH) for line in text.split("\n"))


def say_empty(ax, message: str) -> None:
    """Write why a panel has nothing to show in its middle, and hide its axes."""
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, fontsize=14)
    ax.set_axis_off()


def _figure(title: str, subtitle: str, source: str, ncols: int = 1, nrows: int = 1):
    import matplotlib.pyplot as plt

    use_project_style()
    fig, axes = plt.subplots(max(nrows, 1), max(ncols, 1), figsize=SLIDE, squeeze=False)
    fig.suptitle(title, fontsize=20, x=0.02, ha="left", y=0.97)
    fig.text(0.02, 0.905, subtitle, fontsize=12, color="#444444", ha="left")
    fig.text(
        0.02,
        0.015,
        _wrap(source, SOURCE_WIDTH),
        fontsize=9,
        color="#555555",
        ha="left",
        va="bottom",
    )
    fig.subplots_adjust(left=0.16, right=0.97, top=0.84, bottom=0.17, wspace=0.35)
    return fig, list(axes.flatten())


def _wrap(text: str, width: int) -> str:
    """Break `text` into lines of at most `width` display columns (a Chinese character is 2)."""
    lines, line, cols = [], [], 0
    for ch in text:
        w = display_width(ch)
        if cols + w > width:
            lines.append("".join(line))
            line, cols = [], 0
        line.append(ch)
        cols += w
    lines.append("".join(line))
    return "\n".join(lines)


def dotplot(
    targets: pd.DataFrame,
    indicator: str,
    cities: Iterable[str] | None = None,
    years: Iterable[int] | None = None,
    kinds: Iterable[str] | None = None,
):
    """Cities compared on one indicator, one panel per kind; comparators, ranges, scopes drawn."""
    ind = registry().get(indicator)
    rows = select(targets, [indicator], cities, years, kinds)
    kinds_present = [k for k in KIND_LABELS if k in set(rows["kind"])] or ["level"]
    subtitle = (
        f"{ind.name_en} · 单位见各分图 · ● 等于  ▶ 不低于/超过  ○ 约  ━ 区间  空心: 非全市范围"
    )
    if years:
        subtitle += f" · 仅目标年份 {'、'.join(map(str, years))}"
    if kinds:
        subtitle += f" · 仅{'、'.join(KIND_LABELS.get(k, k) for k in kinds)}"
    subtitle += corrected_note(rows)
    fig, axes = _figure(
        f"{ind.name_zh}:{selection_title(cities)}", subtitle, source_line(rows), len(kinds_present)
    )
    if rows.empty:
        say_empty(axes[0], "所选城市的规划中没有此指标的目标")
        return fig
    years = sorted(rows["year"].dropna().unique())
    colors = {y: PALETTE[i % len(PALETTE)] for i, y in enumerate(years)}  # same in every panel
    for ax, kind in zip(axes, kinds_present, strict=True):
        _dot_panel(ax, rows[rows["kind"] == kind], kind, colors)
    if len(kinds_present) > 1:
        fig.subplots_adjust(wspace=0.5)
    return fig


def _dot_panel(ax, rows: pd.DataFrame, kind: str, colors: dict) -> None:
    rows = rows.assign(place=rows.apply(lambda r: tick_label(place_label(r)), axis=1))
    rows = rows.sort_values(["city", "place", "year"])
    places = list(dict.fromkeys(rows["place"]))
    for _, r in rows.iterrows():
        y = places.index(r["place"])
        hollow = r["scope"] != "city"
        color = colors.get(r["year"], PALETTE[0])
        has_range = pd.notna(r["value_max"])
        if has_range:
            ax.plot([r["value"], r["value_max"]], [y, y], color=color, lw=3, solid_capstyle="butt")
        ax.scatter(
            r["value"],
            y,
            s=140,
            marker=MARKERS.get(r["comparator"], "o"),
            facecolors="white" if hollow or r["comparator"] == "~" else color,
            edgecolors=color,
            linewidths=2,
            zorder=3,
        )
        label = f"{format_value(r)}{corrected_mark(r)} ({r['year']})"
        ax.annotate(
            label,
            (r["value_max"] if has_range else r["value"], y),
            xytext=(8, 6),
            textcoords="offset points",
            fontsize=10,
            color="#222222",
        )
    ax.set_yticks(range(len(places)), places)
    for year, color in colors.items():
        if year in set(rows["year"]):
            ax.scatter([], [], color=color, label=str(year), s=60)
    ax.legend(title="目标年份", fontsize=9, title_fontsize=9, frameon=False, loc="lower right")
    ax.set_ylim(-0.7, len(places) - 0.3)
    ax.invert_yaxis()
    unit = rows["unit"].iloc[0]
    ax.set_xlabel(f"{KIND_LABELS[kind]}({unit})")
    ax.set_title(KIND_LABELS[kind], loc="left")
    ax.set_xlim(
        left=0, right=max(rows[["value", "value_max"]].max(numeric_only=True).max() * 1.3, 1)
    )


def timeline(
    targets: pd.DataFrame,
    indicator: str,
    cities: Iterable[str] | None = None,
    kinds: Iterable[str] | None = None,
):
    """Targets by target year, one line per place, one panel per kind."""
    ind = registry().get(indicator)
    rows = select(targets, [indicator], cities, None, kinds)
    kinds_present = [k for k in KIND_LABELS if k in set(rows["kind"])] or ["level"]
    where = f"{'、'.join(cities)}" if cities else ""
    fig, axes = _figure(
        f"{ind.name_zh}:{where}按目标年份", ind.name_en, source_line(rows), len(kinds_present)
    )
    if rows.empty:
        axes[0].set_axis_off()
        return fig
    for ax, kind in zip(axes, kinds_present, strict=True):
        sub = rows[rows["kind"] == kind].assign(place=lambda d: d.apply(place_label, axis=1))
        for i, (place, grp) in enumerate(sub.groupby("place", sort=True)):
            grp = grp.sort_values("year")
            color = PALETTE[i % len(PALETTE)]
            hollow = (grp["scope"] != "city").any()
            ax.plot(
                grp["year"],
                grp["value"],
                marker="o",
                color=color,
                label=place,
                lw=2,
                markerfacecolor="white" if hollow else color,
                markersize=9,
            )
        ax.set_xlabel("目标年份")
        ax.set_ylabel(f"{KIND_LABELS[kind]}({sub['unit'].iloc[0]})")
        ax.set_title(KIND_LABELS[kind], loc="left")
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.legend(fontsize=10, frameon=False)
    return fig


def coverage_heatmap(table: pd.DataFrame, documents: pd.DataFrame):
    """City × indicator counts of stated targets (compare.coverage), as a heatmap."""
    names = {i.id: i.label for i in registry()}
    shown = table.rename(columns=lambda c: names.get(c, c))
    return heatmap(
        shown,
        "各城市规划覆盖的核心指标",
        "格中数字: 规划中该指标的目标条数(0 = 未提及)",
        source_line(documents),
        fmt="d",
    )


def show(paths: list[Path], fig=None, width: int = 960):
    """Show a saved chart in the notebook (its PNG, not a second rendering) and close it.

    The chart's title becomes the image's alternative text in the HTML report; the PNG's path
    goes in the output's metadata ("figure"), so the report index links the files each page
    made and no others."""
    from IPython.display import Image

    alt = ""
    if fig is not None:
        import matplotlib.pyplot as plt

        alt = fig.get_suptitle()
        plt.close(fig)
    return Image(
        filename=str(paths[0]),
        width=width,
        alt=alt or paths[0].stem,
        metadata={"figure": str(Path(paths[0]).resolve())},
    )


def figure_name(base: str, **selection: Iterable | None) -> str:
    """A chart's file name: `base`, then each selection that narrows it, so a filtered run
    never overwrites the full one: 02_hte_count_cities__cities-杭州市__years-2025. More than
    three values are counted and hashed (cities-5-1a2b3c4d)."""
    parts = [base]
    for key, values in selection.items():
        values = [str(v) for v in (values or [])]
        if not values:
            continue
        joined = "+".join(values)
        if len(values) > 3:
            joined = f"{len(values)}-{hashlib.sha1(joined.encode()).hexdigest()[:8]}"
        parts.append(f"{key}-{joined}")
    return slug("__".join(parts))


def selection_title(cities: Iterable[str] | None) -> str:
    """各城市目标比较, or the cities chosen: 杭州市的目标, 杭州市、成都市目标比较."""
    cities = list(cities or [])
    if not cities:
        return "各城市目标比较"
    if len(cities) == 1:
        return f"{cities[0]}的目标"
    return f"{'、'.join(cities)}目标比较"


def save_for_slides(
    fig, name: str, out_dir: str | Path, data: pd.DataFrame | None = None
) -> list[Path]:
    """Write PNG (150 dpi) and SVG at 16:9, plus the plotted data as CSV when given; `name`
    is made a slug (a city in it must not lead out of `out_dir`)."""
    name = slug(name)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    fig.set_size_inches(*SLIDE)
    paths = [out / f"{name}.png", out / f"{name}.svg"]
    fig.savefig(paths[0], dpi=DPI, pil_kwargs={"compress_level": 1})  # ~10% larger, faster
    fig.savefig(paths[1])
    if data is not None:
        paths.append(out / f"{name}.csv")
        plain_numbers(data).to_csv(paths[2], index=False, encoding="utf-8-sig")
    return paths


def heatmap(table: pd.DataFrame, title: str, subtitle: str, source: str, fmt: str = ".0%"):
    """A labelled heatmap of a city × category table (shares, similarities)."""
    import seaborn as sns  # only the heatmaps need it

    fig, axes = _figure(title, subtitle, source)
    table = table.rename(index=tick_label, columns=tick_label)
    sns.heatmap(
        table,
        annot=True,
        fmt=fmt,
        cmap="Blues",
        cbar=False,
        ax=axes[0],
        linewidths=0.5,
        linecolor="white",
    )
    axes[0].set_xlabel("")
    axes[0].set_ylabel("")
    axes[0].tick_params(axis="x", labelrotation=30, labelsize=11)
    axes[0].tick_params(axis="y", labelrotation=0, labelsize=12)
    for label in axes[0].get_xticklabels():
        label.set_horizontalalignment("right")
    fig.subplots_adjust(bottom=0.24, left=0.12)
    return fig


def stacked_shares(table: pd.DataFrame, title: str, subtitle: str, source: str):
    """Horizontal 100% bars, one per city: e.g. the mix of policy-instrument types."""
    fig, axes = _figure(title, subtitle, source)
    table = table.rename(index=tick_label)
    ax = axes[0]
    left = pd.Series(0.0, index=table.index)
    for i, col in enumerate(table.columns):
        ax.barh(
            table.index,
            table[col],
            left=left,
            color=PALETTE[i % len(PALETTE)],
            label=col,
            height=0.6,
        )
        for y, (x0, w) in enumerate(zip(left, table[col], strict=True)):
            if w >= 0.06:
                ax.text(
                    x0 + w / 2, y, f"{w:.0%}", ha="center", va="center", color="white", fontsize=11
                )
        left = left + table[col]
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(lambda x, _: f"{x:.0%}")
    ax.invert_yaxis()
    ax.legend(
        ncol=len(table.columns),
        loc="lower center",
        bbox_to_anchor=(0.5, -0.16),
        frameon=False,
        fontsize=11,
    )
    return fig


def incentive_dots(table: pd.DataFrame, source: str):
    """Money incentives in 万元 per beneficiary group, one dot per city and incentive."""
    rows = label_cities(table.dropna(subset=["amount_wan", "for_group"]))
    fig, axes = _figure(
        "各城市资金激励水平比较", "单位: 万元(一次性或每年,见表) · ▶ 最高/不超过", source
    )
    ax = axes[0]
    groups = list(dict.fromkeys(rows.sort_values("for_group")["for_group"]))
    cities = sorted(rows["city"].dropna().unique())
    colors = {c: PALETTE[i % len(PALETTE)] for i, c in enumerate(cities)}
    for _, r in rows.iterrows():
        y = groups.index(r["for_group"]) + (cities.index(r["city"]) - len(cities) / 2) * 0.08
        ax.scatter(
            r["amount_wan"],
            y,
            s=110,
            color=colors[r["city"]],
            marker=">" if r["comparator"] in ("<=", "<") else "o",
            zorder=3,
        )
    for city, color in colors.items():
        ax.scatter([], [], color=color, label=city, s=80)
    ax.set_yticks(range(len(groups)), groups)
    ax.set_ylim(len(groups) - 0.5, -0.5)  # one band per group, first on top
    ax.set_xlabel("金额(万元)")
    ax.legend(frameon=False, fontsize=11)
    return fig


def city_against_others(rows: pd.DataFrame, city: str):
    """One city's targets against the other cities' (compare.shared_targets), one panel per
    indicator, kind and unit; the city in red and first, every value labelled with its year."""
    import math

    panels = sorted(rows["panel"].unique())
    ncols = min(len(panels), 4)
    nrows = math.ceil(len(panels) / ncols)
    fig, axes = _figure(
        f"{city}与其他城市的目标比较",
        f"全市目标,指标、类型与单位相同才同图 · 红色: {city} · "
        "● 等于  ▶ 不低于/超过  ○ 约  ━ 区间 · 括号内为目标年份" + corrected_note(rows),
        source_line(rows),
        ncols,
        nrows,
    )
    reg = registry()
    for ax, panel in zip(axes, panels, strict=False):
        sub = rows[rows["panel"] == panel]
        first = sub.iloc[0]
        cities = [city, *sorted(set(sub["city"]) - {city})]
        for _, r in sub.iterrows():
            y = cities.index(r["city"])
            color = PALETTE[1] if r["city"] == city else PALETTE[0]
            if pd.notna(r["value_max"]):
                ax.plot([r["value"], r["value_max"]], [y, y], color=color, lw=3)
            ax.scatter(
                r["value"],
                y,
                s=90,
                marker=MARKERS.get(r["comparator"], "o"),
                facecolors="white" if r["comparator"] == "~" else color,
                edgecolors=color,
                linewidths=2,
                zorder=3,
            )
            tier = f"{r['tier']} " if isinstance(r.get("tier"), str) else ""
            ax.annotate(
                f"{tier}{format_value(r)}{corrected_mark(r)} ({r['year']})",
                (r["value_max"] if pd.notna(r["value_max"]) else r["value"], y),
                xytext=(6, 5),
                textcoords="offset points",
                fontsize=9,
                color="#222222",
            )
        ax.set_yticks(range(len(cities)), [tick_label(c) for c in cities])
        ax.get_yticklabels()[0].set_color(PALETTE[1])
        ax.set_ylim(len(cities) - 0.4, -0.6)
        top = sub[["value", "value_max"]].max(numeric_only=True).max()
        ax.set_xlim(0, max(top * 1.45, 1))
        label = reg.get(first["indicator"]).label
        kind = KIND_LABELS[first["kind"]]
        title = f"{label}·{kind}" if len(label) + len(kind) <= 13 else f"{label}\n{kind}"
        ax.set_title(title, loc="left", fontsize=12)
        ax.set_xlabel(first["unit"], fontsize=10)
        ax.tick_params(axis="both", labelsize=9)
    for ax in axes[len(panels) :]:
        ax.set_axis_off()
    fig.subplots_adjust(left=0.08, hspace=0.6, wspace=0.45)
    return fig
