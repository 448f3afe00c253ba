package org.evolab.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.evolab.data.csv.DataTable;
import org.evolab.data.prep.Preprocessor;
import org.evolab.data.schema.DatasetSchema;
import org.evolab.data.schema.TaskType;
import org.evolab.run.RunConfig;
import org.evolab.util.InvalidInputException;

/**
 * Reads a CSV and understands it with the run's settings, using the engine's own loader, schema
 * inference and preprocessor, so the wizard shows exactly what a run would see. Plain Java: call
 * it off the FX thread.
 */
public final class DatasetInspector {
    private DatasetInspector() {}

    /** Loads the file; throws {@link InvalidInputException} with a user-ready message. */
    public static DataTable load(Path file) {
        return DataTable.load(file);
    }

    /** The schema and network shape of {@code table} under {@code config}; problems become {@code problem}. */
    public static DatasetInfo inspect(Path file, DataTable table, RunConfig config) {
        DatasetSchema schema;
        try {
            schema = DatasetSchema.infer(table, config.schemaOptions());
        } catch (InvalidInputException e) {
            return new DatasetInfo(file, table, null, List.of(), List.of(), UserMessages.capitalize(e.getMessage()));
        }
        List<String> outputs =
                schema.taskType() == TaskType.CLASSIFICATION ? schema.classLabels() : List.of(schema.target());
        List<String> inputs;
        try {
            // Fitted on every row only to count the encoded inputs; a run fits it on its training split.
            int[] all = IntStream.range(0, table.rowCount()).toArray();
            inputs =
                    Preprocessor.fit(table, schema, all, config.preprocessing()).featureNames();
        } catch (InvalidInputException e) {
            return new DatasetInfo(file, table, null, List.of(), List.of(), UserMessages.capitalize(e.getMessage()));
        } catch (RuntimeException e) {
            inputs = schema.features().stream().map(c -> c.name()).toList();
        }
        return new DatasetInfo(file, table, schema, inputs, outputs, null);
    }
}
