package io.github.numkit.cli.probability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.numkit.cli.Plots;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** A line-and-marker chart of probabilities against position or time. */
final class WalkPlot {

    private final XYChart chart;

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

    void save(Path file) throws IOException {
        Plots.save(chart, file);
    }
}
