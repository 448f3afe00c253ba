package org.evolab.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.evolab.genome.Genome;
import org.evolab.util.InvalidInputException;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Every genome a run scored, best first, with one Tablesaw table of their genes: a column per
 * {@link Gene} (numeric genes as doubles, NaN where absent; categorical ones as strings, empty
 * where absent) beside {@code individual}, {@code fitness} and {@code parameters}.
 */
public final class Leaderboard {
    public static final String INDIVIDUAL = "individual";
    public static final String FITNESS = "fitness";
    public static final String PARAMETERS = "parameters";

    private final List<Trial> trials;
    private final List<Gene> genes;
    private final Table table;

    private Leaderboard(List<Trial> trials) {
        List<Trial> sorted = new ArrayList<>(trials);
        sorted.sort(Comparator.comparing(Trial::failed)
                .thenComparing(Comparator.comparingDouble(Trial::fitness).reversed()));
        this.trials = List.copyOf(sorted);
        int maxDepth =
                this.trials.stream().mapToInt(t -> t.genome().depth()).max().orElse(1);
        this.genes = Gene.upToDepth(maxDepth);
        this.table = tableOf(this.trials, genes);
    }

    public static Leaderboard of(List<Trial> trials) {
        return new Leaderboard(trials);
    }

    /** A run's {@code leaderboard.csv} (as a run folder and a bundle hold it); {@code source} names it in messages. */
    public static Leaderboard readCsv(String csv, String source) {
        Table rows;
        try (Reader in = new StringReader(csv)) {
            rows = Table.read()
                    .csv(CsvReadOptions.builder(in)
                            .tableName(source)
                            .columnTypesPartial(Map.of(
                                    INDIVIDUAL,
                                    ColumnType.STRING,
                                    "genome_id",
                                    ColumnType.STRING,
                                    "generation",
                                    ColumnType.INTEGER,
                                    FITNESS,
                                    ColumnType.DOUBLE,
                                    PARAMETERS,
                                    ColumnType.DOUBLE,
                                    "train_ms",
                                    ColumnType.DOUBLE,
                                    "genome",
                                    ColumnType.STRING,
                                    "parents",
                                    ColumnType.STRING,
                                    "operators",
                                    ColumnType.STRING,
                                    "failure",
                                    ColumnType.STRING))
                            .build());
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(source + ": not a leaderboard (" + e.getMessage() + ")");
        }
        for (String column : List.of(INDIVIDUAL, "generation", FITNESS, PARAMETERS, "train_ms", "genome")) {
            if (!rows.containsColumn(column)) {
                throw new InvalidInputException(source + ": not a leaderboard (no column '" + column + "')");
            }
        }
        List<Trial> trials = new ArrayList<>(rows.rowCount());
        StringColumn genomes = rows.stringColumn("genome");
        DoubleColumn fitness = rows.doubleColumn(FITNESS);
        for (int i = 0; i < rows.rowCount(); i++) {
            Genome genome;
            try {
                genome = Genome.parseCanonical(genomes.get(i));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(source + ": row " + (i + 2) + ", column genome: " + e.getMessage());
            }
            trials.add(new Trial(
                    rows.stringColumn(INDIVIDUAL).get(i),
                    rows.intColumn("generation").getInt(i),
                    genome,
                    fitness.isMissing(i) ? Double.NEGATIVE_INFINITY : fitness.getDouble(i),
                    (long) rows.doubleColumn(PARAMETERS).getDouble(i),
                    (long) rows.doubleColumn("train_ms").getDouble(i)));
        }
        return new Leaderboard(trials);
    }

    /** Best first; failed trainings last. */
    public List<Trial> trials() {
        return trials;
    }

    /** The trials that have a score. */
    public List<Trial> scored() {
        return trials.stream().filter(t -> !t.failed()).toList();
    }

    public List<Gene> genes() {
        return genes;
    }

    /** One row per trial, in {@link #trials()} order: individual, fitness, parameters and a column per gene. */
    public Table table() {
        return table;
    }

    /** The rows of {@link #table()} whose training did not fail. */
    public Table scoredTable() {
        return table.where(table.doubleColumn(FITNESS).isNotMissing());
    }

    private static Table tableOf(List<Trial> trials, List<Gene> genes) {
        Table t = Table.create(
                "leaderboard",
                StringColumn.create(
                        INDIVIDUAL, trials.stream().map(Trial::individualId).toList()),
                IntColumn.create(
                        "generation",
                        trials.stream().mapToInt(Trial::generation).toArray()),
                DoubleColumn.create(
                        FITNESS, trials.stream().mapToDouble(tr -> tr.failed() ? Double.NaN : tr.fitness())),
                DoubleColumn.create(PARAMETERS, trials.stream().mapToDouble(Trial::parameters)));
        for (Gene gene : genes) {
            if (gene.scale().numeric()) {
                t.addColumns(DoubleColumn.create(gene.name(), trials.stream().mapToDouble(tr -> {
                    Object v = gene.value().apply(tr.genome());
                    return v == null ? Double.NaN : (Double) v;
                })));
            } else {
                t.addColumns(StringColumn.create(
                        gene.name(),
                        trials.stream()
                                .map(tr -> {
                                    Object v = gene.value().apply(tr.genome());
                                    return v == null ? "" : (String) v;
                                })
                                .toList()));
            }
        }
        return t;
    }
}
