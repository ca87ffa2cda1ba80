#!/usr/bin/env python3
"""Thema -> QualCoder -> Thema through REFI-QDA (.qdpx), with QualCoder's own importer and exporter.

Exports the demo project (thema-cli demo) to .qdpx, imports it into a new QualCoder project with QualCoder's
RefiImport, exports that project with QualCoder's RefiExport, imports the result into a new Thema project, and
compares codings (source, span text, code, coder, memo), memos and case links one by one at each hop.
Prints the counts at each hop and every difference; exit 0 when nothing was lost, 1 otherwise, 77 (skipped) when
QualCoder or PyQt6 is not available.

QualCoder is never copied into this repository: point THEMA_QUALCODER_DIR at a QualCoder source tree (the folder
holding src/qualcoder, e.g. a checkout of github.com/ccbogel/QualCoder). It runs headless (QT_QPA_PLATFORM=offscreen)
under Debian's python3-pyqt6, python3-pyqt6.qtmultimedia, python3-pil and python3-fitz. Its dialogs are answered
here: file choosers return the harness's paths, message boxes close at once. The schema of a new QualCoder project is
read from QualCoder's own source (MainWindow.new_project), so the harness follows QualCoder's changes.
"""

import argparse
import ast
import collections
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import types

SKIP = 77


def skip(message):
    print(f"SKIP: {message}")
    sys.exit(SKIP)


# ---------------------------------------------------------------- QualCoder, headless


def qualcoder_package_root(directory):
    for candidate in (os.path.join(directory, "src"), directory):
        if os.path.isfile(os.path.join(candidate, "qualcoder", "refi.py")):
            return candidate
    skip(f"THEMA_QUALCODER_DIR={directory} holds no src/qualcoder/refi.py")


def load_qualcoder(root):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PyQt6 import QtWidgets  # noqa: F401
    except ImportError as err:
        skip(f"PyQt6 is not installed for {sys.executable} ({err}); apt-get install python3-pyqt6")
    if "pymupdf" not in sys.modules:
        try:
            import pymupdf  # noqa: F401
        except ImportError:
            try:
                import fitz  # Debian's python3-fitz is PyMuPDF under its old name
                sys.modules["pymupdf"] = fitz
            except ImportError:
                sys.modules["pymupdf"] = types.ModuleType("pymupdf")  # refi.py reads no PDF here
    sys.path.insert(0, root)
    try:
        from qualcoder import refi, helpers
    except ImportError as err:
        skip(f"QualCoder's refi module does not load ({err}); see the packages in this file's docstring")
    from PyQt6 import QtWidgets
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(["thema-interop"])
    helpers.Message.exec = lambda self: 0
    refi.Message.exec = lambda self: 0
    refi.RefiLineEndings.exec = lambda self: 0
    return refi, app


def new_project_statements(root):
    """The CREATE TABLE statements of MainWindow.new_project in QualCoder's __main__.py."""
    with open(os.path.join(root, "qualcoder", "__main__.py"), encoding="utf-8") as f:
        tree = ast.parse(f.read())
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == "new_project":
            statements = []
            for call in ast.walk(node):
                if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "execute"
                        and call.args and isinstance(call.args[0], ast.Constant)
                        and str(call.args[0].value).lstrip().upper().startswith("CREATE TABLE")):
                    statements.append(call.args[0].value)
            return statements
    raise RuntimeError("QualCoder's __main__.py has no new_project")


class HeadlessApp:
    """What refi.py uses of QualCoder's App: a project folder, its data.qda and a few settings."""

    def __init__(self, project_path, statements):
        os.makedirs(project_path)
        for sub in ("images", "audio", "video", "documents"):
            os.makedirs(os.path.join(project_path, sub))
        self.project_path = project_path
        self.project_name = os.path.basename(project_path)
        self.settings = {"directory": os.path.dirname(project_path), "codername": "default", "ai_enable": "False",
                         "fontsize": 10, "font": "Noto Sans"}
        self.ai_models = []
        self.version = "QualCoder (Thema interop harness)"
        self.conn = sqlite3.connect(os.path.join(project_path, "data.qda"))
        for s in statements:
            self.conn.execute(s)
        self.conn.execute("insert into project (databaseversion, date, memo, about, codername) values (?,?,?,?,?)",
                          ("v17", "2026-01-01 00:00:00", "", self.version, "default"))
        self.conn.commit()

    def write_config_ini(self, *args):
        pass

    def get_annotations(self):
        rows = self.conn.execute("select anid, fid, pos0, pos1, memo, owner, date from annotation").fetchall()
        return [dict(zip(("anid", "fid", "pos0", "pos1", "memo", "owner", "date"), r)) for r in rows]


class Log:
    def __init__(self):
        self.lines = []

    def append(self, text):
        self.lines.append(str(text))


def qualcoder_import(refi, qdpx, project_path, statements):
    from PyQt6 import QtWidgets
    app = HeadlessApp(project_path, statements)
    QtWidgets.QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (qdpx, "(*.qdpx *.QDPX)"))
    refi.RefiImport(app, Log(), "qdpx")
    return app


def qualcoder_export(refi, app, out_dir):
    from PyQt6 import QtWidgets
    os.makedirs(os.path.join(os.path.expanduser("~"), ".qualcoder"), exist_ok=True)
    QtWidgets.QFileDialog.getExistingDirectory = staticmethod(lambda *a, **k: out_dir)
    refi.RefiExport(app, Log(), "project")
    path = os.path.join(out_dir, app.project_name[:-4] + ".qdpx")
    if not os.path.isfile(path):
        raise RuntimeError(f"QualCoder wrote no {path}")
    return path


def utf16_slice(text, start, end):
    """QualCoder shows positions as Qt (UTF-16) text positions."""
    units = text.encode("utf-16-le")
    return units[2 * start:2 * end].decode("utf-16-le", errors="replace")


def qualcoder_contents(conn):
    cur = conn.cursor()
    codes = {cid: (name, catid, supercid, memo or "") for cid, name, catid, supercid, memo in
             cur.execute("select cid, name, catid, supercid, memo from code_name")}
    cats = {catid: (name, supercatid) for catid, name, supercatid in cur.execute("select catid, name, supercatid from code_cat")}

    def code_path(cid):
        parts, seen = [], set()
        name, catid, supercid, _ = codes[cid]
        parts.append(name)
        while supercid and supercid not in seen:
            seen.add(supercid)
            name, catid, supercid, _ = codes[supercid]
            parts.append(name)
        while catid:
            name, catid = cats[catid]
            parts.append(name)
        return "/".join(reversed(parts))

    sources = {fid: (name, text or "", memo or "") for fid, name, text, memo in
               cur.execute("select id, name, fulltext, memo from source")}
    codings = []
    for cid, fid, pos0, pos1, owner, memo in cur.execute("select cid, fid, pos0, pos1, owner, memo from code_text"):
        name, text, _ = sources[fid]
        codings.append({"source": name, "text": utf16_slice(text, pos0, pos1), "code": code_path(cid) if cid in codes else "?",
                        "coder": owner, "memo": memo or ""})
    cases = {caseid: (name, memo or "") for caseid, name, memo in cur.execute("select caseid, name, memo from cases")}
    links = {(cases[c][0], sources[f][0]) for c, f in cur.execute("select caseid, fid from case_text") if c in cases and f in sources}
    journals = [{"title": n, "text": t or ""} for n, t in cur.execute("select name, jentry from journal")]
    annotations = [{"source": sources[f][0], "text": m or ""} for f, m in cur.execute("select fid, memo from annotation") if f in sources]
    return {"codings": codings, "links": links, "journals": journals, "annotations": annotations,
            "source_memos": {name: memo for name, _, memo in sources.values()},
            "code_memos": {code_path(cid): memo for cid, (_, _, _, memo) in codes.items()},
            "cases": sorted(name for name, _ in cases.values())}


# ---------------------------------------------------------------- Thema, through its CLI


def cli(binary, *args):
    result = subprocess.run([binary, *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"thema-cli {' '.join(args)} failed ({result.returncode}):\n{result.stderr}")
    return result.stdout


def thema_contents(binary, project):
    def js(*args):
        return json.loads(cli(binary, *args, project, "--json"))
    sources = {s["id"]: s for s in js("sources")}
    codes = {c["id"]: c["path"] for c in js("codes")}
    participants = {p["id"]: p for p in js("participants")}
    coders = js("coders")
    codings = [{"source": c["source"], "text": c["text"], "code": c["code"], "coder": c["coder"], "memo": c["memo"]}
               for c in js("codings")]
    memos = []
    for m in js("memo"):
        target = ""
        if m["target"] == "source":
            target = sources[m["target_id"]]["name"]
        elif m["target"] == "code":
            target = codes.get(m["target_id"], "?")
        elif m["target"] == "participant":
            target = participants[m["target_id"]]["name"]
        memos.append({"target": m["target"], "on": target, "title": m["title"], "text": m["text"],
                      "anchored": "start" in m})
    links = {(s["participant"], s["name"]) for s in sources.values() if s["participant"]}
    return {"codings": codings, "memos": memos, "links": links, "coders": coders,
            "participants": {p["name"]: p for p in participants.values()}}


# ---------------------------------------------------------------- comparison


def coding_key(c):
    return (c["source"], c["text"], c["code"], c["coder"])


def compare_codings(label, expected, actual, problems, with_memo=True):
    want = collections.Counter(coding_key(c) + ((c["memo"],) if with_memo else ()) for c in expected)
    got = collections.Counter(coding_key(c) + ((c["memo"],) if with_memo else ()) for c in actual)
    missing, extra = want - got, got - want
    for k in sorted(missing):
        problems.append(f"{label}: coding lost or changed: {k}")
    for k in sorted(extra):
        problems.append(f"{label}: coding not in the original: {k}")
    return sum((want & got).values())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", required=True, help="the thema-cli binary")
    parser.add_argument("--samples", help="the samples folder for thema-cli demo")
    parser.add_argument("--positions", default="", help="--positions for thema-cli export project")
    parser.add_argument("--keep", help="keep the work files in this folder")
    args = parser.parse_args()
    qc_dir = os.environ.get("THEMA_QUALCODER_DIR", "")
    if not qc_dir:
        skip("THEMA_QUALCODER_DIR is not set (a QualCoder source tree, e.g. a checkout of github.com/ccbogel/QualCoder)")
    root = qualcoder_package_root(qc_dir)
    if not args.keep:
        with tempfile.TemporaryDirectory(prefix="thema-interop-") as work:
            return run(args, root, work)
    os.makedirs(args.keep, exist_ok=True)
    return run(args, root, args.keep)


def run(args, root, work):
    os.environ["HOME"] = work  # QualCoder's exporter writes its staging folder to ~/.qualcoder
    refi, _app = load_qualcoder(root)
    statements = new_project_statements(root)

    demo_args = ["demo", os.path.join(work, "demo"), "--force"] + (["--samples", args.samples] if args.samples else [])
    cli(args.cli, *demo_args)
    demo = os.path.join(work, "demo", "demo.thema")
    first = os.path.join(work, "thema.qdpx")
    cli(args.cli, "export", "project", demo, first, *(["--positions", args.positions] if args.positions else []))
    original = thema_contents(args.cli, demo)

    qc = qualcoder_import(refi, first, os.path.join(work, "qc.qda"), statements)
    inside = qualcoder_contents(qc.conn)
    second = qualcoder_export(refi, qc, os.path.join(work))
    back = os.path.join(work, "back.thema")
    cli(args.cli, "import", back, second)
    final = thema_contents(args.cli, back)

    problems = []
    by_target = collections.Counter(m["target"] for m in original["memos"])
    memo_codings = [c for c in original["codings"] if c["memo"]]
    print(f"Thema demo:   {len(original['codings'])} codings ({dict(collections.Counter(c['coder'] for c in original['codings']))}), "
          f"{len(original['memos'])} memos {dict(by_target)} + {len(memo_codings)} coding memos, "
          f"{len(original['links'])} case links, {len(original['participants'])} participants")

    # Hop 1: what QualCoder holds after its import.
    n1 = compare_codings("Thema -> QualCoder", original["codings"], inside["codings"], problems)
    memos1 = 0
    for m in original["memos"]:
        if m["target"] == "project" or m["target"] in ("theme", "participant", "coding"):
            ok = any(j["title"] == (m["title"] or "Memo") and j["text"] == m["text"] for j in inside["journals"])
        elif m["target"] == "source" and not m["anchored"]:
            ok = m["text"] in inside["source_memos"].get(m["on"], "")
        elif m["target"] == "source":
            ok = any(a["source"] == m["on"] and a["text"] == m["text"] for a in inside["annotations"])
        elif m["target"] == "code":
            ok = m["text"] in inside["code_memos"].get(m["on"], "")
        else:
            ok = False
        memos1 += ok
        if not ok:
            problems.append(f"Thema -> QualCoder: memo lost: {m['target']} {m['on']!r} {m['title']!r}")
    links1 = len(original["links"] & inside["links"])
    for link in sorted(original["links"] - inside["links"]):
        problems.append(f"Thema -> QualCoder: case link lost: {link}")
    print(f"in QualCoder: {len(inside['codings'])} codings, {n1} equal to Thema's with coder and memo; "
          f"{memos1}/{len(original['memos'])} memos + {sum(1 for c in inside['codings'] if c['memo'])} coding memos; "
          f"{links1}/{len(original['links'])} case links; cases {len(inside['cases'])}")

    # Hop 2: back in Thema.
    n2 = compare_codings("Thema -> QualCoder -> Thema", original["codings"], final["codings"], problems)
    memos2 = 0
    for m in original["memos"]:
        candidates = [f for f in final["memos"] if f["text"] == m["text"]]
        if m["target"] in ("source", "code"):
            candidates = [f for f in candidates if f["target"] == m["target"] and f["on"] == m["on"]]
        ok = bool(candidates)
        memos2 += ok
        if not ok:
            problems.append(f"Thema -> QualCoder -> Thema: memo lost: {m['target']} {m['on']!r} {m['title']!r}")
    links2 = len(original["links"] & final["links"])
    for link in sorted(original["links"] - final["links"]):
        problems.append(f"Thema -> QualCoder -> Thema: case link lost: {link}")
    for name, p in original["participants"].items():
        q = final["participants"].get(name)
        if q is None:
            problems.append(f"Thema -> QualCoder -> Thema: participant lost: {name}")
        elif q["attributes"] != p["attributes"]:
            problems.append(f"Thema -> QualCoder -> Thema: attributes of {name}: {p['attributes']} became {q['attributes']}")
    for name in sorted(set(final["participants"]) - set(original["participants"])):
        problems.append(f"Thema -> QualCoder -> Thema: participant not in the original: {name}")
    coders_used = {c["coder"] for c in final["codings"]}
    for c in final["coders"]:
        if c["name"] not in coders_used:
            problems.append(f"Thema -> QualCoder -> Thema: coder without codings: {c['name']}")
    print(f"back in Thema: {len(final['codings'])} codings, {n2} equal with coder and memo; "
          f"{memos2}/{len(original['memos'])} memos + {sum(1 for c in final['codings'] if c['memo'])} coding memos; "
          f"{links2}/{len(original['links'])} case links; {len(final['participants'])} participants, "
          f"{len(final['coders'])} coders")
    for p in problems:
        print("LOST " + p)
    if args.keep:
        print("work files in " + work)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
