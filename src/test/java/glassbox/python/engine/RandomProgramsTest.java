package glassbox.python.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import glassbox.testing.PropertyCheck;
import org.junit.jupiter.api.Test;

/**
 * Property tests: random scripts agree with CPython 3.11 (one python3 process for the batch), and
 * invariants of the copy module hold on whatever structures random scripts build.
 */
class RandomProgramsTest {

    @Test
    void randomScriptsAgreeWithCpython() throws Exception {
        assumeTrue(PythonOracle.available(), "python3 3.11 not available");
        long seed = Long.getLong("glassbox.seed", new java.util.Random().nextLong());
        List<String> programs = RandomPrograms.sample(300, seed);
        List<JsonNode> expected = PythonOracle.cpython(programs);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < programs.size(); i++) {
            JsonNode ours = PythonOracle.engine(programs.get(i));
            if (!ours.equals(expected.get(i))) {
                failures.add(programs.get(i) + "\nCPython: " + expected.get(i) + "\nengine:  " + ours);
            }
        }
        assertThat(failures).as("scripts where the engine and CPython differ (seed %d)", seed).isEmpty();
    }

    /** Statements are shrunk by dropping lines; the prelude stays. */
    private static void check(int tries, java.util.function.Consumer<String> property) {
        PropertyCheck.forAllLists(tries, RandomPrograms::statements,
                lines -> property.accept(RandomPrograms.program(lines)));
    }

    @Test
    void deepcopyNeverSharesAMutableWithItsSource() {
        check(150, RandomProgramsTest::deepcopyNeverSharesAMutableWithItsSourceHolds);
    }

    static void deepcopyNeverSharesAMutableWithItsSourceHolds(String program) {
        for (String name : List.of("a", "b", "c")) {
            Interpreter in = runQuietly(program + "zz_copy = copy.deepcopy(" + name + ")\n");
            if (in == null || in.error() != null) {
                continue;
            }
            Py.Obj src = in.globals().get(name);
            Py.Obj copy = in.globals().get("zz_copy");
            Set<Py.Container> before = Snapshots.reach(List.of(src));
            for (Py.Container c : Snapshots.reach(List.of(copy))) {
                if (c instanceof Py.PyList || c instanceof Py.PyDict) {
                    assertThat(before).as("mutable %s shared by %s and its deepcopy", c.typeName(), name).doesNotContain(c);
                }
            }
            assertThat(Repr.repr(copy)).isEqualTo(Repr.repr(src));
        }
    }

    @Test
    void shallowCopySharesExactlyTheTopLevelItems() {
        check(150, RandomProgramsTest::shallowCopySharesExactlyTheTopLevelItemsHolds);
    }

    static void shallowCopySharesExactlyTheTopLevelItemsHolds(String program) {
        for (String name : List.of("a", "b", "c")) {
            Interpreter in = runQuietly(program + "zz_copy = copy.copy(" + name + ")\n");
            if (in == null || in.error() != null) {
                continue;
            }
            Py.Obj src = in.globals().get(name);
            Py.Obj copy = in.globals().get("zz_copy");
            if (src instanceof Py.PyList l) {
                assertThat(copy).isNotSameAs(src);
                List<Py.Obj> items = ((Py.PyList) copy).items;
                assertThat(items).hasSameSizeAs(l.items);
                for (int i = 0; i < items.size(); i++) {
                    assertThat(items.get(i)).isSameAs(l.items.get(i));
                }
            } else if (src instanceof Py.PyTuple || !(src instanceof Py.Container)) {
                assertThat(copy).as("copy.copy of an immutable returns it").isSameAs(src);
            } else {
                Py.PyDict d = (Py.PyDict) src;
                Py.PyDict e = (Py.PyDict) copy;
                assertThat(e).isNotSameAs(d);
                List<Py.Entry> a = d.entryList();
                List<Py.Entry> b = e.entryList();
                for (int i = 0; i < a.size(); i++) {
                    assertThat(b.get(i).key).isSameAs(a.get(i).key);
                    assertThat(b.get(i).value).isSameAs(a.get(i).value);
                }
            }
        }
    }

    @Test
    void everyTraceStepIsDrawableAndEndsLikeTheCliRun() {
        check(100, RandomProgramsTest::everyTraceStepIsDrawableAndEndsLikeTheCliRunHolds);
    }

    static void everyTraceStepIsDrawableAndEndsLikeTheCliRunHolds(String program) {
        var trace = CopyEngine.trace(program, CopyMode.AS_WRITTEN, true, Limits.cli());
        var report = CopyEngine.run(program, Limits.cli());
        assertThat(trace.size()).isEqualTo(report.json().get("steps"));
        CopyState last = trace.last().state();
        assertThat(last.output()).isEqualTo(report.json().get("output"));
        for (var step : trace.steps()) {
            CopyState s = step.state();
            for (CopyState.HeapObject o : s.heap()) {
                for (CopyState.Slot slot : o.slots()) {
                    if (slot.value().isRef()) {
                        assertThat(s.object(slot.value().ref())).as("arrow target drawn").isNotNull();
                    }
                }
            }
        }
    }

    private static Interpreter runQuietly(String program) {
        try {
            Interpreter in = Interpreter.prepare(program, Limits.cli(), StepSink.NONE, CopyMode.AS_WRITTEN, false);
            in.run();
            return in;
        } catch (ScriptProblem p) {
            return null;
        }
    }
}
