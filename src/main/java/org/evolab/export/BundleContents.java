package org.evolab.export;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What goes into a model bundle: the DL4J model zip (its entries are copied as they are, so
 * {@code ModelSerializer} can open the bundle) and Evolab's own files, by name under {@code evolab/}.
 */
public record BundleContents(byte[] modelZip, Map<String, byte[]> evolabEntries) {
    public BundleContents {
        evolabEntries = Map.copyOf(new LinkedHashMap<>(evolabEntries));
    }
}
