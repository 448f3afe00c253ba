package org.evolab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.evolab.data.prep.PreparedData;
import org.evolab.data.schema.DatasetSchema;
import org.evolab.fitness.Dl4jEvaluator;
import org.evolab.fitness.FitnessResult;
import org.evolab.fitness.NativeThreads;
import org.evolab.fitness.TrainingControl;
import org.evolab.fitness.TrainingData;
import org.evolab.fitness.TrainingSettings;
import org.evolab.fitness.baseline.StraightforwardTrainer;
import org.evolab.genome.Activation;
import org.evolab.genome.Genome;
import org.evolab.genome.LayerGene;
import org.evolab.genome.Optimizer;
import org.evolab.run.RunConfig;

/**
 * One mid-sized genome of a workload, timed per epoch both ways before a full benchmark: the
 * straightforward engine's (docs batch size, ND4J default threads) and the default engine's
 * trainer at each batch size with one ND4J thread (and at batch 32 with the default threads).
 * Sizes the workload's epochs, and shows where the time of a training goes.
 */
public final class Calibration {
    private static final int EPOCHS = 2;

    private Calibration() {}

    /**
     * @param secondsPerEpoch   training time per epoch (the default engine's includes its per-epoch validation)
     * @param releaseSeconds    time to free the network after training (the default engine only)
     */
    public record Point(String engine, String batch, int nd4jThreads, double secondsPerEpoch, double releaseSeconds) {}

    public record Result(
            String workload,
            String genome,
            long parameters,
            int trainRows,
            List<Point> points,
            double estimatedStraightforwardSeconds) {}

    public static Result run(Workload w, Consumer<String> progress) {
        RunConfig config = w.config();
        PreparedData data = PreparedData.prepare(
                w.table(),
                DatasetSchema.infer(w.table(), config.schemaOptions()),
                config.split(),
                config.seed(),
                config.preprocessing());
        int width = (w.space().neurons().min() + w.space().neurons().max()) / 2;
        int depth = (w.space().layers().min() + w.space().layers().max()) / 2;
        List<LayerGene> layers = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            layers.add(new LayerGene(width, Activation.RELU));
        }
        Genome genome = new Genome(layers, 1e-2, Optimizer.ADAM, 32, 0, 0, EPOCHS);
        List<Point> points = new ArrayList<>();

        StraightforwardTrainer straight =
                new StraightforwardTrainer(data, config.seed(), StraightforwardTrainer.DOCS_BATCH_SIZE);
        straight.evaluate(genome.withMaxEpochs(1)); // warm-up
        FitnessResult s = straight.evaluate(genome);
        double sPerEpoch = s.trainMillis() / 1000.0 / EPOCHS;
        points.add(new Point(Benchmark.STRAIGHTFORWARD, "32", NativeThreads.current(), sPerEpoch, 0));
        progress.accept(String.format(
                Locale.ROOT,
                "  straightforward, batch 32, %d threads: %.3f s/epoch",
                NativeThreads.current(),
                sPerEpoch));

        Dl4jEvaluator evaluator = new Dl4jEvaluator(
                TrainingData.of(data, null),
                TrainingSettings.defaults().withPatience(1000),
                config.seed(),
                TrainingControl.none());
        int defaultThreads = NativeThreads.current();
        points.add(engine(evaluator, genome, 32, defaultThreads, data.trainX().length, progress));
        NativeThreads.singleThreaded();
        evaluator.evaluate(genome.withMaxEpochs(1)); // warm-up at one thread
        for (int b : Workload.BATCH_SIZES) {
            points.add(engine(evaluator, genome.withBatchSize(b), b, 1, data.trainX().length, progress));
        }
        NativeThreads.defaults();

        double meanEpochs = (w.space().epochs().min() + w.space().epochs().max()) / 2.0;
        // Every individual trained, plus the final model on train+validation (85/70 of the rows).
        double estimate = sPerEpoch * meanEpochs * (w.ga().populationSize() * w.ga().generations() + 85.0 / 70);
        progress.accept(String.format(
                Locale.ROOT,
                "  straightforward estimate for %d x %d genomes of ~%.0f epochs: " + "%.0f s",
                w.ga().populationSize(),
                w.ga().generations(),
                meanEpochs,
                estimate));
        return new Result(
                w.name(),
                genome.summary(),
                genome.parameterCount(data.inputCount(), data.outputCount()),
                data.trainX().length,
                List.copyOf(points),
                estimate);
    }

    private static Point engine(
            Dl4jEvaluator evaluator, Genome g, int batch, int threads, int rows, Consumer<String> progress) {
        long t0 = System.nanoTime();
        FitnessResult r = evaluator.evaluate(g);
        double wall = (System.nanoTime() - t0) / 1e9;
        double perEpoch = r.trainMillis() / 1000.0 / Math.max(1, r.epochs());
        double release = Math.max(0, wall - r.trainMillis() / 1000.0);
        String name = Benchmark.batchName(batch, rows);
        progress.accept(String.format(
                Locale.ROOT,
                "  default trainer, batch %s, %d thread(s): %.3f s/epoch, " + "release %.3f s",
                name,
                threads,
                perEpoch,
                release));
        return new Point(Benchmark.DEFAULT, name, threads, perEpoch, release);
    }
}
