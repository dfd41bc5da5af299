// Rates the figure reader writes as "/" does: counted things per a period ("tokens/year",
// "requests/month"), counted things per a unit word ("flops/byte"), a price per a numbered thing
// ("$2 per 1M tokens" is USD/million tokens), and a price in a table cell whose column header (or
// row label) says what it is per ("Input (per 1M tokens)"), with the row's model as subject; and
// a link target holding parentheses, which no longer leaks into the sentence. Fixtures written for
// these tests (no article text of ../shared).
#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "graph/ClaimGraph.h"
#include "ingest/Ingest.h"
#include "ingest/Quantity.h"

using namespace cg;
using graph::ClaimId;
using graph::ClaimKind;

namespace {

// Each figure of an article as "value unit | subject" (an empty subject when it has none).
std::vector<std::string> figures(const std::string& title, const std::string& body) {
  const std::string text = "---\ntitle: \"" + title + "\"\nslug: \"test\"\n---\n" + body + "\n";
  const graph::ClaimGraph g = ingest::ingestText(text, "rates.md");
  std::vector<std::string> out;
  for (ClaimId c : g.claims().ids()) {
    const graph::Claim& claim = g.claims()[c];
    if (claim.kind != ClaimKind::kFigure) continue;
    std::ostringstream row;
    row << claim.value << " " << g.str(claim.unit) << " | ";
    if (claim.subject.isValid()) row << g.str(g.entities()[claim.subject].name);
    out.push_back(row.str());
  }
  return out;
}

// The value and unit of the only figure of `text`.
std::pair<double, std::string> only(const std::string& text) {
  INFO("text: " << text);
  const std::vector<ingest::Figure> figs = ingest::findFigures(text);
  REQUIRE(figs.size() == 1);
  return {figs[0].quantity.value.value_or(-1), figs[0].quantity.unit};
}

}  // namespace

TEST_CASE("counted things per a period are a rate in that period", "[ingest][quantity]") {
  CHECK(only("The gateway handled 40 billion tokens per year.") == std::pair<double, std::string>{4e10, "tokens/year"});
  CHECK(only("It served 3 million requests a month.") == std::pair<double, std::string>{3e6, "requests/month"});
  CHECK(only("The mill ground 20 thousand sacks annually.") == std::pair<double, std::string>{2e4, "sacks/year"});
  CHECK(only("The hub logs 500 errors daily.") == std::pair<double, std::string>{500, "errors/day"});
  CHECK(only("The API allows 60 calls/minute.") == std::pair<double, std::string>{60, "calls/minute"});
  CHECK(only("Its first 2 million free requests per week cost nothing.") ==
        std::pair<double, std::string>{2e6, "requests/week"});
  // Per a thing that is no period, or per a second, as before.
  CHECK(only("Dialogues average 3 turns per dialogue.") == std::pair<double, std::string>{3, "count"});
  CHECK(only("The card emits 90 frames per second.") == std::pair<double, std::string>{90, "frames/s"});
  // "a year later" is no rate: "a" there does not follow a counted noun with a period.
  CHECK(only("She wrote 12 novels, a year apart.").second == "count");
}

TEST_CASE("counted things per a unit that has no symbol are written with the unit's word", "[ingest][quantity]") {
  CHECK(only("The kernel reaches 180 FLOPs per byte.") == std::pair<double, std::string>{180, "flops/byte"});
  CHECK(only("The colony held 174 ants per square kilometre.") == std::pair<double, std::string>{174, "ants/km2"});
}

TEST_CASE("a price per a numbered thing is per the scale's word or the number", "[ingest][quantity]") {
  CHECK(only("Input costs $2 per 1M tokens.") == std::pair<double, std::string>{2, "USD/million tokens"});
  CHECK(only("Input costs $0.5/1K tokens.") == std::pair<double, std::string>{0.5, "USD/thousand tokens"});
  CHECK(only("Search costs $4 per 1,000 queries.") == std::pair<double, std::string>{4, "USD/1000 queries"});
  CHECK(only("Output costs $9 per 10 million words.") == std::pair<double, std::string>{9, "USD/10000000 words"});
  CHECK(only("Extra traces cost $5 per 10K traces.") == std::pair<double, std::string>{5, "USD/10000 traces"});
}

TEST_CASE("a table header says what the prices in its column are per", "[ingest][quantity]") {
  CHECK(ingest::columnRate("Input (per 1M tokens)") == "million tokens");
  CHECK(ingest::columnRate("Input / Output (per M tokens)") == "million tokens");
  CHECK(ingest::columnRate("Cost ($/hour)") == "hour");
  CHECK(ingest::columnRate("Price per Second") == "second");
  CHECK(ingest::columnRate("Price (USD/1K tokens)") == "thousand tokens");
  CHECK(ingest::columnRate("Price per 1,000 images") == "1000 images");
  CHECK(ingest::columnRate("Input / Output").empty());
  CHECK(ingest::columnRate("Price ($)").empty());
  CHECK(ingest::columnRate("Percentage").empty());
}

TEST_CASE("a price cell under a rate header is a rate of the row's model", "[ingest][quantity]") {
  const std::string body =
      "# Zentra\n\nZentra is a model gateway.\n\n"
      "| Model | Input (per 1M tokens) | Output (per 1M tokens) |\n| --- | --- | --- |\n"
      "| [Quill 3](/wiki/quill_3) | $0.40 | $1.60 |\n| [Brisk Mini](/wiki/brisk_mini) | $0.05 | $0.20 |\n";
  CHECK(figures("Zentra", body) ==
        std::vector<std::string>{"0.4 USD/million tokens | Quill 3", "1.6 USD/million tokens | Quill 3",
                                 "0.05 USD/million tokens | Brisk Mini", "0.2 USD/million tokens | Brisk Mini"});
  // One header over two prices split by "/": both are rates.
  const std::string split =
      "# Zentra\n\nZentra is a model gateway.\n\n"
      "| Model | Input / Output (per 1M tokens) |\n| --- | --- |\n| [Quill 3](/wiki/quill_3) | $0.40 / $1.60 |\n";
  CHECK(figures("Zentra", split) ==
        std::vector<std::string>{"0.4 USD/million tokens | Quill 3", "1.6 USD/million tokens | Quill 3"});
  // A header that states no rate leaves a price a price.
  const std::string plain =
      "# Zentra\n\nZentra is a model gateway.\n\n"
      "| Model | Price |\n| --- | --- |\n| [Quill 3](/wiki/quill_3) | $40 |\n";
  CHECK(figures("Zentra", plain) == std::vector<std::string>{"40 USD | Quill 3"});
}

TEST_CASE("a link target with parentheses ends at the parenthesis that balances them", "[ingest][reader]") {
  const std::string body =
      "# Zentra\n\nZentra routed 7 trillion [tokens](/index.php?title=Token_(unit)&action=edit) yearly.\n";
  CHECK(figures("Zentra", body) == std::vector<std::string>{"7e+12 tokens/year | Zentra"});
}

TEST_CASE("a row label states the unit of bare cells where the columns are the things compared", "[ingest][quantity]") {
  const std::string body =
      "# Zentra\n\nZentra makes chips.\n\n"
      "| Specification | [Zen 1](/wiki/zen_1) | [Zen 2](/wiki/zen_2) |\n| --- | --- | --- |\n"
      "| Memory (GB) | 40 | 96 |\n| Power (W) | 350 | 600 |\n| Cores | 64 | 128 |\n";
  // "Cores" states no unit: its bare numbers stay no figures, as before.
  CHECK(figures("Zentra", body) ==
        std::vector<std::string>{"4e+10 bytes | Zen 1", "9.6e+10 bytes | Zen 2", "350 W | Zen 1", "600 W | Zen 2"});
}
