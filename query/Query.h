#pragma once
// Provenance queries over a frozen ClaimGraph, answered from indices built once, each on its first use,
// or read in place from the graph's snapshot where Engine::attachIndices stored them: folded word
// tokens -> claims, figure values (per unit, sorted) -> claims, entity -> claims about it / by it
// (graph in-edges), subject + measure -> claims.
//
//   cg::query::Engine engine(graph);
//   auto hits = engine.whoClaimed("$589B");        // ranked claims
//   auto prov = engine.provenance(*graph.findClaim("c:deepseek_market_crash:12"));
//   auto verdict = engine.check("NVIDIA lost about 590 billion dollars ...");

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/ClaimGraph.h"
#include "ingest/Statement.h"
#include "ingest/Words.h"

namespace cg::query {

using graph::ClaimId;
using graph::ContestedId;
using graph::EntityId;
using graph::SourceId;

struct Hit {
  ClaimId claim;
  double score = 0;     // higher first: exact figure and entity matches rank above words
  std::string matched;  // what matched: "figure", "entity", "words", "quote"
};

// claim -> sentence/row in its document -> markers -> references -> publishers.
struct Provenance {
  ClaimId claim;
  std::vector<SourceId> sources;
  std::vector<EntityId> publishers;
  std::vector<ClaimId> related;  // other claims the same sources back (capped)
};

struct EntityReport {
  EntityId entity;
  struct Relation {
    std::string relation;
    bool outgoing = true;
    EntityId other;
    ClaimId claim;
  };
  std::vector<Relation> relations;
  std::vector<ClaimId> about, claimed;
  std::vector<ContestedId> contested;
  std::vector<SourceId> sources;
};

using Word = ingest::WordSpan;  // a word of a statement (wordsOf, Query.cpp)

enum class Verdict { kSupported, kRefuted, kConflicting, kNotEnoughEvidence };

struct Evidence {
  ClaimId claim;
  bool agrees = false;
  bool context = false;  // it speaks of another period: shown, not counted
};

// How a statement was understood (../shared/CONTRACT.md, `reading`), so a person can see why
// the verdict came out as it did.
struct Reading {
  std::optional<EntityId> subject;  // as the graph knows it
  std::string subjectName;          // as the statement names it; empty when it names nothing
  std::string measure;              // "valuation", "funding round", ...; empty when unknown
  // The measure as the statement names it where the extractor gives the figure no measure of its
  // own ("other"): the noun phrase the figure is "of" or that "is" it ("a service ceiling of 44,000
  // feet": "service", "ceiling"), folded; `measure` is then the phrase. Only claims whose words name
  // its head word ("ceiling") speak to it: a length of another part is no ceiling.
  std::vector<std::string> measureWords;
  std::optional<graph::Quantity> figure;
  std::string asOf;  // the statement's own date; empty: it speaks of the latest value
  // What a score is measured on, when the statement names it after the figure ("85.7% on MMLU"):
  // the subject's figures count only where they are scores on it. `scope` is unset for a name
  // the graph does not know ("on the Ferrow Test"); `scopeName` is empty when there is none.
  std::optional<EntityId> scope;
  std::string scopeName;
  // The metric a score is given in, when the statement names it before "score" ("an F1 score of
  // 87.1"): of a benchmark's scores, only those under no metric's or that metric's column ("F1 Score",
  // not "EM Score") speak to it. Empty when it names none.
  std::string metric;
  // What a training cost is of, when the statement names it beside its payer ("OpenAI spent $3
  // million training Whisper"): the payer's figures count only where their words name it.
  std::string trainedName;
  // The part of the subject a possessive names as the clause's subject ("DeepSeek-OCR's decoder
  // activates ...", or a proper name: "OpenAI Gym's MountainCar-v0 environment ends ..."): the
  // subject's figures count only where their sentence names the part, and a
  // figure its own article gives in a sentence on that part counts whoever the extractor gave it to.
  std::string partName;
  // The possessor of the proper name the statement's figure is about ("Google" of "Google's Cloud TPU
  // offered ..."): tried after that name, its figures count only where their sentence names `ownedName`.
  std::optional<EntityId> partOwner;
  std::string ownedName;
  // The market a money figure sizes, by its words ("ai", "edge", "hardware"; reason/Markets.h), when
  // the statement names one: the graph holds no entity for it, and `subjectName` is the phrase.
  std::vector<std::string> market;
  // A model class the statement names by a model ("GPT-4-level inference", "GPT-4-class output",
  // "inference at GPT-4 level"), as folded words ("gpt", "4"): the figure is of whatever performs
  // at that level, not of the model's own prices, and only claims that name the same class speak to it.
  std::vector<std::string> modelClass;
  // Who the statement says gives the figure ("According to the Standish Group, ...", "Gartner
  // says ..."), as written; empty when it names no one.
  std::string claimantName;
};

struct CheckResult {
  std::string statement;
  Reading reading;
  Verdict verdict = Verdict::kNotEnoughEvidence;
  std::string explanation;
  std::vector<Evidence> evidence;
  std::optional<double> difference;  // statement value minus the nearest claimed value, base units
};

// One sentence of a draft, the line it stands on, and its check. A sentence that states no figure is
// not checked: `checked` is false and the result holds only the sentence (result.statement).
struct DraftCheck {
  std::uint32_t line = 0;
  CheckResult result;
  bool checked = true;
};

class Engine {
 public:
  struct Match;  // a who-claimed match before ranking
  // A name a statement writes that the graph knows, as read() finds it (the steps of read, Query.cpp): public
  // so that the file's plain helpers can take the names found.
  struct Named {
    EntityId entity;
    std::size_t begin = 0, end = 0;  // where the statement names it
    bool commonWord = false;         // written as an English word ("benchmark", "Top models"): a concept
    bool fallback = false;           // the name as written after its maker's form of it: tried after that
    bool owned = false;              // a product named by its maker's possessive ("IBM's CUGA"): an owner
    bool headed = false;             // a page named with its class ("the CK-12 Flexi GPT"): tried first
    // A name that modifies the noun after it, its possessor named before it ("Unstable Diffusion's
    // Kickstarter campaign"): the phrase is the possessor's, tried first.
    bool modifiesHead = false;
    // The possessor of a proper name the graph types as no owner ("Google's Cloud TPU"): tried after
    // it, its figures counting only where they name that name (Reading::partOwner).
    bool ownsNext = false;
  };
  // The indices fill in on first use (thread-safe); the graph must outlive the engine.
  explicit Engine(const graph::ClaimGraph& g);

  [[nodiscard]] std::vector<Hit> whoClaimed(std::string_view text, std::size_t limit = 20) const;
  [[nodiscard]] Provenance provenance(ClaimId claim, std::size_t relatedLimit = 10) const;
  [[nodiscard]] std::optional<EntityReport> entity(std::string_view nameOrId) const;
  // Contested sets, all or those about/involving one entity.
  [[nodiscard]] std::vector<ContestedId> contested(std::optional<EntityId> entity = std::nullopt) const;
  [[nodiscard]] CheckResult check(std::string_view statement) const;
  // Every sentence of a draft (decoded text), in order: each that states a figure checked on its own, the
  // others marked not checked.
  [[nodiscard]] std::vector<DraftCheck> checkDraft(std::string_view utf8, const std::string& path) const;
  [[nodiscard]] bool isContested(ClaimId claim) const;

  [[nodiscard]] const graph::ClaimGraph& graph() const { return g_; }

  // Stores in `g` (frozen) the indices a check and a figure question read (figures by subject and
  // by maker, unit and measure; each entity's maker; the entities of one name key; pages titled with
  // a class; names "X by Maker"; each unit's figure values), so that a snapshot written after carries
  // them and an engine on the loaded graph reads them in place, where its first check built them
  // (400 M instructions at 10^6 claims, issue #16). An engine on a graph without them builds them.
  static void attachIndices(graph::ClaimGraph& g);

 private:
  // The parts of whoClaimed: matches of each kind, then the best of them.
  [[nodiscard]] bool figureMatches(std::string_view text, std::size_t limit, std::vector<Match>& matches) const;
  void entityMatches(std::string_view text, std::size_t limit, std::vector<Match>& matches) const;
  void wordMatches(std::string_view text, std::size_t limit, std::vector<Match>& matches) const;
  // The parts of check: the reading, the claims it can be weighed against, the verdict.
  [[nodiscard]] Reading read(std::string_view statement, std::vector<EntityId>& named) const;
  [[nodiscard]] std::vector<Named> namesWithMakers(std::string_view statement) const;
  struct FigureSpan;
  // The steps of read, each taking what the ones before it made of the statement (ReadState, Query.cpp).
  struct ReadState;
  void readNamesAndEventYear(ReadState& st, Reading& r) const;
  void readFigureScope(ReadState& st, Reading& r) const;
  [[nodiscard]] std::string orderNames(ReadState& st, Reading& r) const;
  void readSubjectForms(ReadState& st, Reading& r, std::vector<EntityId>& named) const;
  static void readNarrowerEvent(const ReadState& st, Reading& r, std::vector<EntityId>& named);
  void readPart(const ReadState& st, Reading& r, std::vector<EntityId>& named) const;
  void readPartOwner(const ReadState& st, Reading& r) const;
  // `e` first among the `named` and the reading's subject.
  void takeAsSubject(EntityId e, Reading& r, std::vector<EntityId>& named) const;
  // `unknownHolder`: a name the graph does not know that opens the statement, which can hold the score.
  void readBenchmarkScope(std::string_view statement, const FigureSpan& figure, const std::string& extractedScope,
                          std::string_view unknownHolder, Reading& r, std::vector<Named>& found) const;
  void rankSubjects(std::string_view statement, const FigureSpan& figure, const std::string& extractedSubject,
                    std::vector<Named>& found) const;
  // `termSide`: the statement before its figure, where a term page's title is looked for.
  void chooseSubject(std::string_view statement, const FigureSpan& figure, std::string_view termSide,
                     const std::string& unknownName, const std::vector<Named>& found, Reading& r,
                     std::vector<EntityId>& named) const;
  // A name written with a class word after it that pages share ("CK-12 Flexi GPT", "ABCmouse's
  // ChatGPT plugin"): the page of that name and class replaces the names inside the phrase; a name
  // that no such page has is returned (the statement's subject, which the graph does not know).
  [[nodiscard]] static std::vector<std::size_t> classNameEnds(std::string_view statement,
                                                              const std::vector<Word>& words, std::size_t h,
                                                              bool qualified);
  [[nodiscard]] std::optional<EntityId> titledWithClass(std::string_view name, const std::string& cls) const;
  [[nodiscard]] std::optional<EntityId> pageBeforeClass(std::string_view statement, const std::vector<Word>& words,
                                                        std::pair<std::size_t, std::size_t> span,
                                                        const std::string& cls) const;
  [[nodiscard]] std::string readHeadedNames(std::string_view statement, std::vector<Named>& found) const;
  // The steps of readHeadedNames at a class word words[h] (Query.cpp).
  [[nodiscard]] bool classInLongerName(std::string_view statement, const std::vector<Word>& words, std::size_t h,
                                       bool qualified, const std::string& cls, std::vector<Named>& found) const;
  [[nodiscard]] std::optional<EntityId> pageOfClassName(std::string_view statement, const std::vector<Word>& words,
                                                        std::size_t h, bool qualified, const std::string& cls,
                                                        std::size_t& start) const;
  // A page of a shared class named with no class word ("Cold Mail keeps ..."): see Query.cpp.
  void readBareHeadedNames(std::string_view statement, const std::vector<Word>& words, std::vector<Named>& found) const;
  [[nodiscard]] bool readMakerClass(std::string_view statement, const std::vector<Word>& words, std::size_t h,
                                    std::size_t end, const std::string& cls, std::vector<Named>& found,
                                    std::string& unknown) const;
  [[nodiscard]] bool readClassByMaker(std::string_view statement, const std::vector<Word>& words, std::size_t h,
                                      std::vector<Named>& found, std::string& unknown) const;
  // statement[begin, last) names `page` (owned and headed, in place of the names inside it), or with no
  // page a thing the graph does not know, returned in `unknown`.
  static void namePhrase(std::string_view statement, std::size_t begin, std::size_t last, std::optional<EntityId> page,
                         std::vector<Named>& found, std::string& unknown);
  bool appositiveClass(std::string_view statement, const std::vector<Word>& words, std::size_t h, std::size_t first,
                       const std::string& cls, std::vector<Named>& found, std::string& unknown) const;
  bool classBeforeName(std::string_view statement, const std::vector<Word>& words, std::size_t h, std::size_t first,
                       const std::string& cls, std::vector<Named>& found, std::string& unknown) const;
  std::vector<Named> dropModifiers(std::string_view statement, const FigureSpan& figure, const std::string& measure,
                                   std::vector<Named>& found) const;
  [[nodiscard]] std::optional<Named> headTermAfter(std::string_view statement, std::size_t nameEnd,
                                                   std::string_view measure) const;
  [[nodiscard]] static std::size_t subjectClauseEnd(std::string_view statement, std::size_t verbAt);
  [[nodiscard]] static bool modifierName(std::string_view statement, const Named& n, std::size_t clauseEnd);
  void readOpeningScope(std::string_view statement, const FigureSpan& figure, Reading& r,
                        std::vector<Named>& found) const;
  [[nodiscard]] bool measuredOnOther(ClaimId c, const Reading& reading) const;
  void readOpeningParticiple(std::string_view statement, const FigureSpan& figure, const std::vector<Named>& found,
                             Reading& r, std::vector<EntityId>& named) const;
  void readAppositive(std::string_view statement, const FigureSpan& figure, const std::vector<Named>& found, Reading& r,
                      std::vector<EntityId>& named) const;
  static void dropNamesWithin(std::string_view statement, std::string_view partName, std::size_t from,
                              const std::vector<Named>& found, std::vector<EntityId>& named);
  [[nodiscard]] std::string claimantOf(std::string_view statement) const;
  void readModelClass(std::string_view statement, Reading& r, const std::vector<Named>& found) const;
  void readTrainedThing(std::string_view statement, Reading& r, std::vector<Named>& found) const;
  void readMadeThing(std::string_view statement, std::vector<Named>& found) const;
  [[nodiscard]] std::size_t readEventYear(std::string_view statement, std::vector<Named>& found,
                                          ingest::StatementReading& s, std::size_t& phraseBegin) const;
  [[nodiscard]] std::size_t readOriginYear(std::string_view statement, std::vector<Named>& found,
                                           ingest::StatementReading& s) const;
  [[nodiscard]] std::string originMeasure(EntityId thing) const;
  [[nodiscard]] std::size_t readHeldYear(std::string_view statement, std::vector<Named>& found,
                                         ingest::StatementReading& s) const;
  [[nodiscard]] std::optional<EntityId> datedEventTitled(std::string_view title) const;
  [[nodiscard]] bool ownerNamed(const Named& n) const { return !n.commonWord && (n.owned || isOwner(n.entity)); }
  [[nodiscard]] std::vector<Named>::iterator scopeBefore(std::string_view text, std::vector<Named>& found,
                                                         const FigureSpan& figure) const;
  [[nodiscard]] std::vector<Named>::iterator scopeBefore(std::string_view text, std::vector<Named>& found,
                                                         std::pair<std::size_t, std::size_t> span, EntityId holder,
                                                         std::string_view unit) const;
  [[nodiscard]] std::vector<Named> namedEntities(std::string_view text) const;
  // A word span of a statement in the forms knownName tries it in, cut out of forms of the whole
  // statement made once (StatementForms, issue #16) rather than made anew for every span.
  struct SpanForms {
    graph::ClaimGraph::NameForms graphForms;  // as written, folded, slug
    std::string_view articleKey;              // the key an article file of this title has
    bool articleKeyIsSlug = false;            // slugify(articleKey) == articleKey: no '-', ASCII
  };
  class StatementForms;
  [[nodiscard]] std::optional<EntityId> knownName(const SpanForms& forms, bool singleWord) const;
  [[nodiscard]] std::optional<EntityId> knownByInitials(std::string_view span, bool singleWord) const;
  // The steps of namedEntities: the longest known name at a word, the entities a proper adjective there
  // pertains to, then the names found as the statement names them (NameAt, Query.cpp).
  struct NameAt;
  [[nodiscard]] std::optional<NameAt> longestNameAt(std::string_view text, const std::vector<Word>& words,
                                                    StatementForms& forms, std::size_t i) const;
  [[nodiscard]] bool knownByNameAlone(EntityId e) const;
  [[nodiscard]] bool namesInside(std::string_view text, const std::vector<Word>& words, StatementForms& forms,
                                 std::size_t first, std::size_t last) const;
  [[nodiscard]] std::optional<EntityId> pageTitledAcrossPossessive(std::string_view span) const;
  [[nodiscard]] std::optional<EntityId> figurelessNameAround(std::string_view text, EntityId subject) const;
  [[nodiscard]] std::optional<NameAt> figurelessNameAt(std::string_view text, const std::vector<Word>& words,
                                                       StatementForms& forms, std::size_t i) const;
  [[nodiscard]] std::vector<NameAt> pertainingNames(std::string_view text, const std::vector<Word>& words,
                                                    std::size_t i) const;
  [[nodiscard]] std::vector<Named> namedOfFound(std::string_view text, const std::vector<Word>& words,
                                                const std::vector<NameAt>& found,
                                                const std::vector<std::size_t>& adjectives) const;
  [[nodiscard]] std::optional<EntityId> byInitials(std::string_view initials) const;
  // A term page's topic that a statement names by its title (termTitled), and whether the title opens
  // the statement (its first words, after an article): the statement's grammatical subject.
  struct TermTitle {
    EntityId entity;
    bool opensStatement = false;
  };
  [[nodiscard]] std::optional<TermTitle> termTitled(std::string_view subjectSide) const;
  // A model a statement names by its maker's possessive and its id ("Microsoft's resnet-18"): the model's
  // entity and the id as written.
  struct MakerModel {
    EntityId model;
    std::string id;
    std::size_t makerEnd = 0;  // where the maker's name ends, before its "'s"
  };
  [[nodiscard]] std::optional<MakerModel> makerModelId(std::string_view statement) const;
  [[nodiscard]] std::optional<EntityId> possessedTerm(std::string_view subjectSide) const;
  [[nodiscard]] std::optional<EntityId> termAfterOpeningPhrase(std::string_view subjectSide) const;
  [[nodiscard]] bool opensWithTerm(std::string_view statement) const;
  [[nodiscard]] bool isOwner(EntityId e) const;
  [[nodiscard]] bool hasFigures(EntityId e) const;
  [[nodiscard]] std::vector<EntityId> sameNamed(EntityId e) const;
  [[nodiscard]] std::optional<EntityId> sizedVersion(std::string_view statement, std::string_view subjectName) const;
  [[nodiscard]] std::optional<std::pair<graph::DocumentId, EntityId>> titleHeadEntity(EntityId subject) const;
  // The figures of `units` and `measures` that the subject's own article gives its title's head, merged into `found`.
  void titleHeadFigures(EntityId subject, const std::vector<std::string_view>& units,
                        const std::vector<std::string>& measures, std::vector<ClaimId>& found) const;
  [[nodiscard]] std::string claimRatePeriod(ClaimId c) const;
  [[nodiscard]] std::vector<ClaimId> partClaims(EntityId subject, const Reading& reading,
                                                std::vector<ClaimId> found) const;
  [[nodiscard]] std::vector<ClaimId> comparableClaims(EntityId subject, const std::string& measure,
                                                      const std::string& unit) const;
  // The ranges of `measure` the graph gives of `subject` ("ranges from -1 to 1"), in `unit` or none: what a bound
  // ("as low as -1") is checked against where the subject has no bound of its own.
  [[nodiscard]] std::vector<ClaimId> rangesOf(EntityId subject, const std::string& measure,
                                              const std::string& unit) const;
  [[nodiscard]] std::vector<ClaimId> comparableScores(EntityId subject, const Reading& reading) const;
  [[nodiscard]] bool underMetric(ClaimId c, const Reading& reading) const;
  [[nodiscard]] std::vector<ClaimId> namedPartCounts(EntityId subject, const Reading& reading,
                                                     const std::vector<std::string>& statementWords) const;
  [[nodiscard]] std::vector<ClaimId> countsOfNoun(EntityId subject, const Reading& reading) const;
  [[nodiscard]] std::vector<ClaimId> namedMeasureClaims(EntityId subject, const Reading& reading) const;
  [[nodiscard]] static bool readMarket(std::string_view statement, Reading& r);
  [[nodiscard]] std::vector<ClaimId> marketClaims(const std::vector<std::string>& market) const;
  [[nodiscard]] std::vector<ClaimId> classClaims(const Reading& reading) const;
  [[nodiscard]] bool checkedByClaimant(std::string_view statement, const std::vector<std::string>& statementWords,
                                       const std::vector<EntityId>& named, CheckResult& r) const;
  // The steps of check after the reading: a market's size, a class of models, else the claims of a named
  // subject that the statement's figure speaks of (comparableOfNamed), found one way after another.
  [[nodiscard]] bool checkedAsMarket(std::string_view statement, const std::vector<std::string>& statementWords,
                                     CheckResult& r) const;
  [[nodiscard]] bool checkedAsClass(const std::vector<std::string>& statementWords, CheckResult& r) const;
  struct FigureFilter;
  [[nodiscard]] static FigureFilter figureFilter(std::string_view statement, const Reading& reading);
  void dropOtherCountEvents(std::vector<ClaimId>& found, const FigureFilter& filter) const;
  [[nodiscard]] std::vector<ClaimId> ofPartAndPeriod(EntityId e, const Reading& reading, const FigureFilter& filter,
                                                     std::vector<ClaimId> found) const;
  [[nodiscard]] std::vector<ClaimId> comparableOfNamed(std::string_view statement, const std::vector<EntityId>& named,
                                                       const std::vector<std::string>& statementWords, CheckResult& r,
                                                       bool& unlabelled) const;
  [[nodiscard]] std::vector<ClaimId> countsByVerb(std::string_view statement, const std::vector<EntityId>& named,
                                                  const FigureFilter& filter, CheckResult& r) const;
  [[nodiscard]] std::vector<ClaimId> claimsOfMeasure(const std::vector<EntityId>& named, const FigureFilter& filter,
                                                     const std::vector<std::string>& statementWords,
                                                     CheckResult& r) const;
  [[nodiscard]] std::vector<ClaimId> unlabelledClaims(const std::vector<EntityId>& named, const FigureFilter& filter,
                                                      CheckResult& r) const;
  [[nodiscard]] std::vector<ClaimId> ratesOf(EntityId e, const Reading& reading, const std::string& period) const;
  [[nodiscard]] std::vector<ClaimId> claimantClaims(EntityId claimant, std::string_view statement,
                                                    const Reading& reading) const;
  [[nodiscard]] bool scoreOn(ClaimId c, const Reading& reading) const;
  [[nodiscard]] std::optional<std::pair<EntityId, std::size_t>> ownedForm(std::string_view statement,
                                                                          std::size_t makerBegin,
                                                                          std::size_t makerEnd) const;
  [[nodiscard]] std::optional<EntityId> possessedForm(std::string_view statement, std::size_t nameBegin,
                                                      std::size_t nameEnd) const;
  // `unlabelled`: the claims are of the catch-all measure that the statement's labelled measure refines
  // ("percentage" for an accuracy): one that disagrees does not refute (it may be of another quantity).
  // `statementWords`: the statement's words, folded once by check for every rule that asks what it names.
  void weigh(CheckResult& r, const std::vector<std::string>& statementWords, const std::vector<ClaimId>& comparable,
             bool unlabelled = false) const;
  // What weigh found before the verdict: the sources disagree (sourcesDisagree), and the statement lists the
  // items it counts, so that counts naming none of them were set aside (setAsideOtherLists).
  struct Weighed {
    bool reported = false;
    bool listsItems = false;
  };
  void weighUnlabelled(CheckResult& r, const std::vector<std::string>& statementWords, Weighed weighed) const;
  struct RowFigures;
  [[nodiscard]] bool rowOfOtherPage(ClaimId c, RowFigures& rows, const std::vector<std::string>& statementWords,
                                    EntityId subject) const;
  void setAsideOtherScopes(CheckResult& r, const std::vector<std::string>& statementWords) const;
  void setAsideOtherGenerations(CheckResult& r) const;
  [[nodiscard]] std::optional<int> yearIntroduced(EntityId thing) const;
  [[nodiscard]] bool classOfMany(const CheckResult& r) const;
  void settleVerdict(CheckResult& r, const std::vector<std::string>& statementWords, Weighed weighed) const;
  [[nodiscard]] bool contestedAgainst(ClaimId agreeing, const CheckResult& r, std::string_view period) const;
  [[nodiscard]] std::string explainVerdict(const CheckResult& r, double nearest, bool listsItems) const;

  const graph::ClaimGraph& g_;
  struct Indices;
  std::shared_ptr<Indices> indices_;  // each index fills in lazily (thread-safe: once_flag)
};

[[nodiscard]] const char* toString(Verdict v);

}  // namespace cg::query
