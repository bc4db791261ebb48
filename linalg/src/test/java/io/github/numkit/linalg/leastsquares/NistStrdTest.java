package io.github.numkit.linalg.leastsquares;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.numkit.linalg.ReferenceData;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fits all eleven NIST StRD linear regression problems and compares every coefficient, standard
 * deviation, the residual standard deviation and R² with the certified values in the files, by the
 * log relative error (LRE, the number of agreeing significant digits). The table goes to stderr.
 */
class NistStrdTest {

    @ParameterizedTest
    @ValueSource(strings = {"Norris", "Pontius", "NoInt1", "NoInt2", "Filip", "Longley", "Wampler1", "Wampler2",
        "Wampler3", "Wampler4", "Wampler5"})
    void certifiedValuesReached(String name) throws IOException {
        StrdProblem problem = StrdProblem.read(ReferenceData.file("nist-strd/" + name + ".dat"));
        // Filip and the Wampler problems are the hard ones; the rest must reach 9 digits.
        double target = name.startsWith("Filip") || name.startsWith("Wampler") ? 7 : 9;

        LeastSquaresFit fit = problem.fit();

        double[] beta = fit.coefficients();
        double[] sd = fit.standardDeviations();
        double[] certifiedBeta = problem.certifiedCoefficients();
        double[] certifiedSd = problem.certifiedStandardDeviations();
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "LRE %-9s", name));
        double worst = 15;
        for (int k = 0; k < beta.length; k++) {
            double lreBeta = StrdProblem.logRelativeError(beta[k], certifiedBeta[k]);
            double lreSd = StrdProblem.logRelativeError(sd[k], certifiedSd[k]);
            table.append(String.format(Locale.ROOT, " B%d %.1f/%.1f", k, lreBeta, lreSd));
            assertThat(lreBeta).as("%s B%d coefficient LRE", name, k).isGreaterThanOrEqualTo(target);
            assertThat(lreSd).as("%s B%d standard deviation LRE", name, k).isGreaterThanOrEqualTo(target);
            worst = Math.min(worst, Math.min(lreBeta, lreSd));
        }
        double lreResidual = StrdProblem.logRelativeError(fit.residualStandardDeviation(),
                problem.certifiedResidualStandardDeviation());
        double lreR2 = StrdProblem.logRelativeError(fit.rSquared(), problem.certifiedRSquared());
        table.append(String.format(Locale.ROOT, " | s %.1f R2 %.1f | min %.1f", lreResidual, lreR2, worst));
        System.err.println(table);
        assertThat(lreResidual).as("%s residual standard deviation LRE", name).isGreaterThanOrEqualTo(target);
        assertThat(lreR2).as("%s R-squared LRE", name).isGreaterThanOrEqualTo(target);
        assertThat(fit.rank()).isEqualTo(beta.length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Norris", "Pontius", "NoInt1", "NoInt2", "Filip", "Longley", "Wampler1", "Wampler2",
        "Wampler3", "Wampler4", "Wampler5"})
    void doubleDataReachesTargets(String name) throws IOException {
        StrdProblem problem = StrdProblem.read(ReferenceData.file("nist-strd/" + name + ".dat"));
        // Rounding Filip's design entries to doubles perturbs each by up to ε/2 relative, and
        // κ(X_scaled) ≈ 5e9 amplifies that to about 1e-8 in the coefficients, so 7 digits is what
        // double data allow there.
        double target = name.equals("Filip") ? 7 : 9;

        LeastSquaresFit fit = LeastSquares.fit(problem.design(), problem.response());

        double[] beta = fit.coefficients();
        double[] sd = fit.standardDeviations();
        for (int k = 0; k < beta.length; k++) {
            assertThat(StrdProblem.logRelativeError(beta[k], problem.certifiedCoefficients()[k]))
                    .as("%s B%d coefficient LRE from double data", name, k).isGreaterThanOrEqualTo(target);
            assertThat(StrdProblem.logRelativeError(sd[k], problem.certifiedStandardDeviations()[k]))
                    .as("%s B%d standard deviation LRE from double data", name, k).isGreaterThanOrEqualTo(target);
        }
    }
}
