package org.evolab.spark;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkException;
import org.apache.spark.launcher.JavaModuleOptions;
import org.evolab.fitness.Trainer;
import org.evolab.util.InvalidInputException;

/** The Spark settings of a run; loaded only once Spark is known to be on the class path. */
final class SparkConfs {
    private SparkConfs() {}

    static String moduleOptions() {
        return JavaModuleOptions.defaultModuleOptions();
    }

    /**
     * Spark's settings for a run on {@code master}: {@code spark.*} system properties and a
     * spark-submit's settings as Spark reads them, then {@code extra}. Executors get Java's module
     * flags and ND4J's settings; Spark's console progress bar would fight the CLI's.
     */
    static SparkConf conf(String master, Map<String, String> extra) {
        SparkConf conf =
                new SparkConf(true).setMaster(master).setAppName("Evolab").set("spark.ui.showConsoleProgress", "false");
        extra.forEach(conf::set);
        String given = conf.get("spark.executor.extraJavaOptions", "");
        conf.set(
                "spark.executor.extraJavaOptions",
                (moduleOptions() + " " + SparkSupport.EXECUTOR_ND4J_FLAGS + " " + given).trim());
        return conf;
    }

    static Trainer.Factory factory(String setting, String master, Map<String, String> extra) {
        Map<String, String> settings = Map.copyOf(extra);
        return (data, training, seed, control, options) -> {
            try {
                return new SparkTrainer(conf(master, settings), data, training, seed, control, options);
            } catch (LinkageError e) {
                if (!String.valueOf(e.getMessage()).contains("module")) {
                    throw e;
                }
                // A JVM started without the launcher's child flags (-Devolab.relaunch=false, an IDE).
                throw new InvalidInputException(setting + ": this Java VM lacks the module flags Spark needs; start "
                        + "it with: " + moduleOptions());
            } catch (Exception e) {
                // Spark's Scala code throws its checked SparkException undeclared.
                if (e instanceof SparkException
                        || e.getCause() instanceof SparkException
                        || String.valueOf(e.getMessage()).contains("Master URL")) {
                    throw new InvalidInputException(
                            setting + ": Spark could not start on '" + master + "': " + SparkSupport.firstLine(e));
                }
                if (e instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e);
            }
        };
    }
}
