package org.evolab.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The one duration grammar: what the CLI's --time-budget and the stop reasons read and write. */
class DurationsTest {
    @Test
    void readsTheShortFormsIsoAndPlainSeconds() {
        assertThat(Durations.parse("t", "5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(Durations.parse("t", "1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse("t", "90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("t", "2m7.5s")).isEqualTo(Duration.ofMillis(127_500));
        assertThat(Durations.parse("t", "1.5h")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse("t", "500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("t", "1m500ms")).isEqualTo(Duration.ofMillis(60_500));
        assertThat(Durations.parse("t", " 10M ")).isEqualTo(Duration.ofMinutes(10));
        assertThat(Durations.parse("t", "PT2M")).isEqualTo(Duration.ofMinutes(2));
        assertThat(Durations.parse("t", "45")).isEqualTo(Duration.ofSeconds(45));
        assertThat(Durations.parse("t", "2.5")).isEqualTo(Duration.ofMillis(2500));
    }

    @Test
    void anUnreadableDurationNamesTheSetting() {
        assertThatThrownBy(() -> Durations.parse("--time-budget", "soon"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("--time-budget: cannot read 'soon' as a duration (e.g. 90s, 5m, 1h30m)");
        assertThatThrownBy(() -> Durations.parse("x", "")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Durations.parse("x", "5m3h")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Durations.parse("x", "P")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void writesTheShortFormItReads() {
        assertThat(Durations.format(Duration.ofMinutes(5))).isEqualTo("5m");
        assertThat(Durations.format(Duration.ofSeconds(3725))).isEqualTo("1h2m5s");
        assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1.5s");
        assertThat(Durations.format(Duration.ZERO)).isEqualTo("0s");
        for (Duration d : new Duration[] {Duration.ofMillis(127_500), Duration.ofHours(26), Duration.ofSeconds(61)}) {
            assertThat(Durations.parse("t", Durations.format(d))).isEqualTo(d);
        }
    }
}
