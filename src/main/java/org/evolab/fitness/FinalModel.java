package org.evolab.fitness;

import java.util.Locale;
import org.evolab.util.InvalidInputException;

/** Which network a run exports for its best genome. */
public enum FinalModel {
    /**
     * The network the search trained for the winning genome, with the weights of its best
     * validation score: exactly the model whose fitness chose it, at no extra training.
     */
    SEARCH,
    /**
     * A new network trained on training plus validation rows for the epochs at which early
     * stopping found the search's best score (no held-out rows are left to stop on).
     */
    RETRAIN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FinalModel parse(String text) {
        for (FinalModel m : values()) {
            if (m.id().equalsIgnoreCase(text.trim())) {
                return m;
            }
        }
        throw new InvalidInputException("final model: expected search or retrain, got '" + text + "'");
    }
}
