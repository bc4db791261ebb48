package io.github.numkit.optimization.descent;

/** The way stochastic gradient descent draws the terms of each mini-batch. */
public enum Sampling {
    /**
     * Each epoch visits every term once in a fresh random order (random reshuffling), taking
     * consecutive slices of the permutation as batches; the last batch of an epoch is smaller when
     * the batch size does not divide m.
     */
    WITHOUT_REPLACEMENT,
    /** Every term of every batch is drawn uniformly and independently from all m terms. */
    WITH_REPLACEMENT
}
