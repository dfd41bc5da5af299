// Entities named by the forms of wikitext and of English (issue #12): a link's target is its
// identity, italic titles of works, "X of Y" and "Prize in" names, modifiers of institutions,
// hyphenated roles, and lower-case links to concepts that name nothing. Pages of our own.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "ingest/Entities.h"
#include "ingest/WikitextReader.h"

using namespace cg::ingest;
using cg::graph::EntityType;

namespace {

ArticleEntities entitiesOf(const std::string& page, const std::string& title = "Harbour Town") {
  return findEntities(readWikitext(page, "p.wiki", {title, "", ""}));
}

const cg::graph::EntityRecord* named(const ArticleEntities& e, const std::string& name) {
  const int id = e.find(name);
  return id == cg::graph::kNone ? nullptr : &e.entities[static_cast<std::size_t>(id)];
}

bool hasName(const ArticleEntities& e, const std::string& name) {
  for (const auto& entity : e.entities)
    if (entity.name == name) return true;
  return false;
}

}  // namespace

TEST_CASE("a wikitext link's entity goes by its target, the words shown an alias", "[ingest][wiki]") {
  const ArticleEntities e = entitiesOf(
      "Harbour Town is a port. Its choir won a [[Velmar Prize|Velmar choral prize]] and sang in "
      "[[Norvany|Norvanian]] churches.\n");
  const auto* prize = named(e, "Velmar Prize");
  REQUIRE(prize != nullptr);
  CHECK(prize->name == "Velmar Prize");
  CHECK(prize->aliases == std::vector<std::string>{"Velmar choral prize"});
  const auto* country = named(e, "Norvany");
  REQUIRE(country != nullptr);
  CHECK(country->name == "Norvany");
  CHECK(country->type == EntityType::kPlace);
  CHECK(country->aliases == std::vector<std::string>{"Norvanian"});
  CHECK(e.find("Norvanian") == e.find("Norvany"));
}

TEST_CASE("a place title qualified after a comma goes by its first part, a place", "[ingest][wiki]") {
  const ArticleEntities e = entitiesOf(
      "The ferry sails to [[Dunmorrow, Kestershire]] and to [[Ellwick, Kestershire|Ellwick]]. It was "
      "built by [[Arlo Penhale, Jr.]].\n");
  const auto* dunmorrow = named(e, "Dunmorrow");
  REQUIRE(dunmorrow != nullptr);
  CHECK(dunmorrow->name == "Dunmorrow");
  CHECK(dunmorrow->type == EntityType::kPlace);
  CHECK(dunmorrow->aliases == std::vector<std::string>{"Dunmorrow, Kestershire"});
  const auto* ellwick = named(e, "Ellwick");
  REQUIRE(ellwick != nullptr);
  CHECK(ellwick->name == "Ellwick");
  CHECK(ellwick->type == EntityType::kPlace);
  // "Jr." is no region: the name is the whole title.
  CHECK(hasName(e, "Arlo Penhale, Jr."));
  CHECK_FALSE(hasName(e, "Arlo Penhale"));
}

TEST_CASE("a title with a colon is a link shown in the text, not another language's page", "[ingest][wiki]") {
  const ArticleEntities e =
      entitiesOf("The port appears in ''[[Tidewater: A Harbour Chronicle]]'', a series. [[de:Hafenstadt]]\n");
  const auto* series = named(e, "Tidewater: A Harbour Chronicle");
  REQUIRE(series != nullptr);
  CHECK(series->name == "Tidewater: A Harbour Chronicle");
  CHECK_FALSE(hasName(e, "Hafenstadt"));
}

TEST_CASE("an italic title in title case names a work, stress and foreign terms do not", "[ingest][wiki]") {
  const ArticleEntities e = entitiesOf(
      "Orvel Danning wrote ''The Keeper of the Nine Lamps'' in 1902 and ''Salt Roads: Notes from the Quay'' "
      "later. The nets were ''not'' sold, and the mussels are ''Mytilus edulis''.\n");
  const auto* keeper = named(e, "The Keeper of the Nine Lamps");
  REQUIRE(keeper != nullptr);
  CHECK(keeper->type == EntityType::kProduct);
  CHECK_FALSE(hasName(e, "Nine Lamps"));
  const auto* roads = named(e, "Salt Roads: Notes from the Quay");
  REQUIRE(roads != nullptr);
  CHECK(roads->aliases == std::vector<std::string>{"Salt Roads"});
  CHECK_FALSE(hasName(e, "Mytilus edulis"));
  CHECK_FALSE(hasName(e, "not"));
}

TEST_CASE("X of Y and a prize in a field are one name mid-sentence, a person of a firm is two", "[ingest][wiki]") {
  const ArticleEntities e = entitiesOf(
      "The port hosted the Siege of Carrow Point and later the Velmar Prize in Navigation, where Thomas Quill "
      "of Brightwater spoke.\n");
  const auto* siege = named(e, "Siege of Carrow Point");
  REQUIRE(siege != nullptr);
  const auto* prize = named(e, "Velmar Prize in Navigation");
  REQUIRE(prize != nullptr);
  CHECK(prize->type == EntityType::kEvent);
  CHECK(hasName(e, "Thomas Quill"));
  CHECK(hasName(e, "Brightwater"));
  CHECK_FALSE(hasName(e, "Thomas Quill of Brightwater"));
}

TEST_CASE("a modifier opens an institution's or event's name, two firms joined by and stay two", "[ingest][wiki]") {
  const ArticleEntities e = entitiesOf(
      "Samples went to the Northern Kelp Survey and to the Western Harbour Association. Pumps came from "
      "Dredgeco and Pellmarsh Technologies.\n");
  const auto* survey = named(e, "Northern Kelp Survey");
  REQUIRE(survey != nullptr);
  CHECK(survey->type == EntityType::kEvent);
  const auto* association = named(e, "Western Harbour Association");
  REQUIRE(association != nullptr);
  CHECK(association->type == EntityType::kOrganization);
  CHECK(hasName(e, "Dredgeco"));
  CHECK(hasName(e, "Pellmarsh Technologies"));
  CHECK_FALSE(hasName(e, "Dredgeco and Pellmarsh Technologies"));
}

TEST_CASE("a hyphenated role is split off the name after it", "[ingest][wiki]") {
  const ArticleEntities e = entitiesOf("The port's Director-General Mirela Vostrova opened the quay.\n");
  const auto* person = named(e, "Mirela Vostrova");
  REQUIRE(person != nullptr);
  CHECK(person->name == "Mirela Vostrova");
  CHECK_FALSE(hasName(e, "Director-General Mirela Vostrova"));
}

TEST_CASE("a lower-case link of common words names a concept, no entity", "[ingest][wiki]") {
  const ArticleEntities e =
      entitiesOf("The port trades [[timber]] and [[salted fish]] with the [[Quellan Company|Quellans]].\n");
  CHECK_FALSE(hasName(e, "timber"));
  CHECK_FALSE(hasName(e, "salted fish"));
  const auto* company = named(e, "Quellan Company");
  REQUIRE(company != nullptr);
  CHECK(company->aliases == std::vector<std::string>{"Quellans"});
}

TEST_CASE("a title's qualifier and a page's categories give the kind of thing it names", "[ingest][wiki]") {
  const std::string page =
      "'''Lamps at Dusk''' is a poem by Orvel Danning. It answers his novel ''[[Marrow Bay (novel)|Marrow "
      "Bay]]'' and was read at [[Ashby (village)|Ashby]].\n[[Category:1902 poems]]\n";
  const ArticleEntities e = entitiesOf(page, "Lamps at Dusk");
  REQUIRE(e.topic != cg::graph::kNone);
  CHECK(e.entities[static_cast<std::size_t>(e.topic)].name == "Lamps at Dusk");
  CHECK(e.entities[static_cast<std::size_t>(e.topic)].type == EntityType::kProduct);
  const auto* novel = named(e, "Marrow Bay");
  REQUIRE(novel != nullptr);
  CHECK(novel->type == EntityType::kProduct);
  const auto* village = named(e, "Ashby");
  REQUIRE(village != nullptr);
  CHECK(village->type == EntityType::kPlace);
}
