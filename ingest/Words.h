#pragma once
// The one word reader of ingest and query (docs/ARCHITECTURE.md, "One word reader"): splitting a
// piece of text into words by rules each reader names (letters only; names whole with their
// marks; a possessive read off), the determiners that open a noun phrase, the words of a
// verb group (the auxiliaries and the modals), and a noun's number by its spelling. A reader that needs other rules
// says so with WordRules rather than a splitter of its own. (tokenize(), Text.h, stays the article reader's tokenizer:
// its inner-mark rule is what the entity finder indexes, and it runs over every block.)

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cg::ingest {

// What a word is made of, beyond ASCII letters (which every word holds).
struct WordRules {
  bool digits = true;       // "F1", "GPT-4o"; false: "24/7" gives no word
  bool beyondAscii = true;  // the bytes of a UTF-8 character ("Zürich", "’" inside "model’s")
  // ASCII marks a word holds wherever they stand, below '@' only: "-'" ("state-of-the-art",
  // "model's"), "-.&+" ("Character.AI", "S&P", "HumanEval+").
  std::string_view marks = {};
  bool cutClosingMarks = false;  // "Inc." -> "Inc", "GPT-" -> "GPT": a closing '.' or '-' is the sentence's
  // A right single quote (U+2019) ends a word, and "'s", "\u2019s", "'" or "\u2019" right after a
  // word is read off it into WordSpan::possessive ("OpenAI's" -> "OpenAI", possessive).
  bool readPossessive = false;
};

// A word by its byte span in the text it was read from.
struct WordSpan {
  std::size_t begin = 0, end = 0;
  // With WordRules::readPossessive: "'s", "\u2019s" or "\u2019" after it, or "'" after a final 's'.
  bool possessive = false;
};

// Calls f(WordSpan) for each word of `text` by `rules`, in order, with no vector made (the readers
// in ingest's hot paths fold each word as they go).
template <class F>
void eachWord(std::string_view text, const WordRules& rules, F&& f) {
  std::uint64_t markBits = 0;  // bit c: ASCII mark c (below '@') is a word's
  for (char m : rules.marks)
    if (static_cast<unsigned char>(m) < 64) markBits |= std::uint64_t{1} << static_cast<unsigned char>(m);
  const std::size_t n = text.size();
  auto rightQuoteAt = [&](std::size_t i) {  // U+2019, three bytes
    return text[i] == '\xE2' && i + 2 < n && text[i + 1] == '\x80' && text[i + 2] == '\x99';
  };
  auto inWord = [&](std::size_t i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) return rules.beyondAscii && !(rules.readPossessive && rightQuoteAt(i));
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return true;
    if (c >= '0' && c <= '9') return rules.digits;
    return c < 64 && ((markBits >> c) & 1) != 0;
  };
  for (std::size_t i = 0; i < n;) {
    if (!inWord(i)) {
      ++i;
      continue;
    }
    WordSpan w{i, i};
    while (w.end < n && inWord(w.end)) ++w.end;
    i = w.end;
    if (rules.cutClosingMarks)
      while (w.end > w.begin && (text[w.end - 1] == '.' || text[w.end - 1] == '-')) --w.end;
    // (Every mark starts with a quote byte: most words are followed by neither.)
    if (rules.readPossessive && i < n && (text[i] == '\'' || text[i] == '\xE2'))
      for (std::string_view mark : {"'s", "\u2019s", "'", "\u2019"})
        if (text.substr(i).starts_with(mark)) {
          w.possessive = mark.size() > 1 || (w.end > w.begin && text[w.end - 1] == 's');
          i += mark.size();
          break;
        }
    if (w.end > w.begin) f(w);
  }
}

// The words of `text` by `rules`.
[[nodiscard]] std::vector<WordSpan> wordSpans(std::string_view text, const WordRules& rules);

// Runs of ASCII letters only: the rule of letterWords (Dates.h) and of a rate's period words.
inline constexpr WordRules kLetterRuns{.digits = false, .beyondAscii = false};

// Whether a lower-case word is a possessive determiner ("its", "their", "his", "her", "our", "your",
// "my"): the one list of them that the figure reader ("97 of its 162 games", "its six-year term") and
// the statement reader ("25 of its questions") share.
[[nodiscard]] bool isPossessiveDeterminer(std::string_view lower);

// The determiners, which open a noun phrase: articles ("the", "a"), demonstratives ("these"),
// possessive determiners ("its", "your") and quantifiers ("each", "no"). Lower case.
[[nodiscard]] bool isDeterminer(std::string_view lower);

// The auxiliaries, which a main verb follows in its verb group or which stand for it, by the verb
// they are a form of: the finite forms of "be", "have" and "do" ("is", "had", "did") and the modals
// ("would", "can", "must"), which take a bare infinitive ("would be"). kNone for any other word.
enum class Auxiliary : unsigned char { kNone, kBe, kHave, kDo, kModal };
[[nodiscard]] Auxiliary auxiliaryOf(std::string_view lower);

[[nodiscard]] inline bool isAuxiliary(std::string_view lower) { return auxiliaryOf(lower) != Auxiliary::kNone; }
[[nodiscard]] inline bool isModal(std::string_view lower) { return auxiliaryOf(lower) == Auxiliary::kModal; }
// The forms of "be", the one list of them (Words.cpp's kFormsOfBe), by what a reader needs of them. Lower case.
// A finite form ("is", "are", "was", "were": auxiliaryOf's kBe), which a clause's verb group opens with: "X was
// released in 2023", a copula after a subject.
[[nodiscard]] inline bool isFiniteBe(std::string_view lower) { return auxiliaryOf(lower) == Auxiliary::kBe; }
// Any form of "be", finite or not ("be", "been", "being"): before a participle it makes it passive ("was valued
// at", "has been cut"), so the words before name what is reported on, not who reports.
[[nodiscard]] bool isBeAuxiliary(std::string_view lower);
// A form of "be" but "being": one that stands in its clause's own verb group ("X was founded", "will be
// released", "has been cut", "there were 1,539 people", "are as follows"). "being" opens a participle
// phrase of the noun before it ("the original run of 6,000 copies being published on 23 October 1815"),
// so what it says is that noun's, not the clause subject's.
[[nodiscard]] bool isVerbGroupBe(std::string_view lower);
// A form of "do" ("do", "does", "did"): auxiliaryOf gives "does" and "did" but not "do", which is as often the
// main verb ("what they do"); a reader that wants the auxiliary where it may stand asks this.
[[nodiscard]] bool isFormOfDo(std::string_view lower);

// A noun's number by English spelling alone, the one copy of these rules (what a word list says of the
// word is its caller's: Scores.h's isCountedPlural asks wamerican, Subjects.h's isWordNetPlural WordNet;
// a verb's forms are Subjects.h's verbLemma, by WordNet).
// Whether a lower-case word ends as a regular plural does: in "s", not in "ss", "us" or "is" ("loss",
// "corpus", "analysis" are singulars).
[[nodiscard]] bool endsAsPlural(std::string_view lower);
// The regular plural of a lower-case singular: "problem" -> "problems", "query" -> "queries", "box" ->
// "boxes", "key" -> "keys".
[[nodiscard]] std::string regularPlural(std::string_view singular);
// The regular singular of a lower-case word that endsAsPlural: "queries" -> "query", "outliers" ->
// "outlier" (its "-es" is its caller's to try: "boxes" -> "boxe").
[[nodiscard]] std::string regularSingular(std::string_view plural);

}  // namespace cg::ingest
