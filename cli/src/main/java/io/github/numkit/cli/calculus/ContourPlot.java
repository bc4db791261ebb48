package io.github.numkit.cli.calculus;

import io.github.numkit.calculus.ScalarField;
import io.github.numkit.cli.Plots;
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
 * A drawing of a function of two variables near a point: contour lines, the gradient arrow and the
 * direction arrow. The contour lines come from marching squares on a 61 × 61 grid, with the level
 * through the point among them; both arrows have the same length on the plot's scale.
 */
final class ContourPlot {

    private static final int GRID = 61;
    private static final int LEVELS = 9;

    private final XYChart chart;
    private final double[] center;
    private final double radius;

    ContourPlot(String title, String xName, String yName, double[] center) {
        this.center = center.clone();
        this.radius = Math.max(1, 0.5 * Math.max(Math.abs(center[0]), Math.abs(center[1])));
        chart = new XYChartBuilder().width(Plots.WIDTH).height(Plots.HEIGHT).title(title).xAxisTitle(xName)
                .yAxisTitle(yName).build();
        chart.getStyler().setMarkerSize(0);
        chart.getStyler().setXAxisMin(center[0] - radius);
        chart.getStyler().setXAxisMax(center[0] + radius);
        chart.getStyler().setYAxisMin(center[1] - radius);
        chart.getStyler().setYAxisMax(center[1] + radius);
    }

    ContourPlot contours(ScalarField f) {
        double[][] z = new double[GRID][GRID];
        double[] p = new double[2];
        List<Double> finite = new ArrayList<>();
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                p[0] = x(i);
                p[1] = y(j);
                z[i][j] = f.value(p);
                if (Double.isFinite(z[i][j])) {
                    finite.add(z[i][j]);
                }
            }
        }
        if (finite.isEmpty()) {
            return this;
        }

        double[] sorted = finite.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] levels = new double[LEVELS];
        for (int k = 0; k < LEVELS; k++) {
            levels[k] = sorted[(int) ((k + 0.5) * sorted.length / LEVELS)];
        }
        levels[LEVELS / 2] = f.value(center.clone());

        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (double level : levels) {
            trace(z, level, xs, ys);
        }
        if (!xs.isEmpty()) {
            XYSeries series = chart.addSeries("contour lines", xs, ys);
            series.setMarker(SeriesMarkers.NONE);
        }
        return this;
    }

    ContourPlot arrow(String name, double[] unit) {
        double length = 0.6 * radius;
        double tipX = center[0] + length * unit[0];
        double tipY = center[1] + length * unit[1];
        double head = 0.15 * radius;
        double angle = Math.atan2(unit[1], unit[0]);
        List<Double> xs = new ArrayList<>(Arrays.asList(center[0], tipX, tipX - head * Math.cos(angle - 0.4), null,
                tipX, tipX - head * Math.cos(angle + 0.4)));
        List<Double> ys = new ArrayList<>(Arrays.asList(center[1], tipY, tipY - head * Math.sin(angle - 0.4), null,
                tipY, tipY - head * Math.sin(angle + 0.4)));
        xs.set(3, tipX);
        XYSeries series = chart.addSeries(name, xs, ys);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineWidth(3);
        return this;
    }

    void save(Path file) throws IOException {
        Plots.save(chart, file);
    }

    private double x(int i) {
        return center[0] - radius + 2 * radius * i / (GRID - 1);
    }

    private double y(int j) {
        return center[1] - radius + 2 * radius * j / (GRID - 1);
    }

    /** Appends the segments of one level curve, each followed by a gap (a null y). */
    private void trace(double[][] z, double level, List<Double> xs, List<Double> ys) {
        for (int i = 0; i + 1 < GRID; i++) {
            for (int j = 0; j + 1 < GRID; j++) {
                double[] cx = new double[4];
                double[] cy = new double[4];
                int crossings = 0;
                double[][] corners = {{i, j}, {i + 1, j}, {i + 1, j + 1}, {i, j + 1}};
                for (int e = 0; e < 4; e++) {
                    double[] a = corners[e];
                    double[] b = corners[(e + 1) % 4];
                    double za = z[(int) a[0]][(int) a[1]] - level;
                    double zb = z[(int) b[0]][(int) b[1]] - level;
                    if (!Double.isFinite(za) || !Double.isFinite(zb) || (za < 0) == (zb < 0)) {
                        continue;
                    }
                    double t = za / (za - zb);
                    cx[crossings] = x(0) + (a[0] + t * (b[0] - a[0])) * (x(1) - x(0));
                    cy[crossings] = y(0) + (a[1] + t * (b[1] - a[1])) * (y(1) - y(0));
                    crossings++;
                }
                for (int k = 0; k + 1 < crossings; k += 2) {
                    xs.add(cx[k]);
                    ys.add(cy[k]);
                    xs.add(cx[k + 1]);
                    ys.add(cy[k + 1]);
                    xs.add(cx[k + 1]);
                    ys.add(null);
                }
            }
        }
    }
}
