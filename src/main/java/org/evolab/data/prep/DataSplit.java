package org.evolab.data.prep;

import java.util.Arrays;

/**
 * Which rows of a table train, validate and test. Each array holds row indices into the table,
 * sorted ascending; the arrays are copied in and out, so a split cannot change once made.
 */
public record DataSplit(int[] train, int[] validation, int[] test) {
    public DataSplit {
        train = sortedCopy(train);
        validation = sortedCopy(validation);
        test = sortedCopy(test);
    }

    private static int[] sortedCopy(int[] rows) {
        int[] copy = rows.clone();
        Arrays.sort(copy);
        return copy;
    }

    @Override
    public int[] train() {
        return train.clone();
    }

    @Override
    public int[] validation() {
        return validation.clone();
    }

    @Override
    public int[] test() {
        return test.clone();
    }

    /** Training and validation rows together, sorted: what the best network is retrained on. */
    public int[] trainAndValidation() {
        int[] both = new int[train.length + validation.length];
        System.arraycopy(train, 0, both, 0, train.length);
        System.arraycopy(validation, 0, both, train.length, validation.length);
        Arrays.sort(both);
        return both;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataSplit s
                && Arrays.equals(train, s.train)
                && Arrays.equals(validation, s.validation)
                && Arrays.equals(test, s.test);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(train) + Arrays.hashCode(validation)) + Arrays.hashCode(test);
    }

    @Override
    public String toString() {
        return "DataSplit[train=" + train.length + " rows, validation=" + validation.length + " rows, test="
                + test.length + " rows]";
    }
}
