#include "bench/CorpusGenerator.h"

#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <deque>
#include <map>
#include <set>
#include <string_view>
#include <unordered_set>

#include "bench/Rng.h"
#include "graph/Fold.h"

namespace cg::bench {
namespace {

using graph::ClaimKind;
using graph::EntityType;
using namespace std::string_view_literals;

// ---------------------------------------------------------------------------------------
// Word pools. Names are invented (syllables), publishers are real outlets; about one name
// in ten carries a non-ASCII letter so that folding and slugs are exercised.

constexpr std::array kFirstNames = {
    "Liang",   "Satya", "Jensen", "Marc",   "Alexandr", "Sundar", "Tim",    "Lisa",    "Mira",   "Dario",
    "Daniela", "Sam",   "Greg",   "Ilya",   "Fei",      "Yann",   "Demis",  "Mustafa", "Arthur", "Aidan",
    "Noam",    "Emad",  "Clara",  "Hannah", "Priya",    "Rahul",  "Wei",    "Mei",     "Kenji",  "Yuki",
    "Omar",    "Amara", "Lucas",  "Sofia",  "Mateo",    "Elena",  "Jonas",  "Freya",   "Nadia",  "Tomas",
    "Ingrid",  "Pablo", "Chloé",  "Zoë",    "José",     "Søren",  "Łukasz", "Björn",   "Anaïs",  "Ngozi",
    "Kwame",   "Aiko",  "Ravi",   "Leila",  "Viktor",   "Grace",  "Owen",   "Maya",    "Felix",  "Iris"};
constexpr std::array kLastNames = {
    "Wenfeng",  "Nadella",  "Huang",    "Andreessen", "Wang",    "Pichai", "Cook",     "Su",       "Murati",
    "Amodei",   "Altman",   "Brockman", "Sutskever",  "Li",      "LeCun",  "Hassabis", "Suleyman", "Mensch",
    "Gomez",    "Shazeer",  "Mostaque", "Chen",       "Zhang",   "Liu",    "Tanaka",   "Sato",     "Kim",
    "Park",     "Singh",    "Patel",    "Okafor",     "Mensah",  "Silva",  "Costa",    "Rossi",    "Bianchi",
    "Novak",    "Kowalski", "Schmidt",  "Fischer",    "Weber",   "Meyer",  "Larsen",   "Berg",     "Dubois",
    "Moreau",   "García",   "Müller",   "Nuñez",      "Åberg",   "Öztürk", "Dvořák",   "Ferreira", "Haddad",
    "Nakamura", "Ivanova",  "Petrov",   "Lindqvist",  "O'Brien", "Murphy", "Walsh",    "Hughes",   "Reyes",
    "Cruz",     "Morgan",   "Bennett",  "Hayes",      "Foster",  "Grant",  "Holt",     "Quinn",    "Vance",
    "Wolfe",    "Yates",    "Zeller",   "Abbott",     "Blake",   "Carver", "Drake",    "Ellis"};
constexpr std::array kStemsA = {"Nor",   "Vel",  "Quan", "Astra", "Lumi", "Zen",  "Kor",  "Tera", "Hexa",
                                "Oro",   "Sol",  "Vire", "Cal",   "Dyna", "Pyx",  "Mira", "Orth", "Syn",
                                "Vanta", "Heli", "Cora", "Nexa",  "Aeri", "Fen",  "Iso",  "Juno", "Kine",
                                "Lyra",  "Meri", "Novo", "Opti",  "Plex", "Rho",  "Sera", "Tal",  "Umbra",
                                "Vox",   "Wren", "Xeno", "Yara",  "Ölan", "Årda", "Şira", "Éco"};
constexpr std::array kStemsB = {"vex",  "dyne", "mind",   "tek",  "ora",  "ion", "loop",  "grid",  "scale", "forge",
                                "nova", "path", "sphere", "wave", "core", "bit", "logic", "stack", "cell",  "quant"};
constexpr std::array kCompanyKinds = {"Systems", "Labs",     "AI",           "Robotics", "Semiconductor", "Energy",
                                      "Cloud",   "Holdings", "Technologies", "Networks", "Capital",       "",
                                      "",        ""};
constexpr std::array kPlaces = {"Halden", "Marlow", "Kestrel", "Orinoco", "Tasman",   "Baltic",  "Pacific Rim",
                                "Andes",  "Nordic", "Alpine",  "Sahel",   "Meridian", "Caspian", "Zürich"};
constexpr std::array kIndexKinds = {"Composite",         "100", "500", "Tech Index", "Semiconductor Index", "All-Share",
                                    "Industrial Average"};
struct Outlet {
  std::string_view name, domain;
};
constexpr std::array<Outlet, 28> kOutlets = {{{"Reuters", "reuters.com"},
                                              {"Bloomberg", "bloomberg.com"},
                                              {"CNBC", "cnbc.com"},
                                              {"Financial Times", "ft.com"},
                                              {"The Wall Street Journal", "wsj.com"},
                                              {"TechCrunch", "techcrunch.com"},
                                              {"The Verge", "theverge.com"},
                                              {"Fortune", "fortune.com"},
                                              {"NBC News", "nbcnews.com"},
                                              {"CNN Business", "cnn.com"},
                                              {"Yahoo Finance", "finance.yahoo.com"},
                                              {"The Information", "theinformation.com"},
                                              {"Nikkei Asia", "asia.nikkei.com"},
                                              {"Handelsblatt", "handelsblatt.com"},
                                              {"Le Monde", "lemonde.fr"},
                                              {"South China Morning Post", "scmp.com"},
                                              {"The Guardian", "theguardian.com"},
                                              {"Axios", "axios.com"},
                                              {"Wired", "wired.com"},
                                              {"Forbes", "forbes.com"},
                                              {"BusinessToday", "businesstoday.in"},
                                              {"SemiAnalysis", "semianalysis.com"},
                                              {"The Economist", "economist.com"},
                                              {"Les Échos", "lesechos.fr"},
                                              {"Süddeutsche Zeitung", "sueddeutsche.de"},
                                              {"El País", "elpais.com"},
                                              {"Associated Press", "apnews.com"},
                                              {"Barron's", "barrons.com"}}};
constexpr std::array kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                "July",    "August",   "September", "October", "November", "December"};
constexpr std::array kRoles = {"chief executive", "chief financial officer", "president", "chief scientist",
                               "co-founder",      "head of research"};
constexpr std::array kSectionTitles = {"Background",          "History",
                                       "Financial results",   "Market reaction",
                                       "Reactions",           "Debate over the figures",
                                       "Products and models", "Funding",
                                       "Leadership",          "Significance and aftermath",
                                       "Competition",         "Regulation",
                                       "Infrastructure",      "Legacy"};
constexpr std::array kCategories = {"AI Companies", "AI Safety",       "Markets",    "Semiconductors",
                                    "AI Models",    "Venture Capital", "Regulation", "Cloud Computing"};
constexpr std::array kTitleForms = {"{S} market crash ({M} {Y})",  "{S} funding round ({Y})", "{S}",
                                    "{S} initial public offering", "{S} selloff ({Y})",       "{S} model launch ({Y})",
                                    "{S} earnings ({Y})"};
constexpr std::array kHeadlines = {"{S} stock plummets as investors question AI spending",
                                   "Inside {S}'s bet on custom chips",
                                   "{S} raises new funding at a higher valuation",
                                   "Why {S} matters for the AI race",
                                   "{S} shares slide, biggest drop in years",
                                   "{S} posts results ahead of expectations",
                                   "What the {S} numbers really say",
                                   "{S} chief defends spending plans"};
constexpr std::array kQuotes = {"we will see its use skyrocket",
                                "this is a turning point for the whole industry",
                                "the market has misread what efficiency means",
                                "inference requires significant numbers of accelerators",
                                "we are still in the early innings of this build-out",
                                "demand for compute has never been stronger",
                                "cheaper models will expand, not shrink, overall demand",
                                "our customers want more capacity than we can supply",
                                "the cost figures do not tell the whole story",
                                "we intend to keep releasing open weights",
                                "regulators need to catch up with the technology",
                                "no single company will own this market",
                                "the selloff was driven by fear rather than facts",
                                "we expect margins to recover by the end of the year",
                                "efficiency gains are good news for everyone"};
constexpr std::array kCalledPhrases = {"a wake-up call",       "a Sputnik moment", "an excellent advancement",
                                       "a buying opportunity", "an overreaction",  "a defining moment for the industry",
                                       "a temporary setback"};
constexpr std::array kFillers = {"The episode became a focal point for debates over AI spending.",
                                 "Investors questioned whether the enormous capital expenditure was justified.",
                                 "Most affected stocks recovered much of the lost ground over the following weeks.",
                                 "The debate continued in the trade press for months.",
                                 "Critics and supporters drew very different lessons from the episode.",
                                 "Export controls shaped both the methods and the credibility debate.",
                                 "The development landed days after a major infrastructure announcement.",
                                 "Observers noted that the headline numbers covered only part of the story.",
                                 "The company expanded its operations across Europe and Asia.",
                                 "The move was widely seen as a response to growing competition.",
                                 "Several outlets revised their coverage as more details emerged.",
                                 "Analysts disagreed about how much of the decline was justified."};
constexpr std::array kTableNotes = {"AI networking and custom-silicon supplier",
                                    "memory for AI systems",
                                    "data-center GPUs and CPUs",
                                    "nuclear power tied to AI demand",
                                    "data-center cooling and power",
                                    "tech-heavy index",
                                    "record one-day loss",
                                    "cloud capacity provider"};

enum class Dim : std::uint8_t { kMoney, kPercent, kCount, kGpuHours };

struct Measure {
  std::string_view name;  // the truth's measure
  Dim dim;
  double lo, hi;
  bool index;                                 // its subject is a stock index
  std::string_view np;                        // "put S's {np} at F"
  std::array<std::string_view, 3> templates;  // {S} subject, {F} figure, {D} date, {Y} year, {O} other company
};

const std::array<Measure, 16> kMeasures = {{
    {"market value lost",
     Dim::kMoney,
     1e9,
     9e11,
     false,
     "market value loss",
     {"{S} lost {F} in market value on {D}.", "{S}'s market capitalization fell by {F} in a single session.",
      "The selloff erased {F} from the market value of {S}."}},
    {"revenue",
     Dim::kMoney,
     5e6,
     2e11,
     false,
     "revenue",
     {"{S} reported revenue of {F} for fiscal {Y}.", "{S}'s annual revenue reached {F} in {Y}.",
      "Revenue at {S} came to {F} in {Y}."}},
    {"funding raised",
     Dim::kMoney,
     5e6,
     3e10,
     false,
     "latest funding round",
     {"{S} raised {F} in a funding round led by {O}.", "In {Y}, {S} closed a financing round of {F}.",
      "{S} raised {F} from investors including {O}."}},
    {"valuation",
     Dim::kMoney,
     1e8,
     9e11,
     false,
     "valuation",
     {"{S} was valued at {F} after its {Y} funding round.", "Investors valued {S} at {F} in {Y}.",
      "A secondary sale in {Y} valued {S} at {F}."}},
    {"net loss",
     Dim::kMoney,
     1e6,
     3e10,
     false,
     "net loss",
     {"{S} posted a net loss of {F} in {Y}.", "{S} lost {F} on a net basis in {Y}.",
      "The net loss of {S} widened to {F} in {Y}."}},
    {"training cost",
     Dim::kMoney,
     1e5,
     5e8,
     false,
     "training cost",
     {"The final training run of {S}'s flagship model cost {F}.",
      "Training the latest model from {S} cost {F}, excluding research and staff.",
      "{S} spent {F} on the main training run of its {Y} model."}},
    {"capital expenditure",
     Dim::kMoney,
     1e8,
     1e11,
     false,
     "capital expenditure",
     {"{S} planned capital expenditure of {F} for {Y}.", "{S} set aside {F} for data centers in {Y}.",
      "Capital spending at {S} reached {F} in {Y}."}},
    {"share price fall",
     Dim::kPercent,
     1,
     45,
     false,
     "share price fall",
     {"Shares of {S} fell {F} on {D}.", "{S} stock dropped {F} in a single day.", "{S} closed down {F} on {D}."}},
    {"share price rise",
     Dim::kPercent,
     1,
     60,
     false,
     "share price rise",
     {"{S} shares rose {F} over the following weeks.", "{S} stock climbed {F} after the results.",
      "Shares of {S} gained {F} on {D}."}},
    {"market share",
     Dim::kPercent,
     1,
     70,
     false,
     "market share",
     {"{S} held {F} of the market for AI accelerators in {Y}.", "The market share of {S} reached {F} in {Y}.",
      "{S} accounted for {F} of cloud AI spending in {Y}."}},
    {"employees",
     Dim::kCount,
     50,
     3e5,
     false,
     "workforce",
     {"{S} employed {F} people at the end of {Y}.", "The workforce of {S} grew to {F} employees in {Y}.",
      "{S} cut its staff to {F} employees in {Y}."}},
    {"GPUs",
     Dim::kCount,
     1000,
     3e5,
     false,
     "GPU fleet",
     {"{S} operated a cluster of {F} GPUs.", "{S} controlled {F} Hopper-class GPUs at the end of {Y}.",
      "The data center of {S} housed {F} accelerators in {Y}."}},
    {"users",
     Dim::kCount,
     1e5,
     9e8,
     false,
     "user base",
     {"{S}'s chatbot reached {F} weekly users by {D}.", "The app of {S} had {F} monthly active users in {Y}.",
      "{S} counted {F} paying subscribers in {Y}."}},
    {"parameters",
     Dim::kCount,
     1e9,
     2e12,
     false,
     "model size",
     {"The flagship model of {S} has {F} parameters.", "{S} trained a model with {F} parameters in {Y}.",
      "The {Y} model from {S} has {F} total parameters."}},
    {"training compute",
     Dim::kGpuHours,
     1e5,
     5e7,
     false,
     "training compute",
     {"The main training run of {S} used {F}.", "{S} said its model took {F} to train.",
      "Training at {S} consumed {F} in {Y}."}},
    {"index fall",
     Dim::kPercent,
     0.2,
     9,
     true,
     "decline",
     {"The {S} fell {F} on {D}.", "The {S} closed down {F}.", "The {S} lost {F} in the session."}},
}};

constexpr std::array kApprox = {"about", "roughly", "nearly", "around", "close to", "approximately"};
constexpr std::array kAtLeast = {"more than", "over", "at least"};
constexpr std::array kAtMost = {"less than", "under", "up to"};

std::string withCommas(long long n) {
  std::string digits = std::to_string(n), out;
  int k = static_cast<int>(digits.size());
  for (int i = 0; i < k; ++i) {
    out.push_back(digits[static_cast<std::size_t>(i)]);
    if ((k - i - 1) % 3 == 0 && i != k - 1) out.push_back(',');
  }
  return out;
}

// An amount as a writer shows it: mantissa digits and a scale word, with the exact value
// those digits mean.
struct Shown {
  double value = 0;
  std::string digits;            // "589", "2.79", "294,000"
  std::string_view scale, abbr;  // "billion"/"B", "million"/"M", or empty
};

Shown show(double v, int decimals) {
  Shown s;
  double mult = 1;
  if (v >= 1e9)
    mult = 1e9, s.scale = "billion", s.abbr = "B";
  else if (v >= 1e6)
    mult = 1e6, s.scale = "million", s.abbr = "M";
  if (mult == 1) {
    // Three significant digits, written out with commas: "294,000".
    double mag = std::pow(10.0, std::max(0.0, std::floor(std::log10(std::max(v, 1.0))) - 2));
    long long n = static_cast<long long>(std::llround(v / mag) * static_cast<long long>(mag));
    s.value = static_cast<double>(n);
    s.digits = withCommas(n);
    return s;
  }
  double m = v / mult;
  if (m >= 100)
    decimals = 0;
  else if (m >= 10)
    decimals = std::min(decimals, 1);
  long long p10 = decimals == 0 ? 1 : decimals == 1 ? 10 : 100;
  long long im = std::llround(m * static_cast<double>(p10));
  s.value = static_cast<double>(im) * mult / static_cast<double>(p10);  // im * mult is exact
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, static_cast<double>(im) / static_cast<double>(p10));
  s.digits = buf;
  return s;
}

std::string lowerFirst(std::string s) {
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] + 32);
  return s;
}

struct EntityDef {
  std::string key, name;
  EntityType type = EntityType::kOther;
  bool linked = false;
  int company = -1;  // people: the company they work for
  std::string_view role;
};

// A figure's text with its truth.
struct FigureText {
  std::string text;  // hedge included
  graph::Quantity quantity;
};

// The first half of a contested pair, waiting for a later article to contradict it.
struct Pending {
  std::size_t subject = 0;  // company index
  std::size_t measure = 0;
  double value = 0;
  std::string currency;
  TruthContested::Value first;
};

}  // namespace

// ---------------------------------------------------------------------------------------

struct CorpusGenerator::State {
  GeneratorOptions options;
  Rng rng;
  std::vector<EntityDef> companies, people, indices, publishers;
  Zipf companyZipf, peopleZipf, mainZipf, outletZipf;
  std::unordered_set<std::string> slugs;
  std::deque<Pending> pending;
  std::uint64_t article = 0;

  explicit State(const GeneratorOptions& o)
      : options(o), rng(o.seed), companyZipf(1, 1), peopleZipf(1, 1), mainZipf(1, 1), outletZipf(kOutlets.size(), 0.8) {
    std::size_t n = std::max<std::size_t>(o.expectedArticles, 50);
    std::set<std::string> seen;
    std::size_t nCompanies = std::min<std::size_t>(n * 3 / 2 + 100, kStemsA.size() * kStemsB.size() * 8);
    for (std::size_t guard = 0; companies.size() < nCompanies && guard < nCompanies * 20; ++guard) {
      std::string name = std::string(rng.pick(kStemsA)) + rng.pick(kStemsB);
      std::string kind = rng.pick(kCompanyKinds);
      if (!kind.empty()) name += " " + kind;
      if (!seen.insert(name).second) continue;
      companies.push_back({graph::slugify(name), name, EntityType::kOrganization, rng.chance(0.8), -1, {}});
    }
    std::size_t nPeople = n * 3 + 200;
    for (std::size_t guard = 0; people.size() < nPeople && guard < nPeople * 20; ++guard) {
      std::string name = rng.pick(kFirstNames);
      if (guard >= kFirstNames.size() * kLastNames.size() / 2 || rng.chance(0.2)) {
        name += " ";
        name.push_back(static_cast<char>('A' + rng.below(26)));
        name += ".";
      }
      name += " ";
      name += rng.pick(kLastNames);
      if (!seen.insert(name).second) continue;
      people.push_back({graph::slugify(name), name, EntityType::kPerson, rng.chance(0.4),
                        static_cast<int>(rng.below(companies.size())), rng.pick(kRoles)});
    }
    for (auto place : kPlaces)
      for (auto kind : kIndexKinds) {
        std::string name = std::string(place) + " " + kind;
        indices.push_back({graph::slugify(name), name, EntityType::kIndex, rng.chance(0.5), -1, {}});
      }
    for (const auto& o2 : kOutlets)
      publishers.push_back({graph::slugify(o2.name), std::string(o2.name), EntityType::kOrganization, false, -1, {}});
    companyZipf = Zipf(companies.size(), 1.0);
    mainZipf = Zipf(companies.size(), 0.5);
    peopleZipf = Zipf(people.size(), 0.9);
  }
};

namespace {

// Writes one article: Markdown lines and the bundle side by side.
class ArticleBuilder {
 public:
  ArticleBuilder(CorpusGenerator::State& st, GeneratedArticle& out) : st_(st), rng_(st.rng), out_(out) {}

  void build();

 private:
  struct Sentence {
    std::string md, plain;
    void put(std::string_view s) {
      md += s;
      plain += s;
    }
  };
  struct Ref {
    int number;
    std::size_t outlet;
  };

  // ---- entities
  int local(const EntityDef& e) {
    auto [it, fresh] = localByKey_.emplace(e.key, static_cast<int>(out_.bundle.entities.size()));
    if (fresh) out_.bundle.entities.push_back({e.key, e.name, e.type, {}, 0, e.linked});
    out_.bundle.entities[static_cast<std::size_t>(it->second)].mentions++;
    return it->second;
  }
  // The name, as a wiki link at its first linked mention in the article.
  int mention(Sentence& s, const EntityDef& e, bool possessive = false) {
    int id = local(e);
    if (e.linked && linkedOnce_.insert(id).second) {
      s.md += "[" + e.name + "](/wiki/" + e.key + ")";
      s.plain += e.name;
    } else {
      s.put(e.name);
    }
    if (possessive) s.put(rng_.chance(0.05) ? "’s" : "'s");
    return id;
  }
  const EntityDef& company() { return st_.companies[st_.companyZipf.sample(rng_)]; }
  const EntityDef& person() { return st_.people[st_.peopleZipf.sample(rng_)]; }
  const EntityDef& sentenceSubject() {
    return rng_.chance(0.5) ? st_.companies[main_] : st_.companies[secondary_[rng_.below(secondary_.size())]];
  }
  const EntityDef& otherCompany(const EntityDef& not_) {
    for (int i = 0; i < 8; ++i) {
      const EntityDef& c = company();
      if (c.key != not_.key) return c;
    }
    return st_.companies[(main_ + 1) % st_.companies.size()];
  }

  // ---- dates
  int year() { return rng_.between(2019, 2026); }
  std::string date() {
    return std::string(rng_.pick(kMonths)) + " " + std::to_string(rng_.between(1, 28)) + ", " + std::to_string(year());
  }

  // ---- figures
  std::string hedge(graph::Quantity& q) {
    double r = rng_.unit();
    if (r < 0.55) return "";
    if (r < 0.85) {
      q.approximate = true;
      return rng_.pick(kApprox);
    }
    if (r < 0.95) {
      q.bound = graph::Bound::kAtLeast;
      return rng_.pick(kAtLeast);
    }
    q.bound = graph::Bound::kAtMost;
    return rng_.pick(kAtMost);
  }
  static std::string moneyText(const Shown& s, const std::string& currency, int form) {
    std::string_view sym = currency == "USD" ? "$" : currency == "EUR" ? "€" : currency == "GBP" ? "£" : "";
    std::string_view word = currency == "USD"   ? "dollars"
                            : currency == "EUR" ? "euros"
                            : currency == "GBP" ? "pounds"
                                                : "yuan";
    std::string scaled = s.scale.empty() ? s.digits : s.digits + " " + std::string(s.scale);
    if (sym.empty()) form = form % 2 == 0 ? 1 : 3;  // yuan: words or code
    switch (form) {
      case 0:
        return std::string(sym) + scaled;
      case 1:
        return scaled + " " + std::string(word);
      case 2:
        return s.abbr.empty() ? std::string(sym) + scaled : std::string(sym) + s.digits + std::string(s.abbr);
      default:
        return currency + " " + scaled;
    }
  }
  FigureText money(const Measure& m, std::optional<double> forced = {}, std::string currency = {}) {
    FigureText f;
    if (currency.empty()) {
      double r = rng_.unit();
      currency = r < 0.7 ? "USD" : r < 0.85 ? "EUR" : r < 0.95 ? "GBP" : "CNY";
    }
    f.quantity.unit = currency;
    int form = static_cast<int>(rng_.below(10));
    form = form < 4 ? 0 : form < 7 ? 1 : form < 9 ? 2 : 3;
    std::string h = hedge(f.quantity);
    if (!forced && f.quantity.bound == graph::Bound::kExact && rng_.chance(0.12)) {
      // A range: "589 billion to 593 billion dollars", "between $589 billion and $593 billion".
      Shown lo = show(rng_.logUniform(m.lo, m.hi), 1);
      Shown hi = show(lo.value * (1.01 + 0.2 * rng_.unit()), 1);
      f.quantity.low = lo.value;
      f.quantity.high = hi.value;
      f.quantity.value = (lo.value + hi.value) / 2;
      std::string body;
      if (form == 1 || currency == "CNY") {
        std::string_view word = currency == "USD"   ? "dollars"
                                : currency == "EUR" ? "euros"
                                : currency == "GBP" ? "pounds"
                                                    : "yuan";
        std::string a = lo.scale.empty() ? lo.digits : lo.digits + " " + std::string(lo.scale);
        std::string b = hi.scale.empty() ? hi.digits : hi.digits + " " + std::string(hi.scale);
        body = a + " to " + b + " " + std::string(word);
      } else if (rng_.chance(0.5)) {
        body = "between " + moneyText(lo, currency, 0) + " and " + moneyText(hi, currency, 0);
      } else {
        body = moneyText(lo, currency, 0) + " to " + moneyText(hi, currency, 0);
      }
      f.text = h.empty() ? body : h + " " + body;
      f.quantity.text = f.text;
      return f;
    }
    Shown s = show(forced ? *forced : rng_.logUniform(m.lo, m.hi), static_cast<int>(rng_.between(1, 2)));
    f.quantity.value = s.value;
    std::string body = moneyText(s, currency, form);
    f.text = h.empty() ? body : h + " " + body;
    f.quantity.text = f.text;
    return f;
  }
  FigureText percent(const Measure& m, std::optional<double> forced = {}, bool table = false) {
    FigureText f;
    f.quantity.unit = "percent";
    double v = forced ? *forced : rng_.logUniform(m.lo, m.hi);
    int decimals = v < 10 && rng_.chance(0.5) ? 1 : 0;
    double p10 = decimals ? 10 : 1;
    long long iv = std::llround(v * p10);
    f.quantity.value = static_cast<double>(iv) / p10;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, *f.quantity.value);
    if (table) {
      f.quantity.approximate = true;
      f.text = "~" + std::string(buf) + "%";
    } else {
      std::string h = hedge(f.quantity);
      double r = rng_.unit();
      std::string body = std::string(buf) + (r < 0.5 ? " percent" : r < 0.9 ? "%" : " per cent");
      f.text = h.empty() ? body : h + " " + body;
    }
    f.quantity.text = f.text;
    return f;
  }
  FigureText count(const Measure& m, std::optional<double> forced = {}) {
    FigureText f;
    f.quantity.unit = m.dim == Dim::kGpuHours ? "GPU-hours" : "count";
    Shown s = show(forced ? *forced : rng_.logUniform(m.lo, m.hi), static_cast<int>(rng_.between(1, 2)));
    f.quantity.value = s.value;
    std::string body = s.scale.empty() ? s.digits : s.digits + " " + std::string(s.scale);
    if (m.dim == Dim::kGpuHours) body += " GPU-hours";
    std::string h = hedge(f.quantity);
    f.text = h.empty() ? body : h + " " + body;
    f.quantity.text = f.text;
    return f;
  }
  FigureText figure(const Measure& m, std::optional<double> forced = {}, const std::string& currency = {}) {
    switch (m.dim) {
      case Dim::kMoney:
        return money(m, forced, currency);
      case Dim::kPercent:
        return percent(m, forced);
      default:
        return count(m, forced);
    }
  }

  // ---- sentences and claims
  // Fills a measure template; returns the subject's local index.
  int fill(Sentence& s, std::string_view tmpl, const EntityDef& subject, const FigureText& f) {
    int subj = graph::kNone;
    for (std::size_t i = 0; i < tmpl.size();) {
      if (tmpl[i] == '{' && i + 2 < tmpl.size() && tmpl[i + 2] == '}') {
        char k = tmpl[i + 1];
        bool possessive = tmpl.substr(i + 3, 2) == "'s";
        if (k == 'S')
          subj = mention(s, subject, possessive);
        else if (k == 'O')
          mention(s, otherCompany(subject), possessive);
        else if (k == 'F')
          s.put(f.text);
        else if (k == 'D')
          s.put(date());
        else if (k == 'Y')
          s.put(std::to_string(year()));
        i += 3 + (possessive ? 2 : 0);
        continue;
      }
      std::size_t j = tmpl.find('{', i + 1);
      if (j == std::string_view::npos) j = tmpl.size();
      s.put(tmpl.substr(i, j - i));
      i = j;
    }
    return subj;
  }
  graph::ClaimRecord& addClaim(ClaimKind kind, const Sentence& s, int subject) {
    graph::ClaimRecord c;
    c.kind = kind;
    c.section = section_;
    c.line = paragraphLine_;
    c.text = s.plain;
    c.subject = subject;
    out_.bundle.claims.push_back(std::move(c));
    run_.push_back(out_.bundle.claims.size() - 1);
    return out_.bundle.claims.back();
  }
  void recordFigure(const graph::ClaimRecord& c, const FigureText& f) {
    TruthFigure t;
    t.line = c.line;
    t.text = f.text;
    t.quantity = f.quantity;
    t.subject = c.subject == graph::kNone ? "" : out_.bundle.entities[static_cast<std::size_t>(c.subject)].key;
    t.measure = c.measure;
    if (!c.claimants.empty()) t.claimant = out_.bundle.entities[static_cast<std::size_t>(c.claimants[0])].key;
    out_.figures.push_back(std::move(t));
  }
  // A reference to cite, and its publisher.
  const Ref& anyRef() { return refs_[rng_.below(refs_.size())]; }
  const Ref& refNotFrom(std::size_t outlet) {
    for (int i = 0; i < 10; ++i) {
      const Ref& r = anyRef();
      if (r.outlet != outlet) return r;
    }
    return anyRef();
  }
  void need(const Ref& r) { runRefs_.insert(r.number); }
  // Ends a run of sentences with its marker group; its claims cite those references.
  void closeRun() {
    if (sentences_.empty() && run_.empty()) return;
    if (runRefs_.empty()) {
      need(anyRef());
      if (rng_.chance(0.4)) need(anyRef());
    }
    std::string markers;
    for (int n : runRefs_) {
      markers += '[';  // appended piecewise: "[" + to_string() trips a GCC 12 -Wrestrict false positive
      markers += std::to_string(n);
      markers += ']';
    }
    for (std::size_t c : run_)
      for (int n : runRefs_) out_.bundle.claims[c].sources.push_back(n - 1);
    if (!paragraph_.empty()) paragraph_ += " ";
    paragraph_ += sentences_ + " " + markers;
    sentences_.clear();
    run_.clear();
    runRefs_.clear();
  }
  void addSentence(const Sentence& s) {
    if (!sentences_.empty()) sentences_ += " ";
    sentences_ += s.md;
  }

  // An attribution wrapped around a figure sentence: sets claimants and verb.
  // `lower`: the inner sentence starts with a word of the template ("The selloff"), not a name.
  Sentence attribute(const Sentence& inner, bool lower, std::vector<int>& claimants, std::string& verb) {
    Sentence s;
    const std::string& innerMd = inner.md;
    const std::string& innerPlain = inner.plain;
    auto body = [&](Sentence& t) {
      t.md += lower ? lowerFirst(innerMd) : innerMd;
      t.plain += lower ? lowerFirst(innerPlain) : innerPlain;
    };
    int form = static_cast<int>(rng_.below(7));
    if (form <= 2) {
      const Ref& r = anyRef();
      need(r);
      const EntityDef& pub = st_.publishers[r.outlet];
      if (form == 0) {
        claimants.push_back(mention(s, pub));
        s.put(" reported that ");
        body(s);
        verb = "reported";
      } else if (form == 1) {
        s.put("According to ");
        claimants.push_back(mention(s, pub));
        s.put(", ");
        body(s);
        verb = "according to";
      } else {
        std::string md = innerMd, plain = innerPlain;
        md.pop_back();
        plain.pop_back();
        s.md = md;
        s.plain = plain;
        s.put(", ");
        claimants.push_back(mention(s, pub));
        s.put(" reported.");
        verb = "reported";
      }
    } else if (form == 3) {
      s.put("Analysts estimated that ");
      body(s);
      verb = "estimated";
    } else if (form == 4) {
      s.put("Analysts at ");
      claimants.push_back(mention(s, company()));
      s.put(" estimated that ");
      body(s);
      verb = "estimated";
    } else {
      const EntityDef& p = person();
      claimants.push_back(mention(s, p));
      s.put(", ");
      s.put(p.role);
      s.put(" of ");
      mention(s, st_.companies[static_cast<std::size_t>(p.company)]);
      s.put(", said that ");
      body(s);
      verb = "said";
    }
    return s;
  }

  void figureSentence(bool attributed) {
    const Measure* m = &kMeasures[rng_.below(kMeasures.size())];
    const EntityDef* subject = m->index ? &st_.indices[rng_.below(st_.indices.size())] : &sentenceSubject();
    FigureText f = figure(*m);
    Sentence inner;
    std::string_view tmpl = m->templates[rng_.below(m->templates.size())];
    int subj = fill(inner, tmpl, *subject, f);
    std::vector<int> claimants;
    std::string verb;
    Sentence s = attributed ? attribute(inner, tmpl[0] != '{', claimants, verb) : inner;
    addSentence(s);
    graph::ClaimRecord& c = addClaim(ClaimKind::kFigure, s, subj);
    c.quantity = f.quantity;
    c.measure = std::string(m->name);
    c.claimants = claimants;
    c.verb = verb;
    recordFigure(c, f);
  }

  void quoteSentence() {
    const EntityDef& p = person();
    const EntityDef& co = st_.companies[static_cast<std::size_t>(p.company)];
    Sentence s;
    int speaker = 0, subject = graph::kNone;
    std::string quote;
    int form = static_cast<int>(rng_.below(4));
    if (form == 0) {
      quote = rng_.pick(kQuotes);
      speaker = mention(s, p);
      s.put(", " + std::string(p.role) + " of ");
      subject = mention(s, co);
      s.put(", said \"" + quote + ".\"");
    } else if (form == 1) {
      quote = rng_.pick(kQuotes);
      quote[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(quote[0])));
      s.put("\"" + quote + ",\" ");
      speaker = mention(s, p);
      s.put(" said.");
    } else if (form == 2) {
      quote = rng_.pick(kCalledPhrases);
      speaker = mention(s, p);
      s.put(" called the results of ");
      subject = mention(s, sentenceSubject());
      s.put(" \"" + quote + ".\"");
    } else {
      quote = rng_.pick(kCalledPhrases);
      s.put("In a statement on " + date() + ", ");
      speaker = mention(s, co);
      subject = speaker;
      s.put(" called the episode \"" + quote + ".\"");
    }
    addSentence(s);
    graph::ClaimRecord& c = addClaim(ClaimKind::kQuote, s, subject);
    c.claimants = {speaker};
    c.quote = quote;
    c.verb = form == 3 || form == 2 ? "called" : "said";
  }

  void relationSentence() {
    Sentence s;
    int form = static_cast<int>(rng_.below(5));
    int subj = 0, obj = 0;
    std::string relation;
    const EntityDef& co = sentenceSubject();
    if (form == 0) {
      const EntityDef& p = person();
      obj = mention(s, co);
      s.put(" was founded in " + std::to_string(year()) + " by ");
      subj = mention(s, p);
      s.put(".");
      relation = "founded";
    } else if (form == 1) {
      subj = mention(s, person());
      s.put(" co-founded ");
      obj = mention(s, co);
      s.put(" in " + std::to_string(year()) + ".");
      relation = "co-founded";
    } else if (form == 2) {
      subj = mention(s, person());
      s.put(" has served as chief executive of ");
      obj = mention(s, co);
      s.put(" since " + std::to_string(year()) + ".");
      relation = "chief executive of";
    } else if (form == 3) {
      subj = mention(s, co);
      s.put(" acquired ");
      obj = mention(s, otherCompany(co));
      s.put(" in " + std::to_string(year()) + ".");
      relation = "acquired";
    } else {
      subj = mention(s, co);
      s.put(" is a subsidiary of ");
      obj = mention(s, otherCompany(co));
      s.put(".");
      relation = "subsidiary of";
    }
    addSentence(s);
    graph::ClaimRecord& c = addClaim(ClaimKind::kRelation, s, subj);
    c.object = obj;
    c.relation = relation;
  }

  void statementSentence() {
    Sentence s;
    const EntityDef& co = sentenceSubject();
    int form = static_cast<int>(rng_.below(4));
    int claimant = 0, subject = graph::kNone;
    std::string verb;
    if (form == 0) {
      const Ref& r = anyRef();
      need(r);
      claimant = mention(s, st_.publishers[r.outlet]);
      s.put(" reported that ");
      subject = mention(s, co);
      s.put(rng_.chance(0.5) ? " was in talks to acquire " : " had signed a supply agreement with ");
      mention(s, otherCompany(co));
      s.put(".");
      verb = "reported";
    } else if (form == 1) {
      claimant = mention(s, person());
      s.put(" argued that the selloff in ");
      subject = mention(s, co);
      s.put(" shares was an overreaction.");
      verb = "argued";
    } else if (form == 2) {
      s.put("Analysts at ");
      claimant = mention(s, otherCompany(co));
      s.put(" described fears about ");
      subject = mention(s, co);
      s.put(" as overblown.");
      verb = "described";
    } else {
      claimant = mention(s, person());
      s.put(" warned that ");
      subject = mention(s, co);
      s.put(" faced growing competition from ");
      mention(s, otherCompany(co));
      s.put(".");
      verb = "warned";
    }
    addSentence(s);
    graph::ClaimRecord& c = addClaim(ClaimKind::kStatement, s, subject);
    c.claimants = {claimant};
    c.verb = verb;
  }

  void fillerSentence() {
    Sentence s;
    s.put(rng_.pick(kFillers));
    addSentence(s);
  }

  // "{Pub} put {S}'s {np} at {F}." — the second value of a contested pair.
  TruthContested::Value contradict(const Measure& m, const EntityDef& subject, const FigureText& f, const Ref& r) {
    need(r);
    Sentence s;
    int claimant = mention(s, st_.publishers[r.outlet]);
    s.put(rng_.chance(0.5) ? " put " : ", by contrast, put ");
    int subj;
    if (m.index) {
      s.put("the decline of the ");
      subj = mention(s, subject);
    } else {
      subj = mention(s, subject, true);
      s.put(" " + std::string(m.np));
    }
    s.put(" at " + f.text + ".");
    addSentence(s);
    graph::ClaimRecord& c = addClaim(ClaimKind::kFigure, s, subj);
    c.quantity = f.quantity;
    c.measure = std::string(m.name);
    c.claimants = {claimant};
    c.verb = "put";
    recordFigure(c, f);
    return {out_.slug, c.line, *f.quantity.value, std::string(kOutlets[r.outlet].name), r.number, f.text};
  }

  // A contested pair: "{A} reported that S lost $589 billion. [a] {B} put S's loss at $593 billion. [b]"
  void contestedPair() {
    std::size_t mi = rng_.below(kMeasures.size());
    const Measure& m = kMeasures[mi];
    std::size_t subjectIndex = 0;
    const EntityDef* subject;
    if (m.index)
      subject = &st_.indices[rng_.below(st_.indices.size())];
    else {
      subjectIndex = rng_.chance(0.6) ? main_ : secondary_[rng_.below(secondary_.size())];
      subject = &st_.companies[subjectIndex];
    }
    closeRun();
    const Ref& ra = anyRef();
    need(ra);
    FigureText f1;
    do f1 = figure(m);
    while (f1.quantity.low);  // a point value, not a range
    Sentence s;
    int claimant = mention(s, st_.publishers[ra.outlet]);
    s.put(" reported that ");
    Sentence inner;
    int subj = fill(inner, m.templates[0], *subject, f1);
    bool lower = m.templates[0][0] != '{';
    s.md += lower ? lowerFirst(inner.md) : inner.md;
    s.plain += lower ? lowerFirst(inner.plain) : inner.plain;
    addSentence(s);
    graph::ClaimRecord& c = addClaim(ClaimKind::kFigure, s, subj);
    c.quantity = f1.quantity;
    c.measure = std::string(m.name);
    c.claimants = {claimant};
    c.verb = "reported";
    recordFigure(c, f1);
    TruthContested t;
    t.subject = subject->key;
    t.measure = std::string(m.name);
    t.unit = f1.quantity.unit;
    t.values.push_back(
        {out_.slug, c.line, *f1.quantity.value, std::string(kOutlets[ra.outlet].name), ra.number, f1.text});
    closeRun();
    double factor = rng_.chance(0.5) ? rng_.between(103, 125) / 100.0 : rng_.between(75, 97) / 100.0;
    if (!m.index && rng_.chance(0.2)) {
      // Contradicted in a later article.
      st_.pending.push_back({subjectIndex, mi, *f1.quantity.value * factor, f1.quantity.unit, t.values[0]});
      return;
    }
    const Ref& rb = refNotFrom(ra.outlet);
    FigureText f2 = figure(m, *f1.quantity.value * factor, m.dim == Dim::kMoney ? f1.quantity.unit : std::string());
    if (*f2.quantity.value == *f1.quantity.value) return closeRun();
    t.values.push_back(contradict(m, *subject, f2, rb));
    closeRun();
    out_.contested.push_back(std::move(t));
  }

  void completePending() {
    Pending p = std::move(st_.pending.front());
    st_.pending.pop_front();
    const Measure& m = kMeasures[p.measure];
    const EntityDef& subject = st_.companies[p.subject];
    closeRun();
    FigureText f = figure(m, p.value, m.dim == Dim::kMoney ? p.currency : std::string());
    if (*f.quantity.value == p.first.value) return;
    TruthContested t;
    t.subject = subject.key;
    t.measure = std::string(m.name);
    t.unit = f.quantity.unit;
    t.values.push_back(p.first);
    t.values.push_back(contradict(m, subject, f, anyRef()));
    closeRun();
    out_.contested.push_back(std::move(t));
  }

  // ---- layout
  void line(std::string_view text) {
    if (st_.options.markdown) {
      out_.markdown += text;
      out_.markdown += '\n';
    }
    ++line_;
  }
  void beginParagraph() {
    paragraph_.clear();
    paragraphLine_ = line_;
  }
  void endParagraph() {
    closeRun();
    line(paragraph_);
    line("");
  }
  void section(std::string_view title) {
    line("## " + std::string(title));
    line("");
    section_ = static_cast<int>(out_.bundle.sections.size());
    out_.bundle.sections.push_back({std::string(title), 2, graph::kNone, line_ - 2});
  }
  void paragraph(bool allowContested) {
    beginParagraph();
    int n = rng_.between(3, 7);
    bool contested = allowContested && rng_.chance(0.12);
    int at = contested ? static_cast<int>(rng_.below(static_cast<std::size_t>(n))) : -1;
    for (int i = 0; i < n; ++i) {
      if (i == at) contestedPair();
      if (i == 1 && !st_.pending.empty() && rng_.chance(0.15)) completePending();
      double r = rng_.unit();
      if (r < 0.22)
        figureSentence(false);
      else if (r < 0.42)
        figureSentence(true);
      else if (r < 0.52)
        quoteSentence();
      else if (r < 0.59)
        relationSentence();
      else if (r < 0.72)
        statementSentence();
      else
        fillerSentence();
      if (rng_.chance(0.45)) closeRun();
    }
    endParagraph();
  }
  void table() {
    beginParagraph();
    std::string when = date();
    Sentence s;
    s.put("The table below summarizes representative one-day moves reported for " + when + ".");
    addSentence(s);
    endParagraph();
    std::string shortWhen = when.substr(0, 3) + when.substr(when.find(' '));
    line("| Company / index | Approx. move (" + shortWhen + ") | Notes |");
    line("|---|---|---|");
    int rows = rng_.between(4, 8);
    for (int i = 0; i < rows; ++i) {
      bool isIndex = i == rows - 1;
      const EntityDef& e = isIndex ? st_.indices[rng_.below(st_.indices.size())] : sentenceSubject();
      const Measure& m = kMeasures[isIndex ? 15 : 7];
      FigureText f = percent(m, {}, true);
      Sentence name;
      paragraphLine_ = line_;
      int subj = mention(name, e);
      const Ref& r = anyRef();
      std::string note = rng_.pick(kTableNotes);
      std::string move = "down " + f.text;
      line("| " + name.md + " | " + move + " | " + note + " [" + std::to_string(r.number) + "] |");
      Sentence row;
      row.put(name.plain + " | " + move + " | " + note);
      graph::ClaimRecord& c = addClaim(ClaimKind::kFigure, row, subj);
      c.quantity = f.quantity;
      c.measure = std::string(m.name);
      c.sources = {r.number - 1};
      recordFigure(c, f);
      run_.clear();
    }
    line("");
  }

  CorpusGenerator::State& st_;
  Rng& rng_;
  GeneratedArticle& out_;
  std::size_t main_ = 0;
  std::vector<std::size_t> secondary_;
  std::vector<Ref> refs_;
  std::map<std::string, int> localByKey_;
  std::set<int> linkedOnce_;
  std::uint32_t line_ = 1;
  std::uint32_t paragraphLine_ = 0;
  int section_ = graph::kNone;
  std::string paragraph_, sentences_;
  std::vector<std::size_t> run_;
  std::set<int> runRefs_;
};

void ArticleBuilder::build() {
  std::uint64_t number = ++st_.article;
  main_ = st_.mainZipf.sample(rng_);
  // Spread the main subjects: rank r of the Zipf draw maps to a company by a fixed stride.
  main_ = (main_ * 7919) % st_.companies.size();
  int nSecondary = rng_.between(2, 5);
  for (int i = 0; i < nSecondary; ++i) secondary_.push_back(st_.companyZipf.sample(rng_));
  const EntityDef& subject = st_.companies[main_];

  // Title and slug.
  std::string title;
  std::string_view form = rng_.pick(kTitleForms);
  for (std::size_t i = 0; i < form.size(); ++i) {
    if (form.substr(i, 3) == "{S}")
      title += subject.name, i += 2;
    else if (form.substr(i, 3) == "{M}")
      title += std::string(rng_.pick(kMonths)).substr(0, 3), i += 2;
    else if (form.substr(i, 3) == "{Y}")
      title += std::to_string(year()), i += 2;
    else
      title.push_back(form[i]);
  }
  std::string slug = graph::slugify(title);
  for (int n = 2; !st_.slugs.insert(slug).second; ++n) slug = graph::slugify(title) + "_" + std::to_string(n);
  out_.slug = slug;

  // References first (attributions cite them), written at the end.
  int nRefs = rng_.between(8, 20);
  std::vector<std::string> refLines;
  for (int i = 1; i <= nRefs; ++i) {
    std::size_t outlet = st_.outletZipf.sample(rng_);
    refs_.push_back({i, outlet});
    graph::SourceRecord src;
    src.ref = i;
    src.publisher = std::string(kOutlets[outlet].name);
    std::string headline(rng_.pick(kHeadlines));
    const EntityDef& about = rng_.chance(0.6) ? subject : st_.companies[secondary_[rng_.below(secondary_.size())]];
    headline.replace(headline.find("{S}"), 3, about.name);
    src.title = headline;
    int y = year(), mo = rng_.between(1, 12), d = rng_.between(1, 28);
    std::string shown;
    double r = rng_.unit();
    if (r < 0.85) {
      shown =
          std::string(kMonths[static_cast<std::size_t>(mo - 1)]) + " " + std::to_string(d) + ", " + std::to_string(y);
      char iso[48];
      std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, mo, d);
      src.date = iso;
    } else if (r < 0.95) {
      shown = std::to_string(y);
      src.date = shown;
    }
    char path[64];
    std::snprintf(path, sizeof path, "/%04d/%02d/%02d/", y, mo, d);
    std::string urlSlug = graph::slugify(headline);
    for (char& c : urlSlug)
      if (c == '_') c = '-';
    src.url = "https://www." + std::string(kOutlets[outlet].domain) + path + urlSlug + "-" + std::to_string(number) +
              "-" + std::to_string(i) + ".html";
    if (rng_.chance(0.03)) src.url = "https://en.wikipedia.org/wiki/" + subject.key;  // shared across articles
    src.publisherEntity = local(st_.publishers[outlet]);
    std::string entry = std::to_string(i) + ". " + src.publisher + ", \"" + src.title + ",\"";
    if (!shown.empty()) entry += " " + shown + ".";
    entry += " " + src.url;
    refLines.push_back(std::move(entry));
    out_.bundle.sources.push_back(std::move(src));
  }

  // Header.
  int uy = rng_.between(2025, 2026), um = rng_.between(1, 12), ud = rng_.between(1, 28);
  char updated[48];
  std::snprintf(updated, sizeof updated, "%04d-%02d-%02d", uy, um, ud);
  std::vector<std::string> categories;
  for (int i = 0, n = rng_.between(1, 3); i < n; ++i) {
    std::string c = rng_.pick(kCategories);
    if (std::find(categories.begin(), categories.end(), c) == categories.end()) categories.push_back(c);
  }
  std::string categoryList;
  for (const auto& c : categories) categoryList += (categoryList.empty() ? "" : ", ") + c;
  graph::DocumentRecord& doc = out_.bundle.document;
  doc.slug = slug;
  doc.title = title;
  doc.sourceUrl = "https://aiwiki.ai/wiki/" + slug;
  doc.updated = updated;
  doc.format = "export";
  doc.categories = categories;
  line("# " + title);
  line("");
  line("> Source: " + doc.sourceUrl);
  line("> Updated: " + std::string(updated));
  line("> Categories: " + categoryList);
  line("> From AI Wiki (https://aiwiki.ai), a free encyclopedia of artificial intelligence. Quote with attribution.");
  line("");

  // Body.
  std::vector<std::string_view> titles(kSectionTitles.begin(), kSectionTitles.end());
  for (std::size_t i = titles.size() - 1; i > 0; --i) std::swap(titles[i], titles[rng_.below(i + 1)]);
  int nSections = rng_.between(4, 8);
  int tableAt = rng_.between(1, nSections);
  section("Overview");
  for (int p = 0, n = rng_.between(1, 3); p < n; ++p) paragraph(false);
  for (int si = 1; si <= nSections; ++si) {
    section(titles[static_cast<std::size_t>(si - 1)]);
    for (int p = 0, n = rng_.between(2, 4); p < n; ++p) {
      paragraph(true);
      if (si == tableAt && p == 0) table();
    }
  }

  section("References");
  for (std::size_t i = 0; i < refLines.size(); ++i) {
    out_.bundle.sources[i].line = line_;
    line(refLines[i]);
  }
  out_.bundle.sections.pop_back();  // the reference list is not a section of claims
}

}  // namespace

CorpusGenerator::CorpusGenerator(const GeneratorOptions& options) : state_(std::make_unique<State>(options)) {}
CorpusGenerator::~CorpusGenerator() = default;
CorpusGenerator::CorpusGenerator(CorpusGenerator&&) noexcept = default;
CorpusGenerator& CorpusGenerator::operator=(CorpusGenerator&&) noexcept = default;

GeneratedArticle CorpusGenerator::next() {
  GeneratedArticle out;
  ArticleBuilder(*state_, out).build();
  return out;
}

std::optional<std::uint64_t> parseSize(std::string_view text) {
  std::size_t i = 0;
  double n = 0;
  bool digits = false;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') n = n * 10 + (text[i++] - '0'), digits = true;
  if (i < text.size() && text[i] == '.') {
    double scale = 0.1;
    for (++i; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, scale /= 10) n += (text[i] - '0') * scale;
  }
  if (!digits) return std::nullopt;
  std::string unit;
  for (; i < text.size(); ++i) unit.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(text[i]))));
  double mult = unit.empty() || unit == "B"   ? 1
                : unit == "KB" || unit == "K" ? 1e3
                : unit == "MB" || unit == "M" ? 1e6
                : unit == "GB" || unit == "G" ? 1e9
                                              : -1;
  if (mult < 0) return std::nullopt;
  return static_cast<std::uint64_t>(n * mult);
}

}  // namespace cg::bench
