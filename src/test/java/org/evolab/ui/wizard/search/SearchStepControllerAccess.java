package org.evolab.ui.wizard.search;

import org.evolab.genome.SearchSpace;

/** Opens the package-private helpers of the search step to tests in other packages. */
public final class SearchStepControllerAccess {
    private SearchStepControllerAccess() {}

    public static double architectures(SearchSpace space) {
        return SearchStepViewModel.architectures(space);
    }
}
