package org.evolab.ui.common;

import java.nio.file.Path;
import java.util.List;
import org.evolab.data.csv.DataTable;
import org.evolab.data.schema.DatasetSchema;
import org.evolab.data.schema.TaskType;

/**
 * A loaded CSV as the wizard knows it: the table, and, when inference succeeded with the current
 * settings, its schema plus the network's input and output names. {@code problem} says in words
 * why there is no schema (then {@code schema} is null).
 *
 * @param inputNames  the encoded inputs of the network (one-hot levels spelled out)
 * @param outputNames class labels, or the target's name for regression
 */
public record DatasetInfo(
        Path file,
        DataTable table,
        DatasetSchema schema,
        List<String> inputNames,
        List<String> outputNames,
        String problem) {
    public DatasetInfo {
        inputNames = inputNames == null ? List.of() : List.copyOf(inputNames);
        outputNames = outputNames == null ? List.of() : List.copyOf(outputNames);
    }

    public boolean usable() {
        return schema != null && problem == null;
    }

    public TaskType taskType() {
        return schema == null ? null : schema.taskType();
    }

    public int inputs() {
        return inputNames.size();
    }

    public int outputs() {
        return outputNames.size();
    }
}
