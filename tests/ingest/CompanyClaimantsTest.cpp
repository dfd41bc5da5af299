// Claimants of figures and speakers of quotations in the forms the thirteenth session's held-out
// misses showed (issue #12, #14): "according to company statements" (the company stating its own
// figures, also over the list its lead-in introduces), the head of an agent phrase of two names
// ("as determined by the Space Agency Vela satellite"), a company named "X AI", an acronym the
// page spells out (a term, no organisation that could speak), and a quotation that is the
// complement of "as" after a person's verb. Each case is text of our own with the exact result.
#include <catch2/catch.hpp>

#include <cctype>
#include <string>
#include <vector>

#include "graph/Records.h"
#include "ingest/Extractor.h"
#include "ingest/WikitextReader.h"

using namespace cg;

namespace {

std::string names(const graph::DocumentBundle& bundle, const std::vector<int>& entities) {
  std::string out;
  for (int e : entities) out += (out.empty() ? "" : ",") + bundle.entities[static_cast<std::size_t>(e)].name;
  return out.empty() ? "none" : out;
}

// "surface text | claimants" for every figure claim, in order.
std::vector<std::string> figureClaimants(const graph::DocumentBundle& bundle) {
  std::vector<std::string> out;
  for (const graph::ClaimRecord& c : bundle.claims)
    if (c.kind == graph::ClaimKind::kFigure && c.quantity)
      out.push_back(c.quantity->text + " | " + names(bundle, c.claimants));
  return out;
}

// "speakers | words" for every quote claim, in order.
std::vector<std::string> quotes(const graph::DocumentBundle& bundle) {
  std::vector<std::string> out;
  for (const graph::ClaimRecord& c : bundle.claims)
    if (c.kind == graph::ClaimKind::kQuote) out.push_back(names(bundle, c.claimants) + " | " + c.quote);
  return out;
}

// A page whose file is named after its title, as the wiki's are ("brindle_robotics.md").
graph::DocumentBundle markdown(const std::string& title, const std::string& body) {
  std::string file;
  for (char c : title) file += c == ' ' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ingest::extract(ingest::readArticle("# " + title + "\n\n" + body + "\n", file + ".md"));
}

std::string entityType(const graph::DocumentBundle& bundle, const std::string& name) {
  for (const graph::EntityRecord& e : bundle.entities)
    if (e.name == name) return std::string(graph::toString(e.type));
  return "absent";
}

}  // namespace

TEST_CASE("company claimants: 'according to company statements' is the company's own word", "[ingest][attribution]") {
  const std::string intro = "Brindle Robotics is a warehouse robotics company founded in 2018.\n\n## Business\n\n";
  // In a sentence, and over the items of a list that a lead-in so attributed introduces.
  CHECK(figureClaimants(markdown("Brindle Robotics",
                                 intro + "According to company figures, Brindle Robotics shipped 4,000 robots "
                                         "in 2024.")) == std::vector<std::string>{"4,000 robots | Brindle Robotics"});
  CHECK(figureClaimants(markdown("Brindle Robotics", intro + "According to company statements, Brindle Robotics's "
                                                             "model rests on:\n\n"
                                                             "- 6% fee on every robot-hour as its main revenue\n\n"
                                                             "- Projected $30 billion warehouse automation market in "
                                                             "2027\n")) ==
        std::vector<std::string>{"6% | Brindle Robotics", "$30 billion | Brindle Robotics"});
  // A company noun before a name describes the one named, who speaks; without the
  // attribution, the figure is no one's.
  CHECK(figureClaimants(markdown("Brindle Robotics",
                                 intro + "According to company founder Ilse Marten, Brindle Robotics shipped 4,000 "
                                         "robots in 2024.")) == std::vector<std::string>{"4,000 robots | Ilse Marten"});
  CHECK(figureClaimants(markdown("Brindle Robotics", intro + "Brindle Robotics shipped 4,000 robots in 2024.")) ==
        std::vector<std::string>{"4,000 robots | none"});
}

TEST_CASE("company claimants: of two names one space apart in an agent phrase the later is its head",
          "[ingest][attribution][wiki]") {
  const graph::DocumentBundle bundle = ingest::extract(ingest::readWikitext(
      "'''Kestrel''' is a star in the constellation [[Lyra]].\n\n== Distance ==\n"
      "The star is bright because it is near; as determined by the [[Orbital Survey Agency]] [[Vela Observatory]] "
      "astrometry satellite, it lies at a distance of {{convert|14.2|ly|pc}}.\n",
      "Kestrel.wiki", {"Kestrel", "", ""}));
  REQUIRE(!figureClaimants(bundle).empty());
  CHECK(figureClaimants(bundle).front() == "14.2 light-years | Vela Observatory");
}

TEST_CASE("company claimants: a company named 'X AI' keeps the word and speaks", "[ingest][attribution]") {
  const graph::DocumentBundle bundle =
      markdown("Zento",
               "Zento is a chatbot.\n\n## Safety\n\n"
               "- **Attacks**: Quarda AI found three out of four attack methods worked against Zento.\n\n"
               "Later, Quarda AI said that 40 percent of chatbots failed the test.\n");
  CHECK(figureClaimants(bundle) ==
        std::vector<std::string>{"three out of four attack methods | Quarda AI", "40 percent | Quarda AI"});
  // An English word before "AI" is a common noun phrase's ("Generative AI"), no company's name.
  CHECK(entityType(markdown("Zento", "Zento is a chatbot. Generative AI is popular, Zento said.\n"), "Generative AI") ==
        "absent");
}

TEST_CASE("company claimants: an acronym spelled out in lower-case words is a term, not a speaker",
          "[ingest][attribution]") {
  const graph::DocumentBundle bundle = markdown(
      "Tallow Labs",
      "Tallow Labs is a startup that combines reinforcement learning (RL) with large language models "
      "(LLMs).\n\n"
      "The founders believe that these are \"the two pillars of a useful assistant,\" with RL giving skill.\n");
  CHECK(entityType(bundle, "RL") == "other");
  CHECK(quotes(bundle) == std::vector<std::string>{"Tallow Labs | the two pillars of a useful assistant"});
  // An acronym after a name in capitals is that organisation's, which speaks.
  CHECK(figureClaimants(markdown("Tallow Labs",
                                 "Tallow Labs hired staff from the Harbour Robotics Board (HRB) in "
                                 "2021.\n\nLater the HRB said that 40 percent of robots failed.")) ==
        std::vector<std::string>{"40 percent | Harbour Robotics Board"});
}

TEST_CASE("company claimants: a quotation after a person's verb and 'as' is the person's", "[ingest][quote]") {
  const std::string intro = "Tallow Labs is a robotics startup.\n\n## History\n\n";
  CHECK(quotes(markdown("Tallow Labs", intro + "CEO Dana Whitfield introduced the product as an \"open robotics "
                                               "platform\" for warehouses.")) ==
        std::vector<std::string>{"Dana Whitfield | open robotics platform"});
  // A passive ("is known as") or a thing for the subject gives the words to no one: scare quotes.
  CHECK(quotes(markdown("Tallow Labs", intro + "The product is known as an \"open robotics platform\" in the "
                                               "trade."))
            .empty());
  CHECK(quotes(markdown("Tallow Labs", intro + "Tallow Labs launched the product as an \"open robotics platform\" "
                                               "for warehouses."))
            .empty());
}

TEST_CASE("company claimants: an initial and its period stay inside a person's name", "[ingest][attribution][wiki]") {
  const graph::DocumentBundle bundle = ingest::extract(ingest::readWikitext(
      "'''Harbour Athletic''' is a football club in [[Dunmore]].\n\n== History ==\n"
      "According to Mara T. Quell, \"This conference, planned in the famous harbour speech of 1965, was to be the "
      "high point of the club's efforts.\"<ref>{{cite web|url=http://x.example/a|title=A}}</ref>\n\n"
      "Another view came from Dana R. Pike, who said that 300 members left.\n",
      "Harbour-Athletic.wiki", {"Harbour Athletic", "", ""}));
  CHECK(quotes(bundle) == std::vector<std::string>{
                              "Mara T. Quell | This conference, planned in the famous harbour speech of 1965, was to "
                              "be the high point of the club's efforts"});
  CHECK(figureClaimants(bundle) == std::vector<std::string>{"300 members | Dana R. Pike"});
  // After an English word the period ends a sentence: "War I" and "Germany" are two names.
  const graph::DocumentBundle war = ingest::extract(
      ingest::readWikitext("'''Harbour Athletic''' is a football club in [[Dunmore]].\n\n== History ==\n"
                           "The club stopped playing in World War I. Germany was far away.\n",
                           "Harbour-Athletic.wiki", {"Harbour Athletic", "", ""}));
  CHECK(entityType(war, "World War I. Germany") == "absent");
}
