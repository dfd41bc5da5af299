// Names the gold of the promoted generations found cut or joined (issue #12, h-goldmiss31): a name
// closed by its own acronym in brackets goes by the name, the acronym an alias ("Multi-head Latent
// Attention (MLA)"); and a maker that the corpus's references name as a site ("NVIDIA", "AMD") is an
// entity of its own where a sentence writes it only before a product's name ("2,048 NVIDIA H800 GPUs").
// Pages of our own.
#include <string>

#include <catch2/catch.hpp>

#include "ingest/Article.h"
#include "ingest/Entities.h"
#include "ingest/WrittenNames.h"

using namespace cg::ingest;
using cg::graph::EntityType;

namespace {

const cg::graph::EntityRecord* named(const ArticleEntities& e, const std::string& name) {
  const int id = e.find(name);
  return id == cg::graph::kNone ? nullptr : &e.entities[static_cast<std::size_t>(id)];
}

ArticleEntities entitiesOf(const std::string& body, const std::string& file) {
  return findEntities(readArticle("---\ntitle: \"Quill 2\"\nslug: \"quill_2\"\n---" + body, file));
}

}  // namespace

TEST_CASE("a name closed by its own acronym: the name and the acronym", "[ingest][entities]") {
  struct Case {
    const char* written;
    const char* name;
    const char* acronym;
  };
  for (const Case& c : {Case{"Multi-head Latent Attention (MLA)", "Multi-head Latent Attention", "MLA"},
                        Case{"Art of Problem Solving (AoPS)", "Art of Problem Solving", "AoPS"},
                        Case{"Data-centric AI (DCAI)", "Data-centric AI", "DCAI"},
                        Case{"Mixture-of-Experts (MoE)", "Mixture-of-Experts", "MoE"},
                        Case{"large language models (LLMs)", "large language models", "LLMs"},
                        Case{"Allen Institute for Artificial Intelligence (AI2)",
                             "Allen Institute for Artificial Intelligence", "AI2"}}) {
    INFO(c.written);
    const auto split = acronymedName(c.written);
    REQUIRE(split.has_value());
    CHECK(split->name == c.name);
    CHECK(split->gloss == c.acronym);
  }
  // A bracket that is no acronym of the name qualifies it.
  for (const char* written : {"Essay Writing Tool (GPT)", "o3 (high)", "Misha Laskin (CEO)", "Vision + Text (VLM)",
                              "Asynchronous Methods for Deep Reinforcement Learning (A3C)", "ARC (AI2)",
                              "Imagen (Google)", "GPT-4.1 (1M context)"}) {
    INFO(written);
    CHECK_FALSE(acronymedName(written).has_value());
  }
}

TEST_CASE("a linked name with its acronym in brackets goes by the name, the acronym an alias", "[ingest][entities]") {
  const ArticleEntities e = entitiesOf(
      "**Quill 2** is a language model. It uses [Sparse Ring Attention (SRA)](/wiki/sra) in every layer.\n\n"
      "- **Sparse Ring Attention (SRA)**: keeps the cache small.\n",
      "quill_2.md");
  const auto* attention = named(e, "Sparse Ring Attention");
  REQUIRE(attention != nullptr);
  CHECK(attention->name == "Sparse Ring Attention");
  CHECK(e.find("SRA") == e.find("Sparse Ring Attention"));
  CHECK(e.find("Sparse Ring Attention (SRA)") == e.find("Sparse Ring Attention"));
}

TEST_CASE("a maker the references name as a site is an entity before a product's name", "[ingest][entities]") {
  const ArticleEntities e = entitiesOf(
      "**Quill 2** is a language model. Quill 2 was trained on a cluster of 2,048 NVIDIA H800 GPUs and served on "
      "AMD MI300X accelerators.\n",
      "quill_2.md");
  const auto* nvidia = named(e, "NVIDIA");
  REQUIRE(nvidia != nullptr);
  CHECK(nvidia->type == EntityType::kOrganization);
  const auto* amd = named(e, "AMD");
  REQUIRE(amd != nullptr);
  CHECK(amd->type == EntityType::kOrganization);
  // The product keeps its whole name, its model an alias.
  REQUIRE(named(e, "NVIDIA H800") != nullptr);
  CHECK(e.find("H800") == e.find("NVIDIA H800"));
}
