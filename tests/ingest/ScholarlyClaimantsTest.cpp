// Claimants in the citing grammar of scholarship (ingest/Attributions.cpp, h-aiwiki8): a study
// made "by" someone that finds, authors cited with their year, "they" after such a citation, and
// the reporting verbs "mention", "conclude", "identify". Each paragraph is our own.
#include <catch2/catch.hpp>

#include <string>

#include "ClaimantsOfVerb.h"
#include "graph/Records.h"
#include "ingest/Extractor.h"
#include "ingest/Speakers.h"

using namespace cg;

namespace {

// The claimants of the first claim whose verb is `verb` in a paragraph of our own.
std::string claimantsOfVerb(const std::string& paragraph, const std::string& verb) {
  return test::claimantsOfVerb(
      ingest::extract(ingest::readArticle("# Harbour fear\n\n## Body\n\n" + paragraph + "\n", "scholarly.md")), verb);
}

}  // namespace

TEST_CASE("claimants: a study's makers speak through it, cited authors through their verbs", "[ingest][attribution]") {
  struct Case {
    const char* paragraph;
    const char* verb;
    const char* claimants;
  };
  const Case cases[] = {
      // The study is the verb's subject; its makers, joined by "and", speak.
      {"A survey conducted by Quayside Polling and Harbour Trust during March, 2023, found that 64 percent of "
       "dockers feared the cranes.",
       "found", "Quayside Polling,Harbour Trust"},
      // A study whose "by" stands in a clause of its own is not the verb's subject.
      {"Mary Okonjo, who read the survey by Quayside Polling, found that 12 cranes were idle.", "found", "Mary Okonjo"},
      // Reporting verbs of scholarship, with the authors and their year before them.
      {"As Renner and Okafor (2017) mention, \"Only cranes with operators can be expected to follow rules.\"",
       "mentioned", "Renner,Okafor"},
      {"The dockers met Renner in May. Renner & Okafor (2020) identified eight fears that may add to the whole.",
       "identified", "Renner,Okafor"},
      // "mentioned" with no report after it is no speech.
      {"Renner mentioned the cranes in passing.", "mentioned", "none"},
  };
  for (const Case& c : cases) {
    INFO(c.paragraph);
    CHECK(claimantsOfVerb(c.paragraph, c.verb) == c.claimants);
  }
}

TEST_CASE("claimants: they after a sentence that opens with cited authors is those authors", "[ingest][attribution]") {
  const std::string paragraph =
      "According to Okafor et al. (2019), cranes are loud. Okafor et al. (2020) studied the link between noise and "
      "fear. They concluded that \"crane fear runs through a spectrum of causes.\"";
  CHECK(claimantsOfVerb(paragraph, "concluded") == "Okafor");
  // A sentence before that opens otherwise leaves "they" to no one.
  CHECK(claimantsOfVerb("Okafor spoke to the dockers. The dockers studied the cranes. They concluded that \"cranes "
                        "are safe enough.\"",
                        "concluded") == "none");
}

TEST_CASE("the shapes of a study's makers and of cited authors", "[ingest][speakers]") {
  using ingest::citedAuthorsEnd;
  using ingest::studyMakerBefore;
  const std::string text = "A poll carried out by Quayside Polling found";
  REQUIRE(studyMakerBefore(text, 0, text.find(" found")));
  CHECK(*studyMakerBefore(text, 0, text.find(" found")) == text.find("Quayside"));
  CHECK_FALSE(studyMakerBefore("The report said", 0, 10));
  CHECK(citedAuthorsEnd("Okafor et al. (2020) studied noise.") == 6u);
  CHECK(citedAuthorsEnd("Renner and Okafor (2017) argue") == 17u);
  CHECK_FALSE(citedAuthorsEnd("Okafor studied noise in 2020."));
}

TEST_CASE("a study's maker is found after 'by' and any white space of RE2's, in either case", "[ingest][speakers]") {
  using ingest::studyMakerBefore;
  const std::string tab = "A SURVEY BY\tQuayside Polling found", line = "A survey by\nQuayside Polling found";
  REQUIRE(studyMakerBefore(tab, 0, tab.find(" found")));
  CHECK(*studyMakerBefore(tab, 0, tab.find(" found")) == tab.find("Quayside"));
  REQUIRE(studyMakerBefore(line, 0, line.find(" found")));
  CHECK(*studyMakerBefore(line, 0, line.find(" found")) == line.find("Quayside"));
  CHECK_FALSE(studyMakerBefore("A survey byQuayside found", 0, 20));
  CHECK_FALSE(studyMakerBefore("A survey by", 0, 11));  // the blank after "by" lies past the text
}
