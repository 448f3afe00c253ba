package org.evolab.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecordsTest {
    record Point(int x, String label, List<String> tags) {
        Point {
            tags = List.copyOf(tags);
            if (x < 0) {
                throw new IllegalStateException("x must not be negative");
            }
        }
    }

    @Test
    void aCopyChangesOnlyTheNamedComponent() {
        Point p = new Point(1, "a", List.of("t"));
        assertThat(Records.with(p, "x", 7)).isEqualTo(new Point(7, "a", List.of("t")));
        assertThat(Records.with(p, "label", null)).isEqualTo(new Point(1, null, List.of("t")));
        assertThat(p).isEqualTo(new Point(1, "a", List.of("t")));
    }

    @Test
    void theCanonicalConstructorStillNormalisesAndChecks() {
        Point p = new Point(1, "a", List.of());
        java.util.ArrayList<String> tags = new java.util.ArrayList<>(List.of("u"));
        Point copy = Records.with(p, "tags", tags);
        tags.add("v");
        assertThat(copy.tags()).containsExactly("u");
        assertThatThrownBy(() -> Records.with(p, "x", -1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("x must not be negative");
    }

    @Test
    void anUnknownComponentOrAWrongTypeIsAProgrammingError() {
        Point p = new Point(1, "a", List.of());
        assertThatThrownBy(() -> Records.with(p, "y", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Point has no component 'y'");
        assertThatThrownBy(() -> Records.with(p, "x", "seven")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Records.with(p, "x", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
