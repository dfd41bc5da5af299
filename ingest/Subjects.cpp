#include "ingest/Subjects.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "graph/AsciiRun.h"
#include "graph/Fold.h"
#include "ingest/Lexicon.h"
#include "ingest/Text.h"
#include "ingest/TextSearch.h"
#include "ingest/Words.h"

namespace cg::ingest {

using namespace std::string_view_literals;
namespace {

bool hasWordCharacter(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
}

}  // namespace

namespace data {
extern const char* const kVerbs;
extern const char* const kNouns;
extern const char* const kVerbForms;
}  // namespace data

namespace {

// WordNet's verbs (base forms), which of them are nouns too ("model", "offer"), and irregular
// forms ("made" -> "make"). Read once, on first use.
struct WordClasses {
  ViewSet verbs;  // open addressing (Lexicon.h): probed for most words of a clause
  ViewSet nounVerbs;
  ViewSet nouns;
  WordMap<std::string_view> irregular;
};

const WordClasses& wordClasses() {
  static const WordClasses classes = [] {
    WordClasses c;
    // Each set sized once for its lines (no rehash as it fills): the first reader of a word's class
    // pays for the whole load.
    const auto eachLine = [](const std::vector<std::string_view>& lines, auto&& f) {
      for (std::string_view line : lines)
        if (!line.empty()) f(line);
    };
    const std::vector<std::string_view> verbs = splitOn(data::kVerbs, '\n'), nouns = splitOn(data::kNouns, '\n');
    c.verbs.reserve(verbs.size());
    c.nouns.reserve(nouns.size());
    eachLine(verbs, [&](std::string_view w) { c.verbs.insert(w); });
    eachLine(nouns, [&](std::string_view w) {
      c.nouns.insert(w);
      if (c.verbs.count(w)) c.nounVerbs.insert(w);
    });
    eachLine(splitOn(data::kVerbForms, '\n'), [&](std::string_view line) {
      const std::size_t space = line.find(' ');
      if (space != std::string_view::npos) c.irregular.emplace(line.substr(0, space), line.substr(space + 1));
    });
    return c;
  }();
  return classes;
}

bool endsWith(std::string_view s, std::string_view tail) {
  return s.size() > tail.size() && std::string_view(s.data() + s.size() - tail.size(), tail.size()) == tail;
}

}  // namespace

std::string verbLemma(std::string_view word, bool& past) {
  const WordClasses& c = wordClasses();
  past = false;
  if (auto it = c.irregular.find(word); it != c.irregular.end()) {
    past = !endsWith(word, "s");
    return std::string(it->second);
  }
  if (c.verbs.count(word)) return std::string(word);
  const std::string_view w = word;
  std::string probe;  // every probe rewrites this one string: most words are no verb's form
  auto tryStem = [&](std::size_t cut, std::string_view add, bool isPast) -> std::string {
    if (w.size() <= cut + 1) return {};
    probe.assign(w.data(), w.size() - cut).append(add);
    if (!c.verbs.count(probe)) return {};
    past = isPast;
    return probe;
  };
  if (endsWith(w, "ied")) return tryStem(3, "y", true);
  if (endsWith(w, "ed")) {
    for (auto [cut, add] : {std::pair<std::size_t, std::string_view>{2, ""}, {1, ""}})
      if (std::string stem = tryStem(cut, add, true); !stem.empty()) return stem;
    if (w.size() > 4 && w[w.size() - 3] == w[w.size() - 4]) return tryStem(3, "", true);  // "planned"
    return {};
  }
  // "carries" -> "carry"; "lies", "dies", "ties" -> "lie", "die", "tie" (a verb ending in "ie").
  if (endsWith(w, "ies")) {
    if (std::string stem = tryStem(3, "y", false); !stem.empty()) return stem;
    return tryStem(1, "", false);
  }
  if (endsWith(w, "es"))
    if (std::string stem = tryStem(2, "", false); !stem.empty()) return stem;
  if (endsWith(w, "s") && !endsWith(w, "ss")) return tryStem(1, "", false);
  return {};
}

std::string verbBase(std::string_view lower, bool& inflected) {
  std::string lemma = verbLemma(lower, inflected);
  if (!lemma.empty() || lower.size() <= 5 || !lower.ends_with("ing")) return lemma;
  const std::string_view stem = lower.substr(0, lower.size() - 3);
  bool past = false;
  for (const std::string& candidate :
       {std::string(stem) + "e", std::string(stem), std::string(stem.substr(0, stem.size() - 1))})
    if (verbLemma(candidate, past) == candidate) {
      inflected = true;
      return candidate;
    }
  return {};
}

std::vector<std::string> verbForms(std::string_view word) {
  bool inflected = false;
  const std::string base = verbBase(word, inflected);
  if (base.empty()) return {};
  std::vector<std::string> forms{base};
  const auto keep = [&forms](std::string form) {
    if (std::find(forms.begin(), forms.end(), form) == forms.end()) forms.push_back(std::move(form));
  };
  for (const auto& [form, lemma] : wordClasses().irregular)
    if (lemma == base) keep(std::string(form));
  // The regular spellings: "raises", "raised", "raising"; "carries", "carried"; "plans", "planned", "planning".
  const std::string last(1, base.back());
  const std::string y = base.ends_with('y') ? base.substr(0, base.size() - 1) + "i" : base;
  const std::string e = base.ends_with('e') ? base.substr(0, base.size() - 1) : base;
  for (const std::string& form : {base + "s", base + "es", y + "es", base + "d", base + "ed", y + "ed",
                                  base + last + "ed", e + "ing", base + "ing", base + last + "ing"}) {
    bool past = false;
    if (verbBase(form, past) == base) keep(form);
  }
  return forms;
}

namespace {

// Whether `stem`, an "-ing" form without its ending, is a WordNet verb as written, with its "e"
// back ("produc" -> "produce") or with its doubled consonant undone ("plann" -> "plan").
bool ingStemIsVerb(std::string_view stem) {
  const WordClasses& c = wordClasses();
  return ingStemIs(stem, [&c](const std::string& form) { return c.verbs.count(form) > 0; });
}

// graph's word tables, as isDeterminer's: hashed inline and probed with the view (std::hash and a
// bucket's memcmp cost more than the rest of readsAsVerb's tests).
bool isClauseWord(std::string_view w) {
  static const graph::WordSet words{"and",   "or",      "but",     "that",     "which",   "who",  "whom",
                                    "while", "whereas", "because", "although", "though",  "when", "if",
                                    "after", "before",  "since",   "where",    "whether", "than", "so",
                                    "then",  "as",      "not",     "nor",      "yet",     "also", "to"};
  return words.count(w) > 0;
}

bool isPronoun(std::string_view w) { return w == "it" || w == "they" || w == "he" || w == "she" || w == "we"; }

// What after a word shows it to be a verb that takes an object: a number, a name, a determiner, a pronoun, an
// approximator (data/figure_hedges.tsv) or an adverb of degree ("offers 100,000", "use Hugging Face", "pack more",
// "trains about 40").
bool objectFollows(std::string_view after) {
  static const graph::WordSet cues{"#",    "the",   "a",     "an",      "its", "their", "his",  "her",
                                   "it",   "them",  "more",  "over",    "up",  "only",  "both", "all",
                                   "this", "these", "those", "another", "two", "three"};
  return !after.empty() && (after == "^" || cues.count(after) > 0 || lexicon().isHedge(after, kApproximateHedges));
}

}  // namespace

bool isVerbWord(std::string_view lower) { return wordClasses().verbs.count(lower) > 0; }

bool readsAsVerb(std::string_view before, std::string_view word, std::string_view after, std::string_view before2) {
  if (isAuxiliary(word)) return true;
  if (word.empty() || isDeterminer(word) || isClauseWord(word) || isPronoun(word) || endsWith(word, "ing") ||
      endsWith(word, "ly"))
    return false;
  const Lexicon& lex = lexicon();
  if (lex.prepositions.count(word) || lex.isFunctionWord(word)) return false;
  // "the reported figure", "to use", "Nvidia's revenue": a determiner, "to" or an owner before it.
  if (isDeterminer(before) || before == "to" || endsWith(before, "'s") || before == "#") return false;
  // "the most cited", "a highly rated": a degree word makes the form an adjective.
  if (before == "most" || before == "more" || before == "less" || before == "least" || before == "very" ||
      before == "highly" || before == "well")
    return false;
  bool past = false;
  const std::string lemma = verbLemma(word, past);
  if (lemma.empty()) return false;
  if (past) return true;
  // "it lies at", "they model": after a subject pronoun a verb's form is the verb, not a noun.
  if (isPronoun(before)) return true;
  // "a chip interconnect in": after "a" and one word, a present form is the noun's second part.
  if (before2 == "a" || before2 == "an") return false;
  // "models were", "companies use": a word that is a noun as well is a verb only before its object.
  return !wordClasses().nounVerbs.count(lemma) || objectFollows(after);
}

namespace {

// A word of a sentence with what the grammar needs of it.
struct Word {
  std::size_t begin = 0, end = 0;
  std::string lower;
  bool capital = false;
  bool breakBefore = false;  // punctuation between it and the word before ("," ";" ":" brackets, quotes)
};

std::vector<Word> wordsOf(std::string_view text, std::size_t from, std::size_t to) {
  std::vector<Word> out;
  std::size_t last = from;
  for (const Token& t : tokenize(text.substr(from, to - from))) {
    Word w{from + t.begin, from + t.end, lowerAscii(text.substr(from + t.begin, t.end - t.begin)), false, false};
    w.capital = std::isupper(static_cast<unsigned char>(text[w.begin])) != 0;
    const std::string_view gap = text.substr(last, w.begin - last);
    // "100,000": a comma between digits is part of the number.
    const bool digitComma = gap == "," && !out.empty() &&
                            std::isdigit(static_cast<unsigned char>(text[last - 1])) != 0 &&
                            std::isdigit(static_cast<unsigned char>(text[w.begin])) != 0;
    w.breakBefore =
        !digitComma && (gap.find_first_of(",;:()[]\"") != std::string_view::npos || gap.find("\u2014") != gap.npos ||
                        gap.find("\u2013") != gap.npos || gap.find("\u201c") != gap.npos);
    // "Procyon A is", "the age of Sirius B": one capital letter right after a capitalised word is
    // a designation of the name's component (a star's, a unit's), not the article "a".
    if (w.end - w.begin == 1 && w.capital && !w.breakBefore && !out.empty() && out.back().capital &&
        out.back().end + 1 == w.begin)
      w.lower = std::string(text.substr(w.begin, 1));
    last = w.end;
    out.push_back(std::move(w));
  }
  return out;
}

// A word as the neighbour readsAsVerb looks at: "#" for a number, "^" for a name.
std::string_view neighbour(const Word& w) {
  if (std::isdigit(static_cast<unsigned char>(w.lower[0])) != 0) return "#";
  return w.capital ? std::string_view("^") : std::string_view(w.lower);
}

bool isVerbAt(const std::vector<Word>& words, std::size_t k, std::string_view afterLast) {
  const Word& w = words[k];
  if (w.capital) return false;
  const std::string_view before = k > 0 && !w.breakBefore ? std::string_view(words[k - 1].lower) : "";
  const std::string_view after =
      k + 1 < words.size() ? (words[k + 1].breakBefore ? std::string_view() : neighbour(words[k + 1])) : afterLast;
  const std::string_view before2 =
      k > 1 && !w.breakBefore && !words[k - 1].breakBefore ? std::string_view(words[k - 2].lower) : "";
  return readsAsVerb(before, w.lower, after, before2);
}

bool groupsWithVerb(std::string_view w) {
  static const std::unordered_set<std::string_view> adverbs{"not",   "also",    "still", "now",     "then",
                                                            "later", "already", "only",  "further", "first"};
  return isAuxiliary(w) || adverbs.count(w) > 0 || (endsWith(w, "ly") && w != "only");
}

// The conjunctions that join two clauses of equal rank or contrast them ("and", "while"), after
// which a clause may bring its own subject.
bool opensCoordinateClause(std::string_view w) {
  return w == "and" || w == "or" || w == "but" || w == "while" || w == "whereas";
}

// Whether the word before a verb can end the verb's own subject noun phrase: not a clause word, a
// preposition, nor an adverb or auxiliary that groups with the verb ("and then fine-tuned").
bool ownsSubject(const Word& w) {
  return !isClauseWord(w.lower) && !groupsWithVerb(w.lower) && !lexicon().prepositions.count(w.lower);
}

// Whether the words before the conjunction at `conjunction` hold a verb of their own, back to a break
// or a clause word: "Meridian fell 17% and" joins a clause, "recalled that he and" two noun phrases.
bool clauseBefore(const std::vector<Word>& words, std::size_t conjunction, std::string_view afterLast) {
  for (std::size_t i = conjunction; i > 0; --i) {
    if (isClauseWord(words[i - 1].lower)) return false;
    if (isVerbAt(words, i - 1, afterLast)) return true;
    if (words[i - 1].breakBefore) return false;
  }
  return false;
}

// One past the clause's finite verb before word `limit`, or 0: "comprise two dies linked by"
// has "comprise"; a past form after a noun, with a verb before it in its stretch, is a participle.
std::size_t finiteVerbBefore(const std::vector<Word>& words, std::size_t limit, std::string_view afterLast) {
  for (std::size_t k = limit; k > 0; --k) {
    if (!isVerbAt(words, k - 1, afterLast)) continue;
    bool past = false;
    const Word& w = words[k - 1];
    if (isAuxiliary(w.lower) || verbLemma(w.lower, past).empty() || !past) return k;
    if (k >= 2 && isAuxiliary(words[k - 2].lower)) return k;
    // "Meridian fell 17% and Halvard fell 17%": a coordinator with a noun phrase of its own between it
    // and the past form opens a clause whose finite verb that form is; the stretch ends there
    // ("trained and released", with no subject between, stays one clause).
    bool verbBefore = false;
    for (std::size_t j = k - 1; j > 0 && !words[j].breakBefore && !verbBefore; --j) {
      if (j + 1 < k && opensCoordinateClause(words[j - 1].lower) && ownsSubject(words[k - 2]) &&
          clauseBefore(words, j - 1, afterLast))
        break;
      verbBefore = isVerbAt(words, j - 1, afterLast);
    }
    if (!verbBefore) return k;
  }
  return 0;
}

// Whether the words after the verb end in "and [the] Name [about]": a conjunct whose own
// subject is that name and whose verb is left out, before the figure.
bool gappedConjunct(const std::vector<Word>& words, std::size_t from) {
  // Not a bound's "over" or "under": after a name they are as often its preposition (data/figure_hedges.tsv).
  constexpr HedgeKinds kHedges = FigureHedge::kApproximate | FigureHedge::kRestrictive;
  const auto nameWord = [](const Word& w) {
    return w.capital || std::isdigit(static_cast<unsigned char>(w.lower[0])) != 0;
  };
  std::size_t k = words.size();
  while (k > from && lexicon().isHedge(words[k - 1].lower, kHedges)) --k;
  if (k == from || !nameWord(words[k - 1])) return false;
  while (k > from && nameWord(words[k - 1])) --k;
  if (k > from && words[k - 1].lower == "the") --k;
  return k > from && (words[k - 1].lower == "and" || words[k - 1].lower == "or");
}

// The noun phrase that ends before word `end` (exclusive), going back to its determiner or to a
// break; returns its first word (== end when there is none).
std::size_t phraseStart(const std::vector<Word>& words, std::size_t end, std::string_view afterLast) {
  std::size_t start = end;
  while (start > 0 && !(start < words.size() && words[start].breakBefore)) {
    const Word& w = words[start - 1];
    // "the official Discord server for Manus": prepositions stay in the phrase; its head is before them.
    const bool clauseWord = isClauseWord(w.lower) && w.lower != "to";
    if (clauseWord || isAuxiliary(w.lower) || (!w.capital && endsWith(w.lower, "ing"))) break;
    if (!w.capital && start - 1 + 1 < end && isVerbAt(words, start - 1, afterLast)) break;
    --start;
    if (isDeterminer(w.lower) || isPronoun(w.lower) || w.lower == "there") break;
  }
  return start;
}

std::optional<ClauseSubject> phraseSubject(const std::vector<Word>& words, std::size_t start, std::size_t end) {
  ClauseSubject out;
  out.begin = words[start].begin;
  out.end = words[end - 1].end;
  // "The third version of the language model": the head stands before the first preposition.
  std::size_t head = end - 1;
  for (std::size_t k = start + 1; k < end; ++k)
    if (lexicon().prepositions.count(words[k].lower)) {
      head = k - 1;
      break;
    }
  out.headAt = words[head].begin;
  const std::string& first = words[start].lower;
  if (end - start == 1 && isPronoun(first)) out.kind = ClauseSubject::Kind::kPronoun;
  if (end - start == 1 && first == "there") out.kind = ClauseSubject::Kind::kThere;
  const bool named =
      std::any_of(words.begin() + static_cast<std::ptrdiff_t>(start) + 1,
                  words.begin() + static_cast<std::ptrdiff_t>(end), [](const Word& w) { return w.capital; });
  const bool definite = first == "the" || first == "this" || first == "these" || first == "its" || first == "their" ||
                        first == "both" || first == "that" || first == "those";
  if (definite && !named) out.kind = ClauseSubject::Kind::kDefinite;
  return out;
}

// Whether the figure opens its clause: after a break, a clause word ("that", "which") or only
// function words ("Around 5,000", "out of which 109"). After "and" or "or" it may (`coordinated`):
// its verb decides ("and 30 games" joins two objects, "and 0 were institutionalized" a clause).
bool opensClause(std::string_view text, const std::vector<Word>& before, std::size_t figureAt, bool& coordinated) {
  coordinated = false;
  std::size_t k = before.size();
  const std::string_view gap = text.substr(before.back().end, figureAt - before.back().end);
  if (gap.find_first_of(",;:(\"") != std::string_view::npos) return true;
  while (k > 0 && (k == before.size() || !before[k].breakBefore)) {
    const std::string& w = before[k - 1].lower;
    if (w == "and" || w == "or") return coordinated = true, false;
    if (isClauseWord(w) && w != "to") return true;
    if (!lexicon().isFunctionWord(w)) return false;
    --k;
  }
  return true;
}

// "As of the census of 2000, there were 1,539 people, 681 households": "there" and a form of
// "be" before the figure, with only a list of figures between (no clause word but "and" and
// "or", no other verb), make a clause that names no owner, which the function words after the
// comma would otherwise have read as a figure opening its clause.
std::optional<ClauseSubject> existentialBefore(const std::vector<Word>& words) {
  constexpr std::size_t kLongestList = 16;
  for (std::size_t k = words.size(); k >= 2 && words.size() - k <= kLongestList; --k) {
    const std::string& w = words[k - 1].lower;
    if (isVerbGroupBe(w) && words[k - 2].lower == "there")
      return ClauseSubject{ClauseSubject::Kind::kThere, words[k - 2].begin, words[k - 2].end, words[k - 2].begin};
    if (isAuxiliary(w) || (isClauseWord(w) && w != "and" && w != "or")) return std::nullopt;
  }
  return std::nullopt;
}

// "The decoder is DeepSeek-3B-MoE-A570M, a 3B-parameter MoE that activates ~570M parameters",
// "OpenRouter is a unified API gateway that provides access to 400 models": an indefinite phrase set
// off by a comma after a name (an appositive), or after a copula whose subject is a name (a predicate
// noun), describes that name and names nothing of its own; a relative clause on it speaks of the
// name. Not after a phrase that ends in a common noun ("in 36 hours, a process that would have
// taken ..." describes an event). `start` is where the relative's antecedent starts; the name's
// phrase, else nullopt.
std::optional<ClauseSubject> apposedTo(std::string_view text, const std::vector<Word>& words, std::size_t start,
                                       std::string_view afterLast) {
  if (start == 0 || (words[start].lower != "a" && words[start].lower != "an")) return std::nullopt;
  std::size_t end = start;
  const std::string& copula = words[start - 1].lower;
  // "X (born 1980 in Puławy) is a runner who ...": an aside before the copula hides the subject's phrase.
  if (!words[start].breakBefore && !words[start - 1].breakBefore &&
      (copula == "is" || copula == "are" || copula == "was" || copula == "were"))
    end = start - 1;
  else if (!words[start].breakBefore ||
           trim(text.substr(words[start - 1].end, words[start].begin - words[start - 1].end)) != ",")
    return std::nullopt;
  if (end == 0 || !words[end - 1].capital) return std::nullopt;
  // The words before the comma or copula alone: phraseStart stops at a break after its phrase.
  const std::vector<Word> before(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(end));
  const std::size_t apposed = phraseStart(before, end, afterLast);
  // After a copula the name is the clause's subject: it opens the clause.
  if (apposed >= end || (end < start && apposed != 0)) return std::nullopt;
  return phraseSubject(before, apposed, end);
}

// The relative clause right before a figure (its pronoun at most four words back, no break after it)
// whose antecedent opens with "a" or "an" after no break: the name that antecedent is apposed to
// (apposedTo), else nullopt. "that" before a capital, a number or a determiner opens a clause of
// its own ("a claim that 50% of ...").
std::optional<ClauseSubject> appositiveRelative(std::string_view text, const std::vector<Word>& words) {
  constexpr std::size_t kLongestPredicate = 4;
  for (std::size_t r = words.size(); r-- > 1 && words.size() - r <= kLongestPredicate + 1;) {
    const std::string& w = words[r].lower;
    const bool pronoun = w == "that"sv || w == "which"sv || w == "who"sv;
    if (words[r].breakBefore || (pronoun && r + 1 >= words.size())) return std::nullopt;
    if (!pronoun) continue;
    const Word& next = words[r + 1];
    if (next.capital || std::isdigit(static_cast<unsigned char>(next.lower[0])) != 0 || isDeterminer(next.lower) ||
        isPronoun(next.lower))
      return std::nullopt;
    for (std::size_t a = r; a-- > 0;) {
      if (words[a].lower == "a" || words[a].lower == "an") return apposedTo(text, words, a, "");
      // "a competition for students who perform ...": the pronoun may take the nearer noun.
      if (words[a].breakBefore || isClauseWord(words[a].lower) || isAuxiliary(words[a].lower) ||
          lexicon().prepositions.count(words[a].lower))
        return std::nullopt;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

// "the metropolitan area of Turin which accounts for 26.51%", "a moon which has 3 craters": a
// restrictive relative clause (no comma before "which" or "who") whose verb, perhaps with a
// preposition ("accounts for"), stands right before the figure is about its antecedent, the noun
// phrase before the pronoun, back to its determiner. nullopt otherwise.
std::optional<ClauseSubject> restrictiveRelative(const std::vector<Word>& words) {
  constexpr std::size_t kLongestPredicate = 3;
  for (std::size_t r = words.size(); r-- > 0 && words.size() - r <= kLongestPredicate + 1;) {
    if (words[r].lower != "which"sv && words[r].lower != "who"sv) continue;
    if (words[r].breakBefore || r + 1 >= words.size() || r == 0) return std::nullopt;
    for (std::size_t k = r + 1; k < words.size(); ++k)
      if (words[k].breakBefore || words[k].capital) return std::nullopt;
    const std::string& verb = words[r + 1].lower;
    if (isDeterminer(verb) || isPronoun(verb) || isClauseWord(verb)) return std::nullopt;
    std::size_t start = r;
    while (start > 0) {
      const Word& w = words[start - 1];
      if (isClauseWord(w.lower) || isAuxiliary(w.lower) || isPronoun(w.lower)) break;
      --start;
      if (isDeterminer(w.lower) || words[start].breakBefore) break;
    }
    return start < r ? phraseSubject(words, start, r) : std::nullopt;
  }
  return std::nullopt;
}

// "5,000 companies use Hugging Face": a figure that opens its clause is its subject; what it
// is about is the object of the verb that follows it within three words. nullopt otherwise.
std::optional<ClauseSubject> figureAsSubject(std::string_view text, std::size_t figureEnd) {
  if (figureEnd >= text.size()) return std::nullopt;
  const std::size_t stop = std::min(text.size(), text.find_first_of(".;:", figureEnd));
  const std::vector<Word> after = wordsOf(text, figureEnd, stop);
  // The verb right after the figure's noun, and one that takes an object ("use Hugging Face"),
  // not a participle ("prisoners condemned at", "128 GB coherent unified memory").
  if (after.empty() || after[0].breakBefore || !isVerbAt(after, 0, "")) return std::nullopt;
  // "3 million users were using the DALL-E": a form of "be" before a present participle makes the
  // progressive, whose main verb is the participle (a lower-case "-ing" form of a WordNet verb), which
  // takes the object; "be" alone is a copula ("Its 273 GB/s is compared to").
  std::size_t main = 0;
  if (isFiniteBe(after[0].lower) && after.size() > 2 && !after[1].breakBefore && !after[1].capital &&
      endsWith(after[1].lower, "ing") &&
      ingStemIsVerb(std::string_view(after[1].lower).substr(0, after[1].lower.size() - 3)))
    main = 1;
  if (main == 1) {
    if (after[2].breakBefore || !objectFollows(neighbour(after[2]))) return std::nullopt;
    const std::size_t clauseEnd = std::min(stop, text.find_first_of(",(", after[1].end));
    return ClauseSubject{ClauseSubject::Kind::kObject, after[1].end, clauseEnd, after[1].begin};
  }
  bool past = false;
  if (!verbLemma(after[0].lower, past).empty() && past) return std::nullopt;  // "two tabs labeled Create"
  const bool takesObject = after.size() > 1 && !after[1].breakBefore && objectFollows(neighbour(after[1]));
  // "Its 273 GB/s is compared to ...": after a copula stands no owner.
  if (isAuxiliary(after[0].lower) || !takesObject) return std::nullopt;
  const std::size_t clauseEnd = std::min(stop, text.find_first_of(",(", after[0].end));
  return ClauseSubject{ClauseSubject::Kind::kObject, after[0].end, clauseEnd, after[0].begin};
}

}  // namespace

namespace {
std::string_view firstWord(std::string_view phrase) { return phrase.substr(0, phrase.find(' ')); }

// Where the last clause break among `words` opens a present participle ("..., catching seven"): the
// word's index when the break is a comma alone, the word is a lower-case "-ing" form of a WordNet verb
// ("catch", "produce", "plan"), and no break follows it; else 0.
std::size_t supplementaryParticiple(std::string_view text, const std::vector<Word>& words) {
  std::size_t k = words.size();
  while (k > 0 && !words[k - 1].breakBefore) --k;
  if (k < 2) return 0;
  const Word& w = words[k - 1];
  if (w.capital || !endsWith(w.lower, "ing") || trim(text.substr(words[k - 2].end, w.begin - words[k - 2].end)) != ",")
    return 0;
  if (!ingStemIsVerb(std::string_view(w.lower).substr(0, w.lower.size() - 3))) return 0;
  // "..., stating the company invested $10 billion": a finite verb after the participle heads a
  // clause of its own, with its own subject.
  // "..., featuring a Mixture of Experts architecture with 671 billion", "unveiling it in three sizes":
  // a name or a pronoun as the participle's object is nearer to the figure than the main subject.
  for (std::size_t j = k; j < words.size(); ++j)
    if (isVerbAt(words, j, "#") || words[j].capital || isPronoun(words[j].lower) || words[j].lower == "them" ||
        words[j].lower == "him" || words[j].lower == "her")
      return 0;
  return k - 1;
}
}  // namespace

static std::optional<ClauseSubject> clauseSubjectOf(std::string_view text, std::size_t sentenceBegin,
                                                    std::size_t figureAt, std::size_t figureEnd, bool participles);

std::optional<ClauseSubject> clauseSubject(std::string_view text, std::size_t sentenceBegin, std::size_t figureAt,
                                           std::size_t figureEnd) {
  return clauseSubjectOf(text, sentenceBegin, figureAt, figureEnd, true);
}

// clauseSubject; `participles`: whether a figure in a supplementary participle's clause takes the
// main clause's subject (not again while reading that main clause: one level, linear time).
static std::optional<ClauseSubject> clauseSubjectOf(std::string_view text, std::size_t sentenceBegin,
                                                    std::size_t figureAt, std::size_t figureEnd, bool participles) {
  if (figureAt < sentenceBegin || figureAt > text.size()) return std::nullopt;
  const std::vector<Word> words = wordsOf(text, sentenceBegin, figureAt);
  if (auto there = existentialBefore(words)) return there;
  if (auto apposed = appositiveRelative(text, words)) return apposed;
  if (auto antecedent = restrictiveRelative(words)) return antecedent;
  // "He played in four games, catching seven passes": a present participle right after a comma opens
  // a supplementary clause, whose understood subject is the main clause's (English attaches such a
  // participle to the subject before it): the figure in it is that subject's.
  if (participles && !words.empty() &&
      text.substr(words.back().end, figureAt - words.back().end).find_first_of(",;:()[]\"") == std::string_view::npos)
    // The main clause's subject as the grammar reads it before the comma, or before a word of the
    // main clause's predicate ("in four games": a count there is no verb's subject).
    for (std::size_t cut = supplementaryParticiple(text, words); cut > 1; --cut)
      if (auto main = clauseSubjectOf(text, sentenceBegin, words[cut - 1].end, words[cut - 1].end, false))
        if ((main->kind == ClauseSubject::Kind::kPhrase &&
             !lexicon().prepositions.count(lowerAscii(firstWord(text.substr(main->begin, main->end - main->begin))))) ||
            main->kind == ClauseSubject::Kind::kPronoun || main->kind == ClauseSubject::Kind::kDefinite)
          return main;
  bool coordinated = false;
  if (words.empty() || opensClause(text, words, figureAt, coordinated)) return figureAsSubject(text, figureEnd);
  if (coordinated)
    if (auto object = figureAsSubject(text, figureEnd)) return object;
  // "... Moura, a Brazilian engineer with close to 20 years": a figure after a break in the
  // verb's clause (an aside, an apposition, a participle) may belong to what stands before it.
  const std::string_view lastGap = text.substr(words.back().end, figureAt - words.back().end);
  const bool gapBreak = lastGap.find_first_of(",;:()[]\"") != std::string_view::npos;
  const std::string_view afterLast = gapBreak ? "" : "#";
  std::size_t limit = words.size();
  for (int conjuncts = 0; conjuncts < 4; ++conjuncts) {
    const std::size_t verb = finiteVerbBefore(words, limit, afterLast);
    if (verb == 0) return std::nullopt;
    if (conjuncts == 0 && (gapBreak || std::any_of(words.begin() + static_cast<std::ptrdiff_t>(verb), words.end(),
                                                   [](const Word& w) { return w.breakBefore; })))
      return std::nullopt;
    // "The Nasdaq fell 3.1 percent and the S&P 500 about 1.5 percent": a name after "and" is
    // the subject of a conjunct whose verb is left out.
    if (conjuncts == 0 && gappedConjunct(words, verb)) return std::nullopt;
    std::size_t group = verb - 1;
    while (group > 0 && !words[group].breakBefore && groupsWithVerb(words[group - 1].lower)) --group;
    const std::size_t start = phraseStart(words, group, afterLast);
    // "at the time of Domesday still held": a phrase after a preposition is its object.
    if (start < group && start > 0 && !words[start].breakBefore && lexicon().prepositions.count(words[start - 1].lower))
      return std::nullopt;
    if (start < group) return phraseSubject(words, start, group);
    if (group == 0) return std::nullopt;
    // "X, which has ...": the relative clause's subject is what it follows.
    const std::string& prev = words[group - 1].lower;
    if (!words[group].breakBefore && (prev == "which" || prev == "who" || prev == "that")) {
      const std::size_t antecedent = phraseStart(words, group - 1, afterLast);
      return antecedent < group - 1 ? phraseSubject(words, antecedent, group - 1) : std::nullopt;
    }
    // "..., and pack 208 billion transistors": a verb of a conjunct shares the subject before.
    if (!words[group].breakBefore && prev != "and" && prev != "or" && prev != "but") return std::nullopt;
    // "Moonlight, a series ..., trained with": a past form alone after a comma is a participle.
    bool pastForm = false;
    const bool joined = prev == "and" || prev == "or" || prev == "but";
    if (!joined && !isAuxiliary(words[group].lower) && !verbLemma(words[group].lower, pastForm).empty() && pastForm)
      return std::nullopt;
    limit = words[group].breakBefore ? group : group - 1;
    // "passed the Act, requiring platforms to block or label ...": a conjunct of a participle's or
    // an infinitive's verb has no subject of its own clause.
    const std::size_t earlier = finiteVerbBefore(words, limit, afterLast);
    for (std::size_t k = earlier; k < limit; ++k)
      if (words[k].lower == "to" || (!words[k].capital && endsWith(words[k].lower, "ing"))) return std::nullopt;
  }
  return std::nullopt;
}

const Mention* runInHeading(std::string_view text, const std::vector<Mention>& mentions) {
  constexpr std::size_t kLongestHeading = 6;
  const std::size_t periodAt = text.find(". ");
  if (periodAt == std::string_view::npos || periodAt == 0 || trim(text.substr(periodAt + 1)).empty()) return nullptr;
  const Mention* last = nullptr;
  for (const Mention& m : mentions)
    if (m.end <= periodAt) last = &m;
  if (!last || last->end != periodAt) return nullptr;
  std::vector<Word> words = wordsOf(text, 0, periodAt);
  if (words.empty() || words.size() > kLongestHeading || words.front().breakBefore) return nullptr;
  // The opening capital is the sentence's, not a name's: "Adds wider ZenLink." opens with a verb.
  words.front().capital = false;
  for (std::size_t k = 0; k < words.size(); ++k)
    if (words[k].breakBefore || isVerbAt(words, k, "") || isClauseWord(words[k].lower) || isPronoun(words[k].lower))
      return nullptr;
  return last;
}

bool leadsCell(std::string_view text, std::size_t cellBegin, std::size_t cellEnd, const Mention& m) {
  if (m.begin < cellBegin || m.end > cellEnd || cellEnd > text.size()) return false;
  if (hasWordCharacter(text.substr(cellBegin, m.begin - cellBegin))) return false;
  if (!cellName(text, cellEnd, m).empty()) return true;
  std::string_view rest = trim(text.substr(m.end, cellEnd - m.end));
  if (!rest.empty() && rest.front() == '(')
    if (std::size_t close = rest.find(')'); close != std::string_view::npos) rest = rest.substr(close + 1);
  // "Grok 4 (updated prompt)", "GPT-5-mini (high)": an aside that closes the cell says how the thing
  // was run or set, no part of its name.
  if (rest.ends_with(')'))
    if (const std::size_t open = rest.rfind('('); open != std::string_view::npos) rest = trim(rest.substr(0, open));
  const std::vector<Token> words = tokenize(rest);
  const auto lowerCase = [&](const Token& t) { return std::islower(static_cast<unsigned char>(rest[t.begin])) != 0; };
  // "Claude 3", "Google Investment": the rest of a cut name; "NordBio 40 index": its kind noun.
  return std::none_of(words.begin(), words.end(), lowerCase) || words.size() == 1;
}

namespace {
// "(updated prompt)", "(high)" at the end of `cell`: where that aside starts, else npos (one of
// capitalised words or numbers, "(06-05)", "(Thinking)", reads as the name's own words).
std::size_t lowerCaseAsideAt(std::string_view cell) {
  if (cell.empty() || cell.back() != ')') return std::string_view::npos;
  const std::size_t open = cell.rfind('(');
  if (open == std::string_view::npos || open == 0 || cell[open - 1] != ' ') return std::string_view::npos;
  const std::string_view aside = cell.substr(open + 1, cell.size() - open - 2);
  const std::vector<Token> words = tokenize(aside);
  const bool lower = std::any_of(words.begin(), words.end(), [&](const Token& t) {
    return std::islower(static_cast<unsigned char>(aside[t.begin])) != 0;
  });
  return lower ? open : std::string_view::npos;
}

// A word after a cell's leading name that continues it: a number or a capitalised word, in an aside too,
// or a model's version written in lower case with a digit ("OpenAI o1", "OpenAI o3-mini"): a product
// named after its maker is the product, not the maker.
bool continuesName(std::string_view chunk) {
  while (!chunk.empty() && (chunk.front() == '(' || chunk.front() == '-')) chunk.remove_prefix(1);
  if (chunk.empty()) return false;
  const auto c = static_cast<unsigned char>(chunk.front());
  return std::isdigit(c) != 0 || std::isupper(c) != 0 || (std::isalpha(c) != 0 && graph::hasAsciiDigit(chunk));
}
}  // namespace

std::string_view cellName(std::string_view text, std::size_t cellEnd, const Mention& m) {
  if (m.end > cellEnd || cellEnd > text.size() || m.begin >= m.end) return {};
  std::string_view cell = text.substr(m.begin, cellEnd - m.begin);
  cell = trim(cell.substr(0, cell.find('|', m.end - m.begin)));  // a row's cell may run to the next one's start
  if (cell.size() <= m.end - m.begin) return {};
  // The aside is read past but kept: "OpenAI o3 (low compute)" and "(high compute)" are two settings,
  // whose scores differ and contest nothing.
  const std::string_view whole = cell;
  const std::size_t aside = lowerCaseAsideAt(cell);
  if (aside != std::string_view::npos) cell = trim(cell.substr(0, aside));
  const std::string_view lead = cell.substr(0, std::min(cell.size(), m.end - m.begin));
  const std::string_view rest = cell.substr(lead.size());
  if (rest.empty()) return {};
  // "[GPT-5]-mini", "[Qwen]3-A22B": a piece glued on; not "[OpenAI], Microsoft" nor "Google's".
  const auto gluedOn = static_cast<unsigned char>(rest.front());
  const bool glued = rest.front() != ' ';
  if (glued && gluedOn != '-' && gluedOn != '.' && std::isalnum(gluedOn) == 0) return {};
  if (rest.find_first_of(",;/&+:|") != std::string_view::npos) return {};
  // "Fortune 500 adoption", "AI Cloud Revenue": a lower-case word after the name is the row's thing;
  // "GPT-4 (OpenAI)": an aside alone adds nothing to the name.
  bool outsideAside = glued;
  std::size_t from = 0;
  for (bool first = true; from < rest.size(); first = false) {
    std::size_t space = rest.find(' ', from);
    if (space == std::string_view::npos) space = rest.size();
    const std::string_view chunk = rest.substr(from, space - from);
    if (!chunk.empty() && !(first && glued) && !continuesName(chunk)) return {};
    if (!chunk.empty() && chunk.front() != '(' && chunk.back() != ')') outsideAside = true;
    from = space + 1;
  }
  if (!outsideAside) return {};
  return graph::hasAsciiDigit(lead) || graph::hasAsciiDigit(rest) || glued ? whole : std::string_view{};
}

const Block* leadingTableBlock(const std::vector<Block>& blocks) {
  const auto first = std::find_if(blocks.begin(), blocks.end(), [](const Block& b) {
    return b.kind == BlockKind::kTableHeader || b.kind == BlockKind::kTableRow || b.section != -1;
  });
  return first == blocks.end() || first->section != -1 ? nullptr : &*first;
}

std::string_view infoboxHeading(const std::vector<Block>& blocks) {
  const Block* first = leadingTableBlock(blocks);
  if (first == nullptr || first->kind != BlockKind::kTableHeader || first->cells.size() != 1) return {};
  std::string_view cell = trim(first->cells.front());
  while (cell.size() > 4 && cell.starts_with("**") && cell.ends_with("**"))
    cell = trim(cell.substr(2, cell.size() - 4));
  return cell;
}

std::optional<LabelEnd> labelSeparator(std::string_view text, std::size_t from) {
  // The first of ":", " - ", " \u2013 ", " \u2014 " at or after `from`, in one pass from one ':', '-' or
  // dash's lead byte to the next (a search for " - " stops at every space). No two of them start at
  // one place, and each is found at its mark, so the first mark that completes one is the first.
  for (std::size_t i = nextByteOf(text, from, ':', '-', '\xE2'); i < text.size();
       i = nextByteOf(text, i + 1, ':', '-', '\xE2')) {
    if (text[i] == ':') return LabelEnd{i, i + 1};
    if (i == from || text[i - 1] != ' ') continue;
    const std::size_t width = text[i] == '-' ? 1 : 3;
    if (width == 3 && text.compare(i, 3, "\u2013") != 0 && text.compare(i, 3, "\u2014") != 0) continue;
    if (i + width < text.size() && text[i + width] == ' ') return LabelEnd{i - 1, i + width + 1};
  }
  return std::nullopt;
}

namespace {
std::string wordBefore(std::string_view text, std::size_t at) {
  std::string_view before = text.substr(0, at);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  return lowerAscii(lastWord(before));
}
}  // namespace

bool objectOfPreposition(std::string_view text, std::size_t clauseBegin, std::size_t nameBegin) {
  constexpr std::size_t kModifiers = 2;
  const std::vector<Word> words = wordsOf(text, clauseBegin, nameBegin);
  const Lexicon& lex = lexicon();
  std::size_t modifiers = 0;
  for (std::size_t k = words.size(); k-- > 0;) {
    const Word& w = words[k];
    const std::size_t nextBegin = k + 1 < words.size() ? words[k + 1].begin : nameBegin;
    if (w.capital || text.substr(w.end, nextBegin - w.end).find_first_not_of(' ') != std::string_view::npos)
      return false;
    // "the accuracy of the X Model": a genitive "of" names an owner (the subject phrase's), no adjunct.
    if (lex.prepositions.count(w.lower)) return w.lower != "of";
    // Adjectives only: after "the" a name heads its own phrase often enough ("at the Battle of X",
    // "in the P-38E configuration") to stay a candidate, as Mention::prepositional leaves it.
    if (!wordNetAdjectives().count(w.lower)) return false;
    if (++modifiers > kModifiers) return false;
  }
  return false;
}

std::optional<std::pair<std::size_t, std::size_t>> absolutePhrase(std::string_view text, std::size_t sentenceBegin,
                                                                  std::size_t figureAt) {
  constexpr std::size_t kLongestPhrase = 6;
  const std::vector<Word> words = wordsOf(text, sentenceBegin, figureAt);
  // The participle: the last word before the figure, with no punctuation after it, that ends in
  // "-ing" on a WordNet verb ("having", "staying", "reaching"), not a preposition ("including").
  std::size_t p = words.size();
  for (std::size_t k = words.size(); k-- > 0;) {
    const std::string& w = words[k].lower;
    const std::size_t nextBegin = k + 1 < words.size() ? words[k + 1].begin : figureAt;
    if (text.substr(words[k].end, nextBegin - words[k].end).find_first_of(",;:()\"") != std::string_view::npos) break;
    if (w.size() < 5 || !endsWith(w, "ing") || lexicon().prepositions.count(w)) continue;
    if (ingStemIsVerb(std::string_view(w).substr(0, w.size() - 3))) {
      p = k;
      break;
    }
  }
  if (p == words.size() || p == 0 || words[p].breakBefore) return std::nullopt;
  // Its noun phrase runs back to "with", or to "and" under an earlier "with"; no verb, clause word
  // or punctuation inside it.
  for (std::size_t k = p; k-- > 0 && p - k <= kLongestPhrase + 1;) {
    const Word& w = words[k];
    if (w.lower == "with" || w.lower == "and") {
      if (k + 1 == p) return std::nullopt;
      const bool underWith =
          w.lower == "with" || std::any_of(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(k),
                                           [](const Word& x) { return x.lower == "with"; });
      if (!underWith) return std::nullopt;
      return std::make_pair(words[k + 1].begin, words[p - 1].end);
    }
    if (w.breakBefore) return std::nullopt;
    if (isClauseWord(w.lower) || isAuxiliary(w.lower) || isPronoun(w.lower)) return std::nullopt;
  }
  return std::nullopt;
}

bool isAdverb(std::string_view lower);  // Speakers.h (whose isClauseWord would clash with this file's)

bool introductoryAdverb(std::string_view text, std::size_t sentenceBegin, std::size_t nameBegin, std::size_t nameEnd) {
  const std::string_view name = text.substr(nameBegin, nameEnd - nameBegin);
  return !trim(text.substr(sentenceBegin, nameBegin - sentenceBegin)).size() && text.substr(nameEnd, 1) == "," &&
         name.find(' ') == std::string_view::npos && isAdverb(lowerAscii(name));
}

bool afterIndefiniteArticle(std::string_view text, std::size_t nameBegin) {
  const std::string word = wordBefore(text, nameBegin);
  return word == "a"sv || word == "an"sv;
}

bool afterArticle(std::string_view text, std::size_t wordBegin) {
  return afterIndefiniteArticle(text, wordBegin) || wordBefore(text, wordBegin) == "the"sv;
}

namespace {

// Whether the words between an example cue and a name are earlier examples only ("LZ4, Snappy and "):
// no word in lower case but "and" and "or", so no word of a clause. namedAsExample and inExampleAside.
bool onlyExamples(std::string_view between) {
  for (const Token& t : tokenize(between)) {
    const std::string_view word = between.substr(t.begin, t.end - t.begin);
    if (std::islower(static_cast<unsigned char>(word[0])) != 0 && word != "and" && word != "or") return false;
  }
  return true;
}

}  // namespace

bool namedAsExample(std::string_view text, std::size_t sentenceBegin, std::size_t nameBegin) {
  if (nameBegin <= sentenceBegin || nameBegin > text.size()) return false;
  const std::string before = lowerAscii(text.substr(sentenceBegin, nameBegin - sentenceBegin));
  std::size_t cueEnd = std::string::npos;
  for (std::string_view cue : {" such as ", " like ", " including ", " e.g. ", " e.g., "})
    if (std::size_t at = lastOf(before, cue);
        at != std::string::npos && (cueEnd == std::string::npos || at + cue.size() > cueEnd))
      cueEnd = at + cue.size();
  if (cueEnd == std::string::npos) return false;
  // Between the cue and the name: earlier examples only ("LZ4, Snappy and "), no word of a clause.
  std::string_view between = std::string_view(text).substr(sentenceBegin + cueEnd, nameBegin - sentenceBegin - cueEnd);
  if (!onlyExamples(between)) return false;
  // "competitors like Apple's Mac Studio, which offers 400 GB/s": a relative clause is about it.
  const std::string after = lowerAscii(text.substr(nameBegin, std::min<std::size_t>(text.size() - nameBegin, 80)));
  const bool antecedent = after.find(", which ") != std::string::npos || after.find(", who ") != std::string::npos;
  // "platforms like Zapier (8,000+ apps)": an aside in brackets after the example is about it.
  const std::size_t nameEnd = std::min(after.find_first_of("(,;"), after.size());
  if (nameEnd > 0 && after[nameEnd] == '(' && after[nameEnd - 1] == ' ') return false;
  return between.find_first_of(";:") == std::string_view::npos && !antecedent;
}

bool inExampleAside(std::string_view text, std::size_t sentenceBegin, std::size_t nameBegin) {
  if (nameBegin <= sentenceBegin || nameBegin > text.size()) return false;
  const std::string_view before = text.substr(sentenceBegin, nameBegin - sentenceBegin);
  const std::size_t open = before.rfind('(');
  if (open == std::string_view::npos || before.find(')', open) != std::string_view::npos) return false;
  const std::string aside = lowerAscii(before.substr(open + 1));
  std::size_t cueEnd = std::string::npos;
  for (std::string_view cue : {"for example ", "for instance ", "e.g. ", "e.g., ", "such as ", "like ", "including "})
    if (aside.starts_with(cue)) cueEnd = cue.size();
  if (cueEnd == std::string::npos) return false;
  // Between the cue and the name: earlier examples only ("A6000, "), no word of a clause.
  return onlyExamples(before.substr(open + 1 + cueEnd));
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
  return !lex.prepositions.count(verb) && !lex.isFunctionWord(verb);
}

namespace {
// Whether one of the page's categories, written with spaces or '_' between its words ("Custom GPTs"), is one of
// `names` (written with '_').
bool filedUnder(const std::vector<std::string>& categories, std::initializer_list<std::string_view> names) {
  return std::any_of(categories.begin(), categories.end(), [&](const std::string& c) {
    std::string spaced = c;
    std::replace(spaced.begin(), spaced.end(), ' ', '_');
    return std::find(names.begin(), names.end(), spaced) != names.end();
  });
}
}  // namespace

bool filedAsProduct(const std::vector<std::string>& categories) {
  return filedUnder(categories, {"Custom_GPTs", "Plugin", "Models", "Large_language_models"});
}

bool filedAsAssistant(const std::vector<std::string>& categories) {
  return filedUnder(categories, {"Custom_GPTs", "Plugin"});
}

// The words or text parts data/prompt_headings.tsv lists for headings of `kind`.
static const std::vector<std::string>& promptHeadingWords(PromptHeading kind) {
  return lexicon().promptHeadings[static_cast<std::size_t>(kind)];
}

bool headsInstructions(std::string_view title) {
  const std::string lower = lowerAscii(title);
  const std::vector<std::string>& parts = promptHeadingWords(PromptHeading::kInstructions);
  return std::any_of(parts.begin(), parts.end(),
                     [&](const std::string& part) { return lower.find(part) != std::string::npos; });
}

bool headsUserPrompts(const std::vector<std::string_view>& titles) {
  auto names = [](std::string_view title, PromptHeading kind) {
    const std::vector<std::string>& words = promptHeadingWords(kind);
    const std::vector<std::string> tokens = graph::foldTokens(title);
    return std::any_of(tokens.begin(), tokens.end(),
                       [&](const std::string& t) { return std::find(words.begin(), words.end(), t) != words.end(); });
  };
  if (titles.empty() || headsInstructions(titles.front())) return false;
  if (std::any_of(titles.begin(), titles.end(), [&](std::string_view t) { return names(t, PromptHeading::kStarters); }))
    return true;
  // A prompt given as an example: its own heading says "prompt", it or a parent says "example".
  return names(titles.front(), PromptHeading::kPrompts) &&
         std::any_of(titles.begin(), titles.end(),
                     [&](std::string_view t) { return names(t, PromptHeading::kExamples); });
}

bool inUserPrompts(const std::vector<Section>& sections, int section) {
  std::vector<std::string_view> titles;
  for (int k = section, depth = 0; k >= 0 && depth < 8; k = sections[static_cast<std::size_t>(k)].parent, ++depth)
    titles.push_back(sections[static_cast<std::size_t>(k)].title);
  return headsUserPrompts(titles);
}

std::vector<bool> userPromptSections(const std::vector<Section>& sections) {
  std::vector<bool> prompts(sections.size());
  for (std::size_t k = 0; k < sections.size(); ++k) prompts[k] = inUserPrompts(sections, static_cast<int>(k));
  return prompts;
}

bool directiveFigure(std::string_view sentence, std::size_t figureAt) {
  const std::string before = lowerAscii(sentence.substr(0, std::min(figureAt, sentence.size())));
  std::string_view lead = before;
  while (!lead.empty() && lead.back() == ' ') lead.remove_suffix(1);
  for (std::string_view bound : {" maximum", " maximum of", " max", " max.", " within", " no longer than",
                                 " not longer than", " length of", " limit of", " limited to", " not exceed",
                                 " not exceeding", " no more than", " not more than", " at most", " up to"})
    if (lead.ends_with(bound) || (lead.size() + 1 == bound.size() && bound.substr(1) == lead)) return true;
  // The openings of the clauses before the figure: the sentence's start and each place after a
  // clause mark.
  static const std::unordered_set<std::string_view> kLeadWords{
      "then", "next",   "also", "always", "please", "and", "finally", "first", "now",  "just",
      "only", "simply", "so",   "but",    "never",  "do",  "don't",   "not",   "must", "then,"};
  std::vector<std::size_t> opens{0};
  for (std::size_t k = 0; k + 1 < before.size(); ++k)
    if ((before[k] == ';' || before[k] == ':' || before[k] == ',' || before[k] == '(') && before[k + 1] == ' ')
      opens.push_back(k + 2);
  for (std::size_t open : opens) {
    std::vector<Token> tokens = tokenize(std::string_view(before).substr(open));
    std::size_t k = 0;
    // A label before a colon opens no clause of its own ("Task 1: Search ..."); list marks and lead words go.
    while (k < tokens.size()) {
      const std::string_view w =
          std::string_view(before).substr(open + tokens[k].begin, tokens[k].end - tokens[k].begin);
      if (kLeadWords.count(w) || w == "-" || w == "*") {
        ++k;
        continue;
      }
      break;
    }
    if (k >= tokens.size()) continue;
    const std::string_view w = std::string_view(before).substr(open + tokens[k].begin, tokens[k].end - tokens[k].begin);
    if (w == "you") return true;
    if (!isVerbWord(w) || endsWith(w, "ing") || !pastVerbLemma(w).empty() || isAuxiliary(w)) continue;
    // Its object follows: a lower-case word or a number, in the original's case ("Tab Image: ..." is a label).
    const std::size_t next = open + tokens[k].end;
    const std::size_t at = sentence.find_first_not_of(' ', next);
    if (at == std::string_view::npos || at == next) continue;
    // "Be careful because they will try ... in a thousand ways": a subordinate clause between the verb and
    // the figure has a subject of its own.
    const std::vector<std::string> between = graph::foldTokens(std::string_view(before).substr(next));
    if (std::any_of(between.begin(), between.end(), [](const std::string& t) {
          return t == "because" || t == "if" || t == "when" || t == "while" || t == "unless" || t == "although" ||
                 t == "since" || t == "whenever";
        }))
      continue;
    const char c = sentence[at];
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return true;
  }
  return false;
}

bool headsQuotedPrompts(std::string_view title) {
  const std::string lower = lowerAscii(title);
  return lower.find("prompt") != std::string::npos || lower.find("conversation starter") != std::string::npos ||
         lower.find("instructions") != std::string::npos;
}

bool opensWithIt(std::string_view sentence) {
  const std::string_view opening = sentence.substr(0, std::min<std::size_t>(sentence.size(), 60));
  if (opening.find("It") == std::string_view::npos) return false;  // no first word "It": most sentences
  std::vector<Token> tokens = tokenize(opening);
  if (tokens.size() < 2 || sentence.substr(tokens[0].begin, tokens[0].end - tokens[0].begin) != "It") return false;
  for (std::size_t k = 1; k < tokens.size() && k <= 4; ++k)
    if (lowerAscii(sentence.substr(tokens[k].begin, tokens[k].end - tokens[k].begin)) == "that") return false;
  return true;
}

std::string openingDescription(std::string_view sentence) {
  const std::vector<Word> words = wordsOf(sentence, 0, std::min<std::size_t>(sentence.size(), 60));
  if (words.size() < 3 || (words[0].lower != "the" && words[0].lower != "this") || words[1].capital ||
      words[2].capital || words[1].breakBefore || words[2].breakBefore || !isThingNoun(words[1].lower))
    return "";
  return words[1].lower;
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

std::string_view columnName(std::string_view header) {
  std::string_view name = trim(header);
  while (name.size() > 4 && name.starts_with("**") && name.ends_with("**"))
    name = trim(name.substr(2, name.size() - 4));
  if (name.ends_with(')'))
    if (const std::size_t open = name.rfind(" ("); open != std::string_view::npos && open > 0)
      name = trim(name.substr(0, open));
  return name;
}

bool isModelSize(std::string_view name) {
  if (name.size() < 2 || (name.back() != 'B' && name.back() != 'M')) return false;
  const std::string_view number = name.substr(0, name.size() - 1);
  return std::isdigit(static_cast<unsigned char>(number.front())) != 0 &&
         std::all_of(number.begin(), number.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
}

bool describesColumn(std::string_view header) {
  const std::string_view name = columnName(header);
  const std::vector<Token> words = tokenize(name);
  if (words.empty()) return true;
  const auto describes = [&](const Token& t) {
    return lexicon().isHeader(HeaderRole::kDescribes, lowerAscii(name.substr(t.begin, t.end - t.begin)));
  };
  return describes(words.front()) || describes(words.back());
}

namespace {

// After a name that opens a clause: one kind noun ("dataset"), then an aside in brackets or
// between commas (", released in October 2023,"); where the clause's verb starts, or npos.
std::size_t verbAfterName(std::string_view text, std::size_t at, std::size_t end) {
  std::string_view rest = text.substr(at, end - at);
  std::size_t k = 0;
  const auto skipSpaces = [&] {
    while (k < rest.size() && rest[k] == ' ') ++k;
  };
  skipSpaces();
  if (k < rest.size() && rest[k] == '(') {
    const std::size_t close = rest.find(')', k);
    if (close == std::string_view::npos) return std::string_view::npos;
    k = close + 1;
  } else if (k < rest.size() && rest[k] == ',') {
    const std::size_t close = rest.find(',', k + 1);
    if (close == std::string_view::npos) return std::string_view::npos;
    k = close + 1;
  }
  skipSpaces();
  return k < rest.size() && k > 0 ? at + k : std::string_view::npos;
}

}  // namespace

const Mention* leadInOpener(std::string_view text, std::size_t begin, std::size_t end,
                            const std::vector<Mention>& mentions) {
  end = std::min(end, text.size());
  const std::string_view sentence = trim(text.substr(begin, end - begin));
  if (sentence.empty() || sentence.back() != ':') return nullptr;
  const auto first = std::find_if(mentions.begin(), mentions.end(), [&](const Mention& m) { return m.begin >= begin; });
  if (first == mentions.end() || first->possessor || first->prepositional || first->end >= end) return nullptr;
  const std::string_view before = trim(text.substr(begin, first->begin - begin));
  if (!before.empty() && before != "The" && before != "the") return nullptr;
  std::size_t at = first->end;
  // "The Acme Atlas dataset, ...": one kind noun after the name.
  if (const std::size_t space = text.find_first_not_of(' ', at); space != std::string_view::npos && space > at) {
    const std::size_t wordEnd = std::min(end, text.find_first_of(" ,(", space));
    if (isThingNoun(text.substr(space, wordEnd - space))) at = wordEnd;
  }
  const std::size_t verbAt = verbAfterName(text, at, end);
  if (verbAt == std::string_view::npos) return nullptr;
  const std::vector<Token> words = tokenize(text.substr(verbAt, std::min<std::size_t>(end - verbAt, 40)));
  if (words.empty() || words.front().begin != 0) return nullptr;
  const std::string verb = lowerAscii(text.substr(verbAt, words.front().end));
  const Lexicon& lex = lexicon();
  if (std::islower(static_cast<unsigned char>(text[verbAt])) == 0 || lex.prepositions.count(verb) ||
      lex.speechVerbs.count(verb) || isClauseWord(verb) || (!isAuxiliary(verb) && lex.isFunctionWord(verb)))
    return nullptr;
  return &*first;
}

namespace {
// "CyberOne", "QPUs", "GPU": a capital inside a word (not after a hyphen: "High-Risk") beside a
// lower-case letter, or an acronym of three capitals or more ("AI" and "EU" are in every title).
bool camelCase(std::string_view word) {
  std::size_t capitals = 0, lower = 0;
  bool inner = false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    const auto c = static_cast<unsigned char>(word[k]);
    if (std::isupper(c) != 0) {
      ++capitals;
      if (k > 0 && word[k - 1] != '-') inner = true;
    } else if (std::islower(c) != 0) {
      ++lower;
    }
  }
  return inner && (lower > 0 || capitals >= 3);
}
}  // namespace

bool writtenAsName(std::string_view heading) {
  heading = trim(heading.substr(0, std::min(heading.find(" ("), heading.find(':'))));
  const std::vector<Token> words = tokenize(heading);
  if (words.empty() || words.size() > 5) return false;
  bool nameWord = false;
  for (const Token& t : words) {
    const std::string_view word = heading.substr(t.begin, t.end - t.begin);
    const auto lead = static_cast<unsigned char>(word.front());
    if (!(std::isupper(lead) != 0 || std::isdigit(lead) != 0 || lead >= 0x80)) return false;
    // "ETSY_SEO.html": a file's name, not a thing's.
    if (word.find('_') != std::string_view::npos || word.find(".htm") != std::string_view::npos) return false;
    const bool letter = std::any_of(word.begin(), word.end(), [](char c) {
      return std::isalpha(static_cast<unsigned char>(c)) != 0 || static_cast<unsigned char>(c) >= 0x80;
    });
    if (letter && (camelCase(word) || lead >= 0x80 || graph::hasAsciiDigit(word))) nameWord = true;
  }
  return nameWord;
}

namespace {

// Where the predicate starts after "NAME is a" / "NAME was an" (perhaps one kind noun between the name
// and its copula: "... Computer Use model is a"), within the sentence ending at `end`; npos when no such
// copula follows the name.
std::size_t afterDefiningCopula(std::string_view text, std::size_t end, const Mention& m) {
  std::string_view after = text.substr(m.end, std::min<std::size_t>(end - m.end, 40));
  if (after.size() > 1 && after.front() == ' ' && std::islower(static_cast<unsigned char>(after[1])) != 0) {
    const std::size_t space = after.find(' ', 1);
    if (space != std::string_view::npos && isThingNoun(after.substr(1, space - 1))) after.remove_prefix(space);
  }
  for (std::string_view copula : {" is a ", " is an ", " was a ", " was an "})
    if (after.starts_with(copula)) return static_cast<std::size_t>(after.data() - text.data()) + copula.size();
  return std::string_view::npos;
}

}  // namespace

const Mention* definedName(std::string_view text, std::size_t begin, std::size_t end,
                           const std::vector<Mention>& mentions) {
  for (const Mention& m : mentions) {
    if (m.begin < begin || m.end >= end || m.end > text.size() || m.possessor || m.prepositional) continue;
    if (afterDefiningCopula(text, end, m) != std::string_view::npos) return &m;
  }
  return nullptr;
}

bool definedAsKind(std::string_view text, std::size_t end, const Mention& m, std::string_view noun) {
  const std::size_t from = afterDefiningCopula(text, end, m);
  if (from == std::string_view::npos) return false;
  // The noun phrase only: a clause word or a mark ends it ("..., which", "that introduced").
  for (const Word& w : wordsOf(text, from, end)) {
    if (w.breakBefore || isClauseWord(w.lower)) return false;
    if (w.lower == noun || w.lower == std::string(noun) + "s") return true;
  }
  return false;
}

std::string pastVerbLemma(std::string_view lower) {
  bool past = false;
  std::string lemma = verbLemma(lower, past);
  return past ? lemma : std::string();
}

std::string eventNounOfPast(std::string_view lower) {
  std::string lemma = pastVerbLemma(lower);
  return !lemma.empty() && wordClasses().nouns.count(lemma) ? lemma : std::string();
}

bool verbFormOnly(std::string_view lower) {
  const WordClasses& c = wordClasses();
  if (c.nouns.count(lower)) return false;
  // A plural whose singular WordNet lists as a noun ("runs", "batches", "queries") counts that noun.
  const std::string word(lower);
  for (auto [cut, add] : {std::pair<std::size_t, std::string_view>{1, ""}, {2, ""}, {3, "y"}})
    if (word.size() > cut + 1 && word.back() == 's' &&
        c.nouns.count(word.substr(0, word.size() - cut) + std::string(add)))
      return false;
  // A base form alone may be a noun WordNet lacks ("300 dim"): only the -s and -ing forms tell a verb.
  if (!lower.ends_with('s') && !lower.ends_with("ing")) return false;
  bool past = false;
  return verbOnly(lower) || (!verbLemma(lower, past).empty() && !past);
}

bool verbOnly(std::string_view word) {
  const WordClasses& c = wordClasses();
  if (c.verbs.count(word)) return !c.nounVerbs.count(word);
  // "serving" -> "serve", "running" -> "run", "compiling" -> "compile".
  return endsWith(word, "ing") && word.size() >= 6 && ingStemIsVerb(word.substr(0, word.size() - 3));
}

bool isAdverb(std::string_view lower);  // Speakers.h, whose other names clash with this file's

bool nounless(std::string_view lower) {
  if (wordClasses().nouns.count(lower)) return false;
  return wordNetAdjectives().count(lower) || isAdverb(lower) || verbOnly(lower) || !pastVerbLemma(lower).empty();
}

bool isWordNetPlural(std::string_view lower) {
  if (lower.size() < 4 || !endsAsPlural(lower)) return false;
  const ViewSet& nouns = wordClasses().nouns;
  const std::string stem(lower.substr(0, lower.size() - 1));
  if (lower.ends_with("ies") && nouns.count(std::string(lower.substr(0, lower.size() - 3)) + "y")) return true;
  return nouns.count(stem) || (lower.ends_with("es") && nouns.count(lower.substr(0, lower.size() - 2)));
}

bool isThingNoun(std::string_view noun) {
  static const std::unordered_set<std::string_view> nouns{
      "model",   "models",    "platform",     "paper",     "book",     "memoir",        "novel",       "variant",
      "system",  "chip",      "product",      "service",   "app",      "application",   "tool",        "benchmark",
      "dataset", "device",    "architecture", "framework", "software", "library",       "film",        "game",
      "network", "processor", "superchip",    "gpu",       "gpus",     "supercomputer", "machine",     "robot",
      "vehicle", "phone",     "version",      "release",   "engine",   "assistant",     "chatbot",     "agent",
      "program", "project",   "initiative",   "study",     "report",   "contest",       "competition", "album",
      "series",  "suite",     "test",         "exam",      "edition",  "site",          "website",     "protocol"};
  return nouns.count(noun) > 0;
}

std::size_t agentAfter(std::string_view text, std::size_t figureEnd) {
  if (figureEnd >= text.size()) return std::string_view::npos;
  constexpr std::size_t kReach = 80;
  // A clause's end searched for within the reach only: to the paragraph's end, it made a paragraph of
  // counts N^2.
  const std::size_t reach = std::min(text.size(), figureEnd + kReach);
  const std::size_t stop = std::min(reach, text.substr(0, reach).find_first_of(";:(", figureEnd));
  const std::vector<Word> after = wordsOf(text, figureEnd, stop);
  bool past = false;
  // A finite passive as well as a bare participle: "4.6 million prisoners were taken by the Axis",
  // "had been seized by": the "by" phrase names the active clause's subject, whose count it is.
  std::size_t v = 0;
  if (!after.empty() && !after[0].breakBefore && isFiniteBe(after[0].lower))
    v = 1;
  else if (after.size() > 1 && (after[0].lower == "had" || after[0].lower == "has" || after[0].lower == "have") &&
           after[1].lower == "been" && !after[0].breakBefore && !after[1].breakBefore)
    v = 2;
  if (after.size() < v + 3 || after[v].capital || after[v].breakBefore || after[v + 1].lower != "by" ||
      after[v + 1].breakBefore || isAuxiliary(after[v].lower) || verbLemma(after[v].lower, past).empty() || !past)
    return std::string_view::npos;
  std::size_t agent = v + 2;
  if (agent < after.size() && after[agent].lower == "the") ++agent;
  return agent < after.size() && after[agent].capital && !after[agent].breakBefore ? after[agent].begin
                                                                                   : std::string_view::npos;
}

std::string definingNoun(std::string_view sentence) {
  constexpr std::size_t kReach = 300;
  const std::vector<Word> words = wordsOf(sentence, 0, std::min(sentence.size(), kReach));
  std::size_t k = 0;
  while (k < words.size() && !isFiniteBe(words[k].lower)) ++k;
  std::string head;
  for (++k; k < words.size(); ++k) {
    const Word& w = words[k];
    if (!head.empty() && w.breakBefore) break;
    if (isDeterminer(w.lower) && head.empty()) continue;
    if (lexicon().prepositions.count(w.lower) || isClauseWord(w.lower) || isAuxiliary(w.lower)) break;
    head = w.lower;
  }
  return head;
}

bool glossAfterSlash(std::string_view text, std::size_t nameBegin) {
  if (nameBegin < 2 || nameBegin > text.size() || text[nameBegin - 1] != '/') return false;
  std::size_t start = nameBegin - 1;
  while (start > 0 && std::isalpha(static_cast<unsigned char>(text[start - 1])) != 0) --start;
  const std::string_view kind = text.substr(start, nameBegin - 1 - start);
  // "I/O", "TCP/IP", "24/7": a word in capitals or a number before the slash makes one name, no gloss.
  return !kind.empty() &&
         std::all_of(kind.begin(), kind.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; });
}

bool opensAsideAfter(std::string_view text, std::size_t nameEnd, std::size_t figureAt) {
  if (nameEnd >= figureAt || figureAt > text.size()) return false;
  std::size_t open = nameEnd;
  if (open < figureAt && text[open] == ' ') ++open;
  if (open >= figureAt || text[open] != '(') return false;
  const std::string_view between = text.substr(open + 1, figureAt - open - 1);
  return !hasWordCharacter(between) && between.find_first_of(",;()") == std::string_view::npos;
}

bool labelLine(std::string_view paragraph) {
  paragraph = trim(paragraph);
  if (paragraph.empty() || std::string_view(".:;,!?").find(paragraph.back()) != std::string_view::npos) return false;
  const std::string_view phrase = trim(paragraph.substr(0, paragraph.find(" (")));
  const std::size_t words = tokenize(phrase).size();
  return words >= 1 && words <= 6 && phrase.find_first_of(".:;!?") == std::string_view::npos;
}

bool opensAsideAfterPhrase(std::string_view text, std::size_t nameEnd, std::size_t figureAt) {
  if (nameEnd >= figureAt || figureAt > text.size()) return false;
  // The last " (" between the name and the figure, searched back only to the name (a search from the
  // figure to the text's start is read once per figure of a long paragraph).
  const std::string_view between = text.substr(nameEnd, std::min(text.size(), figureAt + 2) - nameEnd);
  const std::size_t found = between.rfind(" (");
  if (found == std::string_view::npos) return false;
  const std::size_t open = nameEnd + found;
  if (!opensAsideAfter(text, open, figureAt)) return false;
  const std::string_view phrase = text.substr(nameEnd, open - nameEnd);
  if (phrase.empty() || phrase.front() != ' ') return false;
  const std::vector<Token> words = tokenize(phrase);
  constexpr std::size_t kLongest = 3;  // "MoE model", "Blackwell Ultra GPU"
  if (words.empty() || words.size() > kLongest) return false;
  for (std::size_t k = 0; k < words.size(); ++k) {
    const std::string_view word = phrase.substr(words[k].begin, words[k].end - words[k].begin);
    const bool last = k + 1 == words.size();
    if (last != (std::islower(static_cast<unsigned char>(word.front())) != 0)) return false;
    if (last && !isThingNoun(word)) return false;
  }
  return phrase.find_first_of(",;:") == std::string_view::npos;
}

std::size_t apposedNameAfter(std::string_view text, std::size_t figureBegin, std::size_t figureEnd) {
  constexpr std::size_t npos = std::string_view::npos;
  if (figureEnd >= text.size() || wordBefore(text, figureBegin) != "the") return npos;
  const std::string_view after = text.substr(figureEnd, std::min<std::size_t>(text.size() - figureEnd, 80));
  const std::vector<Token> words = tokenize(after);
  const Lexicon& lex = lexicon();
  constexpr std::size_t kModifiers = 3;  // "NFT marketplace", "open-source model"
  for (std::size_t k = 0; k < words.size() && k <= kModifiers; ++k) {
    const std::string_view word = after.substr(words[k].begin, words[k].end - words[k].begin);
    // Only spaces between the words: a comma, a bracket or a hyphen's break ends the phrase.
    const std::string_view gap =
        after.substr(k == 0 ? 0 : words[k - 1].end, words[k].begin - (k == 0 ? 0 : words[k - 1].end));
    if (gap.find_first_not_of(' ') != npos || (k > 0 && gap.empty())) return npos;
    const bool lower = std::islower(static_cast<unsigned char>(word.front())) != 0;
    if (lower) {
      const std::string w(word);
      // "the 500 companies including Google": a participle or a word of grammar ends the noun phrase.
      // "the eighteen-minute battle won Texas independence": nor a verb before the name (by WordNet).
      const std::string before =
          k == 0 ? std::string("#")
                 : lowerAscii(after.substr(words[k - 1].begin, words[k - 1].end - words[k - 1].begin));
      if (lex.prepositions.count(w) || lex.isFunctionWord(w) || isClauseWord(w) || w.ends_with("ing") ||
          w.ends_with("ed") || !pastVerbLemma(w).empty() || readsAsVerb(before, w, "^"))
        return npos;
      continue;
    }
    // A capitalised word after a lower-case noun starts the name.
    const std::string_view last =
        k == 0 ? std::string_view{} : after.substr(words[k - 1].begin, words[k - 1].end - words[k - 1].begin);
    if (k > 0 && std::islower(static_cast<unsigned char>(last.front())) != 0) return figureEnd + words[k].begin;
  }
  return npos;
}

bool isFiscalPeriod(std::string_view name) {
  // "+126% YoY": the comparison of a period with the one before (year, quarter, month over it).
  const std::string folded = lowerAscii(trim(name));
  if (folded == "yoy"sv || folded == "qoq"sv || folded == "mom"sv) return true;
  const std::vector<Token> words = tokenize(name);
  if (words.empty() || words.size() > 3) return false;
  bool fiscal = false;
  for (const Token& t : words) {
    const std::string w = lowerAscii(name.substr(t.begin, t.end - t.begin));
    const auto digits = [&](std::size_t from) {
      return w.size() > from && std::all_of(w.begin() + static_cast<std::ptrdiff_t>(from), w.end(),
                                            [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
    };
    // "FY2025", "FY25", "CY2024": a fiscal or calendar year; "Q3", "H1": its quarter or half.
    if ((w.starts_with("fy") || w.starts_with("cy")) && digits(2) && (w.size() == 4 || w.size() == 6))
      fiscal = true;
    else if (w.size() == 2 && (w[0] == 'q' || w[0] == 'h') && std::isdigit(static_cast<unsigned char>(w[1])) &&
             w[1] >= '1' && w[1] <= (w[0] == 'q' ? '4' : '2'))
      fiscal = true;
    else if (!(digits(0) && w.size() == 4))  // "Q1 2025": the year it is a part of
      return false;
  }
  return fiscal;
}

bool isFundingRound(std::string_view name) {
  const std::string folded = lowerAscii(trim(name));
  std::string_view rest = folded;
  for (std::string_view tail : {" round", " extension"})
    if (rest.ends_with(tail)) rest.remove_suffix(tail.size());
  if (rest == "seed" || rest == "pre-seed" || rest == "angel") return true;
  // "Series A", "Series B-2", "Series C+": a letter after "series".
  if (!rest.starts_with("series ")) return false;
  rest.remove_prefix(7);
  return !rest.empty() && std::isalpha(static_cast<unsigned char>(rest.front())) != 0 &&
         (rest.size() == 1 || std::string_view("-+0123456789").find(rest[1]) != std::string_view::npos);
}

std::string_view leadPhrase(std::string_view lead) {
  lead = trim(lead);
  std::size_t end = lead.size();
  for (std::string_view stop : {" (", ",", ";", " is ", " was ", " are ", " were "})
    end = std::min(end, lead.find(stop));
  if (end == lead.size()) return {};
  const std::string_view phrase = trim(lead.substr(0, end));
  const std::size_t words = tokenize(phrase).size();
  return words >= 1 && words <= 8 ? phrase : std::string_view{};
}

}  // namespace cg::ingest
