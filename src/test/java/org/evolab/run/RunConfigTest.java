package org.evolab.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.evolab.data.schema.ColumnKind;
import org.evolab.data.schema.ColumnRole;
import org.evolab.data.schema.TaskType;
import org.evolab.evolution.SelectionMethod;
import org.evolab.fitness.TrainingSettings;
import org.evolab.genome.Activation;
import org.evolab.util.InvalidInputException;
import org.junit.jupiter.api.Test;

class RunConfigTest {
    @Test
    void jsonRoundTripKeepsEverySetting() {
        RunConfig config = RunConfig.defaults()
                .withData("d.csv")
                .withTarget("y")
                .withTaskType(TaskType.REGRESSION)
                .withColumnKinds(Map.of("zip", ColumnKind.CATEGORICAL))
                .withColumnRoles(Map.of("id", ColumnRole.IGNORE))
                .withStop(new StopSettings(0.9, 3, 600L))
                .withSeed(123)
                .withWorkers(2);
        assertThat(RunConfig.fromJson(config.toJson(), "test")).isEqualTo(config);
    }

    @Test
    void withersChangeOnlyTheirSettingAndKeepTheConstructorsNormalisation() {
        RunConfig d = RunConfig.defaults();
        RunConfig spark = d.withSpark(" local[2] ");
        assertThat(spark.spark()).isEqualTo("local[2]");
        assertThat(spark.withSpark("  ")).isEqualTo(d);
        RunConfig changed = d.withSeed(7).withWorkers(3).withData("x.csv");
        assertThat(changed.seed()).isEqualTo(7);
        assertThat(changed.workers()).isEqualTo(3);
        assertThat(changed.data()).isEqualTo("x.csv");
        assertThat(changed.withSeed(d.seed()).withWorkers(0).withData(null)).isEqualTo(d);
    }

    @Test
    void aPartialFileKeepsTheDefaultsForWhatItDoesNotSay() {
        RunConfig config = RunConfig.fromJson(
                """
                {"data": "iris.csv", "ga": {"populationSize": 8, "selection": "rank"},
                 "searchSpace": {"maxLayers": 3, "activations": ["relu", "tanh"]}}""",
                "run.json");
        assertThat(config.ga().populationSize()).isEqualTo(8);
        assertThat(config.ga().selection()).isEqualTo(SelectionMethod.RANK);
        assertThat(config.ga().generations()).isEqualTo(10);
        assertThat(config.searchSpace().layers().max()).isEqualTo(3);
        assertThat(config.searchSpace().layers().min()).isEqualTo(1);
        assertThat(config.searchSpace().activations()).containsExactly(Activation.RELU, Activation.TANH);
        assertThat(config.seed()).isEqualTo(RunConfig.DEFAULT_SEED);
    }

    @Test
    void theEnsembleSizeIsReadFromAFileAndOneByDefault() {
        assertThat(RunConfig.defaults().training().ensemble())
                .isEqualTo(TrainingSettings.DEFAULT_ENSEMBLE)
                .isEqualTo(3);
        RunConfig config = RunConfig.fromJson("{\"data\": \"iris.csv\", \"training\": {\"ensemble\": 4}}", "run.json");
        assertThat(config.training().ensemble()).isEqualTo(4);
        assertThat(config.training().patience())
                .isEqualTo(RunConfig.defaults().training().patience());
        assertThat(RunConfig.fromJson(config.toJson(), "again")).isEqualTo(config);
        assertThatThrownBy(
                        () -> RunConfig.fromJson("{\"data\": \"x.csv\", \"training\": {\"ensemble\": 0}}", "run.json")
                                .validate())
                .hasMessageStartingWith("ensemble: ")
                .hasMessageContaining("got 0");
    }

    @Test
    void aTypoIsAnErrorNamingTheSetting() {
        assertThatThrownBy(() -> RunConfig.fromJson("{\"ga\": {\"populaton\": 8}}", "run.json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("run.json: unknown setting 'ga.populaton'");
        assertThatThrownBy(() -> RunConfig.fromJson("{\"searchSpace\": {\"maxLayer\": 3}}", "run.json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("run.json: unknown setting 'searchSpace.maxLayer'");
        assertThatThrownBy(() -> RunConfig.fromJson("{\"searchSpace\": {\"maxLayers\": \"many\"}}", "run.json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("run.json: setting 'searchSpace.maxLayers': ");
    }

    @Test
    void aBadValueIsAnErrorNamingTheSetting() {
        assertThatThrownBy(() -> RunConfig.fromJson("{\"searchSpace\": {\"activations\": [\"swish\"]}}", "run.json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("run.json")
                .hasMessageContaining("swish");
        assertThatThrownBy(() -> RunConfig.fromJson("[1, 2]", "run.json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("expected a JSON object");
        assertThatThrownBy(() -> RunConfig.fromJson("{", "run.json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void validateNamesTheSettingAtFault() {
        assertThatThrownBy(() -> RunConfig.defaults().validate()).hasMessageContaining("data");
        assertThatThrownBy(() ->
                        RunConfig.defaults().withData("x.csv").withWorkers(-1).validate())
                .hasMessageContaining("workers");
        assertThatThrownBy(() -> RunConfig.defaults()
                        .withData("x.csv")
                        .withStop(new StopSettings(null, 0, null))
                        .validate())
                .hasMessageContaining("no-improvement");
    }
}
