package org.evolab.run;

import org.evolab.data.csv.DataTable;
import org.evolab.data.prep.SplitRatios;
import org.evolab.data.schema.ColumnInfo;
import org.evolab.data.schema.ColumnKind;
import org.evolab.data.schema.DatasetSchema;
import org.evolab.data.schema.TaskType;
import org.evolab.fitness.TrainingSettings;
import org.evolab.genome.SearchSpace;

/**
 * The size of a run's data as the networks will see it, estimated from the table and its schema
 * before anything is prepared: enough to size the default search space, which the CLI and the
 * wizard both take from here.
 *
 * @param trainRows rows in the training split
 * @param inputs    network inputs: one per numeric feature, one per level of a categorical one
 * @param outputs   one per class, or 1 for regression
 */
public record DataShape(int trainRows, int inputs, int outputs) {
    public static DataShape of(DataTable table, DatasetSchema schema, SplitRatios split) {
        int inputs = 0;
        for (ColumnInfo c : schema.features()) {
            inputs += c.kind() == ColumnKind.CATEGORICAL ? Math.max(1, c.distinct()) : 1;
        }
        int outputs = schema.taskType() == TaskType.CLASSIFICATION
                ? Math.max(2, schema.classLabels().size())
                : 1;
        return new DataShape((int) Math.round(table.rowCount() * split.train()), Math.max(1, inputs), outputs);
    }

    /** The shape of {@code table} under the column settings and split of {@code config}. */
    public static DataShape of(DataTable table, RunConfig config) {
        return of(table, DatasetSchema.infer(table, config.schemaOptions()), config.split());
    }

    /**
     * The members a default run averages into its model: {@link TrainingSettings#DEFAULT_REGRESSION_ENSEMBLE}
     * for a regression (one output), {@link TrainingSettings#DEFAULT_ENSEMBLE} for a classifier.
     */
    public int defaultEnsemble() {
        return outputs == 1 ? TrainingSettings.DEFAULT_REGRESSION_ENSEMBLE : TrainingSettings.DEFAULT_ENSEMBLE;
    }

    /** The default search space for data of this shape (see {@link SearchSpace#sizedFor}). */
    public SearchSpace defaultSearchSpace() {
        return SearchSpace.sizedFor(trainRows, inputs, outputs);
    }
}
