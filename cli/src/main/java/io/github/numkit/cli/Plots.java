package io.github.numkit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes XChart charts to PNG or SVG files.
 *
 * <p>The chart is drawn into a temporary file beside the target and moved into place only when
 * complete, so a failure never leaves a half-written image under the requested name.
 */
public final class Plots {

    /** Width of a plot in pixels (PNG) or points (SVG). */
    public static final int WIDTH = 800;

    /** Height of a plot in pixels (PNG) or points (SVG). */
    public static final int HEIGHT = 600;

    private Plots() {
    }

    /**
     * Writes the chart in the format its file name's extension names.
     *
     * @param chart the chart
     * @param file the target, ending in {@code .png} or {@code .svg}
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException if the extension is neither
     */
    public static void save(Chart<?, ?> chart, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean png = name.endsWith(".png");
        if (!png && !name.endsWith(".svg")) {
            throw new IllegalArgumentException("plot file must end in .png or .svg, got " + file);
        }
        Path target = file.toAbsolutePath();
        // A plain CREATE_NEW file takes the permissions the user's umask gives, where
        // Files.createTempFile would make it readable by its owner only.
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid()
                + "." + System.nanoTime() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                if (png) {
                    BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
                } else {
                    VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
                }
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // The user named the target, not the temporary file beside it.
            String reason = e.getMessage();
            if (e instanceof AccessDeniedException) {
                reason = "permission denied";
            } else if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
                reason = ((FileSystemException) e).getReason();
            }
            throw new IOException("cannot write plot " + target + ": " + reason, e);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
