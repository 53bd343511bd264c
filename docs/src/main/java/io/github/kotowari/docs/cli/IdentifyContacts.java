package io.github.kotowari.docs.cli;

import io.github.kotowari.carriers.Carrier;
import io.github.kotowari.carriers.contact.Contact;
import io.github.kotowari.carriers.contact.ContactDirectory;
import io.github.kotowari.carriers.contact.Organization;
import io.github.kotowari.core.Language;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Whom to call about a parcel of a carrier, for the {@code contact} column of {@code kotowari
 * identify}: the main line of the carrier's {@link Organization} in a {@link ContactDirectory}.
 * Carriers without an organization in the directory (DHL, FedEx, ...) have no contact.
 */
@FunctionalInterface
interface IdentifyContacts {

  /** Knows no contacts. */
  IdentifyContacts NONE = (carrier, locale) -> null;

  /**
   * Returns the carrier's official contact in one line: organization, purpose, phone number, whether
   * the call is free, and the opening hours as the sources give them.
   *
   * @param carrier the carrier
   * @param locale the reader's locale
   * @return the contact, or null if none is known
   */
  @Nullable String contact(Carrier carrier, Locale locale);

  /**
   * Returns the main lines of {@code directory}, rendered once per carrier and language.
   *
   * @param directory the directory
   * @return the contacts
   */
  static IdentifyContacts of(ContactDirectory directory) {
    Map<Carrier, String> japanese = new EnumMap<>(Carrier.class);
    Map<Carrier, String> english = new EnumMap<>(Carrier.class);
    for (Organization o : Organization.values()) {
      Contact c = directory.mainContact(o);
      japanese.put(o.carrier(), o.display(Locale.JAPANESE) + " " + c.purpose(Locale.JAPANESE) + " "
          + c.phoneDisplay() + (c.tollFree() ? "（無料）" : "") + " " + c.hours().summary()
          + (c.hours().isContradictory() ? "（情報源により異なる）" : ""));
      english.put(o.carrier(), o.display(Locale.ENGLISH) + " " + c.purpose(Locale.ENGLISH).toLowerCase(Locale.ROOT)
          + " " + c.phoneDisplay() + (c.tollFree() ? " (toll-free)" : "") + " " + c.hours().summary()
          + (c.hours().isContradictory() ? " (sources disagree)" : ""));
    }
    return (carrier, locale) -> (Language.of(locale) == Language.JAPANESE ? japanese : english).get(carrier);
  }
}
