package de.integrationsplan.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Drops, inserts, replaces or repeats raw bytes anywhere in a document, JSON or not. Stateless and
 * thread-safe.
 */
final class ByteMutator {

  private static final byte[] PALETTE = "{}[],:\"\\ 0123456789.eE+-ntrufalse\u0000".getBytes(StandardCharsets.UTF_8);

  /** Bytes that are not ASCII: bad and good UTF-8, alone or as a sequence. */
  private static final int[][] SEQUENCES = {{0xC0, 0xAF}, {0xE0, 0x80, 0xAF}, {0xED, 0xA0, 0x80},
      {0xF4, 0x90, 0x80, 0x80}, {0xFF}, {0x80}, {0xC3}, {0xC3, 0xA4}, {0xE2, 0x82, 0xAC}, {0xF0, 0x9F, 0x98, 0x80},
      {0xEF, 0xBB, 0xBF}};

  private static final List<Mutation> MUTATIONS = List.of(Mutation.BYTES_DROPPED, Mutation.SYNTAX_INSERTED,
      Mutation.NON_ASCII_INSERTED, Mutation.BYTE_REPLACED, Mutation.STRETCH_REPEATED, Mutation.SPACE_INSERTED);

  /** What an empty document allows: only insertions. */
  private static final List<Mutation> INSERTIONS = List.of(Mutation.SYNTAX_INSERTED, Mutation.NON_ASCII_INSERTED,
      Mutation.SPACE_INSERTED);

  private ByteMutator() {}

  /**
   * A byte-level mutant.
   *
   * @param json any bytes
   * @param random the source of the choices
   * @return the mutant
   */
  static Mutant mutate(byte[] json, Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Mutation> choices = json.length == 0 ? INSERTIONS : MUTATIONS;
    int at = random.nextInt(json.length + 1);
    Mutation mutation = choices.get(random.nextInt(choices.size()));
    if ((mutation == Mutation.BYTES_DROPPED || mutation == Mutation.BYTE_REPLACED) && at == json.length) {
      at--; // there is a byte to drop or replace
    }
    out.write(json, 0, at);
    String description;
    switch (mutation) {
      case BYTES_DROPPED -> {
        int end = Math.min(json.length, at + 1 + random.nextInt(3)); // at least one
        description = "dropped " + (end - at) + " bytes at offset " + at;
        at = end;
      }
      case SYNTAX_INSERTED -> {
        byte b = PALETTE[random.nextInt(PALETTE.length)];
        out.write(b);
        description = "inserted " + (b == 0 ? "NUL" : "'" + (char) b + "'") + " at offset " + at;
      }
      case NON_ASCII_INSERTED -> {
        int[] sequence = SEQUENCES[random.nextInt(SEQUENCES.length)];
        StringBuilder hex = new StringBuilder();
        for (int b : sequence) {
          out.write(b);
          hex.append(hex.length() == 0 ? "" : " ").append(String.format("%02X", b));
        }
        description = "inserted the bytes " + hex + " at offset " + at;
      }
      case BYTE_REPLACED -> {
        int b = (json[at] + 1 + random.nextInt(255)) & 0xFF; // any byte but the one there
        out.write(b);
        description = "replaced the byte at offset " + at + " by " + String.format("%02X", b);
        at++;
      }
      case STRETCH_REPEATED -> {
        int from = random.nextInt(json.length);
        int length = Math.min(json.length - from, 1 + random.nextInt(40));
        out.write(json, from, length);
        description = "repeated " + length + " bytes of offset " + from + " at offset " + at;
      }
      default -> {
        out.write(' ');
        description = "inserted a space at offset " + at;
      }
    }
    out.write(json, at, json.length - at);
    return new Mutant(mutation, null, description, out.toByteArray());
  }
}
