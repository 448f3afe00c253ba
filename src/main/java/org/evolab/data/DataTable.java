package org.evolab.data;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evolab.util.InvalidInputException;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.io.csv.CsvReadOptions;
import tech.tablesaw.io.csv.CsvReader;

/**
 * A loaded CSV: every cell as text (null = missing), column names in file order. Immutable;
 * {@link #select} shares the cells of the table it selects from.
 *
 * <p>Cells are trimmed; empty cells and the usual spellings of "no value" ("NA", "N/A", "NaN",
 * "null", "?", "-", "--", "#N/A", any case) are missing. Rows whose every field is empty (a
 * spreadsheet's trailing ",,,," lines) are skipped like blank lines. A blank header cell is named
 * {@code column_<position>} (1-based); such a column that is also empty in every row, which is
 * what a trailing separator on every line produces, is dropped.
 */
public final class DataTable {
    private static final String AUTO_NAME_PREFIX = "column_";

    private final String name;
    private final List<String> columns;
    private final Map<String, Integer> columnIndex;
    private final String[][] rows;
    private final int[] sourceLines;

    private DataTable(String name, List<String> columns, Map<String, Integer> columnIndex, String[][] rows, int[] sourceLines) {
        this.name = name;
        this.columns = columns;
        this.columnIndex = columnIndex;
        this.rows = rows;
        this.sourceLines = sourceLines;
    }

    /** Reads a CSV file (header row; separator ',', ';' or tab, sniffed; UTF-8 with or without BOM). */
    public static DataTable load(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.exists(file)) {
            throw new InvalidInputException(name + ": file not found");
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(name + ": not a regular file" + (Files.isDirectory(file) ? " (it is a folder)" : ""));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(name + ": cannot be read (permission denied)", e);
        } catch (IOException | OutOfMemoryError e) {
            throw new InvalidInputException(name + ": cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
        return parse(name, bytes);
    }

    /** Parses the bytes of a CSV file; {@code name} names it in messages. */
    static DataTable parse(String name, byte[] bytes) {
        if (bytes.length == 0) {
            throw new InvalidInputException(name + ": the file is empty");
        }
        String decoded = CsvText.decode(name, bytes);
        char separator = CsvText.sniffSeparator(decoded);
        String text = CsvText.withoutTrailingBlankLine(decoded, separator);
        List<CsvText.RecordShape> records = CsvText.scan(name, text, separator);
        if (records.isEmpty()) {
            throw new InvalidInputException(name + ": the file is empty");
        }
        int width = records.get(0).fields();
        for (CsvText.RecordShape record : records) {
            if (record.fields() != width) {
                throw new InvalidInputException(name + ": line " + record.line() + " has " + record.fields()
                        + (record.fields() == 1 ? " field" : " fields") + ", the header has " + width);
            }
        }
        if (records.size() == 1) {
            throw new InvalidInputException(name + ": no data rows (only a header)");
        }
        Table parsed = readWithTablesaw(name, text, separator, width);
        if (parsed.rowCount() != records.size() || parsed.columnCount() != width) {
            // Only quoting that univocity and our scan read differently gets here.
            throw new InvalidInputException(name + ": cannot be read as CSV (unusual quoting near line "
                    + records.get(Math.min(parsed.rowCount(), records.size() - 1)).line() + ")");
        }
        return fromParsed(name, parsed, records);
    }

    private static Table readWithTablesaw(String name, String text, char separator, int width) {
        CsvReadOptions options = CsvReadOptions.builder(new StringReader(text))
                .tableName(name)
                .separator(separator)
                .quoteChar(CsvText.QUOTE)
                .lineEnding("\n")
                // Header handled here: Tablesaw would reject duplicate names with its own message and
                // rename blank ones "C<index>", which a real column may also be called.
                .header(false)
                .columnTypes(column -> ColumnType.STRING)
                // Without this Tablesaw turns "NA", "null", "NaN" and "*" into missing on its own
                // (an empty array does not switch that off); missing is decided by Cells instead.
                .missingValueIndicator("")
                .commentPrefix('\0') // '#' starts a comment line by default
                .maxCharsPerColumn(-1) // default 4096
                .maxNumberOfColumns(width + 1)
                .build();
        try {
            return new CsvReader().read(options);
        } catch (RuntimeException e) {
            throw new InvalidInputException(name + ": cannot be read as CSV (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "parser error";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }

    private static DataTable fromParsed(String name, Table parsed, List<CsvText.RecordShape> records) {
        int width = parsed.columnCount();
        List<String[]> raw = new ArrayList<>(parsed.rowCount());
        for (int r = 0; r < parsed.rowCount(); r++) {
            String[] cells = new String[width];
            for (int c = 0; c < width; c++) {
                Column<?> column = parsed.column(c);
                cells[c] = column.isMissing(r) ? "" : column.getString(r);
            }
            raw.add(cells);
        }
        String[] header = raw.get(0);
        boolean[] keep = new boolean[width];
        List<String> names = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            String h = header[c].strip();
            keep[c] = !h.isEmpty() || !emptyInEveryRow(raw, c);
            if (keep[c]) {
                names.add(h.isEmpty() ? AUTO_NAME_PREFIX + (c + 1) : h);
            }
        }
        Map<String, Integer> index = indexOf(name, names);
        List<String[]> rows = new ArrayList<>(raw.size() - 1);
        List<Integer> lines = new ArrayList<>(raw.size() - 1);
        for (int r = 1; r < raw.size(); r++) {
            String[] source = raw.get(r);
            if (Arrays.stream(source).allMatch(String::isBlank)) {
                continue;
            }
            String[] cells = new String[names.size()];
            for (int c = 0, k = 0; c < width; c++) {
                if (keep[c]) {
                    cells[k++] = Cells.normalize(source[c]);
                }
            }
            rows.add(cells);
            lines.add(records.get(r).line());
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException(name + ": no data rows (only a header)");
        }
        return new DataTable(name, List.copyOf(names), index, rows.toArray(String[][]::new),
                lines.stream().mapToInt(Integer::intValue).toArray());
    }

    private static boolean emptyInEveryRow(List<String[]> raw, int column) {
        for (int r = 1; r < raw.size(); r++) {
            if (!raw.get(r)[column].isBlank()) {
                return false;
            }
        }
        return true;
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
                throw new InvalidInputException(tableName + ": column name " + Cells.quote(n) + " appears twice in the header (columns "
                        + (previous + 1) + " and " + (c + 1) + ")");
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
        Map<String, Integer> index = indexOf(name, names);
        String[][] cells = new String[rows.size()][];
        int[] lines = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            if (row.length != names.size()) {
                throw new InvalidInputException(name + ": line " + (r + 2) + " has " + row.length
                        + " fields, the header has " + names.size());
            }
            cells[r] = new String[row.length];
            for (int c = 0; c < row.length; c++) {
                cells[r][c] = Cells.normalize(row[c]);
            }
            lines[r] = r + 2;
        }
        return new DataTable(name, names, index, cells, lines);
    }

    /** The file name, used in messages. */
    public String name() {
        return name;
    }

    public List<String> columnNames() {
        return columns;
    }

    public int rowCount() {
        return rows.length;
    }

    public int columnCount() {
        return columns.size();
    }

    /** The position of the column with this exact name, or -1. */
    public int columnIndex(String column) {
        Integer i = columnIndex.get(column);
        return i == null ? -1 : i;
    }

    /** The trimmed text of a cell, or null when it is missing. */
    public String cell(int row, int column) {
        return rows[row][column];
    }

    /** The 1-based line of the file on which this row starts (the header is line 1). */
    public int sourceLine(int row) {
        return sourceLines[row];
    }

    /** The given rows, in the given order, keeping their source lines. */
    public DataTable select(int[] rowIndices) {
        String[][] selected = new String[rowIndices.length][];
        int[] lines = new int[rowIndices.length];
        for (int i = 0; i < rowIndices.length; i++) {
            int r = rowIndices[i];
            if (r < 0 || r >= rows.length) {
                throw new IndexOutOfBoundsException("row " + r + " of " + rows.length);
            }
            selected[i] = rows[r];
            lines[i] = sourceLines[r];
        }
        return new DataTable(name, columns, columnIndex, selected, lines);
    }

    /** "a, b, c", cut short for wide tables: for messages that list the columns. */
    String columnList() {
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
