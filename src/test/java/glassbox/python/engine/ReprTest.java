package glassbox.python.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReprTest {
    @ParameterizedTest
    @CsvSource({
        "1.0, 1.0", "0.1, 0.1", "1e16, 1e+16", "1e15, 1000000000000000.0", "0.0001, 0.0001", "0.00001, 1e-05",
        "0.30000000000000004, 0.30000000000000004", "-0.0, -0.0", "1.5e300, 1.5e+300", "123456789.125, 123456789.125",
        "2.5e-7, 2.5e-07", "5e-324, 5e-324", "Infinity, inf", "-Infinity, -inf", "NaN, nan", "100.0, 100.0",
        "12345678901234567.0, 1.2345678901234568e+16",
    })
    void floatsUseTheShortestRoundTrip(double d, String expected) {
        assertThat(Repr.floatRepr(d)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "abc|'abc'", "it's|\"it's\"", "say \"hi\"|'say \"hi\"'", "both ' and \"|'both \\' and \"'",
        "tab\there|'tab\\there'", "é|'é'", "\u200b|'\\u200b'", "\u00a0|'\\xa0'", "back\\slash|'back\\\\slash'",
    })
    void stringsChooseQuotesAndEscapeLikeCpython(String s, String expected) {
        assertThat(Repr.strRepr(s)).isEqualTo(expected);
    }
}
