package org.evolab;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.OptionalInt;
import org.evolab.cli.EvolabCommand;
import org.evolab.fitness.ReachableOpExecutioner;
import org.evolab.spark.SparkSupport;
import org.evolab.ui.EvolabApp;

/**
 * The jar's main class. It does not extend {@code javafx.application.Application}, so the JavaFX
 * jars may sit on the plain class path. With arguments it runs the CLI, without them the lab window.
 * It first starts itself again in a child JVM with the options a jar cannot carry ({@link Relaunch}:
 * crash logs under {@code ~/.evolab/crash}, the window's GC settings).
 */
public final class Launcher {
    static final int GUI_PAUSE_MILLIS = 20;

    private Launcher() {}

    /**
     * The window's pause goal for G1: a young collection of a few hundred megabytes stopped the FX
     * thread for 60-290 ms with the default 200 ms goal.
     */
    static final String GUI_PAUSE_GOAL = "-XX:MaxGCPauseMillis=" + GUI_PAUSE_MILLIS;

    /**
     * A headless command's collector: the parallel (throughput) collector. The window keeps G1: its
     * pauses are what the FX thread feels.
     */
    static final String CLI_COLLECTOR = "-XX:+UseParallelGC";

    /**
     * Both children's young generation: 64 MB. ND4J makes several small Java objects per native op,
     * each registered in its deallocator's map and freed only once a collection has processed its
     * reference; with G1's young generation of hundreds of megabytes they piled up between
     * collections, and that map's resizing and lookups took a fifth of the training threads'
     * samples. Same runs, same results: with the parallel collector a third less wall time for the
     * CLI, with G1 about a tenth less for a run in the window, its stalls unchanged
     * (docs/BENCHMARKS.md, "The CLI's collector").
     */
    static final String YOUNG_GENERATION = "-Xmn64m";

    /**
     * The child's flags: the window's pause goal or a headless command's collector, the young
     * generation, unless the user's own {@code jvmArgs} choose a collector or size its young
     * generation; and where Spark is on the class path (a {@code -Pspark} build) the module flags
     * its embedded driver needs on Java 17, which a jar cannot carry.
     */
    static List<String> childFlags(String[] args, List<String> jvmArgs) {
        boolean ownCollector = jvmArgs.stream().anyMatch(a -> a.matches("-XX:[+-]Use\\w*GC"));
        boolean ownYoung =
                jvmArgs.stream().anyMatch(a -> a.startsWith("-Xmn") || a.matches("-XX:(Max)?New(Size|Ratio)=.*"));
        List<String> flags = new java.util.ArrayList<>();
        if (args.length == 0) {
            flags.add(GUI_PAUSE_GOAL);
        } else if (!ownCollector) {
            flags.add(CLI_COLLECTOR);
        }
        if (!ownCollector && !ownYoung) {
            flags.add(YOUNG_GENERATION);
        }
        flags.addAll(SparkSupport.javaModuleFlags());
        return flags;
    }

    public static void main(String[] args) {
        OptionalInt relaunched = Relaunch.ifNeeded(
                Launcher.class,
                args,
                childFlags(args, ManagementFactory.getRuntimeMXBean().getInputArguments()));
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        // Before anything touches ND4J: its executioner must keep ops alive across native calls.
        ReachableOpExecutioner.install();
        // JavaCPP's pointer GC, without its memory limits (whose checks call System.gc()): with it
        // off altogether (nopointergc) resident memory grew ~18 MB per generation (measured in
        // docs/BENCHMARKS.md); with it on and unlimited it stays flat.
        System.setProperty("org.bytedeco.javacpp.maxBytes", System.getProperty("org.bytedeco.javacpp.maxBytes", "0"));
        System.setProperty(
                "org.bytedeco.javacpp.maxPhysicalBytes",
                System.getProperty("org.bytedeco.javacpp.maxPhysicalBytes", "0"));
        if (args.length == 0) {
            String missing = DisplayCheck.problem();
            if (missing != null) {
                System.err.println("evolab: " + missing);
                System.exit(2);
            }
            try {
                EvolabApp.launchGui(args);
            } catch (RuntimeException | LinkageError e) {
                String why = DisplayCheck.explain(e);
                if (why == null) {
                    throw e;
                }
                System.err.println("evolab: " + why);
                System.exit(2);
            }
            // Training threads of a cancelled run must not keep the JVM alive after the window closed.
            System.exit(0);
        }
        System.exit(EvolabCommand.execute(args));
    }
}
