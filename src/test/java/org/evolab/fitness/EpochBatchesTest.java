package org.evolab.fitness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;

class EpochBatchesTest {
    /** Ten rows whose feature is the row's index and whose label is twice it. */
    static final float[][] X = new float[10][];

    static final float[][] Y = new float[10][];

    static {
        for (int i = 0; i < 10; i++) {
            X[i] = new float[] {i, -i};
            Y[i] = new float[] {2 * i};
        }
    }

    /** The batches of one epoch as lists of row indexes, each row checked against its label. */
    static List<List<Integer>> epoch(EpochBatches batches) {
        List<List<Integer>> rows = new ArrayList<>();
        for (DataSet b : batches.next()) {
            List<Integer> batch = new ArrayList<>();
            float[][] x = b.getFeatures().toFloatMatrix();
            float[][] y = b.getLabels().toFloatMatrix();
            for (int r = 0; r < x.length; r++) {
                assertThat(x[r][1]).isEqualTo(-x[r][0]);
                assertThat(y[r][0]).isEqualTo(2 * x[r][0]);
                batch.add((int) x[r][0]);
            }
            rows.add(batch);
        }
        return rows;
    }

    @Test
    void everyEpochDealsEveryRowOnceInBatchesOfTheSameSizes() {
        EpochBatches batches = new EpochBatches(X, Y, 4, 7);
        for (int e = 0; e < 3; e++) {
            List<List<Integer>> epoch = epoch(batches);
            assertThat(epoch).extracting(List::size).containsExactly(4, 4, 2);
            assertThat(epoch.stream().flatMap(List::stream)).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        }
        batches.release();
    }

    @Test
    void rowsMeetInOtherBatchesFromEpochToEpochAndTheSeedFixesTheDeal() {
        EpochBatches a = new EpochBatches(X, Y, 4, 7);
        EpochBatches b = new EpochBatches(X, Y, 4, 7);
        List<List<List<Integer>>> epochs = new ArrayList<>();
        for (int e = 0; e < 3; e++) {
            List<List<Integer>> epoch = epoch(a);
            assertThat(epoch(b)).isEqualTo(epoch);
            epochs.add(epoch);
        }
        // not the same batches in another order: the first batch's rows differ between epochs
        assertThat(new java.util.HashSet<>(epochs.get(0).get(0)))
                .isNotEqualTo(new java.util.HashSet<>(epochs.get(1).get(0)));
        assertThat(epoch(new EpochBatches(X, Y, 4, 8))).isNotEqualTo(epoch(new EpochBatches(X, Y, 4, 7)));
        a.release();
        b.release();
    }

    @Test
    void aBatchSizeOfZeroOrAboveTheRowsIsOneFullBatch() {
        assertThat(epoch(new EpochBatches(X, Y, 0, 1)))
                .hasSize(1)
                .first()
                .asList()
                .hasSize(10);
        assertThat(epoch(new EpochBatches(X, Y, 64, 1)))
                .hasSize(1)
                .first()
                .asList()
                .hasSize(10);
    }
}
