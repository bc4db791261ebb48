package io.github.numkit.probability.series;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.List;

import org.apache.commons.numbers.fraction.BigFraction;

class ExactSeriesPropertiesTest {

    private static ExactPowerSeries series(List<Integer> coefficients) {
        long[] c = new long[coefficients.size()];
        for (int k = 0; k < c.length; k++) {
            c[k] = coefficients.get(k);
        }
        return ExactPowerSeries.ofIntegers(c.length - 1, c);
    }

    @Property(tries = 50)
    void reciprocalTimesSeriesIsOne(@ForAll @Size(min = 1, max = 12) List<@IntRange(min = -9, max = 9) Integer> c,
                                    @ForAll @IntRange(min = 1, max = 9) int constant) {
        c.set(0, constant);
        ExactPowerSeries f = series(c);

        ExactPowerSeries product = f.multiply(f.reciprocal());

        assertThat(product).isEqualTo(ExactPowerSeries.of(f.order(), BigFraction.ONE));
    }

    @Property(tries = 50)
    void sqrtSquaredIsSeries(@ForAll @Size(min = 1, max = 10) List<@IntRange(min = -9, max = 9) Integer> c,
                             @ForAll @IntRange(min = 1, max = 5) int root) {
        c.set(0, root * root);
        ExactPowerSeries f = series(c);

        ExactPowerSeries s = f.sqrt();

        assertThat(s.multiply(s)).isEqualTo(f);
    }
}
