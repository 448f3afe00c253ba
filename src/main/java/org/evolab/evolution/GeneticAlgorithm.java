package org.evolab.evolution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.evolab.genome.Genome;
import org.evolab.genome.SearchSpace;

/**
 * A generational GA with elitism.
 *
 * <p>Each new generation starts with the elites: the {@code eliteCount} fittest distinct genomes
 * with a finite fitness that lie inside the search space (a resumed run may have narrowed it).
 * They are carried over as the <em>same</em> {@link Individual} (same id, birth generation,
 * parents and operators) so the lineage stays honest; no "elite" tag is added, a reader knows an
 * elite because it was born in an earlier generation. Elites keep the first slots.
 *
 * <p>Every other slot gets a child with id {@code g<generation>-<slot>}: parent A by the selector;
 * with probability {@code crossoverRate} a parent B (re-selected a few times if it is A) and a
 * crossover, otherwise a copy of A; then mutation, then {@link SearchSpace#repair}. Its operators
 * read e.g. {@code [tournament, crossover:one-point, mutate:resize-layer, mutate:learning-rate]},
 * plus {@code repair} when repair changed the genome. A child whose genome is already in this
 * generation or among the known genomes is bred again, up to {@value #MAX_TRIES} times; then the
 * first attempt that is at least new to this generation is taken, else the last attempt.
 *
 * <p>The last {@link GaSettings#immigrantCount()} slots go to random immigrants, drawn from the
 * whole space as generation 0 is (operators {@code [random]}, no parents). Without them a run
 * whose first ten genomes all sat on the same plateau bred only from those for the rest of its
 * budget: on the spirals set 3 runs of 12 never found a network that leaves it, against 1 of 12
 * with three immigrants in each generation of ten.
 */
public final class GeneticAlgorithm implements SearchStrategy {
    /** Breeding attempts per slot before a duplicate is accepted. */
    static final int MAX_TRIES = 20;
    /** Extra draws for a second parent that differs from the first. */
    private static final int MATE_TRIES = 3;

    static final String REPAIR = "repair";

    private final SearchSpace space;
    private final GaSettings settings;
    private final Selector selector;
    private final Crossover crossover;
    private final Mutation mutation;

    public GeneticAlgorithm(SearchSpace space, GaSettings settings) {
        this.space = Objects.requireNonNull(space, "space").validate();
        this.settings = Objects.requireNonNull(settings, "settings").validate();
        this.selector = Selectors.of(settings.selection(), settings.tournamentSize());
        this.crossover = Crossover.of(settings.crossover(), space);
        this.mutation = new Mutation(space, settings.mutationRate());
    }

    public SearchSpace space() {
        return space;
    }

    public GaSettings settings() {
        return settings;
    }

    @Override
    public List<Individual> initialPopulation(RandomGenerator rng) {
        return RandomPopulation.first(space, settings.populationSize(), rng);
    }

    @Override
    public List<Individual> nextGeneration(
            int generation, List<Scored> previous, Set<String> knownGenomeIds, RandomGenerator rng) {
        if (generation < 1) {
            throw new IllegalArgumentException("generation 0 is the initial population, got " + generation);
        }
        if (previous == null || previous.isEmpty()) {
            throw new IllegalArgumentException("the previous generation is empty: nothing to breed from");
        }
        Objects.requireNonNull(knownGenomeIds, "knownGenomeIds");
        int size = settings.populationSize();
        List<Individual> next = new ArrayList<>(size);
        Set<String> taken = new HashSet<>();

        // A stable order: among equals the earlier slot wins, so elites are deterministic.
        for (Scored s : selector.rank(previous)) {
            if (next.size() == settings.eliteCount()) {
                break;
            }
            Genome g = s.individual().genome();
            if (Double.isFinite(s.fitness()) && space.contains(g) && taken.add(g.id())) {
                next.add(s.individual());
            }
        }

        int children = size - settings.immigrantCount();
        for (int index = next.size(); index < children; index++) {
            Individual child = breedNew(generation, index, previous, taken, knownGenomeIds, rng);
            taken.add(child.genome().id());
            next.add(child);
        }
        next.addAll(RandomPopulation.draw(space, next.size(), size, size, generation, taken, knownGenomeIds, rng));
        return List.copyOf(next);
    }

    private Individual breedNew(
            int generation,
            int index,
            List<Scored> previous,
            Set<String> taken,
            Set<String> known,
            RandomGenerator rng) {
        Individual newToGeneration = null;
        Individual child = null;
        for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
            child = breed(generation, index, previous, rng);
            String id = child.genome().id();
            if (!taken.contains(id)) {
                if (!known.contains(id)) {
                    return child;
                }
                if (newToGeneration == null) {
                    newToGeneration = child;
                }
            }
        }
        return newToGeneration != null ? newToGeneration : child;
    }

    private Individual breed(int generation, int index, List<Scored> previous, RandomGenerator rng) {
        List<String> operators = new ArrayList<>();
        List<String> parents = new ArrayList<>(2);
        operators.add(settings.selection().id());
        Individual a = selector.select(previous, rng).individual();
        parents.add(a.id());
        Genome genome = a.genome();
        if (rng.nextDouble() < settings.crossoverRate()) {
            Individual b = selector.select(previous, rng).individual();
            for (int t = 0; t < MATE_TRIES && b.id().equals(a.id()); t++) {
                b = selector.select(previous, rng).individual();
            }
            genome = crossover.cross(genome, b.genome(), rng);
            operators.add("crossover:" + settings.crossover().id());
            if (!b.id().equals(a.id())) {
                parents.add(b.id());
            }
        }
        Mutation.Result mutated = mutation.apply(genome, rng);
        operators.addAll(mutated.applied());
        Genome repaired = space.repair(mutated.genome());
        if (!repaired.equals(mutated.genome())) {
            operators.add(REPAIR);
        }
        return new Individual(
                Individual.idOf(generation, index, settings.populationSize()),
                repaired,
                generation,
                parents,
                operators);
    }

    @Override
    public String toString() {
        return "GeneticAlgorithm[" + settings + "]";
    }
}
