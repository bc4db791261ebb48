package io.github.numkit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The output of a command: lines of text for a person, or under {@code --json} one JSON object with
 * every figure at full precision.
 *
 * <p>A command calls {@link #line(String)} for its text and {@code put} for each figure, then
 * {@link #finish()} once. In text mode the lines are printed as they come; in JSON mode nothing is
 * printed until {@code finish}, which writes the object on one line. Doubles are written with
 * {@link Format#number(double)}; NaN and the infinities, which JSON lacks, are written as the
 * strings {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"}. Not thread-safe.
 */
public final class Report {

    private final PrintWriter out;
    private final boolean json;
    private final Map<String, Object> values = new LinkedHashMap<>();

    /**
     * Creates a report that prints on the given writer.
     *
     * @param out where the report goes (usually {@code spec.commandLine().getOut()})
     * @param json true for the JSON form
     */
    public Report(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    private Report(boolean json) {
        this.out = null;
        this.json = json;
    }

    /**
     * Tells whether this report prints JSON.
     *
     * @return true under {@code --json}
     */
    public boolean json() {
        return json;
    }

    /**
     * Prints a line of text, unless the report is JSON.
     *
     * @param text the line
     */
    public void line(String text) {
        if (!json && out != null) {
            out.println(text);
        }
    }

    /**
     * Records a number.
     *
     * @param key the JSON key
     * @param value the number
     * @return this report
     */
    public Report put(String key, double value) {
        values.put(key, value);
        return this;
    }

    /**
     * Records an integer.
     *
     * @param key the JSON key
     * @param value the integer
     * @return this report
     */
    public Report put(String key, long value) {
        values.put(key, value);
        return this;
    }

    /**
     * Records a truth value.
     *
     * @param key the JSON key
     * @param value the value
     * @return this report
     */
    public Report put(String key, boolean value) {
        values.put(key, value);
        return this;
    }

    /**
     * Records a text.
     *
     * @param key the JSON key
     * @param value the text, or null for JSON null
     * @return this report
     */
    public Report put(String key, String value) {
        values.put(key, value);
        return this;
    }

    /**
     * Records a vector; the array is copied.
     *
     * @param key the JSON key
     * @param value the vector (read only)
     * @return this report
     */
    public Report put(String key, double[] value) {
        values.put(key, value.clone());
        return this;
    }

    /**
     * Records a matrix as an array of rows; the array is copied.
     *
     * @param key the JSON key
     * @param value the rows (read only)
     * @return this report
     */
    public Report put(String key, double[][] value) {
        double[][] copy = new double[value.length][];
        for (int i = 0; i < value.length; i++) {
            copy[i] = value[i].clone();
        }
        values.put(key, copy);
        return this;
    }

    /**
     * Returns a nested object stored under the key, creating it on first use. Its {@code line}
     * does nothing: text belongs to the top-level report.
     *
     * @param key the JSON key
     * @return the nested object
     */
    public Report child(String key) {
        Object existing = values.get(key);
        if (existing instanceof Report) {
            return (Report) existing;
        }
        Report child = new Report(json);
        values.put(key, child);
        return child;
    }

    /**
     * Appends a new object to the array stored under the key.
     *
     * @param key the JSON key of the array
     * @return the new object
     */
    public Report append(String key) {
        @SuppressWarnings("unchecked")
        List<Report> list = (List<Report>) values.computeIfAbsent(key, k -> new ArrayList<Report>());
        Report element = new Report(json);
        list.add(element);
        return element;
    }

    /** Prints the JSON object when the report is JSON; otherwise flushes the text. */
    public void finish() {
        if (json) {
            out.println(toJson());
        }
        out.flush();
    }

    /**
     * Returns the recorded figures as a JSON object.
     *
     * @return the JSON text
     */
    public String toJson() {
        StringBuilder text = new StringBuilder();
        writeObject(text, values);
        return text.toString();
    }

    private static void writeObject(StringBuilder text, Map<String, Object> map) {
        text.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> entry : map.entrySet()) {
            if (!first) {
                text.append(',');
            }
            first = false;
            writeString(text, entry.getKey());
            text.append(':');
            writeValue(text, entry.getValue());
        }
        text.append('}');
    }

    private static void writeValue(StringBuilder text, Object value) {
        if (value == null) {
            text.append("null");
        } else if (value instanceof Double) {
            writeNumber(text, (Double) value);
        } else if (value instanceof Long || value instanceof Boolean) {
            text.append(value);
        } else if (value instanceof String) {
            writeString(text, (String) value);
        } else if (value instanceof double[]) {
            double[] v = (double[]) value;
            text.append('[');
            for (int i = 0; i < v.length; i++) {
                if (i > 0) {
                    text.append(',');
                }
                writeNumber(text, v[i]);
            }
            text.append(']');
        } else if (value instanceof double[][]) {
            double[][] rows = (double[][]) value;
            text.append('[');
            for (int i = 0; i < rows.length; i++) {
                if (i > 0) {
                    text.append(',');
                }
                writeValue(text, rows[i]);
            }
            text.append(']');
        } else if (value instanceof Report) {
            writeObject(text, ((Report) value).values);
        } else if (value instanceof List) {
            List<?> list = (List<?>) value;
            text.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    text.append(',');
                }
                writeValue(text, list.get(i));
            }
            text.append(']');
        } else {
            throw new IllegalStateException("no JSON form for " + value.getClass());
        }
    }

    private static void writeNumber(StringBuilder text, double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            writeString(text, Format.number(x));
        } else {
            text.append(Format.number(x));
        }
    }

    private static void writeString(StringBuilder text, String s) {
        text.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c < 0x20) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        text.append('"');
    }
}
