package org.evolab.run;

import java.util.List;
import org.evolab.evolution.Individual;
import org.evolab.fitness.FitnessCache;
import org.evolab.fitness.FitnessResult;
import org.evolab.fitness.ParentWeights;
import org.evolab.util.InvalidInputException;

/**
 * Keeps a run's records in its {@link RunFolder}: the config, every generation's trainings in the
 * fitness cache, a checkpoint after every generation and the metrics of a completed run, so that
 * the run can be resumed and a repeated run does not retrain genomes it already scored.
 */
final class RunFolderRecorder implements SearchRecorder {
    private final RunFolder folder;
    private final String contextHash;
    private final Checkpoint resumedFrom;

    private RunFolderRecorder(RunFolder folder, String contextHash, Checkpoint resumedFrom) {
        this.folder = folder;
        this.contextHash = contextHash;
        this.resumedFrom = resumedFrom;
    }

    /**
     * Starts recording {@code config}'s run in {@code folder}, continuing {@code resumedFrom}
     * (null for a fresh run); refuses a checkpoint written for other data or training settings.
     */
    static RunFolderRecorder open(RunFolder folder, RunConfig config, Checkpoint resumedFrom) {
        String hash = RunFolder.contextHash(config);
        if (resumedFrom != null && !hash.equals(resumedFrom.contextHash())) {
            throw new InvalidInputException(folder.dir() + ": the data or training settings changed since the "
                    + "checkpoint was written; start a new run instead");
        }
        folder.writeConfig(config);
        return new RunFolderRecorder(folder, hash, resumedFrom);
    }

    @Override
    public void preload(FitnessCache cache) {
        // A fresh run may reuse every score saved in this folder; a resumed one only those of the
        // generations its checkpoint covers, to take the decisions an uninterrupted run took.
        int before = resumedFrom != null ? resumedFrom.nextGeneration() : Integer.MAX_VALUE;
        folder.readCache(contextHash, before).values().forEach(cache::put);
    }

    @Override
    public void generationDone(
            int generation,
            List<FitnessResult> trained,
            List<Individual> next,
            String stopReason,
            RunStatistics statistics) {
        // Saved per whole generation, not per training: halving ranks a generation's new genomes
        // against each other, so a resumed run must retrain an interrupted generation as a whole
        // to take the same decisions as an uninterrupted one.
        trained.forEach(r -> folder.appendCache(contextHash, generation, r));
        folder.writeCheckpoint(statistics.checkpoint(contextHash, generation + 1, next, stopReason));
        folder.dropParentsBefore(generation);
    }

    @Override
    public void parentsKept(int generation, ParentWeights parents) {
        folder.writeParents(generation, parents);
    }

    @Override
    public void finished(RunResult result) {
        if (result.completed() && result.model() != null) {
            folder.writeMetrics(result);
        }
    }

    @Override
    public void close() {
        folder.close();
    }
}
