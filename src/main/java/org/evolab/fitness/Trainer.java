package org.evolab.fitness;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.evolab.genome.Genome;

/**
 * The seam under a run, in the spirit of Jenetics' {@code Evaluator}: trains and scores a
 * generation's new genomes at their budget and reports each result as it comes. How is its own
 * business: {@link Dl4jTrainer} trains DL4J networks on a worker pool by successive halving and
 * frees their native memory; a test's fake computes a fitness from the genome. The run above it
 * only asks, ranks and records.
 *
 * <p>Cancellable through the {@link TrainingControl} it was made with: {@link #train} then throws
 * {@link java.util.concurrent.CancellationException}, once no training of the call runs any more.
 */
public interface Trainer extends AutoCloseable {

    /**
     * Trains and scores {@code genomes} (distinct genomes, in the order given). {@code onEach}
     * receives every result as it comes, on any thread; a bad genome is a failed result, never an
     * exception. Results do not depend on the order trainings finish in.
     */
    void train(List<Genome> genomes, Consumer<FitnessResult> onEach) throws InterruptedException;

    /**
     * {@link #train}, each candidate's training starting from its parent's trained weights where
     * the layers match (weight inheritance: {@link Options#parents} keeps them). A trainer that
     * does not inherit ({@link #inheritsWeights} false) trains the genomes fresh.
     */
    default void trainFrom(List<Candidate> candidates, Consumer<FitnessResult> onEach) throws InterruptedException {
        train(candidates.stream().map(Candidate::genome).toList(), onEach);
    }

    /** Whether {@link #trainFrom} starts children from their parents' weights (the run refuses inheritance otherwise). */
    default boolean inheritsWeights() {
        return false;
    }

    /**
     * A genome to train and the parent whose kept weights it starts from (null: fresh), chosen by
     * the run ({@link ParentWeights#parentFor}).
     */
    record Candidate(Genome genome, Genome parent) {}

    /**
     * {@code genome}'s network trained on training plus validation rows for {@code epochs} epochs
     * (the final model of a run); null from a trainer that makes no networks (a test's fake).
     */
    TrainedModel retrain(Genome genome, int epochs);

    /**
     * {@link #retrain} for each of {@code retrainings} (an ensemble's members), in the order given;
     * a trainer with workers trains them at once, each network the same as alone. Null entries from
     * a trainer that makes no networks.
     */
    default List<TrainedModel> retrainAll(List<Retraining> retrainings) throws InterruptedException {
        List<TrainedModel> models = new ArrayList<>();
        for (Retraining r : retrainings) {
            models.add(retrain(r.genome(), r.epochs()));
        }
        return models;
    }

    /** A final model to train: {@code genome} on training plus validation rows for {@code epochs} epochs. */
    record Retraining(Genome genome, int epochs) {}

    /** The search's own network for {@code genome}, from the parameters a {@link NetworkSink} received. */
    TrainedModel searchModel(Genome genome, float[] bestParameters, double epochs);

    /** Frees the workers. */
    @Override
    void close();

    /** Makes the trainer of one run, once its data are prepared. */
    @FunctionalInterface
    interface Factory {
        Trainer create(
                TrainingData data, TrainingSettings settings, long runSeed, TrainingControl control, Options options);
    }

    /**
     * @param workers  trainings at a time
     * @param weights  receives each finished training's layer weights (for drawing), or null
     * @param networks receives each finished training's best parameters (to export), or null
     * @param stepCost what a training step costs (the run's cost model), to schedule the longest
     *                 trainings first; null counts every step alike
     * @param parents  keeps each finished training's best parameters, per fold, for its children
     *                 to inherit; null: no weight inheritance
     */
    record Options(int workers, WeightsSink weights, NetworkSink networks, StepCost stepCost, ParentWeights parents) {
        public Options(int workers, WeightsSink weights, NetworkSink networks, StepCost stepCost) {
            this(workers, weights, networks, stepCost, null);
        }

        public Options {
            stepCost = stepCost == null ? StepCost.UNIFORM : stepCost;
        }
    }

    /** Receives the weights of every successful training (for drawing); called on the worker thread. */
    @FunctionalInterface
    interface WeightsSink {
        void accept(String genomeId, List<double[][]> weights);
    }

    /**
     * Receives the parameters of every finished training at its best validation score, with its
     * result (to keep the network a run will export); called on the worker thread.
     */
    @FunctionalInterface
    interface NetworkSink {
        void accept(Genome genome, FitnessResult result, float[] bestParameters);
    }
}
