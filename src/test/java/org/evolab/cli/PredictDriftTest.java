package org.evolab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evolab.data.csv.DataTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Predicting data that drifted from training: a category training never saw is predicted as
 * {@code <other>} and counted on stderr per column; a cell that cannot be read spoils only its row
 * (empty prediction, a reason), unless {@code --strict}.
 */
class PredictDriftTest {
    @TempDir
    static Path dir;

    static Path model;
    static Path drifted;

    @BeforeAll
    static void aModelOfTheHousingSampleAndDriftedRows() throws IOException {
        model = dir.resolve("housing.zip");
        CliBadInputTest.Result r = CliBadInputTest.tinyRun(
                "sample-data/housing.csv", 2, "2..3", "--target", "price_k", "--out", model.toString());
        assertThat(r.code()).as(r.err()).isZero();
        // 30 rows: districts of rows 0..6 renamed to one never seen, row 10's area made text.
        List<String> lines = Files.readAllLines(Path.of("sample-data/housing.csv"), StandardCharsets.UTF_8)
                .subList(0, 31);
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            if (i <= 7) {
                cells[3] = "island";
            }
            if (i == 11) {
                cells[0] = "big";
            }
            out.add(String.join(",", cells));
        }
        drifted = Files.write(dir.resolve("drifted.csv"), out, StandardCharsets.UTF_8);
    }

    @Test
    void unseenLevelsAreCountedAndAnUnreadableCellSpoilsOnlyItsRow() throws IOException {
        Path out = dir.resolve("p.csv");
        CliBadInputTest.Result r = CliBadInputTest.run(
                "predict", "--model", model.toString(), "--data", drifted.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err().lines().toList())
                .as(r.err())
                .containsExactly(
                        "evolab: district: 7 rows had a level unseen in training, predicted as <other>",
                        "evolab: 1 row was not predicted (a cell could not be read; see the 'reason' column), "
                                + "the first at line 12: column 'area_m2': 'big' is not a number");
        assertThat(r.out()).contains("Predicted 29 rows");

        DataTable p = DataTable.load(out);
        assertThat(p.rowCount()).isEqualTo(30);
        int prediction = p.columnIndex("prediction");
        int reason = p.columnIndex("reason");
        assertThat(reason).isEqualTo(p.columnCount() - 1);
        for (int row = 0; row < 30; row++) {
            if (row == 10) {
                assertThat(p.cell(row, prediction)).isNull();
                assertThat(p.cell(row, reason)).isEqualTo("column 'area_m2': 'big' is not a number");
            } else {
                assertThat(Double.parseDouble(p.cell(row, prediction)))
                        .as("row %d", row)
                        .isFinite();
                assertThat(p.cell(row, reason)).isNull();
            }
        }
        assertThat(p.cell(0, p.columnIndex("district"))).isEqualTo("island");
    }

    @Test
    void strictStopsAtTheFirstUnreadableCellNamingLineAndColumn() {
        Path out = dir.resolve("strict.csv");
        CliBadInputTest.Result r = CliBadInputTest.run(
                "predict",
                "--model",
                model.toString(),
                "--data",
                drifted.toString(),
                "--out",
                out.toString(),
                "--strict");
        assertThat(r.code()).as(r.err()).isEqualTo(EvolabCommand.BAD_INPUT);
        assertThat(r.err().lines().toList())
                .containsExactly("evolab: drifted.csv: column 'area_m2', line 12: 'big' is not a number");
        assertThat(out).doesNotExist();
    }

    @Test
    void cleanRowsKeepTheDocumentedColumns() throws IOException {
        Path out = dir.resolve("clean.csv");
        CliBadInputTest.Result r = CliBadInputTest.run(
                "predict", "--model", model.toString(), "--data", "sample-data/housing.csv", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isBlank();
        assertThat(Files.readAllLines(out).get(0)).endsWith(",price_k,prediction");
    }
}
