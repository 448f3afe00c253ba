package org.evolab.data.prep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.evolab.data.TestFiles;
import org.evolab.data.csv.DataTable;
import org.evolab.data.schema.ColumnRole;
import org.evolab.data.schema.DatasetSchema;
import org.evolab.data.schema.SchemaOptions;
import org.evolab.data.schema.TaskType;
import org.evolab.util.InvalidInputException;
import org.junit.jupiter.api.Test;

class PreprocessorTest {
    private static final DataTable IRIS = TestFiles.iris();
    private static final DatasetSchema IRIS_SCHEMA = DatasetSchema.infer(IRIS, SchemaOptions.defaults());

    private static int[] rows(int... r) {
        return r;
    }

    private static int[] allRows(DataTable t) {
        return IntStream.range(0, t.rowCount()).toArray();
    }

    /** x: numbers with one missing in training and outliers outside it; color: 3 levels in training. */
    private static final DataTable MIXED = TestFiles.table(
            "m.csv",
            """
            x,color,y
            1,red,1.0
            2,red,2.0
            3,blue,3.0
            NA,red,4.0
            100,blue,5.0
            200,,6.0
            5,green,7.0
            7,purple,8.0
            """);

    private static final int[] MIXED_TRAIN = rows(0, 1, 2, 3, 4, 6);

    private static Preprocessor fitMixed(PreprocessOptions options) {
        DatasetSchema schema = DatasetSchema.infer(MIXED, SchemaOptions.defaults());
        return Preprocessor.fit(MIXED, schema, MIXED_TRAIN, options);
    }

    @Test
    void imputesWithTheTrainingMedianAndStandardizesWithTrainingStatistics() {
        Preprocessor p = fitMixed(PreprocessOptions.defaults());
        // Training x: 1, 2, 3, (missing), 100, 5 -> median 3; imputed 1, 2, 3, 3, 100, 5 -> mean 19
        double mean = 19;
        double std = Math.sqrt(Arrays.stream(new double[] {1, 2, 3, 3, 100, 5})
                        .map(v -> (v - mean) * (v - mean))
                        .sum()
                / 6);

        double[][] x = p.features(MIXED, rows(3, 5));

        assertThat(x[0][0]).isCloseTo((3 - mean) / std, within(1e-12));
        assertThat(x[1][0])
                .as("row outside training is scaled, not fitted")
                .isCloseTo((200 - mean) / std, within(1e-12));
        double[][] train = p.features(MIXED, MIXED_TRAIN);
        assertThat(Arrays.stream(train).mapToDouble(r -> r[0]).sum()).isCloseTo(0, within(1e-9));
    }

    @Test
    void oneHotLayoutFoldsRareAndUnseenLevelsIntoOther() {
        Preprocessor p = fitMixed(new PreprocessOptions(false, 2));

        assertThat(p.inputColumns()).containsExactly("x", "color");
        assertThat(p.featureNames())
                .containsExactly("x", "color=red", "color=blue", "color=<missing>", "color=<other>");
        assertThat(p.featureCount()).isEqualTo(5);
        double[][] x = p.features(MIXED, rows(0, 2, 5, 6, 7));
        assertThat(Arrays.copyOfRange(x[0], 1, 5)).containsExactly(1, 0, 0, 0); // red
        assertThat(Arrays.copyOfRange(x[1], 1, 5)).containsExactly(0, 1, 0, 0); // blue
        assertThat(Arrays.copyOfRange(x[2], 1, 5)).containsExactly(0, 0, 1, 0); // missing
        assertThat(Arrays.copyOfRange(x[3], 1, 5)).containsExactly(0, 0, 0, 1); // green: beyond the cap
        assertThat(Arrays.copyOfRange(x[4], 1, 5)).containsExactly(0, 0, 0, 1); // purple: never in training
    }

    @Test
    void missingIndicatorOnlyForColumnsWithMissingTrainingValues() {
        DataTable t = TestFiles.table("t.csv", "a,b,y\n1,5,1.5\n,6,2.5\n3,7,3.5\n4,,4.5\n");
        DatasetSchema schema = DatasetSchema.infer(t, SchemaOptions.defaults());
        Preprocessor p = Preprocessor.fit(t, schema, rows(0, 1, 2), new PreprocessOptions(true, 20));

        assertThat(p.featureNames()).containsExactly("a", "a_missing", "b");
        double[][] x = p.features(t, allRows(t));
        assertThat(Arrays.stream(x).mapToDouble(r -> r[1]).toArray()).containsExactly(0, 1, 0, 0);
        assertThat(x[3][2]).as("b imputed with its training median 6, the mean").isCloseTo(0, within(1e-12));
    }

    @Test
    void regressionTargetsAreStandardizedAndDecodeBack() {
        Preprocessor p = fitMixed(PreprocessOptions.defaults());
        assertThat(p.taskType()).isEqualTo(TaskType.REGRESSION);
        assertThat(p.target()).isEqualTo("y");
        assertThat(p.outputCount()).isEqualTo(1);
        assertThat(p.classLabels()).isEmpty();

        double[][] y = p.targets(MIXED, MIXED_TRAIN);
        double[] raw = p.rawTargets(MIXED, MIXED_TRAIN);

        assertThat(raw).containsExactly(1, 2, 3, 4, 5, 7);
        assertThat(Arrays.stream(y).mapToDouble(r -> r[0]).sum()).isCloseTo(0, within(1e-12));
        assertThat(Arrays.stream(y).mapToDouble(r -> r[0] * r[0]).sum() / 6).isCloseTo(1, within(1e-12));
        for (int i = 0; i < raw.length; i++) {
            assertThat(p.decodeRegression(y[i][0])).isCloseTo(raw[i], within(1e-12));
        }
        assertThatThrownBy(() -> p.classIndices(MIXED, MIXED_TRAIN)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void classificationTargetsAreOneHotInLabelOrder() {
        Preprocessor p =
                Preprocessor.fit(IRIS, IRIS_SCHEMA, rows(0, 1, 50, 51, 100, 101), PreprocessOptions.defaults());

        assertThat(p.classLabels()).containsExactly("setosa", "versicolor", "virginica");
        assertThat(p.outputCount()).isEqualTo(3);
        assertThat(p.classIndices(IRIS, rows(0, 60, 149))).containsExactly(0, 1, 2);
        assertThat(p.targets(IRIS, rows(0, 60, 149))).isDeepEqualTo(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
        assertThatThrownBy(() -> p.decodeRegression(0)).isInstanceOf(IllegalStateException.class);

        DataTable unknown = TestFiles.table(
                "new.csv", "sepal_length,sepal_width,petal_length,petal_width,species\n1,2,3,4,setosa\n1,2,3,4,rosa\n");
        assertThatThrownBy(() -> p.classIndices(unknown, rows(0, 1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(
                        "new.csv: line 3: the target 'species' is 'rosa', which is not one of the model's classes (setosa, versicolor, virginica)");
    }

    @Test
    void numericClassLabelsMatchByValue() {
        StringBuilder csv = new StringBuilder("x,y\n");
        for (int i = 0; i < 30; i++) {
            csv.append(i)
                    .append(',')
                    .append(i % 3 == 0 ? "0" : i % 3 == 1 ? "1.0" : "2")
                    .append('\n');
        }
        DataTable t = TestFiles.table("t.csv", csv.toString());
        DatasetSchema schema = DatasetSchema.infer(t, SchemaOptions.defaults());
        Preprocessor p = Preprocessor.fromJson(Preprocessor.fit(t, schema, allRows(t), PreprocessOptions.defaults())
                .toJson());

        DataTable later = TestFiles.table("later.csv", "x,y\n5,1\n6,+2.0\n7,0.0\n");
        assertThat(p.classLabels()).containsExactly("0", "1", "2");
        assertThat(p.classIndices(later, rows(0, 1, 2))).containsExactly(1, 2, 0);
    }

    @Test
    void jsonRoundTripTransformsExactlyTheSame() {
        DataTable housing = DataTable.load(TestFiles.SAMPLE_DIR.resolve("housing.csv"));
        DatasetSchema schema = DatasetSchema.infer(housing, SchemaOptions.defaults());
        int[] train = IntStream.range(0, 1000).toArray();
        Preprocessor original = Preprocessor.fit(housing, schema, train, new PreprocessOptions(true, 3));

        String json = original.toJson();
        Preprocessor restored = Preprocessor.fromJson(json);

        assertThat(restored).isEqualTo(original);
        assertThat(restored.toJson()).isEqualTo(json);
        assertThat(restored.featureNames()).isEqualTo(original.featureNames());
        assertThat(restored.features(housing)).isDeepEqualTo(original.features(housing));
        assertThat(restored.targets(housing, train)).isDeepEqualTo(original.targets(housing, train));
        assertThat(restored.decodeRegression(0.5)).isEqualTo(original.decodeRegression(0.5));
        assertThat(json).contains("\"formatVersion\" : 1", "\"median\"", "\"levels\"", "\"targetMean\"");
    }

    @Test
    void findsColumnsByNameWhenReorderedWithExtras() {
        Preprocessor p = Preprocessor.fit(IRIS, IRIS_SCHEMA, allRows(IRIS), PreprocessOptions.defaults());
        DataTable reordered = DataTable.load(TestFiles.resource("iris-reordered.csv"));

        assertThat(p.features(reordered)).isDeepEqualTo(p.features(IRIS, rows(0, 50, 100)));
        assertThat(p.classIndices(reordered, rows(0, 1, 2))).containsExactly(0, 1, 2);
    }

    @Test
    void namesTheMissingColumnAndTheLineWithText() {
        Preprocessor p = Preprocessor.fit(IRIS, IRIS_SCHEMA, allRows(IRIS), PreprocessOptions.defaults());
        DataTable lacking = TestFiles.table("new.csv", "sepal_length,sepal_width,petal_length,species\n1,2,3,setosa\n");
        assertThatThrownBy(() -> p.features(lacking))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(
                        "new.csv: the column 'petal_width' is missing (the model needs: sepal_length, sepal_width, petal_length, petal_width)");

        DataTable text = DataTable.load(TestFiles.resource("text-in-numeric.csv"));
        DatasetSchema schema = DatasetSchema.infer(
                text, SchemaOptions.defaults().withTarget("z").withRole("y", ColumnRole.IGNORE));
        Preprocessor q = Preprocessor.fit(text, schema, rows(0), PreprocessOptions.defaults());
        DataTable asNumbers = TestFiles.table("later.csv", "x,z\n1,a\nabc,b\n");
        assertThatThrownBy(() -> q.features(asNumbers))
                .hasMessage("later.csv: column 'x', line 3: 'abc' is not a number");
    }

    @Test
    void fromJsonRefusesWhatToJsonCannotHaveWritten() {
        String good = Preprocessor.fit(IRIS, IRIS_SCHEMA, allRows(IRIS), PreprocessOptions.defaults())
                .toJson();

        assertThatThrownBy(() -> Preprocessor.fromJson("not json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("preprocessing.json");
        assertThatThrownBy(() -> Preprocessor.fromJson("")).hasMessage("preprocessing.json: is empty");
        assertThatThrownBy(() -> Preprocessor.fromJson(good.replace("\"formatVersion\" : 1", "\"formatVersion\" : 2")))
                .hasMessage("preprocessing.json: format version 2 is not supported (this Evolab reads version 1)");
        assertThatThrownBy(() -> Preprocessor.fromJson(good.replaceFirst("\"std\" : [0-9.E-]+", "\"std\" : 0.0")))
                .hasMessage("preprocessing.json: input 'sepal_length': std must be above 0");
        assertThatThrownBy(() -> Preprocessor.fromJson(good.replaceFirst("\"median\" : [0-9.E-]+,", "")))
                .hasMessage("preprocessing.json: input 'sepal_length': median must be a finite number");
        assertThatThrownBy(() -> Preprocessor.fromJson(good.replace("\"virginica\"", "\"setosa\"")))
                .hasMessage("preprocessing.json: classLabels must list at least 2 distinct classes");
        assertThatThrownBy(() ->
                        Preprocessor.fromJson(good.replace("\"formatVersion\"", "\"extra\" : 1, \"formatVersion\"")))
                .hasMessageStartingWith("preprocessing.json is not valid");
        assertThatThrownBy(() -> Preprocessor.fromJson(
                        good.replace("\"featureNames\" : [ \"sepal_length\"", "\"featureNames\" : [ \"sepal_len\"")))
                .hasMessage("preprocessing.json: featureNames do not match the inputs");
    }

    @Test
    void preparedIrisHasStandardizedTrainingInputsAndOneHotTargets() {
        PreparedData data =
                PreparedData.prepare(IRIS, IRIS_SCHEMA, SplitRatios.defaults(), 42, PreprocessOptions.defaults());

        assertThat(data.inputCount()).isEqualTo(4);
        assertThat(data.outputCount()).isEqualTo(3);
        assertThat(data.taskType()).isEqualTo(TaskType.CLASSIFICATION);
        assertThat(data.trainX().length + data.validationX().length + data.testX().length)
                .isEqualTo(150);
        assertThat(data.trainY().length).isEqualTo(data.trainX().length);
        assertThat(data.testY().length).isEqualTo(data.testX().length);
        assertThat(Arrays.stream(data.trainY())
                        .mapToDouble(row -> Arrays.stream(row).sum()))
                .containsOnly(1.0);
        for (int c = 0; c < 4; c++) {
            int column = c;
            double mean = Arrays.stream(data.trainX())
                    .mapToDouble(r -> r[column])
                    .average()
                    .orElseThrow();
            double meanSquare = Arrays.stream(data.trainX())
                    .mapToDouble(r -> r[column] * r[column])
                    .average()
                    .orElseThrow();
            assertThat(mean).isCloseTo(0, within(1e-9));
            assertThat(meanSquare).isCloseTo(1, within(1e-9));
        }
        assertThat(data.trainAndValidationX().length).isEqualTo(data.trainX().length + data.validationX().length);
        assertThat(data.split()).isEqualTo(Splitter.split(IRIS, IRIS_SCHEMA, SplitRatios.defaults(), 42));
    }

    @Test
    void preparedHousingEncodesCategoriesAndMissingValues() {
        DataTable housing = DataTable.load(TestFiles.SAMPLE_DIR.resolve("housing.csv"));
        DatasetSchema schema = DatasetSchema.infer(housing, SchemaOptions.defaults());
        PreparedData data =
                PreparedData.prepare(housing, schema, SplitRatios.defaults(), 1, new PreprocessOptions(true, 20));

        assertThat(data.taskType()).isEqualTo(TaskType.REGRESSION);
        assertThat(data.outputCount()).isEqualTo(1);
        // area, rooms, age (+missing), district 5+2, heating 3+2, garden 2+2, distance (+missing)
        assertThat(data.inputCount()).isEqualTo(1 + 1 + 2 + 7 + 5 + 4 + 2);
        assertThat(data.preprocessor().featureNames())
                .contains("age_years_missing", "heating=<missing>", "garden=yes", "distance_center_km_missing");
        assertThat(Arrays.stream(data.trainX()).flatMapToDouble(Arrays::stream).allMatch(Double::isFinite))
                .isTrue();
    }
}
