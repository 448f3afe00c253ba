package org.evolab.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evolab.util.InvalidInputException;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * How a run's best score grew: after each generation, the evaluations so far, the wall time so
 * far and the best validation score so far, from the run's {@code history.csv}.
 */
public record RunHistory(List<Point> points) {
    public RunHistory {
        points = List.copyOf(points);
    }

    /** The state of the run after one generation. */
    public record Point(int generation, int evaluations, double seconds, double bestSoFar) {}

    public static RunHistory readCsv(String csv, String source) {
        Table t;
        try (Reader in = new StringReader(csv)) {
            t = Table.read()
                    .csv(CsvReadOptions.builder(in)
                            .tableName(source)
                            .columnTypesPartial(Map.of(
                                    "generation",
                                    ColumnType.INTEGER,
                                    "best",
                                    ColumnType.DOUBLE,
                                    "evaluations",
                                    ColumnType.DOUBLE,
                                    "elapsed_s",
                                    ColumnType.DOUBLE,
                                    "best_individual",
                                    ColumnType.STRING,
                                    "best_genome",
                                    ColumnType.STRING))
                            .build());
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(source + ": not a run history (" + e.getMessage() + ")");
        }
        for (String column : List.of("generation", "best", "evaluations", "elapsed_s")) {
            if (!t.containsColumn(column)) {
                throw new InvalidInputException(source + ": not a run history (no column '" + column + "')");
            }
        }
        // A generation whose trainings all failed has no best: it does not lower the best so far.
        DoubleColumn best = t.doubleColumn("best")
                .map(v -> v.isNaN() ? Double.valueOf(Double.NEGATIVE_INFINITY) : v)
                .cumMax();
        DoubleColumn evaluations = t.doubleColumn("evaluations").cumSum();
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < t.rowCount(); i++) {
            points.add(new Point(
                    t.intColumn("generation").getInt(i),
                    (int) evaluations.getDouble(i),
                    t.doubleColumn("elapsed_s").getDouble(i),
                    best.getDouble(i)));
        }
        return new RunHistory(points);
    }

    public int evaluations() {
        return points.isEmpty() ? 0 : points.get(points.size() - 1).evaluations();
    }

    public double seconds() {
        return points.isEmpty() ? 0 : points.get(points.size() - 1).seconds();
    }

    public double best() {
        return points.isEmpty() ? Double.NaN : points.get(points.size() - 1).bestSoFar();
    }
}
