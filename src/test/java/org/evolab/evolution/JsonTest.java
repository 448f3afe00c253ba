package org.evolab.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
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
        GaSettings settings =
                GaSettings.defaults().withStrategy(Strategy.RANDOM_SEARCH).withSelection(SelectionMethod.RANK);
        String json = mapper.writeValueAsString(settings);
        assertThat(json).contains("\"strategy\":\"random\"", "\"selection\":\"rank\"", "\"crossover\":\"one-point\"");
        assertThat(roundTrip(settings, GaSettings.class)).isEqualTo(settings);
        assertThat(mapper.readValue(json.replace("\"one-point\"", "\"UNIFORM\""), GaSettings.class)
                        .crossover())
                .isEqualTo(CrossoverMethod.UNIFORM);
    }

    @Test
    void individualsAndScoresRoundTripIncludingFailures() throws Exception {
        Individual child = new Individual(
                "g2-05",
                Fixtures.genome(30, 20),
                2,
                List.of("g1-00", "g1-03"),
                List.of("tournament", "crossover:one-point", "mutate:learning-rate"));
        assertThat(roundTrip(child, Individual.class)).isEqualTo(child);
        Scored failed = new Scored(child, Double.NEGATIVE_INFINITY);
        assertThat(mapper.writeValueAsString(failed)).doesNotContain("failed\"");
        assertThat(roundTrip(failed, Scored.class)).isEqualTo(failed);
        Scored scored = new Scored(child, -0.125);
        assertThat(roundTrip(scored, Scored.class)).isEqualTo(scored);
    }
}
