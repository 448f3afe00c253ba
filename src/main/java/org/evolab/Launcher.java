package org.evolab;

import org.evolab.cli.EvolabCommand;
import org.evolab.fitness.ReachableOpExecutioner;
import org.evolab.ui.EvolabApp;

/**
 * The jar's main class. It does not extend {@code javafx.application.Application}, so the JavaFX
 * jars may sit on the plain class path. With arguments it runs the CLI, without them the lab window.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // Before anything touches ND4J: its executioner must keep ops alive across native calls.
        ReachableOpExecutioner.install();
        // JavaCPP's pointer GC, without its memory limits (whose checks call System.gc()): with it
        // off altogether (nopointergc) resident memory grew ~18 MB per generation (measured in
        // docs/BENCHMARKS.md); with it on and unlimited it stays flat.
        System.setProperty("org.bytedeco.javacpp.maxBytes", System.getProperty("org.bytedeco.javacpp.maxBytes", "0"));
        System.setProperty("org.bytedeco.javacpp.maxPhysicalBytes",
                System.getProperty("org.bytedeco.javacpp.maxPhysicalBytes", "0"));
        if (args.length == 0) {
            EvolabApp.launchGui(args);
            // Training threads of a cancelled run must not keep the JVM alive after the window closed.
            System.exit(0);
        }
        System.exit(EvolabCommand.execute(args));
    }
}
