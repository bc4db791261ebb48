package io.github.numkit.cli.calculus;

import io.github.numkit.calculus.ScalarField;
import io.github.numkit.cli.Format;
import io.github.numkit.cli.Plots;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A drawing of a function of two variables near a point P₀: contour lines labelled with their
 * level, a marker at P₀, the gradient arrow and the direction arrow. The contour lines come from
 * marching squares on a 61 × 61 grid, with the level through P₀ among them; both arrows have the
 * same length on the plot's scale.
 */
final class ContourPlot {

    private static final int GRID = 61;
    private static final int LEVELS = 9;

    private final XYChart chart;
    private final double[] center;
    private final double radius;
    private final List<double[]> labels = new ArrayList<>();
    private final List<String> labelTexts = new ArrayList<>();

    ContourPlot(String title, String xName, String yName, double[] center) {
        this.center = center.clone();
        this.radius = Math.max(1, 0.5 * Math.max(Math.abs(center[0]), Math.abs(center[1])));
        chart = new XYChartBuilder().width(Plots.WIDTH).height(Plots.HEIGHT).title(title).xAxisTitle(xName)
                .yAxisTitle(yName).build();
        chart.getStyler().setMarkerSize(10);
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
            int start = xs.size();
            trace(z, level, xs, ys);
            if (xs.size() > start) {
                label(level, xs.subList(start, xs.size()), ys.subList(start, ys.size()));
            }
        }
        if (!xs.isEmpty()) {
            XYSeries series = chart.addSeries("contour lines, labelled with f", xs, ys);
            series.setMarker(SeriesMarkers.NONE);
        }
        XYSeries point = chart.addSeries("P0 = " + Format.vector(center), new double[] {center[0]},
                new double[] {center[1]});
        point.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        point.setMarker(SeriesMarkers.CIRCLE);
        return this;
    }

    /**
     * Writes the level on its curve, at the point inside the plot farthest from P₀ and from the
     * labels already placed, so that labels of neighbouring levels do not overlap.
     */
    private void label(double level, List<Double> xs, List<Double> ys) {
        double inset = 0.1 * radius;
        int best = -1;
        double bestDistance = -1;
        for (int k = 0; k < xs.size(); k++) {
            Double y = ys.get(k);
            double x = xs.get(k);
            if (y == null || Math.abs(x - center[0]) > radius - inset || Math.abs(y - center[1]) > radius - inset) {
                continue;
            }
            double distance = Math.hypot(x - center[0], y - center[1]);
            for (double[] placed : labels) {
                distance = Math.min(distance, Math.hypot(x - placed[0], y - placed[1]));
            }
            if (distance > bestDistance) {
                bestDistance = distance;
                best = k;
            }
        }
        if (best >= 0) {
            String text = "f = " + Format.number(level, 3);
            labels.add(new double[] {xs.get(best), ys.get(best)});
            labelTexts.add(text);
            chart.addAnnotation(new AnnotationText(text, xs.get(best), ys.get(best), false));
        }
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

    /** Returns the level labels drawn so far, for tests. */
    List<String> labelTexts() {
        return List.copyOf(labelTexts);
    }

    /** Returns the legend names of the series drawn so far, for tests. */
    List<String> seriesNames() {
        return List.copyOf(chart.getSeriesMap().keySet());
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
