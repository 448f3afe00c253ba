package org.evolab.fitness;

import java.util.List;
import org.evolab.genome.Genome;

/**
 * A run's DL4J trainings, one per genome: over k folds of the pooled training and validation rows
 * where the settings ask for them ({@link CrossValidation}), on the one split otherwise. The local
 * trainer and a Spark executor make them alike, so that a genome trains the same wherever it runs.
 */
public final class Dl4jTrainings {
    /** Salt of the folds' shuffle, apart from every other use of the run's seed. */
    private static final long FOLD_SALT = 7_000L;

    private final Dl4jEvaluator whole;
    private final Dl4jEvaluator search;
    private final CrossValidation folds;
    private final TrainingData scheduled;
    private final List<Dl4jEvaluator> evaluators;

    public Dl4jTrainings(TrainingData data, TrainingSettings settings, long runSeed, TrainingControl control) {
        this.whole = new Dl4jEvaluator(data, settings, runSeed, control);
        int k = settings.foldsFor(data.trainRows() + data.validationRows());
        List<TrainingData> foldData = k > 1 ? data.folds(k, Seeds.derive(runSeed, FOLD_SALT)) : List.of(data);
        List<Dl4jEvaluator> foldEvaluators = k > 1
                ? foldData.stream()
                        .map(d -> new Dl4jEvaluator(d, settings, runSeed, control))
                        .toList()
                : List.of(whole);
        this.folds = k > 1 ? new CrossValidation(foldEvaluators) : null;
        this.evaluators = foldEvaluators;
        this.search = foldEvaluators.get(0);
        this.scheduled = foldData.get(0);
    }

    /** {@code genome}'s training (its folds' together), not started. */
    public StepwiseTraining start(Genome genome) {
        return folds == null ? whole.start(genome) : folds.start(genome);
    }

    /** {@code genome}'s training starting from {@code parent}'s kept weights, fold by fold (null: fresh). */
    public StepwiseTraining start(Genome genome, Genome parent) {
        return folds == null ? whole.start(genome, parent) : folds.start(genome, parent);
    }

    /** The folds' trainings keep their best parameters in {@code store} and inherit from it. */
    public void setParents(ParentWeights store) {
        if (store != null && store.folds() != evaluators.size()) {
            throw new IllegalArgumentException(
                    "a parent store of " + store.folds() + " folds for trainings of " + evaluators.size());
        }
        for (int i = 0; i < evaluators.size(); i++) {
            evaluators.get(i).setParents(store, i);
        }
    }

    /** Folds each genome trains on (1 without cross-validation). */
    public int foldCount() {
        return evaluators.size();
    }

    /** On the whole split: the final retrain. */
    public Dl4jEvaluator whole() {
        return whole;
    }

    /** The evaluator whose trainings feed the run's sinks (the first fold's), and that rebuilds the search's networks. */
    public Dl4jEvaluator search() {
        return search;
    }

    /** The data whose rows per step schedule the trainings (the first fold's). */
    public TrainingData scheduled() {
        return scheduled;
    }
}
