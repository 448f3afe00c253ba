package org.evolab.run;

import java.time.Duration;
import org.evolab.evolution.GaSettings;

/**
 * The one time-left computation of a run, shared by the run's events, the run view and the CLI:
 * the pace of the evaluations so far (cache hits included: they recur at a steady rate) applied
 * to the evaluations still planned.
 */
public final class Eta {
    private Eta() {}

    /** Evaluations a run with {@code ga} plans: its population in each generation. */
    public static long plannedEvaluations(GaSettings ga) {
        return (long) ga.populationSize() * ga.generations();
    }

    /** Time left after {@code done} of {@code planned} evaluations took {@code elapsed}; zero before the first and after the last. */
    public static Duration remaining(Duration elapsed, long done, long planned) {
        return done <= 0
                ? Duration.ZERO
                : elapsed.multipliedBy(Math.max(0, planned - done)).dividedBy(done);
    }
}
