package io.github.numkit.calculus.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Recursive-descent parser for the grammar
 *
 * <pre>
 * sum     = product { ("+" | "-") product }
 * product = unary { ("*" | "/") unary }
 * unary   = ("-" | "+") unary | power
 * power   = primary [ "^" unary ]
 * primary = number | constant | variable | function "(" sum { "," sum } ")" | "(" sum ")"
 * </pre>
 *
 * so that −x^2 = −(x²), 2^−1 = 0.5 and x^y^z = x^(y^z). Sums and products are n-ary nodes, so a
 * long sum does not deepen the tree; every nesting step counts towards {@link Expression#MAX_DEPTH},
 * which bounds the recursion of both parsing and evaluation.
 */
final class Parser {

    private final String text;
    private final Map<String, Integer> variables;
    private int pos;
    private int depth;

    Parser(String text, Map<String, Integer> variables) {
        this.text = text;
        this.variables = variables;
    }

    /** Returns whether c is an ASCII digit; other Unicode digits are not numbers here. */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    Node parse() {
        Node node = sum();
        skipSpace();
        if (pos < text.length()) {
            char c = text.charAt(pos);
            throw error(c == ')' ? "unmatched ')'" : "unexpected " + quote(pos) + " after a complete expression", pos);
        }
        return node;
    }

    /**
     * Returns the character at {@code at} in quotes, whole even when it is a surrogate pair, followed
     * by its code point when it is not ASCII: '𝑥' (U+1D465), so that a terminal that cannot show it
     * still identifies it.
     */
    private String quote(int at) {
        int codePoint = text.codePointAt(at);
        String quoted = "'" + new String(Character.toChars(codePoint)) + "'";
        return codePoint < 0x80 ? quoted : quoted + String.format(" (U+%04X)", codePoint);
    }

    private ExpressionParseException error(String problem, int at) {
        return new ExpressionParseException(problem, at + 1, text);
    }

    private void enter() {
        if (++depth > Expression.MAX_DEPTH) {
            throw error("the expression nests deeper than " + Expression.MAX_DEPTH + " levels", pos);
        }
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    /** Returns the operator at pos as one of + - * / ^ ( ) , or 0, mapping − · × to their ASCII forms. */
    private char peek() {
        skipSpace();
        if (pos >= text.length()) {
            return 0;
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '\u2212' -> '-';
            case '\u00b7', '\u00d7' -> '*';
            default -> c;
        };
    }

    private Node sum() {
        List<Node> terms = new ArrayList<>();
        List<Boolean> negated = new ArrayList<>();
        terms.add(product());
        negated.add(false);
        for (char c = peek(); c == '+' || c == '-'; c = peek()) {
            pos++;
            terms.add(product());
            negated.add(c == '-');
        }
        return terms.size() == 1 ? terms.get(0) : new Node.Chain(false, terms.toArray(new Node[0]), flags(negated));
    }

    private Node product() {
        List<Node> factors = new ArrayList<>();
        List<Boolean> divided = new ArrayList<>();
        factors.add(unary());
        divided.add(false);
        for (char c = peek(); c == '*' || c == '/'; c = peek()) {
            pos++;
            factors.add(unary());
            divided.add(c == '/');
        }
        return factors.size() == 1 ? factors.get(0) : new Node.Chain(true, factors.toArray(new Node[0]), flags(divided));
    }

    private static boolean[] flags(List<Boolean> list) {
        boolean[] b = new boolean[list.size()];
        for (int k = 0; k < b.length; k++) {
            b[k] = list.get(k);
        }
        return b;
    }

    private Node unary() {
        enter();
        try {
            char c = peek();
            if (c == '-' || c == '+') {
                pos++;
                Node operand = unary();
                return c == '-' ? new Node.Negate(operand) : operand;
            }
            return power();
        } finally {
            depth--;
        }
    }

    private Node power() {
        Node base = primary();
        if (peek() == '^') {
            pos++;
            return new Node.Power(base, unary());
        }
        return base;
    }

    private Node primary() {
        char c = peek();
        int start = pos;
        if (c == 0) {
            throw error("expected an operand but the expression ended", pos);
        }
        if (c == '(') {
            pos++;
            enter();
            Node inner;
            try {
                inner = sum();
            } finally {
                depth--;
            }
            expect(')', start);
            return inner;
        }
        if (isDigit(c) || c == '.') {
            return number();
        }
        if (c == '\u03c0') {
            pos++;
            return new Node.Constant(Math.PI);
        }
        if (Character.isLetter(c) || c == '_') {
            String name = identifier();
            if (peek() == '(') {
                return call(name, start);
            }
            Integer index = variables.get(name);
            if (index != null) {
                return new Node.Variable(index);
            }
            if (name.equals("pi")) {
                return new Node.Constant(Math.PI);
            }
            if (name.equals("e")) {
                return new Node.Constant(Math.E);
            }
            if (Function.named(name) != null) {
                throw error("function '" + name + "' needs its arguments in parentheses", start);
            }
            throw error("unknown variable '" + name + "'; the variables are " + String.join(", ", variables.keySet()),
                    start);
        }
        throw error(c == ')' ? "expected an operand before ')'" : "unexpected " + quote(pos), pos);
    }

    private Node call(String name, int start) {
        Function function = Function.named(name);
        if (function == null) {
            throw error("unknown function '" + name + "'", start);
        }
        int open = pos;
        pos++;
        List<Node> arguments = new ArrayList<>();
        enter();
        try {
            arguments.add(sum());
            while (peek() == ',') {
                pos++;
                arguments.add(sum());
            }
        } finally {
            depth--;
        }
        expect(')', open);
        if (arguments.size() != function.arity) {
            throw error("function '" + name + "' takes " + function.arity + " argument" + (function.arity == 1 ? "" : "s")
                    + ", got " + arguments.size(), start);
        }
        return new Node.Call(function, arguments.toArray(new Node[0]));
    }

    private void expect(char close, int open) {
        if (peek() != close) {
            if (pos >= text.length()) {
                throw error("missing ')' for the '(' at column " + (open + 1), pos);
            }
            throw error("expected ')' for the '(' at column " + (open + 1) + ", got " + quote(pos), pos);
        }
        pos++;
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private Node number() {
        int start = pos;
        int digits = 0;
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
            digits++;
        }
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            while (pos < text.length() && isDigit(text.charAt(pos))) {
                pos++;
                digits++;
            }
        }
        if (digits == 0) {
            throw error("expected digits around '.'", start);
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int mark = pos;
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < text.length() && isDigit(text.charAt(pos))) {
                while (pos < text.length() && isDigit(text.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = mark;
            }
        }
        String lexeme = text.substring(start, pos);
        double value = Double.parseDouble(lexeme);
        if (Double.isInfinite(value)) {
            throw error("number " + lexeme + " is out of the range of doubles", start);
        }
        return new Node.Constant(value);
    }
}
