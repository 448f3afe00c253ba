package org.evolab.evolution;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How two parent genomes are recombined. */
public enum CrossoverMethod {
    ONE_POINT("one-point"),
    UNIFORM("uniform");

    private final String id;

    CrossoverMethod(String id) {
        this.id = id;
    }

    /** The name used in JSON, on the command line and in operator tags. */
    @JsonValue
    public String id() {
        return id;
    }

    /** Accepts the id or the constant's name, ignoring case, '-', '_' and ' ' differences. */
    @JsonCreator
    public static CrossoverMethod parse(String text) {
        return EnumIds.parse("crossover", text, values(), CrossoverMethod::id);
    }

    @Override
    public String toString() {
        return id;
    }
}
