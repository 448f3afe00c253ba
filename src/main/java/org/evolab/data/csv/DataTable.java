package org.evolab.data.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.DoubleConsumer;
import org.evolab.util.InvalidInputException;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A loaded CSV: every cell as text (null = missing), column names in file order. Immutable;
 * {@link #select} shares the cells of the table it selects from.
 *
 * <p>Cells are trimmed; empty cells and the usual spellings of "no value" ("NA", "N/A", "NaN",
 * "null", "?", "-", "--", "#N/A", any case) are missing. Rows whose every field is empty (a
 * spreadsheet's trailing ",,,," lines) are skipped like blank lines. A blank header cell is named
 * {@code column_<position>} (1-based); such a column that is also empty in every row, which is
 * what a trailing separator on every line produces, is dropped. A column of numbers written with
 * a decimal comma or thousands separators holds them as plain numbers ("1.234,5" becomes
 * "1234.5"; the rule is in {@link NumberFormats}).
 *
 * <p>The cells live in a Tablesaw {@link Table}, which Tablesaw's CSV reader fills from the file
 * as a stream. Evolab's steps around it: CsvText refuses binary files, decodes the bytes and
 * sniffs the separator; RecordScanner takes the header, skips blank rows and checks each record,
 * keeping the line it starts on. A column whose first records are plain numbers is read as
 * numbers ({@link PlainNumberType}); the others as text, then made plain ({@link ColumnCells}).
 * A cell of a number column reads back as its number written plainly ("5.0" for "5" among
 * decimals, "3" in a column of integers), not byte for byte as in the file.
 */
public final class DataTable {
    private static final String AUTO_NAME_PREFIX = "column_";
    private static final int HEAD_BYTES = 4096;
    private static final DoubleConsumer NO_PROGRESS = fraction -> {};

    private final String name;
    private final List<String> columns;
    private final Map<String, Integer> columnIndex;
    /** The cells, one Tablesaw column each; {@link #select} shares them. */
    private final Table table;

    private final ColumnCells[] cells;
    /** Row r of this table is row rowIndex[r] of the columns; null when they are the same. */
    private final int[] rowIndex;

    private final int[] sourceLines;
    private final String encoding;

    private DataTable(
            String name,
            List<String> columns,
            Map<String, Integer> columnIndex,
            Table table,
            ColumnCells[] cells,
            int[] rowIndex,
            int[] sourceLines,
            String encoding) {
        this.name = name;
        this.columns = columns;
        this.columnIndex = columnIndex;
        this.table = table;
        this.cells = cells;
        this.rowIndex = rowIndex;
        this.sourceLines = sourceLines;
        this.encoding = encoding;
    }

    /**
     * Reads a CSV file: a header row, then data rows; separator ',', ';' or tab, sniffed; UTF-8
     * with or without BOM, with bytes that are not UTF-8 read as windows-1252 (see
     * CsvText.Decoder). Anything that cannot be read as a table is an
     * {@link InvalidInputException} whose one-line message starts with the file name and names
     * the line (and column, where there is one).
     */
    public static DataTable load(Path file) {
        return load(file, NO_PROGRESS);
    }

    /**
     * As {@link #load(Path)}, telling {@code progress} the fraction of the file read so far: 0 at
     * the start, then at least every megabyte, never decreasing, and 1.0 once the table is
     * complete. It is called on the thread that reads the file, which may be one Tablesaw's
     * reader starts; an exception it throws (to cancel, say) ends the load and reaches the
     * caller as it is.
     */
    public static DataTable load(Path file, DoubleConsumer progress) {
        Objects.requireNonNull(progress, "progress");
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        if (!Files.exists(file)) {
            throw new InvalidInputException(name + ": file not found");
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(
                    name + ": not a regular file" + (Files.isDirectory(file) ? " (it is a folder)" : ""));
        }
        try {
            return read(name, () -> Files.newInputStream(file), Files.size(file), progress);
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(name + ": cannot be read (permission denied)", e);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(name + ": file not found", e);
        } catch (IOException e) {
            throw cannotRead(name, e);
        }
    }

    /** Parses the bytes of a CSV file; {@code name} names it in messages. */
    static DataTable parse(String name, byte[] bytes) {
        try {
            return read(name, () -> new ByteArrayInputStream(bytes), bytes.length, NO_PROGRESS);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not from memory
        }
    }

    private static InvalidInputException cannotRead(String name, IOException e) {
        return new InvalidInputException(
                name + ": cannot be read (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())) + ")",
                e);
    }

    /** Opens the file's bytes; a file may be read twice (see {@link #build}). */
    private interface Opener {
        InputStream open() throws IOException;
    }

    private static DataTable read(String name, Opener opener, long size, DoubleConsumer progress) throws IOException {
        progress.accept(0.0);
        double[] reported = {0.0};
        DoubleConsumer monotone = f -> {
            if (f > reported[0]) {
                reported[0] = f;
                progress.accept(f);
            }
        };
        Set<Integer> asText = new HashSet<>();
        while (true) {
            try (InputStream in = opener.open()) {
                byte[] head = new byte[HEAD_BYTES];
                int headLength = in.readNBytes(head, 0, head.length);
                if (headLength == 0) {
                    throw new InvalidInputException(name + ": the file is empty");
                }
                CsvText.checkLooksLikeText(name, head, headLength);
                CsvText.Decoder decoder = new CsvText.Decoder(head, headLength, in, size, monotone);
                DataTable table = build(name, decoder, asText);
                progress.accept(1.0);
                return table;
            } catch (TablesawCsv.NotNumbers e) {
                asText.add(e.column);
            } catch (UncheckedIOException e) {
                throw cannotRead(name, e.getCause());
            } catch (OutOfMemoryError e) {
                throw new InvalidInputException(
                        name + ": too large for the memory Java may use here ("
                                + (Runtime.getRuntime().maxMemory() >> 20) + " MB); start Evolab with a larger -Xmx",
                        e);
            }
        }
    }

    /**
     * Reads the records through Tablesaw: columns whose first records are numbers as numbers
     * ({@link PlainNumberType}), the rest (and those in {@code asText}) as text. Throws
     * {@link TablesawCsv.NotNumbers} when a column read as numbers turns out not to be, to be read again.
     */
    private static DataTable build(String name, CsvText.Decoder decoder, Set<Integer> asText) {
        RecordScanner scanner = new RecordScanner(name, decoder);
        List<String> header = scanner.header();
        int width = header.size();
        checkNamedColumnsDistinct(name, header);
        ColumnType[] types = new ColumnType[width];
        for (int c = 0; c < width; c++) {
            types[c] = scanner.headNumbers(c) && !asText.contains(c) ? PlainNumberType.INSTANCE : ColumnType.STRING;
        }
        Table read = TablesawCsv.read(scanner, types);
        int[] lines = scanner.lines();
        if (lines.length == 0) {
            throw new InvalidInputException(name + ": no data rows (only a header)");
        }
        if (read.rowCount() != lines.length) {
            throw new IllegalStateException(
                    name + ": Tablesaw read " + read.rowCount() + " rows, the scan passed on " + lines.length);
        }
        List<String> names = new ArrayList<>(width);
        List<ColumnCells> kept = new ArrayList<>(width);
        char separator = scanner.separator();
        for (int c = 0; c < width; c++) {
            String h = header.get(c);
            if (!h.isEmpty() || scanner.anyText(c)) {
                names.add(h.isEmpty() ? AUTO_NAME_PREFIX + (c + 1) : h);
                kept.add(
                        read.column(c) instanceof DoubleColumn numbers
                                ? ColumnCells.of(numbers, scanner.headIntegers(c))
                                : ColumnCells.of(
                                        read.stringColumn(c), present -> NumberFormats.rewriteFor(present, separator)));
            }
        }
        return assemble(name, names, kept, lines, decoder.encoding());
    }

    private static DataTable assemble(
            String name, List<String> names, List<ColumnCells> kept, int[] lines, String encoding) {
        Map<String, Integer> index = indexOf(name, names);
        ColumnCells[] cells = kept.toArray(ColumnCells[]::new);
        Table table = Table.create(name);
        for (int c = 0; c < cells.length; c++) {
            table.addColumns(cells[c].column().setName(names.get(c)));
        }
        return new DataTable(name, List.copyOf(names), index, table, cells, null, lines, encoding);
    }

    /** The first line of an exception message, cut short, for a one-line message. */
    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "no details";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }

    /** Duplicate names among the header's non-blank cells, found before the data is read. */
    private static void checkNamedColumnsDistinct(String tableName, List<String> header) {
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String n = header.get(c);
            if (!n.isEmpty()) {
                Integer previous = seen.putIfAbsent(n, c);
                if (previous != null) {
                    throw duplicateName(tableName, n, previous, c);
                }
            }
        }
    }

    private static InvalidInputException duplicateName(String tableName, String n, int first, int second) {
        return new InvalidInputException(tableName + ": column name " + Cells.quote(n)
                + " appears twice in the header (columns " + (first + 1) + " and " + (second + 1) + ")");
    }

    private static Map<String, Integer> indexOf(String tableName, List<String> names) {
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < names.size(); c++) {
            String n = names.get(c);
            if (n == null || n.isBlank()) {
                throw new InvalidInputException(tableName + ": column " + (c + 1) + " has no name");
            }
            Integer previous = index.putIfAbsent(n, c);
            if (previous != null) {
                throw duplicateName(tableName, n, previous, c);
            }
        }
        return Map.copyOf(index);
    }

    /**
     * A table from cells in memory (tests, generated data). Cells are trimmed and missing spellings
     * become null as in {@link #load}; row {@code i} is reported as line {@code i + 2}, as if read
     * from a file with a header line.
     */
    public static DataTable of(String name, List<String> columns, List<String[]> rows) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a table needs a name");
        }
        List<String> names = List.copyOf(columns);
        indexOf(name, names);
        StringColumn[] raw = new StringColumn[names.size()];
        Arrays.setAll(raw, c -> StringColumn.create(names.get(c), rows.size()));
        int[] lines = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            if (row.length != names.size()) {
                throw new InvalidInputException(
                        name + ": line " + (r + 2) + " has " + row.length + " fields, the header has " + names.size());
            }
            for (int c = 0; c < row.length; c++) {
                if (row[c] != null) {
                    raw[c].set(r, row[c]);
                }
            }
            lines[r] = r + 2;
        }
        List<ColumnCells> cells = new ArrayList<>(names.size());
        for (StringColumn column : raw) {
            cells.add(ColumnCells.of(column, null));
        }
        return assemble(name, names, cells, lines, "UTF-8");
    }

    /** The file name, used in messages. */
    public String name() {
        return name;
    }

    public List<String> columnNames() {
        return columns;
    }

    public int rowCount() {
        return sourceLines.length;
    }

    public int columnCount() {
        return columns.size();
    }

    /** The position of the column with this exact name, or -1. */
    public int columnIndex(String column) {
        Integer i = columnIndex.get(column);
        return i == null ? -1 : i;
    }

    /** The trimmed text of a cell (a number column's as its number, see above), or null when it is missing. */
    public String cell(int row, int column) {
        if (row < 0 || row >= rowCount()) {
            throw new IndexOutOfBoundsException("row " + row + " of " + rowCount());
        }
        return cells[column].get(rowIndex == null ? row : rowIndex[row]);
    }

    /** The 1-based line of the file on which this row starts (the header is line 1). */
    public int sourceLine(int row) {
        return sourceLines[row];
    }

    /**
     * How the file's bytes were read: "UTF-8"; "windows-1252" when they were not UTF-8 (a file
     * saved as ANSI or Latin-1); "UTF-8 mixed with windows-1252" when both occur. Worth showing
     * the user when it is not UTF-8, in case an accented letter came out wrong.
     */
    public String encoding() {
        return encoding;
    }

    /** The given rows, in the given order, keeping their source lines. */
    public DataTable select(int[] rowIndices) {
        int[] selected = new int[rowIndices.length];
        int[] lines = new int[rowIndices.length];
        for (int i = 0; i < rowIndices.length; i++) {
            int r = rowIndices[i];
            if (r < 0 || r >= rowCount()) {
                throw new IndexOutOfBoundsException("row " + r + " of " + rowCount());
            }
            selected[i] = rowIndex == null ? r : rowIndex[r];
            lines[i] = sourceLines[r];
        }
        return new DataTable(name, columns, columnIndex, table, cells, selected, lines, encoding);
    }

    /** Approximate heap bytes this table's cells take (shared with tables selected from it). */
    long cellBytes() {
        long bytes = 4L * sourceLines.length + (rowIndex == null ? 0 : 4L * rowIndex.length);
        for (ColumnCells column : cells) {
            bytes += column.footprintBytes();
        }
        return bytes;
    }

    /** The rows as a Tablesaw table (of this table's rows, in order: a selection copies them). */
    Table tablesaw() {
        return rowIndex == null ? table : table.rows(rowIndex);
    }

    /** "a, b, c", cut short for wide tables: for messages that list the columns. */
    public String columnList() {
        if (columns.size() <= 30) {
            return String.join(", ", columns);
        }
        return String.join(", ", columns.subList(0, 30)) + ", ... (" + columns.size() + " columns)";
    }

    @Override
    public String toString() {
        return name + " (" + rowCount() + " rows, " + columnCount() + " columns)";
    }
}
