// Reported findings and compound amounts (h-fig15): the verbs of showing and finding out in their
// that-clause sense ("discovered that", "showed that"), "et al." as a plural subject, "they" for
// the cited authors of a passage, the verb of a relative clause, a quotation that goes on after
// its speaker's tag, "a factor of N", and one amount written in two units ("6 minutes 15
// seconds"). Every paragraph is our own.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ClaimantsOfVerb.h"
#include "graph/Records.h"
#include "ingest/Extractor.h"
#include "ingest/Quantity.h"

using namespace cg;

namespace {

graph::DocumentBundle read(const std::string& body) {
  return ingest::extract(ingest::readArticle("# Harbour cranes\n\n## Studies\n\n" + body + "\n", "findings.md"));
}

std::string claimantsOfVerb(const std::string& body, const std::string& verb) {
  return test::claimantsOfVerb(read(body), verb);
}

}  // namespace

TEST_CASE("claimants: verbs of showing and finding out report only before a that-clause", "[ingest][attribution]") {
  struct Case {
    const char* paragraph;
    const char* verb;
    const char* claimants;
  };
  const Case cases[] = {
      {"Okafor et al. (2021) discovered that cranes with two operators fail less often.", "discovered", "Okafor"},
      {"Mary Okonjo showed that most dockers fear the night shift.", "showed", "Mary Okonjo"},
      {"Okafor et al. (2019) demonstrated that the cranes could lift twice the load.", "demonstrated", "Okafor"},
      // Their first senses report nothing: no that-clause, no claim with the verb.
      {"Okafor et al. (2019) demonstrated the new crane to the dockers.", "demonstrated", "none"},
      {"Mary Okonjo showed her cranes at the fair.", "showed", "none"},
      {"Okafor discovered a crack in the boom.", "discovered", "none"},
      // A thing that shows reports nothing: a theorem, a result.
      {"The Quayside theorem shows that no crane can lift its own boom.", "showed", "none"},
  };
  for (const Case& c : cases) {
    INFO(c.paragraph);
    CHECK(claimantsOfVerb(c.paragraph, c.verb) == c.claimants);
  }
}

TEST_CASE("claimants: et al. makes the cited first author a plural subject", "[ingest][attribution]") {
  // The bare form "mention" agrees with "Okafor et al.", not with "Okafor" alone.
  CHECK(claimantsOfVerb("Okafor et al. (2022) mention that crane fear is laborious to measure.", "mentioned") ==
        "Okafor");
  CHECK(claimantsOfVerb("Okafor et al. mention that crane fear is laborious to measure.", "mentioned") == "Okafor");
  // One author with a bare form is no subject of it ("Please mention that").
  CHECK(claimantsOfVerb("Okafor (2022) mention that crane fear is laborious to measure.", "mentioned") == "none");
}

TEST_CASE("claimants: they reaches back to the cited authors of the passage", "[ingest][attribution]") {
  // No person or organisation between the citation and "they": the authors found it.
  CHECK(claimantsOfVerb("Okafor et al. (2022) studied crane fear with a survey.\n\nThe study showed large effects. "
                        "To rank the causes, the authors trained a regressor. They found that noise matters most.",
                        "found") == "Okafor");
  // A name in between is the nearer antecedent: "they" is left to no one.
  CHECK(claimantsOfVerb("Okafor et al. (2022) studied crane fear with a survey.\n\nQuayside Polling ran it in May. "
                        "They found that noise matters most.",
                        "found") == "none");
  // Another section is another passage.
  CHECK(claimantsOfVerb("Okafor et al. (2022) studied crane fear.\n\n## Results\n\nThey found that noise matters most.",
                        "found") == "none");
}

TEST_CASE("claimants: a verb coordinated in a relative clause is its antecedent's", "[ingest][attribution]") {
  CHECK(claimantsOfVerb("The term was coined by Mary Okonjo (harbour historian), who surveyed the cranes and "
                        "suggested that night shifts should end.",
                        "suggested") == "Mary Okonjo");
  // A clause broken by a comma or another relative pronoun is not one relative clause.
  CHECK(claimantsOfVerb("The term was coined by Mary Okonjo, who surveyed the cranes, the dockers and the ships and "
                        "suggested that night shifts should end.",
                        "suggested") == "none");
}

TEST_CASE("quotes: a quotation that opens the sentence after its speaker's tag goes on in their words",
          "[ingest][attribution][quote]") {
  const auto bundle = read(
      "The harbour master, Ann Roe, said that \"Ultimately, the cranes are safe,\" she says. \"The bad nights will be "
      "a very small share of the total.\"");
  const std::vector<std::string> q = test::quoteLines(bundle);
  REQUIRE(q.size() == 2);
  CHECK(q[0] == "Ann Roe: Ultimately, the cranes are safe");
  CHECK(q[1] == "Ann Roe: The bad nights will be a very small share of the total");
  // A sentence between that is no tag leaves the next quotation to no one.
  const auto other = read(
      "Ann Roe said \"the cranes are safe,\" she says. The dockers met in May and voted twice. \"The bad nights will "
      "be a very small share.\"");
  const std::vector<std::string> q2 = test::quoteLines(other);
  REQUIRE(q2.size() == 2);
  CHECK(q2[1] == "-: The bad nights will be a very small share");
}

TEST_CASE("figures: a factor of N is a multiplier", "[ingest][quantity]") {
  const std::vector<ingest::Figure> f = ingest::findFigures("The upscaler enlarges images by a factor of 4.");
  REQUIRE(f.size() == 1);
  CHECK(*f[0].quantity.value == 4);
  CHECK(f[0].quantity.unit == "times");
  const std::vector<ingest::Figure> g = ingest::findFigures("It sped up by a factor of about 2.5 in tests.");
  REQUIRE(g.size() == 1);
  CHECK(*g[0].quantity.value == 2.5);
  CHECK(g[0].quantity.unit == "times");
  CHECK(g[0].quantity.approximate);
  // "factor" elsewhere names no multiplier.
  CHECK(ingest::findFigures("The risk factor of 2024 was noise.").empty());
}

TEST_CASE("figures: one amount in two units of a fixed ratio is one figure in the smaller", "[ingest][quantity]") {
  struct Case {
    const char* text;
    double value;
    const char* unit;
    const char* written;
  };
  const Case cases[] = {
      {"The average talk lasts ~6 minutes 15 seconds.", 375, "seconds", "~6 minutes 15 seconds"},
      {"The shift ran 2 hours and 30 minutes.", 150, "minutes", "2 hours and 30 minutes"},
      {"The crane operator is 6 feet 2 inches tall.", 74, "in", "6 feet 2 inches"},
      {"The survey took 2 years 3 months.", 27, "months", "2 years 3 months"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const std::vector<ingest::Figure> f = ingest::findFigures(c.text);
    REQUIRE(f.size() == 1);
    CHECK(*f[0].quantity.value == c.value);
    CHECK(f[0].quantity.unit == c.unit);
    CHECK(f[0].quantity.text == c.written);
  }
  // Not joined: a list with a comma, a smaller part of a whole unit or more, the wrong order.
  CHECK(ingest::findFigures("Shifts of 2 hours, 30 minutes and 45 minutes ran.").size() == 3);
  CHECK(ingest::findFigures("It took 2 hours 90 minutes in all.").size() == 2);
  CHECK(ingest::findFigures("It took 30 minutes 2 hours later.").size() == 2);
}
