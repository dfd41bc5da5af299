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

// h-ref13: "Title. Creators, Date. [url](url)", the layout of a whole list in one snapshot article;
// made-up entries of that form. The site table (data/site_names.tsv) names arxiv.org and medium.com.
TEST_CASE("title, creators and date: the known site publishes an author's paper", "[ingest][references]") {
  auto r = parseReference(
      "1. ↑ [1.0](#cite_ref-kite_1-0) [1.1](#cite_ref-kite_1-1) Kite Nets: Cheap Flight for Small Robots. Ada Roe, "
      "Ben Lim, et al., March 2024. [https://arxiv.org/abs/2403.00001](https://arxiv.org/abs/2403.00001)",
      1);
  REQUIRE(r);
  CHECK(r->title == "Kite Nets: Cheap Flight for Small Robots");
  CHECK(r->publisher == "arXiv");
  CHECK(r->work.empty());
  CHECK(r->date == "2024-03");
  CHECK(r->url == "https://arxiv.org/abs/2403.00001");
  // An organisation as the one author of a paper on the same site, and a year alone.
  r = parseReference(
      "2. [↑](#cite_ref-x_2-0) Kite-2 Technical Report. Kite-AI, 2023. "
      "[https://arxiv.org/pdf/2301.00002](https://arxiv.org/pdf/2301.00002)",
      1);
  REQUIRE(r);
  CHECK(r->title == "Kite-2 Technical Report");
  CHECK(r->publisher == "arXiv");
  CHECK(r->date == "2023");
}

TEST_CASE("title, author, outlet and date: the outlet after a person is the publisher", "[ingest][references]") {
  auto r = parseReference(
      "3. [↑](#cite_ref-m_3-0) Why Kites Fly: A Short Tour. Clara Voss, Medium, August 2025. "
      "[https://medium.com/@cvoss/why-kites-fly-1a2b](https://medium.com/@cvoss/why-kites-fly-1a2b)",
      1);
  REQUIRE(r);
  CHECK(r->title == "Why Kites Fly: A Short Tour");
  CHECK(r->work == "Medium");
  CHECK(r->publisher == "Medium");
  CHECK(r->date == "2025-08");
}

TEST_CASE("title, one author and date on an unknown site: the author's own site", "[ingest][references]") {
  auto r = parseReference(
      "4. [↑](#cite_ref-p_4-0) Kite Attention, Explained. Omar Tell, February 2025. "
      "[https://omartell.example.io/2025/02/kites.html](https://omartell.example.io/2025/02/kites.html)",
      1);
  REQUIRE(r);
  CHECK(r->title == "Kite Attention, Explained");
  CHECK(r->publisher == "Omar Tell");
  CHECK(r->date == "2025-02");
  // Two authors joined by "and" on an unknown site name no publisher: the domain stands in.
  r = parseReference(
      "5. [↑](#cite_ref-q_5-0) Kite Hardware. Ada Roe and Ben Lim, June 2025. "
      "[https://kites.example.org/hw](https://kites.example.org/hw)",
      1);
  REQUIRE(r);
  CHECK(r->title == "Kite Hardware");
  CHECK(r->publisher == "example.org");
  CHECK(r->date == "2025-06");
}

TEST_CASE("a title's own colon is no site when the URL is on a known one", "[ingest][references]") {
  auto r = parseReference(
      "6. [↑](#cite_ref-f_6-0) KiteNet: Fast Exact Flight with Wind-Awareness. "
      "[https://arxiv.org/abs/2205.00006](https://arxiv.org/abs/2205.00006)",
      1);
  REQUIRE(r);
  CHECK(r->title == "KiteNet: Fast Exact Flight with Wind-Awareness");
  CHECK(r->publisher == "arXiv");
  // A head that is the site itself stays the publisher.
  r = parseReference("7. Medium: Kites for Beginners. [https://medium.com/k](https://medium.com/k)", 1);
  REQUIRE(r);
  CHECK(r->publisher == "Medium");
  CHECK(r->title == "Kites for Beginners");
}

TEST_CASE("an author-date entry with no work on a known site: the site published it", "[ingest][references]") {
  auto r = parseReference(
      "8. ↑ [8.0](#cite_ref-t_8-0) Dana Pell&#32;(2023-06-15).&#32;[\"Kite maker raises seed round\"]"
      "(https://techcrunch.com/2023/06/15/kite-maker/).&#32;"
      "[https://techcrunch.com/2023/06/15/kite-maker/](https://techcrunch.com/2023/06/15/kite-maker/).",
      1);
  REQUIRE(r);
  CHECK(r->title == "Kite maker raises seed round");
  CHECK(r->publisher == "TechCrunch");
  CHECK(r->date == "2023-06-15");
  // On the author's own site the author is the publisher.
  r = parseReference(
      "9. [↑](#cite_ref-s_9-0) Omar Tell&#32;(May 2, 2025).&#32;[\"Kites are fun\"](https://omartell.net/kites/).&#32;"
      "[https://omartell.net/kites/](https://omartell.net/kites/).",
      1);
  REQUIRE(r);
  CHECK(r->publisher == "Omar Tell");
  CHECK(r->date == "2025-05-02");
}

TEST_CASE("title, dash and the URL's site: the site is the last part", "[ingest][references]") {
  auto r = parseReference("10. Flying Kites - Medium. URL: [https://medium.com/k2](https://medium.com/k2)", 1);
  REQUIRE(r);
  CHECK(r->title == "Flying Kites");
  CHECK(r->publisher == "Medium");
  r = parseReference(
      "11. Kites Through the Ages: A History - Clara Voss - Medium. URL: "
      "[https://medium.com/k3](https://medium.com/k3)",
      1);
  REQUIRE(r);
  CHECK(r->title == "Kites Through the Ages: A History - Clara Voss");
  CHECK(r->publisher == "Medium");
  r = parseReference(
      "12. Introducing Kite 4 - Kitecorp (22 May 2025). [https://www.kitecorp.com/news/kite-4]"
      "(https://www.kitecorp.com/news/kite-4)",
      1);
  REQUIRE(r);
  CHECK(r->title == "Introducing Kite 4");
  CHECK(r->publisher == "Kitecorp");
  CHECK(r->date == "2025-05-22");
}

TEST_CASE("title, author and the URL's own site: the site is the outlet, dated or not", "[ingest][references]") {
  auto r = parseReference(
      "13. [↑](#cite_ref-k_13-0) A Gentle Guide to Kites. Ines Varga, Kite Flying Mastery, "
      "September 2025. [https://kiteflyingmastery.com/guide/](https://kiteflyingmastery.com/guide/)",
      1);
  REQUIRE(r);
  CHECK(r->title == "A Gentle Guide to Kites");
  CHECK(r->publisher == "Kite Flying Mastery");
  CHECK(r->date == "2025-09");
  r = parseReference(
      "14. [↑](#cite_ref-g_14-0) Kites (and Strings!) Explained. Ines Varga, Medium. "
      "[https://medium.com/@ivarga/kites-5e5a](https://medium.com/@ivarga/kites-5e5a)",
      1);
  REQUIRE(r);
  CHECK(r->title == "Kites (and Strings!) Explained");
  CHECK(r->publisher == "Medium");
  CHECK(r->date.empty());
}

TEST_CASE("an organisation in the author-date slot on a known site stays the publisher", "[ingest][references]") {
  auto r = parseReference(
      "15. [↑](#cite_ref-o_15-0) Kite Lab (2025). \u201Ckitelab/kitenet \u2014 README.\u201D URL: "
      "[https://github.com/kitelab/kitenet](https://github.com/kitelab/kitenet)",
      1);
  REQUIRE(r);
  CHECK(r->publisher == "Kite Lab");
  CHECK(r->date == "2025");
}

// h-ref13: a cited label ("**Kite-2** (May 2024)[1]") heads the list under it as a lead-in ending in
// ':' does; labels without markers under a lead-in head parts of what it introduces.
TEST_CASE("a cited label backs the list under it; sub-labels under a lead-in keep it", "[ingest][references]") {
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
