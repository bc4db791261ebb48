package io.github.numkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

class PlotsTest {

    @TempDir
    Path folder;

    private static XYChart parabola() {
        XYChart chart = new XYChartBuilder().width(Plots.WIDTH).height(Plots.HEIGHT)
                .title("y = x^2").xAxisTitle("x").yAxisTitle("y").build();
        double[] x = new double[41];
        double[] y = new double[41];
        for (int i = 0; i < x.length; i++) {
            x[i] = -2 + 0.1 * i;
            y[i] = x[i] * x[i];
        }
        chart.addSeries("x^2", x, y);
        return chart;
    }

    @Test
    void writesPngAndSvg() throws Exception {
        Path png = folder.resolve("plot.png");
        Path svg = folder.resolve("plot.svg");

        Plots.save(parabola(), png);
        Plots.save(parabola(), svg);

        PlotChecks.assertDrawn(png);
        PlotChecks.assertDrawn(svg);
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("plot.png", "plot.svg");
        }
    }

    @Test
    void unwritableFolderNamesThePlot() throws Exception {
        Path locked = Files.createDirectory(folder.resolve("locked"));
        Path target = locked.resolve("plot.png");
        boolean lockedForUs = locked.toFile().setWritable(false, false) && !Files.isWritable(locked);
        try {
            org.junit.jupiter.api.Assumptions.assumeTrue(lockedForUs, "the folder stays writable (running as root)");

            assertThatThrownBy(() -> Plots.save(parabola(), target))
                    .isInstanceOf(java.io.IOException.class)
                    .hasMessage("cannot write plot " + target + ": permission denied");
        } finally {
            locked.toFile().setWritable(true, false);
        }
    }

    @Test
    void otherExtensionIsRejected() {
        assertThatThrownBy(() -> Plots.save(parabola(), folder.resolve("plot.jpg")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must end in .png or .svg");
    }
}
