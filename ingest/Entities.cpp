#include "ingest/Entities.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <map>
#include <optional>
#include <set>

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include "graph/AsciiRun.h"
#include "graph/Fold.h"
#include "ingest/Cardinals.h"
#include "ingest/Dates.h"
#include "ingest/Lexicon.h"
#include "ingest/Quantity.h"
#include "ingest/Speakers.h"
#include "ingest/Subjects.h"
#include "ingest/Text.h"
#include "ingest/WrittenNames.h"

namespace cg::ingest {

using namespace std::string_view_literals;
namespace data {
extern const char* const kTitleKinds;
extern const char* const kInfoboxKinds;
extern const char* const kProperNounKinds;
extern const char* const kHeadNounKinds;
extern const char* const kPageFields;
}  // namespace data
namespace {

using graph::EntityType;

// A table of names (or words) and the types they give, "name<TAB>kind" a row (tsvRows' rows of two
// cells, read in place: data/proper_noun_kinds.tsv's 12,000 rows are read once a process).
WordMap<EntityType> kindTable(const char* text) {
  WordMap<EntityType> out;
  const std::string_view table(text);
  for (std::size_t b = 0; b < table.size();) {
    const std::size_t e = std::min(table.find('\n', b), table.size());
    const std::string_view line = table.substr(b, e - b);
    b = e + 1;
    const std::size_t tab = line.find('\t');
    if (line.empty() || line.front() == '#' || tab == std::string_view::npos ||
        line.find('\t', tab + 1) != std::string_view::npos)
      continue;
    if (const auto type = graph::entityTypeFromString(line.substr(tab + 1))) out.emplace(line.substr(0, tab), *type);
  }
  return out;
}

// data/title_kinds.tsv: "poems" -> a product (a work), "village" -> a place.
const WordMap<EntityType>& titleKinds() {
  static const WordMap<EntityType> kinds = kindTable(data::kTitleKinds);
  return kinds;
}

// data/infobox_kinds.tsv: "officeholder" -> a person, "settlement" -> a place, "star" -> other.
const WordMap<EntityType>& infoboxKinds() {
  static const WordMap<EntityType> kinds = kindTable(data::kInfoboxKinds);
  return kinds;
}

// data/proper_noun_kinds.tsv (WordNet 3.0): "Turin" -> a place, "Bessel" -> a person, "Sirius" -> other.
const WordMap<EntityType>& properNounKinds() {
  static const WordMap<EntityType> kinds = kindTable(data::kProperNounKinds);
  return kinds;
}

// data/head_noun_kinds.tsv (WordNet 3.0): "airport" -> a place, "school" -> an organisation.
const WordMap<EntityType>& headNounKinds() {
  static const WordMap<EntityType> kinds = kindTable(data::kHeadNounKinds);
  return kinds;
}

// What a field of the AI Wiki's page boxes holds (data/page_fields.tsv): names of a type, names of
// any type, classes of things, or no name at all.
struct PageField {
  bool names = true;     // its value may name something
  bool classes = false;  // its value names a class of things ("Category: Education")
  bool tags = false;     // its values are tags: an identifier names a thing, common words a class
  bool whole = false;    // its value, unlinked, is one name as written ("Developer: gptfinder.co")
  std::optional<EntityType> kind;
  std::string labelName;  // the name the label itself holds ("Hugging Face"), or ""
  EntityType labelKind = EntityType::kOther;
  bool counted = false;  // its links are all the page topic's things of the field ("Library")
};
const WordMap<PageField>& pageFields() {
  static const WordMap<PageField> fields = [] {
    WordMap<PageField> out;
    for (const auto& row : tsvRows(data::kPageFields)) {
      if (row.size() < 2 || row.size() > 4) continue;
      PageField f;
      f.counted = row.size() == 3 && row[2] == "counted";
      f.classes = row[1] == "class";
      f.tags = row[1] == "tag";
      f.whole = row[1] == "name";
      f.names = row[1] != "none" && !f.classes;
      f.kind = f.tags ? EntityType::kProduct : graph::entityTypeFromString(row[1]);
      if (row.size() == 4) {
        f.labelName = std::string(row[2]);
        f.labelKind = graph::entityTypeFromString(row[3]).value_or(EntityType::kOther);
      }
      out.emplace(std::string(row[0]), f);
    }
    return out;
  }();
  return fields;
}

}  // namespace

bool countedPageField(std::string_view key) {
  const auto it = pageFields().find(std::string(key));
  return it != pageFields().end() && it->second.counted;
}

namespace {

// "al-Razi", "el-Sayed": a name with the Arabic article written onto it (a prefix of
// data/name_particles.txt, its hyphen kept), the name after it capitalised.
bool prefixedName(std::string_view w) {
  const std::size_t hyphen = w.find('-');
  if (hyphen == std::string_view::npos || hyphen == 0 || hyphen + 1 >= w.size() || hyphen > 3) return false;
  const unsigned char next = static_cast<unsigned char>(w[hyphen + 1]);
  return (next >= 'A' && next <= 'Z') && lexicon().nameParticles.count(w.substr(0, hyphen + 1)) > 0;
}

// "v4", "v2.1": a version written as a "v" and its number.
bool versionToken(std::string_view w) {
  return w.size() >= 2 && w[0] == 'v' && w[1] >= '0' && w[1] <= '9' &&
         w.find_first_not_of("0123456789.", 1) == std::string_view::npos && w.back() != '.';
}

// "o1-mini", "o3-pro": a model named in lower case, a letter and a version number, then a hyphen and
// a word for its size or kind, as AI makers write them.
bool lowerModelName(std::string_view w) {
  if (w.size() < 4 || !(w[0] >= 'a' && w[0] <= 'z') || !(w[1] >= '0' && w[1] <= '9')) return false;
  std::size_t k = 1;
  while (k < w.size() && w[k] >= '0' && w[k] <= '9') ++k;
  if (k + 1 >= w.size() || w[k] != '-' || std::isalpha(static_cast<unsigned char>(w[k + 1])) == 0) return false;
  // "o1-level", "o3-like": a compound adjective, whose head makes the model a modifier.
  const std::string_view head = w.substr(k + 1);
  for (std::string_view adjectival : {"level", "like", "style", "class", "based", "scale", "sized", "grade", "type"})
    if (head == adjectival) return false;
  return true;
}

// The type an infobox's template name gives its page's topic ("infobox officeholder" a person,
// "infobox settlement" a place): the name after "infobox " whole, else its words from the last
// (the head of an English noun phrase: "football club" is a club); nullopt when it names no kind.
std::optional<EntityType> infoboxType(std::string_view infobox) {
  for (std::string_view prefix : {"infobox ", "infobox"})
    if (infobox.starts_with(prefix)) {
      infobox.remove_prefix(prefix.size());
      break;
    }
  infobox = trim(infobox);
  if (infobox.empty()) return std::nullopt;
  if (auto it = infoboxKinds().find(infobox); it != infoboxKinds().end()) return it->second;
  std::vector<Token> words = tokenize(infobox);
  for (auto w = words.rbegin(); w != words.rend(); ++w)
    if (auto it = infoboxKinds().find(infobox.substr(w->begin, w->end - w->begin)); it != infoboxKinds().end())
      return it->second;
  return std::nullopt;
}

// Chinese, Japanese and Korean text writes no space between words, so a name in Latin letters
// runs into it ("Browsing来进行GPTs", "YouTube Shorts에", "Interpreter」として"): a token of the block
// is cut where it passes between the code points of those scripts (Han, Hiragana, Katakana,
// Hangul, their punctuation and full-width forms) and others, as Unicode's word boundaries
// (UAX #29) part ideographs from letters. Tokens of ASCII alone stay as they are.
bool cjkCodePoint(UChar32 c) {
  if (c < 0x2E80) return false;
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &status);
  return script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA ||
         script == USCRIPT_HANGUL || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
}
std::vector<Token> splitAtScripts(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<Token> out;
  out.reserve(tokens.size());
  for (const Token& t : tokens) {
    const std::string_view w = text.substr(t.begin, t.end - t.begin);
    if (std::all_of(w.begin(), w.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; })) {
      out.push_back(t);
      continue;
    }
    std::size_t pieceBegin = t.begin;
    int pieceClass = -1;
    for (std::int32_t i = static_cast<std::int32_t>(t.begin); i < static_cast<std::int32_t>(t.end);) {
      const std::int32_t at = i;
      UChar32 c = 0;
      U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<std::int32_t>(t.end), c);
      const int cls = cjkCodePoint(c) ? 1 : 0;
      if (pieceClass != -1 && cls != pieceClass) {
        out.push_back({pieceBegin, static_cast<std::size_t>(at)});
        pieceBegin = static_cast<std::size_t>(at);
      }
      pieceClass = cls;
    }
    out.push_back({pieceBegin, t.end});
  }
  return out;
}

// "REQUEST TO ABCMOUSE", "WRITE THE FULL CODE": words set in capitals of which one of four letters
// or more is an English word (Debian's wamerican in lower case): text set in capitals, where a
// capital marks no name. Acronyms ("NVIDIA DGX") are no English words.
bool capitalisedText(std::string_view text, const std::vector<Token>& tokens, std::size_t a, std::size_t z) {
  if (z - a < 2) return false;
  bool english = false;
  for (std::size_t k = a; k < z; ++k) {
    const std::string_view w = text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin);
    if (!std::all_of(w.begin(), w.end(), [](char ch) { return (ch >= 'A' && ch <= 'Z') || ch == '\'' || ch == '-'; }))
      return false;
    english = english || (w.size() >= 4 && lexicon().isEnglishWord(lowerAscii(w)));
  }
  return english;
}

UChar32 firstCodePoint(std::string_view s) {
  if (s.empty()) return 0;
  int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  return c;
}

bool isUpperStart(std::string_view w) {
  // An ASCII first byte answers without ICU (u_isupper holds in ASCII for 'A' to 'Z' alone):
  // this runs for every word of every block.
  if (!w.empty() && static_cast<unsigned char>(w[0]) < 0x80) return w[0] >= 'A' && w[0] <= 'Z';
  UChar32 c = firstCodePoint(w);
  return c > 0 && u_isupper(c);
}
bool allDigits(std::string_view w) {
  return !w.empty() &&
         std::all_of(w.begin(), w.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.' || c == ','; });
}
// "CNBC", "AMD", "S&P"
bool isAcronym(std::string_view w) {
  int upper = 0;
  for (char c : w) {
    if (c >= 'A' && c <= 'Z')
      ++upper;
    else if (!(c == '&' || c == '.' || (c >= '0' && c <= '9')))
      return false;
  }
  return upper >= 2;
}
// "URLs", "GPTs", "APIs": an acronym with a plural "s".
bool pluralAcronym(std::string_view w) {
  return w.size() >= 3 && w.back() == 's' && isAcronym(w.substr(0, w.size() - 1));
}
// "SemiAnalysis", "DeepSeek", "OpenAI": an inner capital after lower case.
bool isCamel(std::string_view w) {
  for (std::size_t i = 1; i < w.size(); ++i)
    if (w[i] >= 'A' && w[i] <= 'Z' && w[i - 1] >= 'a' && w[i - 1] <= 'z') return true;
  return false;
}
// Whether the figure reader reads `text` as opening with an amount in a unit that is no count ("140W",
// "24 GB", "7-day", "1 exaFLOPS"; data/units.tsv). Names ask it of the same few words again and again:
// each answer is kept once a thread, the memo emptied when full (as columnUnit keeps its headers').
bool readsAsMeasure(std::string_view text) {
  constexpr std::size_t kRemembered = 4096;
  thread_local graph::WordMap<bool> known;
  if (const auto it = known.find(text); it != known.end()) return it->second;
  if (known.size() >= kRemembered) known = {};
  const std::vector<Figure> figures = findFigures(text);
  const bool measure = !figures.empty() && figures.front().begin == 0 && !figures.front().quantity.unit.empty() &&
                       !isCountUnit(figures.front().quantity.unit);
  return known.emplace(text, measure).first->second;
}

// "cuDNN", "macOS", "oneDNN", "inclusionAI", "nvJPEG2000": a lower-case head of two letters or more,
// then an acronym of two capitals or more, as makers set their prefix before an acronym; not a unit
// with its prefix that the figure reader reads ("exaFLOPS", "teraFLOPs": data/units.tsv).
bool lowerPrefixedAcronym(std::string_view w) {
  std::size_t head = 0;
  while (head < w.size() && w[head] >= 'a' && w[head] <= 'z') ++head;
  std::size_t caps = head;
  while (caps < w.size() && w[caps] >= 'A' && w[caps] <= 'Z') ++caps;
  if (head < 2 || caps - head < 2 || !std::all_of(w.begin() + static_cast<std::ptrdiff_t>(caps), w.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0;
      }))
    return false;
  return !readsAsMeasure("1 " + std::string(w));
}

// "xAI", "iPhone", "eBay", "vLLM": lower case, then a capital at once, then two letters more;
// "kWh", "mAh" and "kHz" are units (a capital followed by one lower-case letter at the end).
bool isLowerCamel(std::string_view w) {
  if (w.size() < 3 || !(w[0] >= 'a' && w[0] <= 'z') || !(w[1] >= 'A' && w[1] <= 'Z')) return false;
  if (!std::all_of(w.begin() + 2, w.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); }))
    return false;
  bool unitLike = w.size() == 3 && w[2] >= 'a' && w[2] <= 'z';
  return !unitLike;
}
std::string lowerFirst(std::string_view w) {
  std::string out(w);
  if (!out.empty()) out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
  return out;
}

// "H800", "GPT-4", "A100", "R1": a model or part number.
bool isModelId(std::string_view w) { return graph::hasAsciiDigit(w) && isUpperStart(w) && !allDigits(w); }

// The word without its possessive ending: a view of `w` (a prefix), no copy. Each ending is a literal
// of known length compared in place: a loop over the endings called memcmp for every word of a block.
std::string_view stripPossessive(std::string_view w, bool& possessive) {
  const auto endsIn = [&]<std::size_t N>(const char(&ending)[N]) {
    return w.size() > N - 1 && std::memcmp(w.data() + w.size() - (N - 1), ending, N - 1) == 0;
  };
  std::size_t cut = 0;
  if (endsIn("'s"))
    cut = 2;
  else if (endsIn("\u2019s"))
    cut = 4;
  else if (endsIn("'"))  // "Siemens' rate"
    cut = 1;
  else if (endsIn("\u2019"))  // "Siemens\u2019 rate"
    cut = 3;
  possessive = cut != 0;
  return w.substr(0, w.size() - cut);
}

// The first bytes and lengths of a set of words: a word whose pair was never noted is not in the
// set, which answers most words of a block without hashing them.
class WordShapes {
 public:
  void note(std::string_view w) { lengths_[firstByte(w)] |= lengthBit(w); }
  [[nodiscard]] bool mayHold(std::string_view w) const { return (lengths_[firstByte(w)] & lengthBit(w)) != 0; }

 private:
  static std::size_t firstByte(std::string_view w) { return w.empty() ? 0 : static_cast<unsigned char>(w[0]); }
  static std::uint64_t lengthBit(std::string_view w) { return std::uint64_t{1} << std::min<std::size_t>(w.size(), 63); }
  std::array<std::uint64_t, 256> lengths_{};  // by first byte: bit n set when a word of n bytes (63: or more) was noted
};

// A quotation mark at i, straight or curly (the opening one when `open`); its length, or 0.
std::size_t quoteMarkAt(std::string_view s, std::size_t i, bool open) {
  if (i < s.size() && s[i] == '"') return 1;
  const std::string_view curly = open ? "\u201C" : "\u201D";
  return s.substr(i, curly.size()) == curly ? curly.size() : 0;
}

// The end of the capitalised words at i, one blank apart ("Altimont", "K. Nicole"); i if none.
std::size_t capitalisedWordsEnd(std::string_view s, std::size_t i) {
  auto inWord = [&](std::size_t k) {
    return k < s.size() && std::string_view(" \"(),;").find(s[k]) == std::string_view::npos &&
           quoteMarkAt(s, k, true) == 0 && quoteMarkAt(s, k, false) == 0;
  };
  std::size_t e = i;
  while (e < s.size() && std::isupper(static_cast<unsigned char>(s[e]))) {
    while (inWord(e)) ++e;
    if (e + 1 >= s.size() || s[e] != ' ' || !std::isupper(static_cast<unsigned char>(s[e + 1]))) break;
    ++e;
  }
  return e;
}

// A name that opens `text` with a nickname in quotes between its parts: 'Altimont "Freddie"
// Butler' is Altimont Butler, called Freddie and Freddie Butler.
struct NicknamedName {
  std::string name, nickname, surname;
  std::size_t end = 0;  // where the whole written name ends
};

std::optional<NicknamedName> nicknamedNameAt(std::string_view text) {
  const std::size_t given = capitalisedWordsEnd(text, 0);
  if (given == 0 || given + 1 >= text.size() || text[given] != ' ') return std::nullopt;
  const std::size_t open = quoteMarkAt(text, given + 1, true);
  if (open == 0) return std::nullopt;
  const std::size_t nick = given + 1 + open;
  const std::size_t nickEnd = capitalisedWordsEnd(text, nick);
  const std::size_t close = quoteMarkAt(text, nickEnd, false);
  if (nickEnd == nick || close == 0 || nickEnd + close >= text.size() || text[nickEnd + close] != ' ')
    return std::nullopt;
  const std::size_t surname = nickEnd + close + 1;
  const std::size_t end = capitalisedWordsEnd(text, surname);
  if (end == surname || (end < text.size() && std::string_view(" (,").find(text[end]) == std::string_view::npos))
    return std::nullopt;
  NicknamedName out;
  out.surname = std::string(text.substr(surname, end - surname));
  out.name = std::string(text.substr(0, given)) + " " + out.surname;
  out.nickname = std::string(text.substr(nick, nickEnd - nick));
  out.end = end;
  return out;
}

// The page a link's words name: its target, unless the words are the target's name with a version
// written onto it ("[GPT-4o](/wiki/gpt-4)", "[o3-mini](/wiki/o3)"): a wiki links a model it has no
// page for to its forerunner's, and the words name the newer model, so they keep a key of their own
// (the one a page of that name would have) rather than becoming a name of the forerunner. Only a
// version: "[large language models](/wiki/large_language_model)" is the page's own thing.
std::string linkKey(std::string_view text, const std::string& key) {
  std::string own = graph::pageKey(graph::foldKey(text));
  if (own.size() <= key.size() || !own.starts_with(key)) return key;
  const char next = own[key.size()];
  const bool attached = std::isalnum(static_cast<unsigned char>(next)) || next == '-' || next == '.';
  // A version is a number or follows one ("GPT-4" + "o", "Orrin" + "-2"); a plural is the same thing.
  const std::string_view rest = std::string_view(own).substr(key.size());
  const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
  const bool version = isDigit(key.back()) || std::any_of(rest.begin(), rest.end(), isDigit);
  return attached && version && rest != "s" && rest != "es" ? own : key;
}

struct Candidate {
  std::size_t block = 0, begin = 0, end = 0;  // span in the block text
  std::string name;
  bool possessor = false, prepositional = false, sentenceStart = false, linked = false;
  std::string key;    // for links
  std::string label;  // another name made its alias: a link's words ("Swedish" for "Sweden"), a short title
  EntityType type = EntityType::kOther;
  bool work = false;   // an italic title: a book, film, journal or other work
  bool place = false;  // a link to a place's page ("[[Houston, Texas]]", "[[Sweden|Swedish]]")
  bool strongType = false;
  std::optional<EntityType> fieldKind;  // the type its page box's field gives ("Platform": a product)
};

class Finder {
 public:
  Finder(const Article& a, ArticleTokens& tokens)
      : a_(a),
        wiki_(a.format == "wikitext"),
        lex_(lexicon()),
        tokens_(tokens),
        titleWords_(graph::foldTokens(a.title)),
        termTitle_(writtenAsTerm(a.title)) {}

  ArticleEntities run() {
    out_.mentions.resize(a_.blocks.size());
    for (const auto& r : a_.references) {
      int e = r.publisher.empty()
                  ? graph::kNone
                  : entityFor(r.publisher, graph::slugify(r.publisher),
                              r.byAuthor ? EntityType::kPerson : EntityType::kOrganization, true, false);
      out_.publisherOf.push_back(e);
    }
    for (const auto& block : a_.blocks)
      for (const auto& l : block.links)
        if (l.kind != LinkKind::kExternal && !l.key.empty() && l.text.size() >= 2 &&
            linkNames_.emplace(l.text, linkKey(l.text, l.key)).second) {
          if (LinkTarget target = targetName(l);
              !target.name.empty() || target.place || target.kind != EntityType::kOther)
            targetNames_.emplace(l.text, std::move(target));
        }
    // "[[Yasser Arafat|Arafat]]" then "Yasser Arafat, 1970" in plain text: a link shown by the last
    // words of its target's name has the whole name as a name of it too, so a later plain mention
    // of the whole name is found whole, not as its label with a stray first name before it.
    for (const auto& block : a_.blocks)
      for (const auto& l : block.links)
        if (l.kind == LinkKind::kWiki && !l.key.empty() && fullNameOfLabel(l.text, l.target))
          linkNames_.emplace(l.target, linkKey(l.target, l.key));
    addTitleNames();
    for (const auto& [name, key] : linkNames_) {
      std::vector<Token> words = tokenize(name);
      if (words.empty()) continue;
      const std::string_view first = wordAt(name, words[0]);
      linkByFirstWord_[std::string(first)].push_back(&name);
      firstWordShapes_.note(first);
    }
    // The longest name first: "DGX Spark" before "DGX".
    for (auto& [first, names] : linkByFirstWord_)
      std::stable_sort(names.begin(), names.end(),
                       [](const std::string* x, const std::string* y) { return x->size() > y->size(); });
    findNameColumns();
    collectClassNames();
    for (std::size_t b = 0; b < a_.blocks.size(); ++b)
      if (a_.blocks[b].kind != BlockKind::kTableHeader) collect(b);
    if (!wiki_ && filedAsAssistant(a_.categories)) out_.userPromptSections = userPromptSections(a_.sections);
    promptOnly_ = namesOnlyUserPromptsGive();
    // Links and multi-word names first, so that short forms resolve to them.
    for (auto& c : candidates_)
      if (c.linked) typeAndAdd(c);
    for (auto& c : candidates_)
      if (!c.linked && c.name.find(' ') != std::string::npos) typeAndAdd(c);
    addNicknamedLead();
    // The topic and its type from the categories before short forms, so that a person page's
    // subject is a person by then and its surname ("Morris") becomes its alias.
    earlyTopic_ = topicEntity();
    addRedirectNames();
    addShortForms();
    const std::set<std::string> predicates = predicateWords();
    for (auto& c : candidates_)
      if (!c.linked && c.name.find(' ') == std::string::npos && !predicates.count(graph::foldKey(c.name)))
        typeAndAdd(c);
    addMakersOfProducts();
    addHeadingAndSeeAlsoNames();
    addBoxLabelNames();
    numberEditions();
    for (auto& ms : out_.mentions)
      std::sort(ms.begin(), ms.end(), [](const Mention& x, const Mention& y) { return x.begin < y.begin; });
    out_.topic = topicEntity();
    pointClassWordAtTopic();
    nameEntitiesAsWritten();
    return std::move(out_);
  }

 private:
  // "MANY-E 🌟 10X Image Generation 🌟", "Chinese BaZi Fortune Teller (参天八字算命, 精准排盘解读)": an
  // entity goes by its name as a sentence writes it (nameAsWritten), so that a statement's "MANY-E 10X
  // Image Generation" finds it; the form with the symbols or the gloss stays an alias, as does a gloss
  // of letters alone ("Super PPT" of "超级PPT生成（Super PPT）"). A name closed by its own acronym goes by
  // the name, the acronym an alias ("Multi-head Latent Attention (MLA)": acronymedName). A written name
  // that another entity of the page already holds is left to that one.
  void nameEntitiesAsWritten() {
    for (std::size_t i = 0; i < out_.entities.size(); ++i) {
      graph::EntityRecord& e = out_.entities[i];
      const int id = static_cast<int>(i);
      const std::vector<std::string> aliases = e.aliases;
      for (const std::string& alias : aliases) addAlias(id, withoutPictographs(alias));
      const std::string plain = withoutPictographs(e.name);
      const std::optional<GlossedName> glossed = glossedName(plain);
      const std::optional<GlossedName> acronymed = glossed ? std::nullopt : acronymedName(plain);
      const std::string name = glossed ? std::string(glossed->name) : acronymed ? std::string(acronymed->name) : plain;
      if (name == e.name || name.empty()) continue;
      if (const auto [it, fresh] = out_.byName.emplace(graph::foldKey(name), id); !fresh && it->second != id) continue;
      std::string written = std::exchange(e.name, name);
      addAlias(id, std::move(written));
      // "Multi-head Latent Attention (MLA)": the acronym is what the text calls it after.
      if (acronymed) addAlias(id, std::string(acronymed->gloss));
      // "画图版 (GPT)": one word in brackets is as often the class the title files the page under.
      if (glossed && lettersAlone(glossed->gloss) && glossed->gloss.find(' ') != std::string_view::npos)
        addAlias(id, std::string(glossed->gloss));
    }
  }

  // The one way an entity gets an alias, which keeps the invariant of byName: each name and alias
  // of an entity is a key that leads to it. Adds `alias` to entity `id` unless it is its name or an
  // alias already, or another entity's name.
  void addAlias(int id, std::string alias) {
    graph::EntityRecord& e = out_.entities[static_cast<std::size_t>(id)];
    const std::string folded = graph::foldKey(alias);
    if (alias.empty() || folded == graph::foldKey(e.name)) return;
    if (const auto [it, fresh] = out_.byName.emplace(folded, id); !fresh && it->second != id) return;
    if (std::none_of(e.aliases.begin(), e.aliases.end(),
                     [&](const std::string& a) { return graph::foldKey(a) == folded; }))
      e.aliases.push_back(std::move(alias));
  }

  // Whether no entity goes by `name` yet: an alias taken only then is a name of its own entity.
  [[nodiscard]] bool unclaimed(std::string_view name) const { return !out_.byName.count(graph::foldKey(name)); }

  // Whether a text is words of letters and digits alone, spaces and hyphens between ("AI for Book Notes").
  static bool lettersAlone(std::string_view text) {
    const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto length = static_cast<std::int32_t>(text.size());
    for (std::int32_t i = 0; i < length;) {
      UChar32 c = 0;
      U8_NEXT(s, i, length, c);
      if (c < 0 || !(u_isalnum(c) || c == ' ' || c == '-')) return false;
    }
    return true;
  }

  int entityFor(const std::string& name, const std::string& key, EntityType type, bool strong, bool linked) {
    return entityFor(name, graph::foldKey(name), key, type, strong, linked);
  }
  int entityFor(const std::string& name, const std::string& folded, const std::string& key, EntityType type,
                bool strong, bool linked) {
    if (auto it = out_.byName.find(folded); it != out_.byName.end()) {
      auto& e = out_.entities[static_cast<std::size_t>(it->second)];
      if ((e.type == EntityType::kOther || (!strongTypes_[static_cast<std::size_t>(it->second)] && strong)) &&
          type != EntityType::kOther) {
        e.type = type;
        strongTypes_[static_cast<std::size_t>(it->second)] = strong;
      }
      if (linked && !e.linked) {
        if (auto old = byKey_.find(e.key); old != byKey_.end() && old->second == it->second) byKey_.erase(old);
        e.linked = true;
        e.key = key;
        byKey_.emplace(key, it->second);
      }
      return it->second;
    }
    if (linked) {
      if (auto it = byKey_.find(key); it != byKey_.end()) {
        out_.byName.emplace(folded, it->second);
        if (!wiki_) nameLinkedAgain(out_.entities[static_cast<std::size_t>(it->second)], name, folded, key);
        return it->second;
      }
    }
    int id = static_cast<int>(out_.entities.size());
    out_.entities.push_back({key, name, type, {}, 0, linked});
    strongTypes_.push_back(strong);
    out_.byName.emplace(folded, id);
    byKey_.emplace(key, id);
    return id;
  }

  // "[NVentures](/wiki/nvidia)" then "[NVIDIA](/wiki/nvidia)": two link texts of one target are
  // names of one entity. The text that spells the target's page name is its name (a Markdown link's
  // target is the page's slug); the other texts are its aliases. Not in wikitext, where a link's
  // entity already goes by its target's title (targetName).
  static void nameLinkedAgain(graph::EntityRecord& e, const std::string& name, const std::string& folded,
                              const std::string& key) {
    const auto spellsKey = [&](const std::string& f) { return graph::pageKey(f) == key; };
    const std::string current = graph::foldKey(e.name);
    if (current == folded || std::any_of(e.aliases.begin(), e.aliases.end(),
                                         [&](const std::string& a) { return graph::foldKey(a) == folded; }))
      return;
    if (spellsKey(folded) && !spellsKey(current)) {
      e.aliases.push_back(e.name);
      e.name = name;
    } else {
      e.aliases.push_back(name);
    }
  }

  // "| **Name** | Acme Finder #1 |": the name field of a Markdown page's infobox (a table of key and
  // value rows before the first heading, or a label line over its value: "**Name**" over
  // "[bert-base-NER](...)" on a model card) names the page's topic as written, where the title may
  // drop a sign ("Acme Finder 1 (GPT)") or add its owner and kind ("Dslim/bert-base-NER model").
  // Symbols after it (an emoji) are no part of the name. "" when the page has no such field.
  std::string infoboxName() const {
    if (wiki_) return {};
    for (std::size_t i = 0; i < a_.blocks.size(); ++i) {
      const Block& b = a_.blocks[i];
      if (b.section != -1) break;
      const bool row = b.kind == BlockKind::kTableRow && b.cells.size() == 2 && lowerAscii(trim(b.cells[0])) == "name";
      if (!row && !boxNameLabel(i)) continue;
      std::string_view value = trim(row ? std::string_view(b.cells[1]) : std::string_view(a_.blocks[i + 1].text));
      const auto symbol = [](UChar32 c) {
        const auto kind = static_cast<UCharCategory>(u_charType(c));
        return c < 0 || c == ' ' || kind == U_OTHER_SYMBOL || kind == U_NON_SPACING_MARK || kind == U_FORMAT_CHAR;
      };
      while (!value.empty()) {  // "📗All-around Teacher": a leading symbol as well
        std::int32_t at = 0;
        UChar32 c = 0;
        U8_NEXT(value.data(), at, static_cast<std::int32_t>(value.size()), c);
        if (!symbol(c)) break;
        value.remove_prefix(static_cast<std::size_t>(at));
      }
      while (!value.empty()) {
        std::int32_t at = static_cast<std::int32_t>(value.size()), lead = at;
        UChar32 c = 0;
        U8_PREV(value.data(), 0, at, c);
        if (!symbol(c)) break;
        value = trim(value.substr(0, static_cast<std::size_t>(at)));
        if (at == lead) break;
      }
      return std::string(value);
    }
    return {};
  }

  // The title without a trailing qualifier: "Grok (chatbot)" names "Grok".
  // "Summarizer V2 (GPT)", "Calendar GPT", "Video GPT by VEED": the word a title files its topic
  // under, its disambiguator or its last word before a maker ("by ..."); "" for a one-word title.
  std::string titleClassWord() const {
    const std::string_view title = trim(a_.title);
    if (const std::size_t paren = title.rfind(" ("); paren != std::string_view::npos && title.ends_with(')')) {
      const std::string_view inside = trim(title.substr(paren + 2, title.size() - paren - 3));
      return inside.find(' ') == std::string_view::npos ? std::string(inside) : std::string();
    }
    const std::string_view named = title.substr(0, title.find(" by "));
    const std::vector<Token> words = tokenize(named);
    return words.size() >= 2 ? std::string(wordAt(named, words.back())) : std::string();
  }

  // Whether the lead's first sentence calls the topic by `word` after its copula and outside the topic's own
  // name ("**Summarizer V2** is a Custom GPT for ChatGPT"): then "the GPT" is that thing; "Stability AI is a
  // company" does not make "the AI" Stability AI, nor "a paper ... that introduced the Transformer
  // architecture" "the Transformer" the paper.
  bool leadCallsTopic(std::string_view word) const {
    for (std::size_t b = 0; b < a_.blocks.size(); ++b) {
      const Block& block = a_.blocks[b];
      if (block.kind != BlockKind::kParagraph || block.sentences.empty()) continue;
      const std::string_view sentence =
          std::string_view(block.text)
              .substr(block.sentences.front().begin, block.sentences.front().end - block.sentences.front().begin);
      const std::size_t offset = block.sentences.front().begin;
      const std::size_t copula = std::min(sentence.find(" is "), sentence.find(" was "));
      for (const Token& t : tokenize(sentence)) {
        if (t.begin < copula || wordAt(sentence, t) != word || sentence.substr(t.end, 1) == "-") continue;
        const bool inTopic = std::any_of(out_.mentions[b].begin(), out_.mentions[b].end(), [&](const Mention& m) {
          return m.entity == out_.topic && m.begin <= offset + t.begin && offset + t.end <= m.end;
        });
        if (!inTopic) return true;
      }
      return false;
    }
    return false;
  }

  // Whether "the " or "this " stands right before `at`, as a word of its own.
  static bool definiteBefore(std::string_view text, std::size_t at) {
    for (std::string_view article : {"the ", "this "}) {
      if (at < article.size()) continue;
      const std::size_t from = at - article.size();
      if (lowerAscii(text.substr(from, article.size())) == article &&
          (from == 0 || std::isalnum(static_cast<unsigned char>(text[from - 1])) == 0))
        return true;
    }
    return false;
  }

  // "The GPT avoids additional textual elements", "This GPT specializes in ..." on a custom GPT's page:
  // a definite description in the title's class word (titleClassWord) is the page's topic, though the
  // word alone is a name ("GPT") the text also uses for the model family; its mentions move to the topic.
  void pointClassWordAtTopic() {
    if (out_.topic == graph::kNone) return;
    const std::string word = titleClassWord();
    if (word.empty() || !leadCallsTopic(word)) return;
    for (std::size_t b = 0; b < a_.blocks.size(); ++b) {
      const std::string_view text = a_.blocks[b].text;
      for (Mention& m : out_.mentions[b]) {
        if (m.entity == out_.topic || text.substr(m.begin, m.end - m.begin) != word || !definiteBefore(text, m.begin))
          continue;
        --out_.entities[static_cast<std::size_t>(m.entity)].mentions;
        ++out_.entities[static_cast<std::size_t>(out_.topic)].mentions;
        m.entity = out_.topic;
      }
    }
  }

  // The title without the qualifiers that close it ("Grok (chatbot)": "Grok"; "AutoExpert (Academic) (GPT)":
  // "AutoExpert"). A bracket that the name's words go on after in lower case holds an optional word of
  // the name, not a qualifier ("Gradient boosted (decision) trees (GBT)": "Gradient boosted trees"), and
  // is left out, not cut at.
  std::string titleName() const {
    std::string title(trim(a_.title));
    if (title.empty() || title.back() != ')') return title;
    std::size_t paren = title.find(" (");
    while (paren != std::string::npos) {
      const std::size_t close = title.find(')', paren);
      if (close == std::string::npos || !optionalWordsFollow(std::string_view(title).substr(close + 1))) break;
      title.erase(paren, close + 1 - paren);
      paren = title.find(" (", paren);
    }
    if (paren != std::string::npos) title = std::string(trim(title.substr(0, paren)));
    return title;
  }

  // Whether the words after a bracket go on with the name: a space and a word in lower case.
  static bool optionalWordsFollow(std::string_view after) {
    return after.size() >= 2 && after[0] == ' ' && after[1] >= 'a' && after[1] <= 'z';
  }

  // The article's title is a name the article knows, as a link would be ("Reflection AI" whole,
  // though "AI" alone is no name), and so is a long title without its maker's first word
  // ("DGX Spark" in "NVIDIA DGX Spark"): both count where the text writes them.
  void addTitleNames() {
    const std::string title = titleName();
    std::vector<std::string> names{title};
    if (std::string boxed = infoboxName(); !boxed.empty() && boxed != title) names.push_back(std::move(boxed));
    std::vector<Token> words = tokenize(title);
    if (words.size() >= 3 && isNameToken(wordAt(title, words[1]))) names.push_back(title.substr(words[1].begin));
    // A wiki title's first letter is always a capital: "InclusionAI" is the page of "inclusionAI".
    if (!words.empty() && std::isupper(static_cast<unsigned char>(title[0])) && isCamel(wordAt(title, words[0])))
      names.push_back(lowerFirst(title));
    if (std::string written = possessiveTitleAsWritten(title); !written.empty()) names.push_back(std::move(written));
    for (const auto& name : names) {
      if (name.size() < 2 || linkNames_.count(name)) continue;
      bool written = std::any_of(a_.blocks.begin(), a_.blocks.end(),
                                 [&](const Block& b) { return b.text.find(name) != std::string::npos; });
      if (!written) continue;
      linkNames_.emplace(name, a_.slug.empty() ? graph::slugify(title) : a_.slug);
      titleNames_.insert(name);
    }
    claimBoxNameLink(title);
  }

  // "Earth mover's distance" over a text that writes "The **Earth Mover's Distance** (EMD)": the wiki
  // writes a term's title in sentence case, its text in title case. Where the title holds a possessive,
  // its first form in the text with more capitals is a name of the page too: the reader of capitalised
  // runs would cut it at the possessive ("Earth Mover" and "Distance"), where the runs of other titles
  // fold to the title whole. Fewer capitals are a common noun's ("the best Father's Day deals" on the
  // page "Father's Day Deals"). Empty when the title holds no possessive or no such form is written.
  std::string possessiveTitleAsWritten(const std::string& title) const {
    const std::size_t mark = title.find("'s ");
    if (mark == std::string::npos || mark == 0) return {};
    const std::string folded = lowerAscii(title);
    for (const Block& b : a_.blocks) {
      const std::string lowered = lowerAscii(b.text);
      for (std::size_t at = lowered.find(folded); at != std::string::npos; at = lowered.find(folded, at + 1)) {
        const std::size_t end = at + folded.size();
        const bool whole = (at == 0 || !std::isalnum(static_cast<unsigned char>(b.text[at - 1]))) &&
                           (end == b.text.size() || !std::isalnum(static_cast<unsigned char>(b.text[end])));
        if (whole && capitals(std::string_view(b.text).substr(at, title.size())) > capitals(title))
          return b.text.substr(at, title.size());
      }
    }
    return {};
  }

  static std::size_t capitals(std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
  }

  // "**Name**" over "[bert-base-NER](/index.php?title=Bert-base-NER&action=edit&redlink=1)" on a model card: a
  // link in the box's name field names the page's own topic, whatever page it points to.
  void claimBoxNameLink(const std::string& title) {
    const std::string boxed = infoboxName();
    const auto linked = linkNames_.find(boxed);
    if (boxed.size() < 2 || linked == linkNames_.end()) return;
    const Block* value = nullptr;
    for (std::size_t b = 0; b + 1 < a_.blocks.size() && value == nullptr; ++b)
      if (boxNameLabel(b)) value = &a_.blocks[b + 1];
    if (value == nullptr || value->links.size() != 1 || value->links.front().text != boxed) return;
    linked->second = a_.slug.empty() ? graph::slugify(title) : a_.slug;
    titleNames_.insert(boxed);
    targetNames_.erase(boxed);
    boxNameLink_ = boxed;
  }

  // The type an article's categories give its topic: "Companies" an organisation,
  // "Chatbots", "2023 software" a product, "Living people" a person.
  EntityType topicTypeFromCategories() const {
    // The infobox names the kind of thing the page is about before any category does.
    if (const auto fromInfobox = infoboxType(a_.infobox)) return *fromInfobox;
    for (const auto& category : a_.categories) {
      std::string c = lowerAscii(category);
      for (std::string_view cue : {"compan", "organi", "institut", "laborator", "startup"})
        if (c.find(cue) != std::string::npos) return EntityType::kOrganization;
      for (std::string_view cue : {"people", "births"})
        if (c.find(cue) != std::string::npos) return EntityType::kPerson;
      for (std::string_view cue : {"software", "chatbot", "language_model", "language model"})
        if (c.find(cue) != std::string::npos) return EntityType::kProduct;
      // "1815 poems", "Poetry by Walter Scott", "2003 novels": a page about a work.
      if (const EntityType kind = workOrPlaceKind(c); kind != EntityType::kOther) return kind;
    }
    return EntityType::kOther;
  }

  // The entity the title names ("Grok (chatbot)" names "Grok"), when the text names it too: a
  // title the text never names ("Acme export restrictions (2025)") is a heading, not a subject.
  // Its type from the categories when the text gave it none for sure.
  // The names the page's hatnotes say redirect to it (Article::redirectNames) are the topic's, before
  // any short form of another entity can take them ("P-38" of "YIPPEE P-38" on the P-38's page); a
  // name an entity of its own holds stays that entity's.
  void addRedirectNames() {
    if (earlyTopic_ == graph::kNone) return;
    for (const std::string& name : a_.redirectNames)
      if (!graph::foldKey(name).empty() && unclaimed(name)) addAlias(earlyTopic_, name);
  }

  int topicEntity() {
    const std::string title = titleName();
    const EntityType type = topicTypeFromCategories();
    int e = title.empty() ? graph::kNone : out_.find(title);
    if (e == graph::kNone) e = titleWrittenHyphenated(title);
    // The title, its disambiguator left out, is a name of the topic even where the text and the
    // infobox name it more fully ("Alsea (company)", whose box names "Alsea, S.A.B. de C.V."): an alias.
    if (e != graph::kNone && out_.entities[static_cast<std::size_t>(e)].mentions > 0) addAlias(e, title);
    if (e == graph::kNone || out_.entities[static_cast<std::size_t>(e)].mentions == 0)
      if (const std::string boxed = infoboxName(); !boxed.empty())
        if (const int named = out_.find(boxed); named != graph::kNone) e = named;
    if (e == graph::kNone && type == EntityType::kPerson) e = personTitledSo(title);
    if (e == graph::kNone || out_.entities[static_cast<std::size_t>(e)].mentions == 0) e = leadName();
    if (e == graph::kNone) e = titleWithoutCapitals(title, type);
    if (e == graph::kNone) e = titleHeadingInfobox(title, type);
    if (e == graph::kNone) e = titleInLowerCase(title, type);
    if (e == graph::kNone) return graph::kNone;
    auto& known = out_.entities[static_cast<std::size_t>(e)];
    // The categories speak for the whole page, so the type they give holds against a later
    // cue from one sentence ("Morris's" is no organisation on his page).
    // A birth year's category ("965 births") files only people: it holds even against a strong cue.
    // So does one that files the page as an event ("Presentations"): a talk's title may open with
    // its presenter's given name ("Andrew Ng: Opportunities in AI - 2023").
    const bool born = std::any_of(a_.categories.begin(), a_.categories.end(),
                                  [](const std::string& c) { return c.ends_with(" births"); });
    if (type != EntityType::kOther && (known.type == EntityType::kOther || !strongTypes_[static_cast<std::size_t>(e)] ||
                                       (born && type == EntityType::kPerson) || type == EntityType::kEvent)) {
      known.type = type;
      strongTypes_[static_cast<std::size_t>(e)] = true;
    }
    return e;
  }

  // "Epsilon greedy policy" over a text that writes "The **Epsilon-Greedy Policy** is ...": a title's
  // words joined by spaces where the text joins some of them by hyphens (the page's name in its URL, whose
  // hyphens the wiki's titles lose: "Pre training", "SWE Bench") name the entity the text writes so.
  int titleWrittenHyphenated(const std::string& title) const {
    const std::vector<Token> words = tokenize(title);
    constexpr std::size_t kLongestTitle = 6;
    if (words.size() < 2 || words.size() > kLongestTitle) return graph::kNone;
    for (std::size_t i = 1; i < words.size(); ++i)
      if (words[i].begin != words[i - 1].end + 1 || title[words[i - 1].end] != ' ') return graph::kNone;
    // Each gap a space or a hyphen, at least one a hyphen: bit i of `joins` joins word i to word i + 1.
    for (unsigned joins = 1; joins < (1U << (words.size() - 1)); ++joins) {
      std::string variant = title;
      for (std::size_t i = 0; i + 1 < words.size(); ++i)
        if ((joins >> i) & 1U) variant[words[i].end] = '-';
      if (const int e = out_.find(variant); e != graph::kNone) return e;
    }
    return graph::kNone;
  }

  // A title in a script that writes no capitals (Han, Kana, Hangul, Arabic: "科技文章翻译 (GPT)") is a
  // name the capital-led name finder cannot see in the text; where the text writes it, it is the
  // topic, as a title in Latin letters is once the text names it.
  int titleWithoutCapitals(const std::string& title, EntityType type) {
    if (title.size() < 2 || !graph::hasCaselessLetter(title)) return graph::kNone;
    const bool written = std::any_of(a_.blocks.begin(), a_.blocks.end(),
                                     [&](const Block& b) { return b.text.find(title) != std::string::npos; });
    if (!written) return graph::kNone;
    return entityFor(title, a_.slug.empty() ? graph::slugify(title) : a_.slug, type, false, true);
  }

  // "In machine learning, a **confusion matrix** is ...": a glossary page's title is a common noun that
  // its text writes only in lower case (writesTitleAsCommonNoun), no name the name finder sees; the
  // page is about it all the same. Its repeats stay common words (a lower-case link's do too), so
  // only what speaks for the page's topic by itself (list and heading counts, stated values) is its.
  int titleInLowerCase(const std::string& title, EntityType type) {
    if (wiki_ || !writesTitleAsCommonNoun(a_, title)) return graph::kNone;
    return entityFor(title, a_.slug.empty() ? graph::slugify(title) : a_.slug, type, false, true);
  }

  // "| MMMLU |" over "| --- |" before the first heading: a Markdown page's infobox headed by the title
  // alone names the page's topic, though the text may write the title nowhere else (its lead opens
  // with a longer name, "Multilingual MMLU"). A header cell is no mention, so the title is made here.
  int titleHeadingInfobox(const std::string& title, EntityType type) {
    if (wiki_ || title.size() < 2) return graph::kNone;
    const std::string_view heading = infoboxHeading(a_.blocks);
    if (heading.empty() || graph::foldKey(heading) != graph::foldKey(title)) return graph::kNone;
    return entityFor(title, a_.slug.empty() ? graph::slugify(title) : a_.slug, type, false, true);
  }

  // A person's page titled otherwise than its text names them ("Allen R. Morris" for "Allen
  // Robert Morris", "Allen Morris"): the name of two words or more that the text mentions most
  // among those with the title's first and last words.
  int personTitledSo(std::string_view title) const {
    const std::vector<std::string> words = graph::foldTokens(title);
    if (words.size() < 2) return graph::kNone;
    int best = graph::kNone;
    for (std::size_t e = 0; e < out_.entities.size(); ++e) {
      const std::vector<std::string> name = graph::foldTokens(out_.entities[e].name);
      if (name.size() < 2 || name.front() != words.front() || name.back() != words.back()) continue;
      if (best == graph::kNone || out_.entities[e].mentions > out_.entities[static_cast<std::size_t>(best)].mentions)
        best = static_cast<int>(e);
    }
    return best;
  }

  // A Wikipedia page's lead opens with its topic's name in bold ("Allen Robert Morris is an
  // American producer" on the page "Allen R. Morris"): where the text never writes the title,
  // the name that opens the first paragraph before any heading is the topic.
  int leadName() const {
    const std::size_t b = leadParagraph();
    if (b == std::string::npos) return graph::kNone;
    // Mentions are sorted only at the end: the first by position, not by order of finding.
    // The lead's opening phrase, up to its aside, comma or copula, when the page names it whole
    // elsewhere ("Ibn al-Haytham (latinized Alhazen; c. 965-1040) was ...", where only "Ibn"
    // opens as a mention): MOS:FIRST writes the topic's name there.
    if (const std::string_view phrase = leadPhrase(a_.blocks[b].text); !phrase.empty())
      if (const int whole = out_.find(phrase); whole != graph::kNone) return whole;
    const auto& mentions = out_.mentions[b];
    auto first = std::min_element(mentions.begin(), mentions.end(),
                                  [](const Mention& x, const Mention& y) { return x.begin < y.begin; });
    return first != mentions.end() && first->begin == 0 ? first->entity : graph::kNone;
  }

  // A wikitext page's first paragraph before any heading, or npos.
  std::size_t leadParagraph() const {
    if (!wiki_) return std::string::npos;
    for (std::size_t b = 0; b < a_.blocks.size() && a_.blocks[b].section == -1; ++b)
      if (a_.blocks[b].kind == BlockKind::kParagraph) return b;
    return std::string::npos;
  }

  // 'Altimont "Freddie" Butler' opening the lead of the page "Altimont Butler": the name without
  // its quoted nickname is the topic's (its first and last words are the title's, as in
  // personTitledSo), and the nickname alone and before the surname are its aliases.
  void addNicknamedLead() {
    const std::size_t b = leadParagraph();
    if (b == std::string::npos) return;
    const std::optional<NicknamedName> nn = nicknamedNameAt(a_.blocks[b].text);
    if (!nn) return;
    const std::vector<std::string> name = graph::foldTokens(nn->name);
    const std::vector<std::string> title = graph::foldTokens(titleName());
    if (title.size() < 2 || name.front() != title.front() || name.back() != title.back()) return;
    Candidate c;
    c.block = b;
    c.end = nn->end;
    c.name = nn->name;
    c.sentenceStart = true;
    c.type = EntityType::kPerson;
    typeAndAdd(c);
    const int e = out_.find(nn->name);
    for (const std::string& alias : {nn->nickname, nn->nickname + " " + nn->surname})
      if (unclaimed(alias)) addAlias(e, alias);  // else a name of its own
  }

  // "Concise", "Follow", "Optional", "NEVER", "Locked": in a Markdown page (a GPT's instructions, its
  // option lists and conversation starters) a lone capitalised word that English uses only to modify
  // or predicate (WordNet has it as an adjective, an adverb or a verb, and not as a noun: nounless)
  // is capitalised for its place, a label or emphasis, never as a name, which is a noun. Not a word
  // the page links or titles itself by, nor one a name the page knows already holds ("Anthropic" of
  // "Anthropic PBC"), nor one a cue types strongly anywhere ("Cohere's", "the company Elicit"). The
  // folded words so found, whose lone mentions name nothing. Only on a page the wiki files under its
  // custom GPTs or plugins (assistantPage): elsewhere a brand may be such a word ("Grok", "Wired").
  // A page the AI Wiki files as a custom GPT's or a ChatGPT plugin's (category "Custom GPTs",
  // "Plugin"): its text is mostly the assistant's instructions, options and conversation starters.
  bool assistantPage() const {
    return std::any_of(a_.categories.begin(), a_.categories.end(),
                       [](const std::string& c) { return c == "Custom GPTs" || c == "Plugin"; });
  }

  std::set<std::string> predicateWords() {
    std::set<std::string> found;
    if (wiki_ || !assistantPage()) return found;
    std::set<std::string> named;
    for (const Candidate& c : candidates_) {
      if (c.linked || c.name.find(' ') != std::string::npos) continue;
      std::string folded = graph::foldKey(c.name);
      if (named.count(folded) || found.count(folded)) continue;
      bool possessive = false;
      const std::string_view bare = stripPossessive(c.name, possessive);
      // "SIC", "ACT": a short word in capitals is as often an acronym; emphasis is longer ("NEVER").
      if (bare.size() < 2 || (isAcronym(bare) && bare.size() < 4) || graph::hasAsciiDigit(bare) || isCamel(bare) ||
          bare.find('-') != std::string_view::npos || !nounless(lowerAscii(bare)) || linkNames_.count(bare) ||
          titleNames_.count(c.name) || out_.byName.count(folded) ||
          std::find(titleWords_.begin(), titleWords_.end(), folded) != titleWords_.end()) {
        named.insert(folded);
        continue;
      }
      found.insert(folded);
    }
    // A strong cue at any mention keeps the word a name.
    for (const Candidate& c : candidates_) {
      if (c.linked || c.name.find(' ') != std::string::npos) continue;
      std::string folded = graph::foldKey(c.name);
      if (!found.count(folded)) continue;
      Candidate probe = c;
      if (c.possessor || (typeFor(probe, folded) != EntityType::kOther && probe.strongType)) found.erase(folded);
    }
    return found;
  }

  // "Give me 10 GPTs about Martial Arts", "Search for Remote Jobs: ...": on an assistant's page, a user's
  // request (inUserPrompts: its conversation starters, example prompts) capitalises common words for
  // its place, a sentence's start or a label, as names (issue #12's noise). A name of such words
  // (commonWordsOnly) that no other part of the page writes, nor its title, nor a link, is no entity of
  // the page. A name of another word stays, as a request names it ("How can I link my Zotero account?").
  // The names so found (bareKey).
  std::unordered_set<std::string> namesOnlyUserPromptsGive() const {
    std::unordered_set<std::string> inPrompts;
    const std::vector<bool>& prompts = out_.userPromptSections;
    if (prompts.empty()) return inPrompts;  // no assistant's page
    std::unordered_set<std::string> elsewhere;
    for (const Candidate& c : candidates_) {
      const int section = a_.blocks[c.block].section;
      const bool prompt = section >= 0 && prompts[static_cast<std::size_t>(section)] && !c.linked &&
                          !titleNames_.count(c.name) && commonWordsOnly(c);
      (prompt ? inPrompts : elsewhere).insert(bareKey(c.name));
      // "METARs" elsewhere names the "METAR" of a request: an acronym's plural is the acronym's name.
      if (const std::string_view name = c.name; !prompt && name.size() > 2 && name.ends_with('s') &&
                                                std::isupper(static_cast<unsigned char>(name[name.size() - 2])))
        elsewhere.insert(bareKey(name.substr(0, name.size() - 1)));
    }
    std::erase_if(inPrompts, [&](const std::string& name) {
      return elsewhere.contains(name) || std::find(titleWords_.begin(), titleWords_.end(), name) != titleWords_.end();
    });
    return inPrompts;
  }

  // Whether a candidate is written only with words English has in lower case ("Give", "Art Galleries"),
  // and is no name of several words after "the", which marks one in running text ("a slide about the
  // Roman Empire").
  bool commonWordsOnly(const Candidate& c) const {
    const std::vector<std::string> words = graph::foldTokens(c.name);
    if (words.empty() ||
        !std::all_of(words.begin(), words.end(), [&](const std::string& w) { return lex_.isEnglishWord(w); }))
      return false;
    const std::string_view before = std::string_view(a_.blocks[c.block].text).substr(0, c.begin);
    return words.size() == 1 || !(before.ends_with("the ") || before.ends_with("The "));
  }

  // A name's folded form without a possessive ending: "Zillow's" and "Zillow" are one name.
  static std::string bareKey(std::string_view name) {
    bool possessive = false;
    return graph::foldKey(stripPossessive(name, possessive));
  }

  // A name already typed from a strong cue keeps its type (entityFor changes it no more), so
  // its later mentions are not typed again: most mentions of an article are repeats.
  void typeAndAdd(Candidate& c) {
    if (a_.blocks[c.block].inCode(c.begin, c.end)) return;  // program text names nothing (ProgramText.h)
    std::string folded = graph::foldKey(c.name);
    if (classNames_.count(folded)) return;  // a class the page's box names (collectClassNames)
    auto known = out_.byName.find(folded);
    if (known == out_.byName.end() && !c.linked && promptOnly_.contains(bareKey(c.name))) return;
    bool settled = known != out_.byName.end() && strongTypes_[static_cast<std::size_t>(known->second)] &&
                   out_.entities[static_cast<std::size_t>(known->second)].type != EntityType::kOther;
    if (c.place && !settled) {
      c.type = EntityType::kPlace;
      c.strongType = true;
    } else if (c.work && !settled) {
      c.type = EntityType::kProduct;
      c.strongType = false;
    } else if (c.fieldKind && !settled) {
      c.type = *c.fieldKind;
      c.strongType = true;
    } else if (!settled) {
      c.type = typeFor(c, folded);
    }
    // "U.S.", "U.K.": initials that name one place (data/place_short_forms.tsv) are that place's name.
    const std::string shortForm = placeNamedByInitials(c, folded);
    // "Blackwell announced at GTC": a cue by the short form of a thing named after its maker
    // speaks of the maker as often as of the thing, so it types neither.
    if (restsAfterMaker_.count(folded)) c.type = EntityType::kOther;
    // An unlinked name already known keeps its entity's key: no slug is needed for it.
    std::string key = c.linked ? c.key : known != out_.byName.end() ? std::string() : graph::slugifyFolded(folded);
    int e = entityFor(c.name, folded, key, c.type, c.strongType, c.linked);
    out_.entities[static_cast<std::size_t>(e)].mentions++;
    if (!shortForm.empty() && unclaimed(shortForm)) addAlias(e, shortForm);
    if (!c.label.empty() && unclaimed(c.label)) addAlias(e, c.label);
    out_.mentions[c.block].push_back({e, c.begin, c.end, c.possessor, c.prepositional});
  }

  // The initials a candidate is written with when they name one place ("U.S." of data/place_short_forms.tsv),
  // the candidate then renamed to the place ("United States", a place); "" for any other name.
  std::string placeNamedByInitials(Candidate& c, std::string& folded) const {
    const auto place = lex_.placeShortForms.find(c.name);
    if (place == lex_.placeShortForms.end()) return {};
    std::string written = std::move(c.name);
    c.name = place->second;
    folded = graph::foldKey(c.name);
    c.type = EntityType::kPlace;
    c.strongType = true;
    return written;
  }

  // "the first version of [GPT](/wiki/gpt)": a name after an ordinal and a noun of a product's
  // successive forms (data/edition_nouns.txt) names the numbered one, "GPT-1" (a name of words
  // " 1"), keyed as its name would be (the registry finds the page "gpt-1" by that key as it finds
  // any key's); where the name is a wiki link there, or the article writes the numbered name itself
  // ("GPT-1 had 117 million parameters"), so that no edition the text never names is made up ("the
  // first version of COLLIE", "The third version of Midjourney": it calls that one V3). The phrase
  // is a noun phrase headed by the numbered thing, so its name is no prepositional object. Later
  // in the paragraph, "The second version, in 2019, ..." or "The third version of the language
  // model" (an ordinal and such a noun, and no name after them) goes on with the series.
  void numberEditions() {
    for (std::size_t b = 0; b < out_.mentions.size(); ++b) {
      std::string_view text = a_.blocks[b].text;
      std::vector<Mention> later;
      std::string series;  // the written name of the block's numbered editions
      for (Mention& m : out_.mentions[b]) {
        const Edition e = editionBefore(text, m.begin);
        if (e.ordinal < 1) continue;
        series = std::string(text.substr(m.begin, m.end - m.begin));
        if (!linkedAt(b, m) && !out_.byName.contains(graph::foldKey(numberedName(series, e.ordinal)))) continue;
        m.entity = numberedEntity(series, e.ordinal, out_.entities[static_cast<std::size_t>(m.entity)].type);
        m.prepositional = false;
        for (Edition next : editionsAfter(text, m.end))
          later.push_back({numberedEntity(series, next.ordinal, out_.entities[static_cast<std::size_t>(m.entity)].type),
                           next.begin, next.end, false, false});
      }
      for (const Mention& m : later)
        if (std::none_of(out_.mentions[b].begin(), out_.mentions[b].end(),
                         [&](const Mention& x) { return x.begin < m.end && m.begin < x.end; }))
          out_.mentions[b].push_back(m);
    }
  }

  // The name of the `ordinal`th edition of what `written` names: "GPT" 1 -> "GPT-1", "Stable
  // Diffusion" 2 -> "Stable Diffusion 2".
  static std::string numberedName(const std::string& written, int ordinal) {
    return written + (written.find(' ') == std::string::npos ? "-" : " ") + std::to_string(ordinal);
  }

  // Whether the mention is written as a wiki link (a name the wiki has a page for).
  bool linkedAt(std::size_t b, const Mention& m) const {
    return std::any_of(a_.blocks[b].links.begin(), a_.blocks[b].links.end(), [&](const Link& l) {
      return l.kind != LinkKind::kExternal && l.begin <= m.begin && m.end <= l.end;
    });
  }

  // The entity of the `ordinal`th edition of what `written` names.
  int numberedEntity(const std::string& written, int ordinal, EntityType type) {
    const std::string name = numberedName(written, ordinal);
    const int e = entityFor(name, graph::slugify(name), type, false, true);
    out_.entities[static_cast<std::size_t>(e)].mentions++;
    return e;
  }

  // An ordinal and an edition noun: where they stand and the ordinal's value (-1: none).
  struct Edition {
    int ordinal = -1;
    std::size_t begin = 0, end = 0;
  };

  // "[the] first version of " ending at `nameBegin`.
  Edition editionBefore(std::string_view text, std::size_t nameBegin) const {
    std::vector<std::pair<std::size_t, std::size_t>> words;  // the three words before the name, last first
    std::size_t end = nameBegin;
    while (words.size() < 3) {
      while (end > 0 && text[end - 1] == ' ') --end;
      std::size_t start = end;
      while (start > 0 && std::isalpha(static_cast<unsigned char>(text[start - 1]))) --start;
      if (start == end) break;
      words.emplace_back(start, end);
      end = start;
    }
    const auto word = [&](std::size_t k) {
      return lowerAscii(text.substr(words[k].first, words[k].second - words[k].first));
    };
    if (words.size() < 3 || word(0) != "of" || !lex_.editionNouns.contains(word(1))) return {};
    return {ordinalWordValue(word(2)), words[2].first, words[1].second};
  }

  // The ordinal edition phrases after `from` that name nothing after them ("The second version,",
  // "the third version of the language model"): each a later edition of the series named before.
  std::vector<Edition> editionsAfter(std::string_view text, std::size_t from) const {
    std::vector<Edition> out;
    const std::vector<Token> tokens = tokenize(text.substr(from));
    for (std::size_t k = 0; k + 1 < tokens.size(); ++k) {
      const auto word = [&](std::size_t i) {
        return lowerAscii(text.substr(from + tokens[i].begin, tokens[i].end - tokens[i].begin));
      };
      const int ordinal = ordinalWordValue(word(k));
      if (ordinal < 1 || !lex_.editionNouns.contains(word(k + 1))) continue;
      const bool namesAfter = k + 2 < tokens.size() && word(k + 2) == "of" && k + 3 < tokens.size() &&
                              word(k + 3) != "the" && word(k + 3) != "this" && word(k + 3) != "its";
      if (!namesAfter) out.push_back({ordinal, from + tokens[k].begin, from + tokens[k + 1].end});
    }
    return out;
  }

  // "Nadella" for "Satya Nadella"; "V3" for "DeepSeek V3"; "R1" for "DeepSeek-R1".
  void addShortForms() {
    std::unordered_map<std::string, int> counts;
    std::vector<std::pair<std::string, int>> proposals;
    for (std::size_t i = 0; i < out_.entities.size(); ++i) {
      const auto& e = out_.entities[i];
      std::string_view name = e.name;
      std::size_t space = name.rfind(' ');
      std::size_t hyphen = name.rfind('-');
      std::string shortForm;
      if (e.type == EntityType::kPerson && space != std::string_view::npos)
        shortForm = name.substr(space + 1);
      else if (space != std::string_view::npos && isModelId(name.substr(space + 1)))
        shortForm = name.substr(space + 1);
      else if (hyphen != std::string_view::npos && isModelId(name.substr(hyphen + 1)))
        shortForm = name.substr(hyphen + 1);
      std::vector<std::string> words = graph::foldTokens(name);
      if (shortForm.empty() && e.type == EntityType::kOrganization && words.size() >= 2 &&
          space != std::string_view::npos) {
        if (lex_.legalForms.count(words.back())) shortForm = std::string(trim(name.substr(0, space)));
        while (!shortForm.empty() && shortForm.back() == ',') shortForm.pop_back();
      }
      // "Brightwater" for "Brightwater Analytics", when the text uses the first word alone.
      if (shortForm.empty() && e.type == EntityType::kOrganization && words.size() >= 2 &&
          space != std::string_view::npos && !lex_.isNonEntity(words.front()) && words.front().size() >= 4 &&
          singleWords_.count(words.front()))
        shortForm = std::string(name.substr(0, name.find(' ')));
      if (shortForm.empty() && e.type != EntityType::kPerson && e.type != EntityType::kOrganization) {
        shortForm = restAfterMaker(i);
        if (!shortForm.empty()) restsAfterMaker_.insert(graph::foldKey(shortForm));
      }
      if (shortForm.size() < 2) continue;
      proposals.emplace_back(shortForm, static_cast<int>(i));
      counts[graph::foldKey(shortForm)]++;
    }
    proposeTopicGivenName(proposals, counts);
    // "Dockers and Maritime Workers Union (DMWU)", "Support Vector Machines (SVMs)": the acronym in
    // parentheses, or its plural, is an alias: the page goes on to name the kind by it, no thing apart.
    // (Its other number is not: "Tensor Processing Unit (TPU)" then "The first generation of TPUs" speaks
    // of the chips, not of one named thing.)
    for (const auto& [acronym, name] : acronyms_)
      if (const int e = out_.find(name); e != graph::kNone && unclaimed(acronym)) addAlias(e, acronym);
    for (const auto& [shortForm, e] : proposals) {
      std::string folded = graph::foldKey(shortForm);
      if (out_.byName.count(folded)) continue;  // a name of its own
      // Ambiguous, save that a biography's bare surname is its subject's, not a relative's, and
      // that "Blackwell" on NVIDIA Blackwell's page is the topic's, not the person's it is named
      // after ("Alibaba" on Alibaba Cloud's page may still be the group's).
      const bool topicsOwn =
          e == earlyTopic_ &&
          (out_.entities[static_cast<std::size_t>(e)].type == EntityType::kPerson || restsAfterMaker_.count(folded));
      if (counts[folded] > 1 && !topicsOwn) continue;
      addAlias(e, shortForm);
    }
  }

  // "Intel NeuralChat 7B", "Salesforce SFR-DPO", "Google DeepMind": a name that opens with a word the
  // English word list writes capitalised (Debian's wamerican: "Intel", "Salesforce"; not the adjective
  // "Strong" of "Strong CoT") or that the corpus's references give a site as its name ("NVIDIA H800",
  // "AMD MI300X": data/site_names.tsv, Lexicon::siteNameWords), then a word
  // spelled as a product's (a digit or a capital inside: "NeuralChat", "P100") names its maker first,
  // an organisation of its own. Not a person's name ("Tasha McCauley"), nor a word WordNet knows as a person,
  // place or star ("Ford GT40", "Paris 2024", "Gemini"). The maker is an entity without a mention:
  // the span stays the product's.
  void addMakersOfProducts() {
    for (const Candidate& c : candidates_) {
      const std::size_t space = c.name.find(' ');
      if (space == std::string::npos || a_.blocks[c.block].inCode(c.begin, c.end)) continue;
      const std::string maker = c.name.substr(0, space);
      const std::string_view rest = std::string_view(c.name).substr(space + 1);
      const std::string_view product = rest.substr(0, rest.find(' '));
      // A letter first ("P100", not the size "17B" nor the version "2.0"), not a lone acronym
      // ("Enterprise API"), and a digit or a capital inside.
      const bool acronym = std::all_of(product.begin(), product.end(), graph::isUpperAscii);
      const bool productShaped =
          !product.empty() && std::isalpha(static_cast<unsigned char>(product[0])) && !acronym &&
          (graph::hasAsciiDigit(product) || std::any_of(product.begin() + 1, product.end(), graph::isUpperAscii));
      if (!productShaped || !(lex_.properNames.count(maker) || lex_.siteNameWords.count(maker)) ||
          out_.find(maker) != graph::kNone)
        continue;
      const std::string folded = graph::foldKey(maker);
      const auto known = properNounKinds().find(maker);
      const int whole = out_.find(c.name);
      if (whole != graph::kNone && out_.entities[static_cast<std::size_t>(whole)].type == EntityType::kPerson) continue;
      if (lex_.givenNames.count(folded) || lex_.isNonEntity(folded) || wordNetAdjectives().count(folded) ||
          (known != properNounKinds().end() && known->second != EntityType::kOrganization))
        continue;
      entityFor(maker, folded, graph::slugifyFolded(folded), EntityType::kOrganization, false, false);
    }
  }

  // "Blackwell" for "NVIDIA Blackwell": a thing named after its maker (an organisation the
  // article names) is called by the rest of its name, where the text writes that rest alone and
  // it is one word of no common English ("Cloud" of "Google Cloud" is not).
  std::string restAfterMaker(std::size_t i) const {
    const std::string_view name = out_.entities[i].name;
    const std::size_t space = name.find(' ');
    if (space == std::string_view::npos || name.find(' ', space + 1) != std::string_view::npos) return {};
    // The maker: an organisation known by now, or a one-word name shaped as a company's ("NVIDIA",
    // "xAI"), which is added only after the short forms.
    const std::string_view makerName = name.substr(0, space);
    const int maker = out_.find(makerName);
    const bool company =
        maker != graph::kNone
            ? out_.entities[static_cast<std::size_t>(maker)].type == EntityType::kOrganization
            : (isAcronym(makerName) || isCamel(makerName)) && singleWords_.count(graph::foldKey(makerName));
    if (!company) return {};
    const std::string_view rest = name.substr(space + 1);
    const std::string folded = graph::foldKey(rest);
    if (rest.size() < 3 || !isUpperStart(rest) || isAcronym(rest) || containsLower(lex_.englishWords, rest) ||
        !singleWords_.count(folded))
      return {};
    return std::string(rest);
  }

  // "Neil established himself": a biography calls its subject by the given name too, where the
  // text writes it alone.
  void proposeTopicGivenName(std::vector<std::pair<std::string, int>>& proposals,
                             std::unordered_map<std::string, int>& counts) const {
    if (earlyTopic_ == graph::kNone) return;
    const auto& topic = out_.entities[static_cast<std::size_t>(earlyTopic_)];
    const std::vector<std::string> words = graph::foldTokens(topic.name);
    if (topic.type != EntityType::kPerson || words.size() < 2 || words.front().size() < 3 ||
        lex_.isNonEntity(words.front()) || !singleWords_.count(words.front()))
      return;
    proposals.emplace_back(topic.name.substr(0, topic.name.find(' ')), earlyTopic_);
    counts[words.front()]++;
  }

  // What typeFor reads of a name besides its letters: its folded words, and the folded text of the
  // 40 bytes either side (`before` trimmed, without a comma at its end).
  struct NameSurroundings {
    std::vector<std::string> words;
    std::string_view before, after;
  };

  NameSurroundings surroundingsOf(const Candidate& c) const {
    std::string_view text = a_.blocks[c.block].text;
    // The folded windows of 40 bytes either side, read from the block's tokens (no string made).
    const BlockTokens& blockTokens = tokens_.of(c.block);
    std::size_t from = graph::utf8Floor(text, c.begin > 40 ? c.begin - 40 : 0);
    std::string_view before = trim(blockTokens.folded(from, c.begin));
    if (!before.empty() && before.back() == ',') before.remove_suffix(1);
    return {graph::foldTokens(c.name), before,
            blockTokens.folded(c.end, c.end + graph::utf8Prefix(text.substr(c.end), 40).size())};
  }

  // Whether folded text ends with a role ("chief executive"). Roles are at most a few words: the
  // last one to three words are looked up in the set.
  bool endsWithRole(std::string_view s) const {
    std::size_t cut = s.size();
    for (std::size_t words = 0; words < lex_.longestRoleWords && cut != std::string_view::npos; ++words) {
      cut = cut == 0 ? std::string_view::npos : s.rfind(' ', cut - 1);
      const std::string_view tail = s.substr(cut == std::string_view::npos ? 0 : cut + 1);
      if (lex_.roles.count(tail)) return true;
    }
    return false;
  }

  // The type of a candidate name: first from its own words and the cues around it, then WordNet
  // (c.strongType set: these types win over others), then from weaker signs.
  EntityType typeFor(Candidate& c, const std::string& folded) {
    const NameSurroundings around = surroundingsOf(c);
    c.strongType = true;
    if (auto type = strongTypeOf(c, folded, around)) return *type;
    c.strongType = false;
    return weakTypeOf(c, around.words);
  }

  std::optional<EntityType> strongTypeOf(const Candidate& c, const std::string& folded,
                                         const NameSurroundings& around) {
    const std::vector<std::string>& words = around.words;
    if (auto type = typeOfOwnWords(c, folded, words)) return type;
    if (words.size() >= 2 && endsWithRole(around.before)) return EntityType::kPerson;
    if (words.size() >= 2 && (around.after.rfind(", who ", 0) == 0 || around.after.rfind(", whose ", 0) == 0))
      return EntityType::kPerson;
    if (words.size() >= 2 && lex_.givenNames.count(words.front())) return EntityType::kPerson;
    // What WordNet says a proper noun is ("Turin" a city, "Bessel" an astronomer, "Sirius" a star)
    // defines it, after the cues of the sentence ("research firm Bernstein") and before the guesses:
    // "Alhazen's" is no organisation's possessive.
    // Markdown articles about software name products and companies after people ("Tesla", "Spark",
    // "Cline"): there a lone word's person sense is not taken from WordNet; its places are.
    auto known = properNounKinds().find(c.name);
    if (known != properNounKinds().end() && !wiki_ && words.size() == 1 && known->second == EntityType::kPerson)
      known = properNounKinds().end();
    const bool defined = known != properNounKinds().end();
    if (auto type = typeOfSentenceCues(c, around, defined)) return type;
    if (defined) return known->second;
    return organisationOfRelation(c, around);
  }

  // The type a name's own words give: a term's acronym, an organisation's suffix, the head before
  // "of"/"in", an index.
  std::optional<EntityType> typeOfOwnWords(const Candidate& c, const std::string& folded,
                                           const std::vector<std::string>& words) {
    // "reinforcement learning (RL)", "large language models (LLMs)": an acronym the page spells
    // out in lower-case words is a term's, no organisation's, whatever cue ("RL's depth") says so.
    if ((isAcronym(c.name) || pluralAcronym(c.name)) && termAcronyms().count(c.name)) return EntityType::kOther;
    if (!words.empty() && lex_.orgSuffixes.count(words.back())) return EntityType::kOrganization;
    // "Bank of England", "Battle of San Jacinto": the head before "of"/"in" types the name.
    for (std::size_t k = 1; k + 1 < words.size(); ++k)
      if (words[k] == "of"sv || words[k] == "in"sv) {
        if (lex_.orgSuffixes.count(words[k - 1])) return EntityType::kOrganization;
        if (lex_.eventWords.count(words[k - 1])) return EntityType::kEvent;
        break;
      }
    if (folded.find("index") != std::string::npos || (!words.empty() && words.back() == "composite"sv) ||
        (c.name.find('&') != std::string::npos && graph::hasAsciiDigit(c.name)))
      return EntityType::kIndex;
    return std::nullopt;
  }

  // The type the sentence's cues give before WordNet's is taken (`defined`: WordNet has one): a
  // possessor, a role or "index" after the name, an event's or a model's name, a company noun before.
  std::optional<EntityType> typeOfSentenceCues(const Candidate& c, const NameSurroundings& around, bool defined) const {
    const std::vector<std::string>& words = around.words;
    const std::string_view after = around.after, before = around.before;
    if (c.possessor && !after.empty() && !defined) {
      // "Google's Sundar Pichai": the possessor of a person is an organisation.
      return EntityType::kOrganization;
    }
    if (lex_.startsWithRole(after, " ,"))
      return EntityType::kOrganization;  // "Microsoft chief executive ..." (already folded)
    if (after.rfind(" index", 0) == 0) return EntityType::kIndex;
    if (!words.empty() && lex_.eventWords.count(words.back())) return EntityType::kEvent;
    if (isModelId(c.name) || lowerModelName(c.name) || (words.size() >= 2 && isModelId(lastWord(c.name))) ||
        (c.name.find('-') != std::string::npos && isModelId(std::string_view(c.name).substr(c.name.rfind('-') + 1))))
      return EntityType::kProduct;
    for (std::string_view cue : {"the company ", "the firm ", "firm ", "company ", "startup ", "lab "})
      if (before.size() >= cue.size() - 1 &&
          before.compare(before.size() - (cue.size() - 1), cue.size() - 1, cue.substr(0, cue.size() - 1)) == 0)
        return EntityType::kOrganization;
    return std::nullopt;
  }

  // An organisation named by its relation to a person or a thing named before or after it.
  std::optional<EntityType> organisationOfRelation(const Candidate& c, const NameSurroundings& around) const {
    const std::string_view after = around.after, before = around.before;
    // "chief executive of Qandrix", "a researcher at Qandrix": a role's "of" or "at" names whom the
    // person works for, an organisation (a place's name has its kind from WordNet above); not a
    // lone common word, a department ("head of Policy").
    const bool commonWord = around.words.size() == 1 && containsLower(lex_.englishWords, c.name);
    for (std::string_view link : {" of", " at"})
      if (!commonWord && before.size() > link.size() &&
          before.compare(before.size() - link.size(), link.size(), link) == 0 &&
          endsWithRole(before.substr(0, before.size() - link.size())))
        return EntityType::kOrganization;
    // "Qandrix, a Berlin startup, ...": an apposition whose head is a company noun.
    if (after.starts_with(", a ") || after.starts_with(", an ")) {
      const std::vector<std::string> apposed = graph::foldTokens(after.substr(0, after.find_first_of(",;.(", 1)));
      for (std::size_t k = 1; k < apposed.size() && k <= 4; ++k)
        if (lex_.companyNouns.count(apposed[k])) return EntityType::kOrganization;
    }
    return std::nullopt;
  }

  // The type of a name no strong cue types: a person's name particle, a place's or an
  // organisation's head noun, else a guess from its shape.
  EntityType weakTypeOf(const Candidate& c, const std::vector<std::string>& words) const {
    // "Otto von Bismarck", "Hasan ibn Ali": a Germanic nobiliary or an Arabic patronymic particle
    // between a name's parts makes it a person's ("de", "da" stand in places' names too: "Rio de Janeiro").
    for (std::size_t k = 1; k + 1 < words.size(); ++k)
      for (std::string_view particle : {"van", "von", "zu", "ibn", "bin", "bint", "binti"})
        if (words[k] == particle) return EntityType::kPerson;
    if (auto type = typeOfHeadNoun(c, words)) return *type;
    // "Explanation", "Create", "AUTOMATICALLY": a lone word that the English word list has in lower
    // case names no kind of thing by its capital alone; a brand so named ("Apple") takes its kind
    // from a cue ("Apple's", "the company Apple") or WordNet. "URLs", "GPTs": the plural of an
    // acronym is a common noun's. "We're": a contraction is no name. Not the page's own title nor a
    // link's words ("Llama" on its page, "[Chroma](...)"): the wiki has a page for what they name.
    // Markdown only, where concepts are written in Title Case; a wikitext page's capitalised lone
    // word ("the Census reported") is a proper name.
    if (!wiki_ && words.size() == 1 && !c.linked && !titleNames_.count(c.name) &&
        (containsLower(lex_.englishWords, c.name) || pluralAcronym(c.name) || c.name.find('\'') != std::string::npos ||
         c.name.find("\u2019") != std::string::npos))
      return EntityType::kOther;
    if (isAcronym(c.name) || isCamel(c.name)) return EntityType::kOrganization;
    if (words.size() == 1) return EntityType::kOrganization;  // a lone brand name mid-sentence
    return EntityType::kOther;
  }

  // "OR Tambo International Airport", "Staats Model School", "R511 road": an English name ends in
  // its head noun, and a head that is a place's or an organisation's noun gives the name its kind.
  // A person's surname may be such a noun too ("Oskar Vale", "Mary Hill"): a two-word name counts
  // only when its first word is a common English word ("Bird Sanctuary") or its head is written in
  // lower case ("R511 road"), not a given name.
  // Only in wikitext: Markdown pages write concepts and products in Title Case ("Agent
  // Architecture", "Copilot Studio"), where a place noun ends no place's name.
  std::optional<EntityType> typeOfHeadNoun(const Candidate& c, const std::vector<std::string>& words) const {
    if (!wiki_ || words.size() < 2 || graph::hasAsciiDigit(words.back())) return std::nullopt;
    const auto head = headNounKinds().find(words.back());
    if (head == headNounKinds().end()) return std::nullopt;
    const std::string_view first = std::string_view(c.name).substr(0, c.name.find(' '));
    const bool lowerHead = c.name.size() >= words.back().size() &&
                           c.name.compare(c.name.size() - words.back().size(), std::string::npos, words.back()) == 0;
    if (words.size() >= 3 || lowerHead ||
        (containsLower(lex_.englishWords, first) && !lex_.givenNames.count(words.front())))
      return head->second;
    return std::nullopt;
  }

  using Spans = std::vector<std::pair<std::size_t, std::size_t>>;

  // A token lies within the text it was read from: the view is made in place (substr, which GCC
  // leaves out of line here, cost more than the look-ups that read the word).
  static std::string_view wordAt(std::string_view text, const Token& t) {
    return {text.data() + t.begin, t.end - t.begin};
  }
  static bool possessiveAt(std::string_view text, std::size_t end) {
    if (text.substr(end, 2) == "'s" || text.substr(end, 4) == "\u2019s") return true;
    // "Siemens' 99.99% rate": a bare apostrophe after a name ending in s, before the next word.
    const std::size_t mark = text.substr(end, 1) == "'" ? 1 : text.substr(end, 3) == "\u2019" ? 3 : 0;
    return mark > 0 && end > 0 && text[end - 1] == 's' && text.substr(end + mark, 1) == " ";
  }
  // Whether `pos` lies inside one of the sorted, non-overlapping spans.
  static bool insideSpan(const Spans& sorted, std::size_t pos) {
    auto it = std::upper_bound(sorted.begin(), sorted.end(), std::make_pair(pos, SIZE_MAX));
    return it != sorted.begin() && pos < std::prev(it)->second;
  }

  // The acronyms the page defines in brackets right after the lower-case words whose first letters
  // spell it ("reinforcement learning (RL)", "large language models (LLMs)", "retrieval-augmented
  // generation (RAG)"): the abbreviation of a common noun phrase. Computed once an article.
  const std::set<std::string, std::less<>>& termAcronyms() {
    if (termAcronymsDone_) return termAcronyms_;
    termAcronymsDone_ = true;
    for (const auto& block : a_.blocks) {
      const std::string_view text = block.text;
      for (std::size_t open = text.find(" ("); open != std::string_view::npos; open = text.find(" (", open + 2)) {
        const std::size_t close = text.find(')', open + 2);
        if (close == std::string_view::npos || close - open - 2 < 2 || close - open - 2 > 8) continue;
        const std::string_view acronym = text.substr(open + 2, close - open - 2);
        std::string_view letters = acronym;
        if (pluralAcronym(acronym)) letters.remove_suffix(1);
        if (!isAcronym(letters) || letters.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string_view::npos)
          continue;
        // The first letters of the words before the bracket, last first; a hyphen parts words.
        std::string initials;
        std::size_t at = open;
        bool lower = true;
        while (initials.size() < letters.size() && at > 0) {
          std::size_t start = at;
          while (start > 0 && std::isalpha(static_cast<unsigned char>(text[start - 1])) != 0) --start;
          if (start == at) break;
          lower = lower && std::islower(static_cast<unsigned char>(text[start])) != 0;
          initials.insert(initials.begin(), static_cast<char>(std::toupper(static_cast<unsigned char>(text[start]))));
          if (start == 0 || (text[start - 1] != ' ' && text[start - 1] != '-')) break;
          at = start - 1;
        }
        if (lower && initials == letters) termAcronyms_.emplace(acronym);
      }
    }
    return termAcronyms_;
  }

  // "Dockers and Maritime Workers Union (DMWU)", "Support Vector Machines (SVMs)": an acronym, or an
  // acronym's plural, in parentheses right after a name is an alias of it.
  void noteAcronymAfter(std::string_view text, std::size_t end, const std::string& name) {
    if (text.substr(end, 2) != " (") return;
    std::size_t close = text.find(')', end + 2);
    const std::string_view inside = close == std::string_view::npos ? "" : text.substr(end + 2, close - end - 2);
    // "Misha Laskin (CEO)": a role in parentheses is no alias.
    if (close != std::string_view::npos && close - end - 2 <= 10 && (isAcronym(inside) || pluralAcronym(inside)) &&
        !lex_.isRole(graph::foldKey(text.substr(end + 2, close - end - 2))))
      acronyms_.emplace_back(std::string(text.substr(end + 2, close - end - 2)), name);
  }

  // Whether `target` is a name of two to four capitalised words that ends with the words of `label`
  // ("Yasser Arafat" for "Arafat"): a short form of it, as prose refers to a person by surname.
  static bool fullNameOfLabel(std::string_view label, std::string_view target) {
    if (label.size() < 3 || target.size() <= label.size() + 1 || !target.ends_with(label) ||
        target[target.size() - label.size() - 1] != ' ')
      return false;
    const std::vector<Token> words = tokenize(target);
    if (words.size() < 2 || words.size() > 4) return false;
    return std::all_of(
               words.begin(), words.end(),
               [&](const Token& t) { return std::isupper(static_cast<unsigned char>(target[t.begin])) != 0; }) &&
           target.find_first_of("(),:#") == std::string_view::npos;
  }

  // A linked mention: a link's span, or a later plain mention of a linked name.
  Candidate linkedCandidate(std::size_t b, std::size_t begin, std::size_t end, const std::string& name,
                            const std::string& key) const {
    std::string_view text = a_.blocks[b].text;
    Candidate c;
    c.block = b;
    c.begin = begin;
    c.end = end;
    c.name = name;
    c.linked = true;
    c.key = key;
    if (auto target = targetNames_.find(name); target != targetNames_.end()) {
      if (!target->second.name.empty()) {
        c.label = name;
        c.name = target->second.name;
      }
      c.place = target->second.place;
      c.work = target->second.kind == EntityType::kProduct;
    }
    c.possessor = possessiveAt(text, end);
    c.prepositional = precededByPreposition(text, begin);
    return c;
  }

  // Links first: their spans are mentions whatever their shape. Returns the spans taken. Links from
  // `namesFrom` on (a typed field's value of the page's box) are names whatever their words.
  Spans collectLinks(std::size_t b, std::size_t namesFrom = std::string::npos) {
    const Block& block = a_.blocks[b];
    Spans taken;
    for (const auto& l : block.links) {
      if (l.kind == LinkKind::kExternal || l.key.empty() || l.text.empty()) continue;
      // "[[chess]]", "[tokens](/wiki/tokens)", "a [Plugin](/wiki/plugin) for": a concept. Not the box's name
      // field, which names the page's topic in any words ("stable-diffusion-safety-checker").
      const bool aConcept = commonWordsLink(l.text) || classAfterArticle(block.text, l.begin, l.end);
      if (aConcept && l.text != boxNameLink_ && !labelsListItem(block, l) && l.begin < namesFrom) {
        taken.emplace_back(l.begin, l.end);
        continue;
      }
      // "[[1663 Charlevoix earthquake|1663-02-05]]": a label of digits and no letter is no name; the target is.
      const bool nameless = std::none_of(l.text.begin(), l.text.end(),
                                         [](unsigned char ch) { return std::isalpha(ch) != 0 && ch < 0x80; }) &&
                            std::any_of(l.text.begin(), l.text.end(), [](char ch) { return ch >= '0' && ch <= '9'; }) &&
                            !l.target.empty() && l.target.find('/') == std::string::npos;
      const std::string key = l.text == boxNameLink_ ? linkNames_.at(l.text) : linkKey(l.text, l.key);
      candidates_.push_back(linkedCandidate(b, l.begin, l.end, nameless ? l.target : l.text, key));
      noteAcronymAfter(block.text, l.end, l.text);
      taken.emplace_back(l.begin, l.end);
    }
    return taken;
  }

  // The kind a word of a category or of a title's qualifier names ("poems", "(poem)", "(village)"):
  // a work or a place, from the language's nouns for them (data/title_kinds.tsv).
  EntityType workOrPlaceKind(std::string_view lowered) const {
    for (const Token& t : tokenize(lowered)) {
      const std::string_view w = wordAt(lowered, t);
      if (auto kind = titleKinds().find(w); kind != titleKinds().end()) return kind->second;
    }
    return EntityType::kOther;
  }

  // A wikitext link names its target ("[[Sweden|Swedish]]", "[[Grammis|Swedish Grammis]]"): the
  // entity goes by the target's title, as the pipe trick shortens it (its qualifier in parentheses
  // or after a comma dropped: "Houston, Texas" is Houston), and the words shown are an alias, when
  // they are capitalised words of another name. Not a list page; Markdown links give a slug, not a
  // title ("/wiki/gpt-4"): the words name it. Wikipedia qualifies a place's title by its region
  // after a comma ("Cornwall, Ontario"; not "Clint Murchison, Jr."), and a demonym shown for a
  // country's page ("[[Sweden|Swedish]]") links a place: both make the entity a place.
  struct LinkTarget {
    std::string name;  // "" when the words shown are the name
    bool place = false;
    EntityType kind = EntityType::kOther;  // from the title's qualifier: "(poem)" a work
  };
  LinkTarget targetName(const Link& l) const {
    if (!wiki_ || l.target.empty()) return {};
    std::string_view target = trim(l.target);
    if (target.starts_with(":")) target.remove_prefix(1);
    target = trim(target.substr(0, target.find('#')));
    std::string title(target);
    std::replace(title.begin(), title.end(), '_', ' ');
    LinkTarget out;
    // "Rokeby (poem)", "Ashby (village)": the qualifier names the kind of thing the page is about.
    if (std::size_t paren = title.rfind(" ("); paren != std::string::npos && title.back() == ')') {
      out.kind = workOrPlaceKind(lowerAscii(std::string_view(title).substr(paren + 2)));
      title.resize(paren);
    }
    title = std::string(trim(title));
    if (title.empty() || !isUpperStart(title) || title.starts_with("List of") ||
        std::none_of(l.text.begin(), l.text.end(), graph::isUpperAscii))
      return {};
    if (const std::size_t comma = title.find(", "); comma != std::string::npos) {
      const std::string_view region = std::string_view(title).substr(comma + 2);
      if (isUpperStart(region) && region.find('.') == std::string_view::npos && !isRomanNumeral(region) &&
          !lex_.legalForms.count(graph::foldKey(region))) {
        title.resize(comma);
        out.place = true;
      }
    }
    out.place = out.place || demonymOf(l.text, title) || out.kind == EntityType::kPlace;
    if (graph::foldKey(title) != graph::foldKey(l.text)) out.name = title;
    return out;
  }
  static bool isRomanNumeral(std::string_view w) {
    return !w.empty() && w.find_first_not_of("IVXLC") == std::string_view::npos;
  }
  // "Swedish" of Sweden, "Canadian" of Canada: one word with a demonym's ending that opens as the
  // one-word place does.
  static bool demonymOf(std::string_view label, std::string_view place) {
    if (label.find(' ') != std::string_view::npos || place.find(' ') != std::string_view::npos || label.size() < 5 ||
        place.size() < 4 || label.substr(0, 3) != place.substr(0, 3) || label == place)
      return false;
    for (std::string_view ending : {"ish", "ian", "ese", "an", "i", "ic"})
      if (label.ends_with(ending)) return true;
    return false;
  }

  // "- [replicate](...) - runs models": a link that opens a list item and is described after a dash
  // or colon is the name of the item, a product written in lower case.
  static bool labelsListItem(const Block& block, const Link& l) {
    if (block.kind != BlockKind::kListItem || !trim(std::string_view(block.text).substr(0, l.begin)).empty())
      return false;
    const std::string_view after = std::string_view(block.text).substr(l.end);
    return after.starts_with(":") || after.starts_with(" - ") || after.starts_with(" \u2013 ") ||
           after.starts_with(" \u2014 ");
  }

  // A link whose words are common English words in lower case ("[[chess]]", "[large language
  // models](/wiki/llm)") points at a concept's page: no name, whatever it links to. Words joined by
  // an underscore or a slash ("yahoo_answers_topics", "embedding-data/simple-wiki") are an
  // identifier, a dataset's or a repository's, which English prose never writes: a name.
  bool commonWordsLink(std::string_view label) const {
    if (identifierLabel(label)) return false;
    bool any = false;
    for (const Token& t : tokenize(label)) {
      const std::string_view w = wordAt(label, t);
      if (std::any_of(w.begin(), w.end(), [](char ch) { return !(ch >= 'a' && ch <= 'z') && ch != '-'; })) return false;
      if (!lex_.isEnglishWord(w) && !derivedFromEnglish(w) && !englishCompound(w)) return false;
      any = true;
    }
    return any;
  }

  // "yahoo_answers_topics", "embedding-data/simple-wiki": one word with an underscore or a slash between
  // two letters or digits (not "/rules", a path, nor "fairness/bias or harm", prose).
  static bool identifierLabel(std::string_view label) {
    if (label.find(' ') != std::string_view::npos) return false;
    const auto alnum = [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)) != 0; };
    for (std::size_t k = label.find_first_of("_/"); k != std::string_view::npos; k = label.find_first_of("_/", k + 1))
      if (k > 0 && k + 1 < label.size() && alnum(label[k - 1]) && alnum(label[k + 1])) return true;
    return false;
  }

  // "is a [Plugin] for ChatGPT", "an Education app": capitalised common words right after the
  // indefinite article make a class of things, as English puts no article before a name ("a Google
  // search", "a Discord server": a name modifying the noun after it keeps it). Every word one the
  // English word list has in lower case and not capitalised too ("Apple" it has), no digit, and
  // after the words a function word, a stop or the end, where the noun phrase ends.
  bool classAfterArticle(std::string_view text, std::size_t begin, std::size_t end) const {
    if (!afterIndefiniteArticle(text, begin)) return false;
    const std::string_view words = text.substr(begin, end - begin);
    const std::vector<Token> tokens = tokenize(words);
    if (tokens.empty()) return false;
    // One English word, an acronym after it ("a Custom GPT for"): English puts "a" before a name
    // of more words at times ("hosted a Preview Agent Competition in 2025").
    bool english = false;
    for (const Token& t : tokens) {
      const std::string_view w = wordAt(words, t);
      if (isAcronym(w) && &t != &tokens.front()) continue;
      if (english || !isUpperStart(w) || isAcronym(w) || isCamel(w) || graph::hasAsciiDigit(w) ||
          !containsLower(lex_.englishWords, w) || lex_.properNames.count(w))
        return false;
      english = true;
    }
    if (!english) return false;
    std::string_view after = text.substr(end);
    if (after.empty() || std::string_view(".,;:)!?").find(after[0]) != std::string_view::npos ||
        after.starts_with(" \u2013") || after.starts_with(" \u2014"))
      return true;
    if (after[0] != ' ') return false;
    after = after.substr(1);
    const std::size_t wordEnd = std::min(after.size(), after.find_first_of(" .,;:)!?"));
    return lex_.isFunctionWord(after.substr(0, wordEnd));
  }

  // "high-dimensional", "long-term": a lower-case compound of English words joined by hyphens.
  bool englishCompound(std::string_view w) const {
    if (w.find('-') == std::string_view::npos) return false;
    for (std::string_view part : splitOn(w, '-'))
      if (part.empty() || (!lex_.isEnglishWord(part) && !derivedFromEnglish(part))) return false;
    return true;
  }

  // Whether [at, end) overlaps a link (sorted spans) or the name found before it.
  static bool overlapsTaken(const Spans& linkSpans, std::size_t at, std::size_t end, std::size_t lastNameEnd) {
    auto next = std::upper_bound(linkSpans.begin(), linkSpans.end(), std::make_pair(at, SIZE_MAX));
    return at < lastNameEnd || (next != linkSpans.begin() && at < std::prev(next)->second) ||
           (next != linkSpans.end() && next->first < end);
  }

  // Later plain mentions of a linked name ("the Jevons paradox" after the link): only names
  // whose first word stands in this block are looked for. Adds their spans to `taken`.
  void collectLinkedNames(std::size_t b, const std::vector<Token>& tokens, Spans& taken) {
    std::string_view text = a_.blocks[b].text;
    versionedNameStarts_.clear();
    std::vector<std::pair<std::size_t, const std::string*>> starts;
    for (const Token& t : tokens) {
      if (!firstWordShapes_.mayHold(wordAt(text, t))) continue;
      auto it = linkByFirstWord_.find(wordAt(text, t));
      if (it == linkByFirstWord_.end()) continue;
      for (const std::string* name : it->second) starts.emplace_back(t.begin, name);
    }
    // Names found here come in text order, so only the last one can overlap the next.
    Spans linkSpans = taken;
    std::sort(linkSpans.begin(), linkSpans.end());
    std::size_t lastNameEnd = 0;
    for (const auto& [at, namePtr] : starts) {
      const std::string& name = *namePtr;
      if (text.compare(at, name.size(), name) != 0) continue;
      std::size_t end = at + name.size();
      bool wordStart = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
      bool wordEnd = end >= text.size() || !std::isalnum(static_cast<unsigned char>(text[end]));
      if (!wordStart || !wordEnd || overlapsTaken(linkSpans, at, end, lastNameEnd)) continue;
      // "Claude" of "Claude Code 2.0": a shorter name where a longer one with its version opens.
      if (!versionedNameStarts_.empty() && versionedNameStarts_.back() == at) continue;
      // "the benchmark" after a link on "benchmark": a lower-case link names a concept, and its
      // plain repeats are common words, not mentions of a name.
      if (std::none_of(name.begin(), name.end(),
                       [](char ch) { return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'); }) &&
          !isUpperStart(name))
        continue;
      // "CrewAI Enterprise", "Grok Imagine": the title with a name after it is a longer name.
      // "Procyon&nbsp;B": a no-break space joins the longer name as a space does.
      const std::size_t gap = text.substr(end, 1) == " " ? 1 : text.substr(end, 2) == "\u00a0" ? 2 : 0;
      if (titleNames_.count(name) && gap != 0 && end + gap < text.size() &&
          isNameToken(text.substr(end + gap, text.find(' ', end + gap) - end - gap)))
        continue;
      // "AIME 2024", "Claude 3" after "[AIME](...)", "[Claude](...)": a linked name with a version or an
      // edition's year after it is a longer name, which the shaped-name finder reads whole.
      // Words before it are no part of that name ("NVIDIA Officially Releases CUDA 6"): it opens one.
      if (gap == 1 && numberAfterLinkedName(text, tokens, at, end)) {
        versionedNameStarts_.push_back(at);
        continue;
      }
      candidates_.push_back(linkedCandidate(b, at, end, name, linkNames_.at(name)));
      taken.emplace_back(at, end);
      lastNameEnd = end;
    }
  }

  // Whether a linked name with a version after it opens at `pos` of the block (collectLinkedNames).
  bool opensVersionedName(std::size_t pos) const {
    return std::find(versionedNameStarts_.begin(), versionedNameStarts_.end(), pos) != versionedNameStarts_.end();
  }

  // Whether the name at [at, end) of a block (its words whole tokens) has a number after it that is
  // part of the name (numberJoinsName).
  bool numberAfterLinkedName(std::string_view text, const std::vector<Token>& tokens, std::size_t at,
                             std::size_t end) const {
    const auto byBegin = [](const Token& t, std::size_t pos) { return t.begin < pos; };
    const auto first = std::lower_bound(tokens.begin(), tokens.end(), at, byBegin);
    const auto next = std::lower_bound(first, tokens.end(), end + 1, byBegin);
    if (first == tokens.end() || next == tokens.end() || next == first || first->begin != at ||
        next->begin != end + 1 || std::prev(next)->end != end)
      return false;
    return numberJoinsName(text, tokens, static_cast<std::size_t>(first - tokens.begin()),
                           static_cast<std::size_t>(std::prev(next) - tokens.begin()));
  }

  // "Bank of England", "Port of Eastmere", "Dockers and Maritime Workers Union": a connector
  // (token j + 1) joins two capitalised parts when an organisation word anchors the name.
  bool connectorJoins(std::string_view text, const std::vector<Token>& tokens, std::size_t i, std::size_t j) const {
    std::string_view next = wordAt(text, tokens[j + 1]);
    std::string_view current = wordAt(text, tokens[j]);
    if (j + 2 >= tokens.size() || tokens[j + 2].begin != tokens[j + 1].end + 1 ||
        !isNameToken(wordAt(text, tokens[j + 2])))
      return false;
    if ((next == "from" || next == "of" || next == "for" || next == "on" || next == "against") &&
        endsInLawHead(text, tokens, j + 2))
      return true;
    if (next != "of" && next != "for" && next != "and" && next != "in") return false;
    const std::string head = graph::foldKey(current);
    // "Nobel Prize in Chemistry", "Battle of San Jacinto": an event's name goes on after "in" or "of".
    if (next == "in") return lex_.eventWords.count(head) > 0;
    if (next != "and")
      return lex_.orgSuffixes.count(head) > 0 || lex_.eventWords.count(head) > 0 ||
             ofNameMidSentence(text, tokens, i, j, next);
    // "Affymetrix and Agilent Technologies": a first part that is no English word is a name of its
    // own, one of two; "Dockers and Maritime Workers Union" joins common nouns into one name.
    if (j != i || !(containsLower(lex_.englishWords, current) || derivedFromEnglish(current))) return false;
    std::size_t k = j + 2;
    while (k + 1 < tokens.size() && tokens[k + 1].begin == tokens[k].end + 1 &&
           isNameToken(wordAt(text, tokens[k + 1])))
      ++k;
    return lex_.orgSuffixes.count(graph::foldKey(wordAt(text, tokens[k]))) && !linkNames_.count(current);
  }

  // "Defending Democracy from Deepfake Deception Act": whether the run of capitalised words from token k
  // ends with a head noun of a law's or an agreement's name (data/law_heads.txt), which makes the words
  // before a connector part of that one name.
  bool endsInLawHead(std::string_view text, const std::vector<Token>& tokens, std::size_t k) const {
    while (k + 1 < tokens.size() && tokens[k + 1].begin == tokens[k].end + 1 && text[tokens[k].end] == ' ' &&
           isNameToken(wordAt(text, tokens[k + 1])))
      ++k;
    return lex_.lawHeads.count(graph::foldKey(wordAt(text, tokens[k]))) > 0;
  }

  // "the University of Chicago", "the Book of Optics": mid-sentence, where English capitalises names
  // alone, "X of Y" with both parts capitalised is one name when X is a common noun made part of a
  // name (a role before "of" is split off later: "the CEO of OpenAI"); not a person's name before
  // "of" ("Sam Altman of OpenAI", "Bill Gates of Microsoft": a surname or a given name first). At a
  // sentence start the first word may be capitalised only for its place ("Users of ChatGPT"),
  // unless it is an opener ("The University of Chicago").
  bool ofNameMidSentence(std::string_view text, const std::vector<Token>& tokens, std::size_t i, std::size_t j,
                         std::string_view connector) const {
    if (connector != "of") return false;
    const std::string_view current = wordAt(text, tokens[j]);
    if (!(containsLower(lex_.englishWords, current) || derivedFromEnglish(current)) ||
        lex_.givenNames.count(graph::foldKey(wordAt(text, tokens[i]))))
      return false;
    const std::size_t at = tokens[i].begin;
    const bool mid =
        at >= 2 && text[at - 1] == ' ' && std::string_view(".|:!?").find(text[at - 2]) == std::string_view::npos;
    return mid || lex_.isNonEntity(graph::foldKey(wordAt(text, tokens[i])));
  }

  // "Ludwig van Beethoven", "Hasan ibn Ali", "Jean de la Tour": one or two particles of a personal
  // name (data/name_particles.txt) between capitalised parts, one blank apart, join them. Returns the
  // index of the part after the particles, or 0 when the words after token j are no such run.
  static std::size_t particlesJoin(std::string_view text, const std::vector<Token>& tokens, std::size_t j) {
    std::size_t k = j + 1;
    while (k < tokens.size() && k <= j + 2 && tokens[k].begin == tokens[k - 1].end + 1 &&
           text[tokens[k - 1].end] == ' ' && lexicon().nameParticles.count(wordAt(text, tokens[k])) > 0)
      ++k;
    if (k == j + 1 || k >= tokens.size() || tokens[k].begin != tokens[k - 1].end + 1 || text[tokens[k - 1].end] != ' ')
      return 0;
    const std::string_view part = wordAt(text, tokens[k]);
    return isUpperStart(part) || prefixedName(part) ? k : 0;
  }

  // "Claude 2", "Llama 3.1", "Seed 1.5-VL", "Grok 4": a version right after a name (token j)
  // belongs to it. Not a year ("March 2024"), not a day ("March 14"), not "Section 2"; a plain
  // number after a common word that opens a sentence ("Top 10") is no version either.
  bool versionAfterName(std::string_view text, const std::vector<Token>& tokens, std::size_t i, std::size_t j) const {
    std::string_view next = wordAt(text, tokens[j + 1]);
    std::string_view current = wordAt(text, tokens[j]);
    // "TPU v4", "Gemma v2.1": a "v" and a number is a version whatever the name.
    if (versionToken(next)) return isNameToken(current) || isModelId(current);
    if (next.empty() || next.size() > 8 || next[0] < '0' || next[0] > '9') return false;
    // "Llama 2 70B", "Llama 3.1 405B": a model's version, then its size in parameters (a number and
    // "B" or "M", billions or millions), as AI makers name a model's sizes.
    if (j > i && allDigits(current) && (next.back() == 'B' || next.back() == 'M') &&
        allDigits(next.substr(0, next.size() - 1)))
      return true;
    std::size_t digits = 0;
    while (digits < next.size() && next[digits] >= '0' && next[digits] <= '9') ++digits;
    if (digits > 3 || next.find('%') != std::string_view::npos) return false;
    std::string folded = graph::foldKey(current);
    if (monthNumber(current) != 0 ||
        std::find(lex_.identifierWords.begin(), lex_.identifierWords.end(), folded) != lex_.identifierWords.end())
      return false;
    if (!isNameToken(current) && !isModelId(current)) return false;
    // "Achieves 74.5", "Processing 128K" at a sentence, cell or label start: a verb and a figure.
    std::size_t at = tokens[i].begin;
    bool opensSentence = i == j && (at == 0 || text[at - 1] != ' ' ||
                                    (at >= 2 && (text[at - 2] == '.' || text[at - 2] == '|' || text[at - 2] == ':')));
    return !(opensSentence && containsLower(lex_.englishWords, current));
  }

  // Whether the number after token j (a name's last word, the name opening at token i) is part of the
  // name: a version ("Claude 2": versionAfterName) or a number after an acronym ("AIME 2024", "WMT
  // 2014", "S&P 500").
  bool numberJoinsName(std::string_view text, const std::vector<Token>& tokens, std::size_t i, std::size_t j) const {
    const std::string_view next = wordAt(text, tokens[j + 1]);
    const std::string_view current = wordAt(text, tokens[j]);
    const bool joins =
        (allDigits(next) && next.size() <= 4 && (isAcronym(current) || current.find('&') != std::string_view::npos)) ||
        versionAfterName(text, tokens, i, j);
    return joins && !quantityAt(text, tokens, j + 1);
  }

  // "TDP 140W", "GPU 24GB VRAM", "RTX 4090 24 GB", "GPTQ 2-bit quantization": whether token k opens
  // what the figure reader reads as an amount with a unit (data/units.tsv: a quantity, not a version)
  // or as a count of a noun a hyphen joins to the number ("2-bit", an adjective of measure). A count
  // of the words after a number ("Claude 3 models") and a bare scale ("Llama 7B", "128K") are no such
  // amount.
  static bool quantityAt(std::string_view text, const std::vector<Token>& tokens, std::size_t k) {
    const std::string_view number = wordAt(text, tokens[k]);
    if (number.empty() || number[0] < '0' || number[0] > '9') return false;
    // "LoRA 16-bit,", "Ubuntu 24.04-based": a hyphen and a lower-case word make the number an adjective,
    // as the figure reader reads "a 400,000-token context" (a count of the noun, with one after it).
    if (const std::size_t hyphen = number.find('-'); hyphen != std::string_view::npos && hyphen + 1 < number.size() &&
                                                     number[hyphen + 1] >= 'a' && number[hyphen + 1] <= 'z')
      return true;
    std::size_t end = tokens[k].end;
    if (k + 1 < tokens.size() && tokens[k + 1].begin == end + 1 && text[end] == ' ') end = tokens[k + 1].end;
    return readsAsMeasure(text.substr(tokens[k].begin, end - tokens[k].begin));
  }

  // Whether token j of a run of capitalised words that starts at token i is an initial ("L", "A")
  // whose period and one space join it to the name token after: the run's first word ("A. Mark
  // Smith") or after a given name or a capitalised word that is no English word ("Kevin L. Yuill",
  // "Mara T. Quell"); not "World War I. Germany", whose word before is English.
  bool middleInitialJoins(std::string_view text, const std::vector<Token>& tokens, std::size_t i, std::size_t j) const {
    const std::string_view initial = wordAt(text, tokens[j]);
    if (initial.size() != 1 || initial[0] < 'A' || initial[0] > 'Z' || text.substr(tokens[j].end, 2) != ". " ||
        tokens[j + 1].begin != tokens[j].end + 2)
      return false;
    const std::string_view next = wordAt(text, tokens[j + 1]);
    if (!isNameToken(next) || next.size() < 2 || isAcronym(next) || lex_.isNonEntity(graph::foldKey(next)))
      return false;
    if (j == i) return true;
    if (j != i + 1) return false;
    const std::string_view before = wordAt(text, tokens[i]);
    const std::string folded = graph::foldKey(before);
    return lex_.givenNames.count(folded) > 0 || !containsLower(lex_.englishWords, before);
  }

  // The last token of the name that starts at token i: name tokens separated by single
  // spaces, up to a possessive ("Google's"). Sets `possessive`.
  std::size_t nameSpanEnd(std::string_view text, const std::vector<Token>& tokens, std::size_t i, const Spans& taken,
                          bool& possessive) const {
    std::size_t j = i;
    stripPossessive(wordAt(text, tokens[i]), possessive);
    while (!possessive && j + 1 < tokens.size()) {
      // "Kevin L. Yuill", "A. Mark Smith": a middle or first initial and its period stand inside a
      // person's name (endsWithAbbreviation ends no sentence there).
      if (middleInitialJoins(text, tokens, i, j) && !insideSpan(taken, tokens[j + 1].begin)) {
        ++j;
        stripPossessive(wordAt(text, tokens[j]), possessive);
        continue;
      }
      if (tokens[j + 1].begin != tokens[j].end + 1 || text[tokens[j].end] != ' ' ||
          insideSpan(taken, tokens[j + 1].begin) || opensVersionedName(tokens[j + 1].begin))
        break;
      const std::string_view next = wordAt(text, tokens[j + 1]);
      if (!isNameToken(next) && !numberJoinsName(text, tokens, i, j)) {
        if (const std::size_t after = particlesJoin(text, tokens, j);
            after != 0 && !insideSpan(taken, tokens[after].begin)) {
          j = after;
          continue;
        }
        if (!connectorJoins(text, tokens, i, j) || insideSpan(taken, tokens[j + 2].begin)) break;
        j += 2;
        continue;
      }
      ++j;
      stripPossessive(next, possessive);
    }
    return j;
  }

  // Sentence starts (and table cells' starts), sorted: emitSpan searches them.
  static std::vector<std::size_t> sentenceStartsOf(const Block& block) {
    std::vector<std::size_t> starts;
    for (const auto& s : block.sentences) starts.push_back(s.begin);
    if (block.kind == BlockKind::kTableRow || block.kind == BlockKind::kTableHeader)
      for (std::size_t cb : block.cellBegins) starts.push_back(cb);
    std::sort(starts.begin(), starts.end());
    return starts;
  }

  // "[trialID]", "[companyName]", "[MASK]": one word in brackets (a link's are no longer in the text) set
  // in capitals or opening in lower case, as a template writes the slot a user or a model fills in; not
  // "[Kanazawa]", a name. Where its bracket closes, or 0.
  static std::size_t bracketSlot(std::string_view text, std::size_t open) {
    const std::size_t close = text.find(']', open);
    if (close == std::string_view::npos || close - open < 3 || close - open > 40) return 0;
    const std::string_view word = text.substr(open + 1, close - open - 1);
    const bool slotChars = std::all_of(
        word.begin(), word.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; });
    return slotChars && (isAcronym(word) || (word[0] >= 'a' && word[0] <= 'z')) ? close : 0;
  }

  // "curl -fsSL", "pip --no-cache-dir": a lower-case word a hyphen opens after a blank is a program's
  // option, no name ("-Viewing Angle:" is a list's label).
  static bool commandOption(std::string_view text, std::size_t begin) {
    return begin >= 2 && text[begin - 1] == '-' && (text[begin - 2] == ' ' || text[begin - 2] == '-') &&
           text[begin] >= 'a' && text[begin] <= 'z';
  }

  // Names found by their shape: runs of capitalised words outside links and quotations.
  void collectShapedNames(std::size_t b, const std::vector<Token>& blockTokens, Spans& taken) {
    const Block& block = a_.blocks[b];
    std::string_view text = block.text;
    // Cut where Latin letters meet CJK text (splitAtScripts): only blocks with bytes of U+0800 up.
    std::vector<Token> split;
    const bool wide =
        std::any_of(text.begin(), text.end(), [](char ch) { return static_cast<unsigned char>(ch) >= 0xE0; });
    if (wide) split = splitAtScripts(text, blockTokens);
    const std::vector<Token>& tokens = wide ? split : blockTokens;
    // Links and linked-name mentions do not overlap; sorted, a binary search answers "inside one?".
    std::sort(taken.begin(), taken.end());
    const std::vector<Quote> quotes = quoteSpans(text);
    // Quote spans are in text order and do not overlap: the last one opening at or before `pos` decides.
    auto insideQuote = [&](std::size_t pos) {
      auto it = std::upper_bound(quotes.begin(), quotes.end(), pos,
                                 [](std::size_t p, const Quote& q) { return p < q.begin; });
      return it != quotes.begin() && pos < std::prev(it)->end;
    };
    const std::vector<std::size_t> sentenceStarts = sentenceStartsOf(block);
    // "{City, State}", "{Industry}": a template's placeholders in braces, which a user fills in; and
    // "[trialID]", "[MASK]" (bracketSlot).
    Spans placeholders;
    for (std::size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1))
      if (const std::size_t close = text.find('}', open); close != std::string_view::npos && close - open < 60)
        placeholders.emplace_back(open, close);
    for (std::size_t open = text.find('['); open != std::string_view::npos; open = text.find('[', open + 1))
      if (const std::size_t close = bracketSlot(text, open); close != 0) placeholders.emplace_back(open, close);
    std::sort(placeholders.begin(), placeholders.end());
    for (std::size_t i = 0; i < tokens.size();) {
      const Token& t = tokens[i];
      if (insideSpan(taken, t.begin) || insideQuote(t.begin) || commandOption(text, t.begin) ||
          !isNameToken(wordAt(text, t)) || (!placeholders.empty() && insideSpan(placeholders, t.begin))) {
        ++i;
        continue;
      }
      bool possessive = false;
      const std::size_t j = nameSpanEnd(text, tokens, i, taken, possessive);
      emitSpan(b, tokens, i, j, possessive, sentenceStarts);
      i = j + 1;
    }
  }

  void collect(std::size_t b) {
    // A page box's field: its label names nothing, and its value as the field says (PageField).
    const auto [field, valueBegin] = boxField(b);
    if ((field != nullptr && !field->names) || boxLabel(b)) return;
    const std::size_t from = candidates_.size();
    // A field of a type names what its links show, whatever their words ("[mit]" as a license).
    const bool typedField = field != nullptr && field->kind && !field->tags;
    Spans taken = collectLinks(b, typedField ? valueBegin : std::string::npos);
    if (field != nullptr && valueBegin > 0) taken.insert(taken.begin(), {0, valueBegin});
    const std::vector<Token>& tokens = tokensOf(b);
    if (field != nullptr && field->whole && a_.blocks[b].links.empty()) collectFieldName(b, valueBegin, taken);
    collectBoldLabel(b, taken);
    collectLinkedNames(b, tokens, taken);
    collectItalicTitles(b, taken);
    collectQuotedLabel(b, tokens, taken);
    collectShapedNames(b, tokens, taken);
    if (field != nullptr && field->kind)
      for (std::size_t k = from; k < candidates_.size(); ++k) candidates_[k].fieldKind = field->kind;
  }

  // The field of the page's box whose value block b holds (data/page_fields.tsv), and where the value
  // opens in the block's text: a Markdown table row of a key and a value, or a paragraph right
  // under a label line ("**Library**"), before the page's first heading. {nullptr, 0} otherwise.
  std::pair<const PageField*, std::size_t> boxField(std::size_t b) const {
    const Block& block = a_.blocks[b];
    if (wiki_ || block.section != -1) return {nullptr, 0};
    std::string key;
    std::size_t valueBegin = 0;
    if (block.kind == BlockKind::kTableRow && block.cells.size() == 2 && block.cellBegins.size() == 2) {
      key = lowerAscii(trim(block.cells[0]));
      valueBegin = block.cellBegins[1];
    } else if (block.kind == BlockKind::kParagraph && b > 0 && a_.blocks[b - 1].section == -1 &&
               a_.blocks[b - 1].kind == BlockKind::kParagraph) {
      key = lowerAscii(trim(a_.blocks[b - 1].text));
    } else {
      return {nullptr, 0};
    }
    const auto it = pageFields().find(key);
    return it == pageFields().end() ? std::pair<const PageField*, std::size_t>{nullptr, 0}
                                    : std::pair<const PageField*, std::size_t>{&it->second, valueBegin};
  }

  // "| **Developer** | gptfinder.co |", "| **Developer** | Keymate AI Inc. |": a field that holds a
  // name holds it whole, whatever its shape (a site's domain, a person's name in lower case); not
  // lower-case common words ("community builder"). A domain names who runs the site.
  void collectFieldName(std::size_t b, std::size_t valueBegin, Spans& taken) {
    const std::string_view text = a_.blocks[b].text;
    const std::string_view value = trim(text.substr(valueBegin));
    if (value.empty() || value.size() > 60 || commonWordsLink(value)) return;
    const auto begin = static_cast<std::size_t>(value.data() - text.data());
    Candidate c = spanCandidate(b, begin, begin + value.size());
    if (value.find(' ') == std::string_view::npos && value.find('.') != std::string_view::npos && value.back() != '.')
      c.fieldKind = EntityType::kOrganization;
    taken.emplace_back(c.begin, c.end);
    std::sort(taken.begin(), taken.end());
    candidates_.push_back(std::move(c));
  }

  // "**License**" over "[apache-2.0](...)": a label line of the page's box, the field's name.
  bool boxLabel(std::size_t b) const {
    return b + 1 < a_.blocks.size() && a_.blocks[b].section == -1 && a_.blocks[b].kind == BlockKind::kParagraph &&
           boxField(b + 1).first != nullptr && a_.blocks[b + 1].kind == BlockKind::kParagraph;
  }

  // "**Name**" over "[bert-base-NER](...)": the label line of the box's name field.
  bool boxNameLabel(std::size_t b) const { return boxLabel(b) && lowerAscii(trim(a_.blocks[b].text)) == "name"; }

  // "| **Category** | [Education](/wiki/education) |", "**Task**" over "[Feature Extraction](...)":
  // what a class field of the page's box holds is a class of things, no name wherever the page
  // writes it ("is a [Multimodal] model used for [Feature Extraction]").
  // A tag field's values ("**Related to**" over "[bert], [vision], [Eval Results]") are classes where
  // they are English words or a phrase, tag words the other rules read as names elsewhere.
  void collectClassNames() {
    for (std::size_t b = 0; b < a_.blocks.size(); ++b) {
      const auto [field, valueBegin] = boxField(b);
      if (field == nullptr || !(field->classes || field->tags)) continue;
      const Block& block = a_.blocks[b];
      const auto isClass = [&](std::string_view value) { return field->classes || tagIsClass(value); };
      bool linked = false;
      for (const Link& l : block.links)
        if (l.begin >= valueBegin) {
          if (isClass(l.text)) classNames_.insert(graph::foldKey(l.text));
          linked = true;
        }
      const std::string_view value = trim(std::string_view(block.text).substr(valueBegin));
      if (!linked && isClass(value)) classNames_.insert(graph::foldKey(value));
    }
  }

  // "vision", "image-captioning", "Eval Results": a tag of English words or of several words is a
  // class of things; an identifier ("bert", "hf-asr-leaderboard") names one.
  bool tagIsClass(std::string_view tag) const {
    return tag.find(' ') != std::string_view::npos || commonWordsLink(tag);
  }

  // "**Hugging Face**" over a model's address, "| **DALL·E Image Generation** | Yes |": a box label
  // that holds a name (data/page_fields.tsv) names that entity, once the page's box has the field.
  void addBoxLabelNames() {
    for (std::size_t b = 0; b < a_.blocks.size(); ++b) {
      const PageField* field = boxField(b).first;
      if (field == nullptr || field->labelName.empty()) continue;
      entityFor(field->labelName, graph::slugify(field->labelName), field->labelKind, false, false);
    }
  }

  // "''The Model of the Motions of Each of the Seven Planets''", "''Big Magic: Creative Living Beyond
  // Fear''": wikitext writes the titles of works in italics, and a title is written in title case
  // (every word capitalised but articles, prepositions and conjunctions), which sets it apart from
  // italics for stress or a foreign term ("''in silico''", "''Homo sapiens''"). One common word alone
  // ("''Doubts''") is left to the other rules; a title with a subtitle is known by its main title too.
  void collectItalicTitles(std::size_t b, Spans& taken) {
    const Block& block = a_.blocks[b];
    for (auto [begin, end] : block.italics) {
      std::string_view text = std::string_view(block.text).substr(0, end);
      while (end > begin && std::string_view(" ,.;:").find(text[end - 1]) != std::string_view::npos) --end;
      const std::string_view title = text.substr(begin, end - begin);
      if (title.size() < 2 || !isUpperStart(title)) continue;
      const std::vector<Token> words = tokenize(title);
      if (words.empty() || words.size() > 14) continue;
      const bool titleCase = std::all_of(words.begin(), words.end(), [&](const Token& t) {
        const std::string_view w = wordAt(title, t);
        return isUpperStart(w) || (w[0] >= '0' && w[0] <= '9') || containsLower(lex_.prepositions, w) || w == "a" ||
               w == "an" || w == "the" || w == "and" || w == "or" || w == "nor" || w == "but";
      });
      const std::string_view lastWord = wordAt(title, words.back());
      if (!titleCase || !(isUpperStart(lastWord) || graph::hasAsciiDigit(lastWord)) ||
          (words.size() == 1 && commonWordOnly(title)))
        continue;
      const bool overlaps = std::any_of(taken.begin(), taken.end(), [&](const std::pair<std::size_t, std::size_t>& s) {
        return s.first < end && begin < s.second;
      });
      if (overlaps) continue;
      Candidate c = spanCandidate(b, begin, end);
      c.work = true;
      if (const std::size_t colon = title.find(": "); colon != std::string_view::npos && colon >= 2)
        c.label = std::string(title.substr(0, colon));
      c.possessor = possessiveAt(block.text, end);
      c.prepositional = precededByPreposition(block.text, begin);
      candidates_.push_back(std::move(c));
      taken.emplace_back(begin, end);
    }
  }

  // A candidate named by the words [begin, end) of block b as written.
  Candidate spanCandidate(std::size_t b, std::size_t begin, std::size_t end) const {
    Candidate c;
    c.block = b;
    c.begin = begin;
    c.end = end;
    c.name = std::string(std::string_view(a_.blocks[b].text).substr(begin, end - begin));
    return c;
  }

  // 'Autotab (AI agent): "18% performance increase"', 'Google payments platform: "..."': a
  // label that introduces a quotation names its speaker, whole, when it opens with a name of
  // its own (not a common word: "Theme:", "Vision statement:", unless it opens a linked name)
  // and holds no role, possessive
  // or verb of saying ("CEO He Xiaopeng:", "Leike's statement:", "Zou Jixin stated:" are read
  // by the other rules).
  // "- **Acme Cloud**: ...": a list item's bold label, when it is written as a name (writtenAsName).
  void collectBoldLabel(std::size_t b, Spans& taken) {
    const Block& block = a_.blocks[b];
    if (block.boldLabel == 0 || block.inCode(0, block.boldLabel) || insideSpan(taken, 0)) return;
    const std::string_view label = std::string_view(block.text).substr(0, block.boldLabel);
    if (std::any_of(taken.begin(), taken.end(), [&](const auto& s) { return s.first < label.size(); })) return;
    // "- **Monday.com, Asana**: ...": a label that lists names, each written as one (not "Nigam
    // Shah, Ph.D.", left to the other rules).
    if (label.find(", ") != std::string_view::npos) {
      const std::vector<std::string_view> parts = splitOn(label, ',');
      if (!std::all_of(parts.begin(), parts.end(), [&](std::string_view part) { return writtenAsName(trim(part)); }))
        return;
      for (std::string_view part : parts) {
        part = trim(part);
        const auto from = static_cast<std::size_t>(part.data() - label.data());
        candidates_.push_back(spanCandidate(b, from, from + part.size()));
        candidates_.back().sentenceStart = true;
      }
      taken.emplace(taken.begin(), 0, label.size());
      return;
    }
    if (!writtenAsName(label)) return;
    Candidate c;
    c.block = b;
    c.end = label.size();
    c.name = std::string(label);
    c.sentenceStart = true;
    candidates_.push_back(std::move(c));
    taken.emplace(taken.begin(), 0, label.size());
  }

  // Whether a heading's or a bold label's words are written as a name, as a format sets names
  // apart from its generic headings ("Overview", "Key Features"): one to four words, each opening
  // with a capital or a digit, no function word, and the last word (or every word) a name's own
  // spelling: an acronym ("ASUS"), internal capitals ("AutoGen", "LeCun"), letters with digits
  // ("GX10"), a hyphened word with such a part ("Multi-SWE-bench"), or a word the English word list
  // has in no lower-case form ("Humanloop"). A number may close it after such a word ("Gemini 2").
  // A heading's own spelling is one of its shape: the word list, which lacks rarer terms ("Auth",
  // "Stationarity"), is read for a bold label only, where the item is what the label names.
  bool writtenAsName(std::string_view text, bool heading = false) const {
    const std::vector<Token> words = tokenize(text);
    if (words.empty() || words.size() > 4) return false;
    // "Mean Squared Error (MSE)": brackets, colons and quotes set a gloss apart, not a name.
    // "**Fifth-generation NVLink.**": a label closed by a full stop is the item's lead sentence.
    if (text.find_first_of("()[]:;,\"/") != std::string_view::npos || text.back() == '.') return false;
    std::vector<bool> own;
    for (const Token& t : words) {
      const std::string_view w = wordAt(text, t);
      if (lex_.isFunctionWord(w) || w.find('\'') != std::string_view::npos) return false;
      if (!(isNameToken(w) || allDigits(w))) return false;  // "Fifth-generation": an adjective
      // A word of the page's title is the page's concept ("Testing for Stationarity").
      const bool titleWord = std::find(titleWords_.begin(), titleWords_.end(), graph::foldKey(w)) != titleWords_.end();
      own.push_back(!titleWord && (heading ? shapedSpelling(w) : ownSpelling(w)));
    }
    const std::string_view last = wordAt(text, words.back());
    if (own.back() || std::all_of(own.begin(), own.end(), [](bool x) { return x; })) return true;
    return words.size() >= 2 && allDigits(last) && own[own.size() - 2];
  }
  // A word spelt as a name by its shape: an acronym, internal capitals, letters with digits, or a
  // hyphened word with such a part.
  static bool shapedSpelling(std::string_view w) {
    const bool letters =
        std::any_of(w.begin(), w.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
    if (!letters) return false;
    // "WARNING", "NOTE": a longer English word in capitals is set in capitals, not an acronym.
    if (isAcronym(w) && !(w.size() > 4 && lexicon().isEnglishWord(lowerAscii(w)))) return true;
    if (isCamel(w) || isLowerCamel(w) || graph::hasAsciiDigit(w)) return true;
    for (std::size_t from = 0; w.find('-') != std::string_view::npos && from <= w.size();) {
      const std::size_t cut = std::min(w.find('-', from), w.size());
      const std::string_view part = w.substr(from, cut - from);
      if (isAcronym(part) || isCamel(part)) return true;
      from = cut + 1;
    }
    return false;
  }
  // Or a word the English word list has in no lower-case form ("Humanloop"), a hyphened one aside.
  bool ownSpelling(std::string_view w) const {
    if (shapedSpelling(w)) return true;
    // "January 2025": a month's name is a date's word, no name's.
    if (w.find('-') != std::string_view::npos || allDigits(w) || monthNumber(w) != 0) return false;
    const std::string lower = lowerAscii(w);
    return !lex_.isEnglishWord(lower) && !derivedFromEnglish(lower) && !writtenInLowerCase(lower);
  }
  // Whether the page writes `lower` in lower case as a word ("scalability", "convolutional"): a term
  // the word list lacks is a common word of the page, not a name, when the page writes it so.
  bool writtenInLowerCase(std::string_view lower) const {
    const auto wordByte = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; };
    for (const Block& block : a_.blocks)
      for (std::size_t at = block.text.find(lower); at != std::string::npos; at = block.text.find(lower, at + 1))
        if ((at == 0 || !wordByte(block.text[at - 1])) &&
            (at + lower.size() == block.text.size() || !wordByte(block.text[at + lower.size()])))
          return true;
    return false;
  }

  // Names written only where no sentence is read: headings written as names (writtenAsName) and
  // the wiki links a "See also" list gives. They have no mention; a name the text also has keeps
  // its entity.
  void addHeadingAndSeeAlsoNames() {
    if (wiki_) return;
    for (const Section& s : a_.sections) {
      const std::string_view title = trim(s.title);
      if (title.empty() || !writtenAsName(title, true)) continue;
      const std::string name(title);
      const std::string folded = graph::foldKey(name);
      if (out_.byName.count(folded)) continue;
      entityFor(name, folded, graph::slugifyFolded(folded), EntityType::kOther, false, false);
    }
    for (const Link& l : a_.seeAlso) {
      if (l.key.empty() || l.text.size() < 2 || commonWordsLink(l.text)) continue;
      const std::string folded = graph::foldKey(l.text);
      if (out_.byName.count(folded)) continue;
      entityFor(l.text, folded, l.key, EntityType::kOther, false, l.kind == LinkKind::kWiki);
    }
  }

  void collectQuotedLabel(std::size_t b, const std::vector<Token>& tokens, Spans& taken) {
    const Block& block = a_.blocks[b];
    if (block.kind != BlockKind::kListItem && block.kind != BlockKind::kParagraph) return;
    const std::optional<std::size_t> end = labelBeforeQuote(block.text);
    if (!end) return;
    std::vector<std::size_t> label;  // token indices
    for (std::size_t k = 0; k < tokens.size() && tokens[k].end <= *end; ++k) label.push_back(k);
    if (label.empty() || label.size() > 4 || !trim(std::string_view(block.text).substr(0, tokens[0].begin)).empty())
      return;
    const std::string_view first = wordAt(block.text, tokens[0]);
    // "Google payments platform": a common word ("google") that opens a name the article links counts.
    const bool named =
        !commonWordOnly(first) || (label.size() > 1 && linkByFirstWord_.find(first) != linkByFirstWord_.end());
    if (!isNameToken(first) || !named || insideSpan(taken, tokens[0].begin)) return;
    for (std::size_t k : label) {
      const std::string_view w = wordAt(block.text, tokens[k]);
      bool possessive = false;
      const std::string folded = graph::foldKey(stripPossessive(w, possessive));
      if (possessive || lex_.isRole(folded) || lex_.speechVerbs.count(folded)) return;
    }
    Candidate c;
    c.block = b;
    c.begin = tokens[0].begin;
    c.end = tokens[label.back()].end;
    c.name = std::string(std::string_view(block.text).substr(c.begin, c.end - c.begin));
    candidates_.push_back(std::move(c));
    taken.emplace_back(tokens[0].begin, tokens[label.back()].end);
  }

  static bool isNameToken(std::string_view w) {
    if (w.empty()) return false;
    // "xAI", "iPhone", "eBay": a lower-case letter, then capitals, is a name's own spelling; so are
    // "al-Razi" (a name with its article) and "o1-mini" (a model's).
    // A lower-case letter second and no hyphen third or fourth ("the", "model") is none of those:
    // answered without them, as most words of a block are asked.
    const bool upperStart = isUpperStart(w);
    if (!upperStart && w.size() >= 3 && w[1] >= 'a' && w[1] <= 'z' && w[2] != '-' && (w.size() < 4 || w[3] != '-'))
      return lowerPrefixedAcronym(w);
    if (!upperStart) return w.size() >= 3 && (isLowerCamel(w) || prefixedName(w) || lowerModelName(w));
    // "Hopper-class": a capitalised word with a lower-case tail after a hyphen is an adjective.
    std::size_t hyphen = w.find('-');
    if (hyphen != std::string_view::npos && hyphen + 1 < w.size() && w[hyphen + 1] >= 'a' && w[hyphen + 1] <= 'z' &&
        !graph::hasAsciiDigit(w.substr(hyphen)))
      return false;
    return true;
  }

  static bool precededByPreposition(std::string_view text, std::size_t begin) {
    std::size_t end = begin;
    while (end > 0 && text[end - 1] == ' ') --end;
    std::size_t start = end;
    while (start > 0 && std::isalpha(static_cast<unsigned char>(text[start - 1]))) --start;
    if (start == end) return false;
    return containsLower(lexicon().prepositions, text.substr(start, end - start));
  }

  // The folded words of a span's tokens, by token index.
  struct FoldedWords {
    std::vector<std::string_view> words;  // views into the block's tokens' folds
    std::size_t first = 0;
    std::string_view operator()(std::size_t k) const { return words[k - first]; }
  };

  // Trims openers, demonyms and role words off a span's ends and splits it at roles,
  // then records what is left as a candidate name.
  void emitSpan(std::size_t b, const std::vector<Token>& tokens, std::size_t first, std::size_t last, bool possessive,
                const std::vector<std::size_t>& sentenceStarts) {
    std::string_view text = a_.blocks[b].text;
    // Each token of the span folded once (by the block's tokens): the checks below look at them many times.
    const BlockTokens& blockTokens = tokens_.of(b);
    FoldedWords word{{}, first};
    word.words.reserve(last - first + 1);
    for (std::size_t k = first; k <= last; ++k) {
      bool p = false;
      const std::string_view w = stripPossessive(wordAt(text, tokens[k]), p);
      word.words.push_back(blockTokens.folded(tokens[k].begin, tokens[k].begin + w.size()));
    }
    std::size_t s = first;
    while (s <= last) {
      // Split at role words ("US President Donald Trump" -> "Donald Trump").
      std::size_t e = s;
      while (e <= last && !roleWord(word(e))) ++e;
      emitSegment(b, tokens, {s, e}, last, possessive, sentenceStarts, word);
      s = e;
      while (s <= last && roleWord(word(s))) ++s;
    }
  }

  // A role word, also hyphenated: "Director-General", "Vice-Chancellor", "Editor-in-Chief" (the
  // words apart, or the first of them, make a role).
  bool roleWord(std::string_view folded) const {
    if (lex_.isRole(folded)) return true;
    const std::size_t hyphen = folded.find('-');
    if (hyphen == std::string_view::npos || hyphen == 0) return false;
    std::string apart(folded);
    std::replace(apart.begin(), apart.end(), '-', ' ');
    return lex_.isRole(apart) || lex_.isRole(folded.substr(0, hyphen));
  }

  // One segment [first, second) of a span between role words: openers and demonyms trimmed
  // off its ends, a known linked name at its front split off, and what is left recorded
  // when it looks like a name. `last` is the span's last token.
  void emitSegment(std::size_t b, const std::vector<Token>& tokens, std::pair<std::size_t, std::size_t> segment,
                   std::size_t last, bool possessive, const std::vector<std::size_t>& sentenceStarts,
                   const FoldedWords& word) {
    std::string_view text = a_.blocks[b].text;
    auto [a, z] = segment;
    // "The Register", "The Guardian": a known name (a publisher) keeps its article.
    bool known = z > a && out_.byName.count(tokens_.of(b).folded(tokens[a].begin, tokens[z - 1].end));
    // "TPU v4": a common noun with a version after it names one model, and stays ("The v0.2" does not).
    while (!known && a < z && lex_.isNonEntity(word(a)) && !modifiesInstitution(word, a, z) &&
           !(a + 2 == z && versionToken(wordAt(text, tokens[a + 1])) && !lex_.isFunctionWord(word(a))))
      ++a;
    // "Compare Arxiv.org papers", "Serving Zorbla 2 70B": a sentence's or item's first word that
    // WordNet has as a verb and not as a noun nor an adjective (or a verb's -ing form) is an
    // imperative or a gerund before the name, no part of it ("Direct Preference Optimization" stays).
    if (!known && z - a >= 2 && std::binary_search(sentenceStarts.begin(), sentenceStarts.end(), tokens[a].begin) &&
        verbOnly(word(a)) && !wordNetAdjectives().count(word(a)) && !lex_.properNames.count(wordAt(text, tokens[a])))
      ++a;
    if (!designationAfterName(text, tokens, a, z))
      while (z > a && lex_.isNonEntity(word(z - 1)) && !aiCompanyName(text, tokens, a, z, sentenceStarts)) --z;
    if (a >= z) return;
    bool p = possessive && z - 1 == last;
    std::string_view firstWord = wordAt(text, tokens[a]);
    bool atStart = std::binary_search(sentenceStarts.begin(), sentenceStarts.end(), tokens[a].begin);
    // "Microsoft chief executive ...", "Google's Sundar Pichai", a table's first cell.
    bool cue = p || (z <= last && roleWord(word(z))) || a_.blocks[b].kind == BlockKind::kTableRow ||
               startsWithRoleWords(b, tokens[z - 1].end);
    bool shaped = isAcronym(firstWord) || isCamel(firstWord) || isModelId(firstWord) || cue;
    a = splitLinkedPrefix(b, tokens, a, z, sentenceStarts);
    firstWord = wordAt(text, tokens[a]);
    // "Kestrel&nbsp;B": a token that a no-break space joins is two words.
    bool single = z - a == 1 && firstWord.find("\u00a0") == std::string_view::npos;
    // "v4" left alone once a common noun before it is trimmed ("TPU v4"): a version of nothing named.
    if (single && (allDigits(firstWord) || versionToken(firstWord))) return;
    if (classAfterArticle(text, tokens[a].begin, tokens[z - 1].end) || capitalisedText(text, tokens, a, z)) return;
    bool row = a_.blocks[b].kind == BlockKind::kTableRow;
    // "Physician Validation: Unprecedented involvement": after a label's colon a word opens a clause.
    bool afterLabel = tokens[a].begin >= 2 && text.substr(tokens[a].begin - 2, 2) == ": ";
    atStart = atStart || (single && afterLabel && commonWordOnly(firstWord));
    bool rowHeaderOfNames =
        row && out_.nameColumnTables.count(a_.blocks[b].table) && !a_.blocks[b].cellBegins.empty() &&
        tokens[a].begin < (a_.blocks[b].cellBegins.size() > 1 ? a_.blocks[b].cellBegins[1] : a_.blocks[b].text.size());
    // "Vaswani et al. (2017) describes", "Ye & Durrett (2022) observed": a citation names its authors by
    // their surnames (the author-date convention), so the word is a name wherever it stands.
    // A common word ("Ye", "Press") is a surname in a citation of two authors or more only.
    const bool citedAuthor = citesAuthor(text.substr(tokens[z - 1].end), false);
    if (single && (atStart || row) && !rowHeaderOfNames && !citesAuthor(text.substr(tokens[z - 1].end), true) &&
        commonWordOnly(firstWord))
      return;
    // An unknown single word opening a sentence is a name only when it goes on to say something:
    // "Bloomberg reported that ...".
    // "- PMOtto: A virtual assistant ...", "- Humanloop: Offers UIs ..." (Humanloop publishes a
    // reference): a list item's one-word label is the name of what the item describes when it is
    // spelled as a name (a capital inside, no hyphen) or the article knows it already; not a
    // concept ("Interpretability:", "Tokenizer:").
    const bool innerCapital = std::any_of(firstWord.begin() + 1, firstWord.end(),
                                          [](char ch) { return std::isupper(static_cast<unsigned char>(ch)) != 0; });
    const bool itemLabel = a_.blocks[b].kind == BlockKind::kListItem && tokens[a].begin == tokens[0].begin &&
                           text.substr(tokens[z - 1].end, 1) == ":" && firstWord.find('-') == std::string_view::npos &&
                           !derivedFromEnglish(firstWord) &&
                           (innerCapital || out_.byName.count(graph::foldKey(firstWord)) > 0);
    if (atStart && single && !shaped && !itemLabel && !knownLater(firstWord) &&
        !speechVerbAfter(text, tokens[z - 1].end) && !citedAuthor)
      return;
    addShapedCandidate(b, {tokens[a].begin, tokens[z - 1].end}, p, atStart, single, word(z - 1));
  }

  // What follows an author's surname in an author-date citation: " et al.", " (2022)", or " & " or
  // " and " and a second capitalised surname, then " (2022)" (`coauthored`: not the year alone).
  static bool citesAuthor(std::string_view after, bool coauthored) {
    if (opensWithEtAl(after)) return true;
    const auto yearInBrackets = [](std::string_view rest) {
      return rest.size() >= 7 && rest.substr(0, 2) == " (" &&
             std::all_of(rest.begin() + 2, rest.begin() + 6, [](char ch) { return ch >= '0' && ch <= '9'; }) &&
             (rest[6] == ')' || rest[6] == ',');
    };
    if (!coauthored && yearInBrackets(after)) return true;
    for (std::string_view joiner : {" & ", " and "}) {
      if (!after.starts_with(joiner)) continue;
      std::string_view rest = after.substr(joiner.size());
      if (rest.empty() || rest[0] < 'A' || rest[0] > 'Z') return false;
      std::size_t k = 1;
      while (k < rest.size() && (std::isalpha(static_cast<unsigned char>(rest[k])) != 0 || rest[k] == '-')) ++k;
      return yearInBrackets(rest.substr(k));
    }
    return false;
  }

  // "Adversa AI found", "Quarda AI said": a capitalised word that is no English word, then "AI"
  // written in capitals, before a verb of saying: a company's name whose last word is "AI", who
  // speaks; not a common noun phrase ("Generative AI" loses it: its first word is English).
  // "providers like Scale AI, Surge AI", "via Vertex AI": mid-sentence, an English word capitalised
  // before "AI" that is no adjective (WordNet's), no function word and no verb's -ing or -ed form names
  // a company or its product; an adjective makes a kind of AI ("Generative AI", "Responsible AI"), and
  // so does a noun the page writes in lower case before "AI" too ("edge AI", then "Edge AI").
  bool aiCompanyName(std::string_view text, const std::vector<Token>& tokens, std::size_t a, std::size_t z,
                     const std::vector<std::size_t>& sentenceStarts) {
    if (z - a != 2 || wordAt(text, tokens[z - 1]) != "AI") return false;
    const std::string_view first = wordAt(text, tokens[a]);
    if (!isUpperStart(first) || isAcronym(first) || lex_.isNonEntity(graph::foldKey(first)) ||
        text.substr(tokens[a].end, 1) != " ")
      return false;
    // "support from Eleuther AI": a word of no English mid-sentence is a name, and "AI" after it too.
    if (!containsLower(lex_.englishWords, first))
      return speechVerbAfter(text, tokens[z - 1].end) ||
             !std::binary_search(sentenceStarts.begin(), sentenceStarts.end(), tokens[a].begin);
    // A clause's first word may be a verb ("Integrate AI into ...", "- **Oversight**: Tests AI systems").
    const std::size_t at = tokens[a].begin;
    if (std::binary_search(sentenceStarts.begin(), sentenceStarts.end(), at) ||
        (at >= 2 && (text.substr(at - 2, 2) == ": " || text.substr(at - 2, 2) == ". ")))
      return false;
    return companyWordBeforeAI(first);
  }

  // Whether an English word capitalised before "AI" names a company so ("Scale AI"): no function
  // word, no adjective of WordNet's, no -ing or -ed form, no plural or verb's -s, and not written in
  // lower case before "AI" on the page ("edge AI").
  bool companyWordBeforeAI(std::string_view first) const {
    const std::string lower = lowerAscii(first);
    if (lex_.isFunctionWord(lower) || wordNetAdjectives().count(lower) || lower.ends_with("ing") ||
        lower.ends_with("ed") || (lower.ends_with("s") && !lower.ends_with("ss")))
      return false;
    return !writtenLowerBeforeAI(lower);
  }

  // Whether some block writes `lower` (a lower-case word) right before " AI", a word of its own.
  bool writtenLowerBeforeAI(const std::string& lower) const {
    const std::string phrase = lower + " AI";
    for (const Block& b : a_.blocks)
      for (std::size_t at = b.text.find(phrase); at != std::string::npos; at = b.text.find(phrase, at + 1)) {
        const std::size_t end = at + phrase.size();
        if ((at == 0 || std::isalnum(static_cast<unsigned char>(b.text[at - 1])) == 0) &&
            (end == b.text.size() || std::isalnum(static_cast<unsigned char>(b.text[end])) == 0))
          return true;
      }
    return false;
  }

  // "Procyon A", "Sirius B", "Alpha Centauri A": astronomy (and engineering: "Unit B") designates
  // the components of a named system by one capital letter after its name, which is then part of
  // the name, not the article "a". Only after a name the page knows already (its title or a link's
  // words), so "Series A" or a sentence's stray capital stays out.
  bool designationAfterName(std::string_view text, const std::vector<Token>& tokens, std::size_t a,
                            std::size_t z) const {
    if (z - a < 2) return false;
    const std::string_view letter = wordAt(text, tokens[z - 1]);
    if (letter.size() != 1 || letter[0] < 'A' || letter[0] > 'Z') return false;
    const std::string_view prefix = text.substr(tokens[a].begin, tokens[z - 2].end - tokens[a].begin);
    return linkNames_.count(prefix) > 0 || out_.byName.count(graph::foldKey(prefix)) > 0;
  }

  // "European Union", "Global Ocean Metagenomic Survey", "UK AI Safety Summit": a demonym or other
  // modifier that is no name alone opens the name of an institution or an event (its head word, the
  // last or the one before "of"/"in", is an organisation's or an event's), as English writes them.
  // Not a function word ("The", "In") nor a month.
  bool modifiesInstitution(const FoldedWords& word, std::size_t a, std::size_t z) const {
    if (z - a < 2 || monthNumber(word(a)) != 0 || lex_.isRole(word(a)) || word(a).size() < 2 ||
        std::find(lex_.functionWords.begin(), lex_.functionWords.end(), word(a)) != lex_.functionWords.end())
      return false;
    return isInstitutionOrEvent(word(z - 1)) || isInstitutionOrEvent(headBeforeConnector(word, a, z));
  }
  bool isInstitutionOrEvent(std::string_view head) const {
    return lex_.orgSuffixes.count(head) > 0 || lex_.eventWords.count(head) > 0;
  }
  // The word before the first "of" or "in" of a name ("bank" of "Bank of England"), or "".
  static std::string_view headBeforeConnector(const FoldedWords& word, std::size_t a, std::size_t z) {
    for (std::size_t k = a + 1; k + 1 < z; ++k)
      if (word(k) == "of" || word(k) == "in") return word(k - 1);
    return {};
  }

  // A known linked name at the front splits off: "NVIDIA H800" -> "NVIDIA", "H800". Returns
  // the first token of what is left.
  std::size_t splitLinkedPrefix(std::size_t b, const std::vector<Token>& tokens, std::size_t a, std::size_t z,
                                const std::vector<std::size_t>& sentenceStarts) {
    std::string_view text = a_.blocks[b].text;
    for (std::size_t k = z - 1; k > a; --k) {
      std::string_view prefix = text.substr(tokens[a].begin, tokens[k - 1].end - tokens[a].begin);
      if (!linkNames_.count(prefix)) continue;
      // "AIME 2024", "Llama 3.1 405B", "Claude Code 2.0" (the page's title): a version or a year that
      // names an edition stays with the linked name.
      if (!isNameToken(wordAt(text, tokens[k])) && numberJoinsName(text, tokens, a, k - 1)) return a;
      if (!titleNames_.count(prefix)) {
        emitSpan(b, tokens, a, k - 1, false, sentenceStarts);
        return k;
      }
    }
    return a;
  }

  // Records the name at `span` of block b, whose last folded word is `lastWord`.
  void addShapedCandidate(std::size_t b, std::pair<std::size_t, std::size_t> span, bool p, bool atStart, bool single,
                          std::string_view lastWord) {
    std::string_view text = a_.blocks[b].text;
    Candidate c;
    c.block = b;
    c.begin = span.first;
    c.end = span.second;
    // "Halvard Inc." keeps its dot; "Vela Inc.'s" is a possessive.
    if (c.end < text.size() && text[c.end] == '.' &&
        (lastWord == "inc" || lastWord == "corp" || lastWord == "co" || lastWord == "ltd" || lastWord == "bros")) {
      c.end += 1;
      if (possessiveAt(text, c.end)) p = true;
    }
    // "the U.S. elections": initials written with full stops keep their last one ("U.S", "U.K" are no names).
    if (const std::size_t end = endWithInitialsStop(text, c.begin, c.end); end != c.end) {
      c.end = end;
      if (possessiveAt(text, c.end)) p = true;
    }
    if (!p && text.substr(c.end, 1) == "'" && possessiveAt(text, c.end)) p = true;  // "Siemens' rate"
    // "Winter&nbsp;": a no-break space that ties the name to the word after it is not part of it.
    while (c.end >= c.begin + 3 && text.substr(c.end - 2, 2) == "\u00a0") c.end -= 2;
    std::string name(text.substr(c.begin, c.end - c.begin));
    if (p) {
      bool dummy = false;
      name.resize(stripPossessive(name, dummy).size());  // the bare name is a prefix of the name
      c.end = c.begin + name.size();
    }
    // "Procyon&nbsp;B": a no-break space ties a name's parts for typesetting; the name has a space.
    for (std::size_t at = name.find("\u00a0"); at != std::string::npos; at = name.find("\u00a0", at))
      name.replace(at, 2, " ");
    c.name = name;
    c.possessor = p;
    c.sentenceStart = atStart;
    if (single) singleWords_.insert(graph::foldKey(name));
    noteAcronymAfter(text, c.end, name);
    c.prepositional = precededByPreposition(text, c.begin);
    candidates_.push_back(std::move(c));
  }

  bool speechVerbAfter(std::string_view text, std::size_t end) const {
    std::size_t from = text.find_first_not_of(' ', end);
    if (from == std::string_view::npos || from != end + 1) return false;
    std::size_t to = text.find_first_of(" ,.;:", from);
    std::string next = lowerAscii(text.substr(from, to == std::string_view::npos ? std::string_view::npos : to - from));
    return lex_.speechVerbs.count(next) > 0;
  }

  // Whether a role opens the words after `end` in block b, folded as foldKey folds the next 40 bytes: read
  // from the block's folded text (BlockTokens::folded), so no string is made for each segment.
  bool startsWithRoleWords(std::size_t b, std::size_t end) {
    const std::string_view after = std::string_view(a_.blocks[b].text).substr(end);
    return lex_.startsWithRole(tokens_.of(b).folded(end, end + graph::utf8Floor(after, 40)));
  }

  // "Nearly", "End", "Valuation": a capitalised word whose lower-case form is an English word,
  // standing where any word is capitalised (a sentence or cell start, a table cell), is no name
  // unless the article knows it as one: a link, a publisher, its title, or capitalised
  // mid-sentence in its prose ("Apple" after "shares of Apple").
  bool commonWordOnly(std::string_view word) {
    bool possessive = false;
    const std::string_view bare = stripPossessive(word, possessive);
    if (isAcronym(bare) || isCamel(bare) || graph::hasAsciiDigit(bare) || bare.find('-') != std::string::npos)
      return false;
    if (!containsLower(lex_.englishWords, bare)) return false;
    const std::string folded = graph::foldKey(bare);
    if (linkNames_.count(bare) || out_.byName.count(folded)) return false;
    if (!termTitle_ && std::find(titleWords_.begin(), titleWords_.end(), folded) != titleWords_.end()) return false;
    return !knownAlone(bare);
  }

  // "Decision boundary", "Context window", "Prompt engineering for image generation": a title of two words or more
  // (its bracketed aside aside) whose words after the first are lower-case words is a term in sentence case,
  // its first capital the title's, not a name's. Its words are not names of the page ("Decision boundaries can
  // be ...", "**Context length**:" opening an item), as a title written as a name's are ("Replit Agent").
  static bool writtenAsTerm(std::string_view title) {
    const std::string_view bare = trim(title.substr(0, title.find(" (")));
    const std::size_t space = bare.find(' ');
    if (space == std::string_view::npos) return false;
    const std::string_view rest = bare.substr(space + 1);
    // "Llama 3": a number after a name is its version, no word of a term.
    return std::any_of(rest.begin(), rest.end(), graph::isLowerAscii) &&
           std::none_of(rest.begin(), rest.end(), graph::isUpperAscii);
  }

  // "Tokenizer", "Benchmarks": an English word with an inflection or a suffix that makes nouns
  // of words, which a word list may lack.
  bool derivedFromEnglish(std::string_view word) const {
    const std::string lower = lowerAscii(word);
    for (std::string_view suffix : {"s", "es", "er", "ers", "izer", "izers", "ization", "ing", "ed"}) {
      if (!std::string_view(lower).ends_with(suffix) || lower.size() < suffix.size() + 3) continue;
      const std::string stem = lower.substr(0, lower.size() - suffix.size());
      if (containsLower(lex_.englishWords, stem) || containsLower(lex_.englishWords, stem + "e")) return true;
    }
    return false;
  }

  // Whether a cell reads as a name: linked, or with a capitalised word that is no common English
  // word ("Vertiv", "NVIDIA", "Nasdaq Composite"; not "Key people", "Founded").
  bool nameLikeCell(const Block& row, std::size_t cellBegin, std::size_t cellEnd) const {
    for (const auto& l : row.links)
      if (l.kind != LinkKind::kExternal && l.begin >= cellBegin && l.begin < cellEnd) return true;
    std::string_view cell = std::string_view(row.text).substr(cellBegin, cellEnd - cellBegin);
    for (const Token& t : tokenize(cell)) {
      std::string_view w = wordAt(cell, t);
      if (isUpperStart(w) && (isAcronym(w) || isCamel(w) || !containsLower(lex_.englishWords, w))) return true;
    }
    return false;
  }

  // Tables whose row headers are names, most of them plainly so (a list of companies): there a
  // row header that is also a common word ("Micron") is a name too. An infobox's keys are not.
  void findNameColumns() {
    std::unordered_map<int, std::pair<int, int>> counts;  // table -> (name-like row headers, rows)
    for (const auto& row : a_.blocks) {
      if (row.kind != BlockKind::kTableRow || row.cellBegins.empty()) continue;
      std::size_t end = row.cellBegins.size() > 1 ? row.cellBegins[1] : row.text.size();
      auto& [names, rows] = counts[row.table];
      names += nameLikeCell(row, row.cellBegins[0], end) ? 1 : 0;
      rows += 1;
    }
    for (const auto& [table, count] : counts)
      if (count.second >= 2 && 2 * count.first > count.second) out_.nameColumnTables.insert(table);
  }

  // A sentence-initial single word counts when the article names it elsewhere mid-sentence.
  // The words that stand mid-sentence are collected once per article (not searched per word).
  bool knownLater(std::string_view w) {
    bool p = false;
    const std::string_view bare = stripPossessive(w, p);
    const MidSentenceWords& words = midSentenceWords(bare);
    return words.any.count(bare) > 0 || words.any.count(std::string(bare) + "'s") > 0;
  }

  // A common word counts as a name only where the prose writes it capitalised on its own, between
  // lower-case words ("shares of Apple rose"): not in a Title Case run ("on Our AI Journey"), nor
  // after "!" or "?" (a sentence start the splitter kept).
  bool knownAlone(std::string_view w) {
    bool p = false;
    const std::string_view bare = stripPossessive(w, p);
    const MidSentenceWords& words = midSentenceWords(bare);
    return words.alone.count(bare) > 0 || words.alone.count(std::string(bare) + "'s") > 0;
  }

  // The words of block b, tokenized once for every pass over it.
  const std::vector<Token>& tokensOf(std::size_t b) { return tokens_.of(b).all(); }

  // The words standing mid-sentence come in two halves by their first byte: those opening with an
  // ASCII lower-case letter (most words of running text) and the rest. A word and its "'s" form
  // open alike, so a look-up needs only its own half, and the lower-case half, rarely asked
  // (lower-camel names: "xAI"), is collected only when asked.
  struct MidSentenceWords {
    ViewSet any;    // words that stand after a space mid-sentence (views of the blocks)
    ViewSet alone;  // of those, the ones written capitalised alone
    bool ready = false;
  };
  static bool opensLower(std::string_view word) { return !word.empty() && word[0] >= 'a' && word[0] <= 'z'; }

  const MidSentenceWords& midSentenceWords(std::string_view word) {
    const bool lower = opensLower(word);
    MidSentenceWords& words = lower ? lowerMidSentence_ : midSentence_;
    if (!words.ready) collectMidSentence(lower);
    return words;
  }

  void collectMidSentence(bool lower) {
    MidSentenceWords& words = lower ? lowerMidSentence_ : midSentence_;
    words.ready = true;
    for (std::size_t bi = 0; bi < a_.blocks.size(); ++bi) {
      const Block& b = a_.blocks[bi];
      if (b.kind == BlockKind::kTableRow) continue;
      const std::vector<Token>& tokens = tokensOf(bi);
      for (std::size_t k = 1; k < tokens.size(); ++k) {
        const Token& t = tokens[k];
        const char before = t.begin > 1 ? b.text[t.begin - 2] : '.';
        if (t.begin < 2 || b.text[t.begin - 1] != ' ' || before == '.' || before == '|' || before == ':') continue;
        std::string_view word = std::string_view(b.text).substr(t.begin, t.end - t.begin);
        if (opensLower(word) != lower) continue;
        words.any.insert(word);
        const bool nextCapital = k + 1 < tokens.size() && isUpperStart(wordAt(b.text, tokens[k + 1]));
        if (before != '!' && before != '?' && !isUpperStart(wordAt(b.text, tokens[k - 1])) && !nextCapital)
          words.alone.insert(word);
      }
    }
  }

  const Article& a_;
  // Whether the page is Wikipedia's wikitext, asked once: a std::string compared with a literal runs
  // strlen and compare out of line (libstdc++'s extern template), tens of thousands of times a page.
  const bool wiki_;
  const Lexicon& lex_;
  ArticleTokens& tokens_;                      // the words of each block, shared with the article's other readers
  const std::vector<std::string> titleWords_;  // the folded words of the title, looked at for many words
  const bool termTitle_;                       // the title is a term in sentence case ("Decision boundary")
  ArticleEntities out_;
  std::vector<bool> strongTypes_;
  int earlyTopic_ = graph::kNone;  // the topic as known before short forms
  std::vector<Candidate> candidates_;
  std::map<std::string, std::string, std::less<>> linkNames_;  // link text -> slug, sorted; probed with views
  std::unordered_map<std::string, LinkTarget> targetNames_;    // link text -> its target, where it says more
  WordMap<std::vector<const std::string*>> linkByFirstWord_;
  WordShapes firstWordShapes_;                                 // of linkByFirstWord_'s keys
  std::unordered_map<std::string, int> byKey_;                 // an entity's key -> the first entity with it
  WordSet titleNames_;                                         // the title's forms among linkNames_
  std::vector<std::size_t> versionedNameStarts_;               // the block's linked names with a version after them
  std::unordered_set<std::string> restsAfterMaker_;            // folded short forms made by restAfterMaker
  std::unordered_set<std::string> singleWords_;                // folded one-word names seen in the text
  std::unordered_set<std::string> classNames_;                 // folded classes the page's box names
  std::unordered_set<std::string> promptOnly_;                 // names only a user's prompts give (bareKey)
  MidSentenceWords midSentence_;                               // the words opening with anything but a-z
  MidSentenceWords lowerMidSentence_;                          // the words opening with a-z, collected on first use
  std::vector<std::pair<std::string, std::string>> acronyms_;  // "DMWU" -> the name it follows
  std::set<std::string, std::less<>> termAcronyms_;            // "RL", "LLMs": see termAcronyms
  bool termAcronymsDone_ = false;
  // The link text of the box's name field, which names the page's own topic (claimBoxNameLink); "" for none.
  std::string boxNameLink_;
};

}  // namespace

int ArticleEntities::find(std::string_view name) const {
  auto it = byName.find(graph::foldKey(name));
  return it == byName.end() ? graph::kNone : it->second;
}

ArticleEntities findEntities(const Article& article) {
  ArticleTokens tokens(article);
  return findEntities(article, tokens);
}

ArticleEntities findEntities(const Article& article, ArticleTokens& tokens) { return Finder(article, tokens).run(); }

namespace {

// Where `name` stands in `text` as whole words, outside a URL or file name ("anthropic.com").
std::vector<std::size_t> wholeWordsAt(std::string_view text, std::string_view name) {
  std::vector<std::size_t> at;
  auto joins = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '/' || c == '_' || c == '@' || c == '-';
  };
  for (std::size_t p = text.find(name); p != std::string_view::npos; p = text.find(name, p + 1)) {
    const std::size_t end = p + name.size();
    const bool before = p > 0 && joins(text[p - 1]);
    const bool after = end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) ||
                                             (end + 1 < text.size() && joins(text[end]) && text[end + 1] != ' '));
    if (!before && !after) at.push_back(p);
  }
  return at;
}

}  // namespace

bool writesTitleAsCommonNoun(const Article& article, std::string_view title) {
  const std::string lower = lowerCaseTitle(title);
  if (lower == title) return false;
  bool lowerWritten = false;
  for (const Block& b : article.blocks) {
    if (!wholeWordsAt(b.text, title).empty()) return false;  // the name finder reads it as written
    lowerWritten = lowerWritten || !wholeWordsAt(b.text, lower).empty();
  }
  return lowerWritten;
}

std::string lowerCaseTitle(std::string_view title) {
  std::string out(title);
  for (const Token& t : tokenize(title)) {
    const std::string_view w = title.substr(t.begin, t.end - t.begin);
    const bool plain = w.size() > 1 && std::isupper(static_cast<unsigned char>(w[0])) &&
                       std::all_of(w.begin() + 1, w.end(), graph::isLowerAscii);
    if (plain) out[t.begin] = static_cast<char>(std::tolower(static_cast<unsigned char>(w[0])));
  }
  return out;
}

bool writtenAsDottedInitials(std::string_view name) {
  if (name.size() < 3 || name.size() % 2 == 0) return false;
  for (std::size_t i = 0; i < name.size(); ++i)
    if (i % 2 == 0 ? !std::isupper(static_cast<unsigned char>(name[i])) : name[i] != '.') return false;
  return true;
}

std::size_t endWithInitialsStop(std::string_view text, std::size_t begin, std::size_t end) {
  const bool stop = end < text.size() && text[end] == '.' && writtenAsDottedInitials(text.substr(begin, end - begin));
  return stop ? end + 1 : end;
}

}  // namespace cg::ingest
