package org.evolab.run;

import java.util.Locale;

/**
 * Which rows each figure of a completed run comes from, in the words the model card, the CLI and
 * the GUI share: the test metrics are always those of a model trained without the test rows; the
 * exported model is that model, or its genomes refit on every labelled row after the test.
 */
public final class ModelRows {
    private ModelRows() {}

    /** The rows that trained the tested model: "the 127 training + validation rows". */
    public static String tested(RunResult r) {
        int rows = testedRows(r);
        return String.format(
                Locale.ROOT,
                "the %d %s rows",
                rows,
                rows == r.data().trainX().length ? "training" : "training + validation");
    }

    /** The model the test scored: "the retrained network", "the retrained ensemble of 3", "the search's own network". */
    public static String testedModel(RunResult r) {
        int members = ModelRecord.members(r.model()).size();
        boolean search = testedRows(r) == r.data().trainX().length;
        String kind = members == 1 ? "network" : "ensemble of " + members;
        return search
                ? (members == 1 ? "the search's own network" : "the " + kind + " of the search's own networks")
                : "the retrained " + kind;
    }

    /** The rows that trained the exported model: {@link #tested}, or "all 150 labelled rows (training, validation and test)". */
    public static String exported(RunResult r) {
        return r.refitted()
                ? String.format(
                        Locale.ROOT,
                        "all %d labelled rows (training, validation and test)",
                        r.model().trainingRows())
                : tested(r);
    }

    private static int testedRows(RunResult r) {
        return r.test() != null ? r.test().trainingRows() : r.model().trainingRows();
    }

    /**
     * One sentence on the test's rows and the exported model's: "Test: 23 rows, scored by the
     * retrained network trained on the 127 training + validation rows; exported: refit on all 150
     * labelled rows after the test (no held-out score of its own)."
     */
    public static String sentence(RunResult r) {
        String test = String.format(
                Locale.ROOT,
                "Test: %d rows, scored by %s trained on %s; ",
                r.test().rows(),
                testedModel(r),
                tested(r));
        return test
                + (r.refitted()
                        ? "exported: the same genomes and epochs refit on " + exported(r)
                                + " after the test (no held-out score of its own)."
                        : "exported: that model.");
    }
}
