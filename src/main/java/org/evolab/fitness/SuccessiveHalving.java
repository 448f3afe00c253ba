package org.evolab.fitness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import org.evolab.genome.Genome;

/**
 * Trains a generation's trainings on a worker pool, by successive halving when asked: every
 * genome trains to the first rung (a ninth of its budget, counted in mini-batch steps); the open
 * trainings are ranked and the best third trains on to the next rung (a third), is ranked again,
 * and the best third of those trains to its own end. The others keep their score so far, marked
 * {@code halved}. Each decision uses all the results of its rung, so it does not depend on the
 * order workers finish in; the longest trainings are handed out first (steps left times the cost
 * of a step, see {@link StepCost}) so that workers do not wait for one long straggler at each rung. Every training is released once it is done with.
 */
public final class SuccessiveHalving {
    /** Below this many new genomes in a generation, halving saves too little to be worth its noise. */
    public static final int MIN_TO_HALVE = 4;

    private final WorkerPool pool;
    private final boolean halving;
    private final ToDoubleFunction<Genome> secondsPerStep;

    /** Every step counted alike when ordering the trainings. */
    public SuccessiveHalving(WorkerPool pool, boolean halving) {
        this(pool, halving, g -> 1);
    }

    /** {@code secondsPerStep}: what one step of a genome's training costs, to hand out the longest first. */
    public SuccessiveHalving(WorkerPool pool, boolean halving, ToDoubleFunction<Genome> secondsPerStep) {
        this.pool = pool;
        this.halving = halving;
        this.secondsPerStep = secondsPerStep;
    }

    /** Trains {@code trainings}; {@code finished} receives each final result as it comes (on any thread). */
    public void train(List<? extends StepwiseTraining> trainings, Consumer<FitnessResult> finished)
            throws InterruptedException {
        List<StepwiseTraining> all = List.copyOf(trainings);
        if (halving && all.size() >= MIN_TO_HALVE) {
            trainInRungs(all, finished);
        } else {
            trainToTheEnd(all, finished);
        }
    }

    private void trainInRungs(List<StepwiseTraining> trainings, Consumer<FitnessResult> finished)
            throws InterruptedException {
        try {
            List<StepwiseTraining> open = trainings;
            for (int rung = 0; rung < TrainingSettings.rungCount() && !open.isEmpty(); rung++) {
                int r = rung;
                List<StepwiseTraining> order = longestFirst(open, t -> t.rungSteps(r));
                List<FitnessResult> results = pool.map(
                        order,
                        t -> {
                            FitnessResult result = t.trainSteps(t.rungSteps(r));
                            if (t.isFinished()) {
                                t.release();
                                finished.accept(result);
                            }
                            return result;
                        },
                        x -> {});
                Map<StepwiseTraining, FitnessResult> byTraining = new IdentityHashMap<>();
                for (int i = 0; i < order.size(); i++) {
                    byTraining.put(order.get(i), results.get(i));
                }
                // A stable sort from a fixed order (the genomes', then the last rung's ranking): ties
                // break the same way every time.
                List<StepwiseTraining> ranked = new ArrayList<>(
                        open.stream().filter(t -> !t.isFinished()).toList());
                ranked.sort(Comparator.comparing(byTraining::get, FitnessResult.BEST_FIRST));
                int keep = (ranked.size() + TrainingSettings.KEEP_ONE_IN - 1) / TrainingSettings.KEEP_ONE_IN;
                for (StepwiseTraining t : ranked.subList(keep, ranked.size())) {
                    FitnessResult result = t.stopHere();
                    t.release();
                    finished.accept(result);
                }
                open = ranked.subList(0, keep);
            }
            trainToTheEnd(open, finished);
        } finally {
            trainings.forEach(StepwiseTraining::release);
        }
    }

    /** Trains every one of {@code trainings} to its own end, longest first, and frees it. */
    private void trainToTheEnd(List<StepwiseTraining> trainings, Consumer<FitnessResult> finished)
            throws InterruptedException {
        pool.map(
                longestFirst(trainings, StepwiseTraining::totalSteps),
                t -> {
                    try {
                        return t.trainUntil(t.genome().maxEpochs());
                    } finally {
                        t.release();
                    }
                },
                finished);
    }

    /** {@code trainings} by the work left to reach their {@code target} steps, most first (ties in the given order). */
    private List<StepwiseTraining> longestFirst(
            List<StepwiseTraining> trainings, ToLongFunction<StepwiseTraining> target) {
        List<StepwiseTraining> sorted = new ArrayList<>(trainings);
        sorted.sort(Comparator.comparingDouble((StepwiseTraining t) -> workLeft(t, target.applyAsLong(t)))
                .reversed());
        return sorted;
    }

    private double workLeft(StepwiseTraining t, long targetSteps) {
        long steps = Math.max(0, Math.min(targetSteps, t.totalSteps()) - t.stepsDone());
        return steps * secondsPerStep.applyAsDouble(t.genome());
    }
}
