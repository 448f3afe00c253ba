package org.evolab.data.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.evolab.data.checks.DataWarning.Fix;
import org.evolab.data.checks.DataWarning.Kind;
import org.evolab.data.csv.Cells;
import org.evolab.data.csv.DataTable;
import org.evolab.data.prep.SplitRatios;
import org.evolab.data.prep.Splitter;
import org.evolab.data.schema.DatasetSchema;

/** How many rows each class of a classification target has, and what that means for splits and scores. */
final class ClassBalance {
    private static final String[] SPLIT_NAMES = {"training", "validation", "test"};
    private static final int LISTED_CLASSES = 5;

    private final String target;
    private final List<String> labels;
    private final int[] counts;
    private final int rows;

    private ClassBalance(String target, List<String> labels, int[] counts, int rows) {
        this.target = target;
        this.labels = labels;
        this.counts = counts;
        this.rows = rows;
    }

    static ClassBalance of(DataTable table, DatasetSchema schema) {
        Map<String, Integer> index = new HashMap<>();
        for (String label : schema.classLabels()) {
            index.put(label, index.size());
        }
        int column = table.columnIndex(schema.target());
        boolean numeric = schema.numericLabels();
        int[] counts = new int[index.size()];
        for (int r = 0; r < table.rowCount(); r++) {
            counts[index.get(Cells.label(table.cell(r, column), numeric))]++;
        }
        return new ClassBalance(schema.target(), schema.classLabels(), counts, table.rowCount());
    }

    /**
     * The classes that some split will lack, worked out as {@link Splitter} allocates rows (class
     * by class, in label order, carrying rounding from one class to the next), so that the
     * warning matches what the split will do whatever the seed.
     */
    DataWarning tinyClasses(SplitRatios split) {
        double[] shares = split.validate().asArray();
        double[] carry = new double[shares.length];
        List<String> missing = new ArrayList<>();
        int fewest = Integer.MAX_VALUE;
        int most = 0;
        boolean[] lacks = new boolean[shares.length];
        for (int k = 0; k < counts.length; k++) {
            int[] allocated = Splitter.allocate(counts[k], shares, carry, true);
            boolean absent = false;
            for (int s = 0; s < allocated.length; s++) {
                if (allocated[s] == 0) {
                    absent = true;
                    lacks[s] = true;
                }
            }
            if (absent) {
                missing.add(Cells.quote(labels.get(k)));
                fewest = Math.min(fewest, counts[k]);
                most = Math.max(most, counts[k]);
            }
        }
        if (missing.isEmpty()) {
            return null;
        }
        String names = missing.size() <= LISTED_CLASSES
                ? String.join(", ", missing)
                : String.join(", ", missing.subList(0, LISTED_CLASSES)) + " and " + (missing.size() - LISTED_CLASSES)
                        + " more";
        String lacking = java.util.stream.IntStream.range(0, lacks.length)
                .filter(s -> lacks[s])
                .mapToObj(s -> SPLIT_NAMES[s])
                .collect(Collectors.joining(" or "));
        String size = fewest == most ? Integer.toString(fewest) : fewest + "-" + most;
        return new DataWarning(
                Kind.TINY_CLASS,
                target,
                (missing.size() == 1 ? "class " + names + " has " : "classes " + names + " have ")
                        + "only " + size + (most == 1 ? " row" : " rows") + ", too few to appear in the " + lacking
                        + " rows, which then cannot score it; add rows or merge rare classes",
                Fix.NONE);
    }

    DataWarning imbalance() {
        int largest = 0;
        int smallest = 0;
        for (int k = 1; k < counts.length; k++) {
            largest = counts[k] > counts[largest] ? k : largest;
            smallest = counts[k] < counts[smallest] ? k : smallest;
        }
        double ratio = counts[largest] / (double) Math.max(1, counts[smallest]);
        if (ratio < DataChecks.IMBALANCE_RATIO) {
            return null;
        }
        return new DataWarning(
                Kind.IMBALANCE,
                target,
                String.format(
                        Locale.ROOT,
                        "heavy class imbalance: %s is %s of rows, %s only %s (%.0f:1); accuracy rewards always guessing %s",
                        Cells.quote(labels.get(largest)),
                        DataChecks.percent(counts[largest], rows),
                        Cells.quote(labels.get(smallest)),
                        DataChecks.percent(counts[smallest], rows),
                        ratio,
                        Cells.quote(labels.get(largest))),
                Fix.USE_MACRO_F1);
    }
}
