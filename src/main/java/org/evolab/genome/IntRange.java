package org.evolab.genome;

import java.util.random.RandomGenerator;

/** An inclusive range of whole numbers, {@code min..max}, as one gene of a {@link SearchSpace} allows. */
public record IntRange(int min, int max) {

    /** {@code value} moved into this range. */
    public int clamp(int value) {
        return Math.max(min, Math.min(max, value));
    }

    /** A value drawn uniformly from this range. */
    public int draw(RandomGenerator rng) {
        return min == max ? min : min + rng.nextInt(max - min + 1);
    }

    /** {@code min..max} as the user writes it ({@code --layers 1..3}). */
    @Override
    public String toString() {
        return min + ".." + max;
    }
}
