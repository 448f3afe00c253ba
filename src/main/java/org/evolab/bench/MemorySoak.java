package org.evolab.bench;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.evolab.data.csv.DataTable;
import org.evolab.evolution.GaSettings;
import org.evolab.genome.Activation;
import org.evolab.genome.DoubleRange;
import org.evolab.genome.Genome;
import org.evolab.genome.IntRange;
import org.evolab.genome.Optimizer;
import org.evolab.genome.SearchSpace;
import org.evolab.run.EvolutionRun;
import org.evolab.run.RunConfig;
import org.evolab.run.RunEvent;
import org.evolab.run.RunResult;

/**
 * The memory soak: a long run of the default engine on Iris (hundreds of trainings), sampling
 * after every generation the heap in use after {@code System.gc()} and the process's resident
 * size. A leak of INDArrays, workspaces or native buffers shows as a resident size that keeps
 * climbing while the heap stays flat (native memory is not on the heap).
 */
public final class MemorySoak {
    private MemorySoak() {}

    /** One sample, taken when a generation ended (no training in flight). */
    public record Sample(
            int generation, int trainings, double seconds, double heapMib, double rssMib, double directMib) {}

    /**
     * @param slopeHeapMibPerGeneration least-squares slope over the second half of the generations
     * @param slopeRssMibPerGeneration  the same for the resident size (NaN where /proc is missing)
     */
    public record Result(
            Machine machine,
            int generations,
            int population,
            String searchSpace,
            int trainings,
            int evaluations,
            double wallSeconds,
            double heapFirstMib,
            double heapLastMib,
            double heapMaxMib,
            double slopeHeapMibPerGeneration,
            double rssFirstMib,
            double rssLastMib,
            double rssMaxMib,
            double slopeRssMibPerGeneration,
            List<Sample> samples) {

        /** The series as CSV: generation, trainings, seconds, heap, rss, direct buffers. */
        public String csv() {
            StringBuilder sb = new StringBuilder("generation,trainings,seconds,heap_mib,rss_mib,direct_mib\n");
            for (Sample s : samples) {
                sb.append(String.format(
                        Locale.ROOT,
                        "%d,%d,%.2f,%.2f,%.2f,%.2f%n",
                        s.generation(),
                        s.trainings(),
                        s.seconds(),
                        s.heapMib(),
                        s.rssMib(),
                        s.directMib()));
            }
            return sb.toString();
        }
    }

    /** Small networks and few epochs: what matters is how many trainings come and go. */
    public static SearchSpace space() {
        return new SearchSpace(
                new IntRange(1, 3),
                new IntRange(8, 32),
                List.of(Activation.values()),
                new DoubleRange(3e-3, 5e-2),
                List.of(Optimizer.values()),
                List.of(16, 32, Genome.FULL_BATCH),
                new DoubleRange(0.0, 0.2),
                new DoubleRange(0.0, 1e-4),
                new IntRange(4, 12));
    }

    public static Result run(DataTable iris, int generations, int population, long seed, Consumer<String> progress) {
        GaSettings ga = GaSettings.defaults()
                .withPopulationSize(population)
                .withGenerations(generations)
                .withEliteCount(Math.min(2, population - 1));
        // A higher mutation rate keeps breeding new genomes, so most individuals are trained, not cache hits.
        ga = ga.withMutationRate(0.3);
        RunConfig config = RunConfig.defaults()
                .withData("(in memory) " + iris.name())
                .withTarget("species")
                .withSearchSpace(space())
                .withGa(ga)
                .withSeed(seed)
                .withWorkers(0);
        List<Sample> samples = new ArrayList<>();
        AtomicInteger trainings = new AtomicInteger();
        long t0 = System.nanoTime();
        EvolutionRun run = new EvolutionRun(config, iris).addListener(e -> {
            if (e instanceof RunEvent.RunStarted) {
                samples.add(sample(-1, 0, t0));
            } else if (e instanceof RunEvent.EvaluationFinished f) {
                trainings.set(f.trainings());
            } else if (e instanceof RunEvent.GenerationFinished g) {
                Sample s = sample(g.stats().generation(), trainings.get(), t0);
                samples.add(s);
                if ((g.stats().generation() + 1) % 10 == 0 || g.stats().generation() < 3) {
                    progress.accept(String.format(
                            Locale.ROOT,
                            "  generation %3d: %4d trainings, heap %.1f MiB, RSS %.1f MiB, %.0f s",
                            s.generation() + 1,
                            s.trainings(),
                            s.heapMib(),
                            s.rssMib(),
                            s.seconds()));
                }
            }
        });
        RunResult result = run.run();
        double wall = (System.nanoTime() - t0) / 1e9;
        List<Sample> generationsOnly =
                samples.stream().filter(s -> s.generation() >= 0).toList();
        List<Sample> secondHalf = generationsOnly.subList(generationsOnly.size() / 2, generationsOnly.size());
        Sample first = generationsOnly.get(0);
        Sample last = generationsOnly.get(generationsOnly.size() - 1);
        return new Result(
                Machine.current(),
                generations,
                population,
                summary(config.searchSpace()),
                result.trainings(),
                result.evaluations(),
                wall,
                first.heapMib(),
                last.heapMib(),
                generationsOnly.stream().mapToDouble(Sample::heapMib).max().orElse(Double.NaN),
                slope(secondHalf, true),
                first.rssMib(),
                last.rssMib(),
                generationsOnly.stream().mapToDouble(Sample::rssMib).max().orElse(Double.NaN),
                slope(secondHalf, false),
                List.copyOf(samples));
    }

    private static Sample sample(int generation, int trainings, long t0) {
        System.gc();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        double heap = (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
        double direct = 0;
        for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
            direct += pool.getMemoryUsed() / (1024.0 * 1024.0);
        }
        return new Sample(generation, trainings, (System.nanoTime() - t0) / 1e9, heap, Machine.residentMib(), direct);
    }

    /** Least-squares slope of heap (or RSS) against generation. */
    public static double slope(List<Sample> samples, boolean heap) {
        int n = samples.size();
        if (n < 2) {
            return Double.NaN;
        }
        double mx = 0;
        double my = 0;
        for (Sample s : samples) {
            mx += s.generation();
            my += heap ? s.heapMib() : s.rssMib();
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (Sample s : samples) {
            double dx = s.generation() - mx;
            sxy += dx * ((heap ? s.heapMib() : s.rssMib()) - my);
            sxx += dx * dx;
        }
        return sxy / sxx;
    }

    private static String summary(SearchSpace s) {
        return String.format(
                Locale.ROOT, "layers %s, neurons %s, epochs %s, batch 16/32/full", s.layers(), s.neurons(), s.epochs());
    }
}
