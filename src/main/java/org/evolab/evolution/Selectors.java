package org.evolab.evolution;

import java.util.Objects;

/** The selector for a {@link SelectionMethod}. */
public final class Selectors {
    private Selectors() {}

    /** @param tournamentSize only used for {@link SelectionMethod#TOURNAMENT} */
    public static Selector of(SelectionMethod method, int tournamentSize) {
        return switch (Objects.requireNonNull(method, "selection method")) {
            case TOURNAMENT -> new TournamentSelection(tournamentSize);
            case ROULETTE -> new RouletteSelection();
            case RANK -> new RankSelection();
            case NSGA2 -> new Nsga2Selection();
        };
    }
}
