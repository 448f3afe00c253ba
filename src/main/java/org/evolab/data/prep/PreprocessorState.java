package org.evolab.data.prep;

import java.util.List;
import org.evolab.data.schema.ColumnKind;
import org.evolab.data.schema.TaskType;

/**
 * The saved form of a {@link Preprocessor} (preprocessing.json in a model bundle); the component
 * order is the JSON's field order. Fitted by {@link PreprocessorFit}, read and checked by
 * {@link PreprocessorJson}.
 */
record PreprocessorState(
        int formatVersion,
        TaskType taskType,
        String target,
        List<Input> inputs,
        List<String> featureNames,
        List<String> classLabels,
        Boolean numericLabels,
        Double targetMean,
        Double targetStd) {

    /** One input column as saved: numbers for a numeric column, levels for a categorical one. */
    record Input(
            String name,
            ColumnKind kind,
            Double median,
            Double mean,
            Double std,
            Boolean missingIndicator,
            List<String> levels) {}
}
