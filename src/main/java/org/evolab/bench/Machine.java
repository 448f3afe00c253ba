package org.evolab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The machine a benchmark ran on, as recorded beside its numbers.
 *
 * @param cores     {@code availableProcessors()} (what {@code nproc} prints)
 * @param cpuModel  the first "model name" of {@code /proc/cpuinfo} (what {@code lscpu} calls it); "unknown" elsewhere
 * @param memoryGib total memory from {@code /proc/meminfo}; NaN elsewhere
 * @param maxHeapMib the JVM's {@code -Xmx}
 * @param pointerGc  JavaCPP's memory settings ({@code org.bytedeco.javacpp.*})
 * @param loadAverage the 1-minute load average when the benchmark started (the machine may be shared)
 */
public record Machine(
        int cores,
        String cpuModel,
        double memoryGib,
        String os,
        String javaVersion,
        String javaVm,
        long maxHeapMib,
        String pointerGc,
        double loadAverage) {

    public static Machine current() {
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                readCpuModel(),
                readMemoryGib(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                Runtime.getRuntime().maxMemory() >> 20,
                javacppSettings(),
                currentLoadAverage());
    }

    public String summary() {
        return String.format(
                Locale.ROOT,
                "%d cores (%s), %.1f GiB RAM, %s, Java %s, -Xmx %d MiB, %s, load %.2f",
                cores,
                cpuModel,
                memoryGib,
                os,
                javaVersion,
                maxHeapMib,
                pointerGc,
                loadAverage);
    }

    private static String readCpuModel() {
        for (String line : lines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).strip();
            }
        }
        return "unknown";
    }

    private static double readMemoryGib() {
        for (String line : lines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                return kib(line) / (1024.0 * 1024.0);
            }
        }
        return Double.NaN;
    }

    /** The process's resident set size in MiB ({@code VmRSS}), or NaN where {@code /proc} is not there. */
    public static double residentMib() {
        for (String line : lines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return kib(line) / 1024.0;
            }
        }
        return Double.NaN;
    }

    /** JavaCPP's memory settings, which decide whether native memory not closed explicitly is ever freed. */
    static String javacppSettings() {
        StringBuilder sb = new StringBuilder("nopointergc=")
                .append(System.getProperty("org.bytedeco.javacpp.nopointergc", "false"));
        for (String key : new String[] {"maxBytes", "maxPhysicalBytes"}) {
            String v = System.getProperty(
                    "org.bytedeco.javacpp." + key,
                    System.getProperty("org.bytedeco.javacpp." + key.toLowerCase(Locale.ROOT)));
            if (v != null) {
                sb.append(' ').append(key).append('=').append(v);
            }
        }
        return sb.toString();
    }

    /** CPU time of this process so far, all threads; NaN where the JVM does not tell. */
    public static double processCpuSeconds() {
        java.lang.management.OperatingSystemMXBean os =
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            long nanos = sun.getProcessCpuTime();
            return nanos < 0 ? Double.NaN : nanos / 1e9;
        }
        return Double.NaN;
    }

    /** The 1-minute load average of the machine (all processes), or NaN. */
    public static double currentLoadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long kib(String line) {
        String[] parts = line.substring(line.indexOf(':') + 1).strip().split("\\s+");
        return Long.parseLong(parts[0]);
    }

    private static List<String> lines(Path p) {
        try {
            return Files.isReadable(p) ? Files.readAllLines(p) : List.of();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
