package io.github.kotowari.docs.cli;

import io.github.kotowari.core.Language;
import io.github.kotowari.konbini.store.KonbiniStore;
import io.github.kotowari.konbini.store.PaymentNumberKind;
import io.github.kotowari.konbini.store.StoreProcedure;
import io.github.kotowari.konbini.store.StoreProcedures;
import io.github.kotowari.konbini.store.Tender;
import io.github.kotowari.konbini.store.TenderPolicy;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kotowari konbini stores}: where and how to pay at each store, with the numbers to bring and
 * the tenders accepted. Exit code 1 when the asked store is not offered under the scheme.
 */
@Command(name = "stores", mixinStandardHelpOptions = true,
    description = "List the stores where an order can be paid, with where to pay, the steps, the numbers "
        + "to bring and the tenders accepted.")
final class KonbiniStoresCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--lang", defaultValue = "en", paramLabel = "ja|en",
      description = "Language of the answer (default: ${DEFAULT-VALUE}).")
  String lang = "en";

  @Option(names = "--store", paramLabel = "NAME",
      description = "Only this store, e.g. seven-eleven, familymart, lawson, ministop, seicomart, daily-yamazaki.")
  @Nullable String store;

  @Option(names = "--scheme", defaultValue = "amazon-japan", paramLabel = "amazon-japan|payment-gateway",
      description = "Whose procedure: the Amazon Japan guide's, or public payment gateways' (default: ${DEFAULT-VALUE}).")
  String scheme = "amazon-japan";

  @Option(names = "--tenders", defaultValue = "per-store", paramLabel = "per-store|cash-only-at-terminals",
      description = "How to read the guide's contradiction on tenders at terminals (default: ${DEFAULT-VALUE}).")
  String tenders = "per-store";

  @Override
  public Integer call() {
    Language language = switch (lang) {
      case "ja" -> Language.JAPANESE;
      case "en" -> Language.ENGLISH;
      default -> throw bad("--lang must be ja or en");
    };
    StoreProcedures catalogue = switch (scheme) {
      case "amazon-japan" -> StoreProcedures.amazonJapan();
      case "payment-gateway" -> StoreProcedures.paymentGateways();
      default -> throw bad("--scheme must be amazon-japan or payment-gateway");
    };
    TenderPolicy policy = switch (tenders) {
      case "per-store" -> TenderPolicy.PER_STORE;
      case "cash-only-at-terminals" -> TenderPolicy.CASH_ONLY_AT_TERMINALS;
      default -> throw bad("--tenders must be per-store or cash-only-at-terminals");
    };
    List<KonbiniStore> stores;
    if (store == null) {
      stores = List.of(KonbiniStore.values());
    } else {
      String name = store;
      stores = List.of(KonbiniStore.lookup(name).orElseThrow(() -> bad("unknown store"
          + (name.length() <= 40 ? " '" + name + "'" : "")
          + "; known: seven-eleven, familymart, lawson, ministop, seicomart, daily-yamazaki")));
    }
    String text = render(catalogue, stores, policy, language);
    spec.commandLine().getOut().print(text);
    boolean offered = stores.stream().anyMatch(s -> catalogue.get(s).isPresent());
    return offered ? 0 : 1;
  }

  private CommandLine.ParameterException bad(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  /** Renders the answer; package-private so the tests can compare it with the API. */
  static String render(StoreProcedures catalogue, List<KonbiniStore> stores, TenderPolicy policy,
      Language language) {
    Locale locale = language.locale();
    boolean ja = language == Language.JAPANESE;
    StringBuilder out = new StringBuilder();
    for (KonbiniStore store : stores) {
      StoreProcedure procedure = catalogue.get(store).orElse(null);
      if (out.length() > 0) {
        out.append('\n');
      }
      if (procedure == null) {
        out.append(store.display(locale)).append(ja ? ": この方式では利用できません\n" : ": not offered under this scheme\n");
        continue;
      }
      out.append(store.display(locale))
          .append(ja ? "（" + procedure.scheme().display(locale) + "）" : " (" + procedure.scheme().display(locale) + ")")
          .append('\n');
      out.append(ja ? "  支払う場所: " : "  Pay at: ").append(procedure.place().display(locale)).append('\n');
      out.append(ja ? "  必要な番号: " : "  Bring: ").append(procedure.identifiers().stream()
          .map(kind -> describe(kind, ja, locale)).collect(Collectors.joining(ja ? "、" : ", "))).append('\n');
      out.append(ja ? "  番号の代わりにバーコード: " : "  Barcode instead of the number: ")
          .append(procedure.barcodeAccepted() ? (ja ? "可" : "yes") : (ja ? "不可" : "no")).append('\n');
      out.append(ja ? "  支払い手段: " : "  Tenders: ").append(procedure.tenders(policy).stream()
          .map((Tender t) -> t.display(locale)).collect(Collectors.joining(ja ? "、" : ", "))).append('\n');
      out.append(ja ? "  手順:\n" : "  Steps:\n");
      List<String> steps = procedure.steps(locale);
      for (int i = 0; i < steps.size(); i++) {
        out.append("    ").append(i + 1).append(". ").append(steps.get(i)).append('\n');
      }
    }
    return out.toString();
  }

  private static String describe(PaymentNumberKind kind, boolean ja, Locale locale) {
    return ja ? kind.display(locale) + "（" + kind.format(locale) + "）"
        : kind.display(locale) + " (" + kind.format(locale) + ")";
  }
}
