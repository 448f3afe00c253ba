package org.evolab;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Starts the real Evolab in a child JVM with the options a plain {@code java -jar} cannot set from
 * the jar: the JVM's crash log goes to {@code ~/.evolab/crash/} instead of the user's working
 * folder, and the window gets its own flags. The parent only waits, passes the exit status on, and
 * after a crash says in one line where the report is and how to resume.
 *
 * <p>Not relaunched: a child itself ({@value #CHILD_PROPERTY}), {@code -Devolab.relaunch=false},
 * a JVM already given an {@code -XX:ErrorFile} (an installed app image sets it), one under a
 * debugger or agent, a runtime without {@code bin/java}, and a main class that the class path
 * does not hold (spark-submit loads the jar itself).
 */
final class Relaunch {
    static final String CHILD_PROPERTY = "evolab.relaunched";
    static final String DISABLE_PROPERTY = "evolab.relaunch";
    /** Exit status of a child whose parent disappeared (as if it had been killed with it). */
    static final int ORPHANED = 137;

    private Relaunch() {}

    /** Where JVM crash logs go: {@code ~/.evolab/crash}. */
    static Path crashDir() {
        return Path.of(System.getProperty("user.home"), ".evolab", "crash");
    }

    /**
     * Runs {@code main} with {@code args} in a child JVM and returns its exit status, or returns
     * empty when this JVM should run it itself (see the class comment).
     */
    static OptionalInt ifNeeded(Class<?> main, String[] args, List<String> extraFlags) {
        if (Boolean.getBoolean(CHILD_PROPERTY)) {
            dieWithParent();
            return OptionalInt.empty();
        }
        if (main.getClassLoader() != ClassLoader.getSystemClassLoader()) {
            // Loaded by another loader (spark-submit's): the class path would not find it in a child.
            return OptionalInt.empty();
        }
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        Path java = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java");
        if ("false".equals(System.getProperty(DISABLE_PROPERTY))
                || !Files.isExecutable(java)
                || jvmArgs.stream()
                        .anyMatch(a -> a.startsWith("-XX:ErrorFile")
                                || a.startsWith("-agentlib")
                                || a.startsWith("-javaagent")
                                || a.startsWith("-agentpath"))) {
            return OptionalInt.empty();
        }
        Path crashes = crashDir();
        try {
            Files.createDirectories(crashes);
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        List<String> command = command(
                java, jvmArgs, crashes, extraFlags, System.getProperty("java.class.path"), main.getName(), args);
        Set<Path> before = reports(crashes);
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        Thread stopChild = new Thread(
                () -> {
                    child.destroy();
                    try {
                        child.waitFor();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "evolab-stop-child");
        Runtime.getRuntime().addShutdownHook(stopChild);
        int status;
        try {
            status = child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroy();
            return OptionalInt.of(130);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopChild);
        } catch (IllegalStateException shuttingDown) {
            // the parent was told to stop and the hook has stopped the child: nothing left to do
        }
        Set<Path> after = reports(crashes);
        after.removeAll(before);
        after.stream()
                .findFirst()
                .ifPresent(report -> System.err.println("evolab: the Java VM crashed (exit status "
                        + status + "); its report is " + report + ". A run keeps its folder: continue it with "
                        + "'evolab resume <run folder>' or Resume a run… in the window."));
        return OptionalInt.of(status);
    }

    /** The child's command line: this JVM's own options, the crash log, {@code extraFlags}, then the class path and main. */
    static List<String> command(
            Path java,
            List<String> jvmArgs,
            Path crashes,
            List<String> extraFlags,
            String classPath,
            String main,
            String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmArgs);
        command.add("-XX:ErrorFile=" + crashes.resolve("hs_err_pid%p.log"));
        for (String flag : extraFlags) {
            // An --add-opens names its package after the '=': only the same one is a repeat.
            String name = flag.contains("=") && !flag.startsWith("--") ? flag.substring(0, flag.indexOf('=')) : flag;
            if (jvmArgs.stream().noneMatch(a -> a.startsWith(name))) {
                command.add(flag);
            }
        }
        command.add("-D" + CHILD_PROPERTY + "=true");
        command.add("-cp");
        command.add(classPath);
        command.add(main);
        command.addAll(List.of(args));
        return command;
    }

    /** A child ends when its parent does, as if the parent's kill had reached it too. */
    private static void dieWithParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
            System.err.println("evolab: the launching process ended; stopping.");
            Runtime.getRuntime().halt(ORPHANED);
        }));
    }

    private static Set<Path> reports(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("hs_err"))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            return new java.util.HashSet<>();
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "")
                .toLowerCase(java.util.Locale.ROOT)
                .startsWith("windows");
    }
}
