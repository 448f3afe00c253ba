package org.evolab.run;

import java.util.ArrayList;
import java.util.List;
import org.evolab.fitness.FitnessMetric;

/**
 * Which genomes the exported ensemble averages: the run's best, then the next best distinct
 * genomes of the leaderboard that trained to their own end, then (when too few did) the next best
 * that successive halving stopped; fewer when fewer were scored. A halved genome's score is that
 * of a ninth or a third of its budget, so its place on the leaderboard says less: with them as
 * members an ensemble of 5 lost 2.6 points of RMSE on one housing seed.
 *
 * <p>A member must also score within reach of the best, as far as the validation rows can tell
 * the two apart ({@link #withinReach}): averaging the one network that found a pattern with
 * networks that did not is worse than that network alone. On the peer benchmark's spirals the best
 * genome of a run scored 0.95 and the next two 0.71, and their ensemble tested at 0.825.
 *
 * @param wanted         the ensemble size the settings ask for (1: the best network alone)
 * @param metric         the fitness's metric
 * @param validationRows rows the fitness was scored on: the validation split's (under
 *                       cross-validation each fold scores on more, so the count errs on the side
 *                       of admitting a member)
 */
record EnsembleMembers(int wanted, FitnessMetric metric, int validationRows) {

    List<Evaluation> of(RunStatistics statistics) {
        Evaluation best = statistics.bestOverall();
        List<Evaluation> members = new ArrayList<>();
        if (best == null) {
            return members;
        }
        members.add(best);
        for (boolean halvedToo : new boolean[] {false, true}) {
            for (Evaluation e : statistics.leaderboard()) {
                if (members.size() >= wanted) {
                    return members;
                }
                if (!members.contains(e)
                        && Double.isFinite(e.fitness())
                        && !e.result().failed()
                        && (halvedToo || !e.result().halved())
                        && withinReach(best.fitness(), e.fitness())) {
                    members.add(e);
                }
            }
        }
        return members;
    }

    /**
     * Whether {@code score} is within about two standard errors of {@code best} on this many
     * validation rows. For a share of rows right (accuracy, macro-F1) the rows each gets wrong are
     * compared as counts: within when {@code wrong <= bestWrong + 2 sqrt(bestWrong + wrong) + 1}
     * (the one row so that a perfect best still admits a member one row short). For RMSE, whose
     * relative standard error on n rows is about {@code 1/sqrt(2n)}, within when it is at most the
     * best's times {@code 1 + 2/sqrt(2n)}; for R2 the same on its share of unexplained variance
     * (relative error {@code sqrt(2/n)}).
     */
    boolean withinReach(double best, double score) {
        int n = Math.max(1, validationRows);
        return switch (metric) {
            case ACCURACY, MACRO_F1 -> {
                double bestWrong = (1 - best) * n;
                double wrong = (1 - score) * n;
                yield wrong <= bestWrong + 2 * Math.sqrt(bestWrong + wrong) + 1;
            }
            case NEG_RMSE -> -score <= -best * (1 + 2 / Math.sqrt(2.0 * n));
            case R2 -> 1 - score <= (1 - best) * (1 + 2 * Math.sqrt(2.0 / n));
        };
    }
}
