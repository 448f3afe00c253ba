package org.evolab.data.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.evolab.data.TestFiles;
import org.evolab.data.csv.DataTable;
import org.evolab.util.InvalidInputException;
import org.evolab.util.Json;
import org.junit.jupiter.api.Test;

class DatasetSchemaTest {

    /** A table of {@code rows} rows whose columns are filled by the given functions of the row index. */
    private static DataTable generated(int rows, Map<String, IntFunction<String>> columns) {
        List<String> names = new ArrayList<>(columns.keySet());
        List<String[]> data = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            String[] row = new String[names.size()];
            for (int c = 0; c < names.size(); c++) {
                row[c] = columns.get(names.get(c)).apply(r);
            }
            data.add(row);
        }
        return DataTable.of("t.csv", names, data);
    }

    private static <V> Map<String, V> ordered(Object... keysAndValues) {
        Map<String, V> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            @SuppressWarnings("unchecked")
            V value = (V) keysAndValues[i + 1];
            map.put((String) keysAndValues[i], value);
        }
        return map;
    }

    @Test
    void irisHasACategoricalClassificationTargetAndFourNumericFeatures() {
        DatasetSchema schema = DatasetSchema.infer(TestFiles.iris(), SchemaOptions.defaults());

        assertThat(schema.target()).isEqualTo("species");
        assertThat(schema.taskType()).isEqualTo(TaskType.CLASSIFICATION);
        assertThat(schema.classLabels()).containsExactly("setosa", "versicolor", "virginica");
        assertThat(schema.column("species"))
                .isEqualTo(new ColumnInfo("species", ColumnKind.CATEGORICAL, ColumnRole.TARGET, 0, 3, false));
        assertThat(schema.features())
                .extracting(ColumnInfo::name)
                .containsExactly("sepal_length", "sepal_width", "petal_length", "petal_width");
        assertThat(schema.features()).allSatisfy(c -> assertThat(c.kind()).isEqualTo(ColumnKind.NUMERIC));
        assertThat(schema.column("petal_width").distinct()).isEqualTo(22);
    }

    @Test
    void infersNumericCategoricalIdentifierAndConstantColumns() {
        DataTable t = generated(
                30,
                ordered(
                        "id", (IntFunction<String>) r -> Integer.toString(r + 1),
                        "user_id", (IntFunction<String>) r -> Integer.toString(1000 - r),
                        "rank", (IntFunction<String>) r -> Integer.toString(r + 1),
                        "name", (IntFunction<String>) r -> "person" + r,
                        "const", (IntFunction<String>) r -> r == 3 ? "" : "same",
                        "num",
                                (IntFunction<String>) r -> switch (r) {
                                    case 0 -> "1e-3";
                                    case 1 -> "-2.5";
                                    case 2 -> "+3";
                                    case 3 -> "Inf";
                                    case 4 -> "NaN";
                                    case 5 -> "";
                                    default -> "." + r;
                                },
                        "money", (IntFunction<String>) r -> "1," + (200 + r % 3),
                        "color",
                                (IntFunction<String>)
                                        r -> List.of("red", "green", "blue").get(r % 3),
                        "y", (IntFunction<String>) r -> r % 2 == 0 ? "yes" : "no"));

        DatasetSchema schema = DatasetSchema.infer(t, SchemaOptions.defaults());

        assertThat(schema.column("id"))
                .isEqualTo(new ColumnInfo("id", ColumnKind.IDENTIFIER, ColumnRole.IGNORE, 0, 30, false));
        assertThat(schema.column("user_id").kind()).isEqualTo(ColumnKind.IDENTIFIER);
        assertThat(schema.column("rank").kind())
                .as("unique integers not named like an id")
                .isEqualTo(ColumnKind.NUMERIC);
        assertThat(schema.column("name"))
                .isEqualTo(new ColumnInfo("name", ColumnKind.IDENTIFIER, ColumnRole.IGNORE, 0, 30, false));
        assertThat(schema.column("const"))
                .isEqualTo(new ColumnInfo("const", ColumnKind.CONSTANT, ColumnRole.IGNORE, 1, 1, false));
        assertThat(schema.column("num"))
                .isEqualTo(new ColumnInfo("num", ColumnKind.NUMERIC, ColumnRole.FEATURE, 3, 27, false));
        assertThat(schema.column("money").kind())
                .as("thousands separators are text")
                .isEqualTo(ColumnKind.CATEGORICAL);
        assertThat(schema.column("color"))
                .isEqualTo(new ColumnInfo("color", ColumnKind.CATEGORICAL, ColumnRole.FEATURE, 0, 3, false));
        assertThat(schema.features()).extracting(ColumnInfo::name).containsExactly("rank", "num", "money", "color");
        assertThat(schema.classLabels()).containsExactly("no", "yes");
    }

    @Test
    void uniqueTextInASmallTableIsCategoricalNotIdentifier() {
        DataTable t = TestFiles.table("t.csv", "name,x,y\nann,1,a\nbob,2,b\ncy,3,a\n");
        assertThat(DatasetSchema.infer(t, SchemaOptions.defaults())
                        .column("name")
                        .kind())
                .isEqualTo(ColumnKind.CATEGORICAL);
    }

    @Test
    void targetDefaultsToLastColumnAndCanBeChosen() {
        DataTable t = TestFiles.table("t.csv", "a,b,c\n1,x,2.5\n2,y,3.5\n3,x,1.5\n4,y,0.5\n");
        assertThat(DatasetSchema.infer(t, SchemaOptions.defaults()).target()).isEqualTo("c");
        DatasetSchema byB = DatasetSchema.infer(t, SchemaOptions.defaults().withTarget("b"));
        assertThat(byB.target()).isEqualTo("b");
        assertThat(byB.taskType()).isEqualTo(TaskType.CLASSIFICATION);
        assertThat(byB.column("c").role()).isEqualTo(ColumnRole.FEATURE);

        assertThatThrownBy(() -> DatasetSchema.infer(t, SchemaOptions.defaults().withTarget("foo")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("target column 'foo' does not exist in t.csv (columns: a, b, c)");
    }

    @Test
    void integerTargetWithFewValuesIsClassificationWithLabelsSortedByValue() {
        DataTable t = generated(
                60,
                ordered(
                        "x", (IntFunction<String>) r -> Integer.toString(r),
                        "y",
                                (IntFunction<String>)
                                        r -> List.of("1", "2.0", "10", "+2").get(r % 4)));

        DatasetSchema schema = DatasetSchema.infer(t, SchemaOptions.defaults());

        assertThat(schema.taskType()).isEqualTo(TaskType.CLASSIFICATION);
        assertThat(schema.classLabels()).containsExactly("1", "2", "10");
        assertThat(schema.column("y").kind()).isEqualTo(ColumnKind.NUMERIC);

        DatasetSchema forced = DatasetSchema.infer(t, SchemaOptions.defaults().withTaskType(TaskType.REGRESSION));
        assertThat(forced.taskType()).isEqualTo(TaskType.REGRESSION);
        assertThat(forced.classLabels()).isEmpty();
    }

    @Test
    void fractionalOrManyValuedNumericTargetIsRegression() {
        DataTable fractional = generated(
                60,
                ordered(
                        "x", (IntFunction<String>) r -> Integer.toString(r % 7),
                        "y", (IntFunction<String>) r -> (r % 3) + ".5"));
        DataTable manyIntegers = generated(
                60,
                ordered(
                        "x", (IntFunction<String>) r -> Integer.toString(r % 7),
                        "y", (IntFunction<String>) r -> Integer.toString(r * 3)));

        assertThat(DatasetSchema.infer(fractional, SchemaOptions.defaults()).taskType())
                .isEqualTo(TaskType.REGRESSION);
        assertThat(DatasetSchema.infer(manyIntegers, SchemaOptions.defaults()).taskType())
                .isEqualTo(TaskType.REGRESSION);
        DatasetSchema asClasses =
                DatasetSchema.infer(fractional, SchemaOptions.defaults().withTaskType(TaskType.CLASSIFICATION));
        assertThat(asClasses.classLabels()).containsExactly("0.5", "1.5", "2.5");
    }

    @Test
    void overridesChangeKindsAndRoles() {
        DataTable t = generated(
                30,
                ordered(
                        "id", (IntFunction<String>) r -> Integer.toString(r),
                        "zip", (IntFunction<String>) r -> Integer.toString(10000 + r % 4),
                        "noise", (IntFunction<String>) r -> Integer.toString(r % 5),
                        "y", (IntFunction<String>) r -> r % 2 == 0 ? "a" : "b"));

        DatasetSchema schema = DatasetSchema.infer(
                t,
                SchemaOptions.defaults()
                        .withKind("zip", ColumnKind.CATEGORICAL)
                        .withRole("noise", ColumnRole.IGNORE)
                        .withRole("id", ColumnRole.FEATURE));

        assertThat(schema.column("zip"))
                .isEqualTo(new ColumnInfo("zip", ColumnKind.CATEGORICAL, ColumnRole.FEATURE, 0, 4, true));
        assertThat(schema.column("noise").role()).isEqualTo(ColumnRole.IGNORE);
        assertThat(schema.column("id"))
                .isEqualTo(new ColumnInfo("id", ColumnKind.NUMERIC, ColumnRole.FEATURE, 0, 30, false));
    }

    @Test
    void refusesTablesThatCannotBeLearnedFrom() {
        // A single class and a column empty in every row: CsvCorpusTest.
        assertThatThrownBy(() -> DatasetSchema.infer(
                        DataTable.load(TestFiles.resource("missing-target.csv")), SchemaOptions.defaults()))
                .hasMessage("missing-target.csv: line 4 has no value for the target 'y'");

        DataTable onlyIds = generated(
                30,
                ordered(
                        "id", (IntFunction<String>) r -> Integer.toString(r),
                        "same", (IntFunction<String>) r -> "s",
                        "y", (IntFunction<String>) r -> r % 2 == 0 ? "a" : "b"));
        assertThatThrownBy(() -> DatasetSchema.infer(onlyIds, SchemaOptions.defaults()))
                .hasMessage(
                        "t.csv: no feature columns left besides the target 'y'; ignored: id (identifier), same (constant)");

        DataTable uniqueTarget = generated(
                30,
                ordered(
                        "x", (IntFunction<String>) r -> Integer.toString(r % 3),
                        "y", (IntFunction<String>) r -> "name" + r));
        assertThatThrownBy(() -> DatasetSchema.infer(uniqueTarget, SchemaOptions.defaults()))
                .hasMessageStartingWith("t.csv: target 'y' has a different value in every row (30 classes)");
    }

    @Test
    void forcedNumericColumnWithTextNamesColumnAndLine() {
        DataTable t = generated(
                12,
                ordered(
                        "x", (IntFunction<String>) r -> r == 10 ? "abc" : Integer.toString(r),
                        "y", (IntFunction<String>) r -> r % 2 == 0 ? "a" : "b"));

        assertThat(DatasetSchema.infer(t, SchemaOptions.defaults()).column("x").kind())
                .isEqualTo(ColumnKind.CATEGORICAL);
        assertThatThrownBy(() -> DatasetSchema.infer(t, SchemaOptions.defaults().withKind("x", ColumnKind.NUMERIC)))
                .hasMessage("t.csv: column 'x', line 12: 'abc' is not a number");
        assertThatThrownBy(() -> DatasetSchema.infer(t, SchemaOptions.defaults().withTaskType(TaskType.REGRESSION)))
                .hasMessage(
                        "t.csv: regression needs a numeric target, but 'y' on line 2 is 'a' (choose classification)");
    }

    @Test
    void refusesSettingsThatNameUnknownColumnsOrMisuseTheTarget() {
        DataTable t = TestFiles.table("t.csv", "a,b,y\n1,2,x\n2,3,z\n");
        assertThatThrownBy(() -> DatasetSchema.infer(t, SchemaOptions.defaults().withKind("nope", ColumnKind.NUMERIC)))
                .hasMessage("column 'nope' named in the settings does not exist in t.csv (columns: a, b, y)");
        assertThatThrownBy(() -> DatasetSchema.infer(t, SchemaOptions.defaults().withRole("y", ColumnRole.IGNORE)))
                .hasMessage("t.csv: column 'y' is the target, so it cannot have the role ignore");
        assertThatThrownBy(() -> DatasetSchema.infer(t, SchemaOptions.defaults().withRole("a", ColumnRole.TARGET)))
                .hasMessageStartingWith("t.csv: column 'a' cannot have the role target");
        assertThatThrownBy(() -> DatasetSchema.infer(t, SchemaOptions.defaults().withKind("y", ColumnKind.IDENTIFIER)))
                .hasMessageStartingWith("t.csv: the target 'y' cannot be set to identifier");
    }

    @Test
    void optionsAndEnumsRoundTripThroughJson() {
        SchemaOptions options = SchemaOptions.defaults()
                .withTarget("y")
                .withTaskType(TaskType.REGRESSION)
                .withKind("zip", ColumnKind.CATEGORICAL)
                .withRole("id", ColumnRole.IGNORE);

        String json = Json.write(options);

        assertThat(json).contains("\"regression\"");
        assertThat(Json.read(json, SchemaOptions.class, "run.json")).isEqualTo(options);
        assertThat(Json.read("\"Classification\"", TaskType.class, "x")).isEqualTo(TaskType.CLASSIFICATION);
        assertThat(TaskType.parse(" REGRESSION ")).isEqualTo(TaskType.REGRESSION);
        assertThatThrownBy(() -> TaskType.parse("clustering"))
                .hasMessage("unknown task type 'clustering' (choose from classification, regression)");
        assertThat(ColumnKind.parse("numeric")).isEqualTo(ColumnKind.NUMERIC);
        assertThat(SchemaOptions.defaults().withKind("a", ColumnKind.NUMERIC).withKind("a", null))
                .isEqualTo(SchemaOptions.defaults());
    }

    @Test
    void schemaRoundTripsThroughJson() {
        DatasetSchema schema = DatasetSchema.infer(TestFiles.iris(), SchemaOptions.defaults());
        assertThat(Json.read(Json.write(schema), DatasetSchema.class, "schema")).isEqualTo(schema);
    }

    @Test
    void numbersCountDistinctByValueAndAsTextOnceForcedCategorical() {
        List<String[]> rows = new ArrayList<>();
        String[] values = {"1", "1.0", "+1", "2", "-0", "0", "NaN", "3"};
        for (int r = 0; r < 40; r++) {
            rows.add(new String[] {values[r % values.length], r % 2 == 0 ? "a" : "b"});
        }
        DataTable t = DataTable.of("t.csv", List.of("n", "y"), rows);

        ColumnInfo asNumbers = DatasetSchema.infer(t, SchemaOptions.defaults()).column("n");
        assertThat(asNumbers.kind()).isEqualTo(ColumnKind.NUMERIC);
        assertThat(asNumbers.distinct()).isEqualTo(4); // 1, 2, 0, 3
        assertThat(asNumbers.missing()).isEqualTo(5); // "NaN"

        ColumnInfo asText = DatasetSchema.infer(t, SchemaOptions.defaults().withKind("n", ColumnKind.CATEGORICAL))
                .column("n");
        assertThat(asText.distinct()).isEqualTo(7); // every spelling but the missing "NaN"
        assertThat(asText.missing()).isEqualTo(5);
    }
}
