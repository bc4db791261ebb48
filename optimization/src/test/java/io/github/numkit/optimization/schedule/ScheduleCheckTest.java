package io.github.numkit.optimization.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.numkit.optimization.schedule.ScheduleCheck.Verdict;
import org.junit.jupiter.api.Test;

class ScheduleCheckTest {

    @Test
    void powerScheduleValues() {
        PowerSchedule s = StepSchedule.power(2, 3, 0.75);
        assertThat(s.step(1)).isEqualTo(2 / Math.pow(4, 0.75));
        assertThat(s.step(13)).isEqualTo(2 / Math.pow(16, 0.75));
        assertThat(StepSchedule.constant(0.1).step(1_000)).isEqualTo(0.1);
    }

    @Test
    void exponentsInsideHalfOpenIntervalMeet() {
        for (double alpha : new double[] {0.51, 0.602, 0.75, 1}) {
            ScheduleCheck c = ScheduleCheck.of(StepSchedule.power(1, 0, alpha));
            assertThat(c.verdict()).as("alpha %s", alpha).isEqualTo(Verdict.MEETS);
            assertThat(c.exact()).isTrue();
        }
    }

    @Test
    void squareRootDecayIsFlagged() {
        ScheduleCheck c = ScheduleCheck.of(StepSchedule.power(1, 0, 0.5));
        assertThat(c.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(c.stepSumDiverges()).isTrue();
        assertThat(c.squareSumConverges()).isFalse();
        assertThat(c.explanation()).contains("sum of squared steps diverges");
    }

    @Test
    void userSquareRootDecayIsFlagged() {
        ScheduleCheck c = ScheduleCheck.of(k -> 1 / Math.sqrt(k));
        assertThat(c.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(c.squareSumConverges()).isFalse();
        assertThat(c.exact()).isFalse();
        assertThat(c.decayExponent()).isEqualTo(0.5);
    }

    @Test
    void userHarmonicDecayMeets() {
        ScheduleCheck c = ScheduleCheck.of(k -> 3.0 / (k + 10));
        assertThat(c.verdict()).isEqualTo(Verdict.MEETS);
        assertThat(c.exact()).isFalse();
    }

    @Test
    void constantStepConvergesOnlyToNeighbourhood() {
        ScheduleCheck c = ScheduleCheck.of(StepSchedule.constant(0.01));
        assertThat(c.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(c.explanation()).contains("converge only to a neighbourhood");
        assertThat(ScheduleCheck.of(k -> 0.01).explanation())
                .contains("converge only to a neighbourhood");
    }

    @Test
    void fastDecayStopsShort() {
        ScheduleCheck c = ScheduleCheck.of(StepSchedule.power(1, 0, 1.5));
        assertThat(c.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(c.stepSumDiverges()).isFalse();
        assertThat(c.explanation()).contains("sum of steps converges");
    }

    @Test
    void changingDecayIsUndetermined() {
        ScheduleCheck c = ScheduleCheck.of(k -> k < 10_000_000L ? 1.0 / k : 1 / Math.sqrt(k));
        assertThat(c.verdict()).isEqualTo(Verdict.UNDETERMINED);
    }

    @Test
    void logFactorAtBoundaryIsUndetermined() {
        // Σ 1/(k ln k) diverges and Σ 1/(k ln k)² converges (integral test), so this schedule
        // meets the conditions, while 1/(k ln² k) does not: its sum converges. 1/(√k ln k) meets
        // them (Σ 1/(k ln² k) < ∞) and √(ln k / k) fails them (Σ ln k / k = ∞). Sampled values
        // cannot separate these cases, so none may be judged.
        StepSchedule[] borderline = {
            k -> 1.0 / (k * Math.log(k + 1)),
            k -> 1.0 / (k * Math.pow(Math.log(k + 1), 2)),
            k -> 1.0 / (Math.sqrt(k) * Math.log(k + 1)),
            k -> Math.sqrt(Math.log(k + 1) / k),
        };
        for (int i = 0; i < borderline.length; i++) {
            ScheduleCheck c = ScheduleCheck.of(borderline[i]);
            assertThat(c.verdict()).as("schedule %d", i).isEqualTo(Verdict.UNDETERMINED);
            assertThat(c.explanation()).as("schedule %d", i)
                    .contains("slowly varying factor such as a power of log k");
        }
    }

    @Test
    void logFactorFarFromBoundaryIsJudged() {
        // Exponents 0.75 and 2 with a log factor: ln k moves the local exponent by about 0.06,
        // which cannot carry 0.75 out of (1/2, 1] nor 2 into it.
        ScheduleCheck meets = ScheduleCheck.of(k -> 1.0 / (Math.pow(k, 0.75) * Math.log(k + 1)));
        assertThat(meets.verdict()).isEqualTo(Verdict.MEETS);
        ScheduleCheck fails = ScheduleCheck.of(k -> 1.0 / (k * k * Math.log(k + 1)));
        assertThat(fails.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(fails.stepSumDiverges()).isFalse();
    }

    @Test
    void nonPositiveUserStepIsRejected() {
        assertThatThrownBy(() -> ScheduleCheck.of(k -> k == 5 ? -1.0 : 1.0 / k))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("step size at iteration 5 must be finite and > 0, got -1.0");
    }

    @Test
    void invalidPowerParametersAreRejected() {
        assertThatThrownBy(() -> StepSchedule.power(-1, 0, 0.7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a must be finite and > 0, got -1.0");
        assertThatThrownBy(() -> StepSchedule.power(1, -2, 0.7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("offset A must be finite and >= 0, got -2.0");
        assertThatThrownBy(() -> StepSchedule.power(1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("alpha must be finite and > 0, got 0.0");
        assertThatThrownBy(() -> StepSchedule.constant(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a must be finite and > 0, got NaN");
    }
}
