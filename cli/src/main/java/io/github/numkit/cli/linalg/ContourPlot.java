package io.github.numkit.cli.linalg;

import io.github.numkit.cli.Plots;
import io.github.numkit.linalg.quadratic.QuadraticForm;
import io.github.numkit.linalg.quadratic.QuadraticSolution;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws contour lines of a two-variable quadratic form around its stationary point (or the origin
 * when it has none), with the point marked. The lines are traced by marching squares on a
 * 121×121 grid of values of f, each level drawn as segments separated by gaps.
 */
final class ContourPlot {

    private static final int GRID = 121;
    private static final int LEVELS = 12;

    private ContourPlot() {
    }

    static void save(QuadraticForm form, QuadraticSolution solution, Path file) throws IOException {
        double[] center = solution.hasPoint() ? solution.point() : new double[2];
        double halfWidth = 2 * Math.max(1, Math.max(Math.abs(center[0]), Math.abs(center[1])));
        double x0 = center[0] - halfWidth;
        double y0 = center[1] - halfWidth;
        double step = 2 * halfWidth / (GRID - 1);
        double[][] f = new double[GRID][GRID];
        double[] sorted = new double[GRID * GRID];
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                f[i][j] = form.value(new double[] {x0 + i * step, y0 + j * step});
                sorted[i * GRID + j] = f[i][j];
            }
        }
        Arrays.sort(sorted);

        XYChart chart = new XYChartBuilder().width(Plots.WIDTH).height(Plots.HEIGHT)
                .title("f(x) = x'Ax + b'x + c: " + solution.classification().extremum().name().toLowerCase()
                        .replace('_', ' '))
                .xAxisTitle("x1").yAxisTitle("x2").build();
        chart.getStyler().setLegendVisible(true);
        for (int level = 1; level <= LEVELS; level++) {
            // Levels at quantiles of the sampled values, so every plot shows lines across its range.
            double value = sorted[(int) ((long) (sorted.length - 1) * level / (LEVELS + 1))];
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            trace(f, value, x0, y0, step, xs, ys);
            if (!xs.isEmpty()) {
                XYSeries series = chart.addSeries("f = " + io.github.numkit.cli.Format.number(value, 3), xs, ys);
                series.setMarker(SeriesMarkers.NONE);
            }
        }
        if (solution.hasPoint()) {
            XYSeries point = chart.addSeries("x*", new double[] {center[0]}, new double[] {center[1]});
            point.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            point.setMarker(SeriesMarkers.DIAMOND);
        }
        Plots.save(chart, file);
    }

    /** Appends the segments of the level set {f = value}, each followed by a NaN gap. */
    private static void trace(double[][] f, double value, double x0, double y0, double step, List<Double> xs,
            List<Double> ys) {
        for (int i = 0; i + 1 < GRID; i++) {
            for (int j = 0; j + 1 < GRID; j++) {
                double[] corners = {f[i][j], f[i + 1][j], f[i + 1][j + 1], f[i][j + 1]};
                double[][] offsets = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
                List<double[]> crossings = new ArrayList<>(4);
                for (int edge = 0; edge < 4; edge++) {
                    double a = corners[edge] - value;
                    double b = corners[(edge + 1) % 4] - value;
                    if ((a < 0) != (b < 0)) {
                        double t = a / (a - b);
                        double[] p = offsets[edge];
                        double[] q = offsets[(edge + 1) % 4];
                        crossings.add(new double[] {x0 + (i + p[0] + t * (q[0] - p[0])) * step,
                            y0 + (j + p[1] + t * (q[1] - p[1])) * step});
                    }
                }
                for (int k = 0; k + 1 < crossings.size(); k += 2) {
                    xs.add(crossings.get(k)[0]);
                    ys.add(crossings.get(k)[1]);
                    xs.add(crossings.get(k + 1)[0]);
                    ys.add(crossings.get(k + 1)[1]);
                    xs.add(Double.NaN);
                    ys.add(Double.NaN);
                }
            }
        }
    }
}
