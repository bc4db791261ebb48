package io.github.numkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class ReportTest {

    @Test
    void jsonHoldsEveryFigureAndNoText() {
        StringWriter text = new StringWriter();
        Report report = new Report(new PrintWriter(text), true);
        report.line("not printed");
        report.put("x", new double[] {0.1, 2});
        report.put("n", 3L);
        report.put("name", "a \"quoted\"\nline");
        report.put("bad", Double.POSITIVE_INFINITY);
        report.child("inner").put("ok", true);
        report.append("list").put("k", 1.5);
        report.finish();

        assertThat(text.toString().strip()).isEqualTo("{\"x\":[0.1,2],\"n\":3,\"name\":\"a \\\"quoted\\\"\\nline\","
                + "\"bad\":\"Infinity\",\"inner\":{\"ok\":true},\"list\":[{\"k\":1.5}]}");
    }

    @Test
    void textModePrintsLinesOnly() {
        StringWriter text = new StringWriter();
        Report report = new Report(new PrintWriter(text), false);
        report.line("value: 4.4");
        report.put("value", 4.4);
        report.finish();

        assertThat(text.toString()).isEqualTo("value: 4.4" + System.lineSeparator());
    }
}
