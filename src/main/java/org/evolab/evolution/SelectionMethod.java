package org.evolab.evolution;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How parents are picked from the scored previous generation. */
public enum SelectionMethod {
    TOURNAMENT("tournament"),
    ROULETTE("roulette"),
    RANK("rank"),
    /** Two objectives, fitness and parameter count: NSGA-II's non-dominated sorting and crowding distance. */
    NSGA2("nsga2");

    private final String id;

    SelectionMethod(String id) {
        this.id = id;
    }

    /** The name used in JSON, on the command line and in operator tags. */
    @JsonValue
    public String id() {
        return id;
    }

    /** Accepts the id or the constant's name, ignoring case, '-', '_' and ' ' differences. */
    @JsonCreator
    public static SelectionMethod parse(String text) {
        return EnumIds.parse("selection", text, values(), SelectionMethod::id);
    }

    @Override
    public String toString() {
        return id;
    }
}
