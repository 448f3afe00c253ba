package org.evolab.data.metrics;

/** Turning network outputs into class indices. */
public final class Encoding {
    private Encoding() {}

    /** The index of the largest value (the first on ties); NaN values never win. */
    public static int argmax(double[] row) {
        if (row.length == 0) {
            throw new IllegalArgumentException("argmax of an empty row");
        }
        int best = 0;
        for (int i = 1; i < row.length; i++) {
            if (row[i] > row[best] || (Double.isNaN(row[best]) && !Double.isNaN(row[i]))) {
                best = i;
            }
        }
        return best;
    }

    public static int[] argmax(double[][] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = argmax(rows[i]);
        }
        return out;
    }
}
