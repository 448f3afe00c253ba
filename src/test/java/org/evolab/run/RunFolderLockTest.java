package org.evolab.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.evolab.util.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run per folder, between real processes: a live owner refuses others, a dead one's claim is stale. */
class RunFolderLockTest {
    @TempDir
    Path dir;

    static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** A second JVM running {@code main} with the test's class path. */
    static Process start(String main, List<String> args, Path log) throws IOException {
        // one JVM per process (no relaunch in a child), so that killing it kills the lock's owner
        List<String> command = new ArrayList<>(List.of(
                java().toString(), "-Devolab.relaunch=false", "-cp", System.getProperty("java.class.path"), main));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(log == null);
        if (log != null) {
            builder.redirectOutput(log.toFile())
                    .redirectError(
                            log.resolveSibling(log.getFileName() + ".err").toFile());
        }
        return builder.start();
    }

    static Process holder(Path folder) throws IOException {
        Process p = start(LockHolder.class.getName(), List.of(folder.toString()), null);
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("the holder process did not claim the folder").isEqualTo("claimed");
        return p;
    }

    @Test
    void aFolderHeldByAnotherProcessIsRefusedNamingItsPid() throws Exception {
        Path folder = dir.resolve("run");
        Process other = holder(folder);
        try {
            assertThat(folder.resolve(RunFolderLock.FILE)).exists();
            assertThatThrownBy(() -> RunFolderLock.acquire(folder))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("in use by another Evolab")
                    .hasMessageContaining("pid " + other.pid());
            RunFolder mine = new RunFolder(folder);
            assertThatThrownBy(() -> mine.writeConfig(RunConfig.defaults()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("pid " + other.pid());
            assertThat(folder.resolve(RunFolder.CONFIG)).doesNotExist();
        } finally {
            other.getOutputStream().close();
            assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        // released on a normal end: the file is gone and the folder free again
        assertThat(folder.resolve(RunFolderLock.FILE)).doesNotExist();
        RunFolderLock.acquire(folder).close();
    }

    @Test
    void aClaimLeftByAKilledProcessIsStale() throws Exception {
        Path folder = dir.resolve("run");
        Process other = holder(folder);
        other.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: it cannot clean up
        assertThat(folder.resolve(RunFolderLock.FILE)).exists();
        assertThat(Files.readString(folder.resolve(RunFolderLock.FILE))).contains("pid=" + other.pid());
        try (RunFolderLock lock = RunFolderLock.acquire(folder)) {
            assertThat(Files.readString(folder.resolve(RunFolderLock.FILE)))
                    .contains("pid=" + ProcessHandle.current().pid());
        }
        assertThat(folder.resolve(RunFolderLock.FILE)).doesNotExist();
    }

    @Test
    void aCliRunOnAFolderThisProcessHoldsIsExitTwoWithOneLine() throws Exception {
        Path folder = dir.resolve("run");
        Path log = dir.resolve("cli.log");
        try (RunFolderLock lock = RunFolderLock.acquire(folder)) {
            Process cli = start(
                    "org.evolab.Launcher",
                    List.of(
                            "run",
                            "--data",
                            "sample-data/iris.csv",
                            "--population",
                            "2",
                            "--generations",
                            "1",
                            "--run-dir",
                            folder.toString(),
                            "--out",
                            dir.resolve("m.zip").toString()),
                    log);
            assertThat(cli.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String err = Files.readString(dir.resolve("cli.log.err"));
            assertThat(cli.exitValue()).as(err).isEqualTo(2);
            List<String> lines =
                    err.lines().filter(l -> l.startsWith("evolab: ")).toList();
            assertThat(lines).as(err).hasSize(1);
            assertThat(lines.get(0))
                    .contains(
                            folder.toString(),
                            "in use by another Evolab",
                            "pid " + ProcessHandle.current().pid());
            assertThat(err).doesNotContain("\tat ");
        }
        assertThat(dir.resolve("m.zip")).doesNotExist();
        assertThat(folder.resolve(RunFolder.CONFIG)).doesNotExist();
    }

    @Test
    void twoClaimsInOneProcessAreRefusedToo() {
        Path folder = dir.resolve("run");
        try (RunFolderLock lock = RunFolderLock.acquire(folder)) {
            assertThatThrownBy(() -> RunFolderLock.acquire(folder))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("in use");
        }
        RunFolderLock.acquire(folder).close();
    }
}
