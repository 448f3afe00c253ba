package org.evolab.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.evolab.evolution.GaSettings;
import org.evolab.evolution.Individual;
import org.evolab.evolution.Strategy;
import org.evolab.fitness.FitnessResult;
import org.evolab.run.Checkpoint;
import org.evolab.run.Evaluation;
import org.evolab.run.GenerationStats;
import org.evolab.run.RunConfig;
import org.evolab.run.RunFolder;

/**
 * A finished run's folder written through the real {@link RunFolder} (config, checkpoint,
 * history, leaderboard) plus its {@code metrics.json}, from trials made up without training.
 */
public final class FinishedRunFixture {
    private FinishedRunFixture() {}

    public static Evaluation evaluation(Trial t) {
        Individual individual =
                new Individual(t.individualId(), t.genome(), t.generation(), List.of(), List.of(Individual.RANDOM));
        FitnessResult result = new FitnessResult(
                t.genome().id(),
                t.fitness(),
                0.5,
                10,
                8,
                t.failed() ? FitnessResult.Outcome.FAILED : FitnessResult.Outcome.TRAINED_TO_BUDGET,
                t.failed() ? "diverged" : null,
                List.of(),
                List.of(),
                t.parameters(),
                t.trainMillis());
        return new Evaluation(t.generation(), individual, result, false);
    }

    /**
     * Writes the run folder {@code dir}: trials of generation g took 2 s each generation.
     *
     * @param testAccuracy the final model's test accuracy in metrics.json
     */
    public static Path write(Path dir, List<Trial> trials, Strategy strategy, double testAccuracy) throws IOException {
        RunFolder folder = new RunFolder(dir);
        folder.writeConfig(RunConfig.defaults()
                .withData("data.csv")
                .withGa(GaSettings.defaults().withStrategy(strategy)));
        Map<Integer, List<Trial>> byGeneration = new TreeMap<>();
        trials.forEach(t -> byGeneration
                .computeIfAbsent(t.generation(), g -> new ArrayList<>())
                .add(t));
        List<GenerationStats> history = new ArrayList<>();
        List<Double> bestPerGeneration = new ArrayList<>();
        for (Map.Entry<Integer, List<Trial>> e : byGeneration.entrySet()) {
            List<Trial> generation = e.getValue();
            Trial best = generation.stream()
                    .filter(t -> !t.failed())
                    .max(Comparator.comparingDouble(Trial::fitness))
                    .orElse(generation.get(0));
            double mean = generation.stream()
                    .filter(t -> !t.failed())
                    .mapToDouble(Trial::fitness)
                    .average()
                    .orElse(Double.NaN);
            double worst = generation.stream()
                    .filter(t -> !t.failed())
                    .mapToDouble(Trial::fitness)
                    .min()
                    .orElse(Double.NaN);
            history.add(new GenerationStats(
                    e.getKey(),
                    best.fitness(),
                    mean,
                    worst,
                    0.5,
                    generation.size(),
                    0,
                    (int) generation.stream().filter(Trial::failed).count(),
                    best.individualId(),
                    best.genomeId(),
                    2.0 * (e.getKey() + 1)));
            bestPerGeneration.add(best.fitness());
        }
        List<Evaluation> scored =
                trials.stream().map(FinishedRunFixture::evaluation).toList();
        folder.writeCheckpoint(new Checkpoint(
                Checkpoint.FORMAT,
                "fixture",
                byGeneration.size(),
                List.of(),
                true,
                "generations done",
                history,
                scored,
                bestPerGeneration,
                trials.size(),
                trials.size(),
                0,
                2.0 * byGeneration.size()));
        Files.writeString(
                dir.resolve(RunFolder.METRICS),
                String.format(
                        Locale.ROOT,
                        "{\"task\":\"classification\",\"metric\":\"accuracy\",\"test\":{\"accuracy\":%.4f}}",
                        testAccuracy));
        return dir;
    }
}
