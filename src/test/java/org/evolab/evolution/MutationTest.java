package org.evolab.evolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evolab.evolution.Fixtures.rng;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.evolab.genome.Activation;
import org.evolab.genome.DoubleRange;
import org.evolab.genome.Genome;
import org.evolab.genome.IntRange;
import org.evolab.genome.Optimizer;
import org.evolab.genome.SearchSpace;
import org.junit.jupiter.api.Test;

class MutationTest {
    private static final SearchSpace SPACE = SearchSpace.defaults();

    @Test
    void rateZeroChangesNothing() {
        Mutation mutation = new Mutation(SPACE, 0);
        RandomGenerator rng = rng(1);
        for (int i = 0; i < 200; i++) {
            Genome g = SPACE.randomGenome(rng);
            Mutation.Result result = mutation.apply(g, rng);
            assertThat(result.genome()).isEqualTo(g);
            assertThat(result.applied()).isEmpty();
        }
    }

    @Test
    void rateOneChangesEveryGenome() {
        Mutation mutation = new Mutation(SPACE, 1);
        RandomGenerator rng = rng(2);
        for (int i = 0; i < 200; i++) {
            Genome g = SPACE.randomGenome(rng);
            Mutation.Result result = mutation.apply(g, rng);
            assertThat(result.genome()).isNotEqualTo(g);
            assertThat(result.applied()).contains(Mutation.OPTIMIZER, Mutation.BATCH_SIZE, Mutation.MAX_EPOCHS);
            assertThat(result.genome().optimizer()).isNotEqualTo(g.optimizer());
        }
    }

    @Test
    void mutantsStayInsideTheSpaceAndTheTagsSayWhatChanged() {
        Mutation mutation = new Mutation(SPACE, 0.3);
        RandomGenerator rng = rng(3);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            Genome g = SPACE.randomGenome(rng);
            Mutation.Result result = mutation.apply(g, rng);
            Genome m = result.genome();
            List<String> tags = result.applied();
            seen.addAll(tags);
            assertThat(SPACE.contains(m)).as(m.summary()).isTrue();
            assertThat(tags).doesNotHaveDuplicates();
            assertThat(tags.contains(Mutation.LEARNING_RATE)).isEqualTo(m.learningRate() != g.learningRate());
            assertThat(tags.contains(Mutation.OPTIMIZER)).isEqualTo(m.optimizer() != g.optimizer());
            assertThat(tags.contains(Mutation.BATCH_SIZE)).isEqualTo(m.batchSize() != g.batchSize());
            assertThat(tags.contains(Mutation.DROPOUT)).isEqualTo(m.dropout() != g.dropout());
            assertThat(tags.contains(Mutation.L2)).isEqualTo(m.l2() != g.l2());
            assertThat(tags.contains(Mutation.MAX_EPOCHS)).isEqualTo(m.maxEpochs() != g.maxEpochs());
            if (m.depth() != g.depth()) {
                assertThat(tags).containsAnyOf(Mutation.ADD_LAYER, Mutation.REMOVE_LAYER);
            }
            if (!m.layers().equals(g.layers())) {
                assertThat(tags)
                        .containsAnyOf(
                                Mutation.RESIZE_LAYER, Mutation.ACTIVATION, Mutation.ADD_LAYER, Mutation.REMOVE_LAYER);
            }
            if (tags.isEmpty()) {
                assertThat(m).isEqualTo(g);
            }
        }
        assertThat(seen)
                .containsExactlyInAnyOrder(
                        Mutation.RESIZE_LAYER,
                        Mutation.ACTIVATION,
                        Mutation.ADD_LAYER,
                        Mutation.REMOVE_LAYER,
                        Mutation.LEARNING_RATE,
                        Mutation.OPTIMIZER,
                        Mutation.BATCH_SIZE,
                        Mutation.DROPOUT,
                        Mutation.L2,
                        Mutation.MAX_EPOCHS);
    }

    @Test
    void aNarrowSpaceLimitsWhatCanMutate() {
        SearchSpace narrow = new SearchSpace(
                new IntRange(2, 2),
                new IntRange(5, 8),
                List.of(Activation.TANH),
                new DoubleRange(1e-3, 1e-3),
                List.of(Optimizer.ADAM),
                List.of(32),
                new DoubleRange(0.0, 0.0),
                new DoubleRange(0.0, 0.0),
                new IntRange(10, 12));
        Mutation mutation = new Mutation(narrow, 1);
        RandomGenerator rng = rng(4);
        for (int i = 0; i < 100; i++) {
            Genome g = narrow.randomGenome(rng);
            Mutation.Result result = mutation.apply(g, rng);
            assertThat(narrow.contains(result.genome())).isTrue();
            assertThat(result.applied()).containsExactlyInAnyOrder(Mutation.RESIZE_LAYER, Mutation.MAX_EPOCHS);
        }
    }

    @Test
    void l2CanBeSwitchedOffAndOn() {
        Mutation mutation = new Mutation(SPACE, 1);
        RandomGenerator rng = rng(5);
        Set<Boolean> zero = new HashSet<>();
        Genome g = Fixtures.genome(20, 20).withL2(1e-4);
        for (int i = 0; i < 100; i++) {
            g = mutation.apply(g, rng).genome();
            zero.add(g.l2() == 0);
        }
        assertThat(zero).containsExactlyInAnyOrder(true, false);
    }

    @Test
    void theRateMustBeAProbability() {
        assertThatThrownBy(() -> new Mutation(SPACE, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Mutation(SPACE, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
