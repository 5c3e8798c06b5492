package de.integrationsplan.core.internal.model;

import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.UUID;

/**
 * What a component holds, or a list's element: the value types the wire format knows. Anything
 * else in a record of the model is a model change the view refuses until it is taught the type.
 */
public enum ValueKind {
  /** {@code String}. */
  TEXT,
  /** {@code Integer}. */
  INTEGER,
  /** {@code Boolean}. */
  BOOLEAN,
  /** {@code LocalDate}, written {@code YYYY-MM-DD}. */
  DATE,
  /** {@code YearMonth}, written {@code YYYY-MM}. */
  YEAR_MONTH,
  /** {@code OffsetDateTime}, written as an RFC 3339 timestamp with offset. */
  DATE_TIME,
  /** {@code UUID}. */
  UUID,
  /** An enum of the model, written by its constants' names. */
  ENUM,
  /** A record of the model. */
  RECORD,
  /** Any JSON value but {@code null} ({@code Object}: an extension's value). */
  JSON_VALUE;

  static ValueKind of(Type type, String where) {
    if (type == String.class) {
      return TEXT;
    }
    if (type == Integer.class) {
      return INTEGER;
    }
    if (type == Boolean.class) {
      return BOOLEAN;
    }
    if (type == LocalDate.class) {
      return DATE;
    }
    if (type == YearMonth.class) {
      return YEAR_MONTH;
    }
    if (type == OffsetDateTime.class) {
      return DATE_TIME;
    }
    if (type == UUID.class) {
      return UUID;
    }
    if (type == Object.class) {
      return JSON_VALUE;
    }
    if (type instanceof Class<?> c && ModelView.isModelPackage(c.getPackageName())) {
      if (c.isEnum()) {
        return ENUM;
      }
      if (c.isRecord()) {
        return RECORD;
      }
    }
    throw new IllegalStateException("the model view does not know the type " + type.getTypeName() + " of " + where);
  }
}
