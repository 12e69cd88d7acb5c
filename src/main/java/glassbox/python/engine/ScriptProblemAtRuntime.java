package glassbox.python.engine;

/** Builds the "not supported" problem for a construct only found while running (line filled in later). */
final class ScriptProblemAtRuntime {
    private ScriptProblemAtRuntime() {
    }

    static ScriptProblem of(String what) {
        return new ScriptProblem(ScriptProblem.Kind.UNSUPPORTED, 0, what);
    }
}
