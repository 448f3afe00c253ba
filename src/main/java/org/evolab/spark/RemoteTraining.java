package org.evolab.spark;

import java.util.ArrayList;
import java.util.List;
import org.evolab.fitness.FitnessResult;
import org.evolab.fitness.StepwiseTraining;
import org.evolab.fitness.Trainer;
import org.evolab.fitness.TrainingData;
import org.evolab.genome.Genome;

/**
 * The driver's handle on one genome's training that runs as Spark tasks: {@link
 * org.evolab.fitness.SuccessiveHalving} ranks and continues it as it would a local one. Each
 * continuation is a task that replays the step targets so far ({@link TrainingTask}); stopping it
 * needs no task, since the last task already sent what a stop here would give.
 */
final class RemoteTraining implements StepwiseTraining {
    /** Runs one training's step targets as a Spark task and waits for its outcome. */
    @FunctionalInterface
    interface Tasks {
        TaskOutcome run(Genome genome, List<Long> stepTargets);
    }

    private final Genome genome;
    private final int stepsPerEpoch;
    private final Tasks tasks;
    private final Trainer.Options sinks;
    private final List<Long> stepTargets = new ArrayList<>();
    private FitnessResult last;
    private TaskOutcome pending;
    private long stepsDone;
    private boolean finished;

    RemoteTraining(Genome genome, TrainingData data, Tasks tasks, Trainer.Options sinks) {
        this.genome = genome;
        this.stepsPerEpoch = TrainingData.batchCount(data.trainRows(), genome.batchSize());
        this.tasks = tasks;
        this.sinks = sinks;
    }

    @Override
    public Genome genome() {
        return genome;
    }

    @Override
    public boolean isFinished() {
        return finished;
    }

    @Override
    public long totalSteps() {
        return (long) stepsPerEpoch * genome.maxEpochs();
    }

    @Override
    public long stepsDone() {
        return stepsDone;
    }

    @Override
    public FitnessResult trainSteps(long steps) {
        if (finished) {
            return last;
        }
        stepTargets.add(steps);
        TaskOutcome outcome = tasks.run(genome, stepTargets);
        last = outcome.result();
        stepsDone = outcome.stepsDone();
        pending = outcome;
        if (outcome.finished()) {
            end();
        }
        return last;
    }

    @Override
    public FitnessResult trainUntil(int epochLimit) {
        return trainSteps((long) Math.min(epochLimit, genome.maxEpochs()) * stepsPerEpoch);
    }

    @Override
    public FitnessResult stopHere() {
        if (!finished) {
            if (last == null) {
                trainSteps(0);
            }
            // The last result is the one a local training stopped here gives: still open, so
            // marked halved and stopped before its budget.
            end();
        }
        return last;
    }

    /** Ends the training and hands its network to the run's sinks, as a local training does when it ends. */
    private void end() {
        finished = true;
        TaskOutcome outcome = pending;
        pending = null;
        if (outcome == null || outcome.failure() != null) {
            return;
        }
        if (sinks.networks() != null && outcome.bestParameters() != null) {
            sinks.networks().accept(genome, last, outcome.bestParameters());
        }
        if (sinks.weights() != null && outcome.weights() != null) {
            sinks.weights().accept(genome.id(), outcome.weightList());
        }
    }

    @Override
    public void release() {
        pending = null;
    }
}
