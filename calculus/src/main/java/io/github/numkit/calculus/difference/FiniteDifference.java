package io.github.numkit.calculus.difference;

import io.github.numkit.calculus.DerivativeEstimate;
import io.github.numkit.calculus.GradientEstimate;
import io.github.numkit.calculus.MatrixEstimate;
import io.github.numkit.calculus.ProgressListener;
import io.github.numkit.calculus.ScalarField;
import io.github.numkit.calculus.VectorField;
import io.github.numkit.calculus.validation.Arguments;
import java.util.function.DoubleUnaryOperator;

/**
 * Derivatives by finite differences with a step scaled per coordinate and an error estimate.
 *
 * <p><b>Step.</b> For coordinate xᵢ the step is hᵢ = c·max(|xᵢ|, τᵢ), with τᵢ the typical
 * magnitude the caller gives (0 by default, and a scale of 1 when both are 0), c the stencil's
 * relative step ({@link Stencil#defaultRelativeStep(int)}), rounded down to a power of two and then
 * to (xᵢ + h) − xᵢ, so that the node xᵢ + h is exactly where the formula assumes it. A step
 * relative to |xᵢ| keeps x + h ≠ x at x = 1e8 and keeps the stencil inside the domain of log at
 * x = 1e-50. The typical magnitude matters at or very near 0, where |xᵢ| tells nothing about
 * the function's scale. Second derivatives use their own relative step ε^(1/(p+2)), because the first
 * derivative's step makes the rounding error ε/h² of a second difference as large as the answer.
 *
 * <p><b>Error estimate.</b> Each derivative is evaluated at h and at 2h. The estimate is
 * |D(h) − D(2h)|, which bounds the truncation error O(hᵖ) of D(h) by a factor 2ᵖ − 1 in the
 * asymptotic regime, plus the rounding bound 2ε·Σ|wₖ f(xₖ)|/hᵐ. So a derivative costs twice the
 * evaluations of its stencil, shared nodes counted once.
 *
 * <p><b>Bounds.</b> With {@link #withBounds(Bounds)}, a stencil whose nodes at h or 2h leave the box
 * shifts to the side away from the bound with the same order; see {@link Bounds}.
 *
 * <p>Accuracy on smooth functions of moderate scale with the default central stencil: about 1e-10
 * relative error for first derivatives and 1e-7 for second derivatives. Instances are immutable and
 * thread-safe if the function is.
 */
public final class FiniteDifference {

    /** The largest relative step {@link #withRelativeStep(double)} accepts. */
    public static final double MAX_RELATIVE_STEP = 0.1;

    private static final double EPS = 0x1p-52;

    private final Stencil stencil;
    private final Bounds bounds;
    private final double[] typical;
    private final double relativeStep;
    private final double secondRelativeStep;

    private FiniteDifference(Stencil stencil, Bounds bounds, double[] typical, double relativeStep,
            double secondRelativeStep) {
        this.stencil = stencil;
        this.bounds = bounds;
        this.typical = typical;
        this.relativeStep = relativeStep;
        this.secondRelativeStep = secondRelativeStep;
    }

    /**
     * Returns central differences of order 2 with default steps, no bounds.
     *
     * @return the method
     */
    public static FiniteDifference central() {
        return of(Stencil.CENTRAL);
    }

    /**
     * Returns the given stencil with default steps, no bounds.
     *
     * @param stencil the difference formula
     * @return the method
     */
    public static FiniteDifference of(Stencil stencil) {
        return new FiniteDifference(Arguments.notNull("stencil", stencil), Bounds.unbounded(), null, Double.NaN,
                Double.NaN);
    }

    /**
     * Returns a copy that keeps every node inside the bounds.
     *
     * @param bounds the box
     * @return the new method
     */
    public FiniteDifference withBounds(Bounds bounds) {
        return new FiniteDifference(stencil, Arguments.notNull("bounds", bounds), typical, relativeStep,
                secondRelativeStep);
    }

    /**
     * Returns a copy with a typical magnitude τᵢ per coordinate, so that the scale of the step is
     * max(|xᵢ|, τᵢ). Use it when a coordinate sits at or near 0 but the function varies on a
     * larger scale, for example exp(x) at x = 1e-10 with τ = 1.
     *
     * @param typical the magnitudes, each finite and ≥ 0, copied
     * @return the new method
     */
    public FiniteDifference withTypicalMagnitude(double... typical) {
        Arguments.notNull("typical", typical);
        for (int i = 0; i < typical.length; i++) {
            if (!(typical[i] >= 0 && typical[i] < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("typical[" + i + "] must be finite and >= 0, got " + typical[i]);
            }
        }
        return new FiniteDifference(stencil, bounds, typical.clone(), relativeStep, secondRelativeStep);
    }

    /**
     * Returns a copy whose first-derivative step is c·scale instead of the stencil's default.
     * Steps above {@value #MAX_RELATIVE_STEP}·scale are rejected: the nodes x ± h would then sample f
     * far from x, where the comparison of the steps h and 2h behind the error estimate can agree by
     * chance (sin sampled at 1 ± 1e300 gives a derivative near 0 with a tiny estimate).
     *
     * @param c the relative step, in (0, {@value #MAX_RELATIVE_STEP}]
     * @return the new method
     * @throws IllegalArgumentException if c is outside that range
     */
    public FiniteDifference withRelativeStep(double c) {
        return new FiniteDifference(stencil, bounds, typical, relativeStep("c", c), secondRelativeStep);
    }

    /**
     * Returns a copy whose second-derivative step is c·scale instead of ε^(1/(p+2)), with the range
     * of {@link #withRelativeStep(double)}.
     *
     * @param c the relative step, in (0, {@value #MAX_RELATIVE_STEP}]
     * @return the new method
     * @throws IllegalArgumentException if c is outside that range
     */
    public FiniteDifference withSecondRelativeStep(double c) {
        return new FiniteDifference(stencil, bounds, typical, relativeStep, relativeStep("c", c));
    }

    private static double relativeStep(String name, double c) {
        if (!(c > 0 && c <= MAX_RELATIVE_STEP)) {
            throw new IllegalArgumentException(name + " must be a relative step in (0, " + MAX_RELATIVE_STEP
                    + "], got " + c + ": the step is c times the coordinate's scale");
        }
        return c;
    }

    /**
     * Returns the stencil.
     *
     * @return the difference formula
     */
    public Stencil stencil() {
        return stencil;
    }

    /**
     * Computes f'(x) of a function of one variable.
     *
     * @param f the function
     * @param x the point, finite
     * @return the derivative with its error estimate
     * @throws IllegalArgumentException if x is not finite or lies outside the bounds
     * @throws io.github.numkit.calculus.NonFiniteValueException if f is not finite at a node
     */
    public DerivativeEstimate derivative(DoubleUnaryOperator f, double x) {
        Arguments.notNull("f", f);
        return partial(p -> f.applyAsDouble(p[0]), new double[] {x}, 0);
    }

    /**
     * Computes f''(x) of a function of one variable, with the second-derivative step.
     *
     * @param f the function
     * @param x the point, finite
     * @return the second derivative with its error estimate
     * @throws IllegalArgumentException if x is not finite or lies outside the bounds
     * @throws io.github.numkit.calculus.NonFiniteValueException if f is not finite at a node
     */
    public DerivativeEstimate secondDerivative(DoubleUnaryOperator f, double x) {
        Arguments.notNull("f", f);
        return secondPartial(p -> f.applyAsDouble(p[0]), new double[] {x}, 0, 0);
    }

    /**
     * Computes the partial derivative ∂f/∂xᵢ at x.
     *
     * @param f the field
     * @param x the point, read only
     * @param i the coordinate
     * @return the derivative with its error estimate
     * @throws IllegalArgumentException if x is empty or not finite, i is out of range, or x lies
     *     outside the bounds
     * @throws io.github.numkit.calculus.NonFiniteValueException if f is not finite at a node
     */
    public DerivativeEstimate partial(ScalarField f, double[] x, int i) {
        double[] point = checkPoint(x);
        Arguments.index("i", i, x.length);
        Sampler sampler = Sampler.of(f);
        double[] value = new double[1];
        double[] error = new double[1];
        double h = first(sampler, point, i, null, value, error);
        return new DerivativeEstimate(value[0], error[0], sampler.evaluations, h, describe(1));
    }

    /**
     * Returns the partial derivative function x ↦ ∂f/∂xᵢ(x), each call a {@link #partial} value.
     *
     * @param f the field
     * @param i the coordinate, ≥ 0; checked against the point's dimension at each call
     * @return the partial derivative as a field
     */
    public ScalarField partialFunction(ScalarField f, int i) {
        Arguments.notNull("f", f);
        if (i < 0) {
            throw new IllegalArgumentException("i must be >= 0, got " + i);
        }
        return x -> partial(f, x, i).value();
    }

    /**
     * Computes the gradient ∇f(x).
     *
     * @param f the field
     * @param x the point, read only
     * @return the gradient with an error estimate per component
     * @throws IllegalArgumentException if x is empty, not finite, or outside the bounds
     * @throws io.github.numkit.calculus.NonFiniteValueException if f is not finite at a node
     */
    public GradientEstimate gradient(ScalarField f, double[] x) {
        double[] point = checkPoint(x);
        Sampler sampler = Sampler.of(f);
        int n = x.length;
        double[] values = new double[n];
        double[] errors = new double[n];
        double[] center = null;
        double[] value = new double[1];
        double[] error = new double[1];
        for (int i = 0; i < n; i++) {
            if (center == null && needsCenter(1, point, i)) {
                center = new double[1];
                sampler.sample(point, center, "the value at the point");
            }
            first(sampler, point, i, center, value, error);
            values[i] = value[0];
            errors[i] = error[0];
        }
        return new GradientEstimate(values, errors, sampler.evaluations, describe(1));
    }

    /**
     * Computes the directional derivative D_v f(x) = d/dt f(x + t·v/‖v‖) at t = 0 by one
     * difference along the unit vector, without the gradient. Bounds are not applied along v.
     *
     * @param f the field
     * @param x the point, read only
     * @param v the direction, nonzero, of the dimension of x
     * @return the derivative with its error estimate
     * @throws IllegalArgumentException if v is zero or a dimension differs
     * @throws io.github.numkit.calculus.NonFiniteValueException if f is not finite at a node
     */
    public DerivativeEstimate directional(ScalarField f, double[] x, double[] v) {
        double[] point = checkPoint(x);
        Arguments.direction("v", v, x.length);
        Arguments.notNull("f", f);
        double[] u = Arguments.unit(v);
        double scale = 0;
        for (int k = 0; k < v.length; k++) {
            scale = Math.max(scale, Steps.scale(x[k], typical(k)) * Math.abs(u[k]));
        }
        double[] along = new double[x.length];
        ScalarField line = t -> {
            for (int k = 0; k < along.length; k++) {
                along[k] = point[k] + t[0] * u[k];
            }
            return f.value(along);
        };
        FiniteDifference onLine = new FiniteDifference(stencil, Bounds.unbounded(), new double[] {scale},
                relativeStep, secondRelativeStep);
        DerivativeEstimate d = onLine.partial(line, new double[] {0.0}, 0);
        return new DerivativeEstimate(d.value(), d.errorEstimate(), d.evaluations(), d.step(),
                d.method() + " along the unit direction");
    }

    /**
     * Computes the second partial derivative ∂²f/∂xᵢ∂xⱼ at x, with the second-derivative step. For
     * i ≠ j the formula is the product of the first-derivative stencils in xᵢ and xⱼ.
     *
     * @param f the field
     * @param x the point, read only
     * @param i the first coordinate
     * @param j the second coordinate
     * @return the derivative with its error estimate
     * @throws IllegalArgumentException if x is empty, not finite or outside the bounds, or an index
     *     is out of range
     * @throws io.github.numkit.calculus.NonFiniteValueException if f is not finite at a node
     */
    public DerivativeEstimate secondPartial(ScalarField f, double[] x, int i, int j) {
        double[] point = checkPoint(x);
        Arguments.index("i", i, x.length);
        Arguments.index("j", j, x.length);
        Sampler sampler = Sampler.of(f);
        double[] result = i == j ? second(sampler, point, i, null) : mixed(sampler, point, i, j, null);
        return new DerivativeEstimate(result[0], result[1], sampler.evaluations, result[2], describe(2));
    }

    /**
     * Computes the Hessian ∇²f(x) from values of f: second differences on the diagonal, products
     * of first-difference stencils off it. Costs O(n²) evaluations; the result is symmetric.
     *
     * @param f the field
     * @param x the point, read only
     * @return the Hessian with an error estimate per entry
     * @throws IllegalArgumentException if x is empty, not finite, or outside the bounds
     * @throws io.github.numkit.calculus.NonFiniteValueException if f is not finite at a node
     */
    public MatrixEstimate hessian(ScalarField f, double[] x) {
        return hessian(f, x, ProgressListener.NONE);
    }

    /**
     * Computes the Hessian as {@link #hessian(ScalarField, double[])} does, reporting progress
     * after each row.
     *
     * @param f the field
     * @param x the point, read only
     * @param listener receives (rows done, n)
     * @return the Hessian with an error estimate per entry
     * @throws IllegalArgumentException if x is empty, not finite, or outside the bounds
     * @throws io.github.numkit.calculus.NonFiniteValueException if f is not finite at a node
     */
    public MatrixEstimate hessian(ScalarField f, double[] x, ProgressListener listener) {
        Arguments.notNull("listener", listener);
        double[] point = checkPoint(x);
        Sampler sampler = Sampler.of(f);
        int n = x.length;
        double[][] values = new double[n][n];
        double[][] errors = new double[n][n];
        double[] center = new double[1];
        sampler.sample(point, center, "the value at the point");
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double[] r = i == j ? second(sampler, point, i, center) : mixed(sampler, point, i, j, center);
                values[i][j] = r[0];
                values[j][i] = r[0];
                errors[i][j] = r[1];
                errors[j][i] = r[1];
            }
            listener.progress(i + 1, n);
        }
        return new MatrixEstimate(values, errors, sampler.evaluations, describe(2));
    }

    /**
     * Computes the Jacobian J[i][j] = ∂Fᵢ/∂xⱼ of a vector field with m components.
     *
     * @param field the field
     * @param x the point, read only
     * @return the m × n Jacobian with an error estimate per entry
     * @throws IllegalArgumentException if x is empty, not finite or outside the bounds, or the field
     *     returns arrays of varying length
     * @throws io.github.numkit.calculus.NonFiniteValueException if a component is not finite at a
     *     node
     */
    public MatrixEstimate jacobian(VectorField field, double[] x) {
        double[] point = checkPoint(x);
        Arguments.notNull("field", field);
        double[] f0 = field.value(point.clone());
        if (f0 == null || f0.length == 0) {
            throw new IllegalArgumentException("the vector field must return at least one component at "
                    + java.util.Arrays.toString(x));
        }
        int m = f0.length;
        int n = x.length;
        Sampler sampler = Sampler.of(field, m);
        double[] center = new double[m];
        sampler.sample(point, center, "the value at the point");
        double[][] values = new double[m][n];
        double[][] errors = new double[m][n];
        double[] value = new double[m];
        double[] error = new double[m];
        for (int j = 0; j < n; j++) {
            first(sampler, point, j, center, value, error);
            for (int i = 0; i < m; i++) {
                values[i][j] = value[i];
                errors[i][j] = error[i];
            }
        }
        return new MatrixEstimate(values, errors, sampler.evaluations + 1, describe(1));
    }

    /**
     * Computes the Hessian as the Jacobian of a gradient, symmetrised as (J + Jᵀ)/2: the method of
     * differences of gradients, accurate to the first-derivative level (about 1e-10 relative) when
     * the gradient is analytic.
     *
     * @param gradient the gradient field ∇f, returning n components
     * @param x the point, read only
     * @return the symmetric n × n Hessian
     * @throws IllegalArgumentException if the gradient's length is not the dimension of x
     */
    public MatrixEstimate hessianFromGradient(VectorField gradient, double[] x) {
        MatrixEstimate j = jacobian(gradient, x);
        int n = x.length;
        if (j.values().length != n) {
            throw new IllegalArgumentException("gradient must return " + n + " components, got " + j.values().length);
        }
        double[][] v = j.values();
        double[][] e = j.errorEstimates();
        double[][] values = new double[n][n];
        double[][] errors = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                values[a][b] = 0.5 * (v[a][b] + v[b][a]);
                errors[a][b] = 0.5 * (e[a][b] + e[b][a]) + 0.5 * Math.abs(v[a][b] - v[b][a]);
            }
        }
        return new MatrixEstimate(values, errors, j.evaluations(), "differences of gradients, " + describe(1));
    }

    /**
     * Computes the Hessian–vector product ∇²f(x)·v without forming the Hessian, as the directional
     * derivative of the gradient along v: (∇f(x + t·u) − ∇f(x − t·u))/(2t)·‖v‖ with u = v/‖v‖,
     * evaluated by the stencil of this method along u.
     *
     * @param gradient the gradient field ∇f, returning n components
     * @param x the point, read only
     * @param v the vector, of the dimension of x; a zero vector gives zero
     * @return the product with an error estimate per component
     * @throws IllegalArgumentException if a dimension differs or an input is not finite
     */
    public GradientEstimate hessianVector(VectorField gradient, double[] x, double[] v) {
        double[] point = checkPoint(x);
        Arguments.point("v", v, x.length);
        Arguments.notNull("gradient", gradient);
        double norm = Arguments.norm(v);
        int n = x.length;
        if (norm == 0) {
            return new GradientEstimate(new double[n], new double[n], 0, "zero vector");
        }
        double scale = 0;
        double[] u = Arguments.unit(v);
        for (int k = 0; k < n; k++) {
            scale = Math.max(scale, Steps.scale(x[k], typical(k)) * Math.abs(u[k]));
        }
        double[] along = new double[n];
        VectorField line = t -> {
            for (int k = 0; k < n; k++) {
                along[k] = point[k] + t[0] * u[k];
            }
            return gradient.value(along);
        };
        FiniteDifference onLine = new FiniteDifference(stencil, Bounds.unbounded(), new double[] {scale},
                relativeStep, secondRelativeStep);
        MatrixEstimate column = onLine.jacobian(line, new double[] {0.0});
        double[][] c = column.values();
        double[][] e = column.errorEstimates();
        if (c.length != n) {
            throw new IllegalArgumentException("gradient must return " + n + " components, got " + c.length);
        }
        double[] values = new double[n];
        double[] errors = new double[n];
        for (int k = 0; k < n; k++) {
            values[k] = c[k][0] * norm;
            errors[k] = e[k][0] * norm;
        }
        return new GradientEstimate(values, errors, column.evaluations(),
                "directional difference of the gradient, " + describe(1));
    }

    private double[] checkPoint(double[] x) {
        Arguments.point("x", x, -1);
        bounds.check(x);
        return x.clone();
    }

    private double typical(int i) {
        return typical == null || i >= typical.length ? 0 : typical[i];
    }

    private String describe(int m) {
        int order = m == 1 ? stencil.order() : stencil.secondOrder();
        return stencil.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " difference, order " + order;
    }

    private double step(double[] x, int i, int m) {
        double c = m == 1 ? relativeStep : secondRelativeStep;
        if (Double.isNaN(c)) {
            c = stencil.defaultRelativeStep(m);
        }
        return Steps.exact(x[i], c * Steps.scale(x[i], typical(i)), "x[" + i + "]");
    }

    private Plan plan(double[] x, int i, int m) {
        int order = m == 1 ? stencil.order() : stencil.secondOrder();
        return Plan.choose(m, stencil.nodes(m), order, x[i], bounds.lower(i), bounds.upper(i), step(x, i, m),
                "x[" + i + "]");
    }

    private boolean needsCenter(int m, double[] x, int i) {
        for (int s : plan(x, i, m).nodes) {
            if (s == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes ∂F/∂xᵢ for every output of the sampler into value and its error estimate into error,
     * and returns the step used.
     */
    private double first(Sampler f, double[] x, int i, double[] center, double[] value, double[] error) {
        Plan plan = plan(x, i, 1);
        oneDimensional(f, x, i, plan, 1, center, value, error);
        return plan.h;
    }

    /** Returns {value, error estimate, step} of ∂²f/∂xᵢ². */
    private double[] second(Sampler f, double[] x, int i, double[] center) {
        Plan plan = plan(x, i, 2);
        double[] value = new double[1];
        double[] error = new double[1];
        oneDimensional(f, x, i, plan, 2, center, value, error);
        return new double[] {value[0], error[0], plan.h};
    }

    private void oneDimensional(Sampler f, double[] x, int i, Plan plan, int m, double[] center, double[] value,
            double[] error) {
        int outputs = f.outputs();
        double[] atH = new double[outputs];
        double[] at2H = new double[outputs];
        double[] rounding = new double[outputs];
        double[] y = new double[outputs];
        double xi = x[i];
        String context = (m == 1 ? "a difference in x[" : "a second difference in x[") + i + "]";
        for (int k = 0; k < plan.nodes.length; k++) {
            int s = plan.nodes[k];
            double w = plan.weights[k];
            if (w == 0) {
                continue;
            }
            for (int q = 1; q <= 2; q++) {
                double[] fy;
                if (s == 0 && center != null) {
                    fy = center;
                } else {
                    x[i] = xi + q * s * plan.h;
                    f.sample(x, y, context);
                    x[i] = xi;
                    fy = y;
                    if (s == 0) {
                        center = y.clone();
                    }
                }
                double scaled = w / Math.pow(q * plan.h, m);
                for (int o = 0; o < outputs; o++) {
                    if (q == 1) {
                        atH[o] += scaled * fy[o];
                        rounding[o] += Math.abs(scaled * fy[o]);
                    } else {
                        at2H[o] += scaled * fy[o];
                    }
                }
            }
        }
        for (int o = 0; o < outputs; o++) {
            value[o] = atH[o];
            error[o] = Math.abs(atH[o] - at2H[o]) + 2 * EPS * rounding[o];
        }
    }

    /** Returns {value, error estimate, step in xᵢ} of ∂²f/∂xᵢ∂xⱼ for i ≠ j. */
    private double[] mixed(Sampler f, double[] x, int i, int j, double[] center) {
        Plan a = plan2(x, i);
        Plan b = plan2(x, j);
        double xi = x[i];
        double xj = x[j];
        double atH = 0;
        double at2H = 0;
        double rounding = 0;
        double[] y = new double[1];
        String context = "a mixed difference in x[" + i + "] and x[" + j + "]";
        for (int p = 0; p < a.nodes.length; p++) {
            for (int r = 0; r < b.nodes.length; r++) {
                double w = a.weights[p] * b.weights[r];
                if (w == 0) {
                    continue;
                }
                for (int q = 1; q <= 2; q++) {
                    double fy;
                    if (a.nodes[p] == 0 && b.nodes[r] == 0 && center != null) {
                        fy = center[0];
                    } else {
                        x[i] = xi + q * a.nodes[p] * a.h;
                        x[j] = xj + q * b.nodes[r] * b.h;
                        f.sample(x, y, context);
                        x[i] = xi;
                        x[j] = xj;
                        fy = y[0];
                    }
                    double scaled = w / (q * a.h * q * b.h);
                    if (q == 1) {
                        atH += scaled * fy;
                        rounding += Math.abs(scaled * fy);
                    } else {
                        at2H += scaled * fy;
                    }
                }
            }
        }
        return new double[] {atH, Math.abs(atH - at2H) + 2 * EPS * rounding, a.h};
    }

    /** Chooses the first-derivative plan in one coordinate of a mixed second difference, with the second step. */
    private Plan plan2(double[] x, int i) {
        int order = stencil.secondOrder();
        int[] nodes = stencil == Stencil.FORWARD || stencil == Stencil.BACKWARD ? stencil.nodes(1)
                : Stencil.values()[Math.min(Stencil.CENTRAL.ordinal() + order / 2 - 1, Stencil.CENTRAL_6.ordinal())]
                        .nodes(1);
        return Plan.choose(1, nodes, order, x[i], bounds.lower(i), bounds.upper(i), step(x, i, 2), "x[" + i + "]");
    }
}
