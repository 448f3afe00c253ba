package org.evolab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.evolab.data.csv.DataTable;
import org.junit.jupiter.api.Test;

class SyntheticClassificationTest {
    @Test
    void theSameSeedGivesTheSameTable() {
        DataTable a = SyntheticClassification.table(500, 7);
        DataTable b = SyntheticClassification.table(500, 7);
        assertThat(a.columnCount()).isEqualTo(21);
        assertThat(a.rowCount()).isEqualTo(500);
        for (int r = 0; r < 500; r += 37) {
            for (int c = 0; c < 21; c++) {
                assertThat(a.cell(r, c)).isEqualTo(b.cell(r, c));
            }
        }
        assertThat(SyntheticClassification.table(500, 8).cell(0, 0)).isNotEqualTo(a.cell(0, 0));
    }

    @Test
    void everyClassIsWellRepresented() {
        DataTable t = SyntheticClassification.table(20_000, Benchmark.SYNTHETIC_DATA_SEED);
        Map<String, Integer> counts = new HashMap<>();
        int target = t.columnIndex(SyntheticClassification.TARGET);
        for (int r = 0; r < t.rowCount(); r++) {
            counts.merge(t.cell(r, target), 1, Integer::sum);
        }
        assertThat(counts).containsOnlyKeys("c0", "c1", "c2", "c3");
        assertThat(counts.values()).allSatisfy(n -> assertThat(n).isBetween(2_000, 8_000));
    }
}
