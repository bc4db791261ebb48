package io.github.numkit.linalg.leastsquares;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A linear regression problem of the NIST Statistical Reference Datasets (StRD), read from its
 * {@code .dat} file with the certified values the file states: coefficients, their standard
 * deviations, the residual standard deviation and R².
 *
 * <p>The model is read from the file's "y = …" line: a polynomial in x when it has powers
 * ({@code x**k}), otherwise linear in the predictors, with an intercept when it names B0. The data
 * are decimal; {@link #design()} and {@link #response()} round them to doubles, and
 * {@link #designLow()} and {@link #responseLow()} hold the rounding errors (powers are formed
 * exactly in decimal first), for {@link LeastSquares#fit(double[][], double[][], double[], double[])}.
 *
 * <p>Reference: NIST StRD, Linear Regression, https://www.itl.nist.gov/div898/strd/lls/lls.shtml.
 * Instances are immutable.
 */
public final class StrdProblem {

    private static final Pattern PARAMETER = Pattern.compile("^\\s*B(\\d+)\\s+(\\S+)\\s+(\\S+)\\s*$");
    private static final Pattern RESIDUAL_SD = Pattern.compile("^\\s*Standard Deviation\\s+(\\S+)\\s*$");
    private static final Pattern R_SQUARED = Pattern.compile("^\\s*R-Squared\\s+(\\S+)\\s*$");
    private static final Pattern MODEL = Pattern.compile("^\\s*y\\s*=\\s*(.*)$");
    private static final Pattern PARAMETER_COUNT = Pattern.compile("(\\d+)\\s+Parameters?");
    private static final Pattern PREDICTOR_COUNT = Pattern.compile("(\\d+)\\s+Predictor Variables?");
    private static final Pattern POWER = Pattern.compile("x\\*\\*(\\d+)");

    private final String name;
    private final double[][] design;
    private final double[][] designLow;
    private final double[] response;
    private final double[] responseLow;
    private final double[] certifiedCoefficients;
    private final double[] certifiedStandardDeviations;
    private final double certifiedResidualStandardDeviation;
    private final double certifiedRSquared;

    private StrdProblem(String name, double[][] design, double[][] designLow, double[] response,
            double[] responseLow, double[] coefficients, double[] standardDeviations, double residualSd,
            double rSquared) {
        this.name = name;
        this.design = design;
        this.designLow = designLow;
        this.response = response;
        this.responseLow = responseLow;
        this.certifiedCoefficients = coefficients;
        this.certifiedStandardDeviations = standardDeviations;
        this.certifiedResidualStandardDeviation = residualSd;
        this.certifiedRSquared = rSquared;
    }

    /**
     * Reads a StRD linear regression file.
     *
     * @param file the {@code .dat} file
     * @return the problem with its certified values
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if the file is not ASCII text, lacks the model, the
     *     certified values or the data, declares a count that is not an int, or has a malformed data
     *     row or a value beyond the double range. The message names the file and line.
     */
    public static StrdProblem read(Path file) throws IOException {
        if (file == null) {
            throw new IllegalArgumentException("file must not be null");
        }
        String source = String.valueOf(file.getFileName());
        List<String> lines = asciiLines(Files.readAllBytes(file), source);
        int parameters = -1;
        int predictors = -1;
        String formula = null;
        int formulaLine = -1;
        List<double[]> certified = new ArrayList<>();
        double residualSd = Double.NaN;
        double rSquared = Double.NaN;
        int dataHeader = -1;
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            Matcher matcher;
            if (parameters < 0 && (matcher = PARAMETER_COUNT.matcher(line)).find()) {
                parameters = count(matcher.group(1), "parameter count", source, index);
            }
            if (predictors < 0 && (matcher = PREDICTOR_COUNT.matcher(line)).find()) {
                predictors = count(matcher.group(1), "predictor count", source, index);
            }
            if (formula == null && (matcher = MODEL.matcher(line)).matches()) {
                formula = matcher.group(1);
                formulaLine = index;
            }
            if ((matcher = PARAMETER.matcher(line)).matches()) {
                certified.add(new double[] {number(matcher.group(2), source, index), number(matcher.group(3), source,
                        index)});
            }
            if ((matcher = RESIDUAL_SD.matcher(line)).matches()) {
                residualSd = number(matcher.group(1), source, index);
            }
            if ((matcher = R_SQUARED.matcher(line)).matches()) {
                rSquared = number(matcher.group(1), source, index);
            }
            if (line.startsWith("Data:") && line.contains(" y")) {
                dataHeader = index;
            }
        }
        if (formula == null || parameters < 1 || predictors < 1) {
            throw new IllegalArgumentException(source + ": not a StRD linear regression file: missing the "
                    + "\"y = ...\" model line or the parameter and predictor counts");
        }
        if (certified.size() != parameters || Double.isNaN(residualSd) || Double.isNaN(rSquared)) {
            throw new IllegalArgumentException(source + ": expected " + parameters
                    + " certified parameters, a residual standard deviation and R-Squared, got "
                    + certified.size() + " parameters");
        }
        if (dataHeader < 0) {
            throw new IllegalArgumentException(source + ": missing the \"Data:  y ...\" header before the data");
        }

        boolean intercept = formula.contains("B0");
        boolean polynomial = formula.contains("**");
        int degree = 0;
        if (polynomial) {
            Matcher power = POWER.matcher(formula);
            while (power.find()) {
                degree = Math.max(degree, count(power.group(1), "power of x in the model", source, formulaLine));
            }
            degree = Math.max(degree, parameters - (intercept ? 1 : 0));
        }
        int columns = polynomial ? degree : predictors;
        if (intercept) {
            columns++;
        }
        if (columns != parameters) {
            throw new IllegalArgumentException(source + ": the model \"" + formula + "\" has " + columns
                    + " terms but the file declares " + parameters + " parameters");
        }

        List<BigDecimal[]> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        for (int index = dataHeader + 1; index < lines.size(); index++) {
            String text = lines.get(index).strip();
            if (text.isEmpty()) {
                continue;
            }
            String[] fields = text.split("\\s+");
            if (fields.length != predictors + 1) {
                throw new IllegalArgumentException(source + " line " + (index + 1) + ": expected "
                        + (predictors + 1) + " numbers (y and " + predictors + " predictors), got " + fields.length);
            }
            BigDecimal[] row = new BigDecimal[fields.length];
            for (int k = 0; k < fields.length; k++) {
                try {
                    row[k] = new BigDecimal(fields[k]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(source + " line " + (index + 1) + ": \"" + fields[k]
                            + "\" is not a number", e);
                }
                if (!Double.isFinite(row[k].doubleValue())) {
                    throw beyondRange(fields[k], source, index);
                }
            }
            rows.add(row);
            rowLines.add(index);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(source + ": no data rows after the \"Data:\" header");
        }

        int m = rows.size();
        double[][] design = new double[m][columns];
        double[][] designLow = new double[m][columns];
        double[] response = new double[m];
        double[] responseLow = new double[m];
        for (int i = 0; i < m; i++) {
            BigDecimal[] row = rows.get(i);
            response[i] = high(row[0]);
            responseLow[i] = low(row[0]);
            int column = 0;
            if (intercept) {
                design[i][column++] = 1;
            }
            if (polynomial) {
                for (int k = 1; k <= degree; k++) {
                    BigDecimal power = row[1].pow(k);
                    if (!Double.isFinite(power.doubleValue())) {
                        throw beyondRange("x**" + k + " for x = " + row[1], source, rowLines.get(i));
                    }
                    design[i][column] = high(power);
                    designLow[i][column++] = low(power);
                }
            } else {
                for (int k = 1; k <= predictors; k++) {
                    design[i][column] = high(row[k]);
                    designLow[i][column++] = low(row[k]);
                }
            }
        }
        double[] coefficients = new double[parameters];
        double[] deviations = new double[parameters];
        for (int k = 0; k < parameters; k++) {
            coefficients[k] = certified.get(k)[0];
            deviations[k] = certified.get(k)[1];
        }
        String name = source.endsWith(".dat") ? source.substring(0, source.length() - 4) : source;
        return new StrdProblem(name, design, designLow, response, responseLow, coefficients, deviations, residualSd,
                rSquared);
    }

    /**
     * Returns the log relative error, the number of significant digits on which a computed value
     * agrees with a certified one: −log₁₀(|q − c|/|c|), or −log₁₀|q − c| when c = 0, capped at 15
     * (the certified values carry 15 digits) and floored at 0.
     *
     * @param computed q
     * @param certified c
     * @return the LRE in [0, 15]; 0 when q is NaN
     */
    public static double logRelativeError(double computed, double certified) {
        if (Double.isNaN(computed)) {
            return 0;
        }
        double error = Math.abs(computed - certified);
        if (error == 0) {
            return 15;
        }
        double relative = certified == 0 ? error : error / Math.abs(certified);
        return Math.max(0, Math.min(15, -Math.log10(relative)));
    }

    /**
     * Fits the problem from its extended-precision data.
     *
     * @return the fit
     */
    public LeastSquaresFit fit() {
        return LeastSquares.fit(design, designLow, response, responseLow);
    }

    /**
     * Returns the dataset name, the file name without {@code .dat}.
     *
     * @return for example "Filip"
     */
    public String name() {
        return name;
    }

    /**
     * Returns the design matrix rounded to doubles, one row per observation.
     *
     * @return a copy of X
     */
    public double[][] design() {
        return copy(design);
    }

    /**
     * Returns the rounding errors of the design matrix entries, X_exact − X.
     *
     * @return a copy of the low parts
     */
    public double[][] designLow() {
        return copy(designLow);
    }

    /**
     * Returns the response rounded to doubles.
     *
     * @return a copy of y
     */
    public double[] response() {
        return response.clone();
    }

    /**
     * Returns the rounding errors of the response, y_exact − y.
     *
     * @return a copy of the low parts
     */
    public double[] responseLow() {
        return responseLow.clone();
    }

    /**
     * Returns the certified coefficient estimates B0, B1, … (or B1, … without intercept).
     *
     * @return a copy of the certified coefficients
     */
    public double[] certifiedCoefficients() {
        return certifiedCoefficients.clone();
    }

    /**
     * Returns the certified standard deviations of the coefficient estimates.
     *
     * @return a copy of the certified standard deviations
     */
    public double[] certifiedStandardDeviations() {
        return certifiedStandardDeviations.clone();
    }

    /**
     * Returns the certified residual standard deviation.
     *
     * @return the certified s
     */
    public double certifiedResidualStandardDeviation() {
        return certifiedResidualStandardDeviation;
    }

    /**
     * Returns the certified R².
     *
     * @return the certified R²
     */
    public double certifiedRSquared() {
        return certifiedRSquared;
    }

    private static double high(BigDecimal value) {
        return value.doubleValue();
    }

    private static double low(BigDecimal value) {
        return value.subtract(new BigDecimal(value.doubleValue()), MathContext.DECIMAL128).doubleValue();
    }

    /**
     * Splits the bytes into lines of ASCII text. A StRD file is plain ASCII, so any other byte is
     * reported with its line rather than left to a decoder, whose error names neither.
     */
    private static List<String> asciiLines(byte[] bytes, String source) {
        int line = 1;
        for (byte b : bytes) {
            if (b < 0) {
                throw new IllegalArgumentException(source + " line " + line + ": byte 0x"
                        + Integer.toHexString(b & 0xff).toUpperCase(java.util.Locale.ROOT)
                        + " is not ASCII; a StRD file is plain ASCII text");
            }
            if (b == '\n') {
                line++;
            }
        }
        return new String(bytes, StandardCharsets.US_ASCII).lines().toList();
    }

    private static int count(String digits, String what, String source, int index) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + (index >= 0 ? " line " + (index + 1) : "") + ": " + what
                    + " " + digits + " is too large; expected at most " + Integer.MAX_VALUE, e);
        }
    }

    private static IllegalArgumentException beyondRange(String value, String source, int index) {
        return new IllegalArgumentException(source + " line " + (index + 1) + ": " + value
                + " is beyond the double range (magnitude at most about 1.8e308)");
    }

    private static double number(String text, String source, int index) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + " line " + (index + 1) + ": \"" + text
                    + "\" is not a number", e);
        }
    }

    private static double[][] copy(double[][] rows) {
        double[][] result = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            result[i] = rows[i].clone();
        }
        return result;
    }
}
