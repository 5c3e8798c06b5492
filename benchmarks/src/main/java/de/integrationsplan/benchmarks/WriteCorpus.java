package de.integrationsplan.benchmarks;

import de.integrationsplan.synthetic.SyntheticPlans;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the benchmark corpus for tools outside the JVM (ajv, the command line).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar de.integrationsplan.benchmarks.WriteCorpus DIR [PLANS]
 *     DIR/corpus-valid.ndjson, DIR/corpus-invalid.ndjson (PLANS lines each, default 2000)
 *     and DIR/plan-0.json (the first plan alone)
 * java -cp benchmarks/target/benchmarks.jar de.integrationsplan.benchmarks.WriteCorpus --ndjson FILE COUNT
 *     the first COUNT plans of seed 7 as NDJSON, in constant memory
 * </pre>
 */
public final class WriteCorpus {

  private WriteCorpus() {}

  /**
   * Writes the files.
   *
   * @param args as above
   * @throws IOException when a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 3 && args[0].equals("--ndjson")) {
      Path file = Path.of(args[1]);
      long count = Long.parseLong(args[2]);
      try (OutputStream out = Files.newOutputStream(file)) {
        SyntheticPlans.withSeed(Corpus.SEED).writeNdjson(count, out);
      }
      return;
    }
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: WriteCorpus DIR [PLANS] | WriteCorpus --ndjson FILE COUNT");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    int plans = args.length == 2 ? Integer.parseInt(args[1]) : Corpus.DEFAULT_PLANS;
    Files.createDirectories(dir);
    byte[] ndjson = Corpus.ndjson(plans);
    byte[][] valid = Corpus.lines(ndjson);
    Files.write(dir.resolve("corpus-valid.ndjson"), ndjson);
    try (OutputStream out = Files.newOutputStream(dir.resolve("corpus-invalid.ndjson"))) {
      for (byte[] doc : Corpus.invalid(valid)) {
        out.write(doc);
        out.write('\n');
      }
    }
    Files.write(dir.resolve("plan-0.json"), valid[0]);
  }
}
