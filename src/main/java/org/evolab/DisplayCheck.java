package org.evolab;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a window can open here, said in one line before JavaFX tries (and prints a stack trace):
 * on Linux and other X11 systems a display ({@code DISPLAY} or {@code WAYLAND_DISPLAY}) and the
 * GTK 3 library that JavaFX's windows are made with. Windows and macOS always have both.
 */
final class DisplayCheck {
    static final String GTK = "libgtk-3.so.0";
    static final String WHAT_ELSE =
            "or run a sub-command without a window, such as 'evolab run --data file.csv' " + "(see 'evolab --help')";

    private DisplayCheck() {}

    /** What is missing for a window, or null when nothing is. */
    static String problem() {
        if ("Monocle".equals(System.getProperty("glass.platform"))) {
            return null; // the headless test platform needs neither
        }
        return problem(System.getProperty("os.name", ""), System.getenv(), libraryDirs(System.getenv()));
    }

    static String problem(String osName, Map<String, String> env, List<Path> libraryDirs) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return null;
        }
        if (blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"))) {
            return "no display to open the window on (DISPLAY is not set, as over SSH or on a server): start Evolab "
                    + "from a desktop session, connect with 'ssh -X', " + WHAT_ELSE + ".";
        }
        if (libraryDirs.stream().noneMatch(d -> Files.exists(d.resolve(GTK)))) {
            return "the GTK 3 library that JavaFX windows need (" + GTK + ") is not installed: install it "
                    + "(Debian/Ubuntu: sudo apt-get install libgtk-3-0; Fedora: sudo dnf install gtk3), " + WHAT_ELSE
                    + ".";
        }
        return null;
    }

    /** The folders the dynamic linker searches: LD_LIBRARY_PATH, then the usual system ones. */
    static List<Path> libraryDirs(Map<String, String> env) {
        List<Path> dirs = new ArrayList<>();
        String ld = env.get("LD_LIBRARY_PATH");
        if (!blank(ld)) {
            for (String d : ld.split(File.pathSeparator)) {
                if (!d.isBlank()) {
                    dirs.add(Path.of(d));
                }
            }
        }
        String arch = System.getProperty("os.arch", "");
        String triplet = arch.equals("aarch64") ? "aarch64-linux-gnu" : "x86_64-linux-gnu";
        for (String d : List.of(
                "/usr/lib/" + triplet,
                "/lib/" + triplet,
                "/usr/lib64",
                "/lib64",
                "/usr/lib",
                "/lib",
                "/usr/local/lib",
                "/usr/X11R6/lib",
                "/usr/pkg/lib",
                "/usr/local/lib64")) {
            dirs.add(Path.of(d));
        }
        return dirs;
    }

    /** The one line for a failure JavaFX reports only once it tries, or null when it is not one of those. */
    static String explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("DISPLAY")) {
                return "could not open the display (" + m + "): check DISPLAY, " + WHAT_ELSE + ".";
            }
            if (m.contains("GTK") || m.contains("gtk")) {
                return "JavaFX could not load GTK 3 (" + m + "): install libgtk-3-0, " + WHAT_ELSE + ".";
            }
            if (m.contains("pipeline") || m.contains("Graphics Device")) {
                return "JavaFX found no way to draw a window (" + m + "), " + WHAT_ELSE + ".";
            }
        }
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
