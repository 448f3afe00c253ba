package org.evolab.run;

/**
 * Receives a run's events, on the run's thread or a worker thread: a listener that draws must hand
 * them over to its own thread, and must be quick.
 */
@FunctionalInterface
public interface RunListener {
    void onEvent(RunEvent event);
}
