package org.evolab.genome;

/** A closed range of real numbers, {@code min..max}, as one gene of a {@link SearchSpace} allows. */
public record DoubleRange(double min, double max) {

    /** {@code value} moved into this range. */
    public double clamp(double value) {
        return Math.max(min, Math.min(max, value));
    }

    /** {@code min..max} as the user writes it ({@code --dropout 0..0.3}). */
    @Override
    public String toString() {
        return min + ".." + max;
    }
}
