package io.github.kotowari.docs.cli;

import io.github.kotowari.carriers.Carrier;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Whom to call about a parcel of a carrier, for the {@code contact} column of {@code kotowari
 * identify}. The carriers module's contact directory is not released yet, so {@link #NONE} answers
 * nothing and the column stays empty; once it is, an implementation over it replaces {@code NONE}
 * in {@link IdentifyCommand} and nothing else changes.
 */
@FunctionalInterface
interface IdentifyContacts {

  /** Knows no contacts. */
  IdentifyContacts NONE = (carrier, locale) -> null;

  /**
   * Returns the carrier's official contact (name, phone number or address, hours) in one line.
   *
   * @param carrier the carrier
   * @param locale the reader's locale
   * @return the contact, or null if none is known
   */
  @Nullable String contact(Carrier carrier, Locale locale);
}
