package org.evolab.fitness;

import org.evolab.genome.Genome;

/**
 * Seeds derived from the run's seed. A genome's training seed depends only on the run seed and
 * the genome itself, never on which worker trains it or when, so results are the same whatever
 * the worker count.
 */
public final class Seeds {
    private Seeds() {}

    public static long forGenome(long runSeed, Genome genome) {
        return mix(runSeed ^ Long.parseUnsignedLong(genome.id(), 16));
    }

    public static long derive(long seed, long salt) {
        return mix(seed + 0x9E3779B97F4A7C15L * (salt + 1));
    }

    /** SplitMix64's finaliser: a cheap, well-spread bijection of 64-bit values. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
