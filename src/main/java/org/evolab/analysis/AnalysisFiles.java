package org.evolab.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evolab.util.AtomicFiles;
import org.evolab.util.InvalidInputException;

/**
 * The analysis of one run as files: {@code importance.csv} (gene, importance; the importances sum
 * to 1), {@code pareto.csv} (the non-dominated genomes) and the plots as PNG. Each file is written
 * whole or not at all.
 */
public final class AnalysisFiles {
    public static final String IMPORTANCE_CSV = "importance.csv";
    public static final String PARETO_CSV = "pareto.csv";
    public static final String IMPORTANCE_PNG = "importance.png";
    public static final String SLICES_PNG = "slices.png";
    public static final String PARALLEL_PNG = "parallel-coordinates.png";
    public static final String PARETO_PNG = "pareto.png";

    private AnalysisFiles() {}

    /** What was computed and where it went. */
    public record Written(List<Importance> importance, List<Trial> front, List<Path> files) {}

    public static String importanceCsv(List<Importance> importances) {
        StringBuilder sb = new StringBuilder("gene,importance\n");
        importances.forEach(i -> sb.append(i.gene())
                .append(',')
                .append(String.format(Locale.ROOT, "%.6f", i.importance()))
                .append('\n'));
        return sb.toString();
    }

    public static Written write(AnalyzedRun run, Path outDir) {
        Leaderboard board = run.leaderboard();
        if (board.scored().isEmpty()) {
            throw new InvalidInputException(run.source() + ": no genome was scored in this run: nothing to analyse");
        }
        List<Importance> importance = PedAnova.of(board);
        List<Trial> front = ParetoFront.of(board);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(IMPORTANCE_CSV, importanceCsv(importance).getBytes(StandardCharsets.UTF_8));
        files.put(PARETO_CSV, ParetoFront.csv(front).getBytes(StandardCharsets.UTF_8));
        files.put(IMPORTANCE_PNG, ChartImages.importance(importance));
        files.put(SLICES_PNG, ChartImages.slices(board));
        files.put(PARALLEL_PNG, ChartImages.parallelCoordinates(board));
        files.put(PARETO_PNG, ChartImages.pareto(board, front));
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(outDir);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path target = outDir.resolve(f.getKey());
                AtomicFiles.write(target, out -> out.write(f.getValue()));
                written.add(target);
            }
        } catch (IOException e) {
            throw new InvalidInputException(outDir + ": cannot write the analysis (" + e.getMessage() + ")");
        }
        return new Written(importance, front, written);
    }
}
