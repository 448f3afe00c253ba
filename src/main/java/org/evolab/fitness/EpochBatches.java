package org.evolab.fitness;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A training split's mini-batches, dealt anew from a seeded permutation of its rows at every epoch,
 * as scikit-learn's MLP and PyTorch's shuffling loaders deal them: the same rows do not meet in the
 * same batch epoch after epoch. Shuffling only the order of fixed batches (as before) kept every
 * batch's gradient the same set of rows for a whole training. The rows are written into the same
 * native arrays every epoch, so a training allocates its batches once.
 */
public final class EpochBatches {
    private final float[][] x;
    private final float[][] y;
    private final int[] order;
    private final SplittableRandom rng;
    private final List<DataSet> batches;
    private final int size;

    /** A batch size of 0 (or one at least as large as the data) gives one full batch. */
    EpochBatches(float[][] x, float[][] y, int batchSize, long seed) {
        this.x = x;
        this.y = y;
        int n = x.length;
        this.size = batchSize <= 0 || batchSize >= n ? Math.max(1, n) : batchSize;
        this.order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        this.rng = new SplittableRandom(seed);
        this.batches = new ArrayList<>((n + size - 1) / size);
        for (int start = 0; start < n; start += size) {
            int rows = Math.min(n, start + size) - start;
            batches.add(new DataSet(
                    Nd4j.create(DataType.FLOAT, rows, x[0].length), Nd4j.create(DataType.FLOAT, rows, y[0].length)));
        }
    }

    /** The next epoch's batches: every row once, in a fresh order (the same list, refilled). */
    public List<DataSet> next() {
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int b = 0; b < batches.size(); b++) {
            fill(batches.get(b).getFeatures(), x, b * size);
            fill(batches.get(b).getLabels(), y, b * size);
        }
        return batches;
    }

    private void fill(INDArray target, float[][] source, int from) {
        int rows = (int) target.rows();
        int cols = (int) target.columns();
        float[] flat = new float[rows * cols];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(source[order[from + r]], 0, flat, r * cols, cols);
        }
        target.data().setData(flat);
    }

    /** Frees the batches' native memory. */
    public void release() {
        NativeRelease.close(batches);
    }
}
