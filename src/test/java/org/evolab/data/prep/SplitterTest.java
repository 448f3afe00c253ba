package org.evolab.data.prep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.evolab.data.TestFiles;
import org.evolab.data.csv.DataTable;
import org.evolab.data.schema.DatasetSchema;
import org.evolab.data.schema.SchemaOptions;
import org.evolab.data.schema.TaskType;
import org.evolab.util.InvalidInputException;
import org.junit.jupiter.api.Test;

class SplitterTest {
    private static final DataTable IRIS = TestFiles.iris();
    private static final DatasetSchema IRIS_SCHEMA = DatasetSchema.infer(IRIS, SchemaOptions.defaults());

    private static void assertPartition(DataSplit split, int rows) {
        int[] all = IntStream.concat(
                        IntStream.concat(Arrays.stream(split.train()), Arrays.stream(split.validation())),
                        Arrays.stream(split.test()))
                .sorted()
                .toArray();
        assertThat(all)
                .as("every row in exactly one split")
                .containsExactly(IntStream.range(0, rows).toArray());
        for (int[] part : List.of(split.train(), split.validation(), split.test())) {
            assertThat(part).isSorted().isNotEmpty();
        }
    }

    private static long countOf(DataTable table, int[] rows, String species) {
        return Arrays.stream(rows).filter(r -> table.cell(r, 4).equals(species)).count();
    }

    private static DataTable regressionTable(int rows) {
        List<String[]> data = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            data.add(new String[] {Integer.toString(r % 7), r + ".5"});
        }
        return DataTable.of("r.csv", List.of("x", "y"), data);
    }

    @Test
    void splitsIrisAbout70_15_15WithEveryClassInEverySplit() {
        DataSplit split = Splitter.split(IRIS, IRIS_SCHEMA, SplitRatios.defaults(), 42);

        assertPartition(split, 150);
        assertThat(split.train()).hasSize(105);
        assertThat(split.validation().length).isBetween(22, 23);
        assertThat(split.test().length).isBetween(22, 23);
        for (String species : IRIS_SCHEMA.classLabels()) {
            assertThat(countOf(IRIS, split.train(), species)).as(species).isEqualTo(35);
            assertThat(countOf(IRIS, split.validation(), species)).as(species).isBetween(7L, 8L);
            assertThat(countOf(IRIS, split.test(), species)).as(species).isBetween(7L, 8L);
        }
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        DataSplit a = Splitter.split(IRIS, IRIS_SCHEMA, SplitRatios.defaults(), 7);
        DataSplit b = Splitter.split(IRIS, IRIS_SCHEMA, SplitRatios.defaults(), 7);
        DataSplit c = Splitter.split(IRIS, IRIS_SCHEMA, SplitRatios.defaults(), 8);

        assertThat(a).isEqualTo(b);
        assertThat(a.train()).isEqualTo(b.train());
        assertThat(a.test()).isNotEqualTo(c.test());
    }

    @Test
    void regressionShufflesAllRowsByTheRatios() {
        DataTable t = regressionTable(100);
        DatasetSchema schema = DatasetSchema.infer(t, SchemaOptions.defaults());
        assertThat(schema.taskType()).isEqualTo(TaskType.REGRESSION);

        DataSplit split = Splitter.split(t, schema, new SplitRatios(0.6, 0.3, 0.1), 1);

        assertPartition(split, 100);
        assertThat(split.train()).hasSize(60);
        assertThat(split.validation()).hasSize(30);
        assertThat(split.test()).hasSize(10);
        assertThat(split.test())
                .as("shuffled, not the last rows")
                .isNotEqualTo(IntStream.range(90, 100).toArray());
        assertThat(Splitter.split(t, schema, new SplitRatios(0.6, 0.3, 0.1), 1)).isEqualTo(split);
    }

    @Test
    void tinyTablesStillGiveEverySplitARowAndTooSmallOnesAreRefused() {
        DataTable three = regressionTable(3);
        DatasetSchema schema = DatasetSchema.infer(three, SchemaOptions.defaults());
        DataSplit split = Splitter.split(three, schema, SplitRatios.defaults(), 3);
        assertPartition(split, 3);

        DataTable two = regressionTable(2);
        assertThatThrownBy(() -> Splitter.split(
                        two, DatasetSchema.infer(two, SchemaOptions.defaults()), SplitRatios.defaults(), 3))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(
                        "r.csv: 2 rows are too few to split into training, validation and test sets (at least 3 are needed)");

        DataTable fourTwoClasses = TestFiles.table("t.csv", "x,y\n1,a\n2,a\n3,b\n4,b\n");
        DataSplit small = Splitter.split(
                fourTwoClasses,
                DatasetSchema.infer(fourTwoClasses, SchemaOptions.defaults()),
                SplitRatios.defaults(),
                5);
        assertPartition(small, 4);
    }

    @Test
    void aClassOfOneOrTwoRowsGoesToTraining() {
        // 40 rows of two common classes, then "single" (row 40) and "pair" (rows 41, 42).
        DataTable t = DataTable.load(TestFiles.resource("rare-classes.csv"));
        DatasetSchema schema = DatasetSchema.infer(t, SchemaOptions.defaults());

        for (long seed = 0; seed < 20; seed++) {
            DataSplit split = Splitter.split(t, schema, SplitRatios.defaults(), seed);
            assertPartition(split, 43);
            assertThat(split.train()).as("seed %d", seed).contains(40, 41, 42);
        }
    }

    @Test
    void stratificationKeepsTotalsCloseToTheRatiosAcrossManyClasses() {
        StringBuilder csv = new StringBuilder("x,y\n");
        for (int i = 0; i < 210; i++) {
            csv.append(i).append(",c").append(i % 7).append('\n'); // 7 classes of 30
        }
        DataTable t = TestFiles.table("t.csv", csv.toString());
        DataSplit split =
                Splitter.split(t, DatasetSchema.infer(t, SchemaOptions.defaults()), SplitRatios.defaults(), 11);

        assertThat(split.train().length).isBetween(146, 148);
        assertThat(split.validation().length).isBetween(31, 32);
        assertThat(split.test().length).isBetween(31, 32);
    }

    @Test
    void ratiosMustBePositiveAndSumToOne() {
        assertThat(SplitRatios.defaults()).isEqualTo(new SplitRatios(0.70, 0.15, 0.15));
        assertThat(new SplitRatios(0.8, 0.1, 0.1).validate()).isEqualTo(new SplitRatios(0.8, 0.1, 0.1));
        assertThatThrownBy(() -> new SplitRatios(0.8, 0.2, 0.0).validate())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("split ratios: train, validation and test must each be above 0");
        assertThatThrownBy(() -> new SplitRatios(0.7, 0.2, 0.2).validate())
                .hasMessageStartingWith("split ratios: train, validation and test must sum to 1");
        assertThatThrownBy(() -> new SplitRatios(Double.NaN, 0.5, 0.5).validate())
                .hasMessageStartingWith("split ratios:");
        assertThatThrownBy(() -> Splitter.split(IRIS, IRIS_SCHEMA, new SplitRatios(0.5, 0.5, 0.5), 1))
                .hasMessageStartingWith("split ratios:");
    }

    @Test
    void splitArraysCannotBeChangedFromOutside() {
        int[] train = {3, 1, 2};
        DataSplit split = new DataSplit(train, new int[] {0}, new int[] {4});
        train[0] = 99;
        split.train()[0] = 99;
        assertThat(split.train()).containsExactly(1, 2, 3);
        assertThat(split.trainAndValidation()).containsExactly(0, 1, 2, 3);
    }
}
