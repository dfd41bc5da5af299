#include "query/WikiSources.h"

#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "graph/Fold.h"
#include "ingest/Lexicon.h"
#include "ingest/Subjects.h"

namespace cg::query {
namespace data {
extern const char* const kWikiNames;
}  // namespace data

namespace {

// A part of a statement, [begin, end) in bytes.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
};

bool isWordByte(std::string_view text, std::size_t at) {
  return at < text.size() && (std::isalnum(static_cast<unsigned char>(text[at])) || text[at] == '-');
}

// The word that ends at `at` or before it (spaces skipped); an empty span at `at` when none does.
Span wordBefore(std::string_view lower, std::size_t at) {
  std::size_t end = at;
  while (end > 0 && lower[end - 1] == ' ') --end;
  std::size_t begin = end;
  while (begin > 0 && isWordByte(lower, begin - 1)) --begin;
  return begin == end ? Span{at, at} : Span{begin, end};
}

// The word that starts at `at` or after it (spaces skipped); an empty span at `at` when none does.
Span wordAfter(std::string_view lower, std::size_t at) {
  std::size_t begin = at;
  while (begin < lower.size() && lower[begin] == ' ') ++begin;
  std::size_t end = begin;
  while (isWordByte(lower, end)) ++end;
  return begin == end ? Span{at, at} : Span{begin, end};
}

std::string_view wordAt(std::string_view lower, Span s) { return lower.substr(s.begin, s.end - s.begin); }

// The length of a possessive ending at `at` ("'s", or "’s" in UTF-8), 0 for none.
std::size_t possessiveAt(std::string_view lower, std::size_t at) {
  const std::string_view rest = lower.substr(at);
  if (rest.starts_with("'s") && !isWordByte(rest, 2)) return 2;
  if (rest.starts_with("\u2019s") && !isWordByte(rest, 4)) return 4;
  return 0;
}

// Whether the word after a wiki's name makes it the one who tells the figure: a finite speech verb
// (data/speech_verbs.txt: "the AI Wiki says"), or, where the name opens the statement, any WordNet verb in
// its present form ("The AI Wiki credits ..., "The AI Wiki lists ...").
bool tellsAfterName(std::string_view verb, bool opensStatement) {
  if (verb.empty() || verb.ends_with("ing")) return false;
  if (ingest::lexicon().speechVerbs.count(verb) > 0) return true;
  bool past = false;
  return opensStatement && !ingest::verbLemma(verb, past).empty() && !past;
}

// The mention of a wiki's name at `name` with the words that frame it as where a figure is written or who
// tells it; an empty span (at name.begin) when no frame holds it.
Span framedMention(std::string_view lower, Span name) {
  Span framed = name;
  if (const Span the = wordBefore(lower, name.begin); wordAt(lower, the) == "the") framed.begin = the.begin;
  if (const std::size_t s = possessiveAt(lower, name.end)) return {framed.begin, name.end + s};
  if (const Span before = wordBefore(lower, framed.begin);
      ingest::lexicon().prepositions.count(wordAt(lower, before)) > 0) {
    framed.begin = before.begin;
    if (const Span prior = wordBefore(lower, before.begin);
        wordAt(lower, before) == "to" && wordAt(lower, prior) == "according")
      framed.begin = prior.begin;
    return framed;
  }
  if (const Span verb = wordAfter(lower, name.end); tellsAfterName(wordAt(lower, verb), framed.begin == 0))
    return {framed.begin, verb.end};
  return {name.begin, name.begin};
}

bool endsClause(char c) { return c == ',' || c == '.' || c == ':' || c == ';' || c == ')' || c == '!' || c == '?'; }

// `text` with `cut` left out and the text on either side joined as a sentence: a comma before the cut with
// nothing after it to part goes ("..., the AI Wiki says." -> "...."), as does one after a cut that opened the
// statement ("According to the AI Wiki, ..."); one space between words, none before a stop; the first letter
// raised.
std::string cutOut(std::string_view text, Span cut) {
  std::string_view left = text.substr(0, cut.begin);
  std::string_view right = text.substr(cut.end);
  while (!left.empty() && left.back() == ' ') left.remove_suffix(1);
  while (!right.empty() && right.front() == ' ') right.remove_prefix(1);
  if (left.ends_with(',') && (right.empty() || endsClause(right.front()))) left.remove_suffix(1);
  if (left.empty() && right.starts_with(',')) right.remove_prefix(1);
  while (!right.empty() && right.front() == ' ') right.remove_prefix(1);
  std::string out(left);
  if (!left.empty() && !right.empty() && !endsClause(right.front())) out += ' ';
  out += right;
  if (left.empty() && !out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

// The first mention of `name` (lower case) at or after `from` that stands as a whole name.
std::size_t findName(std::string_view lower, std::string_view name, std::size_t from) {
  for (std::size_t at = lower.find(name, from); at != std::string_view::npos; at = lower.find(name, at + 1))
    if ((at == 0 || !isWordByte(lower, at - 1)) && !isWordByte(lower, at + name.size())) return at;
  return std::string_view::npos;
}

}  // namespace

const std::vector<std::string>& wikiNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    std::string_view rest = data::kWikiNames;
    while (!rest.empty()) {
      const std::size_t nl = rest.find('\n');
      const std::string_view line = rest.substr(0, nl);
      rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
      if (!line.empty() && !line.starts_with('#')) out.emplace_back(line);
    }
    return out;
  }();
  return names;
}

std::string withoutWikiAsSource(std::string_view statement, std::string_view wikiName) {
  std::string out(statement);
  const std::string name = graph::lowerAscii(wikiName);
  std::size_t from = 0;
  for (std::size_t at; (at = findName(graph::lowerAscii(out), name, from)) != std::string_view::npos;) {
    const Span framed = framedMention(graph::lowerAscii(out), {at, at + name.size()});
    if (framed.begin == framed.end) {
      from = at + name.size();
      continue;
    }
    out = cutOut(out, framed);
    from = framed.begin > 0 ? framed.begin - 1 : 0;
  }
  return out;
}

}  // namespace cg::query
