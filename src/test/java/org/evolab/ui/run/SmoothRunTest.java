package org.evolab.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javafx.stage.Stage;
import org.evolab.run.RunResult;
import org.evolab.run.RunStatus;
import org.evolab.ui.EvolabApp;
import org.evolab.ui.FxWait;
import org.evolab.ui.MainController;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window stays responsive during a run: the Iris sample, population 10, 3 generations, the
 * live charts and diagram on screen, and an {@link FxStallProbe} measuring how late the FX thread
 * runs what is posted to it. The bound asserted is generous (shared CI machines are noisy); the
 * figures measured on a quiet machine are in docs/BENCHMARKS.md.
 */
@ExtendWith(ApplicationExtension.class)
class SmoothRunTest {
    /**
     * Far above the 50 ms target: this catches a UI that blocks, not a noisy neighbour. Before the
     * fixes of docs/BENCHMARKS.md ("Window smoothness") the worst wait was 0.65-1.9 s and the median
     * 19-117 ms on a 2-core machine; after them, 0.33-1.0 s and 0.1 ms: the median tells them apart.
     */
    static final double WORST_BOUND_MILLIS = 2500;
    /** The typical wait: near zero when the FX thread gets a core whenever it asks for one. */
    static final double MEDIAN_BOUND_MILLIS = 5;

    MainController main;

    @Start
    void start(Stage stage) {
        main = EvolabApp.show(stage);
        stage.requestFocus();
    }

    /** Every native thread of this JVM (compiler and GC threads too) with its CPU seconds and nice value. */
    static String threadCpu() {
        java.util.Map<String, double[]> byName = new java.util.TreeMap<>();
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            for (java.nio.file.Path t : (Iterable<java.nio.file.Path>) tasks::iterator) {
                try {
                    String stat = java.nio.file.Files.readString(t.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
                            .replaceAll("[0-9]+$", "#");
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    double cpu = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
                    double[] sum = byName.computeIfAbsent(name + " nice " + f[16], k -> new double[1]);
                    sum[0] += cpu;
                } catch (java.io.IOException | RuntimeException gone) {
                    // the thread ended meanwhile
                }
            }
        } catch (java.io.IOException e) {
            return "n/a";
        }
        return byName.entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]))
                .limit(14)
                .map(e -> String.format(java.util.Locale.ROOT, "%.1f %s", e.getValue()[0], e.getKey()))
                .collect(java.util.stream.Collectors.joining("\n  "));
    }

    @Test
    void theFxThreadNeverWaitsLongDuringARun() throws InterruptedException {
        FxWait.until(Duration.ofSeconds(30), "Iris to load", () -> main.model()
                .dataReady()
                .get());
        FxWait.onFx(() -> {
            main.model().update(c -> c.withGa(c.ga().withPopulationSize(10).withGenerations(3)));
            return null;
        });
        try (FxStallProbe probe = new FxStallProbe()) {
            // from the click on: switching to the run screen is part of what the user waits for
            probe.start();
            Thread.sleep(200);
            long clickMillis = FxWait.onFx(() -> {
                long t = System.nanoTime();
                main.startRun();
                return (System.nanoTime() - t) / 1_000_000;
            });
            System.out.println("[fx-stall] startRun on the FX thread: " + clickMillis + " ms");
            FxWait.until(
                    Duration.ofSeconds(180),
                    "the run to finish",
                    () -> main.run().lastResult() != null && !main.run().isRunning());
            probe.close();
            RunResult result = FxWait.onFx(() -> main.run().lastResult());
            assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
            System.out.printf(
                    "[fx-stall] Iris, population 10 x 3 generations, %.1f s: %s%n",
                    result.wallSeconds(), probe.summary());
            System.out.println("[fx-stall] long waits: " + probe.longWaits());
            System.out.println("[fx-stall] FX thread busy in:\n  " + probe.hotSpots(12));
            System.out.println("[fx-stall] FX thread during stalls:\n  " + probe.stallStacks(15));
            long gcMillis = java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime)
                    .sum();
            System.out.println("[fx-stall] GC time since start " + gcMillis + " ms");
            if (Boolean.getBoolean("evolab.stallProbe.sample")) {
                System.out.println("[fx-stall] CPU by thread (s, nice):\n  " + threadCpu());
            }
            assertThat(probe.sortedMillis().length).as("probe samples").isGreaterThan(20);
            assertThat(probe.worstMillis())
                    .as("worst FX wait (ms); " + probe.summary())
                    .isLessThan(WORST_BOUND_MILLIS);
            assertThat(probe.percentileMillis(50))
                    .as("median FX wait (ms); " + probe.summary())
                    .isLessThan(MEDIAN_BOUND_MILLIS);
        }
    }
}
