#include "ingest/Extractor.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "graph/Fold.h"
#include "ingest/Dates.h"
#include "ingest/Entities.h"
#include "ingest/Lexicon.h"
#include "ingest/Quantity.h"
#include "ingest/Scores.h"
#include "ingest/Speakers.h"
#include "ingest/Subjects.h"
#include "ingest/Text.h"

namespace cg::ingest {
namespace {

using graph::ClaimKind;
using graph::ClaimRecord;
using graph::EntityType;
using graph::kNone;

// An attribution in a sentence: a speech or estimate verb and who it is attributed to.
struct Attribution {
  std::size_t pos = 0;        // the verb's offset in the block text
  std::string verb;           // base form: "reported", "estimated"
  std::vector<int> speakers;  // entities; empty when the text names nobody ("analysts estimated")
  bool global = false;        // "according to X": covers the whole sentence
};

// The running context of a section: the last organisation and person that were a
// clause's subject, for "the company", "it", "he", "she".
struct Discourse {
  int organization = kNone;
  int person = kNone;
  int subject = kNone;                             // the last figure subject, for sentences that name none
  int clauseSubject = kNone;                       // the last sentence's subject, for "It" opening the next
  std::size_t clauseSubjectBlock = SIZE_MAX;       // the block it stands in
  std::map<std::string, std::string> lastMeasure;  // unit -> measure of the last figure
  std::vector<int> organizations;                  // organisations named as subjects, in order
  std::size_t paragraphOrganizations = 0;          // where this block's organisations start in them
  std::set<int> outlets;                           // this block's "according to" sources
};

class Extractor {
 public:
  explicit Extractor(const Article& a) : a_(a), lex_(lexicon()), ents_(findEntities(a)) {
    for (const std::string& word : graph::foldTokens(a.title)) titleWords_.insert(word);
    topicIsAThing_ = definesTopic();
  }

  graph::DocumentBundle run() {
    graph::DocumentBundle bundle;
    bundle.document = {a_.slug, a_.title, a_.path, a_.sourceUrl, a_.updated, a_.format, a_.categories};
    for (const auto& s : a_.sections) bundle.sections.push_back({s.title, s.level, s.parent, s.line});
    addSources(bundle);
    int lastSection = -2;
    for (std::size_t b = 0; b < a_.blocks.size(); ++b) {
      const Block& block = a_.blocks[b];
      if (block.section != lastSection) {
        discourse_ = Discourse{};
        sectionSubject_ = sectionSubjectOf(block.section);
        discourse_.subject = sectionSubject_;  // a section is about its heading's name, else the topic
        listLead_ = kNone;
        lastSection = block.section;
      }
      discourse_.paragraphOrganizations = discourse_.organizations.size();
      discourse_.outlets.clear();
      if (block.kind == BlockKind::kTableHeader) {
        header_ = &block;
        continue;
      }
      if (block.kind != BlockKind::kTableRow) header_ = nullptr;
      if (block.kind != BlockKind::kListItem) listLead_ = leadInSubject(b);
      for (const auto& s : block.sentences) {
        if (s.end - s.begin <= kLongestPiece)
          sentence(b, s);
        else
          for (const Sentence& piece : pieces(block.text, s)) sentence(b, piece);
      }
    }
    bundle.entities = std::move(ents_.entities);
    bundle.claims = std::move(claims_);
    return bundle;
  }

 private:
  // Every search within a sentence looks at the whole sentence, for each figure, mention and
  // verb in it. Real sentences are under about 1,200 bytes; a longer "sentence" (scraped text
  // with no full stops) is read as pieces of at most this size, cut at a clause boundary, so
  // that time stays linear in the input. Each piece keeps the sentence's line and references.
  static constexpr std::size_t kLongestPiece = 2000;

  static std::vector<Sentence> pieces(std::string_view text, const Sentence& s) {
    std::vector<Sentence> out;
    std::size_t begin = s.begin;
    while (begin < s.end) {
      std::size_t end = s.end;
      if (end - begin > kLongestPiece) {
        std::string_view window = text.substr(begin, kLongestPiece);
        std::size_t cut = std::string_view::npos;
        for (std::string_view boundary : {"; ", ", ", " "}) {
          cut = window.rfind(boundary);
          if (cut != std::string_view::npos && cut >= kLongestPiece / 2) {
            cut += boundary.size();
            break;
          }
          cut = std::string_view::npos;
        }
        if (cut == std::string_view::npos) {
          cut = graph::utf8Floor(text.substr(begin), kLongestPiece);  // no space at all: between characters
          if (cut == 0) cut = kLongestPiece;
        }
        end = begin + cut;
      }
      Sentence piece = s;
      piece.begin = begin;
      piece.end = end;
      while (piece.end > piece.begin && text[piece.end - 1] == ' ') --piece.end;
      if (piece.end > piece.begin) out.push_back(std::move(piece));
      begin = end;
    }
    return out;
  }

  // ---- helpers over one sentence ----

  // The mentions inside [begin, end) of a block; they are sorted by position, so a binary search
  // finds the first and the walk stops at the end (one pass per sentence, not per block).
  std::vector<const Mention*> mentionsIn(std::size_t b, std::size_t begin, std::size_t end) const {
    std::vector<const Mention*> out;
    const auto& all = ents_.mentions[b];
    auto it = std::lower_bound(all.begin(), all.end(), begin,
                               [](const Mention& m, std::size_t pos) { return m.begin < pos; });
    for (; it != all.end() && it->begin < end; ++it)
      if (it->end <= end) out.push_back(&*it);
    return out;
  }

  const std::string& nameOf(int e) const { return ents_.entities[static_cast<std::size_t>(e)].name; }
  EntityType typeOf(int e) const {
    return e == kNone ? EntityType::kOther : ents_.entities[static_cast<std::size_t>(e)].type;
  }
  bool isAgent(int e) const {
    EntityType t = typeOf(e);
    return t == EntityType::kPerson || t == EntityType::kOrganization || t == EntityType::kPublication ||
           t == EntityType::kOther;
  }

  // The maker of a product named after it: "DeepSeek V3" -> DeepSeek.
  int makerOf(int product) const {
    auto organization = [&](std::string_view name) -> std::optional<int> {
      int e = ents_.find(name);
      return e != kNone && typeOf(e) == EntityType::kOrganization ? std::optional<int>(e) : std::nullopt;
    };
    return makerNamedIn(ents_.entities[static_cast<std::size_t>(product)].name, organization).value_or(kNone);
  }

  // One source per work: a URL the list gives under two numbers is one source that lists both,
  // so a claim citing either number is bound to it.
  void addSources(graph::DocumentBundle& bundle) {
    std::map<std::string, int> byUrl;  // folded URL -> source index
    for (std::size_t r = 0; r < a_.references.size(); ++r) {
      const Reference& ref = a_.references[r];
      std::string key = ref.url.empty() ? std::string() : graph::foldKey(ref.url);
      if (auto it = byUrl.find(key); !key.empty() && it != byUrl.end()) {
        bundle.sources[static_cast<std::size_t>(it->second)].refs.push_back(ref.number);
        sourceIndex_.emplace(ref.number, it->second);
        continue;
      }
      int index = static_cast<int>(bundle.sources.size());
      bundle.sources.push_back({ref.number,
                                ref.publisher,
                                ref.title,
                                ref.date,
                                ref.url,
                                ref.accessed,
                                ref.line,
                                ents_.publisherOf[r],
                                ref.work,
                                {ref.number}});
      sourceIndex_.emplace(ref.number, index);
      if (!key.empty()) byUrl.emplace(std::move(key), index);
    }
  }

  std::vector<int> sourcesFor(const Sentence& s) const {
    std::vector<int> out;
    for (int ref : s.refs)
      if (auto it = sourceIndex_.find(ref);
          it != sourceIndex_.end() && std::find(out.begin(), out.end(), it->second) == out.end())
        out.push_back(it->second);
    return out;
  }

  // The words right before `pos` (folded, nearest last), skipping nothing.
  static std::vector<std::string> wordsBefore(std::string_view text, std::size_t begin, std::size_t pos,
                                              std::size_t n) {
    std::vector<Token> tokens = tokenize(text.substr(begin, pos - begin));
    std::vector<std::string> out;
    for (std::size_t k = tokens.size() > n ? tokens.size() - n : 0; k < tokens.size(); ++k)
      out.push_back(lowerAscii(text.substr(begin + tokens[k].begin, tokens[k].end - tokens[k].begin)));
    return out;
  }

  // Resolves "the company", "the firm", "it", "he", "she" right before `pos`.
  int resolveReference(std::string_view text, std::size_t sentenceBegin, std::size_t pos) const {
    auto words = wordsBefore(text, sentenceBegin, pos, 3);
    auto ends = [&](std::initializer_list<std::string_view> tail) {
      if (words.size() < tail.size()) return false;
      std::size_t k = words.size() - tail.size();
      for (auto w : tail)
        if (words[k++] != w) return false;
      return true;
    };
    // "the company", "its developer": data/company_nouns.txt.
    if (words.size() >= 2 && (words[words.size() - 2] == "the" || words[words.size() - 2] == "its") &&
        lex_.companyNouns.count(words.back()))
      return lastCompany();
    // "the research company", "the Chinese firm": one word describing it between (not "the
    // parent company" or "the new company", which name another).
    if (words.size() >= 3 && words[words.size() - 3] == "the" && lex_.companyNouns.count(words.back()) &&
        !lex_.companyNouns.count(words[words.size() - 2]) && !otherCompanyWord(words[words.size() - 2]))
      return lastCompany();
    // "the union", "the agency", "the bank": the organisation whose name ends in that word.
    if (words.size() >= 2 && (words[words.size() - 2] == "the" || words[words.size() - 2] == "its")) {
      int found = organizationNamed(words.back());
      if (found != kNone) return found;
    }
    if (ends({"it"}) || ends({"itself"})) return itReferent();
    if (ends({"he"}) || ends({"she"})) return discourse_.person;
    return kNone;
  }

  // A word before "company" that points to a company other than the one in the discourse.
  static bool otherCompanyWord(std::string_view w) {
    for (std::string_view other : {"parent", "new", "other", "holding", "acquiring", "acquired", "rival", "former",
                                   "same", "sister", "subsidiary", "merged", "target", "combined", "owning"})
      if (w == other) return true;
    return false;
  }

  // The folded last word of each entity's name, and the organisations by it; read once, on
  // first need (the entities are fixed once the extractor is made).
  void indexLastWords() const {
    if (lastWords_.size() == ents_.entities.size()) return;
    lastWords_.clear();
    organizationByLastWord_.clear();
    for (std::size_t e = 0; e < ents_.entities.size(); ++e) {
      std::vector<std::string> w = graph::foldTokens(ents_.entities[e].name);
      lastWords_.push_back(w.empty() ? std::string() : w.back());
      if (typeOf(static_cast<int>(e)) != EntityType::kOrganization) continue;
      auto [it, added] = organizationByLastWord_.emplace(lastWords_.back(), static_cast<int>(e));
      if (!added) it->second = kNone;  // two organisations end in that word: ambiguous
    }
  }
  const std::string& lastWordOf(int e) const {
    indexLastWords();
    return lastWords_[static_cast<std::size_t>(e)];
  }

  // The organisation whose name ends with `noun` ("union" -> "Dockers and Maritime Workers
  // Union"); the running one first, else the only one.
  int organizationNamed(std::string_view noun) const {
    if (noun.size() < 3) return kNone;
    int running = discourse_.organization;
    if (running != kNone && lastWordOf(running) == noun && typeOf(running) == EntityType::kOrganization) return running;
    indexLastWords();
    auto it = organizationByLastWord_.find(std::string(noun));
    return it == organizationByLastWord_.end() ? kNone : it->second;
  }

  bool topicIsOrganization() const { return ents_.topic != kNone && typeOf(ents_.topic) == EntityType::kOrganization; }

  // "the company": the last organisation of this paragraph that is not a public body or a
  // union; else the article's topic when it is an organisation (not the last organisation of
  // an earlier paragraph); else the last of the section.
  int lastCompany() const {
    // The last few only: a section that names thousands of public bodies must not make each
    // "the company" a walk over all of them.
    const auto& orgs = discourse_.organizations;
    auto company = [&](std::size_t from) {
      std::size_t looked = 0;
      for (std::size_t k = orgs.size(); k > from && looked++ < 32; --k) {
        const std::string& last = lastWordOf(orgs[k - 1]);
        // "According to VentureBeat, '... The company claims ...'": the outlet reports on the
        // company; it is not it.
        if (discourse_.outlets.count(orgs[k - 1])) continue;
        if (last.empty() || !lex_.publicBodies.count(last)) return orgs[k - 1];
      }
      return kNone;
    };
    int inParagraph = company(discourse_.paragraphOrganizations);
    if (inParagraph != kNone) return inParagraph;
    if (topicIsOrganization()) return ents_.topic;
    int earlier = company(0);
    return earlier != kNone ? earlier : discourse_.organization;
  }

  // "it": the organisation named in this paragraph, else the article's topic.
  int itReferent() const {
    if (discourse_.organizations.size() > discourse_.paragraphOrganizations) return discourse_.organization;
    return defaultSubject() != kNone ? defaultSubject() : discourse_.organization;
  }

  // The article's topic (named by its title and in its text) as the subject of what names none,
  // when it is a thing that has figures of its own: a company, a product, a person, a platform or
  // paper (typed other) that the text says is one ("Gym Retro is a platform"). An event, a place, an index or a concept
  // ("AI governance") is not what "the exposure" or "revenue" of its sentences belongs to.
  int defaultSubject() const {
    EntityType t = typeOf(ents_.topic);
    bool owner = t == EntityType::kOrganization || t == EntityType::kProduct || t == EntityType::kPerson ||
                 ((t == EntityType::kOther || t == EntityType::kPublication) && topicIsAThing_);
    return ents_.topic != kNone && owner ? ents_.topic : kNone;
  }

  // Whether the text says what the topic is: "Gym Retro is a platform ...", "... was an architecture".
  bool definesTopic() const {
    if (ents_.topic == kNone) return false;
    for (std::size_t b = 0; b < a_.blocks.size() && b < 12; ++b)
      for (const Mention& m : ents_.mentions[b]) {
        std::string_view after = std::string_view(a_.blocks[b].text).substr(m.end);
        if (m.entity != ents_.topic) continue;
        for (std::string_view copula : {" is a ", " is an ", " was a ", " was an "})
          if (after.substr(0, copula.size()) == copula) return true;
      }
    return false;
  }

  // "### B200 and B100 Tensor Core GPUs", "## OpenAI": a section whose heading opens with a name
  // the article knows is about that name (the first of several); a subsection of
  // one is too; else the article's topic.
  int sectionSubjectOf(int section) {
    for (int k = section, depth = 0; k >= 0 && depth < 8; k = a_.sections[static_cast<std::size_t>(k)].parent, ++depth)
      if (int e = headingName(a_.sections[static_cast<std::size_t>(k)].title); e != kNone) return e;
    return defaultSubject();
  }

  int headingName(std::string_view title) {
    title = trim(title.substr(0, std::min(title.find(" ("), title.find(':'))));
    if (int variant = variantHeading(title); variant != kNone) return variant;
    for (std::size_t cut = title.size(); cut != std::string_view::npos && cut > 0; cut = title.rfind(' ', cut - 1)) {
      // The whole leading name: not "Google" of "Google Gemini Computer Use" or "AIME 2024 Contamination".
      const unsigned char next = cut + 1 < title.size() ? static_cast<unsigned char>(title[cut + 1]) : 'a';
      if (std::isupper(next) != 0 || std::isdigit(next) != 0) continue;
      const int e = ents_.find(trim(title.substr(0, cut)));
      if (e == kNone) continue;
      // Named in the text as well: a heading's own words ("Dataset Composition") are no name;
      // a linked common word is none either ("## System Requirements").
      const graph::EntityRecord& entity = ents_.entities[static_cast<std::size_t>(e)];
      if (!commonWords(entity.name) && entity.type != EntityType::kPerson && entity.mentions > 1) return e;
    }
    return kNone;
  }

  // "### SWE-bench Verified", "### Grok 3 Mini": a heading that is a name the article knows followed
  // by at most three capitalised words or numbers, and that the text or a cited title writes as a
  // name too ("SWE-bench Lite has ..."), names a variant of it: the subject of its section ("this variant contains
  // 500 instances"), an entity of its own. ("### OpenAI Partnership" is no name the text uses.)
  int variantHeading(std::string_view title) {
    const std::vector<std::string> words = graph::foldTokens(title);
    if (words.size() < 2 || words.size() > 4 || commonWords(title)) return kNone;
    for (std::size_t cut = title.rfind(' '); cut != std::string_view::npos && cut > 0;
         cut = title.rfind(' ', cut - 1)) {
      const std::string_view rest = title.substr(cut + 1);
      const int e = namedExactly(trim(title.substr(0, cut)));
      if (e == kNone) continue;
      const graph::EntityRecord& entity = ents_.entities[static_cast<std::size_t>(e)];
      if (commonWords(entity.name) || entity.type == EntityType::kPerson || entity.mentions < 2 ||
          !capitalisedWords(rest))
        continue;
      const std::string_view name = withoutKindNoun(title, cut);
      if (name.size() == cut) return e;  // "Kimi K2 Model" is Kimi K2
      return writtenInText(name) ? productNamed(name, e) : kNone;
    }
    return kNone;
  }

  // "Kimi K2 Model", "Gemini 1.5 Family": a heading's last word that says what kind of thing the
  // name before it is, dropped (leaving the known name `knownEnd` long at least).
  static std::string_view withoutKindNoun(std::string_view title, std::size_t knownEnd) {
    const std::size_t space = title.rfind(' ');
    const std::string last = lowerAscii(title.substr(space + 1));
    // Words for a group of models only: "Agent", "Assistant" or "Chip" is often a product's own
    // name's word ("Replit Agent").
    const bool kind = last == "model" || last == "models" || last == "family" || last == "series";
    return kind && space >= knownEnd ? title.substr(0, space) : title;
  }

  // Whether every word of `words` opens with a capital or a digit ("Verified", "3 Mini").
  static bool capitalisedWords(std::string_view words) {
    for (std::size_t at = 0; at < words.size(); at = words.find(' ', at) + 1) {
      const char c = words[at];
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
      if (words.find(' ', at) == std::string_view::npos) break;
    }
    return true;
  }

  // Whether some paragraph, row or item of the article, or the title of a work it cites ("SWE-bench
  // Verified: A Human-Validated Subset"), writes `name` (case as given).
  bool writtenInText(std::string_view name) const {
    return std::any_of(a_.blocks.begin(), a_.blocks.end(),
                       [&](const Block& b) { return b.text.find(name) != std::string::npos; }) ||
           std::any_of(a_.references.begin(), a_.references.end(),
                       [&](const Reference& r) { return r.title.find(name) != std::string::npos; });
  }

  void noteSubject(int e) {
    if (e == kNone) return;
    EntityType t = typeOf(e);
    if (t == EntityType::kOrganization) {
      discourse_.organization = e;
      discourse_.organizations.push_back(e);
    } else if (t == EntityType::kPerson)
      discourse_.person = e;
    else if (t == EntityType::kProduct) {
      int maker = makerOf(e);
      if (maker != kNone) discourse_.organization = maker;
    }
  }

  // "Microsoft chief executive Satya Nadella": an organisation before a role qualifies the person.
  bool qualifiesNext(std::string_view text, const Mention* m) const {
    return lex_.startsWithRole(graph::foldKey(graph::utf8Prefix(text.substr(m->end), 40)));
  }

  // "by former Google DeepMind researchers Misha Laskin": an organisation before its people in
  // the plural qualifies them; it is not what the clause is about. (Before one person's role,
  // "Eastmere Port Holdings chief executive Marcus Okafor replied", it is the company that speaks.)
  bool qualifiesPeople(std::string_view text, const Mention* m) const {
    std::vector<Token> next = tokenize(graph::utf8Prefix(text.substr(m->end), 40));
    if (next.empty() || next.front().begin > 1) return false;
    std::string word = lowerAscii(text.substr(m->end + next.front().begin, next.front().end - next.front().begin));
    return word.size() > 3 && word.back() == 's' && lex_.isRole(word.substr(0, word.size() - 1));
  }

  // "Google's Sundar Pichai": a possessor directly before another name qualifies it.
  static bool followedByMention(std::string_view text, const Mention* m, const std::vector<const Mention*>& mentions) {
    if (!m->possessor) return false;
    std::size_t next = m->end;
    while (next < text.size() && text[next] != ' ') ++next;
    ++next;
    auto it = std::lower_bound(mentions.begin(), mentions.end(), next,
                               [](const Mention* other, std::size_t pos) { return other->begin < pos; });
    return it != mentions.end() && (*it)->begin == next;
  }

  // The mention a verb at `pos` is attributed to: the nearest one before it, walking back over
  // skippable words ("also", "had", "its technical report") and asides between commas.
  const Mention* nearestSpeaker(std::string_view text, std::size_t sentenceBegin, std::size_t pos,
                                const std::vector<const Mention*>& mentions) const {
    std::size_t cursor = pos;
    for (int guard = 0; guard < 8; ++guard) {
      while (cursor > sentenceBegin && text[cursor - 1] == ' ') --cursor;
      const Mention* here = nullptr;
      for (const Mention* m : mentions)
        if (m->end == cursor || (m->end + 2 == cursor && text.substr(m->end, 2) == "'s")) here = m;
      if (here) return here;
      if (cursor > sentenceBegin && text[cursor - 1] == ')')
        return nameBeforeAside(text, sentenceBegin, cursor, mentions);
      if (cursor > sentenceBegin && text[cursor - 1] == ',') {
        // An aside between commas (", speaking the same week,") stands between a name and its verb.
        std::size_t open = text.rfind(',', cursor - 2);
        if (open == std::string_view::npos || open < sentenceBegin || cursor - open > 90) return nullptr;
        cursor = open;
        continue;
      }
      std::size_t start = cursor;
      while (start > sentenceBegin && text[start - 1] != ' ' && text[start - 1] != ',') --start;
      std::string word = lowerAscii(text.substr(start, cursor - start));
      if (word.empty() || !lex_.skippableBeforeVerb.count(word)) return nullptr;
      cursor = start;
    }
    return nullptr;
  }

  // The speaker before a bracketed aside that ends at `close`: an author before the year
  // that cites them ("Arthur Langdon (1896) records"), an organisation before its acronym
  // ("the Recording Industry Association of America (RIAA) announced"), or a person before
  // any aside ("George Hotz (founder of Comma.ai) claimed"). Other asides hold what a thing
  // did ("Veo 3 (May 2025) added audio", "Noisee (an audio tool)"): no speaker.
  const Mention* nameBeforeAside(std::string_view text, std::size_t sentenceBegin, std::size_t close,
                                 const std::vector<const Mention*>& mentions) const {
    const std::size_t open = text.rfind('(', close - 1);
    if (open == std::string_view::npos || open < sentenceBegin || close - open > 40) return nullptr;
    std::size_t name = open;
    while (name > sentenceBegin && text[name - 1] == ' ') --name;
    auto m = std::find_if(mentions.begin(), mentions.end(), [name](const Mention* m) { return m->end == name; });
    if (m == mentions.end()) return nullptr;
    const std::string_view aside = text.substr(open + 1, close - open - 2);
    const bool year =
        aside.size() == 4 && std::all_of(aside.begin(), aside.end(), [](char c) { return c >= '0' && c <= '9'; });
    const bool acronym =
        aside.size() >= 2 && std::all_of(aside.begin(), aside.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    const EntityType type = typeOf((*m)->entity);
    const bool speaks = type == EntityType::kPerson || (year && type != EntityType::kProduct) ||
                        (acronym && type == EntityType::kOrganization);
    return speaks ? *m : nullptr;
  }

  // The speakers of a list ending in `nearest`: "A's X, B's Y, and C's Z praised" gives X, Y, Z.
  static std::vector<int> speakerList(std::string_view text, const Mention* nearest,
                                      const std::vector<const Mention*>& mentions) {
    std::vector<int> speakers{nearest->entity};
    std::size_t at = nearest->begin;
    for (auto it = mentions.rbegin(); it != mentions.rend(); ++it) {
      const Mention* m = *it;
      if (m->end > at || m == nearest) continue;
      if (m->possessor) {
        at = m->begin;  // "Google's Sundar Pichai": the possessor qualifies, it does not speak
        continue;
      }
      std::string g = lowerAscii(trim(text.substr(m->end, at - m->end)));
      if (g != "," && g != "and" && g != ", and" && g != "'s") break;
      // "In collaboration with UCLA, Moonshot AI researchers": a comma ends a phrase led by a
      // preposition; "researchers at UC Berkeley and Microsoft" joins both.
      if (m->prepositional && g == ",") break;
      speakers.insert(speakers.begin(), m->entity);
      at = m->begin;
    }
    return speakers;
  }

  // "Anatole Broyard of The New York Times described": a person named right before "of", "at"
  // or "from" and an organisation speaks; the organisation only says where the person works.
  const Mention* affiliatedPerson(std::string_view text, const Mention* nearest,
                                  const std::vector<const Mention*>& mentions) const {
    if (!nearest->prepositional || typeOf(nearest->entity) == EntityType::kPerson) return nullptr;
    const Mention* before = nullptr;
    for (const Mention* m : mentions)
      if (m->end <= nearest->begin) before = m;
    // A name the entity finder could not type ("Anatole Broyard") is as likely a person.
    const EntityType type = before ? typeOf(before->entity) : EntityType::kOrganization;
    if ((type != EntityType::kPerson && type != EntityType::kOther) || before->possessor) return nullptr;
    std::string between = lowerAscii(text.substr(before->end, nearest->begin - before->end));
    return between == " of " || between == " at " || between == " from " || between == " of the " ? before : nullptr;
  }

  // "The Government of Canada Digital Collections website describes": a site named after the
  // body that runs it speaks for that body, named right before the site's own name.
  static const Mention* bodyOfWebsite(std::string_view text, const Mention* nearest, std::size_t pos,
                                      const std::vector<const Mention*>& mentions) {
    std::string_view between = text.substr(nearest->end, pos - nearest->end);
    if (between.find("website") == std::string_view::npos && between.find(" site") == std::string_view::npos)
      return nullptr;
    for (const Mention* m : mentions)
      if (m->end + 1 == nearest->begin && text[m->end] == ' ' && !m->possessor) return m;
    return nullptr;
  }

  // A product's report speaks for its maker ("the V3 technical report stated").
  void reportSpeaksForMaker(std::string_view between, std::vector<int>& speakers) const {
    for (int& s : speakers)
      if (typeOf(s) == EntityType::kProduct) {
        std::string lower = lowerAscii(between);
        if (lower.find("report") != std::string::npos || lower.find("paper") != std::string::npos) {
          int maker = makerOf(s);
          if (maker != kNone) s = maker;
        }
      }
  }

  // The referent of an anaphor that opens a sentence ("The company ...", "It ...") before `pos`;
  // kNone when it opens with none.
  int leadingReferent(std::string_view text, std::size_t sentenceBegin, std::size_t pos) const {
    std::vector<Token> lead = tokenize(text.substr(sentenceBegin, std::min<std::size_t>(pos - sentenceBegin, 30)));
    for (std::size_t n = 1; n <= 2 && n <= lead.size(); ++n)
      if (int e = resolveReference(text, sentenceBegin, sentenceBegin + lead[n - 1].end); e != kNone) return e;
    return kNone;
  }

  // Who a verb at `pos` is attributed to: the names right before it (a list such as
  // "Microsoft's Nadella, Google's Sundar Pichai, and Apple's Tim Cook" counts whole),
  // "figures citing Reuters", or a pronoun resolved through the discourse.
  std::vector<int> speakersBefore(std::size_t b, std::size_t sentenceBegin, std::size_t pos,
                                  const std::vector<const Mention*>& mentions) const {
    std::string_view text = a_.blocks[b].text;
    if (const Mention* nearest = nearestSpeaker(text, sentenceBegin, pos, mentions)) {
      if (const Mention* person = affiliatedPerson(text, nearest, mentions)) return {person->entity};
      if (const Mention* body = bodyOfWebsite(text, nearest, pos, mentions)) return {body->entity};
      // "figures citing Reuters": the claimant is the cited outlet, already nearest.
      std::vector<int> speakers = speakerList(text, nearest, mentions);
      reportSpeaksForMaker(text.substr(nearest->end, pos - nearest->end), speakers);
      return speakers;
    }
    int resolved = resolveReference(text, sentenceBegin, pos);
    // "he" with no person in the discourse yet still refers to a person of its sentence.
    const auto last = wordsBefore(text, sentenceBegin, pos, 1);
    const bool personal = !last.empty() && (last.back() == "he" || last.back() == "she");
    if (resolved == kNone && !personal) return {};
    const EntityType kind = resolved == kNone ? EntityType::kPerson : typeOf(resolved);
    // "The company is based in New York and London, and is building what it describes as": a
    // sentence led by an anaphor has it as its subject, which a later "it" refers back to.
    if (int lead = leadingReferent(text, sentenceBegin, pos); lead != kNone && typeOf(lead) == kind) return {lead};
    // A referent named earlier in the same sentence comes first ("SemiAnalysis estimated ... that it described").
    // The sentence's own subject of that kind, when it has one, is the referent.
    for (const Mention* m : mentions)
      if (m->end <= pos && !m->prepositional && !m->possessor && typeOf(m->entity) == kind && m->begin >= sentenceBegin)
        return {m->entity};
    return resolved == kNone ? std::vector<int>{} : std::vector<int>{resolved};
  }

  // The lower-cased token k of a sentence that starts at `begin`.
  static std::string tokenAt(std::string_view text, std::size_t begin, const std::vector<Token>& tokens,
                             std::size_t k) {
    return lowerAscii(text.substr(begin + tokens[k].begin, tokens[k].end - tokens[k].begin));
  }

  // "according to X" at token k (the word "according"): X named, or "the union", "the
  // company's annual filing" resolved.
  std::optional<Attribution> accordingTo(std::string_view text, std::size_t begin, const std::vector<Token>& tokens,
                                         std::size_t k, const std::vector<const Mention*>& mentions) const {
    std::size_t pos = begin + tokens[k].begin;
    std::size_t after = begin + tokens[k + 1].end;
    for (const Mention* m : mentions)
      if (m->begin >= after && m->begin <= after + 2) return Attribution{pos, "according to", {m->entity}, true};
    if (k + 3 >= tokens.size()) return std::nullopt;
    std::string noun = tokenAt(text, begin, tokens, k + 3);
    if (noun.size() > 2 && (noun.ends_with("'s") || noun.ends_with("\u2019s")))
      noun = noun.substr(0, noun.size() - (noun.ends_with("'s") ? 2 : 4));
    int e = resolveReference(text, begin, begin + tokens[k + 3].begin + noun.size());
    if (e == kNone) e = organizationNamed(noun);
    if (e == kNone) return std::nullopt;
    return Attribution{pos, "according to", {e}, true};
  }

  // "put", "valued", "pegged" and "expected" attribute only before "at", "near", "around" or
  // "to" ("put it near", "put losses at", "valued it at").
  static bool attributesHere(std::string_view verb, std::string_view text, std::size_t begin,
                             const std::vector<Token>& tokens, std::size_t k) {
    if (verb != "put" && verb != "valued" && verb != "pegged" && verb != "expected") return true;
    for (std::size_t n = k + 1; n < tokens.size() && n <= k + 4; ++n) {
      std::string next = tokenAt(text, begin, tokens, n);
      if (next == "at" || next == "near" || next == "around" || next == "to") return true;
    }
    return false;
  }

  // The speakers of a participle ("..., citing Reuters"): the last attribution's, else the
  // first agent named before it that speaks for itself.
  // "with the World Economic Forum forecasting": a name right before the participle speaks. With
  // none named, "The company ..., announcing" and "It ..., adding" speak through their referent.
  std::vector<int> participleSpeakers(std::string_view text, std::size_t begin, std::size_t pos,
                                      const std::vector<Attribution>& out,
                                      const std::vector<const Mention*>& mentions) const {
    if (const Mention* m = nearestSpeaker(text, begin, pos, mentions); m && isAgent(m->entity)) return {m->entity};
    if (!out.empty()) return out.back().speakers;
    int agent = sentenceAgent(text, begin, pos, mentions);
    return agent == kNone ? std::vector<int>{} : std::vector<int>{agent};
  }

  // "self-described as", "a self-styled": words the one described says of itself.
  static bool isSelfDescription(std::string_view word) {
    return word == "self-described" || word == "self-styled" || word == "self-proclaimed" || word == "self-declared" ||
           word == "self-titled";
  }

  // Who a self-description in a sentence belongs to: the sentence's subject (its first agent
  // that is no object of a preposition and no possessor), else the anaphor it opens with.
  int sentenceAgent(std::string_view text, std::size_t begin, std::size_t pos,
                    const std::vector<const Mention*>& mentions) const {
    for (const Mention* m : mentions)
      if (m->end <= pos && !m->possessor && !m->prepositional && isAgent(m->entity) && !qualifiesNext(text, m))
        return m->entity;
    return leadingReferent(text, begin, pos);
  }

  // The speakers of a finite verb at `pos`. "X said ... but warned", "the union rejected ...,
  // which it described": the clause's speaker is the one named earlier in the sentence.
  std::vector<int> verbSpeakers(std::size_t b, std::size_t begin, std::size_t pos, const std::vector<Attribution>& out,
                                const std::vector<const Mention*>& mentions) const {
    std::vector<int> speakers = speakersBefore(b, begin, pos, mentions);
    auto before = wordsBefore(a_.blocks[b].text, begin, pos, 2);
    const std::string last = before.empty() ? std::string() : before.back();
    bool conjunction = last == "but" || last == "and" || last == "also" || last == "then" || last == "later";
    bool pronoun = last == "it" || last == "he" || last == "she" || last == "they";
    // "According to Brown, Johnson ... he told her": "he" is the clause's subject, not the source.
    if (!out.empty() && !out.back().speakers.empty() && !out.back().global &&
        ((speakers.empty() && conjunction) || pronoun)) {
      bool fits = speakers.empty() || typeOf(speakers.front()) == typeOf(out.back().speakers.front());
      if (fits) speakers = out.back().speakers;
    }
    return speakers;
  }

  static bool isPassiveAuxiliary(std::string_view w) {
    return w == "was" || w == "were" || w == "is" || w == "are" || w == "been" || w == "be" || w == "being";
  }

  // "was announced by xAI": the agent named right after "by", or nothing.
  std::optional<Attribution> passiveAgent(std::string_view text, std::size_t begin, const std::vector<Token>& tokens,
                                          std::size_t k, const std::vector<const Mention*>& mentions) const {
    if (k + 2 >= tokens.size() || tokenAt(text, begin, tokens, k + 1) != "by") return std::nullopt;
    std::size_t agentAt = begin + tokens[k + 2].begin;
    for (const Mention* m : mentions)
      if (m->begin == agentAt && isAgent(m->entity))
        return Attribution{
            begin + tokens[k].begin, lex_.speechVerbs.at(tokenAt(text, begin, tokens, k)), {m->entity}, false};
    return std::nullopt;
  }

  // "Video Notes API", "LLM Rankings Compare": a capitalised word inside a sentence is part of a
  // name; a verb is capitalised only where a sentence, a cell or a labelled item begins.
  static bool verbShaped(std::string_view text, std::size_t sentenceBegin, std::size_t pos) {
    if (pos == sentenceBegin || !std::isupper(static_cast<unsigned char>(text[pos]))) return true;
    std::size_t before = pos;
    while (before > sentenceBegin && (text[before - 1] == ' ' || text[before - 1] == '*')) --before;
    return before == sentenceBegin || text[before - 1] == ':' || text[before - 1] == '|';
  }

  // A verb of belief or judgement that has other senses ("mind" in data/speech_verbs.txt)
  // attributes only where it reports something: before "as" ("defines superintelligence as",
  // not "defines a framework"; the only place for "defined"), "that", a quotation in its clause
  // or a number ("found three of four", "wrote in its blog that"); its participle only before "that" or a number
  // ("believing that", "forecasting a 23% shift", not "into believing it", "adding INT8 support").
  bool mindVerbHere(const std::string& base, std::string_view word, std::string_view text, std::size_t begin,
                    const std::vector<Token>& tokens, std::size_t k) const {
    if (!lex_.mindVerbs.count(base)) return true;
    const std::string next = k + 1 < tokens.size() ? tokenAt(text, begin, tokens, k + 1) : std::string();
    const std::size_t afterVerb = begin + tokens[k].end;
    auto figureFollows = [&] {  // right after the verb, or after an article ("forecasting a 23% shift")
      std::string_view rest = text.substr(afterVerb, 60);
      std::size_t skip = 0;
      for (std::string_view article : {" a ", " an ", " the "})
        if (rest.starts_with(article)) skip = article.size() - 1;
      std::vector<Figure> figures = findFigures(rest.substr(skip));
      return !figures.empty() && figures.front().begin <= 2;
    };
    auto within = [&](std::string_view wanted, std::size_t last) {  // token wanted among k+2..last
      for (std::size_t n = k + 2; n < tokens.size() && n <= last; ++n)
        if (tokenAt(text, begin, tokens, n) == wanted) return true;
      return false;
    };
    if (word.ends_with("ing")) return next == "that" || figureFollows();  // "forecasting a 23% job shift"
    if (within("as", k + 5)) return true;
    if (base == "defined") return false;
    if (next == "that" || figureFollows()) return true;
    // "wrote in its blog that": a place or addressee before the "that".
    if (lex_.prepositions.count(next) && within("that", k + 6)) return true;
    // A quotation opening in the clause: up to the next comma or full stop, within 100 bytes.
    std::string_view clause = text.substr(afterVerb, 100);
    clause = clause.substr(0, std::min(clause.find(','), clause.find(". ")));
    return clause.find('"') != std::string_view::npos || clause.find("\u201C") != std::string_view::npos;
  }

  // The speaker of a list item's or table row's verb `word` (past form `past`) that names none:
  // the one (a person, an organisation...) that labels the item ("- Nigam Shah (Stanford):
  // Described it as ..."), that heads the row and is quoted in the verb's cell ("| Nigam Shah |
  // Described it as "..." |"), or who speaks in the item's lead-in ("The company emphasizes three
  // aspects:" then "- ..., believing that ..."). A bare form ("Describe the font") is an
  // imperative, which no one in the text speaks.
  std::vector<int> itemSpeakers(std::size_t b, std::size_t pos, std::string_view word, std::string_view past) const {
    const Block& block = a_.blocks[b];
    const std::string_view text = block.text;
    const bool participle = word.ends_with("ing");
    if (word != past && !word.ends_with("s") && !participle) return {};
    // "- Cicero: Published in Science", "| Maintained by Farama |": before a preposition, a
    // participle is passive and its label is what was published, not who spoke.
    const std::vector<Token> next = tokenize(text.substr(pos, 40));
    const bool passive =
        next.size() > 1 &&
        lex_.prepositions.count(lowerAscii(text.substr(pos + next[1].begin, next[1].end - next[1].begin)));
    const Mention* label = ents_.mentions[b].empty() ? nullptr : &ents_.mentions[b].front();
    // "- Practical Focus: Emphasizes ...": a label of common words is a heading, not a speaker.
    auto labelled = [&](std::size_t labelEnd) {
      bool speaks = !participle && !passive && label && label->end <= labelEnd &&
                    trim(text.substr(0, label->begin)).empty() && isAgent(label->entity) &&
                    !commonWordsLabel(label->entity);
      return speaks ? std::vector<int>{label->entity} : std::vector<int>{};
    };
    if (block.kind == BlockKind::kTableRow) {
      auto cell = std::upper_bound(block.cellBegins.begin(), block.cellBegins.end(), pos);
      const std::size_t cellEnd = cell == block.cellBegins.end() ? text.size() : *cell;
      if (cell - block.cellBegins.begin() < 2 || !trim(text.substr(cell[-1], pos - cell[-1])).empty() ||
          text.substr(pos, cellEnd - pos).find('"') == std::string_view::npos)
        return {};
      return labelled(block.cellBegins[1]);
    }
    if (block.kind != BlockKind::kListItem) return {};
    if (firstWordAfterLabel(text, pos)) return labelled(text.find(':'));
    return leadInSpeakers(b);
  }

  // Who speaks in the lead-in of the list that item `b` belongs to: the last speaker of the
  // paragraph, ending in a colon, right before the list's first item; a person or an
  // organisation ("Research using MGSM revealed", "Design Mode added" speak for no one).
  std::vector<int> leadInAgents(std::size_t b) const {
    std::vector<int> speakers = leadInSpeakers(b);
    for (int e : speakers)
      if (typeOf(e) != EntityType::kPerson && typeOf(e) != EntityType::kOrganization) return {};
    return speakers;
  }

  // The last speaker of the lead-in paragraph of the list that item `b` belongs to (see above).
  std::vector<int> leadInSpeakers(std::size_t b) const {
    std::size_t lead = b;
    while (lead > 0 && a_.blocks[lead - 1].kind == BlockKind::kListItem &&
           a_.blocks[lead - 1].section == a_.blocks[b].section)
      --lead;
    if (lead == 0) return {};
    const Block& block = a_.blocks[--lead];
    if (block.kind != BlockKind::kParagraph || block.section != a_.blocks[b].section || block.sentences.empty() ||
        !endsWithColon(block.text))
      return {};
    if (auto it = leadInSpeakers_.find(lead); it != leadInSpeakers_.end()) return it->second;
    const Sentence& last = block.sentences.back();
    std::vector<int> speakers;
    // "Industry analysts note that Pulse positions ChatGPT to compete with:": when someone the
    // text does not name speaks, the list is theirs, not a later verb's. "RAG maintains several
    // advantages:" keeps, it does not say.
    for (const Attribution& a : attributions(lead, last.begin, last.end, mentionsIn(lead, last.begin, last.end))) {
      if (a.speakers.empty()) {
        speakers.clear();
        break;
      }
      if (a.verb != "maintained") speakers = a.speakers;
    }
    leadInSpeakers_.emplace(lead, speakers);
    return speakers;
  }

  std::vector<Attribution> attributions(std::size_t b, std::size_t begin, std::size_t end,
                                        const std::vector<const Mention*>& mentions) const {
    std::string_view text = a_.blocks[b].text;
    std::vector<Attribution> out;
    std::vector<Token> tokens = tokenize(text.substr(begin, end - begin));
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      std::size_t pos = begin + tokens[k].begin;
      std::string word = tokenAt(text, begin, tokens, k);
      if (word == "according" && k + 1 < tokens.size() &&
          lowerAscii(text.substr(begin + tokens[k + 1].begin, 2)) == "to") {
        if (auto a = accordingTo(text, begin, tokens, k, mentions)) out.push_back(std::move(*a));
        continue;
      }
      if (isSelfDescription(word)) {
        if (int self = sentenceAgent(text, begin, pos, mentions); self != kNone)
          out.push_back(Attribution{pos, "described", {self}, false});
        continue;
      }
      auto verb = lex_.speechVerbs.find(word);
      if (verb == lex_.speechVerbs.end() || !attributesHere(verb->second, text, begin, tokens, k) ||
          !verbShaped(text, begin, pos) || !mindVerbHere(verb->second, word, text, begin, tokens, k))
        continue;
      // "called" as naming ("a lab called X") is not speech: it needs a speaker before it.
      Attribution a{pos, verb->second, {}, false};
      bool participle = word.size() > 4 && word.compare(word.size() - 3, 3, "ing") == 0;
      if (!participle && k > 0 && isPassiveAuxiliary(tokenAt(text, begin, tokens, k - 1))) {
        // "Grok-1.5 was announced": the name before it is what was announced, not who spoke;
        // "was announced by xAI" names the speaker after "by".
        if (auto by = passiveAgent(text, begin, tokens, k, mentions)) out.push_back(std::move(*by));
        continue;
      }
      a.speakers =
          participle ? participleSpeakers(text, begin, pos, out, mentions) : verbSpeakers(b, begin, pos, out, mentions);
      if (a.speakers.empty()) a.speakers = itemSpeakers(b, pos, word, verb->second);
      // A verb of belief that names no one holding the view may be no speech at all ("units
      // found missing", "We believe" inside a quotation): it must not take a figure's claimant.
      if (a.speakers.empty() && lex_.mindVerbs.count(a.verb)) continue;
      out.push_back(std::move(a));
    }
    return out;
  }

  // True when `at` stands inside parentheses, opened after `from`, that close before `limit`.
  static bool insideClosedAside(std::string_view text, std::size_t from, std::size_t at, std::size_t limit) {
    std::size_t open = text.substr(from, at - from + 1).rfind('(');
    if (open == std::string_view::npos) return false;
    std::size_t close = text.substr(0, limit).find(')', from + open);
    return close != std::string_view::npos && close > at;
  }

  // The attribution that covers a position: the nearest before it in the same clause;
  // then one after it ("..., Reuters reported"); then "according to".
  const Attribution* attributionFor(const std::vector<Attribution>& all, std::string_view text,
                                    std::size_t sentenceBegin, std::size_t pos,
                                    std::size_t after = std::string_view::npos) const {
    if (after == std::string_view::npos) after = pos;
    const Attribution* best = nullptr;
    for (const auto& a : all)
      if (!a.global && a.pos < pos && !insideClosedAside(text, sentenceBegin, a.pos, pos)) best = &a;
    if (best) {
      std::string between = lowerAscii(text.substr(best->pos, pos - best->pos));
      if (between.find(';') != std::string::npos || between.find(" while ") != std::string::npos ||
          between.find(" but ") != std::string::npos || between.find(" whereas ") != std::string::npos)
        best = nullptr;
    }
    if (!best)
      for (const auto& a : all)
        if (!a.global && a.pos > after) {
          std::string between = lowerAscii(text.substr(after, a.pos - after));
          if (between.find(';') == std::string::npos && between.find(" while ") == std::string::npos &&
              between.find(" that ") == std::string::npos && between.find(" but ") == std::string::npos)
            best = &a;
          break;
        }
    if (!best)
      for (const auto& a : all)
        if (a.global) best = &a;
    return best;
  }

  // The class of measure a unit can have: percent, compute, count, money or other.
  static std::string unitClassOf(const std::string& unit) {
    if (unit == "percent") return "percent";
    if (unit == "GPU-hours") return "compute";
    if (unit == "count" || unit.empty()) return "count";  // a bare number counts something: "3 million"
    if (unit.size() == 3 && std::isupper(static_cast<unsigned char>(unit[0]))) return "money";
    return "other";
  }

  // Calls f(phrase, i, n) for every run of 1..longestCueWords words starting at word i.
  template <class F>
  void forEachPhrase(const std::vector<std::string>& words, F&& f) const {
    std::string phrase;  // one buffer for all phrases: this runs for every word near every figure
    for (std::size_t i = 0; i < words.size(); ++i)
      for (std::size_t n = 1; n <= lex_.longestCueWords && i + n <= words.size(); ++n) {
        phrase.assign(words[i]);
        for (std::size_t k = 1; k < n; ++k) phrase.append(" ").append(words[i + k]);
        f(phrase, i, n);
      }
  }

  // The label of the measure rule of `unitClass` whose cue stands nearest the figure: in its
  // counted noun (distance 0), else among the clause's words, where the figure stands before
  // word `figureAt`. A longer cue ("at risk", "market value") is more specific than a nearer
  // single word; ties go to the earlier rule.
  std::string nearestCue(const std::vector<std::string>& nounWords, const std::vector<std::string>& words,
                         std::size_t figureAt, const std::string& unitClass) const {
    std::size_t bestDistance = std::string::npos;
    std::string label;
    auto consider = [&](const std::string& phrase, std::size_t distance, std::size_t phraseWords) {
      auto it = lex_.measureCues.find(phrase);
      if (it == lex_.measureCues.end()) return;
      for (std::size_t r : it->second) {
        if (lex_.measures[r].unitClass != unitClass) continue;
        std::size_t bonus = 2 * (phraseWords - 1);
        std::size_t d = distance > bonus ? distance - bonus : 1;
        if (d < bestDistance || (d == bestDistance && r < ruleOf_)) {
          bestDistance = d;
          ruleOf_ = r;
          label = lex_.measures[r].label;
        }
      }
    };
    ruleOf_ = SIZE_MAX;
    forEachPhrase(nounWords, [&](const std::string& phrase, std::size_t, std::size_t n) { consider(phrase, 0, n); });
    forEachPhrase(words, [&](const std::string& phrase, std::size_t i, std::size_t n) {
      consider(phrase, i < figureAt ? figureAt - i : i - figureAt + 1, n);
    });
    return label;
  }

  // "GPU-server capital expenditure": the scope word written before the measure, as written.
  static std::string capexScope(std::string_view before) {
    std::size_t at = lowerAscii(before).rfind(" capital expenditure");
    if (at == std::string::npos || at == 0) return {};
    std::size_t start = before.rfind(' ', at - 1);
    start = start == std::string::npos ? 0 : start + 1;
    std::string modifier(before.substr(start, at - start));
    return modifier.find('-') != std::string::npos ? modifier : std::string();
  }

  // "70% of the AI coding assistant market": a share of a market, the words of its clause right
  // after the figure being "of", at most six words and "market" (not "of its market value").
  static bool sharesAMarket(std::string_view after) {
    after = after.substr(0, std::min({after.size(), after.find_first_of(",;"), std::size_t{80}}));
    const std::vector<std::string> words = graph::foldTokens(after);
    if (words.empty() || words[0] != "of") return false;
    for (std::size_t i = 1; i < words.size() && i <= 7; ++i)
      if (words[i] == "market") {
        const std::string next = i + 1 < words.size() ? words[i + 1] : "";
        return next != "value" && next != "cap" && next != "capitalization" && next != "capitalisation";
      }
    return false;
  }

  // A measure made precise by the words around the figure: the scope of a capital expenditure,
  // a cost of training, total against active parameters.
  static std::string preciseMeasure(std::string label, std::string_view text, std::size_t begin, std::size_t end,
                                    std::size_t lo, const Figure& f, const std::string& noun) {
    if (label == "capital expenditure") {
      std::string scope = capexScope(text.substr(lo, f.begin - lo));
      if (!scope.empty()) label = scope + " " + label;
    }
    if (label == "cost" || label == "valuation" || label == "amount") {
      // "the main training run ... which the company valued at 5.6 million": a cost of training.
      std::string around = graph::foldKey(text.substr(begin, f.begin - begin));
      if (around.find("training run") != std::string::npos || around.find(" train") != std::string::npos)
        label = "training cost";
    }
    if (f.quantity.unit == "percent" && sharesAMarket(text.substr(f.end, end - f.end))) label = "market share";
    if (label == "context window") {
      // "a context window of 1.4 million words": counted in another unit than tokens.
      std::string unitWord = noun.substr(noun.rfind(' ') == std::string::npos ? 0 : noun.rfind(' ') + 1);
      if (unitWord == "words" || unitWord == "characters" || unitWord == "pages" || unitWord == "lines")
        label += " (" + unitWord + ")";
    }
    if (label == "parameters") {
      // "671 billion total parameters" and "37 billion active per token" count different things.
      std::string near =
          " " + noun + " " + graph::foldKey(text.substr(f.end, std::min<std::size_t>(12, end - f.end))) + " ";
      if (near.find(" active ") != std::string::npos)
        label = "active parameters";
      else if (near.find(" total ") != std::string::npos)
        label = "total parameters";
    }
    return label;
  }

  // Where a figure's measure may come from besides its own clause (docs/MEASURES.md).
  struct MeasureContext {
    std::string column;  // a table cell's figure: the header cell of its column
    std::string row;     // a table cell's figure: the header cells of the row's columns that hold no figure
    int section = -1;    // the figure's section: its title and those above it
  };

  // Of two measures, the one that narrows the other ("training cost" of "cost"); empty when neither does.
  static std::string narrower(const std::string& a, const std::string& b) {
    if (a.size() > b.size() + 1 && a.ends_with(" " + b)) return a;
    if (b.size() > a.size() + 1 && b.ends_with(" " + a)) return b;
    return {};
  }

  // The one measure that `words` name for `unitClass`, each place taking its longest cue;
  // empty when they name none or two ("Funding and Valuation" decides neither; "Training
  // Costs" names training cost, which narrows cost).
  std::string soleMeasure(const std::vector<std::string>& words, const std::string& unitClass) const {
    std::string label;
    for (std::size_t i = 0; i < words.size();) {
      std::size_t matched = 0;
      std::string found;
      std::string phrase;
      for (std::size_t n = 1; n <= lex_.longestCueWords && i + n <= words.size(); ++n) {
        phrase += (n > 1 ? " " : "") + words[i + n - 1];
        auto it = lex_.measureCues.find(phrase);
        if (it == lex_.measureCues.end()) continue;
        for (std::size_t r : it->second)
          if (lex_.measures[r].unitClass == unitClass) {
            matched = n, found = lex_.measures[r].label;
            break;
          }
      }
      if (label.empty() || found.empty() || found == label)
        label = found.empty() ? label : found;
      else if (std::string narrow = narrower(found, label); !narrow.empty())
        label = narrow;
      else
        return {};
      i += std::max<std::size_t>(matched, 1);
    }
    return label;
  }

  // "a total of $8 billion", "$8 billion to date": a refinement row ("before funding round",
  // "after funding round") whose cue stands within five words before the figure at `figureAt`,
  // or right after it, names the measure more precisely. Only right after: in "$2 billion,
  // bringing its total to $8 billion" the total is the next figure's.
  std::string refinedMeasure(std::string label, const std::vector<std::string>& words, std::size_t figureAt) const {
    for (const MeasureRule& rule : lex_.measures) {
      const bool before = rule.unitClass == "before " + label, after = rule.unitClass == "after " + label;
      if (!before && !after) continue;
      const std::size_t from = before ? figureAt - std::min<std::size_t>(figureAt, 5) : figureAt;
      const std::size_t to = before ? figureAt : std::min(words.size(), figureAt + 1);
      for (const std::string& cue : rule.cues) {
        const std::vector<std::string> cueWords = graph::foldTokens(cue);
        for (std::size_t i = from; i < to && !cueWords.empty(); ++i) {
          if (i + cueWords.size() > words.size() || (before && i + cueWords.size() > figureAt)) break;
          if (std::equal(cueWords.begin(), cueWords.end(), words.begin() + static_cast<std::ptrdiff_t>(i)))
            return rule.label;
        }
      }
    }
    return label;
  }

  // The measure a section names, its own title first, then the titles above it.
  std::string headingMeasure(int section, const std::string& unitClass) const {
    for (int s = section; s >= 0 && static_cast<std::size_t>(s) < a_.sections.size(); s = a_.sections[s].parent) {
      std::string label = soleMeasure(graph::foldTokens(a_.sections[s].title), unitClass);
      if (!label.empty()) return label;
    }
    return {};
  }

  // What a figure counts: named by its table column's header, else by the words of its clause
  // (nearest first, the row's other headers after them), else by its section's heading; a
  // count's own noun ("40 countries") is its measure before a heading.
  std::string measureFor(std::string_view text, std::size_t begin, std::size_t end, const Figure& f,
                         const MeasureContext& context) const {
    const std::string& unit = f.quantity.unit;
    // Money per unit is a price; a physical rate ("bytes/s", "tokens/s") is not.
    const std::size_t slash = unit.find('/');
    if (slash != std::string::npos && unitClassOf(unit.substr(0, slash)) == "money")
      return "price per " + unit.substr(slash + 1);
    const std::string unitClass = unitClassOf(unit);
    const std::size_t lo = std::max(f.begin > 90 ? f.begin - 90 : 0, begin);
    // A semicolon ends the figure's clause: the words after it ("Raised $165 million; valuation
    // exceeded $1 billion") name the next figure's measure, not this one's.
    std::size_t hi = std::min(end, f.end + 60);
    if (std::size_t semicolon = text.substr(f.end, hi - f.end).find(';'); semicolon != std::string_view::npos)
      hi = f.end + semicolon;
    // The clause around the figure as folded words, the figure's own place marked between them.
    std::vector<std::string> words = graph::foldTokens(text.substr(lo, f.begin - lo));
    const std::size_t figureAt = words.size();
    std::vector<std::string> after = graph::foldTokens(std::string(text.substr(f.end, hi - f.end)) + " " + context.row);
    words.insert(words.end(), after.begin(), after.end());
    const std::string noun = graph::foldKey(f.noun);
    const std::vector<std::string> nounWords = graph::foldTokens(noun);
    const std::vector<std::string> columnWords = graph::foldTokens(context.column);
    std::string label = soleMeasure(columnWords, unitClass);
    if (!label.empty()) label = refinedMeasure(std::move(label), columnWords, columnWords.size());
    if (label.empty()) label = refinedMeasure(nearestCue(nounWords, words, figureAt, unitClass), words, figureAt);
    label = preciseMeasure(std::move(label), text, begin, end, lo, f, noun);
    if (label.empty() && unitClass == "count" && !nounWords.empty()) label = "number of " + nounWords.back();
    // The heading names the measure, or a narrower one of the same head: "cost" in a "Training Costs" section.
    if (std::string heading = headingMeasure(context.section, unitClass);
        !heading.empty() && (label.empty() || narrower(heading, label) == heading))
      label = heading;
    if (label.empty()) label = unitClass == "money" ? "amount" : unitClass == "percent" ? "percentage" : unitClass;
    return label;
  }

  // The measure context of a figure at `figureAt` in block `b` (a table row when `header` is set).
  MeasureContext measureContextOf(const Block& block, const Block* header, std::size_t figureAt) const {
    MeasureContext context;
    context.section = block.section;
    if (!header) return context;
    const auto& begins = block.cellBegins;
    const bool aligned = !begins.empty() && header->cells.size() == block.cells.size();
    if (!aligned) {  // a row that does not line up with its header: every header cell is row context
      for (const auto& cell : header->cells) context.row += cell + " ";
      return context;
    }
    const auto cellEnd = std::upper_bound(begins.begin(), begins.end(), figureAt);
    const std::size_t column = cellEnd == begins.begin() ? 0 : static_cast<std::size_t>(cellEnd - begins.begin()) - 1;
    context.column = header->cells[column];
    // The own header first: one that names two measures ("Valuation/Revenue") leaves the choice to the row.
    context.row = context.column + " ";
    for (std::size_t k = 0; k < block.cells.size(); ++k)
      if (k != column && findFigures(block.cells[k]).empty()) context.row += header->cells[k] + " ";
    return context;
  }

  static bool contains(const std::vector<int>& entities, int e) {
    return std::find(entities.begin(), entities.end(), e) != entities.end();
  }

  // Where the clause of a figure at `figureAt` starts: at its verb, or after the last "; ",
  // " while ", " whereas ", ", which " or " but " before it in the sentence.
  static std::size_t clauseStartOf(std::string_view text, std::size_t begin, std::size_t figureAt, std::size_t verbAt) {
    std::size_t clauseStart = begin;
    if (verbAt != std::string_view::npos && verbAt < figureAt) clauseStart = verbAt;
    for (std::string_view cut : {"; ", " while ", " whereas ", ", which ", " but "}) {
      std::size_t at = text.substr(begin, figureAt - begin).rfind(cut);  // within the sentence only
      if (at != std::string_view::npos) clauseStart = std::max(clauseStart, begin + at);
    }
    return clauseStart;
  }

  // The figure's subject named right after it: "... for OpenAI's GPT-4" (the name within a few
  // words), "an 18% drop in Nvidia's share price", "a stake of Acme" (right after the word).
  static int subjectNamedAfter(std::string_view text, std::size_t figureAt,
                               const std::vector<const Mention*>& mentions) {
    std::size_t windowEnd = std::min(text.size(), figureAt + 200);
    std::string afterText = lowerAscii(text.substr(figureAt, windowEnd - figureAt));
    for (auto [word, reach] : {std::pair<std::string_view, std::size_t>{" for ", 40}, {" in ", 2}, {" of ", 2}}) {
      std::size_t at = afterText.find(word);
      if (at == std::string::npos || at >= 40) continue;
      const Mention* named = nullptr;
      std::size_t from = figureAt + at + word.size();
      for (const Mention* m : mentions)
        if (m->begin >= from && m->begin <= from + reach) {
          named = m;
          if (!m->possessor) break;
        }
      if (named && !(word == " of " && modifiesNoun(text, *named))) return named->entity;
    }
    return kNone;
  }

  // "60% of Fortune 500 companies": a name right before a noun of its own is a modifier of a
  // group, not the owner of the figure; a possessive owns ("a drop in Nvidia's share price").
  static bool modifiesNoun(std::string_view text, const Mention& m) {
    if (m.possessor || m.end + 1 >= text.size() || text[m.end] != ' ') return false;
    std::size_t wordEnd = std::min(text.size(), text.find_first_of(" ,.;:)", m.end + 1));
    std::string word(text.substr(m.end + 1, wordEnd - m.end - 1));
    if (word.empty() || !std::islower(static_cast<unsigned char>(word[0]))) return false;
    const auto& functionWords = lexicon().functionWords;
    return std::find(functionWords.begin(), functionWords.end(), word) == functionWords.end() &&
           !lexicon().prepositions.count(word) && word != "and" && word != "or";
  }

  // The first name ending by `limit` that can be a subject: no claimant, possessor or
  // prepositional object.
  int firstSubjectBefore(std::string_view text, std::size_t begin, std::size_t limit,
                         const std::vector<const Mention*>& mentions, const std::vector<int>& claimants,
                         bool listItem = false) const {
    for (const Mention* m : mentions)
      if (m->end <= limit && !m->prepositional && !contains(claimants, m->entity) && !m->possessor &&
          maySubject(text, begin, *m, listItem))
        return m->entity;
    return kNone;
  }

  // The subject of a figure in the clause of an attribution verb at `verbAt`, which names none.
  int subjectAfterVerb(std::string_view text, std::size_t begin, std::size_t figureAt, std::size_t verbAt,
                       const std::vector<const Mention*>& mentions, const std::vector<int>& claimants) const {
    // "which the company valued at ...", "put it at ...": the thing named earlier in the sentence.
    std::string lead = lowerAscii(text.substr(begin, verbAt - begin));
    if (lead.find(", which") != std::string::npos || lead.find(" which ") != std::string::npos)
      if (int e = firstSubjectBefore(text, begin, verbAt, mentions, claimants); e != kNone) return e;
    // "X reported the loss as ...", "put it near ...": an anaphor carries the running subject.
    std::string clauseText = " " + lowerAscii(text.substr(verbAt, figureAt - verbAt)) + " ";
    for (std::string_view anaphor : {" it ", " the loss ", " the figure ", " the drop ", " the decline ", " the fall ",
                                     " the number ", " the total ", " the amount ", " its "})
      if (clauseText.find(anaphor) != std::string::npos) return discourse_.subject;
    // "analysts estimated that 1 trillion dollars was wiped from US technology stocks": a
    // collective, not the running subject. Otherwise the estimate is about what the text is about.
    // After the verb itself: "NVIDIA markets this as ..." names no markets.
    const std::size_t afterVerb = std::min(figureAt, text.find(' ', verbAt));
    std::string tail = " " + lowerAscii(text.substr(afterVerb, std::min(text.size(), figureAt + 80) - afterVerb)) + " ";
    for (std::string_view collective :
         {" stocks", " shares ", " sector", " industry", " companies", " markets", " economy"})
      if (tail.find(collective) != std::string::npos) return kNone;
    return discourse_.subject;
  }

  // The entity a figure is about: the nearest name before it in its clause that is neither
  // its claimant nor a prepositional object; else one named right after it, or "the company";
  // else what the clause of its verb refers to, or the sentence's first name; else the last
  // subject of the section.
  int subjectFor(std::size_t b, std::size_t begin, std::size_t figureAt, const std::vector<const Mention*>& mentions,
                 const std::vector<int>& claimants, std::size_t verbAt) const {
    std::string_view text = a_.blocks[b].text;
    if (int owner = possessorOf(text, figureAt, mentions); owner != kNone) return owner;
    if (int subject = grammaticalSubject(b, begin, figureAt, mentions, claimants); subject != kNone) return subject;
    const std::size_t clauseStart = clauseStartOf(text, begin, figureAt, verbAt);
    if (clauseStart == begin && opensWithIt(text.substr(begin, figureAt - begin)) && itSubject(b) != kNone)
      return itSubject(b);
    const Mention* best = nullptr;
    for (const Mention* m : mentions)
      if (m->end <= figureAt && m->begin >= clauseStart && !m->prepositional && !contains(claimants, m->entity) &&
          !followedByMention(text, m, mentions) && !insideClosedAside(text, begin, m->begin, figureAt) &&
          maySubject(text, begin, *m, a_.blocks[b].kind == BlockKind::kListItem))
        best = m;
    if (best && verbAt == std::string_view::npos && clauseStart == begin)
      if (int opener = clauseOpener(text, begin, figureAt, *best, mentions, claimants); opener != kNone) return opener;
    if (best) return best->entity;
    if (int after = subjectNamedAfter(text, figureAt, mentions); after != kNone) return after;
    // "which the company valued at": the clause's own subject, resolved.
    std::string clause = lowerAscii(text.substr(clauseStart, figureAt - clauseStart));
    if (clause.find("the company") != std::string::npos || clause.find("the firm") != std::string::npos)
      if (int resolved = lastCompany(); resolved != kNone && !contains(claimants, resolved)) return resolved;
    if (verbAt != std::string_view::npos) return subjectAfterVerb(text, begin, figureAt, verbAt, mentions, claimants);
    int first =
        firstSubjectBefore(text, begin, figureAt, mentions, claimants, a_.blocks[b].kind == BlockKind::kListItem);
    if (first != kNone) return first;
    return listLead_ != kNone && a_.blocks[b].kind == BlockKind::kListItem ? listLead_ : discourse_.subject;
  }

  // The entity the grammatical subject of the figure's clause names (Subjects.h, clauseSubject):
  // the head name of its noun phrase ("NVIDIA CEO Jensen Huang", "Nvidia's revenue"); for "it",
  // "they" what the sentence before spoke of; for "the company" the last company; for another
  // definite description ("the paper", "this variant") the section's or the article's own thing;
  // for a figure that is itself the subject, the name its verb takes as object. kNone where the
  // grammar names nothing sure (a claimant, a bare common noun, a fragment).
  int grammaticalSubject(std::size_t b, std::size_t begin, std::size_t figureAt,
                         const std::vector<const Mention*>& mentions, const std::vector<int>& claimants) const {
    std::string_view text = a_.blocks[b].text;
    std::size_t figureEnd = figureAt;
    for (auto [from, to] : figureSpans_)
      if (from == figureAt) figureEnd = to;
    const std::optional<ClauseSubject> clause = clauseSubject(text, begin, figureAt, figureEnd);
    if (!clause || clause->kind == ClauseSubject::Kind::kPronoun || clause->kind == ClauseSubject::Kind::kThere)
      return kNone;
    const int named = namedIn(text, begin, *clause, mentions, a_.blocks[b].kind == BlockKind::kListItem);
    const int subject = named != kNone ? named : describedBy(text, *clause, b);
    return contains(claimants, subject) ? kNone : subject;
  }

  // The name a clause subject's phrase stands on: the last one before its first preposition
  // ("NVIDIA CEO Jensen Huang", "Nvidia's revenue"), else the first after its "of" ("the racial
  // makeup of the CDP"); for a figure that is the subject, the first name its verb takes.
  int namedIn(std::string_view text, std::size_t begin, const ClauseSubject& clause,
              const std::vector<const Mention*>& mentions, bool listItem) const {
    const bool object = clause.kind == ClauseSubject::Kind::kObject;
    std::size_t prepositionAt = clause.end;
    if (!object)
      for (const Token& t : tokenize(text.substr(clause.begin, clause.end - clause.begin)))
        if (lex_.prepositions.count(lowerAscii(text.substr(clause.begin + t.begin, t.end - t.begin)))) {
          prepositionAt = clause.begin + t.begin;
          break;
        }
    const bool ofPhrase = text.substr(prepositionAt, 3) == "of ";
    const Mention* head = nullptr;
    const Mention* owner = nullptr;
    for (const Mention* m : mentions) {
      if (m->begin < clause.begin || m->end > clause.end || !maySubject(text, begin, *m, listItem)) continue;
      if (object && m->prepositional) continue;
      if (m->begin < prepositionAt)
        head = m;
      else if (ofPhrase && !owner)
        owner = m;
      if (object && head) break;
    }
    return head ? head->entity : owner ? owner->entity : kNone;
  }

  // What a definite description with no name refers to: "the company", "the firm" to the last
  // company; "the paper", "this variant", "the book" (a thing the article or its section is
  // about) to the section's subject; anything else ("this achievement") to nothing sure.
  int describedBy(std::string_view text, const ClauseSubject& clause, std::size_t block) const {
    if (clause.kind != ClauseSubject::Kind::kDefinite) return kNone;
    const std::size_t headEnd = std::min(text.size(), text.find_first_of(" ,.;:", clause.headAt));
    const std::string head = lowerAscii(text.substr(clause.headAt, headEnd - clause.headAt));
    if (lex_.companyNouns.count(head)) {
      // "NVIDIA CEO Jensen Huang announced ..., stating the company invested": a company named
      // earlier in the sentence, else the last one.
      const int inSentence = lastOrganizationBefore(block, clause.begin);
      return inSentence != kNone ? inSentence : lastCompany();
    }
    if (!isThingNoun(head)) return kNone;
    const int named = lastNamedWith(head, block, clause.begin);
    if (named != kNone || sectionSubject_ != kNone) return named != kNone ? named : sectionSubject_;
    return topicIsA(head) ? ents_.topic : kNone;
  }

  // "the paper" in an article whose first sentence says the topic is a paper ("... is a 2017
  // research paper"): whether that sentence has the noun (or its singular).
  bool topicIsA(std::string_view noun) const {
    if (ents_.topic == kNone) return false;
    const std::string singular(noun.size() > 1 && noun.back() == 's' ? noun.substr(0, noun.size() - 1) : noun);
    for (const Block& block : a_.blocks) {
      if (block.kind != BlockKind::kParagraph || block.sentences.empty()) continue;
      const Sentence& first = block.sentences.front();
      const std::string_view sentence = std::string_view(block.text).substr(first.begin, first.end - first.begin);
      for (const Token& t : tokenize(sentence))
        if (const std::string w = lowerAscii(sentence.substr(t.begin, t.end - t.begin)); w == noun || w == singular)
          return true;
      return false;
    }
    return false;
  }

  // The last organisation named in the sentence of block `b` before `at`, or kNone.
  int lastOrganizationBefore(std::size_t b, std::size_t at) const {
    const Sentence* s = nullptr;
    for (const Sentence& sentence : a_.blocks[b].sentences)
      if (sentence.begin <= at && at < sentence.end) s = &sentence;
    int found = kNone;
    // Not one in a prepositional phrase ("Founded by former Google DeepMind researchers, the company").
    const std::string_view text = a_.blocks[b].text;
    for (const Mention& m : ents_.mentions[b]) {
      if (!s || m.begin < s->begin || m.end > at || typeOf(m.entity) != EntityType::kOrganization) continue;
      const std::vector<Token> before = tokenize(text.substr(s->begin, m.begin - s->begin));
      const bool prepositional =
          std::any_of(before.size() > 2 ? before.end() - 2 : before.begin(), before.end(), [&](const Token& t) {
            return lex_.prepositions.count(lowerAscii(text.substr(s->begin + t.begin, t.end - t.begin))) > 0;
          });
      if (!prepositional && !m.prepositional) found = m.entity;
    }
    return found;
  }

  // "the superchip" after "the GB10 Grace Blackwell Superchip": the last entity before `at` in
  // block `b` or in the ten blocks before it whose name ends in `noun` (or its singular).
  int lastNamedWith(std::string_view noun, std::size_t b, std::size_t at) const {
    const std::string singular(noun.size() > 1 && noun.back() == 's' ? noun.substr(0, noun.size() - 1) : noun);
    for (std::size_t k = b + 1; k-- > 0 && k + 10 >= b;) {
      const auto& mentions = ents_.mentions[k];
      for (auto m = mentions.rbegin(); m != mentions.rend(); ++m) {
        if (k == b && m->end > at) continue;
        const std::string& name = ents_.entities[static_cast<std::size_t>(m->entity)].name;
        const std::size_t space = name.rfind(' ');
        // "Superchip" alone, or "large language model", is no name of one thing.
        // Its last word written as a name too ("Superchip"), not "AI chatbot".
        if (space == std::string::npos || std::isupper(static_cast<unsigned char>(name[0])) == 0 ||
            std::isupper(static_cast<unsigned char>(name[space + 1])) == 0)
          continue;
        const std::string last = lowerAscii(std::string_view(name).substr(space + 1));
        if (last == noun || last == singular) return m->entity;
      }
    }
    return kNone;
  }

  // The grammatical subject that opens the sentence, over a nearer name in its predicate ("The
  // GB200 Superchip integrates one Grace CPU ... (900 GB/s)"); not over a product the opener
  // makes or releases ("Kestrel AI released Orion 2 with 70B parameters": Orion 2's).
  // A figure in brackets right after a name is that name's ("E5M2 (5 exponent bits)"), and a
  // label before a colon opens no clause ("LLaMA pruning: Tailored-LLaMA achieves 95.68%").
  int clauseOpener(std::string_view text, std::size_t begin, std::size_t figureAt, const Mention& nearest,
                   const std::vector<const Mention*>& mentions, const std::vector<int>& claimants) const {
    const Mention* first = mentions.empty() ? nullptr : mentions.front();
    if (!first || first == &nearest || !opensClause(text, begin, *first) || contains(claimants, first->entity))
      return kNone;
    const std::string_view afterNearest = text.substr(nearest.end, figureAt - nearest.end);
    if (afterNearest.substr(0, 2) == " (" && afterNearest.find(')') == std::string_view::npos) return kNone;
    if (text.substr(first->end, nearest.begin - first->end).find(':') != std::string_view::npos) return kNone;
    // "The Nasdaq fell 3.1 percent and the S&P 500 about 1.5 percent": a subject of its own conjunct.
    std::string before = lowerAscii(text.substr(begin, nearest.begin - begin));
    if (before.size() >= 4 && before.compare(before.size() - 4, 4, "the ") == 0) before.resize(before.size() - 4);
    for (std::string_view conjunction : {" and ", " or ", " while "})
      if (before.size() >= conjunction.size() &&
          before.compare(before.size() - conjunction.size(), conjunction.size(), conjunction) == 0)
        return kNone;
    if (typeOf(nearest.entity) == EntityType::kProduct && typeOf(first->entity) != EntityType::kProduct) return kNone;
    return maySubject(text, begin, *first, false) ? first->entity : kNone;
  }

  // "Siemens' 99.99% rate", "Nvidia's $5 trillion valuation": a possessor right before a
  // figure owns it, even after a preposition ("as seen in Siemens' 99.99% rate").
  static int possessorOf(std::string_view text, std::size_t figureAt, const std::vector<const Mention*>& mentions) {
    for (const Mention* m : mentions) {
      if (!m->possessor || m->end > figureAt || figureAt - m->end > 5) continue;
      std::string_view gap = trim(text.substr(m->end, figureAt - m->end));
      if (gap == "'s" || gap == "'" || gap == "\u2019s" || gap == "\u2019") return m->entity;
    }
    return kNone;
  }

  // Whether a name may be a figure's subject by where it stands: not a figure's counted noun
  // ("100,000 NVIDIA H100 GPUs"), not a modifier after "a"/"an" ("a Mixture of Experts LLM"),
  // not a label of common words, the opener after one or of a list item ("Physician Validation:",
  // "Quality: Automation ensures", "- Fine-tuning models").
  bool maySubject(std::string_view text, std::size_t sentenceBegin, const Mention& m, bool listItem) const {
    for (auto [from, to] : figureSpans_)
      if (m.begin >= from && m.begin < to) return false;
    if (afterIndefiniteArticle(text, m.begin) || namedAsExample(text, sentenceBegin, m.begin)) return false;
    if (m.entity == ents_.topic || !commonWordsLabel(m.entity)) return true;
    const std::string_view before = trim(text.substr(sentenceBegin, m.begin - sentenceBegin));
    const bool opensItem = m.begin == 0 && listItem;  // "- Fine-tuning models up to ~70B parameters"
    return text.substr(m.end, 1) != ":" && (before.empty() || before.back() != ':') && !opensItem;
  }

  // What "It" opening a sentence refers to: the subject of the sentence before in the same
  // paragraph, else the running subject of figures.
  int itSubject(std::size_t b) const {
    return discourse_.clauseSubjectBlock == b && discourse_.clauseSubject != kNone ? discourse_.clauseSubject
                                                                                   : discourse_.subject;
  }

  // ---- one sentence (or table row) ----

  // What the claims of one sentence share, and which of its attributions a claim has used.
  struct SentenceScope {
    std::size_t block = 0;
    const Block* blk = nullptr;
    const Sentence* sentence = nullptr;
    std::string_view text;  // the whole block's text; the sentence is a span of it
    std::vector<const Mention*> mentions;
    std::vector<Attribution> attrs;
    std::vector<bool> attributionUsed;
    std::vector<int> sources;
    std::string asOf;  // the date its own words give, else its table header's
    graph::AsOfFrom asOfFrom = graph::AsOfFrom::kNone;
    std::vector<DateMatch> dates;  // every date of the sentence, when it gives more than one
    std::string headerContext;     // table rows: the header's cells
    bool row = false;

    std::string_view sentenceText() const { return text.substr(sentence->begin, sentence->end - sentence->begin); }
    ClaimRecord base(ClaimKind kind) const {
      ClaimRecord c;
      c.kind = kind;
      c.section = blk->section;
      c.line = sentence->line;
      c.text = std::string(sentenceText());
      c.sources = sources;
      c.asOf = asOf;
      c.asOfFrom = asOfFrom;
      return c;
    }
    void markUsed(const Attribution* a) {
      if (a && a >= attrs.data() && a < attrs.data() + attrs.size())
        attributionUsed[static_cast<std::size_t>(a - attrs.data())] = true;
    }
  };

  // "The 2010 census reported", "The Census reported": a census or survey named by a common
  // noun speaks through the public body that takes it and publishes it: the publisher, named
  // with that noun, of a source the sentence cites ("U.S. Census Bureau"), else of another of
  // the article's sources. Any other speaker is itself.
  int bodyBehind(int speaker, const std::vector<int>& refs) const {
    const std::string& name = nameOf(speaker);
    const std::size_t space = name.rfind(' ');
    const std::size_t headAt = space == std::string::npos ? 0 : space + 1;
    const std::string& head = lastWordOf(speaker);
    // A common English word written in lower case ("census", not "inclusionAI").
    if (headAt >= name.size() || name.compare(headAt, std::string::npos, head) != 0 || !lex_.isEnglishWord(head))
      return speaker;
    // The body is a public one ("U.S. Census Bureau"), not a book that has the word in its title.
    auto publicBody = [this](const std::vector<std::string>& words) {
      return !words.empty() && lex_.publicBodies.count(words.back());
    };
    int other = kNone;
    if (publisherWords_.size() != a_.references.size())
      for (std::size_t r = publisherWords_.size(); r < a_.references.size(); ++r)
        publisherWords_.push_back(ents_.publisherOf[r] == kNone ? std::vector<std::string>{}
                                                                : graph::foldTokens(nameOf(ents_.publisherOf[r])));
    for (std::size_t r = 0; r < a_.references.size(); ++r) {
      const int publisher = ents_.publisherOf[r];
      const std::vector<std::string>& words = publisherWords_[r];
      if (publisher == speaker || typeOf(publisher) != EntityType::kOrganization || !publicBody(words) ||
          std::find(words.begin(), words.end(), head) == words.end())
        continue;
      if (std::find(refs.begin(), refs.end(), a_.references[r].number) != refs.end()) return publisher;
      if (other == kNone) other = publisher;
    }
    return other != kNone ? other : speaker;
  }

  // A table cites its source in a line of its own right under it: markers alone ("[1]"), or a
  // short caption ending in them ("TGC = Task Goal Completion, SGC = ...[1]"). Those markers back
  // each row of the table that cites nothing itself. The sources of row `b`'s table by that line.
  const std::vector<int>& tableSources(std::size_t b) const {
    const int table = a_.blocks[b].table;
    auto [cached, added] = tableSources_.try_emplace(table);
    if (added) cached->second = captionSources(b);
    return cached->second;
  }

  // The sources of the citation line under the table of row `b` (see tableSources).
  std::vector<int> captionSources(std::size_t b) const {
    const int table = a_.blocks[b].table;
    std::size_t after = b + 1;
    while (after < a_.blocks.size() && a_.blocks[after].kind == BlockKind::kTableRow && a_.blocks[after].table == table)
      ++after;
    if (after == a_.blocks.size() || a_.blocks[after].kind != BlockKind::kParagraph) return {};
    const Block& line = a_.blocks[after];
    if (trim(line.text).empty()) {  // markers alone
      Sentence markers;
      for (const Marker& m : line.markers) markers.refs.push_back(m.ref);
      return sourcesFor(markers);
    }
    constexpr std::size_t kLongestCaptionWords = 12;
    if (line.sentences.size() != 1 || graph::foldTokens(line.text).size() > kLongestCaptionWords) return {};
    return sourcesFor(line.sentences.front());
  }

  SentenceScope scopeOf(std::size_t b, const Sentence& s) const {
    SentenceScope sc;
    sc.block = b;
    sc.blk = &a_.blocks[b];
    sc.sentence = &s;
    sc.text = sc.blk->text;
    sc.mentions = mentionsIn(b, s.begin, s.end);
    sc.attrs = attributions(b, s.begin, s.end, sc.mentions);
    for (Attribution& a : sc.attrs)
      for (int& speaker : a.speakers) speaker = bodyBehind(speaker, s.refs);
    sc.attributionUsed.assign(sc.attrs.size(), false);
    sc.sources = sourcesFor(s);
    sc.row = sc.blk->kind == BlockKind::kTableRow;
    if (sc.row && sc.sources.empty()) sc.sources = tableSources(b);
    sc.dates = findDates(sc.sentenceText());
    sc.asOf = sc.dates.empty() ? std::string() : sc.dates.front().iso;  // the first is findDate's
    sc.asOfFrom = graph::AsOfFrom::kText;
    if (sc.row && header_) {
      for (const auto& cell : header_->cells) sc.headerContext += cell + " ";
      if (sc.asOf.empty()) {
        sc.asOf = findDate(sc.headerContext).iso;
        sc.asOfFrom = graph::AsOfFrom::kSection;
      }
    }
    return sc;
  }

  void sentence(std::size_t b, const Sentence& s) {
    SentenceScope sc = scopeOf(b, s);
    const std::size_t before = claims_.size();
    figureClaims(sc);
    quoteClaims(sc);
    statementClaims(sc);
    auto base = [&sc](ClaimKind kind) { return sc.base(kind); };
    relations(b, s, sc.mentions, base);
    moveDiscourse(sc, before);
  }

  // A table row's first cell names its subject when a name leads it ("Grok-1", not "Fortune
  // 500 adoption") and is no key of common words ("Process Node"), also for the later pieces
  // of a very long row.
  int rowSubjectOf(std::size_t b) const {
    const Block& block = a_.blocks[b];
    if (block.cellBegins.empty() || ents_.mentions[b].empty()) return kNone;
    // "1 | OpenAI o3 | 69%": a rank column stands before the row's header.
    const std::size_t column = block.cellBegins.size() > 2 && isRankCell(block, 0) ? 1 : 0;
    const std::size_t cellEnd = column + 1 < block.cellBegins.size() ? block.cellBegins[column + 1] : block.text.size();
    const auto inCell = std::find_if(ents_.mentions[b].begin(), ents_.mentions[b].end(),
                                     [&](const Mention& m) { return m.begin >= block.cellBegins[column]; });
    if (inCell == ents_.mentions[b].end()) return kNone;
    const Mention& first = *inCell;
    if (!leadsCell(block.text, block.cellBegins[column], cellEnd, first)) return kNone;
    // A key of common words is no name, unless the table's row headers are names ("Micron").
    if (commonWordsLabel(first.entity) && !ents_.nameColumnTables.count(block.table)) return kNone;
    return first.entity;
  }

  // "| 6 | Claude 3 Opus | Anthropic | 77.35% |" under "Rank | Model | ...", "| 2023 | GPT-4 | 67.0% |"
  // under "Year | Model | pass@1": a table led by a rank or a date names its row's subject in the
  // column headed "Model", not in the first. The whole cell names it
  // (only "Claude" may be linked): a name the article knows, else the name that leads the cell
  // with the words after it, as a product of its own. kNone for other tables.
  int modelColumnSubject(std::size_t b) {
    const Block& block = a_.blocks[b];
    if (!header_ || header_->cells.size() != block.cells.size() || block.cellBegins.size() != block.cells.size())
      return kNone;
    auto model = std::find_if(header_->cells.begin(), header_->cells.end(), [this](const std::string& cell) {
      return lex_.isHeader(HeaderRole::kModel, lowerAscii(trim(cell)));
    });
    if (model == header_->cells.end() || model == header_->cells.begin()) return kNone;
    const auto k = static_cast<std::size_t>(model - header_->cells.begin());
    const std::string_view cell = trim(block.cells[k]);
    if (cell.empty()) return kNone;
    if (int e = namedExactly(cell); e != kNone) return e;
    const std::size_t begin = block.cellBegins[k], end = begin + block.cells[k].size();
    for (const Mention& m : ents_.mentions[b])
      if (leadsCell(block.text, begin, end, m)) return productNamed(cell, m.entity);
    return kNone;
  }

  // The entity whose own name is `name`, not one it is an alias of ("GPT-4o" is not "GPT-4"); kNone.
  int namedExactly(std::string_view name) const {
    const int e = ents_.find(name);
    return e != kNone && graph::foldKey(nameOf(e)) == graph::foldKey(name) ? e : kNone;
  }

  // The entity named `name` that a cell led by `lead` names: `lead` itself when the names are one,
  // else a product of that name, added to the article's entities once.
  int productNamed(std::string_view name, int lead) {
    if (lead != kNone && graph::foldKey(name) == graph::foldKey(nameOf(lead))) return lead;
    if (int known = entityKeyed(name); known != kNone) return known;
    auto& all = ents_.entities;
    const std::string key = graph::slugify(name);
    graph::EntityRecord product;
    product.key = key;
    product.name = std::string(name);
    product.type = EntityType::kProduct;
    product.mentions = 1;
    all.push_back(std::move(product));
    return static_cast<int>(all.size()) - 1;
  }

  // The entity whose key is `name`'s, also one added after the entities were found; kNone.
  int entityKeyed(std::string_view name) const {
    const std::string key = graph::slugify(name);
    const auto& all = ents_.entities;
    auto known = std::find_if(all.begin(), all.end(), [&](const graph::EntityRecord& e) { return e.key == key; });
    return known == all.end() ? kNone : static_cast<int>(known - all.begin());
  }

  // "Benchmark | Llama 4 Scout | GPT-4o | Notes": a table whose rows are benchmarks gives in each
  // column the scores of the model its header names, a name the article knows or one written as a
  // name (with a digit, or a word that is no English word: "Orrin 2", "Claude Opus 4.1"); a column of
  // plain words ("Notes", "Difference") names no model. kNone for other tables and columns.
  int benchmarkColumnSubject(const Block& row, std::size_t at) {
    if (!header_ || !headsBenchmarkRows(header_->cells[0])) return kNone;
    const auto column = alignedColumn(row, *header_, at);
    if (!column || *column == 0) return kNone;
    const std::string_view cell = trim(header_->cells[*column]);
    if (cell.empty()) return kNone;
    if (int e = namedExactly(cell); e != kNone) return commonWordsLabel(e) ? kNone : e;
    const std::vector<std::string> words = graph::foldTokens(cell);
    const bool written =
        std::any_of(cell.begin(), cell.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
        std::any_of(words.begin(), words.end(), [&](const std::string& w) { return !lex_.isEnglishWord(w); });
    return written ? productNamed(cell, kNone) : kNone;
  }

  // Whether a row's cell `k` is a rank: a bare number ("1", "#2"), or any cell under a header
  // "Rank", "#", "No." or "Position" ("Last").
  bool isRankCell(const Block& row, std::size_t k) const {
    std::string_view cell = trim(row.cells[k]);
    if (!cell.empty() && cell.front() == '#') cell.remove_prefix(1);
    const bool number =
        !cell.empty() && std::all_of(cell.begin(), cell.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (number || !header_ || header_->cells.size() <= k) return number;
    return lex_.isHeader(HeaderRole::kRank, lowerAscii(trim(header_->cells[k])));
  }

  // The entity each column of a table header names, when all columns after the first are
  // names the article knows ("Benchmark | Grok-1 | Grok-2 | Grok-3"): rows are then measures
  // and a figure is about its column. Empty for other headers ("Model | Release | Score").
  std::vector<int> columnSubjects(const Block& header) const {
    if (header.cells.size() < 3) return {};
    std::vector<int> out{kNone};
    for (std::size_t k = 1; k < header.cells.size(); ++k) {
      int e = ents_.find(trim(header.cells[k]));
      if (e == kNone) e = entityKeyed(trim(header.cells[k]));  // a variant a heading named
      if (e == kNone || commonWordsLabel(e)) return {};
      out.push_back(e);
    }
    return out;
  }

  // The column subject of a figure at `figureAt` in a row aligned with its header, else kNone.
  // When the row header is a name too ("OpenAI CUA" under "OSWorld | WebArena"), the row wins,
  // unless the columns are the article's own family ("Grok-1 | Grok-2" in "Grok").
  int columnSubjectOf(const Block& row, std::size_t figureAt, int rowSubject) const {
    if (!header_ || header_->cells.size() != row.cells.size() || row.cellBegins.empty()) return kNone;
    std::vector<int> subjects = columnSubjects(*header_);
    if (subjects.empty() || (rowSubject != kNone && !std::any_of(subjects.begin(), subjects.end(), [&](int e) {
                               return e != kNone && sharesTitleWord(e);
                             })))
      return kNone;
    const auto cellEnd = std::upper_bound(row.cellBegins.begin(), row.cellBegins.end(), figureAt);
    const std::size_t column = static_cast<std::size_t>(cellEnd - row.cellBegins.begin()) - 1;
    return cellEnd == row.cellBegins.begin() ? kNone : subjects[column];
  }

  // "- OpenAI: Creator of ChatGPT, valued at $300 billion", "- BFS-Prover - Theorem proving
  // LLMs at 7B": a list item led by a name (and perhaps an aside in brackets) and a colon or a
  // spaced dash is about that name; kNone for other items.
  int listSubjectOf(std::size_t b) const {
    const Block& block = a_.blocks[b];
    if (block.kind != BlockKind::kListItem || ents_.mentions[b].empty()) return kNone;
    const Mention& first = ents_.mentions[b].front();
    std::string_view text = block.text;
    const std::optional<LabelEnd> label = labelSeparator(text, first.end);
    if (!label || !trim(text.substr(0, first.begin)).empty()) return kNone;
    std::string_view between = trim(text.substr(first.end, label->at - first.end));
    bool aside = between.size() >= 2 && between.front() == '(' && between.back() == ')';
    // "- Developer Tools: GitHub Copilot has 70% ...": a description led by a name has its own
    // subject ("- xAI: Elon Musk's AI company, ..." is still about xAI).
    const auto& mentions = ents_.mentions[b];
    const std::size_t descriptionAt = std::min(text.size(), text.find_first_not_of(' ', label->after));
    bool ownSubject = mentions.size() > 1 && mentions[1].begin == descriptionAt && !mentions[1].possessor &&
                      !commonWordsLabel(mentions[1].entity);  // "- BFS-Prover - Theorem proving LLMs"
    return (between.empty() || aside) && !ownSubject && !commonWordsLabel(first.entity) ? first.entity : kNone;
  }

  // The name a paragraph ending in a colon introduces its list with ("Grok models are trained
  // on xAI's Colossus supercomputer:"), unless it is a label of common words; else kNone.
  int leadInSubject(std::size_t b) const {
    const Block& block = a_.blocks[b];
    if (block.kind != BlockKind::kParagraph) return kNone;
    const Mention* named = leadInName(block.text, ents_.mentions[b]);
    if (!named || commonWordsLabel(named->entity)) return kNone;
    const std::string& name = ents_.entities[static_cast<std::size_t>(named->entity)].name;
    const bool lowerCase = std::none_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    return lowerCase ? kNone : named->entity;  // "a ... transformer architecture:" names a kind, not a thing
  }

  // "- Performance: ...", "- Accuracy Gap: ...": a label of common English words written as a
  // title is a heading of the item, not a name; a wiki link or a word written otherwise
  // ("OpenAI", "LLaMA-Factory", "Nordisk") makes it a name.
  // Whether a name has a word of the article's title ("Grok-3" in "Grok"): the article's own family.
  bool sharesTitleWord(int e) const {
    for (const std::string& word : graph::foldTokens(ents_.entities[static_cast<std::size_t>(e)].name))
      if (titleWords_.count(word)) return true;
    return false;
  }

  bool commonWordsLabel(int e) const {
    const graph::EntityRecord& entity = ents_.entities[static_cast<std::size_t>(e)];
    return !entity.linked && commonWords(entity.name);
  }

  // Whether every word of a name is a common English word written in lower or title case
  // ("Process Node", "accuracy"), apart from a word of the article's title.
  bool commonWords(std::string_view name) const {
    for (std::size_t at = 0; at < name.size();) {
      std::size_t end = std::min(name.find_first_of(" -", at), name.size());
      std::string_view word = name.substr(at, end - at);
      const std::string lower = lowerAscii(word);
      const bool titleCase = word.empty() || word.substr(1) == std::string_view(lower).substr(1);
      if (!titleCase || !lex_.isEnglishWord(lower) || titleWords_.count(lower)) return false;
      at = end + 1;
    }
    return true;
  }

  // "the guaranteed rise was only 3.2 percent" after "a 5.5 percent pay rise": a measure that
  // is generic, or the bare head of the last one with the same unit, or money's measure that the
  // last one refines, takes the last one's name ("the starting figure of about 593 billion").
  std::string carriedMeasure(const std::string& unit, std::string measure) const {
    auto it = discourse_.lastMeasure.find(unit);
    if (it == discourse_.lastMeasure.end() || it->second == measure) return measure;
    const std::string& last = it->second;
    std::string head = measure.substr(measure.rfind(' ') == std::string::npos ? 0 : measure.rfind(' ') + 1);
    bool generic = measure == "amount" || measure == "percentage";
    bool sameHead = last.size() > head.size() && last.compare(last.size() - head.size(), head.size(), head) == 0 &&
                    last[last.size() - head.size() - 1] == ' ' && measure.find(' ') != std::string::npos &&
                    head != "cost";
    // The last measure made precise ("market value" after "market value lost"): the same quantity.
    const bool refinedBefore = last.starts_with(measure + " ") && unitClassOf(unit) == "money";
    return generic || sameHead || refinedBefore ? last : measure;
  }

  // "As of 2025 it employs 300 people, up from 80 in February 2024": of several dates in a
  // sentence, a figure speaks for the one nearest to it.
  static std::string nearestDate(const std::vector<DateMatch>& dates, std::size_t begin, std::size_t end) {
    const DateMatch* best = nullptr;
    std::size_t bestGap = SIZE_MAX;
    for (const DateMatch& d : dates) {
      std::size_t gap = d.end <= begin ? begin - d.end : d.begin >= end ? d.begin - end : 0;
      if (gap < bestGap) best = &d, bestGap = gap;
    }
    return best ? best->iso : std::string();
  }

  void figureClaims(SentenceScope& sc) {
    const Sentence& s = *sc.sentence;
    const int ranked = sc.row ? modelColumnSubject(sc.block) : kNone;
    const int itemSubject = sc.row ? rowSubjectOf(sc.block) : listSubjectOf(sc.block);
    std::vector<int> speakers;
    for (const auto& at : sc.attrs) speakers.insert(speakers.end(), at.speakers.begin(), at.speakers.end());
    std::vector<Figure> figures = findFigures(sc.sentenceText());
    if (sc.row) addBareCells(sc, figures);
    figureSpans_.clear();
    for (const Figure& f : figures) figureSpans_.emplace_back(s.begin + f.begin, s.begin + f.end);
    for (const Figure& f : figures) {
      Figure fig = f;
      fig.begin += s.begin;
      fig.end += s.begin;
      const Attribution* a = attributionFor(sc.attrs, sc.text, s.begin, fig.begin);
      sc.markUsed(a);
      ClaimRecord c = sc.base(ClaimKind::kFigure);
      if (a) c.claimants = a->speakers, c.verb = a->verb;
      // "NVIDIA stated that Blackwell delivers:" then "- Up to 2.5x the FP8 throughput": an item
      // that names no speaker gives its lead-in's figures to whoever speaks there.
      if (!a && sc.blk->kind == BlockKind::kListItem) c.claimants = leadInAgents(sc.block);
      if (!a && c.claimants.empty()) c.claimants = quotedSpeakersAt(sc.block, fig.begin);
      // "a reported 60%", "an estimated $5 billion": a verb's participle after an article is an
      // adjective of the figure, no verb whose clause holds the subject.
      const bool adjective = a && afterArticle(sc.text, a->pos);
      const std::size_t verbAt = a && !a->global && a->pos < fig.begin && !adjective ? a->pos : std::string_view::npos;
      // A percentage measured on a benchmark is a score on it, whatever its clause calls it; a
      // table's Model column names whose score it is (not whose cost or time).
      if (fig.quantity.unit == "percent")
        c.scope = sc.row ? tableScope(*sc.blk, fig.begin) : scoreScopeAfter(sc.text, fig.end);
      const int benchmarkColumn = sc.row ? benchmarkColumnSubject(*sc.blk, fig.begin) : kNone;
      const int column = benchmarkColumn != kNone                 ? benchmarkColumn
                         : ranked != kNone && isScoreLike(c, fig) ? ranked
                         : sc.row                                 ? columnSubjectOf(*sc.blk, fig.begin, itemSubject)
                                                                  : kNone;
      c.subject = column != kNone        ? column
                  : sc.row               ? (itemSubject != kNone ? itemSubject : sectionSubject_)
                  : itemSubject != kNone ? itemSubject
                                         : subjectFor(sc.block, s.begin, fig.begin, sc.mentions, speakers, verbAt);
      c.quantity = fig.quantity;
      if (sc.dates.size() > 1) c.asOf = nearestDate(sc.dates, f.begin, f.end);
      c.measure = carriedMeasure(
          fig.quantity.unit,
          measureFor(sc.text, s.begin, s.end, fig, measureContextOf(*sc.blk, sc.row ? header_ : nullptr, fig.begin)));
      discourse_.lastMeasure[fig.quantity.unit] = c.measure;
      if (!c.scope.empty()) c.measure = kScoreMeasure;
      claims_.push_back(std::move(c));
    }
  }

  // Whether a figure is a model's score or rate ("Accuracy (%)", "Calibration Error (%)" beside a
  // "Model" column): a percentage, scoped or not; a cost or a time is the row's own.
  static bool isScoreLike(const ClaimRecord& c, const Figure& fig) {
    return !c.scope.empty() || fig.quantity.unit == "percent";
  }

  // "| GPQA Diamond | 57.2 | 69.8 |", "| ACE | 9,517 (−82.3%) | 78.3 (+7.6) |": a cell that is only a
  // number (a change in brackets after it aside) is a figure in the unit its column gives
  // (bareCellFigure). It replaces a bare count read from the same number ("9,517"), and is kept in
  // order of position with the row's other figures.
  void addBareCells(const SentenceScope& sc, std::vector<Figure>& figures) const {
    const Block& row = *sc.blk;
    const std::size_t from = sc.sentence->begin, to = sc.sentence->end;
    bool added = false;
    for (std::size_t k = 1; k < row.cells.size() && k < row.cellBegins.size(); ++k) {
      if (row.cellBegins[k] < from || row.cellBegins[k] + row.cells[k].size() > to) continue;
      std::optional<Figure> f = bareCellFigure(row, k);
      if (!f) continue;
      f->begin -= from;
      f->end -= from;
      auto overlaps = [&](const Figure& g) { return g.begin < f->end && f->begin < g.end; };
      std::erase_if(figures,
                    [&](const Figure& g) { return overlaps(g) && g.quantity.unit == "count" && g.noun.empty(); });
      if (std::none_of(figures.begin(), figures.end(), overlaps)) figures.push_back(std::move(*f)), added = true;
    }
    if (added)
      std::sort(figures.begin(), figures.end(), [](const Figure& a, const Figure& b) { return a.begin < b.begin; });
  }

  // The figure of cell `k` of a row when it is only a number, with its span in the block: in the
  // unit its column's header states ("Latency (s)", "Price ($)"); else, for a number from 0 to 100,
  // a percentage score where the table says what it scores, or in a column that averages the
  // table's scores ("Average"). nullopt for other cells.
  std::optional<Figure> bareCellFigure(const Block& row, std::size_t k) const {
    const std::optional<CellNumber> n = header_ ? cellNumber(row.cells[k]) : std::nullopt;
    const auto column = n ? unitColumn(row, k) : std::nullopt;
    if (!column) return std::nullopt;
    Figure f;
    f.quantity.text = row.cells[k].substr(n->begin, n->end - n->begin);
    f.quantity.approximate = n->approximate;
    f.begin = row.cellBegins[k] + n->begin;
    f.end = row.cellBegins[k] + n->end;
    if (const std::optional<Quantity> unit = columnUnit(header_->cells[*column])) {
      f.quantity.value = n->value * unit->value.value_or(1);
      f.quantity.unit = unit->unit;
      return f;
    }
    const bool scored =
        !tableScope(row, f.begin).empty() || (isAverageHeader(header_->cells[*column]) && scoresAny(row));
    if (!bareScore(row.cells[k]) || !scored) return std::nullopt;
    f.quantity.value = n->value;
    f.quantity.unit = "percent";
    return f;
  }

  // The header column of a row's cell `k`: the same column in a row that lines up with the header;
  // in a shorter row ("| ReAct + ACE | 9,517 |" under "Benchmark | Method | Latency (s)"), where a
  // label spanning rows above ("| **Offline (AppWorld)** | ReAct + GEPA | 53,898 |") leaves its
  // cell out, the column counted from the right.
  std::optional<std::size_t> unitColumn(const Block& row, std::size_t k) const {
    const std::size_t columns = header_->cells.size(), cells = row.cells.size();
    if (cells == columns) return k;
    if (cells < 2 || cells > columns) return std::nullopt;
    return k + (columns - cells);
  }

  // Whether some column of a row holds scores on what the table says it scores.
  bool scoresAny(const Block& row) const {
    for (std::size_t k = 1; k < row.cellBegins.size(); ++k)
      if (!tableScope(row, row.cellBegins[k]).empty()) return true;
    return false;
  }

  // The measure of a percentage that has a scope: a score on a benchmark.
  static constexpr const char* kScoreMeasure = "benchmark score";

  // The column of `row` that holds the byte at `at`, when the row lines up with `header`.
  static std::optional<std::size_t> alignedColumn(const Block& row, const Block& header, std::size_t at) {
    const auto& begins = row.cellBegins;
    if (begins.empty() || header.cells.size() != row.cells.size()) return std::nullopt;
    const auto cellEnd = std::upper_bound(begins.begin(), begins.end(), at);
    if (cellEnd == begins.begin()) return std::nullopt;
    return static_cast<std::size_t>(cellEnd - begins.begin()) - 1;
  }

  // What a table cell's score is measured on. In a table whose rows are benchmarks ("Benchmark |
  // GPT-5 | o3", or columns that name models the article knows): the row's first cell. Else the
  // column's header when it names a benchmark ("MMLU (General)", "SWE-bench Verified (%)") and no
  // measure ("Market Share (%)"); else, under a header that says only "score" ("Accuracy (%)",
  // "Resolve Rate") in a table with a "Model" column, the benchmark the article is about.
  std::string tableScope(const Block& row, std::size_t at) const {
    if (!header_) return {};
    const auto column = alignedColumn(row, *header_, at);
    if (!column || *column == 0) return {};
    if (headsBenchmarkRows(header_->cells[0]) || !columnSubjects(*header_).empty()) return benchmarkName(row.cells[0]);
    const std::string& head = header_->cells[*column];
    if (!soleMeasure(graph::foldTokens(head), "percent").empty()) return {};
    if (std::string name = benchmarkName(head); !name.empty()) return name;
    const bool leaderboard = std::any_of(header_->cells.begin(), header_->cells.end(), [this](const std::string& cell) {
      return lex_.isHeader(HeaderRole::kModel, lowerAscii(trim(cell)));
    });
    return leaderboard && isScoreHeader(head) ? benchmarkName(a_.title) : std::string();
  }

  // '"... just changed," Park told analysts.': a quote closed by a comma is followed by its
  // speaker, up to the end of that sentence piece. Returns that attribution, or `a`.
  const Attribution* speakerAfterQuote(std::size_t b, std::string_view text, const Quote& q, const Attribution* a) {
    std::size_t tail = std::min(text.size(), q.end + 60);
    std::size_t stop = text.find('.', q.end);
    if (stop != std::string_view::npos && stop < tail) tail = stop;
    auto after = attributions(b, q.end, tail, mentionsIn(b, q.end, tail));
    if (after.empty() || after.front().speakers.empty()) return a;
    blockAfter_ = std::move(after);
    return &blockAfter_.front();
  }

  // A quoted single word is someone's when a verb of saying before it, in its clause and
  // within a short reach, names who said it ('Marks called the lapse "reckless"', 'LMSYS
  // reported that Spark "shines"'), or its speaker follows it ('it was "reckless," Marks said'); a
  // word written as a name ("Pro", "TruthGPT") names, and one with no verb is a scare quote.
  static bool spokenWord(std::string_view text, const Quote& q, std::string_view word, const Attribution* a) {
    if (!a || a->speakers.empty() || a->global || isNameWord(word)) return false;
    constexpr std::size_t kReach = 100;  // bytes from the verb to the quote
    if (a->pos >= q.end) return text[q.end - 1] == ',';
    // No other quotation between the verb and the word: '"notes": {"type": "string"}' is data.
    const std::size_t open = q.begin - openingMarkLength(text, q.begin);
    if (a->pos >= open || open - a->pos > kReach) return false;
    // Nor a clause boundary: in 'start writing Python code, as scripts begin with "import"' the
    // word is named, not said.
    std::string_view between = text.substr(a->pos, open - a->pos);
    return between.find_first_of("\",;") == std::string_view::npos && between.find("\u201D") == std::string_view::npos;
  }

  // 'Asimov, described as the company's "first product milestone"': a verb of saying with no
  // speaker before it leaves the words to the possessor right before the quote (a name, "the
  // company's", "its").
  std::vector<int> possessorOfQuote(const SentenceScope& sc, const Quote& q) const {
    std::string_view text = sc.text;
    const std::size_t begin = sc.sentence->begin;
    std::optional<std::size_t> at = possessiveBefore(text, begin, q.begin);
    if (!at) {
      auto words = wordsBefore(text, begin, q.begin - openingMarkLength(text, q.begin), 1);
      if (words.empty() || words.back() != "its") return {};
      int e = itReferent();
      return e == kNone ? std::vector<int>{} : std::vector<int>{e};
    }
    for (const Mention* m : sc.mentions)
      if (m->end == *at && isAgent(m->entity)) return {m->entity};
    int resolved = resolveReference(text, begin, *at);
    return resolved == kNone ? std::vector<int>{} : std::vector<int>{resolved};
  }

  // 'Developed by the ARC Prize Foundation, it focuses on tasks that are "easy for humans,
  // hard for AI"' citing the Foundation's own announcement: a quote the text gives to no one,
  // in a sentence that names the publisher of the one source it cites, is that publisher's.
  std::vector<int> citedPublisherNamed(const SentenceScope& sc) const {
    const std::vector<int>& refs = sc.sentence->refs;
    if (refs.size() != 1) return {};
    for (std::size_t r = 0; r < a_.references.size(); ++r) {
      if (a_.references[r].number != refs.front()) continue;
      const int publisher = ents_.publisherOf[r];
      for (const Mention* m : sc.mentions)
        if (publisher != kNone && m->entity == publisher && isAgent(publisher)) return {publisher};
      return {};
    }
    return {};
  }

  // Who speaks a quote of `wordCount` words, and the attribution that says so (in `a`): the
  // verb's speakers, else one named after the quote, else a possessor before it, else the
  // cited publisher (for a quote of four words or more; a shorter one is a term: "reasoning tokens").
  std::vector<int> speakersOfQuote(SentenceScope& sc, const Quote& q, std::size_t wordCount, const Attribution*& a) {
    std::string_view text = sc.text;
    a = attributionFor(sc.attrs, text, sc.sentence->begin, q.begin, q.end);
    // A title before a verb ('In his paper "On the Measure of Intelligence," Chollet defined') is
    // what the verb's speaker wrote, not what the verb says.
    if (isTitleCase(trim(text.substr(q.begin, q.end - q.begin))) && (!a || a->pos > q.end)) {
      a = nullptr;
      return {};
    }
    const char lastInside = q.end > q.begin ? text[q.end - 1] : ' ';
    if ((!a || a->speakers.empty()) && (lastInside == ',' || lastInside == '?' || lastInside == '!'))
      a = speakerAfterQuote(sc.block, text, q, a);
    if (a && !a->speakers.empty()) return a->speakers;
    if (a) return possessorOfQuote(sc, q);
    if (wordCount < 4) return {};
    std::vector<int> publisher = citedPublisherNamed(sc);
    if (!publisher.empty()) return publisher;
    return firstPersonSpeaker(text.substr(q.begin, q.end - q.begin));
  }

  // A quotation with no speaker around it that speaks in the first person ("I was very upset
  // about ...") in an article about a person is that person's: a biography quotes its subject.
  std::vector<int> firstPersonSpeaker(std::string_view words) const {
    const int subject = biographySubject();
    if (subject == kNone) return {};
    for (const Token& t : tokenize(words)) {
      std::string_view w = words.substr(t.begin, t.end - t.begin);
      if (w == "I" || w == "my" || w == "My" || w == "me" || w.starts_with("I’") || w.starts_with("I'"))
        return {subject};
    }
    return {};
  }

  // The person an article is about: its topic when that is a person, else the entity it names
  // most when that is a person (a title written otherwise than the text names its subject:
  // "Harry McPherson" for "Harry Cummings McPherson"); else kNone.
  int biographySubject() const {
    if (ents_.topic != kNone) return typeOf(ents_.topic) == EntityType::kPerson ? ents_.topic : kNone;
    auto most = std::max_element(ents_.entities.begin(), ents_.entities.end(),
                                 [](const auto& a, const auto& b) { return a.mentions < b.mentions; });
    if (most == ents_.entities.end() || most->type != EntityType::kPerson) return kNone;
    return static_cast<int>(most - ents_.entities.begin());
  }

  // 'The company wrote that their "... evaluations. ... a test set of five levels ..."': a figure
  // in a later sentence of a quotation is its speaker's words too. The speakers of the block's
  // quotations so far that contain `pos`, else none.
  std::vector<int> quotedSpeakersAt(std::size_t block, std::size_t pos) const {
    if (quoteBlock_ != block) return {};
    for (const auto& [q, speakers] : quoteSpeakers_)
      if (q.begin <= pos && pos < q.end) return speakers;
    return {};
  }

  // Quotes with their speakers. Quotes are found over the whole block (a quote may hold
  // several sentences) and belong to the sentence they open in.
  void quoteClaims(SentenceScope& sc) {
    const Sentence& s = *sc.sentence;
    std::string_view text = sc.text;
    if (quoteBlock_ != sc.block) {
      blockQuotes_ = quoteSpans(text);
      quoteBlock_ = sc.block;
      quoteSpeakers_.clear();
    }
    auto firstQuote = std::lower_bound(blockQuotes_.begin(), blockQuotes_.end(), s.begin,
                                       [](const Quote& q, std::size_t pos) { return q.begin < pos; });
    for (auto quote = firstQuote; quote != blockQuotes_.end() && quote->begin < s.end; ++quote) {
      const Quote& q = *quote;
      std::string words(trim(text.substr(q.begin, q.end - q.begin)));
      while (!words.empty() && (words.back() == ',' || words.back() == '.')) words.pop_back();
      const std::size_t wordCount = tokenize(words).size();
      const Attribution* a = nullptr;
      std::vector<int> speakers = speakersOfQuote(sc, q, wordCount, a);
      if (speakers.empty() && wordCount < 6) continue;  // scare quotes: "efficient AI"
      if (wordCount < 2 && !spokenWord(text, q, words, a)) continue;
      sc.markUsed(a);
      ClaimRecord c = sc.base(ClaimKind::kQuote);
      c.quote = words;
      if (a) c.verb = a->verb;
      if (!speakers.empty()) quoteSpeakers_.emplace_back(q, speakers);
      c.claimants = std::move(speakers);
      c.subject = c.claimants.empty() ? kNone : c.claimants.front();
      claims_.push_back(std::move(c));
    }
  }

  // Attributed statements that carried no figure or quote.
  void statementClaims(const SentenceScope& sc) {
    const auto& attrs = sc.attrs;
    for (std::size_t i = 0; i < attrs.size(); ++i) {
      if (sc.attributionUsed[i] || attrs[i].speakers.empty()) continue;
      bool duplicate = false;
      for (std::size_t j = 0; j < i; ++j)
        if (!sc.attributionUsed[j] && attrs[j].speakers == attrs[i].speakers) duplicate = true;
      if (duplicate) continue;
      ClaimRecord c = sc.base(ClaimKind::kStatement);
      c.claimants = attrs[i].speakers;
      c.verb = attrs[i].verb;
      c.subject = c.claimants.front();
      claims_.push_back(std::move(c));
    }
  }

  // The discourse moves on: subjects of this sentence become the referents of the next.
  void moveDiscourse(const SentenceScope& sc, std::size_t firstClaim) {
    // "According" taken for a name where a sentence opens with "According to X" is no subject.
    auto opensAccordingTo = [&sc](const Mention* m) {
      return std::any_of(sc.attrs.begin(), sc.attrs.end(),
                         [m](const Attribution& a) { return a.global && a.pos == m->begin; });
    };
    for (const Mention* m : sc.mentions)
      if (!m->prepositional && !m->possessor && !qualifiesPeople(sc.text, m) && !opensAccordingTo(m)) {
        noteSubject(m->entity);
        if (typeOf(m->entity) != EntityType::kPerson && !afterIndefiniteArticle(sc.text, m->begin))
          discourse_.clauseSubject = m->entity, discourse_.clauseSubjectBlock = sc.block;
        break;
      }
    for (const auto& a : sc.attrs)
      for (int e : a.speakers) {
        noteSubject(e);
        if (a.global) discourse_.outlets.insert(e);
      }
    // A list item's leading name, or its lead-in's, speaks for the list only, not for what follows.
    if (sc.blk->kind == BlockKind::kListItem &&
        (listSubjectOf(sc.block) != kNone || listLead_ != kNone || plainLabelledItem(sc.block)))
      return;
    for (std::size_t k = firstClaim; k < claims_.size(); ++k)
      if (claims_[k].kind == ClaimKind::kFigure && claims_[k].subject != kNone) discourse_.subject = claims_[k].subject;
  }

  // "- Tokenizer: Byte Pair Encoding ..., vocabulary size of 131,072": a list item opened by a label
  // with no name in it gives an attribute of what the list is about; a name in its description is
  // that attribute's value, which the next item ("- Activation: ~25% of weights") is not about.
  bool plainLabelledItem(std::size_t b) const {
    const Block& block = a_.blocks[b];
    constexpr std::size_t kLongestLabel = 40;
    const std::size_t colon = block.text.find(": ");
    if (colon == std::string::npos || colon > kLongestLabel) return false;
    const auto& mentions = ents_.mentions[b];
    return mentions.empty() || mentions.front().begin >= colon;
  }

  struct Relation {
    int subject = kNone;
    int object = kNone;
    std::string relation;
  };

  static const Mention* mentionAfter(const std::vector<const Mention*>& mentions, std::size_t pos) {
    for (const Mention* m : mentions)
      if (m->begin >= pos) return m;
    return nullptr;
  }

  // The last mention ending by `pos`: a person, or (personOnly false) a clause subject. A
  // founder may stand after "by" ("founded ... by Liang Wenfeng, who ... co-founded"), so a
  // person is taken wherever it stands; the founded thing must be a clause subject.
  const Mention* mentionBefore(const std::vector<const Mention*>& mentions, std::size_t pos, bool personOnly) const {
    const Mention* best = nullptr;
    for (const Mention* m : mentions)
      if (m->end <= pos && (personOnly ? typeOf(m->entity) == EntityType::kPerson : !m->prepositional)) best = m;
    return best;
  }

  // "A ... founded ... by B", "B co-founded C", "B founded C"; `lower` is the sentence at `begin`.
  void foundedRelations(const std::string& lower, std::size_t begin, const std::vector<const Mention*>& mentions,
                        std::vector<Relation>& out) const {
    for (std::string_view verb : {"co-founded", "cofounded", "founded"}) {
      for (std::size_t at = lower.find(verb); at != std::string::npos; at = lower.find(verb, at + 1)) {
        if (verb == "founded" && at >= 3 && (lower.compare(at - 3, 3, "co-") == 0)) continue;
        std::size_t pos = begin + at;
        std::string relation = verb == "founded" ? "founded" : "co-founded";
        std::size_t by = lower.find(" by ", at);
        const bool passive = by != std::string::npos && by < at + 40;
        const Mention* founder = passive ? mentionAfter(mentions, begin + by + 4) : mentionBefore(mentions, pos, true);
        const Mention* founded =
            passive ? mentionBefore(mentions, pos, false) : mentionAfter(mentions, pos + verb.size());
        if (founder && founded) out.push_back({founder->entity, founded->entity, relation});
      }
    }
  }

  // "B, co-founder of C".
  void cofounderRelations(const std::string& lower, std::size_t begin, const std::vector<const Mention*>& mentions,
                          std::vector<Relation>& out) const {
    for (std::size_t at = lower.find("co-founder of "); at != std::string::npos;
         at = lower.find("co-founder of ", at + 1)) {
      const Mention* person = mentionBefore(mentions, begin + at, true);
      const Mention* org = mentionAfter(mentions, begin + at + 14);
      if (person && org) out.push_back({person->entity, org->entity, "co-founded"});
    }
  }

  // "C chief executive B", "C's CEO B".
  void chiefExecutiveRelations(const std::string& lower, std::size_t begin, const std::vector<const Mention*>& mentions,
                               std::vector<Relation>& out) const {
    for (std::string_view role : {" chief executive ", " ceo "}) {
      for (std::size_t at = lower.find(role); at != std::string::npos; at = lower.find(role, at + 1)) {
        std::size_t pos = begin + at;
        const Mention* org = nullptr;
        for (const Mention* m : mentions)
          if (m->end == pos || m->end + 2 == pos) org = m;  // "Microsoft chief executive" / "NVIDIA's chief executive"
        const Mention* person = mentionAfter(mentions, pos + role.size() - 1);
        if (org && person && typeOf(person->entity) == EntityType::kPerson && person->begin <= pos + role.size() + 1)
          out.push_back({person->entity, org->entity, "chief executive of"});
      }
    }
  }

  // Relations between the names of a sentence: founded, co-founded, chief executive of.
  template <class Base>
  void relations(std::size_t b, const Sentence& s, const std::vector<const Mention*>& mentions, Base& base) {
    const std::string lower = lowerAscii(std::string_view(a_.blocks[b].text).substr(s.begin, s.end - s.begin));
    std::vector<Relation> found;
    foundedRelations(lower, s.begin, mentions, found);
    cofounderRelations(lower, s.begin, mentions, found);
    chiefExecutiveRelations(lower, s.begin, mentions, found);
    for (const Relation& r : found) {
      if (r.subject == kNone || r.object == kNone || r.subject == r.object) continue;
      ClaimRecord c = base(ClaimKind::kRelation);
      c.subject = r.subject;
      c.object = r.object;
      c.relation = r.relation;
      claims_.push_back(std::move(c));
    }
  }

  const Article& a_;
  const Lexicon& lex_;
  ArticleEntities ents_;
  std::map<int, int> sourceIndex_;  // reference number -> source index
  std::vector<ClaimRecord> claims_;
  Discourse discourse_;
  const Block* header_ = nullptr;
  mutable std::unordered_map<int, std::vector<int>> tableSources_;  // by table: its citation line's
  std::set<std::string> titleWords_;  // folded words of the article's title: "Grok Imagine" is a name in "Grok"
  bool topicIsAThing_ = false;        // definesTopic(), once per article
  int sectionSubject_ = kNone;        // what the current section is about (sectionSubjectOf)
  int listLead_ = kNone;              // what the list items under the last lead-in describe ("... supercomputer:")
  std::vector<std::pair<std::size_t, std::size_t>> figureSpans_;  // the figures of the current sentence
  std::size_t quoteBlock_ = SIZE_MAX;
  std::vector<Quote> blockQuotes_;
  std::vector<Attribution> blockAfter_;
  mutable std::map<std::size_t, std::vector<int>> leadInSpeakers_;       // lead-in block -> its last speakers
  std::vector<std::pair<Quote, std::vector<int>>> quoteSpeakers_;        // quoteBlock_'s quotations with a speaker
  mutable std::vector<std::vector<std::string>> publisherWords_;         // folded words of each reference's publisher
  mutable std::vector<std::string> lastWords_;                           // folded last word of each entity's name
  mutable std::unordered_map<std::string, int> organizationByLastWord_;  // kNone when ambiguous
  mutable std::size_t ruleOf_ = SIZE_MAX;  // the measure rule last chosen (ties: the earlier rule)
};

}  // namespace

graph::DocumentBundle extract(const Article& article) {
  graph::DocumentBundle bundle = Extractor(article).run();
  dateClaims(bundle);
  return bundle;
}

}  // namespace cg::ingest
