package org.evolab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextColumnTest {

    @Test
    void storesEachDistinctValueOnceAndMissingAsNull() {
        TextColumn c = new TextColumn();
        for (String v : new String[] {"red", null, "green", "red", "grün", "red", null}) {
            c.add(v);
        }
        c.freeze();

        assertThat(c.size()).isEqualTo(7);
        assertThat(c.valueCount()).isEqualTo(3);
        assertThat(c.get(0)).isEqualTo("red");
        assertThat(c.get(1)).isNull();
        assertThat(c.get(4)).isEqualTo("grün");
        assertThat(c.get(5)).isSameAs(c.get(0)); // small dictionaries hand out the same String
        assertThat(c.allMissing()).isFalse();
        assertThatThrownBy(() -> c.get(7)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> c.add("x")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void manyDistinctValuesGrowTheTableAndAMostlyUniqueColumnStopsLookingUp() {
        TextColumn categories = new TextColumn();
        TextColumn unique = new TextColumn();
        int rows = TextColumn.DEDUPLICATE_ROWS + 5000;
        for (int r = 0; r < rows; r++) {
            categories.add("level" + (r % 1000));
            unique.add(r % 10 == 0 ? null : "value" + r);
        }
        unique.add("value1"); // a repeat after de-duplication stopped: stored again
        categories.freeze();
        unique.freeze();

        assertThat(categories.valueCount()).isEqualTo(1000);
        assertThat(categories.get(rows - 1)).isEqualTo("level" + ((rows - 1) % 1000));
        assertThat(unique.get(rows - 1)).isEqualTo("value" + (rows - 1));
        assertThat(unique.get(rows)).isEqualTo("value1");
        assertThat(unique.get(10)).isNull();
        assertThat(unique.valueCount()).isEqualTo(rows - (rows + 9) / 10 + 1); // rows 0, 10, 20, ... are missing
    }

    @Test
    void rewrittenMergesValuesThatBecomeEqual() {
        TextColumn c = new TextColumn();
        for (String v : new String[] {"1,5", null, "1.5", "2"}) {
            c.add(v);
        }
        TextColumn r = c.freeze().rewritten(v -> v.replace(',', '.'));
        assertThat(r.valueCount()).isEqualTo(2);
        assertThat(r.get(0)).isEqualTo("1.5");
        assertThat(r.get(1)).isNull();
        assertThat(r.get(2)).isEqualTo("1.5");
        assertThat(r.get(3)).isEqualTo("2");
    }

    @Test
    void anEmptyOrAllMissingColumnHasNoValues() {
        TextColumn c = new TextColumn();
        c.add(null);
        assertThat(c.freeze().allMissing()).isTrue();
        assertThat(new TextColumn().freeze().size()).isZero();
    }
}
