package org.evolab.evolution;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/**
 * An individual with its fitness: higher is better (a regression run scores {@code -RMSE}, so
 * fitness may be negative). {@link Double#NEGATIVE_INFINITY} marks an individual whose training
 * failed; NaN is read as a failure too, because a NaN loss means the network diverged.
 *
 * @param parameters trainable parameters of its network, the second objective of a multi-objective
 *                   selection (smaller is better); 0 where unknown
 */
public record Scored(Individual individual, double fitness, long parameters) {

    public Scored {
        Objects.requireNonNull(individual, "individual");
        if (Double.isNaN(fitness)) {
            fitness = Double.NEGATIVE_INFINITY;
        }
        if (parameters < 0) {
            throw new IllegalArgumentException("parameters must be >= 0, got " + parameters);
        }
    }

    /** A single-objective score: the parameter count is not known. */
    public Scored(Individual individual, double fitness) {
        this(individual, fitness, 0);
    }

    /** Whether the training of this individual failed. */
    @JsonIgnore
    public boolean failed() {
        return fitness == Double.NEGATIVE_INFINITY;
    }
}
