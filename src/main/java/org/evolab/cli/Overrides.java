package org.evolab.cli;

import java.util.function.BiFunction;

/** How a flag given on the command line overrides a setting: a flag left out keeps what the settings say. */
final class Overrides {
    private Overrides() {}

    /** {@code with(current, given)}, or {@code current} when the flag was not given. */
    static <C, V> C override(C current, V given, BiFunction<C, V, C> with) {
        return given == null ? current : with.apply(current, given);
    }

    /** {@code given}, or {@code fallback} when the flag was not given. */
    static <V> V or(V given, V fallback) {
        return given != null ? given : fallback;
    }
}
