#pragma once
// The corpus's own page titles as known names (issue #12). An article is extracted alone and
// cannot tell that its "outliers" or "outlier detection" is the name of another page of the same
// corpus: written in lower case, or of common words, such a phrase is no name by its shape. When a
// corpus is ingested (a folder, several files), a first pass reads every page's title and slug
// (EntityRegistry::ofFiles reads their front matter), and each article's extraction consults the
// result, read-only: the same for any file order or thread count. A single file has none.
//
// A phrase names a page when its folded words are the page's title (an aside in brackets at its
// end dropped: "Kimi (chatbot)" is "kimi"), its slug's words, or either with its last word in the
// other grammatical number ("outlier" and "outliers"). A phrase two pages share names neither.

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ingest/EntityRegistry.h"

namespace cg::ingest {

class Gazetteer {
 public:
  // A page a phrase names: its slug (the key its entity takes) and its title (the entity's name).
  struct Entry {
    std::string slug, title;
  };

  Gazetteer() = default;
  explicit Gazetteer(const std::vector<EntityRegistry::Page>& pages);

  // The page whose title (or slug) the phrase is, as the header says; nullptr for none or two.
  [[nodiscard]] const Entry* find(std::string_view phrase) const;
  [[nodiscard]] bool empty() const { return entries_.empty(); }

  // "outlier detection": a phrase's folded words joined by one space.
  [[nodiscard]] static std::string wordsOf(std::string_view phrase);

 private:
  void add(const std::string& words, int entry);

  std::vector<Entry> entries_;
  std::unordered_map<std::string, int> byWords_;  // folded words -> entry (kAmbiguous: two pages)
};

}  // namespace cg::ingest
