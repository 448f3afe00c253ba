package org.evolab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.evolab.data.DataTable;
import org.evolab.export.Bundle;
import org.evolab.export.BundleReader;
import org.evolab.export.Predictions;
import org.evolab.export.Predictor;
import org.evolab.util.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evolab predict}: a bundle applied to the raw rows of a new CSV. */
@Command(name = "predict", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Predict the rows of a CSV with a model bundle; writes the rows plus 'prediction' (and p_<label> per class).")
public final class PredictCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "FILE", description = "model bundle (.zip) written by 'run' or the GUI")
    Path model;
    @Option(names = "--data", required = true, paramLabel = "FILE", description = "CSV with the model's input columns (others are carried along)")
    Path data;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "CSV to write")
    Path out;
    @Option(names = "--force", description = "overwrite --out if it exists")
    boolean force;

    @Override
    public Integer call() {
        if (Files.exists(out) && !force) {
            throw new InvalidInputException(out + ": already exists (use --force to overwrite it)");
        }
        Bundle bundle = BundleReader.read(model);
        DataTable table = DataTable.load(data);
        Predictions predictions = new Predictor(bundle).predict(table);
        Predictor.writeCsv(table, predictions, out);
        System.out.printf("Predicted %d rows of %s with %s -> %s%n", predictions.rows(), data.getFileName(),
                model.getFileName(), out);
        return 0;
    }
}
