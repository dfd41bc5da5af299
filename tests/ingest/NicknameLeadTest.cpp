// A Wikipedia lead that opens with a name carrying a nickname in quotes ('''Jonas "Red"
// Albrecht'''): the page's topic is the name without the nickname, and the nickname alone and
// before the surname are its aliases. A page of our own.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "ingest/Entities.h"
#include "ingest/WikitextReader.h"

using namespace cg::ingest;

namespace {

std::string topicName(const std::string& page, const std::string& title) {
  const Article a = readWikitext(page, "p.wiki", {title, "", ""});
  const ArticleEntities e = findEntities(a);
  return e.topic == cg::graph::kNone ? "" : e.entities[static_cast<std::size_t>(e.topic)].name;
}

}  // namespace

TEST_CASE("a lead name with a quoted nickname names the page's topic without it", "[ingest][wiki]") {
  const std::string straight =
      "'''Jonas \"Red\" Albrecht''' (born 1960) is a former footballer.\n\nAlbrecht played four games.\n"
      "[[Category:1960 births]]\n";
  CHECK(topicName(straight, "Jonas Albrecht") == "Jonas Albrecht");
  const std::string curly =
      "'''Jonas \u201CRed\u201D Albrecht''' (born 1960) is a former footballer.\n\nAlbrecht played four games.\n"
      "[[Category:1960 births]]\n";
  const Article a = readWikitext(curly, "p.wiki", {"Jonas Albrecht", "", ""});
  const ArticleEntities e = findEntities(a);
  REQUIRE(e.topic != cg::graph::kNone);
  const auto& topic = e.entities[static_cast<std::size_t>(e.topic)];
  CHECK(topic.name == "Jonas Albrecht");
  CHECK(e.find("Red") == e.topic);
  CHECK(e.find("Red Albrecht") == e.topic);
}

TEST_CASE("a quoted word in a lead whose name is not the title's names no topic by it", "[ingest][wiki]") {
  const std::string page = "'''The \"Blue\" Line''' is a railway.\n";
  CHECK(topicName(page, "Harbour railway").empty());
}
