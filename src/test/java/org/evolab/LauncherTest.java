package org.evolab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's start as a user meets it, in real processes: relaunched in a child JVM, the same exit
 * statuses, a JVM crash's log under ~/.evolab/crash (not in the working folder) with one line
 * saying so, and one line with exit 2 where no window can open.
 */
class LauncherTest {
    @TempDir
    Path dir;

    record Outcome(int status, String out, String err) {}

    Outcome launch(String main, Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path work = Files.createDirectories(dir.resolve("work"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home,
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                main));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().putAll(env);
        Process p = builder.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS))
                .as("the process ended in time")
                .isTrue();
        return new Outcome(
                p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }

    @Test
    void theCliKeepsItsExitStatusesThroughTheRelaunch() throws Exception {
        Outcome version = launch("org.evolab.Launcher", Map.of(), "--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("Evolab ");
        Outcome bad = launch("org.evolab.Launcher", Map.of(), "run", "--population", "x");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("'--population'").doesNotContain("Exception");
    }

    @Test
    void aHeadlessCommandRunsOnTheThroughputCollectorUnlessTheUserChoseOne() {
        String[] run = {"run", "--data", "x.csv"};
        assertThat(Launcher.childFlags(run, List.of("-Xmx4g"))).containsSubsequence("-XX:+UseParallelGC", "-Xmn64m");
        assertThat(Launcher.childFlags(run, List.of("-XX:+UseG1GC")))
                .noneMatch(f -> f.contains("GC") || f.startsWith("-Xmn"));
        assertThat(Launcher.childFlags(run, List.of("-XX:NewSize=256m")))
                .contains("-XX:+UseParallelGC")
                .noneMatch(f -> f.startsWith("-Xmn"));
        // the window keeps G1 with its short pauses, and the same young generation
        assertThat(Launcher.childFlags(new String[0], List.of()))
                .contains("-XX:MaxGCPauseMillis=" + Launcher.GUI_PAUSE_MILLIS, "-Xmn64m")
                .doesNotContain("-XX:+UseParallelGC");
        assertThat(Launcher.childFlags(new String[0], List.of("-Xmn512m"))).noneMatch(f -> f.startsWith("-Xmn"));
    }

    @Test
    void withoutADisplayTheWindowSaysWhatIsMissingInOneLineAndExits2() throws Exception {
        Outcome o = launch("org.evolab.Launcher", Map.of());
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.err().strip())
                .startsWith("evolab: no display")
                .contains("DISPLAY", "evolab run")
                .doesNotContain("\n")
                .doesNotContain("Exception");
        assertThat(o.out()).isEmpty();
    }

    @Test
    void aDisplayThatCannotBeOpenedIsOneLineToo() throws Exception {
        Outcome o = launch("org.evolab.Launcher", Map.of("DISPLAY", ":97"));
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.err().strip())
                .startsWith("evolab: ")
                .doesNotContain("\tat ")
                .doesNotContain("Exception");
    }

    @Test
    void aJvmCrashLeavesItsLogUnderTheHomeFolderAndSaysWhereInOneLine() throws Exception {
        Outcome o = launch("org.evolab.CrashingMain", Map.of());
        assertThat(o.status()).as("a crashed JVM aborts").isNotZero();
        Path crashes = dir.resolve("home").resolve(".evolab").resolve("crash");
        List<Path> logs;
        try (Stream<Path> files = Files.list(crashes)) {
            logs = files.filter(f -> f.getFileName().toString().startsWith("hs_err_pid"))
                    .toList();
        }
        assertThat(logs).hasSize(1);
        try (Stream<Path> files = Files.list(dir.resolve("work"))) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("hs_err"));
        }
        assertThat(o.err()).contains("evolab: the Java VM crashed", logs.get(0).toString(), "evolab resume");
    }

    @Test
    void aChildWhoseParentIsKilledEndsToo() throws Exception {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + Files.createDirectories(dir.resolve("home")),
                "-Xmx128m",
                "-cp",
                System.getProperty("java.class.path"),
                "org.evolab.SleepingMain");
        Process parent = new ProcessBuilder(command).redirectErrorStream(true).start();
        long childPid;
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(parent.getInputStream()))) {
            String line = out.readLine();
            assertThat(line).as("the child's first line").startsWith("child ");
            childPid = Long.parseLong(line.substring("child ".length()).strip());
            assertThat(childPid).isNotEqualTo(parent.pid());
            ProcessHandle child = ProcessHandle.of(childPid).orElseThrow();
            parent.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(child.isAlive()).as("the orphaned child is gone").isFalse();
        }
    }
}
