package org.evolab.evolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.evolab.util.InvalidInputException;
import org.junit.jupiter.api.Test;

class StopConditionsTest {
    private static final double NEG_INF = Double.NEGATIVE_INFINITY;

    private static EvolutionState state(Duration elapsed, Double... best) {
        return new EvolutionState(best.length, List.of(best), elapsed);
    }

    private static EvolutionState state(Double... best) {
        return state(Duration.ofSeconds(1), best);
    }

    @Test
    void stopsAfterTheGenerations() {
        StopConditions stop = StopConditions.generations(3);
        assertThat(stop.reasonToStop(EvolutionState.start())).isEmpty();
        assertThat(stop.reasonToStop(state(0.1, 0.2))).isEmpty();
        assertThat(stop.reasonToStop(state(0.1, 0.2, 0.3))).contains("finished 3 generations");
        assertThat(StopConditions.generations(1).reasonToStop(state(0.5))).contains("finished 1 generation");
    }

    @Test
    void stopsAtTheTargetFitnessReachedByAnyGeneration() {
        StopConditions stop = StopConditions.generations(10).withTargetFitness(0.98);
        assertThat(stop.reasonToStop(state(0.5, 0.97))).isEmpty();
        assertThat(stop.reasonToStop(state(0.5, 0.98333))).contains("reached target fitness 0.98 (0.9833)");
        assertThat(stop.reasonToStop(state(0.5, 0.99, 0.6))).contains("reached target fitness 0.98 (0.9900)");
        // Regression: fitness is -RMSE.
        assertThat(StopConditions.generations(10).withTargetFitness(-0.25).reasonToStop(state(-0.4, -0.2)))
                .contains("reached target fitness -0.25 (-0.2000)");
        // The target wins over the generation count when both are met.
        assertThat(StopConditions.generations(2).withTargetFitness(0.9).reasonToStop(state(0.5, 0.95)))
                .contains("reached target fitness 0.9 (0.9500)");
    }

    @Test
    void stopsAfterSteadyGenerationsWithoutImprovement() {
        StopConditions stop = StopConditions.generations(20).withSteadyGenerations(3);
        assertThat(stop.reasonToStop(state(0.5, 0.5, 0.5))).isEmpty();
        assertThat(stop.reasonToStop(state(0.5, 0.5, 0.5, 0.5))).contains("no improvement for 3 generations");
        assertThat(stop.reasonToStop(state(0.5, 0.6, 0.4, 0.65, 0.55))).isEmpty();
        assertThat(stop.reasonToStop(state(0.5, 0.6, 0.4, 0.65, 0.55, 0.6, 0.65))).contains("no improvement for 3 generations");
        // Equalling the best is not an improvement.
        assertThat(state(0.5, 0.6, 0.4, 0.6).generationsWithoutImprovement()).isEqualTo(2);
        assertThat(stop.reasonToStop(state(NEG_INF, NEG_INF, NEG_INF, NEG_INF))).contains("no improvement for 3 generations");
        assertThat(stop.reasonToStop(state(NEG_INF, NEG_INF, NEG_INF, -3.0))).isEmpty();
        assertThat(state(0.1, 0.3, 0.2).generationsWithoutImprovement()).isEqualTo(1);
    }

    @Test
    void stopsWhenTheWallClockBudgetIsSpent() {
        StopConditions stop = StopConditions.generations(20).withWallClock(Duration.ofMinutes(5));
        assertThat(stop.reasonToStop(state(Duration.ofSeconds(299), 0.1))).isEmpty();
        assertThat(stop.reasonToStop(state(Duration.ofSeconds(300), 0.1))).contains("wall-clock budget of 5m reached");
        assertThat(StopConditions.generations(20).withWallClock(Duration.ofSeconds(90))
                .reasonToStop(state(Duration.ofMinutes(2), 0.1))).contains("wall-clock budget of 1m30s reached");
    }

    @Test
    void validationNamesTheLimitAtFault() {
        assertThat(StopConditions.generations(1).validate()).isNotNull();
        assertThatThrownBy(() -> StopConditions.generations(0).validate()).isInstanceOf(InvalidInputException.class)
                .hasMessage("generations: must be at least 1, got 0");
        assertThatThrownBy(() -> StopConditions.generations(5).withTargetFitness(Double.NaN).validate())
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("target fitness:");
        assertThatThrownBy(() -> StopConditions.generations(5).withSteadyGenerations(0).validate())
                .isInstanceOf(InvalidInputException.class).hasMessage("steady generations: must be at least 1, got 0");
        assertThatThrownBy(() -> StopConditions.generations(5).withWallClock(Duration.ZERO).validate())
                .isInstanceOf(InvalidInputException.class).hasMessage("wall-clock: must be positive, got 0s");
    }

    @Test
    void durationsReadAndWriteInShortForm() {
        assertThat(StopConditions.formatDuration(Duration.ofMinutes(5))).isEqualTo("5m");
        assertThat(StopConditions.formatDuration(Duration.ofSeconds(3725))).isEqualTo("1h2m5s");
        assertThat(StopConditions.formatDuration(Duration.ofMillis(1500))).isEqualTo("1.5s");
        assertThat(StopConditions.formatDuration(Duration.ZERO)).isEqualTo("0s");
        assertThat(StopConditions.parseDuration("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(StopConditions.parseDuration("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(StopConditions.parseDuration("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(StopConditions.parseDuration("PT2M")).isEqualTo(Duration.ofMinutes(2));
        assertThat(StopConditions.parseDuration("45")).isEqualTo(Duration.ofSeconds(45));
        assertThatThrownBy(() -> StopConditions.parseDuration("soon")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("wall-clock: cannot read 'soon'");
        assertThatThrownBy(() -> StopConditions.parseDuration("")).isInstanceOf(InvalidInputException.class);
    }
}
