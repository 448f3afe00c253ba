package org.evolab.genome;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The heritable description of one network and how it is trained. Immutable and canonical: the
 * constructor rounds continuous genes to the precision that matters for training (learning rate
 * and L2 to three significant digits, dropout to two decimals), so two genomes that would train
 * the same network are {@code equal} and share one {@link #id()}.
 *
 * @param layers       hidden layers, input side first (at least one)
 * @param learningRate step size of the optimizer
 * @param optimizer    update rule
 * @param batchSize    mini-batch size; {@link #FULL_BATCH} trains on the whole training split per step
 * @param dropout      probability of dropping a hidden unit while training, 0 for none
 * @param l2           L2 weight decay, 0 for none
 * @param maxEpochs    upper bound on epochs (early stopping may end sooner)
 */
public record Genome(
        List<LayerGene> layers,
        double learningRate,
        Optimizer optimizer,
        int batchSize,
        double dropout,
        double l2,
        int maxEpochs) {

    /** Batch size value meaning: one step per epoch over the whole training split. */
    public static final int FULL_BATCH = 0;

    public Genome {
        layers = List.copyOf(layers);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a genome needs at least one hidden layer");
        }
        Objects.requireNonNull(optimizer, "optimizer");
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be positive, got " + learningRate);
        }
        if (batchSize < 0) {
            throw new IllegalArgumentException("batch size must be positive (or 0 for full batch), got " + batchSize);
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
        if (!(l2 >= 0) || Double.isInfinite(l2)) {
            throw new IllegalArgumentException("L2 must be >= 0, got " + l2);
        }
        if (maxEpochs < 1) {
            throw new IllegalArgumentException("max epochs must be >= 1, got " + maxEpochs);
        }
        learningRate = significant(learningRate, 3);
        l2 = l2 == 0 ? 0 : significant(l2, 3);
        dropout = Math.round(dropout * 100) / 100.0;
    }

    /** The same genome with other hidden layers. */
    public Genome withLayers(List<LayerGene> newLayers) {
        return new Genome(newLayers, learningRate, optimizer, batchSize, dropout, l2, maxEpochs);
    }

    public Genome withLearningRate(double value) {
        return new Genome(layers, value, optimizer, batchSize, dropout, l2, maxEpochs);
    }

    public Genome withOptimizer(Optimizer value) {
        return new Genome(layers, learningRate, value, batchSize, dropout, l2, maxEpochs);
    }

    public Genome withBatchSize(int value) {
        return new Genome(layers, learningRate, optimizer, value, dropout, l2, maxEpochs);
    }

    public Genome withDropout(double value) {
        return new Genome(layers, learningRate, optimizer, batchSize, value, l2, maxEpochs);
    }

    public Genome withL2(double value) {
        return new Genome(layers, learningRate, optimizer, batchSize, dropout, value, maxEpochs);
    }

    public Genome withMaxEpochs(int value) {
        return new Genome(layers, learningRate, optimizer, batchSize, dropout, l2, value);
    }

    @JsonIgnore
    public int depth() {
        return layers.size();
    }

    /**
     * The canonical text of this genome: every gene, in a fixed order and format. Equal genomes
     * have equal canonical forms and the {@link #id()} is its hash.
     */
    @JsonIgnore
    public String canonical() {
        String hidden =
                layers.stream().map(l -> l.activation().id() + ":" + l.width()).collect(Collectors.joining(","));
        return String.format(
                Locale.ROOT,
                "layers=%s;lr=%.2e;opt=%s;batch=%d;dropout=%.2f;l2=%.2e;epochs=%d",
                hidden,
                learningRate,
                optimizer.id(),
                batchSize,
                dropout,
                l2,
                maxEpochs);
    }

    /**
     * The genome whose {@link #canonical()} text is {@code text}, as the leaderboard files hold it.
     *
     * @throws IllegalArgumentException naming what is wrong when the text is not a canonical genome
     */
    public static Genome parseCanonical(String text) {
        java.util.Map<String, String> genes = new java.util.HashMap<>();
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("'" + part + "' is not gene=value");
            }
            genes.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
        }
        try {
            List<LayerGene> layers = new java.util.ArrayList<>();
            for (String layer : gene(genes, "layers").split(",")) {
                String[] activationAndWidth = layer.split(":");
                if (activationAndWidth.length != 2) {
                    throw new IllegalArgumentException("layer '" + layer + "' is not activation:width");
                }
                layers.add(new LayerGene(
                        Integer.parseInt(activationAndWidth[1]), Activation.parse(activationAndWidth[0])));
            }
            return new Genome(
                    layers,
                    Double.parseDouble(gene(genes, "lr")),
                    Optimizer.parse(gene(genes, "opt")),
                    Integer.parseInt(gene(genes, "batch")),
                    Double.parseDouble(gene(genes, "dropout")),
                    Double.parseDouble(gene(genes, "l2")),
                    Integer.parseInt(gene(genes, "epochs")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a gene is not a number (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static String gene(java.util.Map<String, String> genes, String name) {
        String value = genes.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the gene '" + name + "' is missing");
        }
        return value;
    }

    /** A stable 16-hex-digit identifier: the same on every machine and in every run. */
    @JsonIgnore
    public String id() {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** A short human-readable summary such as {@code 64 relu > 32 tanh | adam lr 1.00e-03}. */
    @JsonIgnore
    public String summary() {
        String hidden = layers.stream().map(LayerGene::toString).collect(Collectors.joining(" > "));
        return String.format(
                Locale.ROOT,
                "%s | %s lr %.2e, batch %s, dropout %.2f, l2 %.1e, <=%d epochs",
                hidden,
                optimizer.id(),
                learningRate,
                batchSize == FULL_BATCH ? "full" : Integer.toString(batchSize),
                dropout,
                l2,
                maxEpochs);
    }

    /** Number of trainable parameters of the network for the given input and output sizes. */
    public long parameterCount(int inputs, int outputs) {
        long count = 0;
        int previous = inputs;
        for (LayerGene layer : layers) {
            count += (long) previous * layer.width() + layer.width();
            previous = layer.width();
        }
        return count + (long) previous * outputs + outputs;
    }

    @Override
    public String toString() {
        return summary();
    }

    private static double significant(double value, int digits) {
        return new BigDecimal(value).round(new MathContext(digits)).doubleValue();
    }
}
