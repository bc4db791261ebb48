package io.github.numkit.probability.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.numkit.probability.arguments.ArgumentChecks;
import org.junit.jupiter.api.Test;

/** The FFT product's memory accounting and its in-place pointwise product. */
class ConvolutionTest {

    @Test
    void fftCountsEveryWorkingArray() {
        // Squaring order 2^24: 2^25 + 1 product terms need L = 2^26, two transform arrays of L doubles,
        // L doubles of twiddles (above the cached 2^16), and 2^24 + 1 result doubles.
        int length = (1 << 24) + 1;
        long expected = (2L * (1 << 26) + (1 << 26) + (1 << 24) + 1) * Double.BYTES;
        assertThat(Convolution.fftWorkingBytes(length, length, 1 << 24)).isEqualTo(expected);
        // Below the cached size the twiddles are shared: order 100 squared needs L = 256.
        assertThat(Convolution.fftWorkingBytes(101, 101, 100)).isEqualTo((2L * 256 + 101) * Double.BYTES);
    }

    @Test
    void fftBeyondHeapIsRejected() {
        // The 1664 MiB (3 · 512 + 128) needed to square order 2^24 exceeds a 1 GiB heap, as under -Xmx1g.
        long bytes = Convolution.fftWorkingBytes((1 << 24) + 1, (1 << 24) + 1, 1 << 24);
        assertThatThrownBy(() -> ArgumentChecks.workingMemory("FFT product of order 16777216", bytes, 1L << 30))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("FFT product of order 16777216 needs about 1664 MiB of working arrays,"
                        + " more than the maximum heap of 1024 MiB");
    }

    @Test
    void fftMatchesDirectProductExactly() {
        // Small integers: both products are exact, so the FFT result rounds to the same integers.
        double[] f = new double[3000];
        double[] g = new double[2500];
        for (int i = 0; i < f.length; i++) {
            f[i] = (i * 7919) % 13 - 6;
        }
        for (int j = 0; j < g.length; j++) {
            g[j] = (j * 104729) % 11 - 5;
        }
        int order = 4000;
        double[] direct = Convolution.direct(f, g, order);
        double[] fft = Convolution.fft(f, g, order);
        for (int k = 0; k <= order; k++) {
            assertThat(Math.rint(fft[k])).as("k=%d", k).isEqualTo(direct[k]);
        }
    }
}
