package org.evolab.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real Spark standalone cluster on 127.0.0.1 for tests: a master and one-core workers, each in
 * its own JVM on the test class path (there is no Spark installation: the workers are told to give
 * their executors that class path). {@link #close} ends them and their executors.
 */
final class StandaloneCluster implements AutoCloseable {
    private final Path dir;
    private final int port;
    private final Process master;
    private final List<Process> workers = new ArrayList<>();

    StandaloneCluster(Path dir) throws IOException {
        this.dir = dir;
        this.port = freePort();
        this.master = start(
                "master",
                List.of(
                        "org.apache.spark.deploy.master.Master",
                        "--host",
                        "127.0.0.1",
                        "--port",
                        String.valueOf(port),
                        "--webui-port",
                        String.valueOf(freePort())));
        awaitPort(port, Duration.ofSeconds(60));
    }

    String url() {
        return "spark://127.0.0.1:" + port;
    }

    /** Starts a worker with one core; it registers with the master within seconds. */
    Process addWorker() throws IOException {
        int n = workers.size();
        Path work = Files.createDirectories(dir.resolve("work-" + n));
        Process worker = start(
                "worker-" + n,
                List.of(
                        "org.apache.spark.deploy.worker.Worker",
                        url(),
                        "--host",
                        "127.0.0.1",
                        "--cores",
                        "1",
                        "--memory",
                        "2g",
                        "--webui-port",
                        String.valueOf(freePort()),
                        "--work-dir",
                        work.toString()));
        workers.add(worker);
        return worker;
    }

    /** Settings a driver in the test JVM needs: executors on the test class path, the driver on 127.0.0.1. */
    static Map<String, String> driverSettings() {
        return Map.of(
                "spark.driver.host",
                "127.0.0.1",
                "spark.driver.bindAddress",
                "127.0.0.1",
                "spark.ui.enabled",
                "false",
                "spark.executor.extraClassPath",
                System.getProperty("java.class.path"),
                "spark.executor.memory",
                "1g");
    }

    /** The executor JVM a worker runs for the current application, if it has one now. */
    static Optional<ProcessHandle> executorOf(Process worker) {
        return worker.descendants()
                .filter(p -> commandLine(p).contains("CoarseGrainedExecutorBackend"))
                .findFirst();
    }

    /** The whole command line: ProcessHandle's gives none for one as long as the test class path. */
    private static String commandLine(ProcessHandle p) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", String.valueOf(p.pid()), "cmdline")))
                    .replace('\0', ' ');
        } catch (IOException | UnsupportedOperationException e) {
            return p.info().commandLine().orElse("");
        }
    }

    private Process start(String name, List<String> mainAndArgs) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.addAll(SparkSupport.javaModuleFlags());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(mainAndArgs);
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        Map<String, String> env = pb.environment();
        // No Spark installation: the launcher's build-tree mode, which needs no jars folder.
        env.put("SPARK_HOME", dir.toString());
        env.put("SPARK_TESTING", "1");
        env.put("SPARK_SCALA_VERSION", "2.12");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("OMP_NUM_THREADS", "1");
        return pb.start();
    }

    @Override
    public void close() {
        List<Process> all = new ArrayList<>(workers);
        all.add(master);
        for (Process p : all) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        for (Process p : all) {
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    String logs() {
        StringBuilder sb = new StringBuilder();
        try (var files = Files.walk(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".log")
                            || f.getFileName().toString().equals("stderr"))
                    .toList()) {
                List<String> lines = Files.readAllLines(f);
                sb.append("== ")
                        .append(f)
                        .append('\n')
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())))
                        .append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void awaitPort(int port, Duration timeout) throws IOException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
        }
        throw new IOException("the Spark master did not open port " + port + " within " + timeout);
    }
}
