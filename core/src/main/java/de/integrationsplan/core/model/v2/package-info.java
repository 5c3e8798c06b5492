/**
 * The integration plan (<em>Integrationsplan</em>) of municipal integration management in
 * Baden-Württemberg's <em>Pakt für Integration</em> in format 2.x, as immutable records.
 *
 * <p>Start at {@link de.integrationsplan.core.model.v2.IntegrationPlan} and its
 * {@linkplain de.integrationsplan.core.model.v2.IntegrationPlan#builder() builder}. The records
 * have the simple names of format 1.x ({@code de.integrationsplan.core.model.v1}) wherever the
 * concept is the same, so that the two packages read alike; what changed, and why:
 *
 * <h2>Law-bound lists are codes of versioned code lists</h2>
 * Every list a law can change is a string annotated {@link de.integrationsplan.core.model.Coded}
 * with the id of its code list, not an enum: a new residence title or a renamed benefit is a new
 * version of a list, not a new schema. The plan names the version of each list it uses once, in
 * {@link de.integrationsplan.core.model.v2.IntegrationPlan#codeLists()}. The coded components:
 * <ul>
 *   <li>{@code legal-basis}: {@link de.integrationsplan.core.model.v2.ResidenceStatus#legalBasis()}
 *       (valid at the day of grant), {@link de.integrationsplan.core.model.v2.ResidenceTarget#legalBasisSought()};
 *   <li>{@code work-permit}: {@link de.integrationsplan.core.model.v2.ResidenceStatus#workPermit()};
 *   <li>{@code benefit}: {@link de.integrationsplan.core.model.v2.Person#benefits()},
 *       {@link de.integrationsplan.core.model.v2.FinanceTarget#benefit()};
 *   <li>{@code target-group}: {@link de.integrationsplan.core.model.v2.Person#targetGroup()};
 *   <li>{@code course-type}: {@link de.integrationsplan.core.model.v2.Course#type()} (valid at the
 *       course's start: the parent and youth integration courses of § 13 IntV ended);
 *   <li>{@code recognition-procedure}, {@code recognition-state}, {@code recognition-outcome},
 *       {@code compensation-measure}: {@link de.integrationsplan.core.model.v2.Recognition},
 *       {@link de.integrationsplan.core.model.v2.RecognitionTarget#outcomeSought()};
 *   <li>{@code measure-kind}, {@code responsible-party}: {@link de.integrationsplan.core.model.v2.Measure};
 *   <li>{@code closure-reason}: {@link de.integrationsplan.core.model.v2.Closure#reason()};
 *   <li>{@code school-track}: {@link de.integrationsplan.core.model.v2.CompetenceProfile#schoolTrack()},
 *       {@link de.integrationsplan.core.model.v2.HouseholdMember#schoolTrack()}.
 * </ul>
 * Enums stay where no law changes the list: CEFR levels, the statuses of plan, goal, measure and
 * course, achievement, priority, goal areas, consent scopes, contact modes, forms of housing.
 *
 * <h2>What practice records that format 1.0 could not</h2>
 * <ul>
 *   <li>{@linkplain de.integrationsplan.core.model.v2.CounsellingContact counselling contacts}
 *       (<em>Beratungskontakte</em>) with mode, duration, topics and interpreter, which the Land counts;
 *   <li>the {@linkplain de.integrationsplan.core.model.v2.StatusChange status history}, for counts at
 *       a past <em>Stichtag</em> and over a period;
 *   <li>{@linkplain de.integrationsplan.core.model.v2.HouseholdMember household members} with ids
 *       that goals and measures are for, and a person who is a minor;
 *   <li>residence details: day of grant, work permit, identity and passport, <em>Wohnsitzregelung</em>
 *       (§ 12a AufenthG) and a {@linkplain de.integrationsplan.core.model.v2.FictionCertificate
 *       Fiktionsbescheinigung} (§ 81 AufenthG) beside the status;
 *   <li>goal areas for securing residence, naturalisation and finances (<em>Existenzsicherung</em>),
 *       with targets of their own; working hours, the certificate a language goal needs, the
 *       requirements of a flat;
 *   <li>the {@linkplain de.integrationsplan.core.model.v2.ResponsibleOrganisation organisation}
 *       running the integration management (municipality, <em>Landkreis</em> or <em>Träger</em>),
 *       apart from the person's municipality;
 *   <li>the target group (<em>Anschlussunterbringung</em>) and the
 *       {@linkplain de.integrationsplan.core.model.v2.HousingForm form of housing} as two facts;
 *   <li>after a move, the receiving municipality and the consent to hand the plan over;
 *   <li>young people's school track, consent given with the parents (§ 1629 Abs. 1 BGB);
 *   <li>a qualification's ISCED level and its institution's <em>anabin</em> rating; a
 *       {@linkplain de.integrationsplan.core.model.v2.Disability disability} (§ 152 SGB IX) as
 *       special-category data;
 *   <li>a {@linkplain de.integrationsplan.core.model.v2.Recognition recognition}'s state apart from
 *       its outcome (<em>Gleichwertigkeit</em>), the compensation measure chosen and the ZAB's
 *       {@linkplain de.integrationsplan.core.model.v2.ComparabilityStatement statement of comparability}.
 * </ul>
 *
 * <p>Conventions, as in format 1.x:
 * <ul>
 *   <li>Component names are the JSON property names; enum constants and codes are the JSON values.
 *   <li>Optional components are {@code @Nullable}; lists are never {@code null} but empty, and
 *       unmodifiable.
 *   <li>Constructors check only that required components are present and throw a
 *       {@link java.lang.NullPointerException} naming the component. All other rules are Bean
 *       Validation constraints, so that every fault of a plan is reported at once. Rules that would
 *       compare with today compare with the plan's own latest day instead, so that a result never
 *       changes with the day it is made.
 *   <li>Every component carries exactly one {@link de.integrationsplan.core.model.PersonalData}
 *       classification.
 *   <li>{@code toString()} never prints personal data.
 * </ul>
 */
@NullMarked
package de.integrationsplan.core.model.v2;

import org.jspecify.annotations.NullMarked;
