"""Runs a script under CPython and prints what `glassbox copy --script` prints (minus steps).

Heap objects are numbered o1, o2, ... in depth-first pre-order from the variables in definition
order, exactly as the Java engine numbers them, so the two JSON documents compare directly.
"""
import io
import json
import sys
import traceback
import types
import contextlib


def main(path):
    with open(path, encoding="utf-8") as f:
        source = f.read()
    try:
        code = compile(source, "<script>", "exec")
    except SyntaxError as e:
        print(json.dumps({"syntax": e.msg, "line": e.lineno}))
        return
    env = {"__name__": "__main__"}
    # `python3 script.py` holds one more reference to each module-level constant tuple than
    # compile()+exec() does (sys.getrefcount shows it); keep one so the counts match a plain run.
    keep_constants = [c for c in code.co_consts if type(c) is tuple]
    # the harness's own two frames (main, exec) must not eat into the script's recursion limit
    sys.setrecursionlimit(1000 + 2)
    out = io.StringIO()
    error = None
    with contextlib.redirect_stdout(out):
        try:
            exec(code, env)
        except Exception as e:  # the script's own exception
            tb = e.__traceback__
            line = 0
            while tb is not None:
                if tb.tb_frame.f_code.co_filename == "<script>":
                    line = tb.tb_lineno
                tb = tb.tb_next
            message = str(e)
            error = {"line": line, "type": type(e).__name__, "message": message}
    ids = {}
    heap = {}

    def value(v):
        if type(v) is bool:
            return {"bool": v}
        if type(v) is int:
            return {"int": v}
        if type(v) is float:
            return {"float": v}
        if type(v) is str:
            return {"str": v}
        if v is None:
            return {"none": None}
        if type(v) in (list, tuple, dict) or type(type(v)) is type and type(v).__module__ == "__main__":
            return {"ref": ref(v)}
        return {"other": repr(v)}

    def ref(v):
        if id(v) in ids:
            return ids[id(v)]
        oid = "o%d" % (len(ids) + 1)
        ids[id(v)] = oid
        if type(v) not in (list, tuple, dict):
            obj = {"type": "instance", "class": type(v).__name__}
            heap[oid] = obj
            obj["attrs"] = [[k, value(x)] for k, x in list(vars(v).items())]
            return oid
        obj = {"type": type(v).__name__}
        heap[oid] = obj
        if type(v) is dict:
            entries = []
            for k, x in list(v.items()):
                kk = value(k)
                entries.append([kk, value(x)])
            obj["entries"] = entries
        else:
            obj["items"] = [value(x) for x in v]
        return oid

    variables = {}
    for name, v in list(env.items()):
        if name.startswith("__") and name.endswith("__"):
            continue
        if isinstance(v, (types.ModuleType, types.FunctionType, types.BuiltinFunctionType, type,
                          types.GeneratorType)):
            continue
        variables[name] = value(v)
    text = out.getvalue()
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    result = {"vars": variables, "heap": heap, "output": lines}
    if error is not None:
        result["error"] = error
    print(json.dumps(result))


if __name__ == "__main__":
    # one JSON document per line, one per script named on the command line
    for p in sys.argv[1:]:
        main(p)
        sys.stdout.flush()
