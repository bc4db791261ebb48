/**
 * Partial, directional and total derivatives of functions of many variables: finite differences
 * with error estimates, Richardson extrapolation, exact forward-mode derivatives with dual numbers,
 * and an expression parser that evaluates over both.
 */
module io.github.numkit.calculus {
    exports io.github.numkit.calculus;
    exports io.github.numkit.calculus.difference;
    exports io.github.numkit.calculus.dual;
    exports io.github.numkit.calculus.directional;
    exports io.github.numkit.calculus.check;
    exports io.github.numkit.calculus.expression;
}
