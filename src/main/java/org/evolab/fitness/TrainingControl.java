package org.evolab.fitness;

/**
 * Lets a run steer trainings in flight. {@link #checkpoint()} is called between epochs: it blocks
 * while the run is paused and throws {@link java.util.concurrent.CancellationException} once the
 * run is cancelled, so a cancel takes effect within one epoch.
 */
@FunctionalInterface
public interface TrainingControl {
    void checkpoint();

    static TrainingControl none() {
        return () -> {};
    }
}
