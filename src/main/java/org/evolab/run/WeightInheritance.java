package org.evolab.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evolab.evolution.Individual;
import org.evolab.fitness.FitnessCache;
import org.evolab.fitness.ParentWeights;
import org.evolab.fitness.Trainer;
import org.evolab.fitness.TrainingData;
import org.evolab.genome.Genome;
import org.evolab.util.InvalidInputException;

/**
 * The run's side of weight inheritance: before a generation trains, each new genome gets the parent
 * it starts from (the fittest of its parents whose weights are kept and share a layer with it:
 * {@link ParentWeights#parentFor}), and its individual says so in its operators
 * ({@code inherit:<parent id>}); after, the generation's individuals become the parents kept.
 * Without inheritance ({@link #OFF}) every genome trains fresh and nothing is tagged.
 */
final class WeightInheritance {
    /** The operator tag of an individual whose training started from a parent's weights. */
    static final String TAG = "inherit:";

    static final WeightInheritance OFF = new WeightInheritance(null);

    private final ParentWeights parents;
    private final Map<String, Genome> parentOf = new HashMap<>();

    WeightInheritance(ParentWeights parents) {
        this.parents = parents;
    }

    /** Inheritance as {@code config} asks: a resumed run takes the parents its checkpoint's generation kept. */
    static WeightInheritance forRun(RunConfig config, TrainingData data, Checkpoint resumeFrom, RunFolder folder) {
        if (!config.training().inherits()) {
            return OFF;
        }
        int next = resumeFrom == null ? 0 : resumeFrom.nextGeneration();
        return new WeightInheritance(
                next > 0 && !resumeFrom.searchOver()
                        ? folder.readParents(next - 1)
                        : new ParentWeights(config.training().foldsFor(data.trainRows() + data.validationRows())));
    }

    /** Refuses a trainer that cannot start a network from its parent's weights, before anything trains. */
    void check(Trainer trainer) {
        if (parents != null && !trainer.inheritsWeights()) {
            throw new InvalidInputException("--inherit-weights: this run's trainer cannot start a network from "
                    + "its parent's weights (a Spark task carries a genome, not its parent's parameters); "
                    + "run without --spark, or without --inherit-weights");
        }
    }

    /** The store the trainer fills and reads (null when off). */
    ParentWeights parents() {
        return parents;
    }

    /**
     * {@code population} with the individuals that will inherit tagged: the first of each genome
     * the cache does not know (the one whose training counts), when a parent qualifies.
     */
    List<Individual> choose(List<Individual> population, FitnessCache cache) {
        parentOf.clear();
        if (parents == null) {
            return population;
        }
        List<Individual> tagged = new ArrayList<>(population.size());
        Set<String> seen = new HashSet<>();
        for (Individual individual : population) {
            Genome genome = individual.genome();
            Optional<ParentWeights.Parent> parent = cache.lookup(genome).isPresent() || !seen.add(genome.id())
                    ? Optional.empty()
                    : parents.parentFor(genome, individual.parentIds());
            if (parent.isEmpty()) {
                tagged.add(individual);
                continue;
            }
            parentOf.put(genome.id(), parent.get().genome());
            List<String> operators = new ArrayList<>(individual.operators());
            operators.add(TAG + parent.get().individualId());
            tagged.add(new Individual(
                    individual.id(), genome, individual.generation(), individual.parentIds(), operators));
        }
        return tagged;
    }

    /** The genomes to train with the parents {@link #choose} gave them. */
    List<Trainer.Candidate> candidates(List<Genome> toTrain) {
        return toTrain.stream()
                .map(g -> new Trainer.Candidate(g, parentOf.get(g.id())))
                .toList();
    }

    /** After a generation: its individuals are the next one's possible parents. */
    void scored(List<Evaluation> generation) {
        if (parents != null) {
            parents.keepPopulation(generation.stream()
                    .map(e -> new ParentWeights.Parent(
                            e.individual().id(), e.individual().genome(), e.fitness()))
                    .toList());
        }
    }
}
