package org.evolab.run;

import java.util.concurrent.CancellationException;
import org.evolab.fitness.TrainingControl;

/**
 * Pause, resume, cancel and "stop early" for a run, safe to call from any thread (the GUI's
 * buttons, a CLI's Ctrl-C). Trainings look at it between epochs, the run between generations.
 */
public final class RunControl implements TrainingControl {
    private final Object lock = new Object();
    private boolean paused;
    private volatile boolean cancelled;
    private volatile boolean stopRequested;

    public void pause() {
        synchronized (lock) {
            paused = true;
        }
    }

    public void resume() {
        synchronized (lock) {
            paused = false;
            lock.notifyAll();
        }
    }

    public boolean isPaused() {
        synchronized (lock) {
            return paused;
        }
    }

    /** Ends the run as soon as possible; what was scored so far is kept, no final model is trained. */
    public void cancel() {
        cancelled = true;
        resume();
    }

    /** Whether {@link #cancel()} was called (a retrain for export tells a cancel from a failure by it). */
    public boolean isCancelled() {
        return cancelled;
    }

    /** Ends the search after the current generation, then trains and tests the best network found. */
    public void stopAfterGeneration() {
        stopRequested = true;
    }

    public boolean isStopRequested() {
        return stopRequested;
    }

    @Override
    public void checkpoint() {
        synchronized (lock) {
            while (paused && !cancelled) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("interrupted");
                }
            }
        }
        if (cancelled) {
            throw new CancellationException("run cancelled");
        }
    }
}
