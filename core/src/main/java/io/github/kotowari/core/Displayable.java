package io.github.kotowari.core;

import java.util.Locale;

/**
 * A value that knows how to show itself to a person in a given locale.
 *
 * <p>Rule messages render their parameters through this interface when a parameter implements it
 * (money as {@code ¥300,000} or {@code 300,000円}, a payment method by its Japanese or English
 * name), and through {@link Object#toString()} otherwise. Identifiers that are sensitive render
 * masked here, exactly as their {@code toString()} does.
 *
 * <pre>{@code
 * Yen.of(300_000).display(Locale.ENGLISH);           // "¥300,000"
 * Yen.of(300_000).display(Locale.JAPANESE);          // "300,000円"
 * ShippingOption.EXPRESS.display(Locale.JAPANESE);   // "お急ぎ便"
 * }</pre>
 *
 * @since 0.1.0
 */
public interface Displayable {
  /**
   * Returns this value as a person reading {@code locale} expects to see it.
   *
   * @param locale the reader's locale, not null; see {@link Language#of(Locale)}
   * @return the display text, never null
   */
  String display(Locale locale);
}
