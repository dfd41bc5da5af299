// claimgraph: the command line. Parses arguments with CLI11, calls the libraries, prints.
// Exit status: 0 success; 1 the input or the question could not be answered; 2 usage.

#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/Commands.h"
#include "graph/Error.h"

namespace {

int runClaimgraph(int argc, char** argv) {
  CLI::App app{
      "claimgraph: turns encyclopedia articles into a claims-and-sources graph and answers "
      "provenance questions about it.",
      "claimgraph"};
  app.set_version_flag("--version", std::string("claimgraph ") + CG_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Examples:\n"
      "  claimgraph ingest corpus/ -o claims.cg\n"
      "  claimgraph who-claimed \"589 billion\"\n"
      "  claimgraph check \"NVIDIA lost about 590 billion dollars of market value on January 27, 2025\"\n"
      "  claimgraph contested --entity NVIDIA\n"
      "  claimgraph export --format dot --entity NVIDIA --depth 2 -o nvidia.dot\n"
      "Run 'claimgraph COMMAND --help' for each command's options.");
  cg::cli::Commands commands;
  commands.install(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // A first word that is no command and no option is a misspelt command: name the nearest.
    std::string first = argc > 1 ? argv[1] : "";
    bool known = !app.get_subcommands([&](const CLI::App* sub) { return sub->check_name(first); }).empty();
    if (!first.empty() && first[0] != '-' && !known) {
      std::string nearest = cg::cli::Commands::nearestCommand(app, first);
      std::cerr << "claimgraph: unknown command '" << first << "'"
                << (nearest.empty() ? "" : "; did you mean " + nearest + "?")
                << "\nRun 'claimgraph --help' for the list.\n";
      return 2;
    }
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  try {
    return commands.run();
  } catch (const cg::Error& e) {
    std::cerr << "claimgraph: " << e.what() << "\n";
    return 1;
  } catch (const std::bad_alloc&) {
    std::cerr << "claimgraph: out of memory\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "claimgraph: internal error: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace

int main(int argc, char** argv) {
  // Only here is an exception caught whole: building the command line could throw too.
  try {
    return runClaimgraph(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "claimgraph: internal error: " << e.what() << "\n";
    return 1;
  }
}
