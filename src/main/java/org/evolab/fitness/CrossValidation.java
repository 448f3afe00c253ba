package org.evolab.fitness;

import java.util.ArrayList;
import java.util.List;
import org.evolab.genome.Genome;

/**
 * K-fold fitness: a genome is trained once per fold of the pooled training and validation rows
 * ({@link TrainingData#folds}) and scored by the mean of its folds' validation scores. On a small
 * file one validation split of a few dozen rows is noise (Iris: 18 rows, one row is 5.6 points);
 * every labelled row outside the test split validates here once. Each fold keeps its own early
 * stopping; successive halving continues a genome's folds together, each to the same share of its
 * own budget.
 */
final class CrossValidation {
    private final List<Dl4jEvaluator> folds;

    /** {@code folds} evaluators, one per fold, in fold order. */
    CrossValidation(List<Dl4jEvaluator> folds) {
        this.folds = List.copyOf(folds);
    }

    int foldCount() {
        return folds.size();
    }

    StepwiseTraining start(Genome genome) {
        return start(genome, null);
    }

    /** Fold i of {@code genome} starting from fold i of {@code parent} (null: fresh). */
    StepwiseTraining start(Genome genome, Genome parent) {
        List<Dl4jTraining> trainings = new ArrayList<>(folds.size());
        for (Dl4jEvaluator fold : folds) {
            trainings.add(fold.start(genome, parent));
        }
        return new FoldedTraining(genome, trainings);
    }

    /** The folds' trainings of one genome, trained and released together, on one worker. */
    static final class FoldedTraining implements StepwiseTraining {
        private final Genome genome;
        private final List<? extends StepwiseTraining> folds;
        private FitnessResult finished;

        FoldedTraining(Genome genome, List<? extends StepwiseTraining> folds) {
            this.genome = genome;
            this.folds = List.copyOf(folds);
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
            return folds.stream().mapToLong(StepwiseTraining::totalSteps).sum();
        }

        @Override
        public long stepsDone() {
            return folds.stream().mapToLong(StepwiseTraining::stepsDone).sum();
        }

        /** Each fold's own rung (the floor of rung lengths holds per fold, not for the folds together). */
        @Override
        public long rungSteps(int rung) {
            return folds.stream().mapToLong(f -> f.rungSteps(rung)).sum();
        }

        /** Each fold to the same share of its own budget as {@code steps} is of the whole. */
        @Override
        public FitnessResult trainSteps(long steps) {
            if (finished != null) {
                return finished;
            }
            double share = Math.min(1, steps / (double) Math.max(1, totalSteps()));
            List<FitnessResult> results = new ArrayList<>(folds.size());
            for (StepwiseTraining fold : folds) {
                FitnessResult r = fold.trainSteps((long) Math.ceil(share * fold.totalSteps()));
                results.add(r);
                if (r.failed()) {
                    break; // a fold that fails fails the genome: no need to train the others
                }
            }
            return settle(results);
        }

        @Override
        public FitnessResult trainUntil(int epochLimit) {
            return trainSteps(
                    epochLimit >= genome.maxEpochs()
                            ? totalSteps()
                            : (long) Math.ceil(totalSteps() * epochLimit / (double) genome.maxEpochs()));
        }

        @Override
        public FitnessResult stopHere() {
            if (finished == null) {
                List<FitnessResult> results = new ArrayList<>(folds.size());
                for (StepwiseTraining fold : folds) {
                    results.add(fold.stopHere());
                }
                finished = mean(genome.id(), results);
            }
            return finished;
        }

        private FitnessResult settle(List<FitnessResult> results) {
            FitnessResult r = mean(genome.id(), results);
            if (r.failed() || folds.stream().allMatch(StepwiseTraining::isFinished)) {
                finished = r;
            }
            return r;
        }

        @Override
        public void release() {
            folds.forEach(StepwiseTraining::release);
        }
    }

    /**
     * The folds' results as one: mean score, loss, epochs and curves (each point the mean of the
     * folds that reached it); the first failure fails the whole. Halved when any fold was
     * stopped by halving, stopped early when every fold stopped early.
     */
    static FitnessResult mean(String genomeId, List<FitnessResult> folds) {
        long millis = folds.stream().mapToLong(FitnessResult::trainMillis).sum();
        long params = folds.get(0).parameters();
        double epochs =
                folds.stream().mapToDouble(FitnessResult::epochs).average().orElse(0);
        for (FitnessResult f : folds) {
            if (f.failed()) {
                return FitnessResult.failed(
                        genomeId, f.failure(), epochs, params, millis, f.validationCurve(), f.lossCurve());
            }
        }
        // Halved if any fold was still at a rung; stopped early only if every fold was.
        FitnessResult.Outcome outcome = folds.stream().anyMatch(FitnessResult::halved)
                ? FitnessResult.Outcome.HALVED
                : folds.stream().allMatch(FitnessResult::endedEarly)
                        ? FitnessResult.Outcome.STOPPED_EARLY
                        : FitnessResult.Outcome.TRAINED_TO_BUDGET;
        return new FitnessResult(
                genomeId,
                folds.stream().mapToDouble(FitnessResult::fitness).average().orElse(Double.NEGATIVE_INFINITY),
                folds.stream()
                        .mapToDouble(FitnessResult::validationLoss)
                        .average()
                        .orElse(Double.POSITIVE_INFINITY),
                epochs,
                folds.stream().mapToDouble(FitnessResult::bestEpoch).average().orElse(0),
                outcome,
                null,
                meanCurve(folds.stream().map(FitnessResult::validationCurve).toList()),
                meanCurve(folds.stream().map(FitnessResult::lossCurve).toList()),
                params,
                millis);
    }

    private static List<Double> meanCurve(List<List<Double>> curves) {
        int length = curves.stream().mapToInt(List::size).max().orElse(0);
        List<Double> mean = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            double sum = 0;
            int n = 0;
            for (List<Double> c : curves) {
                if (i < c.size()) {
                    sum += c.get(i);
                    n++;
                }
            }
            mean.add(sum / n);
        }
        return mean;
    }
}
