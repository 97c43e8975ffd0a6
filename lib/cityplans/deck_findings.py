"""What each briefing slide says: the chart the reports draw, a headline sentence stating the
finding, and notes naming the sources and the caveats (kinds, scopes, decisions).

Each slide is planned first (`plan_slides`, cheap) and drawn later (`SlidePlan.draw`), so the
deck command can show progress while the charts are made. Headlines state numbers with their
unit, kind, year and scope, as the charts do; the charts carry their own source lines.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import pandas as pd

from cityplans.compare import KIND_LABELS, _num, format_value, place_label, shared_targets
from cityplans.registry import HEADLINE_IDS, registry


@dataclass
class Finding:
    """A drawn slide: the matplotlib figure, its headline and its speaker notes."""

    figure: object
    headline: str
    notes: str


@dataclass
class SlidePlan:
    """A slide to draw: which section it belongs to and how to make its Finding."""

    section: str
    name: str
    make: Callable[[], Finding] = field(repr=False)

    def draw(self) -> Finding:
        """Make the chart, headline and notes now."""
        return self.make()


def plan_slides(
    tables,
    cities: Iterable[str] | None = None,
    indicators: Iterable[str] | None = None,
    actuals: str | None = None,
) -> list[SlidePlan]:
    """One slide per chart the reports draw (01 coverage, 02 comparison per indicator, 03 city
    profile per city, 04 themes, instruments, incentives, similarity, 05 attainment and
    ambition), for the chosen cities and indicators (default: all cities, headline ones)."""
    cities = list(cities or [])
    documents = tables.documents
    if cities:
        documents = documents[documents["city"].isin(cities)]
    targets = tables.targets
    chosen = list(indicators or HEADLINE_IDS)
    context = _Context(tables, documents, targets, cities, chosen, actuals)
    plans = [SlidePlan("语料 corpus", "01_coverage", context.coverage)]
    from cityplans.selection import select

    for ind in chosen:
        if not select(targets, [ind], cities).empty:
            plans.append(
                SlidePlan("指标比较 comparison", f"02_{ind}", lambda i=ind: context.comparison(i))
            )
    for city in cities or sorted(documents["city"].dropna().unique()):
        if not shared_targets(targets, city).empty:
            plans.append(
                SlidePlan("城市画像 city profile", f"03_{city}", lambda c=city: context.profile(c))
            )
    plans += [
        SlidePlan("政策主题 themes", "04_themes", context.themes),
        SlidePlan("政策主题 themes", "04_instruments", context.instruments),
    ]
    incentives = tables.incentives
    incentives = incentives[incentives["doc"].isin(documents["doc"])]
    if len(incentives.dropna(subset=["amount_wan", "for_group"])):
        plans.append(SlidePlan("政策主题 themes", "04_incentives", context.incentives))
    if len(documents) > 1:
        plans.append(SlidePlan("政策主题 themes", "04_similarity", context.similarity))
    plans += [
        SlidePlan("目标与实际 promised vs achieved", "05_attainment", context.attainment),
        SlidePlan("目标与实际 promised vs achieved", "05_ambition", context.ambition),
    ]
    return plans


_FULL_WIDTH = str.maketrans("(),:;", "\uff08\uff09\uff0c\uff1a\uff1b")


def full_width(text: str) -> str:
    """Chinese punctuation in a Chinese sentence: the text uses half-width forms (the
    normalised convention), which a CJK font on a slide spaces oddly."""
    return text.translate(_FULL_WIDTH)


def _doc_lines(documents: pd.DataFrame) -> list[str]:
    """Each plan: city, title, years, file and checksum (the notes' sources)."""
    lines = []
    for r in documents.sort_values(["city", "doc"]).to_dict("records"):
        years = ""
        if pd.notna(r.get("period_start")):
            years = f"{int(r['period_start'])}"
            if pd.notna(r.get("period_end")) and r["period_end"] != r["period_start"]:
                years += f"–{int(r['period_end'])}"
        title = f"《{r['title']}》" if isinstance(r.get("title"), str) and r["title"] else ""
        source = f";原载 {r['source']}" if isinstance(r.get("source"), str) and r["source"] else ""
        lines.append(
            f"- {r['city']}{title}({years or '年份未识别'});文件 {r['doc']},"
            f"sha256 {str(r['sha256'])[:12]}…{source}"
        )
    return lines


def caveats(rows: pd.DataFrame) -> list[str]:
    """What a reader of a chart of `rows` (targets) must keep in mind: kinds kept apart,
    sub-areas, comparators, rows the extractor was unsure of, and analysts' decisions."""
    if rows.empty:
        return ["- 图中没有目标数据。"]
    out = []
    kinds = [KIND_LABELS[k] for k in KIND_LABELS if k in set(rows["kind"])]
    out.append(
        f"- 类型:{'、'.join(kinds)}。不同类型(总量/水平、新增、增长率)分图绘制,"
        "从不放在同一坐标轴上。"
    )
    units = sorted(set(rows["unit"].dropna()))
    out.append(f"- 单位:{'、'.join(units)};单位不同的数值不作比较。")
    subareas = sorted(set(rows.loc[rows["scope"] != "city", "scope"].dropna()))
    if subareas:
        out.append(
            f"- 范围:除全市目标外,还有下辖区域或市本级的目标({'、'.join(subareas)}),"
            "图中以空心标记,不能与全市目标直接比较。"
        )
    else:
        out.append("- 范围:均为全市目标。")
    years = sorted({int(y) for y in rows["year"].dropna()})
    if len(years) > 1:
        out.append(f"- 年份:目标年份不同({'、'.join(map(str, years))}),比较时请注意时间差。")
    about = int((rows["comparator"] == "~").sum())
    bound = int(rows["comparator"].isin([">=", ">"]).sum())
    if about or bound:
        out.append(f"- 比较符:{bound} 条为“以上/超过”(下限),{about} 条为“左右/约”。")
    unsure = int((rows["review"].fillna("") != "").sum()) if "review" in rows else 0
    decided = rows["decision"].fillna("") if "decision" in rows else pd.Series(dtype=str)
    corrected = int((decided == "correct").sum())
    accepted = int((decided == "accept").sum())
    open_rows = unsure - int((decided[rows["review"].fillna("") != ""] != "").sum())
    if open_rows:
        out.append(f"- 抽取存疑:{open_rows} 条抽取结果尚待人工核对(原因见报告“待核对清单”)。")
    if corrected or accepted:
        out.append(f"- 人工核对:{corrected} 条经人工更正(图中数值旁标 *),{accepted} 条经人工确认。")
    return out


class _Context:
    """The data every slide of one deck draws from, loaded once."""

    def __init__(self, tables, documents, targets, cities, indicators, actuals) -> None:
        self.tables, self.documents, self.targets = tables, documents, targets
        self.cities, self.indicators, self.actuals = cities, indicators, actuals
        self._outcomes = None

    def _notes(self, rows: pd.DataFrame, documents: pd.DataFrame | None = None, extra=()) -> str:
        docs = self.documents if documents is None else documents
        stale = self._stale()
        lines = ["来源(规划文件):", *_doc_lines(docs), "", "口径与注意:", *caveats(rows), *extra]
        if stale:
            lines.append(
                f"- 另有 {stale} 条人工核对决定因原文变化已过期,未被应用(见工作簿“核对决定”表)。"
            )
        return "\n".join(lines)

    def _stale(self) -> int:
        decisions = self.tables.corrections
        if decisions.empty:
            return 0
        decisions = decisions[decisions["doc"].isin(self.documents["doc"])]
        return int((decisions["state"] == "stale").sum())

    def coverage(self) -> Finding:
        from cityplans import charts, compare

        cov = compare.coverage(self.targets, cities=self.documents["city"].dropna())
        fig = charts.coverage_heatmap(cov, self.documents)
        stated = (cov > 0).sum(axis=1).sort_values(ascending=False)
        most, least = stated.index[0], stated.index[-1]
        headline = (
            f"{len(stated)} 个城市的规划中,{most}设定目标的核心指标最多({stated.iloc[0]} 项),"
            f"{least}最少({stated.iloc[-1]} 项)"
        )
        if stated.iloc[0] == stated.iloc[-1]:
            headline = f"{len(stated)} 个城市的规划各设定了 {stated.iloc[0]} 项核心指标的目标"
        rows = self.targets[
            self.targets["indicator"].isin(HEADLINE_IDS)
            & self.targets["doc"].isin(self.documents["doc"])
        ]
        return Finding(fig, headline, self._notes(rows[rows["status"] == "target"]))

    def comparison(self, indicator: str) -> Finding:
        from cityplans import charts
        from cityplans.selection import select

        rows = select(self.targets, [indicator], self.cities)
        fig = charts.dotplot(self.targets, indicator, self.cities or None)
        return Finding(fig, comparison_headline(rows, indicator), self._notes(rows))

    def profile(self, city: str) -> Finding:
        from cityplans import charts

        shared = shared_targets(self.targets, city)
        fig = charts.city_against_others(shared, city)
        highest = 0
        for _, panel in shared.groupby("panel"):
            top = panel[["value", "value_max"]].max(axis=1)
            if panel.loc[top.idxmax(), "city"] == city:
                highest += 1
        n = shared["panel"].nunique()
        top = f"其中 {highest} 项{city}的目标值最高" if highest else f"{city}没有一项目标值最高"
        headline = (
            f"{city}与其他城市在 {n} 项相同指标(同类型、同单位的全市目标)上可比,"
            f"{top}(目标年份各不相同,见图)"
        )
        docs = self.documents[self.documents["doc"].isin(shared["doc"])]
        return Finding(fig, headline, self._notes(shared, docs))

    def _clauses(self) -> pd.DataFrame:
        clauses = self.tables.clauses
        return clauses[clauses["doc"].isin(self.documents["doc"])]

    def themes(self) -> Finding:
        from cityplans import charts
        from cityplans.themes import theme_labels, theme_shares

        shares = theme_shares(self._clauses()).rename(columns=theme_labels())
        fig = charts.heatmap(
            shares,
            "各城市规划的政策主题分布",
            "格中数字: 带有该主题的条款占比",
            charts.source_line(self.documents),
        )
        top = shares.mean().sort_values(ascending=False)
        firsts = shares.idxmax(axis=1)
        same = firsts.value_counts()
        headline = (
            f"平均而言,“{top.index[0]}”是各规划着墨最多的主题(平均 {top.iloc[0]:.0%} 的条款);"
            f"{same.iloc[0]} 个城市以“{same.index[0]}”为第一主题"
        )
        extra = ["- 主题按关键词标注(lib/cityplans/data/themes.yaml),一条条款可带多个主题。"]
        return Finding(fig, headline, self._notes(self.targets.iloc[0:0], extra=extra))

    def instruments(self) -> Finding:
        from cityplans import charts
        from cityplans.themes import instrument_labels, instrument_shares

        mix = instrument_shares(self._clauses()).rename(columns=instrument_labels())
        fig = charts.stacked_shares(
            mix,
            "各城市政策工具结构",
            "Rothwell & Zegveld: 供给型 / 需求型 / 环境型 条款占比",
            charts.source_line(self.documents),
        )
        main = mix.mean().sort_values(ascending=False)
        col = main.index[0]
        headline = (
            f"{col}工具在各规划中占比最高(各城市 {mix[col].min():.0%}–{mix[col].max():.0%}),"
            f"{main.index[-1]}工具最少(平均 {main.iloc[-1]:.0%})"
        )
        extra = ["- 政策工具按 Rothwell & Zegveld 分类,依关键词判定(themes.yaml)。"]
        return Finding(fig, headline, self._notes(self.targets.iloc[0:0], extra=extra))

    def incentives(self) -> Finding:
        from cityplans import charts

        inc = self.tables.incentives
        inc = inc[inc["doc"].isin(self.documents["doc"])]
        plotted = inc.dropna(subset=["amount_wan", "for_group"])
        docs = self.documents[self.documents["doc"].isin(plotted["doc"])]
        fig = charts.incentive_dots(inc, charts.source_line(docs))
        top = plotted.sort_values("amount_wan", ascending=False).iloc[0]
        per = "每年" if top["per"] == "年" else "一次性"
        headline = (
            f"单项资金激励最高的是{top['city']}:{top['for_what']}"
            f"{_num(top['amount_wan'])}万元({per});共 {len(plotted)} 项金额激励"
        )
        extra = ["- 金额为每个受益对象的额度,单位万元;按比例的激励(%)不在图中。"]
        return Finding(fig, headline, self._notes(self.targets.iloc[0:0], docs, extra))

    def similarity(self) -> Finding:
        from cityplans import charts

        sim = self.tables.similarity()
        keep = [
            c
            for c in sim.columns
            if any(c == city or c.startswith(f"{city} (") for city in self.documents["city"])
        ]
        sim = sim.loc[keep, keep]
        fig = charts.heatmap(
            sim,
            "规划文本相似度",
            "TF-IDF 余弦相似度(1 = 相同)",
            charts.source_line(self.documents),
            fmt=".2f",
        )
        pairs = [
            (sim.iloc[i, j], sim.index[i], sim.columns[j])
            for i in range(len(sim))
            for j in range(i + 1, len(sim))
        ]
        pairs.sort()
        high, low = pairs[-1], pairs[0]
        headline = (
            f"文本最相似的是{high[1]}与{high[2]}(余弦相似度 {high[0]:.2f}),"
            f"最不相似的是{low[1]}与{low[2]}({low[0]:.2f})"
        )
        extra = ["- 相似度基于 TF-IDF 关键词向量(jieba 分词),衡量用词而非政策内容的相同。"]
        return Finding(fig, headline, self._notes(self.targets.iloc[0:0], extra=extra))

    def outcomes(self):
        if self._outcomes is None:
            from cityplans.outcomes import outcomes

            self._outcomes = outcomes(self.targets, self.documents, self.actuals)
        return self._outcomes

    def _chosen(self, frame: pd.DataFrame) -> pd.DataFrame:
        keep = frame["doc"].isin(self.documents["doc"]) if "doc" in frame else True
        if self.cities:
            keep &= frame["city"].isin(self.cities)
        return frame[keep]

    def attainment(self) -> Finding:
        from cityplans import attainment_charts

        attained = self._chosen(self.outcomes().attainment)
        fig = attainment_charts.dumbbell(attained, self.documents)
        counts = attained["status"].value_counts()
        met, not_met = int(counts.get("met", 0)), int(counts.get("not_met", 0))
        headline = (
            f"{len(attained)} 条目标中 {met + not_met} 条有可比的实际值:{met} 条达成、"
            f"{not_met} 条未达成;其余 {len(attained) - met - not_met} 条无数据或未到期"
        )
        rows = self.targets[self.targets["target_id"].isin(attained["target_id"])]
        extra = [
            "- 实际值来源:规划文本中的现状数字、随 cityplans 提供的统计公报参考表、用户文件"
            "(--actuals);只比较城市、范围、指标、类型、单位和年份都相同的目标与实际值。",
        ]
        sources = sorted(set(attained["actual_source"].dropna()))
        extra += [f"- 实际值来源:{s}" for s in sources]
        return Finding(fig, headline, self._notes(rows, extra=extra))

    def ambition(self) -> Finding:
        from cityplans import attainment_charts

        ranked = self.outcomes().ambition
        ranked = ranked[ranked["target_id"].str.split("#").str[0].isin(self.documents["doc"])]
        if self.cities:
            ranked = ranked[ranked["city"].isin(self.cities)]
        fig = attainment_charts.ambition_bars(ranked, self.documents)
        shown = ranked[ranked["ambition"].notna()]
        if shown.empty:
            headline = "所选目标都缺少规划前的基期值,无法折算年均增速"
        else:
            top = shown.sort_values("ambition", ascending=False).iloc[0]
            target = f"{_num(top['target_value'])}{top['unit']}"
            headline = (
                f"雄心最高:{place_label(top)}{registry().get(top['indicator']).label}"
                f"({KIND_LABELS[top['kind']]},{top['year']}年目标 {target}),"
                f"隐含年均增速 {top['ambition']:.1%};共 {len(shown)} 条目标可折算"
            )
        rows = self.targets[self.targets["target_id"].isin(ranked["target_id"])]
        extra = ["- 年均增速由规划前最近的实际值折算;新增目标假定无企业退出。"]
        return Finding(fig, headline, self._notes(rows, extra=extra))


def comparison_headline(rows: pd.DataFrame, indicator: str) -> str:
    """The finding of one indicator's comparison: the highest and lowest whole-city target of
    the kind most cities state, each with its value, unit, year and city."""
    ind = registry().get(indicator)
    whole = rows[rows["scope"] == "city"]
    if whole.empty:
        places = "、".join(sorted({place_label(r) for _, r in rows.iterrows()}))
        return f"{ind.label}:只有下辖区域设定了目标({places}),无全市目标可比"
    counts = whole.groupby("kind")["city"].nunique()
    kind = max(counts.index, key=lambda k: (counts[k], -list(KIND_LABELS).index(k)))  # level first
    same = whole[whole["kind"] == kind]
    unit = same["unit"].mode().iloc[0]
    same = same[same["unit"] == unit]
    label = f"{ind.label}({KIND_LABELS[kind]},{unit})"
    ordered = same.assign(top=same[["value", "value_max"]].max(axis=1)).sort_values("top")
    high, low = ordered.iloc[-1], ordered.iloc[0]
    n = same["city"].nunique()
    high_text = f"{high['city']} {format_value(high)}{unit}({high['year']}年)"
    if n == 1:
        return (
            f"{label}:仅{high['city']}设定了全市目标,{format_value(high)}{unit}({high['year']}年)"
        )
    low_text = f"{low['city']} {format_value(low)}{unit}({low['year']}年)"
    return f"{label}:{n} 个城市设定了全市目标,最高为{high_text},最低为{low_text}"
