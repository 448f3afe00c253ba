package org.evolab.fitness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.evolab.genome.Activation;
import org.evolab.genome.Genome;
import org.evolab.genome.LayerGene;
import org.evolab.genome.Optimizer;
import org.junit.jupiter.api.Test;

/** Halving hands out the trainings with the most work left first: steps left times the cost of a step. */
class SuccessiveHalvingOrderTest {
    /** Runs tasks one after the other, in the order given: that order is what halving chose. */
    private static final WorkerPool IN_ORDER = SequentialPool.INSTANCE;

    private static Genome genome(int width, int epochs) {
        return new Genome(List.of(new LayerGene(width, Activation.RELU)), 0.01, Optimizer.ADAM, 16, 0, 0, epochs);
    }

    @Test
    void theCostliestTrainingStartsFirstNotTheOneWithTheMostSteps() throws Exception {
        List<String> started = new ArrayList<>();
        Genome manySmall = genome(4, 50); // 50 steps of a narrow network
        Genome fewWide = genome(400, 10); // 10 steps of a wide one
        Genome middle = genome(40, 20);
        List<Stub> trainings =
                List.of(new Stub(manySmall, started), new Stub(fewWide, started), new Stub(middle, started));

        new SuccessiveHalving(IN_ORDER, false).train(trainings, r -> {});
        assertThat(started)
                .as("every step alike: the most steps first")
                .containsExactly(manySmall.id(), middle.id(), fewWide.id());

        started.clear();
        // A step costs its width: 4 x 50 = 200 < 40 x 20 = 800 < 400 x 10 = 4000.
        new SuccessiveHalving(IN_ORDER, false, g -> g.layers().get(0).width())
                .train(
                        List.of(new Stub(manySmall, started), new Stub(fewWide, started), new Stub(middle, started)),
                        r -> {});
        assertThat(started).containsExactly(fewWide.id(), middle.id(), manySmall.id());
    }

    /** A training of one step per epoch that records when it starts. */
    private static final class Stub implements StepwiseTraining {
        private final Genome genome;
        private final List<String> started;
        private long step;

        Stub(Genome genome, List<String> started) {
            this.genome = genome;
            this.started = started;
        }

        @Override
        public Genome genome() {
            return genome;
        }

        @Override
        public boolean isFinished() {
            return step >= totalSteps();
        }

        @Override
        public long totalSteps() {
            return genome.maxEpochs();
        }

        @Override
        public long stepsDone() {
            return step;
        }

        @Override
        public FitnessResult trainSteps(long steps) {
            started.add(genome.id());
            step = Math.min(steps, totalSteps());
            return new FitnessResult(
                    genome.id(),
                    0.5,
                    1,
                    step,
                    step,
                    isFinished() ? FitnessResult.Outcome.TRAINED_TO_BUDGET : FitnessResult.Outcome.HALVED,
                    null,
                    List.of(),
                    List.of(),
                    0,
                    0);
        }

        @Override
        public FitnessResult trainUntil(int epochLimit) {
            return trainSteps(epochLimit);
        }

        @Override
        public FitnessResult stopHere() {
            return trainSteps(step);
        }

        @Override
        public void release() {}
    }
}
