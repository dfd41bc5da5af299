// The name index of the word index: the claims holding every word of an entity's name, stored,
// so that who-claimed of a name does not merge two lists that grow with the corpus. Its answers
// must be exactly the intersection of the words' own lists, built and loaded alike.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <string>
#include <vector>

#include "graph/ClaimGraph.h"
#include "graph/Error.h"
#include "graph/Fold.h"
#include "graph/Snapshot.h"
#include "graph/WordIndex.h"

using namespace cg::graph;

namespace {

// Nadia Huang, and Nadia Huang Labs (her name is a prefix of its name); three claims that name
// them in different spellings, one that names neither in full.
ClaimGraph namesGraph() {
  DocumentBundle b;
  b.document.slug = "names";
  b.document.title = "names";
  b.sections.push_back({"Overview", 2, kNone, 3});
  b.entities.push_back({"nadia_huang", "Nadia Huang", EntityType::kPerson, {"Chen Labs"}, 1, false});
  b.entities.push_back({"nadia_huang_labs", "Nadia Huang Labs", EntityType::kOrganization, {}, 1, false});
  b.entities.push_back({"huang", "Huang", EntityType::kPerson, {}, 1, false});
  const char* texts[] = {
      "NADIA HUANG said the model was ready.",        // 0: upper case
      "Huang, not Nadia, spoke first.",               // 1: both words, other order
      "Nadia Huang Labs raised 20 million dollars.",  // 2: the longer name
      "Nadia Huang's lab hired 40 people.",           // 3: possessive
      "Nadia Chen met Tom Huang.",                    // 4: both words, two people
      "Nadia spoke.",                                 // 5: one word only
  };
  std::uint32_t line = 5;
  for (const char* text : texts) {
    ClaimRecord c;
    c.section = 0;
    c.line = line++;
    c.text = text;
    b.claims.push_back(c);
  }
  ClaimGraph g;
  g.add(b);
  g.freeze();
  return g;
}

std::vector<ClaimId> ids(std::span<const ClaimId> s) { return {s.begin(), s.end()}; }
std::vector<ClaimId> ids(std::initializer_list<std::uint32_t> values) {
  std::vector<ClaimId> out;
  for (auto v : values) out.push_back(ClaimId(v));
  return out;
}

// The claims holding every word, from the word lists (what the name index must equal).
std::vector<ClaimId> intersection(const ClaimGraph& g, const std::vector<std::string>& words) {
  std::vector<ClaimId> common = ids(g.claimsWithWord(words.front()));
  for (const std::string& w : words) {
    std::vector<ClaimId> next;
    auto list = g.claimsWithWord(w);
    std::set_intersection(common.begin(), common.end(), list.begin(), list.end(), std::back_inserter(next));
    common = next;
  }
  return common;
}

}  // namespace

TEST_CASE("a name's key is its distinct folded words, sorted, and one word has none", "[graph][names]") {
  CHECK(nameKey(foldTokens("Nadia Huang")) == "huang nadia");
  CHECK(nameKey(foldTokens("HUANG nadia")) == "huang nadia");
  CHECK(nameKey(foldTokens("Nadia Huang's")) == "huang nadia");
  CHECK(nameKey(foldTokens("Nadia Huang Labs")) == "huang labs nadia");
  CHECK(nameKey(foldTokens("Huang")).empty());
  CHECK(nameKey(foldTokens("Huang Huang")).empty());
}

TEST_CASE("a name's key from its tokens as views is its key from its tokens as strings", "[graph][names]") {
  std::string folded;
  std::vector<std::string_view> views;
  for (std::string_view name : {"Nadia Huang", "HUANG nadia", "Nadia Huang's", "Nadia Huang Labs", "Huang",
                                "Huang Huang", "", "\u00C9cole Polytechnique F\u00E9d\u00E9rale", "GPT-4 GPT 4"}) {
    INFO(name);
    foldTokenViews(name, folded, views);
    CHECK(nameKey(views) == nameKey(foldTokens(name)));
  }
  foldTokenViews("Nadia Huang Labs", folded, views);
  CHECK(nameKey(views) == "huang labs nadia");
  foldTokenViews("Huang Huang", folded, views);
  CHECK(nameKey(views).empty());
}

TEST_CASE("the claims of a name's words are exactly those holding all of them, in any spelling", "[graph][names]") {
  const ClaimGraph built = namesGraph();
  const ClaimGraph loaded = decodeSnapshot(encodeSnapshot(built), "names.cg");
  for (const ClaimGraph* g : {&built, &loaded}) {
    const std::vector<std::string> words[] = {foldTokens("Nadia Huang"), foldTokens("NADIA HUANG"),
                                              foldTokens("Nadia Huang's"), foldTokens("huang nadia nadia")};
    for (const auto& w : words) {
      INFO(nameKey(w));
      auto found = g->claimsWithNameWords(w);
      REQUIRE(found);
      CHECK(ids(*found) == ids({0, 1, 2, 3, 4}));
      CHECK(ids(*found) == intersection(*g, w));
    }
  }
}

TEST_CASE("a name that begins another name keeps its own claims, and the longer its own", "[graph][names]") {
  const ClaimGraph loaded = decodeSnapshot(encodeSnapshot(namesGraph()), "names.cg");
  auto longer = loaded.claimsWithNameWords(foldTokens("Nadia Huang Labs"));
  REQUIRE(longer);
  CHECK(ids(*longer) == ids({2}));
  auto shorter = loaded.claimsWithNameWords(foldTokens("Nadia Huang"));
  REQUIRE(shorter);
  CHECK(ids(*shorter) == ids({0, 1, 2, 3, 4}));
  // An alias is a name too (its words are in claims 2 and 4, never together); words that are no
  // entity's name, and one word, have no stored list.
  auto alias = loaded.claimsWithNameWords(foldTokens("Chen Labs"));
  REQUIRE(alias);
  CHECK(alias->empty());
  CHECK_FALSE(loaded.claimsWithNameWords(foldTokens("Huang Labs")));
  CHECK_FALSE(loaded.claimsWithNameWords(foldTokens("Nadia Chen")));
  CHECK_FALSE(loaded.claimsWithNameWords(foldTokens("Huang")));
  CHECK_FALSE(loaded.claimsWithNameWords(std::vector<std::string>{}));
}

TEST_CASE("a snapshot of format 7, from before the name index, is refused by name", "[graph][names][snapshot]") {
  std::string bytes = encodeSnapshot(namesGraph());
  const std::uint32_t seven = 7;
  std::memcpy(bytes.data() + 8, &seven, 4);
  CHECK_THROWS_WITH(decodeSnapshot(bytes, "before-names.cg"),
                    "before-names.cg: snapshot format version 7 is not supported (this build reads 11); ingest the "
                    "articles again");
}
