// Speakers of quotes and attributed statements (issue #12): the forms real articles use, each
// on sentences written for these tests, with the exact speaker and words asserted.
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "TestSupport.h"
#include "reason/Reason.h"

using namespace cg;
using graph::ClaimId;
using graph::ClaimKind;

namespace {

// An article with one section holding `body` and a reference list of one entry by `publisher`.
graph::ClaimGraph article(const std::string& body, const std::string& publisher = "Example Wire") {
  std::string text = "# Test article\n\n> Source: https://aiwiki.ai/wiki/test_article\n\n## Body\n\n" + body +
                     "\n\n## References\n\n1. " + publisher +
                     ", \"A story,\" March 3, 2024. https://wire.example/story\n";
  return reason::buildGraphFromText(text, "test.md");
}

std::string claimantsOf(const graph::ClaimGraph& g, ClaimId c) {
  std::string out;
  for (graph::EntityId e : g.claimClaimants(c))
    out += (out.empty() ? "" : ", ") + std::string(g.str(g.entities()[e].name));
  return out;
}

// Every quote claim as (words, claimants).
std::vector<std::pair<std::string, std::string>> quotes(const graph::ClaimGraph& g) {
  std::vector<std::pair<std::string, std::string>> out;
  for (ClaimId c : g.claims().ids())
    if (g.claims()[c].kind == ClaimKind::kQuote) out.emplace_back(g.str(g.claims()[c].quote), claimantsOf(g, c));
  return out;
}

// Every attributed statement as (verb, claimants).
std::vector<std::pair<std::string, std::string>> statements(const graph::ClaimGraph& g) {
  std::vector<std::pair<std::string, std::string>> out;
  for (ClaimId c : g.claims().ids())
    if (g.claims()[c].kind == ClaimKind::kStatement) out.emplace_back(g.str(g.claims()[c].verb), claimantsOf(g, c));
  return out;
}

using Pairs = std::vector<std::pair<std::string, std::string>>;

// The claimants of every figure claim, in order.
std::vector<std::string> figureClaimants(const graph::ClaimGraph& g) {
  std::vector<std::string> out;
  for (ClaimId c : g.claims().ids())
    if (g.claims()[c].kind == ClaimKind::kFigure) out.push_back(claimantsOf(g, c));
  return out;
}

}  // namespace

TEST_CASE("a quoted word after a verb of saying is its speaker's, a quoted name or scare quote is none",
          "[ingest][quotes][speakers]") {
  CHECK(quotes(article("Priya Raman called the launch plan \"reckless\" in an interview.[1]")) ==
        Pairs{{"reckless", "Priya Raman"}});
  CHECK(quotes(article("Halvard Labs reported that the board \"shines\" for small models.[1]")) ==
        Pairs{{"shines", "Halvard Labs"}});
  CHECK(quotes(article("Halvard Labs announced the \"Pro\" plan in May.[1]")).empty());
  CHECK(quotes(article("Priya Raman announced plans for \"TruthGPT,\" a chatbot.[1]")).empty());
  CHECK(quotes(article("Halvard Labs believes that coding is \"AGI-complete\" in the end.[1]")) ==
        Pairs{{"AGI-complete", "Halvard Labs"}});
  CHECK(quotes(article("The \"efficient\" approach spread quickly.[1]")).empty());
  // A word named in a later clause is not what the verb said.
  CHECK(quotes(article("Priya Raman started writing code, as most scripts begin with \"import\" lines.[1]")).empty());
}

TEST_CASE("verbs of defining, believing and highlighting give a quote its speaker", "[ingest][quotes][speakers]") {
  // The paper's title, closed by a comma before the name, is no one's words.
  CHECK(quotes(article("In his paper \"On the Measure of Intelligence,\" Chollet defined intelligence as "
                       "\"skill-acquisition efficiency\".[1]")) == Pairs{{"skill-acquisition efficiency", "Chollet"}});
  CHECK(quotes(article("The Ministry of Data highlights a \u201Cregulatory vacuum,\u201D urging oversight.[1]")) ==
        Pairs{{"regulatory vacuum", "Ministry of Data"}});
}

TEST_CASE("an organisation's people speak for it", "[ingest][quotes][speakers]") {
  CHECK(quotes(article("Halvard Ventures partners noted that the deal represents \"a clear step forward for the "
                       "field\".[1]")) == Pairs{{"a clear step forward for the field", "Halvard Ventures"}});
}

TEST_CASE("a possessor before a described quote is its speaker", "[ingest][quotes][speakers]") {
  CHECK(quotes(article("Tessera Labs builds agents. In July it introduced Orbit, described as the company's \"first "
                       "step toward autonomy\".[1]")) == Pairs{{"first step toward autonomy", "Tessera Labs"}});
}

TEST_CASE("a list item's label speaks its verb, a lead-in's speaker speaks for its items",
          "[ingest][quotes][speakers]") {
  CHECK(quotes(article("Reception:\n\n- **Nadia Okafor** (Kestrel Health): Described the test as \"unmatched\" in "
                       "scope[1]\n- **Practical Focus**: Emphasizes real research problems")) ==
        Pairs{{"unmatched", "Nadia Okafor"}});
  // An imperative item speaks for no one.
  CHECK(statements(article("Tessera Labs describes the steps:\n\n- Describe the font style of the text[1]")) ==
        Pairs{{"described", "Tessera Labs"}});
  CHECK(quotes(article("Tessera Labs emphasizes two principles:\n\n1. Openness of its models\n2. Product focus, "
                       "believing that \"research cannot live alone\"[1]")) ==
        Pairs{{"research cannot live alone", "Tessera Labs"}});
}

TEST_CASE("a sentence led by an anaphor is what its later 'it' refers to", "[ingest][quotes][speakers]") {
  CHECK(quotes(article("Tessera Labs was founded in 2024. The company is based in Oslo, with offices in Bergen, and is "
                       "building what it describes as \"open frontier agents\".[1]")) ==
        Pairs{{"open frontier agents", "Tessera Labs"}});
}

TEST_CASE("an organisation that qualifies its people is not what 'the company' refers to",
          "[ingest][quotes][speakers]") {
  CHECK(quotes(article("Tessera Labs is a software company. Founded in 2024 by former Halvard Labs researchers Nadia "
                       "Okafor and Priya Raman, the company left stealth in 2025. The company is building what it "
                       "describes as \"open frontier agents\".[1]")) ==
        Pairs{{"open frontier agents", "Tessera Labs"}});
}

TEST_CASE("a quote no one is named for is the cited publisher's when the sentence names it",
          "[ingest][quotes][speakers]") {
  CHECK(quotes(article("Developed by the Kestrel Institute, the test covers tasks that are \"simple for people, hard "
                       "for machines\".[1]",
                       "Kestrel Institute")) == Pairs{{"simple for people, hard for machines", "Kestrel Institute"}});
}

TEST_CASE("a verb of belief attributes only where it reports something", "[ingest][attribution][speakers]") {
  CHECK(statements(article("Federated search has found applications in many fields.[1]")).empty());
  CHECK(statements(article("Halvard Labs defines a framework for agents.[1]")).empty());
  CHECK(statements(article("Halvard Labs found that most agents fail.[1]")) == Pairs{{"found", "Halvard Labs"}});
  CHECK(statements(article("Halvard Labs recommends using the small model.[1]")) ==
        Pairs{{"recommended", "Halvard Labs"}});
  // With no one named, "found" takes no figure from "according to".
  CHECK(figureClaimants(article("Some chips were shipped and found missing parts in 0.5% of cards, according to "
                                "Halvard Labs.[1]")) == std::vector<std::string>{"Halvard Labs"});
}

TEST_CASE("'the organization', 'the founders' and 'itself' speak for the company named before",
          "[ingest][attribution][speakers]") {
  CHECK(statements(article("Tessera Labs builds agents. The founders believe that agents will write most "
                           "code.[1]")) == Pairs{{"believed", "Tessera Labs"}});
  CHECK(statements(article("Tessera Labs describes itself as a hub for open agents.[1]")) ==
        Pairs{{"described", "Tessera Labs"}});
  CHECK(figureClaimants(article("Tessera Labs builds agents. The organization reported training costs of $880,000 for "
                                "its models.[1]")) == std::vector<std::string>{"Tessera Labs"});
}

TEST_CASE("a self-description is the words of the sentence's subject", "[ingest][quotes][speakers]") {
  CHECK(quotes(article("Tessera Labs is a software company, self-described as the \"home of open agents.\"[1]")) ==
        Pairs{{"home of open agents", "Tessera Labs"}});
}

TEST_CASE("a person before 'of' and an outlet speaks, not the outlet", "[ingest][quotes][speakers]") {
  CHECK(quotes(article("Nadia Okafor of Halvard Labs described the book as \"fascinating to read\" in 1972.[1]")) ==
        Pairs{{"fascinating to read", "Nadia Okafor"}});
}

TEST_CASE("an author-year, an acronym or a person's aside stands between a speaker and the verb",
          "[ingest][attribution][speakers]") {
  CHECK(figureClaimants(article("Nadia Okafor (1896) records three stone crosses at Bodmin.[1]")) ==
        std::vector<std::string>{"Nadia Okafor"});
  CHECK(statements(article("The Kestrel Standards Institute (KSI) published guidance on agents.[1]")) ==
        Pairs{{"published", "Kestrel Standards Institute"}});
  // After a product the aside is a date and the verb what the product did.
  CHECK(statements(article("Orbit 3 (May 2025) added audio generation to its videos.[1]")).empty());
}

TEST_CASE("'the research company' is the company of the paragraph", "[ingest][attribution][speakers]") {
  CHECK(figureClaimants(article("Tessera Labs ran a contest in 2024. The research company wrote in its blog that "
                                "4,448 evaluations were run.[1]")) == std::vector<std::string>{"Tessera Labs"});
}

TEST_CASE("an outlet cited with 'according to' is not what 'the company' in its words refers to",
          "[ingest][attribution][speakers]") {
  CHECK(figureClaimants(article(
            "Tessera Labs sells agents. According to Halvard Wire, the offering is new. The company "
            "claims that the service will reach 100,000 users.[1]")) == std::vector<std::string>{"Tessera Labs"});
}

TEST_CASE("'he' after 'according to' is the person the clause is about", "[ingest][quotes][speakers]") {
  CHECK(quotes(article("According to Priya Raman, chief executive Nadia Okafor held a meeting after which he told "
                       "her: \"After tomorrow, nothing will be the same again.\"[1]")) ==
        Pairs{{"After tomorrow, nothing will be the same again", "Nadia Okafor"}});
}

TEST_CASE("a list item's figure is said by whoever speaks in its lead-in", "[ingest][attribution][speakers]") {
  CHECK(figureClaimants(article("At launch, Tessera Labs stated that the chip delivers:\n\n- Up to 40% more "
                                "throughput than its predecessor[1]")) == std::vector<std::string>{"Tessera Labs"});
  // "maintains" keeps: no one speaks.
  CHECK(figureClaimants(article("Tessera Labs maintains several offices:\n\n- Oslo, with 40% of its staff[1]")) ==
        std::vector<std::string>{""});
}

TEST_CASE("a figure in a later sentence of a quotation is its speaker's", "[ingest][attribution][speakers]") {
  CHECK(
      figureClaimants(article("Tessera Labs wrote that its \"systems ran many evaluations. The contestants saw a test "
                              "set of 5 levels that we created.\"[1]")) == std::vector<std::string>{"Tessera Labs"});
}

TEST_CASE("a census speaks through the public body that publishes it", "[ingest][attribution][speakers]") {
  CHECK(figureClaimants(article("The [2010 census](/wiki/2010_census) reported that Dollar Cove had a population of "
                                "1,215.[1]",
                                "Kestrel Census Bureau")) == std::vector<std::string>{"Kestrel Census Bureau"});
}

TEST_CASE("a site named after the body that runs it speaks for the body", "[ingest][quotes][speakers]") {
  CHECK(quotes(article("The [Government of Kestrel](/wiki/government_of_kestrel) Digital Archive website describes "
                       "Okafor as \"a radical in the best sense of that term\".[1]")) ==
        Pairs{{"a radical in the best sense of that term", "Government of Kestrel"}});
}

TEST_CASE("a first-person quotation with no speaker in a biography is its subject's", "[ingest][quotes][speakers]") {
  std::string text =
      "# Nadia Okafor\n\n> Source: https://aiwiki.ai/wiki/nadia_okafor\n\n## Life\n\nChief executive Nadia Okafor "
      "studied law. Nadia Okafor enrolled at the Kestrel School of Law.\n\n\"This was the era when I decided that I "
      "wanted to "
      "be a lawyer.\"[1]\n\n## References\n\n1. Example Wire, \"A story,\" March 3, 2024. https://wire.example/story\n";
  CHECK(quotes(reason::buildGraphFromText(text, "nadia_okafor.md")) ==
        Pairs{{"This was the era when I decided that I wanted to be a lawyer", "Nadia Okafor"}});
  // In an article about no person, no one (the long quote is kept, with no speaker).
  CHECK(quotes(article("\"This was the era when I decided that I wanted to be a lawyer.\"[1]")) ==
        Pairs{{"This was the era when I decided that I wanted to be a lawyer", ""}});
}

TEST_CASE("verbs with a sense that is no speech attribute only before 'that', a quotation or a number",
          "[ingest][attribution][speakers]") {
  // Adding a feature, calling an API, maintaining a repository, creative writing: no one speaks.
  for (const char* body :
       {"Tessera Labs shipped Kestrel 2, adding INT8 support.", "Developers call the Kestrel API from Python.",
        "Tessera Labs maintains 36 repositories.", "Kestrel handles creative writing with ease."})
    CHECK(statements(article(body)).empty());
  // Reporting something: a participle before a number, a past form before "that".
  CHECK(figureClaimants(article("Growth continued, with the Tessera Institute forecasting a 23% job shift by "
                                "2027.")) == std::vector<std::string>{"Tessera Institute"});
  CHECK(statements(article("Nadia Okafor added that the chip would ship in May.")) == Pairs{{"added", "Nadia Okafor"}});
}
