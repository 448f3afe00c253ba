package org.evolab.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evolab.fitness.Trainer;
import org.evolab.util.InvalidInputException;

/**
 * Where a run's trainings go on Spark: whether Spark is on the class path (it is not in the
 * default build: {@code -Pspark} or {@code spark-submit} brings it), the Java module flags it
 * needs, and the trainer factory for a master URL. Names no Spark class itself, so that it loads
 * without Spark.
 */
public final class SparkSupport {
    /** How to get Spark, for the one-line refusal. */
    public static final String HOW_TO_ADD = "build Evolab with 'mvn -B -Pspark package -DskipTests' (Spark's jars "
            + "in target/lib) or start it with spark-submit (see the README, \"Scale out on Spark\")";
    /** ND4J's settings that the launcher gives a local run, for the executors' JVMs. */
    static final String EXECUTOR_ND4J_FLAGS = "-Dopexec=org.evolab.fitness.ReachableOpExecutioner "
            + "-Dorg.bytedeco.javacpp.maxBytes=0 -Dorg.bytedeco.javacpp.maxPhysicalBytes=0";

    private SparkSupport() {}

    public static boolean available() {
        try {
            Class.forName("org.apache.spark.SparkContext", false, SparkSupport.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * The {@code --add-opens} flags Spark's own launcher gives a JVM on Java 17 (its
     * {@code JavaModuleOptions}); empty without Spark.
     */
    public static List<String> javaModuleFlags() {
        if (!available()) {
            return List.of();
        }
        return List.of(SparkConfs.moduleOptions().trim().split("\\s+"));
    }

    /**
     * The trainers for {@code master}: {@code local} when it is null or blank (this computer),
     * else a Spark trainer on that master. {@code setting} names the option in the refusal when
     * Spark is not on the class path.
     */
    public static Trainer.Factory trainers(String master, Trainer.Factory local, String setting) {
        if (master == null || master.isBlank()) {
            return local;
        }
        return factory(setting, master, Map.of());
    }

    /** A Spark trainer on {@code master} with {@code conf} added to Spark's settings (tests, the benchmark). */
    public static Trainer.Factory factory(String setting, String master, Map<String, String> conf) {
        check(setting, master);
        return SparkConfs.factory(setting, master, conf);
    }

    /** Refuses, in one line, a master URL that cannot be one or a Spark that is not there. */
    public static void check(String setting, String master) {
        if (master.isBlank() || master.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidInputException(
                    setting + ": '" + master + "' is not a Spark master URL " + "(local[N], spark://host:port, ...)");
        }
        if (!available()) {
            throw new InvalidInputException(setting + ": Spark is not on the class path; " + HOW_TO_ADD);
        }
    }

    static String firstLine(Throwable t) {
        List<String> seen = new ArrayList<>();
        for (Throwable c = t; c != null && seen.size() < 4; c = c.getCause()) {
            String m = c.getMessage();
            seen.add(
                    m == null
                            ? c.getClass().getSimpleName()
                            : m.lines().findFirst().orElse(""));
        }
        return seen.isEmpty() ? "unknown error" : seen.get(seen.size() - 1);
    }
}
