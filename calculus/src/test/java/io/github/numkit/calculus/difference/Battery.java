package io.github.numkit.calculus.difference;

import io.github.numkit.calculus.expression.Expression;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.DoublePredicate;

/**
 * Smooth test functions of one variable with their analytic derivatives and the points where each
 * is evaluated: near 0, of moderate size and at large |x|, kept inside each domain and away from
 * overflow. Each function is an {@link Expression}, so the same text is differentiated by
 * differences and by dual numbers; the derivative is the closed form in Java.
 *
 * <p>log cosh is admitted only for |x| ≥ 0.3: computed as log(cosh x) it loses its relative
 * accuracy near 0, where cosh x rounds to 1, so no method working from its values can do better.
 */
final class Battery {

    /** One function, its derivative, and the predicate that admits a point. */
    record Case(String name, String text, DoubleUnaryOperator derivative, DoublePredicate admits) {

        Expression expression() {
            return Expression.parse(text);
        }

        DoubleUnaryOperator f() {
            Expression e = expression();
            return x -> e.value(new double[] {x});
        }
    }

    /** The points tried for every function, filtered by {@link Case#admits()}. */
    static final double[] POINTS = {-50, -5, -1, -0.3, -1e-4, 1e-8, 1e-3, 0.3, 0.7, 1, 2.5, 10, 1e3, 1e6};

    private Battery() {
    }

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        c.add(new Case("exp", "exp(x)", Math::exp, x -> Math.abs(x) <= 100));
        c.add(new Case("expm1", "expm1(x)", Math::exp, x -> Math.abs(x) <= 100));
        c.add(new Case("sin", "sin(x)", Math::cos, x -> true));
        c.add(new Case("cos", "cos(x)", x -> -Math.sin(x), x -> true));
        c.add(new Case("tan", "tan(x)", x -> 1 / (Math.cos(x) * Math.cos(x)), x -> Math.abs(Math.cos(x)) > 0.2));
        c.add(new Case("atan", "atan(x)", x -> 1 / (1 + x * x), x -> true));
        c.add(new Case("sinh", "sinh(x)", Math::cosh, x -> Math.abs(x) <= 50));
        c.add(new Case("cosh", "cosh(x)", Math::sinh, x -> Math.abs(x) <= 50));
        c.add(new Case("tanh", "tanh(x)", x -> 1 / (Math.cosh(x) * Math.cosh(x)), x -> Math.abs(x) <= 10));
        c.add(new Case("log", "log(x)", x -> 1 / x, x -> x > 0));
        c.add(new Case("log1p", "log1p(x)", x -> 1 / (1 + x), x -> x > -0.5));
        c.add(new Case("sqrt", "sqrt(x)", x -> 0.5 / Math.sqrt(x), x -> x > 0));
        c.add(new Case("cbrt", "cbrt(x)", x -> 1 / (3 * Math.cbrt(x) * Math.cbrt(x)), x -> x != 0));
        c.add(new Case("cube", "x*x*x", x -> 3 * x * x, x -> true));
        c.add(new Case("quintic", "x^5 - 2*x^2", x -> 5 * Math.pow(x, 4) - 4 * x, x -> true));
        c.add(new Case("lorentzian", "1/(1 + x*x)", x -> -2 * x / ((1 + x * x) * (1 + x * x)), x -> true));
        c.add(new Case("gaussian", "exp(-x*x)", x -> -2 * x * Math.exp(-x * x), x -> Math.abs(x) <= 5));
        c.add(new Case("log1p of square", "log1p(x*x)", x -> 2 * x / (1 + x * x), x -> true));
        c.add(new Case("x sin x", "x*sin(x)", x -> Math.sin(x) + x * Math.cos(x), x -> true));
        c.add(new Case("sinc", "sin(x)/x", x -> (x * Math.cos(x) - Math.sin(x)) / (x * x),
                x -> Math.abs(x) >= 0.3));
        c.add(new Case("x^x", "x^x", x -> Math.pow(x, x) * (Math.log(x) + 1), x -> x > 0 && x <= 10));
        c.add(new Case("sqrt(1+x^2)", "sqrt(1 + x*x)", x -> x / Math.sqrt(1 + x * x), x -> true));
        c.add(new Case("atan(x^2)", "atan(x*x)", x -> 2 * x / (1 + x * x * x * x), x -> true));
        c.add(new Case("exp(sin x)", "exp(sin(x))", x -> Math.cos(x) * Math.exp(Math.sin(x)), x -> true));
        c.add(new Case("sin(exp x)", "sin(exp(x))", x -> Math.exp(x) * Math.cos(Math.exp(x)),
                x -> x <= 3));
        c.add(new Case("cos^3", "cos(x)^3", x -> -3 * Math.cos(x) * Math.cos(x) * Math.sin(x),
                x -> true));
        c.add(new Case("reciprocal", "1/x", x -> -1 / (x * x), x -> x != 0));
        c.add(new Case("x/(1+x)", "x/(1 + x)", x -> 1 / ((1 + x) * (1 + x)), x -> x > -0.5));
        c.add(new Case("softplus", "log1p(exp(x))", x -> 1 / (1 + Math.exp(-x)), x -> Math.abs(x) <= 30));
        c.add(new Case("sin 10x", "sin(10*x)", x -> 10 * Math.cos(10 * x), x -> Math.abs(x) <= 1e3));
        c.add(new Case("exp(x)/(1+x^2)", "exp(x)/(1 + x*x)",
                x -> Math.exp(x) * (1 - x) * (1 - x) / ((1 + x * x) * (1 + x * x)), x -> Math.abs(x) <= 100));
        c.add(new Case("asin", "asin(x)", x -> 1 / Math.sqrt(1 - x * x), x -> Math.abs(x) <= 0.7));
        c.add(new Case("x^2.5", "x^2.5", x -> 2.5 * Math.pow(x, 1.5), x -> x > 0));
        c.add(new Case("sigmoid", "1/(1 + exp(-x))", x -> Math.exp(-x) / ((1 + Math.exp(-x)) * (1 + Math.exp(-x))),
                x -> Math.abs(x) <= 30));
        c.add(new Case("log cosh", "log(cosh(x))", Math::tanh, x -> Math.abs(x) >= 0.3 && Math.abs(x) <= 50));
        c.add(new Case("x log x", "x*log(x)", x -> Math.log(x) + 1, x -> x > 0));
        return c;
    }
}
