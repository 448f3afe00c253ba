package org.evolab.bench;

import java.util.Map;

/**
 * What one engine did on one workload. Times in seconds, FLOPs as 6 x parameters x rows x epochs
 * summed over every training (search and final model).
 *
 * @param engine              "default" or "straightforward"
 * @param wallSeconds         the whole run: data preparation, search, final training and test
 * @param evaluations         individuals scored (cache hits included)
 * @param trainings           networks trained during the search
 * @param cacheHits           individuals whose genome was scored before and not trained again
 * @param evaluationsPerMinute evaluations / wall minutes
 * @param bestValidation      best validation accuracy of the search
 * @param testScore           test accuracy of the final model (best genome retrained on train+validation)
 * @param bestGenome          the best genome, summarised
 * @param trainingGflop       training work in GFLOP
 * @param trainingSeconds     wall time of training: the straightforward engine's time in
 *                            {@code fit}; the default engine's time from data prepared to run finished
 *                            (its workers interleave training and per-epoch validation)
 * @param gflops              trainingGflop / trainingSeconds
 * @param peakFraction        gflops / the matrix-multiply peak
 * @param epochsTrained       epochs trained during the search, all trainings together
 * @param epochsBudget        the max epochs of those trainings together (what training every
 *                            one to its end would take)
 * @param stoppedEarly        trainings ended by early stopping
 * @param halved              trainings ended by successive halving
 * @param busySeconds         sum of the trainings' own times (across workers)
 * @param finalSeconds        the final training and test
 * @param workers             training threads
 * @param nd4jThreads         ND4J threads per op during training
 * @param trainingsByBatch    trainings per mini-batch size used ("full" for full batch)
 * @param cpuSeconds          CPU time the whole process used during the engine's run (all threads;
 *                            wall x cores at most): how much of the machine the engine got and used
 * @param loadAverage         the machine's 1-minute load average when the engine finished (other
 *                            processes included: the machine is shared)
 */
public record EngineResult(
        String engine,
        double wallSeconds,
        int evaluations,
        int trainings,
        int cacheHits,
        double evaluationsPerMinute,
        double bestValidation,
        double testScore,
        String bestGenome,
        double trainingGflop,
        double trainingSeconds,
        double gflops,
        double peakFraction,
        long epochsTrained,
        long epochsBudget,
        int stoppedEarly,
        int halved,
        double busySeconds,
        double finalSeconds,
        int workers,
        int nd4jThreads,
        Map<String, Integer> trainingsByBatch,
        double cpuSeconds,
        double loadAverage) {

    EngineResult withPeak(double peakGflops) {
        return with(peakGflops > 0 ? gflops / peakGflops : Double.NaN, cpuSeconds, loadAverage);
    }

    EngineResult withEnvironment(double cpu, double load) {
        return with(peakFraction, cpu, load);
    }

    /** This result with the three numbers measured after the run: the share of the peak, the CPU time, the load. */
    private EngineResult with(double peakShare, double cpu, double load) {
        return new EngineResult(
                engine,
                wallSeconds,
                evaluations,
                trainings,
                cacheHits,
                evaluationsPerMinute,
                bestValidation,
                testScore,
                bestGenome,
                trainingGflop,
                trainingSeconds,
                gflops,
                peakShare,
                epochsTrained,
                epochsBudget,
                stoppedEarly,
                halved,
                busySeconds,
                finalSeconds,
                workers,
                nd4jThreads,
                trainingsByBatch,
                cpu,
                load);
    }
}
