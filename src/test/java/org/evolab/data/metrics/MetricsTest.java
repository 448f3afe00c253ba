package org.evolab.data.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.evolab.util.Json;
import org.junit.jupiter.api.Test;

class MetricsTest {
    private static final List<String> ABC = List.of("a", "b", "c");

    @Test
    void classificationMetricsOfAHandWorkedExample() {
        // actual a a b b c c, predicted a b b b c a
        ClassificationMetrics m =
                ClassificationMetrics.of(new int[] {0, 0, 1, 1, 2, 2}, new int[] {0, 1, 1, 1, 2, 0}, ABC);

        assertThat(m.accuracy()).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(m.confusion()).isDeepEqualTo(new int[][] {{1, 1, 0}, {0, 2, 0}, {1, 0, 1}});
        assertThat(m.precision()).containsExactly(new double[] {0.5, 2.0 / 3, 1.0}, within(1e-12));
        assertThat(m.recall()).containsExactly(new double[] {0.5, 1.0, 0.5}, within(1e-12));
        // F1: a 0.5, b 2*(2/3)*1/(5/3) = 0.8, c 2*1*0.5/1.5 = 2/3
        assertThat(m.macroF1()).isCloseTo((0.5 + 0.8 + 2.0 / 3) / 3, within(1e-12));
        assertThat(m.labels()).isEqualTo(ABC);
    }

    @Test
    void macroF1SkipsAbsentClassesAndCountsNeverPredictedOnesAsZero() {
        ClassificationMetrics absent = ClassificationMetrics.of(new int[] {0, 1, 1}, new int[] {0, 1, 1}, ABC);
        assertThat(absent.macroF1()).isEqualTo(1.0);
        assertThat(absent.precision()[2]).isZero();

        ClassificationMetrics neverPredicted =
                ClassificationMetrics.of(new int[] {0, 0, 1, 1}, new int[] {0, 0, 0, 0}, List.of("x", "y"));
        // x: precision 0.5, recall 1 -> F1 2/3; y: no predictions -> precision 0, F1 0
        assertThat(neverPredicted.precision()).containsExactly(0.5, 0.0);
        assertThat(neverPredicted.macroF1()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(neverPredicted.accuracy()).isEqualTo(0.5);
    }

    @Test
    void classificationMetricsRefuseMismatchedInput() {
        assertThatThrownBy(() -> ClassificationMetrics.of(new int[] {0}, new int[] {0, 1}, ABC))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClassificationMetrics.of(new int[] {3}, new int[] {0}, ABC))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClassificationMetrics.of(new int[0], new int[0], ABC))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void classificationMetricsRoundTripThroughJsonAndCompareByValue() {
        ClassificationMetrics m = ClassificationMetrics.of(new int[] {0, 0, 1, 2}, new int[] {0, 1, 1, 2}, ABC);
        String json = Json.write(m);
        assertThat(json).contains("\"macroF1\"", "\"confusion\"");
        assertThat(Json.read(json, ClassificationMetrics.class, "metrics.json")).isEqualTo(m);
    }

    @Test
    void regressionMetricsOfAHandWorkedExample() {
        RegressionMetrics m = RegressionMetrics.of(new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 5});

        assertThat(m.rmse()).isCloseTo(0.5, within(1e-12));
        assertThat(m.mae()).isCloseTo(0.25, within(1e-12));
        assertThat(m.r2()).isCloseTo(1 - 1.0 / 5, within(1e-12)); // total sum of squares around 2.5 is 5

        assertThat(RegressionMetrics.of(new double[] {2, 2}, new double[] {2, 2})
                        .r2())
                .isEqualTo(1.0);
        assertThat(RegressionMetrics.of(new double[] {2, 2}, new double[] {1, 3})
                        .r2())
                .isEqualTo(0.0);
        assertThat(RegressionMetrics.of(new double[] {1, 2, 3}, new double[] {3, 2, 1})
                        .r2())
                .isCloseTo(-3.0, within(1e-12));
        assertThatThrownBy(() -> RegressionMetrics.of(new double[] {1}, new double[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void argmaxTakesTheFirstLargestAndIgnoresNaN() {
        assertThat(Encoding.argmax(new double[] {0.1, 0.7, 0.2})).isEqualTo(1);
        assertThat(Encoding.argmax(new double[] {0.5, 0.5})).isZero();
        assertThat(Encoding.argmax(new double[] {Double.NaN, -1, 3})).isEqualTo(2);
        assertThat(Encoding.argmax(new double[][] {{1, 0}, {0, 1}, {-5, -4}})).containsExactly(0, 1, 1);
        assertThatThrownBy(() -> Encoding.argmax(new double[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
