#!/usr/bin/env python3
"""Thema against QualCoder on the same two jobs, printed as one JSON object.

1. Loading a long transcript with 5,000 codings into the coding view: the Apollo 13 air-to-ground transcript
   (../shared/corpus/txt, about 200,000 words) with 40 codes and 5,000 codings of 20-319 characters at random places
   (the distribution thema-bench-gui uses). QualCoder: its coding dialog (DialogCodeText) opened on the project and
   its load_file() of the transcript, which reads the text and its codings and paints the highlights. Thema:
   thema-bench-gui's open_and_first_paint_ms (the main window opening the project until the transcript with its
   codings is painted).
2. A text search over the 149 files of ../shared/corpus/scale/changelog (1.5 million words). QualCoder: the coding
   dialog's search_for_text() with "all files" ticked (a regular expression over every text). Thema: a click on
   Search in its search panel, in process (thema-bench-searchjob: the worker opens the project, finds the hits and
   their keyword in context), with its index built beforehand; and, for reference, `thema-cli search PROJECT WORD
   --count` as a whole process, start-up included.

QualCoder runs from its source tree: QUALCODER_SRC points at the folder holding qualcoder/ (its src/ folder), with
PyQt6 importable (Debian: python3-pyqt6, python3-pyqt6.qtmultimedia, and the libraries QualCoder imports at start).
Its AI modules (langchain and the like, absent from Debian) are replaced by empty stand-ins when missing: they are
not on either timed path; the JSON names them. Without QualCoder or PyQt6 the script prints a skip with the reason
and exits 0. Figures are medians of REPEAT runs (default 3), in milliseconds; ratio is QualCoder / Thema.

Usage: QUALCODER_SRC=/path/to/QualCoder/src python3 tests/bench/qualcoder_speed.py [BUILD_DIR] [REPEAT]
"""
import importlib.abc
import importlib.machinery
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUILD = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build"
REPEAT = int(sys.argv[2]) if len(sys.argv) > 2 else 3
SHARED = ROOT.parent / "shared"
TRANSCRIPT = SHARED / "corpus/txt/spacelog_apollo13_TEC_air-to-ground.txt"
CHANGELOG = SHARED / "corpus/scale/changelog"
WORD = "kubernetes"  # in many of the changelog episodes
CODINGS = 5000


def skip(reason):
    print(json.dumps({"skipped": True, "reason": reason}), file=sys.__stdout__)
    sys.exit(0)


# Modules QualCoder imports for its AI features only; stand-ins when they are not installed.
OPTIONAL = {"langchain", "langchain_core", "langchain_community", "langchain_openai", "langchain_text_splitters",
            "faiss", "transformers", "sentence_transformers", "mcp", "json_repair", "openai", "tiktoken", "httpx",
            "huggingface_hub", "markdown_it", "pydantic", "ebooklib", "pylatexenc", "striprtf", "rispy", "wordcloud",
            "plotly", "Bio", "numpy", "requests", "pandas", "matplotlib", "networkx"}
STOOD_IN = set()


class _AnythingType(type):
    def __getattr__(cls, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return _AnythingType(name, (_Anything,), {})

    def __getitem__(cls, item):  # used in type hints: Stand[...]
        return cls


class _Anything(metaclass=_AnythingType):
    def __init__(self, *args, **kwargs):
        pass

    def __call__(self, *args, **kwargs):
        return _Anything()

    def __getattr__(self, name):
        return _Anything()


class _StandInModule(types.ModuleType):
    __path__ = []

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return _AnythingType(name, (_Anything,), {})


class _StandIns(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Last on sys.meta_path: only modules no other finder found, and only those in OPTIONAL."""

    def find_spec(self, name, path, target=None):
        top = name.split(".")[0]
        if top not in OPTIONAL:
            return None
        STOOD_IN.add(top)
        return importlib.machinery.ModuleSpec(name, self, is_package=True)

    def create_module(self, spec):
        return _StandInModule(spec.name)

    def exec_module(self, module):
        pass


def median_ms(fn, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def qualcoder_project(qc_app_module, path, sources, codings_for):
    """A QualCoder project made by its own MainWindow.new_project (schema, coder names), then filled with SQL."""
    from PyQt6 import QtWidgets
    from qualcoder import __main__ as qc_main
    if not hasattr(qc_main, "AiLLM"):  # imported only when its AI libraries are there; not used here
        qc_main.AiLLM = lambda *args, **kwargs: None
    app = qc_app_module.App()
    holder = types.SimpleNamespace(app=app, ui=types.SimpleNamespace(textEdit=QtWidgets.QTextEdit()),
                                   journal_display=None, close_project=lambda: None,
                                   open_project=lambda *a, **k: None, setWindowTitle=lambda *a: None)
    original = QtWidgets.QFileDialog.getSaveFileName
    QtWidgets.QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(path), ""))
    try:
        qc_main.MainWindow.new_project(holder)
    finally:
        QtWidgets.QFileDialog.getSaveFileName = original
    app = holder.app
    cur = app.conn.cursor()
    coder = app.settings["codername"]
    for name, text in sources:
        cur.execute("insert into source(name,fulltext,mediapath,memo,owner,date) values(?,?,?,?,?,?)",
                    (name, text, None, "", coder, "2026-01-01 00:00:00"))
    codes = []
    for i in range(40):
        cur.execute("insert into code_cat(name,owner,date,memo,supercatid) values(?,?,?,?,?)",
                    (f"Theme {i}", coder, "2026-01-01 00:00:00", "", None))
        cur.execute("insert into code_name(name,memo,catid,owner,date,color) values(?,?,?,?,?,?)",
                    (f"Code {i}", "", cur.lastrowid, coder, "2026-01-01 00:00:00", "#F1948A"))
        codes.append(cur.lastrowid)
    for fid, text in codings_for(cur):
        rng = random.Random(13)
        for _ in range(CODINGS):
            start = rng.randrange(len(text) - 400)
            end = start + 20 + rng.randrange(300)
            cur.execute("insert or ignore into code_text(cid,fid,seltext,pos0,pos1,owner,date,memo,important) "
                        "values(?,?,?,?,?,?,?,?,?)",
                        (rng.choice(codes), fid, text[start:end], start, end, coder, "2026-01-01 00:00:00", "", None))
    app.conn.commit()
    return app


def main():
    src = os.environ.get("QUALCODER_SRC", "")
    if not src or not (Path(src) / "qualcoder").is_dir():
        skip("QualCoder not found: set QUALCODER_SRC to the src/ folder of a QualCoder checkout")
    if not TRANSCRIPT.is_file() or not CHANGELOG.is_dir():
        skip("needs ../shared/corpus (the Apollo 13 transcript and scale/changelog)")
    cli = BUILD / "app/thema-cli"
    gui_bench = BUILD / "tests/bench/thema-bench-gui"
    search_bench = BUILD / "tests/bench/thema-bench-searchjob"
    if not cli.is_file() or not gui_bench.is_file() or not search_bench.is_file():
        skip(f"needs thema-cli, thema-bench-gui and thema-bench-searchjob built in {BUILD}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.stdout = sys.stderr  # QualCoder prints messages: only the JSON goes to standard output
    home = tempfile.mkdtemp(prefix="qualcoder-home-")
    os.environ["HOME"] = home  # QualCoder keeps its settings in ~/.qualcoder: a throw-away one
    (Path(home) / ".qualcoder").mkdir()
    (Path(home) / ".qualcoder/QualCoder.log").touch()
    sys.path.insert(0, src)
    sys.meta_path.append(_StandIns())
    try:
        from PyQt6 import QtWidgets
    except ImportError as e:
        skip(f"PyQt6 not importable: {e}")
    try:
        import pymupdf  # noqa: F401
    except ImportError:
        try:
            import fitz  # older PyMuPDF (Debian 12) under its old name
            sys.modules["pymupdf"] = fitz
        except ImportError:
            pass
    qapp = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    try:  # Debian's qtawesome lacks some of the newer icon names QualCoder asks for: a blank icon for those
        import qtawesome
        from PyQt6 import QtGui
        named = qtawesome.icon

        def icon(*names, **options):
            try:
                return named(*names, **options)
            except Exception:
                return QtGui.QIcon()
        qtawesome.icon = icon
    except ImportError:
        pass
    # No modal box may wait for a click: QualCoder's messages are logged to stderr and closed at once.
    QtWidgets.QDialog.exec = lambda self: (print("qualcoder dialog:", self.windowTitle(), file=sys.stderr), 0)[1]
    sys.excepthook = sys.__excepthook__  # QualCoder installs its own, which shows a dialog
    try:
        from qualcoder import app as qc_app
        from qualcoder.code_text import DialogCodeText
    except Exception as e:  # a library QualCoder needs is missing
        skip(f"QualCoder does not import here: {type(e).__name__}: {e}")

    out = {"qualcoder_src": src, "stand_ins_for": sorted(STOOD_IN), "repeat": REPEAT}
    tmp = Path(tempfile.mkdtemp(prefix="qualcoder-speed-"))
    parent = QtWidgets.QTextEdit()
    reports = QtWidgets.QTabWidget()

    # 1. A long transcript with 5,000 codings in the coding view.
    transcript = TRANSCRIPT.read_text(encoding="utf-8")
    app = qualcoder_project(qc_app, tmp / "load", [("apollo13", transcript)],
                            lambda cur: [(cur.execute("select id from source").fetchone()[0], transcript)])
    coded = app.conn.execute("select count(*) from code_text").fetchone()[0]

    def qualcoder_load():
        dialog = DialogCodeText(app, parent, reports)
        dialog.load_file(dict(app.get_text_filenames()[0]) if isinstance(app.get_text_filenames()[0], dict)
                         else {"id": app.get_text_filenames()[0][0], "name": app.get_text_filenames()[0][1]})
        qapp.processEvents()
        dialog.close()

    qc_load = median_ms(qualcoder_load, REPEAT)
    gui = []
    for _ in range(REPEAT):
        run = subprocess.run([str(gui_bench)], capture_output=True, text=True, check=True,
                             env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        gui.append(json.loads(run.stdout)["open_and_first_paint_ms"])
    thema_load = statistics.median(gui)
    out["load_transcript_5000_codings"] = {"words": len(transcript.split()), "qualcoder_codings": coded,
                                           "qualcoder_ms": round(qc_load, 1), "thema_ms": round(thema_load, 1),
                                           "ratio": round(qc_load / thema_load, 2)}

    # 2. A text search over the changelog corpus.
    files = sorted(CHANGELOG.glob("*.md"))
    texts = [(f.stem, f.read_text(encoding="utf-8")) for f in files]
    app = qualcoder_project(qc_app, tmp / "search", texts, lambda cur: [])
    dialog = DialogCodeText(app, parent, reports)
    first = app.get_text_filenames()[0]
    dialog.load_file(first if isinstance(first, dict) else {"id": first[0], "name": first[1]})
    dialog.ui.checkBox_search_all_files.setChecked(True)
    dialog.ui.lineEdit_search.setText(WORD)

    def qualcoder_search():
        dialog.search_for_text()

    qc_search = median_ms(qualcoder_search, REPEAT)
    qc_hits = len(dialog.search_indices)
    project = tmp / "search.thema"
    subprocess.run([str(cli), "init", str(project)], check=True, capture_output=True)
    subprocess.run([str(cli), "import", str(project), *map(str, files)], check=True, capture_output=True)
    subprocess.run([str(cli), "index", str(project)], check=True, capture_output=True)
    thema_search = median_ms(lambda: subprocess.run([str(cli), "search", str(project), WORD, "--count", "--json"],
                                                    check=True, capture_output=True), REPEAT)
    found = json.loads(subprocess.run([str(cli), "search", str(project), WORD, "--count", "--json"], check=True,
                                      capture_output=True, text=True).stdout)
    click = json.loads(subprocess.run([str(search_bench), str(project), WORD, str(max(REPEAT, 5))], check=True,
                                      capture_output=True, text=True).stdout)
    out["text_search"] = {"files": len(files), "word": WORD, "qualcoder_hits": qc_hits, "thema_hits": found["total"],
                          "qualcoder_ms": round(qc_search, 1), "thema_ms": round(click["click_ms"], 1),
                          "ratio": round(qc_search / click["click_ms"], 2),
                          "thema_after_a_change_ms": round(click["checked_click_ms"], 1),
                          "thema_cli_process_ms": round(thema_search, 1),
                          "note": "both in process, each tool's search over every text with its project open; QualCoder "
                                  "matches the letters anywhere (also inside longer words), Thema whole words with their "
                                  "stems; thema_after_a_change_ms: the first search after the project changed, which "
                                  "compares the index with the project; thema_cli_process_ms: a whole thema-cli run"}
    print(json.dumps(out, indent=2), file=sys.__stdout__)


if __name__ == "__main__":
    try:
        main()
    except Exception as e:  # QualCoder changed under us: say so in the JSON instead of breaking run-benchmarks.sh
        skip(f"QualCoder could not be driven: {type(e).__name__}: {e}")
