#include "ingest/Subjects.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "ingest/Lexicon.h"
#include "ingest/Text.h"

namespace cg::ingest {
namespace {

bool hasWordCharacter(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
}

}  // namespace

bool leadsCell(std::string_view text, std::size_t cellBegin, std::size_t cellEnd, const Mention& m) {
  if (m.begin < cellBegin || m.end > cellEnd || cellEnd > text.size()) return false;
  if (hasWordCharacter(text.substr(cellBegin, m.begin - cellBegin))) return false;
  std::string_view rest = trim(text.substr(m.end, cellEnd - m.end));
  if (!rest.empty() && rest.front() == '(')
    if (std::size_t close = rest.find(')'); close != std::string_view::npos) rest = rest.substr(close + 1);
  const std::vector<Token> words = tokenize(rest);
  const auto lowerCase = [&](const Token& t) { return std::islower(static_cast<unsigned char>(rest[t.begin])) != 0; };
  // "Claude 3", "Google Investment": the rest of a cut name; "NordBio 40 index": its kind noun.
  return std::none_of(words.begin(), words.end(), lowerCase) || words.size() == 1;
}

std::optional<LabelEnd> labelSeparator(std::string_view text, std::size_t from) {
  std::optional<LabelEnd> best;
  for (std::string_view separator : {":", " - ", " \u2013 ", " \u2014 "})
    if (std::size_t at = text.find(separator, from); at != std::string_view::npos && (!best || at < best->at))
      best = LabelEnd{at, at + separator.size()};
  return best;
}

namespace {
std::string wordBefore(std::string_view text, std::size_t at) {
  std::string_view before = text.substr(0, at);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  const std::size_t space = before.rfind(' ');
  return lowerAscii(before.substr(space == std::string_view::npos ? 0 : space + 1));
}
}  // namespace

bool afterIndefiniteArticle(std::string_view text, std::size_t nameBegin) {
  const std::string word = wordBefore(text, nameBegin);
  return word == "a" || word == "an";
}

bool afterArticle(std::string_view text, std::size_t wordBegin) {
  return afterIndefiniteArticle(text, wordBegin) || wordBefore(text, wordBegin) == "the";
}

bool namedAsExample(std::string_view text, std::size_t sentenceBegin, std::size_t nameBegin) {
  if (nameBegin <= sentenceBegin || nameBegin > text.size()) return false;
  const std::string before = lowerAscii(text.substr(sentenceBegin, nameBegin - sentenceBegin));
  std::size_t cueEnd = std::string::npos;
  for (std::string_view cue : {" such as ", " like ", " including ", " e.g. ", " e.g., "})
    if (std::size_t at = before.rfind(cue);
        at != std::string::npos && (cueEnd == std::string::npos || at + cue.size() > cueEnd))
      cueEnd = at + cue.size();
  if (cueEnd == std::string::npos) return false;
  // Between the cue and the name: earlier examples only ("LZ4, Snappy and "), no word of a clause.
  std::string_view between = std::string_view(text).substr(sentenceBegin + cueEnd, nameBegin - sentenceBegin - cueEnd);
  for (const Token& t : tokenize(between)) {
    std::string_view word = between.substr(t.begin, t.end - t.begin);
    if (std::islower(static_cast<unsigned char>(word[0])) != 0 && word != "and" && word != "or") return false;
  }
  // "competitors like Apple's Mac Studio, which offers 400 GB/s": a relative clause is about it.
  const std::string after = lowerAscii(text.substr(nameBegin, std::min<std::size_t>(text.size() - nameBegin, 80)));
  const bool antecedent = after.find(", which ") != std::string::npos || after.find(", who ") != std::string::npos;
  // "platforms like Zapier (8,000+ apps)": an aside in brackets after the example is about it.
  const std::size_t nameEnd = std::min(after.find_first_of("(,;"), after.size());
  if (nameEnd > 0 && after[nameEnd] == '(' && after[nameEnd - 1] == ' ') return false;
  return between.find_first_of(";:") == std::string_view::npos && !antecedent;
}

bool opensClause(std::string_view text, std::size_t clauseBegin, const Mention& m) {
  if (m.possessor || m.prepositional || m.begin < clauseBegin || m.end >= text.size()) return false;
  const std::string_view before = trim(text.substr(clauseBegin, m.begin - clauseBegin));
  if (!before.empty() && before != "The" && before != "the") return false;
  std::string_view rest = text.substr(m.end);
  if (rest.empty() || rest.front() != ' ') return false;
  rest = trim(rest);
  if (!rest.empty() && rest.front() == '(')  // "Orion 2 (2024) has ..."
    rest = trim(rest.substr(std::min(rest.size(), rest.find(')') + 1)));
  const std::vector<Token> words = tokenize(rest.substr(0, std::min<std::size_t>(rest.size(), 40)));
  if (words.empty() || words.front().begin != 0) return false;
  const std::string verb = lowerAscii(rest.substr(0, words.front().end));
  if (std::islower(static_cast<unsigned char>(rest.front())) == 0 || verb == "and" || verb == "or") return false;
  const Lexicon& lex = lexicon();
  return !lex.prepositions.count(verb) &&
         std::find(lex.functionWords.begin(), lex.functionWords.end(), verb) == lex.functionWords.end();
}

bool opensWithIt(std::string_view sentence) {
  std::vector<Token> tokens = tokenize(sentence.substr(0, std::min<std::size_t>(sentence.size(), 60)));
  if (tokens.size() < 2 || sentence.substr(tokens[0].begin, tokens[0].end - tokens[0].begin) != "It") return false;
  for (std::size_t k = 1; k < tokens.size() && k <= 4; ++k)
    if (lowerAscii(sentence.substr(tokens[k].begin, tokens[k].end - tokens[k].begin)) == "that") return false;
  return true;
}

const Mention* leadInName(std::string_view text, const std::vector<Mention>& mentions) {
  std::string_view lead = trim(text);
  if (lead.empty() || lead.back() != ':') return nullptr;
  const std::size_t colon = static_cast<std::size_t>(lead.data() - text.data()) + lead.size() - 1;
  const Mention* last = nullptr;
  for (const Mention& m : mentions)
    if (m.end <= colon) last = &m;
  if (!last) return nullptr;
  std::string_view between = text.substr(last->end, colon - last->end);
  std::vector<Token> words = tokenize(between);
  const bool plainWords = std::all_of(words.begin(), words.end(), [&](const Token& t) {
    return std::islower(static_cast<unsigned char>(between[t.begin])) != 0;
  });
  return words.size() <= 2 && plainWords ? last : nullptr;
}

}  // namespace cg::ingest
