package org.evolab.ui.common;

import org.evolab.genome.DoubleRange;
import org.evolab.genome.IntRange;

/**
 * The two ends of a range setting, as one value: a view model sets both ends at once, so a
 * range slider never sees a new low end against the old high end (which it would refuse).
 */
public record Span(double low, double high) {
    public static Span of(IntRange range) {
        return new Span(range.min(), range.max());
    }

    public static Span of(DoubleRange range) {
        return new Span(range.min(), range.max());
    }

    public int lowInt() {
        return (int) Math.rint(low);
    }

    public int highInt() {
        return (int) Math.rint(high);
    }
}
