package org.evolab.evolution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evolab.util.InvalidInputException;

/**
 * When a run ends: after {@code generations} generations at the latest, and sooner if one of the
 * optional limits is met. Checked after every generation with {@link #reasonToStop}.
 *
 * @param generations       generations in all, the initial one included
 * @param targetFitness     stop once the best fitness so far reaches this; null for none
 * @param steadyGenerations stop after this many generations in a row without a better best; null for none
 * @param wallClock         stop once the run has taken this long; null for none
 */
public record StopConditions(int generations, Double targetFitness, Integer steadyGenerations,
                             @JsonSerialize(using = DurationJson.Serializer.class)
                             @JsonDeserialize(using = DurationJson.Deserializer.class)
                             Duration wallClock) {

    private static final Pattern SHORT_DURATION =
            Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+(?:\\.\\d+)?)s)?");

    /** Only the generation limit. */
    public static StopConditions generations(int n) {
        return new StopConditions(n, null, null, null);
    }

    public StopConditions withTargetFitness(Double value) {
        return new StopConditions(generations, value, steadyGenerations, wallClock);
    }

    public StopConditions withSteadyGenerations(Integer value) {
        return new StopConditions(generations, targetFitness, value, wallClock);
    }

    public StopConditions withWallClock(Duration value) {
        return new StopConditions(generations, targetFitness, steadyGenerations, value);
    }

    /** Throws an {@link InvalidInputException} naming the first limit at fault; returns {@code this}. */
    public StopConditions validate() {
        if (generations < 1) {
            throw new InvalidInputException("generations: must be at least 1, got " + generations);
        }
        if (targetFitness != null && !Double.isFinite(targetFitness)) {
            throw new InvalidInputException("target fitness: must be a finite number, got " + targetFitness);
        }
        if (steadyGenerations != null && steadyGenerations < 1) {
            throw new InvalidInputException("steady generations: must be at least 1, got " + steadyGenerations);
        }
        if (wallClock != null && (wallClock.isNegative() || wallClock.isZero())) {
            throw new InvalidInputException("wall-clock: must be positive, got " + formatDuration(wallClock));
        }
        return this;
    }

    /**
     * Why the run should stop now, or empty to go on. When several limits are met at once the
     * most informative reason is given: target, then the generation count, then the steady
     * limit, then the wall clock.
     */
    public Optional<String> reasonToStop(EvolutionState state) {
        double best = state.bestSoFar();
        if (targetFitness != null && best >= targetFitness) {
            return Optional.of("reached target fitness " + plain(targetFitness)
                    + " (" + String.format(Locale.ROOT, "%.4f", best) + ")");
        }
        if (state.generationsCompleted() >= generations) {
            return Optional.of("finished " + generations + (generations == 1 ? " generation" : " generations"));
        }
        if (steadyGenerations != null && state.generationsWithoutImprovement() >= steadyGenerations) {
            return Optional.of("no improvement for " + steadyGenerations
                    + (steadyGenerations == 1 ? " generation" : " generations"));
        }
        if (wallClock != null && state.elapsed().compareTo(wallClock) >= 0) {
            return Optional.of("wall-clock budget of " + formatDuration(wallClock) + " reached");
        }
        return Optional.empty();
    }

    /** A short form such as {@code 45s}, {@code 5m}, {@code 1h30m}, {@code 2m7.5s}. */
    public static String formatDuration(Duration d) {
        if (d.isNegative()) {
            return "-" + formatDuration(d.negated());
        }
        long hours = d.toHours();
        int minutes = d.toMinutesPart();
        double seconds = d.toSecondsPart() + d.toNanosPart() / 1e9;
        StringBuilder text = new StringBuilder();
        if (hours > 0) {
            text.append(hours).append('h');
        }
        if (minutes > 0) {
            text.append(minutes).append('m');
        }
        if (seconds > 0 || text.length() == 0) {
            text.append(plain(seconds)).append('s');
        }
        return text.toString();
    }

    /**
     * Reads {@code 90s}, {@code 5m}, {@code 1h30m}, ISO-8601 ({@code PT5M}) or a plain number of
     * seconds; throws an {@link InvalidInputException} naming the wall-clock setting otherwise.
     */
    public static Duration parseDuration(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        try {
            if (t.startsWith("pt") || t.startsWith("p")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            if (t.matches("\\d+(\\.\\d+)?")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
            }
            Matcher m = SHORT_DURATION.matcher(t);
            if (!t.isEmpty() && m.matches()) {
                long millis = 0;
                millis += m.group(1) == null ? 0 : Long.parseLong(m.group(1)) * 3_600_000L;
                millis += m.group(2) == null ? 0 : Long.parseLong(m.group(2)) * 60_000L;
                millis += m.group(3) == null ? 0 : Math.round(Double.parseDouble(m.group(3)) * 1000);
                return Duration.ofMillis(millis);
            }
        } catch (RuntimeException e) {
            // Falls through to the message below: the user sees what was wrong, not a parser's stack.
        }
        throw new InvalidInputException("wall-clock: cannot read '" + text + "' as a duration (e.g. 90s, 5m, 1h30m)");
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
