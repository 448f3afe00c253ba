package org.evolab.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.util.ModelSerializer;
import org.evolab.data.prep.Preprocessor;
import org.evolab.genome.Genome;
import org.evolab.util.InvalidInputException;
import org.evolab.util.Json;

/**
 * Reads a model bundle as untrusted input: every entry name and size is checked and every byte
 * read is counted before anything is parsed; no Java deserialization is involved.
 */
public final class BundleReader {
    private BundleReader() {}

    public static Bundle read(Path file) {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        if (!Files.exists(file)) {
            throw new InvalidInputException(name + ": file not found");
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(name + ": not a file");
        }
        Map<String, byte[]> texts = new HashMap<>();
        List<String> entries = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            long total = 0;
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                String entryName = entry.getName();
                checkName(name, entryName);
                entries.add(entryName);
                if (entries.size() > BundleFormat.MAX_ENTRIES) {
                    throw new InvalidInputException(name + ": too many entries for a model bundle");
                }
                boolean text = entryName.endsWith(".json") || entryName.endsWith(".csv") || entryName.endsWith(".md");
                long limit = text ? BundleFormat.MAX_TEXT_ENTRY_BYTES : BundleFormat.MAX_ENTRY_BYTES;
                byte[] content = readBounded(zip, entry, limit, name, text);
                total += content == null ? entry.getSize() : content.length;
                if (total > BundleFormat.MAX_TOTAL_BYTES) {
                    throw new InvalidInputException(
                            name + ": the archive unpacks to more than a model bundle may hold");
                }
                if (content != null) {
                    texts.put(entryName, content);
                }
            }
        } catch (ZipException e) {
            throw new InvalidInputException(name + ": not a zip file, or a damaged one (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new InvalidInputException(name + ": cannot read (" + e.getMessage() + ")");
        }
        for (String required : BundleFormat.REQUIRED) {
            if (!entries.contains(required)) {
                boolean dl4j = required.equals(BundleFormat.DL4J_CONFIGURATION)
                        || required.equals(BundleFormat.DL4J_COEFFICIENTS);
                throw new InvalidInputException(
                        name + ": not an Evolab model bundle (no " + required + (dl4j ? ": not a DL4J model)" : ")"));
            }
        }
        Genome genome = Json.read(text(texts, BundleFormat.GENOME), Genome.class, name + ": " + BundleFormat.GENOME);
        Preprocessor preprocessor;
        try {
            preprocessor = Preprocessor.fromJson(text(texts, BundleFormat.PREPROCESSING));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(name + ": " + e.getMessage());
        }
        JsonNode run = tree(texts, BundleFormat.RUN, name);
        JsonNode metrics = tree(texts, BundleFormat.METRICS, name);
        List<Genome> members = texts.containsKey(BundleFormat.MODEL)
                ? members(tree(texts, BundleFormat.MODEL, name), name)
                : List.of();
        Model network;
        try {
            network = members.isEmpty()
                    ? ModelSerializer.restoreMultiLayerNetwork(file.toFile(), false)
                    : ModelSerializer.restoreComputationGraph(file.toFile(), false);
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(name + ": the network inside cannot be restored (" + e.getMessage() + ")");
        }
        Bundle bundle = new Bundle(file, network, genome, members, preprocessor, run, metrics, List.copyOf(entries));
        long inputs = bundle.inputCount();
        if (inputs != preprocessor.featureCount()) {
            throw new InvalidInputException(name + ": the network takes " + inputs
                    + " inputs but the preprocessing makes " + preprocessor.featureCount());
        }
        return bundle;
    }

    /** An ensemble's member genomes from {@code evolab/model.json}; none for a single network. */
    private static List<Genome> members(JsonNode model, String name) {
        String kind = model.path("kind").asText("");
        if (kind.equals(BundleFormat.KIND_NETWORK)) {
            return List.of();
        }
        String where = name + ": " + BundleFormat.MODEL;
        if (!kind.equals(BundleFormat.KIND_ENSEMBLE)) {
            throw new InvalidInputException(where + ": unknown model kind '" + kind + "' (expected "
                    + BundleFormat.KIND_NETWORK + " or " + BundleFormat.KIND_ENSEMBLE + ")");
        }
        JsonNode list = model.path("members");
        if (!list.isArray() || list.size() < 2) {
            throw new InvalidInputException(where + ": an ensemble needs a list of at least two members");
        }
        List<Genome> genomes = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            genomes.add(Json.read(list.get(i).path("genome").toString(), Genome.class, where + " member " + (i + 1)));
        }
        return genomes;
    }

    private static void checkName(String bundle, String entryName) {
        String n = entryName.replace('\\', '/');
        if (n.startsWith("/")
                || n.contains("../")
                || n.equals("..")
                || n.endsWith("/..")
                || n.contains(":")
                || n.indexOf('\0') >= 0) {
            throw new InvalidInputException(bundle + ": refused: unsafe entry name '" + entryName + "'");
        }
    }

    /** Reads an entry (text entries are kept) while counting: a zip bomb stops at the limit. */
    private static byte[] readBounded(ZipFile zip, ZipEntry entry, long limit, String bundle, boolean keep)
            throws IOException {
        if (entry.getSize() > limit) {
            throw new InvalidInputException(bundle + ": entry " + entry.getName() + " is too large");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] buffer = new byte[64 * 1024];
            java.io.ByteArrayOutputStream kept = keep ? new java.io.ByteArrayOutputStream() : null;
            long count = 0;
            for (int r; (r = in.read(buffer)) > 0; ) {
                count += r;
                if (count > limit || (entry.getSize() >= 0 && count > entry.getSize())) {
                    throw new InvalidInputException(
                            bundle + ": entry " + entry.getName() + " unpacks to more than it declares (refused)");
                }
                if (kept != null) {
                    kept.write(buffer, 0, r);
                }
            }
            return kept == null ? null : kept.toByteArray();
        }
    }

    private static String text(Map<String, byte[]> texts, String entry) {
        return new String(texts.get(entry), StandardCharsets.UTF_8);
    }

    private static JsonNode tree(Map<String, byte[]> texts, String entry, String bundle) {
        try {
            return Json.mapper().readTree(texts.get(entry));
        } catch (IOException e) {
            throw new InvalidInputException(bundle + ": " + entry + " is not valid JSON");
        }
    }
}
