"""Evaluates worksheet formulas that call VBA modules inside a running LibreOffice.

Run with the system python3 that has the uno module, against a soffice already listening on a pipe:

    python3 basic_cells.py PIPE_NAME REQUEST.json RESPONSE.json

REQUEST: {"modules": [{"name": "ItaFunctions", "path": "macros/ItaFunctions.bas"}, ...],
          "cases": [{"id": "total-1", "formula": "=ITA_TOTAL(C{row};D{row};E{row})", "inputs": [99.8, "x", null]}]}
Each case gets a row of its own: its inputs go into columns C, D, E, ... ({row} in the formula is
that row's number), its formula into column A. Formulas use the English function names and ';'.
RESPONSE: {"compiled": true, "failedModules": [], "results": [{"id", "kind", "text", "number", "error"}]}
with kind one of number, text, error, empty.

The modules are stored in the document's Standard library in VBA compatibility mode
("Option VBASupport 1" is added after the Attribute lines, as LibreOffice needs it and Excel
does not know it). The document is opened with macros always enabled, or every call gives #VALUE!.
"""
import json
import sys
import time

import uno
from com.sun.star.beans import PropertyValue

ALWAYS_EXECUTE_NO_WARN = 4
RESULT_VALUE, RESULT_STRING, RESULT_ERROR = 1, 2, 4
PROBE = "HarnessProbe"


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, timeout_seconds):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + timeout_seconds
    while True:
        try:
            return resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        except Exception:
            if time.time() > deadline:
                raise
            time.sleep(0.25)


def vba_source(text):
    lines = text.replace("\r\n", "\n").split("\n")
    i = 0
    while i < len(lines) and lines[i].startswith("Attribute "):
        i += 1
    lines.insert(i, "Option VBASupport 1")
    return "\n".join(lines)


def new_document(desktop):
    return desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (
        prop("Hidden", True), prop("MacroExecutionMode", ALWAYS_EXECUTE_NO_WARN)))


def store_modules(doc, modules, with_probe=True):
    libs = doc.BasicLibraries
    if not libs.hasByName("Standard"):
        libs.createLibrary("Standard")
    lib = libs.getByName("Standard")
    for m in modules:
        with open(m["path"], encoding="ascii") as f:
            lib.insertByName(m["name"], vba_source(f.read()))
    if with_probe:
        lib.insertByName(PROBE, "Option VBASupport 1\nFunction HarnessProbe()\n    HarnessProbe = \"ok\"\nEnd Function\n")
    libs.VBACompatibilityMode = True
    libs.loadLibrary("Standard")


def compiles(doc):
    """A library with a compile error runs nothing: the probe then returns no value."""
    script = doc.getScriptProvider().getScript(
        "vnd.sun.star.script:Standard.%s.%s?language=Basic&location=document" % (PROBE, PROBE))
    try:
        return script.invoke((), (), ())[0] == "ok"
    except Exception:
        return False


def failing_modules(desktop, modules):
    failed = []
    for m in modules:
        doc = new_document(desktop)
        try:
            store_modules(doc, [m])
            if not compiles(doc):
                failed.append(m["name"])
        finally:
            doc.close(True)
    return failed


def column_name(index):
    name = ""
    index += 1
    while index:
        index, r = divmod(index - 1, 26)
        name = chr(65 + r) + name
    return name


def evaluate(doc, cases):
    sheet = doc.Sheets.getByIndex(0)
    for row, case in enumerate(cases):
        for col, value in enumerate(case.get("inputs") or []):
            cell = sheet.getCellByPosition(2 + col, row)
            if value is None:
                continue
            if isinstance(value, str):
                cell.setString(value)
            else:
                cell.setValue(value)
    for row, case in enumerate(cases):
        sheet.getCellByPosition(0, row).setFormula(case["formula"].replace("{row}", str(row + 1)))
    doc.calculateAll()
    results = []
    for row, case in enumerate(cases):
        cell = sheet.getCellByPosition(0, row)
        error = cell.getError()
        kind = {RESULT_VALUE: "number", RESULT_STRING: "text", RESULT_ERROR: "error"}.get(
            cell.getPropertyValue("FormulaResultType2"), "empty")
        if error:
            kind = "error"
        results.append({"id": case["id"], "kind": kind, "text": cell.getString(),
                        "number": cell.getValue(), "error": error})
    return results


def main(pipe, request_path, response_path):
    with open(request_path, encoding="utf-8") as f:
        request = json.load(f)
    ctx = connect(pipe, request.get("connectTimeoutSeconds", 60))
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    response = {"compiled": True, "failedModules": [], "results": []}
    try:
        doc = new_document(desktop)
        try:
            store_modules(doc, request["modules"])
            if compiles(doc):
                response["results"] = evaluate(doc, request["cases"])
            else:
                response["compiled"] = False
        finally:
            doc.close(True)
        if not response["compiled"]:
            response["failedModules"] = failing_modules(desktop, request["modules"])
    finally:
        with open(response_path, "w", encoding="utf-8") as f:
            json.dump(response, f, ensure_ascii=False)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge may close while terminating; the caller ends the process anyway


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
