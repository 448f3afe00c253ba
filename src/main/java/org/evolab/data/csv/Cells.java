package org.evolab.data.csv;

import java.util.Locale;
import java.util.Set;

/**
 * The one place that decides what a cell's text means: missing or present, a number or not, and
 * which class label it stands for. Loading, inference, splitting and preprocessing all ask here,
 * so that they never disagree about a cell.
 */
public final class Cells {
    /**
     * Spellings that spreadsheets, R, pandas and databases write for "no value" (compared
     * lower-case). "none" is deliberately absent: it is a common real category ("heating: none").
     */
    private static final Set<String> MISSING_TOKENS = Set.of("na", "n/a", "nan", "null", "?", "-", "--", "#n/a");

    private static final int LONGEST_MISSING_TOKEN = 4;

    /** Infinity and not-a-number spellings: not data a network can learn from, so treated as missing. */
    private static final Set<String> NON_FINITE_TOKENS =
            Set.of("nan", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity");

    /**
     * Plain decimal numbers with an optional exponent: {@code [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?}.
     * Stricter than Double.parseDouble, which also takes "1d", "0x1p3" and "Infinity". Thousands
     * separators and decimal commas are not numbers here: {@link NumberFormats} rewrites a column
     * that consistently uses them when the file is loaded, where the whole column and the
     * separator of the file are known.
     */
    static boolean isPlainNumber(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int intDigits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            intDigits++;
        }
        int fractionDigits = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                fractionDigits++;
            }
        }
        if (intDigits == 0 && fractionDigits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Cells() {}

    /** The trimmed text of a raw cell, or null when the cell is empty or spells "missing". */
    static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String t = raw.strip();
        if (t.isEmpty() || t.length() <= LONGEST_MISSING_TOKEN && MISSING_TOKENS.contains(t.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return t;
    }

    /** True when the (normalized) cell can sit in a numeric column: a number, missing, or a non-finite literal. */
    public static boolean isNumeric(String cell) {
        return cell == null || isPlainNumber(cell) || isNonFiniteToken(cell);
    }

    /**
     * The value of a cell that {@link #isNumeric} accepted; NaN stands for missing (which includes
     * infinities and numbers too large for a double).
     */
    public static double number(String cell) {
        if (cell == null || !isPlainNumber(cell)) {
            if (cell == null || isNonFiniteToken(cell)) {
                return Double.NaN;
            }
            throw new IllegalArgumentException("not a number: " + cell);
        }
        double v = Double.parseDouble(cell);
        return Double.isFinite(v) ? v : Double.NaN;
    }

    private static boolean isNonFiniteToken(String cell) {
        return cell.length() <= "+infinity".length() && NON_FINITE_TOKENS.contains(cell.toLowerCase(Locale.ROOT));
    }

    public static boolean isInteger(double v) {
        return Double.isFinite(v) && v == Math.rint(v) && Math.abs(v) < 1e15;
    }

    /**
     * The class label a target cell stands for. Numeric targets are labelled by their value, so
     * that "1", "1.0" and "+1" are the same class and labels sort by value.
     */
    public static String label(String cell, boolean numericTarget) {
        if (cell == null || !numericTarget) {
            return cell;
        }
        return canonicalNumber(number(cell));
    }

    static String canonicalNumber(double v) {
        return isInteger(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** Quotes a user value for a message, cut short so that a message stays one readable line. */
    public static String quote(String value) {
        String v = value.replace("\r", "\\r").replace("\n", "\\n");
        return "'" + (v.length() > 60 ? v.substring(0, 57) + "..." : v) + "'";
    }
}
