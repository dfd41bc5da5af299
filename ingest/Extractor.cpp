#include "ingest/Extractor.h"
#include "ingest/FirstFigure.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <utility>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "graph/AsciiRun.h"
#include "graph/Fold.h"
#include "ingest/Attributions.h"
#include "ingest/Cardinals.h"
#include "ingest/CountingVerbs.h"
#include "ingest/Dates.h"
#include "ingest/Entities.h"
#include "ingest/LabelledMeasures.h"
#include "ingest/Lexicon.h"
#include "ingest/ListCounts.h"
#include "ingest/MeasureNames.h"
#include "ingest/Quantity.h"
#include "ingest/Rates.h"
#include "ingest/Scores.h"
#include "ingest/Speakers.h"
#include "ingest/StatedValues.h"
#include "ingest/Subjects.h"
#include "ingest/Text.h"
#include "ingest/TextSearch.h"
#include "ingest/WikiCitations.h"
#include "ingest/WikiLanguage.h"
#include "ingest/Words.h"

namespace cg::ingest {
namespace {

// A literal written "percent"sv: a std::string compared with a view is compared inline, with a bare literal
// out of line after the literal's strlen (GCC 12); the hottest comparisons, of a figure's unit and
// measure, are written so.
using namespace std::string_view_literals;
using graph::ClaimKind;
using graph::ClaimRecord;
using graph::EntityType;
using graph::kNone;

// "supply 60% of the passages in DROP", "## DROP": a word written in capitals only (two letters or more) is
// a name, an acronym, not the English word it spells; its letters read as 'x', so that it is no cue of a
// percentage's measure (a verb of change, "share", "pay") while every word keeps its place.
std::string namesUnread(std::string_view text) {
  std::string out(text);
  auto upper = [&](std::size_t i) { return i < out.size() && out[i] >= 'A' && out[i] <= 'Z'; };
  auto letter = [&](std::size_t i) { return i < out.size() && std::isalpha(static_cast<unsigned char>(out[i])); };
  for (std::size_t i = 0; i < out.size();) {
    if (!letter(i) || (i > 0 && letter(i - 1))) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (upper(j)) ++j;
    if (j - i >= 2 && !letter(j))
      std::fill(out.begin() + static_cast<std::ptrdiff_t>(i), out.begin() + static_cast<std::ptrdiff_t>(j), 'x');
    while (letter(j)) ++j;
    i = j;
  }
  return out;
}

class Extractor final : private Attributions {
 public:
  explicit Extractor(const Article& a, const Gazetteer* gazetteer = nullptr)
      : Attributions(a),
        gazetteer_(gazetteer),
        wikiPage_(a.format == "wikitext"),
        numberStyle_(numberStyleOf(a.language)),
        capitalisesNouns_(capitalisesNouns(a.language)) {
    for (const std::string& word : graph::foldTokens(a.title)) titleWords_.insert(word);
    topicIsAThing_ = definesTopic();
    const EntityType t = typeOf(ents_.topic);
    topicFiledOnly_ =
        !topicIsAThing_ && (t == EntityType::kOther || t == EntityType::kPublication) && filedAsProduct(a.categories);
    topicIsAThing_ = topicIsAThing_ || topicFiledOnly_;
    conceptPage_ = wikiPage_ && leadDefinesConcept();
    commonNounTopic_ = !wikiPage_ && namesTopicInLowerCase();
    if (const std::vector<std::string> words = graph::foldTokens(lowerCaseTitle(a.title)); !words.empty())
      titleHead_ = words.back();
    assistantPage_ = !wikiPage_ && filedAsAssistant(a.categories);
    if (assistantPage_) markPromptSections();
  }

  // Stop at the first figure claim with a value (extractFirstFigure).
  void stopAtFirstFigure() { firstFigureOnly_ = true; }

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
        instructions_ = assistantPage_ && inInstructions(block.section);
        userPrompts_ = inSections(ents_.userPromptSections, block.section);
        discourse_.subject = sectionSubject_;  // a section is about its heading's name, else the topic
        listLead_ = kNone;
        lastSection = block.section;
        openingPending_ = true;
      }
      if (openingPending_ && block.kind == BlockKind::kParagraph) {
        openingPending_ = false;
        if (int defined = definedInOpening(b); defined != kNone) sectionSubject_ = discourse_.subject = defined;
      }
      discourse_.paragraphOrganizations = discourse_.organizations.size();
      discourse_.outlets.clear();
      if (block.kind == BlockKind::kTableHeader) {
        header_ = &block;
        continue;
      }
      if (block.kind != BlockKind::kTableRow) header_ = nullptr;
      if (block.kind != BlockKind::kListItem) listLead_ = labelledList(b, listLead_);
      // A card's tag line repeats its box's fields as tags ("..., Transformers, 48 languages, License: mit"):
      // its figures are the box's, read there, and no tag on it is their subject.
      if (isBoxTagLine(a_.blocks, b)) continue;
      for (const auto& s : block.sentences) {
        if (s.end - s.begin <= kLongestPiece)
          sentence(b, s);
        else
          for (const Sentence& piece : pieces(block.text, s)) sentence(b, piece);
      }
      if (stopped_) break;
    }
    bundle.entities = std::move(ents_.entities);
    // Event years after every other claim, so that the others keep their ids.
    claims_.insert(claims_.end(), std::make_move_iterator(eventYears_.begin()),
                   std::make_move_iterator(eventYears_.end()));
    if (!firstFigureOnly_) {  // after every other claim too, for the same reason
      headingCountClaims();
      writtenHeadingCountClaims();
      menuCountClaims();
      boxFieldCountClaims();
      seriesCountClaims();
    }
    unsettleSubListCounts();
    changesAsSizes();
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

  // One source per work: a URL the list gives under two numbers is one source that lists both,
  // so a claim citing either number is bound to it.
  void addSources(graph::DocumentBundle& bundle) {
    std::map<std::string, int> byUrl;  // folded URL -> source index
    for (std::size_t r = 0; r < a_.references.size(); ++r) {
      const Reference& ref = a_.references[r];
      std::string key = ref.url.empty() ? std::string() : graph::foldKey(ref.url);
      if (auto it = byUrl.find(key); !key.empty() && it != byUrl.end()) {
        std::vector<int>& refs = bundle.sources[static_cast<std::size_t>(it->second)].refs;
        if (std::find(refs.begin(), refs.end(), ref.number) != refs.end()) continue;  // a bundle naming one URL twice
        refs.push_back(ref.number);
        sourceIndex_.emplace(ref.number, it->second);
        if (std::string& author = sourceAuthors_[static_cast<std::size_t>(it->second)]; author.empty() && wikiPage_)
          author = shortTextAuthors(ref.raw);
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
      sourceAuthors_.push_back(wikiPage_ ? shortTextAuthors(ref.raw) : std::string());
      if (!key.empty()) byUrl.emplace(std::move(key), index);
    }
  }

  std::vector<int> sourcesFor(const Sentence& s) const {
    std::vector<int> out;
    for (int ref : s.refs)
      for (auto [it, end] = sourceIndex_.equal_range(ref); it != end; ++it)
        if (std::find(out.begin(), out.end(), it->second) == out.end()) out.push_back(it->second);
    return out;
  }

  // The sources of a figure at [figBegin, figEnd) of a sentence that cites mid-way ("entered the
  // top ten in Sweden,[6] making them the first act in the top five.[4]"): by the citation
  // convention of Wikipedia (WP:INTEGRITY) and of numbered notes alike, a marker placed inside a
  // sentence backs the text before it, back to the previous marker; the text after the last one
  // is backed by the sentence's closing markers. A figure before a mid-sentence group takes that
  // group; one after the last takes the sentence's other refs (when it has any). A sentence
  // cited only at its end, and table rows, keep the sentence's refs.
  std::vector<int> clauseSources(const SentenceScope& sc, std::size_t figBegin, std::size_t figEnd) const {
    const Sentence& s = *sc.sentence;
    if (sc.row || s.refs.size() < 2) return sc.sources;
    const std::string_view text = sc.text;
    // A marker stands mid-sentence when a word of the sentence follows it.
    auto midSentence = [&](std::size_t pos) {
      for (std::size_t i = pos; i < s.end && i < text.size(); ++i)
        if (std::isalnum(static_cast<unsigned char>(text[i]))) return true;
      return false;
    };
    std::vector<const Marker*> mid;
    for (const Marker& m : sc.blk->markers)
      if (m.pos > s.begin && m.pos < s.end && midSentence(m.pos)) mid.push_back(&m);
    if (mid.empty()) return sc.sources;
    // The group a marker at `pos` opens: every marker from it up to the next word.
    auto groupAt = [&](std::size_t k) {
      Sentence group;
      std::size_t next = mid[k]->pos;
      while (next < s.end && !std::isalnum(static_cast<unsigned char>(text[next]))) ++next;
      for (std::size_t j = k; j < mid.size() && mid[j]->pos <= next; ++j) group.refs.push_back(mid[j]->ref);
      return group;
    };
    // A figure whose words a marker splits ("from 500,000[1] to 2.9 million[2]") takes the refs
    // inside it as well as those that close it.
    Sentence backing;
    for (const Marker* m : mid)
      if (m->pos > figBegin && m->pos < figEnd) backing.refs.push_back(m->ref);
    bool closed = false;
    for (std::size_t k = 0; k < mid.size() && !closed; ++k)
      if (mid[k]->pos >= figEnd) {
        for (int ref : groupAt(k).refs) backing.refs.push_back(ref);
        closed = true;
      }
    if (!closed)
      for (int ref : s.refs)
        if (std::none_of(mid.begin(), mid.end(), [&](const Marker* m) { return m->ref == ref; }))
          backing.refs.push_back(ref);
    std::vector<int> out = sourcesFor(backing);
    return out.empty() ? sc.sources : out;
  }

  // The article's topic (named by its title and in its text) as the subject of what names none,
  // when it is a thing that has figures of its own: a company, a product, a person, a platform or
  // paper (typed other) that the text says is one ("Gym Retro is a platform"). An event, a place, an index or a concept
  // ("AI governance") is not what "the exposure" or "revenue" of its sentences belongs to.
  int defaultSubject() const override {
    // A Wikipedia page is about its title whatever that is: an event's, a place's or a
    // person's page gives the figures of its topic where a clause names no other owner.
    if (wikiPage_) return conceptPage_ ? kNone : ents_.topic;
    if (commonNounTopic_) return kNone;
    EntityType t = typeOf(ents_.topic);
    bool owner = t == EntityType::kOrganization || t == EntityType::kProduct || t == EntityType::kPerson ||
                 ((t == EntityType::kOther || t == EntityType::kPublication) && topicIsAThing_);
    return ents_.topic != kNone && owner ? ents_.topic : kNone;
  }

  // "a **confusion matrix** is a specific table layout", "the quantization of weights": whether the
  // text writes the page's title as a common noun (lowerCaseTitle), the topic of a glossary page. A
  // concept owns no figure of its own: only what counts its parts or states its values by name is its
  // (list and heading counts, stated values, a clause it is the subject of).
  bool namesTopicInLowerCase() const {
    if (ents_.topic == kNone) return false;
    return writesTitleAsCommonNoun(a_, titleBeforeAside());
  }

  // The page's title without its bracketed aside ("Output layer (neural networks)" -> "Output layer").
  std::string_view titleBeforeAside() const {
    const std::string_view title = a_.title;
    return title.substr(0, title.find(" ("));
  }

  // "Chemical biology is a scientific discipline ...", "Privacy is the ability ...": whether a
  // Wikipedia page's lead says its topic is a field or a concept (the head noun of what it is, by
  // WordNet's first sense, data/abstract_nouns.txt), which owns no figure of its own.
  bool leadDefinesConcept() const {
    for (const Block& block : a_.blocks) {
      if (block.section != -1) return false;
      if (block.kind != BlockKind::kParagraph || block.sentences.empty()) continue;
      const Sentence& first = block.sentences.front();
      const std::string noun = definingNoun(std::string_view(block.text).substr(first.begin, first.end - first.begin));
      return !noun.empty() && lex_.abstractNouns.count(noun) > 0;
    }
    return false;
  }

  // Whether the text says what the topic is: "Gym Retro is a platform ...", "... was an architecture".
  bool definesTopic() const {
    if (ents_.topic == kNone) return false;
    if (headsInfobox()) return true;
    // The opening's first blocks, an infobox's rows before it aside (a benchmark's page opens with
    // forty of them).
    constexpr std::size_t kOpeningBlocks = 12;
    for (std::size_t b = 0, seen = 0; b < a_.blocks.size() && seen < kOpeningBlocks; ++b) {
      if (a_.blocks[b].kind == BlockKind::kTableRow) continue;
      ++seen;
      for (const Mention& m : ents_.mentions[b]) {
        std::string_view after = std::string_view(a_.blocks[b].text).substr(m.end);
        if (m.entity != ents_.topic) continue;
        // "AA-LCR (Artificial Analysis Long Context Reasoning) is a ...": an acronym's expansion in
        // brackets between (not "Mixture of Experts (MoE) is a technique": a concept's short form).
        const std::string_view name = std::string_view(a_.blocks[b].text).substr(m.begin, m.end - m.begin);
        const bool acronym = std::none_of(name.begin(), name.end(), graph::isLowerAscii);
        if (acronym && after.starts_with(" (") && after.find(')') != std::string_view::npos)
          after.remove_prefix(after.find(')') + 1);
        for (std::string_view copula : {" is a ", " is an ", " was a ", " was an "})
          if (after.substr(0, copula.size()) == copula) return true;
      }
    }
    return false;
  }

  // "| MMMLU |" over "| --- |", then "| Release date | ~2023 |" rows: an infobox headed by the topic's
  // name alone describes it as one thing with facts of its own, as "X is a benchmark" would.
  bool headsInfobox() const {
    if (wikiPage_) return false;  // a Wikipedia page is about its title already (defaultSubject)
    const std::string_view heading = infoboxHeading(a_.blocks);
    return !heading.empty() && graph::foldKey(heading) == graph::foldKey(nameOf(ents_.topic));
  }

  // "### B200 and B100 Tensor Core GPUs", "## OpenAI": a section whose heading opens with a name
  // the article knows is about that name (the first of several); a subsection of
  // one is too; else the article's topic.
  int sectionSubjectOf(int section) {
    for (int k = section, depth = 0; k >= 0 && depth < 8;
         k = a_.sections[static_cast<std::size_t>(k)].parent, ++depth) {
      const std::string_view title = a_.sections[static_cast<std::size_t>(k)].title;
      if (int e = headNounName(k, title); e != kNone) return e;
      // "== Rakete ==" on a German page: a heading of a capitalised noun names no thing (ownerMentions).
      if (int e = headingName(title); e != kNone && (!capitalisesNouns_ || ownsAsNamed(e))) return e;
    }
    // A custom GPT's system prompt or conversation starters quote what it is told, not facts of it.
    for (int k = section, depth = 0; topicFiledOnly_ && k >= 0 && depth < 8;
         k = a_.sections[static_cast<std::size_t>(k)].parent, ++depth)
      if (headsQuotedPrompts(a_.sections[static_cast<std::size_t>(k)].title)) return kNone;
    return defaultSubject();
  }

  // Whether a name follows the figure that ends at `end` after "for" or "of" ("280 characters for Twitter").
  bool ownerNamedAfter(const SentenceScope& sc, std::size_t end) const {
    for (std::string_view preposition : {" for ", " of "})
      if (std::string_view(sc.text).substr(end).starts_with(preposition))
        for (const Mention* m : sc.mentions)
          if (m->begin == end + preposition.size()) return true;
    return false;
  }

  // Whether a section is, or is under, the heading of an assistant's instructions (headsInstructions).
  bool inInstructions(int section) const {
    for (int k = section, depth = 0; k >= 0 && depth < 8; k = a_.sections[static_cast<std::size_t>(k)].parent, ++depth)
      if (headsInstructions(a_.sections[static_cast<std::size_t>(k)].title)) return true;
    return false;
  }

  // Whether section `section` stands in an assistant's quoted instructions, under their heading or after it
  // under a heading of the prompt's own ("# Walkthrough Steps:" after "## Instructions (System Prompt)"), with
  // no heading over a user's prompts ("## Conversation Starters", next in the page's template) between.
  bool inQuotedInstructions(int section) const { return inSections(quotedInstructionSections_, section); }

  // An assistant's page's sections in its quoted instructions, read once per article from the sections
  // under a user's prompts, which the entity finder marked (ArticleEntities::userPromptSections): a
  // section's answer follows from its heading's and the previous section's, and asking again for every
  // block and every earlier section folded the same headings tens of thousands of times over the AI Wiki.
  void markPromptSections() {
    const std::vector<bool>& userPrompts = ents_.userPromptSections;
    quotedInstructionSections_.assign(a_.sections.size(), false);
    bool quoted = false;  // the nearest heading back that decides says instructions
    for (std::size_t k = 0; k < a_.sections.size(); ++k) {
      if (inSections(userPrompts, static_cast<int>(k)))
        quoted = false;
      else if (headsInstructions(a_.sections[k].title))
        quoted = true;
      quotedInstructionSections_[k] = quoted;
    }
  }

  // Whether `marks` (of a page's sections, empty off an assistant's page) marks `section`; kNone is unmarked.
  static bool inSections(const std::vector<bool>& marks, int section) {
    return section >= 0 && static_cast<std::size_t>(section) < marks.size() && marks[static_cast<std::size_t>(section)];
  }

  // "### Google Gemini Computer Use" over "Released ..., Google DeepMind's Gemini 2.5 Computer Use
  // model is a specialized variant ...": a section that has no subject (its heading names nothing the
  // article knows, and the article's topic is no thing with figures of its own: "Computer-use model")
  // is about the name its first paragraph opens by defining (Subjects.h, definedName); kNone else.
  int definedInOpening(std::size_t b) {
    const Block& block = a_.blocks[b];
    // A custom GPT's quoted prompt has no subject on purpose (sectionSubjectOf): its topic is a thing.
    if (block.kind != BlockKind::kParagraph || block.sentences.empty() || block.section < 0 ||
        sectionSubject_ != kNone || defaultSubject() != kNone)
      return kNone;
    const Sentence& first = block.sentences.front();
    const Mention* named = definedName(block.text, first.begin, first.end, ents_.mentions[b]);
    return named && !commonWordsLabel(named->entity) ? named->entity : kNone;
  }

  // "## Gym Retro contest" over "The Retro Contest gave the participants ...": English puts a noun
  // phrase's head last, so a heading of a known name and one lower-case noun speaks of a thing of that
  // kind, which the name before only modifies. Where the section's text (its own blocks and its
  // subsections') writes a name of two words or more ending in that noun, capitalised ("Retro
  // Contest"), that name is the thing; kNone else (the heading names the name before, headingName).
  int headNounName(int section, std::string_view title) {
    title = trim(title.substr(0, std::min(title.find(" ("), title.find(':'))));
    const std::size_t space = title.rfind(' ');
    if (space == std::string_view::npos) return kNone;
    const std::string_view noun = title.substr(space + 1);
    if (noun.size() < 3 || !std::all_of(noun.begin(), noun.end(), graph::isLowerAscii) ||
        !lex_.isEnglishWord(std::string(noun)) || ents_.find(trim(title.substr(0, space))) == kNone)
      return kNone;
    const auto within = [&](int s) {
      for (int depth = 0; s >= 0 && depth < 8; s = a_.sections[static_cast<std::size_t>(s)].parent, ++depth)
        if (s == section) return true;
      return false;
    };
    constexpr std::size_t kBlocksRead = 200;  // a section's opening, where its thing is named
    std::size_t b = 0;
    while (b < a_.blocks.size() && a_.blocks[b].section != section) ++b;
    for (std::size_t read = 0; b < a_.blocks.size() && read < kBlocksRead && within(a_.blocks[b].section); ++b, ++read)
      for (const Mention& m : ents_.mentions[b]) {
        const std::string& name = nameOf(m.entity);
        const std::size_t last = name.rfind(' ');
        if (last == std::string::npos || name.size() - last - 1 != noun.size() ||
            std::isupper(static_cast<unsigned char>(name[last + 1])) == 0 ||
            lowerAscii(std::string_view(name).substr(last + 1)) != noun)
          continue;
        return m.entity;
      }
    return kNone;
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
    return nameOnlyHeading(title);
  }

  // "### π0 (Pi-Zero)", "### Xiaomi CyberOne": a heading written as a name (Subjects.h,
  // writtenAsName) that the article's text writes too ("π0 introduced ...") names what its
  // section is about, though no name the article knows opens it: its own product.
  int nameOnlyHeading(std::string_view title) {
    if (!writtenAsName(title) || !writtenInText(title)) return kNone;
    if (int e = namedExactly(title); e != kNone) return commonWordsLabel(e) ? kNone : e;
    return productNamed(title, kNone);
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

  // The class of measure a unit can have: percent, compute, count, money or other.
  static std::string unitClassOf(const std::string& unit) {
    if (unit == "percent"sv) return "percent";
    if (unit == "GPU-hours"sv) return "compute";
    // A bare number counts something ("3 million"); `tokens` is a count of tokens, its measures counts'.
    if (isCountUnit(unit) || unit.empty()) return "count";
    if (unit.size() == 3 && std::isupper(static_cast<unsigned char>(unit[0]))) return "money";
    return "other";
  }

  // Calls f(phrase, i, n) for every run of 1..longestCueWords words starting at word i that may be a
  // cue: a run is grown by a word only while it is the start of a longer cue (a run that is none
  // is no cue, nor is any run it begins).
  template <class F>
  void forEachPhrase(const std::vector<std::string>& words, F&& f) const {
    std::string phrase;  // one buffer for all phrases: this runs for every word near every figure
    for (std::size_t i = 0; i < words.size(); ++i) {
      phrase.assign(words[i]);
      for (std::size_t n = 1;; ++n) {
        f(phrase, i, n);
        if (n == lex_.longestCueWords || i + n == words.size() || !lex_.measureCuePrefixes.contains(phrase)) break;
        phrase.append(" ").append(words[i + n]);
      }
    }
  }

  // Where a cue stands next to its figure (MeasureRule::next), in the clause's words: the word right after
  // the figure when only blanks part them, and the last word right before it, "by" or "of" perhaps between
  // ("up 20%", "down ~17%", "a reduction of 40%", "lower by 5%").
  struct NextToFigure {
    bool after = false;                         // words[figureAt] is joined to the figure
    std::size_t beforeEnd = std::string::npos;  // the word a cue right before the figure ends at
    // The first of the row's other headers after the clause's words: a change they name is their column's.
    std::size_t rowHeadersAt = std::string::npos;
    // The words of the figure's phrase, [phraseFrom, phraseTo): those after the last punctuation or cell bar
    // before it and before the first after it (MeasureRule::near).
    std::size_t phraseFrom = 0, phraseTo = 0;
    // The first word after the last semicolon before the figure: a word of change before it is another
    // clause's ("Excessive pruning loses important information; beyond 80% sparsity, ...").
    std::size_t clauseFrom = 0;
  };

  // `before` and `after` are the clause's text before and after the figure, `figureAt` the number of words before it.
  static NextToFigure nextToFigure(std::string_view before, std::string_view after, std::size_t figureAt) {
    NextToFigure next;
    const std::size_t word = after.find_first_not_of(' ');
    next.after = word != std::string_view::npos && std::isalpha(static_cast<unsigned char>(after[word]));
    std::size_t linking = 0;
    for (;;) {
      while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
      const std::string_view last = lastWord(before);
      const std::string linkWord = lowerAscii(last);
      if (linking == 2 || (linkWord != "by"sv && linkWord != "of"sv)) break;
      ++linking;
      before.remove_suffix(last.size());  // the blank before it goes at the loop's top
    }
    if (!before.empty() && std::isalpha(static_cast<unsigned char>(before.back())) && figureAt > linking)
      next.beforeEnd = figureAt - 1 - linking;
    return next;
  }

  // The figure's phrase in the clause's words (NextToFigure::phraseFrom, phraseTo), `before` and `after` the
  // clause's text before and after it.
  static void markPhrase(NextToFigure& next, std::string_view before, std::string_view after, std::size_t figureAt) {
    constexpr std::string_view kStops = ",;:|()[]\"!?";
    const std::size_t stop = before.find_last_of(kStops);
    const std::size_t back = stop == std::string_view::npos ? figureAt : graph::foldTokenCount(before.substr(stop + 1));
    next.phraseFrom = figureAt - std::min(back, figureAt);
    next.phraseTo =
        figureAt + graph::foldTokenCount(after.substr(0, std::min(after.size(), after.find_first_of(kStops))));
    if (const std::size_t semicolon = before.rfind(';'); semicolon != std::string_view::npos)
      next.clauseFrom = figureAt - std::min(graph::foldTokenCount(before.substr(semicolon + 1)), figureAt);
  }

  // Whether `particle` is the particle of the verb `word` before it ("sums up", "made up", "turning up";
  // data/particle_verbs.txt).
  bool particleOfVerb(const std::string& word, const std::string& particle) const {
    bool inflected = false;
    const std::string lemma = verbLemma(word, inflected);
    if (lex_.particleVerbs.contains((lemma.empty() ? word : lemma) + " " + particle)) return true;
    return word.ends_with("ing") && gerundOfParticleVerb(word.substr(0, word.size() - 3), particle);
  }

  // Whether an "-ing" form's `stem` is a verb of data/particle_verbs.txt with `particle` (ingStemIs: "turn",
  // "mak" -> "make", "summ" -> "sum").
  bool gerundOfParticleVerb(const std::string& stem, const std::string& particle) const {
    const std::string tail = " " + particle;
    return ingStemIs(stem, [&](const std::string& verb) { return lex_.particleVerbs.contains(verb + tail); });
  }

  // "rose to 45%", "from 49.7% to 50.8%", "$9B, up from 3%": a percentage right after "to" or "from" is a level
  // a quantity moved from or to, not the change (a range, "from 5% to 10%", is one figure: the range's), a hedge
  // perhaps between ("fell to just 25%", data/figure_hedges.tsv). So is a baseline's ("worse than the baseline of
  // 63.7%": where it started) and the first of a pair in brackets ("loses 0.61% (70.14% to 69.53%)").
  // `before` and `after` are the sentence's text before and after the figure.
  static bool levelOfChange(std::string_view before, std::string_view after, const Figure& f) {
    if (f.quantity.unit != "percent"sv || f.quantity.low) return false;
    const std::vector<std::string> words = lastWordsOf(before);
    std::size_t end = words.size();
    const auto wordAt = [&](std::size_t k) -> const std::string& { return words[k]; };
    while (const std::size_t hedge = lexicon().hedgeEndingAt(end, kEveryHedge, wordAt)) end -= hedge;
    const std::string_view last = end > 0 ? std::string_view(words[end - 1]) : std::string_view();
    if (last == "to" || last == "from") return true;
    if ((last == "of" || last == "at") && end >= 2 && (words[end - 2] == "baseline" || words[end - 2] == "baselines"))
      return true;
    return opensBracketedPair(before, after);
  }

  // The folded words of the last stretch of `text` (enough for a hedge and the word before it), cut at a blank.
  static std::vector<std::string> lastWordsOf(std::string_view text) {
    constexpr std::size_t kTail = 48;
    if (text.size() > kTail) {
      text.remove_prefix(text.size() - kTail);
      const std::size_t blank = text.find(' ');
      text.remove_prefix(blank == std::string_view::npos ? text.size() : blank);
    }
    return graph::foldTokens(text);
  }

  // "(70.14% to 69.53%)": a percentage that opens a bracket and goes "to" (or "→") another is where a change
  // started, the bracket's restatement of it.
  static bool opensBracketedPair(std::string_view before, std::string_view after) {
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    if (before.empty() || before.back() != '(') return false;
    after.remove_prefix(std::min(after.size(), after.find_first_not_of(' ')));
    for (std::string_view arrow : {"to ", "\u2192"}) {
      if (!after.starts_with(arrow)) continue;
      after.remove_prefix(arrow.size());
      after.remove_prefix(std::min(after.size(), after.find_first_not_of(' ')));
      const std::size_t close = after.find(')');
      return !after.empty() && std::isdigit(static_cast<unsigned char>(after.front())) &&
             close != std::string_view::npos && after.substr(0, close).find('%') != std::string_view::npos;
    }
    return false;
  }

  // Whether the cue at word `at` of the clause's `words` is another figure's: right after a number of the
  // clause other than the figure, one word perhaps between ("an 80% reduction in time ... and 70% employee
  // satisfaction", "(2.8% relative decrease), 28% inference acceleration": the noun or comparative that
  // number modifies). A year is no such number ("in 2024 sales fell"), nor one the figure is listed with
  // ("90%, 76%, and 62% weight reduction": the list shares its noun); the caller keeps a cue next to the
  // figure itself.
  static bool cueOfAnotherFigure(const std::vector<std::string>& words, std::size_t at, std::size_t figureAt) {
    auto number = [](const std::string& w) { return std::isdigit(static_cast<unsigned char>(w.front())) != 0; };
    auto listedWithFigure = [&](std::size_t k) {
      return k >= figureAt && std::all_of(words.begin() + static_cast<std::ptrdiff_t>(figureAt),
                                          words.begin() + static_cast<std::ptrdiff_t>(k),
                                          [&](const std::string& w) { return number(w) || w == "and" || w == "or"; });
    };
    for (std::size_t back = 1; back <= 2 && back <= at; ++back) {
      const std::size_t k = at - back;
      if (at >= figureAt && k < figureAt) return false;  // back at the figure's own place
      if (number(words[k])) return !writtenAsYear(words[k]) && !listedWithFigure(k);
      if (!graph::isLetterAscii(words[k].front())) return false;
    }
    return false;
  }

  // Whether a conjunction of contrast stands between the cue at word `at` (of `phraseWords` words) and the
  // figure's place: the cue is the other clause's ("reduced intake time by 44% while improving accuracy by
  // 25%", "plateaued around 33-34% despite massive increases in scale").
  static bool cueAcrossContrast(const std::vector<std::string>& words, std::size_t at, std::size_t phraseWords,
                                std::size_t figureAt) {
    const std::size_t from = at < figureAt ? at + phraseWords : figureAt;
    const std::size_t to = at < figureAt ? figureAt : at;
    for (std::size_t k = from; k < to && k < words.size(); ++k)
      for (std::string_view contrast : {"while", "whereas", "whilst", "although", "though", "despite", "but"})
        if (words[k] == contrast) return true;
    return false;
  }

  // The measure the nearest cue of a figure's clause names (nearestCue), and where that cue stands.
  struct CueReading {
    std::string label;  // refined by the words around the figure and the section's heading
    // The word of the clause the cue stands at; npos where it is in the figure's counted noun, or where no
    // cue was read (the column or the figure's own words named the measure: namedMeasure).
    std::size_t at = std::string::npos;
    bool afterNoun = false;  // a count's cue a word or more after the count's own noun
    bool ofAnother = false;  // a count's cue before it that is another noun phrase's: an earlier figure's noun,
                             // a preposition's head, a first object
  };

  // The label of the measure rule of `unitClass` whose cue stands nearest the figure: in its
  // counted noun (distance 0), else among the clause's words, where the figure stands before
  // word `figureAt`. A longer cue ("at risk", "market value") is more specific than a nearer
  // single word; ties go to the earlier rule. A rule of cues next to the figure counts only there, and
  // not as the particle of "up to", "up from"; a figure that is a level (levelOfChange) takes no change.
  // Where the cue stands goes with it (CueReading::at), read for this figure only.
  CueReading nearestCue(const std::vector<std::string>& nounWords, const std::vector<std::string>& words,
                        std::size_t figureAt, const std::string& unitClass, const NextToFigure& next,
                        bool level) const {
    std::size_t bestDistance = std::string::npos;
    std::size_t bestRule = SIZE_MAX;  // ties go to the earlier rule
    CueReading cue;
    auto nextTo = [&](const std::string& phrase, std::size_t at, std::size_t phraseWords) {
      if (at == std::string::npos) return false;
      const std::size_t following = at + phraseWords;
      if (following < words.size() && (words[following] == "to" || words[following] == "from")) return false;
      if (at == figureAt) return next.after;
      return following - 1 == next.beforeEnd && !(at > 0 && particleOfVerb(words[at - 1], phrase));
    };
    // "60% of the throughput": a percentage "of" a noun phrase is a part of it, which only a word of change
    // right before it makes a change ("cut 40% of its staff"), not one elsewhere in the clause.
    const bool part = next.after && figureAt < words.size() && words[figureAt] == "of";
    auto changeOfFigure = [&](std::size_t at, std::size_t phraseWords) {
      if (level || (at != std::string::npos && (at >= next.rowHeadersAt || at < next.clauseFrom))) return false;
      const bool rightBefore = at != std::string::npos && at + phraseWords - 1 == next.beforeEnd;
      if (at != std::string::npos && at != figureAt && !rightBefore &&
          (cueOfAnotherFigure(words, at, figureAt) || cueAcrossContrast(words, at, phraseWords, figureAt)))
        return false;
      return !part || rightBefore;
    };
    // Within the figure's phrase, at most three words between and no preposition but a "by" or "of" right before
    // the figure ("a 1.4% top-5 accuracy loss", "boost GDP by 15%"; not "50-95% with minimal accuracy loss", "an
    // improvement from the 14.9%").
    auto near = [&](std::size_t at, std::size_t phraseWords) {
      constexpr std::size_t kBetween = 3;
      if (at == std::string::npos) return true;  // the figure's own noun
      const bool after = at >= figureAt;
      const std::size_t from = after ? figureAt : at + phraseWords, to = after ? at : figureAt;
      if (after ? at + phraseWords > next.phraseTo : at < next.phraseFrom) return false;
      if (to < from || to - from > kBetween) return false;
      // "a savings rate of 5%", "a loss rate of 2%": a cue before the noun "rate" names the rate, no change.
      if (!after && from < to && (words[from] == "rate" || words[from] == "rates")) return false;
      for (std::size_t k = from; k < to; ++k)
        if (lex_.prepositions.count(words[k]) && (after || k + 1 != figureAt || (words[k] != "by" && words[k] != "of")))
          return false;
      return true;
    };
    auto consider = [&](const std::string& phrase, std::size_t distance, std::size_t phraseWords, std::size_t at) {
      auto it = lex_.measureCues.find(phrase);
      if (it == lex_.measureCues.end()) return;
      for (std::size_t r : it->second) {
        const MeasureRule& rule = lex_.measures[r];
        if (rule.unitClass != unitClass || (rule.next && !nextTo(phrase, at, phraseWords)) ||
            (rule.near && !near(at, phraseWords)) || (isChangeMeasure(rule.label) && !changeOfFigure(at, phraseWords)))
          continue;
        std::size_t bonus = 2 * (phraseWords - 1);
        std::size_t d = distance > bonus ? distance - bonus : 1;
        if (d < bestDistance || (d == bestDistance && r < bestRule)) {
          bestDistance = d;
          bestRule = r;
          cue.at = at;
          cue.label = lex_.measures[r].label;
        }
      }
    };
    forEachPhrase(nounWords, [&](const std::string& phrase, std::size_t, std::size_t n) {
      consider(phrase, 0, n, std::string::npos);
    });
    forEachPhrase(words, [&](const std::string& phrase, std::size_t i, std::size_t n) {
      consider(phrase, i < figureAt ? figureAt - i : i - figureAt + 1, n, i);
    });
    return cue;
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
    if (label == "capital expenditure"sv) {
      std::string scope = capexScope(text.substr(lo, f.begin - lo));
      if (!scope.empty()) label = scope + " " + label;
    }
    if (label == "cost"sv || label == "valuation"sv || label == "amount"sv) {
      // "the main training run ... which the company valued at 5.6 million": a cost of training.
      std::string around = graph::foldKey(text.substr(begin, f.begin - begin));
      if (around.find("training run") != std::string::npos || around.find(" train") != std::string::npos)
        label = "training cost";
    }
    if (f.quantity.unit == "percent"sv && sharesAMarket(text.substr(f.end, end - f.end))) label = "market share";
    if (label == "context window"sv) {
      // "a context window of 1.4 million words": counted in another unit than tokens.
      const std::string unitWord(lastWord(noun));
      if (unitWord == "words" || unitWord == "characters" || unitWord == "pages" || unitWord == "lines")
        label += " (" + unitWord + ")";
    }
    if (label == "parameters"sv) {
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
    std::string column;   // a table cell's figure: the header cell of its column
    std::string row;      // a table cell's figure: its column's header, then the row's figureless cells' (others)
    std::string others;   // the headers of the row's other cells that hold no figure (no attribute table's first)
    int section = -1;     // the figure's section: its title and those above it
    std::string counted;  // a bare number's: what its row label or column header counts ("tasks")
    std::string valueOf;  // a bare number's: the value noun its row label wholly is ("vocabulary size")
    bool level = false;   // a level a quantity moved from or to, no change (levelOfChange)
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
        if (n > 1 && !lex_.measureCuePrefixes.contains(phrase)) break;  // no longer cue starts so
        phrase += (n > 1 ? " " : "") + words[i + n - 1];
        auto it = lex_.measureCues.find(phrase);
        if (it == lex_.measureCues.end()) continue;
        for (std::size_t r : it->second)
          if (lex_.measures[r].unitClass == unitClass && !lex_.measures[r].next &&
              !lex_.measures[r].near) {  // no figure to be next to or near
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
  // bringing its total to $8 billion" the total is the next figure's. A "clause" row's cue may stand
  // anywhere in the clause or in the section's `heading` ("raised $56,000 on Kickstarter" is a
  // crowdfunding campaign's total).
  std::string refinedMeasure(std::string label, const std::vector<std::string>& words, std::size_t figureAt,
                             const std::vector<std::string>& heading = {}) const {
    // rule.unitClass == "before " + label (or "after "), compared in place: no string made per rule.
    auto classIs = [&](const std::string& unitClass, std::string_view side) {
      return unitClass.size() == side.size() + label.size() && unitClass.starts_with(side) &&
             unitClass.ends_with(label);
    };
    for (const MeasureRule& rule : lex_.measures) {
      const bool before = classIs(rule.unitClass, "before "), after = classIs(rule.unitClass, "after ");
      const bool clause = classIs(rule.unitClass, "clause ");  // anywhere in the figure's clause
      if (!before && !after && !clause) continue;
      const std::size_t from = before ? figureAt - std::min<std::size_t>(figureAt, 5) : clause ? 0 : figureAt;
      const std::size_t to = before ? figureAt : clause ? words.size() : std::min(words.size(), figureAt + 1);
      for (const std::string& cue : rule.cues) {
        const std::vector<std::string> cueWords = graph::foldTokens(cue);
        // A clause row's cue may also stand in the section's heading ("## Kickstarter campaign").
        if (clause && !cueWords.empty() &&
            std::search(heading.begin(), heading.end(), cueWords.begin(), cueWords.end()) != heading.end())
          return rule.label;
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
  // Every figure of a section asks it again with one of four unit classes: the answer is kept by both.
  std::string headingMeasure(int section, const std::string& unitClass) const {
    const auto [kept, fresh] = headingMeasures_.try_emplace({section, unitClass});
    if (!fresh) return kept->second;
    for (int s = section; s >= 0 && static_cast<std::size_t>(s) < a_.sections.size(); s = a_.sections[s].parent) {
      const std::string& title = a_.sections[s].title;
      std::string label =
          soleMeasure(graph::foldTokens(unitClass == "percent" ? namesUnread(title) : title), unitClass);
      if (!label.empty()) return kept->second = label;
    }
    return {};
  }

  // Whether the word after a count is the object complement of "take" before it ("took N soldiers
  // prisoner", "were taken captive", "taking N hostage").
  static bool tookAsComplement(const std::vector<std::string>& words, std::size_t figureAt) {
    const std::string& w = words[figureAt];
    const bool complement =
        w == "prisoner" || w == "prisoners" || w == "captive" || w == "captives" || w == "hostage" || w == "hostages";
    if (!complement) return false;
    for (std::size_t i = figureAt >= 6 ? figureAt - 6 : 0; i < figureAt; ++i)
      if (words[i] == "take" || words[i] == "took" || words[i] == "taken" || words[i] == "takes" ||
          words[i] == "taking")
        return true;
    return false;
  }

  // The measure of a count by the noun it counts: a cue the noun is ("Users" -> users), else
  // "number of" the noun ("number of tasks").
  std::string countedMeasure(const std::string& noun) const {
    std::string label = soleMeasure({noun}, "count");
    return label.empty() ? "number of " + noun : label;
  }

  // "290 people had contributed", "contributed by 290 people", "downloaded 890,000 times": what a count of
  // people or of times counts, by the verb that governs it (ingest/CountingVerbs.h); "" when none does.
  // `clause` is the text [from, f.begin) and the figure's clause after it.
  static std::string governingVerbMeasure(std::string_view clause, std::size_t from, const Figure& f) {
    std::vector<std::string> measures = verbMeasures(clause, f.begin - from, f.end - from, VerbReach::kGoverning);
    return measures.empty() ? std::string() : std::move(measures.front());
  }

  // "a five-element tuple", "a 7-point scale": the noun a hyphen joins to the number is singular, the
  // measure names what is counted in the plural, as a count's own noun does ("number of elements").
  // Only that one word: in "2 eight-sided dice" the noun after the hyphened modifier has its own number.
  std::string countedPlural(const std::string& noun) const {
    // "a 512-dimensional embedding", "a 50-sided die": an adjective the hyphen makes stays as written.
    if (isCountNoun(noun) || nounless(noun)) return noun;
    std::string plural = otherGrammaticalNumber(noun);
    return plural.empty() ? noun : plural;
  }

  // The index of the first word after a count's noun among the clause's `words`: past the head where
  // the clause writes it after the figure ("5 million monthly active users"), else the first word
  // after the figure (the noun is the figure's own: "two key functions").
  static std::size_t nounEndAt(const std::vector<std::string>& words, std::size_t figureAt, std::size_t clauseEnd,
                               const std::string& head) {
    for (std::size_t i = figureAt; i < clauseEnd && !head.empty(); ++i)
      if (words[i] == head) return i + 1;
    return figureAt;
  }

  // Whether a folded word is a plural noun a count counts by: "exercises", "people".
  bool isCountNoun(const std::string& word) const {
    const auto& irregular = lex_.irregularPlurals;
    return isCountedPlural(word) || std::find(irregular.begin(), irregular.end(), word) != irregular.end();
  }

  // The noun a count counts, the head of its noun phrase: the figure's own last word when it is a
  // plural, else the first plural read on after it past adjectives, names and the parts of a
  // compound ("225 carefully selected Exercism coding exercises", "101 paper–video pairs",
  // "11 million licensed and privacy-preserving images"), up to a preposition, a function word or
  // a stop; else the figure's last word. `after` is the text from the figure's end. "X pairs 101
  // papers with their videos" counts pairs.
  std::string countedHead(const std::vector<std::string>& nounWords, const std::vector<std::string>& words,
                          std::size_t figureAt, std::string_view after) const {
    if (figureAt > 0 && figureAt < words.size() && words[figureAt] == "with" &&
        (words[figureAt - 1] == "pairs" || words[figureAt - 1] == "paired"))
      return "pairs";
    if (isCountNoun(nounWords.back())) return nounWords.back();
    after = after.substr(0, std::min(after.size(), after.find_first_of(",;:.()[]|\"!?")));
    constexpr std::size_t kLongestNounPhrase = 5;
    const std::vector<std::string> next = graph::foldTokens(after);
    const std::string afterLower = graph::lowerAscii(after);
    for (std::size_t i = 0; i < next.size() && i < kLongestNounPhrase; ++i) {
      const std::string& w = next[i];
      if (isCountNoun(w)) return w;
      // A degree adverb inside the phrase modifies the adjective after it, so the phrase goes on:
      // an -ly function word ("complete or nearly complete manuscripts") or one joined by a hyphen
      // to the next word, a compound adjective ("full or near-complete manuscripts").
      const bool degree = lex_.isFunctionWord(w) && !lex_.prepositions.count(w) &&
                          (w.ends_with("ly") || afterLower.find(w + "-") != std::string::npos);
      const bool joins = w == "and" || w == "or" || degree;
      if (!joins &&
          (lex_.prepositions.count(w) || lex_.isFunctionWord(w) || std::isdigit(static_cast<unsigned char>(w[0]))))
        break;
    }
    return nounWords.back();
  }

  // The statistic a percentage is a value of, named before it (MeasureNames.h): the subject of its
  // clause ("your precision would be ... about 83%") or the noun before its "of" ("a precision of 90%").
  static std::string statisticOf(std::string_view before) {
    if (std::string subject = statisticSubjectOf(before); !subject.empty()) return subject;
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    const auto named = statisticBeforeOf(std::string(before) + " ");
    return named ? named->measure : std::string();
  }

  // Whether the cue word `cueAt` of the folded words of text[lo, figureBegin) stands inside an earlier
  // figure of the sentence, the counted noun phrase it is written with ("97 million monthly SDK downloads").
  bool cueInEarlierFigure(std::string_view text, std::size_t lo, std::size_t figureBegin, std::size_t cueAt) const {
    for (auto [from, to] : figureSpans_) {
      // "a 100,000-token context window, roughly 75,000 words": a number a hyphen joins to its word
      // modifies the noun after it, which is no counted noun of its own.
      if (to > figureBegin || to <= lo || text.substr(from, to - from).find('-') != std::string_view::npos) continue;
      const std::size_t first = from > lo ? graph::foldTokenCount(text.substr(lo, from - lo)) : 0;
      const std::size_t last = graph::foldTokenCount(text.substr(lo, to - lo));
      if (cueAt >= first && cueAt < last) return true;
    }
    return false;
  }

  // Whether the cue word stands right before a preposition whose object the figure is ("takes users
  // through eight numbered steps", "users in 40 countries"): the cue is the noun the phrase modifies,
  // and the figure counts its own noun.
  bool cueBeforeItsPreposition(const std::vector<std::string>& words, std::size_t figureAt, std::size_t cueAt) const {
    return cueAt + 2 == figureAt && lex_.prepositions.count(words[cueAt + 1]) > 0;
  }

  // Whether the cue word is the noun right before the figure, a first object beside the figure's own
  // noun phrase ("hands new users 200 free credits", "gives subscribers 3 free months"): two noun
  // phrases side by side, and the figure counts its own noun (measureFor asks that it has one). Only a
  // cue that is the noun its measure is named by ("users", "GPU"): a verb's cue ("circulated 381,310
  // copies", "employs 300 engineers") says what the count is of. Not a label before its value ("| Users
  // | More than 2 million researchers", "Users: 2 million researchers").
  bool cueRightBefore(std::string_view before, const std::vector<std::string>& words, std::size_t figureAt,
                      std::size_t cueAt, const std::string& label) const {
    before = trim(before);
    if (cueAt + 1 != figureAt || before.ends_with('|') || before.ends_with(':')) return false;
    auto singular = [](const std::string& w) { return endsAsPlural(w) ? regularSingular(w) : w; };
    const std::string cue = singular(words[cueAt]);
    const std::vector<std::string> named = graph::foldTokens(label);
    return std::any_of(named.begin(), named.end(), [&](const std::string& w) { return singular(w) == cue; });
  }

  // The clause's words as measureFor folds them (before the figure, after it, the row's headers), names
  // written in capitals unread (namesUnread): the words a percentage's cue is looked for among.
  static std::vector<std::string> percentCueWords(std::string_view before, std::string_view after,
                                                  std::string_view row) {
    std::vector<std::string> words = graph::foldTokens(namesUnread(before));
    for (std::string_view part : {after, row})
      for (std::string& word : graph::foldTokens(namesUnread(part))) words.push_back(std::move(word));
    return words;
  }

  // A figure's clause as measureFor reads it: a window of its sentence around the figure, the window's words
  // with the figure's place between them, and the noun the figure counts.
  struct FigureClause {
    std::size_t lo = 0, hi = 0;          // the window [lo, hi) of the block's text
    std::vector<std::string> words;      // the window's folded words, the row's headers after them
    std::size_t figureAt = 0;            // the index of the first word after the figure
    std::size_t clauseEnd = 0;           // the index of the row's first header
    std::string noun;                    // the figure's own noun, up to a "per" tail
    std::vector<std::string> nounWords;  // its folded words
    bool modifier = false;               // a number a hyphen joins to its word ("4-bit weights")
    std::string head;                    // the noun a count counts; "" for other units and bare counts
  };

  // The clause of figure `f` of the sentence text[begin, end), the headers `row` of its table row after its words.
  FigureClause figureClauseOf(std::string_view text, std::size_t begin, std::size_t end, const Figure& f,
                              std::string_view row, const std::string& unitClass) const {
    FigureClause clause;
    clause.lo = std::max(f.begin > 90 ? f.begin - 90 : 0, begin);
    // A semicolon ends the figure's clause: the words after it ("Raised $165 million; valuation
    // exceeded $1 billion") name the next figure's measure, not this one's.
    clause.hi = std::min(end, f.end + 60);
    if (std::size_t semicolon = text.substr(f.end, clause.hi - f.end).find(';'); semicolon != std::string_view::npos)
      clause.hi = f.end + semicolon;
    // The clause around the figure as folded words, the figure's own place marked between them.
    clause.words = graph::foldTokens(text.substr(clause.lo, f.begin - clause.lo));
    clause.figureAt = clause.words.size();
    std::vector<std::string> after = graph::foldTokens(std::string(text.substr(f.end, clause.hi - f.end)));
    clause.clauseEnd = clause.figureAt + after.size();  // the row's headers follow the clause's words
    for (std::string& word : graph::foldTokens(row)) after.push_back(std::move(word));
    clause.words.insert(clause.words.end(), after.begin(), after.end());
    // "16 runs per model", "3 turns per dialogue": a "per" tail says what the count is per, not what it
    // counts; the noun before it is the counted head.
    clause.noun = graph::foldKey(std::string_view(f.noun).substr(0, f.noun.find(" per ")));
    clause.nounWords = graph::foldTokens(clause.noun);
    // "4-bit weights": a number joined to its word by a hyphen modifies the noun after it; its own
    // word stays what it names, read on no further.
    clause.modifier = f.quantity.text.find('-') != std::string::npos;
    const std::vector<std::string>& nounWords = clause.nounWords;
    clause.head = unitClass != "count"sv || nounWords.empty() ? ""
                  : clause.modifier
                      ? (nounWords.size() == 1 ? countedPlural(nounWords.back()) : nounWords.back())
                      : countedHead(nounWords, clause.words, clause.figureAt, text.substr(f.end, end - f.end));
    return clause;
  }

  // The measure the figure's place or its own words name before any cue of its clause is read: its column's
  // header, the label a bare number stands under, the statistic a percentage is the value of, the noun a
  // spelled number is joined to, the acts of the verb a count of times counts; "" when none does.
  std::string namedMeasure(std::string_view text, const Figure& f, const MeasureContext& context,
                           const std::string& unitClass, const FigureClause& clause) const {
    const std::vector<std::string> columnWords = graph::foldTokens(context.column);
    std::string label = soleMeasure(columnWords, unitClass);
    if (!label.empty()) label = refinedMeasure(std::move(label), columnWords, columnWords.size());
    // A bare number under a label or header that says what it counts ("Number of tasks | 225").
    if (label.empty() && unitClass == "count"sv && clause.nounWords.empty() && !context.counted.empty())
      label = countedMeasure(context.counted);
    // "| Vocabulary size | 128,256 |": a row label wholly a value noun names the value, as "Batch size: 44" does.
    if (label.empty() && unitClass == "count"sv && clause.nounWords.empty()) label = context.valueOf;
    // "your precision would be ... about 83%", "a precision of 90%": a statistic named as the value's noun.
    if (label.empty() && unitClass == "percent"sv) label = statisticOf(text.substr(clause.lo, f.begin - clause.lo));
    // "employs a three-stage framework": a number word joined to its noun counts that noun, whatever cue
    // the clause holds (a noun that is a cue itself, "a two-parameter model", stays the cue's).
    const bool spelledModifier =
        clause.modifier && clause.nounWords.size() == 1 &&
        cardinalWordValue(std::string_view(f.quantity.text).substr(0, f.quantity.text.find('-'))) >= 2;
    if (label.empty() && unitClass == "count" && spelledModifier) label = countedMeasure(clause.head);
    // "had been downloaded 890,000 times": the times a thing is done count the acts of its verb, named by
    // the verb's own noun in the plural ("downloads", "views"), as the page writes such a count.
    if (label.empty() && clause.head == "times"sv && !clause.modifier)
      label = governingVerbMeasure(text.substr(clause.lo, clause.hi - clause.lo), clause.lo, f);
    return label;
  }

  CueReading cueMeasure(std::string_view text, const Figure& f, const MeasureContext& context,
                        const std::string& unitClass, const FigureClause& clause) const {
    const std::string_view before = text.substr(clause.lo, f.begin - clause.lo);
    const std::string_view after = text.substr(f.end, clause.hi - f.end);
    const std::vector<std::string>& words = clause.words;
    const std::size_t figureAt = clause.figureAt;
    const std::vector<std::string> heading =
        context.section >= 0 && static_cast<std::size_t>(context.section) < a_.sections.size()
            ? graph::foldTokens(a_.sections[context.section].title)
            : std::vector<std::string>{};
    // A percentage's cue is read past names written in capitals ("in DROP"); the refinements read every word.
    const std::vector<std::string> cueWords =
        unitClass == "percent"sv ? percentCueWords(before, after, context.row) : std::vector<std::string>{};
    NextToFigure next = nextToFigure(before, after, figureAt);
    next.rowHeadersAt = clause.clauseEnd;
    markPhrase(next, before, after, figureAt);
    CueReading cue =
        nearestCue(clause.nounWords, cueWords.empty() ? words : cueWords, figureAt, unitClass, next, context.level);
    cue.label = refinedMeasure(std::move(cue.label), words, figureAt, heading);
    const bool count = f.quantity.unit == "count"sv && !clause.modifier;
    cue.afterNoun = count && cue.at != std::string::npos && cue.at < clause.clauseEnd &&
                    cue.at > nounEndAt(words, figureAt, clause.clauseEnd, clause.head);
    cue.ofAnother =
        count && cue.at < figureAt &&
        (cueInEarlierFigure(text, clause.lo, f.begin, cue.at) || cueBeforeItsPreposition(words, figureAt, cue.at) ||
         cueRightBefore(before, words, figureAt, cue.at, cue.label));
    return cue;
  }

  // `label` as a count's own noun corrects it: the noun's measure where the clause named none or its cue is
  // another noun phrase's, the agents of the verb that governs a count of people, the complement of "take".
  std::string ownNounMeasure(std::string label, std::string_view text, std::size_t end, const Figure& f,
                             const std::string& unitClass, const FigureClause& clause, const CueReading& cue) const {
    const std::string& head = clause.head;
    const std::vector<std::string>& words = clause.words;
    const std::string byNoun = head.empty() ? std::string() : countMeasure(head, text.substr(f.end, end - f.end));
    // "two key functions, signing users up": a count names what it counts by its own plural noun; a
    // cue after that noun, a word or more on, is another noun phrase's ("users"), not the count's.
    // (Right after it, the noun modifies the cue's: "a 128,000-token context window". Tokens have a
    // unit of their own, which the measures that count them share: "128,000 tokens, the longest context
    // window" is a context window.)
    // "over 97 million monthly SDK downloads, more than 10,000 active servers": a cue that is an earlier
    // figure's own counted noun is that figure's measure; a count with a noun of its own counts that noun.
    if (label.empty() ||
        ((cue.afterNoun || cue.ofAnother) && isCountNoun(head) && soleMeasure({head}, unitClass).empty()))
      label = byNoun;
    if ((head == "people"sv || head == "persons"sv) && !clause.modifier && cue.at == std::string::npos &&
        label == countedMeasure(head))
      if (std::string agents = governingVerbMeasure(text.substr(clause.lo, clause.hi - clause.lo), clause.lo, f);
          !agents.empty())
        label = std::move(agents);
    // "took 5.7 million Soviet soldiers prisoner": the object complement of "take" says what the
    // counted became, and so what the count is of (the page's "5.7 million Soviet prisoners").
    if (!byNoun.empty() && label == byNoun && clause.figureAt < words.size() &&
        tookAsComplement(words, clause.figureAt))
      label = "number of " + words[clause.figureAt] + (words[clause.figureAt].ends_with('s') ? "" : "s");
    return label;
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
    const FigureClause clause = figureClauseOf(text, begin, end, f, rowHeadersFor(context, unitClass), unitClass);
    std::string label = namedMeasure(text, f, context, unitClass, clause);
    CueReading cue;
    if (label.empty()) {
      cue = cueMeasure(text, f, context, unitClass, clause);
      label = cue.label;
    }
    label = preciseMeasure(std::move(label), text, begin, end, clause.lo, f, clause.noun);
    label = ownNounMeasure(std::move(label), text, end, f, unitClass, clause, cue);
    // The heading names the measure, or a narrower one of the same head: "cost" in a "Training Costs" section.
    if (std::string heading = headingMeasure(context.section, unitClass);
        !heading.empty() && (label.empty() || narrower(heading, label) == heading) &&
        !(context.level && isChangeMeasure(heading)))
      label = heading;
    if (label.empty()) label = unitClass == "money"sv ? "amount" : unitClass == "percent"sv ? "percentage" : unitClass;
    if (unit == "count"sv) label = perPeriod(std::move(label), text.substr(0, end), f, context);
    return directedImprovement(std::move(label), clause, context);
  }

  // An improvement goes the way its quantity's users want (data/labelled_measures.tsv, "improved"): one they want
  // smaller falls ("70% memory improvements", "22% latency improvement" decreases), speed speeds up ("50% speed
  // improvement" a speed-up), anything else rises ("a 25% throughput improvement"). What improved is the quantity
  // named nearest the figure, within four words before and five after it (the word after before the word before
  // at one distance), else in its column header; the words of change themselves are passed over.
  static std::string directedImprovement(std::string label, const FigureClause& clause, const MeasureContext& context) {
    if (label != "improvement"sv) return label;
    constexpr std::size_t kBack = 4, kAhead = 5;
    const std::vector<std::string>& words = clause.words;
    const std::size_t to = std::min({words.size(), clause.clauseEnd, clause.figureAt + kAhead});
    for (std::size_t d = 0; d < std::max(kBack, kAhead); ++d) {
      if (const std::size_t after = clause.figureAt + d; after < to)
        if (std::string reading = improvementOfQuantity(words, after); !reading.empty()) return reading;
      if (d < std::min(kBack, clause.figureAt))
        if (std::string reading = improvementOfQuantity(words, clause.figureAt - 1 - d); !reading.empty())
          return reading;
    }
    const std::vector<std::string> column = graph::foldTokens(context.column);
    for (std::size_t i = 0; i < column.size(); ++i)
      if (std::string reading = improvementOfQuantity(column, i); !reading.empty()) return reading;
    return "increase";
  }

  // What an improvement of the quantity named at word `at` is; a word of change names none ("latency improvement").
  static std::string improvementOfQuantity(const std::vector<std::string>& words, std::size_t at) {
    return isChangeNoun(words[at]) ? std::string() : improvementOfQuantityAt(words, at);
  }

  // "over 97 million monthly SDK downloads", "| Monthly PyPI Downloads | 28 million |": a count of a verb's acts given
  // per a span of time is a rate, measured as one ("monthly downloads"), never against a total of the acts
  // (ingest/Rates.h).
  static std::string perPeriod(std::string label, std::string_view sentence, const Figure& f,
                               const MeasureContext& context) {
    const std::string acts = actsNamed(label);
    if (acts.empty()) return label;
    // Not a period after the noun phrase ("200,000 pages of training data a day"): check weighs that one
    // by the period it reads after the figure (ratePeriodAfter) against the rates of "number of" its noun.
    std::string period = periodAdverbIn(sentence.substr(f.begin, f.end - f.begin));
    if (period.empty()) period = periodAdverbIn(context.column);
    std::string periodic = period.empty() ? acts : periodicMeasure(acts, period);
    return periodic == acts ? label : periodic;  // "370 chars/second": no adverb, the measure stays
  }

  // The plural a count measure counts when it is the measure of a verb's acts (CountingVerbs.h,
  // actsMeasure): downloads, the "queries" of "number of queries"; "" for a count of things or of people
  // ("number of servers", users).
  static std::string actsNamed(std::string_view label) {
    constexpr std::string_view kCountOf = "number of ";
    std::string_view plural = label;
    if (plural.starts_with(kCountOf)) plural.remove_prefix(kCountOf.size());
    if (plural.empty() || plural.find(' ') != std::string_view::npos) return {};
    const std::string singular = otherGrammaticalNumber(plural);
    return !singular.empty() && actsMeasure(singular) == label ? std::string(plural) : std::string();
  }

  // The measure context of a figure at `figureAt` in block `b` (a table row when `header` is set).
  MeasureContext measureContextOf(const Block& block, const Block* header, std::size_t figureAt) const {
    MeasureContext context;
    context.section = block.section;
    if (!header) return context;
    const auto& begins = block.cellBegins;
    const bool aligned = !begins.empty() && header->cells.size() == block.cells.size();
    const auto cellEnd = std::upper_bound(begins.begin(), begins.end(), figureAt);
    const std::size_t column = cellEnd == begins.begin() ? 0 : static_cast<std::size_t>(cellEnd - begins.begin()) - 1;
    // "| Number of tasks | 225 |": the label of a row of two cells says what its value counts.
    // Only a number alone in its cell: "| Details | 150,000 H100 + 50,000 H200 GPUs |" says its own.
    const bool bare = column < block.cells.size() && bareCount(block.cells[column], true);
    // An attribute table's row label does the same, unless it holds a cue of its own ("Max output tokens" is an
    // output length, "Context length" a context window: data/measures.tsv), which the clause's reading finds.
    const bool labelled = rowOfLabelAndValue(block);
    if (bare && column >= 1 && (labelled || rowOfAttributes(block, aligned))) {
      const bool cued = !soleMeasure(graph::foldTokens(block.cells[0]), "count").empty();
      if (labelled || !cued) context.counted = countedNoun(block.cells[0]);
      if (!cued) context.valueOf = wholeValueNoun(block.cells[0]);
    }
    if (!aligned) {  // a row that does not line up with its header: every header cell is row context
      for (const auto& cell : header->cells) context.row += cell + " ";
      return context;
    }
    context.column = header->cells[column];
    if (std::string counted = bare ? countedNoun(context.column) : ""; !counted.empty())
      context.counted = std::move(counted);
    // The own header first: one that names two measures ("Valuation/Revenue") leaves the choice to the row.
    // An attribute table's first header ("Parameter | 8B | 70B") names no measure: each row's label does.
    context.row = context.column + " ";
    for (std::size_t k = 0; k < block.cells.size(); ++k)
      if (k != column && cellWithoutFigure(block.cells[k]) && !(k == 0 && headsAttributeRows()))
        context.others += header->cells[k] + " ";
    context.row += context.others;
    return context;
  }

  // The value noun a row label is, all of it but an aside in brackets ("Vocabulary size", "FFN dimension (d_ff)");
  // empty when it is more or other ("Hidden dimension": an adjective is not part of a value noun's measure).
  static std::string wholeValueNoun(std::string_view label) {
    const std::string_view core = trim(label.substr(0, std::min(label.find('('), label.size())));
    std::string measure = valueNounOpening(core);
    return !measure.empty() && graph::foldTokens(measure) == graph::foldTokens(core) ? measure : std::string();
  }

  // "| Number of tasks | 225 |": a row of two cells, a label and its value.
  static bool rowOfLabelAndValue(const Block& row) { return row.cells.size() == 2 && row.cellBegins.size() == 2; }

  // "| CUDA Cores | 16,896 | 14,592 |" under "Feature | H100 SXM | H100 PCIe": an attribute table's row,
  // whose first cell (no figure in it) names the attribute each of its values gives, as a row of two cells does.
  bool rowOfAttributes(const Block& row, bool aligned) const {
    return aligned && headsAttributeRows() && cellWithoutFigure(row.cells[0]);
  }

  // The row headers a figure's measure is read among: a count's own column and words say what it counts, so
  // the headers of the row's other cells ("GPU Model" over "| Quillon Q7 |", "Parameter Count" over an
  // "Undisclosed") count their own column's things, unless its own header says only that it holds a value
  // ("Number", "Total"). Other measures keep them: a "Round" or "Company / index" names what the row is
  // ("| Series A | $25 million |" is a funding round, "| Nasdaq | down 3% |" a price fall).
  std::string rowHeadersFor(const MeasureContext& context, const std::string& unitClass) const {
    if (unitClass != "count"sv || context.others.empty() || saysOnlyAValue(context.column)) return context.row;
    return context.column + " ";
  }

  // Whether a column's header says only that its cells are values, not of what ("Amount", "Value", none).
  bool saysOnlyAValue(std::string_view header) const {
    const std::string lower = lowerAscii(trim(header.substr(0, header.find('('))));  // "Amount (USD)"
    return lower.empty() || lex_.isHeader(HeaderRole::kValue, lower);
  }

  // findFigures(cell).empty(), read once a cell: measureContextOf asks it of a row's other cells for
  // every figure of the row.
  bool cellWithoutFigure(const std::string& cell) const {
    auto [it, added] = cellsWithoutFigure_.try_emplace(cell, false);
    if (added) it->second = findFigures(cell).empty();
    return it->second;
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
      std::size_t at = lastOf(text.substr(begin, figureAt - begin), cut);  // within the sentence only
      if (at != std::string_view::npos) clauseStart = std::max(clauseStart, begin + at);
    }
    // "According to maritime historian Admiral X, 9,800 sailors were taken by Y": the opening
    // prepositional phrase says who reports the clause; no name inside it is the clause's subject.
    if (lowerAscii(text.substr(begin, 13)) == "according to ") {
      const std::size_t comma = text.substr(begin, figureAt - begin).find(", ");
      if (comma != std::string_view::npos) clauseStart = std::max(clauseStart, begin + comma + 1);
    }
    return clauseStart;
  }

  // The figure's subject named right after it: "... for OpenAI's GPT-4" (the name within a few
  // words), "an 18% drop in Nvidia's share price", "a stake of Acme" (right after the word).
  // `partitiveAt`: where a figure in a unit of measure ("10 GB", "5 kg") ends; an "of" right there is
  // partitive: "10 GB of VRAM" measures the stuff it names, which owns none of it.
  static int subjectNamedAfter(std::string_view text, std::size_t figureAt, const std::vector<const Mention*>& mentions,
                               std::size_t partitiveAt = std::string_view::npos) {
    std::size_t windowEnd = std::min(text.size(), figureAt + 200);
    std::string afterText = lowerAscii(text.substr(figureAt, windowEnd - figureAt));
    for (auto [word, reach] : {std::pair<std::string_view, std::size_t>{" for ", 40}, {" in ", 2}, {" of ", 2}}) {
      std::size_t at = afterText.find(word);
      if (at == std::string::npos || at >= 40 || (word == " of " && figureAt + at == partitiveAt)) continue;
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
    return !lexicon().isFunctionWord(word) && !lexicon().prepositions.count(word) && word != "and" && word != "or";
  }

  // The first name ending by `limit` that can be a subject: no claimant, possessor or
  // prepositional object.
  int firstSubjectBefore(std::string_view text, std::size_t begin, std::size_t limit,
                         const std::vector<const Mention*>& mentions, const std::vector<int>& claimants,
                         bool listItem = false) const {
    for (const Mention* m : mentions)
      if (m->end <= limit && !m->prepositional && !objectOfPreposition(text, begin, m->begin) &&
          !contains(claimants, m->entity) && !m->possessor && maySubject(text, begin, *m, listItem))
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
  // subject of the section. `unit`: the figure's; a count ("21 drugs") counts the noun it holds.
  int subjectFor(std::size_t b, std::size_t begin, std::size_t figureAt, const std::vector<const Mention*>& mentions,
                 const std::vector<int>& claimants, std::size_t verbAt, std::string_view unit) const {
    const bool countedNoun = isCountUnit(unit);
    const std::size_t partitiveAt =
        unitClassOf(std::string(unit)) == "other" ? figureEndAt(figureAt) : std::string_view::npos;
    std::string_view text = a_.blocks[b].text;
    if (int owner = possessorOf(text, figureAt, mentions); owner != kNone) return owner;
    if (int owner = countedNounOwner(text, figureAt, mentions); countedNoun && owner != kNone) return owner;
    if (int owner = absoluteOwner(text, begin, figureAt, mentions, claimants); owner != kNone) {
      absoluteOwners_.push_back(owner);
      return owner;
    }
    if (int owner = countedNoun ? kNone : frontedAdjunctOwner(b, begin, figureAt, mentions, claimants); owner != kNone)
      return owner;
    if (int scope = bracketScope(text, figureAt, mentions); scope != kNone && !contains(claimants, scope)) return scope;
    const int subject = grammaticalSubject(b, begin, figureAt, mentions, claimants);
    if (subject == kNone || subject == ents_.topic)
      if (int frame = frameOwner(text, begin, figureAt, mentions); frame != kNone && !contains(claimants, frame))
        return frame;
    if (subject != kNone) return subject;
    if (int referent = itReferent(b, begin, figureAt, claimants); referent != kNone) return referent;
    if (wikiPage_)
      if (int owner = unnamedClauseOwner(b, begin, figureAt, mentions); owner != kNone) return owner;
    const std::size_t clauseStart = clauseStartOf(text, begin, figureAt, verbAt);
    if (clauseStart == begin && opensWithIt(text.substr(begin, figureAt - begin)) && itSubject(b) != kNone)
      return itSubject(b);
    if (const std::string noun = clauseStart == begin ? openingDescription(text.substr(begin, figureAt - begin)) : "";
        !noun.empty())
      if (const int defined = paragraphDefinedAs(noun, b, begin); defined != kNone) return defined;
    const Mention* best = nullptr;
    for (const Mention* m : mentions)
      if (m->end <= figureAt && m->begin >= clauseStart && !m->prepositional && !contains(claimants, m->entity) &&
          !objectOfPreposition(text, clauseStart, m->begin) && !followedByMention(text, m, mentions) &&
          !insideClosedAside(text, begin, m->begin, figureAt) &&
          maySubject(text, begin, *m, a_.blocks[b].kind == BlockKind::kListItem))
        best = m;
    if (best && verbAt == std::string_view::npos && clauseStart == begin)
      if (int opener = clauseOpener(text, begin, figureAt, *best, mentions, claimants); opener != kNone) return opener;
    if (best) return best->entity;
    // "the 21 drugs approved by the FDA in 2008": the agent of a participle after the figure's noun
    // (its name perhaps after a short capitalised word: "by the U.S. Food and Drug Administration").
    constexpr std::size_t kAgentLead = 6;
    if (const std::size_t agentAt = countedNoun ? agentAfter(text, figureEndAt(figureAt)) : std::string_view::npos;
        agentAt != std::string_view::npos) {
      const Mention* agent = nullptr;
      for (const Mention* m : mentions)
        if (m->begin >= agentAt && m->begin < agentAt + kAgentLead) agent = m;
      if (agent && !contains(claimants, agent->entity)) return agent->entity;
    }
    if (int after = subjectNamedAfter(text, figureAt, mentions, partitiveAt); after != kNone) return after;
    // "which the company valued at": the clause's own subject, resolved.
    std::string clause = lowerAscii(text.substr(clauseStart, figureAt - clauseStart));
    if (clause.find("the company") != std::string::npos || clause.find("the firm") != std::string::npos)
      if (int resolved = lastCompany(); resolved != kNone && !contains(claimants, resolved)) return resolved;
    if (int place = placeHolding(b, begin); place != kNone) {
      absoluteOwners_.push_back(place);  // the place speaks for its own figures, not for the text after them
      return place;
    }
    if (verbAt != std::string_view::npos) return subjectAfterVerb(text, begin, figureAt, verbAt, mentions, claimants);
    int first =
        firstSubjectBefore(text, begin, figureAt, mentions, claimants, a_.blocks[b].kind == BlockKind::kListItem);
    if (first != kNone) return first;
    if (listLead_ != kNone && a_.blocks[b].kind == BlockKind::kListItem) return listLead_;
    // A Wikipedia page's sentence that names no owner is about the page (or its section's
    // name), not about whatever the figure before it was ("The building accommodates 200").
    return wikiPage_ ? sectionSubject_ : discourse_.subject;
  }

  // "In February 2024, a Hong Kong finance worker was tricked into transferring approximately $25
  // million", "64 deepfake-related laws had been enacted across U.S. states", "... on the 2024 U.S.
  // elections ... Fewer than 200 cases of political deepfakes were reported": on a page whose topic owns
  // no figure (a phenomenon's, a term's: defaultSubject), a figure whose clause names no owner is held by
  // the place its paragraph names, where the paragraph names nothing else up to the end of the figure's
  // sentence (one place, as a modifier or after a preposition). kNone elsewhere.
  int placeHolding(std::size_t b, std::size_t sentenceBegin) const {
    if (wikiPage_ || defaultSubject() != kNone) return kNone;
    const Block& block = a_.blocks[b];
    const auto sentence = std::find_if(block.sentences.begin(), block.sentences.end(), [&](const Sentence& s) {
      return s.begin <= sentenceBegin && sentenceBegin < s.end;
    });
    const std::size_t end = sentence == block.sentences.end() ? block.text.size() : sentence->end;
    int place = kNone;
    for (const Mention& m : ents_.mentions[b]) {
      if (m.begin >= end) continue;
      if (typeOf(m.entity) != EntityType::kPlace || (place != kNone && place != m.entity)) return kNone;
      place = m.entity;
    }
    return place;
  }

  // "In Malaysia, the first six years of compulsory education take place in primary schools", "In
  // the U.S. and Canada one must ... for another four years": a sentence that opens with "In" and a
  // name sets the frame (a place, a body, a work) its clause speaks within, and a figure whose
  // clause names no owner of its own (subjectFor asks this when the grammatical subject is no name
  // or the page's own topic) is that name's; of "In A and B", the first. The phrase ends at a comma
  // or where a lower-case word opens the clause. kNone when the sentence opens otherwise, or a name
  // other than the topic stands as a subject before the figure ("In China, Kimi offers ... 5.2 yuan").
  int frameOwner(std::string_view text, std::size_t begin, std::size_t figureAt,
                 const std::vector<const Mention*>& mentions) const {
    if (text.substr(begin, 3) != "In ") return kNone;
    const auto nameAt = [&](std::size_t at) -> const Mention* {
      if (text.substr(at, 4) == "the ") at += 4;
      for (const Mention* m : mentions)
        if (m->begin == at) return m->possessor ? nullptr : m;
      return nullptr;
    };
    // A name written as one: "In 2011," links a year to a census or an election, which is a date.
    const Mention* first = nameAt(begin + 3);
    if (first == nullptr || std::isupper(static_cast<unsigned char>(text[first->begin])) == 0) return kNone;
    // A frame of time ("In the 2008 election,") or a person's work is no owner of the clause's figures.
    if (const EntityType t = typeOf(first->entity); t == EntityType::kEvent || t == EntityType::kPerson) return kNone;
    if (namesYear(text.substr(first->begin, first->end - first->begin))) return kNone;  // "In the April 2008 election,"
    std::size_t end = first->end;
    if (text.substr(end, 5) == " and ")
      if (const Mention* second = nameAt(end + 5)) end = second->end;
    if (end >= figureAt) return kNone;
    const bool closed = text[end] == ',' || (text[end] == ' ' && end + 1 < text.size() &&
                                             std::islower(static_cast<unsigned char>(text[end + 1])) != 0);
    if (!closed) return kNone;
    // "In GR00T N1, this is based on the Eagle-2 VLM (built ... with 1.34 billion parameters)": a
    // figure in a bracketed aside is said of what the aside follows, not of the frame.
    const std::string_view upTo = text.substr(end, figureAt - end);
    if (std::count(upTo.begin(), upTo.end(), '(') > std::count(upTo.begin(), upTo.end(), ')')) return kNone;
    // "In the Pacific theater, the P-38 ...", "In the Punjab province of Pakistan, ...": a name that
    // modifies the phrase's own noun (a comma a few words on closes the phrase) frames nothing.
    constexpr int kNounWords = 4;
    if (text[end] == ' ')
      if (const std::size_t comma = text.find(',', end);
          comma != std::string_view::npos && comma < figureAt &&
          std::count(text.begin() + static_cast<std::ptrdiff_t>(end), text.begin() + static_cast<std::ptrdiff_t>(comma),
                     ' ') <= kNounWords)
        return kNone;
    // A name opening the clause right after the phrase, or followed by its verb, is its subject.
    const std::size_t clauseAt = text[end] == ',' ? end + 2 : end + 1;
    for (const Mention* m : mentions)
      if (m->begin > end && m->end <= figureAt && m->entity != ents_.topic && !m->prepositional && !m->possessor &&
          (m->begin == clauseAt || verbFollows(text, afterAside(text, m->end))))
        return kNone;
    return first->entity;
  }

  // Whether a name holds a year, a run of four digits from 1000 to 2099 ("April 2008 Italian
  // national election"): the name of an occasion, a frame of time.
  static bool namesYear(std::string_view name) {
    for (std::size_t i = 0; i + 4 <= name.size(); ++i) {
      const auto digit = [&](std::size_t k) {
        return k < name.size() && std::isdigit(static_cast<unsigned char>(name[k]));
      };
      if ((i > 0 && digit(i - 1)) || digit(i + 4) || !digit(i) || !digit(i + 1) || !digit(i + 2) || !digit(i + 3))
        continue;
      if (name[i] == '1' || (name[i] == '2' && name[i + 1] == '0')) return true;
    }
    return false;
  }

  // "another four years (five years in Canada)": a figure that opens a bracket whose rest is "in"
  // and a name says whose it is, as an exception to the sentence around it. kNone otherwise.
  int bracketScope(std::string_view text, std::size_t figureAt, const std::vector<const Mention*>& mentions) const {
    if (figureAt == 0 || text[figureAt - 1] != '(') return kNone;
    const std::size_t close = text.find_first_of("()", figureAt);
    const std::size_t figureEnd = figureEndAt(figureAt);
    // "in" right after the figure: "(40 victories solely in P-38s)" says how, not whose.
    if (close == std::string_view::npos || text[close] != ')' || text.substr(figureEnd, 4) != " in ") return kNone;
    std::size_t at = figureEnd + 4;
    if (text.substr(at, 4) == "the ") at += 4;
    for (const Mention* m : mentions)
      if (m->begin == at && m->end == close && !m->possessor) return m->entity;
    return kNone;
  }

  // "with prompts for DALL-E having a maximum of 400 characters": the name in the noun phrase of the
  // figure's absolute clause (Subjects.h, absolutePhrase), which is that clause's subject: its first
  // name that is no possessor, claimant or label of common words ("prompts for X" are X's). kNone
  // when the figure stands in no absolute clause or its phrase names nothing ("with some units
  // missing eight ROPs").
  int absoluteOwner(std::string_view text, std::size_t begin, std::size_t figureAt,
                    const std::vector<const Mention*>& mentions, const std::vector<int>& claimants) const {
    const auto phrase = absolutePhrase(text, begin, figureAt);
    if (!phrase) return kNone;
    for (const Mention* m : mentions)
      if (m->begin >= phrase->first && m->end <= phrase->second && !m->possessor && !contains(claimants, m->entity) &&
          !commonWordsLabel(m->entity))
        return m->entity;
    // "..., with the company being valued around $1 billion", "with the company's market capitalization
    // reaching": a definite description of a company ("the company", "the firm", perhaps as a possessor)
    // refers to the company the text is about: the section's, where that is an organisation, else the
    // last one (Attributions::lastCompany). Not a name in the main clause: an absolute phrase names its
    // own subject, and the funders or buyers before it are other companies.
    const std::vector<Token> words = tokenize(text.substr(phrase->first, phrase->second - phrase->first));
    if (words.size() >= 2) {
      const auto word = [&](std::size_t k) {
        return lowerAscii(text.substr(phrase->first + words[k].begin, words[k].end - words[k].begin));
      };
      std::string head = word(1);
      if (head.ends_with("'s")) head.resize(head.size() - 2);
      if (word(0) == "the" && lex_.companyNouns.count(head)) {
        const int company = typeOf(sectionSubject_) == EntityType::kOrganization ? sectionSubject_ : lastCompany();
        if (company != kNone && !contains(claimants, company)) return company;
      }
    }
    return kNone;
  }

  // "one of the 20 regions of Italy", "the 88 stars of Lyra": a count whose noun an "of" and a name
  // follow counts that name's things (the genitive "N of X" says what X has, as "X's N" does).
  // Not a name that modifies a noun of its own ("the 500 members of Fortune 500 boards").
  int countedNounOwner(std::string_view text, std::size_t figureAt, const std::vector<const Mention*>& mentions) const {
    const std::size_t end = figureEndAt(figureAt);
    if (end == figureAt || text.substr(end, 4) != " of ") return kNone;
    std::size_t from = end + 4;
    if (text.substr(from, 4) == "the ") from += 4;
    for (const Mention* m : mentions)
      if (m->begin == from) return modifiesNoun(text, *m) || commonWordsLabel(m->entity) ? kNone : m->entity;
    return kNone;
  }

  // "At 0.6 solar mass, Procyon B is less massive", "With a temperature of 7,740 K, it is cooler": a
  // prepositional phrase that opens the sentence and ends at a comma is an adjunct of the main
  // clause, and English reads it as said of that clause's subject (an introductory modifier
  // attaches to the subject after it). The subject is a name its verb follows right after the
  // comma, or "it", resolved as itReferent resolves it (the paragraph's last name in subject
  // position). kNone when the phrase holds a name of its own or another comma, or the clause after
  // it opens otherwise ("With 800,000 head of cattle, livestock production accounts"). Not a count
  // ("For the 405B model, Meta trained"): the counted noun owns it.
  int frontedAdjunctOwner(std::size_t b, std::size_t begin, std::size_t figureAt,
                          const std::vector<const Mention*>& mentions, const std::vector<int>& claimants) const {
    const std::string_view text = a_.blocks[b].text;
    const std::size_t firstEnd = std::min(text.find(' ', begin), figureAt);
    if (firstEnd <= begin || !std::isupper(static_cast<unsigned char>(text[begin])) ||
        !lex_.prepositions.count(lowerAscii(text.substr(begin, firstEnd - begin))))
      return kNone;
    // "According to 3 sources, X": the phrase of a source is no adjunct of its subject.
    if (text.substr(begin, 9) == "According") return kNone;
    constexpr std::size_t kLongestAdjunct = 80;
    const std::size_t comma = text.find(", ", figureAt);  // not the comma inside "7,740"
    if (comma == std::string_view::npos || comma - begin > kLongestAdjunct ||
        text.substr(begin, figureAt - begin).find_first_of(",;:()") != std::string_view::npos)
      return kNone;
    // The figure closes the phrase, its measure ("At 0.6 solar mass,"); one that modifies a noun
    // inside it ("For the 405B model,") belongs to that noun.
    if (!trim(text.substr(figureEndAt(figureAt), comma - figureEndAt(figureAt))).empty()) return kNone;
    for (const Mention* m : mentions)
      if (m->begin >= begin && m->begin < comma && !insideFigure(m->begin)) return kNone;
    const std::size_t after = comma + 2;
    for (const Mention* m : mentions)
      if (m->begin == after && !m->possessor && verbFollows(text, m->end))
        return contains(claimants, m->entity) ? kNone : m->entity;
    if (text.substr(after, 3) != "it " || !verbFollows(text, after + 2)) return kNone;
    // The last subject name that ends before the sentence (a name that straddles its start is none).
    const std::vector<Mention>& inBlock = ents_.mentions[b];
    const auto subjectName = [&](const Mention& m) {
      return !m.prepositional && !m.possessor && verbFollows(text, m.end) && !commonWordsLabel(m.entity) &&
             typeOf(m.entity) != EntityType::kPerson;
    };
    for (int i = lastPassing(frontedAntecedents_, b, mentionsBefore(b, begin), subjectName); i != kNone;
         i = lastPassing(frontedAntecedents_, b, static_cast<std::size_t>(i), subjectName))
      if (inBlock[static_cast<std::size_t>(i)].end <= begin) {
        const int e = inBlock[static_cast<std::size_t>(i)].entity;
        return contains(claimants, e) ? kNone : e;
      }
    return kNone;
  }

  // How many of block `b`'s mentions (sorted by position) begin before `at`.
  std::size_t mentionsBefore(std::size_t b, std::size_t at) const {
    const std::vector<Mention>& inBlock = ents_.mentions[b];
    return static_cast<std::size_t>(
        std::partition_point(inBlock.begin(), inBlock.end(), [&](const Mention& m) { return m.begin < at; }) -
        inBlock.begin());
  }

  struct PassingMemo {  // lastPassing's answers in one block
    std::size_t block = SIZE_MAX;
    std::vector<int> last;  // last[i]: the greatest index <= i of a mention that passes, else kNone
  };

  // The last of block `b`'s first `count` mentions that passes `test` (a test of the mention alone, the
  // same whichever figure asks), kNone if none does. `memo` keeps the answer for every count asked
  // so far in the block, so the figures of a paragraph read its mentions once between them; an
  // antecedent search that read back from each figure read them all per figure when none passed.
  template <typename Test>
  int lastPassing(PassingMemo& memo, std::size_t b, std::size_t count, const Test& test) const {
    if (memo.block != b) memo = PassingMemo{b, {}};
    const std::vector<Mention>& inBlock = ents_.mentions[b];
    for (std::size_t i = memo.last.size(); i < count; ++i)
      memo.last.push_back(test(inBlock[i]) ? static_cast<int>(i) : (i == 0 ? kNone : memo.last[i - 1]));
    return count == 0 ? kNone : memo.last[count - 1];
  }

  // "| Ling Series | ... | - Acme-Lite: 16.8B parameters (2.75B activated) |": a cell that opens with a
  // label, a name and a colon (after a list dash perhaps), as a list item does, is about that name,
  // whatever its row's or column's name; not a label of common words ("Total: 40").
  int cellLabelSubject(const SentenceScope& sc, std::size_t figureAt) const {
    const Block& row = *sc.blk;
    const auto cell = std::upper_bound(row.cellBegins.begin(), row.cellBegins.end(), figureAt);
    if (cell == row.cellBegins.begin()) return kNone;
    const std::size_t cellBegin = *std::prev(cell);
    for (const Mention* m : sc.mentions) {
      if (m->begin < cellBegin) continue;
      const std::string_view before = std::string_view(sc.text).substr(cellBegin, m->begin - cellBegin);
      const bool wordBefore = std::any_of(before.begin(), before.end(),
                                          [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)); });
      if (m->end >= figureAt || wordBefore || sc.text.substr(m->end, 1) != ":" || commonWordsLabel(m->entity))
        return kNone;
      return m->entity;
    }
    return kNone;
  }

  // Whether `at` lies inside a figure of the sentence ("7,740 K": the unit is no name of its own).
  bool insideFigure(std::size_t at) const {
    return std::any_of(figureSpans_.begin(), figureSpans_.end(),
                       [&](const auto& span) { return at >= span.first && at < span.second; });
  }

  // "Procyon A has ... . It is 1.4 times the mass", "Kestrel B is less massive; however, it is
  // larger, with a radius of 9,100 km": where "it" is the grammatical subject of the figure's
  // clause, it refers to the paragraph's last name that stood as a subject before it (a name its
  // verb follows: "Procyon A has", "Kestrel B is"), the preferred antecedent of a pronoun in
  // subject position (centering: the subject of the previous utterance). kNone when the paragraph
  // has none before it, or the figure names its own owner right after it ("6,000 km for Sirius B").
  int itReferent(std::size_t b, std::size_t begin, std::size_t figureAt, const std::vector<int>& claimants) const {
    const std::string_view text = a_.blocks[b].text;
    if (text.substr(figureEndAt(figureAt), 5) == " for ") return kNone;
    // The last "it" before the figure in its sentence that its verb follows ("it is larger", not
    // "giving it a hue"), with no name standing as a subject between it and the figure.
    std::size_t pronoun = std::string_view::npos;
    for (std::size_t at = begin; at + 2 <= figureAt; ++at) {
      const bool word = (at == begin || std::isalnum(static_cast<unsigned char>(text[at - 1])) == 0) &&
                        (text[at] == 'i' || text[at] == 'I') && text[at + 1] == 't';
      if (word && verbFollows(text, at + 2, "it")) pronoun = at;
    }
    if (pronoun == std::string_view::npos) return kNone;
    // The mentions (sorted by position) that start before the figure, read back from it: a subject
    // name between the pronoun and the figure, else the nearest one before the pronoun. Those of the
    // sentence that holds `begin` are read one by one; before it, where whether a name lies in a
    // sentence opened by "It" no longer depends on `begin`, the nearest antecedent is lastPassing's.
    const std::vector<Mention>& mentions = ents_.mentions[b];
    const auto subjectName = [&](const Mention& m) {
      return !m.prepositional && !m.possessor && verbFollows(text, afterAside(text, m.end));
    };
    const auto antecedent = [&](const Mention& m) {
      return subjectName(m) && !commonWordsLabel(m.entity) && typeOf(m.entity) != EntityType::kPerson;
    };
    const std::size_t earlier = mentionsBefore(b, sentenceStartHolding(b, begin));
    for (std::size_t i = mentionsBefore(b, figureAt); i-- > earlier;) {
      const Mention& m = mentions[i];
      if (inSentenceOpenedByIt(b, m.begin, begin)) continue;
      if (m.begin > pronoun) {
        if (m.end <= figureAt && subjectName(m)) return kNone;
      } else if (m.end <= pronoun && antecedent(m)) {
        return contains(claimants, m.entity) ? kNone : m.entity;
      }
    }
    const auto earlierAntecedent = [&](const Mention& m) {
      return !inSentenceOpenedByIt(b, m.begin, SIZE_MAX) && antecedent(m);
    };
    for (int i = lastPassing(itAntecedents_, b, earlier, earlierAntecedent); i != kNone;
         i = lastPassing(itAntecedents_, b, static_cast<std::size_t>(i), earlierAntecedent))
      if (const Mention& m = mentions[static_cast<std::size_t>(i)]; m.end <= pronoun)
        return contains(claimants, m.entity) ? kNone : m.entity;
    return kNone;
  }

  // Block `b`'s sentence that holds `at`, else nullptr (the sentences are in text order and do not overlap).
  const Sentence* sentenceHolding(std::size_t b, std::size_t at) const {
    const std::vector<Sentence>& sentences = a_.blocks[b].sentences;
    const auto after =
        std::partition_point(sentences.begin(), sentences.end(), [&](const Sentence& s) { return s.begin <= at; });
    return after != sentences.begin() && at < std::prev(after)->end ? &*std::prev(after) : nullptr;
  }

  // The start of block `b`'s sentence that holds `at`, else `at`.
  std::size_t sentenceStartHolding(std::size_t b, std::size_t at) const {
    const Sentence* s = sentenceHolding(b, at);
    return s != nullptr ? s->begin : at;
  }

  // "The Ardent group started a campaign. It ended in May, when Kickstarter shut it down. It had raised
  // $41,000": a sentence before the figure's whose subject is "It" speaks on of what the one before it
  // did, so a name later in it (here a subordinate clause's subject) is no antecedent of the next "it".
  // Whether `at` lies in such a sentence of block `b` that ends before `sentenceBegin`.
  bool inSentenceOpenedByIt(std::size_t b, std::size_t at, std::size_t sentenceBegin) const {
    const Block& block = a_.blocks[b];
    // The sentences are in text order and do not overlap: the last one starting at or before `at`.
    const auto after = std::partition_point(block.sentences.begin(), block.sentences.end(),
                                            [&](const Sentence& s) { return s.begin <= at; });
    if (after == block.sentences.begin()) return false;
    const Sentence& s = *std::prev(after);
    return at < s.end && s.end <= sentenceBegin &&
           opensWithIt(std::string_view(block.text).substr(s.begin, s.end - s.begin));
  }

  // Past a bracketed aside right after a name ("Procyon (α CMi, Alpha Canis Minoris) is"): where its
  // closing bracket stands, else `nameEnd`. An aside holds no bracket of its own.
  static std::size_t afterAside(std::string_view text, std::size_t nameEnd) {
    if (text.substr(nameEnd, 2) != " (") return nameEnd;
    const std::size_t close = text.find_first_of("()", nameEnd + 2);
    return close != std::string_view::npos && text[close] == ')' ? close + 1 : nameEnd;
  }

  // Whether the word after a name at `nameEnd` (past a space or a no-break space) is its verb: "is",
  // "has", "was", or a word WordNet reads as a verb there ("Procyon A orbits").
  static bool verbFollows(std::string_view text, std::size_t nameEnd, std::string_view before = "^") {
    std::size_t at = nameEnd;
    if (text.substr(at, 1) == " ")
      ++at;
    else if (text.substr(at, 2) == "\u00a0")
      at += 2;
    else
      return false;
    std::size_t end = at;
    while (end < text.size() && std::islower(static_cast<unsigned char>(text[end])) != 0) ++end;
    if (end == at || (end < text.size() && text[end] != ' ' && text[end] != ',')) return false;
    std::size_t next = end + 1, nextEnd = next;
    while (nextEnd < text.size() && std::isalnum(static_cast<unsigned char>(text[nextEnd])) != 0) ++nextEnd;
    const std::string after =
        next < text.size() && text[end] == ' ' ? lowerAscii(text.substr(next, nextEnd - next)) : "";
    return readsAsVerb(before, text.substr(at, end - at), after);
  }

  // On a Wikipedia page, the owner of a figure whose clause's subject is no name: "there were
  // 1,539 people" and "The population was 1,215" (a description no rule resolved) are the
  // page's (or its section's), unless a name follows the figure ("for Metromedia"), not a
  // name in a phrase before it ("As of the census of 2000, there were"); "he" and "she" are a
  // person's (personalPronounReferent). kNone where the clause has a subject of its own or
  // the sentence names what the description may refer to.
  int unnamedClauseOwner(std::size_t b, std::size_t begin, std::size_t figureAt,
                         const std::vector<const Mention*>& mentions) const {
    const std::string_view text = a_.blocks[b].text;
    const std::optional<ClauseSubject> clause = clauseSubject(text, begin, figureAt, figureAt);
    if (!clause) return kNone;
    if (clause->kind == ClauseSubject::Kind::kPronoun) return personalPronounReferent(b, begin, *clause);
    if (clause->kind != ClauseSubject::Kind::kThere && clause->kind != ClauseSubject::Kind::kDefinite) return kNone;
    // "the Wimbledon championships ..., and today the event takes place over two weeks": a
    // description may point back at a name before it in the sentence; "Scotland's population"
    // in the predicate owns its figure.
    for (const Mention* m : mentions)
      if (m->begin >= begin && m->end <= figureAt &&
          (m->possessor || (clause->kind == ClauseSubject::Kind::kDefinite && m->end <= clause->begin)))
        return kNone;
    const int after = subjectNamedAfter(text, figureAt, mentions);
    if (after != kNone) return after;
    const int setting = paragraphPlace(b);
    return setting != kNone ? setting : sectionSubject_;
  }

  // "In Ireland, children begin ... There are eight grades.": a paragraph that opens with a fronted
  // place adverbial ("In PLACE,") speaks of that place throughout; its subjectless clauses ("there
  // are", "the population was") are the place's. kNone for a paragraph that opens otherwise.
  int paragraphPlace(std::size_t b) const {
    const std::string_view text = a_.blocks[b].text;
    if (a_.blocks[b].kind != BlockKind::kParagraph || !text.starts_with("In ") || ents_.mentions[b].empty())
      return kNone;
    const Mention& m = ents_.mentions[b].front();
    const std::size_t at = text.substr(3, 4) == "the " ? 7 : 3;
    if (m.begin != at || m.end >= text.size() || text[m.end] != ',' || typeOf(m.entity) != EntityType::kPlace)
      return kNone;
    return m.entity;
  }

  // "he initiated two programs for Metromedia": where "he" or "she" is the clause's subject the
  // figure is that person's, not a name after it. The person is the last one named as a
  // subject in the paragraph before the sentence, else a person page's topic.
  int personalPronounReferent(std::size_t b, std::size_t begin, const ClauseSubject& clause) const {
    const std::string_view text = a_.blocks[b].text;
    const std::string pronoun = lowerAscii(text.substr(clause.begin, clause.end - clause.begin));
    if (pronoun != "he" && pronoun != "she") return kNone;
    // "He" and "she" are said of persons only: a name the finder typed as a person, or one written as
    // a personal name it had no given name to type ("Terrence Cardene Murphy", personLike); never the
    // league or the club named in a heading over the paragraph.
    int person = kNone;
    for (const Mention& m : ents_.mentions[b])
      if (m.end <= begin && !m.prepositional && !m.possessor && personLike(m.entity)) person = m.entity;
    if (person != kNone) return person;
    return personLike(ents_.topic) ? ents_.topic : discourse_.person;
  }

  // Where the figure that starts at `figureAt` ends ("21 drugs"), or `figureAt` when unknown.
  std::size_t figureEndAt(std::size_t figureAt) const {
    for (auto [from, to] : figureSpans_)
      if (from == figureAt) return to;
    return figureAt;
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
    const std::optional<ClauseSubject> clause = clauseSubject(text, begin, figureAt, figureEndAt(figureAt));
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
    // "the racial makeup of the CDP", "Tourism in Piedmont": a common noun's "of" or "in" names its owner.
    const bool ofPhrase = text.substr(prepositionAt, 3) == "of " || text.substr(prepositionAt, 3) == "in ";
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
    // A head that is a common noun, though linked ("[[Tourism]] in Piedmont"), owns nothing of its own.
    if (head && owner && !object && commonWords(ents_.entities[static_cast<std::size_t>(head->entity)].name))
      return owner->entity;
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
    if (const int named = lastNamedWith(head, block, clause.begin); named != kNone) return named;
    if (const int defined = paragraphDefinedAs(head, block, clause.begin); defined != kNone) return defined;
    if (sectionSubject_ != kNone) return sectionSubject_;
    return topicIsA(head) ? ents_.topic : kNone;
  }

  // "word2vec is a group of model architectures ... . It uses a neural network ... . The model first
  // creates ...": a definite description refers back to the thing its paragraph said is of its kind
  // (Subjects.h, definedAsKind), while the paragraph still speaks of it: the paragraph's last definition
  // before `at` defines the last sentence's subject (a sentence opened by "It" keeps it). kNone otherwise.
  int paragraphDefinedAs(std::string_view noun, std::size_t b, std::size_t at) const {
    const int current = discourse_.clauseSubjectBlock == b ? discourse_.clauseSubject : kNone;
    if (current == kNone) return kNone;
    const std::vector<Definition>& defined = definitionsIn(b);
    // The definitions are in text order: the last whose sentence ends by `at` (a search, not a walk, so a
    // paragraph of "The chip ..." sentences reads them once).
    const auto after =
        std::partition_point(defined.begin(), defined.end(), [&](const Definition& d) { return d.sentenceEnd <= at; });
    if (after == defined.begin()) return kNone;
    const Definition& last = *std::prev(after);
    return last.name->entity == current && definedAsKind(a_.blocks[b].text, last.sentenceEnd, *last.name, noun)
               ? current
               : kNone;
  }

  struct Definition {  // a sentence of a block that says what a name is (Subjects.h, definedName)
    std::size_t sentenceEnd = 0;
    const Mention* name = nullptr;
  };

  // Block `b`'s definitions, in text order, found once a block.
  const std::vector<Definition>& definitionsIn(std::size_t b) const {
    if (definitions_.size() != a_.blocks.size()) definitions_.assign(a_.blocks.size(), std::nullopt);
    auto& found = definitions_[b];
    if (found) return *found;
    found.emplace();
    const Block& block = a_.blocks[b];
    for (const Sentence& s : block.sentences)
      if (const Mention* m = definedName(block.text, s.begin, s.end, ents_.mentions[b]); m != nullptr)
        found->push_back({s.end, m});
    return *found;
  }

  // "the paper" in an article whose first sentence says the topic is a paper ("... is a 2017
  // research paper"): whether that sentence has the noun (or its singular).
  // A page that names its topic only in lower case defines a term: its first sentence names many
  // things ("a **context window** ... the amount of text a model can process"); "the model" is none
  // of them, only the term's own head noun is ("the neuron" on the Neuron page).
  bool topicIsA(std::string_view noun) const {
    if (ents_.topic == kNone) return false;
    const std::string singular(noun.size() > 1 && noun.back() == 's' ? noun.substr(0, noun.size() - 1) : noun);
    if (commonNounTopic_) return !titleHead_.empty() && (titleHead_ == noun || titleHead_ == singular);
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
    // The sentence holding `at` and its mentions, found by binary search (they are in text order and
    // do not overlap): a walk over the whole block made a paragraph of "the company" N^2.
    const Sentence* s = sentenceHolding(b, at);
    if (s == nullptr) return kNone;
    int found = kNone;
    // Not one in a prepositional phrase ("Founded by former Google DeepMind researchers, the company").
    const std::string_view text = a_.blocks[b].text;
    const std::vector<Mention>& inBlock = ents_.mentions[b];
    for (std::size_t i = mentionsBefore(b, s->begin); i < inBlock.size() && inBlock[i].begin <= at; ++i) {
      const Mention& m = inBlock[i];
      if (m.end > at || typeOf(m.entity) != EntityType::kOrganization) continue;
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
      const std::vector<Mention>& mentions = ents_.mentions[k];
      // In block `b`, those that begin by `at` (the mentions are sorted by where they begin): only
      // they may end by it. In the blocks before it, all.
      const std::size_t until = k == b ? at : SIZE_MAX;
      const auto before = static_cast<std::size_t>(
          std::partition_point(mentions.begin(), mentions.end(), [&](const Mention& m) { return m.begin <= until; }) -
          mentions.begin());
      const int named = std::max(lastEndingIn(k, noun, before, until), lastEndingIn(k, singular, before, until));
      if (named != kNone) return mentions[static_cast<std::size_t>(named)].entity;
    }
    return kNone;
  }

  // The greatest index below `count` of a mention of block `k` whose name ends in the word `last`
  // (lower case) and that ends by `at`, or kNone; of the first `count` only a name that straddles
  // `at` is stepped over. The names by last word are indexed once a block: a paragraph
  // that repeats "the chip" with no name ending in "Chip" read all its names per figure.
  int lastEndingIn(std::size_t k, std::string_view last, std::size_t count, std::size_t at) const {
    const auto& byLastWord = namesByLastWord(k);
    const auto found = byLastWord.find(std::string(last));
    if (found == byLastWord.end()) return kNone;
    const std::vector<std::size_t>& indices = found->second;
    const std::vector<Mention>& mentions = ents_.mentions[k];
    for (auto i = std::lower_bound(indices.begin(), indices.end(), count); i != indices.begin();)
      if (mentions[*--i].end <= at) return static_cast<int>(*i);
    return kNone;
  }

  // Block `k`'s mentions (their indices, ascending) by the last word of their name, lowered: only a
  // name of two words or more whose first and last words are written with a capital ("Superchip"
  // alone, or "large language model", is no name of one thing; "AI chatbot" ends in no name).
  const std::unordered_map<std::string, std::vector<std::size_t>>& namesByLastWord(std::size_t k) const {
    if (namesByLastWord_.size() != ents_.mentions.size()) namesByLastWord_.assign(ents_.mentions.size(), std::nullopt);
    auto& index = namesByLastWord_[k];
    if (index) return *index;
    index.emplace();
    const std::vector<Mention>& mentions = ents_.mentions[k];
    for (std::size_t i = 0; i < mentions.size(); ++i) {
      const std::string& name = ents_.entities[static_cast<std::size_t>(mentions[i].entity)].name;
      const std::size_t space = name.rfind(' ');
      if (space == std::string::npos || std::isupper(static_cast<unsigned char>(name[0])) == 0 ||
          std::isupper(static_cast<unsigned char>(name[space + 1])) == 0)
        continue;
      (*index)[lowerAscii(std::string_view(name).substr(space + 1))].push_back(i);
    }
    return *index;
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

  // Whether `at` lies inside a figure of the sentence, as a counted noun does ("100,000 NVIDIA H100 GPUs").
  bool inFigureSpan(std::size_t at) const {
    return std::any_of(figureSpans_.begin(), figureSpans_.end(),
                       [&](const auto& span) { return at >= span.first && at < span.second; });
  }

  // "Scores 90.2% EM on MATH-500 and 39.2% Pass@1 on AIME 2024", "grew 25% YoY": a name right after a
  // percentage is what the percentage measures (exact match, year over year), its label, not whose
  // figure it or a later one is.
  bool labelsPercentage(std::string_view text, std::size_t nameBegin) const {
    return nameBegin >= 3 && text.substr(nameBegin - 2, 2) == "% " && inFigureSpan(nameBegin - 3);
  }

  // "Maximum GPU memory usage: 908.43 MB", "API pricing: $5 per million tokens": a word that is no name on its own
  // (data/non_entities.txt: "GPU", "API", "LLM"), even where a link made it an entity, modifies the noun after it
  // inside a label (the words before the sentence's first colon): a kind of thing the label's measure is of, not
  // its owner.
  bool kindInLabel(std::string_view text, std::size_t sentenceBegin, const Mention& m) const {
    const std::size_t colon = text.find(':', sentenceBegin);
    if (colon == std::string_view::npos || m.end >= colon || !modifiesNoun(text, m)) return false;
    return lex_.isNonEntity(lowerAscii(nameOf(m.entity)));
  }

  // Whether a name may be a figure's subject by where it stands: not a figure's counted noun
  // ("100,000 NVIDIA H100 GPUs"), not a modifier after "a"/"an" ("a Mixture of Experts LLM"),
  // not a label of common words, the opener after one or of a list item ("Physician Validation:",
  // "Quality: Automation ensures", "- Fine-tuning models").
  bool maySubject(std::string_view text, std::size_t sentenceBegin, const Mention& m, bool listItem) const {
    if (inFigureSpan(m.begin) || labelsPercentage(text, m.begin)) return false;
    if (isFundingRound(nameOf(m.entity)) || isFiscalPeriod(nameOf(m.entity))) return false;
    if (afterIndefiniteArticle(text, m.begin) || namedAsExample(text, sentenceBegin, m.begin)) return false;
    if (introductoryAdverb(text, sentenceBegin, m.begin, m.end)) return false;
    if (kindInLabel(text, sentenceBegin, m)) return false;
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
    if (line.sentences.size() != 1 || graph::foldTokenCount(line.text) > kLongestCaptionWords) return {};
    return sourcesFor(line.sentences.front());
  }

  // The date of the nearest sentence before `s` that gives one (as scopeOf reads it: its first),
  // in its paragraph or list item, or the one before it in the same section; "" when none does.
  std::string earlierDate(std::size_t b, const Sentence& s) const {
    const Block& blk = a_.blocks[b];
    if (std::string date = lastDate(b, s.begin); !date.empty()) return date;
    if (b == 0) return "";
    const Block& previous = a_.blocks[b - 1];
    const bool prose = previous.kind == BlockKind::kParagraph || previous.kind == BlockKind::kListItem;
    return prose && previous.section == blk.section ? lastDate(b - 1, previous.text.size()) : "";
  }

  // The first date of the last sentence of block `b` that ends by `before` and gives one, "" when
  // none does. The answers are kept by block as they are asked for (each sentence's dates found
  // once): a paragraph of "By this time, ..." sentences with no date read every earlier sentence's
  // dates per sentence.
  std::string lastDate(std::size_t b, std::size_t before) const {
    const Block& blk = a_.blocks[b];
    const std::vector<Sentence>& sentences = blk.sentences;
    // Sentences are in text order and do not overlap: those that end by `before` come first.
    const auto count = static_cast<std::size_t>(
        std::partition_point(sentences.begin(), sentences.end(), [&](const Sentence& t) { return t.end <= before; }) -
        sentences.begin());
    if (lastDates_.size() != a_.blocks.size()) lastDates_.assign(a_.blocks.size(), {});
    std::vector<std::string>& last = lastDates_[b];  // last[i]: the date of the last dated sentence up to i, or ""
    for (std::size_t i = last.size(); i < count; ++i) {
      const Sentence& t = sentences[i];
      const auto dates = findDates(std::string_view(blk.text).substr(t.begin, t.end - t.begin));
      last.push_back(!dates.empty() ? dates.front().iso : i == 0 ? std::string() : last[i - 1]);
    }
    return count == 0 ? std::string() : last[count - 1];
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
    sc.eventDates = sc.dates;
    // "According to Borgi (2022), it was trained on ...": an author-year citation's year is when its
    // source was written, so it dates the sentence's claims as a cited source's date does, not as
    // their own words would.
    std::string cited;
    std::vector<DateMatch> own;
    for (DateMatch& d : sc.dates)
      if (!citedYear(sc.sentenceText(), d))
        own.push_back(std::move(d));
      else if (cited.empty())
        cited = d.iso;
    sc.dates = std::move(own);
    // "By this time, 17,000 users had ...": a sentence with no date of its own that points back to
    // one takes it from the sentence it points back to, at the place of the words that do.
    if (sc.dates.empty() && !sc.row)
      if (const TimeAnaphor anaphor = findTimeAnaphor(sc.sentenceText()); anaphor.keep > 0)
        if (DateMatch then = anaphoricDate(anaphor, earlierDate(b, s)); !then.iso.empty())
          sc.dates.push_back(std::move(then));
    sc.asOf = sc.dates.empty() ? std::string() : sc.dates.front().iso;  // the first is findDate's
    sc.asOfFrom = graph::AsOfFrom::kText;
    if (sc.row && header_) {
      for (const auto& cell : header_->cells) sc.headerContext += cell + " ";
      if (sc.asOf.empty()) {
        sc.asOf = findDate(sc.headerContext).iso;
        sc.asOfFrom = graph::AsOfFrom::kSection;
      }
    }
    if (sc.asOf.empty() && !cited.empty()) {
      sc.asOf = cited;
      sc.asOfFrom = graph::AsOfFrom::kSource;
    }
    return sc;
  }

  void sentence(std::size_t b, const Sentence& s) {
    if (stopped_) return;
    SentenceScope sc = scopeOf(b, s);
    const std::size_t before = claims_.size();
    figureClaims(sc);
    // Claims are only ever appended, and the event years go after all others: once claims_
    // holds a figure with a value, the first such is the bundle's first whatever follows.
    if (firstFigureOnly_ && std::any_of(claims_.begin(), claims_.end(), [](const ClaimRecord& c) {
          return c.kind == ClaimKind::kFigure && c.quantity && c.quantity->value;
        })) {
      stopped_ = true;
      return;
    }
    eventYearClaims(sc);
    yearColumnClaims(sc);
    quoteClaims(sc);
    statementClaims(sc, before);
    auto base = [&sc](ClaimKind kind) { return sc.base(kind); };
    relations(b, s, sc.mentions, base);
    moveDiscourse(sc, before);
  }

  // Whose a row's figure is when no name, column or aside says: the name its first cell gives; else,
  // in a table led by a date ("2024-05-29 | Codestral | ... | Supports 80+ programming languages"),
  // the name its Model column gives (modelColumnSubject); else the section's subject.
  // In a table of the modes a product runs in ("Mode | Book | Slides" under a benchmark's heading), the
  // row is the page's product run in that mode (settingOwner).
  int rowOwner(int rowSubject, int modelColumn) const {
    if (rowSubject != kNone) return rowSubject;
    if (modelColumn != kNone) return modelColumn;
    return headsSettingRows() ? settingOwner() : sectionSubject_;
  }

  // "| Mode | Book | Slides |" with rows "Tiny", "Gundam": modes, settings and configurations are ways of
  // running one product, and the product a page is about (defaultSubject: an organisation's, a
  // product's page) is what runs; a heading's name over the table ("### OmniDocBench") names where it
  // was measured, which has no modes. Elsewhere (a concept's page) the section's subject.
  int settingOwner() const {
    const int product = defaultSubject();
    return product != kNone ? product : sectionSubject_;
  }

  // "| 33B QLoRA | ~24 GB |" under "### QLoRA": a setting's row header that writes the section's own thing
  // is a configuration of that thing; kNone for any other (the row is then settingOwner's).
  int settingOfSection(std::size_t b) const {
    const Block& row = a_.blocks[b];
    const std::size_t headEnd = row.cellBegins.size() > 1 ? row.cellBegins[1] : row.text.size();
    const auto& mentions = ents_.mentions[b];
    const bool writesSection =
        sectionSubject_ != kNone && std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
          return m.begin < headEnd && m.entity == sectionSubject_;
        });
    return writesSection ? sectionSubject_ : kNone;
  }

  // Whether the table's first header says its rows are modes or settings (data/table_headers.tsv,
  // role "setting": "Mode", "Configuration"): a row's header names a way of running, no owner.
  bool headsSettingRows() const {
    return header_ && !header_->cells.empty() &&
           lex_.isHeader(HeaderRole::kSetting, lowerAscii(trim(header_->cells[0])));
  }

  // A table row's first cell names its subject when a name leads it ("Grok-1", not "Fortune
  // 500 adoption") and is no key of common words ("Process Node"), also for the later pieces
  // of a very long row.
  int rowSubjectOf(std::size_t b) {
    const Block& block = a_.blocks[b];
    if (block.cellBegins.empty()) return kNone;
    // "Feature | H100 | B200", "Metric | Value": the rows are attributes, and their headers name no owner;
    // "Mode | Book | Slides": nor do modes ("Gundam" is a way of running the page's product).
    if (headsAttributeRows()) return kNone;
    // Where no product or section thing runs in the modes or has the components, the row's own name is
    // the best owner left ("Component | Threshold": "| Dual-use Foundation Models | >10^26 FLOPs |").
    if (headsSettingRows() && settingOwner() != kNone) return settingOfSection(b);
    // "1 | OpenAI o3 | 69%": a rank column stands before the row's header.
    const std::size_t column = block.cellBegins.size() > 2 && isRankCell(block, 0) ? 1 : 0;
    const std::size_t cellEnd = column + 1 < block.cellBegins.size() ? block.cellBegins[column + 1] : block.text.size();
    const auto inCell = std::find_if(ents_.mentions[b].begin(), ents_.mentions[b].end(),
                                     [&](const Mention& m) { return m.begin >= block.cellBegins[column]; });
    if (inCell == ents_.mentions[b].end() || inCell->begin >= cellEnd) return modelRowHead(block, column);
    const Mention& first = *inCell;
    if (!leadsCell(block.text, block.cellBegins[column], cellEnd, first)) return kNone;
    if (modifiesBoxField(b, cellEnd, first)) return kNone;
    // "| Series A | June 2025 | $28 million |": a round of financing is the raiser's, not an owner.
    if (isFundingRound(nameOf(first.entity)) || isFiscalPeriod(nameOf(first.entity))) return kNone;
    // A key of common words is no name, unless the table's row headers are names ("Micron").
    if (commonWordsLabel(first.entity) && !ents_.nameColumnTables.count(block.table)) return kNone;
    // "| 1 | [Gemini] 2.5 Pro | Google | 13 points |": the whole name the cell gives, not its link's.
    const std::string_view name = cellName(block.text, cellEnd, first);
    if (name.empty() || isFundingRound(name) || isFiscalPeriod(name)) return first.entity;
    return productNamed(name, first.entity);
  }

  // "| SOTA score | 69% |", "| SOTA model | o3 |" in the box headed by the page's topic: a name before a
  // lower-case noun in a field's label modifies that noun; the field is the topic's, as every row of its
  // box is ("SOTA" collected the best scores of 38 benchmarks as one entity's).
  bool modifiesBoxField(std::size_t b, std::size_t cellEnd, const Mention& first) const {
    const Block& block = a_.blocks[b];
    if (block.section != -1 || !headsInfobox() || block.table != infoboxTable()) return false;
    const std::string_view rest = trim(std::string_view(block.text).substr(first.end, cellEnd - first.end));
    return !rest.empty() && std::islower(static_cast<unsigned char>(rest.front())) != 0;
  }

  // The table index of the page's infobox (infoboxHeading's table), or -1.
  int infoboxTable() const {
    const Block* first = leadingTableBlock(a_.blocks);
    return first != nullptr ? first->table : -1;
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
      if (leadsCell(block.text, begin, end, m)) {
        const std::string_view name = cellName(block.text, end, m);
        return productNamed(name.empty() ? cell : name, m.entity);
      }
    return kNone;
  }

  // Whether `full` starts with the name `lead`, up to a word's end: "Gemini 2.5 Pro" with "Gemini",
  // "GPT-5-mini" with "GPT-5"; not "Geminis" with "Gemini".
  static bool startsWithName(std::string_view full, std::string_view lead) {
    if (lead.empty() || full.size() <= lead.size() ||
        graph::foldKey(full.substr(0, lead.size())) != graph::foldKey(lead))
      return false;
    const char next = full[lead.size()];
    return next == ' ' || next == '-' || std::isdigit(static_cast<unsigned char>(next)) != 0;
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
    auto column = alignedColumn(row, *header_, at);
    if (!column || *column == 0) return kNone;
    if (namesDifference(header_->cells[*column])) column = minuendColumn(row, *column);
    if (!column) return kNone;
    const std::string_view cell = columnName(header_->cells[*column]);
    // "Metric | Description | Current State-of-Art (2025)": a column that tells of its row names no model.
    if (cell.empty() || (headsAttributeRows() && describesColumn(cell))) return kNone;
    if (int e = namedExactly(cell); e != kNone) return commonWordsLabel(e) ? kNone : e;
    return writtenAsModelName(cell) ? productNamed(cell, kNone) : kNone;
  }

  // "| MMLU | 86.0 | 88.6 | -2.6 |" under "Benchmark | Llama 3.3 70B | Llama 3.1 405B | Difference": a difference
  // cell is the difference of the row's two scores, the one it is of the score the other is taken from (86.0 - 88.6),
  // read by the arithmetic since tables write either order. nullopt unless the row has two scores besides it and one
  // order gives its value (to the precision it is written in).
  std::optional<std::size_t> minuendColumn(const Block& row, std::size_t difference) const {
    const std::optional<CellNumber> d = signedCellNumber(row.cells[difference]);
    std::vector<std::pair<std::size_t, double>> scores;
    for (std::size_t j = 1; j < row.cells.size(); ++j)
      if (j != difference)
        if (const std::optional<double> score = bareScore(row.cells[j])) scores.emplace_back(j, *score);
    if (!d || scores.size() != 2) return std::nullopt;
    constexpr double kHalfLastDigit = 0.051;  // "-2.6" stands for 2.55 to 2.65
    for (auto [a, b] : {std::pair{0, 1}, std::pair{1, 0}})
      if (std::fabs(scores[a].second - scores[b].second - d->value) < kHalfLastDigit) return scores[a].first;
    return std::nullopt;
  }

  // Whether a header or a cell is written as a model's name: with a digit, or with a word that is no
  // English word ("Orrin 2", "Claude Opus 4.1", "dots.ocr"); not plain words ("Notes", "Human baseline").
  bool writtenAsModelName(std::string_view cell) const {
    const std::vector<std::string> words = graph::foldTokens(cell);
    return std::any_of(cell.begin(), cell.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
           std::any_of(words.begin(), words.end(), [&](const std::string& w) { return !lex_.isEnglishWord(w); });
  }

  // "| Model | Tokens |" over "| dots.ocr | 3949 |": under a first header that says the column names
  // models (data/table_headers.tsv, role "model"), a row header that no known name leads but that is
  // written as a model's name is that model, whatever its case.
  int modelRowHead(const Block& row, std::size_t column) {
    if (!header_ || header_->cells.size() <= column || row.cells.size() <= column ||
        !lex_.isHeader(HeaderRole::kModel, lowerAscii(trim(header_->cells[column]))))
      return kNone;
    const std::string_view cell = trim(row.cells[column]);
    if (cell.empty() || cell.find(' ') != std::string_view::npos || !writtenAsModelName(cell)) return kNone;
    return productNamed(cell, kNone);
  }

  // "Feature | Superconducting | Trapped-Ion", "Aspect | PTQ | QAT", "Feature | NVIDIA H100 | NVIDIA B200
  // (Blackwell)": under a first header that says the rows are attributes, two or more columns compare
  // the kinds or things their headers name, and a cell's figure is about its column's (the row
  // header is the measure); a column that tells of its row ("Description", "Notes") names none.
  int comparedColumnSubject(const Block& row, std::size_t at) {
    if (!comparesColumns()) return kNone;
    const auto column = alignedColumn(row, *header_, at);
    if (!column || *column == 0) return kNone;
    std::string name(columnName(header_->cells[*column]));
    if (name.empty() || describesColumn(name)) return kNone;
    // "Parameter | 7B | 13B" under "### LLaMA 1": a size names a variant of the section's thing.
    if (isModelSize(name) && sectionSubject_ != kNone) name = nameOf(sectionSubject_) + " " + name;
    if (int e = namedExactly(name); e != kNone) return e;
    const int compared = productNamed(name, kNone);
    // A kind of the thing compared ("Superconducting", "Static PTQ") is no product.
    if (commonWords(name)) {
      ents_.entities[static_cast<std::size_t>(compared)].type = EntityType::kOther;
      itAntecedents_ = frontedAntecedents_ = PassingMemo{};  // their tests read the type
    }
    return compared;
  }

  bool headsAttributeRows() const {
    return header_ && !header_->cells.empty() &&
           lex_.isHeader(HeaderRole::kAttribute, lowerAscii(trim(header_->cells[0])));
  }

  // Rows of attributes with two or more columns of things compared (comparedColumnSubject).
  bool comparesColumns() const { return headsAttributeRows() && header_->cells.size() >= 3; }

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
  // A Markdown paragraph run in the same way ("**WebArena**: Tests general web navigation across
  // 684 tasks ..., and multi-domain scenarios (29)") is about its label as such an item is, by its
  // colon only (a dash there may join two names of a sentence).
  int listSubjectOf(std::size_t b) const {
    // Asked for every figure of the block; the answer is the block's, and finding it reads the whole
    // block, so a paragraph of thousands of sentences would be read once per sentence.
    if (listSubjects_.empty()) listSubjects_.assign(a_.blocks.size(), kUnasked);
    int& answer = listSubjects_[b];
    if (answer == kUnasked) answer = findListSubject(b);
    return answer;
  }

  int findListSubject(std::size_t b) const {
    const Block& block = a_.blocks[b];
    const bool item = block.kind == BlockKind::kListItem;
    const bool runIn = !item && !wikiPage_ && block.kind == BlockKind::kParagraph;
    if (!(item || runIn) || ents_.mentions[b].empty()) return kNone;
    const Mention& first = ents_.mentions[b].front();
    std::string_view text = block.text;
    // "- Fifth-generation NVLink. Up to 1.8 TB/s ...": a run-in heading names the item's subject.
    if (const Mention* heading = runInHeading(text, ents_.mentions[b]);
        item && heading && !commonWordsLabel(heading->entity))
      return heading->entity;
    const std::optional<LabelEnd> label = labelSeparator(text, first.end);
    if (!label || !trim(text.substr(0, first.begin)).empty()) return kNone;
    if (runIn && text.substr(label->at, 1) != ":") return kNone;
    std::string_view between = trim(text.substr(first.end, label->at - first.end));
    bool aside = between.size() >= 2 && between.front() == '(' && between.back() == ')';
    // "- Developer Tools: GitHub Copilot has 70% ...": a description led by a name has its own
    // subject ("- xAI: Elon Musk's AI company, ..." is still about xAI).
    const auto& mentions = ents_.mentions[b];
    const std::size_t descriptionAt = std::min(text.size(), text.find_first_not_of(' ', label->after));
    bool ownSubject = mentions.size() > 1 && mentions[1].begin == descriptionAt && !mentions[1].possessor &&
                      !commonWordsLabel(mentions[1].entity);  // "- BFS-Prover - Theorem proving LLMs"
    return (between.empty() || aside) && !ownSubject && !commonWordsLabel(first.entity) &&
                   !isFundingRound(nameOf(first.entity)) && !isFiscalPeriod(nameOf(first.entity))
               ? first.entity
               : kNone;
  }

  // What the list after paragraph `b` describes: on a Markdown page, "**DeepSeek-V2** (May 2024)" over its list, a
  // label line that is wholly a name, names it; a label line that names nothing ("**Prefill operations**") heads a part
  // of the list its lead-in introduced ("... patterns for DeepSeek-V3:"), so `lead` stays; any other paragraph
  // introduces its own list (leadInSubject).
  int labelledList(std::size_t b, int lead) const {
    const Block& block = a_.blocks[b];
    const bool overList = b + 1 < a_.blocks.size() && a_.blocks[b + 1].kind == BlockKind::kListItem &&
                          a_.blocks[b + 1].section == block.section;
    // Wikipedia's Manual of Style keeps bold lines from standing as headings (MOS:PSEUDOHEAD): there
    // a bold line over a list names an award or a contest the items are the topic's results in.
    if (wikiPage_ || block.kind != BlockKind::kParagraph || !overList || !labelLine(block.text))
      return leadInSubject(b);
    const auto& mentions = ents_.mentions[b];
    if (mentions.empty()) return lead;
    const Mention& first = mentions.front();
    if (!leadsCell(block.text, 0, block.text.size(), first)) return lead;
    return commonWordsLabel(first.entity) || isFundingRound(nameOf(first.entity)) ||
                   isFiscalPeriod(nameOf(first.entity))
               ? kNone
               : first.entity;
  }

  // The name a paragraph ending in a colon introduces its list with ("Grok models are trained
  // on xAI's Colossus supercomputer:"), unless it is a label of common words; else kNone.
  int leadInSubject(std::size_t b) const {
    const Block& block = a_.blocks[b];
    if (block.kind != BlockKind::kParagraph) return kNone;
    const Mention* named = leadInName(block.text, ents_.mentions[b]);
    // "The Acme Atlas dataset, released in 2023, holds ...:": else the name that opens the lead-in,
    // unless a company ("Meta has outlined several plans:", "Replit uses a pricing model:"), whose
    // items are its products' and plans' figures, not its own.
    if (!named && !block.sentences.empty()) {
      named = leadInOpener(block.text, block.sentences.back().begin, block.sentences.back().end, ents_.mentions[b]);
      if (named && typeOf(named->entity) == EntityType::kOrganization) return kNone;
    }
    if (!named || commonWordsLabel(named->entity)) return kNone;
    const std::string& name = ents_.entities[static_cast<std::size_t>(named->entity)].name;
    const bool lowerCase = std::none_of(name.begin(), name.end(), graph::isUpperAscii);
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

  // The mentions of a sentence that may own a figure in prose. On a page in a language that
  // capitalises every noun (German: "die Mündungsgeschwindigkeit", "Der Sicherheitsbereich"), a name
  // of plain capitalised words (letters only, lower case after the first; perhaps small words or
  // numbers between) is no sign of a name and owns nothing; a person's name, the page's topic, a
  // name written as no word is ("M20", "T74", "NDRC") and a word of the page's title ("Mogel" on
  // "Wendy Mogel") still do. Every mention elsewhere.
  std::vector<const Mention*> ownerMentions(const std::vector<const Mention*>& mentions) const {
    if (!capitalisesNouns_) return mentions;
    std::vector<const Mention*> out;
    for (const Mention* m : mentions)
      if (ownsAsNamed(m->entity)) out.push_back(m);
    return out;
  }
  bool ownsAsNamed(int e) const {
    return e == ents_.topic || typeOf(e) == EntityType::kPerson || !plainWords(nameOf(e)) || sharesTitleWord(e);
  }
  // Whether every word of `name` is a word in lower case after its first letter, with no digit, or a
  // number ("Der Sicherheitsbereich", "Demonstration 5.000 Raketenwerfer"; not "M20", "NDRC").
  static bool plainWords(std::string_view name) {
    for (std::size_t at = 0; at < name.size();) {
      const std::size_t end = std::min(name.find(' ', at), name.size());
      const std::string_view word = name.substr(at, end - at);
      const bool number = !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) != 0 || c == '.' || c == ',';
      });
      bool plain = !word.empty();
      for (std::size_t k = 0; k < word.size(); ++k) {
        const unsigned char ch = static_cast<unsigned char>(word[k]);
        if (std::isdigit(ch) != 0 || (k > 0 && std::isupper(ch) != 0)) plain = false;
      }
      if (!plain && !number) return false;
      at = end + 1;
    }
    return !name.empty();
  }

  bool commonWordsLabel(int e) const override {
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

  // The measure a percentage's or multiplier's own label names: its column's header, else the words
  // right after it, else the noun phrase it is "of" (LabelledMeasures.h); empty when none.
  static std::string labelOf(const SentenceScope& sc, const Sentence& s, const Figure& fig,
                             const MeasureContext& context) {
    const std::string& unit = fig.quantity.unit;
    if (std::string label = headerLabelledMeasure(context.column, unit); !label.empty()) return label;
    if (std::string label = labelAfterFigure(sc.text.substr(fig.end, s.end - fig.end), unit); !label.empty())
      return label;
    const std::string_view before = sc.text.substr(s.begin, fig.begin - s.begin);
    if (std::string label = labelBeforeFigure(before, unit); !label.empty() || !context.level) return label;
    return labelBeforeChange(before, unit);
  }

  // Whether a folded word says that a quantity moved: a cue of data/measures.tsv's changes ("rose", "cut"), a
  // verb of change in WordNet (data/change_verbs.txt: "improved") or a noun of change ("improvement").
  static bool movesQuantity(const std::string& word) {
    const Lexicon& lex = lexicon();
    if (const auto cue = lex.measureCues.find(word); cue != lex.measureCues.end())
      for (std::size_t r : cue->second)
        if (!lex.measures[r].next && isChangeMeasure(lex.measures[r].label)) return true;
    bool inflected = false;
    const std::string lemma = verbLemma(word, inflected);
    return isChangeNoun(word) || (inflected && lex.changeVerbs.contains(lemma));
  }

  // "Pass@1 rises from 49.7% to 50.8%", "its accuracy rose to 45%": a level a change starts from or reaches is of
  // the measure that the change's subject, the words right before its word of change, names. `before` is the
  // sentence up to the level.
  static std::string labelBeforeChange(std::string_view before, std::string_view unit) {
    constexpr std::size_t kWordsBack = 6, kSubjectWords = 3;
    const std::vector<std::string> words = graph::foldTokens(before);
    for (std::size_t back = 1; back <= kWordsBack && back <= words.size(); ++back) {
      const std::size_t at = words.size() - back;
      if (!movesQuantity(words[at])) continue;
      std::string subject;
      for (std::size_t i = at >= kSubjectWords ? at - kSubjectWords : 0; i < at; ++i)
        subject += (subject.empty() ? "" : " ") + words[i];
      return headerLabelledMeasure(subject, unit);
    }
    return {};
  }

  // "the guaranteed rise was only 3.2 percent" after "a 5.5 percent pay rise": a measure that
  // is generic, or the bare head of the last one with the same unit, or money's measure that the
  // last one refines, takes the last one's name ("the starting figure of about 593 billion").
  std::string carriedMeasure(const std::string& unit, std::string measure) const {
    auto it = discourse_.lastMeasure.find(unit);
    if (it == discourse_.lastMeasure.end() || it->second == measure) return measure;
    const std::string& last = it->second;
    const std::string head(lastWord(measure));
    bool generic = measure == "amount" || measure == "percentage";
    bool sameHead = last.size() > head.size() && last.compare(last.size() - head.size(), head.size(), head) == 0 &&
                    last[last.size() - head.size() - 1] == ' ' && measure.find(' ') != std::string::npos &&
                    head != "cost";
    // The last measure made precise ("market value" after "market value lost"): the same quantity.
    const bool refinedBefore = last.starts_with(measure + " ") && unitClassOf(unit) == "money";
    return generic || sameHead || refinedBefore || refines(last, measure) ? last : measure;
  }

  // Whether data/measures.tsv refines `measure` to `narrower` ("clause increase ... pay rise"): a bare
  // "rise" after "a 5.5 percent pay increase" is that pay rise's ("the guaranteed rise was only 3.2 percent").
  static bool refines(const std::string& narrower, const std::string& measure) {
    const std::vector<std::string> refinements = measureRefinements(measure);
    return std::find(refinements.begin(), refinements.end(), narrower) != refinements.end();
  }

  // "As of 2025 it employs 300 people, up from 80 in February 2024": of several dates in a
  // sentence, a figure speaks for the nearest one that no other figure owns (dateOfFigure).
  // "The GBT algorithm consists of the following steps:" and then five numbered items: the count
  // the list gives, a figure standing at the phrase that names the items (ListCounts.h).
  // "Ng breaks down the key AI tools: supervised learning and generative AI.": so does a list the sentence
  // closes on, after a colon its plural noun stands before (colonListCountOf), and a list in brackets right after
  // its plural noun, "different fruits (apples, bananas, and oranges)" (bracketListCountOf).
  bool addListCount(const SentenceScope& sc, std::vector<Figure>& figures) const {
    const auto countNoun = [this](const std::string& w) { return isCountNoun(w); };
    auto count = listCountOf(a_, sc.block, *sc.sentence, countNoun);
    if (!count) count = subHeadingCountOf(a_, sc.block, *sc.sentence, countNoun);
    if (!count) count = pointedBackCountOf(a_, sc.block, *sc.sentence, countNoun);
    if (!count) count = colonListCountOf(sc.sentenceText(), countNoun);
    if (!count) count = bracketListCountOf(sc.sentenceText(), countNoun);
    if (!count) return false;
    Figure f;
    f.quantity.value = static_cast<double>(count->items);
    f.quantity.unit = countUnit(count->noun);
    f.quantity.text = std::string(sc.sentenceText().substr(count->begin, count->end - count->begin));
    f.begin = count->begin;
    f.end = count->end;
    f.noun = count->noun;
    figures.push_back(std::move(f));
    return true;
  }

  // "The BLEU score ranges from 0 to 1", "a default value of 5", "a two-dimensional table", "one or
  // more hidden layers": values the sentence states with the measure's name before a bare number
  // (StatedValues.h), where the figure reader found no figure. Each one's measure, by its index in
  // `figures` (empty: the count of its noun).
  std::map<std::size_t, std::string> addStatedValues(const SentenceScope& sc, std::vector<Figure>& figures) const {
    std::map<std::size_t, std::string> measures;
    const std::size_t found = figures.size();
    for (StatedValue& v : statedValues(sc.sentenceText(), [this](const std::string& w) { return isCountNoun(w); })) {
      const bool overlaps = std::any_of(figures.begin(), figures.begin() + static_cast<std::ptrdiff_t>(found),
                                        [&](const Figure& f) { return f.begin < v.end && v.begin < f.end; });
      if (overlaps) continue;
      Figure f;
      f.quantity = std::move(v.quantity);
      f.begin = v.begin;
      f.end = v.end;
      f.noun = v.noun;
      measures.emplace(figures.size(), std::move(v.measure));
      figures.push_back(std::move(f));
    }
    return measures;
  }

  // "An MDP is defined by a tuple (S, A, P, R)": the number of elements of a tuple the sentence writes
  // out (ListCounts.h, tupleCountOf), a count of "elements" standing at the tuple, where no other figure
  // stands there. Its measure is the count's (an empty entry of `measures`).
  // Its index in `figures`, or nullopt.
  std::optional<std::size_t> addTupleCount(const SentenceScope& sc, std::vector<Figure>& figures,
                                           std::map<std::size_t, std::string>& measures) const {
    const std::optional<TupleCount> tuple = tupleCountOf(sc.sentenceText());
    if (!tuple) return std::nullopt;
    const bool overlaps = std::any_of(figures.begin(), figures.end(),
                                      [&](const Figure& f) { return f.begin < tuple->end && tuple->begin < f.end; });
    if (overlaps) return std::nullopt;
    Figure f;
    f.quantity.value = static_cast<double>(tuple->items);
    f.quantity.unit = "count";
    f.quantity.text = std::string(sc.sentenceText().substr(tuple->begin, tuple->end - tuple->begin));
    f.begin = tuple->begin;
    f.end = tuple->end;
    f.noun = "elements";
    measures.emplace(figures.size(), std::string());
    figures.push_back(std::move(f));
    return figures.size() - 1;
  }

  // Whose a tuple is: the name its sentence gives last before it ("An MDP is defined by a tuple",
  // "modeled as Markov Decision Processes (MDPs), defined by the tuple"), none where the sentence names
  // nothing before it ("An experience ... consists of the tuple": no page's topic or earlier subject is
  // what the tuple defines).
  static int tupleOwner(const SentenceScope& sc, std::size_t tupleAt) {
    int owner = kNone;
    for (const Mention* m : sc.mentions)
      if (m->begin >= sc.sentence->begin && m->end <= tupleAt && !m->possessor) owner = m->entity;
    return owner;
  }

  // Whose a stated value is. In a custom GPT's instructions, the assistant's ("Rate my draft on a scale
  // of 1 to 10" is the GPT's rating scale, not the draft's). A range, scale or default value whose
  // sentence names nothing else ("The function maps inputs into a range between 0 and 1") is the
  // values of the page's topic. Not a rank or a number of dimensions: "Scalars have a rank of 0"
  // is the scalar's, whatever the page.
  int statedValueSubject(const std::string& measure, int found) const {
    if (ents_.topic == kNone) return found;
    if (instructions_) return ents_.topic;
    // A concept's page (commonNounTopic_) states its examples' ranges as often as its own ("digits
    // (0-9)", "dimensions (4096-8192)"), and a figure would make the concept a part "GPT-5's context
    // window" is read as: no topic there.
    const bool topicsValues = !commonNounTopic_ && (measure == "range" || measure == "scale" || measure == kScaleTop ||
                                                    measure == "default value");
    return found == kNone && topicsValues ? ents_.topic : found;
  }

  // "For a regression problem, the output layer usually consists of a single neuron" on the Output layer
  // page: a value the sentence states (StatedValues.h) whose clause opens with the title of a page that
  // writes it in lower case (commonNounTopic_), after "the", "a" or "an" and with no other noun phrase
  // between it and the value, is the topic's, though the name finder reads no name there.
  bool topicOpensClause(std::string_view sentence, std::size_t valueAt) const {
    if (!commonNounTopic_ || ents_.topic == kNone || valueAt > sentence.size()) return false;
    const std::string title = lowerAscii(lowerCaseTitle(titleBeforeAside()));
    const std::string before = lowerAscii(sentence.substr(0, valueAt));
    const std::size_t at = before.rfind(title);
    if (title.empty() || at == std::string::npos) return false;
    const std::size_t end = at + title.size();
    if (end < before.size() && std::isalnum(static_cast<unsigned char>(before[end]))) return false;
    if (articleEnding(std::string_view(before).substr(0, at)).empty()) return false;
    return !nounPhraseBetween(before, end);
  }

  // The article "the ", "a " or "an " that ends `opening` as a word of its own; empty for none.
  static std::string_view articleEnding(std::string_view opening) {
    for (const std::string_view article : {"the ", "a ", "an "})
      if (opening.ends_with(article) &&
          (opening.size() == article.size() ||
           !std::isalnum(static_cast<unsigned char>(opening[opening.size() - article.size() - 1]))))
        return article;
    return {};
  }

  // Whether another noun phrase (a determiner opens one) or a relative clause ("which") stands in `before`
  // from `end` on, between a title and its value.
  bool nounPhraseBetween(std::string_view before, std::size_t end) const {
    for (const Token& t : tokenize(before.substr(end))) {
      const std::string_view w = before.substr(end + t.begin, t.end - t.begin);
      if (isDeterminer(w) || w == "which") return true;
    }
    return false;
  }

  // "The bounding box is typically represented by four parameters", "An instance consists of two primary
  // components:": a count in a clause that the lower-case title opens (topicOpensClause) counts the
  // topic's parts where that clause is the sentence's first; after "has a rank of 2, as two indices" or
  // "the construction of a decision tree involves two steps" the title is no clause's subject.
  bool topicOpensSentence(std::string_view sentence, std::size_t valueAt) const {
    if (!topicOpensClause(sentence, valueAt)) return false;
    const std::string title = lowerAscii(lowerCaseTitle(titleBeforeAside()));
    const std::string opening = lowerAscii(sentence.substr(0, std::min(sentence.size(), title.size() + 4)));
    for (const std::string_view article : {"the ", "a ", "an "})
      if (opening.starts_with(article) && opening.substr(article.size()).starts_with(title)) return true;
    return false;
  }

  // "In contrast to binary classification, ..., multinomial classification deals with three or more
  // categories", "have the embedding layers consist of 12 dimensions": a count of things (the caller's
  // "number of" measure: "context windows have grown to 10 million tokens" is some model's) in a clause whose verb
  // follows the lower-case title (or its plural) right away counts the topic's, where the title opens
  // that clause (the sentence's first words, or after a comma, bare or with "the", "a" or "an" not
  // governed by a preposition: "the construction of a decision tree involves two steps" is no tree's)
  // and no other noun phrase stands between it and the count. A page that writes its title capitalised
  // too ("Multinomial classification, also known as ...") is a concept's where the clause writes it as a
  // common noun, in lower case as written.
  bool topicIsVerbSubject(std::string_view sentence, std::size_t valueAt) const {
    if (wikiPage_ || ents_.topic == kNone || valueAt > sentence.size()) return false;
    const std::string written = lowerCaseTitle(titleBeforeAside());
    const std::string title = lowerAscii(written);
    const std::string before = lowerAscii(sentence.substr(0, valueAt));
    const std::size_t at = before.rfind(title);
    if (title.empty() || at == std::string::npos) return false;
    if (!commonNounTopic_ && (written == titleBeforeAside() || sentence.substr(at, written.size()) != written))
      return false;
    std::size_t end = at + title.size();
    if (end < before.size() && before[end] == 's') ++end;  // "the embedding layers"
    const std::vector<Token> after = tokenize(std::string_view(before).substr(end));
    if (after.empty() || (after[0].begin != 1 || before[end] != ' ')) return false;
    bool past = false;
    const std::string_view verb = std::string_view(before).substr(end + after[0].begin, after[0].end - after[0].begin);
    if (verb.ends_with("ing") || (verbLemma(verb, past).empty() && !isAuxiliary(verb))) return false;
    if (nounPhraseBetween(before, end)) return false;
    std::string_view opening = std::string_view(before).substr(0, at);
    if (const std::string_view article = articleEnding(opening); !article.empty()) {
      opening.remove_suffix(article.size());
      const std::size_t space = opening.find_last_of(' ', opening.size() < 2 ? 0 : opening.size() - 2);
      const std::string_view governing = trim(opening.substr(space == std::string_view::npos ? 0 : space + 1));
      return !lexicon().prepositions.contains(governing);
    }
    return opening.empty() || opening.ends_with(", ");
  }

  // "## Approaches to Natural Language Understanding" over three sub-headings: the page gives its
  // topic's approaches by its headings, a count of them (ListCounts.h, headingCountOf) that stands at
  // the heading's noun, in the heading's own section, cited by nothing (a heading cites no source).
  // In an assistant's instructions, a heading over the numbered list it names counts it too
  // (instructionHeadingCountOf: "# Walkthrough Steps:").
  void headingCountClaims() {
    if (ents_.topic == kNone || titledByOneCommonPlural()) return;
    const auto countNoun = [this](const std::string& w) { return isCountNoun(w); };
    for (std::size_t s = 0; s < a_.sections.size(); ++s) {
      auto count = headingCountOf(a_, static_cast<int>(s), countNoun);
      if (!count && inQuotedInstructions(static_cast<int>(s)))
        count = instructionHeadingCountOf(a_, static_cast<int>(s), countNoun);
      if (count)
        claims_.push_back(headingCountClaim(s, static_cast<double>(count->items), count->noun, count->nounText));
    }
  }

  // "Datasets", whose text writes "a dataset": a page titled by one plural whose singular its text writes in
  // lower case is titled by a common count noun, as headingCountOf's English words are ("Model"), whatever
  // the word list lacks; a figure of its own would make a statement's "on benchmark datasets" its subject.
  bool titledByOneCommonPlural() const {
    if (titleWords_.size() != 1 || !endsAsPlural(titleHead_)) return false;
    const std::string singular = regularSingular(titleHead_);
    bool written = false;
    for (const Block& b : a_.blocks)
      eachWord(b.text, kLetterRuns, [&](const WordSpan& w) {
        written = written || std::string_view(b.text).substr(w.begin, w.end - w.begin) == singular;
      });
    return written;
  }

  // The page topic's count `value` of `noun` that the heading of section `s` gives, written `text`.
  ClaimRecord headingCountClaim(std::size_t s, double value, const std::string& noun, const std::string& text) const {
    ClaimRecord c;
    c.kind = ClaimKind::kFigure;
    c.section = static_cast<int>(s);
    c.line = a_.sections[s].line;
    c.text = a_.sections[s].title;
    c.subject = ents_.topic;
    c.quantity = graph::Quantity{value, std::nullopt, std::nullopt, countUnit(noun), false, graph::Bound::kExact, text};
    c.measure = countedMeasure(noun);
    return c;
  }

  // "### STEM (22 subjects)" under "## Subject Categories": the page's topic has that many of the noun
  // in the part the heading names (ListCounts.h, writtenHeadingCountOf), kept as the claim's scope, as
  // a table row's part is (placeCountRow); cited by nothing.
  void writtenHeadingCountClaims() {
    if (ents_.topic == kNone) return;
    for (std::size_t s = 0; s < a_.sections.size(); ++s) {
      if (a_.sections[s].level < 2) continue;
      const auto count =
          writtenHeadingCountOf(a_.sections[s].title, [this](const std::string& w) { return isCountNoun(w); });
      if (!count) continue;
      ClaimRecord c = headingCountClaim(s, count->value, count->noun, count->text);
      c.scope = count->part;
      claims_.push_back(std::move(c));
    }
  }

  // "i - illustration", "p - photo-realistic", ... one option a line: the page's one menu (ListCounts.h,
  // pageMenuOf) gives its topic's number of options, and, where the options stand in groups under labels
  // ("📈 Stock Prediction" over four keys, "🤖 Machine Learning Predictions" over four), the number of
  // categories it sorts them into (a kind noun: any of ingest::kindNouns names that count). Cited by nothing.
  void menuCountClaims() {
    if (ents_.topic == kNone) return;
    const std::optional<Menu> menu = pageMenuOf(a_.blocks);
    if (!menu) return;
    const std::string text = joined(menu->lines, " / ");
    claims_.push_back(blockCountClaim(menu->block, menu->keys.size(), "options", joined(menu->keys, ", "), text));
    if (!menu->groups.empty())
      claims_.push_back(
          blockCountClaim(menu->block, menu->groups.size(), "categories", joined(menu->groups, ", "), text));
  }

  // "**Library**" over "[PyTorch](...), [TensorFlow](...), [Safetensors](...), [Transformers](...)": a field of a
  // model card's box that lists all the page topic's things of its name (data/page_fields.tsv, "counted";
  // ListCounts.h, boxFieldCountOf) gives their number, a count of the field's plural. Cited by nothing.
  void boxFieldCountClaims() {
    if (ents_.topic == kNone) return;
    for (std::size_t b = 0; b < a_.blocks.size() && a_.blocks[b].section == -1; ++b) {
      const std::optional<FieldCount> count = boxFieldCountOf(a_.blocks, b, countedPageField);
      // The field's plural, "+s" where the word list lacks the noun ("dataset"): the field is a counted one.
      const std::string noun = count ? pluralNoun(count->field) : std::string();
      if (noun.empty()) continue;
      const std::string& value = a_.blocks[b].text;
      claims_.push_back(blockCountClaim(b, count->items, noun, value, a_.blocks[b - 1].text + ": " + value));
    }
  }

  // "Rule No. 1: ...", "Rule 2. ...", ... "Rule No. 11. ...": a numbered series the page gives a line each
  // (ListCounts.h, numberedSeriesOf) gives its topic's number of the series' noun, as a menu gives its
  // options (a custom GPT's instructions lay down the assistant's rules). Cited by nothing.
  void seriesCountClaims() {
    if (ents_.topic == kNone) return;
    const auto countNoun = [this](const std::string& w) { return isCountNoun(w); };
    for (const SeriesCount& series :
         numberedSeriesOf(a_.blocks, countNoun, [this](int section) { return inQuotedInstructions(section); }))
      claims_.push_back(blockCountClaim(series.block, series.items, series.noun, series.text, series.text));
  }

  // The page topic's count `value` of `noun` that the lines from block `block` give (a menu, a box field, a
  // numbered series), written `figure` in the claim's text `text`.
  ClaimRecord blockCountClaim(std::size_t block, std::size_t value, const std::string& noun, std::string figure,
                              std::string text) const {
    const Block& first = a_.blocks[block];
    ClaimRecord c;
    c.kind = ClaimKind::kFigure;
    c.section = first.section;
    c.line = first.line;
    c.text = std::move(text);
    c.subject = ents_.topic;
    c.quantity = graph::Quantity{static_cast<double>(value), std::nullopt,     std::nullopt, countUnit(noun), false,
                                 graph::Bound::kExact,       std::move(figure)};
    c.measure = countedMeasure(noun);
    return c;
  }

  static std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
    return fmt::format("{}", fmt::join(parts, separator));
  }

  // "Some common unsupervised methods include:" over three items, "Some common supervised methods
  // include:" over two: where a page counts one noun of one subject by two lists to two values, each
  // list holds a kind of the noun that its modifiers name, and neither is the subject's count of it.
  // Those counts keep their value and measure but speak for no subject.
  void unsettleSubListCounts() {
    // Values by subject and measure, so that a page of many lists is read once (no pair of lists).
    std::map<std::pair<int, std::string>, std::set<double>> values;
    for (std::size_t i : listCounts_)
      if (claims_[i].subject != kNone)
        values[{claims_[i].subject, claims_[i].measure}].insert(claims_[i].quantity->value.value_or(0));
    for (std::size_t i : listCounts_)
      if (claims_[i].subject != kNone && values[{claims_[i].subject, claims_[i].measure}].size() > 1)
        claims_[i].subject = kNone;
  }

  // A lead-in that writes the page's title ("Utilizing a target network in DQN offers several
  // benefits") lists what the page's topic has, whichever name the clause also holds (none, where
  // the page's topic is no entity: DQN's would be wrong).
  // A lead-in whose counted phrase is its own subject ("Some common data modalities include:", "There are
  // several types:" on the multimodal model's page) names no one else's: where nothing before it names a
  // subject either, the list is of the page's topic, as a heading's count is (headingCountClaims).
  // The title written inside the counted phrase only modifies its noun ("vLLM supports the following
  // quantization methods:" on the Quantization page lists vLLM's methods).
  int listCountSubject(const SentenceScope& sc, int found, std::size_t phraseBegin, std::size_t phraseEnd) const {
    // A custom GPT's instructions ("You are equipped with the following functions:", "MUST FOLLOW THESE
    // INSTRUCTIONS:") list what the assistant has or does, as their directive figures are (directiveFigure).
    if (instructions_ && ents_.topic != kNone) return ents_.topic;
    const std::string_view text = sc.sentenceText();
    const std::vector<std::string> title = graph::foldTokens(a_.title);
    for (const std::string_view part : {text.substr(0, phraseBegin), text.substr(phraseEnd)}) {
      const std::vector<std::string> said = graph::foldTokens(part);
      if (!title.empty() && std::search(said.begin(), said.end(), title.begin(), title.end()) != said.end())
        return ents_.topic;
    }
    if (found != kNone) return found;
    // "Imagine you have a basket of different fruits (apples, bananas, and oranges)": a list in brackets
    // (bracketListCountOf) in a sentence that names no owner is the page's, as its example or its own parts.
    const bool bracketed = text.substr(phraseEnd).starts_with(" (");
    return bracketed || leadInSubjectless(text.substr(0, phraseBegin)) ? ents_.topic : kNone;
  }

  // "Outliers can be classified into three main categories", "two categories of outliers": a count of
  // kinds (kindNouns) is of the thing whose kinds it counts: the noun phrase after its kind noun's "of",
  // else its clause's subject phrase, when that phrase is the title of a page of the corpus
  // (Gazetteer.h), though written in lower case or in common words, which no name finder takes for a
  // name. kNone for any other figure, and where the phrase is no page's title.
  int kindsOwner(const SentenceScope& sc, const Figure& fig, const std::string& measure) {
    if (!gazetteer_ || !measure.starts_with("number of ")) return kNone;
    const std::string_view counted = lastWord(measure);
    if (std::find(kindNouns().begin(), kindNouns().end(), counted) == kindNouns().end()) return kNone;
    const Gazetteer::Entry* page = kindsOfPhrase(sc.text.substr(fig.end, sc.sentence->end - fig.end));
    if (!page) {
      const std::optional<ClauseSubject> clause = clauseSubject(sc.text, sc.sentence->begin, fig.begin, fig.end);
      if (clause && clause->kind == ClauseSubject::Kind::kPhrase)
        page = gazetteer_->find(withoutDeterminers(sc.text.substr(clause->begin, clause->end - clause->begin)));
    }
    return page ? pageEntity(*page) : kNone;
  }

  // " of outlier detection: ...": the page whose title the longest run of at most four words after a
  // leading "of" (a determiner aside) is, up to punctuation; nullptr when the text opens otherwise.
  const Gazetteer::Entry* kindsOfPhrase(std::string_view after) const {
    after = trim(after.substr(0, after.find_first_of(",.;:()[]\"")));
    if (!after.starts_with("of ")) return nullptr;
    const std::string_view phrase = withoutDeterminers(after.substr(3));
    const std::vector<LetterWord> words = letterWords(phrase);
    for (std::size_t n = std::min<std::size_t>(words.size(), 4); n > 0; --n)
      if (const Gazetteer::Entry* page = gazetteer_->find(phrase.substr(0, words[n - 1].end))) return page;
    return nullptr;
  }

  // The phrase without the function words that open it ("the", "these", "some of the").
  std::string_view withoutDeterminers(std::string_view phrase) const {
    for (const LetterWord& w : letterWords(phrase))
      if (!lex_.isFunctionWord(w.lower)) return phrase.substr(w.begin);
    return {};
  }

  // The entity of a page of the corpus: the article's own of that name (its topic, when it is the
  // page), else one made for it, keyed by the page's slug so that the registry and the graph merge it
  // with the entity the page's own article gives. A made one is no name the article's other rules
  // look up (ents_.byName): the gazetteer speaks only for the counts of kinds.
  int pageEntity(const Gazetteer::Entry& page) {
    if (page.slug == a_.slug && ents_.topic != kNone) return ents_.topic;
    if (const int named = ents_.find(page.title); named != kNone) return named;
    const auto [it, fresh] = pageEntities_.emplace(page.slug, static_cast<int>(ents_.entities.size()));
    if (fresh) ents_.entities.push_back({page.slug, page.title, EntityType::kOther, {}, 0, false});
    ++ents_.entities[static_cast<std::size_t>(it->second)].mentions;
    return it->second;
  }

  // Whether the words before a lead-in's counted phrase are function words only ("", "There are", "Some of
  // the"): "Automated red teaming typically employs a triad of models:" writes a subject of its own.
  // A purpose clause that opens the sentence ("To adapt a pre-trained model for a new task, several steps are
  // taken:") says what the things are for, no one who has them: the words after its comma decide.
  bool leadInSubjectless(std::string_view before) const {
    const std::size_t comma = before.rfind(", ");
    if (before.starts_with("To ") && comma != std::string_view::npos) {
      const std::vector<LetterWord> purpose = letterWords(before.substr(0, comma));
      if (purpose.size() > 1 && isVerbWord(purpose[1].lower)) before.remove_prefix(comma + 2);
    }
    const std::vector<LetterWord> words = letterWords(before);
    return std::all_of(words.begin(), words.end(), [&](const LetterWord& w) { return lex_.isFunctionWord(w.lower); });
  }

  // "Ian P. Howard argued in a 1996 article that ... He wrote a description ... 600 years before
  // Aguilonius.{{harvnb|Howard|1996}}", "In all, A. Mark Smith has accounted for 18 manuscripts
  // ...{{harvnb|Smith|2001}}": a figure whose footnote is a short citation of one author's work, in a
  // paragraph that names that author (a person, not the page's topic) before it, is that author's:
  // the page reports what the work it cites says and names who says it (Wikipedia's short citations,
  // WP:CITESHORT; a surname the citation shares with the person the paragraph names).
  std::vector<int> citedAuthorNamed(const SentenceScope& sc, const std::vector<int>& sources,
                                    std::size_t figBegin) const {
    for (int source : sources) {
      const std::string& author = sourceAuthors_[static_cast<std::size_t>(source)];
      if (author.empty() || author.find(' ') != std::string::npos) continue;  // one surname: one author
      for (const Mention* m : mentionsIn(sc.block, 0, figBegin)) {
        if (m->entity == ents_.topic || typeOf(m->entity) != EntityType::kPerson) continue;
        const std::vector<std::string> name = graph::foldTokens(nameOf(m->entity));
        if (name.size() >= 2 && name.back() == graph::foldTokens(author).back()) return {m->entity};
      }
    }
    return {};
  }

  // The change a percentage written with a sign states ("+8%" an increase, "-8.7%", "−3%" a decrease); else
  // `measure`, also where the clause names a difference before it. The sign is the figure's first character or, where
  // the figure reader left it out, the last one of `before`, the text before it, with no word character before it
  // ("(+262%", "| -8.7%", not "2-3%").
  static std::string signedChange(std::string_view before, std::string_view figure, std::string measure) {
    if (clauseNamesDifference(before)) return measure;  // "a gap of -21.3%": a difference, no change
    std::string_view sign = figure.substr(0, figure.starts_with("\u2212") ? 3 : 1);
    std::string_view rest = before;
    if (sign != "+" && sign != "-" && sign != "\u2212") {
      sign = before.ends_with("\u2212") ? before.substr(before.size() - 3)
                                        : before.substr(before.size() - std::min<std::size_t>(1, before.size()));
      rest = before.substr(0, before.size() - sign.size());
    }
    if (!rest.empty() && std::isalnum(static_cast<unsigned char>(rest.back()))) return measure;
    if (sign == "+") return "increase";
    if (sign == "-" || sign == "\u2212") return "decrease";
    return measure;
  }

  // A change whose measure names its direction is stored as its size, as "fell 5.9%" writes it: "-5.9%" in a
  // "Change" column is a decrease of 5.9 (the gold sets' convention since gold-heldout-2), "-5 to -10%" one of 5
  // to 10. Every other figure keeps the sign the figure reader read ("-21.3%" under "Gap from Human").
  void changesAsSizes() {
    for (ClaimRecord& c : claims_) {
      if (!c.quantity || !namesDirection(c.measure)) continue;
      graph::Quantity& q = *c.quantity;
      for (std::optional<double>* end : {&q.value, &q.low, &q.high})
        if (*end) **end = std::fabs(**end);
      if (q.low && q.high && *q.low > *q.high) std::swap(q.low, q.high);
    }
  }

  // Whether a column's header names a difference between two figures ("Gap from Human", "Performance Gap",
  // "Difference"; data/difference_nouns.txt): its signed percentages are differences from a reference, no
  // rise or fall of the row's quantity ("| Gemini 2.5 Pro | 62.4% | -21.3% |").
  static bool namesDifference(std::string_view header) { return anyDifferenceNoun(graph::foldTokens(header)); }

  static bool anyDifferenceNoun(const std::vector<std::string>& words) {
    for (const std::string& word : words)
      if (lexicon().differenceNouns.count(word) ||
          (endsAsPlural(word) && lexicon().differenceNouns.count(regularSingular(word))))
        return true;
    return false;
  }

  // Whether the clause before a figure names a difference a few words before it ("a gap of -21.3%", "Quill's gap
  // from humans on WARBLE is -21.3%"): its signed figure is a difference from a reference, as a gap column's is.
  static bool clauseNamesDifference(std::string_view before) {
    constexpr std::ptrdiff_t kReach = 8;  // words back: the noun, its complements, a copula
    if (const std::size_t cut = before.find_last_of(",;:(|"); cut != std::string_view::npos)
      before = before.substr(cut + 1);
    std::vector<std::string> words = graph::foldTokens(before);
    if (std::ssize(words) > kReach) words.erase(words.begin(), words.end() - kReach);
    return anyDifferenceNoun(words);
  }

  // Whether figure `k` of a sentence ends "from A to B", A the figure before it: the two levels of one change
  // ("rises from 49.7% to 50.8%").
  static bool endsFromTo(std::string_view sentence, const std::vector<Span>& spans, std::size_t k) {
    if (k == 0 || spans[k].begin < spans[k - 1].end) return false;
    if (lowerAscii(trim(sentence.substr(spans[k - 1].end, spans[k].begin - spans[k - 1].end))) != "to") return false;
    return lowerAscii(lastWord(trim(sentence.substr(0, spans[k - 1].begin)))) == "from";
  }

  // "from 74.52% to 77.50% accuracy": the level a change starts from is of the measure the sentence names for
  // its end, when the start's own words name none (its unit's catch-all) or only the change.
  static void startTakesMeasureOfEnd(ClaimRecord& start, const ClaimRecord& end) {
    if (!start.quantity || !end.quantity || start.quantity->unit != end.quantity->unit) return;
    const std::string_view catchAll = labelledUnder(end.quantity->unit);
    if (end.measure == catchAll || isChangeMeasure(end.measure)) return;
    if (start.measure != catchAll && !isChangeMeasure(start.measure)) return;
    start.measure = end.measure;
    if (start.scope.empty()) start.scope = end.scope;
  }

  // The figures of one sentence, found before any of its claims is made, and what their claims share.
  struct SentenceFigures {
    int ranked = kNone;         // a table row's model column's name (modelColumnSubject)
    int itemSubject = kNone;    // whose the row's or list item's figures are
    std::vector<int> speakers;  // the speakers of the sentence's attributions
    std::vector<Figure> figures;
    std::vector<Span> spans;                            // the figures' spans, in the sentence
    bool listCounted = false;                           // the one figure counts the list it leads in
    std::map<std::size_t, std::string> statedMeasures;  // figures whose measure the sentence states
    std::optional<std::size_t> tupleAt;                 // the figure that counts a tuple
    std::vector<std::size_t> claimOfFigure;             // the claim each figure made (npos: none yet)
  };

  // Whose a table row's or list item's figures are, and the row's model column's name.
  void rowOrItemSubjects(const SentenceScope& sc, SentenceFigures& found) {
    found.ranked = sc.row ? modelColumnSubject(sc.block) : kNone;
    found.itemSubject = sc.row ? rowSubjectOf(sc.block) : listSubjectOf(sc.block);
    // "| 1 | [Gemini](...) 2.5 Pro | Google | 13 points | $9.89 |": where the row's first name is only the
    // start of its Model cell, the whole cell names the model every figure of the row is of (its points
    // and its cost as well as its percentages).
    if (found.ranked != kNone && found.itemSubject != kNone && found.ranked != found.itemSubject &&
        startsWithName(nameOf(found.ranked), nameOf(found.itemSubject)))
      found.itemSubject = found.ranked;
  }

  // The figures the sentence writes, a table row's cells read as figures, and the ones its words imply
  // (a list's count, stated values, a tuple's count).
  void findSentenceFigures(const SentenceScope& sc, SentenceFigures& found) const {
    const Sentence& s = *sc.sentence;
    std::vector<Figure>& figures = found.figures;
    figures = findFigures(sc.sentenceText(), numberStyle_);
    if (sc.row) addBareCells(sc, figures);
    if (sc.row) countScaledCells(sc, figures);
    if (sc.row) priceCellsPerHeader(sc, figures);
    // A number in program text ("`max_tokens=4096`") is no figure of anything (ProgramText.h).
    std::erase_if(figures, [&](const Figure& f) { return sc.blk->inCode(s.begin + f.begin, s.begin + f.end); });
    found.listCounted = figures.empty() && !sc.row && addListCount(sc, figures);
    found.statedMeasures = sc.row ? std::map<std::size_t, std::string>{} : addStatedValues(sc, figures);
    found.tupleAt = sc.row ? std::nullopt : addTupleCount(sc, figures, found.statedMeasures);
  }

  void figureClaims(SentenceScope& sc) {
    if (userPrompts_) return;  // a user's request: its numbers are what it asks for, no one's figures
    const Sentence& s = *sc.sentence;
    SentenceFigures found;
    rowOrItemSubjects(sc, found);
    for (const auto& at : sc.attrs) found.speakers.insert(found.speakers.end(), at.speakers.begin(), at.speakers.end());
    findSentenceFigures(sc, found);
    figureSpans_.clear();
    for (const Figure& f : found.figures) figureSpans_.emplace_back(s.begin + f.begin, s.begin + f.end);
    for (const Figure& f : found.figures) found.spans.push_back({f.begin, f.end});
    found.claimOfFigure.assign(found.figures.size(), std::string::npos);
    for (std::size_t k = 0; k < found.figures.size(); ++k) figureClaim(sc, found, k);
  }

  // The claim of figure `k` of the sentence: who states it, whose it is, its quantity, its date and its measure.
  void figureClaim(SentenceScope& sc, SentenceFigures& found, std::size_t k) {
    const Sentence& s = *sc.sentence;
    const Figure& f = found.figures[k];
    Figure fig = f;
    fig.begin += s.begin;
    fig.end += s.begin;
    ClaimRecord c = sc.base(ClaimKind::kFigure);
    const Attribution* a = attributeFigure(sc, fig, c);
    // "a reported 60%", "an estimated $5 billion": a verb's participle after an article is an
    // adjective of the figure, no verb whose clause holds the subject.
    const bool adjective = a && afterArticle(sc.text, a->pos);
    const std::size_t verbAt = a && !a->global && a->pos < fig.begin && !adjective ? a->pos : std::string_view::npos;
    // A fraction of a results table is a score with no unit (fractionCell), on what the table scores.
    const bool fraction = sc.row && fig.quantity.unit.empty() && inFractionCell(*sc.blk, fig.begin);
    scoreScope(sc, fig, fraction, c);
    c.subject = figureSubject(sc, found, fig, c, verbAt);
    // "Task 4: ... write 2 personalized emails", "eye-catching email title, maximum 6 words": in the
    // instructions quoted on a custom GPT's or plugin's page, a count that the imperative or "you"
    // gives (directiveFigure) is of what the assistant makes, whatever label or name stands before it.
    // What the clause would give stays the subject that later sentences carry (noteClaimSubjects):
    // the instruction speaks for its own figure only.
    // A figure that names its owner right after it ("280 characters for Twitter") stays that owner's.
    if (instructions_ && ents_.topic != kNone && fig.quantity.unit == "count" && !sc.row &&
        directiveFigure(sc.sentenceText(), f.begin) && !ownerNamedAfter(sc, fig.end)) {
      directed_.emplace(claims_.size(), c.subject);
      c.subject = ents_.topic;
    }
    quantityAndDate(sc, found, k, fig, fraction, c);
    const MeasureContext context = figureMeasure(sc, fig, c);
    measureByForm(sc, fig, fraction, context, c);
    if (sc.row && fig.noun.empty() && c.measure.starts_with("number of "))
      placeCountRow(*sc.blk, fig.begin, found.itemSubject, c);
    if (sc.row) c.object = boxScoreHolder(sc.block, found.figures.size());
    impliedFigureOwner(sc, found, k, fig, c);
    if (context.level && k > 0 && found.claimOfFigure[k - 1] != std::string::npos &&
        endsFromTo(sc.sentenceText(), found.spans, k))
      startTakesMeasureOfEnd(claims_[found.claimOfFigure[k - 1]], c);
    found.claimOfFigure[k] = claims_.size();
    claims_.push_back(std::move(c));
  }

  // Who states the figure `fig` (block offsets) and on what: the attribution it stands in (marked used) or
  // the speakers a list item's lead-in, a quotation or a cited author give; the references its clause cites.
  const Attribution* attributeFigure(SentenceScope& sc, const Figure& fig, ClaimRecord& c) {
    const Attribution* a = attributionFor(sc.attrs, sc.text, sc.sentence->begin, fig.begin);
    if (!a || a->global)
      if (const Attribution* quoted = quotationAttribution(sc, fig.begin)) a = quoted;
    sc.markUsed(a);
    c.sources = clauseSources(sc, fig.begin, fig.end);
    if (a) c.claimants = a->speakers, c.verb = a->verb;
    // "NVIDIA stated that Blackwell delivers:" then "- Up to 2.5x the FP8 throughput": an item
    // that names no speaker gives its lead-in's figures to whoever speaks there.
    if (!a && sc.blk->kind == BlockKind::kListItem) c.claimants = leadInAgents(sc.block);
    if (!a && c.claimants.empty()) c.claimants = quotedSpeakersAt(sc.block, fig.begin);
    if (!a && c.claimants.empty()) c.claimants = unattributedQuoteSpeakers(sc, fig.begin);
    if (c.claimants.empty()) c.claimants = citedAuthorNamed(sc, c.sources, fig.begin);
    return a;
  }

  // A percentage measured on a benchmark is a score on it, whatever its clause calls it; a
  // table's Model column names whose score it is (not whose cost or time). So is a `fraction`.
  void scoreScope(const SentenceScope& sc, const Figure& fig, bool fraction, ClaimRecord& c) const {
    if (fig.quantity.unit == "percent"sv || fraction)
      c.scope = sc.row ? tableScope(*sc.blk, fig.begin) : scoreScopeAfter(sc.text, fig.end);
    else if (sc.row && fig.quantity.unit == "points")
      // A rating ("Elo"), else points under a header that says only "score" ("| Score |" of a
      // leaderboard: "13 points"), one family with percentages scored (MeasureNames.h).
      if (c.scope = ratingScope(*sc.blk, fig.begin);
          c.scope.empty() && (pointsScoreCell(*sc.blk, fig.begin) || scoreDifferenceCell(*sc.blk, fig.begin)))
        c.scope = tableScope(*sc.blk, fig.begin);
  }

  // Whose the figure is: the name it is apposed to, its table column's or row's, its list item's, else the
  // subject of its clause (subjectFor; `verbAt` the verb of its attribution).
  int figureSubject(const SentenceScope& sc, const SentenceFigures& found, const Figure& fig, const ClaimRecord& c,
                    std::size_t verbAt) {
    const int ranked = found.ranked, itemSubject = found.itemSubject;
    int benchmarkColumn = sc.row ? benchmarkColumnSubject(*sc.blk, fig.begin) : kNone;
    if (sc.row && benchmarkColumn == kNone) benchmarkColumn = comparedColumnSubject(*sc.blk, fig.begin);
    const int column = benchmarkColumn != kNone                 ? benchmarkColumn
                       : ranked != kNone && isScoreLike(c, fig) ? ranked
                       : sc.row                                 ? columnSubjectOf(*sc.blk, fig.begin, itemSubject)
                                                                : kNone;
    const int apposed = apposedOwner(sc, fig);
    return apposed != kNone       ? apposed
           : column != kNone      ? column
           : sc.row               ? rowOwner(itemSubject, ranked)
           : itemSubject != kNone ? itemSubject
                                  : subjectFor(sc.block, sc.sentence->begin, fig.begin, ownerMentions(sc.mentions),
                                               found.speakers, verbAt, fig.quantity.unit);
  }

  // The name a figure stands in apposition to, whatever the row's, the column's or the clause's subject; kNone.
  int apposedOwner(const SentenceScope& sc, const Figure& fig) const {
    // "| NVIDIA (~$250 million), Lightspeed |", "the minimum GPU is an NVIDIA A6000 (48 GB)": a figure
    // in brackets right after a name is that name's (an apposition), whatever the row's, the
    // column's or the clause's subject. In prose not after a preposition's object ("over NVLink-C2C
    // (900 GB/s)": the clause's subject's link), a counted noun ("36 Superchips (72 GPUs)"), a label
    // of common words, nor for a percentage ("benchmarks like MATH (50.6%)": a score on it).
    int apposed = kNone;
    for (const Mention* m : sc.mentions)
      if (opensAsideAfter(sc.text, m->end, fig.begin) && !glossAfterSlash(sc.text, m->begin) &&
          (sc.row || (!m->prepositional && fig.quantity.unit != "percent" && !commonWordsLabel(m->entity) &&
                      !inFigureSpan(m->begin))))
        apposed = m->entity;
    // "The DeepSeek-V2 MoE model (236B parameters)": the aside after a noun phrase of names and a
    // thing noun is about the phrase's first name (under the same conditions, in prose).
    if (apposed == kNone && !sc.row)
      for (const Mention* m : sc.mentions)
        if (opensAsideAfterPhrase(sc.text, m->end, fig.begin) && !m->prepositional && !m->possessor &&
            fig.quantity.unit != "percent" && !commonWordsLabel(m->entity) && !inFigureSpan(m->begin) &&
            !afterIndefiniteArticle(sc.text, m->begin)) {
          apposed = m->entity;
          break;
        }
    // "the $14 billion NFT marketplace OpenSea": the name the figure's noun phrase stands on.
    if (apposed == kNone && !sc.row)
      if (const std::size_t nameAt = apposedNameAfter(sc.text, fig.begin, fig.end); nameAt != std::string_view::npos)
        for (const Mention* m : sc.mentions)
          if (m->begin == nameAt && !m->possessor && !commonWordsLabel(m->entity)) apposed = m->entity;
    if (sc.row && apposed == kNone) apposed = cellLabelSubject(sc, fig.begin);
    return apposed;
  }

  // The figure's quantity, and the date it holds at where the sentence gives more than one.
  static void quantityAndDate(const SentenceScope& sc, const SentenceFigures& found, std::size_t k, const Figure& fig,
                              bool fraction, ClaimRecord& c) {
    c.quantity = fig.quantity;
    // "| Qubit counters |" over "| 2 million |": a bare number in a table cell counts what its
    // column holds, a count as a counted noun's is (prose keeps the bare number a statement reads).
    if (sc.row && c.quantity->unit.empty() && (c.quantity->value || c.quantity->low) && !fraction)
      c.quantity->unit = "count";
    if (sc.dates.size() > 1 || (!sc.dates.empty() && found.figures.size() > 1)) dateByOwnWords(c, sc, found.spans, k);
    // "was lowered from 21 to 18 in the 1970s": the old value until then, the new one from then.
    if (c.asOfFrom == graph::AsOfFrom::kText && c.asOf.find('/') == std::string::npos)
      c.asOf = boundedDate(c.asOf, changeBound(sc.sentenceText(), found.spans, k));
  }

  // The figure's measure as its words, its table and its section name it (measureFor), a change carried from
  // the figures before it, or its label; the context it was read in.
  MeasureContext figureMeasure(const SentenceScope& sc, const Figure& fig, ClaimRecord& c) {
    const Sentence& s = *sc.sentence;
    MeasureContext context = measureContextOf(*sc.blk, sc.row ? header_ : nullptr, fig.begin);
    context.level =
        levelOfChange(sc.text.substr(s.begin, fig.begin - s.begin), sc.text.substr(fig.end, s.end - fig.end), fig);
    c.measure = measureFor(sc.text, s.begin, s.end, fig, context);
    // A change is stated by a word of change: it is carried to no figure whose own words state none (a level
    // it moved to, "rose to 45%", or any other percentage of the section after it).
    if (std::string carried = carriedMeasure(fig.quantity.unit, c.measure);
        !isChangeMeasure(carried) || isChangeMeasure(c.measure))
      c.measure = std::move(carried);
    discourse_.lastMeasure[fig.quantity.unit] = c.measure;
    // "| Model | Accuracy |", "85% accuracy", "a success rate of 34%": a figure left at its unit's
    // catch-all measure takes the one its own label names (LabelledMeasures.h). Not carried on to
    // later figures: a label speaks for its own figure only.
    if (c.measure == labelledUnder(fig.quantity.unit))
      if (std::string label = labelOf(sc, s, fig, context); !label.empty()) c.measure = std::move(label);
    return context;
  }

  // The measure the figure's form settles, over what its words name: a signed percentage's change, a score,
  // a fraction's score, the average a table column holds.
  void measureByForm(const SentenceScope& sc, const Figure& fig, bool fraction, const MeasureContext& context,
                     ClaimRecord& c) const {
    const Sentence& s = *sc.sentence;
    // "+262% year-over-year": a signed percentage is a change, its sign the direction.
    // The sign outweighs a bare change named elsewhere, by a clause or a heading ("5,503 (−91.5%)" under
    // "Efficiency Gains").
    // A column of differences from a reference keeps the measure an unsigned cell of it gets ("Gap to Random").
    if ((c.measure == labelledUnder(fig.quantity.unit) || c.measure == "increase"sv || c.measure == "decrease"sv) &&
        fig.quantity.unit == "percent" && !namesDifference(context.column))
      c.measure = signedChange(sc.text.substr(s.begin, fig.begin - s.begin), fig.quantity.text, c.measure);
    if (!c.scope.empty())
      c.measure = fig.quantity.unit == "points" && namesDifference(context.column) ? kScoreDifference : kScoreMeasure;
    // A fraction is a score whatever its header's words ("Overall (English)", "Book"): on the benchmark
    // the table names, where it names one.
    if (fraction) c.measure = c.scope.empty() ? "score" : kScoreMeasure;
    // "| Nougat | 2352 |" under "Tokens (avg.)": the average number of what the column counts.
    if (sc.row && isCountUnit(fig.quantity.unit))
      if (const std::string noun = averagedColumnNoun(*sc.blk, fig.begin); !noun.empty())
        c.measure = "average " + countMeasure(noun);
  }

  // The measure and owner of a figure the sentence's words imply rather than write: a list's count, a
  // stated value, a tuple's count; and the owner of a figure no subject was found for (kindsOwner).
  void impliedFigureOwner(const SentenceScope& sc, const SentenceFigures& found, std::size_t k, const Figure& fig,
                          ClaimRecord& c) {
    const Figure& f = found.figures[k];
    // What the list counts is the noun its lead-in names, whatever cue the clause holds ("Manus
    // employs a structured agent loop that follows these general steps:" counts no employees).
    // The count is the lead-in's, not a figure the sentence writes: it moves no discourse, so the
    // items and the text after them keep the subject they had ("Meta has outlined several areas:"
    // over Meta AI's plans).
    if (found.listCounted) {
      c.subject = listCountSubject(sc, c.subject, f.begin, f.end), c.measure = countedMeasure(f.noun);
      directed_.emplace(claims_.size(), kNone);
      listCounts_.push_back(claims_.size());
    }
    if (const auto stated = found.statedMeasures.find(k); stated != found.statedMeasures.end()) {
      c.measure = stated->second.empty() ? countedMeasure(f.noun) : stated->second;
      c.subject = statedValueSubject(c.measure, c.subject);
      if (c.subject == kNone && topicOpensClause(sc.sentenceText(), f.begin)) c.subject = ents_.topic;
    }
    if (found.tupleAt == k) c.subject = tupleOwner(sc, fig.begin);
    if (c.subject == kNone && !sc.row) c.subject = kindsOwner(sc, fig, c.measure);
    if (c.subject == kNone && !sc.row && isCountUnit(fig.quantity.unit) &&
        (topicOpensSentence(sc.sentenceText(), f.begin) ||
         (c.measure.starts_with("number of ") && topicIsVerbSubject(sc.sentenceText(), f.begin))))
      c.subject = ents_.topic;
  }

  // "Pat Mills was born in 1949", "The index was introduced by Raymond Pearl in 1933", an infobox's
  // row "Born | 1949": the year of an event that a verb of data/event_years.tsv names is a figure in
  // unit "year", of the measure the table gives, about the thing the event happened to: the
  // grammatical subject of a passive or intransitive verb ("was introduced", "born", "died", ",
  // founded in"), the first name after an active one ("Larry Page founded Acme in 1998"). "The drink
  // has been the official beverage since 1978": a state a perfect says holds since a year starts
  // then ("start year", of the clause's subject). The event's date is the figure, so the claim
  // speaks for no period (no as_of).
  void eventYearClaims(SentenceScope& sc) {
    if (sc.row) labelledYearClaims(sc);
    if (sc.eventDates.empty()) return;
    const Sentence& s = *sc.sentence;
    const std::string_view text = sc.sentenceText();
    const std::vector<LetterWord> words = letterWords(text);
    std::set<std::size_t> usedVerbs;
    for (const DateMatch& d : sc.eventDates) {
      const bool since = d.iso.ends_with("/..");
      if (d.iso.starts_with("..") || (d.iso.find('/') != std::string::npos && !since)) continue;
      const std::optional<graph::Quantity> year = yearFigure(d);
      if (!year) continue;
      if (insideFigure(s.begin + d.begin)) continue;
      const EventVerb verb = eventVerbOf(text, words, d, usedVerbs);
      const std::size_t best = verb.word;
      const std::string& measure = verb.measure;
      if (measure.empty()) continue;
      const int subject = eventYearSubject(sc, words, verb, d);
      if (subject == kNone) continue;
      // A verb gives one date's year, the first that makes a claim ("trademarked in 2016, years
      // before xAI launched Grok in November 2023": "launched" is November 2023's, not 2016's).
      if (best < words.size()) usedVerbs.insert(best);
      ClaimRecord c = sc.base(ClaimKind::kFigure);
      c.quantity = *year;
      c.measure = measure;
      c.subject = subject;
      c.asOf.clear();
      c.asOfFrom = graph::AsOfFrom::kNone;
      eventYears_.push_back(std::move(c));
    }
  }

  // The subject of an event's year (eventYearClaims) that `verb` names in the sentence: the infobox row's
  // item, the name before a passive verb, a fronted participle's main clause, the complement a "by"
  // phrase modifies, or the object between verb and date; kNone when the year is no one's.
  int eventYearSubject(SentenceScope& sc, const std::vector<LetterWord>& words, const EventVerb& verb,
                       const DateMatch& d) {
    const Sentence& s = *sc.sentence;
    const std::string_view text = sc.sentenceText();
    const std::size_t best = verb.word, verbAt = verb.verbAt;
    const bool passive = verb.passive;
    // A definite description with no name ("this notation", "the drink") is the section's own thing.
    auto described = [&](std::size_t from, std::size_t to) {
      const std::vector<std::string> phrase = graph::foldTokens(text.substr(from, to - from));
      return !phrase.empty() && (phrase.front() == "the" || phrase.front() == "this") ? sectionSubject_ : kNone;
    };
    int subject = kNone;
    if (verb.adjacent) {
      if (sc.row) return kNone;
      subject = adjacentEventSubject(sc, words, verb, d);
    } else if (sc.row) {
      // An infobox's row "Pat Mills | Born | 1949": the word is a cell of its own, the date in the next.
      const auto& cells = sc.blk->cells;
      auto labelCell = std::find_if(cells.begin(), cells.end(), [&](const std::string& cell) {
        return best < words.size() && lowerAscii(trim(cell)) == words[best].lower;
      });
      if (labelCell == cells.end() || labelCell + 1 == cells.end() || findDate(*(labelCell + 1)).iso.empty())
        return kNone;
      const int itemSubject = rowSubjectOf(sc.block);
      subject = itemSubject != kNone ? itemSubject : sectionSubject_;
    } else if (passive) {  // the name before the verb in its clause ("by Leo Breiman" is the agent;
                           // a start year's perfect too), else what "the drink" or "it" is
      for (const Mention* m : sc.mentions)
        if (m->end <= s.begin + verbAt && m->begin >= s.begin) subject = m->entity;
      if (subject == kNone) subject = described(0, verbAt);
      // "It was introduced", "It was first introduced", "It then came out": the "it" before the verb group.
      if (subject == kNone && verb.beWord >= 1 && verb.beWord < words.size() && words[verb.beWord - 1].lower == "it")
        subject = pronounSubject(sc, words[verb.beWord - 1]);
      if (subject == kNone && verb.groupWord >= 2 && words[verb.groupWord - 2].lower == "it")
        subject = pronounSubject(sc, words[verb.groupWord - 2]);
    } else if (const std::size_t main = frontedParticipleEnd(text, words, verb, d); main != std::string_view::npos) {
      // "Originally proposed in 1991 by Jacobs, Jordan, Nowlan, and Hinton, the MoE paradigm ...": a
      // participle that opens the sentence is about the main clause's subject, the name right after
      // its comma ("the" perhaps before it), not a person.
      subject = openingNameAt(sc, main);
    } else if (verb.lastWord + 1 < words.size() && words[verb.lastWord + 1].lower == "by") {
      // "Published by Tim Dettmers ... in May 2023, QLoRA": a participle's agent is no object. One
      // that modifies the complement of the sentence's subject ("GANs are a class of models
      // introduced by Ian Goodfellow in 2014", "MCP, an open standard introduced by Anthropic in
      // 2024") gives the year of that subject.
      subject = complementSubject(sc, verbAt);
    } else if (d.begin > words[verb.lastWord].end) {  // the object, between the verb and the date
      for (const Mention* m : sc.mentions)
        // A name right before the year is an edition's ("published at KDD 2006"), not the object.
        if (m->begin >= s.begin + words[verb.lastWord].end && m->end <= s.begin + d.begin &&
            !trim(text.substr(m->end - s.begin, d.begin - (m->end - s.begin))).empty()) {
          subject = m->entity;
          break;
        }
      if (subject == kNone) subject = described(words[verb.lastWord].end, d.begin);
    }
    return subject;
  }

  // The name that stands at `at` of the sentence's text, past blanks and "the", whole (no capitalised
  // word nor "'s" right after it: "Duolingo Max", "OpenAI's model"), not a person nor common words;
  // kNone when none does.
  int openingNameAt(const SentenceScope& sc, std::size_t at) const {
    const std::string_view text = sc.sentenceText();
    while (at < text.size() && text[at] == ' ') ++at;
    if (lowerAscii(text.substr(at, 4)) == "the ") at += 4;
    for (const Mention* m : sc.mentions) {
      if (m->begin != sc.sentence->begin + at || commonWordsLabel(m->entity) ||
          typeOf(m->entity) == EntityType::kPerson)
        continue;
      const std::string_view after =
          sc.text.substr(std::min(m->end, sc.sentence->end), sc.sentence->end - std::min(m->end, sc.sentence->end));
      const std::string_view next = trim(after);
      const bool cut = after.starts_with("'s") || after.starts_with("\u2019s") ||
                       (after.starts_with(" ") && !next.empty() && std::isupper(static_cast<unsigned char>(next[0])));
      return cut ? kNone : m->entity;
    }
    return kNone;
  }

  // The name that opens the sentence (after "The"), when the words between it and `verbAt` are its
  // complement after "is"/"are" or its appositive after a comma, opening with "a"/"an", with no
  // other name among them; kNone otherwise.
  int complementSubject(const SentenceScope& sc, std::size_t verbAt) const {
    const std::string_view text = sc.sentenceText();
    std::size_t opens = 0;
    while (opens < text.size() && text[opens] == ' ') ++opens;
    if (text.substr(opens, 4) == "The ") opens += 4;
    const Mention* subject = nullptr;
    for (const Mention* m : sc.mentions)
      if (m->begin == sc.sentence->begin + opens) subject = m;
    if (!subject || commonWordsLabel(subject->entity) || typeOf(subject->entity) == EntityType::kPerson) return kNone;
    const std::size_t after = afterAside(sc.text, subject->end) - sc.sentence->begin;
    for (const Mention* m : sc.mentions)  // another name before the participle (an aside's aside)
      if (m->begin >= sc.sentence->begin + after && m->end <= sc.sentence->begin + verbAt) return kNone;
    const std::vector<std::string> between = graph::foldTokens(text.substr(after, verbAt - after));
    const bool copula =
        between.size() > 2 && (between[0] == "is" || between[0] == "are") && (between[1] == "a" || between[1] == "an");
    const bool appositive =
        text.substr(after, 2) == ", " && between.size() > 1 && (between[0] == "a" || between[0] == "an");
    return copula || appositive ? subject->entity : kNone;
  }

  // The thing an "it" that opens its sentence, the subject of an event's passive ("Dropout is a
  // method. It was introduced by Geoffrey Hinton in 2012"), refers to: the subject of the previous
  // sentence of its paragraph, a name that opens it (after "The" perhaps) and that its verb follows
  // (centering's preferred antecedent; a name later in it, "an API designed to", is none). kNone
  // for an "it" inside the sentence ("... as it was released in 2015") or a paragraph's first sentence.
  int pronounSubject(const SentenceScope& sc, const LetterWord& it) const {
    if (!trim(sc.sentenceText().substr(0, it.begin)).empty()) return kNone;
    const Block& block = *sc.blk;
    const Sentence* previous = nullptr;
    for (const Sentence& s : block.sentences)
      if (s.end <= sc.sentence->begin) previous = &s;
    if (!previous) return kNone;
    const std::string_view text = block.text;
    std::size_t opens = previous->begin;
    while (opens < previous->end && text[opens] == ' ') ++opens;
    if (text.substr(opens, 4) == "The ") opens += 4;
    for (const Mention& m : ents_.mentions[sc.block])
      if (m.begin == opens && !m.possessor && verbFollows(text, afterAside(text, m.end)) &&
          !commonWordsLabel(m.entity) && typeOf(m.entity) != EntityType::kPerson)
        return m.entity;
    return kNone;
  }

  // A page box's row "Release Date | June 4, 2023" (a label of data/event_years.tsv, flag "label",
  // the next cell a date, not one to come: "2026 (planned)"): the year is the measure's figure about the row's thing,
  // else the section's (the page's subject for its box), as an event year is (no as_of).
  void labelledYearClaims(SentenceScope& sc) {
    static const std::set<std::string_view> kNotYet = {"planned",   "expected",  "theoretical", "projected",
                                                       "scheduled", "tentative", "upcoming",    "tba"};
    const std::vector<std::string>& cells = sc.blk->cells;
    // A label and its value: a row of more cells compares several things ("Release date | May 2024 |
    // Feb 2025"), each its column's.
    if (cells.size() != 2) return;
    for (std::size_t k = 0; k + 1 < cells.size(); ++k) {
      const auto label = lex_.eventYearLabels.find(lowerAscii(trim(cells[k])));
      if (label == lex_.eventYearLabels.end()) continue;
      const std::optional<graph::Quantity> year = yearFigure(findDate(cells[k + 1]));
      if (!year) continue;
      // "2026 (planned)": a date to come is no release.
      const std::vector<LetterWord> valueWords = letterWords(cells[k + 1]);
      if (std::any_of(valueWords.begin(), valueWords.end(), [](const LetterWord& w) { return kNotYet.count(w.lower); }))
        continue;
      // A bare "Date" is the day an event took place, and dates nothing else; an event owns no
      // figure by default (defaultSubject), but its page's box is its own.
      const bool datesEvent = lex_.eventDateLabels.count(label->first) != 0;
      const int itemSubject = rowSubjectOf(sc.block);
      const int subject = itemSubject != kNone ? itemSubject : datesEvent ? ents_.topic : sectionSubject_;
      if (subject == kNone || (datesEvent ? typeOf(subject) != EntityType::kEvent : !namedThing(subject))) continue;
      ClaimRecord c = sc.base(ClaimKind::kFigure);
      c.quantity = *year;
      c.measure = label->second;
      c.subject = subject;
      c.asOf.clear();
      c.asOfFrom = graph::AsOfFrom::kNone;
      eventYears_.push_back(std::move(c));
    }
  }

  // Whether an entity is a named thing whose year of release can be a fact: not a person or a place
  // ("released from prison"; a name opening with a given name is a person's), an event or a concept, nor a name of
  // common words ("Process Node").
  bool namedThing(int e) const {
    const EntityType t = typeOf(e);
    // A name that opens with a given name (data/given_names.txt) is a person's, whatever its type.
    const std::vector<std::string> words = graph::foldTokens(nameOf(e));
    if (words.size() > 1 && lex_.givenNames.count(words.front())) return false;
    return t != EntityType::kPerson && t != EntityType::kPlace && t != EntityType::kEvent &&
           t != EntityType::kConcept && !commonWordsLabel(e);
  }

  // The thing a verb of data/event_years.tsv flagged "adjacent" ("released", "launched") gives the
  // year of, in the verb's plainest forms only: the name right before "was" of a passive ("X was
  // released in 2023", "X was first released"), right before the verb of an intransitive ("X came
  // out in 2023"), right before the comma of a participle ("X, launched in March 2024,"), and not
  // after a preposition ("the plugin for ChatGPT was released"), right after an active verb ("Meta released X in
  // 2023"); only a time preposition between the verb or the name and the date ("in", "on", "in late"), so that a venue
  // ("on GitHub"), an object ("a report"), an edition ("in the 2023 edition of") give none. The name must be written as
  // the graph names it ("Llama 4" is not "Llama") and be a named thing (namedThing). kNone otherwise.
  int adjacentEventSubject(const SentenceScope& sc, const std::vector<LetterWord>& words, const EventVerb& verb,
                           const DateMatch& d) const {
    const std::size_t at = sc.sentence->begin;
    const std::string_view text = sc.sentenceText();
    const Mention* thing = nullptr;
    if (verb.passive) {
      const std::optional<PassiveLead> lead = passiveLead(text, words, verb, d);
      if (!lead) return kNone;
      thing = mentionEndingAt(sc, lead->nameEnd);
      // "It was released in 2015": the pronoun's referent (itReferent), a name as the graph writes it.
      const std::size_t before = lead->before;
      if (!thing && before > 1 && lead->nameEnd == words[before - 1].begin && words[before - 2].lower == "it" &&
          words[before - 2].end + 1 == words[before - 1].begin) {
        const int referent = pronounSubject(sc, words[before - 2]);
        return referent != kNone && namedThing(referent) ? referent : kNone;
      }
    } else {
      thing = mentionRightAfter(sc, words[verb.word].end);
      if (thing && !onlyTimeWords(text, thing->end - at, d.begin)) return kNone;
    }
    // "The plugin for ChatGPT was released": a name after a preposition is no clause's subject, but for
    // the thing whose first edition the sentence opens with (firstEditionOf).
    if (!thing || thing->possessor ||
        (verb.passive && thing->prepositional && !firstEditionOf(text, thing->begin - at)) ||
        !namedThing(thing->entity))
      return kNone;
    if (verb.passive && lastOfNamesJoined(text, thing->begin - at)) return kNone;
    return writtenAsNamed(sc, *thing) ? thing->entity : kNone;
  }

  // The steps of adjacentEventSubject.

  // Whether text[from, to) (of a sentence) holds only time words ("in", "on", "in late") and no clause mark.
  static bool onlyTimeWords(std::string_view text, std::size_t from, std::size_t to) {
    static const std::set<std::string_view> kTimeWords = {"in", "on", "during", "early", "late", "mid"};
    if (from > to) return false;
    for (const LetterWord& w : letterWords(text.substr(from, to - from)))
      if (!kTimeWords.count(w.lower)) return false;
    return trim(text.substr(from, to - from)).find_first_of(",;:()") == std::string_view::npos;
  }

  // Where the name before a passive's verb group must end, in its sentence: before "was" ("X was (first)
  // released in 2023"), at the comma of a participle ("X, launched in March 2024,"), or right before the
  // verb of an intransitive ("X came out in 2023"); `before` is the verb group's first word, past an adverb.
  struct PassiveLead {
    std::size_t before = 0, nameEnd = 0;
  };
  std::optional<PassiveLead> passiveLead(std::string_view text, const std::vector<LetterWord>& words,
                                         const EventVerb& verb, const DateMatch& d) const {
    static const std::set<std::string_view> kAdverbs = {"first", "initially", "originally", "officially", "publicly"};
    if (!onlyTimeWords(text, words[verb.lastWord].end, d.begin)) return std::nullopt;
    std::size_t before = verb.groupWord;  // the first word of the verb group: "was (first) released"
    if (before > 0 && kAdverbs.count(words[before - 1].lower)) --before;
    std::size_t nameEnd = words[before].begin;
    const std::string_view lead = text.substr(0, nameEnd);
    const bool intransitive =
        lex_.intransitiveEventVerbs.count(words[verb.word].lower + " " + words[verb.lastWord].lower);
    if (!intransitive && before > 0 && isFiniteBe(words[before - 1].lower))
      nameEnd = words[before - 1].begin;
    else if (const std::size_t last = lead.find_last_not_of(" \t");
             !intransitive && last != std::string_view::npos && lead[last] == ',')
      nameEnd = last;
    else if (!intransitive)
      return std::nullopt;
    return PassiveLead{before, nameEnd};
  }

  // The last mention of the sentence that ends at `nameEnd` (from the sentence's start), with only blanks between.
  static const Mention* mentionEndingAt(const SentenceScope& sc, std::size_t nameEnd) {
    const std::size_t at = sc.sentence->begin;
    const std::string_view text = sc.sentenceText();
    const Mention* found = nullptr;
    for (const Mention* m : sc.mentions)
      if (m->begin >= at && m->end <= at + nameEnd && trim(text.substr(m->end - at, nameEnd - (m->end - at))).empty())
        found = m;
    return found;
  }

  // The last mention of the sentence that starts right after `wordEnd` (from the sentence's start), only blanks
  // between: an active verb's object ("Meta released X").
  static const Mention* mentionRightAfter(const SentenceScope& sc, std::size_t wordEnd) {
    const std::size_t at = sc.sentence->begin;
    const std::string_view text = sc.sentenceText();
    const Mention* found = nullptr;
    for (const Mention* m : sc.mentions)
      if (m->begin >= at + wordEnd && trim(text.substr(wordEnd, m->begin - at - wordEnd)).empty()) found = m;
    return found;
  }

  // "between Earth and Venus, launched March 11, 1960", "o3 and o3-mini were released": whether the name at
  // `nameAt` is the last of two joined by "and" or "or", which may not be the thing, or not the only one.
  static bool lastOfNamesJoined(std::string_view text, std::size_t nameAt) {
    const std::vector<LetterWord> lead = letterWords(text.substr(0, nameAt));
    return !lead.empty() && (lead.back().lower == "and" || lead.back().lower == "or") &&
           trim(text.substr(lead.back().end, nameAt - lead.back().end)).empty();
  }

  // Whether a mention is written as the graph names its entity (its name or an alias: "Llama 4" is not
  // "Llama"), with a capital or a digit ("AI chatbot, launched in" names no thing).
  bool writtenAsNamed(const SentenceScope& sc, const Mention& thing) const {
    const graph::EntityRecord& e = ents_.entities[static_cast<std::size_t>(thing.entity)];
    const std::string_view writtenText = sc.text.substr(thing.begin, thing.end - thing.begin);
    if (std::none_of(writtenText.begin(), writtenText.end(), [](char c) {
          return std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c));
        }))
      return false;
    const std::vector<std::string> written = graph::foldTokens(writtenText);
    bool asNamed = written == graph::foldTokens(e.name);
    for (const std::string& alias : e.aliases) asNamed = asNamed || written == graph::foldTokens(alias);
    return asNamed;
  }

  // Whether the sentence opens with "The first <edition noun> of" (data/edition_nouns.txt) right up to
  // `nameAt`: "The first generation of TPUs, released in 2015,": the release of a thing's first edition
  // is the thing's own introduction, so the year is the thing's.
  bool firstEditionOf(std::string_view text, std::size_t nameAt) const {
    const std::vector<LetterWord> lead = letterWords(text.substr(0, nameAt));
    return lead.size() == 4 && lead[0].lower == "the" && lead[1].lower == "first" &&
           lex_.editionNouns.count(lead[2].lower) && lead[3].lower == "of" &&
           trim(text.substr(lead[3].end, nameAt - lead[3].end)).empty();
  }

  // A table column whose header says it gives the year each row's thing first appeared
  // (data/table_headers.tsv, role "introduced": "DQN | Value, Off-policy | 2013" under "Algorithm |
  // Type | Year", "2024 | Direct Preference Optimization | ..." under "Year | Innovation | Impact"),
  // or when each row happened (role "dated": "Date"): a cell of only a year there is the year
  // introduced of the thing the row names (yearRowThing), as an event year is (no as_of).
  // Not in a table of results (a score column: "Model | Accuracy | Year" dates a result), nor in a
  // row with a cell of only a figure or a percentage (the year is then that figure's date).
  void yearColumnClaims(SentenceScope& sc) {
    if (!sc.row || !header_) return;
    const Block& row = *sc.blk;
    const std::vector<std::string>& cells = row.cells;
    if (header_->cells.size() != cells.size() || row.cellBegins.size() != cells.size()) return;
    std::optional<std::size_t> yearColumn;
    bool dated = false;  // a "Date" column: when the row happened, a work's year only
    for (std::size_t k = 0; k < cells.size(); ++k) {
      const std::string head = lowerAscii(trim(header_->cells[k]));
      if (lex_.isHeader(HeaderRole::kScore, head)) return;
      if (lex_.isHeader(HeaderRole::kIntroduced, head)) yearColumn = k, dated = false;
      if (!yearColumn && lex_.isHeader(HeaderRole::kDated, head)) yearColumn = k, dated = true;
    }
    if (!yearColumn) return;
    const Sentence& s = *sc.sentence;
    const std::size_t yearAt = row.cellBegins[*yearColumn];
    if (yearAt < s.begin || yearAt >= s.end) return;  // a long row's other piece
    const std::string_view yearCell = trim(cells[*yearColumn]);
    if (!writtenAsYear(yearCell) || yearCell < "1000" || yearCell > "2099") return;
    const int thing = yearRowThing(sc, *yearColumn, dated);
    if (thing == kNone) return;
    ClaimRecord c = sc.base(ClaimKind::kFigure);
    const std::string year(yearCell);
    c.quantity =
        graph::Quantity{std::stod(year), std::nullopt, std::nullopt, "year", false, graph::Bound::kExact, year};
    c.measure = "year introduced";
    c.subject = thing;
    c.asOf.clear();
    c.asOfFrom = graph::AsOfFrom::kNone;
    eventYears_.push_back(std::move(c));
  }

  // The thing a row of a year column names: the first other cell a name leads. A row led by who (a
  // person, a place, a name under a header of a company noun or a role: data/company_nouns.txt,
  // data/roles.txt) records what they did that year, which is a thing of its own only where the next
  // cell's header names a work (data/work_nouns.txt: "Creator | Date | Video Name", "Author | Year |
  // Title") and a name fills it: the work they made that year. Under a "Date" column (`dated`) only
  // such a work, after a lead that is no work itself (who made it: "OpenAI | 2019 | Deep Double Descent").
  // kNone when the row has a cell of only a figure or a percentage.
  int yearRowThing(const SentenceScope& sc, std::size_t yearColumn, bool dated) const {
    const Block& row = *sc.blk;
    const std::vector<std::string>& cells = row.cells;
    std::vector<std::size_t> filled;  // the row's cells with words, but the year's
    for (std::size_t k = 0; k < cells.size(); ++k) {
      if (k == yearColumn) continue;
      if (cellNumber(cells[k]) || isPercentCell(cells[k])) return kNone;
      if (!trim(cells[k]).empty()) filled.push_back(k);
    }
    if (filled.empty()) return kNone;
    const std::size_t lead = filled.front(), begin = row.cellBegins[lead], end = begin + cells[lead].size();
    int leader = kNone;
    for (const Mention* m : sc.mentions)
      if (leadsCell(row.text, begin, end, *m)) {
        leader = m->entity;
        break;
      }
    if (leader == kNone) return kNone;
    // Under a "Date" column a lead that is no work is who made the one after it.
    const bool who = namesWho(leader, header_->cells[lead]) || (dated && !headerNamesWork(header_->cells[lead]));
    if (!dated && !who) return leader;
    if (!who) return kNone;
    if (filled.size() < 2 || !headerNamesWork(header_->cells[filled[1]])) return kNone;
    const std::size_t workBegin = row.cellBegins[filled[1]];
    const int work = cellFilledByName(sc, workBegin, workBegin + cells[filled[1]].size());
    return work != kNone && !namesWho(work, header_->cells[filled[1]]) ? work : kNone;
  }

  // Whether entity `e`, under a column headed `header`, is who did something: a person or a place,
  // or any name under a header of a company noun or a role ("Company/Institution", "Developer").
  bool namesWho(int e, std::string_view header) const {
    const EntityType type = typeOf(e);
    if (type == EntityType::kPerson || type == EntityType::kPlace) return true;
    for (const std::string& w : graph::foldTokens(header))
      if (lex_.companyNouns.count(w) || lex_.isRole(w)) return true;
    return false;
  }

  // Whether a header names a work by one of its words ("Video Name", "Title", "Paper").
  bool headerNamesWork(std::string_view header) const {
    for (const std::string& w : graph::foldTokens(header))
      if (isWorkNoun(w)) return true;
    return false;
  }

  // The entity of a mention that fills the cell [begin, end) whole, but for its link's markup: a
  // title ("[Broken Neural Scaling Laws](...)"). kNone when none does.
  int cellFilledByName(const SentenceScope& sc, std::size_t begin, std::size_t end) const {
    const std::string_view text = sc.blk->text;
    const auto blank = [](std::string_view s) {
      return std::none_of(s.begin(), s.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
    };
    for (const Mention* m : sc.mentions)
      if (m->begin >= begin && m->end <= end && blank(text.substr(begin, m->begin - begin)) &&
          blank(text.substr(m->end, end - m->end)))
        return m->entity;
    return kNone;
  }

  // The date of figure `k` among several of one sentence (dateOfFigure); when every date there is
  // another figure's, none of its words: its section, sources or document date it (dateClaims).
  static void dateByOwnWords(ClaimRecord& c, const SentenceScope& sc, const std::vector<Span>& spans, std::size_t k) {
    c.asOf = dateOfFigure(sc.sentenceText(), sc.dates, spans, k);
    if (c.asOf.empty()) c.asOfFrom = graph::AsOfFrom::kNone;
  }

  // Whether a figure is a model's score or rate ("Accuracy (%)", "Calibration Error (%)" beside a
  // "Model" column): a percentage, scoped or not; a cost or a time is the row's own.
  static bool isScoreLike(const ClaimRecord& c, const Figure& fig) {
    return !c.scope.empty() || fig.quantity.unit == "percent";
  }

  // Whether `figure` is an item of its own in a cell, its asides in brackets aside: "7B", or either
  // figure of "7B (System 2), 80M (System 1)".
  static bool isListedAlone(std::string_view cell, std::string_view figure) {
    std::string plain;
    int depth = 0;
    for (const char c : cell) {
      depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
      if (depth == 0 && c != ')') plain += c == ';' ? ',' : c;
    }
    for (std::string_view rest = plain; !rest.empty();) {
      const std::size_t comma = std::min(rest.find(','), rest.size());
      if (trim(rest.substr(0, comma)) == trim(figure)) return true;
      rest.remove_prefix(std::min(comma + 1, rest.size()));
    }
    return false;
  }

  // "| RoboCat | 7B |" under "Model | Parameters": a cell that is only a scaled number, read with no
  // unit, counts what its column's header counts ("parameters", "downloads"), as "7B parameters"
  // would in prose; so does each item of a list ("7B (System 2), 80M (System 1)"). Decimals and
  // numbers under other headers keep no unit.
  void countScaledCells(const SentenceScope& sc, std::vector<Figure>& figures) const {
    const Block& row = *sc.blk;
    if (!header_ || header_->cells.size() != row.cells.size() || row.cellBegins.size() != row.cells.size()) return;
    for (Figure& f : figures) {
      const Quantity& q = f.quantity;
      if (!q.unit.empty() || !f.noun.empty() || !q.value || *q.value < 1 || std::floor(*q.value) != *q.value) continue;
      const std::size_t at = sc.sentence->begin + f.begin;
      const auto k = alignedColumn(row, *header_, at);
      if (!k || *k == 0 || !isListedAlone(row.cells[*k], q.text)) continue;
      std::string noun = countedNoun(header_->cells[*k]);
      if (noun.empty()) continue;
      f.quantity.unit = "count";
      f.noun = std::move(noun);
    }
  }

  // "| GPT-5 | $1.25 | $10.00 |" under "Model | Input (per 1M tokens) | Output (per 1M tokens)", or
  // "$1.25 / $10" under "Input / Output (per 1M tokens)": a price in a cell is a rate when its
  // column's header says what it is per (columnRate), "USD/million tokens" as "$1.25 per million
  // tokens" is in prose; so it is under a row label that says so ("| Price per hour | $2 | $3 |").
  void priceCellsPerHeader(const SentenceScope& sc, std::vector<Figure>& figures) const {
    const Block& row = *sc.blk;
    if (!header_ || row.cells.empty() || row.cellBegins.size() != row.cells.size()) return;
    for (Figure& f : figures) {
      Quantity& q = f.quantity;
      if (unitClassOf(q.unit) != "money") continue;
      const auto k = alignedColumn(row, *header_, sc.sentence->begin + f.begin);
      if (!k || *k == 0) continue;
      std::string rate = columnRate(header_->cells[*k]);
      if (rate.empty()) rate = columnRate(row.cells[0]);
      if (!rate.empty()) q.unit.append("/").append(rate);
    }
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
      // "~13.3K" read with no unit at all is replaced too.
      std::erase_if(figures, [&](const Figure& g) {
        return overlaps(g) && (g.quantity.unit == "count" || g.quantity.unit.empty()) && g.noun.empty();
      });
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
    if (std::optional<Figure> f = ratingCellFigure(row, k)) return f;
    // "| 1 | OpenAI o3 | 0.60 |" under "Rank | Model | Score": a fraction, not 0.6 percent.
    if (std::optional<Figure> f = fractionCellFigure(row, k)) return f;
    if (std::optional<Figure> f = unitCellFigure(row, k)) return f;
    if (std::optional<Figure> f = differenceCellFigure(row, k)) return f;
    if (std::optional<Figure> f = labelledCountFigure(row, k)) return f;
    if (std::optional<Figure> f = boxScoreFigure(row, k)) return f;
    return countColumnFigure(row, k);
  }

  // "| MMLU (5-shot) | 86.0 | 88.6 | -2.6 |" under "Benchmark | Llama 3.3 70B | Llama 3.1 405B | Difference": a signed
  // number alone in a cell under a header that names a difference (data/difference_nouns.txt) differs the row's
  // scores, in points of them (the page's own "2.6 points on MMLU"), its sign which of them is ahead. Only in a
  // row whose other cells are scores (unitCellFigure reads them as percentages), whose unit it then knows.
  std::optional<Figure> differenceCellFigure(const Block& row, std::size_t k) const {
    if (!header_ || k == 0 || header_->cells.size() != row.cells.size() || !namesDifference(header_->cells[k]))
      return std::nullopt;
    const std::optional<CellNumber> n = signedCellNumber(row.cells[k]);
    if (!n || std::fabs(n->value) > 100) return std::nullopt;
    for (std::size_t j = 1; j < row.cells.size(); ++j)
      if (j != k && cellNumber(row.cells[j]))
        if (const std::optional<Figure> score = unitCellFigure(row, j); score && score->quantity.unit == "percent") {
          Figure f = cellFigure(row, k, *n);
          f.quantity.unit = "points";
          return f;
        }
    return std::nullopt;
  }

  // "| SOTA score | 48.92 |" in a table of labels and values: a number from 0 to 100 alone in the value
  // of a field whose label names a score (its last word) is a percentage score, as a score column's
  // is. Not a fraction ("0.60": a score on a scale of one), nor a rating ("1500").
  std::optional<Figure> boxScoreFigure(const Block& row, std::size_t k) const {
    if (!header_ || k != 1 || row.cells.size() != 2 || header_->cells.size() > 2 || row.cellBegins.size() != 2 ||
        !namesScoreField(row.cells[0]) || isFraction(row.cells[1]) || !inTopicBox(row))
      return std::nullopt;
    const std::optional<CellNumber> n = cellNumber(row.cells[1]);
    if (!n || !bareScore(row.cells[1])) return std::nullopt;
    Figure f = cellFigure(row, 1, *n);
    f.quantity.unit = "percent";
    return f;
  }

  // Whether a row stands in the box that heads the page, headed by the page's topic.
  bool inTopicBox(const Block& row) const {
    return ents_.topic != kNone && row.table == infoboxTable() && headsInfobox();
  }

  // Whether a field's label names a score: "SOTA score", "Best score" (two words or more, the last "score").
  static bool namesScoreField(std::string_view label) {
    const std::vector<std::string> words = graph::foldTokens(label);
    return words.size() >= 2 && words.back() == "score";
  }

  // "| SOTA score | 69% |" beside "| SOTA model | [OpenAI o3](...) |" in the box that heads a benchmark's
  // page: the field of the same words with "model" for "score" names who holds the score, the model
  // the score is of (the claim's object; its subject stays the page's benchmark, the box's topic).
  // kNone unless the score is its row's one figure and the model field names one thing: a name leads
  // it, and no list follows ("Claude 3.5 Sonnet, GPT-4o", "Grok-4 (LLM) / ...": several holders).
  int boxScoreHolder(std::size_t b, std::size_t figuresInRow) {
    const Block& row = a_.blocks[b];
    if (figuresInRow != 1 || row.cells.size() != 2 || !inTopicBox(row) || !namesScoreField(row.cells[0])) return kNone;
    std::vector<std::string> label = graph::foldTokens(row.cells[0]);
    label.back() = "model";
    for (std::size_t m = 0; m < a_.blocks.size(); ++m) {
      const Block& field = a_.blocks[m];
      if (field.table == row.table && field.cells.size() == 2 && field.cellBegins.size() == 2 &&
          graph::foldTokens(field.cells[0]) == label)
        return soleNameOfCell(m, 1);
    }
    return kNone;
  }

  // The one thing cell `k` of block `b` names: a name that leads it, an aside in brackets after it left
  // out ("OpenAI o3 (high compute)"); kNone when none leads it or it lists several (a comma, slash,
  // semicolon, "&" or "and").
  int soleNameOfCell(std::size_t b, std::size_t k) {
    const Block& block = a_.blocks[b];
    const std::size_t begin = block.cellBegins[k];
    const std::size_t end = k + 1 < block.cellBegins.size() ? block.cellBegins[k + 1] : block.text.size();
    std::string_view cell = std::string_view(block.text).substr(begin, end - begin);
    cell = cell.substr(0, cell.find(" ("));
    for (std::string_view list : {",", "/", ";", "&", " and "})
      if (cell.find(list) != std::string_view::npos) return kNone;
    for (const Mention& m : ents_.mentions[b])
      if (m.begin >= begin && m.begin < end) {
        // "Unknown entry", "Deep Research": words that name no one model ("Claude 3.5 Sonnet", "Grok 4").
        if (!leadsCell(block.text, begin, end, m) || !writtenAsModelName(cell)) return kNone;
        const std::string_view name = cellName(block.text, end, m);
        return name.empty() ? m.entity : productNamed(name, m.entity);
      }
    return kNone;
  }

  // "| Nougat | 2352 | 0.452 | 0.973 |" under "Model | Tokens (avg.) | Overall (English) | Overall
  // (Chinese)", "| Tiny | 0.147 | 0.116 | ... |" under "Mode | Book | Slides | ...": a number from 0 to 1
  // written with two decimals or more is a score on a scale of one (an edit distance, an F1, an
  // accuracy as a fraction), a figure with no unit, where the table is one of results (fractionCell).
  std::optional<Figure> fractionCellFigure(const Block& row, std::size_t k) const {
    if (!fractionCell(row, k)) return std::nullopt;
    return cellFigure(row, k, *cellNumber(row.cells[k]));
  }

  // The figure of the number `n` read in cell `k` of a row (its text, value and "~", where it stands
  // in the row's text), with no unit: what each reader of a cell's figure starts from.
  template <class CellCount>
  static Figure cellFigure(const Block& row, std::size_t k, const CellCount& n) {
    Figure f;
    f.quantity.text = row.cells[k].substr(n.begin, n.end - n.begin);
    f.quantity.value = n.value;
    f.quantity.approximate = n.approximate;
    f.begin = row.cellBegins[k] + n.begin;
    f.end = row.cellBegins[k] + n.end;
    return f;
  }

  // Whether cell `k` of a row aligned with its header holds only a fraction written to two decimals
  // or more ("0.452", "0.60", "1.00") in a table of results: one whose rows are models or benchmarks,
  // whose column says it holds a score or an average ("Accuracy", "Overall"), or whose row gives
  // three such fractions or more (one thing's scores across the columns). Not in a table of settings
  // ("Parameter | Value": "| Top-p | 0.95 |", "| Dropout | 0.05 |"), whose rows are attributes.
  bool fractionCell(const Block& row, std::size_t k) const {
    if (!header_ || k == 0 || header_->cells.size() != row.cells.size() || row.cellBegins.size() != row.cells.size())
      return false;
    if (!isFraction(row.cells[k])) return false;
    const std::string first = lowerAscii(trim(header_->cells[0]));
    if (lex_.isHeader(HeaderRole::kAttribute, first) || first.ends_with("parameter") || first.ends_with("parameters") ||
        first.ends_with("setting") || first.ends_with("settings"))
      return false;
    const std::string& head = header_->cells[k];
    if (statesUnitInBrackets(head)) return false;
    if (hasModelColumn() || headsBenchmarkRows(header_->cells[0]) || isScoreHeader(head) || isAverageHeader(head))
      return true;
    constexpr std::size_t kScoresInARow = 3;
    return static_cast<std::size_t>(std::count_if(row.cells.begin() + 1, row.cells.end(),
                                                  [](const std::string& c) { return isFraction(c); })) >= kScoresInARow;
  }

  // Whether a header states a unit in brackets anywhere, an aside's aside too ("Median (First Chunk
  // (s))": seconds, where the outer brackets hold words), so that its fractions are in that unit.
  static bool statesUnitInBrackets(std::string_view head) {
    for (std::size_t close = head.find(')'); close != std::string_view::npos; close = head.find(')', close + 1))
      if (const std::size_t open = head.rfind('(', close);
          open != std::string_view::npos && columnUnit(head.substr(open, close - open + 1)))
        return true;
    return false;
  }

  // A cell that is only a number from 0 to 1 with two decimals or more: "0.452", "0.60", "1.00".
  static bool isFraction(std::string_view cell) {
    const std::optional<CellNumber> n = cellNumber(cell);
    if (!n || n->grouped || n->value > 1) return false;
    const std::string_view text = trim(cell).substr(n->approximate ? 1 : 0);
    const std::size_t point = text.find('.');
    return point == 1 && n->end - n->begin - (n->approximate ? 1 : 0) >= point + 3;
  }

  // "| 1 | OpenAI o3 | 1500 |" under "Rank | Model | Elo Score", "| LMArena ELO | N/A | 1,417 |" under
  // "Benchmark | Llama 4 Scout | Llama 4 Maverick": a number alone in a rating's cell (ratingCell) is a
  // rating in points, whatever its size (no year, no count, no percentage).
  std::optional<Figure> ratingCellFigure(const Block& row, std::size_t k) const {
    const std::optional<CellNumber> n = ratingCell(row, k) ? cellNumber(row.cells[k]) : std::nullopt;
    if (!n) return std::nullopt;
    Figure f = cellFigure(row, k, *n);
    f.quantity.unit = "points";
    return f;
  }

  // Whether cell `k` of a row aligned with its header holds a rating on a scale such as Elo: under a
  // header that names one ("Elo Score (Normalized)", "Arena Elo") in a leaderboard (a "Model" column),
  // or in a row whose label names one ("Codeforces Rating") of a table whose columns are models.
  bool ratingCell(const Block& row, std::size_t k) const {
    if (!header_ || k == 0 || header_->cells.size() != row.cells.size() || row.cellBegins.size() != row.cells.size())
      return false;
    if (namesRating(header_->cells[k])) return hasModelColumn();
    return namesRating(row.cells[0]) && (headsBenchmarkRows(header_->cells[0]) || !columnSubjects(*header_).empty());
  }

  // Whether a header cell or a row label names a rating scale by one of its words, its aside in
  // brackets aside: "Elo Score", "LMArena ELO", "Codeforces Rating" (data/table_headers.tsv, "rating").
  // Asked of a table's header cell and row label for each cell of its rows: answered once a text.
  bool namesRating(std::string_view cell) const {
    if (const auto known = ratingNames_.find(cell); known != ratingNames_.end()) return known->second;
    const std::string_view core = cell.substr(0, std::min(cell.find('('), cell.size()));
    const std::vector<std::string> words = graph::foldTokens(core);
    const bool names = std::any_of(words.begin(), words.end(),
                                   [this](const std::string& w) { return lex_.isHeader(HeaderRole::kRating, w); });
    ratingNames_.emplace(cell, names);
    return names;
  }

  // Whether the table has a column that names each row's model ("Rank | Model | Score"): a leaderboard.
  bool hasModelColumn() const {
    return header_ && std::any_of(header_->cells.begin(), header_->cells.end(), [this](const std::string& cell) {
             return lex_.isHeader(HeaderRole::kModel, lowerAscii(trim(cell)));
           });
  }

  // What a rating cell's points are measured on: the row's benchmark in a table whose rows are
  // benchmarks ("Codeforces Rating"); else the leaderboard's benchmark (the article's or its
  // variant's). Empty for a cell that holds no rating.
  std::string ratingScope(const Block& row, std::size_t at) const {
    const auto column = header_ ? alignedColumn(row, *header_, at) : std::nullopt;
    if (!column || !ratingCell(row, *column)) return {};
    if (!namesRating(header_->cells[*column])) {
      std::string name = benchmarkName(row.cells[0]);
      return name.empty() ? std::string(trim(row.cells[0])) : name;
    }
    std::string name = leaderboardBenchmark(row.section);
    return name.empty() ? a_.title : name;
  }

  // "| v4 | September 2024 | 713 |" under "Version | Release Date | Problem Count": a whole number
  // in a row that lines up with a header naming what its column counts (Scores.h, countedNoun).
  // Not under a measure the lexicon knows ("Users", "Parameters"): their bare numbers are often
  // in millions or billions that the header leaves unsaid.
  std::optional<Figure> countColumnFigure(const Block& row, std::size_t k) const {
    if (!header_ || header_->cells.size() != row.cells.size() || row.cellBegins.size() != row.cells.size())
      return std::nullopt;
    const std::optional<CellNumber> n = cellNumber(row.cells[k]);
    if (!n || n->approximate || n->value < 1 || std::floor(n->value) != n->value) return std::nullopt;
    // "| Nougat | 2352 |" under "Model | Tokens (avg.)": an average of a count is in its unit too.
    std::string noun = countedNoun(header_->cells[k]);
    if (noun.empty()) noun = averagedNoun(header_->cells[k]);
    if (noun.empty() || !soleMeasure({noun}, "count").empty()) return std::nullopt;
    Figure f = cellFigure(row, k, *n);
    f.quantity.unit = noun == "points" ? noun : countUnit(noun);  // "| Tokens |" counts tokens, "| Points |" scores
    return f;
  }

  // A count under a count column's header: of its row's date when the table has a date column
  // (its rows are a series: "v4 | September 2024 | 713"); else of the row's owner when the row
  // names one (an organisation, a product, a person); else of the section's subject, for the
  // whole (a "Total" row) or for the part the row names, kept as the claim's scope ("| Company
  // Reports | 63 |" under "Number of Questions": AA-LCR's questions on company reports).
  void placeCountRow(const Block& row, std::size_t figureAt, int rowSubject, ClaimRecord& c) const {
    const auto column = header_ && row.cells.size() > 2 ? alignedColumn(row, *header_, figureAt) : std::nullopt;
    if (!column || countedNoun(header_->cells[*column]).empty()) return;
    if (std::string date = rowDate(row); !date.empty()) {
      c.asOf = std::move(date);
      return;
    }
    if (rowNamesOwner(rowSubject)) return;
    c.subject = sectionSubject_;
    const std::string label(trim(row.cells[0]));
    const std::string lower = lowerAscii(label);
    if (lower != "total" && lower != "overall" && lower != "all" && lower != "sum") c.scope = label;
  }

  // Whether a row's entity owns the row's counts: a product or a person, or any name under a first
  // header that says its rows are models or organisations ("Model", "Company"); a name under
  // "Category" ("| Legal | ... | 6 |") is a part of the topic.
  bool rowNamesOwner(int rowSubject) const {
    if (rowSubject == kNone) return false;
    const EntityType t = typeOf(rowSubject);
    const std::string first = lowerAscii(trim(header_->cells[0]));
    return t == EntityType::kProduct || t == EntityType::kPerson || lex_.isHeader(HeaderRole::kModel, first) ||
           first == "company" || first == "organization" || first == "organisation" || first == "lab";
  }

  // The date of a table row in the column its header calls a date ("Release Date", "Date",
  // "Year", "Released", "As of"); empty when the table has none or the cell gives no date.
  std::string rowDate(const Block& row) const {
    if (!header_ || header_->cells.size() != row.cells.size()) return {};
    for (std::size_t k = 0; k < row.cells.size(); ++k) {
      const std::string head = lowerAscii(trim(header_->cells[k]));
      if (head == "date" || head.ends_with(" date") || head == "year" || head == "released" || head == "release" ||
          head == "as of")
        if (std::string iso = findDate(row.cells[k]).iso; !iso.empty()) return iso;
    }
    return {};
  }

  // A bare cell's figure by its column: a stated unit, a score, a range (bareCellFigure).
  std::optional<Figure> unitCellFigure(const Block& row, std::size_t k) const {
    const std::optional<CellNumber> n = header_ ? cellNumber(row.cells[k]) : std::nullopt;
    if (header_ && !n) return bareRangeFigure(row, k);
    const auto column = n ? unitColumn(row, k) : std::nullopt;
    if (!column) return std::nullopt;
    Figure f = cellFigure(row, k, *n);
    // "| Memory (GB) | 80 | 192 |" under "Specification | H100 | B200": where the columns are the
    // things compared, the row's label states the unit as a column's header does.
    std::optional<Quantity> unit = columnUnit(header_->cells[*column]);
    if (!unit && *column > 0 && row.cells.size() > 2) unit = columnUnit(row.cells[0]);
    if (unit) {
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

  // "| Contributors | 559 |", "| Average slides per talk | ~16 |": the value cell of a table of
  // labels and values (two columns, or an infobox's rows) that counts what its
  // label names (Scores.h, labelledCount). nullopt for other tables and cells.
  std::optional<Figure> labelledCountFigure(const Block& row, std::size_t k) const {
    // An infobox ("| Overview |" over "| Number of tasks | 57 |") has a header of one cell.
    if (!header_ || k != 1 || row.cells.size() != 2 || header_->cells.size() > 2 || row.cellBegins.size() != 2)
      return std::nullopt;
    const std::optional<LabelledCount> n = labelledCount(row.cells[0], row.cells[1]);
    if (!n) return std::nullopt;
    Figure f = cellFigure(row, 1, *n);
    f.quantity.unit = "count";
    if (n->atLeast) f.quantity.bound = Bound::kAtLeast;
    return f;
  }

  // The figure of cell `k` when it is only a range ("20-50", "7.3–7.4") under a column whose
  // header states the unit: the range in that unit, as running text reads "20-50 ms".
  std::optional<Figure> bareRangeFigure(const Block& row, std::size_t k) const {
    const auto column = unitColumn(row, k);
    // The header's unit first (columnUnit remembers each header): most cells that are not a number
    // stand under a header that states none, and need no scan.
    const std::optional<Quantity> unit = column ? columnUnit(header_->cells[*column]) : std::nullopt;
    std::optional<Figure> f = unit ? bareRange(row.cells[k]) : std::nullopt;
    if (!f) return std::nullopt;
    const double factor = unit->value.value_or(1);
    Quantity& q = f->quantity;
    q.low = *q.low * factor;
    q.high = *q.high * factor;
    q.value = *q.low / 2 + *q.high / 2;
    q.unit = unit->unit;
    f->begin += row.cellBegins[k];
    f->end += row.cellBegins[k];
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

  // What the column of the byte at `at` counts on average ("Tokens (avg.)": tokens); empty for a
  // column that averages no count, or a header that counts (countedNoun) as well.
  std::string averagedColumnNoun(const Block& row, std::size_t at) const {
    const auto column = header_ ? alignedColumn(row, *header_, at) : std::nullopt;
    if (!column || *column == 0 || !countedNoun(header_->cells[*column]).empty()) return {};
    return averagedNoun(header_->cells[*column]);
  }

  // Whether the byte at `at` of a row stands in a cell that fractionCell reads as a score.
  bool inFractionCell(const Block& row, std::size_t at) const {
    const auto column = header_ ? alignedColumn(row, *header_, at) : std::nullopt;
    return column && fractionCell(row, *column);
  }

  // Whether some column of a row holds scores on what the table says it scores.
  bool scoresAny(const Block& row) const {
    for (std::size_t k = 1; k < row.cellBegins.size(); ++k)
      if (!tableScope(row, row.cellBegins[k]).empty()) return true;
    return false;
  }

  // Whether the cell at `at` stands under a header that says only "score" ("Score", "Average Score").
  bool pointsScoreCell(const Block& row, std::size_t at) const {
    const auto column = header_ ? alignedColumn(row, *header_, at) : std::nullopt;
    return column && *column > 0 && isScoreHeader(header_->cells[*column]);
  }

  // Whether the byte at `at` of a table row stands under a header that names a difference ("Difference", "Gap"):
  // points there differ two scores of the row's benchmark (differenceCellFigure).
  bool scoreDifferenceCell(const Block& row, std::size_t at) const {
    const auto column = header_ ? alignedColumn(row, *header_, at) : std::nullopt;
    return column && *column > 0 && namesDifference(header_->cells[*column]);
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
    if (std::string name = benchmarkAmongBenchmarks(header_->cells, *column); !name.empty()) return name;
    // "| Rank | Model | RACE Score | FACT Score | Overall |" on the page of a benchmark whose box gives its
    // best score: the column that averages the row's scores is the model's overall score on the benchmark.
    const bool overall = isAverageHeader(head) && boxGivesScore();
    return hasModelColumn() && (isScoreHeader(head) || overall) ? leaderboardBenchmark(row.section) : std::string();
  }

  // Whether the box that heads the page (its topic's) has a field that names a score ("| SOTA score |
  // 48.92 |"): the page is a benchmark's, whose box gives the best score on it.
  bool boxGivesScore() const {
    if (!boxGivesScore_) {
      const int table = ents_.topic != kNone && headsInfobox() ? infoboxTable() : -1;
      boxGivesScore_ = table >= 0 && std::any_of(a_.blocks.begin(), a_.blocks.end(), [&](const Block& b) {
                         return b.table == table && b.cells.size() == 2 && namesScoreField(b.cells[0]);
                       });
    }
    return *boxGivesScore_;
  }

  // The benchmark a leaderboard under a score-only header ranks: the article's, or a variant of it
  // that a heading above the table names ("GEOBench-VLM" in the article "GeoBench", "CCMDI GeoBench"),
  // since an article of a benchmark family gives each variant's table under its own heading. A
  // heading that adds an English word ("GeoBench Variants", "GeoBench Results") names no variant.
  std::string leaderboardBenchmark(int section) const {
    const std::string title = benchmarkName(a_.title);
    const std::string titleKey = graph::foldKey(title);
    auto variant = [&](const std::string& name) {
      if (titleKey.empty() || name.size() <= title.size() || graph::foldKey(name).find(titleKey) == std::string::npos)
        return false;
      for (std::string_view word : graph::foldTokens(name))
        if (word.find(titleKey) == std::string_view::npos && lex_.isEnglishWord(word)) return false;
      return true;
    };
    for (int k = section, depth = 0; k >= 0 && depth < 8; k = a_.sections[static_cast<std::size_t>(k)].parent, ++depth)
      if (std::string name = benchmarkName(a_.sections[static_cast<std::size_t>(k)].title); variant(name)) return name;
    return title;
  }

  // The discourse moves on: subjects of this sentence become the referents of the next.
  void moveDiscourse(const SentenceScope& sc, std::size_t firstClaim) {
    const std::vector<int> absolute = std::exchange(absoluteOwners_, {});
    // "According" taken for a name where a sentence opens with "According to X" is no subject.
    auto opensAccordingTo = [&sc](const Mention* m) {
      return std::any_of(sc.attrs.begin(), sc.attrs.end(),
                         [m](const Attribution& a) { return a.global && a.pos == m->begin; });
    };
    for (const Mention* m : sc.mentions)
      if (!m->prepositional && !m->possessor && !qualifiesPeople(sc.text, m) && !opensAccordingTo(m) &&
          !inExampleAside(sc.text, sc.sentence->begin, m->begin)) {
        noteSubject(m->entity);
        // "It ended when Kickstarter shut the campaign down": the sentence's subject is the "it" of the
        // one before, which the next "It" goes on speaking of (inSentenceOpenedByIt).
        if (typeOf(m->entity) != EntityType::kPerson && !afterIndefiniteArticle(sc.text, m->begin) &&
            !opensWithIt(sc.sentenceText()))
          discourse_.clauseSubject = m->entity, discourse_.clauseSubjectBlock = sc.block;
        break;
      }
    for (const auto& a : sc.attrs)
      for (int e : a.speakers) {
        noteSubject(e);
        if (a.global) discourse_.outlets.insert(e);
      }
    // A list item's leading name, or its lead-in's, speaks for the list only, not for what follows
    // (a paragraph run in with a name and a colon for that paragraph only); so does a comparison's
    // column ("Parameter | 7B | 65B" leaves its section's subject standing).
    if (sc.blk->kind == BlockKind::kListItem &&
        (listSubjectOf(sc.block) != kNone || listLead_ != kNone || plainLabelledItem(sc.block)))
      return;
    if (sc.blk->kind == BlockKind::kParagraph && listSubjectOf(sc.block) != kNone) return;
    if (sc.row && comparesColumns()) return;
    // An absolute phrase's owner ("with U.S. enterprises achieving 192%") speaks for that phrase only.
    for (std::size_t k = firstClaim; k < claims_.size(); ++k) {
      const auto directed = directed_.find(k);
      const int subject = directed != directed_.end() ? directed->second : claims_[k].subject;
      if (claims_[k].kind == ClaimKind::kFigure && subject != kNone && !contains(absolute, subject) &&
          !onlyAnExample(sc, subject))
        discourse_.subject = subject;
    }
  }

  // Whether the sentence names `e` only in example asides (Subjects.h, inExampleAside): the example owns
  // the figures its aside gives, and the text after it speaks of what the sentence is about.
  static bool onlyAnExample(const SentenceScope& sc, int e) {
    bool named = false;
    for (const Mention* m : sc.mentions) {
      if (m->entity != e) continue;
      if (!inExampleAside(sc.text, sc.sentence->begin, m->begin)) return false;
      named = true;
    }
    return named;
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
    if (lower.find("found") == std::string::npos) return;  // each verb holds it: most sentences hold none
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
    if (lower.find("found") == std::string::npos) return;
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
      // Found by the role without its leading space (a search for " ..." stops at every space),
      // then the space checked: the same places, in the same order.
      const std::string_view word = role.substr(1);
      for (std::size_t w = lower.find(word, 1); w != std::string::npos; w = lower.find(word, w + 1)) {
        if (lower[w - 1] != ' ') continue;
        const std::size_t at = w - 1;
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

  // Whether a text could hold a relation's word ("found", "chief executive", "ceo") in any case: one
  // pass over its bytes, where lowering a copy of every sentence cost an allocation each.
  static bool mayRelate(std::string_view text) {
    constexpr std::string_view kWords[] = {"found", "chief executive", "ceo"};
    // Each word opens with 'f' or 'c', in either case: the places of those bytes, sixteen a step.
    for (std::size_t i = nextByteOf(text, 0, 'f', 'F', 'c', 'C'); i < text.size();
         i = nextByteOf(text, i + 1, 'f', 'F', 'c', 'C')) {
      for (std::string_view word : kWords)
        if (text.size() - i >= word.size() &&
            std::equal(word.begin(), word.end(), text.begin() + static_cast<std::ptrdiff_t>(i),
                       [](char w, char t) { return w == lowerAscii(t); }))
          return true;
    }
    return false;
  }

  // Relations between the names of a sentence: founded, co-founded, chief executive of.
  template <class Base>
  void relations(std::size_t b, const Sentence& s, const std::vector<const Mention*>& mentions, Base& base) {
    const std::string_view text = std::string_view(a_.blocks[b].text).substr(s.begin, s.end - s.begin);
    if (!mayRelate(text)) return;
    const std::string lower = lowerAscii(text);
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

  // Reference number -> source index; a footnote that bundles several works has a source for each.
  std::multimap<int, int> sourceIndex_;
  // By source index: the one surname of a short citation ("Howard" of "Howard 1996, p. 3"), or "".
  std::vector<std::string> sourceAuthors_;
  const Block* header_ = nullptr;
  mutable std::unordered_map<int, std::vector<int>> tableSources_;    // by table: its citation line's
  mutable std::optional<bool> boxGivesScore_;                         // boxGivesScore's answer, once an article
  mutable std::unordered_map<std::string, bool> cellsWithoutFigure_;  // cellWithoutFigure's answers, by cell text
  mutable graph::WordMap<bool> ratingNames_;                          // namesRating's answers, by cell text
  const Gazetteer* gazetteer_ = nullptr;                              // the corpus's page titles (Gazetteer.h), or none
  std::unordered_map<std::string, int> pageEntities_;                 // entities made for pages (pageEntity), by slug
  std::set<std::string> titleWords_;  // folded words of the article's title: "Grok Imagine" is a name in "Grok"
  bool topicIsAThing_ = false;        // definesTopic(), once per article
  bool topicFiledOnly_ = false;       // a thing by its categories alone (filedAsProduct)
  bool assistantPage_ = false;        // a custom GPT's or plugin's page (filedAsAssistant)
  bool instructions_ = false;         // the current section quotes the assistant's instructions
  bool userPrompts_ = false;          // the current section quotes what a user asks the assistant
  std::vector<bool> quotedInstructionSections_;    // inQuotedInstructions by section, on an assistant's page
  std::vector<std::size_t> listCounts_;            // claims counted from a list after a lead-in
  std::unordered_map<std::size_t, int> directed_;  // claims an instruction gave the topic -> their clause's subject
                                                   // (kNone: a list's count, which carries none)
  bool wikiPage_ = false;                          // read from wikitext: a page about its title
  bool commonNounTopic_ = false;                   // a page whose text names its topic in lower case
  std::string titleHead_;                          // the title's last word, folded
  bool conceptPage_ = false;                       // a Wikipedia page about a field or a concept (leadDefinesConcept)
  NumberStyle numberStyle_;                        // how the page's language writes numbers ("3,5" on a German page)
  bool capitalisesNouns_ = false;                  // the page's language writes every noun with a capital (German)
  int sectionSubject_ = kNone;                     // what the current section is about (sectionSubjectOf)
  bool openingPending_ = false;                    // the current section's first paragraph is still to come
  int listLead_ = kNone;                   // what the list items under the last lead-in describe ("... supercomputer:")
  static constexpr int kUnasked = -2;      // listSubjects_ holds no answer yet (kNone is an answer)
  mutable std::vector<int> listSubjects_;  // listSubjectOf's answers, by block
  mutable PassingMemo itAntecedents_;      // itReferent's, before the figure's sentence
  mutable PassingMemo frontedAntecedents_;                   // frontedAdjunctOwner's "At X, it ..."
  mutable std::vector<std::vector<std::string>> lastDates_;  // lastDate's answers, by block
  // namesByLastWord's index, by block (made as asked)
  mutable std::vector<std::optional<std::unordered_map<std::string, std::vector<std::size_t>>>> namesByLastWord_;
  mutable std::vector<std::optional<std::vector<Definition>>> definitions_;  // definitionsIn's, by block
  mutable std::vector<int> absoluteOwners_;  // this sentence's subjects read from absolute phrases (absoluteOwner)
  std::vector<std::pair<std::size_t, std::size_t>> figureSpans_;  // the figures of the current sentence
  std::vector<ClaimRecord> eventYears_;  // event years (eventYearClaims), added after every other claim
  mutable std::map<std::pair<int, std::string>, std::string> headingMeasures_;  // headingMeasure's answers
  bool firstFigureOnly_ = false;  // extractFirstFigure: stop at the first figure with a value
  bool stopped_ = false;          // ... which has been found
};

}  // namespace

graph::DocumentBundle extract(const Article& article, const Gazetteer* gazetteer) {
  graph::DocumentBundle bundle = Extractor(article, gazetteer).run();
  dateClaims(bundle);
  return bundle;
}

graph::DocumentBundle extractFirstFigure(const Article& article) {
  Extractor extractor(article);
  extractor.stopAtFirstFigure();
  graph::DocumentBundle bundle = extractor.run();
  dateClaims(bundle);
  return bundle;
}

}  // namespace cg::ingest
