package io.github.kotowari.carriers.contact;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.kotowari.core.Language;
import java.util.Locale;

/**
 * One official phone line: whose, what for, the number, whether the call is free, and its opening
 * hours as the sources state them.
 *
 * <pre>{@code
 * Contact cs = ContactDirectory.defaults().contactsOf(Organization.AMAZON_JAPAN).get(0);
 * cs.phoneDisplay();             // "0120-899-543"
 * cs.hours().isContradictory();  // true: the seed says 9:00–21:00 and 24 hours
 * }</pre>
 *
 * @param organization the organization
 * @param purposeJapanese what the line is for, in Japanese
 * @param purposeEnglish what the line is for, in English
 * @param phone the number as ASCII digits only, domestic form (such as {@code 0120899543})
 * @param phoneDisplay the number as printed (such as {@code 0120-899-543})
 * @param tollFree whether the call is free (0120 and 0800 numbers)
 * @param hours the opening hours, Japan time
 * @since 0.1.0
 */
public record Contact(Organization organization, String purposeJapanese, String purposeEnglish, String phone,
    String phoneDisplay, boolean tollFree, OpeningHours hours) {
  /**
   * Validates the parts.
   *
   * @throws IllegalArgumentException if the phone is not 10 or 11 ASCII digits starting with 0, or
   *     the display form does not have the same digits
   * @param organization see the record component
   * @param purposeJapanese see the record component
   * @param purposeEnglish see the record component
   * @param phone see the record component
   * @param phoneDisplay see the record component
   * @param tollFree see the record component
   * @param hours see the record component
   */
  public Contact {
    requireNonNull(organization, "organization");
    requireNonNull(purposeJapanese, "purposeJapanese");
    requireNonNull(purposeEnglish, "purposeEnglish");
    requireNonNull(phone, "phone");
    requireNonNull(phoneDisplay, "phoneDisplay");
    requireNonNull(hours, "hours");
    checkArgument((phone.length() == 10 || phone.length() == 11) && phone.charAt(0) == '0'
        && phone.chars().allMatch(c -> c >= '0' && c <= '9'), "phone must be 10 or 11 digits starting with 0");
    checkArgument(phoneDisplay.replace("-", "").equals(phone), "phoneDisplay must show the same digits as phone");
  }

  /**
   * Returns what the line is for in {@code locale}'s language.
   *
   * @param locale the reader's locale
   * @return the purpose
   */
  public String purpose(Locale locale) {
    return Language.of(requireNonNull(locale, "locale")) == Language.JAPANESE ? purposeJapanese : purposeEnglish;
  }
}
