package org.evolab.data.csv;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Numbers written the way spreadsheets in many locales write them: with a decimal comma
 * ({@code 1,5}) or with thousands separators ({@code 1,234.5}, {@code 1.234,5}, {@code 1 234},
 * {@code 1'234}). A loaded column that consistently uses one such format is rewritten to plain
 * numbers ({@code 1.5}, {@code 1234.5}, {@code 1234}), so that everything after loading sees
 * ordinary numbers.
 *
 * <p>The rule, decided per column over all its values:
 * <ol>
 * <li>A column whose every present value is already a plain number ({@code 1.234}, {@code -2e3};
 *     see {@link Cells#isNumeric}) is left alone. So a lone {@code 1.234} always means one point
 *     two three four, never one thousand two hundred thirty-four.</li>
 * <li>Otherwise the formats below are tried in order and the first that fits every present value
 *     (missing cells and "inf"/"NaN" spellings aside) is used. If none fits, the column keeps its
 *     text (and is then categorical, or refused where a number is required).</li>
 * <li>A thousands group is well-formed or it does not fit: 1 to 3 leading digits, not starting
 *     with 0, then groups of exactly 3 digits, the same kind of separator throughout
 *     ({@code 12,34} and {@code 0,123} are not grouped numbers). Every value in a column must
 *     use the same format: {@code 1.5} and {@code 2,5} in one column stay text.</li>
 * <li>Decimal point formats, any separator: grouping by {@code ,}; by a space (also a no-break or
 *     narrow no-break space); by an apostrophe ({@code '} or {@code ’}). In a comma-separated
 *     file a value with a comma must be quoted, so {@code "1,234.5"}.</li>
 * <li>Decimal comma formats, only in {@code ;}-separated files (the separator spreadsheets use
 *     where the comma is the decimal mark) and tried there before the decimal point formats: no
 *     grouping ({@code 1,5}); grouping by {@code .} ({@code 1.234,5}); grouping by a space. A
 *     comma-separated file never reads {@code "1,5"} as one and a half: there it is more likely
 *     a pair or a list.</li>
 * </ol>
 * Consequences: in a {@code ;} file {@code 1,500} is 1.5 unless another value of the column
 * (say {@code 2,000.75}) shows the comma groups thousands; in a {@code ,} file {@code "1,500"}
 * is 1500.
 */
final class NumberFormats {
    private static final String SIGN = "[+-]?";
    private static final String SPACE = "[ \\u00A0\\u202F]";
    private static final String APOSTROPHE = "['\\u2019]";

    /** One way of writing numbers: its thousands separator and its decimal mark. */
    enum Format {
        COMMA_GROUPS_POINT_DECIMAL(",", '.'),
        SPACE_GROUPS_POINT_DECIMAL(SPACE, '.'),
        APOSTROPHE_GROUPS_POINT_DECIMAL(APOSTROPHE, '.'),
        POINT_GROUPS_COMMA_DECIMAL("\\.", ','),
        SPACE_GROUPS_COMMA_DECIMAL(SPACE, ',');

        private static final Pattern COMMA_DECIMAL = Pattern.compile(SIGN + "(?:\\d+,\\d+|,\\d+)");

        private final Pattern grouped;
        private final Pattern groupSeparator;
        private final char decimalMark;

        Format(String groupSeparator, char decimalMark) {
            this.grouped = Pattern.compile(SIGN + "[1-9]\\d{0,2}(?:" + groupSeparator + "\\d{3})+(?:"
                    + Pattern.quote(String.valueOf(decimalMark)) + "\\d+)?");
            this.groupSeparator = Pattern.compile(groupSeparator);
            this.decimalMark = decimalMark;
        }

        /** Whether a value is written in this format: grouped, or without groups (an integer, a plain decimal). */
        boolean fits(String value) {
            if (decimalMark == '.') {
                return Cells.isNumeric(value) || grouped.matcher(value).matches();
            }
            return isPlainInteger(value)
                    || COMMA_DECIMAL.matcher(value).matches()
                    || grouped.matcher(value).matches();
        }

        /** The plain number a value that {@link #fits} stands for. */
        String toPlain(String value) {
            if (decimalMark == '.' && Cells.isNumeric(value)) {
                return value;
            }
            String v = groupSeparator.matcher(value).replaceAll("");
            return decimalMark == ',' ? v.replace(',', '.') : v;
        }
    }

    private NumberFormats() {}

    /** The formats considered for a file with this separator, in order of preference. */
    static List<Format> candidates(char separator) {
        List<Format> formats = new ArrayList<>();
        if (separator == ';') {
            formats.add(Format.POINT_GROUPS_COMMA_DECIMAL);
            formats.add(Format.SPACE_GROUPS_COMMA_DECIMAL);
        }
        formats.add(Format.COMMA_GROUPS_POINT_DECIMAL);
        formats.add(Format.SPACE_GROUPS_POINT_DECIMAL);
        formats.add(Format.APOSTROPHE_GROUPS_POINT_DECIMAL);
        return formats;
    }

    /**
     * The rewrite that turns the column's distinct present values into plain numbers, or null when the column is
     * plain numbers already or not numbers in any one format.
     */
    static UnaryOperator<String> rewriteFor(Collection<String> values, char separator) {
        boolean allPlain = true;
        for (String v : values) {
            if (!Cells.isNumeric(v)) {
                if (!mayBeNumber(v)) {
                    return null;
                }
                allPlain = false;
            }
        }
        if (allPlain) {
            return null;
        }
        for (Format format : candidates(separator)) {
            boolean fitsAll = true;
            for (String v : values) {
                fitsAll = isNonFinite(v) || format.fits(v);
                if (!fitsAll) {
                    break;
                }
            }
            if (fitsAll) {
                return v -> isNonFinite(v) ? v : format.toPlain(v);
            }
        }
        return null;
    }

    /** A quick filter before the patterns: digits, signs and separators only. */
    private static boolean mayBeNumber(String v) {
        boolean digit = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if ("+-.,' \u00A0\u202F\u2019".indexOf(c) < 0) {
                return false;
            }
        }
        return digit;
    }

    private static boolean isPlainInteger(String v) {
        int start = !v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-') ? 1 : 0;
        if (start == v.length()) {
            return false;
        }
        for (int i = start; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** "inf", "-Infinity": accepted in any numeric column (as missing), whatever its format. */
    private static boolean isNonFinite(String v) {
        return Cells.isNumeric(v) && !Cells.isPlainNumber(v);
    }
}
