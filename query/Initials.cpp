#include "query/Initials.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>

#include "graph/AsciiRun.h"
#include "graph/Fold.h"
#include "ingest/Lexicon.h"

namespace cg::query {
namespace {

std::string_view withoutPossessive(std::string_view word) {
  if (!word.ends_with('s') && !word.ends_with('\''))  // every mark below ends so; most words do not
    return word;
  for (std::string_view s : {"'s", "\u2019s", "'"})
    if (word.ends_with(s)) return word.substr(0, word.size() - s.size());
  return word;
}

bool isFunctionWord(std::string_view word) { return ingest::lexicon().isFunctionWord(graph::foldKey(word)); }

// initialsOfName, with the test for a function word given.
template <class FunctionWord>
std::string initialsWith(std::string_view name, const FunctionWord& functionWord) {
  std::string initials;
  std::size_t words = 0;
  for (std::size_t i = 0; i < name.size();) {
    while (i < name.size() && (name[i] == ' ' || name[i] == '-')) ++i;
    const std::size_t begin = i;
    while (i < name.size() && name[i] != ' ' && name[i] != '-') ++i;
    if (i == begin) break;
    const std::string_view word = name.substr(begin, i - begin);
    const auto first = static_cast<unsigned char>(word[0]);
    // A word with a digit ("Int8 Dynamic") has no plain initial.
    if (std::any_of(word.begin(), word.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      return {};
    // Short lower-case words and function words ("of", "The") are left out of initials.
    if ((word.size() <= 3 && std::islower(first)) || functionWord(word)) continue;
    initials += static_cast<char>(std::toupper(first));
    ++words;
  }
  return words >= 2 ? initials : std::string();
}

// A word that joins the parts of a title ("University of Technology", "Food and Drug
// Administration", "The ..."), in any case.
bool joinsTitle(std::string_view word) {
  return std::ranges::any_of(std::array<std::string_view, 4>{"of", "and", "for", "the"}, [&](std::string_view w) {
    return word.size() == w.size() &&
           std::equal(word.begin(), word.end(), w.begin(), [](char a, char b) { return graph::lowerAscii(a) == b; });
  });
}

// Whether initialsOfTitle must be empty for what one word shows: a mark or digit in it, or a word
// written in lower case that is no joining word, or is one but at the end. Asked of every word
// before any is folded: most spans a check tries have such a word (issue #16: the function-word
// test of each word of every many-word span was 7% of a check at 10^6 claims).
bool endsNoTitle(std::string_view span) {
  for (std::size_t begin = 0, end = 0; begin < span.size(); begin = end + 1) {
    end = std::min(span.find(' ', begin), span.size());
    const std::string_view word = withoutPossessive(span.substr(begin, end - begin));
    if (end == begin) continue;
    if (word.empty()) return true;
    // The word's first byte before all its bytes: most words that end a title are in lower case.
    if (!graph::isUpperAscii(word[0]) && (end == span.size() || !joinsTitle(word))) return true;
    if (!std::all_of(word.begin(), word.end(), graph::isLetterAscii)) return true;
  }
  return false;
}

}  // namespace

std::string initialsOfName(std::string_view name) { return initialsWith(name, isFunctionWord); }

std::string initialsOfTitle(std::string_view span) {
  if (endsNoTitle(span)) return {};
  std::string initials;
  std::size_t words = 0;
  for (std::size_t i = 0; i < span.size();) {
    while (i < span.size() && span[i] == ' ') ++i;
    const std::size_t begin = i;
    while (i < span.size() && span[i] != ' ') ++i;
    if (i == begin) break;
    const std::string_view word = withoutPossessive(span.substr(begin, i - begin));
    if (word.empty() || !std::all_of(word.begin(), word.end(), graph::isLetterAscii)) return {};
    const bool capitals = word.size() <= 3 && std::all_of(word.begin(), word.end(), graph::isUpperAscii);
    // The words that join the parts of a name ("University of Technology", "Food and Drug
    // Administration", "The ..."), not at the end; a word in capitals is none ("US"). Any other
    // function word ("Series A in March") ends the name.
    if (!capitals && isFunctionWord(word)) {
      const std::string folded = graph::foldKey(word);
      if (i >= span.size() || (folded != "of" && folded != "and" && folded != "for" && folded != "the")) return {};
      continue;
    }
    // A lower-case content word, a single letter ("Series A") or a longer word in capitals
    // ("GIVE AN"): no title.
    if (!graph::isUpperAscii(word[0]) || word.size() < 2 ||
        (!capitals && std::all_of(word.begin(), word.end(), graph::isUpperAscii)))
      return {};
    if (capitals)
      initials += word;
    else
      initials += word[0];
    ++words;
  }
  return words >= 2 && initials.size() >= 3 && initials.size() <= 5 ? initials : std::string();
}

bool writtenAsInitials(std::string_view word) {
  word = withoutPossessive(word);
  return word.size() >= 2 && word.size() <= 5 && std::all_of(word.begin(), word.end(), graph::isUpperAscii);
}

InitialsIndex::InitialsIndex(const graph::ClaimGraph& g) {
  // The words of the graph's names recur ("Technologies", a first name): each distinct one is
  // folded (by ICU where it is not ASCII) and looked up once, not once a name (issue #16: this
  // build, on the first check that meets initials, was half the CPU of 300 checks at 10^6 claims).
  std::unordered_map<std::string_view, bool> functionWords;  // views of the graph's own strings
  auto functionWord = [&](std::string_view word) {
    auto [it, added] = functionWords.try_emplace(word, false);
    if (added) it->second = isFunctionWord(word);
    return it->second;
  };
  for (graph::EntityId id : g.entities().ids()) {
    std::string initials = initialsWith(g.str(g.entities()[id].name), functionWord);
    if (initials.size() >= 2 && initials.size() <= 5) byInitials_[std::move(initials)].push_back(id);
  }
}

std::span<const graph::EntityId> InitialsIndex::named(std::string_view initials) const {
  auto it = byInitials_.find(std::string(withoutPossessive(initials)));
  if (it == byInitials_.end()) return {};
  return it->second;
}

}  // namespace cg::query
