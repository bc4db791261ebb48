package io.github.numkit.cli.calculus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.numkit.calculus.expression.Expression;
import io.github.numkit.cli.PlotChecks;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /** Returns the plot of the textbook example as {@code numkit derivative --plot} draws it. */
    private static ContourPlot textbookPlot() {
        return new ContourPlot("f(x, y) = x^2 + y^2", "x", "y", new double[] {1, 2})
                .contours(Expression.parse("x^2 + y^2"))
                .arrow("gradient direction", new double[] {1 / Math.sqrt(5), 2 / Math.sqrt(5)})
                .arrow("direction (3, 4)", new double[] {0.6, 0.8});
    }

    /** Returns pixels per unit along x minus pixels per unit along y, from XChart's own mapping. */
    private static double scaleMismatch(ContourPlot plot) {
        double[] half = plot.halfRanges();
        return plot.regionWidth() / (2 * half[0]) - plot.regionHeight() / (2 * half[1]);
    }

    @Test
    void labelsSitInGapsOfTheLines(@TempDir Path dir) throws Exception {
        ContourPlot plot = textbookPlot();

        plot.save(dir.resolve("gaps.png"));

        // Each label is placed on its own level curve, so without the gaps every box would meet
        // at least that curve.
        List<Rectangle2D> boxes = plot.labelBoxes();
        assertThat(boxes).hasSize(9);
        List<double[]> segments = plot.contourSegments();
        assertThat(segments).hasSizeGreaterThan(200);
        for (double[] s : segments) {
            Line2D segment = new Line2D.Double(s[0], s[1], s[2], s[3]);
            assertThat(boxes).noneMatch(segment::intersects);
        }
    }

    @Test
    void labelsStayInsideThePlot(@TempDir Path dir) throws Exception {
        // Long labels such as "f = 1.5312790224183553e210" near the left edge used to run off it.
        ContourPlot plot = new ContourPlot("steep", "x", "y", new double[] {0, 0})
                .contours(Expression.parse("1 + 1e-15*x + exp(700*y)"));

        plot.save(dir.resolve("inside.png"));

        double[] half = plot.halfRanges();
        for (Rectangle2D box : plot.labelBoxes()) {
            assertThat(box.getMinX()).isGreaterThanOrEqualTo(-half[0]);
            assertThat(box.getMaxX()).isLessThanOrEqualTo(half[0]);
            assertThat(box.getMinY()).isGreaterThanOrEqualTo(-half[1]);
            assertThat(box.getMaxY()).isLessThanOrEqualTo(half[1]);
        }
        assertThat(plot.labelTexts()).doesNotHaveDuplicates();
    }

    @Test
    void labelsKeepClearOfArrows(@TempDir Path dir) throws Exception {
        for (String function : new String[] {"x^2 + y^2", "x*y", "x + 3*y", "sin(x) + y^3"}) {
            ContourPlot plot = new ContourPlot(function, "x", "y", new double[] {1, 2})
                    .contours(Expression.parse(function))
                    .arrow("gradient direction", new double[] {1 / Math.sqrt(5), 2 / Math.sqrt(5)})
                    .arrow("direction (3, 4)", new double[] {0.6, 0.8});

            plot.save(dir.resolve("arrows.png"));

            List<Rectangle2D> boxes = plot.labelBoxes();
            for (double[] s : plot.arrowSegments()) {
                Line2D stroke = new Line2D.Double(s[0], s[1], s[2], s[3]);
                assertThat(boxes).as(function).noneMatch(stroke::intersects);
            }
        }
    }

    @Test
    void labelDigitsTellLevelsApart() {
        assertThat(ContourPlot.labelDigits(new double[] {1.75, 2.81, 3.73, 5, 10.3})).isEqualTo(3);
        // Levels near 1.7e308 a gap of 1e306 apart need four digits: 1.69e308, 1.695e308 ...
        assertThat(ContourPlot.labelDigits(new double[] {1.69e308, 1.695e308, 1.7e308})).isEqualTo(4);
        assertThat(ContourPlot.labelDigits(new double[] {2, 2, 2})).isEqualTo(3);
        assertThat(ContourPlot.labelDigits(new double[] {-1, 0, 1})).isEqualTo(3);
        // The ratio 1e300/2.2e-16 overflows a double; the count is still the largest, 17.
        assertThat(ContourPlot.labelDigits(new double[] {1, Math.nextUp(1.0), 1e300, 2e300})).isEqualTo(17);
    }

    @Test
    void tickLabelsRoundAwayAdditionNoise() {
        // XChart's ticks on an axis around 1 with half-width 3.6e306, and on ordinary axes.
        assertThat(ContourPlot.tickLabel(3.4999999999999999e306, 1, 3.6e306)).isEqualTo("3.5e306");
        assertThat(ContourPlot.tickLabel(-2e290, 1, 3.6e306)).isEqualTo("0");
        assertThat(ContourPlot.tickLabel(0.6000000000000001, 1, 1)).isEqualTo("0.6");
        assertThat(ContourPlot.tickLabel(1.6800000000000001e308, 1.7e308, 3.6e306)).isEqualTo("1.68e308");
        // A narrow range around a large centre keeps the digits that tell the ticks apart.
        assertThat(ContourPlot.tickLabel(1_000_000.0005, 1e6, 1e-3)).isEqualTo("1000000.0005");
        assertThat(ContourPlot.tickLabel(999_999.9995, 1e6, 1e-3)).isEqualTo("999999.9995");
    }

    @Test
    void axesGetEqualScales() {
        ContourPlot plot = textbookPlot();
        plot.paintOffscreen();
        double pixelsPerUnit = plot.regionWidth() / (2 * plot.halfRanges()[0]);
        double before = scaleMismatch(plot);

        plot.equaliseScales();
        plot.paintOffscreen();

        // The default layout of an 800 × 600 chart with a legend on the right stretches one axis by
        // more than 1 %, so this test can fail. After equalising, the scales differ by less than
        // one pixel across the larger range.
        assertThat(Math.abs(before)).isGreaterThan(0.01 * pixelsPerUnit);
        double[] half = plot.halfRanges();
        assertThat(Math.abs(scaleMismatch(plot)) * 2 * Math.max(half[0], half[1])).isLessThan(1.0);
        // The square of half-width 1 around P0 stays in view: one range is still 1, the other wider.
        assertThat(Math.min(half[0], half[1])).isEqualTo(1.0);
        assertThat(Math.max(half[0], half[1])).isGreaterThan(1.0);
    }

    @Test
    void gradientPerpendicularToContourOnScreen() {
        ContourPlot plot = textbookPlot();
        plot.equaliseScales();
        plot.paintOffscreen();

        // At (1, 2) the gradient of x² + y² points along (1, 2) and the level circle along
        // (−2, 1). Mapped to pixels by XChart, the two must stay perpendicular: cos < 0.002 is
        // a right angle to about 0.1°.
        double[] gradient = plot.screenVector(1, 2);
        double[] tangent = plot.screenVector(-2, 1);
        double cosine = (gradient[0] * tangent[0] + gradient[1] * tangent[1])
                / (Math.hypot(gradient[0], gradient[1]) * Math.hypot(tangent[0], tangent[1]));
        assertThat(Math.abs(cosine)).isLessThan(0.002);
    }

    @Test
    void savedPlotKeepsStandardSize(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("textbook.png");
        ContourPlot plot = textbookPlot();

        plot.save(png);

        PlotChecks.assertDrawn(png);
        assertThat(plot.labelTexts()).contains("f = 5");
    }

    @Test
    void regionNearLargestDoubleStaysFinite(@TempDir Path dir) throws Exception {
        double limit = ContourPlot.MAX_COORDINATE;
        for (double[] center : new double[][] {{1.2e308, 0}, {limit, -limit}, {-limit, 1}}) {
            Path png = dir.resolve("edge" + center[0] + ".png");
            ContourPlot plot = new ContourPlot("x + y", "x", "y", center).contours(Expression.parse("x + y"))
                    .arrow("gradient direction", new double[] {Math.sqrt(0.5), Math.sqrt(0.5)});

            plot.save(png);

            // Both ranges must end inside ±Double.MAX_VALUE and still span many ulps of the
            // coordinate, whose ulp is about 2e292. Every level line of x + y crosses the whole
            // region, so each of the nine gets a label only if the grid stayed finite.
            double[] half = plot.halfRanges();
            String where = java.util.Arrays.toString(center);
            assertThat(Math.abs(center[0]) + half[0]).as("x range at %s", where).isLessThan(Double.MAX_VALUE);
            assertThat(Math.abs(center[1]) + half[1]).as("y range at %s", where).isLessThan(Double.MAX_VALUE);
            assertThat(Math.min(half[0], half[1])).as("range at %s", where).isGreaterThan(1e-4 * limit);
            assertThat(plot.labelTexts()).as("levels at %s", where).hasSize(9);
            PlotChecks.assertDrawn(png);
        }
    }

    @Test
    void moderatePointKeepsHalfItsMagnitude() {
        // Below a third of Double.MAX_VALUE the square around P0 is half the largest |coordinate|,
        // or 1. Above, it leaves room for widening by up to 4 on either side.
        assertThat(ContourPlot.radius(new double[] {5e307, 3})).isEqualTo(2.5e307);
        assertThat(ContourPlot.radius(new double[] {-4, 2})).isEqualTo(2.0);
        assertThat(ContourPlot.radius(new double[] {0.25, 0})).isEqualTo(1.0);
    }
}
