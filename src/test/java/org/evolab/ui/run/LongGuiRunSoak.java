package org.evolab.ui.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.stage.Stage;
import org.evolab.bench.Machine;
import org.evolab.bench.MemorySoak;
import org.evolab.run.RunStatus;
import org.evolab.ui.EvolabApp;
import org.evolab.ui.FxWait;
import org.evolab.ui.MainController;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window's memory soak (opt-in, minutes: {@code -Devolab.guiSoak=true}): 100 generations on
 * Iris in the lab with its charts, diagram and log, sampling heap after a full collection and the
 * resident size every few seconds, and the FX thread's waits all along. Numbers go to
 * docs/BENCHMARKS.md; the assertions only catch a leak gross enough to be a bug.
 */
@ExtendWith(ApplicationExtension.class)
class LongGuiRunSoak {
    static final int GENERATIONS = Integer.getInteger("evolab.guiSoak.generations", 100);

    MainController main;

    @Start
    void start(Stage stage) {
        main = EvolabApp.show(stage);
        stage.requestFocus();
    }

    /**
     * The heap still in use after a full collection, as the collector itself reports it (the
     * trainings go on meanwhile, so total minus free right after System.gc() would count what
     * they allocated since).
     */
    static double liveHeapMib() {
        System.gc();
        return java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p ->
                                p.getType() == java.lang.management.MemoryType.HEAP && p.getCollectionUsage() != null)
                        .mapToLong(p -> p.getCollectionUsage().getUsed())
                        .sum()
                / (1024.0 * 1024.0);
    }

    @Test
    void aHundredGenerationsInTheWindowKeepHeapAndResidentSizeFlat() throws Exception {
        assumeTrue(Boolean.getBoolean("evolab.guiSoak"), "opt-in: -Devolab.guiSoak=true");
        FxWait.until(Duration.ofSeconds(30), "Iris to load", () -> main.model()
                .dataReady()
                .get());
        FxWait.onFx(() -> {
            main.model().update(c -> c.withSearchSpace(MemorySoak.space())
                    .withGa(c.ga().withPopulationSize(10)
                            .withGenerations(GENERATIONS)
                            .withEliteCount(2)
                            .withMutationRate(0.3)));
            return null;
        });
        List<MemorySoak.Sample> samples = new ArrayList<>();
        long t0 = System.nanoTime();
        try (FxStallProbe probe = new FxStallProbe()) {
            FxWait.onFx(() -> {
                main.startRun();
                return null;
            });
            probe.start();
            int lastGeneration = -1;
            while (FxWait.onFx(() -> main.run().isRunning() || main.run().lastResult() == null)) {
                Thread.sleep(3000);
                int done = FxWait.onFx(
                        () -> main.run().monitor().generationsDoneProperty().get());
                if (done > lastGeneration && done > 0) {
                    lastGeneration = done;
                    MemorySoak.Sample s = new MemorySoak.Sample(
                            done, 0, (System.nanoTime() - t0) / 1e9, liveHeapMib(), Machine.residentMib(), 0);
                    samples.add(s);
                    System.out.printf(
                            Locale.ROOT,
                            "[gui-soak] generation %3d: heap %.1f MiB, RSS %.1f MiB, %.0f s%n",
                            done,
                            s.heapMib(),
                            s.rssMib(),
                            s.seconds());
                }
            }
            probe.close();
            assertThat(FxWait.onFx(() -> main.run().lastResult().status())).isEqualTo(RunStatus.COMPLETED);
            List<MemorySoak.Sample> secondHalf = samples.subList(samples.size() / 2, samples.size());
            double heapSlope = MemorySoak.slope(secondHalf, true);
            double rssSlope = MemorySoak.slope(secondHalf, false);
            System.out.printf(
                    Locale.ROOT,
                    "[gui-soak] %d generations in %.0f s; second-half slopes: heap %.3f MiB/gen, "
                            + "RSS %.3f MiB/gen; FX waits: %s%n",
                    GENERATIONS,
                    (System.nanoTime() - t0) / 1e9,
                    heapSlope,
                    rssSlope,
                    probe.summary());
            assertThat(heapSlope).as("heap growth per generation (MiB)").isLessThan(2);
            assertThat(rssSlope).as("resident growth per generation (MiB)").isLessThan(5);
        }
    }
}
