package org.evolab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.evolab.evolution.GaSettings;
import org.evolab.fitness.TrainingSettings;
import org.evolab.genome.DoubleRange;
import org.evolab.genome.IntRange;
import org.evolab.genome.SearchSpace;
import org.evolab.run.RunConfig;
import org.evolab.run.StopSettings;
import org.evolab.util.InvalidInputException;
import org.evolab.util.Setting;
import org.junit.jupiter.api.Test;

/** The engine's validation errors carry the setting at fault as a key; no toolkit needed. */
class ProblemKeyTest {
    @Test
    void aRewordedMessageKeepsItsSetting() {
        // The detail starts with another setting's name: parsing the text would pick "population".
        Problem p = Problem.of(InvalidInputException.of(Setting.ELITISM, "population: too many elites"));
        assertThat(p.setting()).isEqualTo(Setting.ELITISM);
        assertThat(p.detail()).isEqualTo("population: too many elites");
        assertThat(p.message()).isEqualTo("elitism: population: too many elites");
    }

    @Test
    void theCliStillReadsTheSettingFirst() {
        InvalidInputException e = InvalidInputException.of(Setting.POPULATION, "must be at least 2, got 1");
        assertThat(e.getMessage()).isEqualTo("population: must be at least 2, got 1");
        assertThat(new InvalidInputException("x.csv: file not found").setting()).isEmpty();
    }

    @Test
    void eachValidationNamesItsSetting() {
        GaSettings ga = GaSettings.defaults();
        assertThat(key(() -> ga.withPopulationSize(1).validate())).isEqualTo(Setting.POPULATION);
        assertThat(key(() -> ga.withPopulationSize(4).withEliteCount(4).validate()))
                .isEqualTo(Setting.ELITISM);
        assertThat(key(() -> ga.withMutationRate(1.5).validate())).isEqualTo(Setting.MUTATION_RATE);
        SearchSpace s = SearchSpace.defaults();
        assertThat(key(() -> s.withLayers(3, 2).validate())).isEqualTo(Setting.HIDDEN_LAYERS);
        assertThat(key(() -> s.withNeurons(0, 8).validate())).isEqualTo(Setting.NEURONS);
        assertThat(key(() -> s.withEpochs(1, 1_000_000).validate())).isEqualTo(Setting.EPOCHS);
        assertThat(key(() -> new SearchSpace(
                                new IntRange(1, 2),
                                new IntRange(4, 8),
                                List.of(),
                                new DoubleRange(1e-3, 1e-2),
                                s.optimizers(),
                                List.of(16),
                                new DoubleRange(0, 0.1),
                                new DoubleRange(0, 0),
                                new IntRange(5, 10))
                        .validate()))
                .isEqualTo(Setting.ACTIVATIONS);
        assertThat(key(() -> new StopSettings(null, null, 0L).validate())).isEqualTo(Setting.TIME_BUDGET);
        assertThat(key(() -> TrainingSettings.defaults().withPatience(0).validate()))
                .isEqualTo(Setting.PATIENCE);
        assertThat(key(() -> RunConfig.defaults().validate())).isEqualTo(Setting.DATA);
        assertThat(key(() ->
                        RunConfig.defaults().withData("x.csv").withWorkers(-1).validate()))
                .isEqualTo(Setting.WORKERS);
    }

    private static Setting key(Runnable validation) {
        Problem p = Problem.check(validation);
        assertThat(p).as("expected a problem").isNotNull();
        return p.setting();
    }
}
