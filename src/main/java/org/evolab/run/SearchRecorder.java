package org.evolab.run;

import java.util.List;
import org.evolab.evolution.Individual;
import org.evolab.fitness.FitnessCache;
import org.evolab.fitness.FitnessResult;
import org.evolab.fitness.ParentWeights;

/**
 * Bookkeeping that follows the generation loop and outlives the process (the run folder: see
 * {@link RunFolderRecorder}). The loop calls it on the run's thread, in this order.
 */
interface SearchRecorder extends AutoCloseable {
    /** Records nothing (a run without a folder). */
    SearchRecorder NONE = new SearchRecorder() {};

    /** Before the first generation: scores saved earlier that the search may reuse. */
    default void preload(FitnessCache cache) {}

    /**
     * After a generation: the results it trained and what comes next ({@code next} is empty and
     * {@code stopReason} set when the search is over).
     */
    default void generationDone(
            int generation,
            List<FitnessResult> trained,
            List<Individual> next,
            String stopReason,
            RunStatistics statistics) {}

    /** After a generation, before {@link #generationDone}: the parents weight inheritance keeps. */
    default void parentsKept(int generation, ParentWeights parents) {}

    default void finished(RunResult result) {}

    @Override
    default void close() {}
}
