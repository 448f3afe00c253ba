package org.evolab.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CellsTest {
    /** The grammar {@link Cells#isPlainNumber} implements by hand (it runs on every cell). */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

    @Test
    void plainNumberCheckAgreesWithItsGrammar() {
        for (String s : new String[] {
            "",
            "1",
            "-1",
            "+.5",
            "1.",
            ".",
            "-",
            "1e5",
            "1E-5",
            "1e",
            "1e+",
            ".e1",
            "1.2.3",
            "١٢",
            "1,5",
            " 1",
            "0x10",
            "1d",
            "Infinity",
            "NaN",
            "+",
            "007",
            "1.5e3x"
        }) {
            assertThat(Cells.isPlainNumber(s))
                    .as("'%s'", s)
                    .isEqualTo(NUMBER.matcher(s).matches());
        }
        SplittableRandom random = new SplittableRandom(3);
        String alphabet = "0123456789+-.eE ,x";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(7); k > 0; k--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(Cells.isPlainNumber(s.toString()))
                    .as("'%s'", s)
                    .isEqualTo(NUMBER.matcher(s).matches());
        }
    }

    @Test
    void missingSpellingsAndNonFiniteNumbers() {
        assertThat(Cells.normalize("  N/A ")).isNull();
        assertThat(Cells.normalize("NULL")).isNull();
        assertThat(Cells.normalize("nullable")).isEqualTo("nullable");
        assertThat(Cells.isNumeric("-Infinity")).isTrue();
        assertThat(Double.isNaN(Cells.number("+inf"))).isTrue();
        assertThat(Double.isNaN(Cells.number("1e999"))).isTrue();
        assertThat(Cells.isNumeric("infinityy")).isFalse();
    }
}
