package io.github.numkit.calculus.expression;

import io.github.numkit.calculus.ScalarField;
import io.github.numkit.calculus.dual.DualNumber;
import io.github.numkit.calculus.dual.DualScalarField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A parsed arithmetic expression over named variables, evaluated over doubles
 * ({@link ScalarField}) or over any dual number type ({@link DualScalarField}), so that one text
 * yields values, gradients and Hessians.
 *
 * <p><b>Syntax.</b> Numbers such as {@code 2}, {@code 0.5}, {@code 1e-3}; the constants {@code pi}
 * (or {@code π}) and {@code e}; variables (a letter or underscore, then letters, digits or
 * underscores); the operators {@code + - * / ^} with the usual precedence, {@code ^} binding
 * tighter than unary minus and grouping to the right (−x^2 = −(x²), x^y^z = x^(y^z)); parentheses;
 * the Unicode minus −, · and × as operators; and the functions exp, log (also ln), log1p, expm1,
 * sqrt, cbrt, sin, cos, tan, asin, acos, atan, sinh, cosh, tanh, abs, and with two arguments
 * atan2(y, x), hypot, min, max, pow. A power with a constant exponent is evaluated as
 * {@link DualNumber#pow(double)}, so x^2 at x = 0 has derivative 0 and (−2)^3 is −8.
 *
 * <p><b>Errors.</b> Any invalid text raises {@link ExpressionParseException} naming the column,
 * and nothing else: the parser is fuzzed for that. Nesting deeper than {@link #MAX_DEPTH} levels is
 * rejected so that neither parsing nor evaluation can overflow the stack. Evaluation outside a
 * function's domain returns NaN as {@link Math} does. Instances are immutable and thread-safe.
 */
public final class Expression implements ScalarField, DualScalarField {

    /** The deepest nesting of parentheses, unary signs, powers and calls the parser accepts. */
    public static final int MAX_DEPTH = 200;

    private final String text;
    private final List<String> variables;
    private final Node root;

    private Expression(String text, List<String> variables, Node root) {
        this.text = text;
        this.variables = variables;
        this.root = root;
    }

    /**
     * Parses an expression whose variables are every name in it that is not a function or a
     * constant, ordered alphabetically: in "y^2 + x" the point (1, 2) means x = 1, y = 2.
     *
     * @param text the expression
     * @return the parsed expression
     * @throws ExpressionParseException if the text is not a valid expression
     */
    public static Expression parse(String text) {
        if (text == null) {
            throw new ExpressionParseException("the expression is null", 1, "");
        }
        TreeSet<String> names = new TreeSet<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Parser.isDigit(c) || c == '.') {
                i = skipNumber(text, i);
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                String name = text.substring(start, i);
                int j = i;
                while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                boolean call = j < text.length() && text.charAt(j) == '(';
                if (!call && !name.equals("pi") && !name.equals("\u03c0") && !name.equals("e") && Function.named(name) == null) {
                    names.add(name);
                }
            } else {
                i++;
            }
        }
        return parse(text, new ArrayList<>(names));
    }

    /**
     * Parses an expression over the given variables, in that order; a name outside the list is an
     * error. The list may name variables the expression does not use.
     *
     * @param text the expression
     * @param variables the variable names, distinct, none of them "pi", "e" or a function name
     * @return the parsed expression
     * @throws ExpressionParseException if the text is not a valid expression
     * @throws IllegalArgumentException if a variable name is invalid or repeated
     */
    public static Expression parse(String text, List<String> variables) {
        if (text == null) {
            throw new ExpressionParseException("the expression is null", 1, "");
        }
        if (variables == null) {
            throw new IllegalArgumentException("variables must not be null");
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        for (String name : variables) {
            if (name == null || !name.matches("[\\p{L}_][\\p{L}\\p{Nd}_]*") || name.equals("pi") || name.equals("\u03c0")
                    || name.equals("e") || Function.named(name) != null) {
                throw new IllegalArgumentException("variables must be names that are not pi, e or a function, got \""
                        + name + "\"");
            }
            if (index.putIfAbsent(name, index.size()) != null) {
                throw new IllegalArgumentException("variables must be distinct, got \"" + name + "\" twice");
            }
        }
        Node root = new Parser(text, index).parse();
        return new Expression(text, List.copyOf(variables), root);
    }

    private static int skipNumber(String text, int i) {
        while (i < text.length() && (Parser.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
            i++;
        }
        if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < text.length() && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
                j++;
            }
            if (j < text.length() && Parser.isDigit(text.charAt(j))) {
                i = j;
                while (i < text.length() && Parser.isDigit(text.charAt(i))) {
                    i++;
                }
            }
        }
        return i;
    }

    /**
     * Returns the variable names in the order the point's coordinates follow.
     *
     * @return the names, unmodifiable
     */
    public List<String> variables() {
        return variables;
    }

    /**
     * Returns the text the expression was parsed from.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * Evaluates the expression over doubles.
     *
     * @param x one value per variable, read only
     * @return the value, NaN outside a function's domain
     * @throws IllegalArgumentException if x does not have one value per variable
     */
    @Override
    public double value(double[] x) {
        checkLength(x == null ? -1 : x.length);
        return root.value(x);
    }

    /**
     * Evaluates the expression over dual numbers.
     *
     * @param <T> the dual number type
     * @param x one number per variable, read only
     * @return the value with its derivative parts
     * @throws IllegalArgumentException if x does not have one number per variable, or the
     *     expression has no variable (a dual constant needs a variable to copy its kind from)
     */
    @Override
    public <T extends DualNumber<T>> T value(T[] x) {
        checkLength(x == null ? -1 : x.length);
        if (x.length == 0) {
            throw new IllegalArgumentException("the expression \"" + text
                    + "\" has no variable, so it has no derivative to compute");
        }
        return root.value(x);
    }

    private void checkLength(int length) {
        if (length != variables.size()) {
            throw new IllegalArgumentException("the point must have one coordinate per variable " + variables
                    + ", got " + length);
        }
    }

    @Override
    public String toString() {
        return text + " over " + Arrays.toString(variables.toArray());
    }
}
