package io.github.numkit.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.numkit.linalg.exact.ExactQuadratic;
import io.github.numkit.linalg.exact.ExactSolution;
import io.github.numkit.linalg.exact.Rational;
import io.github.numkit.linalg.leastsquares.LeastSquaresFit;
import io.github.numkit.linalg.leastsquares.StrdProblem;
import io.github.numkit.linalg.quadratic.Extremum;
import io.github.numkit.linalg.quadratic.QuadraticForm;
import io.github.numkit.linalg.quadratic.QuadraticSolution;
import io.github.numkit.linalg.sparse.ConjugateGradient;
import io.github.numkit.linalg.sparse.ConjugateGradientResult;
import io.github.numkit.linalg.sparse.IncompleteCholesky;
import io.github.numkit.linalg.sparse.Poisson2d;
import java.io.IOException;
import java.nio.file.Path;
import org.ejml.data.DMatrixSparseCSC;
import org.junit.jupiter.api.Test;

/** Compiles and runs the usage example of the module README, line for line. */
class ReadmeExampleTest {

    @Test
    void readmeExampleRuns() throws IOException {
        Path filipFile = ReferenceData.file("nist-strd/Filip.dat");
        double[] b = new double[100 * 100];
        java.util.Arrays.fill(b, 1);

        // The README lines, with Path.of("Filip.dat") replaced by the located reference file.
        QuadraticForm f = QuadraticForm.ofCoefficients(new double[][] {{3, 2}, {0, 2}}, new double[] {-8, -4}, 1);
        QuadraticSolution s = f.solve();                 // MINIMUM at (1.2, 0.4), f(x*) = -4.6
        ExactSolution e = ExactQuadratic.solve(new double[][] {{3, 2}, {0, 2}}, new double[] {-8, -4}, 1);
        LeastSquaresFit fit = StrdProblem.read(filipFile).fit();   // certified values to 14+ digits
        DMatrixSparseCSC a = Poisson2d.matrix(100);
        ConjugateGradientResult r = ConjugateGradient.of(1e-8, 10_000).solve(a, b, IncompleteCholesky.of(a));

        assertThat(s.classification().extremum()).isEqualTo(Extremum.MINIMUM);
        assertThat(s.point()).containsExactly(new double[] {1.2, 0.4}, within(1e-15));
        assertThat(s.value()).isCloseTo(-4.6, within(1e-14));
        assertThat(e.point()).containsExactly(Rational.of(6, 5), Rational.of(2, 5));
        assertThat(StrdProblem.logRelativeError(fit.coefficients()[10], -0.402962525080404E-04)).isGreaterThan(14);
        assertThat(r.converged()).isTrue();
        assertThat(r.relativeResidual()).isLessThan(1e-8);
    }
}
