package de.integrationsplan.core.privacy;

/**
 * How much a {@link Redactor} removes. At every level the identifying data are gone: names and
 * birth date ({@code identifyingData}) and vendor extensions are removed, the plan id, the person's
 * pseudonym, the integration manager and the plan-local ids of goals, measures and qualifications are
 * replaced by keyed pseudonyms (<em>Pseudonymisierung</em>).
 */
public enum RedactionLevel {

  /**
   * For exchanging plans between vendors and with authorities. Ordinary data stay as they are,
   * ordinary free text too (organisation names, course providers, titles of qualifications).
   * Special-category free text (goal descriptions, notes, justifications, text targets) is kept only
   * when the plan's consent is not withdrawn and covers both
   * {@link de.integrationsplan.core.model.v1.ConsentScope#SPECIAL_CATEGORIES} and an exchange
   * ({@link de.integrationsplan.core.model.v1.ConsentScope#EXCHANGE_WITH_AUTHORITIES} or
   * {@link de.integrationsplan.core.model.v1.ConsentScope#EXCHANGE_WITH_SERVICES}); otherwise it is
   * removed.
   */
  EXCHANGE,

  /**
   * For statistical use of single records. As {@link #EXCHANGE}, and further: all free text is
   * removed, consent or not; codes (AGS, ISO country and language codes, classifications) stay only
   * when well-formed, since an unrecognisable code may be free text in disguise; the timestamps
   * {@code created} and {@code updated} are cut to the day in UTC; the dates of the person's life
   * outside counselling (accommodation since, residence valid from and until) are cut to the first of
   * their month. The birth year stays, the birth date has gone with the identifying data. Dates of the
   * counselling itself (period, goals, measures, reviews, closure) stay, so that a
   * <em>Stichtag</em> can be applied.
   */
  STATISTICS
}
