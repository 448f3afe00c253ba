package org.evolab.data.checks;

import java.util.Objects;
import org.evolab.data.csv.Cells;

/**
 * Something in the data that would spoil a model, found before a run by {@link DataChecks}: what
 * kind of problem, in which column, in one line of words, and the fix that would remove it.
 *
 * @param column  the column concerned (the target for class-balance problems)
 * @param message one line, no trailing full stop, without the column's name or the fix
 */
public record DataWarning(Kind kind, String column, String message, Fix fix) {
    /** What the check found. */
    public enum Kind {
        /** A feature that on its own predicts the target (nearly) perfectly: a restated target or an after-the-fact outcome. */
        LEAK,
        /** A different (or nearly different) value in most rows, or a row counter: nothing to generalise from. */
        IDENTIFIER,
        /** One value in every row: nothing to learn from. */
        CONSTANT,
        /** A class with too few rows to appear in the training, validation and test rows alike. */
        TINY_CLASS,
        /** Classes so unequal in size that accuracy rewards always guessing the largest. */
        IMBALANCE,
        /** A column whose cells are mostly missing. */
        MOSTLY_MISSING,
        /** Whole numbers that name things (codes, zips, types) rather than measure them. */
        NUMERIC_CODES
    }

    /** The one-click (or one-flag) change that answers a warning. */
    public enum Fix {
        IGNORE_COLUMN("ignore the column", "--ignore "),
        TREAT_AS_CATEGORICAL("treat it as categorical", "--categorical "),
        USE_MACRO_F1("use macro-F1 as the fitness", "--metric macro-f1"),
        /** Nothing to click: the data itself must change (more rows, merged classes). */
        NONE("", "");

        private final String words;
        private final String flag;

        Fix(String words, String flag) {
            this.words = words;
            this.flag = flag;
        }

        /** The fix in words, for a button or a hint; empty for {@link #NONE}. */
        public String words() {
            return words;
        }

        /** The command-line option that applies the fix to {@code column}; empty for {@link #NONE}. */
        public String flag(String column) {
            return switch (this) {
                case IGNORE_COLUMN, TREAT_AS_CATEGORICAL -> flag
                        + (column.matches("[A-Za-z0-9_.\\-]+") ? column : "'" + column + "'");
                default -> flag;
            };
        }
    }

    public DataWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
    }

    /** One line for a terminal: the column, the problem and the flag that fixes it. */
    public String line() {
        String hint = fix == Fix.NONE ? "" : " (" + fix.words() + ": " + fix.flag(column) + ")";
        return "column " + Cells.quote(column) + ": " + message + hint;
    }
}
