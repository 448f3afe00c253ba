package org.evolab.evolution;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a run proposes genomes: evolve them, or draw them at random as an honest baseline with the same budget. */
public enum Strategy {
    GENETIC("genetic"),
    RANDOM_SEARCH("random");

    private final String id;

    Strategy(String id) {
        this.id = id;
    }

    /** The name used in JSON, on the command line and in operator tags. */
    @JsonValue
    public String id() {
        return id;
    }

    /** Accepts the id or the constant's name, ignoring case, '-', '_' and ' ' differences. */
    @JsonCreator
    public static Strategy parse(String text) {
        return EnumIds.parse("strategy", text, values(), Strategy::id);
    }

    @Override
    public String toString() {
        return id;
    }
}
