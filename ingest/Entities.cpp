#include "ingest/Entities.h"

#include <algorithm>
#include <map>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "graph/Fold.h"
#include "ingest/Lexicon.h"
#include "ingest/Text.h"

namespace cg::ingest {
namespace {

using graph::EntityType;

UChar32 firstCodePoint(std::string_view s) {
  if (s.empty()) return 0;
  int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  return c;
}

bool isUpperStart(std::string_view w) {
  UChar32 c = firstCodePoint(w);
  return c > 0 && u_isupper(c);
}
bool hasDigit(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
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
// "SemiAnalysis", "DeepSeek", "OpenAI": an inner capital after lower case.
bool isCamel(std::string_view w) {
  for (std::size_t i = 1; i < w.size(); ++i)
    if (w[i] >= 'A' && w[i] <= 'Z' && w[i - 1] >= 'a' && w[i - 1] <= 'z') return true;
  return false;
}
// "H800", "GPT-4", "A100", "R1": a model or part number.
bool isModelId(std::string_view w) { return hasDigit(w) && isUpperStart(w) && !allDigits(w); }

std::string stripPossessive(std::string_view w, bool& possessive) {
  possessive = false;
  for (std::string_view suffix : {"'s", "\u2019s"})
    if (w.size() > suffix.size() && w.substr(w.size() - suffix.size()) == suffix) {
      possessive = true;
      return std::string(w.substr(0, w.size() - suffix.size()));
    }
  if (!w.empty() && (w.back() == '\'')) {
    possessive = true;
    return std::string(w.substr(0, w.size() - 1));
  }
  return std::string(w);
}

const std::unordered_set<std::string>& prepositions() {
  static const std::unordered_set<std::string> kWords = {
      "of",   "on",    "in",      "at",      "for",   "with",      "from",    "by",     "to",
      "over", "about", "against", "between", "than",  "including", "like",    "as",     "into",
      "onto", "via",   "versus",  "vs",      "among", "such",      "through", "toward", "towards"};
  return kWords;
}

struct Candidate {
  std::size_t block = 0, begin = 0, end = 0;  // span in the block text
  std::string name;
  bool possessor = false, prepositional = false, sentenceStart = false, linked = false;
  std::string key;  // for links
  EntityType type = EntityType::kOther;
  bool strongType = false;
};

class Finder {
 public:
  explicit Finder(const Article& a) : a_(a), lex_(lexicon()) {}

  ArticleEntities run() {
    out_.mentions.resize(a_.blocks.size());
    for (const auto& r : a_.references) {
      int e = r.publisher.empty()
                  ? graph::kNone
                  : entityFor(r.publisher, graph::slugify(r.publisher), EntityType::kOrganization, true, false);
      out_.publisherOf.push_back(e);
    }
    for (const auto& block : a_.blocks)
      for (const auto& l : block.links)
        if (l.kind != LinkKind::kExternal && !l.key.empty() && l.text.size() >= 2) linkNames_.emplace(l.text, l.key);
    for (const auto& [name, key] : linkNames_) {
      std::vector<Token> words = tokenize(name);
      if (!words.empty()) linkByFirstWord_[name.substr(words[0].begin, words[0].end - words[0].begin)].push_back(&name);
    }
    for (std::size_t b = 0; b < a_.blocks.size(); ++b)
      if (a_.blocks[b].kind != BlockKind::kTableHeader) collect(b);
    // Links and multi-word names first, so that short forms resolve to them.
    for (auto& c : candidates_)
      if (c.linked) typeAndAdd(c);
    for (auto& c : candidates_)
      if (!c.linked && c.name.find(' ') != std::string::npos) typeAndAdd(c);
    addShortForms();
    for (auto& c : candidates_)
      if (!c.linked && c.name.find(' ') == std::string::npos) typeAndAdd(c);
    for (auto& ms : out_.mentions)
      std::sort(ms.begin(), ms.end(), [](const Mention& x, const Mention& y) { return x.begin < y.begin; });
    return std::move(out_);
  }

 private:
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

  // A name already typed from a strong cue keeps its type (entityFor changes it no more), so
  // its later mentions are not typed again: most mentions of an article are repeats.
  void typeAndAdd(Candidate& c) {
    std::string folded = graph::foldKey(c.name);
    auto known = out_.byName.find(folded);
    bool settled = known != out_.byName.end() && strongTypes_[static_cast<std::size_t>(known->second)] &&
                   out_.entities[static_cast<std::size_t>(known->second)].type != EntityType::kOther;
    if (!settled) c.type = typeFor(c, folded);
    // An unlinked name already known keeps its entity's key: no slug is needed for it.
    std::string key = c.linked ? c.key : known != out_.byName.end() ? std::string() : graph::slugify(c.name);
    int e = entityFor(c.name, folded, key, c.type, c.strongType, c.linked);
    out_.entities[static_cast<std::size_t>(e)].mentions++;
    out_.mentions[c.block].push_back({e, c.begin, c.end, c.possessor, c.prepositional});
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
        static const std::unordered_set<std::string> kLegal = {"inc", "corp", "co",   "ltd", "llc", "plc",
                                                               "sa",  "ag",   "gmbh", "nv",  "bv"};
        if (kLegal.count(words.back())) shortForm = std::string(trim(name.substr(0, space)));
        while (!shortForm.empty() && shortForm.back() == ',') shortForm.pop_back();
      }
      // "Brightwater" for "Brightwater Analytics", when the text uses the first word alone.
      if (shortForm.empty() && e.type == EntityType::kOrganization && words.size() >= 2 &&
          space != std::string_view::npos && !lex_.isNonEntity(words.front()) && words.front().size() >= 4 &&
          singleWords_.count(words.front()))
        shortForm = std::string(name.substr(0, name.find(' ')));
      if (shortForm.size() < 2) continue;
      proposals.emplace_back(shortForm, static_cast<int>(i));
      counts[graph::foldKey(shortForm)]++;
    }
    // "Dockers and Maritime Workers Union (DMWU)": the acronym in parentheses is an alias.
    for (const auto& [acronym, name] : acronyms_) {
      int e = out_.find(name);
      std::string folded = graph::foldKey(acronym);
      if (e == graph::kNone || out_.byName.count(folded)) continue;
      out_.entities[static_cast<std::size_t>(e)].aliases.push_back(acronym);
      out_.byName.emplace(folded, e);
    }
    for (const auto& [shortForm, e] : proposals) {
      std::string folded = graph::foldKey(shortForm);
      if (counts[folded] > 1 || out_.byName.count(folded)) continue;  // ambiguous or a name of its own
      out_.entities[static_cast<std::size_t>(e)].aliases.push_back(shortForm);
      out_.byName.emplace(folded, e);
    }
  }

  EntityType typeFor(Candidate& c, const std::string& folded) {
    std::string_view text = a_.blocks[c.block].text;
    std::vector<std::string> words = graph::foldTokens(c.name);
    std::string before = graph::foldKey(text.substr(c.begin > 40 ? c.begin - 40 : 0, c.begin > 40 ? 40 : c.begin));
    std::string after = graph::foldKey(text.substr(c.end, 40));
    // Roles are at most a few words: look the last (or first) one to three words up in the set.
    auto endsWithRole = [&](const std::string& s) {
      std::size_t cut = s.size();
      for (std::size_t words = 0; words < lex_.longestRoleWords && cut != std::string::npos; ++words) {
        cut = cut == 0 ? std::string::npos : s.rfind(' ', cut - 1);
        std::string tail = s.substr(cut == std::string::npos ? 0 : cut + 1);
        if (lex_.roles.count(tail)) return true;
      }
      return false;
    };
    std::string trimmedBefore(trim(before));
    if (!trimmedBefore.empty() && trimmedBefore.back() == ',') trimmedBefore.pop_back();
    c.strongType = true;
    if (!words.empty() && lex_.orgSuffixes.count(words.back())) return EntityType::kOrganization;
    if (folded.find("index") != std::string::npos || (!words.empty() && words.back() == "composite") ||
        (c.name.find('&') != std::string::npos && hasDigit(c.name)))
      return EntityType::kIndex;
    if (words.size() >= 2 && endsWithRole(trimmedBefore)) return EntityType::kPerson;
    if (words.size() >= 2 && (after.rfind(", who ", 0) == 0 || after.rfind(", whose ", 0) == 0))
      return EntityType::kPerson;
    if (words.size() >= 2 && lex_.givenNames.count(words.front())) return EntityType::kPerson;
    if (c.possessor && !after.empty()) {
      // "Google's Sundar Pichai": the possessor of a person is an organisation.
      return EntityType::kOrganization;
    }
    if (lex_.startsWithRole(after, " ,"))
      return EntityType::kOrganization;  // "Microsoft chief executive ..." (already folded)
    if (after.rfind(" index", 0) == 0) return EntityType::kIndex;
    for (std::string_view w : {"initiative", "summit", "conference", "crash", "war", "crisis", "olympics"})
      if (!words.empty() && words.back() == w) return EntityType::kEvent;
    if (isModelId(c.name) || (words.size() >= 2 && isModelId(std::string_view(c.name).substr(c.name.rfind(' ') + 1))) ||
        (c.name.find('-') != std::string::npos && isModelId(std::string_view(c.name).substr(c.name.rfind('-') + 1))))
      return EntityType::kProduct;
    for (std::string_view cue : {"the company ", "the firm ", "firm ", "company ", "startup ", "lab "})
      if (trimmedBefore.size() >= cue.size() - 1 &&
          trimmedBefore.compare(trimmedBefore.size() - (cue.size() - 1), cue.size() - 1,
                                cue.substr(0, cue.size() - 1)) == 0)
        return EntityType::kOrganization;
    c.strongType = false;
    if (isAcronym(c.name) || isCamel(c.name)) return EntityType::kOrganization;
    if (words.size() == 1) return EntityType::kOrganization;  // a lone brand name mid-sentence
    return EntityType::kOther;
  }

  void collect(std::size_t b) {
    const Block& block = a_.blocks[b];
    std::string_view text = block.text;
    // Links first: their spans are mentions whatever their shape.
    std::vector<std::pair<std::size_t, std::size_t>> taken;
    for (const auto& l : block.links) {
      if (l.kind == LinkKind::kExternal || l.key.empty() || l.text.empty()) continue;
      Candidate c;
      c.block = b;
      c.begin = l.begin;
      c.end = l.end;
      c.name = l.text;
      c.linked = true;
      c.key = l.key;
      bool possessive = false;
      if (text.substr(l.end, 2) == "'s" || text.substr(l.end, 4) == "\u2019s") possessive = true;
      c.possessor = possessive;
      c.prepositional = precededByPreposition(text, l.begin);
      if (text.substr(l.end, 2) == " (") {
        std::size_t close = text.find(')', l.end + 2);
        if (close != std::string_view::npos && close - l.end - 2 <= 10 &&
            isAcronym(text.substr(l.end + 2, close - l.end - 2)))
          acronyms_.emplace_back(std::string(text.substr(l.end + 2, close - l.end - 2)), l.text);
      }
      candidates_.push_back(c);
      taken.emplace_back(l.begin, l.end);
    }
    // Later plain mentions of a linked name ("the Jevons paradox" after the link): only names
    // whose first word stands in this block are looked for.
    std::vector<Token> blockTokens = tokenize(text);
    std::vector<std::pair<std::size_t, const std::string*>> starts;
    for (const Token& t : blockTokens) {
      auto it = linkByFirstWord_.find(std::string(text.substr(t.begin, t.end - t.begin)));
      if (it == linkByFirstWord_.end()) continue;
      for (const std::string* name : it->second) starts.emplace_back(t.begin, name);
    }
    // The links' spans, sorted, for overlap tests by binary search; names found here come in
    // text order, so only the last one can overlap the next.
    std::vector<std::pair<std::size_t, std::size_t>> linkSpans = taken;
    std::sort(linkSpans.begin(), linkSpans.end());
    std::size_t lastNameEnd = 0;
    for (const auto& [at, namePtr] : starts) {
      const std::string& name = *namePtr;
      const std::string& key = linkNames_.at(name);
      if (text.compare(at, name.size(), name) != 0) continue;
      {
        std::size_t end = at + name.size();
        bool wordStart = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
        bool wordEnd = end >= text.size() || !std::isalnum(static_cast<unsigned char>(text[end]));
        auto next = std::upper_bound(linkSpans.begin(), linkSpans.end(), std::make_pair(at, SIZE_MAX));
        bool overlaps = at < lastNameEnd || (next != linkSpans.begin() && at < std::prev(next)->second) ||
                        (next != linkSpans.end() && next->first < end);
        if (!wordStart || !wordEnd || overlaps) continue;
        Candidate c;
        c.block = b;
        c.begin = at;
        c.end = end;
        c.name = name;
        c.linked = true;
        c.key = key;
        c.possessor = text.substr(end, 2) == "'s" || text.substr(end, 4) == "\u2019s";
        c.prepositional = precededByPreposition(text, at);
        candidates_.push_back(c);
        taken.emplace_back(at, end);
        lastNameEnd = end;
      }
    }
    // Links and linked-name mentions do not overlap; sorted, a binary search answers "inside one?".
    std::sort(taken.begin(), taken.end());
    auto insideTaken = [&](std::size_t pos) {
      auto it = std::upper_bound(taken.begin(), taken.end(), std::make_pair(pos, SIZE_MAX));
      return it != taken.begin() && pos < std::prev(it)->second;
    };
    std::vector<std::pair<std::size_t, std::size_t>> quotes = quoteSpans(text);
    // Quote spans are in text order and do not overlap: the last one opening before `pos` decides.
    auto insideQuote = [&](std::size_t pos) {
      auto it =
          std::lower_bound(quotes.begin(), quotes.end(), pos,
                           [](const std::pair<std::size_t, std::size_t>& q, std::size_t p) { return q.first < p; });
      return it != quotes.begin() && pos < std::prev(it)->second;
    };
    std::vector<std::size_t> sentenceStarts;
    for (const auto& s : block.sentences) sentenceStarts.push_back(s.begin);
    if (block.kind == BlockKind::kTableRow || block.kind == BlockKind::kTableHeader)
      for (std::size_t cb : block.cellBegins) sentenceStarts.push_back(cb);
    std::sort(sentenceStarts.begin(), sentenceStarts.end());  // emitSpan searches them

    const std::vector<Token>& tokens = blockTokens;
    std::size_t i = 0;
    while (i < tokens.size()) {
      std::string_view w = text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
      if (insideTaken(tokens[i].begin) || insideQuote(tokens[i].begin) || !isNameToken(w)) {
        ++i;
        continue;
      }
      // Grow the span over name tokens separated by single spaces.
      std::size_t j = i;
      bool possessive = false;
      stripPossessive(w, possessive);
      while (!possessive && j + 1 < tokens.size() && tokens[j + 1].begin == tokens[j].end + 1 &&
             text[tokens[j].end] == ' ' && !insideTaken(tokens[j + 1].begin)) {
        std::string_view next = text.substr(tokens[j + 1].begin, tokens[j + 1].end - tokens[j + 1].begin);
        std::string_view current = text.substr(tokens[j].begin, tokens[j].end - tokens[j].begin);
        bool numberAfterName =
            allDigits(next) && next.size() <= 4 && (isAcronym(current) || current.find('&') != std::string_view::npos);
        if (!isNameToken(next) && !numberAfterName) {
          // "Bank of England", "Port of Eastmere", "Dockers and Maritime Workers Union": a
          // connector joins two capitalised parts when an organisation word anchors the name.
          if ((next == "of" || next == "for" || next == "and") && j + 2 < tokens.size() &&
              tokens[j + 2].begin == tokens[j + 1].end + 1 &&
              isNameToken(text.substr(tokens[j + 2].begin, tokens[j + 2].end - tokens[j + 2].begin))) {
            bool anchorBefore = next != "and" && lex_.orgSuffixes.count(graph::foldKey(current));
            bool anchorAfter = false;
            if (next == "and" && j == i) {
              std::size_t k = j + 2;
              while (k + 1 < tokens.size() && tokens[k + 1].begin == tokens[k].end + 1 &&
                     isNameToken(text.substr(tokens[k + 1].begin, tokens[k + 1].end - tokens[k + 1].begin)))
                ++k;
              anchorAfter = lex_.orgSuffixes.count(
                                graph::foldKey(text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin))) &&
                            !linkNames_.count(std::string(current));
            }
            if (anchorBefore || anchorAfter) {
              j += 2;
              continue;
            }
          }
          break;
        }
        ++j;
        stripPossessive(next, possessive);
      }
      emitSpan(b, tokens, i, j, possessive, sentenceStarts);
      i = j + 1;
    }
  }

  static bool isNameToken(std::string_view w) {
    if (w.empty() || !isUpperStart(w)) return false;
    // "Hopper-class": a capitalised word with a lower-case tail after a hyphen is an adjective.
    std::size_t hyphen = w.find('-');
    if (hyphen != std::string_view::npos && hyphen + 1 < w.size() && w[hyphen + 1] >= 'a' && w[hyphen + 1] <= 'z' &&
        !hasDigit(w.substr(hyphen)))
      return false;
    return true;
  }

  static bool precededByPreposition(std::string_view text, std::size_t begin) {
    std::size_t end = begin;
    while (end > 0 && text[end - 1] == ' ') --end;
    std::size_t start = end;
    while (start > 0 && std::isalpha(static_cast<unsigned char>(text[start - 1]))) --start;
    if (start == end) return false;
    std::string word(text.substr(start, end - start));
    for (char& ch : word) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return prepositions().count(word) > 0;
  }

  // Trims openers, demonyms and role words off a span's ends and splits it at roles,
  // then records what is left as a candidate name.
  void emitSpan(std::size_t b, const std::vector<Token>& tokens, std::size_t first, std::size_t last, bool possessive,
                const std::vector<std::size_t>& sentenceStarts) {
    std::string_view text = a_.blocks[b].text;
    // Each token of the span folded once: the checks below look at them many times.
    std::vector<std::string> folded;
    folded.reserve(last - first + 1);
    for (std::size_t k = first; k <= last; ++k) {
      bool p = false;
      folded.push_back(
          graph::foldKey(stripPossessive(text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin), p)));
    }
    auto word = [&](std::size_t k) -> const std::string& { return folded[k - first]; };
    std::size_t s = first;
    while (s <= last) {
      // Split at role words ("US President Donald Trump" -> "Donald Trump").
      std::size_t e = s;
      while (e <= last && !lex_.isRole(word(e))) ++e;
      std::size_t segEnd = e;  // one past the segment
      std::size_t a = s, z = segEnd;
      // "The Register", "The Guardian": a known name (a publisher) keeps its article.
      bool known =
          z > a && out_.byName.count(graph::foldKey(text.substr(tokens[a].begin, tokens[z - 1].end - tokens[a].begin)));
      while (!known && a < z && lex_.isNonEntity(word(a))) ++a;
      while (z > a && lex_.isNonEntity(word(z - 1))) --z;
      if (a < z) {
        bool p = possessive && z - 1 == last;
        std::string_view firstWord = text.substr(tokens[a].begin, tokens[a].end - tokens[a].begin);
        bool atStart = std::binary_search(sentenceStarts.begin(), sentenceStarts.end(), tokens[a].begin);
        bool single = z - a == 1;
        bool shaped = isAcronym(firstWord) || isCamel(firstWord) || isModelId(firstWord);
        // "Microsoft chief executive ...", "Google's Sundar Pichai", a table's first cell.
        bool cue = p || (z <= last && lex_.isRole(word(z))) || a_.blocks[b].kind == BlockKind::kTableRow ||
                   startsWithRoleWords(text.substr(tokens[z - 1].end));
        shaped = shaped || cue;
        // A known linked name at the front splits off: "NVIDIA H800" -> "NVIDIA", "H800".
        for (std::size_t k = z - 1; k > a; --k) {
          std::string prefix(text.substr(tokens[a].begin, tokens[k - 1].end - tokens[a].begin));
          if (linkNames_.count(prefix)) {
            emitSpan(b, tokens, a, k - 1, false, sentenceStarts);
            a = k;
            break;
          }
        }
        firstWord = text.substr(tokens[a].begin, tokens[a].end - tokens[a].begin);
        single = z - a == 1;
        if (!(single && allDigits(firstWord)) && (!atStart || !single || shaped || knownLater(firstWord))) {
          Candidate c;
          c.block = b;
          c.begin = tokens[a].begin;
          c.end = tokens[z - 1].end;
          bool dummy = false;
          // "Halvard Inc." keeps its dot; "Vela Inc.'s" is a possessive.
          std::string lastWord = word(z - 1);
          if (c.end < text.size() && text[c.end] == '.' &&
              (lastWord == "inc" || lastWord == "corp" || lastWord == "co" || lastWord == "ltd" ||
               lastWord == "bros")) {
            c.end += 1;
            if (text.substr(c.end, 2) == "'s" || text.substr(c.end, 4) == "\u2019s") p = true;
          }
          std::string name(text.substr(c.begin, c.end - c.begin));
          if (p) {
            name = stripPossessive(name, dummy);
            c.end = c.begin + name.size();
          }
          c.name = name;
          c.possessor = p;
          c.sentenceStart = atStart;
          if (single) singleWords_.insert(graph::foldKey(name));
          if (text.substr(c.end, 2) == " (") {
            std::size_t close = text.find(')', c.end + 2);
            if (close != std::string_view::npos && close - c.end - 2 <= 10 &&
                isAcronym(text.substr(c.end + 2, close - c.end - 2)))
              acronyms_.emplace_back(std::string(text.substr(c.end + 2, close - c.end - 2)), name);
          }
          c.prepositional = precededByPreposition(text, c.begin);
          candidates_.push_back(std::move(c));
        }
      }
      s = segEnd;
      while (s <= last && lex_.isRole(word(s))) ++s;
    }
  }

  bool startsWithRoleWords(std::string_view after) const {
    return lex_.startsWithRole(graph::foldKey(after.substr(0, 40)));
  }

  // A sentence-initial single word counts when the article names it elsewhere mid-sentence.
  // The words that stand mid-sentence are collected once per article (not searched per word).
  bool knownLater(std::string_view w) {
    if (!midSentenceReady_) {
      midSentenceReady_ = true;
      for (const auto& b : a_.blocks)
        for (const Token& t : tokenize(b.text))
          if (t.begin > 1 && b.text[t.begin - 1] == ' ' && b.text[t.begin - 2] != '.')
            midSentence_.emplace(std::string_view(b.text).substr(t.begin, t.end - t.begin));
    }
    bool p = false;
    std::string bare = stripPossessive(w, p);
    return midSentence_.count(bare) > 0 || midSentence_.count(std::string(bare + "'s")) > 0;
  }

  static std::vector<std::pair<std::size_t, std::size_t>> quoteSpans(std::string_view text) {
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    std::size_t open = std::string_view::npos;
    for (std::size_t i = 0; i < text.size(); ++i) {
      bool straight = text[i] == '"';
      bool lead = static_cast<unsigned char>(text[i]) == 0xE2;
      if (!straight && !lead) continue;
      bool curlyOpen = lead && text.compare(i, 3, "\u201C") == 0,
           curlyClose = lead && text.compare(i, 3, "\u201D") == 0;
      if (open == std::string_view::npos && (curlyOpen || straight))
        open = i;
      else if (open != std::string_view::npos && (curlyClose || straight)) {
        spans.emplace_back(open, i);
        open = std::string_view::npos;
      }
    }
    return spans;
  }

  const Article& a_;
  const Lexicon& lex_;
  ArticleEntities out_;
  std::vector<bool> strongTypes_;
  std::vector<Candidate> candidates_;
  std::map<std::string, std::string> linkNames_;  // link text -> slug, sorted for determinism
  std::unordered_map<std::string, std::vector<const std::string*>> linkByFirstWord_;
  std::unordered_map<std::string, int> byKey_;   // an entity's key -> the first entity with it
  std::unordered_set<std::string> singleWords_;  // folded one-word names seen in the text
  std::unordered_set<std::string_view>
      midSentence_;  // words that stand after a space mid-sentence (views of the blocks)
  bool midSentenceReady_ = false;
  std::vector<std::pair<std::string, std::string>> acronyms_;  // "DMWU" -> the name it follows
};

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  // Typographic quotes and dashes (U+201C, U+201D, U+2013, U+2014) end a word; all four
  // start with 0xE2 0x80, so one byte test guards the rare full comparison.
  auto isBreak = [&](std::size_t k) {
    if (static_cast<unsigned char>(text[k]) != 0xE2 || k + 2 >= text.size() ||
        static_cast<unsigned char>(text[k + 1]) != 0x80)
      return false;
    unsigned char c = static_cast<unsigned char>(text[k + 2]);
    return c == 0x9C || c == 0x9D || c == 0x93 || c == 0x94;
  };
  auto isWordByte = [&](std::size_t k) {
    unsigned char c = static_cast<unsigned char>(text[k]);
    return c >= 0x80 || static_cast<unsigned char>((c | 0x20) - 'a') < 26 || static_cast<unsigned char>(c - '0') < 10 ||
           c == '&';
  };
  tokens.reserve(text.size() / 6);
  std::size_t i = 0;
  while (i < text.size()) {
    if (!isWordByte(i) || isBreak(i)) {
      ++i;
      continue;
    }
    std::size_t start = i;
    while (i < text.size()) {
      if (isBreak(i)) break;
      if (isWordByte(i)) {
        ++i;
        continue;
      }
      // Inner apostrophes, hyphens and dots stay in the word: "DeepSeek's", "GPT-4", "U.S".
      bool inner = (text[i] == '\'' || text[i] == '-' || text[i] == '.') && i + 1 < text.size() && isWordByte(i + 1);
      if (inner) {
        ++i;
        continue;
      }
      break;
    }
    tokens.push_back({start, i});
  }
  return tokens;
}

int ArticleEntities::find(std::string_view name) const {
  auto it = byName.find(graph::foldKey(name));
  return it == byName.end() ? graph::kNone : it->second;
}

ArticleEntities findEntities(const Article& article) { return Finder(article).run(); }

}  // namespace cg::ingest
