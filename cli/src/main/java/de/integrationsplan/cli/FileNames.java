package de.integrationsplan.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * File names as CI tools resolve them: relative to the working directory, where a job's checkout
 * is, with {@code /} as the separator. SARIF wants them as URI references, GitHub's workflow
 * commands as paths; a file outside the working directory keeps its absolute path, and standard
 * input has none.
 */
final class FileNames {

  private FileNames() {}

  /**
   * The path relative to the working directory, {@code /}-separated, or the absolute path of a file
   * outside it.
   *
   * @param file the file as named in the output
   * @return the path, or {@code null} for standard input
   */
  static @Nullable String relative(String file) {
    if (file.equals(ValidateCommand.STDIN)) {
      return null;
    }
    try {
      Path path = Path.of(file).toAbsolutePath().normalize();
      Path cwd = Path.of("").toAbsolutePath();
      Path shown = path.startsWith(cwd) ? cwd.relativize(path) : path;
      return shown.toString().replace(shown.getFileSystem().getSeparator(), "/");
    } catch (InvalidPathException e) {
      return file;
    }
  }

  /**
   * The file as a URI reference: relative to the working directory, or a {@code file:} URI for a
   * file outside it; every character a URI cannot hold is percent-encoded.
   *
   * @param file the file as named in the output
   * @return the URI, or {@code null} for standard input
   */
  static @Nullable String uri(String file) {
    String relative = relative(file);
    if (relative == null) {
      return null;
    }
    try {
      if (relative.startsWith("/")) {
        return new URI("file", "", relative, null).toASCIIString();
      }
      // a colon in the first segment would read as a scheme
      String path = relative.indexOf(':') >= 0 && relative.indexOf(':') < (relative + "/").indexOf('/')
          ? "./" + relative : relative;
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
