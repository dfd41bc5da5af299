#include "ingest/Gazetteer.h"

#include <algorithm>

#include "graph/AsciiRun.h"
#include "graph/Fold.h"
#include "ingest/Words.h"

namespace cg::ingest {

namespace {

constexpr int kAmbiguous = -1;

// The title without an aside in brackets at its end ("Kimi (chatbot)" -> "Kimi").
std::string_view withoutQualifier(std::string_view title) {
  if (const std::size_t paren = title.rfind(" ("); paren != std::string_view::npos && title.ends_with(')'))
    return title.substr(0, paren);
  return title;
}

// The words with the last one in its other grammatical number by the regular rule ("outliers" ->
// "outlier", "outlier detection" -> "outlier detections", "query" <-> "queries"): a title is a noun
// phrase, whose head the text writes in either number. "" when the last word is no word of letters,
// or ends in "ss", "us" or "is" (no plural "-s": "loss", "corpus", "analysis").
std::string otherNumber(const std::string& words) {
  const std::size_t space = words.rfind(' ');
  const std::size_t at = space == std::string::npos ? 0 : space + 1;
  const std::string_view last = std::string_view(words).substr(at);
  if (last.size() < 3 || !std::all_of(last.begin(), last.end(), graph::isLowerAscii)) return {};
  const std::string head = words.substr(0, at);
  if (last.ends_with('s')) return endsAsPlural(last) ? head + regularSingular(last) : std::string();
  return head + regularPlural(last);
}

}  // namespace

std::string Gazetteer::wordsOf(std::string_view phrase) {
  std::string out;
  for (const std::string& word : graph::foldTokens(phrase)) {
    if (!out.empty()) out.push_back(' ');
    out += word;
  }
  return out;
}

Gazetteer::Gazetteer(const std::vector<EntityRegistry::Page>& pages) {
  for (const EntityRegistry::Page& page : pages) {
    const int id = static_cast<int>(entries_.size());
    entries_.push_back({page.slug, std::string(withoutQualifier(page.title))});
    for (const std::string& words : {wordsOf(entries_.back().title), wordsOf(page.slug)}) {
      add(words, id);
      add(otherNumber(words), id);
    }
  }
}

void Gazetteer::add(const std::string& words, int entry) {
  if (words.empty()) return;
  const auto [it, fresh] = byWords_.emplace(words, entry);
  if (!fresh && it->second != entry) it->second = kAmbiguous;
}

const Gazetteer::Entry* Gazetteer::find(std::string_view phrase) const {
  const auto it = byWords_.find(wordsOf(phrase));
  if (it == byWords_.end() || it->second == kAmbiguous) return nullptr;
  return &entries_[static_cast<std::size_t>(it->second)];
}

}  // namespace cg::ingest
