package org.evolab.util;

/**
 * The settings a user sets, by name: the key an {@link InvalidInputException} carries so that a
 * screen finds the field at fault without reading the message (rewording a message must not move
 * its error to another field). The label is how messages name the setting ("population: ...").
 */
public enum Setting {
    DATA("data"),
    TARGET("target"),
    SPLIT("split ratios"),
    HIDDEN_LAYERS("hidden layers"),
    NEURONS("neurons per layer"),
    ACTIVATIONS("activations"),
    LEARNING_RATE("learning rate"),
    OPTIMIZERS("optimizers"),
    BATCH_SIZES("batch sizes"),
    DROPOUT("dropout"),
    L2("L2"),
    EPOCHS("epochs"),
    PATIENCE("patience"),
    FOLDS("folds"),
    ENSEMBLE("ensemble"),
    STRATEGY("strategy"),
    POPULATION("population"),
    GENERATIONS("generations"),
    MUTATION_RATE("mutation rate"),
    CROSSOVER_RATE("crossover rate"),
    IMMIGRANT_RATE("immigrants"),
    ELITISM("elitism"),
    SELECTION("selection"),
    TOURNAMENT_SIZE("tournament size"),
    CROSSOVER("crossover"),
    TARGET_FITNESS("target fitness"),
    STEADY_GENERATIONS("no-improvement stop"),
    TIME_BUDGET("time budget"),
    SEED("seed"),
    WORKERS("workers"),
    FITNESS_METRIC("fitness metric");

    private final String label;

    Setting(String label) {
        this.label = label;
    }

    /** How a message names this setting, as the CLI prints it. */
    public String label() {
        return label;
    }
}
