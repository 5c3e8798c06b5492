package de.integrationsplan.cli;

import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.privacy.RedactionLevel;
import de.integrationsplan.core.privacy.Redactor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code integrationsplan redact --key-file K [--level exchange|statistics] [PATH|-]...}: writes
 * one redacted plan per valid input document to standard output, as NDJSON, streaming. Documents
 * with errors are reported on standard error and skipped ({@link PlanReader}).
 */
@Command(name = "redact", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    sortOptions = false, usageHelpAutoWidth = true)
final class RedactCommand implements Callable<Integer> {

  /** A key file larger than this is refused unread: a key is a few dozen bytes, not a document. */
  static final int MAX_KEY_BYTES = 1 << 16;

  /** The levels, as written on the command line. */
  enum Level {
    exchange(RedactionLevel.EXCHANGE),
    statistics(RedactionLevel.STATISTICS);

    private final RedactionLevel level;

    Level(RedactionLevel level) {
      this.level = level;
    }
  }

  private final Context context;

  @Spec
  private CommandSpec spec;

  @Option(names = "--key-file", required = true, paramLabel = "K", descriptionKey = "keyFile")
  private String keyFile = "";

  @Option(names = "--level", paramLabel = "exchange|statistics", defaultValue = "exchange", descriptionKey = "level")
  private Level level = Level.exchange;

  @Parameters(arity = "0..*", paramLabel = "PATH", descriptionKey = "path")
  private List<String> paths = new ArrayList<>();

  RedactCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Texts texts = Texts.of(context.lang());

    byte[] key = readKey(keyFile, err, texts);
    if (key == null) {
      err.println(texts.get("usage.seeHelp", spec.qualifiedName()));
      err.flush();
      return Cli.USAGE;
    }
    Redactor redactor;
    try {
      redactor = Redactor.builder().key(key).level(level.level).build();
    } catch (IllegalArgumentException e) {
      // the length is checked above, so the library refuses a weak key: no secret, however long
      err.println(texts.get("key.weak", keyFile, Redactor.MINIMUM_DISTINCT_KEY_BYTES));
      err.println(texts.get("usage.seeHelp", spec.qualifiedName()));
      err.flush();
      return Cli.USAGE;
    } finally {
      Arrays.fill(key, (byte) 0);
    }

    List<PlanInputs.Input> inputs = PlanInputs.resolve(paths, context, err, texts);
    if (inputs == null) {
      return Cli.USAGE;
    }
    PlanJson json = PlanJson.create();
    CheckedOutput out = context.stdout();
    spec.commandLine().getOut().flush();
    PlanReader reader = new PlanReader(context, err, texts);
    // a fault of standard output ends the run in Cli, with a message and exit code 2
    boolean readable = reader.read(inputs, plan -> {
      out.write(json.writeBytes(redactor.redact(plan)));
      out.write('\n');
      return null;
    });
    out.flush();
    if (!readable) {
      return Cli.USAGE;
    }
    return reader.invalid() > 0 ? Cli.INVALID : Cli.OK;
  }

  /**
   * The key file's bytes, all of them; {@code null} when it is missing, unreadable, readable or
   * writable by others than its owner, too short or too long (reported by its path, permissions and
   * length, never its content). A key that others can read is no secret: its pseudonyms can be
   * recomputed from guessed ids, so it is refused as {@code ssh} refuses such a private key.
   */
  static byte @Nullable [] readKey(String keyFile, PrintWriter err, Texts texts) {
    Path path;
    try {
      path = Path.of(keyFile);
    } catch (InvalidPathException e) {
      err.println(texts.get("key.notFound", keyFile));
      return null;
    }
    if (!Files.isRegularFile(path)) {
      err.println(texts.get(Files.exists(path) ? "key.unreadable" : "key.notFound", keyFile));
      return null;
    }
    String exposed = exposedPermissions(path);
    if (exposed != null) {
      err.println(texts.get("key.exposed", keyFile, exposed));
      return null;
    }
    byte[] key;
    try (InputStream in = Files.newInputStream(path)) {
      key = in.readNBytes(MAX_KEY_BYTES + 1);
    } catch (IOException e) {
      err.println(texts.get("key.unreadable", keyFile));
      return null;
    }
    if (key.length > MAX_KEY_BYTES) {
      Arrays.fill(key, (byte) 0);
      err.println(texts.get("key.tooLong", keyFile, MAX_KEY_BYTES));
      return null;
    }
    if (key.length < Redactor.MINIMUM_KEY_BYTES) {
      int length = key.length;
      Arrays.fill(key, (byte) 0);
      err.println(texts.get("key.tooShort", keyFile, length, Redactor.MINIMUM_KEY_BYTES));
      return null;
    }
    return key;
  }

  /**
   * The file's permissions as {@code ls} shows them ({@code rw-r--r--}) when its group or others may
   * read or write it, else {@code null}; also {@code null} where the file system has no POSIX
   * permissions (Windows), where the check is left to the system's access lists.
   */
  private static @Nullable String exposedPermissions(Path path) {
    Set<PosixFilePermission> permissions;
    try {
      permissions = Files.getPosixFilePermissions(path);
    } catch (UnsupportedOperationException | IOException e) {
      return null;
    }
    for (PosixFilePermission p : List.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
        PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE)) {
      if (permissions.contains(p)) {
        return PosixFilePermissions.toString(permissions);
      }
    }
    return null;
  }
}
