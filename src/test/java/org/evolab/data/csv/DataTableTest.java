package org.evolab.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evolab.data.TestFiles.resource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evolab.data.TestFiles;
import org.evolab.util.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataTableTest {

    @Test
    void loadsIris() {
        DataTable iris = TestFiles.iris();

        assertThat(iris.name()).isEqualTo("iris.csv");
        assertThat(iris.rowCount()).isEqualTo(150);
        assertThat(iris.columnCount()).isEqualTo(5);
        assertThat(iris.columnNames())
                .containsExactly("sepal_length", "sepal_width", "petal_length", "petal_width", "species");
        assertThat(iris.cell(0, 0)).isEqualTo("5.1");
        assertThat(iris.cell(149, 4)).isEqualTo("virginica");
        assertThat(iris.sourceLine(0)).isEqualTo(2);
        assertThat(iris.sourceLine(149)).isEqualTo(151);
        assertThat(iris.columnIndex("species")).isEqualTo(4);
        assertThat(iris.columnIndex("Species")).isEqualTo(-1);
    }

    @Test
    void detectsSemicolonAndTabSeparators() {
        for (String file : List.of("semicolon.csv", "tab.tsv")) {
            DataTable t = DataTable.load(resource(file));
            assertThat(t.columnNames()).as(file).containsExactly("sepal_length", "sepal_width", "species");
            assertThat(t.rowCount()).as(file).isEqualTo(3);
            assertThat(t.cell(1, 0)).as(file).isEqualTo("7.0");
            assertThat(t.cell(2, 2)).as(file).isEqualTo("virginica");
        }
    }

    @Test
    void separatorThatSplitsEveryLineAlikeWinsOverOneInsideValues() {
        DataTable t = DataTable.parse("t.csv", "a;b\n1,5;2\n3,25;4\n".getBytes(StandardCharsets.UTF_8));
        assertThat(t.columnNames()).containsExactly("a", "b");
        assertThat(t.cell(1, 0)).isEqualTo("3.25"); // a decimal comma, in a ';' file
    }

    @Test
    void readsQuotedFieldsWithSeparatorsQuotesAndLineBreaks() {
        DataTable t = DataTable.load(resource("quoted.csv"));

        assertThat(t.rowCount()).isEqualTo(3);
        assertThat(t.cell(0, 0)).isEqualTo("Paris, France");
        assertThat(t.cell(0, 1)).isEqualTo("said \"bonjour\"; left");
        assertThat(t.cell(1, 1)).isEqualTo("two\nlines");
        assertThat(t.cell(2, 0)).isEqualTo("Rome");
        // The quoted line break moves Rome to line 5 of the file.
        assertThat(new int[] {t.sourceLine(0), t.sourceLine(1), t.sourceLine(2)})
                .containsExactly(2, 3, 5);
    }

    @Test
    void missingSpellingsBecomeNullButRealWordsStay() {
        DataTable t = DataTable.parse(
                "t.csv", "a,b,c\nNA, n/a ,?\nnull,-,\"\"\nNaN,#N/A,none\nx,N A,0\n".getBytes(StandardCharsets.UTF_8));

        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 3; c++) {
                assertThat(t.cell(r, c)).as("row %d column %d", r, c).isNull();
            }
        }
        assertThat(t.cell(2, 0)).isNull();
        assertThat(t.cell(2, 1)).isNull();
        assertThat(t.cell(2, 2)).isEqualTo("none");
        assertThat(t.cell(3, 1)).isEqualTo("N A");
        assertThat(t.cell(3, 2)).isEqualTo("0");
    }

    @Test
    void skipsBlankLinesAndEmptyRowsAndKeepsLineNumbersAcrossMixedLineEndings() {
        DataTable t = DataTable.load(resource("blank-lines.csv"));

        assertThat(t.rowCount()).isEqualTo(5);
        assertThat(t.cell(1, 0)).isEqualTo("3");
        assertThat(t.cell(4, 1)).isEqualTo("10");
        int[] lines = new int[t.rowCount()];
        for (int r = 0; r < lines.length; r++) {
            lines[r] = t.sourceLine(r);
        }
        assertThat(lines).containsExactly(2, 5, 7, 8, 9);
    }

    @Test
    void hashIsDataNotAComment() {
        DataTable t = DataTable.load(resource("hash.csv"));
        assertThat(t.columnNames()).containsExactly("#hash", "b");
        assertThat(t.cell(0, 0)).isEqualTo("#1");
        assertThat(t.rowCount()).isEqualTo(2);
    }

    @Test
    void namesBlankHeaderCellsByPositionAndDropsTrailingSeparatorColumn() {
        DataTable t = DataTable.load(resource("blank-header.csv"));
        assertThat(t.columnNames()).containsExactly("a", "column_2", "c");
        assertThat(t.cell(1, 1)).isEqualTo("y");
    }

    @Test
    void readsFieldsLongerThanTablesawsDefaultLimit() {
        String longText = "x".repeat(10_000);
        DataTable t = DataTable.parse("t.csv", ("a,b\n1," + longText + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(t.cell(0, 1)).hasSize(10_000);
    }

    @Test
    void selectKeepsOrderAndSourceLines() {
        DataTable iris = TestFiles.iris();
        DataTable some = iris.select(new int[] {149, 0, 50});

        assertThat(some.rowCount()).isEqualTo(3);
        assertThat(some.cell(0, 4)).isEqualTo("virginica");
        assertThat(some.sourceLine(0)).isEqualTo(151);
        assertThat(some.sourceLine(2)).isEqualTo(52);
        assertThat(some.columnNames()).isEqualTo(iris.columnNames());
        assertThatThrownBy(() -> iris.select(new int[] {150})).isInstanceOf(IndexOutOfBoundsException.class);

        DataTable fewer = some.select(new int[] {2, 0});
        assertThat(fewer.rowCount()).isEqualTo(2);
        assertThat(fewer.cell(0, 4)).isEqualTo("versicolor");
        assertThat(fewer.cell(1, 4)).isEqualTo("virginica");
        assertThat(fewer.sourceLine(0)).isEqualTo(52);
        assertThatThrownBy(() -> some.select(new int[] {3})).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> some.cell(3, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void ofNormalizesCellsAndNumbersLinesAsIfFromAFile() {
        DataTable t = DataTable.of(
                "gen.csv", List.of("a", "b"), List.of(new String[] {" 1 ", "NA"}, new String[] {"2", "x"}));
        assertThat(t.cell(0, 0)).isEqualTo("1");
        assertThat(t.cell(0, 1)).isNull();
        assertThat(t.sourceLine(1)).isEqualTo(3);
        assertThatThrownBy(() -> DataTable.of("gen.csv", List.of("a", "b"), List.<String[]>of(new String[] {"1"})))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("gen.csv: line 2 has 1 fields, the header has 2");
        assertThatThrownBy(() -> DataTable.of("gen.csv", List.of("a", "a"), List.of()))
                .hasMessageStartingWith("gen.csv: column name 'a' appears twice");
    }

    @Test
    void refusesMissingFileFolderAndBlankOrUtf16Text(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> DataTable.load(dir.resolve("data.csv"))).hasMessage("data.csv: file not found");
        Path folder = Files.createDirectory(dir.resolve("folder.csv"));
        assertThatThrownBy(() -> DataTable.load(folder)).hasMessage("folder.csv: not a regular file (it is a folder)");
        Path blank = Files.writeString(dir.resolve("blank.csv"), "\n  \n\n");
        assertThatThrownBy(() -> DataTable.load(blank)).hasMessage("blank.csv: the file is empty");
        Path utf16 = Files.write(dir.resolve("u16.csv"), "a,b\n1,2\n".getBytes(StandardCharsets.UTF_16));
        assertThatThrownBy(() -> DataTable.load(utf16)).hasMessageStartingWith("u16.csv: the file is UTF-16 text");
        Path onlyEmptyRows = Files.writeString(dir.resolve("commas.csv"), "a,b\n,\n,\n");
        assertThatThrownBy(() -> DataTable.load(onlyEmptyRows)).hasMessage("commas.csv: no data rows (only a header)");
    }
}
