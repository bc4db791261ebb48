package io.github.numkit.cli.probability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Round tick units for the walk charts. */
class WalkPlotTest {

    @Test
    void roundUnitIsOneTwoOrFive() {
        // A range of -354 .. 354 split in 8 gives 88.5, rounded up to 100.
        assertThat(WalkPlot.roundUnit(88.5)).isEqualTo(100.0);
        assertThat(WalkPlot.roundUnit(45.5)).isEqualTo(50.0);
        assertThat(WalkPlot.roundUnit(10)).isEqualTo(10.0);
        assertThat(WalkPlot.roundUnit(11)).isEqualTo(20.0);
        assertThat(WalkPlot.roundUnit(0.13)).isEqualTo(0.2);
    }

    @Test
    void samplesAreMarkersWithoutLine() {
        double[] x = {-2, 0, 2};
        WalkPlot plot = new WalkPlot("walk", "k", "P", false)
                .series("exact", x, new double[] {0.25, 0.5, 0.25}, true)
                .samples("simulated frequency", x, new double[] {0.26, 0.49, 0.25});

        assertThat(plot.isScatter("simulated frequency")).isTrue();
        assertThat(plot.isScatter("exact")).isFalse();
    }
}
