package org.evolab.fitness;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.evolab.data.schema.TaskType;
import org.evolab.util.InvalidInputException;

/** What "fitness" means: a validation score where higher is better. */
public enum FitnessMetric {
    ACCURACY("accuracy", TaskType.CLASSIFICATION),
    MACRO_F1("macro-f1", TaskType.CLASSIFICATION),
    /** Negative root mean squared error, in the target's own units. */
    NEG_RMSE("neg-rmse", TaskType.REGRESSION),
    R2("r2", TaskType.REGRESSION);

    private final String id;
    private final TaskType task;

    FitnessMetric(String id, TaskType task) {
        this.id = id;
        this.task = task;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public TaskType task() {
        return task;
    }

    public static FitnessMetric defaultFor(TaskType task) {
        return task == TaskType.CLASSIFICATION ? ACCURACY : NEG_RMSE;
    }

    @JsonCreator
    public static FitnessMetric parse(String text) {
        String t = text.trim().toLowerCase().replace('_', '-');
        for (FitnessMetric m : values()) {
            if (m.id.equals(t)) {
                return m;
            }
        }
        throw new InvalidInputException(
                "unknown fitness metric '" + text + "' (choose from accuracy, macro-f1, neg-rmse, r2)");
    }

    @Override
    public String toString() {
        return id;
    }
}
