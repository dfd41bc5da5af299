#include "ingest/CountingVerbs.h"

#include <algorithm>
#include <utility>

#include "graph/Fold.h"
#include "ingest/Lexicon.h"
#include "ingest/Scores.h"
#include "ingest/Subjects.h"
#include "ingest/Words.h"

namespace cg::ingest {
namespace {

// The plural nouns that count people as such (WordNet's synset person.n.01: person, individual; and
// "people", the plural English uses) or occasions ("times"): they say nothing of what the people do.
bool namesPeople(std::string_view lower) { return lower == "people" || lower == "persons" || lower == "individuals"; }
bool namesOnlyPeopleOrTimes(std::string_view lower) { return namesPeople(lower) || lower == "times"; }

// A word of the text as the verb reader sees it beside its neighbours: lower case, "#" for a number,
// "^" for a name (readsAsVerb).
struct Neighbour {
  std::size_t begin = 0, end = 0;
  std::string form;
};

std::vector<Neighbour> neighbours(std::string_view text) {
  std::vector<Neighbour> out;
  eachWord(text, WordRules{.marks = "-'"}, [&](const WordSpan& w) {
    const std::string_view word = text.substr(w.begin, w.end - w.begin);
    const char first = word.front();
    const std::string form = first >= '0' && first <= '9'   ? "#"
                             : first >= 'A' && first <= 'Z' ? "^"
                                                            : graph::lowerAscii(word);
    out.push_back({w.begin, w.end, form});
  });
  return out;
}

// The count's place among the words: its first word, the word after its counted noun, and that noun.
struct CountAt {
  std::size_t first = 0;    // the figure's first word
  std::size_t nounEnd = 0;  // the word after the counted noun
  std::string noun;         // "people", "times"; "" when the count counts another noun
};

// Where the figure [figureAt, figureEnd) stands among `words`, and its noun: the figure's last word
// ("290 people", "more than 290 people") or the first after it ("890,000 times", "2.5 million times").
CountAt countAt(const std::vector<Neighbour>& words, std::size_t figureAt, std::size_t figureEnd) {
  CountAt at;
  std::size_t i = 0;
  while (i < words.size() && words[i].end <= figureAt) ++i;
  at.first = i;
  while (i < words.size() && words[i].begin < figureEnd) ++i;
  if (i > at.first && namesOnlyPeopleOrTimes(words[i - 1].form))
    at.noun = words[i - 1].form, at.nounEnd = i;
  else if (i < words.size() && namesOnlyPeopleOrTimes(words[i].form))
    at.noun = words[i].form, at.nounEnd = i + 1;
  return at;
}

// A measure named by a plural noun: the label data/measures.tsv gives it as a count cue ("downloads",
// "users"), else "number of" the noun ("number of contributors").
std::string countNamed(const std::string& plural) {
  const Lexicon& lex = lexicon();
  if (const auto cue = lex.measureCues.find(plural); cue != lex.measureCues.end())
    for (std::size_t rule : cue->second)
      if (lex.measures[rule].unitClass == "count") return lex.measures[rule].label;
  return "number of " + plural;
}

void addOnce(std::vector<std::string>& measures, std::string measure) {
  if (std::find(measures.begin(), measures.end(), measure) == measures.end()) measures.push_back(std::move(measure));
}

// The counts of a verb's agents, by WordNet's derivational pointers (data/agent_nouns.tsv): "contribute"
// -> "number of contributors", "use" -> users (and "number of users").
void addAgentMeasures(std::vector<std::string>& measures, const std::string& verb) {
  const Lexicon& lex = lexicon();
  const auto agents = lex.agentNouns.find(verb);
  if (agents == lex.agentNouns.end()) return;
  const std::string_view nouns = agents->second;
  eachWord(nouns, kLetterRuns, [&](const WordSpan& w) {
    const std::string plural = pluralNoun(nouns.substr(w.begin, w.end - w.begin));
    addOnce(measures, countNamed(plural));
    addOnce(measures, "number of " + plural);
  });
}

// The base form of a past form or of a base form that WordNet lists as a verb ("contributed", "use"), ""
// for any other word ("living" is read as an adjective, "from" as no verb).
std::string pastOrBaseLemma(const std::string& form) {
  std::string lemma = pastVerbLemma(form);
  return lemma.empty() && isVerbWord(form) ? form : lemma;
}

// The verb a count of people is the subject of: within eight words after the noun, a word right after
// the noun, an auxiliary or "who" ("290 people from the community had contributed", "500 people
// attended") that has agents; or the agent after "by" of a past participle right before the figure
// ("contributed by 290 people", "contributed to by 290 people").
std::string governingAgentVerb(const std::vector<Neighbour>& words, const CountAt& at) {
  const Lexicon& lex = lexicon();
  if (at.first >= 2 && words[at.first - 1].form == "by") {
    // "contributed to by 290 people": a preposition of a prepositional verb may stand between.
    std::size_t verbAt = at.first - 2;
    if (lex.prepositions.count(words[verbAt].form) && verbAt > 0) --verbAt;
    if (std::string lemma = pastVerbLemma(words[verbAt].form); lex.agentNouns.contains(lemma)) return lemma;
  }
  constexpr std::size_t kWords = 8;
  bool verbMayFollow = true;  // right after the noun
  for (std::size_t i = at.nounEnd; i < words.size() && i < at.nounEnd + kWords; ++i) {
    const std::string& w = words[i].form;
    if (isAuxiliary(w) || w == "who") {
      verbMayFollow = true;
      continue;
    }
    if (!verbMayFollow) continue;
    verbMayFollow = false;
    if (std::string lemma = pastOrBaseLemma(w); lex.agentNouns.contains(lemma)) return lemma;
  }
  return {};
}

// The count of the acts of the past form right before "N times" ("downloaded 890,000 times"): its noun in
// the plural, when that is a count cue ("downloads") or the verb's base form is a WordNet noun ("viewed":
// "number of views"); "" for any other word.
std::string governingActs(const std::vector<Neighbour>& words, const CountAt& at) {
  return at.first == 0 ? std::string() : actsMeasure(pastVerbLemma(words[at.first - 1].form));
}

// The base forms of the text's verbs outside the figure, nearest the figure first: lower-case words
// that read as a verb beside their neighbours ("downloaded", "seats 390"; not the noun "model" of "the
// deberta-base model has"), not auxiliaries, function words or the counted noun.
std::vector<std::string> verbsByDistance(const std::vector<Neighbour>& words, std::size_t figureAt,
                                         std::size_t figureEnd) {
  const Lexicon& lex = lexicon();
  std::vector<std::pair<std::size_t, std::string>> verbs;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const Neighbour& w = words[i];
    if ((w.end > figureAt && w.begin < figureEnd) || w.form == "#" || w.form == "^") continue;
    if (isAuxiliary(w.form) || lex.isFunctionWord(w.form) || namesOnlyPeopleOrTimes(w.form)) continue;
    auto at = [&](std::size_t k) { return k < words.size() ? std::string_view(words[k].form) : std::string_view(); };
    if (!readsAsVerb(i > 0 ? at(i - 1) : "", w.form, at(i + 1), i > 1 ? at(i - 2) : "")) continue;
    bool past = false;
    std::string lemma = verbLemma(w.form, past);
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

std::string actsMeasure(std::string_view verb) {
  if (verb.empty() || !isVerbWord(verb)) return {};
  std::string acts = countNamed(pluralNoun(verb));
  if (!acts.starts_with("number of ")) return acts;
  return verbOnly(verb) ? std::string() : acts;  // a verb WordNet has as a noun too
}

std::vector<std::string> verbMeasures(std::string_view text, std::size_t figureAt, std::size_t figureEnd,
                                      VerbReach reach) {
  std::vector<std::string> measures;
  if (figureAt >= figureEnd || figureEnd > text.size()) return measures;
  const std::vector<Neighbour> words = neighbours(text);
  const CountAt at = countAt(words, figureAt, figureEnd);
  if (at.noun.empty()) return measures;
  if (reach == VerbReach::kGoverning) {
    if (!namesPeople(at.noun)) {
      if (std::string acts = governingActs(words, at); !acts.empty()) measures.push_back(std::move(acts));
    } else if (const std::string verb = governingAgentVerb(words, at); !verb.empty()) {
      addAgentMeasures(measures, verb);
      measures.resize(1);  // the label the agents are counted by
    }
    return measures;
  }
  for (const std::string& verb : verbsByDistance(words, figureAt, figureEnd)) {
    addAgentMeasures(measures, verb);
    const std::string acts = pluralNoun(verb);
    addOnce(measures, countNamed(acts));
    addOnce(measures, "number of " + acts);
    addOnce(measures, acts);
  }
  return measures;
}

}  // namespace cg::ingest
