package glassbox.python.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CLI's JSON for a finished run: {@code vars} (module names in definition order, without
 * modules, functions, classes and generators), {@code heap} (every list/tuple/dict/instance reachable from them,
 * numbered o1, o2, … in depth-first pre-order from the variables), {@code output}, {@code steps},
 * and {@code error} when an exception stopped the script.
 */
public final class ResultJson {
    private final Map<Py.Obj, String> ids = new IdentityHashMap<>();
    private final Map<String, Object> heap = new LinkedHashMap<>();

    private ResultJson() {
    }

    public static Map<String, Object> of(Interpreter in) {
        ResultJson r = new ResultJson();
        Map<String, Object> vars = new LinkedHashMap<>();
        for (Map.Entry<String, Py.Obj> e : in.globals().entrySet()) {
            Py.Obj v = e.getValue();
            if (Snapshots.drawable(v) && !(v instanceof Py.Function) && !(v instanceof Py.PyClass)
                    && !(v instanceof Generator)) {
                vars.put(e.getKey(), r.value(v));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("vars", vars);
        out.put("heap", r.heap);
        out.put("output", outputLines(in.output()));
        out.put("steps", in.steps());
        CopyState.Failure f = Snapshots.failure(in);
        if (f != null) {
            Map<String, Object> err = new LinkedHashMap<>();
            err.put("line", f.line());
            err.put("type", f.type());
            err.put("message", f.message());
            out.put("error", err);
        }
        return out;
    }

    static List<String> outputLines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private Map<String, Object> value(Py.Obj o) {
        Map<String, Object> v = new LinkedHashMap<>();
        if (o instanceof Py.Bool b) {
            v.put("bool", b.flag);
        } else if (o instanceof Py.Int i) {
            v.put("int", i.value);
        } else if (o instanceof Py.Float f) {
            v.put("float", f.value);
        } else if (o instanceof Py.Str s) {
            v.put("str", s.value);
        } else if (o instanceof Py.None) {
            v.put("none", null);
        } else if (o instanceof Py.Instance i && !i.cls.builtin) {
            v.put("ref", ref(i));
        } else if (o instanceof Py.Container c && !(o instanceof Py.HeapObj)) {
            v.put("ref", ref(c));
        } else {
            v.put("other", Repr.repr(o));
        }
        return v;
    }

    private String ref(Py.Container c) {
        String known = ids.get(c);
        if (known != null) {
            return known;
        }
        String id = "o" + (ids.size() + 1);
        ids.put(c, id);
        Map<String, Object> obj = new LinkedHashMap<>();
        heap.put(id, obj);
        if (c instanceof Py.Instance inst) {
            obj.put("type", "instance");
            obj.put("class", inst.cls.name);
            List<Object> attrs = new ArrayList<>();
            for (Map.Entry<String, Py.Obj> e : new ArrayList<>(inst.attrs.entrySet())) {
                attrs.add(List.of(e.getKey(), value(e.getValue())));
            }
            obj.put("attrs", attrs);
            return id;
        }
        obj.put("type", c.typeName());
        if (c instanceof Py.PyDict d) {
            List<Object> entries = new ArrayList<>();
            for (Py.Entry e : d.entryList()) {
                Map<String, Object> k = value(e.key);
                Map<String, Object> val = value(e.value);
                entries.add(List.of(k, val));
            }
            obj.put("entries", entries);
        } else {
            List<Object> items = new ArrayList<>();
            for (Py.Obj i : Snapshots.children(c)) {
                items.add(value(i));
            }
            obj.put("items", items);
        }
        return id;
    }
}
