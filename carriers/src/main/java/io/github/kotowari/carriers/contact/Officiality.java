package io.github.kotowari.carriers.contact;

/**
 * The answer to "is this contact official?".
 *
 * <pre>{@code
 * ContactDirectory.defaults().checkSender("info@amaz0n.co.jp").officiality();  // LOOKALIKE
 * }</pre>
 *
 * @since 0.1.0
 */
public enum Officiality {
  /** On the official list. */
  OFFICIAL,
  /** Not on the list, and it imitates an official number or domain: a phishing signal. */
  LOOKALIKE,
  /** Not on the list; nothing suggests imitation, but it is not official either. */
  NOT_LISTED,
  /** Not a phone number, e-mail address, link or host name at all. */
  MALFORMED
}
