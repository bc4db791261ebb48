package io.github.numkit.cli.tour;

import java.util.Locale;

import io.github.numkit.cli.Format;
import io.github.numkit.cli.Report;

/**
 * The output of one tour step: explanations in the chosen language, the result, and checks against
 * independent values. Text goes to the terminal. Under {@code --json} the figures and checks go
 * into the step's JSON object instead.
 */
public final class TourPage {

    private final Report report;
    private final Report step;
    private final Lang lang;
    private int failedChecks;

    TourPage(Report report, Report step, Lang lang) {
        this.report = report;
        this.step = step;
        this.lang = lang;
    }

    /**
     * Returns the language of the explanations.
     *
     * @return the language
     */
    public Lang lang() {
        return lang;
    }

    /**
     * Prints a paragraph of explanation in the chosen language.
     *
     * @param en the English text
     * @param zh the Chinese text
     */
    public void say(String en, String zh) {
        report.line(pick(en, zh));
    }

    /**
     * Prints the problem the step solves.
     *
     * @param en the English text
     * @param zh the Chinese text
     */
    public void problem(String en, String zh) {
        report.line(pick("Problem: ", "问题：") + pick(en, zh));
    }

    /**
     * Prints the method used.
     *
     * @param en the English text
     * @param zh the Chinese text
     */
    public void method(String en, String zh) {
        report.line(pick("Method: ", "方法：") + pick(en, zh));
    }

    /**
     * Prints one part of the result as {@code label: value}. The label is not translated, so pass
     * the language's own label when it is words.
     *
     * @param label what the value is
     * @param value its text
     */
    public void answer(String label, String value) {
        report.line("  " + label + ": " + value);
    }

    /**
     * Records a figure in the step's JSON object.
     *
     * @param key the JSON key
     * @param value the figure
     */
    public void put(String key, double value) {
        step.put(key, value);
    }

    /**
     * Records a vector in the step's JSON object.
     *
     * @param key the JSON key
     * @param value the vector (read only)
     */
    public void put(String key, double[] value) {
        step.put(key, value);
    }

    /**
     * Records a text in the step's JSON object.
     *
     * @param key the JSON key
     * @param value the text
     */
    public void put(String key, String value) {
        step.put(key, value);
    }

    /**
     * Compares a computed value with one obtained independently and prints the one-line result,
     * with the same description in both languages.
     *
     * @param what the quantity, such as {@code "x* against the exact rational solution"}
     * @param computed the value the step computed
     * @param independent the value obtained another way (closed form, exact arithmetic, a peer)
     * @param relativeTolerance the largest relative error that passes
     * @return true when the check passed
     * @see #check(String, String, double, double, double)
     */
    public boolean check(String what, double computed, double independent, double relativeTolerance) {
        return check(what, what, computed, independent, relativeTolerance);
    }

    /**
     * Compares a computed value with one obtained independently and prints the one-line result.
     * The relative error is {@code |computed - independent| / |independent|}, or the absolute error
     * when the independent value is 0. A check that fails makes the tour exit with code 1.
     *
     * @param whatEn the quantity in English, such as {@code "x* against the exact solution"}
     * @param whatZh the quantity in Chinese
     * @param computed the value the step computed
     * @param independent the value obtained another way (closed form, exact arithmetic, a peer)
     * @param relativeTolerance the largest relative error that passes (absolute error when the
     *     independent value is 0)
     * @return true when the check passed
     */
    public boolean check(String whatEn, String whatZh, double computed, double independent,
            double relativeTolerance) {
        double error = Math.abs(computed - independent);
        double relative = independent == 0 ? error : error / Math.abs(independent);
        boolean passed = relative <= relativeTolerance;
        if (!passed) {
            failedChecks++;
        }
        report.line(String.format(Locale.ROOT, "  %s %s: %s, %s %s, %s %s (%s %s)%s",
                pick("check", "验证"), pick(whatEn, whatZh), Format.number(computed),
                pick("independent", "独立值"), Format.number(independent),
                independent == 0 ? pick("absolute error", "绝对误差") : pick("relative error", "相对误差"),
                Format.number(relative, 2),
                pick("tolerance", "容差"), Format.number(relativeTolerance, 2),
                passed ? pick(" ok", " 通过") : pick(" FAILED", " 未通过")));
        Report check = step.append("checks");
        check.put("what", whatEn);
        check.put("computed", computed);
        check.put("independent", independent);
        check.put("relativeError", relative);
        check.put("tolerance", relativeTolerance);
        check.put("passed", passed);
        return passed;
    }

    int failedChecks() {
        return failedChecks;
    }

    private String pick(String en, String zh) {
        return lang == Lang.ZH ? zh : en;
    }
}
