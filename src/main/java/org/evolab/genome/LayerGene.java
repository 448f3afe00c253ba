package org.evolab.genome;

import java.util.Objects;

/** One hidden layer: how many neurons and which activation. */
public record LayerGene(int width, Activation activation) {
    public LayerGene {
        if (width < 1) {
            throw new IllegalArgumentException("a layer needs at least one neuron, got " + width);
        }
        Objects.requireNonNull(activation, "activation");
    }

    @Override
    public String toString() {
        return width + " " + activation.id();
    }
}
