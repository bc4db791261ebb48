package io.github.numkit.probability.series;

import io.github.numkit.probability.arguments.ArgumentChecks;

/**
 * Products of coefficient arrays: direct convolution and convolution by the fast Fourier transform.
 *
 * <p>The direct product costs (a + 1)(b + 1) multiply-adds and each coefficient has a relative error
 * of a few ulps times the number of terms when the terms share a sign. The FFT product costs
 * O(L log L) with L the next power of two above a + b + 1, but its error is absolute: about
 * ε log₂L · Σ|f<sub>i</sub>| · Σ|g<sub>j</sub>| for every coefficient, so coefficients far smaller
 * than the largest lose their relative accuracy and can come out negative or as noise.
 */
final class Convolution {

    /**
     * Shortest factor length from which {@link #auto} uses the FFT. Measured with the JMH benchmark
     * {@code SeriesProductBenchmark} on a shared 2-core machine: direct convolution was faster up to
     * order 512 (144 against 241 us), the two were level at 1024 (481 against 474 us), and the FFT was
     * 7 times faster at 4096.
     */
    static final int FFT_CROSSOVER = 1024;

    private Convolution() {
    }

    /**
     * Returns the coefficients 0..order of the product, by FFT when both factors have at least
     * {@link #FFT_CROSSOVER} coefficients and directly otherwise.
     */
    static double[] auto(double[] f, double[] g, int order) {
        if (Math.min(f.length, g.length) >= FFT_CROSSOVER) {
            return fft(f, g, order);
        }
        return direct(f, g, order);
    }

    /** Returns the coefficients 0..order of the product by direct summation. */
    static double[] direct(double[] f, double[] g, int order) {
        double[] h = new double[order + 1];
        for (int i = 0; i < f.length && i <= order; i++) {
            double fi = f[i];
            if (fi == 0) {
                continue;
            }
            int jMax = Math.min(g.length - 1, order - i);
            for (int j = 0; j <= jMax; j++) {
                h[i + j] += fi * g[j];
            }
        }
        return h;
    }

    /**
     * Returns the coefficients 0..order of the product by a complex radix-2 FFT. The two real
     * factors travel as one complex sequence z = f + ig, so one forward and one inverse transform
     * suffice: with Z = FFT(z), F<sub>k</sub> = (Z<sub>k</sub> + conj Z<sub>L−k</sub>)/2 and
     * G<sub>k</sub> = (Z<sub>k</sub> − conj Z<sub>L−k</sub>)/(2i).
     *
     * @throws IllegalArgumentException if the transform is longer than the largest Java array, or if
     *     its working arrays ({@link #fftWorkingBytes}) exceed the maximum heap
     */
    static double[] fft(double[] f, double[] g, int order) {
        // Coefficients above the order do not reach the result, so they stay out of the transform.
        int fLength = Math.min(f.length, order + 1);
        int gLength = Math.min(g.length, order + 1);
        long size = transformLength(fLength, gLength);
        ArgumentChecks.atMost("FFT length", size, 1L << 30, "the largest power of two for a Java array");
        ArgumentChecks.workingMemory("FFT product of order " + order, fftWorkingBytes(fLength, gLength, order),
                Runtime.getRuntime().maxMemory());
        return fft(f, g, fLength, gLength, order, (int) size);
    }

    /** Returns the transform length L: the least power of two ≥ fLength + gLength − 1. */
    static long transformLength(int fLength, int gLength) {
        long fullLength = (long) fLength + gLength - 1;
        long size = 1;
        while (size < fullLength) {
            size <<= 1;
        }
        return size;
    }

    /**
     * Returns the bytes that {@link #fft} allocates: two arrays of L doubles for the transform, L
     * doubles of twiddle factors when L is above the cached size, and the result of order + 1 doubles.
     */
    static long fftWorkingBytes(int fLength, int gLength, int order) {
        long size = transformLength(fLength, gLength);
        long twiddles = size > CACHED_SIZE ? size : 0;
        return (2 * size + twiddles + order + 1L) * Double.BYTES;
    }

    private static double[] fft(double[] f, double[] g, int fLength, int gLength, int order, int size) {
        double[] re = new double[size];
        double[] im = new double[size];
        System.arraycopy(f, 0, re, 0, fLength);
        System.arraycopy(g, 0, im, 0, gLength);
        double[][] twiddles = twiddles(size);
        double[] cos = twiddles[0];
        double[] sin = twiddles[1];
        int stride = cos.length * 2 / size;

        transform(re, im, cos, sin, stride, false);
        // H_k = F_k G_k overwrites Z in place: entries k and m = L - k are read together, then both written.
        for (int k = 0; k <= size / 2; k++) {
            int m = (size - k) & (size - 1);
            double rk = re[k];
            double ik = im[k];
            double rm = re[m];
            double iM = im[m];
            double fr = (rk + rm) / 2;
            double fi = (ik - iM) / 2;
            double gr = (ik + iM) / 2;
            double gi = (rm - rk) / 2;
            // The same formulas with k and m exchanged give H_m.
            double frM = (rm + rk) / 2;
            double fiM = (iM - ik) / 2;
            double grM = (iM + ik) / 2;
            double giM = (rk - rm) / 2;
            re[k] = fr * gr - fi * gi;
            im[k] = fr * gi + fi * gr;
            re[m] = frM * grM - fiM * giM;
            im[m] = frM * giM + fiM * grM;
        }
        transform(re, im, cos, sin, stride, true);

        double[] h = new double[order + 1];
        int n = (int) Math.min(order + 1L, (long) fLength + gLength - 1);
        for (int k = 0; k < n; k++) {
            h[k] = re[k] / size;
        }
        return h;
    }

    /** Largest transform whose twiddle factors are kept between calls: 2^16 points, 512 KiB. */
    private static final int CACHED_SIZE = 1 << 16;

    /** cos and sin of 2πk/CACHED_SIZE for k below CACHED_SIZE/2, computed once. */
    private static final double[][] CACHED_TWIDDLES = computeTwiddles(CACHED_SIZE);

    /** Returns {cos, sin} tables whose every (table length · 2 / size)-th entry is 2πk/size. */
    private static double[][] twiddles(int size) {
        return size <= CACHED_SIZE ? CACHED_TWIDDLES : computeTwiddles(size);
    }

    private static double[][] computeTwiddles(int size) {
        double[] cos = new double[size / 2];
        double[] sin = new double[size / 2];
        for (int k = 0; k < size / 2; k++) {
            double angle = 2 * Math.PI * k / size;
            cos[k] = Math.cos(angle);
            sin[k] = Math.sin(angle);
        }
        return new double[][] {cos, sin};
    }

    /**
     * In-place iterative Cooley-Tukey transform of length re.length (a power of two), reading the
     * twiddle of angle 2πk/size at index k·tableStride. The inverse uses the conjugate twiddles and
     * leaves the 1/size scaling to the caller.
     */
    private static void transform(double[] re, double[] im, double[] cos, double[] sin, int tableStride,
                                  boolean inverse) {
        int size = re.length;
        for (int i = 1, j = 0; i < size; i++) {
            int bit = size >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        double sign = inverse ? 1 : -1;
        for (int length = 2; length <= size; length <<= 1) {
            int half = length >> 1;
            int stride = size / length * tableStride;
            for (int start = 0; start < size; start += length) {
                for (int k = 0; k < half; k++) {
                    double wr = cos[k * stride];
                    double wi = sign * sin[k * stride];
                    int a = start + k;
                    int b = a + half;
                    double xr = re[b] * wr - im[b] * wi;
                    double xi = re[b] * wi + im[b] * wr;
                    re[b] = re[a] - xr;
                    im[b] = im[a] - xi;
                    re[a] += xr;
                    im[a] += xi;
                }
            }
        }
    }
}
