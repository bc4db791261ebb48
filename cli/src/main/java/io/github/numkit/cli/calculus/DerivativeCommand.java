package io.github.numkit.cli.calculus;

import io.github.numkit.calculus.GradientEstimate;
import io.github.numkit.calculus.NonFiniteValueException;
import io.github.numkit.calculus.difference.FiniteDifference;
import io.github.numkit.calculus.difference.Richardson;
import io.github.numkit.calculus.directional.DirectionalDerivative;
import io.github.numkit.calculus.directional.DirectionalDerivatives;
import io.github.numkit.calculus.directional.SteepestAscent;
import io.github.numkit.calculus.dual.NotDifferentiableException;
import io.github.numkit.calculus.expression.Expression;
import io.github.numkit.cli.CommonOptions;
import io.github.numkit.cli.DecimalConverter;
import io.github.numkit.cli.Format;
import io.github.numkit.cli.NumericalFailureException;
import io.github.numkit.cli.PlotOption;
import io.github.numkit.cli.Report;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code numkit derivative}: the value, gradient, its norm and direction, and a directional
 * derivative of an expression at a point.
 */
@Command(name = "derivative", mixinStandardHelpOptions = true,
        description = "Differentiate an expression at a point: value, gradient, the largest directional"
                + " derivative |grad f| and its direction, and the directional derivative along --direction."
                + " Variables are the names in the expression in alphabetical order, unless --variables"
                + " gives the order.")
public final class DerivativeCommand implements Callable<Integer> {

    /** The ways the command can compute derivatives. */
    enum Method {
        /** Exact forward mode with dual numbers. */
        DUAL,
        /** Central differences with an error estimate. */
        CENTRAL,
        /** Richardson extrapolation of central differences. */
        RICHARDSON
    }

    /** A decimal number such as 2, -0.5, .5 or 1e-3, or NaN or Infinity, which get their own message. */

    /** The largest error estimate, relative to the value, of a directional derivative that is printed as found. */
    private static final double SETTLED = 1e-3;

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Mixin
    private PlotOption plot;

    @Option(names = "--function", required = true, paramLabel = "EXPR",
            description = "The function, such as 'x^2 + y^2': + - * / ^, parentheses, pi, e, and exp, log,"
                    + " log1p, expm1, sqrt, cbrt, sin, cos, tan, asin, acos, atan, atan2, sinh, cosh, tanh,"
                    + " abs, hypot, min, max, pow.")
    private String function;

    @Option(names = "--at", required = true, paramLabel = "X1,X2,...",
            description = "The point, one number per variable, separated by commas.")
    private String at;

    @Option(names = "--direction", paramLabel = "V1,V2,...",
            description = "A direction (any nonzero length) for the directional derivative.")
    private String direction;

    @Option(names = "--variables", paramLabel = "NAME,...",
            description = "The variables in the order of the point's coordinates (default: alphabetical).")
    private String variables;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "dual",
            description = "dual (dual numbers: exact where forward mode can decide; the default), central"
                    + " (central differences) or richardson (extrapolated differences).")
    private Method method;

    @Override
    public Integer call() throws IOException {
        Expression f = variables == null ? Expression.parse(function)
                : Expression.parse(function, Arrays.asList(variables.split(",", -1)));
        List<String> names = f.variables();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("--function must contain a variable, got '" + function
                    + "', which is a constant");
        }
        double[] x = numbers("--at", at);
        if (x.length != names.size()) {
            throw new IllegalArgumentException("--at must have " + names.size()
                    + (names.size() == 1 ? " coordinate" : " coordinates") + " for the variables ("
                    + String.join(", ", names) + "), got " + x.length);
        }
        double[] v = direction == null ? null : direction(names);
        if (plot.requested() && names.size() != 2) {
            throw new IllegalArgumentException("--plot needs a function of 2 variables, got " + names.size() + " ("
                    + String.join(", ", names) + ")");
        }
        if (plot.requested()) {
            ContourPlot.requirePlottable(x);
        }

        // Everything is computed before the first line is printed, so that a failure leaves no
        // partial result on stdout.
        double value = f.value(x);
        requireFiniteValue(value, x);
        Gradient gradient = gradient(f, x);
        DirectionalDerivative d = v == null ? null : directional(f, x, v, gradient);

        Report report = new Report(spec.commandLine().getOut(), common.json());
        report.line("f(" + String.join(", ", names) + ") = " + function + " at " + Format.vector(x));
        report.line("value: " + Format.number(value));
        report.put("function", function);
        report.put("variables", String.join(",", names));
        report.put("point", x);
        report.put("value", value);
        report.put("method", method.name().toLowerCase(java.util.Locale.ROOT));

        SteepestAscent ascent = null;
        if (gradient.estimate() != null) {
            double[] g = gradient.estimate().values();
            ascent = DirectionalDerivatives.steepestAscent(g);
            report.line("gradient: " + Format.vector(g));
            if (method != Method.DUAL || Arrays.stream(gradient.estimate().errorEstimates()).anyMatch(e -> e > 0)) {
                report.line("gradient error estimate: " + Format.vector(gradient.estimate().errorEstimates()));
            }
            report.put("differentiable", true);
            report.put("gradient", g);
            report.put("gradientErrorEstimates", gradient.estimate().errorEstimates());
            report.put("gradientNorm", ascent.rate());
            report.put("steepestAscent", ascent.direction());
            report.put("evaluations", gradient.estimate().evaluations());
            if (ascent.stationary()) {
                report.line("largest directional derivative: 0 (a stationary point: no direction ascends)");
            } else {
                String exact = Surds.direction(g);
                report.line("largest directional derivative |grad f|: " + Surds.norm(g, ascent.rate()) + " along "
                        + (exact == null ? "" : exact + " = ") + Format.vector(ascent.direction()));
            }
        } else {
            report.line("gradient: none, because " + gradient.reason());
            report.put("differentiable", false);
            report.put("undetermined", gradient.undetermined());
            report.put("reason", gradient.reason());
        }

        if (d != null) {
            report.line("direction: " + Format.vector(v) + ", unit vector " + Format.vector(d.unitDirection()));
            String label = gradient.estimate() == null ? "one-sided directional derivative: " : "directional derivative: ";
            // An estimate whose error is a sizeable share of its value has not settled: f jumps or has a
            // cusp along v, as atan2(y, x) does at the origin, and the number would mislead.
            boolean settled = !(d.errorEstimate() > SETTLED * Math.abs(d.value()));
            if (settled) {
                report.line(label + Format.number(d.value())
                        + (d.errorEstimate() > 0 ? " (error estimate " + Format.number(d.errorEstimate(), 2) + ")" : ""));
            } else {
                report.line(label + "none found: the difference quotients do not settle (last estimate "
                        + Format.number(d.value(), 3) + " with error estimate " + Format.number(d.errorEstimate(), 2)
                        + "), so f may jump or have a cusp along this direction");
            }
            report.put("directionalSettled", settled);
            report.put("direction", v);
            report.put("unitDirection", d.unitDirection());
            report.put("directionalDerivative", d.value());
            report.put("directionalErrorEstimate", d.errorEstimate());
            report.put("directionalMethod", d.method());
            report.put("oneSided", gradient.estimate() == null);
        }
        String methodLine;
        if (gradient.estimate() != null) {
            methodLine = gradient.estimate().method();
        } else if (d != null) {
            methodLine = d.method() + (d.errorEstimate() > 0 ? " (an estimate)" : "");
        } else if (gradient.undetermined()) {
            methodLine = "dual numbers, then one-sided Richardson extrapolation";
        } else {
            methodLine = "dual numbers, one pass per coordinate";
        }
        report.line("method: " + methodLine);

        if (plot.requested()) {
            ContourPlot picture = new ContourPlot("f(" + String.join(", ", names) + ") = " + function, names.get(0),
                    names.get(1), x).contours(f);
            if (ascent != null && !ascent.stationary()) {
                picture.arrow("gradient direction", ascent.direction());
            }
            if (d != null) {
                picture.arrow("direction " + Format.vector(v), d.unitDirection());
            }
            picture.save(plot.file());
            report.line("plot: " + plot.file() + (picture.hasContours() ? ""
                    : " (no contour lines: f is not finite, or takes one value, over the region shown)"));
        }
        report.finish();
        return 0;
    }

    /** The gradient, or why there is none. */
    private record Gradient(GradientEstimate estimate, String reason, boolean undetermined) {
    }

    /** Reads --direction and checks it against the variables before anything is computed. */
    private double[] direction(List<String> names) {
        double[] v = numbers("--direction", direction);
        if (v.length != names.size()) {
            throw new IllegalArgumentException("--direction must have " + names.size() + " components for the variables ("
                    + String.join(", ", names) + "), got " + v.length);
        }
        double largest = 0;
        for (double c : v) {
            largest = Math.max(largest, Math.abs(c));
        }
        if (largest > 0 && largest < Double.MIN_NORMAL && !keepsDirection(direction.split(","), v)) {
            // Subnormal doubles keep fewer than 53 bits: 3e-324,5e-324 would become 4.9e-324·(1, 1).
            throw new IllegalArgumentException("--direction must keep its direction as doubles, got '" + direction
                    + "': entries this small keep only a few digits, which turns the direction; only the direction"
                    + " of v matters, so scale it up");
        }
        if (largest > 0) {
            return v;
        }
        throw new IllegalArgumentException("--direction must be a nonzero vector, got '" + direction
                + "': a zero direction has no unit vector");
    }

    /**
     * Returns whether the doubles v point the way the decimals typed do, to 12 digits: each entry
     * over the largest, exact from the text and from the doubles, agree within 1e-12.
     */
    private static boolean keepsDirection(String[] texts, double[] v) {
        java.math.MathContext context = java.math.MathContext.DECIMAL64;
        java.math.BigDecimal[] typed = new java.math.BigDecimal[v.length];
        java.math.BigDecimal typedLargest = java.math.BigDecimal.ZERO;
        java.math.BigDecimal heldLargest = java.math.BigDecimal.ZERO;
        for (int i = 0; i < v.length; i++) {
            typed[i] = new java.math.BigDecimal(texts[i].trim());
            typedLargest = typedLargest.max(typed[i].abs());
            heldLargest = heldLargest.max(new java.math.BigDecimal(Math.abs(v[i])));
        }
        for (int i = 0; i < v.length; i++) {
            java.math.BigDecimal typedRatio = typed[i].divide(typedLargest, context);
            java.math.BigDecimal heldRatio = new java.math.BigDecimal(v[i]).divide(heldLargest, context);
            if (typedRatio.subtract(heldRatio).abs().compareTo(new java.math.BigDecimal("1e-12")) > 0) {
                return false;
            }
        }
        return true;
    }

    private static void requireFiniteValue(double value, double[] x) {
        if (Double.isNaN(value)) {
            throw new NumericalFailureException("f = NaN at " + Format.vector(x)
                    + ": the point is outside the domain of the function");
        }
        if (Double.isInfinite(value)) {
            throw new NumericalFailureException("f = " + Format.number(value) + " at " + Format.vector(x)
                    + ": f overflows there, beyond the largest double " + Format.number(Double.MAX_VALUE)
                    + ", or has a pole. Every method here needs a finite value of f, so no derivative is given;"
                    + " if f overflows, rescale the function or its variables");
        }
    }

    /** Returns the gradient by the chosen method, or why f has none at x. */
    private Gradient gradient(Expression f, double[] x) {
        List<String> names = f.variables();
        try {
            GradientEstimate exact = DirectionalDerivatives.gradientBySides(f, x);
            if (method == Method.DUAL) {
                return new Gradient(exact, null, false);
            }
        } catch (NotDifferentiableException e) {
            return new Gradient(null, noGradient(e, names, x), e.undetermined());
        } catch (NonFiniteValueException e) {
            if (method == Method.DUAL) {
                throw new NumericalFailureException(e.getMessage());
            }
            // An infinite derivative by dual numbers may still be a large finite difference quotient.
        }
        return new Gradient(byDifferences(x, () -> method == Method.CENTRAL ? FiniteDifference.central().gradient(f, x)
                : Richardson.create().gradient(f, x)), null, false);
    }

    /** Returns a sentence for a learner on why the gradient does not exist or is not decided. */
    private static String noGradient(NotDifferentiableException e, List<String> names, double[] x) {
        String variable = names.get(e.coordinate());
        if (e.undetermined()) {
            return "neither forward mode nor one-sided differences can decide whether f is differentiable in "
                    + variable + " at " + Format.vector(x) + ": the chain rule meets 0 times infinity or an undefined"
                    + " derivative there, and the one-sided difference quotients do not settle to a value, as for"
                    + " a cusp like x^(2/3) or a jump; give --direction for a one-sided directional derivative";
        }
        return "f has a corner in " + variable + " at " + Format.vector(x) + ": f changes at rate "
                + Format.number(e.forward()) + " as " + variable + " increases and at rate " + Format.number(e.backward())
                + " as " + variable + " decreases, and a partial derivative needs the second rate to be the"
                + " negative of the first; give --direction for a one-sided directional derivative";
    }

    /** Returns the directional derivative along v: one-sided where the gradient does not exist. */
    private DirectionalDerivative directional(Expression f, double[] x, double[] v, Gradient gradient) {
        boolean oneSided = gradient.estimate() == null;
        if (method == Method.DUAL && !gradient.undetermined()) {
            try {
                return DirectionalDerivatives.byDual(f, x, v);
            } catch (NotDifferentiableException e) {
                // Forward mode cannot decide along v either; the one-sided differences below can.
                oneSided = true;
            } catch (NonFiniteValueException e) {
                throw new NumericalFailureException(e.getMessage());
            }
        }
        if (oneSided) {
            return byDifferences(x, () -> DirectionalDerivatives.oneSided(f, x, v));
        }
        return byDifferences(x, () -> method == Method.CENTRAL ? DirectionalDerivatives.byDifference(f, x, v)
                : DirectionalDerivatives.byRichardson(f, x, v));
    }

    /**
     * Runs a difference method and reports its failures as numerical ones: the options were checked
     * before, so an IllegalArgumentException here means the point leaves no room for a stencil.
     */
    private static <T> T byDifferences(double[] x, java.util.function.Supplier<T> method) {
        try {
            return method.get();
        } catch (NonFiniteValueException e) {
            throw new NumericalFailureException("f = " + Format.number(e.value()) + " at " + Format.vector(e.point())
                    + ", a node of the difference stencil around " + Format.vector(x) + ": the stencil leaves the"
                    + " domain of f or f overflows there; move the point further inside the domain, or use"
                    + " --method dual");
        } catch (IllegalArgumentException e) {
            throw new NumericalFailureException(e.getMessage());
        }
    }

    private static double[] numbers(String option, String text) {
        String[] parts = text.split(",", -1);
        double[] values = new double[parts.length];
        DecimalConverter decimal = new DecimalConverter();
        for (int i = 0; i < parts.length; i++) {
            try {
                values[i] = decimal.convert(parts[i].trim());
            } catch (TypeConversionException e) {
                throw new IllegalArgumentException(option + " must be decimal numbers separated by commas, got '"
                        + text + "' (" + e.getMessage() + ")");
            }
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(option + " must be finite numbers, got '" + text + "'");
            }
        }
        return values;
    }
}
