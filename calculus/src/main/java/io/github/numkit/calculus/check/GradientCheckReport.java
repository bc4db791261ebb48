package io.github.numkit.calculus.check;

import java.util.List;

/**
 * The result of {@link GradientCheck#check}: one row per coordinate and the verdict.
 *
 * @param coordinates one comparison per coordinate, in order
 * @param tolerance the relative tolerance used
 * @param evaluations the function evaluations the numerical gradient cost
 */
public record GradientCheckReport(List<CoordinateCheck> coordinates, double tolerance, long evaluations) {

    /**
     * Creates the report with an unmodifiable copy of the rows.
     *
     * @param coordinates the rows
     * @param tolerance the tolerance
     * @param evaluations the cost
     */
    public GradientCheckReport {
        coordinates = List.copyOf(coordinates);
    }

    /**
     * Returns whether every coordinate passed.
     *
     * @return true if the gradient agrees everywhere
     */
    public boolean passed() {
        return coordinates.stream().allMatch(CoordinateCheck::passed);
    }

    /**
     * Returns the coordinates that failed, the likely places of a bug.
     *
     * @return the failing rows, in order
     */
    public List<CoordinateCheck> failures() {
        return coordinates.stream().filter(c -> !c.passed()).toList();
    }

    /**
     * Returns the largest relative error over the coordinates.
     *
     * @return the worst relative error
     */
    public double maxRelativeError() {
        return coordinates.stream().mapToDouble(CoordinateCheck::relativeError).max().orElse(0);
    }
}
