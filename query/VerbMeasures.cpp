#include "query/VerbMeasures.h"

#include <algorithm>

#include "graph/Fold.h"
#include "ingest/Lexicon.h"
#include "ingest/Scores.h"
#include "ingest/Subjects.h"
#include "ingest/Words.h"

namespace cg::query {
namespace {

// The plural nouns that count people as such (WordNet's synset person.n.01: person, individual; and
// "people", the plural English uses) or occasions ("times"): they say nothing of what the people do.
bool namesOnlyPeopleOrTimes(std::string_view lower) {
  return lower == "people" || lower == "persons" || lower == "individuals" || lower == "times";
}

// Whether the figure's noun names only people or occasions: the last word of its text ("290 people",
// "more than 290 people") or the first after it ("890,000 times", "2.5 million times").
bool countsPeopleOrTimes(std::string_view statement, std::size_t figureAt, std::size_t figureEnd) {
  std::string_view inside, after;
  ingest::eachWord(statement.substr(figureAt), ingest::kLetterRuns, [&](const ingest::WordSpan& w) {
    const std::size_t at = figureAt + w.begin;
    if (at < figureEnd)
      inside = statement.substr(at, w.end - w.begin);
    else if (after.empty())
      after = statement.substr(at, w.end - w.begin);
  });
  return namesOnlyPeopleOrTimes(graph::lowerAscii(inside)) || namesOnlyPeopleOrTimes(graph::lowerAscii(after));
}

// A word of the statement as the verb reader sees it beside its neighbours: lower case, "#" for a
// number, "^" for a name (ingest::readsAsVerb).
struct Neighbour {
  std::size_t begin = 0, end = 0;
  std::string form;
};

std::vector<Neighbour> neighbours(std::string_view statement) {
  std::vector<Neighbour> out;
  ingest::eachWord(statement, ingest::WordRules{.marks = "-'"}, [&](const ingest::WordSpan& w) {
    const std::string_view word = statement.substr(w.begin, w.end - w.begin);
    const char first = word.front();
    const std::string form = first >= '0' && first <= '9'   ? "#"
                             : first >= 'A' && first <= 'Z' ? "^"
                                                            : graph::lowerAscii(word);
    out.push_back({w.begin, w.end, form});
  });
  return out;
}

// The base forms of the statement's verbs outside the figure, nearest the figure first: lower-case
// words that read as a verb beside their neighbours ("downloaded", "seats 390"; not the noun "model" of
// "the deberta-base model has"), not auxiliaries, function words or the counted noun.
std::vector<std::string> verbsByDistance(std::string_view statement, std::size_t figureAt, std::size_t figureEnd) {
  const std::vector<Neighbour> words = neighbours(statement);
  const ingest::Lexicon& lex = ingest::lexicon();
  std::vector<std::pair<std::size_t, std::string>> verbs;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const Neighbour& w = words[i];
    if ((w.end > figureAt && w.begin < figureEnd) || w.form == "#" || w.form == "^") continue;
    if (ingest::isAuxiliary(w.form) || lex.isFunctionWord(w.form) || namesOnlyPeopleOrTimes(w.form)) continue;
    auto at = [&](std::size_t k) { return k < words.size() ? std::string_view(words[k].form) : std::string_view(); };
    if (!ingest::readsAsVerb(i > 0 ? at(i - 1) : "", w.form, at(i + 1), i > 1 ? at(i - 2) : "")) continue;
    bool past = false;
    std::string lemma = ingest::verbLemma(w.form, past);
    if (lemma.empty()) continue;
    verbs.emplace_back(w.begin >= figureEnd ? w.begin - figureEnd : figureAt - w.end, std::move(lemma));
  }
  std::stable_sort(verbs.begin(), verbs.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (auto& [distance, lemma] : verbs)
    if (std::find(out.begin(), out.end(), lemma) == out.end()) out.push_back(std::move(lemma));
  return out;
}

}  // namespace

std::vector<std::string> verbMeasures(std::string_view statement, std::size_t figureAt, std::size_t figureEnd) {
  std::vector<std::string> measures;
  if (figureAt >= figureEnd || figureEnd > statement.size() || !countsPeopleOrTimes(statement, figureAt, figureEnd))
    return measures;
  const ingest::Lexicon& lex = ingest::lexicon();
  for (const std::string& verb : verbsByDistance(statement, figureAt, figureEnd)) {
    if (const auto agents = lex.agentNouns.find(verb); agents != lex.agentNouns.end()) {
      const std::string_view nouns = agents->second;
      ingest::eachWord(nouns, ingest::kLetterRuns, [&](const ingest::WordSpan& w) {
        measures.push_back("number of " + ingest::pluralNoun(nouns.substr(w.begin, w.end - w.begin)));
      });
    }
    measures.push_back("number of " + ingest::pluralNoun(verb));
    measures.push_back(ingest::pluralNoun(verb));
  }
  return measures;
}

}  // namespace cg::query
