package io.github.numkit.cli.tour;

/**
 * One worked example of the tour: a problem, the method, the answer, and a check of the answer
 * against a value computed independently.
 */
public interface TourStep {

    /**
     * Returns the step's name on the command line, such as {@code quadratic-minimum}.
     *
     * @return lower-case words joined by hyphens
     */
    String id();

    /**
     * Returns the step's title.
     *
     * @param lang the language
     * @return one line
     */
    String title(Lang lang);

    /**
     * Runs the example, printing through the page.
     *
     * @param page where the step writes its text, figures and checks
     */
    void run(TourPage page);
}
