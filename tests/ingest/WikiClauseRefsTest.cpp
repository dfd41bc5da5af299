// A ref placed inside a sentence backs the text before it (Wikipedia's text-source integrity:
// a citation follows the material it supports, back to the previous citation), so of a sentence
// cited mid-way and at its end, a figure before the inner ref takes that ref and a figure after
// it the closing one. Pages of our own.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "ingest/Extractor.h"
#include "ingest/WikitextReader.h"

using namespace cg::ingest;

namespace {

// A page's figure claims as "value unit | source urls", in text order.
std::vector<std::string> figuresWithSources(const std::string& page) {
  const cg::graph::DocumentBundle b = extract(readWikitext(page, "Band.wiki", {"Band", "", "", ""}));
  std::vector<std::string> out;
  for (const cg::graph::ClaimRecord& c : b.claims) {
    if (!c.quantity || !c.quantity->value) continue;
    std::string row = std::to_string(static_cast<long long>(*c.quantity->value)) + " " + c.quantity->unit + " |";
    for (int s : c.sources) row += " " + b.sources[static_cast<std::size_t>(s)].url;
    out.push_back(row);
  }
  return out;
}

const std::string kLead = "'''Band''' is a pop duo from Malmo.\n\n";

std::string ref(const std::string& id) {
  return "<ref>{{cite web|url=http://charts.example/" + id + "|title=Chart " + id + "|publisher=Charts}}</ref>";
}

}  // namespace

TEST_CASE("a figure before a ref inside its sentence takes that ref, one after it the closing ref",
          "[ingest][wiki][sources]") {
  const std::string page = kLead + "Their single reached the top ten in Norway," + ref("a") +
                           " making them the first duo to sell 40,000 copies there." + ref("b") + "\n";
  CHECK(figuresWithSources(page) ==
        std::vector<std::string>{"10 count | http://charts.example/a", "40000 count | http://charts.example/b"});
}

TEST_CASE("a group of refs inside a sentence backs the figure before it together", "[ingest][wiki][sources]") {
  const std::string page = kLead + "The hall seats 1,200 people" + ref("a") + ref("b") +
                           " and the duo played there 14 times." + ref("c") + "\n";
  CHECK(figuresWithSources(page) ==
        std::vector<std::string>{"1200 count | http://charts.example/a http://charts.example/b",
                                 "14 count | http://charts.example/c"});
}

TEST_CASE("a sentence cited only at its end, or only inside, keeps its refs for every figure",
          "[ingest][wiki][sources]") {
  const std::string closing =
      kLead + "The hall seats 1,200 people and the duo played there 14 times." + ref("a") + ref("b") + "\n";
  CHECK(figuresWithSources(closing) ==
        std::vector<std::string>{"1200 count | http://charts.example/a http://charts.example/b",
                                 "14 count | http://charts.example/a http://charts.example/b"});
  // Cited inside only: the closing text has no ref of its own, so it keeps the sentence's.
  const std::string inner = kLead + "The hall seats 1,200 people," + ref("a") + " and the duo played there 14 times.\n";
  CHECK(figuresWithSources(inner) ==
        std::vector<std::string>{"1200 count | http://charts.example/a", "14 count | http://charts.example/a"});
}

TEST_CASE("a figure whose words a ref splits takes the ref inside it and the one that closes it",
          "[ingest][wiki][sources]") {
  const std::string page = kLead + "Its fan club counts from 5,000" + ref("a") + " to 9,000 members." + ref("b") + "\n";
  CHECK(figuresWithSources(page) ==
        std::vector<std::string>{"7000 count | http://charts.example/a http://charts.example/b"});
}
