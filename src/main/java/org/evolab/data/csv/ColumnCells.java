package org.evolab.data.csv;

import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * The cells of one {@link DataTable} column, kept in a Tablesaw column: a {@link DoubleColumn}
 * when every present cell is a number (8 bytes a row), else a {@link StringColumn} (Tablesaw's
 * dictionary-encoded text; missing is its empty string). A number column read by Tablesaw as
 * numbers spells its cells from the numbers; one read as text and found to be numbers (a decimal
 * comma file, say) also keeps, by row, the texts that its numbers do not spell ("1.50", "inf").
 * Immutable once made.
 */
final class ColumnCells {
    private static final String MISSING = new String("missing");

    private final StringColumn text;
    private final DoubleColumn numbers;
    /** Whether the numbers are written as integers ("3"), else as Double.toString ("3.0"). */
    private final boolean integers;

    private final Int2ObjectOpenHashMap<String> exact;

    private ColumnCells(
            StringColumn text, DoubleColumn numbers, boolean integers, Int2ObjectOpenHashMap<String> exact) {
        this.text = text;
        this.numbers = numbers;
        this.integers = integers;
        this.exact = exact;
    }

    /**
     * A column from the raw texts Tablesaw read: each cell trimmed and "no value" spellings made
     * missing ({@link Cells#normalize}), then passed through {@code plainNumbers} when it returns
     * a rewrite for the column's present values (null: none, as for tables made in memory).
     */
    static ColumnCells of(StringColumn raw, PlainNumbers plainNumbers) {
        Set<String> values = raw.asSet();
        Map<String, String> changed = new HashMap<>();
        Set<String> present = new java.util.HashSet<>();
        for (String v : values) {
            String cell = Cells.normalize(v);
            if (cell != v) {
                changed.put(v, cell == null ? MISSING : cell);
            }
            if (cell != null) {
                present.add(cell);
            }
        }
        UnaryOperator<String> rewrite = plainNumbers == null ? null : plainNumbers.rewriteFor(present);
        if (rewrite != null) {
            for (String v : values) {
                String cell = cellOf(changed, v);
                if (cell != null) {
                    changed.put(v, rewrite.apply(cell));
                }
            }
            Set<String> rewritten = new java.util.HashSet<>();
            for (String cell : present) {
                rewritten.add(rewrite.apply(cell));
            }
            present = rewritten;
        }
        boolean numeric = true;
        boolean integers = true;
        for (String cell : present) {
            numeric &= Cells.isNumeric(cell);
            integers &= isInteger(cell);
        }
        if (numeric && !present.isEmpty()) {
            return numbers(raw, changed, integers);
        }
        if (changed.isEmpty()) {
            return new ColumnCells(raw, null, false, null);
        }
        StringColumn cells = StringColumn.create(raw.name(), raw.size());
        for (int r = 0; r < raw.size(); r++) {
            String cell = cellOf(changed, raw.get(r));
            if (cell != null) {
                cells.set(r, cell);
            }
        }
        return new ColumnCells(cells, null, false, null);
    }

    /** A function of a column's present values: the rewrite to plain numbers, or null. */
    interface PlainNumbers {
        UnaryOperator<String> rewriteFor(Set<String> present);
    }

    /**
     * A column Tablesaw read as numbers ({@link PlainNumberType}); its cells read back as
     * integers when {@code integers}, else as Double.toString writes them.
     */
    static ColumnCells of(DoubleColumn numbers, boolean integers) {
        return new ColumnCells(null, numbers, integers, null);
    }

    private static ColumnCells numbers(StringColumn raw, Map<String, String> changed, boolean integers) {
        double[] values = new double[raw.size()];
        Int2ObjectOpenHashMap<String> exact = new Int2ObjectOpenHashMap<>();
        for (int r = 0; r < values.length; r++) {
            String cell = cellOf(changed, raw.get(r));
            if (cell == null) {
                values[r] = Double.NaN;
                continue;
            }
            double v = Cells.number(cell);
            values[r] = v;
            if (Double.isNaN(v) || !cell.equals(spell(v, integers))) {
                exact.put(r, cell);
            }
        }
        exact.trim();
        return new ColumnCells(null, DoubleColumn.create(raw.name(), values), integers, exact.isEmpty() ? null : exact);
    }

    private static String cellOf(Map<String, String> changed, String raw) {
        String cell = changed.isEmpty() ? null : changed.get(raw);
        if (cell == null) {
            return raw.isEmpty() ? null : raw;
        }
        return cell == MISSING ? null : cell;
    }

    private static boolean isInteger(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return false;
            }
        }
        return true;
    }

    private static String spell(double v, boolean integers) {
        return integers && Cells.isInteger(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** The Tablesaw column, named as the DataTable column. */
    Column<?> column() {
        return text != null ? text : numbers;
    }

    int size() {
        return column().size();
    }

    /** The cell's text, or null when it is missing. */
    String get(int row) {
        if (text != null) {
            String s = text.get(row);
            return s.isEmpty() ? null : s;
        }
        double v = numbers.getDouble(row);
        if (exact != null) {
            String s = exact.get(row);
            if (s != null) {
                return s;
            }
        }
        return Double.isNaN(v) ? null : spell(v, integers);
    }

    /** Approximate heap bytes held (for measurements and tests). */
    long footprintBytes() {
        long bytes;
        if (text != null) {
            int distinct = text.countUnique();
            int keyBytes = distinct <= Byte.MAX_VALUE ? 1 : distinct <= Short.MAX_VALUE ? 2 : 4;
            bytes = (long) keyBytes * text.size() + 120L * distinct; // each distinct text, in two maps and a count
        } else {
            bytes = 8L * numbers.size();
        }
        return bytes + (exact == null ? 0 : 72L * exact.size());
    }
}
