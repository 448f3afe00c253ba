package org.evolab.fitness;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.evolab.genome.Genome;
import org.evolab.genome.LayerGene;

/**
 * Weight inheritance's memory: the best (early-stopping) parameters of every fold of the genomes
 * that may still be parents, and who those parents are (the last generation's individuals, with
 * their fitness). A trainer made with one puts each finished training's best parameters here (on
 * its worker), and starts a child from its parent's ({@link #paramsOf}) where the layers match
 * ({@link #matchingLayers}). The run keeps only the last population's ({@link #keepPopulation}),
 * so memory is bounded by the population, and saves it with each checkpoint ({@link #writeTo}).
 */
public final class ParentWeights {
    private static final int MAGIC = 0x45564c57; // "EVLW"
    private static final int FORMAT = 1;

    /** An individual that may be a parent: its id, genome and fitness. */
    public record Parent(String individualId, Genome genome, double fitness) {}

    private final int folds;
    /** By genome id: one parameter vector per fold (a missing fold is null). */
    private final Map<String, float[][]> params = new HashMap<>();

    private final Map<String, Parent> population = new HashMap<>();

    /** A store for trainings of {@code folds} folds each (1 without cross-validation). */
    public ParentWeights(int folds) {
        this.folds = Math.max(1, folds);
    }

    public int folds() {
        return folds;
    }

    /** Takes fold {@code fold}'s best parameters of {@code genome}'s training (on a worker). */
    synchronized void put(Genome genome, int fold, float[] bestParameters) {
        params.computeIfAbsent(genome.id(), k -> new float[folds][])[fold] = bestParameters;
    }

    /** Fold {@code fold}'s parameters of {@code genomeId}, or null when it has no complete set. */
    public synchronized float[] paramsOf(String genomeId, int fold) {
        float[][] all = params.get(genomeId);
        return complete(all) ? all[fold] : null;
    }

    /**
     * Keeps the parameters of {@code parents}' genomes only (the generation just scored, whose
     * individuals the next generation's are bred from) and remembers them as the parents.
     */
    public synchronized void keepPopulation(List<Parent> parents) {
        population.clear();
        Set<String> genomes = new HashSet<>();
        for (Parent p : parents) {
            population.put(p.individualId(), p);
            genomes.add(p.genome().id());
        }
        params.keySet().retainAll(genomes);
    }

    /**
     * The parent among {@code parentIds} a child inherits from: the fittest of them whose weights
     * are kept and share at least one layer with {@code child} (ties: the first named); empty when
     * none does, and the child starts fresh.
     */
    public synchronized Optional<Parent> parentFor(Genome child, List<String> parentIds) {
        Parent chosen = null;
        for (String id : parentIds) {
            Parent p = population.get(id);
            if (p == null || !complete(params.get(p.genome().id())) || matchingLayers(child, p.genome()) == 0) {
                continue;
            }
            if (chosen == null || p.fitness() > chosen.fitness()) {
                chosen = p;
            }
        }
        return Optional.ofNullable(chosen);
    }

    private boolean complete(float[][] all) {
        if (all == null) {
            return false;
        }
        for (float[] f : all) {
            if (f == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Hidden layers {@code child} inherits from {@code parent}: by index from the first on, while
     * the activations agree (a width may differ: the overlapping block is kept); the first layer
     * whose activation differs, and every layer after it, start fresh, as their inputs mean other
     * things. The output layer is inherited too when every hidden layer was and the depths agree.
     */
    public static int matchingLayers(Genome child, Genome parent) {
        List<LayerGene> c = child.layers();
        List<LayerGene> p = parent.layers();
        int n = 0;
        while (n < c.size() && n < p.size() && c.get(n).activation() == p.get(n).activation()) {
            n++;
        }
        return n;
    }

    /** Whether {@code child} inherits its output layer from {@code parent} (see {@link #matchingLayers}). */
    public static boolean inheritsOutput(Genome child, Genome parent) {
        return child.layers().size() == parent.layers().size()
                && matchingLayers(child, parent) == child.layers().size();
    }

    /** Writes the store (for a checkpoint): the parents, then their genomes' parameters. */
    public synchronized void writeTo(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeInt(folds);
        Map<String, Parent> sorted = new TreeMap<>(population);
        out.writeInt(sorted.size());
        for (Parent p : sorted.values()) {
            out.writeUTF(p.individualId());
            out.writeUTF(p.genome().canonical());
            out.writeDouble(p.fitness());
        }
        Map<String, float[][]> kept = new TreeMap<>(params);
        out.writeInt(kept.size());
        for (Map.Entry<String, float[][]> e : kept.entrySet()) {
            out.writeUTF(e.getKey());
            for (float[] f : e.getValue()) {
                out.writeInt(f == null ? -1 : f.length);
                if (f != null) {
                    for (float v : f) {
                        out.writeFloat(v);
                    }
                }
            }
        }
        out.flush();
    }

    /** Reads what {@link #writeTo} wrote; throws IOException for anything else. */
    public static ParentWeights readFrom(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
            throw new IOException("not a parent weights file of this version");
        }
        ParentWeights w = new ParentWeights(in.readInt());
        int parents = in.readInt();
        List<Parent> population = new ArrayList<>(parents);
        for (int i = 0; i < parents; i++) {
            String id = in.readUTF();
            Genome genome;
            try {
                genome = Genome.parseCanonical(in.readUTF());
            } catch (RuntimeException e) {
                throw new IOException("a parent's genome does not parse: " + e.getMessage(), e);
            }
            population.add(new Parent(id, genome, in.readDouble()));
        }
        int genomes = in.readInt();
        for (int i = 0; i < genomes; i++) {
            String id = in.readUTF();
            float[][] all = new float[w.folds][];
            for (int f = 0; f < w.folds; f++) {
                int length = in.readInt();
                if (length > 0 && length > 1 << 28) {
                    throw new IOException("a parameter vector of " + length + " floats");
                }
                if (length >= 0) {
                    all[f] = new float[length];
                    for (int k = 0; k < length; k++) {
                        all[f][k] = in.readFloat();
                    }
                }
            }
            w.params.put(id, all);
        }
        population.forEach(p -> w.population.put(p.individualId(), p));
        return w;
    }
}
