package org.evolab.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.evolab.evolution.EvolutionState;
import org.evolab.util.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The one stop-settings type: its reasons to stop, their order and wording, and its checks. */
class StopSettingsTest {
    private static final double NEG_INF = Double.NEGATIVE_INFINITY;

    private static EvolutionState state(Duration elapsed, Double... best) {
        return new EvolutionState(best.length, List.of(best), elapsed);
    }

    private static EvolutionState state(Double... best) {
        return state(Duration.ofSeconds(1), best);
    }

    @Test
    void stopsAfterTheGenerations() {
        StopSettings stop = StopSettings.none();
        assertThat(stop.reasonToStop(3, EvolutionState.start())).isEmpty();
        assertThat(stop.reasonToStop(3, state(0.1, 0.2))).isEmpty();
        assertThat(stop.reasonToStop(3, state(0.1, 0.2, 0.3))).contains("finished 3 generations");
        assertThat(stop.reasonToStop(1, state(0.5))).contains("finished 1 generation");
    }

    @Test
    void stopsAtTheTargetFitnessReachedByAnyGeneration() {
        StopSettings stop = new StopSettings(0.98, null, null);
        assertThat(stop.reasonToStop(10, state(0.5, 0.97))).isEmpty();
        assertThat(stop.reasonToStop(10, state(0.5, 0.98333))).contains("reached target fitness 0.98 (0.9833)");
        assertThat(stop.reasonToStop(10, state(0.5, 0.99, 0.6))).contains("reached target fitness 0.98 (0.9900)");
        // Regression: fitness is -RMSE.
        assertThat(new StopSettings(-0.25, null, null).reasonToStop(10, state(-0.4, -0.2)))
                .contains("reached target fitness -0.25 (-0.2000)");
        // The target wins over the generation count when both are met.
        assertThat(new StopSettings(0.9, null, null).reasonToStop(2, state(0.5, 0.95)))
                .contains("reached target fitness 0.9 (0.9500)");
    }

    @Test
    void stopsAfterSteadyGenerationsWithoutImprovement() {
        StopSettings stop = new StopSettings(null, 3, null);
        assertThat(stop.reasonToStop(20, state(0.5, 0.5, 0.5))).isEmpty();
        assertThat(stop.reasonToStop(20, state(0.5, 0.5, 0.5, 0.5))).contains("no improvement for 3 generations");
        assertThat(stop.reasonToStop(20, state(0.5, 0.6, 0.4, 0.65, 0.55))).isEmpty();
        assertThat(stop.reasonToStop(20, state(0.5, 0.6, 0.4, 0.65, 0.55, 0.6, 0.65)))
                .contains("no improvement for 3 generations");
        // Equalling the best is not an improvement.
        assertThat(state(0.5, 0.6, 0.4, 0.6).generationsWithoutImprovement()).isEqualTo(2);
        assertThat(stop.reasonToStop(20, state(NEG_INF, NEG_INF, NEG_INF, NEG_INF)))
                .contains("no improvement for 3 generations");
        assertThat(stop.reasonToStop(20, state(NEG_INF, NEG_INF, NEG_INF, -3.0)))
                .isEmpty();
        assertThat(state(0.1, 0.3, 0.2).generationsWithoutImprovement()).isEqualTo(1);
    }

    @Test
    void stopsWhenTheWallClockBudgetIsSpent() {
        StopSettings stop = new StopSettings(null, null, 300L);
        assertThat(stop.reasonToStop(20, state(Duration.ofSeconds(299), 0.1))).isEmpty();
        assertThat(stop.reasonToStop(20, state(Duration.ofSeconds(300), 0.1)))
                .contains("wall-clock budget of 5m reached");
        assertThat(new StopSettings(null, null, 90L).reasonToStop(20, state(Duration.ofMinutes(2), 0.1)))
                .contains("wall-clock budget of 1m30s reached");
    }

    @Test
    void validationNamesTheLimitAtFault() {
        assertThat(StopSettings.none().validate()).isNotNull();
        assertThatThrownBy(() -> new StopSettings(Double.NaN, null, null).validate())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("target fitness:");
        assertThatThrownBy(() -> new StopSettings(null, 0, null).validate())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("no-improvement stop: must be at least 1 generation, got 0");
        assertThatThrownBy(() -> new StopSettings(null, null, 0L).validate())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("time budget: must be at least 1 second, got 0");
    }
}
