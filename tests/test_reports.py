"""The report command: every file it promises, safe HTML, named failures, parameter checks."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import nbformat
import papermill as pm
import pytest
from PIL import Image

import cityplans as cp
from cityplans.compare import check_parameters
from cityplans.errors import UnknownCityError, UnknownIndicatorError
from cityplans.reports import render_reports
from tests.conftest import DINGXI, ROOT, SEEDS

NOTEBOOKS = ROOT / "notebooks"
CITIES = ["定西市", "盘锦市", "郑州市", "霸州市", "驻马店市"]


STALE_FIGURE = "02_hte_count_cities__cities-火星市.png"  # left by an earlier run


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    (out / "figures").mkdir()
    (out / "figures" / STALE_FIGURE).write_bytes(b"")
    return render_reports([SEEDS], out=out, jobs=2, progress=False), out


def test_every_expected_file(seeds_run):
    run, out = seeds_run
    assert not run.failed, [str(p.error) for p in run.failed]
    names = sorted(p.html.name for p in run.pages)
    assert names == sorted(
        [
            "01_corpus_overview.html",
            "02_indicator_comparison.html",
            "04_policy_themes.html",
            "05_promised_vs_achieved.html",
        ]
        + [f"03_city_profile_{c}.html" for c in CITIES]
    )
    assert (out / "reports" / "index.html").exists()
    index = (out / "reports" / "index.html").read_text(encoding="utf-8")
    for name in names:
        assert f"href='{name}'" in index
    pngs = sorted(p for p in (out / "figures").glob("*.png") if p.name != STALE_FIGURE)
    assert (out / "figures" / "01_coverage.png") in pngs
    assert (out / "figures" / "02_hte_count_cities.png") in pngs
    assert (out / "figures" / "05_attainment.png") in pngs
    assert (out / "figures" / "05_ambition.png") in pngs
    for png in pngs:
        assert png.with_suffix(".svg").exists()
        with Image.open(png) as img:
            w, h = img.size
            assert abs(w / h - 16 / 9) < 0.01  # slide size
            assert img.info["dpi"][0] >= 150 and w >= 13.3 * 150


def test_pages_have_footer_and_no_code(seeds_run):
    run, _ = seeds_run
    page = next(p for p in run.pages if p.job.name == "03_city_profile_定西市")
    text = page.html.read_text(encoding="utf-8")
    assert "cityplans " + cp.__version__ in text
    assert "&quot;city&quot;: &quot;定西市&quot;" in text  # parameters, escaped JSON
    for doc in cp.load_corpus([SEEDS]).docs:
        assert doc.sha256 in text  # document checksums
    assert "import cityplans" not in text  # input hidden by default
    assert "陇西经济开发区" in text  # sub-area targets shown


def test_images_are_embedded(seeds_run):
    run, _ = seeds_run
    page = next(p for p in run.pages if p.job.name == "02_indicator_comparison")
    text = page.html.read_text(encoding="utf-8")
    assert text.count("data:image/png;base64,") >= 10
    assert (
        'alt="高新技术企业数:各城市目标比较"' in text
    )  # each chart's title is its alternative text
    assert not re.search(r"<img[^>]+src=['\"](?!data:)", text)  # no external image files


def test_with_code_shows_the_code(tmp_path):
    from cityplans.reports import export_html

    executed = tmp_path / "ok.ipynb"
    pm.execute_notebook(
        str(ROOT / "tests/notebooks/01_renders.ipynb"),
        str(executed),
        kernel_name="python3",
        progress_bar=False,
    )
    assert "print(" not in export_html(executed, with_code=False)
    assert "print" in export_html(executed, with_code=True)


def test_a_broken_notebook_is_named_and_the_rest_render(tmp_path):
    run = render_reports(
        [SEEDS], out=tmp_path, notebooks_dir=ROOT / "tests/notebooks", progress=False
    )
    by_name = {p.job.name: p for p in run.pages}
    assert by_name["01_renders"].error is None and by_name["01_renders"].html.exists()
    err = by_name["02_broken_cell"].error
    assert err is not None and err.notebook == "02_broken_cell"
    # the 4th cell of the notebook as written (md, parameters, x = 1, raise)
    assert err.cell == 4 and "ValueError: deliberately broken" in err.error
    assert "raise ValueError" in err.error
    index = run.index.read_text(encoding="utf-8")
    assert "02_broken_cell" in index and "failed" in index


def test_cli_exit_status_names_the_failure(tmp_path):
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "cityplans",
            "report",
            str(SEEDS),
            "--out",
            str(tmp_path),
            "--notebooks",
            str(ROOT / "tests/notebooks"),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
    )
    assert proc.returncode == 1
    assert "02_broken_cell: cell 4: ValueError: deliberately broken" in proc.stderr
    assert "1 of 2 reports rendered" in proc.stdout and "index.html" in proc.stdout


PAYLOAD_NAME = "<img src=x onerror=alert(1)>.txt"
PAYLOAD_TEXT = (
    "衢州市2021年科技工作要点\n一、主要目标\n"
    "全市高新技术企业<script>alert('x')</script>达到100家,"
    "技术合同成交额<img src=x onerror=alert(2)>达到30亿元。\n"
)


def test_document_text_runs_nothing_in_a_report(tmp_path):
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / PAYLOAD_NAME).write_text(PAYLOAD_TEXT, encoding="utf-8")
    run = render_reports([plans], out=tmp_path / "out", progress=False)
    assert not run.failed, [str(p.error) for p in run.failed]
    pages = [p.html.read_text(encoding="utf-8") for p in run.pages]
    pages.append(run.index.read_text(encoding="utf-8"))
    joined = "\n".join(pages)
    assert "<script>alert(" not in joined
    assert "onerror=alert" not in joined.replace("&lt;img src=x onerror=alert", "")
    assert "&lt;script&gt;alert(" in joined  # the quote is shown, escaped


def test_parameters_are_checked_with_the_valid_values():
    corpus = cp.load_corpus([SEEDS])
    targets = cp.extract_targets(corpus)
    with pytest.raises(UnknownCityError) as info:
        check_parameters(targets, corpus.documents, cities=["火星市"])
    assert "火星市" in str(info.value) and "定西市" in str(info.value)
    with pytest.raises(UnknownIndicatorError) as info:
        check_parameters(targets, corpus.documents, indicators=["hte"])
    assert "hte_count" in str(info.value)


def test_a_notebook_run_with_an_unknown_city_fails_clearly(tmp_path):
    with pytest.raises(pm.PapermillExecutionError) as info:
        pm.execute_notebook(
            str(NOTEBOOKS / "03_city_profile.ipynb"),
            str(tmp_path / "o.ipynb"),
            parameters={"paths": [str(SEEDS)], "city": "火星市"},
            kernel_name="python3",
            cwd=str(NOTEBOOKS),
            progress_bar=False,
        )
    assert info.value.ename == "UnknownCityError"
    assert "cities in this corpus: 定西市, 盘锦市" in info.value.evalue


@pytest.mark.parametrize("name", sorted(p.name for p in NOTEBOOKS.glob("[0-9][0-9]_*.ipynb")))
def test_notebook_shape(name):
    nb = nbformat.read(str(NOTEBOOKS / name), as_version=4)
    assert nb.cells[0].cell_type == "markdown" and "Question" in nb.cells[0].source
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    params = pm.inspect_notebook(str(NOTEBOOKS / name))
    lines = [ln for ln in tagged[0].source.splitlines() if ln.strip()]
    assert len(params) == len(lines)  # every line parsed (an '=' in a comment breaks it)
    for p in params.values():
        assert p["help"] and p["inferred_type_name"] != "None"
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")  # no outputs


def test_cjk_glyphs_render(tmp_path):
    """Every label the charts use has a glyph; a missing one fails (pyproject turns it into an
    error), and the font's own character map is checked too."""
    import warnings

    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    from cityplans import charts
    from cityplans.registry import registry

    font = charts.use_project_style()
    path = font_manager.findfont(font)
    cmap = FT2Font(path).get_charmap()
    labels = [i.name_zh for i in registry()] + CITIES + ["总量/水平", "新增", "增长率", "来源", "≥"]
    missing = {ch for s in labels for ch in s if ch.strip() and ord(ch) not in cmap}
    assert not missing
    corpus = cp.load_corpus([SEEDS])
    targets = cp.extract_targets(corpus)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig = charts.dotplot(targets, "hte_count")
        paths = charts.save_for_slides(fig, "t", tmp_path)
    assert all(p.exists() for p in paths)


def _notebooks(folder, cells_by_name: dict[str, list[str]]):
    """Write small notebooks (one code cell per string), each with a parameters cell."""
    folder.mkdir()
    for name, cells in cells_by_name.items():
        nb = nbformat.v4.new_notebook(
            metadata={"kernelspec": {"name": "python3", "language": "python", "display_name": "P"}}
        )
        params = nbformat.v4.new_code_cell(
            'paths: list = []  # plans\nfigures_dir: str = ""  # out\ntables: str = ""  # in'
        )
        params.metadata["tags"] = ["parameters"]
        nb.cells = [params] + [nbformat.v4.new_code_cell(src) for src in cells]
        nbformat.write(nb, str(folder / f"{name}.ipynb"))
    return folder


def _printed(executed) -> str:
    nb = nbformat.read(str(executed), as_version=4)
    return "".join(o.get("text", "") for c in nb.cells for o in c.get("outputs", []))


def test_a_reused_kernel_is_clean_for_the_next_notebook(tmp_path):
    """One worker runs both notebooks in one kernel (same process id), and the second sees
    none of the first's variables, figures, matplotlib or pandas settings or working folder."""
    folder = _notebooks(
        tmp_path / "nbs",
        {
            "01_dirty": [
                "import os, matplotlib\nmatplotlib.use('agg')\nimport matplotlib.pyplot as plt",
                "leaked = 1\nplt.figure()\nmatplotlib.rcParams['lines.linewidth'] = 9\n"
                "import pandas as pd\npd.set_option('display.max_rows', 5)\n"
                "os.chdir('/')\nprint('pid', os.getpid())",
            ],
            "02_clean": [
                "import os, matplotlib, matplotlib.pyplot as plt\nprint('pid', os.getpid())",
                "assert 'leaked' not in globals()\nassert not plt.get_fignums()\n"
                "assert matplotlib.rcParams['lines.linewidth'] != 9\n"
                "import pandas as pd\nassert pd.get_option('display.max_rows') == 60\n"
                "print('cwd', os.getcwd())",
            ],
        },
    )
    run = render_reports([SEEDS], out=tmp_path / "out", notebooks_dir=folder, progress=False)
    assert not run.failed, [str(p.error) for p in run.failed]
    first, second = (
        _printed(tmp_path / "out/reports" / f"{n}.ipynb") for n in ["01_dirty", "02_clean"]
    )
    pid = re.search(r"pid (\d+)", first).group(1)
    assert f"pid {pid}" in second  # the same kernel ran both
    assert f"cwd {folder}" in second
    counts = [
        c.execution_count
        for c in nbformat.read(str(tmp_path / "out/reports/02_clean.ipynb"), as_version=4).cells
    ]
    assert counts == [1, 2, 3, 4]  # parameters, injected parameters, 2 cells: as in a new kernel


def test_fresh_kernels_give_every_notebook_its_own(tmp_path):
    folder = _notebooks(
        tmp_path / "nbs", {f"0{i}_pid": ["import os\nprint('pid', os.getpid())"] for i in (1, 2)}
    )
    run = render_reports(
        [SEEDS], out=tmp_path / "out", notebooks_dir=folder, progress=False, fresh_kernels=True
    )
    assert not run.failed, [str(p.error) for p in run.failed]
    pids = {_printed(tmp_path / "out/reports" / f"0{i}_pid.ipynb") for i in (1, 2)}
    assert len(pids) == 2


def test_a_dead_kernel_is_named_and_replaced(tmp_path):
    folder = _notebooks(
        tmp_path / "nbs",
        {"01_dies": ["import os\nos._exit(3)"], "02_after": ["print('still here')"]},
    )
    run = render_reports([SEEDS], out=tmp_path / "out", notebooks_dir=folder, progress=False)
    by_name = {p.job.name: p for p in run.pages}
    assert by_name["01_dies"].error is not None
    assert "01_dies" in str(by_name["01_dies"].error)
    assert by_name["02_after"].error is None
    assert "still here" in _printed(tmp_path / "out/reports/02_after.ipynb")


def test_rendering_twice_in_one_process_keeps_the_working_folder(tmp_path, monkeypatch):
    """Worker threads must not chdir the process: a second run with relative paths works."""
    monkeypatch.chdir(ROOT)
    folder = _notebooks(tmp_path / "nbs", {f"0{i}_ok": ["print('ok')"] for i in range(1, 5)})
    for out in ("a", "b"):
        run = render_reports(
            [SEEDS.relative_to(ROOT)],
            out=tmp_path / out,
            notebooks_dir=folder,
            jobs=2,
            progress=False,
        )
        assert Path.cwd() == ROOT
        assert not run.failed and not run.input_errors and len(run.pages) == 4


def test_unreadable_inputs_are_listed_and_the_reports_still_render(tmp_path):
    """An empty file beside a good plan: named with its reason in the index, and the
    notebooks (which receive the loaded corpus with its errors) render."""
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "衢州.txt").write_text(PAYLOAD_TEXT, encoding="utf-8")
    (plans / "empty.txt").write_bytes(b"")
    run = render_reports([plans], out=tmp_path / "out", progress=False)
    assert not run.failed, [str(p.error) for p in run.failed]
    assert len(run.input_errors) == 1 and "empty.txt" in run.input_errors[0]
    index = run.index.read_text(encoding="utf-8")
    assert "Inputs that could not be read" in index and "empty.txt" in index
    overview = next(p for p in run.pages if p.job.name == "01_corpus_overview")
    assert "empty.txt" in overview.html.read_text(encoding="utf-8")  # the problems section


def test_the_style_applies_again_after_matplotlib_is_reset():
    """A report kernel resets matplotlib between notebooks; the next one's charts must still
    get the CJK font (a cached, once-only style left 04's charts all boxes)."""
    import matplotlib

    from cityplans import charts

    font = charts.use_project_style()
    matplotlib.rc_file_defaults()
    assert matplotlib.rcParams["font.sans-serif"][0] != font
    charts.use_project_style()
    assert matplotlib.rcParams["font.sans-serif"][0] == font


def test_tables_wrap_long_text_only_and_escape_everything():
    import pandas as pd

    from cityplans import notebook as nb

    frame = pd.DataFrame(
        {
            "city": ["驻马店市", "<b>霸州市</b>"],
            "n": pd.array([3, None], dtype="Int64"),
            "quote": ["到2021年全市高新技术企业达到140家以上,科技型中小企业达到240家以上", "短"],
        }
    )
    html_text = nb.table(frame).data
    assert "<td>驻马店市</td>" in html_text  # short: never wraps
    assert "<td class='cp-long'>到2021年全市高新技术企业" in html_text  # long text wraps
    assert "<td class='cp-long'>短</td>" in html_text  # the whole column, not just long cells
    assert "&lt;b&gt;霸州市&lt;/b&gt;" in html_text and "<b>" not in html_text
    assert "<td></td>" in html_text and "NA" not in html_text  # a missing count is blank
    # a wide table scrolls in its own box rather than being clipped by the output cell
    assert "<div class='cp-scroll'><table class='cp-table'>" in html_text
    assert ".cp-scroll{overflow-x:auto" in html_text


def test_slide_data_is_what_the_chart_plots(seeds_run):
    """The CSV beside a slide chart holds the plotted rows only (incentives with a money
    amount and a group), so its source line and its data agree."""
    import pandas as pd

    _, out = seeds_run
    data = pd.read_csv(out / "figures" / "04_incentives.csv", encoding="utf-8-sig")
    assert len(data) and data["amount_wan"].notna().all() and data["for_group"].notna().all()


NO_PLACE = "plan_noplace.txt"
NO_PLACE_TEXT = """关于印发《科技创新三年行动方案(2021—2023年)》的通知

各有关单位:
现将《科技创新三年行动方案(2021—2023年)》印发给你们,请认真贯彻落实。

一、主要目标
到2023年,全社会研发经费投入强度达到2.5%,高新技术企业数量达到300家以上,\
科技型中小企业达到500家,技术合同成交额达到20亿元。
二、重点任务
(一)培育创新主体。实施高新技术企业倍增计划,对新认定的高新技术企业给予10万元奖励。
(二)建设创新平台。新建省级以上重点实验室5个。
"""
UNKNOWN = f"城市未识别 ({NO_PLACE})"


@pytest.fixture(scope="module")
def no_place_run(tmp_path_factory):
    """A seed plan and a short S&T plan that names no place (so no city is found)."""
    plans = tmp_path_factory.mktemp("plans")
    (plans / DINGXI).write_bytes((SEEDS / DINGXI).read_bytes())
    (plans / NO_PLACE).write_text(NO_PLACE_TEXT, encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    return render_reports([plans], out=out, progress=False), out


def test_a_plan_without_a_city_breaks_no_report(no_place_run):
    import pandas as pd

    run, out = no_place_run
    assert not run.failed, [str(p.error) for p in run.failed]
    for name in ("01_corpus_overview", "02_indicator_comparison", "04_policy_themes"):
        page = next(p for p in run.pages if p.job.name == name)
        assert UNKNOWN in page.html.read_text(encoding="utf-8"), name
    # the charts' data (what the slides plot) name it the same way
    coverage = pd.read_csv(out / "figures" / "01_coverage.csv", encoding="utf-8-sig")
    assert UNKNOWN in set(coverage["city"])
    hte = pd.read_csv(out / "figures" / "02_hte_count_cities.csv", encoding="utf-8-sig")
    assert set(hte["city"]) == {"定西市", UNKNOWN}
    themes = pd.read_csv(out / "figures" / "04_theme_shares.csv", encoding="utf-8-sig")
    assert UNKNOWN in set(themes["city"])
    # no city profile for it, and the index says so
    assert [p.job.name for p in run.pages if p.job.name.startswith("03_")] == [
        "03_city_profile_定西市"
    ]
    index = run.index.read_text(encoding="utf-8")
    assert UNKNOWN in index and "manifest.csv" in index


def test_labels_for_a_document_without_a_city():
    import pandas as pd

    from cityplans import charts
    from cityplans.compare import city_label, label_cities, place_label

    assert city_label(None, NO_PLACE) == UNKNOWN
    assert city_label(float("nan"), NO_PLACE) == UNKNOWN
    assert city_label("定西市", DINGXI) == "定西市"
    assert place_label({"city": None, "doc": NO_PLACE, "scope": "city"}) == UNKNOWN
    assert place_label({"city": None, "doc": NO_PLACE, "scope": "高新区"}) == f"{UNKNOWN}·高新区"
    frame = pd.DataFrame({"doc": [NO_PLACE, DINGXI], "city": [None, "定西市"]})
    assert list(label_cities(frame)["city"]) == [UNKNOWN, "定西市"]
    assert pd.isna(frame["city"][0])  # the table given is not changed
    docs = frame.assign(title=["科技创新三年行动方案", "定西市方案"], period_start=[2021, 2020])
    docs = docs.assign(period_end=[2023, 2020])
    assert f"{UNKNOWN}《科技创新三年行动方案》(2021–2023)" in charts.source_line(docs)
    # a document without plan years (pd.NA in the Int64 columns) is named without them
    docs = docs.astype({"period_start": "Int64", "period_end": "Int64"})
    docs.loc[1, ["period_start", "period_end"]] = pd.NA
    assert charts.source_line(docs).endswith(";定西市《定西市方案》")


def test_source_lines_fit_a_slide():
    """Thirty plans would fill half the slide: the line names the first and counts them all;
    a plan without a title is named by its file, once."""
    import pandas as pd

    from cityplans import charts

    docs = pd.DataFrame(
        {
            "doc": [f"{i:03d}_plan.txt" for i in range(30)],
            "city": [None] * 10 + [f"第{i}市" for i in range(20)],
            "title": [None] * 10 + ["关于印发科技创新三年行动方案的通知"] * 20,
            "period_start": [2021] * 30,
            "period_end": [2023] * 30,
        }
    )
    line = charts.source_line(docs)
    width = sum(2 if ord(ch) > 0x2E80 else 1 for ch in line)
    assert width <= charts.SOURCE_WIDTH * charts.SOURCE_LINES
    assert line.endswith("…共 30 份文件(完整列表见报告)")
    assert line.startswith("来源: 城市未识别 (000_plan.txt)(2021–2023);")


def test_a_failed_page_shows_a_short_message_and_logs_the_traceback(tmp_path):
    run = render_reports(
        [SEEDS], out=tmp_path, notebooks_dir=ROOT / "tests/notebooks", progress=False
    )
    page = next(p for p in run.pages if p.job.name == "02_broken_cell")
    text = page.html.read_text(encoding="utf-8")
    assert "Traceback" not in text and "encountered an exception" not in text
    assert "第 4 个单元格" in text and "ValueError: deliberately broken" in text
    assert page.log == tmp_path / "reports" / "02_broken_cell.log"
    log = page.log.read_text(encoding="utf-8")
    assert "Traceback" in log and 'raise ValueError("deliberately broken")' in log
    assert "\x1b[" not in log  # no terminal colour codes
    assert "02_broken_cell.log" in text  # the reader is told where the details are


def _execute(notebook: str, out, **parameters):
    pm.execute_notebook(
        str(NOTEBOOKS / notebook),
        str(out),
        parameters={"paths": [str(SEEDS)], **parameters},
        kernel_name="python3",
        progress_bar=False,
    )


def test_a_one_city_run_keeps_the_all_city_figures(tmp_path):
    import pandas as pd

    figures = tmp_path / "figures"
    _execute("02_indicator_comparison.ipynb", tmp_path / "all.ipynb", figures_dir=str(figures))
    before = {p.name: p.read_bytes() for p in figures.iterdir()}
    _execute(
        "02_indicator_comparison.ipynb",
        tmp_path / "one.ipynb",
        figures_dir=str(figures),
        cities=["郑州市"],
    )
    assert all(figures.joinpath(n).read_bytes() == b for n, b in before.items())  # untouched
    everyone = pd.read_csv(figures / "02_hte_count_cities.csv", encoding="utf-8-sig")
    assert len(set(everyone["city"])) > 1
    one = pd.read_csv(figures / "02_hte_count_cities__cities-郑州市.csv", encoding="utf-8-sig")
    assert set(one["city"]) == {"郑州市"}


def test_figure_names_and_titles_carry_the_selection():
    from cityplans import charts

    assert charts.figure_name("02_hte_count_cities") == "02_hte_count_cities"
    assert charts.figure_name("02_x", cities=[], years=None) == "02_x"
    name = charts.figure_name("02_x", cities=["郑州市", "定西市"], years=[2020], kinds=["new"])
    assert name == "02_x__cities-郑州市+定西市__years-2020__kinds-new"
    many = charts.figure_name("02_x", cities=CITIES)
    assert many.startswith("02_x__cities-5-") and many != charts.figure_name(
        "02_x", cities=CITIES[:4]
    )
    assert "/" not in charts.figure_name("04_x", paths=["a/b"])
    corpus = cp.load_corpus([SEEDS])
    targets = cp.extract_targets(corpus)
    fig = charts.dotplot(targets, "hte_count", cities=["郑州市"])
    assert fig.get_suptitle() == "高新技术企业数:郑州市的目标"
    fig = charts.dotplot(targets, "hte_count")
    assert fig.get_suptitle() == "高新技术企业数:各城市目标比较"


def test_the_index_links_the_figures_each_page_made(seeds_run):
    run, _ = seeds_run
    index = run.index.read_text(encoding="utf-8")
    assert STALE_FIGURE not in index  # in the folder, but made by no page of this run
    block = re.search(r"<h3>02_indicator_comparison</h3>(.*?)</ul>", index, re.S).group(1)
    assert "href='../figures/02_hte_count_cities.png'" in block
    assert "href='../figures/02_hte_count_cities.svg'" in block
    assert "href='../figures/02_hte_count_cities.csv'" in block
    assert "01_coverage" not in block
    block = re.search(r"<h3>01_corpus_overview</h3>(.*?)</ul>", index, re.S).group(1)
    assert "href='../figures/01_coverage.png'" in block


def test_slide_data_prints_counts_as_integers(seeds_run):
    """驻马店市: 2021年认定国家高新技术企业20家 is 20 in the chart's CSV, not 20.0."""
    import csv

    _, out = seeds_run
    with open(out / "figures" / "02_hte_count_cities.csv", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    quoted = [r for r in rows if r["quote"] == "2021年认定国家高新技术企业20家"]
    assert [r["value"] for r in quoted] == ["20"]
    assert all(not r["value"].endswith(".0") for r in rows)


def _page(run, name: str) -> str:
    return next(p for p in run.pages if p.job.name == name).html.read_text(encoding="utf-8")


def _rows(page: str) -> list[list[str]]:
    """The cells of every table row of a page, as text."""
    import html as html_lib

    return [
        [html_lib.unescape(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
        for row in re.findall(r"<tr>(.*?)</tr>", page, re.S)
    ]


def test_report_tables_speak_chinese(seeds_run):
    """Headers and codes (level/new/growth, target/actual, simplified…) in Chinese."""
    run, _ = seeds_run
    for page in run.pages:
        text = page.html.read_text(encoding="utf-8")
        for header in re.findall(r"<th>(.*?)</th>", text):
            assert re.search(r"[\u4e00-\u9fff]", header), (page.job.name, header)
        cells = {c for row in _rows(text) for c in row}
        english = {"level", "new", "growth", "target", "actual", "simplified", "prefecture"}
        assert not cells & english, (page.job.name, cells & english)


def test_city_profile_tiers_are_a_column_and_units_as_written(seeds_run):
    """郑州: 2015年新建科技企业孵化器市级15个、省级3个、国家级1个 gives three rows told apart by
    their tier, in 个 as written; 定西: 企业技术研究中心达到14家 is in 家."""
    run, _ = seeds_run
    rows = _rows(_page(run, "03_city_profile_郑州市"))
    incubators = [r[:5] for r in rows if r and r[0] == "科技企业孵化器"]
    assert incubators == [
        ["科技企业孵化器", "市级", "新增", "15", "个"],
        ["科技企业孵化器", "省级", "新增", "3", "个"],
        ["科技企业孵化器", "国家级", "新增", "1", "个"],
    ]
    rows = _rows(_page(run, "03_city_profile_定西市"))
    (centres,) = [r for r in rows if "企业技术研究中心达到14家" in r]
    # scope, name, tier (none here; 新增省级创新科研平台3家 has one), kind, value, unit, year
    assert centres[:7] == ["陇西经济开发区", "企业技术中心", "", "总量/水平", "14", "家", "2020"]


def test_city_profile_money_table_holds_money_only(seeds_run):
    """定西: 对新认定的高新技术企业给予5万元奖补 is money; 不低于90%的转化收益奖励给成果完成人
    is a share, shown apart."""
    run, _ = seeds_run
    page = _page(run, "03_city_profile_定西市")
    section = page.split("资金激励 Money incentives", 1)[1]
    money, shares = re.findall(r"<table class=.cp-table.>.*?</table>", section, re.S)[:2]
    assert "给予5万元奖补" in money and "90%" not in money
    assert "不低于90%的转化收益奖励给成果完成人" in shares
    (share,) = [r for r in _rows(shares) if r and r[0] == "成果完成人"]
    assert share[1:4] == ["90", "%", "≥"]


def test_city_profile_charts_the_city_against_the_others(seeds_run):
    import pandas as pd

    run, out = seeds_run
    page = _page(run, "03_city_profile_定西市")
    assert 'alt="定西市与其他城市的目标比较"' in page
    data = pd.read_csv(out / "figures" / "03_city_profile__city-定西市.csv", encoding="utf-8-sig")
    assert set(data["scope"]) == {"city"}  # whole-city targets only
    for _, panel in data.groupby("panel"):
        assert "定西市" in set(panel["city"]) and panel["city"].nunique() > 1
        assert panel[["indicator", "kind", "unit"]].drop_duplicates().shape[0] == 1
    # 定西 高新技术企业总数达到38家 against 盘锦 (140家以上 by 2021) and 霸州
    hte = data[(data["indicator"] == "hte_count") & (data["kind"] == "level")]
    assert set(zip(hte["city"], hte["value"], strict=True)) >= {("定西市", 38), ("盘锦市", 140)}


class _Text(__import__("html.parser").parser.HTMLParser):
    """The text a browser shows: everything outside <style> and <script>."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("style", "script")

    def handle_endtag(self, tag):
        self._skip -= tag in ("style", "script")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def _embedded_font(page: str):
    import base64
    import io

    from fontTools.ttLib import TTFont

    faces = re.findall(
        r'@font-face\{font-family:"([^"]+)";[^}]*url\(data:font/woff;base64,([A-Za-z0-9+/=]+)\)',
        page,
    )
    assert len(faces) == 1, "one embedded web font"
    family, data = faces[0]
    return family, TTFont(io.BytesIO(base64.b64decode(data))).getBestCmap()


def test_pages_name_a_cjk_font_stack_and_embed_the_glyphs_they_use(seeds_run):
    run, _ = seeds_run
    for page in [*run.pages, None]:
        text = (page.html if page else run.index).read_text(encoding="utf-8")
        family, cmap = _embedded_font(text)
        stack = re.findall(r"--jp-content-font-family:([^;]+);", text)[-1]  # the last one wins
        assert "Noto Sans CJK SC" in stack and f'"{family}"' in stack
        assert stack.index(f'"{family}"') < stack.index("sans-serif")  # before any fallback
        assert "system-ui" not in stack  # Chromium shows boxes after it (see webfont.py)
        parser = _Text()
        parser.feed(text)
        shown = "".join(parser.parts)
        chinese = {ch for ch in shown if "\u4e00" <= ch <= "\u9fff"}
        assert chinese and not {ch for ch in chinese if ord(ch) not in cmap}
    panjin = _page(run, "03_city_profile_盘锦市")
    _, cmap = _embedded_font(panjin)
    assert all(ord(ch) in cmap for ch in "研究與開發")  # traditional quotes too


def test_pages_link_back_to_the_index(seeds_run):
    run, _ = seeds_run
    for page in run.pages:
        text = page.html.read_text(encoding="utf-8")
        body = text[text.index("<body") :]
        nav = body[: body.index("</nav>")]
        assert "<a href='index.html'>" in nav, page.job.name  # at the top
        assert text.count("href='index.html'") == 2  # and in the footer


def test_promised_vs_achieved_page_shows_verdicts_sources_and_missing_rows(seeds_run):
    _, out = seeds_run
    page = (out / "reports" / "05_promised_vs_achieved.html").read_text(encoding="utf-8")
    # 陇西经济开发区 promised 13 high-tech firms for 2020; the reference table has 11
    assert "定西市·陇西经济开发区" in page and "未达成" in page and "85%" in page
    # 郑州 promised 6.8 invention patents per 10k for 2015; 6.87 were reached
    assert "6.87 件/万人(2015)" in page and "达成" in page
    assert "https://zzwb.zynews.cn/html/2016-06/30/content_749063.htm" in page
    assert "无数据" in page and "缺少" in page  # rows without data are listed with the reason
    assert "口径 basis: 每万常住人口" in page  # the basis is printed


def test_a_long_place_name_breaks_into_lines_on_an_axis():
    """定西省级高新技术产业开发区 is 26 columns: on one line it reached into the panel beside it."""
    from cityplans.charts import TICK_WIDTH, display_width, tick_label

    label = tick_label("定西市·定西省级高新技术产业开发区")
    assert label.split("\n")[0] == "定西市"
    assert "".join(label.split("\n")[1:]) == "定西省级高新技术产业开发区"
    assert all(display_width(line) <= TICK_WIDTH for line in label.split("\n"))
