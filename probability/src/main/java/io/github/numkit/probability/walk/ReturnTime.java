package io.github.numkit.probability.walk;

/**
 * The time T of the first return to 0 of a simple walk, summarised.
 *
 * @param everReturnProbability P(T &lt; ∞) = F(1) = 1 − |p − q|
 * @param mean E[T], counting T = ∞ on the paths that never return; infinite for every p, either
 *     because P(T = ∞) &gt; 0 (p ≠ ½) or because F′(1) diverges (p = ½)
 * @param conditionalMean E[T | T &lt; ∞] = F′(1)/F(1) = 4pq / (|p − q| (1 − |p − q|)); infinite at
 *     p = ½, and NaN for p = 0 or 1, where the walk never returns
 * @param explanation one sentence on why the mean is what it is
 */
public record ReturnTime(double everReturnProbability, double mean, double conditionalMean, String explanation) {
}
