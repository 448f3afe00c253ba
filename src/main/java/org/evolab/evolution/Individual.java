package org.evolab.evolution;

import java.util.List;
import java.util.Objects;
import org.evolab.genome.Genome;

/**
 * One member of a population and where it came from.
 *
 * <p>The id is derived from the generation and the slot in it ({@code g3-07}), never from a
 * counter, so a resumed run hands out exactly the ids the uninterrupted one would have.
 *
 * <p>An elite carried into a later generation is the very same record: its {@code generation} is
 * the one it was born in, so "alive in generation n but born earlier" is how a reader recognises
 * an elite, and the lineage never pretends an elite was bred again.
 *
 * @param id         unique within a run, e.g. {@code g3-07}
 * @param genome     what was (or will be) trained
 * @param generation the generation this individual was born in
 * @param parentIds  ids of its parents (empty for random individuals, one for a mutated copy, two
 *                   after crossover)
 * @param operators  short tags for what made it, in the order applied, e.g. {@code tournament,
 *                   crossover:one-point, mutate:learning-rate}; {@code random} for drawn ones, {@code starter} for generation 0's starter genome
 */
public record Individual(String id, Genome genome, int generation, List<String> parentIds, List<String> operators) {

    /** The operator tag of an individual drawn at random from the search space. */
    public static final String RANDOM = "random";

    /** The operator tag of generation 0's {@link org.evolab.genome.SearchSpace#starterGenome() starter}. */
    public static final String STARTER = "starter";

    public Individual {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("an individual needs an id");
        }
        Objects.requireNonNull(genome, "genome");
        if (generation < 0) {
            throw new IllegalArgumentException("generation must be >= 0, got " + generation);
        }
        parentIds = List.copyOf(parentIds);
        operators = List.copyOf(operators);
    }

    /** An individual drawn at random from the search space: no parents, operators {@code [random]}. */
    public static Individual random(String id, Genome g, int generation) {
        return new Individual(id, g, generation, List.of(), List.of(RANDOM));
    }

    /** Generation 0's starter genome: no parents, operators {@code [starter]}. */
    public static Individual starter(String id, Genome g) {
        return new Individual(id, g, 0, List.of(), List.of(STARTER));
    }

    /**
     * The id of slot {@code index} of a generation, e.g. {@code g3-07}. The index has at least two
     * digits and as many as the largest index of the population needs, so ids sort in slot order.
     */
    public static String idOf(int generation, int index, int populationSize) {
        if (generation < 0 || index < 0) {
            throw new IllegalArgumentException("generation and index must be >= 0, got " + generation + ", " + index);
        }
        int digits = Math.max(
                2,
                Integer.toString(Math.max(0, Math.max(populationSize, index + 1) - 1))
                        .length());
        return "g" + generation + "-" + String.format("%0" + digits + "d", index);
    }
}
