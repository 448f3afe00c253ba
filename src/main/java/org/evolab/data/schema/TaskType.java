package org.evolab.data.schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.evolab.util.InvalidInputException;

/** What the network learns to predict: one of a set of labels, or a number. */
public enum TaskType {
    CLASSIFICATION,
    REGRESSION;

    /** The name used in JSON and on the command line. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Case-insensitive, so that users may write "Regression" in a config file or on the command line. */
    @JsonCreator
    public static TaskType parse(String text) {
        if (text != null) {
            for (TaskType t : values()) {
                if (t.id().equalsIgnoreCase(text.strip())) {
                    return t;
                }
            }
        }
        throw new InvalidInputException("unknown task type '" + text + "' (choose from "
                + Arrays.stream(values()).map(TaskType::id).collect(Collectors.joining(", ")) + ")");
    }

    @Override
    public String toString() {
        return id();
    }
}
