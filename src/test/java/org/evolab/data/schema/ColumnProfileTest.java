package org.evolab.data.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evolab.data.csv.DataTable;
import org.junit.jupiter.api.Test;

class ColumnProfileTest {
    private static final DataTable IRIS = DataTable.load(Path.of("sample-data", "iris.csv"));

    @Test
    void aNumericColumnHasItsRangeMeanSpreadAndAHistogramOfEveryValue() {
        ColumnProfile p = ColumnProfile.of(IRIS, "petal_width");

        assertThat(p.numeric()).isTrue();
        assertThat(p.rows()).isEqualTo(150);
        assertThat(p.missing()).isZero();
        assertThat(p.distinct()).isEqualTo(22);
        assertThat(p.numbers().min()).isEqualTo(0.1);
        assertThat(p.numbers().max()).isEqualTo(2.5);
        assertThat(p.numbers().mean()).isCloseTo(1.19867, within(1e-4)); // awk over the file agrees
        assertThat(p.numbers().sd()).isCloseTo(0.76316, within(1e-4));
        assertThat(p.histogram()).hasSize(9); // Sturges: 1 + ceil(log2 150)
        assertThat(p.histogram().stream().mapToInt(ColumnProfile.Bin::count).sum())
                .isEqualTo(150);
        assertThat(p.histogram().get(0).from()).isEqualTo(0.1);
        assertThat(p.histogram().get(8).to()).isEqualTo(2.5);
        assertThat(p.levels()).isEmpty();
    }

    @Test
    void aTextColumnListsItsCommonestValuesWithTiesInValueOrder() {
        ColumnProfile p = ColumnProfile.of(IRIS, "species");

        assertThat(p.numeric()).isFalse();
        assertThat(p.distinct()).isEqualTo(3);
        assertThat(p.levels())
                .containsExactly(
                        new ColumnProfile.Level("setosa", 50),
                        new ColumnProfile.Level("versicolor", 50),
                        new ColumnProfile.Level("virginica", 50));
        assertThat(p.otherRows()).isZero();
        assertThat(p.histogram()).isEmpty();
    }

    @Test
    void missingCellsAreCountedAndValuesBeyondTheTopOnesAreOther() {
        List<String[]> rows = new ArrayList<>();
        for (int r = 0; r < 40; r++) {
            rows.add(new String[] {r % 4 == 0 ? "NA" : Integer.toString(r % 5), r % 10 == 0 ? "" : "v" + (r % 12)});
        }
        DataTable t = DataTable.of("t.csv", List.of("n", "s"), rows);

        ColumnProfile n = ColumnProfile.of(t, "n");
        assertThat(n.missing()).isEqualTo(10);
        assertThat(n.distinct()).isEqualTo(5);
        assertThat(n.numbers().min()).isZero();
        assertThat(n.numbers().max()).isEqualTo(4);

        ColumnProfile s = ColumnProfile.of(t, "s");
        assertThat(s.missing()).isEqualTo(4);
        assertThat(s.distinct()).isEqualTo(12);
        assertThat(s.levels()).hasSize(ColumnProfile.TOP_LEVELS);
        assertThat(s.levels().stream().mapToInt(ColumnProfile.Level::count).sum() + s.otherRows())
                .isEqualTo(36);
        assertThat(s.otherRows()).isPositive();
    }

    @Test
    void oneRepeatedNumberIsOneBinAndNoSpread() {
        DataTable t = DataTable.of(
                "t.csv", List.of("k"), List.of(new String[] {"3"}, new String[] {"3.0"}, new String[] {"3"}));
        ColumnProfile p = ColumnProfile.of(t, "k");
        assertThat(p.distinct()).isEqualTo(1);
        assertThat(p.numbers().sd()).isZero();
        assertThat(p.histogram()).containsExactly(new ColumnProfile.Bin(3, 3, 3));
    }
}
