// cg_score GOLD GRAPH.json [--min-X F ...]: the project's scorer with score.py's command
// line, stdout and exit codes (0, 1 when a bar is not reached or an input is unusable,
// 2 for usage), so scripts/scorer-parity.sh can diff the two. Built in tests/, not installed.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "GoldScore.h"
#include "graph/Error.h"

namespace {

constexpr const char* kUsage =
    "usage: cg_score GOLD.json GRAPH.json [--min-figures F] [--min-sourced F]\n"
    "                [--min-subjects F] [--min-claimants F] [--min-quotes F] [--min-contested F]\n"
    "                [--min-entities F] [--min-sources F]\n\n"
    "Scores a claimgraph JSON export against a gold file as ../shared/tools/score.py does, with\n"
    "the same output. Exits 1 when a --min-* ratio (0..1) is not reached.\n";

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw cg::Error(path, 0, "cannot open the file");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// float(s) as Python reads a --min-* value.
double ratio(const std::string& s) {
  char* end = nullptr;
  double d = std::strtod(s.c_str(), &end);
  if (s.empty() || end != s.c_str() + s.size()) throw cg::Error("not a number: " + s);
  return d;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cout << kUsage << "\n";
    return 2;
  }
  try {
    // In score.py's order: both files are read before the arguments after them.
    auto gold = cg::test::parseJson(readFile(argv[1]), argv[1]);
    auto graph = cg::test::parseJson(readFile(argv[2]), argv[2]);
    cg::test::Bars bars;
    for (int i = 3; i < argc; i += 2) {
      std::string arg = argv[i];
      if (arg.rfind("--min-", 0) != 0 || i + 1 >= argc) {
        std::cout << "unknown argument: " << arg << "\n";
        return 2;
      }
      bars[arg.substr(6)] = ratio(argv[i + 1]);
    }
    auto score = cg::test::scoreGold(gold, graph);
    std::cout << score.report(bars);
    return score.belowBars(bars).empty() ? 0 : 1;
  } catch (const std::exception& e) {
    std::cerr << "cg_score: " << e.what() << "\n";
    return 1;
  }
}
