package io.github.numkit.probability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.numkit.probability.simulation.ChiSquareAgreement;
import io.github.numkit.probability.simulation.SimulatedPositions;
import io.github.numkit.probability.simulation.WalkSimulator;
import io.github.numkit.probability.walk.FirstReturn;
import io.github.numkit.probability.walk.GamblersRuin;
import io.github.numkit.probability.walk.SimpleWalk;
import org.junit.jupiter.api.Test;

/** Runs the usage example of the module README, line for line. */
class ReadmeExampleTest {

    @Test
    void readmeExampleRuns() {
        // README example start
        double p = SimpleWalk.of(0.45).probability(1000, -100);           // P(S_1000 = -100)
        double f20 = FirstReturn.of(0.5).firstReturnProbability(20);      // first return at step 20
        double ruin = GamblersRuin.of(0.49, 10, 20).ruinProbability();   // ruin before reaching 20
        SimulatedPositions sim = WalkSimulator.of(0.45, 42L).positions(1000, 100_000, null);
        double pValue = ChiSquareAgreement.of(sim).pValue();             // simulation against exact law
        // README example end

        // 40-digit values from mpmath 1.3.0, with p the exact value of each double.
        assertThat(p).isCloseTo(0.025352011799470184029, within(1e-17));
        assertThat(f20).isEqualTo(2431.0 / 262144);
        assertThat(ruin).isCloseTo(0.598700477027629079943, within(2e-16));
        assertThat(pValue).isGreaterThan(1e-3);
    }
}
