package io.github.numkit.cli.probability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.numkit.cli.Plots;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** A line-and-marker chart of probabilities against position or time. */
final class WalkPlot {

    private final XYChart chart;
    private double xMin = Double.POSITIVE_INFINITY;
    private double xMax = Double.NEGATIVE_INFINITY;
    private double yMax = 0;

    WalkPlot(String title, String xAxis, String yAxis, boolean logarithmic) {
        chart = new XYChartBuilder().width(Plots.WIDTH).height(Plots.HEIGHT).title(title)
                .xAxisTitle(xAxis).yAxisTitle(yAxis).build();
        chart.getStyler().setMarkerSize(4);
        chart.getStyler().setYAxisLogarithmic(logarithmic);
    }

    /** Adds a series, leaving out points a logarithmic axis cannot show. */
    WalkPlot series(String name, double[] x, double[] y, boolean markers) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        boolean logarithmic = chart.getStyler().isYAxisLogarithmic();
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(y[i]) && (!logarithmic || y[i] > 0)) {
                xs.add(x[i]);
                ys.add(y[i]);
                xMin = Math.min(xMin, x[i]);
                xMax = Math.max(xMax, x[i]);
                yMax = Math.max(yMax, y[i]);
            }
        }
        if (!xs.isEmpty()) {
            XYSeries series = chart.addSeries(name, xs, ys);
            if (!markers) {
                series.setMarker(SeriesMarkers.NONE);
            }
        }
        return this;
    }

    /**
     * Adds sampled values, such as simulated frequencies, as markers without a line, so that the
     * exact curves stay visible where the samples agree with them.
     */
    WalkPlot samples(String name, double[] x, double[] y) {
        int before = chart.getSeriesMap().size();
        series(name, x, y, true);
        if (chart.getSeriesMap().size() > before) {
            XYSeries series = chart.getSeriesMap().get(name);
            series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            series.setMarker(SeriesMarkers.DIAMOND);
        }
        return this;
    }

    /** Adds a curve drawn as a dashed line without markers, so that a curve under it shows through. */
    WalkPlot dashed(String name, double[] x, double[] y) {
        int before = chart.getSeriesMap().size();
        series(name, x, y, false);
        if (chart.getSeriesMap().size() > before) {
            chart.getSeriesMap().get(name).setLineStyle(SeriesLines.DASH_DASH);
        }
        return this;
    }

    /** Returns whether the named series is drawn as markers without a line, for tests. */
    boolean isScatter(String name) {
        return chart.getSeriesMap().get(name).getXYSeriesRenderStyle() == XYSeries.XYSeriesRenderStyle.Scatter;
    }

    /** Writes the chart, with the x range widened to round ticks and linear y ticks as 0.026, not .026. */
    void save(Path file) throws IOException {
        if (xMin < xMax) {
            double unit = roundUnit((xMax - xMin) / 8);
            chart.getStyler().setXAxisMin(Math.floor(xMin / unit) * unit);
            chart.getStyler().setXAxisMax(Math.ceil(xMax / unit) * unit);
        }
        if (!chart.getStyler().isYAxisLogarithmic() && yMax > 0) {
            // Probabilities start at 0, so that equal values (one step: 0.5 and 0.5) are not drawn
            // on an axis of a few thousandths.
            chart.getStyler().setYAxisMin(0.0);
            // Three significant digits at the scale of the largest value.
            int decimals = Math.max(1, 2 - (int) Math.floor(Math.log10(yMax)));
            chart.getStyler().setYAxisDecimalPattern("0." + "#".repeat(decimals));
        }
        Plots.save(chart, file);
    }

    /** Returns the least of 1, 2 or 5 times a power of ten that is at least {@code step}. */
    static double roundUnit(double step) {
        double power = Math.pow(10, Math.floor(Math.log10(step)));
        for (double factor : new double[] {1, 2, 5}) {
            if (factor * power >= step) {
                return factor * power;
            }
        }
        return 10 * power;
    }
}
