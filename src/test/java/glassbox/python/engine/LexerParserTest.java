package glassbox.python.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexerParserTest {
    @Test
    void tokenizesStringsNumbersAndJoinsLinesInsideBrackets() {
        List<Token> t = Lexer.tokenize("a = [1,\n  2.5e3, 'x\\ty' \"z\"]  # c\n");
        assertThat(t).extracting(Token::kind).containsExactly(Token.Kind.NAME, Token.Kind.OP, Token.Kind.OP,
                Token.Kind.INT, Token.Kind.OP, Token.Kind.FLOAT, Token.Kind.OP, Token.Kind.STRING, Token.Kind.OP,
                Token.Kind.NEWLINE, Token.Kind.EOF);
        assertThat(t.get(7).text()).isEqualTo("x\tyz");
        assertThat(t.get(5).line()).isEqualTo(2);
    }

    @Test
    void parsesPrecedenceAndChainedAssignment() {
        List<Ast.Stmt> p = Parser.parse("a = b = 1 + 2 * 3\nc[0] += -x ** 2\n");
        assertThat(p).hasSize(2);
        Ast.Assign a = (Ast.Assign) p.get(0);
        assertThat(a.targets()).hasSize(2);
        Ast.BinOp sum = (Ast.BinOp) a.value();
        assertThat(sum.op()).isEqualTo("+");
        assertThat(((Ast.BinOp) sum.right()).op()).isEqualTo("*");
        Ast.AugAssign aug = (Ast.AugAssign) p.get(1);
        assertThat(aug.op()).isEqualTo("+");
        assertThat(((Ast.UnaryOp) aug.value()).operand()).isInstanceOf(Ast.BinOp.class);
    }

    @Test
    void parsesSlicesTuplesAndImports() {
        List<Ast.Stmt> p = Parser.parse("from copy import copy, deepcopy\nimport copy\nx = a[1:], a[::-1], (1,), ()\ndel a[0], b\n");
        assertThat(p.get(0)).isInstanceOf(Ast.FromImport.class);
        assertThat(((Ast.FromImport) p.get(0)).names()).hasSize(2);
        Ast.TupleExpr t = (Ast.TupleExpr) ((Ast.Assign) p.get(2)).value();
        assertThat(t.items()).hasSize(4);
        assertThat(((Ast.Subscript) t.items().get(0)).index()).isInstanceOf(Ast.Slice.class);
        assertThat(((Ast.Del) p.get(3)).targets()).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "x = 1\\nglobal x|2|global statements",
        "def f():\\n    nonlocal x|2|nonlocal statements",
        "x = 1\\n@dec\\ndef f(): pass|2|decorators",
        "async def f(): pass|1|async code",
        "def f():\\n    yield from g|2|yield from",
        "x = eval('1')|1|the built-in name 'eval'",
        "exec('x = 1')|1|the built-in name 'exec'",
        "__import__('os')|1|the built-in name '__import__'",
        "x = [].__class__|1|special attributes such as __class__",
        "class C(list): pass\\nc = C.__dict__|2|special attributes such as __dict__",
        "x = [i for i in y]|1|list comprehensions",
        "s = {1, 2}|1|sets",
        "import os|1|importing module 'os' (only copy and sys)",
        "from sys import path|1|importing 'path' from sys (only getrefcount)",
        "x = lambda: 1|1|lambda expressions",
        "x = f'{y}'|1|f-strings",
        "x = open('f')|1|the built-in name 'open'",
        "x = enumerate(y)|1|the built-in name 'enumerate'",
        "x = 1 & 2|1|the & operator",
    })
    void refusesValidPythonOutsideTheSubsetNamingTheLine(String src, int line, String what) {
        assertThatThrownBy(() -> Interpreter.prepare(src.replace("\\n", "\n"), Limits.cli(), StepSink.NONE,
                CopyMode.AS_WRITTEN, false))
                .isInstanceOfSatisfying(ScriptProblem.class, p -> {
                    assertThat(p.kind()).isEqualTo(ScriptProblem.Kind.UNSUPPORTED);
                    assertThat(p.line()).isEqualTo(line);
                    assertThat(p.getMessage()).isEqualTo(what);
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "x = (1, 2|1",
        "x = 1\\n  y = 2|2",
        "x = = 1|1",
        "1 = x|1",
        "x = 'abc|1",
        "x = 012|1",
        "print 'a'|1",
        "x = ]|1",
    })
    void refusesInvalidPythonAsSyntaxErrors(String src, int line) {
        assertThatThrownBy(() -> Parser.parse(src.replace("\\n", "\n")))
                .isInstanceOfSatisfying(ScriptProblem.class, p -> {
                    assertThat(p.kind()).isEqualTo(ScriptProblem.Kind.SYNTAX);
                    assertThat(p.line()).isEqualTo(line);
                });
    }
}
