package io.github.numkit.optimization.descent;

/**
 * The rule that turns a gradient estimate g<sub>k</sub> into a step.
 *
 * <ul>
 *   <li>{@link #PLAIN}: w ← w - a<sub>k</sub> g<sub>k</sub>.</li>
 *   <li>{@link #MOMENTUM} (Polyak's heavy ball): v ← β v + g<sub>k</sub>, w ← w - a<sub>k</sub> v.</li>
 *   <li>{@link #ADAM} (Kingma and Ba, "Adam: a method for stochastic optimization", ICLR 2015):
 *   m ← β₁m + (1 - β₁)g, v ← β₂v + (1 - β₂)g², w ← w - a<sub>k</sub> m̂ / (√v̂ + ε) with the
 *   bias corrections m̂ = m/(1 - β₁<sup>k</sup>) and v̂ = v/(1 - β₂<sup>k</sup>), entry by
 *   entry.</li>
 * </ul>
 */
public enum Update {
    /** Plain gradient step. */
    PLAIN,
    /** Heavy-ball momentum. */
    MOMENTUM,
    /** Adam. */
    ADAM
}
