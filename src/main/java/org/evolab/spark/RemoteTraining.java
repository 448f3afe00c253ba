package org.evolab.spark;

import java.util.ArrayList;
import java.util.List;
import org.evolab.fitness.FitnessResult;
import org.evolab.fitness.StepwiseTraining;
import org.evolab.fitness.Trainer;
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

    private final StepwiseTraining shape;
    private final Tasks tasks;
    private final Trainer.Options sinks;
    private final List<Long> stepTargets = new ArrayList<>();
    private FitnessResult last;
    private TaskOutcome pending;
    private long stepsDone;
    private boolean finished;

    /**
     * {@code shape}: the same training made here but never trained (making one builds no
     * network), which says what the remote one's budget and rungs are.
     */
    RemoteTraining(StepwiseTraining shape, Tasks tasks, Trainer.Options sinks) {
        this.shape = shape;
        this.tasks = tasks;
        this.sinks = sinks;
    }

    /** A target of {@link #trainSteps} as it is, of {@link #trainUntil} as {@code -1 - epochs}. */
    static FitnessResult replay(StepwiseTraining training, long target) {
        return target >= 0 ? training.trainSteps(target) : training.trainUntil((int) (-1 - target));
    }

    @Override
    public Genome genome() {
        return shape.genome();
    }

    @Override
    public boolean isFinished() {
        return finished;
    }

    @Override
    public long totalSteps() {
        return shape.totalSteps();
    }

    @Override
    public long rungSteps(int rung) {
        return shape.rungSteps(rung);
    }

    @Override
    public long stepsDone() {
        return stepsDone;
    }

    @Override
    public FitnessResult trainSteps(long steps) {
        return train(steps);
    }

    private FitnessResult train(long target) {
        if (finished) {
            return last;
        }
        stepTargets.add(target);
        TaskOutcome outcome = tasks.run(shape.genome(), stepTargets);
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
        return train(-1L - Math.max(0, epochLimit));
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
            sinks.networks().accept(shape.genome(), last, outcome.bestParameters());
        }
        if (sinks.weights() != null && outcome.weights() != null) {
            sinks.weights().accept(shape.genome().id(), outcome.weightList());
        }
    }

    @Override
    public void release() {
        pending = null;
        shape.release();
    }
}
