package org.evolab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.evolab.data.csv.DataTable;

/**
 * The benchmark's large workload, generated in memory and deterministic (seeded
 * {@link SplittableRandom}, {@link StrictMath}, {@link Locale#ROOT}): 20 numeric features and a
 * class out of four. Six features carry the signal through non-linear scores (products, sines,
 * squares, a tanh); six are noisy linear mixtures of those (redundant, correlated); eight are
 * pure noise on different scales. The class is the highest of four scores plus Gaussian noise,
 * so even the rule that generated the data cannot be perfect.
 */
public final class SyntheticClassification {
    public static final String TARGET = "class";
    public static final int FEATURES = 20;
    static final int CLASSES = 4;
    /** Standard deviation of the noise added to each class score. */
    static final double SCORE_NOISE = 0.35;

    private SyntheticClassification() {}

    /** {@code rows} rows, columns {@code f01..f20} and {@code class} ({@code c0..c3}). */
    public static DataTable table(int rows, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<String> columns = new ArrayList<>(FEATURES + 1);
        for (int j = 1; j <= FEATURES; j++) {
            columns.add(String.format(Locale.ROOT, "f%02d", j));
        }
        columns.add(TARGET);
        List<String[]> data = new ArrayList<>(rows);
        double[] x = new double[FEATURES];
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < 6; j++) {
                x[j] = gaussian(rng);
            }
            x[6] = 0.7 * x[0] + 0.7 * x[1] + 0.3 * gaussian(rng);
            x[7] = x[2] - x[3] + 0.5 * gaussian(rng);
            x[8] = 0.5 * x[4] + gaussian(rng);
            x[9] = x[5] * 0.8 + x[0] * 0.2 + 0.4 * gaussian(rng);
            x[10] = 2.0 * x[1] + 1.0 + gaussian(rng);
            x[11] = -x[4] + 0.6 * gaussian(rng);
            for (int j = 12; j < FEATURES; j++) {
                double scale = 1 + (j - 12) * 2.5;
                x[j] = j % 2 == 0 ? scale * gaussian(rng) : scale * (rng.nextDouble() * 2 - 1);
            }
            int label = label(x, rng);
            String[] row = new String[FEATURES + 1];
            for (int j = 0; j < FEATURES; j++) {
                row[j] = String.format(Locale.ROOT, "%.5f", x[j]);
            }
            row[FEATURES] = "c" + label;
            data.add(row);
        }
        return DataTable.of(String.format(Locale.ROOT, "synthetic-%d", rows), columns, data);
    }

    /** The noiseless class scores of a row; the label is the argmax after noise. */
    static double[] scores(double[] x) {
        return new double[] {
            StrictMath.sin(2 * x[0]) + x[1] * x[2],
            0.5 * x[0] * x[0] - x[3] + 0.5 * StrictMath.cos(2 * x[4]),
            StrictMath.abs(x[5]) - 0.5 * x[1] * x[4] - 0.4,
            1.5 * StrictMath.tanh(x[2] + x[3]) - 0.3 * x[5],
        };
    }

    private static int label(double[] x, SplittableRandom rng) {
        double[] s = scores(x);
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < CLASSES; k++) {
            double v = s[k] + SCORE_NOISE * gaussian(rng);
            if (v > bestValue) {
                bestValue = v;
                best = k;
            }
        }
        return best;
    }

    /** Box-Muller with StrictMath: the same numbers on every platform. */
    private static double gaussian(SplittableRandom rng) {
        double u = 1 - rng.nextDouble();
        double v = rng.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * v);
    }
}
