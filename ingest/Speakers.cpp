#include "ingest/Speakers.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_set>

#include <re2/re2.h>

#include "graph/AsciiRun.h"
#include "graph/Fold.h"
#include "ingest/Text.h"
#include "ingest/TextSearch.h"

namespace cg::ingest {
namespace data {
extern const char* const kAdverbs;
}  // namespace data

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n'; }

}  // namespace

std::size_t openingMarkLength(std::string_view text, std::size_t quoteBegin) {
  if (quoteBegin >= 3 && (text.substr(quoteBegin - 3, 3) == "\u201C" || text.substr(quoteBegin - 3, 3) == "\u2018"))
    return 3;
  return quoteBegin >= 1 && (text[quoteBegin - 1] == '"' || text[quoteBegin - 1] == '\'') ? 1 : 0;
}

std::optional<Quote> unclosedQuote(std::string_view text, const std::vector<Quote>& closed) {
  std::size_t from = closed.empty() ? 0 : closed.back().end + 1;
  if (!closed.empty() && text.compare(closed.back().end, 3, "\u201D") == 0) from = closed.back().end + 3;
  std::size_t at = std::string_view::npos, mark = 0;
  // Only '"' and 0xE2 (U+201C's lead byte) can be a mark: the loop steps from one to the next.
  for (std::size_t i = nextByteOf(text, from, '"', '\xE2'); i < text.size(); i = nextByteOf(text, i + 1, '"', '\xE2')) {
    const bool curly = static_cast<unsigned char>(text[i]) == 0xE2 && text.compare(i, 3, "\u201C") == 0;
    const std::size_t length = text[i] == '"' ? 1 : curly ? 3 : 0;
    if (length == 0) continue;
    if (at != std::string_view::npos) return std::nullopt;  // a second mark: quoteSpans' business
    at = i;
    mark = length;
  }
  if (at == std::string_view::npos || (at > 0 && text[at - 1] != ' ') || at + mark >= text.size() ||
      std::isalpha(static_cast<unsigned char>(text[at + mark])) == 0)
    return std::nullopt;
  std::size_t end = text.size();
  while (end > at + mark && text[end - 1] == ' ') --end;
  return Quote{at + mark, end};
}

std::vector<Quote> singleQuoteSpans(std::string_view text, const std::vector<Quote>& doubleQuotes) {
  constexpr std::size_t kLongest = 300;
  auto isAlnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  auto isLetter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
  auto markAt = [&](std::size_t i, bool opening) -> std::size_t {  // the mark's length at i, or 0
    if (text[i] == '\'') return 1;
    // U+2018 and U+2019 open with 0xE2: a byte test first, the compare only then (every byte comes here).
    if (static_cast<unsigned char>(text[i]) == 0xE2 && text.compare(i, 3, opening ? "\u2018" : "\u2019") == 0) return 3;
    return 0;
  };
  auto insideDouble = [&](std::size_t at) {  // doubleQuotes are in order: the last one opening before `at`
    auto after = std::upper_bound(doubleQuotes.begin(), doubleQuotes.end(), at,
                                  [](std::size_t pos, const Quote& q) { return pos < q.begin; });
    return after != doubleQuotes.begin() && at < std::prev(after)->end + 3;
  };
  std::vector<Quote> out;
  // A mark is '\'' or opens with 0xE2, a closing one's search stops at '"' or 0xE2 too: the loops
  // step from one such byte to the next.
  for (std::size_t i = nextByteOf(text, 0, '\'', '\xE2'); i < text.size(); i = nextByteOf(text, i + 1, '\'', '\xE2')) {
    const std::size_t open = markAt(i, true);
    if (open == 0 || (i > 0 && text[i - 1] != ' ' && text[i - 1] != '(') || i + open >= text.size() ||
        !isLetter(text[i + open]))
      continue;
    const std::size_t begin = i + open;
    std::size_t close = std::string_view::npos;
    const std::string_view reach = text.substr(0, std::min(text.size(), begin + kLongest));
    for (std::size_t k = nextByteOf(reach, begin, '"', '\'', '\xE2'); k < reach.size();
         k = nextByteOf(reach, k + 1, '"', '\'', '\xE2')) {
      if (text[k] == '"' || (static_cast<unsigned char>(text[k]) == 0xE2 &&
                             (text.compare(k, 3, "\u201C") == 0 || text.compare(k, 3, "\u201D") == 0)))
        break;
      const std::size_t mark = markAt(k, false);
      if (mark == 0) continue;
      const bool closes =
          (isLetter(text[k - 1]) || std::string_view(".,!?").find(text[k - 1]) != std::string_view::npos) &&
          (k + mark >= text.size() || !isAlnum(text[k + mark]));
      if (closes) close = k;
      if (closes || !isLetter(text[k - 1]) || k + mark >= text.size() || !isLetter(text[k + mark])) break;
      k += mark - 1;  // an apostrophe inside a word ("don't") is no mark
    }
    if (close == std::string_view::npos || tokenize(text.substr(begin, close - begin)).size() < 2 || insideDouble(i)) {
      continue;
    }
    out.push_back({begin, close});
    i = close;
  }
  return out;
}

bool isNameWord(std::string_view word) {
  if (word.empty() || !graph::isUpperAscii(word[0])) return false;
  std::size_t hyphen = word.rfind('-');
  return hyphen == std::string_view::npos || hyphen + 1 >= word.size() || !graph::isLowerAscii(word[hyphen + 1]);
}

bool isTitleCase(std::string_view words) {
  bool first = true;
  for (std::size_t at = 0; at < words.size();) {
    std::size_t end = std::min(words.find(' ', at), words.size());
    std::string_view word = words.substr(at, end - at);
    if ((first || word.size() >= 4) && !word.empty() && !graph::isUpperAscii(word[0])) return false;
    first = false;
    at = end + 1;
  }
  return !first;
}

std::optional<std::size_t> possessiveBefore(std::string_view text, std::size_t begin, std::size_t quoteOpen) {
  std::size_t mark = openingMarkLength(text, quoteOpen);
  if (mark == 0) return std::nullopt;
  std::size_t end = quoteOpen - mark;
  while (end > begin && isSpace(text[end - 1])) --end;
  for (std::string_view s : {std::string_view("'s"), std::string_view("\u2019s")})
    if (end >= begin + s.size() + 1 && text.substr(end - s.size(), s.size()) == s) return end - s.size();
  return std::nullopt;
}

bool firstWordAfterLabel(std::string_view item, std::size_t pos) {
  std::size_t colon = item.find(':');
  if (colon == std::string_view::npos || colon >= pos) return false;
  for (char c : item.substr(colon + 1, pos - colon - 1))
    if (!isSpace(c) && c != '*' && c != '_') return false;
  return true;
}

std::optional<std::size_t> labelBeforeQuote(std::string_view text) {
  constexpr std::size_t kLabelLimit = 60;
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon > kLabelLimit) return std::nullopt;
  std::size_t quote = colon + 1;
  while (quote < text.size() && (isSpace(text[quote]) || text[quote] == '*' || text[quote] == '_')) ++quote;
  if (text.substr(quote, 1) != "\"" && text.substr(quote, 3) != "\u201C") return std::nullopt;
  std::string_view label = text.substr(0, colon);
  if (label.find('"') != std::string_view::npos || label.find("\u201C") != std::string_view::npos) return std::nullopt;
  std::size_t end = label.size();
  while (end > 0 && isSpace(label[end - 1])) --end;
  if (end > 0 && label[end - 1] == ')') {  // "Autotab (AI agent)": the aside says what the name is
    const std::size_t open = label.rfind('(');
    if (open == std::string_view::npos) return std::nullopt;
    end = open;
    while (end > 0 && isSpace(label[end - 1])) --end;
  }
  if (end == 0) return std::nullopt;
  return end;
}

namespace {

bool isSpeechNoun(std::string_view lower) {
  for (std::string_view w :
       {"statement", "quote",   "quotation", "motto",   "slogan",      "tagline",    "mission",     "definition",
        "words",     "phrase",  "remark",    "remarks", "catchphrase", "credo",      "maxim",       "pledge",
        "promise",   "message", "warning",   "verdict", "words",       "assessment", "description", "comment"})
    if (lower == w) return true;
  return false;
}

// What may stand between the noun and the quotation: "of intelligence as", " was", ":", ",".
bool joinsNounToQuote(std::string_view between) {
  between = trim(between);
  if (!between.empty() && (between.back() == ':' || between.back() == ',')) between.remove_suffix(1);
  between = trim(between);
  for (std::string_view link : {"as", "was", "is", "reads", "read"})
    if (between == link ||
        (between.size() > link.size() && between.ends_with(link) && between[between.size() - link.size() - 1] == ' ')) {
      between.remove_suffix(link.size());
      break;
    }
  between = trim(between);
  if (between.empty()) return true;
  // "of intelligence", "of the club": the noun's object, a short phrase with no clause break.
  return between.starts_with("of ") && between.size() <= 40 && between.find_first_of(",;:") == std::string_view::npos;
}

}  // namespace

std::optional<std::size_t> speechNounBefore(std::string_view text, std::size_t begin, std::size_t quoteOpen) {
  constexpr std::size_t kReach = 80;
  std::size_t from = quoteOpen > begin + kReach ? quoteOpen - kReach : begin;
  const std::string_view window = text.substr(from, quoteOpen - from);
  const std::size_t stop = window.find_last_of(".;\"");
  if (stop != std::string_view::npos) from += stop + 1;
  const std::string_view clause = text.substr(from, quoteOpen - from);
  std::size_t wordEnd = clause.size();
  for (std::size_t k = clause.size(); k > 0; --k) {
    const bool letter = std::isalpha(static_cast<unsigned char>(clause[k - 1])) != 0;
    if (letter && (k == clause.size() || std::isalpha(static_cast<unsigned char>(clause[k])) == 0)) wordEnd = k;
    if (!letter || (k > 1 && std::isalpha(static_cast<unsigned char>(clause[k - 2])) != 0)) continue;
    const std::string word = graph::lowerAscii(clause.substr(k - 1, wordEnd - (k - 1)));
    if (isSpeechNoun(word) && joinsNounToQuote(clause.substr(wordEnd))) return from + k - 1;
  }
  return std::nullopt;
}

std::optional<std::size_t> dashAttributionAfter(std::string_view text, std::size_t quoteEnd) {
  std::size_t at = quoteEnd;
  if (text.compare(at, 3, "\u201D") == 0)
    at += 3;
  else if (at < text.size() && text[at] == '"')
    ++at;
  else
    return std::nullopt;
  const std::size_t gap = at;
  while (at < text.size() && isSpace(text[at])) ++at;
  if (text.compare(at, 3, "\u2014") == 0 || text.compare(at, 3, "\u2015") == 0 || text.compare(at, 3, "\u2013") == 0) {
    at += 3;
  } else if (at > gap && text.compare(at, 3, "-- ") == 0) {  // typewriter dashes, spaced: '"…" -- Ann Roe'
    at += 2;
  } else if (at > gap && text.compare(at, 2, "- ") == 0) {  // '"…" - Ann Roe', not a hyphenated word
    at += 1;
  } else {
    return std::nullopt;
  }
  while (at < text.size() && isSpace(text[at])) ++at;
  return at;
}

std::optional<std::size_t> introducingColon(std::string_view text, std::size_t begin, std::size_t quoteOpen) {
  std::size_t at = quoteOpen;
  while (at > begin && isSpace(text[at - 1])) --at;
  // Prose puts a space after the colon; '"key":"value"' is data.
  if (at <= begin || text[at - 1] != ':' || at == quoteOpen) return std::nullopt;
  return at - 1;
}

bool isParticle(std::string_view lower) {
  return lower == "out" || lower == "up" || lower == "forth" || lower == "down" || lower == "forward";
}

bool isColonLeadIn(const Block& lead, int section) {
  if (lead.kind != BlockKind::kParagraph || lead.section != section) return false;
  std::size_t end = lead.text.size();
  while (end > 0 && isSpace(lead.text[end - 1])) --end;
  return end > 0 && lead.text[end - 1] == ':';
}

bool isAdverb(std::string_view lower) {
  static const std::unordered_set<std::string_view> adverbs = [] {
    std::unordered_set<std::string_view> words;
    for (std::string_view word : splitOn(data::kAdverbs, '\n'))
      if (!word.empty()) words.insert(word);
    return words;
  }();
  return adverbs.count(lower) > 0;
}

bool filedAsPerson(const std::vector<std::string>& categories) {
  return std::any_of(categories.begin(), categories.end(), [](const std::string& c) {
    return c == "Living people" || c.ends_with(" births") || c.ends_with(" deaths");
  });
}

bool isClauseWord(std::string_view lower) {
  for (std::string_view w : {"who", "whom", "whose", "which", "that", "when", "where", "while", "whereas", "because",
                             "although", "though", "since", "after", "before", "if", "as"})
    if (lower == w) return true;
  return false;
}

namespace {

// The nouns of studies whose makers speak through them ("a survey by X found", "X's study found").
constexpr std::string_view kStudyNouns[] = {"survey",        "study",         "poll",       "report",
                                            "analysis",      "research",      "experiment", "review",
                                            "investigation", "questionnaire", "paper"};

std::string studyNounAlternatives() {
  std::string out;
  for (std::string_view noun : kStudyNouns) out += (out.empty() ? "" : "|") + std::string(noun);
  return out;
}

// Whether `text` holds "by" in either case and RE2's white space after it.
bool byAndBlank(std::string_view text) {
  for (std::size_t s = findCaseless(text, "by", 0); s != std::string_view::npos; s = findCaseless(text, "by", 0, s + 1))
    if (s + 2 < text.size() && isRe2Space(text[s + 2])) return true;
  return false;
}

}  // namespace

bool isStudyNoun(std::string_view lower) {
  if (lower.ends_with("ies")) return lower == "studies";
  if (lower.size() > 3 && lower.back() == 's') lower.remove_suffix(1);
  return std::find(std::begin(kStudyNouns), std::end(kStudyNouns), lower) != std::end(kStudyNouns);
}

std::optional<std::size_t> studyMakerBefore(std::string_view text, std::size_t begin, std::size_t pos) {
  static const RE2& kStudyBy =
      pattern("(?i)\\b(?:" + studyNounAlternatives() +
                  ")s?"
                  "\\s+(?:(?:conducted|carried "
                  "out|commissioned|published|released|led|run|done|performed|undertaken)\\s+)?by\\s+(?:the\\s+)?",
              "study by");
  if (pos <= begin || pos - begin > 400) return std::nullopt;
  if (!byAndBlank(text.substr(begin, pos - begin))) return std::nullopt;  // every match ends "by" and a blank
  re2::StringPiece scan(text.data() + begin, pos - begin);
  std::optional<std::size_t> maker;
  while (RE2::FindAndConsume(&scan, kStudyBy)) maker = static_cast<std::size_t>(scan.data() - text.data());
  if (!maker) return std::nullopt;
  // The study must be the verb's own subject: no clause nor sentence of its own in between.
  const std::string_view between = text.substr(*maker, pos - *maker);
  if (between.size() > 120) return std::nullopt;
  for (std::string_view stop : {". ", "; ", " that ", " which ", " who ", " and found", " and reported"})
    if (between.find(stop) != std::string_view::npos) return std::nullopt;
  return maker;
}

std::size_t etAlSuffix(std::string_view lead) {
  for (std::string_view etAl : {" et al.", " et al", " et al.,", " et al,"})
    if (lead.ends_with(etAl)) return etAl.size();
  return 0;
}

bool opensWithEtAl(std::string_view after) {
  if (!after.starts_with(" et al")) return false;
  after.remove_prefix(6);
  return after.empty() || std::string_view(".,;:) '").find(after.front()) != std::string_view::npos;
}

namespace {

// headingSpeakerName, read from the heading's patterns.
std::optional<std::string_view> readHeadingSpeakerName(std::string_view title) {
  // Letter patterns: their repeats of \p{L} compile for UTF-8 to about 27 M instructions each.
  static const LetterPattern kBefore(
      "^\\s*(\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3}?)(?:'s|\u2019s)?\\s+"
      "(?i:response|reply|statement|remarks|comments|reaction|answer|rebuttal)\\s*$",
      "speaker before a heading's noun");
  static const LetterPattern kAfter(
      "^\\s*(?i:response|reply|statement|remarks|comments|reaction|answer|rebuttal)\\s+(?i:from|by|of)\\s+"
      "(?:the\\s+)?(\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3})\\s*$",
      "speaker after a heading's noun");
  // Both patterns hold one of the nouns: an ASCII title without any (most titles) is answered
  // without them. (Beyond ASCII the patterns' case folding reads 'ſ' as 's' and 'K' as 'k'.)
  if (std::all_of(title.begin(), title.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    const std::string lower = lowerAscii(title);
    constexpr std::string_view kNouns[] = {"response", "reply",    "statement", "remarks",
                                           "comments", "reaction", "answer",    "rebuttal"};
    if (std::none_of(std::begin(kNouns), std::end(kNouns),
                     [&](std::string_view noun) { return lower.find(noun) != std::string::npos; }))
      return std::nullopt;
  }
  std::vector<std::string_view> name(1);
  if (!kBefore.fullMatch(title, name) && !kAfter.fullMatch(title, name)) return std::nullopt;
  std::string_view words = name[0];
  for (std::string_view possessive : {"'s", "\u2019s"})
    if (words.ends_with(possessive)) words.remove_suffix(possessive.size());
  return words;
}

// The last title read on this thread and where its name stands in it: every sentence of a section
// asks of the same title in turn.
struct HeadingSpeakerMemo {
  bool made = false;
  std::string title;
  std::optional<std::pair<std::size_t, std::size_t>> name;  // offset and size in the title
};

}  // namespace

std::optional<std::string_view> headingSpeakerName(std::string_view title) {
  thread_local HeadingSpeakerMemo memo;
  if (!memo.made || memo.title != title) {
    const std::optional<std::string_view> name = readHeadingSpeakerName(title);
    memo.name.reset();
    if (name) memo.name.emplace(static_cast<std::size_t>(name->data() - title.data()), name->size());
    memo.title = title;
    memo.made = true;
  }
  if (!memo.name) return std::nullopt;
  return title.substr(memo.name->first, memo.name->second);
}

std::optional<std::size_t> citedAuthorsEnd(std::string_view sentence) {
  static const LetterPattern kCited(
      "^\\s*(\\p{Lu}[\\p{L}'-]+(?:\\s+(?:and|&)\\s+\\p{Lu}[\\p{L}'-]+)?)(?:\\s+et "
      "al\\.?)?,?\\s*\\((?:18|19|20)\\d\\d[a-z]?\\)",
      "cited authors");
  std::vector<std::string_view> names(1);
  if (!kCited.partialMatch(sentence, names)) return std::nullopt;
  return static_cast<std::size_t>(names[0].data() + names[0].size() - sentence.data());
}

namespace {

// What kAs below needs at the end of `lead`, before RE2 reads all of it: white space, and before it
// "as" or an adverb's "ly", either case ("aſ": (?i) reads 's' as U+017F too). Most leads before a verb
// end with another word.
bool endsAsOrAdverb(std::string_view lead) {
  std::size_t end = lead.size();
  while (end > 0 && isRe2Space(lead[end - 1])) --end;
  if (end == lead.size() || end < 2) return false;
  const std::string_view word = lead.substr(0, end);
  const auto endsWith = [&](char a, char b) {
    return lowerAscii(word[end - 2]) == a && lowerAscii(word[end - 1]) == b;
  };
  return endsWith('a', 's') || endsWith('l', 'y') ||
         (word.ends_with("\xC5\xBF") && end >= 3 && lowerAscii(word[end - 3]) == 'a');
}

}  // namespace

std::optional<std::size_t> asReportedSource(std::string_view text, std::size_t begin, std::size_t verbBegin,
                                            std::size_t verbEnd) {
  static const RE2& kAs = pattern("(?i)(?:^|[,;(]\\s*|\\s)as\\s+(?:\\w+ly\\s+)?$", "as before participle");
  static const RE2& kSource = pattern("(?i)^\\s+(?:by|in)\\s+(?:the\\s+)?", "as reported in");
  if (verbBegin < begin || verbEnd > text.size()) return std::nullopt;
  const std::string_view lead = text.substr(begin, verbBegin - begin);
  if (!endsAsOrAdverb(lead)) return std::nullopt;
  if (!RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), kAs)) return std::nullopt;
  re2::StringPiece rest(text.data() + verbEnd, text.size() - verbEnd);
  if (!RE2::Consume(&rest, kSource)) return std::nullopt;
  return static_cast<std::size_t>(rest.data() - text.data());
}

bool anaphoricPassiveSubject(std::string_view beforeVerb) {
  static const RE2& kSubject = pattern(
      "(?i)(?:^|[,;]\\s*|\\s)(?:this|that|it|these words|those words|the (?:quote|quotation|phrase|remark|line|"
      "words|comment|saying))\\s+(?:was|is|were|has been|had been)\\s+(?:\\w+ly\\s+)*$",
      "anaphoric passive subject");
  return RE2::PartialMatch(re2::StringPiece(beforeVerb.data(), beforeVerb.size()), kSubject);
}

std::optional<std::size_t> speechNounSource(std::string_view text, std::size_t after) {
  static const RE2& kNoun = pattern(
      "(?i)^\\s*(?:(?:a|an|the|recent|public|later|several)\\s+)*(?:statements?|remarks?|comments?|interviews?|"
      "testimony|accounts?|posts?|words|letters?|speech(?:es)?)\\s+(?:from|by|of|with)\\s+(?:the\\s+)?",
      "according to statements from");
  if (after > text.size()) return std::nullopt;
  re2::StringPiece rest(text.data() + after, text.size() - after);
  if (!RE2::Consume(&rest, kNoun)) return std::nullopt;
  return static_cast<std::size_t>(rest.data() - text.data());
}

bool followsClosedQuotation(std::string_view text, std::size_t begin, std::size_t pos) {
  if (pos < begin || pos > text.size()) return false;
  std::string_view lead = text.substr(begin, pos - begin);
  while (!lead.empty() && lead.back() == ' ') lead.remove_suffix(1);
  bool comma = false;
  if (!lead.empty() && lead.back() == ',') {  // '"…", responded Auster'
    comma = true;
    lead.remove_suffix(1);
  }
  std::size_t mark = 0;
  if (lead.ends_with("\""))
    mark = 1;
  else if (lead.ends_with("\u201D"))
    mark = 3;
  if (mark == 0) return false;
  lead.remove_suffix(mark);
  // '"…," wrote Coubertin', '"How?" asked Roe': the clause's punctuation inside the marks.
  return comma || lead.ends_with(",") || lead.ends_with("?") || lead.ends_with("!");
}

}  // namespace cg::ingest
