package glassbox.python.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One activation on the frame stack: the module, a function call, a class body, or a generator's
 * frame (kept while it is suspended). Locals in binding order; {@code closure} is the frame free
 * names are looked up in (as CPython's cells are).
 */
final class Frame {
    enum Kind { MODULE, FUNCTION, CLASS_BODY }

    final Kind kind;
    final String name;
    final Py.Function fn;
    final Map<String, Py.Obj> locals;
    final Frame closure;
    /** Qualified-name prefix for functions defined in this frame ("", "f.<locals>.", "C."). */
    final String qualPrefix;
    Ast.Stmt current;
    Py.Obj returnValue;
    Generator generator;

    Frame(Kind kind, String name, Py.Function fn, Map<String, Py.Obj> locals, Frame closure, String qualPrefix) {
        this.kind = kind;
        this.name = name;
        this.fn = fn;
        this.locals = locals == null ? new LinkedHashMap<>() : locals;
        this.closure = closure;
        this.qualPrefix = qualPrefix;
    }

    /** True when {@code name} is local to this frame by CPython's compile-time rule. */
    boolean declaresLocal(String name) {
        return kind == Kind.FUNCTION && fn.def.locals().contains(name);
    }
}
