/**
 * Step-size schedules a<sub>k</sub> and the check of the Robbins–Monro conditions
 * Σ a<sub>k</sub> = ∞ and Σ a<sub>k</sub>² &lt; ∞.
 */
package io.github.numkit.optimization.schedule;
