package org.evolab.data.prep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evolab.data.csv.Cells;
import org.evolab.data.csv.DataTable;
import org.evolab.data.schema.DatasetSchema;
import org.evolab.util.InvalidInputException;

/**
 * New rows made ready for a trained model, with what in them the model was not trained for.
 * Data drifts: a category may turn up that training never saw (it is encoded as the model's
 * {@code <other>} level, and counted per column), and a cell may not be readable at all (text in
 * a numeric column): that spoils only its own row, which gets no features and a reason, unless
 * the caller asks to be strict.
 *
 * @param features     the encoded features of the readable rows, in the order of {@code readableRows}
 * @param readableRows the table rows that could be encoded
 * @param problems     per table row, why it could not be encoded, or null
 * @param unseenLevels per categorical input column, the rows with a level unseen in training (columns with none left out)
 */
public record ScoringInput(
        double[][] features, int[] readableRows, String[] problems, Map<String, Integer> unseenLevels) {

    /**
     * Encodes the rows of {@code table} with {@code pre}; with {@code strict} the first unreadable
     * cell is an {@link InvalidInputException} naming its line and column.
     */
    public static ScoringInput of(Preprocessor pre, DataTable table, boolean strict) {
        List<String> inputs = pre.inputColumns();
        int[] columns = new int[inputs.size()];
        for (int k = 0; k < columns.length; k++) {
            columns[k] = pre.columnOf(table, k);
        }
        int[] unseen = new int[inputs.size()];
        String[] problems = new String[table.rowCount()];
        List<Integer> readable = new ArrayList<>(table.rowCount());
        for (int r = 0; r < table.rowCount(); r++) {
            for (int k = 0; k < columns.length && problems[r] == null; k++) {
                String cell = table.cell(r, columns[k]);
                if (pre.isNumericInput(k)) {
                    if (!Cells.isNumeric(cell)) {
                        if (strict) {
                            throw DatasetSchema.notANumber(table, columns[k], r);
                        }
                        problems[r] =
                                "column " + Cells.quote(inputs.get(k)) + ": " + Cells.quote(cell) + " is not a number";
                    }
                } else if (cell != null && !pre.knowsLevel(k, cell)) {
                    unseen[k]++;
                }
            }
            if (problems[r] == null) {
                readable.add(r);
            }
        }
        int[] rows = readable.stream().mapToInt(Integer::intValue).toArray();
        Map<String, Integer> unseenLevels = new LinkedHashMap<>();
        for (int k = 0; k < unseen.length; k++) {
            if (unseen[k] > 0) {
                unseenLevels.put(inputs.get(k), unseen[k]);
            }
        }
        return new ScoringInput(pre.features(table, rows), rows, problems, Map.copyOf(unseenLevels));
    }

    /** Rows that could not be encoded. */
    public int spoiledRows() {
        return problems.length - readableRows.length;
    }

    /**
     * One line per column with unseen levels, e.g. "island: 69 rows had a level unseen in
     * training, predicted as &lt;other&gt;", in the model's column order.
     */
    public List<String> driftNotes(Preprocessor pre) {
        List<String> notes = new ArrayList<>();
        for (String column : pre.inputColumns()) {
            Integer rows = unseenLevels.get(column);
            if (rows != null) {
                notes.add(column + ": " + rows + (rows == 1 ? " row" : " rows") + " had a level unseen in training, "
                        + "predicted as " + Preprocessor.OTHER_LEVEL);
            }
        }
        return notes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScoringInput s
                && Arrays.deepEquals(features, s.features)
                && Arrays.equals(readableRows, s.readableRows)
                && Arrays.equals(problems, s.problems)
                && unseenLevels.equals(s.unseenLevels);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(readableRows) * 31 + unseenLevels.hashCode();
    }

    @Override
    public String toString() {
        return "ScoringInput[" + readableRows.length + " readable of " + problems.length + " rows, unseen "
                + unseenLevels + "]";
    }
}
