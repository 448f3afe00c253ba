package org.evolab.ui.results;

import java.util.Optional;
import org.evolab.fitness.TrainedModel;
import org.evolab.run.RunResult;

/**
 * The Results screen's words for an exported ensemble: the test scores are the ensemble's, and the
 * best genome view names the genomes it averages. Nothing for a single network, so those views read
 * as before.
 */
final class EnsembleText {
    private EnsembleText() {}

    /** "Ensemble of K: " before the test scores, or "". */
    static String testPrefix(RunResult r) {
        return ensemble(r).map(m -> "Ensemble of " + m.members().size() + ": ").orElse("");
    }

    /** The best genome view's line naming the members, best first. */
    static Optional<String[]> membersLine(RunResult r) {
        return ensemble(r).map(m -> new String[] {
            "Exported",
            "ensemble of " + m.members().size() + ": "
                    + String.join(
                            "  |  ",
                            m.members().stream().map(x -> x.genome().summary()).toList())
                    + " (outputs averaged)"
        });
    }

    private static Optional<TrainedModel> ensemble(RunResult r) {
        return r == null || r.model() == null || !r.model().isEnsemble() ? Optional.empty() : Optional.of(r.model());
    }
}
