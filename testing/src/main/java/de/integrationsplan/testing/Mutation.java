package de.integrationsplan.testing;

/**
 * What was done to a document to make a {@link Mutant}, at one of three {@linkplain Level levels}:
 * a structural fault the JSON Schema states, a change of one JSON token, or a change of raw bytes.
 */
public enum Mutation {

  // --- structural: one fault the schema states, at a pointer --------------------------------

  /** A required property is left out. */
  REMOVE_REQUIRED(Level.STRUCTURAL),
  /** An object that allows no other properties gets one (also one whose name needs escaping). */
  ADD_UNKNOWN_PROPERTY(Level.STRUCTURAL),
  /** A value gets a JSON type its schema does not allow (string, number, boolean, array, object, null). */
  CHANGE_TYPE(Level.STRUCTURAL),
  /** A string outside its enum, such as the code in lower case. */
  UNKNOWN_ENUM_VALUE(Level.STRUCTURAL),
  /** A string that does not match its pattern (a final line feed, a leading space, an umlaut, ...). */
  BREAK_PATTERN(Level.STRUCTURAL),
  /** A string that fits the pattern but not the format: a date that does not exist, a bad UUID. */
  BREAK_FORMAT(Level.STRUCTURAL),
  /** A string one character longer than its {@code maxLength}. */
  EXCEED_MAX_LENGTH(Level.STRUCTURAL),
  /** An empty string where {@code minLength} is at least 1. */
  BELOW_MIN_LENGTH(Level.STRUCTURAL),
  /** An array one item longer than its {@code maxItems}. */
  EXCEED_MAX_ITEMS(Level.STRUCTURAL),
  /** An empty array where {@code minItems} is at least 1. */
  BELOW_MIN_ITEMS(Level.STRUCTURAL),
  /** An integer one above its {@code maximum} or one below its {@code minimum}. */
  OUT_OF_RANGE(Level.STRUCTURAL),
  /** An object with fewer than {@code minProperties} or more than {@code maxProperties} properties. */
  PROPERTY_COUNT(Level.STRUCTURAL),
  /** A {@code null} inside an extension's value, or as the value: extension values are any JSON but null. */
  NULL_IN_EXTENSION_VALUE(Level.STRUCTURAL),

  // --- token: one JSON token changed, the text still JSON unless said otherwise -------------------------

  /** A scalar becomes {@code null}. */
  NULL_FOR_SCALAR(Level.TOKEN),
  /** A number or boolean becomes a string of its text. */
  SCALAR_AS_STRING(Level.TOKEN),
  /** A string becomes a number. */
  STRING_AS_NUMBER(Level.TOKEN),
  /** An integer gets a fraction or an exponent ({@code 1998.0}, {@code 1998e0}, {@code 1998.5}). */
  INTEGER_WITH_FRACTION_OR_EXPONENT(Level.TOKEN),
  /** An integer becomes one at or beyond a limit ({@code 2147483648}, {@code -0}, {@code 1e400}, ...). */
  INTEGER_AT_A_LIMIT(Level.TOKEN),
  /** An object gets a property first (unknown, or one of another object, such as {@code id}). */
  PROPERTY_INSERTED(Level.TOKEN),
  /** A property name occurs twice in its object. */
  PROPERTY_NAME_REPEATED(Level.TOKEN),
  /** A scalar becomes an empty object. */
  SCALAR_AS_EMPTY_OBJECT(Level.TOKEN),
  /** A scalar becomes an array of itself. */
  SCALAR_WRAPPED_IN_ARRAY(Level.TOKEN),
  /** A string is changed a little: a date that does not exist, case, a space, an offset, an empty string. */
  STRING_CHANGED(Level.TOKEN),
  /** A property name is changed: upper case, a space, a letter less, empty, a NUL character. */
  PROPERTY_NAME_CHANGED(Level.TOKEN),
  /** A boolean becomes {@code 1} or {@code 0}. */
  BOOLEAN_AS_NUMBER(Level.TOKEN),
  /** A property is dropped with its value. */
  PROPERTY_DROPPED(Level.TOKEN),
  /** An array gets a {@code null} first. */
  NULL_IN_ARRAY(Level.TOKEN),
  /** An object or array becomes arrays nested 20 to 40 deep, around the reader's depth limit. */
  DEEP_NESTING(Level.TOKEN),
  /** Something follows the document: a space, a letter, another value, a bracket, a NUL character; not always JSON. */
  CONTENT_AFTER(Level.TOKEN),
  /** Something comes before the document: a space, a byte order mark, a bracket, a NUL character; not always JSON. */
  CONTENT_BEFORE(Level.TOKEN),

  // --- byte: raw bytes changed anywhere, JSON or not ------------------------------------------

  /** One to three bytes are dropped. */
  BYTES_DROPPED(Level.BYTE),
  /** A byte of JSON's syntax ({@code {}[],:"\}, a digit, a letter of a literal, NUL) is inserted. */
  SYNTAX_INSERTED(Level.BYTE),
  /**
   * Bytes that are not ASCII are inserted: well-formed UTF-8, overlong forms, encoded surrogates,
   * truncated sequences, a byte order mark.
   */
  NON_ASCII_INSERTED(Level.BYTE),
  /** A byte is replaced by any other. */
  BYTE_REPLACED(Level.BYTE),
  /** A stretch of up to 40 bytes is repeated somewhere. */
  STRETCH_REPEATED(Level.BYTE),
  /** A space is inserted. */
  SPACE_INSERTED(Level.BYTE);

  /** How deep a mutation goes into the document. */
  public enum Level {
    /**
     * One fault the published JSON Schema states, made on the parsed document, which stays JSON;
     * the mutant names the pointer where every validator must report it.
     */
    STRUCTURAL,
    /** One JSON token changed, inserted or dropped, or content before or after the document. */
    TOKEN,
    /** Raw bytes changed anywhere; the result may not be JSON, or not UTF-8. */
    BYTE
  }

  private final Level level;

  Mutation(Level level) {
    this.level = level;
  }

  /**
   * How deep this mutation goes.
   *
   * @return the level
   */
  public Level level() {
    return level;
  }
}
