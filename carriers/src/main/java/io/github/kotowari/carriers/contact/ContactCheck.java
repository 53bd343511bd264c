package io.github.kotowari.carriers.contact;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kotowari.core.rule.Violation;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@link ContactDirectory#checkPhone(CharSequence)} and {@link
 * ContactDirectory#checkSender(CharSequence)}: official or not, which organization it is (or
 * imitates), and why.
 *
 * <pre>{@code
 * ContactCheck c = ContactDirectory.defaults().checkPhone("+81 120 899 543");
 * c.officiality();                       // OFFICIAL
 * c.contact().orElseThrow().hours();     // the line's opening hours
 * }</pre>
 *
 * <p>It holds no copy of the checked text. Equal when all parts are equal. Immutable.
 *
 * @param officiality the answer
 * @param organization the organization that owns the contact, or that a look-alike imitates
 * @param contact the matching official line (phones only)
 * @param registrableDomain the registrable domain that was checked (senders and links only)
 * @param reasons the reasons, with remedies, never empty
 * @since 0.1.0
 */
public record ContactCheck(Officiality officiality, Optional<Organization> organization, Optional<Contact> contact,
    Optional<String> registrableDomain, ImmutableList<Violation> reasons) {
  /**
   * Validates the parts.
   *
   * @param officiality see the record component
   * @param organization see the record component
   * @param contact see the record component
   * @param registrableDomain see the record component
   * @param reasons see the record component
   */
  public ContactCheck {
    requireNonNull(officiality, "officiality");
    requireNonNull(organization, "organization");
    requireNonNull(contact, "contact");
    requireNonNull(registrableDomain, "registrableDomain");
    requireNonNull(reasons, "reasons");
  }

  static ContactCheck of(Officiality officiality, @Nullable Organization organization, @Nullable Contact contact,
      @Nullable String domain, ImmutableList<Violation> reasons) {
    return new ContactCheck(officiality, Optional.ofNullable(organization), Optional.ofNullable(contact),
        Optional.ofNullable(domain), reasons);
  }

  /**
   * Returns whether the contact is official.
   *
   * @return true for {@link Officiality#OFFICIAL}
   */
  public boolean isOfficial() {
    return officiality == Officiality.OFFICIAL;
  }
}
