package org.evolab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CLI contract for bad input (docs/ARCHITECTURE.md, "Contracts"): exit status 2, one clear line on stderr naming what is
 * wrong, no stack trace, and nothing written.
 */
class CliBadInputTest {
    @TempDir
    static Path dir;

    static Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    static Stream<Arguments> badInputs() throws IOException {
        String iris = Path.of("sample-data", "iris.csv").toString();
        Path oneClass = file("one-class.csv", "a,b,y\n1,2,x\n3,4,x\n5,6,x\n7,8,x\n1,1,x\n2,2,x\n");
        Path emptyColumn = file("empty-column.csv", "a,b,y\n1,,x\n3,,y\n5,,x\n7,,y\n2,,x\n4,,y\n");
        Path textInNumeric = file("text.csv", "a,b,y\n1,2,x\n3,abc,y\n5,6,x\n7,8,y\n2,2,x\n4,4,y\n");
        Path notZip = file("not-a-zip.zip", "this is text, not a zip");
        Path foreignZip = dir.resolve("foreign.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(foreignZip))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
            zip.write("hi".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return Stream.of(
                Arguments.of(
                        "missing file",
                        List.of("run", "--data", dir.resolve("nope.csv").toString()),
                        "nope.csv: file not found"),
                Arguments.of(
                        "empty file",
                        List.of("run", "--data", file("empty.csv", "").toString()),
                        "empty.csv"),
                Arguments.of(
                        "header only",
                        List.of("run", "--data", file("header.csv", "a,b,c\n").toString()),
                        "header.csv"),
                Arguments.of(
                        "ragged rows",
                        List.of(
                                "run",
                                "--data",
                                file("ragged.csv", "a,b,c\n1,2,3\n4,5\n6,7,8\n").toString()),
                        "line 3"),
                Arguments.of("unknown target", List.of("run", "--data", iris, "--target", "colour"), "colour"),
                Arguments.of(
                        "one class",
                        List.of("run", "--data", oneClass.toString(), "--task", "classification"),
                        "single class"),
                Arguments.of("empty column", List.of("run", "--data", emptyColumn.toString()), "'b'"),
                Arguments.of(
                        "text in forced numeric",
                        List.of("run", "--data", textInNumeric.toString(), "--numeric", "b"),
                        "abc"),
                Arguments.of("min > max", List.of("run", "--data", iris, "--layers", "5..2"), "hidden layers"),
                Arguments.of("zero population", List.of("run", "--data", iris, "--population", "0"), "population"),
                Arguments.of("zero ensemble", List.of("run", "--data", iris, "--ensemble", "0"), "ensemble: "),
                Arguments.of("negative ensemble", List.of("run", "--data", iris, "--ensemble", "-3"), "got -3"),
                Arguments.of("bad activation", List.of("run", "--data", iris, "--activations", "relu,swish"), "swish"),
                Arguments.of("unknown option", List.of("run", "--popsize", "3"), "--popsize"),
                Arguments.of("bundle not a zip", List.of("inspect", notZip.toString()), "not a zip"),
                Arguments.of(
                        "bundle not Evolab's", List.of("inspect", foreignZip.toString()), "not an Evolab model bundle"),
                Arguments.of(
                        "predict with foreign bundle",
                        List.of(
                                "predict",
                                "--model",
                                foreignZip.toString(),
                                "--data",
                                iris,
                                "--out",
                                dir.resolve("p.csv").toString()),
                        "not an Evolab model bundle"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsExitTwoWithOneClearLine(String name, List<String> args, String mentioned) throws IOException {
        Path out = dir.resolve("out-" + name.replace(' ', '-') + ".zip");
        List<String> all = new ArrayList<>(args);
        if (args.get(0).equals("run")) {
            all.addAll(List.of("--out", out.toString()));
        }
        Result r = run(all.toArray(String[]::new));
        assertThat(r.code).as(r.err).isEqualTo(EvolabCommand.BAD_INPUT);
        List<String> lines = r.err.lines()
                .filter(l -> !l.isBlank() && !l.startsWith("Try '"))
                .toList();
        assertThat(lines).as(r.err).hasSize(1);
        assertThat(lines.get(0)).startsWith("evolab: ").contains(mentioned);
        assertThat(r.err).doesNotContain("\tat ", "Exception");
        assertThat(out).doesNotExist();
        assertThat(dir.resolve("p.csv")).doesNotExist();
    }

    record Result(int code, String out, String err) {}

    /** A whole run on Iris at the smallest budget (seconds), with {@code more} arguments. */
    static Result tinyIrisRun(String... more) {
        return tinyIrisRun(2, "2..3", more);
    }

    /** {@link #tinyIrisRun(String...)} with {@code population} genomes trained for {@code epochs} (e.g. {@code 3..4}). */
    static Result tinyIrisRun(int population, String epochs, String... more) {
        return tinyRun("sample-data/iris.csv", population, epochs, more);
    }

    /** A whole run on {@code data} at a tiny budget: one generation, one layer of 4-8 neurons, quiet. */
    static Result tinyRun(String data, int population, String epochs, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "run",
                "--data",
                data,
                "--population",
                Integer.toString(population),
                "--generations",
                "1",
                "--epochs",
                epochs,
                "--layers",
                "1..1",
                "--neurons",
                "4..8",
                "-q"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    /** Runs the CLI with {@code args}, its output captured through picocli's writers (the commands print nowhere else). */
    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = EvolabCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
