"""Bad input: a clear message naming the file and the reason; the rest still loads."""

from __future__ import annotations

import io
import shutil

import pytest

import cityplans as cp
from cityplans.corpus import build_document
from cityplans.errors import (
    ActualsFileError,
    ActualsRowError,
    CorrectionsFileError,
    DataFileError,
    DocumentError,
    EmptyCorpusError,
    GoldFileError,
    ManifestError,
    MixedComparisonError,
    OutputError,
    OutputLockedError,
    ParameterError,
    ReportError,
    ReviewFileError,
    ReviewRowError,
    UnknownCityError,
    UnknownIndicatorError,
)
from tests.conftest import BAZHOU, SEEDS, run_cli


@pytest.fixture
def mixed(tmp_path):
    """A folder with one good plan and one of each kind of bad input."""
    shutil.copy(SEEDS / BAZHOU, tmp_path / BAZHOU)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("   \n\n  ", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "report.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    # bytes that are valid in no encoding we read: lone continuation bytes and 0xFF pairs
    (tmp_path / "garbled.txt").write_bytes(b"\x80\xff\xfe\x81\xff\x80" * 50)
    return tmp_path


REASONS = {
    "empty.txt": "empty file (0 bytes)",
    "blank.txt": "empty file (only white space)",
    "binary.txt": "binary file",
    "report.txt": "damaged or truncated PDF",  # read as a PDF by its bytes, not its name
    "garbled.txt": "cannot decode",
}


def test_each_bad_file_is_named_with_its_reason(mixed):
    corpus = cp.load_corpus([mixed])
    assert [d.doc for d in corpus.docs] == [BAZHOU]
    errors = {e.path.split("/")[-1]: e.reason for e in corpus.errors}
    assert set(errors) == set(REASONS)
    for name, reason in REASONS.items():
        assert reason in errors[name], (name, errors[name])


def test_missing_path_and_empty_folder(tmp_path):
    (tmp_path / "empty_dir").mkdir()
    (tmp_path / "pdfs").mkdir()
    (tmp_path / "pdfs" / "plan.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "scan.png").write_bytes(b"\x89PNG\r\n")
    shutil.copy(SEEDS / BAZHOU, tmp_path / BAZHOU)
    paths = [
        tmp_path / "nope",
        tmp_path / "empty_dir",
        tmp_path / "pdfs",
        tmp_path / "images",
        tmp_path / BAZHOU,
    ]
    corpus = cp.load_corpus(paths)
    assert [d.doc for d in corpus.docs] == [BAZHOU]  # the rest still loads
    reasons = {e.path: e.reason for e in corpus.errors}
    assert reasons[str(tmp_path / "nope")] == "no such file or folder"
    assert "no plan files" in reasons[str(tmp_path / "empty_dir")]
    assert "no plan files" in reasons[str(tmp_path / "images")]
    # a PDF is a plan file now: a truncated one is an error naming it, not a skipped file
    assert "damaged or truncated PDF" in reasons[str(tmp_path / "pdfs" / "plan.pdf")]
    # the skipped image is said, not silently dropped
    assert any("scan.png" in n and "skipped" in n for n in corpus.notices)


def test_nothing_loaded_is_an_error_naming_every_path_looked_at(tmp_path):
    (tmp_path / "empty_dir").mkdir()
    with pytest.raises(EmptyCorpusError) as info:
        cp.load_corpus([tmp_path / "nope", tmp_path / "empty_dir"])
    message = str(info.value)
    assert f"{tmp_path / 'nope'}: no such file or folder" in message
    assert f"{tmp_path / 'empty_dir'}: folder holds no plan files" in message
    looked_at = [path for path, _ in info.value.reasons]
    assert looked_at == [str(tmp_path / "nope"), str(tmp_path / "empty_dir")]


def test_the_default_corpus_from_another_folder_raises(tmp_path, monkeypatch):
    """load_corpus() reads seeds/ of the working folder; elsewhere that is nothing, and saying
    nothing would leave a notebook with an empty corpus."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(EmptyCorpusError) as info:
        cp.load_corpus()
    message = str(info.value)
    assert str(tmp_path / "seeds") in message  # the absolute path looked at
    assert str(SEEDS) in message  # and where the project's plans are


def test_cli_says_when_nothing_was_loaded(tmp_path):
    proc = run_cli("extract", str(tmp_path / "nope"))
    assert proc.returncode == 1
    assert f"error: no plans loaded: {tmp_path / 'nope'}: no such file or folder" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_text_that_is_not_a_plan(tmp_path):
    path = tmp_path / "recipe.txt"
    path.write_text(
        "番茄炒蛋的做法:先把鸡蛋打散,再把番茄切块。北京市的朋友都爱吃。\n", encoding="utf-8"
    )
    corpus = cp.load_corpus([path])
    assert not corpus.errors
    row = corpus.documents.iloc[0]
    assert row["city"] is None or row["city"] != row["city"]
    assert row["doc_type"] is None or row["doc_type"] != row["doc_type"]
    assert any("not a plan" in w for w in row["warnings"])
    assert any("no city found" in w for w in row["warnings"])


def test_cli_reports_errors_and_keeps_going(mixed):
    proc = run_cli("corpus", str(mixed), "--format", "jsonl")
    assert proc.returncode == 1
    assert proc.stdout.count("\n") == 1 and BAZHOU in proc.stdout
    for name, reason in REASONS.items():
        assert f"{mixed / name}: " in proc.stderr and reason in proc.stderr
    assert "5 input(s) failed, 1 loaded" in proc.stderr


def test_cli_exit_zero_when_all_good():
    proc = run_cli("corpus", "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert len(proc.stdout.strip().splitlines()) == 6


def test_table_format_spells_out_warnings():
    proc = run_cli("corpus", str(SEEDS / "003_4e90a411367dfbcd.txt"))
    assert proc.returncode == 0
    assert "盘锦市" in proc.stdout and "traditional" in proc.stdout
    assert "003_4e90a411367dfbcd.txt: damaged document number '盘政办发〔201929'" in proc.stdout


PICKLED = [
    DocumentError("a.txt", "empty file"),
    EmptyCorpusError(["seeds"], [DocumentError("seeds", "no such file or folder")]),
    ManifestError("manifest.csv", "no file column"),
    UnknownIndicatorError("hte", ["hte_count"]),
    UnknownCityError("火星市", ["定西市"]),
    ReportError("02_x", 4, "ValueError: no"),
    DataFileError("themes.yaml", "missing"),
    ParameterError("bad theme"),
    GoldFileError("gold.jsonl", 3, "missing field(s): quote"),
    OutputError("outputs/data/documents.parquet", "No space left on device"),
    OutputLockedError("outputs/data", "build"),
    ActualsFileError("a.csv", "missing column(s) unit"),
    ActualsRowError("a.csv", 4, "value", "'七十' is not a number"),
    MixedComparisonError("hte_count", "kind", ["new", "level"], "pass kind="),
    CorrectionsFileError("seeds/corrections.csv", 3, "decision 'maybe' is not one of …"),
    ReviewFileError("review.xlsx", "column decision missing"),
    ReviewRowError("review.xlsx", 5, "value", "'abc' is not a number"),
]


@pytest.mark.parametrize("error", PICKLED)
def test_errors_survive_pickling(error):
    """Reports hand the corpus (with its errors) to kernels through a pickle."""
    import pickle

    back = pickle.loads(pickle.dumps(error))
    assert type(back) is type(error) and str(back) == str(error)
    assert back.__dict__ == error.__dict__


def test_every_error_class_is_pickle_tested():
    from cityplans import errors

    classes = {
        c
        for c in vars(errors).values()
        if isinstance(c, type) and issubclass(c, errors.CityplansError)
    }
    assert classes - {errors.CityplansError} == {type(e) for e in PICKLED}


def test_a_file_beyond_use_is_refused_by_its_size(tmp_path):
    """Refused before it is read: a sparse file of NUL bytes would otherwise be 'binary'."""
    from cityplans.corpus import MAX_FILE_BYTES

    shutil.copy(SEEDS / BAZHOU, tmp_path / BAZHOU)
    with open(tmp_path / "huge.txt", "wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)
    corpus = cp.load_corpus([tmp_path])
    assert [d.doc for d in corpus.docs] == [BAZHOU]  # the rest still loads
    [error] = corpus.errors
    assert error.path == str(tmp_path / "huge.txt")
    assert error.reason.startswith(f"too large: 10.0 MB, over the {MAX_FILE_BYTES // 10**6} MB")
    assert "split it" in error.reason


def test_a_file_at_the_limit_is_read(tmp_path, monkeypatch):
    from cityplans import corpus as corpus_module

    size = (SEEDS / BAZHOU).stat().st_size
    monkeypatch.setattr(corpus_module, "MAX_FILE_BYTES", size)
    assert cp.load_corpus([SEEDS / BAZHOU]).docs[0].doc == BAZHOU
    monkeypatch.setattr(corpus_module, "MAX_FILE_BYTES", size - 1)
    with pytest.raises(EmptyCorpusError, match="too large"):
        cp.load_corpus([SEEDS / BAZHOU])


def test_a_symlink_loop_in_a_folder_is_reported(tmp_path):
    shutil.copy(SEEDS / BAZHOU, tmp_path / BAZHOU)
    (tmp_path / "self.txt").symlink_to("self.txt")
    (tmp_path / "a.txt").symlink_to("b.txt")
    (tmp_path / "b.txt").symlink_to("a.txt")
    (tmp_path / "gone.txt").symlink_to("missing.txt")
    (tmp_path / "up").symlink_to(".")  # a folder that holds itself
    corpus = cp.load_corpus([tmp_path])
    assert [d.doc for d in corpus.docs] == [BAZHOU]
    reasons = {e.path: e.reason for e in corpus.errors}
    for name in ("self.txt", "a.txt", "b.txt"):
        assert reasons[str(tmp_path / name)].startswith("symbolic link loop"), name
    assert reasons[str(tmp_path / "gone.txt")].startswith("broken symbolic link (to missing.txt")
    [notice] = [n for n in corpus.notices if "up" in n]
    assert notice.startswith(f"{tmp_path / 'up'}: symbolic link loop") and "not followed" in notice


def test_a_symlink_loop_given_by_name_is_not_a_missing_file(tmp_path):
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    with pytest.raises(EmptyCorpusError) as info:
        cp.load_corpus([tmp_path / "loop.txt"])
    [(path, reason)] = info.value.reasons
    assert path == str(tmp_path / "loop.txt")
    assert reason.startswith("symbolic link loop") and "no such file" not in reason


FORGING = "plan\nerror: forged\r\x1b[2K\u2028x.txt"  # a line break, a carriage return, ANSI


@pytest.mark.parametrize("fmt", ["table", "csv", "jsonl"])
def test_a_file_name_cannot_forge_a_line(tmp_path, fmt):
    shutil.copy(SEEDS / BAZHOU, tmp_path / FORGING)
    (tmp_path / f"empty{FORGING}").write_bytes(b"")  # an error line that names it
    proc = run_cli("corpus", str(tmp_path), "--format", fmt)
    assert proc.returncode == 1
    out, err = proc.stdout.splitlines(), proc.stderr.splitlines()  # every kind of line break
    assert not any(line.startswith("error: forged") for line in out + err)
    assert len(out) == {"table": 3, "csv": 2, "jsonl": 1}[fmt]  # header (and rule), one plan
    assert len([line for line in out if "forged" in line]) == 1
    assert [line for line in err if "forged" in line] == [
        f"error: {tmp_path}/emptyplan\\nerror: forged\\r\\x1b[2K\\u2028x.txt: empty file (0 bytes)"
    ]
    assert err[-1] == "1 input(s) failed, 1 loaded"


def test_a_lone_surrogate_in_a_text_in_memory_is_mended_not_a_crash():
    """A text built in memory may hold a lone surrogate (no file decodes to one): OpenCC and a
    UTF-8 table cannot take it; it becomes U+FFFD, the figures and offsets stay."""
    doc = build_document("到2025年,全市高新技术企业达到100家。\ud800", doc="broken.txt")
    frame = cp.extract_targets(cp.Corpus(docs=[doc]))
    assert list(zip(frame["indicator"], frame["value"], frame["year"], strict=True)) == [
        ("hte_count", 100, 2025)
    ]
    assert doc.raw.endswith("\ufffd")
    frame.to_csv(io.StringIO())  # and the table writes
