package org.evolab.data.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import org.evolab.TestData;
import org.evolab.data.checks.DataWarning.Fix;
import org.evolab.data.checks.DataWarning.Kind;
import org.evolab.data.csv.DataTable;
import org.evolab.data.prep.SplitRatios;
import org.evolab.data.schema.ColumnRole;
import org.evolab.data.schema.SchemaOptions;
import org.evolab.data.schema.TaskType;
import org.evolab.util.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataChecksTest {
    private static final SplitRatios SPLIT = SplitRatios.defaults();

    @TempDir
    static Path dir;

    /** Columns named in {@code names}, filled by the functions of the row index. */
    @SafeVarargs
    private static DataTable table(int rows, List<String> names, IntFunction<String>... columns) {
        List<String[]> data = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            String[] row = new String[columns.length];
            for (int c = 0; c < columns.length; c++) {
                row[c] = columns[c].apply(r);
            }
            data.add(row);
        }
        return DataTable.of("t.csv", names, data);
    }

    private static List<DataWarning> check(DataTable t, String target) {
        return DataChecks.check(t, SchemaOptions.defaults().withTarget(target), SPLIT, false);
    }

    private static List<Kind> kindsFor(List<DataWarning> warnings, String column) {
        return warnings.stream()
                .filter(w -> w.column().equals(column))
                .map(DataWarning::kind)
                .toList();
    }

    /** A noisy 0/1 outcome 'Survived' of two noisy inputs, and 'outcome' that restates it as yes/no. */
    private static DataTable survival(int rows, long seed) {
        try {
            Path file = Files.writeString(
                    dir.resolve("t" + rows + "-" + seed + ".csv"), TestData.leakyPassengersCsv(rows, seed));
            return DataTable.load(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aCopyOfTheTargetAsYesNoTextIsALeakAndTheHonestInputsAreNot() {
        List<DataWarning> warnings = check(survival(400, 1), "Survived");

        assertThat(kindsFor(warnings, "outcome")).containsExactly(Kind.LEAK);
        DataWarning leak =
                warnings.stream().filter(w -> w.kind() == Kind.LEAK).findFirst().orElseThrow();
        assertThat(leak.fix()).isEqualTo(Fix.IGNORE_COLUMN);
        assertThat(leak.message()).contains("'Survived'").contains("100%");
        assertThat(leak.line()).startsWith("column 'outcome': ").endsWith("(ignore the column: --ignore outcome)");
        assertThat(kindsFor(warnings, "age")).isEmpty();
        assertThat(kindsFor(warnings, "fare")).isEmpty();
    }

    @Test
    void aLeakWithAFewWrongRowsIsStillALeakButIgnoringItEndsTheWarning() {
        DataTable t = survival(500, 2);
        int outcome = t.columnIndex("outcome");
        List<String[]> rows = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            String[] row = {t.cell(r, 0), t.cell(r, 1), t.cell(r, 2), t.cell(r, 3)};
            if (r % 100 == 7) {
                row[outcome] = row[outcome].equals("yes") ? "no" : "yes"; // 1% recorded wrongly
            }
            rows.add(row);
        }
        DataTable noisy = DataTable.of("t.csv", t.columnNames(), rows);
        assertThat(kindsFor(check(noisy, "Survived"), "outcome")).containsExactly(Kind.LEAK);

        List<DataWarning> fixed = DataChecks.check(
                noisy,
                SchemaOptions.defaults().withTarget("Survived").withRole("outcome", ColumnRole.IGNORE),
                SPLIT,
                false);
        assertThat(fixed).isEmpty();
    }

    @Test
    void aCellMissingExactlyWhenTheOutcomeIsPositiveLeaksItToo() {
        Random random = new Random(3);
        int[] y = new int[300];
        for (int r = 0; r < y.length; r++) {
            y[r] = random.nextInt(2);
        }
        DataTable t = table(
                300,
                List.of("x", "discharge_date", "y"),
                r -> Double.toString(random.nextDouble()),
                r -> y[r] == 1 ? null : "2024-01-" + (1 + r % 28),
                r -> Integer.toString(y[r]));
        assertThat(kindsFor(check(t, "y"), "discharge_date")).contains(Kind.LEAK);
    }

    @Test
    void regressionOnAFeatureThatRestatesTheTargetInOtherUnitsIsALeak() {
        Random random = new Random(4);
        double[] price = new double[300];
        double[] area = new double[300];
        for (int r = 0; r < price.length; r++) {
            area[r] = 40 + random.nextDouble() * 100;
            price[r] = 2 * area[r] + random.nextGaussian() * 40;
        }
        DataTable t = table(
                300,
                List.of("area", "price_eur", "price"),
                r -> String.format(java.util.Locale.ROOT, "%.1f", area[r]),
                r -> String.format(java.util.Locale.ROOT, "%.0f", price[r] * 1.1 * 1000),
                r -> String.format(java.util.Locale.ROOT, "%.2f", price[r]));
        List<DataWarning> warnings = DataChecks.check(
                t, SchemaOptions.defaults().withTarget("price").withTaskType(TaskType.REGRESSION), SPLIT, false);
        assertThat(kindsFor(warnings, "price_eur")).containsExactly(Kind.LEAK);
        assertThat(kindsFor(warnings, "area")).isEmpty();
    }

    @Test
    void nearlyUniqueTextAndARowCounterAreIdentifierLike() {
        DataTable t = table(
                200,
                List.of("name", "row", "x", "y"),
                r -> "person " + (r % 190),
                r -> Integer.toString(r + 1),
                r -> Double.toString(Math.sin(r)),
                r -> r % 3 == 0 ? "a" : "b");
        List<DataWarning> warnings = check(t, "y");
        assertThat(kindsFor(warnings, "name")).containsExactly(Kind.IDENTIFIER);
        assertThat(kindsFor(warnings, "row")).containsExactly(Kind.IDENTIFIER);
        assertThat(kindsFor(warnings, "x")).isEmpty();
        assertThat(warnings).allMatch(w -> w.fix() == Fix.IGNORE_COLUMN);
    }

    @Test
    void aConstantKeptAsAFeatureIsFlagged() {
        DataTable t = table(
                50,
                List.of("same", "x", "y"),
                r -> "k",
                r -> Double.toString(Math.cos(r)),
                r -> r % 2 == 0 ? "a" : "b");
        List<DataWarning> warnings = DataChecks.check(
                t, SchemaOptions.defaults().withTarget("y").withRole("same", ColumnRole.FEATURE), SPLIT, false);
        assertThat(kindsFor(warnings, "same")).containsExactly(Kind.CONSTANT);
    }

    @Test
    void aMostlyMissingColumnIsFlaggedAndAHalfEmptyOneIsNot() {
        DataTable t = table(
                100,
                List.of("sparse", "half", "y"),
                r -> r % 10 < 6 ? null : Double.toString(Math.sin(r)),
                r -> r % 2 == 0 ? null : Double.toString(Math.cos(r)),
                r -> r % 2 == 0 ? "a" : "b");
        List<DataWarning> warnings = check(t, "y");
        assertThat(kindsFor(warnings, "sparse")).containsExactly(Kind.MOSTLY_MISSING);
        assertThat(warnings.get(0).message()).startsWith("60% of its cells are missing");
        assertThat(kindsFor(warnings, "half")).doesNotContain(Kind.MOSTLY_MISSING);
    }

    @Test
    void aClassTooSmallForEverySplitIsNamedWithTheSplitsItMisses() {
        DataTable t = table(
                202,
                List.of("x", "y"),
                r -> Double.toString(Math.sin(r * 7.0)),
                r -> r < 100 ? "a" : r < 200 ? "b" : "rare");
        List<DataWarning> warnings = check(t, "y");
        DataWarning tiny = warnings.stream()
                .filter(w -> w.kind() == Kind.TINY_CLASS)
                .findFirst()
                .orElseThrow();
        assertThat(tiny.column()).isEqualTo("y");
        assertThat(tiny.message()).contains("'rare'").contains("only 2 rows").contains("validation or test");
        assertThat(tiny.fix()).isEqualTo(Fix.NONE);

        DataTable enough = table(
                220,
                List.of("x", "y"),
                r -> Double.toString(Math.sin(r * 7.0)),
                r -> r < 100 ? "a" : r < 200 ? "b" : "c");
        assertThat(check(enough, "y")).extracting(DataWarning::kind).doesNotContain(Kind.TINY_CLASS);
    }

    @Test
    void heavyImbalanceSuggestsMacroF1UnlessItIsTheFitnessAlready() {
        DataTable t = table(
                220, List.of("x", "y"), r -> Double.toString(Math.sin(r * 3.0)), r -> r % 22 == 0 ? "fraud" : "ok");
        List<DataWarning> warnings = check(t, "y");
        DataWarning w = warnings.stream()
                .filter(x -> x.kind() == Kind.IMBALANCE)
                .findFirst()
                .orElseThrow();
        assertThat(w.fix()).isEqualTo(Fix.USE_MACRO_F1);
        assertThat(w.message())
                .contains("'ok' is 95.5% of rows")
                .contains("'fraud' only 4.5%")
                .contains("21:1");
        assertThat(w.line()).endsWith("(use macro-F1 as the fitness: --metric macro-f1)");

        assertThat(DataChecks.check(t, SchemaOptions.defaults().withTarget("y"), SPLIT, true))
                .isEmpty();
    }

    @Test
    void wholeNumbersNamedLikeCodesSuggestCategorical() {
        DataTable t = table(
                120,
                List.of("zip_code", "rooms", "y"),
                r -> Integer.toString(10115 + 7 * (r % 7)),
                r -> Integer.toString(1 + r % 5),
                r -> r % 2 == 0 ? "a" : "b");
        List<DataWarning> warnings = check(t, "y");
        assertThat(kindsFor(warnings, "zip_code")).containsExactly(Kind.NUMERIC_CODES);
        assertThat(warnings.get(0).fix()).isEqualTo(Fix.TREAT_AS_CATEGORICAL);
        assertThat(warnings.get(0).line()).endsWith("--categorical zip_code)");
        assertThat(kindsFor(warnings, "rooms")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"iris.csv, species", "spirals.csv, arm", "housing.csv, price_k"})
    void theSampleDataSetsRaiseNoWarning(String file, String target) {
        DataTable t = DataTable.load(Path.of("sample-data", file));
        assertThat(check(t, target)).isEmpty();
    }

    @Test
    void reportPrintsOneLineEachAndStrictMakesThemAnError() {
        List<DataWarning> warnings = check(survival(200, 5), "Survived");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        java.io.PrintWriter err =
                new java.io.PrintWriter(new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8), true);

        DataChecks.report(warnings, false, err);
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
                .hasSize(warnings.size())
                .allMatch(l -> l.startsWith("evolab: warning: column '"));

        assertThatThrownBy(() -> DataChecks.report(warnings, true, err))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("with --strict");
        DataChecks.report(List.of(), true, err); // nothing to refuse
    }
}
