package org.evolab.cli;

import java.util.HashMap;
import java.util.Map;
import org.evolab.data.prep.SplitRatios;
import org.evolab.data.schema.ColumnKind;
import org.evolab.data.schema.ColumnRole;
import org.evolab.run.RunConfig;
import org.evolab.util.InvalidInputException;
import picocli.CommandLine.Option;

/** {@code evolab run}'s flags for how the data are used: the split, the columns' roles and kinds, the data checks. */
final class ColumnOptions {
    @Option(names = "--split", paramLabel = "TRAIN/VAL/TEST", description = "split in percent (default 70/15/15)")
    String split;

    @Option(names = "--ignore", paramLabel = "LIST", description = "columns not to use")
    String ignore;

    @Option(names = "--categorical", paramLabel = "LIST", description = "columns to treat as categories")
    String categorical;

    @Option(names = "--numeric", paramLabel = "LIST", description = "columns to treat as numbers")
    String numeric;

    @Option(
            names = "--strict",
            description = "data-check warnings (leaks, identifiers, imbalance...) are errors: exit 2 before training")
    boolean strict;

    RunConfig applyTo(RunConfig cfg) {
        if (split != null) {
            cfg = cfg.withSplit(parseSplit(split));
        }
        Map<String, ColumnRole> roles = new HashMap<>(cfg.columnRoles());
        Map<String, ColumnKind> kinds = new HashMap<>(cfg.columnKinds());
        if (ignore != null) {
            Ranges.list(ignore, s -> s).forEach(c -> roles.put(c, ColumnRole.IGNORE));
        }
        if (categorical != null) {
            Ranges.list(categorical, s -> s).forEach(c -> kinds.put(c, ColumnKind.CATEGORICAL));
        }
        if (numeric != null) {
            Ranges.list(numeric, s -> s).forEach(c -> kinds.put(c, ColumnKind.NUMERIC));
        }
        return cfg.withColumnRoles(roles).withColumnKinds(kinds);
    }

    static SplitRatios parseSplit(String text) {
        String[] parts = text.split("[/,:]");
        if (parts.length != 3) {
            throw new InvalidInputException("--split: expected three percentages such as 70/15/15, got '" + text + "'");
        }
        try {
            double a = Double.parseDouble(parts[0].trim());
            double b = Double.parseDouble(parts[1].trim());
            double c = Double.parseDouble(parts[2].trim());
            double sum = a + b + c;
            if (!(sum > 0)) {
                throw new InvalidInputException("--split: the parts must add up to 100, got '" + text + "'");
            }
            return new SplitRatios(a / sum, b / sum, c / sum).validate();
        } catch (NumberFormatException e) {
            throw new InvalidInputException("--split: expected three percentages such as 70/15/15, got '" + text + "'");
        }
    }
}
