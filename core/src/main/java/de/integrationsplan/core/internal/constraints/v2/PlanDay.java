package de.integrationsplan.core.internal.constraints.v2;

import de.integrationsplan.core.model.v2.CounsellingContact;
import de.integrationsplan.core.model.v2.IntegrationPlan;
import de.integrationsplan.core.model.v2.Review;
import de.integrationsplan.core.model.v2.StatusChange;
import java.time.LocalDate;

/**
 * The day a plan speaks of: the latest of the days of its creation, its last change, its status
 * changes, its counselling contacts and its reviews. Rules that compare with "now" compare with
 * this day instead of the wall clock, so that a plan's findings do not change with the day it is
 * validated.
 */
final class PlanDay {

  private PlanDay() {}

  /** The plan's day; each timestamp counts by its own local date. */
  static LocalDate of(IntegrationPlan plan) {
    LocalDate day = plan.created().toLocalDate();
    if (plan.updated() != null) {
      day = later(day, plan.updated().toLocalDate());
    }
    for (StatusChange change : plan.statusHistory()) {
      day = later(day, change.date());
    }
    for (CounsellingContact contact : plan.counsellingContacts()) {
      day = later(day, contact.date());
    }
    for (Review review : plan.reviews()) {
      day = later(day, review.date());
    }
    return day;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return b.isAfter(a) ? b : a;
  }
}
