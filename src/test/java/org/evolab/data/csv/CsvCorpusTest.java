package org.evolab.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evolab.data.TestFiles.resource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.evolab.data.prep.PreprocessOptions;
import org.evolab.data.prep.Preprocessor;
import org.evolab.data.schema.ColumnInfo;
import org.evolab.data.schema.ColumnKind;
import org.evolab.data.schema.ColumnRole;
import org.evolab.data.schema.DatasetSchema;
import org.evolab.data.schema.SchemaOptions;
import org.evolab.util.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The corpus of awkward files in {@code src/test/resources/data}: each either loads with the
 * values a user would expect, or is refused with one line that names the file and the line (and
 * column, where there is one). Files tested elsewhere: {@code rare-classes.csv} (a class of one
 * row stays in training) in {@link SplitterTest}; {@code quoted.csv}, {@code blank-lines.csv},
 * {@code blank-header.csv}, {@code semicolon.csv}, {@code tab.tsv}, {@code hash.csv} in
 * {@link DataTableTest}; {@code missing-target.csv} in {@link DatasetSchemaTest}.
 */
class CsvCorpusTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            empty.csv             | empty.csv: the file is empty
            header-only.csv       | header-only.csv: no data rows (only a header)
            ragged.csv            | ragged.csv: line 7 has 3 fields, the header has 5
            duplicate-columns.csv | duplicate-columns.csv: column name 'a' appears twice in the header (columns 1 and 3)
            unclosed-quote.csv    | unclosed-quote.csv: line 3, column 'b': a quoted value starts here but its closing quote is missing
            garbage.csv           | garbage.csv: this is a PNG image, not CSV text
            binary.csv            | binary.csv: line 3 contains a NUL byte: this looks like a binary file, not CSV text
            """)
    void refusesBadFilesWithOneLineNamingFileAndLine(String file, String message) {
        assertThatThrownBy(() -> DataTable.load(resource(file)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(message);
    }

    @Test
    void refusesMoreFieldsThanTheHeaderWithAHintAboutQuoting() {
        assertThatThrownBy(() -> parse("a,b\n1,2\n3,4,5\n"))
                .hasMessage(
                        "t.csv: line 3 has 3 fields, the header has 2 (a value that contains ',' must be in double quotes)");
        assertThatThrownBy(() -> parse("a;b\n1;2\n3;4;5\n"))
                .hasMessage(
                        "t.csv: line 3 has 3 fields, the header has 2 (a value that contains ';' must be in double quotes)");
    }

    @Test
    void unclosedQuoteInTheHeaderOrPastTheLastColumnNamesTheColumnByNumber() {
        assertThatThrownBy(() -> parse("a,\"b\n1,2\n"))
                .hasMessage("t.csv: line 1, column 2: a quoted value starts here but its closing quote is missing");
        assertThatThrownBy(() -> parse("a,b\n1,2\n\n3,4,\"x\n"))
                .hasMessage("t.csv: line 4, column 3: a quoted value starts here but its closing quote is missing");
    }

    @Test
    void refusesWorkbooksAndOtherBinaryFilesByWhatTheyAre(@TempDir Path dir) throws Exception {
        Path xlsx = Files.write(dir.resolve("data.csv"), new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0});
        assertThatThrownBy(() -> DataTable.load(xlsx))
                .hasMessage(
                        "data.csv: this is a ZIP archive (an Excel .xlsx workbook is one), not CSV text; save it from Excel as CSV");
        Path xls = Files.write(dir.resolve("old.csv"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0});
        assertThatThrownBy(() -> DataTable.load(xls)).hasMessageStartingWith("old.csv: this is an Excel .xls workbook");
        byte[] noise = new byte[200];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (1 + i % 8); // control codes, no NUL
        }
        assertThatThrownBy(() -> DataTable.parse("noise.csv", noise))
                .hasMessageStartingWith("noise.csv: this looks like a binary file");
        assertThatThrownBy(() -> DataTable.parse("u16.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_16LE)))
                .hasMessage("u16.csv: the file is UTF-16 text; save it as UTF-8 (CSV UTF-8)");
    }

    @Test
    void byteOrderMarkIsNotPartOfTheFirstColumnName() {
        DataTable t = DataTable.load(resource("bom.csv"));
        assertThat(t.columnNames()).containsExactly("name", "value");
        assertThat(t.cell(0, 0)).isEqualTo("x");
        assertThat(t.cell(1, 1)).isEqualTo("2");
        assertThat(t.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void textThatIsNotUtf8IsReadAsWindows1252() {
        DataTable latin1 = DataTable.load(resource("latin1.csv"));
        assertThat(latin1.cell(0, 0)).isEqualTo("José");
        assertThat(latin1.encoding()).isEqualTo("windows-1252");

        DataTable cp1252 = DataTable.load(resource("cp1252.csv"));
        assertThat(cp1252.cell(0, 0)).isEqualTo("café");
        assertThat(cp1252.cell(0, 1)).isEqualTo("“crème brûlée”");
        assertThat(cp1252.cell(1, 1)).isEqualTo("naïve – 100% bio");
        assertThat(cp1252.cell(2, 0)).isEqualTo("€uro");
        assertThat(cp1252.cell(2, 1)).isEqualTo("Ÿes");
        assertThat(cp1252.cell(1, 2)).isEqualTo("3.2");
        assertThat(cp1252.encoding()).isEqualTo("windows-1252");
    }

    @Test
    void utf8MixedWithWindows1252KeepsBoth() {
        byte[] utf8 = "name\ncafé\n".getBytes(StandardCharsets.UTF_8);
        byte[] latin = "café\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] both = Arrays.copyOf(utf8, utf8.length + latin.length);
        System.arraycopy(latin, 0, both, utf8.length, latin.length);

        DataTable t = DataTable.parse("mixed.csv", both);
        assertThat(t.cell(0, 0)).isEqualTo("café");
        assertThat(t.cell(1, 0)).isEqualTo("café");
        assertThat(t.encoding()).isEqualTo("UTF-8 mixed with windows-1252");
        // A UTF-8 sequence cut off by the end of the file is read byte by byte, not refused.
        DataTable cut = DataTable.parse("cut.csv", new byte[] {'a', '\n', 'x', (byte) 0xC3});
        assertThat(cut.cell(0, 0)).isEqualTo("xÃ");
    }

    @Test
    void semicolonFileWithDecimalCommasHasNumbers() {
        DataTable t = DataTable.load(resource("decimal-comma.csv"));
        assertThat(numbers(t, "temperature")).containsExactly(21.5, -3.25, 18.0);
        assertThat(numbers(t, "humidity")).containsExactly(0.45, 1.0, 0.5);
        assertThat(t.cell(0, 0)).isEqualTo("21.5");
        DatasetSchema schema = DatasetSchema.infer(t, SchemaOptions.defaults());
        assertThat(schema.column("temperature").kind()).isEqualTo(ColumnKind.NUMERIC);
        assertThat(schema.column("humidity").kind()).isEqualTo(ColumnKind.NUMERIC);
    }

    @Test
    void thousandsSeparatorsAreReadWhereTheColumnIsUnambiguous() {
        DataTable comma = DataTable.load(resource("thousands-comma.csv"));
        assertThat(numbers(comma, "price")).containsExactly(1234.5, 12000.0, 999.75, -1_000_000.0);

        DataTable semicolon = DataTable.load(resource("thousands-semicolon.csv"));
        // "12.000" alone would be twelve; beside "1.234,5" the point can only group thousands.
        assertThat(numbers(semicolon, "price")).containsExactly(1234.5, 12000.0, 999.75, -1_000_000.0);

        DataTable space = DataTable.load(resource("thousands-space.csv"));
        assertThat(numbers(space, "population")).containsExactly(1_234_567.0, 83_200_000.0, 950.0, 67_000_000.0);
        assertThat(numbers(space, "area")).containsExactly(41.3, 357.6, 0.3, 551.7);
    }

    @Test
    void ambiguousOrMixedNumberFormatsStayText() {
        // A comma file never reads "1,5" as a decimal: it may be a pair.
        assertThat(parse("a,b\n\"1,5\",x\n\"2,25\",y\n").cell(0, 0)).isEqualTo("1,5");
        // Decimal point and decimal comma in one column: no one format fits.
        assertThat(parse("a;b\n1.5;x\n2,5;y\n").cell(1, 0)).isEqualTo("2,5");
        // Malformed groups.
        assertThat(parse("a,b\n\"12,34\",x\n\"1,000\",y\n").cell(0, 0)).isEqualTo("12,34");
        assertThat(parse("a,b\n\"0,123\",x\n\"1,000\",y\n").cell(0, 0)).isEqualTo("0,123");
        // Plain decimals are never taken for grouped thousands.
        assertThat(parse("a;b\n1.234;x\n5.678;y\n").cell(0, 0)).isEqualTo("1.234");
        // In a ';' file a comma is a decimal mark unless the column shows it groups thousands.
        assertThat(parse("a;b\n1,500;x\n2,000;y\n").cell(0, 0)).isEqualTo("1.500");
        assertThat(parse("a;b\n1,500;x\n2,000.75;y\n").cell(0, 0)).isEqualTo("1500");
    }

    @Test
    void infinityAndNanAreMissingInNumericColumns() {
        DataTable t = DataTable.load(resource("inf-nan.csv"));
        assertThat(t.cell(0, 1)).isEqualTo("inf");
        assertThat(t.cell(1, 0)).isNull(); // "NaN" is a missing spelling already

        DatasetSchema schema = DatasetSchema.infer(t, SchemaOptions.defaults());
        assertThat(schema.column("x"))
                .isEqualTo(new ColumnInfo("x", ColumnKind.NUMERIC, ColumnRole.FEATURE, 2, 4, false));
        assertThat(schema.column("y"))
                .isEqualTo(new ColumnInfo("y", ColumnKind.NUMERIC, ColumnRole.FEATURE, 3, 3, false));

        int[] all = {0, 1, 2, 3, 4, 5};
        Preprocessor p = Preprocessor.fit(t, schema, all, new PreprocessOptions(false, 10));
        for (double[] row : p.features(t)) {
            assertThat(Arrays.stream(row).allMatch(Double::isFinite))
                    .as(Arrays.toString(row))
                    .isTrue();
        }
    }

    @Test
    void targetWithASingleClassIsRefusedByName() {
        DataTable t = DataTable.load(resource("single-class.csv"));
        assertThatThrownBy(() -> DatasetSchema.infer(t, SchemaOptions.defaults()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("single-class.csv: target 'label' has a single class 'yes': nothing to learn");
    }

    @Test
    void columnThatIsMissingInEveryRowIsRefusedUnlessIgnored() {
        DataTable t = DataTable.load(resource("all-missing-column.csv"));
        assertThat(t.columnNames()).containsExactly("x", "empty", "label");
        assertThatThrownBy(() -> DatasetSchema.infer(t, SchemaOptions.defaults()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(
                        "all-missing-column.csv: column 'empty' is empty in every row (set it to ignore, or remove it)");

        DatasetSchema ignored = DatasetSchema.infer(t, SchemaOptions.defaults().withRole("empty", ColumnRole.IGNORE));
        assertThat(ignored.column("empty"))
                .isEqualTo(new ColumnInfo("empty", ColumnKind.CONSTANT, ColumnRole.IGNORE, 4, 0, false));
        assertThat(ignored.features()).extracting(ColumnInfo::name).containsExactly("x");
    }

    private static DataTable parse(String text) {
        return DataTable.parse("t.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Double> numbers(DataTable t, String column) {
        int c = t.columnIndex(column);
        List<Double> values = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            assertThat(Cells.isNumeric(t.cell(r, c)))
                    .as("%s row %d: %s", column, r, t.cell(r, c))
                    .isTrue();
            values.add(Cells.number(t.cell(r, c)));
        }
        return values;
    }
}
