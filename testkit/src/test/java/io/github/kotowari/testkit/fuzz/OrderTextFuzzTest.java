package io.github.kotowari.testkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.order.ItemKind;
import io.github.kotowari.core.order.LineItem;
import io.github.kotowari.core.order.Seller;
import io.github.kotowari.core.payment.PaymentMethod;
import java.util.EnumSet;
import java.util.Set;

/**
 * Fuzzes the order factories that take free text: {@link LineItem#of} (line id),
 * {@link LineItem#withCategories} (category tags) and {@link Seller#marketplace} (seller id and shop name).
 * Text either comes back unchanged or is refused with {@link IllegalArgumentException} naming the field,
 * by the rule their javadoc states: not blank, no surrounding whitespace, no control or invisible
 * characters, at most 64 (ids, tags) or 200 (shop name) characters.
 *
 * <p>Seeds: {@code src/test/resources/io/github/kotowari/testkit/fuzz/OrderTextFuzzTestInputs/}.
 */
class OrderTextFuzzTest {

  private static final Set<PaymentMethod.Kind> CARD = EnumSet.of(PaymentMethod.Kind.CREDIT_CARD);

  @FuzzTest(maxDuration = "10s")
  void orderText(byte[] data) {
    check(data);
  }

  static void check(byte[] data) {
    String text = FuzzText.decode(data);

    boolean idOk = acceptable(text, 64);
    try {
      LineItem line = LineItem.of(text, 1, Yen.of(100), ItemKind.PHYSICAL);
      assertTrue(idOk, "line id accepted against the documented rule");
      assertEquals(text, line.lineId());
      assertEquals(Set.of(text), line.withCategories(text).categories());
    } catch (IllegalArgumentException e) {
      assertFalse(idOk, () -> "line id refused: " + e.getMessage());
      assertTrue(e.getMessage().startsWith("lineItem.lineId"), e.getMessage());
    }

    try {
      LineItem.of("line-1", 1, Yen.of(100), ItemKind.PHYSICAL).withCategories(text, "gift");
      assertTrue(idOk, "category accepted against the documented rule");
    } catch (IllegalArgumentException e) {
      assertFalse(idOk, () -> "category refused: " + e.getMessage());
      assertTrue(e.getMessage().startsWith("lineItem.categories"), e.getMessage());
    }

    try {
      Seller seller = Seller.marketplace("shop-1", text, CARD);
      assertTrue(acceptable(text, 200), "shop name accepted against the documented rule");
      assertEquals(text, ((Seller.Marketplace) seller).name());
    } catch (IllegalArgumentException e) {
      assertFalse(acceptable(text, 200), () -> "shop name refused: " + e.getMessage());
      assertTrue(e.getMessage().startsWith("seller.name"), e.getMessage());
    }
  }

  /**
   * The documented rule, restated: 1 to max characters, not blank, no edge whitespace, nothing
   * invisible, no unpaired surrogate (code points see a lone surrogate as one of type SURROGATE).
   */
  private static boolean acceptable(String text, int max) {
    if (text.isEmpty() || text.length() > max || text.isBlank()) {
      return false;
    }
    char first = text.charAt(0);
    char last = text.charAt(text.length() - 1);
    if (Character.isWhitespace(first) || Character.isSpaceChar(first)
        || Character.isWhitespace(last) || Character.isSpaceChar(last)) {
      return false;
    }
    return text.chars().noneMatch(c -> Character.isISOControl(c)
        || Character.getType(c) == Character.FORMAT
        || Character.getType(c) == Character.LINE_SEPARATOR
        || Character.getType(c) == Character.PARAGRAPH_SEPARATOR)
        && text.codePoints().noneMatch(cp -> Character.getType(cp) == Character.SURROGATE);
  }
}
