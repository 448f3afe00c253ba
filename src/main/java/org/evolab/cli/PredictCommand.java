package org.evolab.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.evolab.data.csv.DataTable;
import org.evolab.export.Bundle;
import org.evolab.export.BundleReader;
import org.evolab.export.Predictions;
import org.evolab.export.Predictor;
import org.evolab.util.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evolab predict}: a bundle applied to the raw rows of a new CSV. */
@Command(
        name = "predict",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description =
                "Predict the rows of a CSV with a model bundle; writes the rows plus 'prediction' (and p_<label> per class).")
public final class PredictCommand implements Callable<Integer> {
    @Option(
            names = "--model",
            required = true,
            paramLabel = "FILE",
            description = "model bundle (.zip) written by 'run' or the GUI")
    Path model;

    @Option(
            names = "--data",
            required = true,
            paramLabel = "FILE",
            description = "CSV with the model's input columns (others are carried along)")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "CSV to write")
    Path out;

    @Option(names = "--force", description = "overwrite --out if it exists")
    boolean force;

    @Option(
            names = "--strict",
            description = "stop at the first cell that cannot be read (default: that row gets an "
                    + "empty prediction and a 'reason', the other rows are predicted)")
    boolean strict;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (Files.exists(out) && !force) {
            throw new InvalidInputException(out + ": already exists (use --force to overwrite it)");
        }
        Bundle bundle = BundleReader.read(model);
        DataTable table = DataTable.load(data);
        Predictions predictions = new Predictor(bundle).predict(table, strict);
        Predictor.writeCsv(table, predictions, out);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        // Drift is worth knowing but not an error: one line each on stderr, the file is complete.
        predictions.driftNotes().forEach(note -> stderr.println("evolab: " + note));
        int spoiled = predictions.spoiledRows();
        if (spoiled > 0) {
            int first = predictions.firstSpoiledRow();
            stderr.printf(
                    "evolab: %d %s not predicted (a cell could not be read; see the 'reason' column), "
                            + "the first at line %d: %s%n",
                    spoiled,
                    spoiled == 1 ? "row was" : "rows were",
                    table.sourceLine(first),
                    predictions.problems()[first]);
        }
        stderr.flush();
        stdout.printf(
                "Predicted %d rows of %s with %s -> %s%n",
                predictions.rows() - spoiled, data.getFileName(), model.getFileName(), out);
        stdout.flush();
        return 0;
    }
}
