// Reference-list layouts of real articles (docs/CORPUS-SURVEY.md): each slot read from its own
// place, one source per URL, list items backed by their lead-in. The entries are made up.
#include <algorithm>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>
#include <re2/re2.h>
#include <catch2/catch.hpp>

#include "graph/Fold.h"
#include "graph/JsonWriter.h"
#include "ingest/Article.h"
#include "ingest/Ingest.h"
#include "ingest/Lexicon.h"
#include "ingest/References.h"

using namespace cg::ingest;

namespace {

struct Expected {
  const char* line;
  const char* publisher;
  const char* work;
  const char* title;
  const char* date;
  const char* url;
};

void checkAll(const std::vector<Expected>& cases) {
  for (const auto& c : cases) {
    INFO(c.line);
    auto r = parseReference(c.line, 1);
    REQUIRE(r);
    CHECK(r->publisher == c.publisher);
    if (c.work) CHECK(r->work == c.work);  // nullptr: a slot the case does not assert
    if (c.title) CHECK(r->title == c.title);
    CHECK(r->date == c.date);
    if (c.url) CHECK(r->url == c.url);
  }
}

}  // namespace

TEST_CASE("back-links are never a publisher, in any of their forms", "[ingest][references]") {
  checkAll({
      {"1. [↑](#cite_ref-a_1-0) Orbit Post. \"Robots at work\". May 2, 2024. "
       "[https://orbit.example/r](https://orbit.example/r)",
       "Orbit Post", "", "Robots at work", "2024-05-02", "https://orbit.example/r"},
      {"2. ↑ [2.0](#cite_ref-b_2-0) [2.1](#cite_ref-b_2-1) Orbit Post. \"Robots at rest\". 2023. "
       "[https://orbit.example/s](https://orbit.example/s)",
       "Orbit Post", "", "Robots at rest", "2023", "https://orbit.example/s"},
      {"3. [&#8593;](#cite_ref-c_3-0) Orbit Post. \"Robots at sea\". 2022. "
       "[https://orbit.example/t](https://orbit.example/t)",
       "Orbit Post", "", "Robots at sea", "2022", "https://orbit.example/t"},
      {"6. &#8593; [6.0](#cite_ref-e_6-0) [6.1](#cite_ref-e_6-1) \"Kite review.\" Prismatic. Retrieved 19 Mar 2026 "
       "from "
       "[https://prismatic.example/k](https://prismatic.example/k).",
       "Prismatic", "Prismatic", "Kite review", "", "https://prismatic.example/k"},
      {"4. &#91;4&#93;(#cite_note-4) Kite GitHub Repository. \"Framework for robots.\" Retrieved March 2026 from "
       "[https://github.example/kite](https://github.example/kite).",
       "Kite GitHub Repository", "", "Framework for robots", "", "https://github.example/kite"},
      {"5. ↑ [5.0](#cite_ref-d_5-0) [5] Okafor, J (2023). What Is a Robot Arm? A Primer. How-to Guide. "
       "[https://howto.example/arm](https://howto.example/arm)",
       "How-to Guide", "How-to Guide", "What Is a Robot Arm? A Primer", "2023", "https://howto.example/arm"},
  });
}

TEST_CASE("{{cite web}} entries: a linked title, then publisher and date slots", "[ingest][references]") {
  checkAll({
      {"1. [↑](#cite_ref-a_1-0) [\"Kite raises $1B\"](https://kite.example/news).&#32;Kite Labs.&#32;March 3, "
       "2025.&#32;"
       "[https://kite.example/news](https://kite.example/news).",
       "Kite Labs", "Kite Labs", "Kite raises $1B", "2025-03-03", "https://kite.example/news"},
      // No publisher slot: the URL's registrable domain is the last resort.
      {"2. [↑](#cite_ref-b_2-0) [\"Kite's 2024 review\"](https://blog.orbit-news.example/a).&#32;July 12, 2023.&#32;"
       "[https://blog.orbit-news.example/a](https://blog.orbit-news.example/a).",
       "orbit-news.example", "", "Kite's 2024 review", "2023-07-12", "https://blog.orbit-news.example/a"},
      // An author glued to the date is no publisher; a site's name keeps its dot.
      {"4. Ada Chen&#32;(May 20, 2022).&#32;[\"Master Plan\"](https://kite.example/plan).&#32;Kite.AI.&#32;"
       "[https://kite.example/plan](https://kite.example/plan).",
       "Kite.AI", "Kite.AI", "Master Plan", "2022-05-20", "https://kite.example/plan"},
      {"3. [Kite 3 hands-on review](https://gadgets.example/k3) Gadget Weekly", "Gadget Weekly", "Gadget Weekly",
       "Kite 3 hands-on review", "", "https://gadgets.example/k3"},
  });
}

TEST_CASE("a quoted title followed by its work and a date in parentheses", "[ingest][references]") {
  checkAll({
      {"1. \"Introducing Kite 3: faster robots in 2024.\" Kite Labs Blog (April 18, 2024). Retrieved May 2024 from "
       "[https://kite.example/k3](https://kite.example/k3)",
       "Kite Labs Blog", "Kite Labs Blog", "Introducing Kite 3: faster robots in 2024", "2024-04-18",
       "https://kite.example/k3"},
      {"2. \"Kite Labs's 2025 Review.\" Kite Labs. [https://kite.example/y](https://kite.example/y)", "Kite Labs",
       "Kite Labs", "Kite Labs's 2025 Review", "", "https://kite.example/y"},
  });
}

TEST_CASE("APA and MLA entries: the author is not the publisher, the work is", "[ingest][references]") {
  checkAll({
      {"1. ↑ [1.0](#cite_ref-a_1-0) Okafor, J., et al. (2023). \"Scaling robots in warehouses\". Robotics Review. "
       "Retrieved from [https://rr.example/x](https://rr.example/x)",
       "Robotics Review", "Robotics Review", "Scaling robots in warehouses", "2023", "https://rr.example/x"},
      // A company page: the "author" is the publisher, since no work follows the title.
      {"2. Kite Labs. (2025). \"Kite 3 system card\". Retrieved from "
       "[https://kite.example/card](https://kite.example/card)",
       "Kite Labs", "", "Kite 3 system card", "2025", "https://kite.example/card"},
      {"3. Tanaka, Hiro. \"Robots on the line.\" The Daily Ledger, May 2, 2024. "
       "[https://ledger.example/r](https://ledger.example/r)",
       "The Daily Ledger", "The Daily Ledger", "Robots on the line", "2024-05-02", "https://ledger.example/r"},
      {"4. SP Edge (May 18, 2025). \"Robot fleets grow.\" [https://spedge.example/f](https://spedge.example/f)",
       "SP Edge", "", "Robot fleets grow", "2025-05-18", "https://spedge.example/f"},
      // {{cite journal}}: authors joined by ";", the journal after the title.
      {"5. Okafor, Jide&#59;&#32;Lee, Min&#32;(2018).&#32;[\"Grasping at scale\"](https://journal.example/g).&#32;"
       "*Robotics Letters*.",
       "Robotics Letters", "Robotics Letters", "Grasping at scale", "2018", "https://journal.example/g"},
      {"6. Hsiao, S and Collins, E (2023). Try Kite today. Kite Labs. "
       "[https://kite.example/try](https://kite.example/try)",
       "Kite Labs", "Kite Labs", "Try Kite today", "2023", "https://kite.example/try"},
      // An arXiv identifier names the work arXiv; the author list ran over several lines.
      {"7. Chen, Ada Park, Bo (2025-05-17) \"Robot bench\". *arXiv*:[2505.11831](https://arxiv.org/abs/2505.11831).",
       "arXiv", "arXiv", "Robot bench", "2025-05-17", "https://arxiv.org/abs/2505.11831"},
  });
}

TEST_CASE("unquoted titles followed by their work, with access dates left out", "[ingest][references]") {
  checkAll({
      {"1. Kite 3 Datasheet. Kite Labs. Retrieved 2026 from [https://kite.example/ds](https://kite.example/ds)",
       "Kite Labs", "Kite Labs", "Kite 3 Datasheet", "", "https://kite.example/ds"},
      {"2. Kite Framework 2025: Complete Review. Robo Blog. Retrieved March 2026 from "
       "[https://robo.example/r](https://robo.example/r)",
       "Robo Blog", "Robo Blog", "Kite Framework 2025: Complete Review", "", "https://robo.example/r"},
      {"3. Kite 3 Architecture. Kite Developer Blog (2025). Retrieved 2026 from "
       "[https://dev.kite.example/a](https://dev.kite.example/a)",
       "Kite Developer Blog", "Kite Developer Blog", "Kite 3 Architecture", "2025", "https://dev.kite.example/a"},
      {"4. Meet the robot makers, Quartz Daily, March 10, 2025, [https://qd.example/m](https://qd.example/m)",
       "Quartz Daily", "Quartz Daily", "Meet the robot makers", "2025-03-10", "https://qd.example/m"},
      {"5. Kite Labs Official Website. [https://kite.example/](https://kite.example/)", "Kite Labs Official Website",
       "", "", "", "https://kite.example/"},
  });
}

TEST_CASE("a publisher joined to its title by a dash or a colon keeps its name", "[ingest][references]") {
  checkAll({
      {"1. ↑ [1.0](#cite_ref-a_1-0) The Daily Ledger - \"What is Kite…?\" (Jan. 27–28, 2025). "
       "[https://ledger.example/k](https://ledger.example/k)",
       "The Daily Ledger", "", "What is Kite…?", "2025-01-27", "https://ledger.example/k"},
      {"2. The Daily Ledger: \"Kite raises $2 billion\", October 9, 2025. "
       "[https://ledger.example/2b](https://ledger.example/2b)",
       "The Daily Ledger", "", "Kite raises $2 billion", "2025-10-09", "https://ledger.example/2b"},
      {"3. GitHub - kite-labs Organization Homepage - open-source robots - "
       "[https://github.example/kite-labs](https://github.example/kite-labs)",
       "GitHub", "", "kite-labs Organization Homepage", "", "https://github.example/kite-labs"},
      {"4. Kite Labs hires former Acme executive as its new chief operating officer - TechWire, "
       "[https://tw.example/y](https://tw.example/y)",
       "TechWire", "", "Kite Labs hires former Acme executive as its new chief operating officer", "",
       "https://tw.example/y"},
      {"5. [https://ibm.example/q](https://ibm.example/q) - IBM: What is Quantization?", "IBM", "",
       "What is Quantization?", "", "https://ibm.example/q"},
  });
}

TEST_CASE("a note with a URL takes its publisher from the domain and no date from its words", "[ingest][references]") {
  checkAll({
      {"1. [↑](#cite_ref-c_1-0) Kite Labs had grown to 1,300 employees by the end of 2025 and opened two offices. URL: "
       "[https://www.kite.example/about](https://www.kite.example/about)",
       "kite.example", "", "Kite Labs had grown to 1,300 employees by the end of 2025 and opened two offices", "",
       "https://www.kite.example/about"},
      {"3. Kite competes with firms like Acme, Orbit and Zenith. URL: "
       "[https://www.builtin.example/kite](https://www.builtin.example/kite)",
       "builtin.example", "", "Kite competes with firms like Acme, Orbit and Zenith", "",
       "https://www.builtin.example/kite"},
      {"4. Kite Labs. [https://en.wiki.example/wiki/Kite_(company)](https://en.wiki.example/wiki/Kite_(company))",
       "Kite Labs", "", "", "", "https://en.wiki.example/wiki/Kite_(company)"},
      {"2. Orbit Post. \"Robots at work\". 2024. [https://orbit.example/w](https://orbit.example/w) Cite error: The "
       "named "
       "reference was defined twice",
       "Orbit Post", "", "Robots at work", "2024", "https://orbit.example/w"},
  });
}

TEST_CASE("an entry whose author list runs over several lines keeps its url", "[ingest][references]") {
  Article a = readArticle(
      "# Kite\n\nKite scored 42 percent.[&#91;1&#93;](#cite_note-bench-1)\n\n## References\n\n"
      "1. ↑ [1.0](#cite_ref-bench_1-0) Chen, Ada\nPark, Bo (2025-05-17) \"Robot bench\". "
      "*arXiv*:[2505.11831](https://arxiv.org/abs/2505.11831).\n",
      "kite.md");
  REQUIRE(a.references.size() == 1);
  CHECK(a.references[0].url == "https://arxiv.org/abs/2505.11831");
  CHECK(a.references[0].publisher == "arXiv");
  CHECK(a.references[0].date == "2025-05-17");
}

TEST_CASE("one URL under two numbers is one source listing both, bound to a claim citing either",
          "[ingest][references]") {
  cg::graph::ClaimGraph g = ingestText(
      "# Kite\n\nKite Labs raised $40 million in 2024.[&#91;1&#93;](#cite_note-a-1)\n\n"
      "Kite Labs had 300 employees in 2025.[&#91;2&#93;](#cite_note-b-2)\n\n"
      "Kite Labs sold 9,000 robots in 2025.[&#91;3&#93;](#cite_note-a-3)\n\n## References\n\n"
      "1. Orbit Post. \"Kite raises money\". 2024. [https://orbit.example/k](https://orbit.example/k)\n"
      "2. Orbit Post. \"Kite hires\". 2025. [https://orbit.example/h](https://orbit.example/h)\n"
      "3. Orbit Post. \"Kite raises money\". 2024. [https://orbit.example/k](https://orbit.example/k)\n",
      "kite.md");
  g.freeze();
  REQUIRE(g.sources().size() == 2);
  const auto& first = g.sources()[cg::graph::SourceId(0)];
  std::vector<std::int32_t> refs(g.refs(first).begin(), g.refs(first).end());
  CHECK(refs == std::vector<std::int32_t>{1, 3});
  CHECK(first.ref == 1);
  // The claim citing [3] is backed by the source of [1] and [3], and only by it.
  bool found = false;
  for (cg::graph::ClaimId c : g.claims().ids()) {
    if (g.str(g.claims()[c].text).find("9,000") == std::string_view::npos) continue;
    found = true;
    CHECK(g.claimSources(c) == std::vector<cg::graph::SourceId>{cg::graph::SourceId(0)});
  }
  CHECK(found);
  rapidjson::Document doc;
  doc.Parse(cg::graph::toJson(g).c_str());
  REQUIRE(doc.IsObject());
  const auto& source = doc["sources"][0];
  REQUIRE(source["refs"].Size() == 2);
  CHECK(source["refs"][1].GetInt() == 3);
  CHECK(source["work"].IsNull());
}

TEST_CASE("list items under a cited lead-in are backed by its markers", "[ingest][references]") {
  Article a = readArticle(
      "# Kite\n\n## Problems\n\nUsers reported the following issues:[&#91;1&#93;](#cite_note-a-1)"
      "[&#91;2&#93;](#cite_note-b-2)\n\n- Battery life of 4 hours\n- A price of $900[&#91;3&#93;](#cite_note-c-3)\n\n"
      "A paragraph after the list.\n\n- An unsourced item\n\n## References\n\n"
      "1. Orbit Post. \"A\". 2024. [https://o.example/a](https://o.example/a)\n"
      "2. Orbit Post. \"B\". 2024. [https://o.example/b](https://o.example/b)\n"
      "3. Orbit Post. \"C\". 2024. [https://o.example/c](https://o.example/c)\n",
      "kite.md");
  std::vector<std::vector<int>> items;
  for (const auto& b : a.blocks)
    if (b.kind == BlockKind::kListItem) items.push_back(b.sentences.at(0).refs);
  REQUIRE(items.size() == 3);
  CHECK(items[0] == std::vector<int>{1, 2});
  CHECK(items[1] == std::vector<int>{3});  // its own marker wins
  CHECK(items[2].empty());                 // a paragraph between ends the lead-in
}

TEST_CASE("a cut by byte count falls between UTF-8 characters", "[graph][fold]") {
  const std::string s = "a\u2191b";  // the arrow is three bytes: 1..3
  CHECK(cg::graph::utf8Floor(s, 0) == 0);
  CHECK(cg::graph::utf8Floor(s, 1) == 1);
  CHECK(cg::graph::utf8Floor(s, 2) == 1);
  CHECK(cg::graph::utf8Floor(s, 3) == 1);
  CHECK(cg::graph::utf8Floor(s, 4) == 4);
  CHECK(cg::graph::utf8Floor(s, 99) == 5);
  CHECK(cg::graph::utf8Prefix(s, 3) == "a");
  CHECK(cg::graph::utf8Prefix(s, 4) == "a\u2191");
  CHECK_FALSE(cg::graph::findInvalidUtf8(cg::graph::utf8Prefix(s, 2)).has_value());
}

TEST_CASE("an entry that opens with its URL: the site before a colon, or named at the front, else the domain",
          "[ingest][references]") {
  checkAll({
      {"1. [↑](#cite_ref-a_1-0) [https://www.orbitpost.example/a](https://www.orbitpost.example/a) - Orbit Post: "
       "What is a robot arm?",
       "Orbit Post", "", "What is a robot arm?", "", "https://www.orbitpost.example/a"},
      {"2. ↑ [2.0](#cite_ref-b_2-0) [https://kyte.example/spec](https://kyte.example/spec) \u2014 Kyte Arm "
       "Platform: official page with joint counts; torque tables.",
       "Kyte", "", "Kyte Arm Platform", "", "https://kyte.example/spec"},
      // A common word opening a longer name is no site's name ("Kite Arm" at kite.example).
      {"8. ↑ [8.0](#cite_ref-h_8-0) [https://kite.example/spec](https://kite.example/spec) \u2014 Kite Arm "
       "Platform: official page with joint counts.",
       "kite.example", "", "Kite Arm Platform", "", "https://kite.example/spec"},
      {"3. [↑](#cite_ref-c_3-0) [https://www.gearbox.example/b](https://www.gearbox.example/b) \u2014 Gearbox "
       "(Mar 26, 2024): Comparing robot arms.",
       "Gearbox", "", "Comparing robot arms", "2024-03-26", "https://www.gearbox.example/b"},
      {"6. [↑](#cite_ref-f_6-0) [https://papers.example/abs/1](https://papers.example/abs/1) - Okafor et al. "
       "(2022): Arms at Scale",
       "papers.example", "", "Arms at Scale", "2022", "https://papers.example/abs/1"},
      {"7. [↑](#cite_ref-g_7-0) [https://docs.example/guide](https://docs.example/guide) - Kite Arm SDK: Deploy "
       "an arm",
       "Kite Arm SDK", "", "Deploy an arm", "", "https://docs.example/guide"},
      // A short description is the page's title, not who published it.
      {"4. [↑](#cite_ref-d_4-0) [https://arm.example/paper](https://arm.example/paper) \u2014 Original arm "
       "proposal document",
       "arm.example", "", "Original arm proposal document", "", "https://arm.example/paper"},
      {"5. [↑](#cite_ref-e_5-0) [https://www.rinf.example/x](https://www.rinf.example/x) - Rinf.example: Arms "
       "explained",
       "Rinf.example", "", "Arms explained", "", "https://www.rinf.example/x"},
  });
}

TEST_CASE("a site named \"the\" and one English word is named so, not by its domain", "[ingest][references]") {
  checkAll({
      {"1. [↑](#cite_ref-a_1-0) [\"Arms race\"](https://www.theregister.com/a).&#32;August 29, 2025.&#32;"
       "[https://www.theregister.com/a](https://www.theregister.com/a).",
       "The Register", "", "Arms race", "2025-08-29", "https://www.theregister.com/a"},
      {"2. [↑](#cite_ref-b_2-0) [\"Arms race\"](https://the-decoder.com/b).&#32;2025.&#32;"
       "[https://the-decoder.com/b](https://the-decoder.com/b).",
       "The Decoder", "", "Arms race", "2025", "https://the-decoder.com/b"},
      {"3. [↑](#cite_ref-c_3-0) [\"Arms race\"](https://www.thekitearm.com/c).&#32;2025.&#32;"
       "[https://www.thekitearm.com/c](https://www.thekitearm.com/c).",
       "thekitearm.com", "", "Arms race", "2025", "https://www.thekitearm.com/c"},
  });
}

TEST_CASE("a domain stands for the name the article writes for that site", "[ingest][references]") {
  Article a = readArticle(
      "# Kite\n\nKite is sold by kAI and reviewed by Orbit Post daily, says Anna Okafor.\n\n## References\n\n"
      "1. [↑](#cite_ref-a_1-0) [\"Kite launch\"](https://docs.k.ai/launch).&#32;July 9, 2025.&#32;"
      "[https://docs.k.ai/launch](https://docs.k.ai/launch).\n"
      "2. [↑](#cite_ref-b_2-0) [\"Kite review\"](https://www.orbitpost.example/r).&#32;2025.&#32;"
      "[https://www.orbitpost.example/r](https://www.orbitpost.example/r).\n"
      "3. [↑](#cite_ref-c_3-0) [\"Kite notes\"](https://notes.example/n).&#32;2025.&#32;"
      "[https://notes.example/n](https://notes.example/n).\n"
      "4. [↑](#cite_ref-d_4-0) [\"Kite essay\"](https://annaokafor.example/e).&#32;2025.&#32;"
      "[https://annaokafor.example/e](https://annaokafor.example/e).\n",
      "kite.md");
  REQUIRE(a.references.size() == 4);
  CHECK(a.references[3].publisher == "annaokafor.example");  // "Anna Okafor" of the text is a person
  CHECK(a.references[0].publisher == "kAI");
  CHECK(a.references[1].publisher == "Orbit Post");
  CHECK(a.references[2].publisher == "notes.example");
}

TEST_CASE("a site's name is read from a later paragraph, in brackets, past paragraphs without it",
          "[ingest][references]") {
  Article a = readArticle(
      "# Kite\n\nKite is a robot arm.\n\nIts orbit is low; a post said so.\n\n"
      "A review (by Orbit Post) praised it.\n\n## References\n\n"
      "1. [↑](#cite_ref-a_1-0) [\"Kite review\"](https://www.orbitpost.example/r).&#32;2025.&#32;"
      "[https://www.orbitpost.example/r](https://www.orbitpost.example/r).\n",
      "kite.md");
  REQUIRE(a.references.size() == 1);
  CHECK(a.references[0].publisher == "Orbit Post");
}

TEST_CASE("authors with initials and no dots are no publisher", "[ingest][references]") {
  checkAll({
      {"3. ↑ [3.0](#cite_ref-a_3-0) Okafor, MA, Chen, AL and Roe, J (2022). Arms in the wild. "
       "[https://eprints.uni.example/1.pdf](https://eprints.uni.example/1.pdf)",
       "uni.example", "", "Arms in the wild", "2022", "https://eprints.uni.example/1.pdf"},
  });
}

TEST_CASE("APA dates written year first keep their month and day", "[ingest][references]") {
  checkAll({
      {"1. ↑ [1.0](#cite_ref-a_1-0) Orbit Post. (2025, September 29). \"Kite 4 ships\". Retrieved from "
       "[https://orbitpost.example/k4](https://orbitpost.example/k4)",
       "Orbit Post", "", "Kite 4 ships", "2025-09-29", "https://orbitpost.example/k4"},
      {"2. Roe, J. (2024, March). \"Kite benchmarks\". Medium.", "Medium", "Medium", "Kite benchmarks", "2024-03", ""},
  });
}

TEST_CASE("an italic title after its author: APA without quotes and without a url", "[ingest][references]") {
  checkAll({
      {"2. Okafor, J. (2025, March 6). *What is Kite? The robot explained*. Orbit Post.", "Orbit Post", "Orbit Post",
       "What is Kite? The robot explained", "2025-03-06", ""},
      // A title of two sentences stays one title; the outlet after it is the work.
      {"6. Lee, M. (2025, March 11). *Kite is new. Here's what to know*. Ledger Daily.", "Ledger Daily", "Ledger Daily",
       "Kite is new. Here's what to know", "2025-03-11", ""},
      {"7. Smith, C. S. (2025, March 8). *Kite changes everything*. Forbes.", "Forbes", "Forbes",
       "Kite changes everything", "2025-03-08", ""},
      // A company as author is the publisher; the date follows the italic title.
      {"8. ↑ Kite Labs, *Kite 3 Technical Report* (2023). [https://arxiv.org/abs/2303.00001]"
       "(https://arxiv.org/abs/2303.00001)",
       "Kite Labs", "", "Kite 3 Technical Report", "2023", "https://arxiv.org/abs/2303.00001"},
      {"9. ↑ Okafor et al., *Robots at Scale* (2022). [https://arxiv.org/abs/2204.00002]"
       "(https://arxiv.org/abs/2204.00002)",
       "arxiv.org", "", "Robots at Scale", "2022", "https://arxiv.org/abs/2204.00002"},
      // After a plain title the italic span is the work, and all before it is the title.
      {"10. ↑ Roe, K (2017). Kite unveiled. Here's what you need to know. *Futurism*. "
       "[https://futurism.example/k](https://futurism.example/k)",
       "Futurism", "Futurism", "Kite unveiled. Here's what you need to know", "2017", "https://futurism.example/k"},
  });
}

TEST_CASE("arXiv identifiers, 'Retrieved from' and long author lists", "[ingest][references]") {
  checkAll({
      {"1. ↑ [1.0](#cite_ref-k_1-0) [1.1](#cite_ref-k_1-1) Okafor, D., Lee, B., Roe, S., et al. (2024). \"KITE: "
       "Benchmarking Robot Agents\". arXiv:2411.00001. Retrieved from "
       "[https://arxiv.org/abs/2411.00001](https://arxiv.org/abs/2411.00001)",
       "arXiv", "arXiv", "KITE: Benchmarking Robot Agents", "2024", "https://arxiv.org/abs/2411.00001"},
      {"2. [↑](#cite_ref-n_2-0) Kite Labs. (2025). \"Benchmarking robot agents with Kite\". Retrieved from "
       "[https://developer.kite.example/blog/b](https://developer.kite.example/blog/b)",
       "Kite Labs", "", "Benchmarking robot agents with Kite", "2025", "https://developer.kite.example/blog/b"},
      // More authors than the name slot's usual length: still authors, the arXiv id names the work.
      {"3. ↑ Okafor, R, de Lee, D, Hall, J, Roe, N, Chen, A, Park, H-T, Jin, A, Bos, T, Baker, L, Du, Y, Li, Y, "
       "Lee, H, Zheng, HS, Ghafouri, A, Menegali, M, Huang, Y and Le, Q (2022). Kite: Robots for Dialog. "
       "arXiv:2201.00003v3. [https://arxiv.org/pdf/2201.00003.pdf](https://arxiv.org/pdf/2201.00003.pdf)",
       "arXiv", "arXiv", "Kite: Robots for Dialog", "2022", "https://arxiv.org/pdf/2201.00003.pdf"},
  });
}

TEST_CASE("a label and a url, a site before its page, authors with nothing else", "[ingest][references]") {
  checkAll({
      {"1. [↑](#cite_ref-”1”_1-0) Orbit Interview "
       "[https://www.orbit.example/2023/kite](https://www.orbit.example/2023/kite)",
       "Orbit Interview", "", "", "", "https://www.orbit.example/2023/kite"},
      {"4. ↑ Kitelib. Introduction to robot arms. Retrieved from "
       "[https://kitelib.example/arms](https://kitelib.example/arms)",
       "Kitelib", "", "Introduction to robot arms", "", "https://kitelib.example/arms"},
      {"8. ↑ Kite Hub. Inference Endpoints. Kite Hub. [https://kitehub.example/ie](https://kitehub.example/ie)",
       "Kite Hub", "Kite Hub", "Inference Endpoints", "", "https://kitehub.example/ie"},
      {"3. ↑ Nabeel, M. What is Kite Hub? Educative. "
       "[https://www.educative.example/k](https://www.educative.example/k)",
       "Educative", "Educative", "What is Kite Hub?", "", "https://www.educative.example/k"},
      // No work, no url: the authors are the only ones named.
      {"8. [↑](#cite_ref-k_8-0) Yang, John, et al. \"Kite-agent: Interfaces for robots.\" 2024. Cite error: Invalid "
       "`<ref>` tag; name \"k\" defined multiple times with different content",
       "Yang, John, et al", "", "Kite-agent: Interfaces for robots", "2024", ""},
      // A note in parentheses after the title is no work; a name before the title that is a link's rest is none.
      {"5. ↑ Okafor et al., \"Kite transparency index\" (paper & update). "
       "[https://crfm.uni.example/k.pdf](https://crfm.uni.example/k.pdf)",
       "uni.example", "", "Kite transparency index", "", "https://crfm.uni.example/k.pdf"},
      {"6. ↑ [https://cloud.kite.example/studio](https://cloud.kite.example/studio) - *Kite Cloud Studio* (product "
       "page)",
       "kite.example", "", "Kite Cloud Studio", "", "https://cloud.kite.example/studio"},
  });
}

TEST_CASE("Cite error lines and empty entries are no source, an empty entry keeps its number", "[ingest][references]") {
  Article a = readArticle(
      "# Kite\n\nKite scored 41% on the board.[&#91;2&#93;](#cite_note-b-2)\n\n## References\n\n"
      "1. \n2. \n\nCite error: `<ref>` tag with name \"web\" defined in `<references>` is not used in prior text.\n",
      "kite.md");
  REQUIRE(a.references.size() == 2);
  CHECK(a.references[1].number == 2);
  CHECK(a.references[1].isEmpty());
  CHECK(a.blocks.at(0).sentences.at(0).refs == std::vector<int>{2});
}

TEST_CASE("table rows under a cited lead-in are backed by its markers", "[ingest][references]") {
  Article a = readArticle(
      "# Kite\n\n## Results\n\nAt launch the models scored:[&#91;1&#93;](#cite_note-a-1)\n\n"
      "| Model | Score |\n| --- | --- |\n| Kite 2 | 69% |\n| Kite 1 | 14%[&#91;2&#93;](#cite_note-b-2) |\n"
      "| Kite 0 | 9% |\n\nA paragraph.\n\n| Model | Score |\n| --- | --- |\n| Kite X | 5% |\n\n## References\n\n"
      "1. Orbit Post. \"A\". 2024. [https://o.example/a](https://o.example/a)\n"
      "2. Orbit Post. \"B\". 2024. [https://o.example/b](https://o.example/b)\n",
      "kite.md");
  std::vector<std::vector<int>> rows;
  for (const auto& b : a.blocks)
    if (b.kind == BlockKind::kTableRow) rows.push_back(b.sentences.at(0).refs);
  REQUIRE(rows.size() == 4);
  CHECK(rows[0] == std::vector<int>{1});
  CHECK(rows[1] == std::vector<int>{2});  // its own marker wins
  CHECK(rows[2] == std::vector<int>{1});  // the rest of the table is still under the lead-in
  CHECK(rows[3].empty());                 // a paragraph between ends the lead-in
}

TEST_CASE("author-date entries: a site after the title is the publisher, a user's handle never is",
          "[ingest][references]") {
  checkAll({
      // APA names the site after the title; the organisation before the date is its author.
      {"1. ↑ [1.0](#cite_ref-g_1-0) Kite Research. (2025). \"kite-bench: Agent Harness\". CodeHost. Retrieved from "
       "[https://codehost.example/kite/bench](https://codehost.example/kite/bench)",
       "CodeHost", "CodeHost", "kite-bench: Agent Harness", "2025", "https://codehost.example/kite/bench"},
      {"2. Kite Research. (2025). \"Shaping agents\". Kite.example Blog. Retrieved from "
       "[https://kite.example/blog/s](https://kite.example/blog/s)",
       "Kite.example Blog", "Kite.example Blog", "Shaping agents", "2025", "https://kite.example/blog/s"},
      // A handle as author: the site after the title, or else the URL's domain, is the publisher.
      {"3. [↑](#cite_ref-l_3-0) Orbit0730. (2025). \"Kite Leaderboard\". Model Spaces. Retrieved from "
       "[https://spaces.example/Orbit0730/kite](https://spaces.example/Orbit0730/kite)",
       "Model Spaces", "Model Spaces", "Kite Leaderboard", "2025", "https://spaces.example/Orbit0730/kite"},
      {"4. Orbit0730. (2025). \"Kite repository\". Retrieved from "
       "[https://codehost.example/Orbit0730/kite](https://codehost.example/Orbit0730/kite)",
       "codehost.example", "", "Kite repository", "2025", "https://codehost.example/Orbit0730/kite"},
  });
  // Only the publisher and date are asserted: the words after these titles are notes, no works.
  checkAll({
      // A note with a date after the title names no site: the company stays the publisher.
      {"6. Kite Labs. (2025). \"Usage Policies\". Effective October 17, 2025. Retrieved from "
       "[https://kite.example/policies](https://kite.example/policies)",
       "Kite Labs", nullptr, nullptr, "2025", nullptr},
      {"7. Kite Labs. (2025). Usage Policies. Effective October 17, 2025. "
       "[https://kite.example/policies](https://kite.example/policies)",
       "Kite Labs", nullptr, "Usage Policies", "2025", nullptr},
      // A site's name and its date before a colon, not closed by a full stop, stay its publisher.
      {"5. [https://docs.kite.example/w.pdf](https://docs.kite.example/w.pdf) — Kite Whitepaper (Aug 14, 2025): "
       "\"Secure robots\" discussing fleet isolation.",
       "Kite Whitepaper", nullptr, nullptr, "2025-08-14", nullptr},
  });
}

TEST_CASE("an entry that shows two URLs is the first, a label of the link's kind is no work", "[ingest][references]") {
  checkAll({
      {"8. [↑](#cite_ref-h_8-0) Kite Vision Lab (2025). “Kite2: Long portraits” (repository/website). URLs: "
       "[https://codehost.example/kite2](https://codehost.example/kite2) and "
       "[https://kite-vision.example/kite2/](https://kite-vision.example/kite2/)",
       "Kite Vision Lab", "", "Kite2: Long portraits", "2025", "https://codehost.example/kite2"},
      {"5. [↑](#cite_ref-o_5-0) PaperReview (2025). “Kite2: Long portraits” (poster). PDF URL: "
       "[https://paperreview.example/pdf/1.pdf](https://paperreview.example/pdf/1.pdf)",
       "PaperReview", "", "Kite2: Long portraits", "2025", "https://paperreview.example/pdf/1.pdf"},
  });
}

TEST_CASE("a bare URL's site is named as the snapshot's references name it, or by its own label",
          "[ingest][references]") {
  // data/site_names.tsv holds the names; these four are names many articles give their sites.
  REQUIRE(lexicon().siteNames.at("spectrum.ieee.org") == "IEEE Spectrum");
  REQUIRE(lexicon().siteNames.at("techcrunch.com") == "TechCrunch");
  REQUIRE(lexicon().siteNames.at("nvidia.com") == "NVIDIA");
  REQUIRE(lexicon().siteNames.count("kitecloud.nvidia.com") == 0);
  Article a = readArticle(
      "# Kite\n\nKite was tested on Orbit-Bench by Kite Labs.\n\n## References\n\n"
      "1. ↑ [1.0](#cite_ref-a_1-0) [https://spectrum.ieee.org/kite](https://spectrum.ieee.org/kite)\n"
      "2. [↑](#cite_ref-b_2-0) [https://www.TechCrunch.com/2025/kite](https://www.TechCrunch.com/2025/kite)\n"
      "3. [↑](#cite_ref-c_3-0) [https://kitecloud.nvidia.com/docs](https://kitecloud.nvidia.com/docs)\n"
      "4. [↑](#cite_ref-d_4-0) [https://orbit-bench.pages.example/](https://orbit-bench.pages.example/)\n"
      "5. [↑](#cite_ref-e_5-0) [https://docs.pages.example/](https://docs.pages.example/)\n",
      "kite.md");
  REQUIRE(a.references.size() == 5);
  CHECK(a.references[0].publisher == "IEEE Spectrum");  // the host's own name, not IEEE's
  CHECK(a.references[1].publisher == "TechCrunch");
  CHECK(a.references[2].publisher == "NVIDIA");         // an unknown host of a known domain
  CHECK(a.references[3].publisher == "Orbit-Bench");    // a site on a host of sites, as the text names it
  CHECK(a.references[4].publisher == "pages.example");  // "Docs" is a common word, no site's name
}

// h-ref13: "Title. Creators[, Outlet], Date. [url](url)", the layout of a whole list in one snapshot
// article, and the URL's site where the entry names a creator but no outlet. Made-up entries of
// those forms; the site table (data/site_names.tsv) names arxiv.org, medium.com and techcrunch.com.
TEST_CASE("title, creators and date: authors are no publisher, the outlet or the known site is",
          "[ingest][references]") {
  checkAll({
      {"1. ↑ [1.0](#cite_ref-kite_1-0) [1.1](#cite_ref-kite_1-1) Kite Nets: Cheap Flight for Small Robots. Ada Roe, "
       "Ben Lim, et al., March 2024. [https://arxiv.org/abs/2403.00001](https://arxiv.org/abs/2403.00001)",
       "arXiv", "", "Kite Nets: Cheap Flight for Small Robots", "2024-03", "https://arxiv.org/abs/2403.00001"},
      // An organisation as the one author of a paper on the same site, and a year alone.
      {"2. [↑](#cite_ref-x_2-0) Kite-2 Technical Report. Kite-AI, 2023. "
       "[https://arxiv.org/pdf/2301.00002](https://arxiv.org/pdf/2301.00002)",
       "arXiv", "", "Kite-2 Technical Report", "2023", nullptr},
      // A capitalised name after one person is the outlet.
      {"3. [↑](#cite_ref-m_3-0) Why Kites Fly: A Short Tour. Clara Voss, Medium, August 2025. "
       "[https://medium.com/@cvoss/why-kites-fly-1a2b](https://medium.com/@cvoss/why-kites-fly-1a2b)",
       "Medium", "Medium", "Why Kites Fly: A Short Tour", "2025-08", nullptr},
      // A last name that writes the URL's own host is the outlet, after a person or not.
      {"4. [↑](#cite_ref-k_4-0) A Gentle Guide to Kites. Ines Varga, Kite Flying Mastery, September 2025. "
       "[https://kiteflyingmastery.com/guide/](https://kiteflyingmastery.com/guide/)",
       "Kite Flying Mastery", "Kite Flying Mastery", "A Gentle Guide to Kites", "2025-09", nullptr},
      // Undated: "Person, Outlet" is read so too.
      {"5. [↑](#cite_ref-g_5-0) Kites (and Strings!) Explained. Ines Varga, Medium. "
       "[https://medium.com/@ivarga/kites-5e5a](https://medium.com/@ivarga/kites-5e5a)",
       "Medium", "Medium", "Kites (and Strings!) Explained", "", nullptr},
      // One author on a site no table names: the author's own site.
      {"6. [↑](#cite_ref-p_6-0) Kite Attention, Explained. Omar Tell, February 2025. "
       "[https://omartell.example.io/2025/02/kites.html](https://omartell.example.io/2025/02/kites.html)",
       "Omar Tell", "", "Kite Attention, Explained", "2025-02", nullptr},
      // Two authors joined by "and" there name no publisher: the domain stands in.
      {"7. [↑](#cite_ref-q_7-0) Kite Hardware. Ada Roe and Ben Lim, June 2025. "
       "[https://kites.example.org/hw](https://kites.example.org/hw)",
       "example.org", "", "Kite Hardware", "2025-06", nullptr},
  });
}

TEST_CASE("the URL's known site against a name that is not it: a title's colon head, a dash part, an author",
          "[ingest][references]") {
  checkAll({
      // A title's own colon is no site when the URL is on a known one ...
      {"1. [↑](#cite_ref-f_1-0) KiteNet: Fast Exact Flight with Wind-Awareness. "
       "[https://arxiv.org/abs/2205.00006](https://arxiv.org/abs/2205.00006)",
       "arXiv", "", "KiteNet: Fast Exact Flight with Wind-Awareness", "", nullptr},
      // ... and a head that is the site itself stays the publisher.
      {"2. Medium: Kites for Beginners. [https://medium.com/k](https://medium.com/k)", "Medium", "",
       "Kites for Beginners", "", nullptr},
      // The last dash part that names the URL's site is the site; the rest is the title.
      {"3. Flying Kites - Medium. URL: [https://medium.com/k2](https://medium.com/k2)", "Medium", "", "Flying Kites",
       "", nullptr},
      {"4. Kites Through the Ages: A History - Clara Voss - Medium. URL: "
       "[https://medium.com/k3](https://medium.com/k3)",
       "Medium", "", "Kites Through the Ages: A History - Clara Voss", "", nullptr},
      {"5. Introducing Kite 4 - Kitecorp (22 May 2025). [https://www.kitecorp.com/news/kite-4]"
       "(https://www.kitecorp.com/news/kite-4)",
       "Kitecorp", "", "Introducing Kite 4", "2025-05-22", nullptr},
      // A person in the author-date slot with no work, on a known site: the site published it ...
      {"6. ↑ [6.0](#cite_ref-t_6-0) Dana Pell&#32;(2023-06-15).&#32;[\"Kite maker raises seed round\"]"
       "(https://techcrunch.com/2023/06/15/kite-maker/).&#32;"
       "[https://techcrunch.com/2023/06/15/kite-maker/](https://techcrunch.com/2023/06/15/kite-maker/).",
       "TechCrunch", "", "Kite maker raises seed round", "2023-06-15", nullptr},
      // ... on the author's own site the author did ...
      {"7. [↑](#cite_ref-s_7-0) Omar Tell&#32;(May 2, 2025).&#32;[\"Kites are fun\"](https://omartell.net/kites/).&#32;"
       "[https://omartell.net/kites/](https://omartell.net/kites/).",
       "Omar Tell", "", "Kites are fun", "2025-05-02", nullptr},
      // ... and an organisation there put the page out on its own account.
      {"8. [↑](#cite_ref-o_8-0) Kite Lab (2025). \u201Ckitelab/kitenet \u2014 README.\u201D URL: "
       "[https://github.com/kitelab/kitenet](https://github.com/kitelab/kitenet)",
       "Kite Lab", "", nullptr, "2025", nullptr},
  });
}

TEST_CASE("a Markdown link is found by its byte scan where its pattern finds it", "[ingest][references]") {
  // The pattern as takeUrl read every link before the scan: unanchored, its three groups.
  static const re2::RE2 kMarkdownUrl("\\[([^\\]]*)\\]\\((https?://(?:[^()\\s]|\\([^()\\s]*\\))+)\\)");
  const std::string_view pieces[] = {
      "[", "]",  "(",  ")",  "](", "](http://", "](https://", "http",         "s",        "://",  "x",     "a.b/c",
      " ", "\t", "\n", "\v", "_(", "(c)",       "))",         "\xE2\x80\x9C", "\xC3\xA9", "\xFF", "Title", "[1]"};
  std::mt19937 rng(20261207);
  std::size_t links = 0;
  for (int round = 0; round < 40000; ++round) {
    // Pieces at random, or a link's shape with pieces at random in each of its parts.
    const auto some = [&](std::size_t most) {
      std::string out;
      for (std::size_t k = rng() % (most + 1); k > 0; --k) out += pieces[rng() % std::size(pieces)];
      return out;
    };
    const std::string text = round % 2 == 0 ? some(12)
                                            : some(3) + "[" + some(2) + (rng() % 2 ? "](http://" : "](https://") +
                                                  some(4) + (rng() % 4 ? ")" : "") + some(3);
    const re2::StringPiece input(text);
    re2::StringPiece m[3];
    const bool byPattern = kMarkdownUrl.Match(input, 0, input.size(), re2::RE2::UNANCHORED, m, 3);
    const std::optional<MarkdownLink> found = findMarkdownLink(text);
    INFO(text);
    REQUIRE(found.has_value() == byPattern);
    if (!byPattern) continue;
    ++links;
    REQUIRE(found->begin == static_cast<std::size_t>(m[0].data() - text.data()));
    REQUIRE(found->end == found->begin + m[0].size());
    REQUIRE(found->text == std::string_view(m[1].data(), m[1].size()));
    REQUIRE(found->url == std::string_view(m[2].data(), m[2].size()));
  }
  CHECK(links > 1000);
  const std::optional<MarkdownLink> wiki = findMarkdownLink("See [xAI](https://en.wikipedia.org/wiki/XAI_(company)).");
  REQUIRE(wiki.has_value());
  CHECK(wiki->url == "https://en.wikipedia.org/wiki/XAI_(company)");
  CHECK(wiki->text == "xAI");
  CHECK_FALSE(findMarkdownLink("[a](https://x.org/a b)").has_value());
}

TEST_CASE("a label-and-link entry and an author-year entry pass their byte tests wherever their patterns match",
          "[ingest][references]") {
  // The patterns as readLabelLinkLayout and readUnquotedLayout match them (fullMatch), read here by RE2 on UTF-8.
  static const re2::RE2 kLabelLink(
      "^\\s*([^\\[\\]:\"\u201C()*]{2,80}?)\\s*:\\s*\\[([^\\]]*)\\]\\((https?://[^()\\s]+)\\)\\s*\\.?\\s*$");
  static const re2::RE2 kAuthorYear("^([^()]{2,}?)\\s*\\(([^()]{0,30}\\b\\d{4}\\b[^()]{0,12})\\)[.,]?\\s*(.+)$");
  const std::string_view pieces[] = {"[",  "]",  "(",  ")",        ":",    "](https://a.b)", "Lab", "x", " ",
                                     "\t", "\n", "\f", "\v",       ".",    "2023",           "19",  "0", ",",
                                     "*",  "\"", "“",  "\xC3\xA9", "\xFF", "Okafor, J."};
  std::mt19937 rng(20261207);
  std::size_t labelLinks = 0, authorYears = 0, rejected = 0;
  for (int round = 0; round < 40000; ++round) {
    const auto some = [&](std::size_t most) {
      std::string out;
      for (std::size_t k = rng() % (most + 1); k > 0; --k) out += pieces[rng() % std::size(pieces)];
      return out;
    };
    // Pieces at random, or either layout's shape with pieces at random in its parts.
    std::string text;
    switch (round % 3) {
      case 0:
        text = some(12);
        break;
      case 1:
        text = some(3) + "Label" + some(2) + ":" + some(2) + "[" + some(2) + "](https://x.org/a)" + some(3);
        break;
      default:
        text = some(2) + "Roe, A." + some(2) + "(" + some(2) + "2024" + some(2) + ")" + some(4);
        break;
    }
    INFO(text);
    const bool labelLink = re2::RE2::FullMatch(text, kLabelLink), authorYear = re2::RE2::FullMatch(text, kAuthorYear);
    if (labelLink) REQUIRE(mayBeLabelLink(text));
    if (authorYear) REQUIRE(mayBeAuthorYear(text));
    labelLinks += labelLink;
    authorYears += authorYear;
    rejected += !mayBeLabelLink(text) + !mayBeAuthorYear(text);
  }
  CHECK(labelLinks > 400);
  CHECK(authorYears > 1000);
  CHECK(rejected > 40000);  // each test turns most texts away, which is what it is for
  CHECK(mayBeLabelLink("Official Proposal: [GitHub](https://github.com/x) . "));
  CHECK_FALSE(mayBeLabelLink("Proposal - [GitHub](https://github.com/x)"));
  CHECK(mayBeAuthorYear("Okafor, J. (2023). Scaling robots."));
  CHECK_FALSE(mayBeAuthorYear("(2023) Okafor"));
  CHECK_FALSE(mayBeAuthorYear("Okafor (2023 (draft)). Scaling"));  // another bracket opens before the year's closes
}

TEST_CASE("an access date's word is found by bytes where its pattern finds it", "[ingest][references]") {
  // The pattern as takeAccessDate read every entry before the scan: unanchored, the whole match's start.
  static const re2::RE2 kAccess("(?i)(\\(?\\b(?:retrieved|accessed|archived)\\b)");
  const std::string_view pieces[] = {
      "retrieved", "RETRIEVED", "Accessed", "acce\u017F\u017Fed", "aRcHiVeD", "retriev", "ed", "(", "((", "_", "x",
      "1",         " ",         "\t",       "\xC3\xA9",           "Archive"};
  std::mt19937 rng(20261207);
  std::size_t found = 0;
  for (int round = 0; round < 40000; ++round) {
    std::string text;
    for (std::size_t k = rng() % 9; k > 0; --k) text += pieces[rng() % std::size(pieces)];
    re2::StringPiece m;
    const bool byPattern = re2::RE2::PartialMatch(text, kAccess, &m);
    const std::optional<std::size_t> at = accessWordAt(text);
    INFO(text);
    REQUIRE(at.has_value() == byPattern);
    if (!byPattern) continue;
    ++found;
    REQUIRE(*at == static_cast<std::size_t>(m.data() - text.data()));
  }
  CHECK(found > 5000);
  CHECK(accessWordAt("Fox News. (Retrieved March 2026)") == std::optional<std::size_t>(10));
  CHECK(accessWordAt("Unretrieved, accessed_by, archived") == std::optional<std::size_t>(26));
  CHECK_FALSE(accessWordAt("Unretrieved notes").has_value());
}
