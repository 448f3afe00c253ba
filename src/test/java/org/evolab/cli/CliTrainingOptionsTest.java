package org.evolab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.evolab.run.RunConfig;
import org.evolab.run.RunFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training flags of {@code evolab run} reach the run: its folder keeps the settings it ran with. */
class CliTrainingOptionsTest {
    static RunConfig ranWith(Path dir, String... extra) {
        Path runDir = dir.resolve("run");
        List<String> args = new java.util.ArrayList<>(List.of(
                "run",
                "--data",
                Path.of("sample-data", "iris.csv").toString(),
                "--population",
                "4",
                "--generations",
                "1",
                "--epochs",
                "2..3",
                "--layers",
                "1..1",
                "--neurons",
                "4..8",
                "--quiet",
                "--run-dir",
                runDir.toString(),
                "--out",
                dir.resolve("m.zip").toString()));
        args.addAll(List.of(extra));
        CliBadInputTest.Result r = CliBadInputTest.run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        return RunConfig.read(runDir.resolve(RunFolder.CONFIG));
    }

    @Test
    void halvingIsOnUnlessTurnedOff(@TempDir Path a, @TempDir Path b) {
        assertThat(ranWith(a).training().successiveHalving()).isTrue();
        RunConfig off = ranWith(b, "--no-halving", "--patience", "4");
        assertThat(off.training().successiveHalving()).isFalse();
        assertThat(off.training().patience()).isEqualTo(4);
    }

    @Test
    void randomImmigrantsAreAShareOfEachGenerationAndTheRunKeepsIt(@TempDir Path a, @TempDir Path b) {
        assertThat(ranWith(a).ga().immigrantRate()).isEqualTo(0.3);
        assertThat(ranWith(b, "--immigrants", "0").ga().immigrantRate()).isZero();
        CliBadInputTest.Result bad = CliBadInputTest.run(
                "run",
                "--data",
                Path.of("sample-data", "iris.csv").toString(),
                "--out",
                a.resolve("bad.zip").toString(),
                "--immigrants",
                "1.5");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("immigrants: must be in [0, 1], got 1.5");
        assertThat(a.resolve("bad.zip")).doesNotExist();
    }

    @Test
    void weightInheritanceIsOffUnlessTurnedOn(@TempDir Path a, @TempDir Path b) {
        assertThat(ranWith(a).training().inherits()).isFalse();
        assertThat(ranWith(b, "--inherit-weights").training().inherits()).isTrue();
        assertThat(CliBadInputTest.run("run", "--help").out()).contains("--[no-]inherit-weights");
    }

    @Test
    void theTimeBudgetIsReadByTheOneDurationGrammar() {
        assertThat(budget("1.5m").stop().wallClockSeconds()).isEqualTo(90L);
        assertThat(budget("1h30m").stop().wallClockSeconds()).isEqualTo(5400L);
        assertThatThrownBy(() -> budget("soon"))
                .isInstanceOf(org.evolab.util.InvalidInputException.class)
                .hasMessage("--time-budget: cannot read 'soon' as a duration (e.g. 90s, 5m, 1h30m)");
    }

    private static RunConfig budget(String text) {
        RunCommand cli = new RunCommand();
        new picocli.CommandLine(cli)
                .parseArgs(
                        "--data",
                        Path.of("sample-data", "iris.csv").toString(),
                        "--time-budget",
                        text,
                        "--out",
                        "unused.zip");
        return cli.buildConfig();
    }
}
