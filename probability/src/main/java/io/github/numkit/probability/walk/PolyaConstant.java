package io.github.numkit.probability.walk;

/**
 * The return probability of the simple walk on the cubic lattice ℤ³.
 *
 * @param returnProbability Pólya's constant, the probability of ever returning to the origin, 1 −
 *     1/u
 * @param expectedVisits u = Σ<sub>n≥0</sub> P(S<sub>2n</sub> = 0), the expected number of visits to
 *     the origin counting time 0 (Watson's integral)
 * @param method how the value was computed
 */
public record PolyaConstant(double returnProbability, double expectedVisits, String method) {
}
