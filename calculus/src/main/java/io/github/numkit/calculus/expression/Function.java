package io.github.numkit.calculus.expression;

import io.github.numkit.calculus.dual.DualNumber;
import java.util.Locale;

/** The elementary functions an expression may call, with their arity. */
enum Function {
    EXP(1), LOG(1), LN(1), LOG1P(1), EXPM1(1), SQRT(1), CBRT(1), SIN(1), COS(1), TAN(1), ASIN(1), ACOS(1),
    ATAN(1), SINH(1), COSH(1), TANH(1), ABS(1), ATAN2(2), HYPOT(2), MIN(2), MAX(2), POW(2);

    final int arity;

    Function(int arity) {
        this.arity = arity;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Function named(String name) {
        for (Function f : values()) {
            if (f.label().equals(name)) {
                return f;
            }
        }
        return null;
    }

    double apply(double a) {
        return switch (this) {
            case EXP -> Math.exp(a);
            case LOG, LN -> Math.log(a);
            case LOG1P -> Math.log1p(a);
            case EXPM1 -> Math.expm1(a);
            case SQRT -> Math.sqrt(a);
            case CBRT -> Math.cbrt(a);
            case SIN -> Math.sin(a);
            case COS -> Math.cos(a);
            case TAN -> Math.tan(a);
            case ASIN -> Math.asin(a);
            case ACOS -> Math.acos(a);
            case ATAN -> Math.atan(a);
            case SINH -> Math.sinh(a);
            case COSH -> Math.cosh(a);
            case TANH -> Math.tanh(a);
            case ABS -> Math.abs(a);
            default -> throw new IllegalStateException(label() + " takes two arguments");
        };
    }

    double apply(double a, double b) {
        return switch (this) {
            case ATAN2 -> Math.atan2(a, b);
            case HYPOT -> Math.hypot(a, b);
            case MIN -> Math.min(a, b);
            case MAX -> Math.max(a, b);
            case POW -> Math.pow(a, b);
            default -> throw new IllegalStateException(label() + " takes one argument");
        };
    }

    <T extends DualNumber<T>> T apply(T a) {
        return switch (this) {
            case EXP -> a.exp();
            case LOG, LN -> a.log();
            case LOG1P -> a.log1p();
            case EXPM1 -> a.expm1();
            case SQRT -> a.sqrt();
            case CBRT -> a.cbrt();
            case SIN -> a.sin();
            case COS -> a.cos();
            case TAN -> a.tan();
            case ASIN -> a.asin();
            case ACOS -> a.acos();
            case ATAN -> a.atan();
            case SINH -> a.sinh();
            case COSH -> a.cosh();
            case TANH -> a.tanh();
            case ABS -> a.abs();
            default -> throw new IllegalStateException(label() + " takes two arguments");
        };
    }

    <T extends DualNumber<T>> T apply(T a, T b) {
        return switch (this) {
            case ATAN2 -> a.atan2(b);
            case HYPOT -> a.hypot(b);
            case MIN -> a.min(b);
            case MAX -> a.max(b);
            case POW -> a.pow(b);
            default -> throw new IllegalStateException(label() + " takes one argument");
        };
    }
}
