package io.github.numkit.cli.calculus;

import io.github.numkit.calculus.ScalarField;
import io.github.numkit.cli.Format;
import io.github.numkit.cli.Plots;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
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
 * marching squares on a 61 × 61 grid, with the level through P₀ among them. Before the plot is
 * saved, the square region around P₀ is widened along the longer side of the plot area, so that
 * both axes have the same scale. Both arrows then have the same length on the page, and the
 * gradient arrow is perpendicular to the contour line through P₀.
 */
final class ContourPlot {

    private static final int GRID = 61;
    private static final int LEVELS = 9;

    private static final String CONTOURS = "contour lines, labelled with f";

    private final XYChart chart;
    private final double[] center;
    private final double radius;
    /** Half the x range shown, at least {@link #radius}. */
    private double halfWidth;
    /** Half the y range shown, at least {@link #radius}. */
    private double halfHeight;
    private ScalarField field;
    private final List<double[]> labels = new ArrayList<>();
    private final List<String> labelTexts = new ArrayList<>();

    ContourPlot(String title, String xName, String yName, double[] center) {
        this.center = center.clone();
        this.radius = Math.max(1, 0.5 * Math.max(Math.abs(center[0]), Math.abs(center[1])));
        chart = new XYChartBuilder().width(Plots.WIDTH).height(Plots.HEIGHT).title(title).xAxisTitle(xName)
                .yAxisTitle(yName).build();
        chart.getStyler().setMarkerSize(10);
        setRanges(radius, radius);
    }

    private void setRanges(double halfWidth, double halfHeight) {
        this.halfWidth = halfWidth;
        this.halfHeight = halfHeight;
        chart.getStyler().setXAxisMin(center[0] - halfWidth);
        chart.getStyler().setXAxisMax(center[0] + halfWidth);
        chart.getStyler().setYAxisMin(center[1] - halfHeight);
        chart.getStyler().setYAxisMax(center[1] + halfHeight);
    }

    ContourPlot contours(ScalarField f) {
        field = f;
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        if (!traceLevels(f, xs, ys)) {
            return this;
        }
        if (!xs.isEmpty()) {
            XYSeries series = chart.addSeries(CONTOURS, xs, ys);
            series.setMarker(SeriesMarkers.NONE);
        }
        XYSeries point = chart.addSeries("P0 = " + Format.vector(center), new double[] {center[0]},
                new double[] {center[1]});
        point.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        point.setMarker(SeriesMarkers.CIRCLE);
        return this;
    }

    /**
     * Traces nine level curves of f over the ranges shown into xs and ys and chooses their labels.
     * Returns false if f is nowhere finite on the grid.
     */
    private boolean traceLevels(ScalarField f, List<Double> xs, List<Double> ys) {
        labels.clear();
        labelTexts.clear();
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
            return false;
        }

        double[] sorted = finite.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] levels = new double[LEVELS];
        for (int k = 0; k < LEVELS; k++) {
            levels[k] = sorted[(int) ((k + 0.5) * sorted.length / LEVELS)];
        }
        levels[LEVELS / 2] = f.value(center.clone());

        for (double level : levels) {
            int start = xs.size();
            trace(z, level, xs, ys);
            if (xs.size() > start) {
                label(level, xs.subList(start, xs.size()), ys.subList(start, ys.size()));
            }
        }
        return true;
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
            if (y == null || Math.abs(x - center[0]) > halfWidth - inset
                    || Math.abs(y - center[1]) > halfHeight - inset) {
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
            labels.add(new double[] {xs.get(best), ys.get(best)});
            labelTexts.add("f = " + Format.number(level, 3));
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

    /**
     * Equalises the axis scales, traces the contour lines again over the widened region, writes
     * their labels and saves the plot. Call it once, after every series is added.
     */
    void save(Path file) throws IOException {
        equaliseScales();
        if (field != null && chart.getSeriesMap().containsKey(CONTOURS)) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            if (traceLevels(field, xs, ys) && !xs.isEmpty()) {
                chart.updateXYSeries(CONTOURS, xs, ys, null);
            }
        }
        for (int k = 0; k < labels.size(); k++) {
            chart.addAnnotation(new AnnotationText(labelTexts.get(k), labels.get(k)[0], labels.get(k)[1], false));
        }
        Plots.save(chart, file);
    }

    /**
     * Widens the x or the y range until one unit spans as many pixels on both axes, keeping the
     * square of half-width {@link #radius} around P₀ in view. The plot area's shape depends on the
     * legend and the tick labels, which XChart lays out only when it paints, so this paints the
     * chart off screen to measure it. New ranges can change the tick labels' width, so it
     * measures again until the ranges settle.
     */
    void equaliseScales() {
        for (int attempt = 0; attempt < 4; attempt++) {
            paintOffscreen();
            double aspect = regionWidth() / regionHeight();
            double width = aspect >= 1 ? radius * aspect : radius;
            double height = aspect >= 1 ? radius : radius / aspect;
            if (Math.abs(width - halfWidth) <= 1e-3 * radius && Math.abs(height - halfHeight) <= 1e-3 * radius) {
                return;
            }
            setRanges(width, height);
        }
    }

    /** Returns the width in pixels of the x range shown, as laid out by the last paint. */
    double regionWidth() {
        return chart.getScreenXFromChart(center[0] + halfWidth) - chart.getScreenXFromChart(center[0] - halfWidth);
    }

    /** Returns the height in pixels of the y range shown, as laid out by the last paint. */
    double regionHeight() {
        return chart.getScreenYFromChart(center[1] - halfHeight) - chart.getScreenYFromChart(center[1] + halfHeight);
    }

    /** Returns the pixel offset from P₀ to P₀ + (dx, dy), as laid out by the last paint, for tests. */
    double[] screenVector(double dx, double dy) {
        return new double[] {chart.getScreenXFromChart(center[0] + dx) - chart.getScreenXFromChart(center[0]),
                chart.getScreenYFromChart(center[1] + dy) - chart.getScreenYFromChart(center[1])};
    }

    /** Returns the x and y ranges shown, as half-widths around P₀, for tests. */
    double[] halfRanges() {
        return new double[] {halfWidth, halfHeight};
    }

    /** Lays the chart out at its own size by painting it into an image that is then dropped. */
    void paintOffscreen() {
        BufferedImage image = new BufferedImage(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        try {
            chart.paint(graphics, chart.getWidth(), chart.getHeight());
        } finally {
            graphics.dispose();
        }
    }

    private double x(int i) {
        return center[0] - halfWidth + 2 * halfWidth * i / (GRID - 1);
    }

    private double y(int j) {
        return center[1] - halfHeight + 2 * halfHeight * j / (GRID - 1);
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
