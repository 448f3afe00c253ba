package org.evolab.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.evolab.fitness.FitnessResult;
import org.evolab.fitness.SequentialPool;
import org.evolab.fitness.StepwiseTraining;
import org.evolab.fitness.SuccessiveHalving;
import org.evolab.fitness.TrainedModel;
import org.evolab.fitness.Trainer;
import org.evolab.fitness.TrainingControl;
import org.evolab.fitness.TrainingSettings;
import org.evolab.genome.Genome;
import org.evolab.genome.LayerGene;

/**
 * A trainer without DL4J, for testing the run's loop in milliseconds: a genome's fitness is a
 * deterministic function of its genes ({@link #quality}) times the share of its budget it trained,
 * so successive halving ranks by quality at every rung. It uses the real {@link SuccessiveHalving}
 * on a sequential pool, and records what it trained and released.
 */
final class FakeTrainer implements Trainer {
    /** Mini-batch steps per epoch of every fake training (enough that the rungs are shares, not the floor). */
    static final int STEPS_PER_EPOCH = 100;

    /** The genomes of each {@link #train} call, in the order given. */
    final List<List<String>> calls = new CopyOnWriteArrayList<>();
    /** How often each genome's training was released. */
    final Map<String, AtomicInteger> releases = new ConcurrentHashMap<>();

    private final TrainingSettings settings;
    private final TrainingControl control;

    private FakeTrainer(TrainingSettings settings, TrainingControl control) {
        this.settings = settings;
        this.control = control;
    }

    /** A factory that hands out fake trainers and remembers the last one made. */
    static final class Factory implements Trainer.Factory {
        final List<FakeTrainer> made = new CopyOnWriteArrayList<>();

        @Override
        public Trainer create(
                org.evolab.fitness.TrainingData data,
                TrainingSettings settings,
                long runSeed,
                TrainingControl control,
                Options options) {
            FakeTrainer trainer = new FakeTrainer(settings, control);
            made.add(trainer);
            return trainer;
        }

        /** Every genome trained by every trainer made, in order. */
        List<String> trained() {
            List<String> all = new ArrayList<>();
            made.forEach(t -> t.calls.forEach(all::addAll));
            return all;
        }
    }

    /** In (0, 1]: best at a learning rate of 0.01 and about 24 neurons per layer, one layer. */
    static double quality(Genome g) {
        double lr = Math.abs(Math.log10(g.learningRate() / 0.01));
        double width = g.layers().stream().mapToInt(LayerGene::width).average().orElse(0);
        return 1 / (1 + lr + Math.abs(width - 24) / 24 + 0.1 * (g.layers().size() - 1));
    }

    @Override
    public void train(List<Genome> genomes, Consumer<FitnessResult> onEach) throws InterruptedException {
        calls.add(genomes.stream().map(Genome::id).toList());
        new SuccessiveHalving(SequentialPool.INSTANCE, settings.successiveHalving())
                .train(genomes.stream().map(FakeTraining::new).toList(), onEach);
    }

    @Override
    public TrainedModel retrain(Genome genome, int epochs) {
        return null;
    }

    @Override
    public TrainedModel searchModel(Genome genome, float[] bestParameters, double epochs) {
        return null;
    }

    @Override
    public void close() {}

    private final class FakeTraining implements StepwiseTraining {
        private final Genome genome;
        private long step;
        private FitnessResult finished;

        FakeTraining(Genome genome) {
            this.genome = genome;
        }

        @Override
        public Genome genome() {
            return genome;
        }

        @Override
        public boolean isFinished() {
            return finished != null;
        }

        @Override
        public long totalSteps() {
            return (long) STEPS_PER_EPOCH * genome.maxEpochs();
        }

        @Override
        public long stepsDone() {
            return step;
        }

        @Override
        public FitnessResult trainSteps(long steps) {
            if (finished != null) {
                return finished;
            }
            control.checkpoint();
            step = Math.max(step, Math.min(steps, totalSteps()));
            FitnessResult r = result(false);
            if (step >= totalSteps()) {
                finished = r;
            }
            return r;
        }

        @Override
        public FitnessResult trainUntil(int epochLimit) {
            return trainSteps((long) Math.min(epochLimit, genome.maxEpochs()) * STEPS_PER_EPOCH);
        }

        @Override
        public FitnessResult stopHere() {
            if (finished == null) {
                finished = result(true);
            }
            return finished;
        }

        @Override
        public void release() {
            releases.computeIfAbsent(genome.id(), k -> new AtomicInteger()).incrementAndGet();
        }

        private FitnessResult result(boolean halved) {
            double share = step / (double) totalSteps();
            double fitness = quality(genome) * Math.sqrt(share);
            double epochs = step / (double) STEPS_PER_EPOCH;
            return new FitnessResult(
                    genome.id(),
                    fitness,
                    1 - fitness,
                    epochs,
                    epochs,
                    halved ? FitnessResult.Outcome.HALVED : FitnessResult.Outcome.TRAINED_TO_BUDGET,
                    null,
                    List.of(),
                    List.of(),
                    genome.parameterCount(4, 3),
                    0);
        }
    }
}
