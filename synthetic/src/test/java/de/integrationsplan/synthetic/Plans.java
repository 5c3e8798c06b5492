package de.integrationsplan.synthetic;

import de.integrationsplan.core.model.v1.IntegrationPlan;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Helpers for the tests of the generator. */
final class Plans {

  private Plans() {}

  /** The NDJSON bytes of the first {@code count} plans. */
  static byte[] ndjson(SyntheticPlans generator, long count) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    generator.writeNdjson(count, out);
    return out.toByteArray();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** The plan without its extensions, which name seed and index. */
  static IntegrationPlan withoutExtensions(IntegrationPlan p) {
    return new IntegrationPlan(p.id(), p.schemaVersion(), p.status(), p.created(), p.updated(),
        p.counsellingPeriod(), p.responsibleOrganisation(), p.integrationManager(), p.consent(),
        p.person(), p.competenceProfile(), p.goals(), p.measures(), p.reviews(), p.closure(), List.of());
  }
}
