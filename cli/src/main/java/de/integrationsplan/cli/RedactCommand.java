package de.integrationsplan.cli;

import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.privacy.RedactionLevel;
import de.integrationsplan.core.privacy.Redactor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Texts texts = Texts.of(context.lang());

    byte[] key = readKey(err, texts);
    if (key == null) {
      err.println(texts.get("usage.seeHelp", spec.qualifiedName()));
      err.flush();
      return Cli.USAGE;
    }
    Redactor redactor;
    try {
      redactor = Redactor.builder().key(key).level(level.level).build();
    } finally {
      Arrays.fill(key, (byte) 0);
    }

    List<PlanInputs.Input> inputs = PlanInputs.resolve(paths, err, texts);
    if (inputs == null) {
      return Cli.USAGE;
    }
    PlanJson json = PlanJson.create();
    OutputStream out = context.stdout();
    spec.commandLine().getOut().flush();
    PlanReader reader = new PlanReader(context, err, texts);
    boolean readable;
    try {
      readable = reader.read(inputs, plan -> {
        out.write(json.writeBytes(redactor.redact(plan)));
        out.write('\n');
      });
      out.flush();
    } catch (IOException e) {
      return Cli.outputFailed(e, err, texts);
    }
    if (!readable) {
      return Cli.USAGE;
    }
    return reader.invalid() > 0 ? Cli.INVALID : Cli.OK;
  }

  /**
   * The key file's bytes, all of them; {@code null} when it is missing, unreadable, too short or
   * too long (reported by its path and length, never its content).
   */
  private byte @Nullable [] readKey(PrintWriter err, Texts texts) {
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
}
