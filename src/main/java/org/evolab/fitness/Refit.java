package org.evolab.fitness;

import java.util.Locale;
import org.evolab.util.InvalidInputException;

/**
 * Which rows train the model a run exports, once the test rows have given their score. The test
 * metrics always belong to the model trained without the test rows; {@link #ALL} then trains the
 * exported model again, with the same genomes and epochs, on every labelled row.
 */
public enum Refit {
    /** The exported model is the one tested: trained on the training and validation splits. */
    TRAIN_VALIDATION,
    /**
     * After the test, each member of the exported model is trained again from its initial weights
     * on the training, validation and test splits for the epochs of the tested one: 18% more rows
     * (at a 70/15/15 split) for the model that is used, at the price of no held-out score of it.
     */
    ALL;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Refit parse(String text) {
        for (Refit r : values()) {
            if (r.id().equalsIgnoreCase(text.trim())) {
                return r;
            }
        }
        throw new InvalidInputException("refit: expected all or train-validation, got '" + text + "'");
    }
}
