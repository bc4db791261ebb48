package io.github.numkit.calculus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.numkit.calculus.check.GradientCheck;
import io.github.numkit.calculus.difference.Bounds;
import io.github.numkit.calculus.difference.FiniteDifference;
import io.github.numkit.calculus.difference.Richardson;
import io.github.numkit.calculus.directional.DirectionalDerivatives;
import io.github.numkit.calculus.dual.Dual;
import io.github.numkit.calculus.dual.ForwardMode;
import io.github.numkit.calculus.dual.GradientDual;
import io.github.numkit.calculus.dual.HyperDual;
import io.github.numkit.calculus.expression.Expression;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NullArgumentTest {

    /** Returns a valid argument of the type, so that only the null argument under test is wrong. */
    private static Object valid(Class<?> type) {
        if (type == double[].class) {
            return new double[] {1, 2};
        }
        if (type == double.class) {
            return 1e-3;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == String.class) {
            return "x + y";
        }
        if (type == ScalarField.class) {
            return (ScalarField) p -> p[0] + p[1];
        }
        if (type == io.github.numkit.calculus.dual.DualScalarField.class) {
            return Expression.parse("x + y");
        }
        if (type == ProgressListener.class) {
            return ProgressListener.NONE;
        }
        return null;
    }

    private static void invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void publicMethodsRejectNullByName() {
        // The arithmetic of dual numbers throws NullPointerException for a null operand, as BigDecimal's
        // does, so only the factories of the dual types are checked here.
        Object[] targets = {FiniteDifference.central(), Richardson.create()};
        Class<?>[] statics = {Dual.class, GradientDual.class, HyperDual.class, ForwardMode.class,
            DirectionalDerivatives.class, FiniteDifference.class, Richardson.class, Bounds.class, GradientCheck.class,
            Expression.class};
        List<String> leaks = new ArrayList<>();
        List<Object[]> members = new ArrayList<>();
        for (Class<?> type : statics) {
            for (Method m : type.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == type) {
                    members.add(new Object[] {m, null});
                }
            }
        }
        for (Object target : targets) {
            for (Method m : target.getClass().getMethods()) {
                if (!Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass().getPackageName()
                        .startsWith("io.github.numkit.calculus") && !m.getName().equals("equals")) {
                    members.add(new Object[] {m, target});
                }
            }
        }
        for (Object[] entry : members) {
            Method m = (Method) entry[0];
            Class<?>[] types = m.getParameterTypes();
            for (int k = 0; k < types.length; k++) {
                if (types[k].isPrimitive()) {
                    continue;
                }
                Object[] args = new Object[types.length];
                for (int j = 0; j < types.length; j++) {
                    args[j] = j == k ? null : valid(types[j]);
                }
                try {
                    invoke(m, entry[1], args);
                } catch (NullPointerException e) {
                    leaks.add(m.getDeclaringClass().getSimpleName() + "." + m.getName() + " argument " + k + ": " + e);
                } catch (IllegalArgumentException e) {
                    String name = m.getParameters()[k].getName();
                    if (e.getMessage() == null || !e.getMessage().contains("null")) {
                        leaks.add(m.getDeclaringClass().getSimpleName() + "." + m.getName() + " argument " + k
                                + " (" + name + "): " + e.getMessage());
                    }
                } catch (Throwable e) {
                    // Other failures come from the valid arguments chosen here, not from the null.
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void seededNamesTheNullArgument() {
        assertThatThrownBy(() -> Dual.seeded(null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("x must not be null");
        assertThatThrownBy(() -> Dual.seeded(new double[1], null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("v must not be null");
        assertThatThrownBy(() -> HyperDual.seeded(new double[1], new double[1], null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("w must not be null");
        assertThatThrownBy(() -> GradientDual.of(1, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("gradient must not be null");
    }
}
