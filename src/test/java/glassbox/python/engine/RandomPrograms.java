package glassbox.python.engine;

import glassbox.testing.PropertyCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random straight-line scripts over five variables: aliasing, copies, mutation, printing. */
final class RandomPrograms {
    static final String PRELUDE = "import copy\na = [1, [2, 3]]\nb = (a, 4)\nc = {'k': a, 'j': (1, 2)}\nd = 'xy'\ne = 7\n";

    private RandomPrograms() {
    }

    static String variable(Random r) {
        return PropertyCheck.oneOf(r, "a", "b", "c", "d", "e");
    }

    static String atom(Random r) {
        return PropertyCheck.oneOf(r, "0", "1", "-1", "2", "300", "'k'", "'j'", "'s'", "None", "True", "2.5", "()", "[]");
    }

    static String statement(Random r) {
        String x = variable(r);
        String y = variable(r);
        String atom = atom(r);
        int n = PropertyCheck.between(r, -3, 3);
        int pick = PropertyCheck.between(r, 0, 58);
        return switch (pick) {
                    case 0 -> x + " = [" + y + ", " + atom + "]";
                    case 1 -> x + " = (" + y + ", " + atom + ")";
                    case 2 -> x + " = {'k': " + y + ", " + atom + ": " + y + "}";
                    case 3 -> x + " = [" + y + "] * " + Math.abs(n);
                    case 4 -> x + " = " + y;
                    case 5 -> x + " = copy.copy(" + y + ")";
                    case 6 -> x + " = copy.deepcopy(" + y + ")";
                    case 7 -> x + " = " + y + "[:]";
                    case 8 -> x + " = list(" + y + ")";
                    case 9 -> x + " = " + x + " + " + y;
                    case 10 -> x + " = " + atom;
                    case 11 -> x + ".append(" + y + ")";
                    case 12 -> x + ".extend(" + y + ")";
                    case 13 -> x + ".insert(" + n + ", " + y + ")";
                    case 14 -> x + ".pop()";
                    case 15 -> x + ".remove(" + atom + ")";
                    case 16 -> x + "[" + n + "] = " + y;
                    case 17 -> x + "[" + n + "][0] = " + atom;
                    case 18 -> x + " += " + y;
                    case 19 -> x + " *= 2";
                    case 20 -> "del " + x + "[" + n + "]";
                    case 21 -> x + "['k'] = " + y;
                    case 22 -> "print(" + x + ")";
                    case 23 -> "print(" + x + " is " + y + ", " + x + " == " + y + ")";
                    case 24 -> "print(" + x + "[" + n + "])";
                    case 25 -> "print(len(" + x + "), " + x + "[0] is " + y + "[0])";
                    case 26 -> x + " = tuple(" + y + ")";
                    case 27 -> x + ".update(" + y + ")";
                    case 28 -> "print(" + x + ".get('k'), " + x + ".get(" + atom + ", 0))";
                    case 29 -> "del " + x + "['k']";
                    case 30 -> x + " = dict(" + y + ")";
                    case 31 -> x + " = " + y + "[" + n + ":]";
                    case 32 -> x + " = " + y + "[::-1]";
                    case 33 -> x + "[" + n + ":" + (n + 2) + "] = " + y;
                    case 34 -> x + " = " + y + " = [" + atom + "]";
                    case 35 -> x + ", " + y + " = " + y + ", " + x;
                    case 36 -> "print(" + x + " == " + y + ", " + x + " != " + y + ", " + atom + " in " + x + ")";
                    case 37 -> "print(not " + x + ", len(" + y + "), id(" + x + ") == id(" + y + "))";
                    case 38 -> x + " += (" + atom + ",)";
                    case 39 -> x + " = " + y + ".copy()";
                    case 40 -> x + " = " + x + " * " + Math.abs(n);
                    case 41 -> x + " = {" + atom + ": (" + y + ", [" + y + "]), 'k': " + y + "}";
                    case 42 -> x + " = copy.deepcopy((" + x + ", " + y + ", " + x + "))";
                    case 43 -> "print(" + x + " is copy.copy(" + x + "), " + x + " is copy.deepcopy(" + x + "))";
                    case 44 -> x + " = " + atom + " * " + n;
                    case 45 -> x + " = " + x + " + " + atom;
                    case 46 -> x + " = 7 / " + n + " + 1.5";
                    case 47 -> "print(" + x + " < " + y + ")";
                    case 48 -> x + " = list(" + y + ".items())";
                    case 49 -> x + " = [" + x + ", (" + y + ",), {'k': " + x + "}]";
                    case 50 -> "print(repr(" + x + "), str(" + y + "))";
                    case 51 -> x + "[0] += " + y;
                    case 52 -> "del " + x;
                    case 53 -> x + " = " + y + "[" + n + "][" + n + "]";
                    case 54 -> x + ".insert(0, " + x + ")";
                    case 55 -> "print(" + x + ".pop(" + n + "))";
                    case 56 -> x + " = (" + y + ", " + atom + ")[" + n + "]";
                    case 57 -> x + " = 'ab' + " + y;
                    default -> x + " = " + y + "['k']";
                };
    }

    /** 3..14 random statements (without the prelude). */
    static List<String> statements(Random r) {
        return PropertyCheck.listOf(r, 3, 14, RandomPrograms::statement);
    }

    /** The prelude, then the statements, one a line. */
    static String program(List<String> statements) {
        return PRELUDE + String.join("\n", statements) + "\n";
    }

    static String program(Random r) {
        return program(statements(r));
    }

    /** {@code n} random programs from one seed. */
    static List<String> sample(int n, long seed) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(program(r));
        }
        return out;
    }
}
