// Who speaks in the forms the fourteenth session's attribution misses had (issue #12): a list
// under a lead-in where someone speaks, a reduced passive relative ("results claimed by X"), a
// typed dash attribution line after a quotation, a person "of" a publication and its noun,
// "Research, including W by X, shows", "X et al." and "the authors", a that-less clause before a
// modal; and what must stay no one's ("a higher AUC indicates that", "He was signed by Hearts").
// Each case is Markdown of our own with the exact claimants and words it must give.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "graph/Records.h"
#include "ingest/Article.h"
#include "ingest/Extractor.h"
#include "ingest/Speakers.h"

using namespace cg;

namespace {

graph::DocumentBundle article(const std::string& body) {
  return ingest::extract(ingest::readArticle(
      "# Zorblax\n\nZorblax is a product of Quillon Labs.\n\n## Reception\n\n" + body + "\n", "zorblax.md"));
}

// "kind | claimants | quote or text" for every claim that names a claimant.
std::vector<std::string> attributed(const graph::DocumentBundle& bundle) {
  std::vector<std::string> out;
  for (const graph::ClaimRecord& c : bundle.claims) {
    if (c.claimants.empty()) continue;
    std::string who;
    for (int e : c.claimants) who += (who.empty() ? "" : ",") + bundle.entities[static_cast<std::size_t>(e)].name;
    const char* kind = c.kind == graph::ClaimKind::kQuote       ? "quote"
                       : c.kind == graph::ClaimKind::kStatement ? "statement"
                                                                : "figure";
    out.push_back(std::string(kind) + " | " + who + " | " + (c.quote.empty() ? c.text : c.quote));
  }
  return out;
}

}  // namespace

TEST_CASE("lead-in speakers: a list under a lead-in where someone speaks is theirs", "[ingest][attribution]") {
  CHECK(attributed(article("Quillon Labs strongly recommends:\n\n- Running only in sandboxes\n- Keeping comprehensive "
                           "backups\n")) ==
        std::vector<std::string>{"statement | Quillon Labs | Quillon Labs strongly recommends:",
                                 "statement | Quillon Labs | Running only in sandboxes",
                                 "statement | Quillon Labs | Keeping comprehensive backups"});
  // A list under a lead-in that reports nothing ("offers") is no one's words.
  CHECK(attributed(article("Quillon Labs offers several plans:\n\n- A free plan\n- A team plan\n")).empty());
}

TEST_CASE("lead-in speakers: a reduced passive relative names who claims the figures", "[ingest][attribution]") {
  const auto got =
      attributed(article("The benchmark results claimed by Quillon Labs showed three levels:\n\n"
                         "- Level 1: 81.5%\n- Level 2: 62.5%\n"));
  CHECK(got == std::vector<std::string>{
                   "figure | Quillon Labs | The benchmark results claimed by Quillon Labs showed three levels:",
                   "figure | Quillon Labs | Level 1: 81.5%", "figure | Quillon Labs | Level 2: 62.5%"});
  // A capitalised word before the participle is a subject in the active: no reduced relative.
  CHECK(attributed(article("Quillon Labs revised its forecast.")).empty());
}

TEST_CASE("lead-in speakers: a typed dash after a quotation names its speaker", "[ingest][quote]") {
  CHECK(attributed(article("\"It gives me the courage to try new things.\" - [Mara Velt](https://example.org/post)")) ==
        std::vector<std::string>{"quote | Mara Velt | It gives me the courage to try new things"});
  CHECK(attributed(article("\"It gives me the courage to try new things.\" -- Mara Velt")) ==
        std::vector<std::string>{"quote | Mara Velt | It gives me the courage to try new things"});
  // A hyphen with no space before it joins words; it names no one.
  CHECK(ingest::dashAttributionAfter("\"a b c\"-Mara Velt", 6) == std::nullopt);
  CHECK(ingest::dashAttributionAfter("\"a b c\" - Mara Velt", 6) == std::optional<std::size_t>{10});
}

TEST_CASE("lead-in speakers: a person of a publication and its noun speaks", "[ingest][quote]") {
  CHECK(attributed(article("While some observers like Ada Brill of The Daily Widget newsletter described Zorblax as "
                           "\"the second big moment,\" others disagreed.")) ==
        std::vector<std::string>{"quote | Ada Brill | the second big moment"});
}

TEST_CASE("lead-in speakers: the makers of works a study includes speak through it", "[ingest][attribution]") {
  CHECK(attributed(article("Research, including \"Hidden Triggers That Survive Tuning\" by Quillon Labs and "
                           "\"BadWidget\" by Ada Brill, suggests that such triggers persist.")) ==
        std::vector<std::string>{"statement | Quillon Labs,Ada Brill | Research, including \"Hidden Triggers That "
                                 "Survive Tuning\" by Quillon Labs and \"BadWidget\" by Ada Brill, suggests that "
                                 "such triggers persist."});
}

TEST_CASE("lead-in speakers: 'et al.' names an author, whom 'the authors' refers to", "[ingest][quote]") {
  const auto got = attributed(
      article("Brannock et al. (2019) describes that \"A widget maps a query and a set of pairs to an output.\"\n\n"
              "According to the research paper authors, \"The widget allows for much more parallel work.\""));
  CHECK(got == std::vector<std::string>{"quote | Brannock | A widget maps a query and a set of pairs to an output",
                                        "quote | Brannock | The widget allows for much more parallel work"});
}

TEST_CASE("lead-in speakers: what reports nothing stays no one's", "[ingest][attribution]") {
  // "indicate": WordNet's first sense has a thing for subject; its saying sense is a later one.
  CHECK(attributed(article("A higher Zorblax Score indicates that the classifier has improved.")).empty());
  // "sign": only a that-clause selects a later sense of saying; "signed by" is signing.
  CHECK(attributed(article("Ada Brill was signed by Quillon Labs in 2019.")).empty());
  // A later sense of saying before "that", with a person or an organisation for subject.
  CHECK(attributed(article("Quillon Labs suggested that the model was ready.")) ==
        std::vector<std::string>{"statement | Quillon Labs | Quillon Labs suggested that the model was ready."});
}

TEST_CASE("lead-in speakers: a reduced relative speaks only for a proposition", "[ingest][attribution]") {
  // A verb whose object is a proposition and a noun of what is said: the agent speaks.
  CHECK(attributed(article("A fear confirmed by Quillon Labs delayed the launch.")) ==
        std::vector<std::string>{"statement | Quillon Labs | A fear confirmed by Quillon Labs delayed the launch."});
  // A verb whose object is a thing (no that-clause in WordNet): who made or gave it, not who says.
  CHECK(attributed(article("Zorblax began as a satire published by Quillon Labs in 1987.")).empty());
  CHECK(attributed(article("The reference cited by Ada Brill is a lithographed report.")).empty());
  CHECK(attributed(article("Members recite one of three prayers revealed by Ada Brill.")).empty());
  // A reporting verb, but after a thing: "specified" names who chose the part.
  CHECK(attributed(article("The gondola carried an autocannon specified by Ada Brill, with 150 rounds.")).empty());
}

TEST_CASE("lead-in speakers: a list of acts, objects or a product's traits is no one's words",
          "[ingest][attribution]") {
  // A lead-in that ends in a verb and its preposition lists what completes it: acts, rivals. The
  // lead-in itself keeps its speaker; its items have none.
  CHECK(attributed(article("After the criticism, Quillon Labs responded by:\n\n- Releasing unedited videos\n"
                           "- Publishing behind-the-scenes footage\n")) ==
        std::vector<std::string>{"statement | Quillon Labs | After the criticism, Quillon Labs responded by:"});
  // A verb's object that is an act or a thing ("lawsuits"), not something said.
  CHECK(attributed(article("Ada Brill has filed six lawsuits against Quillon Labs:\n\n- A breach of contract suit\n"
                           "- An antitrust suit\n")) == std::vector<std::string>{});
  // A noun's preposition ("such as:") keeps the lead-in's speaker.
  CHECK(attributed(article("According to Quillon Labs, new features have been added such as:\n\n- Faster search\n")) ==
        std::vector<std::string>{
            "statement | Quillon Labs | According to Quillon Labs, new features have been added such as:",
            "statement | Quillon Labs | Faster search"});
}

TEST_CASE("lead-in speakers: a product named by the page's title does not speak its list", "[ingest][attribution]") {
  const auto bundle = ingest::extract(ingest::readArticle(
      "# Quillon Zorblax\n\nQuillon Zorblax is a news assistant of Quillon Labs. Zorblax partnered with Ada Brill's "
      "company.\n\n"
      "## Limitations\n\nZorblax has acknowledged limitations:\n\n- Only English\n- Only on phones\n",
      "quillon_zorblax.md"));
  // The lead-in sentence keeps its subject (as before the list rule); the items have no speaker.
  CHECK(attributed(bundle) == std::vector<std::string>{"statement | Zorblax | Zorblax has acknowledged limitations:"});
}

TEST_CASE("lead-in speakers: a name that starts lower-case is no common noun before a participle",
          "[ingest][attribution]") {
  // "qLabs responded by filing": a word with a capital inside is a name, the verb's subject in the
  // active, not a noun a reduced relative follows.
  CHECK(attributed(article("After the suit, qLabs responded by filing a complaint of its own.")) ==
        std::vector<std::string>{
            "statement | qLabs | After the suit, qLabs responded by filing a complaint of its own."});
}
