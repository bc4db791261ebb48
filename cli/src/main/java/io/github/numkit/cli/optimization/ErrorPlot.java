package io.github.numkit.cli.optimization;

import io.github.numkit.cli.Plots;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A plot of error against iteration on log axes, with the theoretical rate drawn beside the
 * measured curves. Points with a zero error cannot appear on a log axis and are left out.
 */
final class ErrorPlot {

    private final XYChart chart;
    private int measuredPoints;

    ErrorPlot(String title, String yAxis) {
        chart = new XYChartBuilder().width(Plots.WIDTH).height(Plots.HEIGHT).title(title)
                .xAxisTitle("iteration k").yAxisTitle(yAxis).build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setMarkerSize(4);
        // One pattern per axis, so that decades read alike instead of "1000" next to "1E4".
        chart.getStyler().setXAxisDecimalPattern("0E0");
        chart.getStyler().setYAxisDecimalPattern("0E0");
    }

    ErrorPlot measured(String name, long[] iterations, double[] errors) {
        measuredPoints += add(name, iterations, errors, false);
        return this;
    }

    /** Tells whether a measured curve has a point above 0, which a log axis can show. */
    boolean hasMeasuredPoints() {
        return measuredPoints > 0;
    }

    ErrorPlot theory(String name, long[] iterations, double[] values) {
        add(name, iterations, values, true);
        return this;
    }

    void save(Path file) throws IOException {
        if (measuredPoints == 0) {
            chart.setTitle(chart.getTitle() + " (error 0: nothing to draw)");
        }
        Plots.save(chart, file);
    }

    /** Adds the points with a finite value above 0 and returns how many there were. */
    private int add(String name, long[] iterations, double[] values, boolean line) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int i = 0; i < iterations.length; i++) {
            if (values[i] > 0 && Double.isFinite(values[i])) {
                x.add((double) iterations[i]);
                y.add(values[i]);
            }
        }
        if (x.isEmpty()) {
            return 0;
        }
        XYSeries series = chart.addSeries(name, x, y);
        if (line) {
            series.setMarker(SeriesMarkers.NONE);
        }
        return x.size();
    }
}
