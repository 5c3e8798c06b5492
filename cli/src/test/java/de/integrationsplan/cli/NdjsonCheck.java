package de.integrationsplan.cli;

import de.integrationsplan.core.validation.Severity;
import de.integrationsplan.core.validation.ValidationIssue;
import de.integrationsplan.core.validation.PlanValidator;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Standard output for tests of NDJSON: hashes every byte (SHA-256), counts lines and, when asked,
 * validates each line as it is completed with {@link PlanValidator}. Holds one line at a time.
 */
final class NdjsonCheck extends OutputStream {
  private final MessageDigest sha256;
  private final PlanValidator validator;
  private final boolean validate;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(16_384);
  private long lines;
  private long invalid;
  private String firstInvalid = "";

  NdjsonCheck(boolean validate) {
    this.validate = validate;
    this.validator = PlanValidator.create();
    try {
      this.sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) {
    sha256.update(b, off, len);
    int start = off;
    for (int i = off; i < off + len; i++) {
      if (b[i] == '\n') {
        line.write(b, start, i - start);
        lineDone();
        start = i + 1;
      }
    }
    line.write(b, start, off + len - start);
  }

  private void lineDone() {
    lines++;
    if (validate) {
      List<ValidationIssue> errors = validator.validate(line.toByteArray()).issues().stream()
          .filter(i -> i.severity() == Severity.ERROR).toList();
      if (!errors.isEmpty()) {
        invalid++;
        if (firstInvalid.isEmpty()) {
          firstInvalid = "line " + lines + ": " + errors.get(0).pointer() + " " + errors.get(0).code();
        }
      }
    }
    line.reset();
  }

  long lines() {
    return lines;
  }

  long invalid() {
    return invalid;
  }

  String firstInvalid() {
    return firstInvalid;
  }

  /** Bytes after the last newline: an unfinished line. */
  int pending() {
    return line.size();
  }

  String sha256() {
    return HexFormat.of().formatHex(sha256.digest());
  }
}
