package org.evolab.data.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.evolab.data.TestFiles;
import org.evolab.data.csv.DataTable;
import org.evolab.data.metrics.Encoding;
import org.evolab.data.prep.PreparedData;
import org.evolab.data.prep.PreprocessOptions;
import org.evolab.data.prep.SplitRatios;
import org.evolab.data.schema.ColumnInfo;
import org.evolab.data.schema.ColumnKind;
import org.evolab.data.schema.DatasetSchema;
import org.evolab.data.schema.SchemaOptions;
import org.evolab.data.schema.TaskType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataTest {

    @Test
    void generatorIsDeterministicAndMatchesTheCommittedFiles(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        SampleDataGenerator.generate(first);
        SampleDataGenerator.generate(second);

        for (String file : List.of("spirals.csv", "housing.csv")) {
            byte[] generated = Files.readAllBytes(first.resolve(file));
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(generated);
            assertThat(new String(Files.readAllBytes(TestFiles.SAMPLE_DIR.resolve(file)), StandardCharsets.UTF_8))
                    .as("sample-data/%s is out of date: regenerate it (see sample-data/README.md)", file)
                    .isEqualTo(new String(generated, StandardCharsets.UTF_8));
        }
    }

    @Test
    void spiralsNeedAHiddenLayer() {
        DataTable t = DataTable.load(TestFiles.SAMPLE_DIR.resolve("spirals.csv"));
        DatasetSchema schema = DatasetSchema.infer(t, SchemaOptions.defaults());
        assertThat(t.rowCount()).isEqualTo(1000);
        assertThat(t.columnNames()).containsExactly("x", "y", "arm");
        assertThat(schema.taskType()).isEqualTo(TaskType.CLASSIFICATION);
        assertThat(schema.classLabels()).containsExactly("a", "b");

        PreparedData data =
                PreparedData.prepare(t, schema, new SplitRatios(0.7, 0.15, 0.15), 1, PreprocessOptions.defaults());
        double[][] trainX = data.trainAndValidationX();
        int[] trainY = Encoding.argmax(data.trainAndValidationY());
        int[] testY = Encoding.argmax(data.testY());
        assertThat(Arrays.stream(testY).sum()).as("both arms in the test set").isBetween(50, 100);

        int[] nearest = IntStream.range(0, testY.length)
                .map(i -> nearestNeighbours(trainX, trainY, data.testX()[i], 7))
                .toArray();
        int[] linear = logisticRegression(trainX, trainY, data.testX());

        assertThat(accuracy(testY, nearest)).as("a model that follows the arms").isGreaterThan(0.9);
        assertThat(accuracy(testY, linear)).as("a straight line").isLessThan(0.62);
    }

    @Test
    void housingIsRegressionWithCategoriesAndMissingCells() {
        DataTable t = DataTable.load(TestFiles.SAMPLE_DIR.resolve("housing.csv"));
        DatasetSchema schema = DatasetSchema.infer(t, SchemaOptions.defaults());

        assertThat(t.rowCount()).isEqualTo(1500);
        assertThat(schema.target()).isEqualTo("price_k");
        assertThat(schema.taskType()).isEqualTo(TaskType.REGRESSION);
        assertThat(schema.features()).hasSize(7);
        assertThat(schema.column("district"))
                .extracting(ColumnInfo::kind, ColumnInfo::distinct)
                .containsExactly(ColumnKind.CATEGORICAL, 5);
        assertThat(schema.column("heating"))
                .extracting(ColumnInfo::kind, ColumnInfo::distinct)
                .containsExactly(ColumnKind.CATEGORICAL, 3);
        assertThat(schema.column("garden").kind()).isEqualTo(ColumnKind.CATEGORICAL);
        assertThat(schema.column("area_m2").kind()).isEqualTo(ColumnKind.NUMERIC);
        for (String column : List.of("age_years", "heating", "distance_center_km")) {
            assertThat(schema.column(column).missing()).as(column).isBetween(30, 80); // 2-5% of 1500
        }
        long missingCells =
                schema.columns().stream().mapToLong(ColumnInfo::missing).sum();
        assertThat(missingCells)
                .isEqualTo(schema.column("age_years").missing()
                        + schema.column("heating").missing()
                        + schema.column("distance_center_km").missing());
    }

    @Test
    void catalogueListsExistingFilesIrisFirst(@TempDir Path dir) throws Exception {
        List<SampleDataset> all = SampleData.list(TestFiles.SAMPLE_DIR);
        assertThat(all).extracting(SampleDataset::name).containsExactly("iris", "spirals", "housing");
        for (SampleDataset sample : all) {
            DataTable t = DataTable.load(sample.file());
            assertThat(t.columnIndex(sample.target())).as(sample.name()).isGreaterThanOrEqualTo(0);
            assertThat(DatasetSchema.infer(t, SchemaOptions.defaults().withTarget(sample.target()))
                            .target())
                    .isEqualTo(sample.target());
            assertThat(sample.title()).isNotBlank();
            assertThat(sample.description()).isNotBlank();
        }

        Files.writeString(dir.resolve("spirals.csv"), "x,y,arm\n");
        assertThat(SampleData.list(dir)).extracting(SampleDataset::name).containsExactly("spirals");
        assertThat(SampleData.list(null)).isEmpty();
    }

    @Test
    void locatesSampleDirInWorkingDirOrBesideTheJar(@TempDir Path dir) throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path samples = Files.createDirectories(project.resolve("sample-data"));
        Path jar = Files.createFile(
                Files.createDirectories(project.resolve("target")).resolve("evolab.jar"));
        Path classes = Files.createDirectories(project.resolve("target/classes"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));

        assertThat(SampleData.locateSampleDir(project, null))
                .isEqualTo(samples.toAbsolutePath().normalize());
        assertThat(SampleData.locateSampleDir(elsewhere, jar))
                .isEqualTo(samples.toAbsolutePath().normalize());
        assertThat(SampleData.locateSampleDir(elsewhere, classes))
                .isEqualTo(samples.toAbsolutePath().normalize());
        assertThat(SampleData.locateSampleDir(elsewhere, elsewhere.resolve("lib.jar")))
                .isNull();
        assertThat(SampleData.locateSampleDir())
                .as("run from the project folder")
                .isNotNull();
    }

    private static int nearestNeighbours(double[][] x, int[] y, double[] point, int k) {
        Integer[] order = IntStream.range(0, x.length).boxed().toArray(Integer[]::new);
        double[] distance =
                Arrays.stream(x).mapToDouble(p -> squaredDistance(p, point)).toArray();
        Arrays.sort(order, (a, b) -> Double.compare(distance[a], distance[b]));
        int votes = 0;
        for (int i = 0; i < k; i++) {
            votes += y[order[i]];
        }
        return votes * 2 > k ? 1 : 0;
    }

    private static double squaredDistance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return s;
    }

    /** Plain gradient descent on the logistic loss: the best a straight boundary does. */
    private static int[] logisticRegression(double[][] x, int[] y, double[][] test) {
        double[] w = new double[x[0].length + 1];
        for (int epoch = 0; epoch < 500; epoch++) {
            double[] gradient = new double[w.length];
            for (int i = 0; i < x.length; i++) {
                double z = w[w.length - 1];
                for (int j = 0; j < x[i].length; j++) {
                    z += w[j] * x[i][j];
                }
                double error = 1 / (1 + Math.exp(-z)) - y[i];
                for (int j = 0; j < x[i].length; j++) {
                    gradient[j] += error * x[i][j];
                }
                gradient[w.length - 1] += error;
            }
            for (int j = 0; j < w.length; j++) {
                w[j] -= 0.5 * gradient[j] / x.length;
            }
        }
        return Arrays.stream(test)
                .mapToInt(p -> {
                    double z = w[w.length - 1];
                    for (int j = 0; j < p.length; j++) {
                        z += w[j] * p[j];
                    }
                    return z > 0 ? 1 : 0;
                })
                .toArray();
    }

    private static double accuracy(int[] actual, int[] predicted) {
        return (double) IntStream.range(0, actual.length)
                        .filter(i -> actual[i] == predicted[i])
                        .count()
                / actual.length;
    }
}
