package org.evolab.genome;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.evolab.util.InvalidInputException;

/** The update rule a network is trained with. */
public enum Optimizer {
    ADAM("adam"),
    NESTEROV("nesterov"),
    RMSPROP("rmsprop");

    private final String id;

    Optimizer(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static Optimizer parse(String text) {
        String t = text.trim().toLowerCase().replace("_", "").replace("-", "");
        if (t.equals("nesterovs") || t.equals("sgd")) {
            return NESTEROV;
        }
        for (Optimizer o : values()) {
            if (o.id.equals(t)) {
                return o;
            }
        }
        throw new InvalidInputException("unknown optimizer '" + text + "' (choose from "
                + Arrays.stream(values()).map(Optimizer::id).collect(Collectors.joining(", ")) + ")");
    }

    @Override
    public String toString() {
        return id;
    }
}
