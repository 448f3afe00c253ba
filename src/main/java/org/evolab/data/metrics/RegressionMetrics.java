package org.evolab.data.metrics;

/**
 * How close predicted numbers are to the actual ones, in the target's units.
 *
 * @param r2 1 - (residual sum of squares / total sum of squares); when the actual values do not
 *           vary it is 1 for a perfect prediction and 0 otherwise (the convention of scikit-learn)
 */
public record RegressionMetrics(double rmse, double mae, double r2) {

    public static RegressionMetrics of(double[] actual, double[] predicted) {
        if (actual.length != predicted.length) {
            throw new IllegalArgumentException(
                    actual.length + " actual values but " + predicted.length + " predictions");
        }
        if (actual.length == 0) {
            throw new IllegalArgumentException("no values to score");
        }
        int n = actual.length;
        double mean = 0;
        for (double a : actual) {
            mean += a;
        }
        mean /= n;
        double squared = 0;
        double absolute = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double e = predicted[i] - actual[i];
            squared += e * e;
            absolute += Math.abs(e);
            total += (actual[i] - mean) * (actual[i] - mean);
        }
        double r2 = total > 0 ? 1 - squared / total : (squared == 0 ? 1.0 : 0.0);
        return new RegressionMetrics(Math.sqrt(squared / n), absolute / n, r2);
    }
}
