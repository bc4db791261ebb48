package io.github.numkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Opens a plot a command wrote and checks its size and that something is drawn in it. */
public final class PlotChecks {

    private PlotChecks() {
    }

    /**
     * Checks a PNG or SVG plot: the image has the standard size, and it is not blank (a PNG has
     * many distinct colours, an SVG many drawing elements).
     *
     * @param file the plot
     * @throws Exception if the file cannot be read or parsed
     */
    public static void assertDrawn(Path file) throws Exception {
        assertThat(file).exists();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            assertPng(file);
        } else {
            assertSvg(file);
        }
    }

    private static void assertPng(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as("decoded PNG").isNotNull();
        assertThat(image.getWidth()).isEqualTo(Plots.WIDTH);
        assertThat(image.getHeight()).isEqualTo(Plots.HEIGHT);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        // Background, axes, text and at least one series: a blank or single-colour image has 1 or 2.
        assertThat(colours.size()).as("distinct colours in the PNG").isGreaterThan(10);
    }

    private static void assertSvg(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(Files.newInputStream(file));
        Element svg = document.getDocumentElement();
        assertThat(svg.getTagName()).isEqualTo("svg");
        assertThat(Double.parseDouble(svg.getAttribute("width").replaceAll("[a-z]", "")))
                .isEqualTo(Plots.WIDTH);
        assertThat(Double.parseDouble(svg.getAttribute("height").replaceAll("[a-z]", "")))
                .isEqualTo(Plots.HEIGHT);
        int drawn = document.getElementsByTagName("path").getLength()
                + document.getElementsByTagName("line").getLength()
                + document.getElementsByTagName("polyline").getLength()
                + document.getElementsByTagName("rect").getLength();
        assertThat(drawn).as("drawing elements in the SVG").isGreaterThan(10);
    }
}
