package io.github.numkit.cli.calculus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.numkit.calculus.expression.Expression;
import org.junit.jupiter.api.Test;

class ContourPlotTest {

    @Test
    void levelsLabelledAndPointMarked() {
        ContourPlot plot = new ContourPlot("paraboloid", "x", "y", new double[] {1, 2})
                .contours(Expression.parse("x^2 + y^2"));

        // The level through P0 = (1, 2) is 1² + 2² = 5; the other eight come from grid quantiles.
        assertThat(plot.labelTexts()).contains("f = 5");
        assertThat(plot.labelTexts()).hasSize(9);
        assertThat(plot.labelTexts()).allMatch(text -> text.matches("f = [0-9.]+"));
        assertThat(plot.seriesNames()).contains("P0 = (1, 2)");
    }
}
