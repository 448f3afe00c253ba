package org.evolab.run;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.evolab.evolution.EvolutionState;
import org.evolab.util.Durations;
import org.evolab.util.InvalidInputException;
import org.evolab.util.Setting;

/**
 * Extra reasons to end the search before its last generation; each null means "not used". The
 * one stop-settings type: saved in a run's settings, edited by the wizard and the CLI, and
 * checked after every generation with {@link #reasonToStop}.
 *
 * @param targetFitness     stop once the best validation score reaches this
 * @param steadyGenerations stop after this many generations without a better best
 * @param wallClockSeconds  stop once the search has run this long
 */
public record StopSettings(Double targetFitness, Integer steadyGenerations, Long wallClockSeconds) {
    public static StopSettings none() {
        return new StopSettings(null, null, null);
    }

    public StopSettings validate() {
        if (steadyGenerations != null && steadyGenerations < 1) {
            throw InvalidInputException.of(
                    Setting.STEADY_GENERATIONS, "must be at least 1 generation, got " + steadyGenerations);
        }
        if (wallClockSeconds != null && wallClockSeconds < 1) {
            throw InvalidInputException.of(Setting.TIME_BUDGET, "must be at least 1 second, got " + wallClockSeconds);
        }
        if (targetFitness != null && !Double.isFinite(targetFitness)) {
            throw InvalidInputException.of(Setting.TARGET_FITNESS, "must be a number, got " + targetFitness);
        }
        return this;
    }

    /**
     * Why a run of {@code generations} generations should stop now, or empty to go on. When
     * several limits are met at once the most informative reason is given: target, then the
     * generation count, then the steady limit, then the wall clock.
     */
    public Optional<String> reasonToStop(int generations, EvolutionState state) {
        double best = state.bestSoFar();
        if (targetFitness != null && best >= targetFitness) {
            return Optional.of("reached target fitness " + Durations.plain(targetFitness) + " ("
                    + String.format(Locale.ROOT, "%.4f", best) + ")");
        }
        if (state.generationsCompleted() >= generations) {
            return Optional.of("finished " + generations + (generations == 1 ? " generation" : " generations"));
        }
        if (steadyGenerations != null && state.generationsWithoutImprovement() >= steadyGenerations) {
            return Optional.of("no improvement for " + steadyGenerations
                    + (steadyGenerations == 1 ? " generation" : " generations"));
        }
        Duration wallClock = wallClockSeconds == null ? null : Duration.ofSeconds(wallClockSeconds);
        if (wallClock != null && state.elapsed().compareTo(wallClock) >= 0) {
            return Optional.of("wall-clock budget of " + Durations.format(wallClock) + " reached");
        }
        return Optional.empty();
    }
}
