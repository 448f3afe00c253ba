package org.evolab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evolab.evolution.GaSettings;
import org.evolab.fitness.TrainingSettings;
import org.evolab.genome.DoubleRange;
import org.evolab.genome.SearchSpace;
import org.evolab.run.RunConfig;

/** Shared fixtures: the bundled samples and run settings small enough for unit tests. */
public final class TestData {
    private TestData() {}

    public static Path sample(String file) {
        Path p = Path.of("sample-data", file);
        if (!Files.exists(p)) {
            throw new IllegalStateException("sample data missing: " + p.toAbsolutePath());
        }
        return p;
    }

    /** A tiny budget: small networks, few epochs, population and generations as given. */
    public static RunConfig tinyRun(Path data, String target, int population, int generations, long seed) {
        SearchSpace space =
                SearchSpace.defaults().withLayers(1, 2).withNeurons(8, 32).withEpochs(30, 60);
        space = new SearchSpace(
                space.layers(),
                space.neurons(),
                space.activations(),
                new DoubleRange(3e-3, 5e-2),
                space.optimizers(),
                List.of(16, 32, 0),
                new DoubleRange(0.0, 0.2),
                new DoubleRange(0.0, 1e-4),
                space.epochs());
        return RunConfig.defaults()
                .withData(data.toString())
                .withTarget(target)
                .withSearchSpace(space)
                .withGa(GaSettings.defaults().withPopulationSize(population).withGenerations(generations))
                .withTraining(TrainingSettings.defaults().withPatience(8))
                .withSeed(seed)
                .withWorkers(2);
    }

    /**
     * Passengers as CSV text, header {@code age,fare,outcome,Survived}: a noisy 0/1 outcome of two
     * noisy inputs, and 'outcome', which restates the target as yes/no (a leak).
     */
    public static String leakyPassengersCsv(int rows, long seed) {
        java.util.Random random = new java.util.Random(seed);
        StringBuilder csv = new StringBuilder("age,fare,outcome,Survived\n");
        for (int r = 0; r < rows; r++) {
            double age = Math.round(random.nextDouble() * 700) / 10.0;
            double fare = Math.round(random.nextDouble() * 1000) / 10.0;
            int survived = fare / 100 - age / 140 + random.nextGaussian() * 0.3 > 0 ? 1 : 0;
            csv.append(age)
                    .append(',')
                    .append(fare)
                    .append(',')
                    .append(survived == 1 ? "yes" : "no")
                    .append(',')
                    .append(survived)
                    .append('\n');
        }
        return csv.toString();
    }
}
