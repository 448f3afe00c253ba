package org.evolab.ui.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evolab.genome.Genome;
import org.evolab.genome.LayerGene;

/** What changed from one best genome to the next, layer by layer, for the diagram's highlight and footer. */
final class GenomeChanges {
    /** What changed in a hidden layer (index = hidden layer). */
    enum Change {
        SAME,
        ADDED,
        RESIZED,
        ACTIVATION
    }

    private GenomeChanges() {}

    static List<Change> diff(Genome before, Genome after) {
        List<Change> out = new ArrayList<>();
        List<LayerGene> a = before.layers();
        List<LayerGene> b = after.layers();
        for (int i = 0; i < b.size(); i++) {
            if (i >= a.size()) {
                out.add(Change.ADDED);
            } else if (a.get(i).width() != b.get(i).width()) {
                out.add(Change.RESIZED);
            } else if (a.get(i).activation() != b.get(i).activation()) {
                out.add(Change.ACTIVATION);
            } else {
                out.add(Change.SAME);
            }
        }
        return out;
    }

    static String describe(Genome before, Genome after, List<Change> changes) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            LayerGene was = i < before.layers().size() ? before.layers().get(i) : null;
            LayerGene now = after.layers().get(i);
            switch (changes.get(i)) {
                case ADDED -> parts.add("added layer " + (i + 1));
                case RESIZED -> parts.add(
                        String.format(Locale.ROOT, "layer %d %d→%d", i + 1, was.width(), now.width()));
                case ACTIVATION -> parts.add(String.format(
                        Locale.ROOT,
                        "layer %d %s→%s",
                        i + 1,
                        was.activation().id(),
                        now.activation().id()));
                default -> {}
            }
        }
        int removed = before.layers().size() - after.layers().size();
        if (removed > 0) {
            parts.add("removed " + removed + " layer" + (removed == 1 ? "" : "s"));
        }
        if (parts.isEmpty()) {
            parts.add("same layers, new training genes");
        }
        if (parts.size() > 2) {
            // the line has half the diagram's width: two changes and a count fit, a list would be cut short
            int more = parts.size() - 2;
            parts = new ArrayList<>(parts.subList(0, 2));
            parts.add(more + " more");
        }
        return "Changed: " + String.join(" · ", parts);
    }
}
