package org.evolab.run;

import java.util.function.Function;
import org.evolab.fitness.Dl4jEvaluator;
import org.evolab.fitness.Dl4jTrainer;
import org.evolab.fitness.StepwiseTraining;
import org.evolab.fitness.Trainer;
import org.evolab.fitness.TrainingControl;
import org.evolab.fitness.TrainingData;
import org.evolab.fitness.TrainingSettings;
import org.evolab.genome.Genome;

/**
 * The one place in {@code run} that names the DL4J trainers (an architecture rule says so): the
 * default {@link Trainer.Factory} a run gets when its caller passes none, and the single trainings
 * the cost model times. Everything else in {@code run} trains through {@link Trainer}.
 */
public final class Trainers {
    private Trainers() {}

    /** DL4J networks on a worker pool, by successive halving where the settings ask for it. */
    public static Trainer.Factory dl4j() {
        return Dl4jTrainer::new;
    }

    /** Single DL4J trainings, started one genome at a time (to time them). */
    static Function<Genome, StepwiseTraining> stepwise(
            TrainingData data, TrainingSettings settings, long seed, TrainingControl control) {
        return new Dl4jEvaluator(data, settings, seed, control)::start;
    }
}
