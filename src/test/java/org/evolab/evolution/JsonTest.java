package org.evolab.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The records travel in checkpoints, run.json and reports: they must survive a plain ObjectMapper. */
class JsonTest {
    private final ObjectMapper mapper = new ObjectMapper();

    private <T> T roundTrip(T value, Class<T> type) throws Exception {
        return mapper.readValue(mapper.writeValueAsString(value), type);
    }

    @Test
    void settingsUseTheLowerCaseIds() throws Exception {
        GaSettings settings = GaSettings.defaults().withStrategy(Strategy.RANDOM_SEARCH)
                .withSelection(SelectionMethod.RANK);
        String json = mapper.writeValueAsString(settings);
        assertThat(json).contains("\"strategy\":\"random\"", "\"selection\":\"rank\"", "\"crossover\":\"one-point\"");
        assertThat(roundTrip(settings, GaSettings.class)).isEqualTo(settings);
        assertThat(mapper.readValue(json.replace("\"one-point\"", "\"UNIFORM\""), GaSettings.class).crossover())
                .isEqualTo(CrossoverMethod.UNIFORM);
    }

    @Test
    void individualsAndScoresRoundTripIncludingFailures() throws Exception {
        Individual child = new Individual("g2-05", Fixtures.genome(30, 20), 2, List.of("g1-00", "g1-03"),
                List.of("tournament", "crossover:one-point", "mutate:learning-rate"));
        assertThat(roundTrip(child, Individual.class)).isEqualTo(child);
        Scored failed = new Scored(child, Double.NEGATIVE_INFINITY);
        assertThat(mapper.writeValueAsString(failed)).doesNotContain("failed\"");
        assertThat(roundTrip(failed, Scored.class)).isEqualTo(failed);
        Scored scored = new Scored(child, -0.125);
        assertThat(roundTrip(scored, Scored.class)).isEqualTo(scored);
    }

    @Test
    void stopConditionsAndStateRoundTripWithShortDurations() throws Exception {
        StopConditions stop = StopConditions.generations(12).withTargetFitness(0.95).withWallClock(Duration.ofMinutes(90));
        String json = mapper.writeValueAsString(stop);
        assertThat(json).contains("\"wallClock\":\"1h30m\"");
        assertThat(roundTrip(stop, StopConditions.class)).isEqualTo(stop);
        assertThat(roundTrip(StopConditions.generations(3), StopConditions.class)).isEqualTo(StopConditions.generations(3));
        assertThat(mapper.readValue("{\"generations\":4,\"wallClock\":\"PT10M\"}", StopConditions.class).wallClock())
                .isEqualTo(Duration.ofMinutes(10));

        EvolutionState state = EvolutionState.start().next(0.5, Duration.ofSeconds(3))
                .next(Double.NEGATIVE_INFINITY, Duration.ofMillis(6500));
        assertThat(roundTrip(state, EvolutionState.class)).isEqualTo(state);
    }
}
