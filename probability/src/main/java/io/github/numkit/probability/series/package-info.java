/**
 * Truncated power series and Laurent polynomials, the algebra of generating functions.
 *
 * <p>{@link io.github.numkit.probability.series.PowerSeries} has {@code double} coefficients and
 * switches to FFT products for long series; {@link io.github.numkit.probability.series.ExactPowerSeries}
 * has exact rational coefficients for teaching and testing;
 * {@link io.github.numkit.probability.series.LaurentPolynomial} holds step generating functions with
 * negative powers. A series of order N stands for its coefficients of t<sup>0</sup> to
 * t<sup>N</sup>, with everything from t<sup>N+1</sup> on unknown, and every operation returns the
 * largest order its inputs determine.
 */
package io.github.numkit.probability.series;
