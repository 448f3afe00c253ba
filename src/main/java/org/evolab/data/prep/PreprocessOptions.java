package org.evolab.data.prep;

import org.evolab.util.InvalidInputException;

/**
 * Choices for how features are encoded.
 *
 * @param missingIndicators add a 0/1 {@code <name>_missing} input beside each numeric column that
 *                          had missing values in training, so the network can tell an imputed
 *                          value from a real one
 * @param maxCategoryLevels one-hot columns per categorical column at most; rarer levels share
 *                          {@code <other>}, which keeps a high-cardinality column from dominating
 *                          the input layer
 */
public record PreprocessOptions(boolean missingIndicators, int maxCategoryLevels) {
    public PreprocessOptions {
        if (maxCategoryLevels < 1) {
            throw new InvalidInputException(
                    "preprocessing: maxCategoryLevels must be at least 1 (got " + maxCategoryLevels + ")");
        }
    }

    public static PreprocessOptions defaults() {
        return new PreprocessOptions(false, 20);
    }
}
