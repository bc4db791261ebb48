package io.github.numkit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --plot FILE} option; use it as a picocli {@code @Mixin}. The file name must end in
 * {@code .png} or {@code .svg} and its folder must exist, which is checked while the command line
 * is parsed, before any computation.
 */
public final class PlotOption {

    @Option(names = "--plot", paramLabel = "FILE", converter = PlotFileConverter.class,
            description = "Also draw the result into FILE (.png or .svg).")
    private Path file;

    /**
     * Returns the plot file.
     *
     * @return the file, or null when no plot was asked for
     */
    public Path file() {
        return file;
    }

    /**
     * Tells whether a plot was asked for.
     *
     * @return true when {@code --plot} was given
     */
    public boolean requested() {
        return file != null;
    }

    /** Checks the extension and the folder of a plot file name. */
    static final class PlotFileConverter implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            String name = value.toLowerCase(Locale.ROOT);
            if (!name.endsWith(".png") && !name.endsWith(".svg")) {
                throw new TypeConversionException("plot file must end in .png or .svg, got '" + value + "'");
            }
            Path path = Path.of(value).toAbsolutePath();
            if (!Files.isDirectory(path.getParent())) {
                throw new TypeConversionException("folder of the plot file does not exist: " + path.getParent());
            }
            return path;
        }
    }
}
