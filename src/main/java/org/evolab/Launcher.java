package org.evolab;

import org.evolab.cli.EvolabCommand;
import org.evolab.ui.EvolabApp;

/**
 * The jar's main class. It does not extend {@code javafx.application.Application}, so the JavaFX
 * jars may sit on the plain class path. With arguments it runs the CLI, without them the lab window.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // Tiny networks: JavaCPP's pointer GC only costs time here (measured: 2.6 -> 1.2 ms per fit()).
        System.setProperty("org.bytedeco.javacpp.nopointergc", System.getProperty("org.bytedeco.javacpp.nopointergc", "true"));
        if (args.length == 0) {
            EvolabApp.launchGui(args);
            // Training threads of a cancelled run must not keep the JVM alive after the window closed.
            System.exit(0);
        }
        System.exit(EvolabCommand.execute(args));
    }
}
