#include "ingest/WikiCitations.h"

#include <algorithm>
#include <map>
#include <optional>

#include <fmt/format.h>
#include <re2/re2.h>

#include "graph/Fold.h"
#include "ingest/Dates.h"
#include "ingest/Lexicon.h"
#include "ingest/Text.h"

namespace cg::ingest {
namespace {

bool isYear(std::string_view s) {
  // "2005", "2005a", "n.d."
  if (s == "n.d." || s == "nd") return true;
  if (s.size() < 4 || s.size() > 5 || !writtenAsYear(s.substr(0, 4))) return false;
  return s.size() == 4 || (s[4] >= 'a' && s[4] <= 'z');
}

bool german(std::string_view name) { return name == "internetquelle" || name == "literatur" || name == "cite web/de"; }

// A cite template's value for `slot` (data/cite_parameters.tsv: "title", "publisher", "work", "date",
// "year", "month", "accessed", "url") in the template's family: the first of the slot's parameters the
// call fills, or "".
std::string_view slotOf(const TemplateCall& call, std::string_view slot) {
  const std::string_view family = call.name == "internetquelle" ? "internetquelle"
                                  : german(call.name)           ? "literatur"
                                                                : "cs1";
  const auto& table = lexicon().citeParameters;
  const auto it = table.find(std::string(family) + "/" + std::string(slot));
  if (it == table.end()) return {};
  for (const std::string& parameter : it->second)
    if (std::string_view v = call.named({parameter}); !v.empty()) return v;
  return {};
}

// The year a short citation names the work by: "1978b" keeps its letter.
std::string yearOf(const TemplateCall& call) {
  std::string_view year = call.named({"year", "jahr"});
  if (year.empty()) year = call.named({"date", "datum"});
  for (std::size_t i = 0; i + 4 <= year.size(); ++i) {
    std::size_t end = i + 4;
    if (end < year.size() && year[end] >= 'a' && year[end] <= 'z') ++end;
    std::string candidate = lowerAscii(year.substr(i, end - i));
    bool boundary = (i == 0 || !std::isalnum(static_cast<unsigned char>(year[i - 1]))) &&
                    (end == year.size() || !std::isalnum(static_cast<unsigned char>(year[end])));
    if (boundary && isYear(candidate)) return candidate;
  }
  return {};
}

// A month of the languages whose pages write a day as "21. oktober 2012" or "21 oktober 2012"
// (German, Norwegian, Danish, Swedish, Dutch); 0 for another word.
int europeanMonth(std::string_view word) {
  static const std::map<std::string, int, std::less<>> kMonths = {
      {"januar", 1},   {"januari", 1},   {"jänner", 1},    {"februar", 2},   {"februari", 2}, {"märz", 3},
      {"mars", 3},     {"maart", 3},     {"april", 4},     {"mai", 5},       {"maj", 5},      {"mei", 5},
      {"juni", 6},     {"juli", 7},      {"august", 8},    {"augusti", 8},   {"augustus", 8}, {"september", 9},
      {"oktober", 10}, {"november", 11}, {"dezember", 12}, {"desember", 12}, {"december", 12}};
  std::string lower(word);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto it = kMonths.find(lower);
  return it == kMonths.end() ? 0 : it->second;
}

// A template's date as ISO: the English forms, and the European ones that give a day
// ("21. oktober 2012", "21.10.2012") where the English reading finds only the year.
std::string templateDate(const std::string& text) {
  std::string iso = normalizeDate(text);
  if (iso.size() > 4) return iso;
  static const RE2 kWords(R"(^\s*(\d{1,2})\.?\s*(\pL+)\.?\s+(\d{4})\s*$)");
  static const RE2 kDigits(R"(^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$)");
  int day = 0, month = 0, year = 0;
  std::string monthWord;
  if (RE2::FullMatch(text, kWords, &day, &monthWord, &year))
    month = europeanMonth(monthWord);
  else if (!RE2::FullMatch(text, kDigits, &day, &month, &year))
    return iso;
  if (month < 1 || month > 12 || day < 1 || day > 31) return iso;
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

// A date field as ISO; "2005" with a separate month field gives "2005-03".
std::string dateOf(const TemplateCall& call) {
  std::string iso = templateDate(stripMarkup(slotOf(call, "date")));
  if (!iso.empty()) return iso;
  std::string_view year = slotOf(call, "year");
  std::string_view month = slotOf(call, "month");
  return normalizeDate(std::string(month) + (month.empty() ? "" : " ") + std::string(year));
}

// An identifier's address: "{}" of the table's address (data/cite_identifiers.tsv) stands for it.
std::string addressOf(const std::string& address, const std::string& id) {
  const std::size_t slot = address.find("{}");
  return slot == std::string::npos ? address : address.substr(0, slot) + id + address.substr(slot + 2);
}

// The address of the first identifier the template gives (data/cite_identifiers.tsv), or "".
std::string identifierUrl(const TemplateCall& call) {
  for (const auto& [parameter, address] : lexicon().citeIdentifiers)
    if (std::string id = std::string(trim(stripMarkup(call.named({parameter})))); !id.empty())
      return addressOf(address, id);
  return {};
}

// "Dolgoff, S." is written surname first; "Sam Dolgoff" and "Jean van Heijenoort, ed." surname last.
std::string surnameOf(std::string author) {
  for (std::string_view editor : {", ed.", ", eds.", " (ed.)", " (eds.)", ", ed", " ed."})
    if (author.size() > editor.size() && author.compare(author.size() - editor.size(), editor.size(), editor) == 0)
      author.resize(author.size() - editor.size());
  std::size_t comma = author.find(',');
  if (comma != std::string::npos) return std::string(trim(std::string_view(author).substr(0, comma)));
  return std::string(lastWord(author));
}

// {{harvs|last=..|year=..}}: a short citation whose target is given by named fields.
bool namesByField(const TemplateCall& call) { return !call.named({"last", "last1", "author", "author1"}).empty(); }

}  // namespace

bool isCiteTemplate(std::string_view name) {
  return name.rfind("cite ", 0) == 0 || name == "cite" || name == "citation" || name == "vcite" ||
         name.rfind("vcite ", 0) == 0 || german(name);
}

bool isShortCitation(std::string_view name) {
  for (std::string_view n :
       {"sfn", "sfnp", "sfnm", "harvnb", "harv", "harvp", "harvtxt", "harvcolnb", "harvcol", "harvs"})
    if (name == n) return true;
  return false;
}

namespace {

// Templates that cite one database each (written inside a <ref>), with what the rendered
// citation shows: who publishes the database, its name, and the address of the record, whose
// "{}" is the template's first argument (or its id=). The record's title is the argument
// named by `titleArg` ("1" the second positional one).
struct DatabaseTemplate {
  std::string_view names;  // the template's names, '|' between them
  std::string_view publisher, work, url, titleArg;
};

constexpr DatabaseTemplate kDatabases[] = {
    {"cite gnis", "U.S. Geological Survey", "Geographic Names Information System",
     "https://edits.nationalmap.gov/apps/gaz-domestic/public/summary/{}", "1"},
    {"imdb name", "IMDb", "IMDb", "https://www.imdb.com/name/nm{}/", "1"},
    {"imdb title", "IMDb", "IMDb", "https://www.imdb.com/title/tt{}/", "1"},
    {"iucn", "IUCN", "IUCN Red List of Threatened Species", "", "scientificname"},
    {"reptiledatabase", "The Reptile Database", "The Reptile Database", "", "genus species"},
    {"geonet3|geonet2", "National Geospatial-Intelligence Agency", "GEOnet Names Server", "", "1"},
    {"irancensus2006", "Statistical Centre of Iran", "Census of the Islamic Republic of Iran, 1385 (2006)", "", ""},
    {"lsj", "Perseus Digital Library", "A Greek-English Lexicon", "", "1"},
    {"iep", "Internet Encyclopedia of Philosophy", "Internet Encyclopedia of Philosophy", "https://iep.utm.edu/{}",
     "1"},
    {"cite sep|sep", "Stanford Encyclopedia of Philosophy", "Stanford Encyclopedia of Philosophy",
     "https://plato.stanford.edu/entries/{}/", "1"},
    {"find a grave|findagrave", "Find a Grave", "Find a Grave", "https://www.findagrave.com/memorial/{}", "1"},
    {"nrisref", "National Park Service", "National Register Information System", "", ""},
    {"allmusic", "AllMusic", "AllMusic", "", "label"},
    {"official website", "", "", "{}", ""},
};

const DatabaseTemplate* databaseTemplate(std::string_view name) {
  for (const auto& d : kDatabases)
    for (std::size_t at = 0; at <= d.names.size();) {
      std::size_t bar = std::min(d.names.find('|', at), d.names.size());
      if (d.names.substr(at, bar - at) == name) return &d;
      at = bar + 1;
    }
  return nullptr;
}

// The record's title: the second positional argument ("1"), or named arguments joined by a
// space ("genus species"); "" for none.
std::string recordTitle(const TemplateCall& call, std::string_view args) {
  if (args == "1") return stripMarkup(call.positional(1));
  std::string title;
  for (std::size_t at = 0; at < args.size();) {
    std::size_t space = std::min(args.find(' ', at), args.size());
    std::string part = stripMarkup(call.named({args.substr(at, space - at)}));
    if (!part.empty()) title += (title.empty() ? "" : " ") + part;
    at = space + 1;
  }
  return title;
}

// {{cite govtrack|CA|4}}: two arguments make the record's address.
Reference govTrackCitation(const TemplateCall& call) {
  Reference r;
  r.publisher = r.work = "GovTrack.us";
  std::string state(call.positional(0)), district(call.positional(1));
  r.title = state + " " + district;
  if (!state.empty()) r.url = "https://www.govtrack.us/congress/members/" + state + "/" + district;
  return r;
}

std::optional<Reference> databaseCitation(const TemplateCall& call) {
  if (call.name == "cite govtrack") {
    Reference r = govTrackCitation(call);
    r.accessed = normalizeDate(stripMarkup(call.named({"access-date", "accessdate"})));
    return r;
  }
  const DatabaseTemplate* d = databaseTemplate(call.name);
  if (!d) return std::nullopt;
  Reference r;
  r.publisher = std::string(d->publisher);
  r.work = std::string(d->work);
  std::string id(call.positional(0));
  if (id.empty()) id = std::string(call.named({"id"}));
  r.title = recordTitle(call, d->titleArg);
  if (call.name == "cite gnis") r.title = "Feature Detail Report for: " + r.title;
  if (std::size_t slot = d->url.find("{}"); slot != std::string_view::npos && !id.empty())
    r.url = std::string(d->url.substr(0, slot)) + id + std::string(d->url.substr(slot + 2));
  if (r.url.rfind("http", 0) != 0) r.url = firstUrl(r.url);
  r.date = normalizeDate(stripMarkup(call.named({"date", "year"})));
  r.accessed = normalizeDate(stripMarkup(call.named({"access-date", "accessdate"})));
  return r;
}

// "|last=Natural Resources Canada|" with no first name: an organisation as author, which publishes
// what it writes (a person's surname has a first name beside it, or is one word: "last=Avrich").
std::string corporateAuthor(const TemplateCall& call) {
  if (!call.named({"first", "first1", "given", "given1"}).empty()) return {};
  std::string last = stripMarkup(call.named({"last", "last1", "surname", "surname1"}));
  const std::size_t space = last.find(' ');
  if (space == std::string::npos || last.find(',') != std::string::npos) return {};
  // "P. Panayi", "Saul Newman": a whole personal name written in the surname slot.
  const std::string first = graph::lowerAscii(std::string_view(last).substr(0, space));
  const bool person = first.ends_with('.') || lexicon().givenNames.count(first) > 0;
  return person ? std::string() : last;
}

// The first author of a cite template, as a name is written in running text ("Bo Lee" of last=Lee,
// first=Bo; "Payne" alone; author= as written; the German Nachname=/Vorname=, Autor= too); "" when it
// names none.
std::string bookAuthor(const TemplateCall& call) {
  std::string last = stripMarkup(call.named({"last", "last1", "surname", "surname1", "nachname"}));
  if (last.empty()) return stripMarkup(call.named({"author", "author1", "autor"}));
  std::string first = stripMarkup(call.named({"first", "first1", "given", "given1", "vorname"}));
  return first.empty() ? last : first + " " + last;
}

}  // namespace

bool isDatabaseCitation(std::string_view name) { return databaseTemplate(name) || name == "cite govtrack"; }

Reference referenceFromTemplate(const TemplateCall& call) {
  if (auto known = databaseCitation(call)) return *known;
  Reference r;
  r.title = stripMarkup(slotOf(call, "title"));
  r.publisher = stripMarkup(slotOf(call, "publisher"));
  r.work = stripMarkup(slotOf(call, "work"));
  if (r.publisher.empty() && r.work.empty()) r.publisher = corporateAuthor(call);
  // A book's italic element is its title: the book is the work it cites. {{citation}} (Citation
  // Style 2) italicises its title as a book's when it names no periodical (no work= or its aliases).
  if (r.work.empty() && (call.name == "cite book" || call.name == "literatur" || call.name == "citation"))
    r.work = stripMarkup(call.named({"title", "titel"}));
  r.date = dateOf(call);
  r.accessed = templateDate(stripMarkup(slotOf(call, "accessed")));
  r.url = std::string(slotOf(call, "url"));
  if (r.url.rfind("http", 0) != 0) r.url = firstUrl(r.url);
  if (r.url.empty()) r.url = identifierUrl(call);
  // A book that names no publisher and links to no site (an ISBN is no site) was put out, as far as its
  // citation says, by its author, the only name it gives (as a free-text citation's author before its
  // title, authorBeforeTitle).
  if (r.publisher.empty() && (r.url.empty() || r.url.starts_with("urn:")) && !r.work.empty() && r.work == r.title) {
    r.publisher = bookAuthor(call);
    r.byAuthor = !r.publisher.empty();
  }
  return r;
}

std::optional<Reference> referenceFromSiteTemplate(const TemplateCall& call) {
  Reference r;
  r.title = stripMarkup(call.named({"title"}));
  r.url = std::string(trim(call.named({"url"})));
  if (r.url.rfind("http", 0) != 0) r.url = firstUrl(r.url);
  if (r.title.empty() && r.url.empty()) return std::nullopt;
  return r;
}

namespace {

// The first ''italic'' run (not ''' bold), or "".
std::string firstItalic(std::string_view wikitext) {
  for (std::size_t at = wikitext.find("''"); at != std::string_view::npos; at = wikitext.find("''", at + 2)) {
    if (wikitext.substr(at, 3) == "'''") {
      at += 1;
      continue;
    }
    std::size_t end = wikitext.find("''", at + 2);
    if (end == std::string_view::npos) return {};
    return stripMarkup(wikitext.substr(at + 2, end - at - 2));
  }
  return {};
}

// The text of a free-text reference without its title and work, where a publisher may stand.
std::string outsideTitle(std::string plain, const Reference& r) {
  for (const std::string* known : {&r.title, &r.work})
    if (!known->empty() && plain.find(*known) != std::string::npos) plain.erase(plain.find(*known), known->size());
  return plain;
}

// "New York: Henry Holt, 2006", "Truro: Joseph Pollard; pp. 46", "Cambridge, UK: Patrick Stephens, 1983":
// the publisher after a place (its region after a comma, "UK", "Québec")
// and a colon, followed by the year, by the pages after a ';', or ending the reference, as
// book citations give it.
std::string placePublisher(const std::string& plain) {
  static const RE2 kPattern(
      R"((?:^|[.,)] ?)([A-Z\x{C0}-\x{DE}][A-Za-z .\x{C0}-\x{FF}]{1,30}): ?([A-Z][A-Za-z&.' -]{2,60}?)(?:[,.]? ?\(?\d{4}|; |\.?$))");
  std::string place, publisher;
  if (!RE2::PartialMatch(plain, kPattern, &place, &publisher)) return {};
  // "In: ''Inside the Visible'' edited by …": "In:" introduces the book that holds the piece (ISO 690), no place.
  if (place == "In") return {};
  return std::string(trim(publisher));
}

// "Rutgers University Press, 2004", "M. Dent & Sons, LTD.": a piece of a free-text
// reference (between ". ", ", ", "; ", ": ") that names a publishing house, outside the
// title and work already found.
std::string publishingHouse(const std::string& plain) {
  static const RE2 kHouse(
      R"((?:^|[.,;:(] ?)([^.,;:()]*?\b(?:University Press|Press|Publishing|Publishers|Publications|Books|Verlag|Sons|Editions|Éditions)\b[^.,;:()]*))");
  std::string house;
  if (!RE2::PartialMatch(plain, kHouse, &house)) return {};
  house = std::string(trim(house.substr(0, house.find(" ISBN"))));
  return house.find(' ') != std::string::npos && house.size() <= 60 ? house : std::string();
}

// "Ian Almond, ''The New Orientalists'', I.B.Tauris, 2007" or "''Stalingrad''. Penguin 2001": the
// name between a book's title and its year is its publisher, as book citations give it.
std::string publisherAfterBookTitle(std::string_view wikitext, const std::string& plain, const std::string& title) {
  std::size_t at = plain.find(title);
  if (at == std::string::npos) return {};
  // LetterPattern: their bounded repeats of \p{L} compile in UTF-8 to programs RE2's DFA has no
  // room for (the whole ingest of a few pages spent a sixth of its time compiling them).
  static const LetterPattern kAfter(
      R"(^[,.]? ?(\p{Lu}[^,.;:()\d]{1,40}?|\p{Lu}\.\p{Lu}\.[^,;:()\d]{1,30}?)[,.]? \(?\d{4}\b)",
      "publisher after a title");
  // "Campus, Frankfurt am Main u.a. 1996", "(Steiner, Wiesbaden, 1963)": the publisher, then the
  // place it published in, then the year, as European book citations order them; "(Wiesbaden:
  // Steiner, 1963)": the place, a colon and the publisher in the parentheses after a title.
  static const LetterPattern kAfterPlace(
      R"(^[,.]? ?\(?(\p{Lu}[^,.;:()\d]{1,40}?), (\p{Lu}[\p{L} ]{2,30}?)(?: u\.a\.| etc\.)?,? \(?\d{4}\b)",
      "publisher and place after a title");
  static const LetterPattern kParenthesisPlace(
      R"(^[,.]? ?\(\p{Lu}[\p{L} .]{2,30}(?:, \p{Lu}[\p{L}.]{1,20})?: (\p{Lu}[^,.;:()\d]{1,40}?),? \d{4}\))",
      "place and publisher after a title");
  std::string name;
  const std::string_view rest = std::string_view(plain).substr(at + title.size());
  std::vector<std::string_view> groups(2);
  // "Lecture given at the Sorbonne, November 1892": a month before the year is a date, not a place.
  bool placed = false;
  if (kAfterPlace.partialMatch(rest, groups)) {
    name = groups[0];
    placed = monthNumber(groups[1]) == 0;
  }
  groups.resize(1);
  if (kAfter.partialMatch(rest, groups))
    name = groups[0];
  else if (!placed && kParenthesisPlace.partialMatch(rest, groups))
    name = groups[0];
  else if (!placed)
    return {};
  if (monthNumber(name) != 0) return {};  // "''Newsweek'', January 2001": a date
  for (std::string_view not_a_house : {"Retrieved", "Accessed", "Abgerufen", "In ", "Vol", "Volume", "Archived"})
    if (name.rfind(not_a_house, 0) == 0) return {};
  // "''Dictionary of Marxist Thought'', ''Anarchism'' entry, 1991": an italic name is a title.
  if (wikitext.find("''" + name.substr(0, name.find(' '))) != std::string_view::npos) return {};
  return name;
}

// An italic name followed by a volume or year ("''South Med J'' 1988;81", "''Physical
// Review'' '''55'''", "''The Nucleus'', '''1''':42": a bold volume after a comma too) is a periodical.
bool periodical(std::string_view wikitext, std::string_view italic) {
  std::size_t at = wikitext.find("''" + std::string(italic) + "''");
  if (at == std::string_view::npos) return false;
  std::string_view after = wikitext.substr(at + italic.size() + 4, 6);
  if (after.substr(0, 5) == ", '''") after.remove_prefix(1);
  if (after.substr(0, 1) == " ") after.remove_prefix(1);
  if (after.substr(0, 3) == "'''") after.remove_prefix(3);
  return !after.empty() && after[0] >= '0' && after[0] <= '9';
}

// "Posner, R. A. (1981). The economics of privacy. The American Economic Review, 71(2), 405":
// an APA reference gives the title after the year and the journal before its volume.
bool apaReference(const std::string& plain, Reference& r) {
  static const RE2 kApa(R"(^[^()]{2,80}\(\d{4}[a-z]?\)\. ([^.?!]{3,200})[.?!] ([A-Z][^()]{1,80}?),? \d)");
  std::string title, journal;
  if (!RE2::PartialMatch(plain, kApa, &title, &journal)) return false;
  r.title = std::string(trim(title));
  r.work = std::string(trim(journal));
  return true;
}

// "Southern, E. M. (2001) DNA Microarrays, pp 1-15.": an APA reference to a book gives its title
// after the year and nothing but its pages after it; the book is the work.
bool apaBook(const std::string& plain, Reference& r) {
  static const RE2 kBook(
      R"(^[^()]{2,80}\(\d{4}[a-z]?\)\.? (\p{Lu}[^.?!,()]{2,120}?)(?:[,.] (?:pp?\.? ?\d|\d)[^()]*|[.]?)$)");
  std::string title;
  if (!RE2::FullMatch(plain, kBook, &title)) return false;
  r.title = r.work = std::string(trim(title));
  return true;
}

// '"Inventing the Music of Chance" In: The Review of Contemporary Fiction Vol. XIV': "In:" (or "In")
// right after a title (`afterTitle` is the text after it) introduces the work that holds it, a journal or a book (ISO
// 690 and most styles write it so), up to its volume, issue, pages, year or the end; editors before it ("In: J. Smith
// (ed.). Title") are skipped. "" when the reference has none.
std::string containerAfterIn(std::string_view afterTitle) {
  static const LetterPattern kIn(R"(^[.,"\x{201D}]* ?In:? (?:[^.()]{2,80}\((?:eds?|Hrsg|Hg)\.?\)[.:,]? )?)"
                                 R"((\p{Lu}[^,;:()\d]{2,80}?)(?: [Vv]ol\b| [Nn]o\b| [Bb]d\b|, | \d|\(|\.(?: |$)|$))",
                                 "container after In");
  std::vector<std::string_view> work(1);
  if (!kIn.partialMatch(afterTitle, work)) return {};
  return std::string(trim(work[0]));
}

// "Yediot Ahronot, May 29, 1994": a name followed only by a day's date is the periodical that
// printed the cited piece ("Tanaka, 1996" is an author and a year, not a periodical).
std::string nameBeforeDate(const std::string& plain) {
  static const LetterPattern kName(R"re(^(\p{Lu}[^,;:()\d"]{2,40}), ([^;:()"]{4,20}?)\.?$)re", "name before a date");
  std::vector<std::string_view> groups(2);
  if (!kName.fullMatch(plain, groups)) return {};
  const std::string name(groups[0]), date(groups[1]);
  DateMatch found = findDate(date);
  return found.iso.size() == 10 && found.begin == 0 && found.end == date.size() ? name : std::string();
}

// The "quoted" title of a free-text reference, in straight or curly quotation marks; "".
std::string quotedTitle(std::string_view wikitext) {
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"\"", "\""}, {"\u201c", "\u201d"}}) {
    std::size_t q1 = wikitext.find(open);
    if (q1 == std::string_view::npos) continue;
    std::size_t q2 = wikitext.find(close, q1 + open.size());
    if (q2 == std::string_view::npos) continue;
    std::string title = stripMarkup(wikitext.substr(q1 + open.size(), q2 - q1 - open.size()));
    while (!title.empty() && (title.back() == ',' || title.back() == '.')) title.pop_back();
    return title;
  }
  return {};
}

// 'Anatole Broyard, "Of Heroes and Horse Traders," The New York Times, June 5, 1972.': a name
// followed only by a day's date right after the quoted title is the periodical that printed it.
// "[url Title], [[World Bank]]. Retrieved ...", "[Article 59 ... in the [[Constitution of Pakistan]]": a
// link that stands as a piece of its own after the title (after "]", ",", ".", or "in [the]"/"of the",
// and before ".", ",", ";", "'s" or the end) names who published it; "" for none. A link at the start
// is the author ("[[Griselda Pollock]], ''Encounters''"), one inside the [url label] part of the title,
// and a link to a section ("[[#refX|Johnston]]") or another wiki ("[[s:Act|...]]") name no one.
std::string linkedPublisher(std::string_view wikitext, std::size_t titleEnd) {
  static const RE2 kBefore(R"((?:\]|,|\.|\bin|\bin the|\bof the)\s*(?:'')?$)");
  static const RE2 kAfter(R"(^(?:'')?\s*(?:$|[.,;]|'s\b))");
  for (std::size_t at = wikitext.find("[[", titleEnd); at != std::string_view::npos; at = wikitext.find("[[", at + 2)) {
    const std::size_t close = wikitext.find("]]", at);
    if (close == std::string_view::npos) return {};
    const std::string_view inner = wikitext.substr(at + 2, close - at - 2);
    const std::string_view target = inner.substr(0, inner.find('|'));
    const std::string_view before = trim(wikitext.substr(0, at));
    if (before.empty() || target.empty() || target.front() == '#' || target.find(':') != std::string_view::npos)
      continue;
    // Only the few bytes around the link are read, so that a ref of many links stays linear.
    const std::string_view near = before.substr(before.size() - std::min<std::size_t>(before.size(), 16));
    if (RE2::PartialMatch(near, kBefore) && RE2::PartialMatch(wikitext.substr(close + 2, 8), kAfter))
      return stripMarkup(wikitext.substr(at, close + 2 - at));
  }
  return {};
}

std::string periodicalAfterTitle(const std::string& plain, const std::string& title) {
  std::size_t at = plain.find(title);
  if (at == std::string::npos) return {};
  std::size_t from = at + title.size();
  while (from < plain.size() && (std::string_view(",.\" ").find(plain[from]) != std::string_view::npos ||
                                 plain.compare(from, 3, "\u201d") == 0))
    from += plain[from] == ',' || plain[from] == '.' || plain[from] == '"' || plain[from] == ' ' ? 1 : 3;
  std::size_t stop = plain.find(". ", from);
  std::string segment = plain.substr(from, stop == std::string::npos ? std::string::npos : stop - from);
  if (std::string name = nameBeforeDate(segment); !name.empty() || stop == std::string::npos) return name;
  // "[url Title]. New York Times. 14 June 2001.": the name between the title and the date.
  static const LetterPattern kName(R"re(\p{Lu}[^,;:()\d"]{2,40})re", "periodical name");
  DateMatch date = findDate(std::string_view(plain).substr(stop + 2));
  std::vector<std::string_view> none;
  return kName.fullMatch(segment, none) && date.begin == 0 && date.iso.size() >= 7 ? segment : std::string();
}

// "Kenneth Krane, ''Title'' , Wiley , 1987": a space before a comma, full stop, semicolon or colon
// is a typing slip the rendered page shows as it is; the slots of the citation are the same without it.
std::string closeUpPunctuation(std::string text) {
  static const RE2 kSpaceBefore(R"( +([,.;:])( |$))");
  RE2::GlobalReplace(&text, kSpaceBefore, R"(\1\2)");
  return text;
}

std::size_t words(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (s[i] != ' ' && (i == 0 || s[i - 1] == ' ')) ++n;
  return n;
}

// A book citation written out as Citation Style 1 and Chicago render one, with no template: the
// author surname first ("Patsouras, Louis", "Titze, I.R."), the year after it in parentheses or as a
// slot of its own, the title, then the publisher, closed by the year, the pages, the ISBN, a note in
// parentheses or the end: "Patsouras, Louis. 2005. Marx in Context. iUniverse. p. 54.", "Gilbert,
// Martin, Israel: a history. Doubleday. 1998. ISBN …", "Titze, I.R. (1994). Principles of Voice
// Production, Prentice Hall (…), ISBN …". The book is the work; its year is the one beside the author
// or the publisher, not one in a locator after the ISBN ("(p418, August 1970)").
bool renderedBook(const std::string& plain, Reference& r) {
  // The author surname first ("Patsouras, Louis"), or given name first and closed by a full stop
  // ("Nathan Jacobson. Basic Algebra I. Dover, 2009.").
  static const LetterPattern kBook(R"(^(?:\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?, )"
                                   R"(((?:\p{Lu}\.)+|\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?(?: (?:\p{Lu}\.)+)?))"
                                   R"(|(\p{Lu}[\p{L}'’-]+) (?:\p{Lu}\. )?\p{Lu}[\p{L}'’-]+\.))"
                                   R"((?: \((\d{4})\)| ?[.,] (\d{4}))?[.,]? )"
                                   R"((\p{Lu}[^.]{2,150}?)[.,] (\p{L}[^.,;:()\d]{1,50}?))"
                                   R"((?:[.,]? \(?(\d{4})\)?(?:[ .,]|$)|[.,]? (?:pp?\.|ISBN)|[.,]? \(|\.?$))",
                                   "rendered book");
  std::vector<std::string_view> groups(7);
  if (!kBook.partialMatch(plain, groups)) return false;
  std::string given(groups[0]), givenFirst(groups[1]), parenYear(groups[2]), slotYear(groups[3]), title(groups[4]),
      publisher(groups[5]), afterYear(groups[6]);
  if (given.empty()) given = givenFirst;
  // The given names are initials ("I.R.", "B.") or names the word list writes capitalised ("Ian",
  // "Georges"): "Raël, Sensual Meditation" is an author and a title, not a surname and given names.
  for (std::size_t at = 0; at < given.size();) {
    const std::size_t end = std::min(given.find(' ', at), given.size());
    const std::string_view word = std::string_view(given).substr(at, end - at);
    if (word.back() != '.' && lexicon().properNames.count(word) == 0) return false;
    at = end + 1;
  }
  publisher = std::string(trim(publisher));
  if (monthNumber(publisher.substr(0, publisher.find(' '))) != 0 || words(publisher) > 6) return false;
  for (std::string_view not_a_house : {"Retrieved", "Accessed", "In ", "Vol", "Volume", "Archived", "Original"})
    if (publisher.rfind(not_a_house, 0) == 0) return false;
  r.title = r.work = std::string(trim(title));
  r.publisher = std::move(publisher);
  for (const std::string* year : {&parenYear, &slotYear, &afterYear})
    if (!year->empty()) {
      r.date = *year;
      break;
    }
  return true;
}

// "Bruce Payne, ''Public School Curricula'' (1905), p. 155.": the name that opens a book citation
// before its italic title is its author; a citation that names no publisher was put out, as far as it
// says, by its author, the only name it gives ("" when the opening is no name: a word in lower case,
// a digit, more than five words).
std::string authorBeforeTitle(const std::string& plain, const std::string& title) {
  static const LetterPattern kAuthor(
      R"(^(\p{Lu}[\p{L}'’.-]*(?:,? \p{Lu}[\p{L}'’.-]*){1,4})(?:, (?:ed|eds)\.)?[,.:]? $)", "author before a title");
  const std::size_t at = plain.find(title);
  if (at == std::string::npos || at == 0) return {};
  std::vector<std::string_view> groups(1);
  if (!kAuthor.fullMatch(std::string_view(plain).substr(0, at), groups)) return {};
  std::string author(groups[0]);
  // "George Woodcock." ends the name with the sentence's full stop; "Dolgoff, S." with an initial's.
  if (author.size() > 2 && author.back() == '.' && std::islower(static_cast<unsigned char>(author[author.size() - 2])))
    author.pop_back();
  return author;
}

// "Phys. Rev. Lett. '''108''', (5), 051302 (2012)": Citation Style 1 renders a journal's volume in
// bold right after the journal's name, so the name before a bold number is the journal (back to the
// quoted title, a colon, comma or semicolon, or a parenthesis before it); "" when there is none.
std::string journalBeforeVolume(std::string_view wikitext) {
  // The first bold number ('''108''', spaces allowed inside the quotes), found by plain search: a
  // pattern searched from every position of every free-text ref costs more than the rest of its reading.
  std::size_t bold = std::string_view::npos;
  for (std::size_t at = wikitext.find("'''"); at != std::string_view::npos; at = wikitext.find("'''", at + 3)) {
    std::size_t i = at + 3;
    while (i < wikitext.size() && wikitext[i] == ' ') ++i;
    const std::size_t digits = i;
    while (i < wikitext.size() && std::isdigit(static_cast<unsigned char>(wikitext[i]))) ++i;
    if (i == digits || i - digits > 4) continue;
    while (i < wikitext.size() && wikitext[i] == ' ') ++i;
    if (wikitext.substr(i, 3) == "'''") {
      bold = at;
      break;
    }
  }
  if (bold == std::string_view::npos) return {};
  // The name before it, back to a colon, semicolon, comma, parenthesis or quotation mark.
  std::string_view before = wikitext.substr(0, bold);
  std::size_t start = before.find_last_of(":;,)\"");
  if (const std::size_t curly = before.rfind("\u201D");
      curly != std::string_view::npos && (start == std::string_view::npos || curly + 2 > start))
    start = curly + 2;
  before = before.substr(start == std::string_view::npos ? 0 : start + 1);
  if (before.size() > 60) return {};
  std::string name = std::string(trim(stripMarkup(before)));
  while (!name.empty() && (name.back() == ',' || name.back() == ';' || name.back() == ':')) name.pop_back();
  if (name.size() < 2 || name[0] < 'A' || name[0] > 'Z' || words(name) > 8 ||
      name.find_first_of("0123456789") != std::string::npos)
    return {};
  return name;
}

// The steps of referenceFromText.

// "[url label]": the label is the title. Where the bracket closes (links before it are part of the title),
// 0 for no such label.
std::size_t readLinkLabel(std::string_view wikitext, Reference& r) {
  const std::size_t bracket = r.url.empty() ? std::string_view::npos : wikitext.find("[" + r.url);
  if (bracket == std::string_view::npos) return 0;
  const std::size_t close = wikitext.find(']', bracket);
  const std::size_t labelAt = bracket + 1 + r.url.size();
  if (close != std::string_view::npos && close > labelAt)
    r.title = stripMarkup(wikitext.substr(labelAt, close - labelAt));
  return close == std::string_view::npos ? 0 : close;
}

// The work cited: ''The Times'' beside a title, or nearly alone ("''The Guardian'', 3 May 2010"); in a
// book citation ("Smith, J. ''A History''. London: Press, 2001") the italic is the title, and the book
// the work. Else a journal before its volume, or a container after the title's "In".
void readWork(std::string_view wikitext, const std::string& plain, const std::string& italic, Reference& r) {
  if (!italic.empty() && (!r.title.empty() || plain.size() < italic.size() + 25 || periodical(wikitext, italic)))
    r.work = italic;
  else if (!italic.empty())
    r.title = r.work = italic;  // a book's italic title: the book is the work it cites
  if (r.work.empty()) r.work = journalBeforeVolume(wikitext);
  // Right after the title only: "In England, ..." further on is a sentence of a quotation.
  if (const std::size_t t = r.title.empty() ? std::string::npos : plain.find(r.title);
      r.work.empty() && t != std::string::npos)
    r.work = containerAfterIn(std::string_view(plain).substr(t + r.title.size()));
}

// The publisher: a place and publisher, a publishing house in `rest` (the text outside the title), or one
// around a book's italic title.
void readPublisher(std::string_view wikitext, const std::string& plain, const std::string& italic,
                   const std::string& rest, Reference& r) {
  r.publisher = placePublisher(rest);
  if (r.publisher.empty()) r.publisher = publishingHouse(rest);
  if (r.publisher.empty() && !italic.empty() && r.title == italic)
    r.publisher = publisherAfterBookTitle(wikitext, plain, italic);
  // "''Weg zur Physik'' (Steiner, Wiesbaden, 1963)": an italic work with its publication facts in
  // parentheses after it is a book, and the name there its publisher.
  if (r.publisher.empty() && !italic.empty() && r.work == italic) {
    const std::size_t at = plain.find(italic);
    if (at != std::string::npos && plain.compare(at + italic.size(), 2, " (") == 0)
      r.publisher = publisherAfterBookTitle(wikitext, plain, italic);
  }
  if (r.publisher.empty() && r.url.empty() && !italic.empty() && r.title == italic) {
    r.publisher = authorBeforeTitle(plain, italic);
    r.byAuthor = !r.publisher.empty();
  }
}

// Where the first word that says when the page was read stands ("Retrieved 27 April 2005", "Accessed
// ...", "Abgerufen"), or the text's size.
std::size_t accessWordAt(std::string_view text) {
  std::size_t at = text.size();
  for (std::string_view word : {"Retrieved", "retrieved", "Accessed", "accessed", "Abgerufen", "abgerufen"})
    at = std::min(at, text.find(word));
  return at;
}

// The publication date, and when the page was read (after "Retrieved": not when it was published).
void readDates(const std::string& plain, std::string_view rest, Reference& r) {
  const std::size_t read = accessWordAt(plain);
  r.date = findDate(std::string_view(plain).substr(0, read)).iso;
  if (read < plain.size() && r.accessed.empty()) r.accessed = findDate(std::string_view(plain).substr(read)).iso;
  // A year inside a title or work is the topic's, not the publication's ("''History of the War of
  // 1914-18'' (1941)", "''Die Lager 1945'' ... Munich 1995"): the date outside them stands, when there
  // is one before "Retrieved" (when it was read). A day's date in a title ("Mission of 10 June 1944")
  // is kept: it may be the piece's own.
  if (r.date.size() == 4)
    if (const DateMatch found = findDate(rest.substr(0, accessWordAt(rest))); !found.iso.empty()) r.date = found.iso;
}

}  // namespace

Reference referenceFromText(std::string_view wikitext) {
  Reference r;
  r.url = firstUrl(wikitext);
  const std::size_t labelEnd = readLinkLabel(wikitext, r);
  if (r.title.empty()) r.title = quotedTitle(wikitext);
  std::string plain = closeUpPunctuation(std::string(trim(stripMarkup(wikitext))));
  if (r.url.empty() && firstItalic(wikitext).empty() && (apaReference(plain, r) || apaBook(plain, r))) {
    r.date = findDate(plain).iso;
    return r;
  }
  if (r.url.empty() && r.title.empty() && firstItalic(wikitext).empty() && renderedBook(plain, r)) return r;
  const std::string italic = firstItalic(wikitext);
  readWork(wikitext, plain, italic, r);
  const std::string rest = outsideTitle(plain, r);
  readPublisher(wikitext, plain, italic, rest, r);
  readDates(plain, rest, r);
  if (r.title.empty() && r.url.empty()) r.title = plain;
  if (r.work.empty() && r.url.empty() && r.publisher.empty()) r.work = nameBeforeDate(plain);
  if (r.work.empty() && r.publisher.empty() && !r.title.empty()) r.work = periodicalAfterTitle(plain, r.title);
  if (r.work.empty() && r.publisher.empty()) r.publisher = linkedPublisher(wikitext, labelEnd);
  return r;
}

namespace {

// "Bodie 2001, p. 208", "Cesarani and Kavanaugh 2004, pp. 1-2", "Young (1996), p. 139",
// "Grierson 1920:477", "Hill, pp. 25–28": the surnames of a short citation written as text, as
// written, and the year if there is one; false when the text is no short citation.
// A leading "See " and a surname's particle ("van Heijenoort 1967:94") are not part of them.
bool shortTextParts(std::string_view plain, std::string& names, std::string& year) {
  static const LetterPattern kPattern(
      R"(^(?:See (?:also )?)?(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]i|[Ll]e|[Dd]u|[Dd]a) )?)"
      R"((\p{Lu}[\p{L}'’-]+(?:(?: and | & )\p{Lu}[\p{L}'’-]+)*)(?: et al\.?)?,? \(?(\d{4}[a-z]?)?\)?(?:[,.:;]|$| ?p))",
      "short citation");
  std::vector<std::string_view> groups(2);
  if (plain.size() > 120 || !kPattern.partialMatch(plain, groups)) return false;
  names = groups[0];
  year = groups[1];
  return true;
}

}  // namespace

std::string shortTextAuthors(std::string_view plain) {
  std::string names, year;
  return shortTextParts(plain, names, year) ? names : std::string();
}

void standInAuthor(std::string_view shortText, Reference& r) {
  if (!r.publisher.empty() || !r.work.empty() || !r.url.empty()) return;
  const std::string names = shortTextAuthors(shortText);
  if (names.empty() || names.find(" and ") != std::string::npos || names.find(" & ") != std::string::npos) return;
  r.publisher = names;
  r.byAuthor = true;
}

std::vector<std::string> shortTextKeys(std::string_view plain) {
  std::string names, year;
  if (!shortTextParts(plain, names, year)) return {};
  std::string key;
  std::size_t at = 0;
  while (true) {
    std::size_t next = std::min(names.find(" and ", at), names.find(" & ", at));
    key += (key.empty() ? "" : "|") + lowerAscii(names.substr(at, next == std::string::npos ? next : next - at));
    if (next == std::string::npos) break;
    at = names.find(' ', next + 1) + 1;
  }
  return {key, lowerAscii(year)};
}

std::string bibliographyKey(const TemplateCall& call) {
  // Authors first, editors when there are none: "{{harvnb|O'Connor|Robertson|1999}}" finds
  // a work edited by them.
  static constexpr std::string_view kFamilies[][2] = {{"last", ""},        {"surname", ""},  {"author", ""},
                                                      {"editor", "-last"}, {"nachname", ""}, {"autor", ""}};
  for (const auto& family : kFamilies) {
    std::string key;
    for (int n = 0; n <= 4; ++n) {
      std::string base(family[0]);
      std::string field = n == 0 ? base + std::string(family[1]) : base + std::to_string(n) + std::string(family[1]);
      std::string_view v = call.named({field});
      if (v.empty() || (n == 1 && !key.empty())) continue;
      std::string name = lowerAscii(stripMarkup(v));
      if (base == "author" || base == "autor") name = surnameOf(name);
      key += (key.empty() ? "" : "|") + name;
    }
    if (!key.empty()) return key + "|" + yearOf(call);
  }
  return {};
}

std::string shortCitationKey(const TemplateCall& call) {
  // {{harvs|nb|last=El-Bizri|year=2005a}} names its target as a cite template does.
  if (namesByField(call)) return bibliographyKey(call);
  std::string key;
  for (std::size_t i = 0; i < call.positionalCount(); ++i) {
    std::string part = lowerAscii(stripMarkup(call.positional(i)));
    // "1960–1961", a work in volumes, is listed under its first year.
    if (part.size() > 4 && isYear(part.substr(0, 4)) && (part[4] == '-' || part.compare(4, 3, "\u2013") == 0))
      part.resize(4);
    if (!key.empty()) key += "|";
    key += part;
    if (isYear(part)) break;
  }
  return key;
}

std::string shortCitationText(const TemplateCall& call) {
  std::string text;
  if (namesByField(call)) text = stripMarkup(call.named({"last", "last1", "author", "author1"})) + " " + yearOf(call);
  // {{harvnb|Smith|Jones|2005}}: every positional argument, the surnames and then the year.
  for (std::size_t i = 0; i < call.positionalCount() && !namesByField(call); ++i) {
    if (!text.empty()) text += " ";
    text += stripMarkup(call.positional(i));
  }
  std::string_view page = call.named({"p", "page", "pp", "pages", "loc"});
  if (!page.empty()) text += ", p. " + std::string(page);
  return text;
}

std::string identifierTemplateUrl(const TemplateCall& call) {
  for (const auto& [parameter, address] : lexicon().citeIdentifiers)
    if (call.name == parameter) {
      std::string id(trim(stripMarkup(call.positional(0))));
      return id.empty() ? std::string() : addressOf(address, id);
    }
  return {};
}

void fillPublisher(Reference& reference) {
  // A book named by its title only has no publisher to show: its title is not one.
  if (reference.publisher.empty() && reference.work != reference.title) reference.publisher = reference.work;
  if (reference.publisher.empty()) reference.publisher = domainOf(reference.url);
}

}  // namespace cg::ingest
