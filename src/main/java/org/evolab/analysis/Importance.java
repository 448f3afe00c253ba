package org.evolab.analysis;

/** The share of the variation in fitness a gene explains; the importances of a run sum to 1. */
public record Importance(String gene, double importance) {}
