package io.github.kotowari.docs.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code kotowari konbini}: questions about paying an order at a convenience store. Each question is a
 * subcommand; add a new one to the {@code subcommands} list below, one class per line.
 */
@Command(name = "konbini", mixinStandardHelpOptions = true,
    description = "Konbini (convenience-store) payment: stores and how to pay at each.",
    subcommands = {
        KonbiniStoresCommand.class,
        KonbiniCheckCommand.class,
        KonbiniSplitCommand.class,
        KonbiniDeadlineCommand.class,
    })
final class KonbiniCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
