package org.evolab.data.prep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.evolab.data.csv.Cells;
import org.evolab.data.csv.DataTable;
import org.evolab.data.schema.DatasetSchema;
import org.evolab.data.schema.TaskType;
import org.evolab.util.InvalidInputException;

/**
 * Divides the rows of a table into training, validation and test sets. The same seed gives the
 * same split. Classification splits each class by the ratios (stratified), so that a rare class
 * is not missing from validation or test by bad luck; regression shuffles all rows.
 */
public final class Splitter {
    private static final int TRAIN = 0;
    private static final int SPLITS = 3;

    private Splitter() {}

    public static DataSplit split(DataTable table, DatasetSchema schema, SplitRatios ratios, long seed) {
        double[] shares = ratios.validate().asArray();
        int n = table.rowCount();
        if (n < SPLITS) {
            throw new InvalidInputException(table.name() + ": " + n + (n == 1 ? " row is" : " rows are")
                    + " too few to split into training, validation and test sets (at least 3 are needed)");
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] classOf = new int[n];
        List<List<Integer>> parts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        if (schema.taskType() == TaskType.CLASSIFICATION) {
            List<List<Integer>> rowsByClass = rowsByClass(table, schema, classOf);
            // The rounding error of one class is carried into the next, so that the totals follow
            // the ratios as closely as each class does.
            double[] carry = new double[SPLITS];
            for (List<Integer> classRows : rowsByClass) {
                int[] rows = shuffled(classRows, random);
                distribute(rows, allocate(rows.length, shares, carry, true), parts);
            }
        } else {
            List<Integer> all = new ArrayList<>(n);
            for (int r = 0; r < n; r++) {
                all.add(r);
            }
            int[] rows = shuffled(all, random);
            distribute(rows, allocate(n, shares, new double[SPLITS], false), parts);
        }
        fillEmptySplits(parts, classOf);
        return new DataSplit(toArray(parts.get(0)), toArray(parts.get(1)), toArray(parts.get(2)));
    }

    private static List<List<Integer>> rowsByClass(DataTable table, DatasetSchema schema, int[] classOf) {
        int column = table.columnIndex(schema.target());
        if (column < 0) {
            throw new InvalidInputException(
                    table.name() + ": the target column " + Cells.quote(schema.target()) + " is missing");
        }
        boolean numeric = schema.numericLabels();
        Map<String, Integer> indexOfLabel = new HashMap<>();
        List<List<Integer>> rowsByClass = new ArrayList<>();
        for (String label : schema.classLabels()) {
            indexOfLabel.put(label, rowsByClass.size());
            rowsByClass.add(new ArrayList<>());
        }
        for (int r = 0; r < table.rowCount(); r++) {
            String cell = table.cell(r, column);
            if (cell == null) {
                throw new InvalidInputException(table.name() + ": line " + table.sourceLine(r)
                        + " has no value for the target " + Cells.quote(schema.target()));
            }
            Integer k = numeric && !Cells.isNumeric(cell) ? null : indexOfLabel.get(Cells.label(cell, numeric));
            if (k == null) {
                throw new InvalidInputException(
                        table.name() + ": line " + table.sourceLine(r) + ": the target " + Cells.quote(schema.target())
                                + " is " + Cells.quote(cell) + ", which is not one of the classes of the schema");
            }
            classOf[r] = k;
            rowsByClass.get(k).add(r);
        }
        return rowsByClass;
    }

    private static int[] shuffled(List<Integer> rows, SplittableRandom random) {
        int[] a = toArray(rows);
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    /**
     * How many of {@code n} rows go to each split: the largest-remainder rounding of
     * {@code n * share + carry}, which also updates {@code carry}. A class needs training rows
     * before anything else, so one of 1 or 2 rows goes to training only, and a larger one always
     * keeps at least one row in training.
     */
    public static int[] allocate(int n, double[] shares, double[] carry, boolean keepOneInTrain) {
        int[] counts = new int[SPLITS];
        double[] desired = new double[SPLITS];
        for (int s = 0; s < SPLITS; s++) {
            desired[s] = n * shares[s] + carry[s];
        }
        if (keepOneInTrain && n <= 2) {
            counts[TRAIN] = n;
        } else {
            int assigned = 0;
            for (int s = 0; s < SPLITS; s++) {
                counts[s] = Math.max(0, (int) Math.floor(desired[s]));
                assigned += counts[s];
            }
            for (; assigned < n; assigned++) {
                counts[mostUnderserved(desired, counts)]++;
            }
            for (; assigned > n; assigned--) {
                counts[mostOverserved(desired, counts)]--;
            }
            if (keepOneInTrain && counts[TRAIN] == 0) {
                counts[counts[1] >= counts[2] ? 1 : 2]--;
                counts[TRAIN]++;
            }
        }
        for (int s = 0; s < SPLITS; s++) {
            carry[s] = desired[s] - counts[s];
        }
        return counts;
    }

    private static int mostUnderserved(double[] desired, int[] counts) {
        int best = 0;
        for (int s = 1; s < SPLITS; s++) {
            if (desired[s] - counts[s] > desired[best] - counts[best]) {
                best = s;
            }
        }
        return best;
    }

    private static int mostOverserved(double[] desired, int[] counts) {
        int best = -1;
        for (int s = 0; s < SPLITS; s++) {
            if (counts[s] > 0 && (best < 0 || desired[s] - counts[s] < desired[best] - counts[best])) {
                best = s;
            }
        }
        return best;
    }

    private static void distribute(int[] rows, int[] counts, List<List<Integer>> parts) {
        int next = 0;
        for (int s = 0; s < SPLITS; s++) {
            for (int k = 0; k < counts[s]; k++) {
                parts.get(s).add(rows[next++]);
            }
        }
    }

    /**
     * Small tables can leave a split without rows; each empty one takes a row from the largest
     * split, from the class that split has most of (so that no class leaves training).
     */
    private static void fillEmptySplits(List<List<Integer>> parts, int[] classOf) {
        for (int s = 0; s < SPLITS; s++) {
            if (!parts.get(s).isEmpty()) {
                continue;
            }
            List<Integer> donor = parts.get(0);
            for (List<Integer> p : parts) {
                if (p.size() > donor.size()) {
                    donor = p;
                }
            }
            Map<Integer, Integer> perClass = new HashMap<>();
            int commonest = -1;
            for (int row : donor) {
                int count = perClass.merge(classOf[row], 1, Integer::sum);
                if (commonest < 0
                        || count > perClass.get(commonest)
                        || (count == perClass.get(commonest) && classOf[row] < commonest)) {
                    commonest = classOf[row];
                }
            }
            for (int i = donor.size() - 1; i >= 0; i--) {
                if (classOf[donor.get(i)] == commonest) {
                    parts.get(s).add(donor.remove(i));
                    break;
                }
            }
        }
    }

    private static int[] toArray(List<Integer> rows) {
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }
}
