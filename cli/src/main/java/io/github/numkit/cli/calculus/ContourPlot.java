package io.github.numkit.cli.calculus;

import io.github.numkit.calculus.ScalarField;
import io.github.numkit.cli.Format;
import io.github.numkit.cli.Plots;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /** The clear space around a label's text, in pixels. */
    private static final int LABEL_MARGIN = 3;

    /**
     * The largest coordinate magnitude of P₀ that can be plotted. Nearer to
     * {@link Double#MAX_VALUE}, the region around P₀ would be too narrow to resolve, or its bounds
     * would overflow to infinity.
     */
    static final double MAX_COORDINATE = 1.79e308;

    /**
     * A bound on the factor by which {@link #equaliseScales} widens the square around P₀, the
     * aspect ratio of the plot area. The 800 × 600 plots measured while writing this needed 1.03
     * to 1.17.
     */
    private static final double MAX_WIDENING = 4;

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
    /**
     * The shaft and head strokes of the arrows drawn so far, as (x0, y0, x1, y1) offsets from P₀ in
     * units of {@link #radius}, so that distances to them stay finite near {@link Double#MAX_VALUE}.
     */
    private final List<double[]> arrowSegments = new ArrayList<>();
    /** Whether the chart has been painted once, so that its scale in pixels is known. */
    private boolean laidOut;

    /**
     * Starts a plot around P₀.
     *
     * @throws IllegalArgumentException if a coordinate of P₀ exceeds {@link #MAX_COORDINATE} in
     *     magnitude, with the message of {@link #requirePlottable}
     */
    ContourPlot(String title, String xName, String yName, double[] center) {
        requirePlottable(center);
        this.center = center.clone();
        this.radius = radius(center);
        chart = new XYChartBuilder().width(Plots.WIDTH).height(Plots.HEIGHT).title(title).xAxisTitle(xName)
                .yAxisTitle(yName).build();
        chart.getStyler().setMarkerSize(10);
        chart.setCustomXAxisTickLabelsFormatter(value -> tickLabel(value, this.center[0], halfWidth));
        chart.setCustomYAxisTickLabelsFormatter(value -> tickLabel(value, this.center[1], halfHeight));
        setRanges(radius, radius);
    }

    /**
     * Returns the label of an axis tick at the given value on an axis showing centre ± half. XChart
     * places ticks by repeated addition, so a tick meant to be 0 can come out as −2e290 on an axis
     * near 1e308, and others as 3.4999999999999999e306. The label rounds the value to two digits
     * more than the ticks' spacing (about half/5) needs, and writes 0 for a value within that
     * rounding of 0.
     */
    static String tickLabel(double value, double centre, double half) {
        double magnitude = Math.abs(centre) + half;
        if (Math.abs(value) <= 1e-9 * magnitude) {
            return "0";
        }
        int digits = (int) Math.ceil(Math.log10(magnitude / (half / 5))) + 2;
        return Format.number(value, Math.max(3, Math.min(17, digits)));
    }

    /**
     * Rejects a point with a coordinate beyond ±{@link #MAX_COORDINATE}, before anything is
     * computed or drawn.
     *
     * @param point P₀, finite
     * @throws IllegalArgumentException naming the point and the limit
     */
    static void requirePlottable(double[] point) {
        for (double c : point) {
            if (!(Math.abs(c) <= MAX_COORDINATE)) {
                throw new IllegalArgumentException("--plot cannot draw around " + Format.vector(point)
                        + ": each coordinate must lie within ±" + Format.number(MAX_COORDINATE)
                        + ", so that the plotted region stays below Double.MAX_VALUE");
            }
        }
    }

    /**
     * Returns the half-width of the square around P₀: half the largest |coordinate|, at least 1.
     * Near ±{@link Double#MAX_VALUE} it shrinks, so that the square, once widened by up to
     * {@link #MAX_WIDENING}, still ends below Double.MAX_VALUE. At {@link #MAX_COORDINATE} it is
     * about 1.9e305, still 1e-3 of the coordinate.
     */
    static double radius(double[] center) {
        double m = Math.max(Math.abs(center[0]), Math.abs(center[1]));
        double room = (Double.MAX_VALUE - m) / MAX_WIDENING;
        return Math.min(Math.max(1, 0.5 * m), room);
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

        int digits = labelDigits(levels);
        Set<Double> traced = new HashSet<>();
        for (double level : levels) {
            // A nearly constant f repeats quantiles; each level is drawn and labelled once.
            if (!traced.add(level)) {
                continue;
            }
            int start = xs.size();
            trace(z, level, xs, ys);
            if (xs.size() > start) {
                label(level, digits, xs.subList(start, xs.size()), ys.subList(start, ys.size()));
            }
        }
        return true;
    }

    /**
     * Returns how many significant digits tell the levels apart: three, or one more than the ratio
     * of the largest level to the smallest gap between two levels needs. Levels near 1.7e308 that
     * differ in the fourth digit need four.
     */
    static int labelDigits(double[] levels) {
        double[] sorted = levels.clone();
        Arrays.sort(sorted);
        double largest = Math.max(Math.abs(sorted[0]), Math.abs(sorted[sorted.length - 1]));
        double gap = Double.POSITIVE_INFINITY;
        for (int k = 1; k < sorted.length; k++) {
            if (sorted[k] > sorted[k - 1]) {
                gap = Math.min(gap, sorted[k] - sorted[k - 1]);
            }
        }
        if (!(gap < Double.POSITIVE_INFINITY) || largest == 0) {
            return 3;
        }
        // Logarithms of each, because largest/gap can overflow (1e305 over a gap of 2.2e-16).
        double needed = Math.ceil(Math.log10(largest) - Math.log10(gap)) + 1;
        return (int) Math.max(3, Math.min(17, needed));
    }

    /**
     * Writes the level on its curve, at the point inside the plot farthest from P₀, from the
     * labels already placed and from the arrows, so that labels of neighbouring levels do not
     * overlap and no label covers an arrow.
     */
    private void label(double level, int digits, List<Double> xs, List<Double> ys) {
        String text = "f = " + Format.number(level, digits);
        // Once the chart is laid out, the whole text must fit inside the plot, not only its centre.
        double[] half = laidOut ? textHalfSize(text) : new double[2];
        double insetX = Math.max(0.1 * radius, half[0]);
        double insetY = Math.max(0.1 * radius, half[1]);
        int best = -1;
        double bestDistance = -1;
        for (int k = 0; k < xs.size(); k++) {
            Double y = ys.get(k);
            double x = xs.get(k);
            if (y == null || Math.abs(x - center[0]) > halfWidth - insetX
                    || Math.abs(y - center[1]) > halfHeight - insetY) {
                continue;
            }
            double distance = Math.hypot(x - center[0], y - center[1]);
            for (double[] placed : labels) {
                distance = Math.min(distance, Math.hypot(x - placed[0], y - placed[1]));
            }
            for (double[] segment : arrowSegments) {
                double scaled = Line2D.ptSegDist(segment[0], segment[1], segment[2], segment[3],
                        (x - center[0]) / radius, (y - center[1]) / radius);
                distance = Math.min(distance, radius * scaled);
            }
            if (distance > bestDistance) {
                bestDistance = distance;
                best = k;
            }
        }
        if (best >= 0) {
            labels.add(new double[] {xs.get(best), ys.get(best)});
            labelTexts.add(text);
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
        double[] tip = {0.6 * unit[0], 0.6 * unit[1]};
        arrowSegments.add(new double[] {0, 0, tip[0], tip[1]});
        arrowSegments.add(new double[] {tip[0], tip[1], tip[0] - 0.15 * Math.cos(angle - 0.4),
            tip[1] - 0.15 * Math.sin(angle - 0.4)});
        arrowSegments.add(new double[] {tip[0], tip[1], tip[0] - 0.15 * Math.cos(angle + 0.4),
            tip[1] - 0.15 * Math.sin(angle + 0.4)});
        XYSeries series = chart.addSeries(name, xs, ys);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineWidth(3);
        return this;
    }

    /**
     * Removes the pieces of contour line that would run through a label, so that each label sits
     * in a gap of the lines instead of on top of them. XChart centres an annotation's text on its
     * point; the box kept clear is the outline of the text in the annotation font, with a margin
     * of {@value #LABEL_MARGIN} pixels, converted to data units with the scale of a fresh layout.
     */
    private void clearUnderLabels(List<Double> xs, List<Double> ys) {
        List<Rectangle2D> boxes = labelBoxes();
        List<Double> keptX = new ArrayList<>(xs.size());
        List<Double> keptY = new ArrayList<>(ys.size());
        // trace writes each segment as (start, end, gap): three entries, the third with a null y.
        for (int k = 0; k + 2 < xs.size(); k += 3) {
            Line2D segment = new Line2D.Double(xs.get(k), ys.get(k), xs.get(k + 1), ys.get(k + 1));
            if (boxes.stream().noneMatch(segment::intersects)) {
                keptX.addAll(xs.subList(k, k + 3));
                keptY.addAll(ys.subList(k, k + 3));
            }
        }
        if (keptX.isEmpty()) {
            return;
        }
        xs.clear();
        xs.addAll(keptX);
        ys.clear();
        ys.addAll(keptY);
    }

    /** Returns the region, in data units, that each label covers, with its margin. */
    List<Rectangle2D> labelBoxes() {
        paintOffscreen();
        List<Rectangle2D> boxes = new ArrayList<>();
        for (int k = 0; k < labels.size(); k++) {
            double[] half = textHalfSize(labelTexts.get(k));
            double[] at = labels.get(k);
            boxes.add(new Rectangle2D.Double(at[0] - half[0], at[1] - half[1], 2 * half[0], 2 * half[1]));
        }
        return boxes;
    }

    /**
     * Returns half the width and half the height, in data units, of a label's text in the
     * annotation font plus its margin, with the scale of the last layout.
     */
    private double[] textHalfSize(String text) {
        double pixelsPerUnitX = regionWidth() / (2 * halfWidth);
        double pixelsPerUnitY = regionHeight() / (2 * halfHeight);
        Rectangle2D bounds = new TextLayout(text, chart.getStyler().getAnnotationTextFont(),
                new FontRenderContext(null, true, false)).getOutline(null).getBounds2D();
        return new double[] {(bounds.getWidth() / 2 + LABEL_MARGIN) / pixelsPerUnitX,
            (bounds.getHeight() / 2 + LABEL_MARGIN) / pixelsPerUnitY};
    }

    /** Returns the contour segments drawn, as (x0, y0, x1, y1), for tests. */
    List<double[]> contourSegments() {
        XYSeries series = chart.getSeriesMap().get(CONTOURS);
        List<double[]> segments = new ArrayList<>();
        if (series == null) {
            return segments;
        }
        double[] x = series.getXData();
        double[] y = series.getYData();
        for (int k = 0; k + 1 < x.length; k += 3) {
            segments.add(new double[] {x[k], y[k], x[k + 1], y[k + 1]});
        }
        return segments;
    }

    /** Returns the arrow strokes drawn so far, as (x0, y0, x1, y1) in data units, for tests. */
    List<double[]> arrowSegments() {
        List<double[]> strokes = new ArrayList<>();
        for (double[] s : arrowSegments) {
            strokes.add(new double[] {center[0] + radius * s[0], center[1] + radius * s[1],
                center[0] + radius * s[2], center[1] + radius * s[3]});
        }
        return strokes;
    }

    /**
     * Returns whether any contour line is drawn. None is where f is nowhere finite on the grid, or
     * where no level crosses it, as for a constant f.
     *
     * @return whether the plot shows contour lines
     */
    boolean hasContours() {
        XYSeries series = chart.getSeriesMap().get(CONTOURS);
        return series != null && series.getXData().length > 0;
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
                clearUnderLabels(xs, ys);
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
        laidOut = true;
        BufferedImage image = new BufferedImage(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        try {
            chart.paint(graphics, chart.getWidth(), chart.getHeight());
        } finally {
            graphics.dispose();
        }
    }

    /**
     * Returns grid abscissa i. The offset from P₀ is a fraction in [−1, 1] of the half-width, so
     * that no intermediate result overflows where P₀ is near ±{@link Double#MAX_VALUE}.
     */
    private double x(int i) {
        return center[0] + halfWidth * gridFraction(i);
    }

    /** Returns grid ordinate j, computed as {@link #x(int)} is. */
    private double y(int j) {
        return center[1] + halfHeight * gridFraction(j);
    }

    /** Returns the position of grid line k from −1 at the first line to 1 at the last. */
    private static double gridFraction(int k) {
        return (2.0 * k - (GRID - 1)) / (GRID - 1);
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
                    double ax = x((int) a[0]);
                    double ay = y((int) a[1]);
                    cx[crossings] = ax + t * (x((int) b[0]) - ax);
                    cy[crossings] = ay + t * (y((int) b[1]) - ay);
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
