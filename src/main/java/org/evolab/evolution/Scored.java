package org.evolab.evolution;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/**
 * An individual with its fitness: higher is better (a regression run scores {@code -RMSE}, so
 * fitness may be negative). {@link Double#NEGATIVE_INFINITY} marks an individual whose training
 * failed; NaN is read as a failure too, because a NaN loss means the network diverged.
 */
public record Scored(Individual individual, double fitness) {

    public Scored {
        Objects.requireNonNull(individual, "individual");
        if (Double.isNaN(fitness)) {
            fitness = Double.NEGATIVE_INFINITY;
        }
    }

    /** Whether the training of this individual failed. */
    @JsonIgnore
    public boolean failed() {
        return fitness == Double.NEGATIVE_INFINITY;
    }
}
