package glassbox.python.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Semantics checked without CPython (the differential tests check the same against it). */
class InterpreterTest {
    private static Interpreter run(String src) {
        Interpreter in = Interpreter.prepare(src, Limits.cli(), StepSink.NONE, CopyMode.AS_WRITTEN, true);
        in.run();
        return in;
    }

    private static List<String> output(String src) {
        return ResultJson.outputLines(run(src).output());
    }

    @Test
    void deepcopyKeepsSharingAndCyclesThroughTheMemo() {
        Interpreter in = run("import copy\ni = [1]\na = [i, i]\na.append(a)\nb = copy.deepcopy(a)\n");
        Py.PyList b = (Py.PyList) in.globals().get("b");
        assertThat(b.items.get(0)).isSameAs(b.items.get(1)).isNotSameAs(in.globals().get("i"));
        assertThat(b.items.get(2)).isSameAs(b);
    }

    @Test
    void tupleIdentityRules() {
        assertThat(output("import copy\nt = (1, 'a', (2,))\nprint(copy.deepcopy(t) is t, copy.copy(t) is t, t[:] is t, tuple(t) is t)\n"
                + "u = (1, [2])\nprint(copy.deepcopy(u) is u, () is tuple([]), (1, 2) is (1, 2))\n"))
                .containsExactly("True True True True", "False True True");
    }

    @Test
    void listPlusEqualsExtendsInPlaceButPlusRebinds() {
        Interpreter in = run("a = [1]\nb = a\na += [2]\nc = a\na = a + [3]\n");
        assertThat(in.globals().get("b")).isSameAs(in.globals().get("c")).isNotSameAs(in.globals().get("a"));
        assertThat(Repr.repr(in.globals().get("b"))).isEqualTo("[1, 2]");
    }

    @Test
    void repetitionRepeatsReferences() {
        Interpreter in = run("g = [[0] * 3] * 3\ng[0][0] = 1\n");
        Py.PyList g = (Py.PyList) in.globals().get("g");
        assertThat(g.items.get(0)).isSameAs(g.items.get(2));
        assertThat(Repr.repr(g)).isEqualTo("[[1, 0, 0], [1, 0, 0], [1, 0, 0]]");
    }

    @Test
    void smallIntsAreCachedAndLargeRuntimeIntsAreNot() {
        assertThat(output("a = 256\nb = 255 + a - 255\nc = 1000\nd = c + 0\nprint(a is b, c is d, c is 1000)\n"))
                .containsExactly("True False True");
    }

    @Test
    void printFormatsLikeCpython() {
        assertThat(output("l = [1]\nl.append(l)\nd = {}\nd[1] = d\nprint(l, d, (1,), 1e16, 1.0, 'a', [\"it's\"], None, True)\n"))
                .containsExactly("[1, [...]] {1: {...}} (1,) 1e+16 1.0 a [\"it's\"] None True");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a = [1]\\na[3]|2|IndexError|list index out of range",
        "x|1|NameError|name 'x' is not defined",
        "a = [1] + 1|1|TypeError|can only concatenate list (not \"int\") to list",
        "d = {}\\nd[[1]] = 0|2|TypeError|unhashable type: 'list'",
        "a = []\\na.remove(3)|2|ValueError|list.remove(x): x not in list",
        "d = {'k': 1}\\nd['z']|2|KeyError|'z'",
        "a = []\\na.push(1)|2|AttributeError|'list' object has no attribute 'push'",
        "t = (1,)\\nt[0] = 2|2|TypeError|'tuple' object does not support item assignment",
    })
    void errorsStopTheScriptWithCpythonWording(String src, int line, String type, String message) {
        Interpreter in = run(src.replace("\\n", "\n") + "\nafter = 1\n");
        assertThat(in.error()).isNotNull();
        assertThat(in.error().type()).isEqualTo(type);
        assertThat(in.error().getMessage()).isEqualTo(message);
        assertThat(in.error().line()).isEqualTo(line);
        assertThat(in.globals()).doesNotContainKey("after");
    }

    @Test
    void stateBeforeTheErrorIsKept() {
        Map<String, Object> json = ResultJson.of(run("a = [1, 2]\nprint('hi')\nb = a[9]\n"));
        assertThat(json.get("output")).isEqualTo(List.of("hi"));
        assertThat(List.copyOf(((Map<?, ?>) json.get("vars")).keySet())).isEqualTo(List.of("a"));
        assertThat(((Map<?, ?>) json.get("error")).get("line")).isEqualTo(3);
    }

    @Test
    void capsStopRunawayScriptsWithAClearMessage() {
        Interpreter in = Interpreter.prepare("a = [0] * 100\nb = a * 100\nc = b * 100\n", new Limits(1000, 100, 5000, 1000),
                StepSink.NONE, CopyMode.AS_WRITTEN, false);
        assertThat(in.run()).isFalse();
        assertThat(in.limitExceeded().getMessage()).contains("safety cap");
        Map<String, Object> json = ResultJson.of(in);
        assertThat(((Map<?, ?>) json.get("error")).get("type")).isEqualTo("ResourceLimit");

        Interpreter objects = Interpreter.prepare("a = [[], [], [], [], []]\n", new Limits(1000, 3, 5000, 1000),
                StepSink.NONE, CopyMode.AS_WRITTEN, false);
        assertThat(objects.run()).isFalse();
        assertThat(objects.limitExceeded().getMessage()).contains("more than 3 objects");
    }

    @Test
    void unsupportedFoundWhileRunningNamesTheLine() {
        assertThatThrownBy(() -> run("a = 'x'\nb = a.upper()\n"))
                .isInstanceOfSatisfying(ScriptProblem.class, p -> {
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.getMessage()).isEqualTo("the attribute str.upper");
                });
    }

    @Test
    void forcedModesTurnEveryCopyShallowOrDeep() {
        String src = "import copy\na = [[1]]\nb = copy.copy(a)\nc = copy.deepcopy(a)\n";
        Interpreter shallow = Interpreter.prepare(src, Limits.cli(), StepSink.NONE, CopyMode.ALL_SHALLOW, false);
        shallow.run();
        assertThat(((Py.PyList) shallow.globals().get("c")).items.get(0))
                .isSameAs(((Py.PyList) shallow.globals().get("a")).items.get(0));
        Interpreter deep = Interpreter.prepare(src, Limits.cli(), StepSink.NONE, CopyMode.ALL_DEEP, false);
        deep.run();
        assertThat(((Py.PyList) deep.globals().get("b")).items.get(0))
                .isNotSameAs(((Py.PyList) deep.globals().get("a")).items.get(0));
    }
}
