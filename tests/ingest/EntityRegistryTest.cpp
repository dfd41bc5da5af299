// One thing, one entity across articles (ingest/EntityRegistry.cpp): keys spelled alike are one
// key, a mention named as a page is that page's entity, a URL is no entity, and a link's words that
// are another page's name do not name it. The corpus is tests/fixtures/entity-registry/, articles
// of our own.
#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "TestSupport.h"
#include "graph/Fold.h"
#include "ingest/EntityRegistry.h"
#include "ingest/Ingest.h"

using namespace cg;
using cg::ingest::EntityRegistry;
using cg::test::repo;

TEST_CASE("keys spelled with '-', '.', '_', an encoded dash or a punctuation mark past ASCII are spelled alike",
          "[ingest][registry]") {
  struct Case {
    const char *key, *spelled;
  };
  for (const Case& c :
       {Case{"gpt-5", "gpt_5"}, Case{"gpt_5", "gpt_5"}, Case{"tau2-bench", "tau2_bench"},
        Case{"character.ai", "character_ai"}, Case{"tesla_inc.", "tesla_inc"},
        Case{"llama_(language_model)", "llama_language_model"},
        Case{"bradley_e2_80_93terry_model", "bradley_terry_model"}, Case{"GPT-4o", "gpt_4o"},
        Case{"humaneval+", "humaneval+"}, Case{".net", ".net"}, Case{"-bench", "-bench"},
        // The encoded dash in capitals; "%E2%80%96" is no dash; a key ending in its first
        // seven bytes holds none.
        Case{"Bradley_E2_80_94Terry", "bradley_terry"}, Case{"x_e2_80_96y", "x_e2_80_96y"},
        Case{"x_e2_80_9", "x_e2_80_9"}, Case{"AT&T  Labs", "at&t_labs"},
        // A middle dot or a bullet joins words as a hyphen does; a letter past ASCII is a
        // letter, and a mark closing the key adds no '_'.
        Case{"DALL·E", "dall_e"}, Case{"dall•e_3", "dall_e_3"}, Case{"τ-bench", "τ_bench"}, Case{"café·", "café"}}) {
    INFO(c.key);
    CHECK(EntityRegistry::spelling(c.key) == c.spelled);
  }
}

TEST_CASE("a page's front matter gives its slug, title, categories and lead", "[ingest][registry]") {
  const auto page = EntityRegistry::pageOf(
      "---\ntitle: \"Widget (Wide Dial Gauge Tester)\"\ncategories:\n  - \"Terms\"\n---*See also: x*\n\n"
      "![logo.png](/images/logo.png)\n**Widget** is a gauge tester made of brass and wire.\n",
      "Widget_page");
  CHECK(page.slug == "widget_page");
  CHECK(page.title == "Widget (Wide Dial Gauge Tester)");
  CHECK(page.categories == std::vector<std::string>{"Terms"});
  CHECK(page.lead == "**Widget** is a gauge tester made of brass and wire.");
  CHECK(EntityRegistry::pageOf("no front matter\n", "x").slug.empty());
}

namespace {

struct Corpus {
  graph::ClaimGraph graph = ingest::ingest({repo("tests/fixtures/entity-registry")}).graph;

  [[nodiscard]] std::optional<graph::EntityId> keyed(std::string_view key) const {
    for (std::uint32_t i = 0; i < graph.entities().size(); ++i)
      if (graph.str(graph.entities()[graph::EntityId(i)].key) == key) return graph::EntityId(i);
    return std::nullopt;
  }
  [[nodiscard]] std::string name(std::string_view key) const {
    auto e = keyed(key);
    return e ? std::string(graph.str(graph.entities()[*e].name)) : std::string();
  }
};

}  // namespace

TEST_CASE("a mention named as a page is the page's entity", "[ingest][registry]") {
  const Corpus corpus;
  // The survey's unlinked "BOR" is the page "BOR (Bilingual Overlap Rate)".
  const auto bor = corpus.keyed("bor_bilingual_overlap_rate");
  REQUIRE(bor);
  CHECK_FALSE(corpus.keyed("bor"));
  CHECK(graph::foldKey(corpus.name("bor_bilingual_overlap_rate")) == "bor");
  // The red link "Kestrel-7" spells the page "kestrel-7" with another separator.
  CHECK(corpus.keyed("kestrel-7"));
  CHECK_FALSE(corpus.keyed("kestrel_7"));
}

TEST_CASE("a red link's qualifier decides whether it is the page of its name", "[ingest][registry]") {
  const Corpus corpus;
  // "Quantizing (machine learning)" fits the page's categories; "(signal processing)" fits nothing there.
  CHECK(corpus.keyed("quantizing"));
  CHECK_FALSE(corpus.keyed("quantizing_machine_learning"));
  CHECK(corpus.keyed("quantizing_signal_processing"));
}

TEST_CASE("a URL is no entity, and another page's name does not name a page", "[ingest][registry]") {
  const Corpus corpus;
  for (std::uint32_t i = 0; i < corpus.graph.entities().size(); ++i) {
    const std::string key(corpus.graph.str(corpus.graph.entities()[graph::EntityId(i)].key));
    INFO(key);
    CHECK_FALSE(key.starts_with("http"));
  }
  CHECK(corpus.name("learning_chatgpt_plugins") == "Learning ChatGPT Plugins");
  CHECK(corpus.name("learning") == "Learning");
}

// Which keys the corpus's graph holds: each case a key and whether an entity has it.
struct KeyCase {
  const char* key;
  bool held;
};

TEST_CASE("a product written with its maker in front is the product its bare name names", "[ingest][registry]") {
  const Corpus corpus;
  // "Tallis Labs" is a page filed under companies: "Tallis Labs Wren 2" (its page) and "Wren 2" (the
  // roundup) are one entity, keyed as the bare name, whichever article came first. Capitalised words
  // before a model named in lower case are its maker's: "Orrery r9" is "r9". With no digit ("Chat") or
  // a bare version ("V3") after the maker, the maker's name is part of the name.
  for (const KeyCase& c : {KeyCase{"wren_2", true}, KeyCase{"tallis_labs_wren_2", false}, KeyCase{"r9", true},
                           KeyCase{"orrery_r9", false}, KeyCase{"tallis_labs_chat", true},
                           KeyCase{"tallis_labs_v3", true}, KeyCase{"chat", false}, KeyCase{"v3", false}}) {
    INFO(c.key);
    CHECK(corpus.keyed(c.key).has_value() == c.held);
  }
  CHECK(corpus.name("wren_2") == "Wren 2");
}

TEST_CASE("a company linked by its name alone is keyed without its legal form", "[ingest][registry]") {
  const Corpus corpus;
  // "[Brindle](Brindle,_Inc.)" and "[Brindle](Brindle)" are one company; "[News](News_Corp.)" keeps its
  // form, since "news" is a common English word.
  for (const KeyCase& c : {KeyCase{"brindle", true}, KeyCase{"brindle_inc.", false}, KeyCase{"news_corp.", true},
                           KeyCase{"news", false}}) {
    INFO(c.key);
    CHECK(corpus.keyed(c.key).has_value() == c.held);
  }
  CHECK(corpus.name("brindle") == "Brindle");
}

TEST_CASE("a redirect page's front matter gives the slug it sends its reader to", "[ingest][registry]") {
  const auto page = EntityRegistry::pageOf(
      "---\ntitle: \"Wide dial gauge tester\"\nslug: \"wide_dial_gauge_tester\"\n---Redirect to:\n\n"
      "- [Wide Dial Gauge Tester (WDGT)](/wiki/Wide_Dial_Gauge_Tester_WDGT)\n",
      "x");
  CHECK(page.redirect == "wide_dial_gauge_tester_wdgt");
  CHECK(page.lead.empty());
  // A red link names no page to go to.
  CHECK(EntityRegistry::pageOf(
            "---\ntitle: \"AI agent\"\n---Redirect to:\n\n- [AI Agents](/index.php?title=AI_Agents)\n", "ai_agent")
            .redirect.empty());
}

TEST_CASE("pages and keys that name one thing are one entity", "[ingest][registry]") {
  const Corpus corpus;
  // "[Dial Testers](/wiki/wide_dial_gauge_tester)" links a redirect whose title names its page: the
  // page's entity. A redirect to itself ("Brace" to "brace") is the one other page of its name; of
  // "TFM" and "TFM (Torque Flow Meter)" the second is the first; "[Rotary Phase Converter (RPC)]"'s
  // red link spells the name and its own acronym, so it is the red link "Rotary phase converter".
  // "Gear learning" redirects to the gauge tester, which its title does not name: a page of its own;
  // "Widget" names one of the widgets its page "Widgets" is about, not the class: its own too.
  for (const KeyCase& c : {KeyCase{"wide_dial_gauge_tester_wdgt", true}, KeyCase{"wide_dial_gauge_tester", false},
                           KeyCase{"brace_bonded_reinforced_alloy_casing_element", true}, KeyCase{"brace", false},
                           KeyCase{"tfm", true}, KeyCase{"tfm_torque_flow_meter", false},
                           KeyCase{"rotary_phase_converter", true}, KeyCase{"rotary_phase_converter_rpc", false},
                           KeyCase{"gear_learning", true}, KeyCase{"widget", true}, KeyCase{"widgets", true}}) {
    INFO(c.key);
    CHECK(corpus.keyed(c.key).has_value() == c.held);
  }
  const auto tester = corpus.keyed("wide_dial_gauge_tester_wdgt");
  REQUIRE(tester);
  CHECK(corpus.graph.entities()[*tester].mentions == 5);
  // The link's words "Dial Testers" name neither the redirect nor its page: the page's title names it.
  CHECK(corpus.name("wide_dial_gauge_tester_wdgt") == "Wide Dial Gauge Tester");
  for (graph::StrId alias : corpus.graph.entities()[*tester].aliases) CHECK(corpus.graph.str(alias) != "Dial Testers");
  const auto tfm = corpus.keyed("tfm");
  REQUIRE(tfm);
  CHECK(corpus.graph.entities()[*tfm].mentions == 5);
}

TEST_CASE("a redirect's title is an alias of its page's entity", "[ingest][registry]") {
  const Corpus corpus;
  // "Kestrel7" redirects to "Kestrel-7", which its title names: no entity of its own, an alias of the page's,
  // which the graph finds by it.
  const auto kestrel = corpus.keyed("kestrel-7");
  REQUIRE(kestrel);
  CHECK_FALSE(corpus.keyed("kestrel7"));
  std::vector<std::string> aliases;
  for (graph::StrId alias : corpus.graph.entities()[*kestrel].aliases) aliases.emplace_back(corpus.graph.str(alias));
  CHECK(std::count(aliases.begin(), aliases.end(), "Kestrel7") == 1);
  CHECK(corpus.graph.findEntity("Kestrel7") == kestrel);
  // A title that folds to the page's name adds no alias ("Wide dial gauge tester").
  const auto tester = corpus.keyed("wide_dial_gauge_tester_wdgt");
  REQUIRE(tester);
  for (graph::StrId alias : corpus.graph.entities()[*tester].aliases)
    CHECK(graph::foldKey(corpus.graph.str(alias)) != "wide dial gauge tester");
}
