// Reference-list layouts found over the whole snapshot (docs/ACCURACY.md, h-aiwiki8): a list
// written as bullets, an entry that is a label and one link, a journal's volume, issue, pages and
// DOI after its name. The entries are made up.
#include <catch2/catch.hpp>

#include <string>

#include "ingest/Article.h"
#include "ingest/References.h"

using namespace cg::ingest;

TEST_CASE("a reference list written as bullets is numbered in order", "[ingest][references]") {
  const Article a = readArticle(
      "# Kite\n\nKite is a robot.\n\n## References\n\n"
      "- Project site: [https://kite.netlify.app](https://kite.netlify.app)\n\n"
      "- Official Proposal: [GitHub](https://github.com/kite/kite)\n\n"
      "- Roe, Jane. *Robots at Sea*. Harbour Press, 2011. [[3]](https://harbour.example/sea)\n",
      "kite.md");
  REQUIRE(a.references.size() == 3);
  CHECK(a.references[0].number == 1);
  CHECK(a.references[0].title == "Project site");
  CHECK(a.references[0].url == "https://kite.netlify.app");
  CHECK(a.references[1].number == 2);
  CHECK(a.references[1].title == "Official Proposal");
  CHECK(a.references[1].publisher == "GitHub");  // the link's text writes the host's name
  CHECK(a.references[2].number == 3);
  CHECK(a.references[2].title == "Robots at Sea");
  CHECK(a.references[2].date == "2011");
}

TEST_CASE("a bullet that links nowhere is a note, not an entry", "[ingest][references]") {
  const Article a = readArticle(
      "# Kite\n\nKite is a robot.\n\n## Notes\n\n- This article reports what was known as of May 2025.\n\n"
      "## References\n\n1. Orbit Post, \"Robots at work,\" May 2, 2024. https://orbit.example/r\n",
      "kite.md");
  REQUIRE(a.references.size() == 1);
  CHECK(a.references[0].publisher == "Orbit Post");
}

TEST_CASE("bullets under a numbered entry are notes on it, not entries", "[ingest][references]") {
  const Article a = readArticle(
      "# Kite\n\nKite is a robot.\n\n## References\n\n"
      "1. Orbit Post, \"Robots at work,\" May 2, 2024. https://orbit.example/r\n"
      "- mirrored at [https://mirror.example/r](https://mirror.example/r)\n",
      "kite.md");
  REQUIRE(a.references.size() == 1);
  CHECK(a.references[0].url == "https://orbit.example/r");
}

TEST_CASE("a label and one link: the label is the title, the site names the publisher", "[ingest][references]") {
  auto r = parseReference("1. Chat Community: [Zulipchat Invite](https://zulipchat.example/abc)", 1);
  REQUIRE(r);
  CHECK(r->title == "Chat Community");
  CHECK(r->publisher == "Zulipchat");
  CHECK(r->url == "https://zulipchat.example/abc");
  // A link whose text is its URL names no site: the URL's domain stands in.
  r = parseReference("2. Package index: [https://pypi.org/project/kite/](https://pypi.org/project/kite/)", 1);
  REQUIRE(r);
  CHECK(r->title == "Package index");
  CHECK(r->publisher == "pypi.org");
  // "URL:" after an author-date entry is no label.
  r = parseReference("3. Kite Labs (2025). \"Kite Arm.\" URL: [https://kite.example/arm](https://kite.example/arm)", 1);
  REQUIRE(r);
  CHECK(r->title == "Kite Arm");
}

TEST_CASE("a journal's volume, issue, pages and DOI leave its name as the work", "[ingest][references]") {
  struct Case {
    const char* line;
    const char* publisher;
    const char* title;
  };
  const Case cases[] = {
      // A name longer than a site's, before a volume glued to its issue and pages.
      {"1. Roe, JA and Doe, B (2017). Robot Fear. Journal of the Society for the Study of Harbour Robots, 68(9): "
       "2267-2270. DOI: 10.1002/hr.23867",
       "Journal of the Society for the Study of Harbour Robots", "Robot Fear"},
      // The locator in a slot of its own.
      {"2. Lee, DJ, Ray, RB and Ode, T (2020). Fearing the Quay: Correlates. International Journal of Harbour "
       "Analytics and Robotics for Education. 2(2): 24-33. DOI: 10.3991/ijh.v2i2.16759",
       "International Journal of Harbour Analytics and Robotics for Education", "Fearing the Quay: Correlates"},
      // A volume alone after a comma, then a DOI.
      {"3. Li, J and Hu, J-S (2020). Dimensions of Robot Anxiety. Robots in Society, 63. DOI: 10.1016/j.ris.2020.1",
       "Robots in Society", "Dimensions of Robot Anxiety"},
      // A quoted title, the journal after it.
      {"4. Okafor, P. (1980). \"The quay as a physical system\". Journal of Harbour Physics. 22(5): 563-591.",
       "Journal of Harbour Physics", "The quay as a physical system"},
  };
  for (const Case& c : cases) {
    INFO(c.line);
    auto r = parseReference(c.line, 1);
    REQUIRE(r);
    CHECK(r->publisher == c.publisher);
    CHECK(r->title == c.title);
  }
  // A volume and issue inside a quoted title are the title's.
  auto t = parseReference(
      "6. Kite Portal. \"Annex III: Systems Referred to in Article 6(2).\" "
      "[https://kite.example/a](https://kite.example/a)",
      1);
  REQUIRE(t);
  CHECK(t->title == "Annex III: Systems Referred to in Article 6(2)");
  // An arXiv DOI names the work.
  t = parseReference("7. Roe, Jane (2025). \"Kite Contexts\". arXiv:2510.1 [cs.LG]. DOI: 10.48550/arXiv.2510.1", 1);
  REQUIRE(t);
  CHECK(t->work == "arXiv");
  // "Llama 3 (405B)" is a name and a size, no volume and issue.
  auto r = parseReference("5. Kite Labs (2024). Kite 3 (405B) model card. Kite Blog.", 1);
  REQUIRE(r);
  CHECK(r->title == "Kite 3 (405B) model card");
}

// h-ref13: a cited label ("**Kite-2** (May 2024)[1]") heads the list under it as a lead-in ending in
// ':' does; labels without markers under a lead-in head parts of what it introduces.
TEST_CASE("a cited label backs the list under it, sub-labels under a lead-in keep it", "[ingest][references]") {
  const Article a = readArticle(
      "# Kite\n\n## Models\n\n**Kite-2** (May 2024)[&#91;1&#93;](#cite_note-a-1)\n\n- 12 motors\n- 3 wings\n\n"
      "**Kite-3** (2025)\n\n- 16 motors\n\n"
      "## Deployment\n\nDeployment of Kite-3:[&#91;2&#93;](#cite_note-b-2)\n\n**Launch** (on the ground)\n\n"
      "- 4 winches\n\n**Flight** (in the air)\n\n- 40 kites[&#91;1&#93;](#cite_note-a-1)\n- 320 lines\n\n"
      "A sentence after them.\n\n- 7 spares\n\n## References\n\n"
      "1. Orbit Post. \"A\". 2024. [https://o.example/a](https://o.example/a)\n"
      "2. Orbit Post. \"B\". 2024. [https://o.example/b](https://o.example/b)\n",
      "kite.md");
  std::vector<std::pair<std::string, std::vector<int>>> items;
  for (const auto& b : a.blocks)
    if (b.kind == BlockKind::kListItem) items.emplace_back(b.text, b.sentences.at(0).refs);
  REQUIRE(items.size() == 7);
  CHECK(items[0].second == std::vector<int>{1});
  CHECK(items[1].second == std::vector<int>{1});
  CHECK(items[2].second.empty());  // a label without markers and no lead-in above backs nothing
  CHECK(items[3].second == std::vector<int>{2});
  CHECK(items[4].second == std::vector<int>{1});  // its own marker wins
  CHECK(items[5].second == std::vector<int>{2});
  CHECK(items[6].second.empty());  // a sentence between ends the lead-in
}

// The author slot before "(year)" holds at most 1,000 characters (not bytes): a list of names
// that long is still read as authors and year, one character longer is not.
TEST_CASE("an author slot of up to 1000 characters is read before its year", "[ingest][references]") {
  auto authors = [](std::size_t firstNameUmlauts) {
    std::string names = "R";
    for (std::size_t i = 0; i < firstNameUmlauts; ++i) names += "ö";
    names += ", J.";
    for (int i = 0; i < 124; ++i) names += "; Rö, J.";  // 8 characters, 9 bytes each
    return names;
  };
  const std::string atBound = authors(3), beyond = authors(4);  // 1,000 and 1,001 characters
  REQUIRE(atBound.size() > 1000);
  auto r = parseReference("1. " + atBound + " (2017). Robot Fear. Journal of Harbour Robots.", 1);
  REQUIRE(r);
  CHECK(r->title == "Robot Fear");
  CHECK(r->date == "2017");
  auto s = parseReference("1. " + beyond + " (2017). Robot Fear. Journal of Harbour Robots.", 1);
  REQUIRE(s);
  CHECK(s->title != "Robot Fear");
}
