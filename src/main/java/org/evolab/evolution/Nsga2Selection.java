package org.evolab.evolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * NSGA-II's selection on two objectives, higher fitness and fewer parameters: the population is
 * sorted into non-dominated fronts; a parent is the winner of a binary tournament under the
 * crowded-comparison order (the lower front wins, then the larger crowding distance, so that the
 * front stays spread out), and the elites are the first in that order. Failed trainings form a
 * last front of their own: a failure is no trade-off, however small its network.
 */
public final class Nsga2Selection implements Selector {

    @Override
    public Scored select(List<Scored> population, RandomGenerator rng) {
        Selections.requireNotEmpty(population);
        Crowded[] ranked = crowded(population);
        Crowded a = ranked[rng.nextInt(population.size())];
        Crowded b = ranked[rng.nextInt(population.size())];
        return CROWDED_ORDER.compare(b, a) < 0 ? b.scored() : a.scored();
    }

    @Override
    public List<Scored> rank(List<Scored> population) {
        List<Crowded> all = new ArrayList<>(List.of(crowded(population)));
        all.sort(CROWDED_ORDER);
        return all.stream().map(Crowded::scored).toList();
    }

    /** The front (0 = non-dominated) and crowding distance of every member, in population order. */
    static Crowded[] crowded(List<Scored> population) {
        List<Integer> healthy = new ArrayList<>();
        List<Integer> failed = new ArrayList<>();
        for (int i = 0; i < population.size(); i++) {
            (population.get(i).failed() ? failed : healthy).add(i);
        }
        double[][] points = new double[healthy.size()][];
        for (int i = 0; i < points.length; i++) {
            Scored s = population.get(healthy.get(i));
            points[i] = new double[] {s.fitness(), -s.parameters()};
        }
        Crowded[] result = new Crowded[population.size()];
        List<List<Integer>> fronts = NonDominatedSorting.fronts(points);
        for (int f = 0; f < fronts.size(); f++) {
            double[] distance = NonDominatedSorting.crowdingDistance(points, fronts.get(f));
            for (int i = 0; i < distance.length; i++) {
                int slot = healthy.get(fronts.get(f).get(i));
                result[slot] = new Crowded(population.get(slot), slot, f, distance[i]);
            }
        }
        for (int slot : failed) {
            result[slot] = new Crowded(population.get(slot), slot, fronts.size(), 0);
        }
        return result;
    }

    /** Lower front first, then larger crowding distance, then the earlier slot (a stable order). */
    static final Comparator<Crowded> CROWDED_ORDER = Comparator.comparingInt(Crowded::front)
            .thenComparing(Comparator.comparingDouble(Crowded::distance).reversed())
            .thenComparingInt(Crowded::slot);

    record Crowded(Scored scored, int slot, int front, double distance) {}

    @Override
    public String toString() {
        return "Nsga2Selection[fitness, parameters]";
    }
}
