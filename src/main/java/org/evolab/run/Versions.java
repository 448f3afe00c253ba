package org.evolab.run;

/** Versions written into bundles and shown by {@code --version}. */
public final class Versions {
    public static final String DL4J = "1.0.0-M2.1";

    private Versions() {}

    public static String evolab() {
        String v = Versions.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
