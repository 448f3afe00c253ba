package org.evolab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evolab.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} prints the data checks on stderr before training, one line each; {@code --strict} refuses. */
class DataChecksCliTest {
    @TempDir
    static Path dir;

    static Path leaky;

    /** Passengers whose 'outcome' restates the 0/1 target 'Survived' as yes/no. */
    @BeforeAll
    static void writeLeakyCsv() throws IOException {
        leaky = dir.resolve("passengers.csv");
        Files.writeString(leaky, TestData.leakyPassengersCsv(120, 11), StandardCharsets.UTF_8);
    }

    private static CliBadInputTest.Result tinyRun(Path data, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--target", "Survived", "--out", out.toString()));
        args.addAll(List.of(more));
        return CliBadInputTest.tinyRun(data.toString(), 2, "2..3", args.toArray(String[]::new));
    }

    @Test
    void strictRefusesALeakWithExitTwoBeforeTrainingAndNamesTheColumnAndTheFix() {
        Path out = dir.resolve("strict.zip");
        CliBadInputTest.Result r = tinyRun(leaky, out, "--strict");

        assertThat(r.code()).as(r.err()).isEqualTo(EvolabCommand.BAD_INPUT);
        List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).as(r.err()).hasSize(2);
        assertThat(lines.get(0))
                .startsWith("evolab: error: column 'outcome': alone it predicts the target 'Survived'")
                .endsWith("--ignore outcome)");
        assertThat(lines.get(1))
                .isEqualTo("evolab: 1 data check fails with --strict (apply the fixes above, or run without --strict)");
        assertThat(r.err()).doesNotContain("\tat ", "Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void withoutStrictTheLeakIsOneWarningLineAndTheRunGoesOn() {
        Path out = dir.resolve("warned.zip");
        CliBadInputTest.Result r = tinyRun(leaky, out);

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()
                        .lines()
                        .filter(l -> l.startsWith("evolab: warning: "))
                        .toList())
                .singleElement()
                .asString()
                .startsWith("evolab: warning: column 'outcome': ");
        assertThat(out).exists();
    }

    @Test
    void theFixFlagEndsTheWarning() {
        Path out = dir.resolve("fixed.zip");
        CliBadInputTest.Result r = tinyRun(leaky, out, "--strict", "--ignore", "outcome");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("warning", "error");
    }

    @Test
    void cleanIrisPassesStrict() {
        Path out = dir.resolve("iris.zip");
        CliBadInputTest.Result r = CliBadInputTest.tinyIrisRun("--strict", "--out", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("evolab: ");
        assertThat(out).exists();
    }
}
