package io.github.kotowari.carriers.contact;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.net.InternetDomainName;
import io.github.kotowari.core.rule.Remedy;
import io.github.kotowari.core.rule.Violation;
import java.text.Normalizer;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The official contacts of Amazon Japan and the Japanese carriers, and the check "is this phone
 * number, e-mail sender or link official?".
 *
 * <pre>{@code
 * ContactDirectory dir = ContactDirectory.defaults();
 * dir.checkPhone("０１２０－８９９－５４３").officiality();                  // OFFICIAL
 * dir.checkSender("shipment-tracking@amazon.co.jp").officiality();       // OFFICIAL
 * dir.checkSender("https://amazon-co-jp.com/login").officiality();       // LOOKALIKE
 * dir.checkSender("https://xn--mazon-3ve.co.jp/").officiality();         // LOOKALIKE (Cyrillic а)
 * }</pre>
 *
 * <p>Data of {@link #defaults()}: the phone numbers and hours of the project's seed ({@code
 * shared/domain/sources/004_…}, summarized in the domain README): Amazon customer service
 * 0120-899-543 (one table says 9:00–21:00, other passages "24 hours": both kept, see {@link
 * OpeningHours}), Amazon paid line 011-330-3000 (9:00–21:00), Amazon business customers
 * 0120-999-373 (9:00–18:00), Yamato 0120-01-9625 (8:00–21:00), Japan Post 0120-23-28-86
 * (8:00–21:00), Sagawa 0120-99-4500 (8:00–19:00). The seed is a consumer guide: verify numbers
 * against the carriers' own pages before publishing them; a directory with other data can be built
 * with {@link #of(List)}.
 *
 * <p>Phone numbers are compared as domestic digits: full-width digits, dashes, spaces, dots and
 * parentheses are ignored and a leading {@code +81} becomes {@code 0}. A number one digit or one
 * adjacent swap away from an official number is a {@link Officiality#LOOKALIKE}.
 *
 * <p>Senders and links: the host is taken from an e-mail address (after the last {@code @}), a URL
 * (the authority, without user information and port; {@code https://amazon.co.jp@evil.example/}
 * is {@code evil.example}) or a bare host, then reduced to its registrable domain with Guava's
 * {@link InternetDomainName} (public suffix list). An official registrable domain is {@link
 * Officiality#OFFICIAL}. Otherwise the host is folded (Punycode labels decoded, accents and
 * full-width forms removed, common Cyrillic and Greek homoglyphs and digit substitutions such as
 * {@code 0}→{@code o} mapped, {@code rn}→{@code m}, dots and dashes dropped) and a host containing
 * an organization's brand, in the host or in a URL's user information, is a {@link
 * Officiality#LOOKALIKE} of it; {@code xn--} labels are always
 * reported. Inputs longer than {@link #MAX_INPUT_CHARS} are {@link Officiality#MALFORMED}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ContactDirectory {
  /** The longest text checked at all. */
  public static final int MAX_INPUT_CHARS = 2048;

  private static final String SEED = "seed 004 (consumer guide)";
  private static final ContactDirectory DEFAULTS = of(List.of(
      new Contact(Organization.AMAZON_JAPAN, "カスタマーサービス", "Customer service", "0120899543", "0120-899-543", true,
          OpeningHours.of(List.of(
              HoursClaim.daily(LocalTime.of(9, 0), LocalTime.of(21, 0), SEED + ", phone-number table"),
              HoursClaim.allDay(SEED + ", \"24-hour phone number\" passages")))),
      new Contact(Organization.AMAZON_JAPAN, "カスタマーサービス（有料・携帯可）", "Customer service (paid, mobile)",
          "0113303000", "011-330-3000", false,
          OpeningHours.of(List.of(HoursClaim.daily(LocalTime.of(9, 0), LocalTime.of(21, 0), SEED)))),
      new Contact(Organization.AMAZON_JAPAN, "法人・ビジネスのお客様", "Business customers", "0120999373", "0120-999-373",
          true, OpeningHours.of(List.of(HoursClaim.daily(LocalTime.of(9, 0), LocalTime.of(18, 0), SEED)))),
      new Contact(Organization.YAMATO, "お問い合わせ", "Customer inquiries", "0120019625", "0120-01-9625", true,
          OpeningHours.of(List.of(HoursClaim.daily(LocalTime.of(8, 0), LocalTime.of(21, 0), SEED)))),
      new Contact(Organization.JAPAN_POST, "お問い合わせ", "Customer inquiries", "0120232886", "0120-23-28-86", true,
          OpeningHours.of(List.of(HoursClaim.daily(LocalTime.of(8, 0), LocalTime.of(21, 0), SEED)))),
      new Contact(Organization.SAGAWA, "お問い合わせ", "Customer inquiries", "0120994500", "0120-99-4500", true,
          OpeningHours.of(List.of(HoursClaim.daily(LocalTime.of(8, 0), LocalTime.of(19, 0), SEED))))));

  private final ImmutableList<Contact> contacts;

  private ContactDirectory(ImmutableList<Contact> contacts) {
    this.contacts = contacts;
  }

  /**
   * Returns the directory with the seed's contacts (see the class documentation).
   *
   * @return the default directory
   */
  public static ContactDirectory defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a directory of other contacts; official domains stay those of {@link Organization}.
   *
   * @param contacts the contacts, each organization with at least one
   * @return the directory
   * @throws IllegalArgumentException if an organization has no contact
   */
  public static ContactDirectory of(List<Contact> contacts) {
    ImmutableList<Contact> copy = ImmutableList.copyOf(contacts);
    for (Organization organization : Organization.values()) {
      checkArgument(copy.stream().anyMatch(c -> c.organization() == organization), "no contact for %s", organization);
    }
    return new ContactDirectory(copy);
  }

  /**
   * Returns every contact.
   *
   * @return the contacts
   */
  public ImmutableList<Contact> contacts() {
    return contacts;
  }

  /**
   * Returns the contacts of one organization, main line first.
   *
   * @param organization the organization
   * @return its contacts, never empty
   */
  public ImmutableList<Contact> contactsOf(Organization organization) {
    requireNonNull(organization, "organization");
    ImmutableList.Builder<Contact> out = ImmutableList.builder();
    for (Contact c : contacts) {
      if (c.organization() == organization) {
        out.add(c);
      }
    }
    return out.build();
  }

  /**
   * Returns the main line of an organization: its first contact.
   *
   * @param organization the organization
   * @return the main contact
   */
  public Contact mainContact(Organization organization) {
    return contactsOf(organization).get(0);
  }

  /**
   * Checks whether a phone number is an official line.
   *
   * @param phone the number as seen in a message, in any width, with or without {@code +81}
   * @return the answer, never null
   */
  public ContactCheck checkPhone(CharSequence phone) {
    requireNonNull(phone, "phone");
    String digits = phoneDigits(phone);
    if (digits == null) {
      return malformed();
    }
    for (Contact c : contacts) {
      if (c.phone().equals(digits)) {
        return ContactCheck.of(Officiality.OFFICIAL, c.organization(), c, null,
            ImmutableList.of(Violation.builder(ContactCodes.OFFICIAL_PHONE_NUMBER)
                .with(ContactCodes.ORGANIZATION, c.organization()).with(ContactCodes.HOURS, c.hours().summary())
                .build()));
      }
    }
    for (Contact c : contacts) {
      if (isOneEditAway(c.phone(), digits)) {
        return ContactCheck.of(Officiality.LOOKALIKE, c.organization(), null, null,
            ImmutableList.of(Violation.builder(ContactCodes.LOOKALIKE_PHONE)
                .with(ContactCodes.ORGANIZATION, c.organization()).with(ContactCodes.OFFICIAL_PHONE, c.phoneDisplay())
                .remedy(officialChannel(c.organization())).build()));
      }
    }
    return ContactCheck.of(Officiality.NOT_LISTED, null, null, null,
        ImmutableList.of(Violation.builder(ContactCodes.PHONE_NOT_LISTED)
            .remedy(officialChannel(Organization.AMAZON_JAPAN)).build()));
  }

  /**
   * Checks whether an e-mail sender, a link or a host name belongs to an official domain, and
   * whether it imitates one.
   *
   * @param senderOrLink an e-mail address ({@code Name <a@b>} accepted), a URL or a host name
   * @return the answer, never null
   */
  public ContactCheck checkSender(CharSequence senderOrLink) {
    requireNonNull(senderOrLink, "senderOrLink");
    if (senderOrLink.length() > MAX_INPUT_CHARS) {
      return malformed();
    }
    String text = senderOrLink.toString().strip();
    boolean email = !text.contains("://") && text.indexOf('@') >= 0;
    String host = hostOf(text);
    if (host == null || !InternetDomainName.isValid(host)) {
      return malformed();
    }
    InternetDomainName name = InternetDomainName.from(host);
    String registrable = name.isUnderPublicSuffix() ? name.topPrivateDomain().toString() : name.toString();
    for (Organization organization : Organization.values()) {
      if (organization.officialDomains().contains(registrable)) {
        ImmutableList.Builder<Violation> reasons = ImmutableList.<Violation>builder()
            .add(Violation.builder(ContactCodes.OFFICIAL_DOMAIN_MATCH).with(ContactCodes.ORGANIZATION, organization)
                .with(ContactCodes.OFFICIAL_DOMAIN, registrable).build());
        if (email) {
          reasons.add(Violation.builder(ContactCodes.SENDER_CAN_BE_FORGED)
              .remedy(Remedy.of(ContactCodes.CHECK_ORDER_HISTORY)).build());
        }
        return ContactCheck.of(Officiality.OFFICIAL, organization, null, registrable, reasons.build());
      }
    }
    boolean punycode = host.startsWith("xn--") || host.contains(".xn--");
    String folded = fold(host) + fold(userInfoOf(text));
    ImmutableList.Builder<Violation> reasons = ImmutableList.builder();
    if (punycode) {
      reasons.add(Violation.of(ContactCodes.PUNYCODE_HOST));
    }
    for (Organization organization : Organization.values()) {
      if (folded.contains(fold(organization.brand()))) {
        reasons.add(Violation.builder(ContactCodes.LOOKALIKE_DOMAIN).with(ContactCodes.ORGANIZATION, organization)
            .with(ContactCodes.OFFICIAL_DOMAIN, organization.officialDomains().asList().get(0))
            .remedy(officialChannel(organization)).remedy(Remedy.of(ContactCodes.CHECK_ORDER_HISTORY)).build());
        return ContactCheck.of(Officiality.LOOKALIKE, organization, null, registrable, reasons.build());
      }
    }
    if (punycode) {
      return ContactCheck.of(Officiality.LOOKALIKE, null, null, registrable, reasons.build());
    }
    reasons.add(Violation.builder(ContactCodes.DOMAIN_NOT_LISTED).remedy(Remedy.of(ContactCodes.CHECK_ORDER_HISTORY))
        .build());
    return ContactCheck.of(Officiality.NOT_LISTED, null, null, registrable, reasons.build());
  }

  private Remedy officialChannel(Organization organization) {
    return Remedy.builder(ContactCodes.USE_OFFICIAL_CHANNEL).with(ContactCodes.ORGANIZATION, organization)
        .with(ContactCodes.OFFICIAL_PHONE, mainContact(organization).phoneDisplay()).build();
  }

  private static ContactCheck malformed() {
    return ContactCheck.of(Officiality.MALFORMED, null, null, null,
        ImmutableList.of(Violation.of(ContactCodes.MALFORMED_CONTACT)));
  }

  /** Domestic digits of a phone number, or null if it is not one. */
  static @Nullable String phoneDigits(CharSequence phone) {
    if (phone.length() > 64) {
      return null;
    }
    StringBuilder digits = new StringBuilder(16);
    boolean plus = false;
    for (int i = 0; i < phone.length(); i++) {
      char c = phone.charAt(i);
      if (c >= '\uFF10' && c <= '\uFF19') {
        c = (char) (c - '\uFF10' + '0');
      }
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if ((c == '+' || c == '\uFF0B') && digits.length() == 0 && !plus) {
        plus = true;
      } else if (!(c == '-' || c == ' ' || c == '(' || c == ')' || c == '.' || c == '\u3000' || c == '\uFF0D'
          || c == '\u30FC' || c == '\u2212' || (c >= '\u2010' && c <= '\u2015') || c == '\uFF08' || c == '\uFF09')) {
        return null;
      }
    }
    String out = digits.toString();
    if (plus) {
      if (!out.startsWith("81")) {
        return null;
      }
      out = "0" + out.substring(2);
    }
    return out.length() >= 10 && out.length() <= 11 && out.charAt(0) == '0' ? out : null;
  }

  private static boolean isOneEditAway(String official, String other) {
    if (official.length() != other.length()) {
      return false;
    }
    int first = -1;
    int second = -1;
    for (int i = 0; i < official.length(); i++) {
      if (official.charAt(i) != other.charAt(i)) {
        if (first < 0) {
          first = i;
        } else if (second < 0) {
          second = i;
        } else {
          return false;
        }
      }
    }
    if (first < 0) {
      return false;
    }
    if (second < 0) {
      return true;
    }
    return second == first + 1 && official.charAt(first) == other.charAt(second)
        && official.charAt(second) == other.charAt(first);
  }

  /** The user information before {@code @} in a URL's authority, lower-case, or empty. */
  static String userInfoOf(String text) {
    int scheme = text.indexOf("://");
    if (scheme < 0) {
      return "";
    }
    String authority = text.substring(scheme + 3);
    for (int i = 0; i < authority.length(); i++) {
      char c = authority.charAt(i);
      if (c == '/' || c == '?' || c == '#' || c == '\\') {
        authority = authority.substring(0, i);
        break;
      }
    }
    int at = authority.lastIndexOf('@');
    return at < 0 ? "" : authority.substring(0, at).toLowerCase(Locale.ROOT);
  }

  /** The lower-case host of an e-mail address, URL or bare host, or null. */
  static @Nullable String hostOf(String text) {
    String s = text;
    int lt = s.lastIndexOf('<');
    int gt = s.lastIndexOf('>');
    if (lt >= 0 && gt > lt) {
      s = s.substring(lt + 1, gt);
    }
    int scheme = s.indexOf("://");
    if (scheme >= 0) {
      s = s.substring(scheme + 3);
      int end = s.length();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '/' || c == '?' || c == '#' || c == '\\') {
          end = i;
          break;
        }
      }
      s = s.substring(0, end);
      s = s.substring(s.lastIndexOf('@') + 1);
      int colon = s.lastIndexOf(':');
      if (colon >= 0) {
        s = s.substring(0, colon);
      }
    } else if (s.indexOf('@') >= 0) {
      s = s.substring(s.lastIndexOf('@') + 1);
    } else {
      int slash = s.indexOf('/');
      if (slash >= 0) {
        s = s.substring(0, slash);
      }
    }
    s = s.replace('\u3002', '.').replace('\uFF0E', '.').replace('\uFF61', '.').strip().toLowerCase(Locale.ROOT);
    while (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.isEmpty() ? null : s;
  }

  /** Folds a host so that look-alikes of a brand contain the brand. */
  static String fold(String host) {
    StringBuilder decoded = new StringBuilder(host.length());
    for (String label : host.split("\\.", -1)) {
      String unicode = label.startsWith("xn--") ? Punycode.decode(label.substring(4)) : null;
      decoded.append(unicode == null ? label : unicode);
    }
    String stripped = Normalizer.normalize(decoded, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(stripped.length());
    for (int i = 0; i < stripped.length(); i++) {
      char c = Character.toLowerCase(stripped.charAt(i));
      if (Character.getType(c) == Character.NON_SPACING_MARK || c == '-' || c == '_' || c == '.') {
        continue;
      }
      out.append(homoglyph(c));
    }
    String s = out.toString();
    return s.replace("rn", "m").replace("vv", "w");
  }

  private static char homoglyph(char c) {
    switch (c) {
      case '0':
      case '\u043E': // Cyrillic o
      case '\u03BF': // Greek omicron
        return 'o';
      case '1':
      case '|':
      case 'i':
      case '\u0456': // Cyrillic i
      case '\u03B9': // Greek iota
        return 'l';
      case '3':
      case '\u0435': // Cyrillic ie
        return 'e';
      case '4':
      case '@':
      case '\u0430': // Cyrillic a
      case '\u03B1': // Greek alpha
      case '\u0251': // Latin alpha
        return 'a';
      case '5':
      case '\u0455': // Cyrillic dze
        return 's';
      case '\u0440': // Cyrillic er
      case '\u03C1': // Greek rho
        return 'p';
      case '\u0441': // Cyrillic es
        return 'c';
      case '\u0445': // Cyrillic ha
        return 'x';
      case '\u0443': // Cyrillic u
        return 'y';
      case '\u0578': // Armenian vo
        return 'n';
      case '\u03BD': // Greek nu
        return 'v';
      case '\u043C': // Cyrillic em
        return 'm';
      case '\u0458': // Cyrillic je
        return 'j';
      case '\u043A': // Cyrillic ka
      case '\u03BA': // Greek kappa
        return 'k';
      default:
        return c;
    }
  }
}
