package org.evolab.util;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Lowers the operating system's scheduling priority of the calling thread, so that a window's
 * threads (the FX thread and the renderer) get a core the moment they need one while trainings
 * use everything that is left. Java's own thread priorities are ignored on Linux; the kernel's
 * per-thread nice value is not, and threads created afterwards by this thread (the worker pool)
 * inherit it.
 *
 * <p>Linux only (a thread's kernel id is read from {@code /proc/thread-self}, and {@code renice}
 * is part of util-linux); elsewhere, or when anything fails, it does nothing and says so: the run
 * goes on at normal priority.
 */
public final class ThreadNice {
    /** Nice value for trainings behind a window: 10 gives a nice-0 thread about ten times the share. */
    public static final int BACKGROUND = 10;
    /**
     * Nice value for the JIT compiler behind a window: between the window and the trainings. In a
     * measured GUI run the C2 compiler used 13 of 23 s of CPU at normal priority, most of the
     * FX thread's waits.
     */
    public static final int COMPILER = 5;
    /** The kernel names of HotSpot's JIT compiler threads. */
    public static final List<String> COMPILER_THREADS = List.of("C1 CompilerThre", "C2 CompilerThre");

    private ThreadNice() {}

    /**
     * Sets the calling thread's nice value to {@code nice} (only lowering its priority is allowed
     * to an ordinary user).
     *
     * @return true when the kernel took it
     */
    public static boolean lowerCurrentThread(int nice) {
        Thread.currentThread().setPriority(Thread.MIN_PRIORITY);
        long tid = kernelThreadId();
        if (tid <= 0) {
            return false;
        }
        return renice(List.of("renice", "-n", Integer.toString(nice), "-p", Long.toString(tid)));
    }

    /**
     * Sets the nice value of this process's threads whose kernel name starts with one of
     * {@code prefixes} (e.g. the JIT compiler's "C2 CompilerThre"), so that background work of
     * the JVM itself yields to the window too.
     *
     * @return how many threads the kernel took it for
     */
    public static int lowerThreadsNamed(int nice, String... prefixes) {
        List<String> tids = new ArrayList<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String name = readName(task);
                if (name != null && Arrays.stream(prefixes).anyMatch(name::startsWith)) {
                    tids.add(task.getFileName().toString());
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        if (tids.isEmpty()) {
            return 0;
        }
        List<String> command = new ArrayList<>(List.of("renice", "-n", Integer.toString(nice), "-p"));
        command.addAll(tids);
        return renice(command) ? tids.size() : 0;
    }

    private static String readName(Path task) {
        try {
            return Files.readString(task.resolve("comm")).strip();
        } catch (IOException e) {
            return null; // the thread ended meanwhile
        }
    }

    private static boolean renice(List<String> command) {
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The calling thread's nice value as the kernel has it, or {@link Integer#MIN_VALUE} where unknown. */
    public static int currentNice() {
        long tid = kernelThreadId();
        if (tid <= 0) {
            return Integer.MIN_VALUE;
        }
        try {
            // /proc/<tid>/stat: "pid (comm) state ..." with nice the 19th field; comm may hold spaces
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(after[16]);
        } catch (IOException | RuntimeException e) {
            return Integer.MIN_VALUE;
        }
    }

    /** The kernel's id of the calling thread, from the link {@code /proc/thread-self -> <pid>/task/<tid>}; -1 if none. */
    static long kernelThreadId() {
        Path self = Path.of("/proc/thread-self");
        try {
            if (!Files.isSymbolicLink(self)) {
                return -1;
            }
            Path target = Files.readSymbolicLink(self);
            return Long.parseLong(target.getFileName().toString());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
