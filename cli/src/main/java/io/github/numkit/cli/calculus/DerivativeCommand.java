package io.github.numkit.cli.calculus;

import io.github.numkit.calculus.GradientEstimate;
import io.github.numkit.calculus.difference.FiniteDifference;
import io.github.numkit.calculus.difference.Richardson;
import io.github.numkit.calculus.directional.DirectionalDerivative;
import io.github.numkit.calculus.directional.DirectionalDerivatives;
import io.github.numkit.calculus.directional.SteepestAscent;
import io.github.numkit.calculus.dual.ForwardMode;
import io.github.numkit.calculus.dual.NotDifferentiableException;
import io.github.numkit.calculus.expression.Expression;
import io.github.numkit.cli.CommonOptions;
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
            description = "dual (exact, default), central (central differences) or richardson"
                    + " (extrapolated differences).")
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
            throw new IllegalArgumentException("--at must have " + names.size() + " coordinates for the variables ("
                    + String.join(", ", names) + "), got " + x.length);
        }
        double[] v = direction == null ? null : numbers("--direction", direction);
        if (plot.requested() && names.size() != 2) {
            throw new IllegalArgumentException("--plot needs a function of 2 variables, got " + names.size() + " ("
                    + String.join(", ", names) + ")");
        }

        double value = f.value(x);
        if (!Double.isFinite(value)) {
            throw new NumericalFailureException("f = " + Format.number(value) + " at " + Format.vector(x)
                    + ": the point is outside the domain of the function");
        }

        Report report = new Report(spec.commandLine().getOut(), common.json());
        report.line("f(" + String.join(", ", names) + ") = " + function + " at " + Format.vector(x));
        report.line("value: " + Format.number(value));
        report.put("function", function);
        report.put("variables", String.join(",", names));
        report.put("point", x);
        report.put("value", value);
        report.put("method", method.name().toLowerCase(java.util.Locale.ROOT));

        GradientEstimate gradient = gradient(f, x, report);
        double[] unit = v == null ? null : DirectionalDerivatives.unit(v);
        if (unit != null && unit.length != x.length) {
            throw new IllegalArgumentException("--direction must have " + x.length + " components, got "
                    + unit.length);
        }
        SteepestAscent ascent = null;
        if (gradient != null) {
            double[] g = gradient.values();
            ascent = DirectionalDerivatives.steepestAscent(g);
            report.line("gradient: " + Format.vector(g));
            if (method != Method.DUAL) {
                report.line("gradient error estimate: " + Format.vector(gradient.errorEstimates()));
            }
            report.put("differentiable", true);
            report.put("gradient", g);
            report.put("gradientErrorEstimates", gradient.errorEstimates());
            report.put("gradientNorm", ascent.rate());
            report.put("steepestAscent", ascent.direction());
            report.put("evaluations", gradient.evaluations());
            if (ascent.stationary()) {
                report.line("largest directional derivative: 0 (a stationary point: no direction ascends)");
            } else {
                String exact = Surds.direction(g);
                report.line("largest directional derivative |grad f|: " + Surds.norm(g, ascent.rate()) + " along "
                        + (exact == null ? "" : exact + " = ") + Format.vector(ascent.direction()));
            }
        }

        if (unit != null) {
            DirectionalDerivative d = directional(f, x, v, gradient == null);
            report.line("direction: " + Format.vector(v) + ", unit vector " + Format.vector(d.unitDirection()));
            String label = gradient == null ? "one-sided directional derivative: " : "directional derivative: ";
            report.line(label + Format.number(d.value())
                    + (d.errorEstimate() > 0 ? " (error estimate " + Format.number(d.errorEstimate(), 2) + ")" : ""));
            report.put("direction", v);
            report.put("unitDirection", d.unitDirection());
            report.put("directionalDerivative", d.value());
            report.put("directionalErrorEstimate", d.errorEstimate());
            report.put("oneSided", gradient == null);
        }
        report.line("method: " + (gradient != null ? gradient.method() : "one-sided derivatives"));

        if (plot.requested()) {
            ContourPlot picture = new ContourPlot("f(" + String.join(", ", names) + ") = " + function, names.get(0),
                    names.get(1), x).contours(f);
            if (ascent != null && !ascent.stationary()) {
                picture.arrow("gradient direction", ascent.direction());
            }
            if (unit != null) {
                picture.arrow("direction " + Format.vector(v), unit);
            }
            picture.save(plot.file());
            report.line("plot: " + plot.file());
        }
        report.finish();
        return 0;
    }

    /** Returns the gradient by the chosen method, or null after printing why f has none. */
    private GradientEstimate gradient(Expression f, double[] x, Report report) {
        GradientEstimate exact;
        try {
            exact = ForwardMode.gradient(f, x);
        } catch (NotDifferentiableException e) {
            report.line("gradient: none, because " + e.getMessage() + " (variable " + f.variables().get(e.coordinate())
                    + ")");
            report.put("differentiable", false);
            return null;
        }
        return switch (method) {
            case DUAL -> exact;
            case CENTRAL -> FiniteDifference.central().gradient(f, x);
            case RICHARDSON -> Richardson.create().gradient(f, x);
        };
    }

    private DirectionalDerivative directional(Expression f, double[] x, double[] v, boolean oneSided) {
        if (method == Method.DUAL) {
            return DirectionalDerivatives.byDual(f, x, v);
        }
        if (oneSided) {
            return DirectionalDerivatives.oneSided(f, x, v);
        }
        return method == Method.CENTRAL ? DirectionalDerivatives.byDifference(f, x, v)
                : DirectionalDerivatives.byRichardson(f, x, v);
    }

    private static double[] numbers(String option, String text) {
        String[] parts = text.split(",", -1);
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " must be numbers separated by commas, got '" + text
                        + "' ('" + parts[i].trim() + "' is not a number)");
            }
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(option + " must be finite numbers, got '" + text + "'");
            }
        }
        return values;
    }
}
