package org.evolab.data.prep;

import java.util.Locale;
import org.evolab.util.InvalidInputException;
import org.evolab.util.Setting;

/** The shares of rows for training, validation (model selection) and test (the final, untouched score). */
public record SplitRatios(double train, double validation, double test) {
    private static final double TOLERANCE = 1e-6;

    public static SplitRatios defaults() {
        return new SplitRatios(0.70, 0.15, 0.15);
    }

    /** This, if every share is above 0 and they sum to 1; else an {@link InvalidInputException}. */
    public SplitRatios validate() {
        if (!(train > 0) || !(validation > 0) || !(test > 0)) {
            throw InvalidInputException.of(
                    Setting.SPLIT, "train, validation and test must each be above 0 (got " + this + ")");
        }
        double sum = train + validation + test;
        if (Math.abs(sum - 1.0) > TOLERANCE) {
            throw InvalidInputException.of(
                    Setting.SPLIT,
                    String.format(
                            Locale.ROOT, "train, validation and test must sum to 1 (got %s, sum %.6g)", this, sum));
        }
        return this;
    }

    public double[] asArray() {
        return new double[] {train, validation, test};
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT, "%s/%s/%s", Double.toString(train), Double.toString(validation), Double.toString(test));
    }
}
