package org.evolab.genome;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.evolab.util.InvalidInputException;

/** Activation function of a hidden layer. */
public enum Activation {
    RELU("relu"),
    TANH("tanh"),
    SIGMOID("sigmoid"),
    LEAKY_RELU("leakyrelu"),
    ELU("elu");

    private final String id;

    Activation(String id) {
        this.id = id;
    }

    /** The name used in JSON, on the command line and in diagrams. */
    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static Activation parse(String text) {
        String t = text.trim().toLowerCase().replace("_", "").replace("-", "").replace(" ", "");
        for (Activation a : values()) {
            if (a.id.equals(t)) {
                return a;
            }
        }
        throw new InvalidInputException("unknown activation '" + text + "' (choose from "
                + Arrays.stream(values()).map(Activation::id).collect(Collectors.joining(", ")) + ")");
    }

    @Override
    public String toString() {
        return id;
    }
}
