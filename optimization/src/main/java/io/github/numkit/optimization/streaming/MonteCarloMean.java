package io.github.numkit.optimization.streaming;

import io.github.numkit.optimization.NonFiniteObservationException;
import io.github.numkit.optimization.ProgressListener;
import io.github.numkit.optimization.iteration.Progress;
import io.github.numkit.optimization.validation.Require;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Monte Carlo estimation of E[X] from n independent draws, with the confidence interval
 * mean ± z σ̂/√n of the central limit theorem. The draws go through {@link RunningMoments}, so
 * memory stays O(1) for any n. The error of the estimate falls as n<sup>-1/2</sup>. Stateless and
 * thread-safe; each call uses only the generator it is given.
 */
public final class MonteCarloMean {

    private MonteCarloMean() {
    }

    /**
     * Estimates the mean of a sampler.
     *
     * @param sampler the source of observations
     * @param samples the number of draws, at least 2
     * @param confidence the two-sided confidence level, in (0, 1)
     * @param rng the generator passed to the sampler
     * @return the estimate
     * @throws NonFiniteObservationException if a draw is not finite; its iteration is the draw number
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static MonteCarloEstimate estimate(ScalarSampler sampler, long samples, double confidence,
            UniformRandomProvider rng) {
        return estimate(sampler, samples, confidence, rng, ProgressListener.NONE);
    }

    /**
     * Estimates the mean of a sampler and reports progress.
     *
     * @param sampler the source of observations
     * @param samples the number of draws, at least 2
     * @param confidence the two-sided confidence level, in (0, 1)
     * @param rng the generator passed to the sampler
     * @param listener receives the number of draws done
     * @return the estimate
     * @throws NonFiniteObservationException if a draw is not finite; its iteration is the draw number
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static MonteCarloEstimate estimate(ScalarSampler sampler, long samples, double confidence,
            UniformRandomProvider rng, ProgressListener listener) {
        Require.nonNull(sampler, "sampler");
        Require.atLeast(samples, 2, "samples");
        Require.inOpen(confidence, 0, 1, "confidence");
        Require.nonNull(rng, "rng");
        Require.nonNull(listener, "listener");
        Progress progress = new Progress(listener, samples);
        RunningMoments moments = new RunningMoments();
        for (long i = 1; i <= samples; i++) {
            double x = sampler.sample(rng);
            if (!Double.isFinite(x)) {
                throw new NonFiniteObservationException("sample", i, new double[0], x);
            }
            moments.add(x);
            progress.update(i);
        }
        progress.finish(samples);
        return interval(moments, confidence);
    }

    /**
     * Builds the central limit theorem interval from moments already accumulated.
     *
     * @param moments at least two observations; not modified
     * @param confidence the two-sided confidence level, in (0, 1)
     * @return the estimate
     * @throws IllegalArgumentException if there are fewer than two observations or the level is out
     *     of range
     */
    public static MonteCarloEstimate interval(RunningMoments moments, double confidence) {
        Require.nonNull(moments, "moments");
        Require.atLeast(moments.count(), 2, "moments.count()");
        Require.inOpen(confidence, 0, 1, "confidence");
        double se = moments.standardError();
        double half = NormalQuantile.twoSided(confidence) * se;
        double mean = moments.mean();
        return new MonteCarloEstimate(mean, se, mean - half, mean + half, confidence,
                moments.count());
    }
}
