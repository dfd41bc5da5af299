#pragma once
// Who says what in an article: the attribution half of the extractor. Speech and estimate verbs
// (data/speech_verbs.txt) and who they are attributed to ("X said", "according to X", "the
// company announced", a list item's label or lead-in), quotations and their speakers, and the
// discourse that resolves "the company", "it", "he". Extractor.cpp derives from it and adds
// figures, subjects and relations. Internal to cg_ingest: nothing outside ingest/ includes it.

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "graph/Records.h"
#include "ingest/Article.h"
#include "ingest/Dates.h"
#include "ingest/Entities.h"
#include "ingest/Lexicon.h"
#include "ingest/Text.h"

namespace cg::ingest {

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
  int organization = graph::kNone;
  int person = graph::kNone;
  int subject = graph::kNone;                      // the last figure subject, for sentences that name none
  int clauseSubject = graph::kNone;                // the last sentence's subject, for "It" opening the next
  std::size_t clauseSubjectBlock = SIZE_MAX;       // the block it stands in
  std::map<std::string, std::string> lastMeasure;  // unit -> measure of the last figure
  std::vector<int> organizations;                  // organisations named as subjects, in order
  std::size_t paragraphOrganizations = 0;          // where this block's organisations start in them
  std::set<int> outlets;                           // this block's "according to" sources
};

// The article's entities and mentions, the running discourse, and the rules that find speakers;
// the extractor (Extractor.cpp) is built on it.
class Attributions {
 protected:
  using ClaimKind = graph::ClaimKind;
  using ClaimRecord = graph::ClaimRecord;
  using EntityType = graph::EntityType;
  static constexpr int kNone = graph::kNone;

  explicit Attributions(const Article& a);
  Attributions(const Attributions&) = delete;
  Attributions& operator=(const Attributions&) = delete;
  virtual ~Attributions() = default;

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
    std::vector<DateMatch> dates;       // every date of the sentence, when it gives more than one
    std::vector<DateMatch> eventDates;  // the dates an event's year may be: an author-year citation's too
    std::string headerContext;          // table rows: the header's cells
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

  // What the figure side of the extractor decides (Extractor.cpp).
  virtual int defaultSubject() const = 0;
  virtual bool commonWordsLabel(int e) const = 0;

  // The mentions inside [begin, end) of a block; they are sorted by position, so a binary search
  // finds the first and the walk stops at the end (one pass per sentence, not per block).
  std::vector<const Mention*> mentionsIn(std::size_t b, std::size_t begin, std::size_t end) const;

  const std::string& nameOf(int e) const;

  EntityType typeOf(int e) const;

  bool isAgent(int e) const;

  // The maker of a product named after it: "DeepSeek V3" -> DeepSeek.
  int makerOf(int product) const;

  // The words right before `pos` (folded, nearest last), skipping nothing.
  static std::vector<std::string> wordsBefore(std::string_view text, std::size_t begin, std::size_t pos, std::size_t n);

  // Resolves "the company", "the firm", "it", "he", "she" right before `pos`.
  int resolveReference(std::string_view text, std::size_t sentenceBegin, std::size_t pos) const;

  // A word before "company" that points to a company other than the one in the discourse.
  static bool otherCompanyWord(std::string_view w);
  // Whether the lower-case token k ("company") modifies a lower-case common noun right after it
  // ("company statements", "firm data"), neither a company noun itself nor a preposition.
  bool companyModifiesNoun(std::string_view text, std::size_t begin, const std::vector<Token>& tokens,
                           std::size_t k) const;

  // The folded last word of each entity's name, and the organisations by it; read once, on
  // first need (the entities are fixed once the extractor is made).
  void indexLastWords() const;

  const std::string& lastWordOf(int e) const;

  // The organisation whose name ends with `noun` ("union" -> "Dockers and Maritime Workers
  // Union"); the running one first, else the only one.
  int organizationNamed(std::string_view noun) const;

  bool topicIsOrganization() const;

  // "the company": the last organisation of this paragraph that is not a public body or a
  // union; else the article's topic when it is an organisation (not the last organisation of
  // an earlier paragraph); else the last of the section.
  int lastCompany() const;

  // "it": the organisation named in this paragraph, else the article's topic.
  int itReferent() const;

  // "Microsoft chief executive Satya Nadella": an organisation before a role qualifies the person.
  bool qualifiesNext(std::string_view text, const Mention* m) const;

  // "by former Google DeepMind researchers Misha Laskin": an organisation before its people in
  // the plural qualifies them; it is not what the clause is about. (Before one person's role,
  // "Eastmere Port Holdings chief executive Marcus Okafor replied", it is the company that speaks.)
  bool qualifiesPeople(std::string_view text, const Mention* m) const;

  // "Google's Sundar Pichai": a possessor directly before another name qualifies it.
  static bool followedByMention(std::string_view text, const Mention* m, const std::vector<const Mention*>& mentions);

  // The mention a verb at `pos` is attributed to: the nearest one before it, walking back over
  // skippable words ("also", "had", "its technical report") and asides between commas.
  const Mention* nearestSpeaker(std::string_view text, std::size_t sentenceBegin, std::size_t pos,
                                const std::vector<const Mention*>& mentions) const;

  // The speaker before a bracketed aside that ends at `close`: an author before the year
  // that cites them ("Arthur Langdon (1896) records"), an organisation before its acronym
  // ("the Recording Industry Association of America (RIAA) announced"), or a person before
  // any aside ("George Hotz (founder of Comma.ai) claimed"). Other asides hold what a thing
  // did ("Veo 3 (May 2025) added audio", "Noisee (an audio tool)"): no speaker.
  const Mention* nameBeforeAside(std::string_view text, std::size_t sentenceBegin, std::size_t close,
                                 const std::vector<const Mention*>& mentions) const;

  // Appositives: "The anarcho-syndicalist, Fernand Pelloutier, argued" (a name whole between the
  // commas at `open` and `close`), "Rashid Abu Shbak, a senior PA security official declared" (a
  // person, a comma and a description up to the verb at `pos`). Nullptr when the text is no such.
  const Mention* appositiveName(std::string_view text, std::size_t sentenceBegin, std::size_t open, std::size_t close,
                                const std::vector<const Mention*>& mentions) const;
  const Mention* appositiveHead(std::string_view text, std::size_t sentenceBegin, std::size_t pos,
                                const std::vector<const Mention*>& mentions) const;
  // "in his book European Socialism argued": whether name `m` stands in a work's title after
  // "in", a determiner and a noun; and the author named right before that "in" (or nullptr).
  static bool workTitle(std::string_view text, std::size_t sentenceBegin, const Mention* m);
  const Mention* authorBefore(std::string_view text, std::size_t sentenceBegin, const Mention& title,
                              const std::vector<const Mention*>& mentions) const;
  // The person who is the subject of the sentence right before the one at `sentenceBegin` in block
  // `b` (its first name, no possessor or preposition before it), when that sentence never refers
  // to a biography's subject by its pronoun ("he", "his", "him"); kNone otherwise.
  int previousSubject(std::size_t b, std::size_t sentenceBegin) const;
  // Whom "he" or "she" before `pos` refers to, in the sentence at `sentenceBegin` of block `b`.
  int personReferent(std::size_t b, std::size_t sentenceBegin, std::size_t pos,
                     const std::vector<const Mention*>& mentions) const;
  bool isLegalForm(std::string_view name) const;
  // Whether `word` (lower case) is an adverb a verb's speaker may stand before ("thus", "famously").
  bool adverbBeforeVerb(const std::string& word) const;
  // "he" or "she": the one the article uses more, so the one for the person a biography is about.
  const std::string& subjectPronoun() const;

  // The speakers of a list ending in `nearest`: "A's X, B's Y, and C's Z praised" gives X, Y, Z.
  static std::vector<int> speakerList(std::string_view text, const Mention* nearest,
                                      const std::vector<const Mention*>& mentions);

  // "Anatole Broyard of The New York Times described": a person named right before "of", "at"
  // or "from" and an organisation speaks; the organisation only says where the person works.
  const Mention* affiliatedPerson(std::string_view text, const Mention* nearest,
                                  const std::vector<const Mention*>& mentions) const;

  // "The Government of Canada Digital Collections website describes": a site named after the
  // body that runs it speaks for that body, named right before the site's own name.
  static const Mention* bodyOfWebsite(std::string_view text, const Mention* nearest, std::size_t pos,
                                      const std::vector<const Mention*>& mentions);

  // A product's report speaks for its maker ("the V3 technical report stated").
  void reportSpeaksForMaker(std::string_view between, std::vector<int>& speakers) const;

  // The referent of an anaphor that opens a sentence ("The company ...", "It ...") before `pos`;
  // kNone when it opens with none.
  int leadingReferent(std::string_view text, std::size_t sentenceBegin, std::size_t pos) const;

  // Who a verb at `pos` is attributed to: the names right before it (a list such as
  // "Microsoft's Nadella, Google's Sundar Pichai, and Apple's Tim Cook" counts whole),
  // "figures citing Reuters", or a pronoun resolved through the discourse.
  std::vector<int> speakersBefore(std::size_t b, std::size_t sentenceBegin, std::size_t pos,
                                  const std::vector<const Mention*>& mentions) const;

  // The names that start at `at` and those joined to it by "and", "&" or a comma ("Harris Poll and
  // MITRE"), in order; empty when no name starts there.
  static std::vector<int> namesFrom(std::string_view text, std::size_t at, const std::vector<const Mention*>& mentions);

  // "a survey conducted by Harris Poll and MITRE ... found": the makers of a study that is the
  // verb's subject speak through it; empty when its subject is no such study (studyMakerBefore).
  static std::vector<int> studyMakers(std::string_view text, std::size_t sentenceBegin, std::size_t pos,
                                      const std::vector<const Mention*>& mentions);

  // "Research, including "Sleeper Agents" by Anthropic and "BadSeek" by Shrivu Shankar, shows": a
  // noun of studies that is the verb's subject, with an aside of the works it includes, speaks
  // through the works' makers (the agents after each "by" in the aside); empty otherwise.
  std::vector<int> includedWorkMakers(std::string_view text, std::size_t sentenceBegin, std::size_t pos,
                                      const std::vector<const Mention*>& mentions) const;

  // The first author the article cites with "et al." ("Vaswani et al. (2017) describes"), whom
  // "the authors" refers to; kNone when it cites none so.
  int citedFirstAuthor() const;
  // "The authors warn of ...", "The authors evaluated ... and found that": the authors of the work
  // the article describes. The cited authors "they" would be (citedAuthorsBefore), else, on a page
  // that cites no one with "et al.", the nearest list of two or more people an earlier sentence of
  // the article has for subject ("Daniel Huynh and Jade Hardouin
  // offer a demonstration in this article"); empty when none. Not the article's first "et al." author: a page that
  // cites several papers ("Vaswani et al.") has other authors for "the authors".
  std::vector<int> authorsAntecedent(std::size_t b, std::size_t sentenceBegin) const;
  // Under "## Sam Altman's Response" or "### Altman Response" (headingSpeakerName), a sentence of a
  // paragraph or list item of that section that attributes nothing itself is that person's words,
  // unless it names them or says "he"/"she" (narration about them). The person, or kNone.
  int headingSpeaker(const SentenceScope& sc) const;

  // "Lemay et al. (2020) studied ... They concluded that": "they" opening a sentence right after one
  // that opens with its cited authors (citedAuthorsEnd) is those authors, else the people listed
  // as that sentence's subject (peopleListIn); empty otherwise.
  std::vector<int> citedAuthorsBefore(std::size_t b, std::size_t sentenceBegin) const;
  // "Pavlichenko et al. (2022) aimed ... The study showed ... the authors trained ... They found
  // that": "they" refers to the cited authors of an earlier sentence of the section (at most eight
  // back) when no person or organisation is named in between (the only plural agent of the
  // passage); empty otherwise.
  std::vector<int> citedAuthorsOfPassage(std::size_t b, std::size_t sentenceBegin) const;
  // "coined by Gwern (writer), who evaluated GPT-3 and suggested that": the subject of a verb
  // coordinated inside a relative clause is the clause's antecedent, the name right before ", who"
  // (past an aside in brackets); nullptr when the clause does not run on to `pos` unbroken.
  const Mention* relativeAntecedent(std::string_view text, std::size_t sentenceBegin, std::size_t pos,
                                    const std::vector<const Mention*>& mentions) const;

  // "Alan Sokal and Jean Bricmont devote a chapter ... They argue": the people joined by "and"
  // that are sentence `s`'s first person named as a subject, when they are two or more; else empty.
  std::vector<int> peopleListIn(std::size_t b, const Sentence& s) const;

  // A person, or a name the entity finder could not type ("Jean Bricmont"), which is as likely one.
  bool personOrUntyped(int e) const;
  // "The regulator has urged several changes:", "Roe testified to three facts:": the object of a
  // WordNet reporting verb at `afterVerb` runs to the colon that ends its block, so the list or
  // block quotation after it is what the verb reports (its speaker must still be a person or an
  // organisation; the vetted list's verbs keep their own rules: "AdaGrad boasts several advantages:").
  bool objectEndsLeadIn(std::string_view text, std::size_t afterVerb) const;
  // A noun of a work or finding (data/work_nouns.txt, WordNet), or its plural: "study", "polls".
  bool isWorkNoun(std::string_view lower) const;
  // A work noun, or one whose first WordNet sense is abstract (data/abstract_nouns.txt), singular
  // or plural: what a reduced relative's agent can have said ("a fear confirmed by FIFA").
  bool isPropositionNoun(std::string_view lower) const;
  // The page's topic, or a name that is the last words of the page's title ("Pulse" on "OpenAI
  // Pulse").
  bool isPageTopic(int e) const;
  // "Velleck's 1931 study found", "A 2019 Gallup poll estimated": the verb at `pos` has a work for
  // subject, and the work's owner (a possessor, or a name modifying the noun) speaks through it.
  const Mention* workOwner(std::string_view text, std::size_t sentenceBegin, std::size_t pos,
                           const std::vector<const Mention*>& mentions) const;
  // A person, or a name the entity finder left untyped that is written as a personal name: what
  // "he" and "she" may refer to.
  bool personLike(int e) const;

  // Where the pronoun before a verb at `pos` ends: before "also", "later" and other adverbs
  // ("She also declared", "They later argued"), else `pos`.
  std::size_t pronounEnd(std::string_view text, std::size_t sentenceBegin, std::size_t pos) const;

  // The lower-cased token k of a sentence that starts at `begin`.
  static std::string tokenAt(std::string_view text, std::size_t begin, const std::vector<Token>& tokens, std::size_t k);

  // "according to X" at token k (the word "according"): X named, or "the union", "the
  // company's annual filing" resolved.
  // The person a describing phrase ends in, right after "according to" (see accordingTo).
  const Mention* namedAfterDescription(std::string_view text, std::size_t after,
                                       const std::vector<const Mention*>& mentions) const;
  std::optional<Attribution> accordingTo(std::string_view text, std::size_t begin, const std::vector<Token>& tokens,
                                         std::size_t k, const std::vector<const Mention*>& mentions) const;

  // "according to a dissertation by Heiko Jakubzik", "according to estimates from the IMF": after
  // "according to" (its object starting at token `from`), at most three lower-case words, a noun of
  // a work or a finding (data/work_nouns.txt, from WordNet) and "by", "from", "of" or "with" stand
  // before the one who made it. Where that name begins; nullopt when no such noun stands there.
  std::optional<std::size_t> workMakerAfter(std::string_view text, std::size_t begin, const std::vector<Token>& tokens,
                                            std::size_t from) const;

  // "put", "valued", "pegged" and "expected" attribute only before "at", "near", "around" or
  // "to" ("put it near", "put losses at", "valued it at").
  static bool attributesHere(std::string_view verb, std::string_view text, std::size_t begin,
                             const std::vector<Token>& tokens, std::size_t k);

  // The speakers of a participle ("..., citing Reuters"): the last attribution's, else the
  // first agent named before it that speaks for itself.
  // "with the World Economic Forum forecasting": a name right before the participle speaks. With
  // none named, "The company ..., announcing" and "It ..., adding" speak through their referent.
  std::vector<int> participleSpeakers(std::string_view text, std::size_t begin, std::size_t pos,
                                      const std::vector<Attribution>& out,
                                      const std::vector<const Mention*>& mentions) const;

  // "self-described as", "a self-styled": words the one described says of itself.
  static bool isSelfDescription(std::string_view word);

  // Who a self-description in a sentence belongs to: the sentence's subject (its first agent
  // that is no object of a preposition and no possessor), else the anaphor it opens with.
  int sentenceAgent(std::string_view text, std::size_t begin, std::size_t pos,
                    const std::vector<const Mention*>& mentions) const;

  // "Experts like Max Tegmark compare ..., warning", "Researchers including Luiza Jarovsky raised
  // concerns ..., questioning": a plural noun opening the clause and "like", "including" or "such as"
  // before a name at `at` give that name as an example of the subject, so it speaks for the clause.
  [[nodiscard]] bool exemplifiedSubject(std::string_view text, std::size_t begin, std::size_t at) const;

  // The speakers of a finite verb at `pos`. "X said ... but warned", "the union rejected ...,
  // which it described": the clause's speaker is the one named earlier in the sentence.
  std::vector<int> verbSpeakers(std::size_t b, std::size_t begin, std::size_t pos, const std::vector<Attribution>& out,
                                const std::vector<const Mention*>& mentions) const;

  // "was announced by xAI": the agent named right after "by", or nothing.
  std::optional<Attribution> passiveAgent(std::string_view text, std::size_t begin, const std::vector<Token>& tokens,
                                          std::size_t k, const std::vector<const Mention*>& mentions) const;

  // The agent whose name starts at `at`: after a name that is no person's, one space before a
  // person's ("by Scotsman Sam Leitch"), that person; nullptr when no agent's name starts there.
  const Mention* agentAt(std::string_view text, std::size_t at, const std::vector<const Mention*>& mentions) const;

  // "As noted in the Harbour Gazette," names a source the phrase ends with ("as described in the
  // GPAI section", "as stated in Acme Corp. v. Beta" name a part of a text or a case). After "by"
  // any name is the source ("As reported by NPR in December").
  static bool sourceEndsPhrase(std::string_view text, std::size_t at, const Mention& m);

  // "Video Notes API", "LLM Rankings Compare": a capitalised word inside a sentence is part of a
  // name; a verb is capitalised only where a sentence, a cell or a labelled item begins.
  static bool verbShaped(std::string_view text, std::size_t sentenceBegin, std::size_t pos);

  // The past form that names a verb of saying: data/speech_verbs.txt's, else WordNet's reporting
  // verbs' (data/reporting_verbs.tsv); nullptr for any other word.
  const std::string* speechVerb(std::string_view word) const;

  // A WordNet reporting verb (token k) reports only where what is reported follows it: a clause
  // after "that" ("Bethe proposed that one of the protons ...", not "signed that treaty") or a
  // quotation right after it, its comma or its colon ('he asserted, "The struggle ..."').
  bool reportedClauseFollows(std::string_view text, std::size_t begin, const std::vector<Token>& tokens,
                             std::size_t k) const;

  // A verb of belief or judgement that has other senses ("mind" in data/speech_verbs.txt)
  // attributes only where it reports something: before "as" ("defines superintelligence as",
  // not "defines a framework"; the only place for "defined" and "referred"), "that", a quotation in its clause
  // or a number ("found three of four", "wrote in its blog that"); its participle only before "that" or a number
  // ("believing that", "forecasting a 23% shift", not "into believing it", "adding INT8 support").
  // "asked" only before a quotation ('Tinker asked, "How ...?"'): before "that", "as" or a number it requests.
  bool mindVerbHere(const std::string& base, std::string_view word, std::string_view text, std::size_t begin,
                    const std::vector<Token>& tokens, std::size_t k) const;

  // Whether a finite verb `word` (past form `past`, token k) agrees with the speakers found for it:
  // none is a function word the entity finder took for a name ("MUST say", "You say"), and a bare
  // form ("say", "argue") with one speaker stands after a plural pronoun or noun, a modal, "do" or
  // "to" ("they say", "the founders believe", "Smith would argue"): "Please say" is an imperative.
  bool agreesWithSpeakers(std::string_view word, std::string_view past, std::string_view text, std::size_t begin,
                          const std::vector<Token>& tokens, std::size_t k, const std::vector<int>& speakers) const;

  // A present participle reports speech only before what is reported: "that", "whether", "where",
  // "how", "why", "of" ("warning of control loss"), a subject pronoun opening a clause without
  // "that" ("announcing it had raised"), a number ("forecasting a 23% job shift") or a quotation in
  // its clause. Elsewhere it is the verb of a process or a gerund ("a technique for
  // estimating the impact", "used in marketing", "telling the model what to do"), and the
  // sentence's subject is no speaker.
  static bool participleReports(std::string_view text, std::size_t begin, const std::vector<Token>& tokens,
                                std::size_t k);

  // The speaker of a list item's or table row's verb `word` (past form `past`) that names none:
  // the one (a person, an organisation...) that labels the item ("- Nigam Shah (Stanford):
  // Described it as ..."), that heads the row and is quoted in the verb's cell ("| Nigam Shah |
  // Described it as "..." |"), or who speaks in the item's lead-in ("The company emphasizes three
  // aspects:" then "- ..., believing that ..."). A bare form ("Describe the font") is an
  // imperative, which no one in the text speaks.
  std::vector<int> itemSpeakers(std::size_t b, std::size_t pos, std::string_view word, std::string_view past) const;

  // Who speaks in the lead-in of the list that item `b` belongs to: the last speaker of the
  // paragraph, ending in a colon, right before the list's first item; a person or an
  // organisation ("Research using MGSM revealed", "Design Mode added" speak for no one).
  std::vector<int> leadInAgents(std::size_t b) const;

  // The last speaker of the lead-in paragraph of the list that item `b` belongs to (see above),
  // and the verb (past form) they speak with there.
  struct LeadIn {
    std::vector<int> speakers;
    std::string verb;
  };
  const LeadIn& leadIn(std::size_t b) const;
  std::vector<int> leadInSpeakers(std::size_t b) const;
  std::string leadInVerb(std::size_t b) const;

  std::vector<Attribution> attributions(std::size_t b, std::size_t begin, std::size_t end,
                                        const std::vector<const Mention*>& mentions) const;

  // A verb of saying that attributions() meets: token k of the sentence from `begin` to `end` of
  // block b, lowered, with its past form, and what kind of reading its form and list give it.
  struct SpeechVerbAt {
    std::size_t b, begin, end, k;
    std::string_view word;
    const std::string* base;  // the past form (speechVerb's)
    bool participle, passive;
    bool thatOnly;  // a verb of showing or finding out ("that" in data/speech_verbs.txt)
    bool strict;    // a form only WordNet's reporting verbs give
  };
  // "The benchmark results claimed by Manus showed", "a fear confirmed by FIFA": a past
  // participle right after a common noun, then "by" and its agent, is a passive relative clause
  // without its "which were" (a reduced relative): the agent speaks, whatever the sentence's verb.
  // Only where what the agent said is a proposition: a verb whose object is one (WordNet's
  // that-clause frame: "claimed", "recommended", not "published", "cited", "revealed") and a noun
  // of what is said or thought (noun.communication, noun.cognition or an abstract first sense:
  // "results", "practices", "limits"), not a thing ("the autocannon specified by Kelsey"). True when
  // the verb stands so (its agent, if it says a proposition, added to `out`).
  bool reducedRelativeAgent(const SpeechVerbAt& v, const std::vector<Token>& tokens,
                            const std::vector<const Mention*>& mentions, std::vector<Attribution>& out) const;
  // Whether the verb reports speech where it stands, by the rules of its kind: a verb of showing in
  // its that-clause sense, a WordNet form before what it reports, a mind verb where it reports something,
  // a participle before what is reported.
  bool reportsHere(const SpeechVerbAt& v, const std::vector<Token>& tokens) const;
  // The attribution of a verb that reports: the agent of a passive, the speaker after a closed
  // quotation, else the speakers before it (or of its list item), who must be able to speak.
  void attributeVerb(const SpeechVerbAt& v, const std::vector<Token>& tokens,
                     const std::vector<const Mention*>& mentions, std::vector<Attribution>& out) const;

  // True when `at` stands inside parentheses, opened after `from`, that close before `limit`.
  static bool insideClosedAside(std::string_view text, std::size_t from, std::size_t at, std::size_t limit);

  // The attribution that covers a position: the nearest before it in the same clause;
  // then one after it ("..., Reuters reported"); then "according to".
  const Attribution* attributionFor(const std::vector<Attribution>& all, std::string_view text,
                                    std::size_t sentenceBegin, std::size_t pos,
                                    std::size_t after = std::string_view::npos) const;

  // "The 2010 census reported", "The Census reported": a census or survey named by a common
  // noun speaks through the public body that takes it and publishes it: the publisher, named
  // with that noun, of a source the sentence cites ("U.S. Census Bureau"), else of another of
  // the article's sources. Any other speaker is itself.
  int bodyBehind(int speaker, const std::vector<int>& refs) const;

  // '"... just changed," Park told analysts.': a quote closed by a comma is followed by its
  // speaker, up to the end of that sentence piece. Returns that attribution, or `a`.
  const Attribution* speakerAfterQuote(std::size_t b, std::string_view text, const Quote& q, const Attribution* a);

  // A quoted single word is someone's when a verb of saying before it, in its clause and
  // within a short reach, names who said it ('Marks called the lapse "reckless"', 'LMSYS
  // reported that Spark "shines"'), or its speaker follows it ('it was "reckless," Marks said'); a
  // word written as a name ("Pro", "TruthGPT") names, and one with no verb is a scare quote.
  static bool spokenWord(std::string_view text, const Quote& q, std::string_view word, const Attribution* a);

  // 'Asimov, described as the company's "first product milestone"': a verb of saying with no
  // speaker before it leaves the words to the possessor right before the quote (a name, "the
  // company's", "its").
  std::vector<int> possessorOfQuote(const SentenceScope& sc, const Quote& q) const;

  // 'Developed by the ARC Prize Foundation, it focuses on tasks that are "easy for humans,
  // hard for AI"' citing the Foundation's own announcement: a quote the text gives to no one,
  // in a sentence that names the publisher of the one source it cites, is that publisher's.
  std::vector<int> citedPublisherNamed(const SentenceScope& sc) const;

  // Who speaks a quote of `wordCount` words, and the attribution that says so (in `a`): the
  // verb's speakers, else one named after the quote, else a possessor before it, else the
  // cited publisher (for a quote of four words or more; a shorter one is a term: "reasoning tokens").
  std::vector<int> speakersOfQuote(SentenceScope& sc, const Quote& q, std::size_t wordCount, const Attribution*& a);

  // '... be "dancing in the streets of Raith tonight". Although commonly attributed to X, this was
  // actually said by Y.': the last quotation of a sentence whose next sentence gives it, as
  // "this", "the phrase"..., to the agent of a passive verb of saying (anaphoricPassiveSubject).
  std::vector<int> speakerNamedNext(const SentenceScope& sc, const Quote& q) const;
  // '“…” — Ann Roe' ({{blockquote|…|Ann Roe}}): the agent the attribution line after the
  // quotation names (dashAttributionAfter).
  std::vector<int> attributionLineOf(const SentenceScope& sc, const Quote& q) const;
  // 'He ... noted the absurdity of ...:' then a block quotation ({{quote|…}}, <blockquote>, a
  // Markdown "> " quotation) that names no one: the speaker of the lead-in paragraph's last
  // sentence, which ends with the colon that introduces it.
  std::vector<int> leadInParagraphSpeakers(const SentenceScope& sc, const Quote& q) const;
  // '"A," wrote Coubertin, "B."': the second part of a quotation split by its attribution has the
  // speaker of the first, when only the attribution and a comma part them.
  std::vector<int> splitQuotationSpeakers(const SentenceScope& sc, const Quote& q) const;
  // '"…," wrote Coubertin': a verb of saying right after the quotation, its speaker after it
  // (the quotative inversion), within `tail`.
  std::optional<Attribution> invertedAttribution(std::size_t b, std::string_view text, const Quote& q,
                                                 std::size_t tail) const;
  // The speaker named after a verb that ends at `verbEnd` (up to `tail`), in the quotative
  // inversion ('"…," opined Michael Dirda in The New York Review', '"…", responded Auster'): the
  // first agent within a few lower-case words of role ("writes law professor Ann Roe"); nullptr
  // when a capitalised word that names no agent, a comma or another quotation comes first.
  const Mention* speakerAfterVerb(std::size_t b, std::string_view text, std::size_t verbEnd, std::size_t tail) const;
  // 'In her memoir Ann Roe described the town: “…”': the subject of the clause whose colon
  // introduces the quotation (introducingColon), when no verb of saying names a speaker.
  std::vector<int> leadInSubjectOf(const SentenceScope& sc, const Quote& q) const;

  // 'Autotab (AI agent): "18% performance increase"': a quotation right after a label's colon,
  // where the label is a name (a person, an organisation...), is that name's words.
  std::vector<int> labelOfQuote(const SentenceScope& sc, const Quote& q) const;

  // 'Chollet's definition of intelligence as "..."', 'their motto, "..."', 'the mission of the
  // club was "..."': a noun of saying that introduces a quotation is its owner's words: the
  // possessor before it, "its"/"their" or "his"/"her" resolved, or the name after its "of" (the
  // page's topic for "the club" when its name holds that noun).
  std::vector<int> speechNounOwner(const SentenceScope& sc, const Quote& q) const;

  // 'CEO Ann Roe introduced the platform as an "open studio for robots"', 'Roe billed it as "the
  // last word"': a quotation that is the complement of "as" after an active verb in the past
  // tense whose subject, the first name of its clause, is a person: the words are that person's
  // characterisation, so theirs.
  std::vector<int> asComplementSpeaker(const SentenceScope& sc, const Quote& q) const;

  // A quotation with no speaker around it that speaks in the first person ("I was very upset
  // about ...") in an article about a person is that person's: a biography quotes its subject.
  std::vector<int> firstPersonSpeaker(std::string_view words) const;

  // The person an article is about: its topic when that is a person or the page is filed as one
  // ("1863 births", whatever the entity finder typed the title as), else the entity it names
  // most when that is a person (a title written otherwise than the text names its subject:
  // "Harry McPherson" for "Harry Cummings McPherson"); else kNone.
  int biographySubject() const;

  // 'The company wrote that their "... evaluations. ... a test set of five levels ..."': a figure
  // in a later sentence of a quotation is its speaker's words too. The speakers of the block's
  // quotations so far that contain `pos`, else none.
  std::vector<int> quotedSpeakersAt(std::size_t block, std::size_t pos) const;

  // The block's quotations, read once per block (blockQuotes_).
  void readBlockQuotes(const SentenceScope& sc);

  // '"There are nearly one hundred writers imprisoned ...", responded Auster': a figure inside a
  // closed quotation of its sentence is the words of the quotation's speaker, named by a verb
  // outside it (before it or, inverted, after it), whatever "according to" the quotation cites.
  // Nullptr when `pos` is in no such quotation or no such verb names a speaker.
  const Attribution* quotationAttribution(SentenceScope& sc, std::size_t pos);

  // The speaker of a figure at `pos` that no verb attributes, inside a quotation opening in its
  // sentence that a name labels or a biography's subject speaks in the first person.
  std::vector<int> unattributedQuoteSpeakers(const SentenceScope& sc, std::size_t pos);

  // Quotes with their speakers. Quotes are found over the whole block (a quote may hold
  // several sentences) and belong to the sentence they open in.
  void quoteClaims(SentenceScope& sc);

  // Attributed statements that carried no figure or quote (claims_ from `before` are the
  // sentence's figures and quotes); and a list item's words under a lead-in where someone speaks.
  void statementClaims(const SentenceScope& sc, std::size_t before);

  const Article& a_;
  const Lexicon& lex_;
  mutable ArticleTokens tokens_;  // each block's words, tokenized once for the entity finder and attributions()
  ArticleEntities ents_;
  std::vector<ClaimRecord> claims_;
  Discourse discourse_;
  std::size_t quoteBlock_ = SIZE_MAX;
  std::vector<Quote> blockQuotes_;
  std::vector<Attribution> blockAfter_;
  mutable std::map<std::size_t, LeadIn> leadIns_;                        // lead-in block -> its last speaker and verb
  std::vector<std::pair<Quote, std::vector<int>>> quoteSpeakers_;        // quoteBlock_'s quotations with a speaker
  mutable std::vector<std::vector<std::string>> publisherWords_;         // folded words of each reference's publisher
  mutable std::string subjectPronoun_;                                   // subjectPronoun(), once per article
  mutable std::vector<std::string> lastWords_;                           // folded last word of each entity's name
  mutable std::unordered_map<std::string, int> organizationByLastWord_;  // kNone when ambiguous
};

}  // namespace cg::ingest
