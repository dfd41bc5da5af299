#pragma once
// Entities of one article and where each is mentioned. Names come from wiki and red
// links (the slug is the identity), reference publishers, and unlinked names found by
// shape and context: multi-word capitalised names, acronyms and brands, names after a
// role ("chief executive Satya Nadella"), possessives ("Google's Sundar Pichai"). Later
// short forms resolve to the full name ("Nadella", "V3"). Types come from cues.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "graph/Records.h"
#include "graph/WordTable.h"
#include "ingest/Article.h"
#include "ingest/Text.h"

namespace cg::ingest {

struct Mention {
  int entity = graph::kNone;
  std::size_t begin = 0, end = 0;  // byte span in the block's plain text
  bool possessor = false;          // "Google's" in "Google's Sundar Pichai"
  bool prepositional = false;      // follows "of", "on", "by", ...: not a clause subject
};

struct ArticleEntities {
  std::vector<graph::EntityRecord> entities;
  std::vector<std::vector<Mention>> mentions;  // per block, sorted by position
  std::vector<int> publisherOf;                // per reference: its publisher's entity
  // What the article is about: the entity its title names, when the text names it too (else
  // kNone). The default subject of its figures and the referent of "the company", "it".
  int topic = graph::kNone;
  std::unordered_set<int> nameColumnTables;  // tables whose row headers are names (a list of companies)
  // On an assistant's page, which sections stand under a user's prompts (Subjects.h, userPromptSections),
  // by section; empty on any other page. Worked out once here, where names are read, for the extractor too.
  std::vector<bool> userPromptSections;

  // The entity named `name` (folded name or alias), or kNone.
  [[nodiscard]] int find(std::string_view name) const;
  graph::WordMap<int> byName;  // folded name/alias -> entity (probed with a view, no string made)
};

[[nodiscard]] ArticleEntities findEntities(const Article& article);
// The same, reading the blocks' words from `tokens` (shared with the other readers of the article).
[[nodiscard]] ArticleEntities findEntities(const Article& article, ArticleTokens& tokens);

// A title with each capitalised plain word in lower case ("Confusion matrix": "confusion matrix"; "AI
// Red Teaming": "AI red teaming"): the form a common noun's title takes in running text (a wiki
// capitalises a title's first letter whatever the word). Words with another capital or a digit ("AI",
// "GPT-4", "DeepSeek") are names and keep their case.
[[nodiscard]] std::string lowerCaseTitle(std::string_view title);

// Whether a field of the AI Wiki's page boxes (data/page_fields.tsv, folded key) lists all the page topic's
// things of its name, one link each ("Library" on a model card: the libraries Hugging Face finds files for).
[[nodiscard]] bool countedPageField(std::string_view key);
// Whether the article writes `title` only as a common noun: its lowerCaseTitle form as whole words
// somewhere ("a **confusion matrix** is"), the title as written (capitalised) nowhere, so that no
// name the text writes is the page's topic.
[[nodiscard]] bool writesTitleAsCommonNoun(const Article& article, std::string_view title);

// The maker a product is named after ("DeepSeek V3" -> DeepSeek): the first leading part of
// the product's name, cut at a space or hyphen, for which `organization(part)` returns an
// entity (an optional). One rule for extraction (article entities) and reasoning (the graph's).
template <class FindOrganization>
[[nodiscard]] auto makerNamedIn(std::string_view productName, FindOrganization&& organization)
    -> decltype(organization(productName)) {
  for (std::size_t cut = productName.find_first_of(" -"); cut != std::string_view::npos;
       cut = productName.find_first_of(" -", cut + 1))
    if (auto maker = organization(productName.substr(0, cut))) return maker;
  return {};
}

// "U.S", "U.K": whether a name is single letters joined by full stops (two or more), initials whose
// own last full stop is part of the name ("the U.S. elections"), though the text's words end before
// it. Not "Washington D.C": a name of words keeps its words (and the full stop may end a sentence).
[[nodiscard]] bool writtenAsDottedInitials(std::string_view name);
// Where the name written at [begin, end) of `text` ends with the full stop after it, when it is
// writtenAsDottedInitials and one follows ("U.S" of "the U.S. elections" ends after "U.S."); else `end`.
// The one rule of the entity finder and of a statement's names (query/).
[[nodiscard]] std::size_t endWithInitialsStop(std::string_view text, std::size_t begin, std::size_t end);

}  // namespace cg::ingest
