package org.evolab.export;

import java.util.List;

/** Names and limits of the model bundle. */
public final class BundleFormat {
    public static final String PREFIX = "evolab/";
    public static final String GENOME = PREFIX + "genome.json";
    public static final String PREPROCESSING = PREFIX + "preprocessing.json";
    public static final String RUN = PREFIX + "run.json";
    /**
     * Which kind of model the DL4J entries hold: {@code {"kind": "network"}} (a MultiLayerNetwork)
     * or {@code {"kind": "ensemble", "members": [...]}} (a ComputationGraph averaging the members,
     * each with its genome). Optional: a bundle without it (written before ensembles) holds a network.
     */
    public static final String MODEL = PREFIX + "model.json";

    public static final String KIND_NETWORK = "network";
    public static final String KIND_ENSEMBLE = "ensemble";
    public static final String METRICS = PREFIX + "metrics.json";
    public static final String HISTORY = PREFIX + "history.csv";
    public static final String LEADERBOARD = PREFIX + "leaderboard.csv";
    public static final String MODEL_CARD = PREFIX + "README.md";
    public static final String FITNESS_PNG = PREFIX + "fitness.png";
    public static final String TOPOLOGY_PNG = PREFIX + "topology.png";
    /** Entries DL4J's ModelSerializer writes and needs. */
    public static final String DL4J_CONFIGURATION = "configuration.json";

    public static final String DL4J_COEFFICIENTS = "coefficients.bin";

    /** Entries every Evolab bundle must have. */
    public static final List<String> REQUIRED =
            List.of(DL4J_CONFIGURATION, DL4J_COEFFICIENTS, GENOME, PREPROCESSING, RUN, METRICS);

    /** A bundle is read as untrusted input: these bound what reading one may cost. */
    static final int MAX_ENTRIES = 256;

    static final long MAX_ENTRY_BYTES = 1L << 30;
    static final long MAX_TOTAL_BYTES = 2L << 30;
    static final long MAX_TEXT_ENTRY_BYTES = 64L << 20;

    private BundleFormat() {}
}
