package org.evolab.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.evolab.data.TestFiles;
import org.evolab.data.prep.DataSplit;
import org.evolab.data.prep.PreprocessOptions;
import org.evolab.data.prep.Preprocessor;
import org.evolab.data.prep.SplitRatios;
import org.evolab.data.prep.Splitter;
import org.evolab.data.schema.DatasetSchema;
import org.evolab.data.schema.SchemaOptions;
import org.evolab.util.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged copies of the sample files, made with a fixed seed: every one must load (and then
 * infer a schema, split and preprocess, or refuse to), or be refused with one line that starts
 * with the file name. Any other exception is a bug. What loads must be a table the bytes can
 * hold: no more rows than lines after the header, each row starting on a later line than the
 * one before. The undamaged prefix of each sample, read the same way, gives exactly its lines.
 * A failure names the variant and the damage done to it, so it can be reproduced.
 */
class CsvFuzzTest {
    private static final long SEED = 20240611L;
    private static final int VARIANTS_PER_FILE = 120;
    private static final String[] SAMPLES = {"iris.csv", "spirals.csv", "housing.csv"};

    @TempDir
    Path dir;

    @Test
    void damagedSampleFilesLoadOrAreRefusedWithOneLine() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED);
        int loaded = 0;
        int refused = 0;
        int inferred = 0;
        for (String sample : SAMPLES) {
            byte[] original = Files.readAllBytes(TestFiles.SAMPLE_DIR.resolve(sample));
            // housing.csv is 60 KB; a shorter prefix keeps the whole test to a few seconds.
            byte[] source = Arrays.copyOf(original, Math.min(original.length, 12_000));
            source = Arrays.copyOf(source, lastLineEnd(source));
            assertUndamagedPrefixLoadsLineForLine(sample, source);
            for (int v = 0; v < VARIANTS_PER_FILE; v++) {
                List<String> damage = new ArrayList<>();
                byte[] bytes = source;
                for (int k = 1 + random.nextInt(4); k > 0; k--) {
                    bytes = damage(bytes, random, damage);
                }
                String name = String.format("fuzz-%03d-%s", v, sample);
                Path file = Files.write(dir.resolve(name), bytes);
                String what = name + " after " + damage;
                DataTable table;
                try {
                    table = DataTable.load(file);
                    loaded++;
                    assertRowsComeFromLines(table, lines(bytes), what);
                } catch (InvalidInputException e) {
                    assertUserMessage(e, name, what);
                    refused++;
                    continue;
                } catch (RuntimeException | Error e) {
                    throw new AssertionError(what + ": load threw " + e, e);
                }
                if (exercise(table, what)) {
                    inferred++;
                }
            }
        }
        int total = SAMPLES.length * VARIANTS_PER_FILE;
        assertThat(refused).as("refused").isPositive();
        // The damage should neither be so mild that everything loads nor so bad that nothing does.
        assertThat(loaded).as("loaded").isBetween(total / 10, total - total / 10);
        assertThat(inferred).as("inferred").isPositive();
    }

    /** The sample's first lines, undamaged, load as its header and one row per line after it. */
    private void assertUndamagedPrefixLoadsLineForLine(String sample, byte[] source) throws Exception {
        DataTable whole = DataTable.load(TestFiles.SAMPLE_DIR.resolve(sample));
        DataTable prefix = DataTable.load(Files.write(dir.resolve("prefix-" + sample), source));
        int lines = lines(source);
        assertThat(prefix.columnNames()).as(sample).isEqualTo(whole.columnNames());
        assertThat(prefix.rowCount()).as(sample).isEqualTo(lines - 1);
        for (int r = 0; r < prefix.rowCount(); r++) {
            assertThat(prefix.sourceLine(r)).as(sample + " row " + r).isEqualTo(r + 2);
            for (int c = 0; c < prefix.columnCount(); c++) {
                assertThat(prefix.cell(r, c)).as(sample + " row " + r).isEqualTo(whole.cell(r, c));
            }
        }
    }

    /** Every row of a loaded table starts on its own line after the header, in file order. */
    private static void assertRowsComeFromLines(DataTable table, int lines, String what) {
        if (table.columnCount() < 1 || table.rowCount() > lines - 1) {
            fail(what + ": " + table.rowCount() + " rows x " + table.columnCount() + " columns from " + lines
                    + " lines");
        }
        int previous = 1;
        for (int r = 0; r < table.rowCount(); r++) {
            int line = table.sourceLine(r);
            if (line <= previous || line > lines) {
                fail(what + ": row " + r + " starts on line " + line + " after line " + previous + " of " + lines);
            }
            previous = line;
        }
    }

    /** Lines in {@code bytes}, counting CR, LF and CRLF as breaks (an upper bound on what a reader sees). */
    private static int lines(byte[] bytes) {
        int lines = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'))) {
                lines++;
            }
        }
        boolean endsWithBreak =
                bytes.length > 0 && (bytes[bytes.length - 1] == '\n' || bytes[bytes.length - 1] == '\r');
        return endsWithBreak ? lines - 1 : lines;
    }

    /** Length of {@code bytes} up to and including its last line break. */
    private static int lastLineEnd(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i + 1;
            }
        }
        return bytes.length;
    }

    /** Schema, split and preprocessing on a damaged table; true when all succeeded. */
    private static boolean exercise(DataTable table, String what) {
        try {
            DatasetSchema schema = DatasetSchema.infer(table, SchemaOptions.defaults());
            DataSplit split = Splitter.split(table, schema, SplitRatios.defaults(), 1);
            Preprocessor p = Preprocessor.fit(table, schema, split.train(), PreprocessOptions.defaults());
            double[][] x = p.features(table, split.test());
            for (double[] row : x) {
                if (row.length != p.featureCount() || !Arrays.stream(row).allMatch(Double::isFinite)) {
                    fail(what + ": features " + Arrays.toString(row));
                }
            }
            p.targets(table, split.validation());
            return true;
        } catch (InvalidInputException e) {
            assertUserMessage(e, table.name(), what);
            return false;
        } catch (RuntimeException | Error e) {
            throw new AssertionError(what + ": after loading, threw " + e, e);
        }
    }

    private static void assertUserMessage(InvalidInputException e, String fileName, String what) {
        String m = e.getMessage();
        if (m == null || !m.startsWith(fileName + ": ") || m.contains("\n") || m.contains("\r") || m.length() > 400) {
            fail(what + ": message is not one line starting with the file name: " + m);
        }
    }

    private static byte[] damage(byte[] in, SplittableRandom random, List<String> log) {
        int n = in.length;
        int at = n == 0 ? 0 : random.nextInt(n + 1);
        int kind = random.nextInt(13);
        switch (kind) {
            case 0 -> {
                int len = 1 + random.nextInt(Math.max(1, Math.min(40, n - at + 1)));
                log.add("delete " + len + "@" + at);
                return splice(in, at, Math.min(n, at + len), new byte[0]);
            }
            case 1 -> {
                int len = 1 + random.nextInt(30);
                int end = Math.min(n, at + len);
                log.add("duplicate " + (end - at) + "@" + at);
                return splice(in, at, at, Arrays.copyOfRange(in, at, end));
            }
            case 2 -> {
                if (n < 2) {
                    return in;
                }
                int i = random.nextInt(n);
                int j = random.nextInt(n);
                byte[] out = in.clone();
                out[i] = in[j];
                out[j] = in[i];
                log.add("swap " + i + "," + j);
                return out;
            }
            case 3 -> {
                log.add("quote@" + at);
                return splice(in, at, at, new byte[] {'"'});
            }
            case 4 -> {
                byte sep = new byte[] {',', ';', '\t'}[random.nextInt(3)];
                log.add("separator " + sep + "@" + at);
                return splice(in, at, at, new byte[] {sep});
            }
            case 5 -> {
                byte[] nl = new byte[][] {{'\n'}, {'\r'}, {'\r', '\n'}, {'\n', '\n'}}[random.nextInt(4)];
                log.add("newline " + Arrays.toString(nl) + "@" + at);
                return splice(in, at, at, nl);
            }
            case 6 -> {
                log.add("NUL@" + at);
                return splice(in, at, at, new byte[] {0});
            }
            case 7 -> {
                byte[] bad = new byte[][] {
                            {(byte) 0xC3},
                            {(byte) 0xFF},
                            {(byte) 0xE9},
                            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                            {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                            {(byte) 0x80, (byte) 0x9D}
                        }
                        [random.nextInt(6)];
                log.add("bytes " + Arrays.toString(bad) + "@" + at);
                return splice(in, at, at, bad);
            }
            case 8 -> {
                log.add("truncate@" + at);
                return Arrays.copyOf(in, at);
            }
            case 9 -> {
                int[] line = lineAround(in, at);
                int times = 1 + random.nextInt(3);
                ByteArrayOutputStream repeated = new ByteArrayOutputStream();
                for (int t = 0; t < times; t++) {
                    repeated.write(in, line[0], line[1] - line[0]);
                }
                log.add("repeat line x" + times + "@" + line[0]);
                return splice(in, line[1], line[1], repeated.toByteArray());
            }
            case 10 -> {
                // Blank the cell around `at`: delete up to the next separator or line end.
                int start = at;
                while (start > 0 && !isBoundary(in[start - 1])) {
                    start--;
                }
                int end = at;
                while (end < n && !isBoundary(in[end])) {
                    end++;
                }
                log.add("blank cell " + start + ".." + end);
                return splice(in, start, end, new byte[0]);
            }
            case 11 -> {
                String text = new String[] {"NA", "inf", "-Infinity", "\"\"", "1,5", "\"1,234.5\"", "x\"y", "?", " "}
                        [random.nextInt(9)];
                log.add("insert " + text + "@" + at);
                return splice(in, at, at, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            default -> {
                if (n == 0) {
                    return in;
                }
                int i = random.nextInt(n);
                byte[] out = in.clone();
                out[i] = (byte) random.nextInt(256);
                log.add("byte " + (out[i] & 0xFF) + "@" + i);
                return out;
            }
        }
    }

    private static boolean isBoundary(byte b) {
        return b == ',' || b == '\n' || b == '\r';
    }

    /** [start, end) of the line containing {@code at}, its line break included. */
    private static int[] lineAround(byte[] in, int at) {
        int start = Math.min(at, in.length);
        while (start > 0 && in[start - 1] != '\n') {
            start--;
        }
        int end = Math.min(at, in.length);
        while (end < in.length && in[end] != '\n') {
            end++;
        }
        return new int[] {start, Math.min(in.length, end + 1)};
    }

    private static byte[] splice(byte[] in, int from, int to, byte[] insert) {
        byte[] out = new byte[in.length - (to - from) + insert.length];
        System.arraycopy(in, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(in, to, out, from + insert.length, in.length - to);
        return out;
    }
}
