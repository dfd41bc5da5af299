// Names written where no sentence is read (Markdown): a heading written as a name, a list item's
// bold label written as one, and the wiki links of a "See also" list. Generic headings and labels
// of common words name nothing. An article of our own.
#include <string>

#include <catch2/catch.hpp>

#include "ingest/Article.h"
#include "ingest/Entities.h"

using namespace cg::ingest;

namespace {

const std::string kPage =
    "# Widget Agents\n\n"
    "Widget Agents is a framework for building agents.\n\n"
    "## Overview\n\nThe framework runs tasks.\n\n"
    "## Key Features\n\n"
    "- **Task Routing**: sends each task to one agent.\n"
    "- **Memory Store**: keeps what agents learned.\n\n"
    "## Alternatives\n\n"
    "- **Flowbrook**: a scheduler for prompts.\n"
    "- **Zentra Forge X20**\n"
    "- **Step 2**: deploy the agents.\n"
    "- **March 2024**: the first release.\n"
    "- **Routability**: how well routability holds under load.\n\n"
    "### BrightLoop\n\nA rival toolkit with similar aims.\n\n"
    "## History\n\nThe project began in a garage.\n\n"
    "## WARNING\n\nKeep keys secret.\n\n"
    "## See also\n\n"
    "- [QuillBench](/wiki/quillbench)\n"
    "- [agent frameworks](/wiki/agent_frameworks)\n";

}  // namespace

TEST_CASE("headings, bold labels and See also links written as names are entities", "[ingest][entities]") {
  const Article a = readArticle(kPage, "widget_agents.md");
  REQUIRE(a.seeAlso.size() == 2);
  const ArticleEntities e = findEntities(a);
  auto named = [&](const std::string& name) {
    const int id = e.find(name);
    return id != cg::graph::kNone && e.entities[static_cast<std::size_t>(id)].name == name;
  };
  CHECK(named("Flowbrook"));         // a bold label the word list has not
  CHECK(named("Zentra Forge X20"));  // a bold label closing with letters and digits
  CHECK(named("BrightLoop"));        // a heading with internal capitals
  CHECK(named("QuillBench"));        // a See also link
  const int quill = e.find("QuillBench");
  REQUIRE(quill != cg::graph::kNone);
  CHECK(e.entities[static_cast<std::size_t>(quill)].key == "quillbench");
  // The bold label is a mention at the start of its item.
  bool labelMention = false;
  for (std::size_t b = 0; b < a.blocks.size(); ++b)
    for (const Mention& m : e.mentions[b])
      if (m.entity == e.find("Flowbrook") && m.begin == 0 && m.end == 9) labelMention = true;
  CHECK(labelMention);
}

TEST_CASE("generic headings and labels of common words name nothing", "[ingest][entities]") {
  const Article a = readArticle(kPage, "widget_agents.md");
  const ArticleEntities e = findEntities(a);
  for (const char* generic : {"Overview", "Key Features", "Alternatives", "History", "WARNING", "See also", "Step 2",
                              "March 2024", "Routability", "agent frameworks"}) {
    INFO(generic);
    CHECK(e.find(generic) == cg::graph::kNone);
  }
}

// (A straight quote alone after a name, "Quarlis' rate", is not read as the name's here.)
TEST_CASE("a name is read without its possessive ending, straight or curly", "[ingest][entities]") {
  const Article a = readArticle(
      "# Chip Makers\n\n"
      "Zentrix's chip ran fast. Vornel\u2019s board ran slow. Quarlis' rate rose. Dravens\u2019 rate fell.\n",
      "chip_makers.md");
  const ArticleEntities e = findEntities(a);
  auto mentioned = [&](const std::string& name, std::size_t begin, std::size_t end) {
    const int id = e.find(name);
    if (id == cg::graph::kNone || e.entities[static_cast<std::size_t>(id)].name != name) return false;
    for (const Mention& m : e.mentions[0])
      if (m.entity == id && m.begin == begin && m.end == end && m.possessor) return true;
    return false;
  };
  const std::string_view text = a.blocks[0].text;
  CHECK(mentioned("Zentrix", text.find("Zentrix"), text.find("Zentrix") + 7));
  CHECK(mentioned("Vornel", text.find("Vornel"), text.find("Vornel") + 6));
  CHECK(mentioned("Dravens", text.find("Dravens"), text.find("Dravens") + 7));
}
