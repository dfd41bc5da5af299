#include "ingest/WikitextReader.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include <re2/re2.h>

#include "graph/AsciiRun.h"
#include "graph/Error.h"
#include "graph/Files.h"
#include "graph/Fold.h"
#include "ingest/Dates.h"
#include "ingest/Lexicon.h"
#include "ingest/Text.h"
#include "ingest/WikiCitations.h"
#include "ingest/WikiLanguage.h"
#include "ingest/WikiLines.h"
#include "ingest/WikiMarkup.h"
#include "ingest/WikiTables.h"
#include "ingest/WikiTags.h"

namespace cg::ingest {
namespace {

bool startsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// [[Target]] -> "target"; fragments and a leading ':' dropped, spaces as '_'.
std::string linkKey(std::string_view target) {
  target = trim(target);
  if (startsWith(target, ":")) target.remove_prefix(1);
  target = trim(target.substr(0, target.find('#')));
  return graph::pageKey(target);
}

// Namespaces whose links show nothing in the text (files, categories, other languages).
bool hiddenLink(std::string_view inner) {
  std::size_t colon = inner.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  std::string ns = lowerAscii(trim(inner.substr(0, colon)));
  for (std::string_view n : {"file", "image", "datei", "bild", "media", "fichier", "archivo"})
    if (ns == n) return true;
  if (!languageOfCategoryNamespace(ns).empty()) return true;
  // Interlanguage links: [[de:Seite]], [[zh-yue:...]]: a language code is written in lower case, so
  // "[[Cosmos: A Spacetime Odyssey]]" (a title with a colon) is a link shown in the text.
  const std::string_view written = trim(inner.substr(0, colon));
  return written.size() >= 2 && written.size() <= 7 &&
         std::all_of(written.begin(), written.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
}

enum class SectionRole { kContent, kSkip };

// Back matter (data/back_matter.tsv: sources, notes, pointers elsewhere) is no prose of the page.
SectionRole roleOf(std::string_view title) {
  return lexicon().isBackMatter(title) ? SectionRole::kSkip : SectionRole::kContent;
}

// A settlement's or a route's measured fields name their unit in the key ("area_total_km2",
// "elevation_ft", "length_mi"): the label they show and the unit a bare number stands with.
std::optional<std::pair<std::string, std::string>> measuredField(std::string_view key) {
  static constexpr std::pair<std::string_view, std::string_view> kUnits[] = {{"km2", "square kilometres"},
                                                                             {"sq_mi", "square miles"},
                                                                             {"m", "metres"},
                                                                             {"ft", "feet"},
                                                                             {"km", "kilometres"},
                                                                             {"mi", "miles"}};
  static constexpr std::pair<std::string_view, std::string_view> kPrefixes[] = {{"area_total_", "Area"},
                                                                                {"area_", "Area"},
                                                                                {"area_land_", "Land area"},
                                                                                {"elevation_", "Elevation"},
                                                                                {"length_", "Length"}};
  for (auto [prefix, label] : kPrefixes)
    for (auto [code, unit] : kUnits)
      if (key.size() == prefix.size() + code.size() && key.starts_with(prefix) && key.ends_with(code))
        return std::pair{std::string(label), std::string(unit)};
  return std::nullopt;
}

// An infobox field's key as the field tables write it: "num employees" and "num_employees" are one field.
std::string fieldKey(std::string key) {
  std::replace(key.begin(), key.end(), ' ', '_');
  return key;
}

// Infobox fields that carry a figure about the page's subject, with the label they show.
std::optional<std::string> figureField(std::string key) {
  key = fieldKey(std::move(key));
  static const std::map<std::string, std::string, std::less<>> kFields = {{"revenue", "Revenue"},
                                                                          {"operating_income", "Operating income"},
                                                                          {"net_income", "Net income"},
                                                                          {"income", "Income"},
                                                                          {"profit", "Profit"},
                                                                          {"employees", "Employees"},
                                                                          {"num_employees", "Employees"},
                                                                          {"number_of_employees", "Employees"},
                                                                          {"market_cap", "Market cap"},
                                                                          {"users", "Users"},
                                                                          {"total_assets", "Total assets"},
                                                                          {"assets", "Total assets"},
                                                                          {"equity", "Equity"},
                                                                          {"total_equity", "Equity"},
                                                                          {"aum", "Assets under management"},
                                                                          {"subscribers", "Subscribers"},
                                                                          {"members", "Members"},
                                                                          {"num_members", "Members"},
                                                                          {"population_total", "Population"},
                                                                          {"population", "Population"},
                                                                          // {{Infobox country}}: the estimate and the
                                                                          // census, each dated by its _year field.
                                                                          {"population_estimate", "Population"},
                                                                          {"population_census", "Population"},
                                                                          {"budget", "Budget"},
                                                                          {"gross", "Box office"},
                                                                          {"box_office", "Box office"},
                                                                          {"students", "Students"},
                                                                          {"num_students", "Students"},
                                                                          {"staff", "Staff"},
                                                                          {"endowment", "Endowment"},
                                                                          {"circulation", "Circulation"},
                                                                          {"production", "Production"},
                                                                          {"sales", "Sales"},
                                                                          {"umsatz", "Revenue"},
                                                                          {"mitarbeiterzahl", "Employees"},
                                                                          {"mitarbeiter", "Employees"},
                                                                          {"gewinn", "Net income"},
                                                                          {"bilanzsumme", "Total assets"},
                                                                          {"einwohner", "Population"},
                                                                          {"eigenkapital", "Equity"},
                                                                          {"omsetnad", "Revenue"},
                                                                          {"omsetning", "Revenue"},
                                                                          {"driftsresultat", "Operating income"},
                                                                          {"tilsette", "Employees"},
                                                                          {"ansatte", "Employees"},
                                                                          {"innbyggjarar", "Population"},
                                                                          {"innbyggere", "Population"}};
  auto it = kFields.find(key);
  if (it != kFields.end()) return it->second;
  if (auto measured = measuredField(key)) return measured->first;
  if (auto listed = lexicon().infoboxFields.find(key); listed != lexicon().infoboxFields.end())
    return listed->second.label;
  return std::nullopt;
}

// A figure field as the English reader reads figures: digit groups joined by a no-break or
// thin space ("29&nbsp;500", as French and Nordic pages write thousands) with the page's
// thousands mark (a comma, or a dot where the page writes decimal commas: its figures are read
// in its own style, WikiLanguage.h), and the German and Nordic scale words ("650 mrd NOK",
// "1,2 Mrd. Euro") in English.
std::string englishFigure(std::string value, NumberStyle style) {
  static const RE2 kGroup(R"((\d)(?:&nbsp;|&#160;|&thinsp;|\x{00A0}|\x{2009}|\x{202F})(\d{3})\b)");
  static const RE2 kBillion(R"(\b(?:[Mm]rd|[Mm]illiarde[nr]|[Mm]illiardar)\b\.?)");
  static const RE2 kMillion(R"(\b(?:Mio|[Mm]ill|[Mm]illione[nr]|[Mm]illionar)\b\.?)");
  const char* joined = style == NumberStyle::kDecimalComma ? "\\1.\\2" : "\\1,\\2";
  while (RE2::Replace(&value, kGroup, joined)) {
  }
  RE2::GlobalReplace(&value, kBillion, "billion");
  RE2::GlobalReplace(&value, kMillion, "million");
  return value;
}

// The noun a bare count in a field so labelled counts: "Employees" -> "employees"; "" for none.
std::string_view countNoun(std::string_view label) {
  static const std::map<std::string_view, std::string_view> kNouns = {
      {"Employees", "employees"},     {"Members", "members"}, {"Students", "students"},      {"Staff", "staff"},
      {"Subscribers", "subscribers"}, {"Users", "users"},     {"Population", "inhabitants"}, {"Circulation", "copies"}};
  auto noun = kNouns.find(label);
  return noun == kNouns.end() ? std::string_view() : noun->second;
}

// "5,400" in an Employees field -> "5,400 employees", "242495" in area_km2 -> "242495 square
// kilometres", "100 million" in a Speakers field -> "100 million speakers": a bare number says what it counts
// or measures (a unit written after it, "5 m", is left as it is).
std::string withWord(std::string value, std::string_view word) {
  std::size_t begin = value.find_first_of("0123456789");
  if (word.empty() || begin == std::string::npos) return value;
  std::size_t end = value.find_first_not_of("0123456789,.", begin);
  std::size_t next = end == std::string::npos ? end : value.find_first_not_of(' ', end);
  // "100 million" in a Speakers field -> "100 million speakers": the word goes after a scale word.
  for (std::string_view scale : {"thousand", "million", "billion", "trillion"})
    if (next != std::string::npos && value.compare(next, scale.size(), scale) == 0 &&
        (next + scale.size() == value.size() || !std::isalpha(static_cast<unsigned char>(value[next + scale.size()]))))
      return value.insert(next + scale.size(), " " + std::string(word));
  if (next != std::string::npos && std::isalpha(static_cast<unsigned char>(value[next]))) return value;  // "5 m"
  return value.insert(end == std::string::npos ? value.size() : end, " " + std::string(word));
}

// "US$1,714 million (2014), US$1,230 million (2013)": one piece per period, each with the
// refs that follow its "(year)", so that each figure keeps its own date.
std::vector<std::string> periods(const std::string& value) {
  static const RE2 kYear(R"((\((?:FY ?)?\d{4}\)))");
  std::vector<std::string> out;
  re2::StringPiece rest(value);
  std::size_t start = 0;
  re2::StringPiece match;
  while (RE2::PartialMatch(rest, kYear, &match)) {
    std::size_t end = static_cast<std::size_t>(match.data() - value.data()) + match.size();
    while (end < value.size() && value[end] == kPlaceholderOpen) {  // the refs of this period
      std::size_t close = value.find(kPlaceholderClose, end);
      if (close == std::string::npos) break;
      end = close + 1;
    }
    out.push_back(value.substr(start, end - start));
    start = end;
    rest = re2::StringPiece(value.data() + end, value.size() - end);
  }
  std::string tail(trim(std::string_view(value).substr(start)));
  if (out.empty() || tail.find_first_of("0123456789") != std::string::npos) out.push_back(tail);
  for (std::string& piece : out) {
    std::string_view p = trim(piece);
    while (!p.empty() && (p.front() == ',' || p.front() == ';')) p = trim(p.substr(1));
    piece = std::string(p);
  }
  return out;
}

// {{Historical populations}} (its redirects {{Histpop}}, {{Historical population}}) and {{US Census
// population}}: a census series of the page's subject, as the templates define their parameters:
// unnamed ones in pairs, a year then its population ("|1861 |2759000"), or a population named by its
// year ("|1900= 4,510"). Read as the population fields of an infobox, each dated by its year; the
// other named parameters (type, footnote, percentages, align) show no figure of the series.
std::optional<TemplateCall> censusFields(const TemplateCall& call) {
  const std::string_view name = call.name;
  if (name != "historical populations" && name != "historical population" && name != "histpop" &&
      name != "us census population")
    return std::nullopt;
  static const RE2 kYear(R"(\s*(\d{4})\s*)");
  TemplateCall fields;
  fields.name = "infobox census";
  auto add = [&](std::string_view year, std::string_view population) {
    std::string y;
    if (!RE2::FullMatch(year, kYear, &y) || population.find_first_of("0123456789") == std::string_view::npos) return;
    fields.params.emplace_back("population", std::string(trim(population)) + " (" + y + ")");
  };
  for (std::size_t i = 0; i + 1 < call.positionalCount(); i += 2) add(call.positional(i), call.positional(i + 1));
  for (const auto& [key, value] : call.params)
    if (writtenAsYear(key)) add(key, value);
  if (fields.params.empty()) return std::nullopt;
  return fields;
}

// Whether `text` holds nothing but blanks and placeholders (the refs after a field's value).
bool onlyPlaceholders(std::string_view text) {
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (text[at] == kPlaceholderOpen) {
      at = text.find(kPlaceholderClose, at);
      if (at == std::string_view::npos) return false;
    } else if (text[at] != ' ' && text[at] != '\t' && text[at] != '\n') {
      return false;
    }
  }
  return true;
}

// {{Infobox baseball biography}}'s "|stat2label=[[Home run]]s |stat2value=70" and the football
// boxes' "|statlabel1=Games played |statvalue1=22": a player's career figures, each value named by
// the label of its number, as the rendered box shows them ("Home runs | 70"). Only whole counts
// ("70", "2,365", refs after them kept): an average (".289", "7.2") is a ratio that no noun counts.
std::vector<std::pair<std::string, std::string>> statFields(const TemplateCall& box) {
  static const RE2 kLabelKey(R"(stat(\d+)label|statlabel(\d+))");
  static const RE2 kCount(R"(\s*\d{1,3}(?:,\d{3})+|\s*\d+)");
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& [key, labelText] : box.params) {
    std::string labelFirst;
    std::string valueFirst;
    if (!RE2::FullMatch(key, kLabelKey, &labelFirst, &valueFirst)) continue;
    const std::string valueKey = labelFirst.empty() ? "statvalue" + valueFirst : "stat" + labelFirst + "value";
    const std::string_view value = box.named({std::string_view(valueKey)});
    // The count, then nothing but the placeholders of its refs.
    const std::size_t refs = std::min(value.find(kPlaceholderOpen), value.size());
    if (!RE2::FullMatch(re2::StringPiece(value.data(), refs), kCount) || !onlyPlaceholders(value.substr(refs)))
      continue;
    std::string label(trim(stripMarkup(labelText)));
    if (label.empty() || label.find_first_of("0123456789") != std::string::npos) continue;
    out.emplace_back(std::move(label), std::string(trim(value)));
  }
  return out;
}

bool isInfobox(std::string_view name) {
  // "Infoboks": the Norwegian and Danish Wikipedias' infoboxes.
  // {{Aircraft specifications}} and {{Aircraft specs}} are the aircraft's box of figures, written at its
  // Specifications section: fields of the page's subject like an infobox's; so are the {{Starbox ...}}
  // templates of a star's page.
  return startsWith(name, "infobox") || startsWith(name, "infoboks") || name == "unternehmen" || name == "firma" ||
         name == "aircraft specifications" || name == "aircraft specs" || name == "aerospecs" ||
         // {{Starbox begin}} .. {{Starbox end}}: a star page's infobox, written as several templates.
         startsWith(name, "starbox");
}

// "Alsea (company)" -> "Alsea": the name a page's subject goes by.
std::string subjectName(std::string_view title) {
  std::size_t paren = title.rfind(" (");
  if (paren != std::string_view::npos && title.back() == ')') title = title.substr(0, paren);
  return std::string(title);
}

// {{Citation needed}} and the redirects to it listed on its template page (Template:Citation
// needed): the editors' flag that the statement before it has no source.
bool isCitationNeeded(std::string_view name) {
  static constexpr std::string_view kNames[] = {"citation needed",
                                                "cn",
                                                "fact",
                                                "citation-needed",
                                                "cite needed",
                                                "citationneeded",
                                                "source needed",
                                                "needs citation",
                                                "reference needed",
                                                "citation required",
                                                "uncited"};
  return std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
}

// The plain text of a piece of inline wikitext, with its links, markers and line breaks.
struct Inline {
  std::string text;
  std::vector<Link> links;
  std::vector<Marker> markers;
  std::vector<std::size_t> uncited;  // where {{citation needed}} stood
  std::vector<std::size_t> lineBreaks;
  std::vector<std::pair<std::size_t, std::size_t>> italics;  // ''spans'' of the text
};

// '[[' -> its matching ']]', found with a stack in one pass (image captions hold links).
std::unordered_map<std::size_t, std::size_t> matchLinks(std::string_view raw) {
  std::unordered_map<std::size_t, std::size_t> match;
  std::vector<std::size_t> open;
  for (std::size_t i = 0; i + 1 < raw.size(); ++i) {
    if (raw[i] == '[' && raw[i + 1] == '[') {
      open.push_back(i);
      ++i;
    } else if (raw[i] == ']' && raw[i + 1] == ']' && !open.empty()) {
      match.emplace(open.back(), i);
      open.pop_back();
      ++i;
    }
  }
  return match;
}

class WikiReader {
 public:
  WikiReader(std::string_view text, const std::string& path, const WikiPage& page) {
    article_.path = path;
    article_.title = page.title;
    article_.sourceUrl = page.sourceUrl;
    article_.updated = page.updated;
    article_.format = "wikitext";
    article_.language = page.language.empty() ? pageLanguage(text) : page.language;
    original_ = text;
    if (linesFlattened(text)) restored_ = restoreLines(text);  // most pages: read as they are, no copy
    text_ = restored_.empty() ? text : std::string_view(restored_);
  }

  Article run() {
    TagScan tags = scanTags(text_);
    for (auto& d : tags.diagnostics) diag(d.code, d.line, d.message);
    citations_ = std::move(tags.citations);
    for (std::size_t i = 0; i < citations_.size(); ++i) registerCitation(i);
    Expansion expanded = expandTemplates(tags.text, [this](const TemplateCall& c) { return renderMain(c); });
    reportBraces(expanded);
    std::string text = joinIntroducedQuotes(expanded.text);
    collectCategories(text);
    readLines(text);
    finish();
    if (!restored_.empty()) pointToFileLines();
    return std::move(article_);
  }

 private:
  void diag(std::string code, std::uint32_t line, std::string message) {
    article_.diagnostics.push_back({Severity::kWarning, std::move(code), article_.path, line, std::move(message)});
  }

  void reportBraces(const Expansion& e) {
    if (e.unclosed) diag("unbalanced-braces", 1, std::to_string(e.unclosed) + " '{{' never closed; their text is kept");
    if (e.unopened) diag("unbalanced-braces", 1, std::to_string(e.unopened) + " '}}' with no '{{' before them");
    if (e.tooDeep)
      diag("template-too-deep", 1,
           std::to_string(e.tooDeep) + " templates nested deeper than " + std::to_string(kMaxTemplateDepth) +
               " levels were dropped");
  }

  // ---- citations: one number per source, in order of first appearance ----

  void registerCitation(std::size_t i) {
    Citation& c = citations_[i];
    std::string key = c.name.empty() ? std::string() : c.group + '\x1f' + c.name;
    c.canonical = i;
    if (!key.empty()) {
      auto [it, fresh] = byName_.emplace(key, i);
      c.canonical = it->second;
    }
    if (!c.content.empty() && !definer_.count(c.canonical)) definer_.emplace(c.canonical, i);
  }

  std::size_t addCitation(Citation c) {
    citations_.push_back(std::move(c));
    registerCitation(citations_.size() - 1);
    return citations_.size() - 1;
  }

  // The reference number a placeholder stands for; 0 for a note (kept apart).
  int numberFor(std::size_t index, std::uint32_t line) {
    if (index >= citations_.size() || !citations_[index].group.empty()) return 0;
    std::size_t canonical = citations_[index].canonical;
    auto [it, fresh] = numbers_.emplace(canonical, 0);
    if (fresh) {
      it->second = static_cast<int>(numbers_.size());
      numbered_.push_back({canonical, line});
    }
    return it->second;
  }

  // ---- templates ----

  std::string renderMain(const TemplateCall& call) {
    if (isCiteTemplate(call.name) || (current_ && isDatabaseCitation(call.name))) return captureCite(call);
    if (isShortCitation(call.name)) return shortCitation(call);
    if (isInfobox(call.name)) {
      if (article_.infobox.empty()) article_.infobox = call.name;
      infoboxes_.push_back(call);
      return "\n" + placeholder('I', infoboxes_.size() - 1) + "\n";
    }
    if (auto census = censusFields(call)) {
      infoboxes_.push_back(std::move(*census));
      return "\n" + placeholder('I', infoboxes_.size() - 1) + "\n" + keptReferences(call);
    }
    // {{refn|text}} and {{#tag:ref|text}}: a footnote written as a template.
    bool tagRef = call.name == "#tag" && lowerAscii(call.positional(0)) == "ref";
    if ((call.name == "refn" || tagRef) && call.named({"group"}).empty() && !current_) {
      Citation c;
      c.name = std::string(call.named({"name"}));
      c.content = std::string(call.positional(tagRef ? 1 : 0));
      if (c.content.empty()) c.content = std::string(call.named({"1"}));
      return placeholder('R', addCitation(std::move(c)));
    }
    if (isCitationNeeded(call.name)) return placeholder('U', 0);
    if (call.name == "displaytitle") displayTitle_ = stripMarkup(call.positional(0));
    // {{Redirect|NAME|use|page}}, {{Redirect-distinguish|NAME|...}}: "NAME redirects here";
    // {{Redirect2|NAME1|NAME2|...}} two such names. The hatnote shows no prose.
    if (call.name == "redirect" || call.name == "redirect-distinguish" || call.name == "redirect2") {
      for (std::size_t i = 0; i < (call.name == "redirect2" ? 2u : 1u); ++i)
        if (std::string named(trim(stripMarkup(call.positional(i)))); !named.empty())
          article_.redirectNames.push_back(std::move(named));
      return {};
    }
    // "Ross, D. (2002). ''Chronology of Scottish History''. Geddes & Grosset. {{ISBN|1-85534-380-0}}": the
    // identifier's own template gives the address of a free-text citation that links nowhere.
    if (current_ && identifier_.empty()) identifier_ = identifierTemplateUrl(call);
    if (auto shown = renderFormatting(call)) return *shown;
    if (current_ && !siteCite_) siteCite_ = referenceFromSiteTemplate(call);  // read if the ref gives nothing else
    return keptReferences(call);
  }

  // A template that shows nothing of the prose (a group note, {{efn}}, a census table's
  // footnote=) still cites what its <ref>s cite: the page numbers them where the template
  // stands, so they stay references, cited by no sentence. {{reflist|refs=}} only defines
  // references; they are numbered where the text cites them.
  static std::string keptReferences(const TemplateCall& call) {
    if (call.name == "reflist" || call.name == "references" || call.name == "refbegin") return {};
    std::string kept;
    for (const auto& [key, value] : call.params)
      for (std::size_t at = value.find(kPlaceholderOpen); at != std::string::npos;
           at = value.find(kPlaceholderOpen, at + 1)) {
        std::size_t close = value.find(kPlaceholderClose, at);
        if (close == std::string::npos || at + 1 >= close) break;
        if (value[at + 1] != 'R' && value[at + 1] != 'N') continue;
        kept += placeholder('N', std::stoul(value.substr(at + 2, close - at - 2)));
      }
    return kept;
  }

  // Numbers the references a piece of text holds (placeholders 'R' and 'N') without binding
  // them to a sentence: an infobox field that is no figure, an image caption.
  void numberUnbound(std::string_view raw, std::uint32_t line) {
    for (std::size_t at = raw.find(kPlaceholderOpen); at != std::string_view::npos;
         at = raw.find(kPlaceholderOpen, at + 1)) {
      std::size_t close = raw.find(kPlaceholderClose, at);
      if (close == std::string_view::npos || at + 1 >= close) return;
      if (raw[at + 1] == 'R' || raw[at + 1] == 'N')
        numberFor(std::stoul(std::string(raw.substr(at + 2, close - at - 2))), line);
    }
  }

  std::string captureCite(const TemplateCall& call) {
    cites_.push_back(referenceFromTemplate(call));
    std::string key = bibliographyKey(call);
    if (!key.empty()) addToBibliography(key, cites_.size() - 1);
    return placeholder('C', cites_.size() - 1);
  }

  // {{sfn}} is a footnote of its own (the same arguments, the same footnote); {{harvnb}}
  // inside a <ref> binds that ref; in running text a Harvard citation is just text.
  std::string shortCitation(const TemplateCall& call) {
    if (current_ && !current_->shortKey.empty()) return shortCitationText(call);
    if (current_) {
      current_->shortKey = shortCitationKey(call);
      current_->shortText = shortCitationText(call);
      return current_->shortText;
    }
    if (!startsWith(call.name, "sfn")) return shortCitationText(call);
    Citation c;
    c.shortKey = shortCitationKey(call);
    c.shortText = shortCitationText(call);
    c.name = "sfn\x1f" + c.shortText;
    c.content = c.shortText;
    return placeholder('R', addCitation(std::move(c)));
  }

  // The sources a citation's text gives: its cite template, else its free text; a short
  // citation takes what its bibliography entry gives. A footnote that bundles several works
  // (WP:CITEBUNDLE: "{{cite journal|...}} {{cite news|...}}", "{{harvnb|Selin|2008}}: ...
  // {{cite web|...}}") cites each: the first is its source, each further cite template a source
  // under the same number.
  std::vector<Reference> referencesOf(Citation& c) {
    current_ = &c;
    siteCite_.reset();
    identifier_.clear();
    Expansion e = expandTemplates(c.content, [this](const TemplateCall& t) { return renderMain(t); });
    current_ = nullptr;
    Reference r;
    std::string plain = stripMarkup(e.text);  // once: read for the short-citation keys and kept as the raw text
    std::vector<std::pair<std::size_t, std::size_t>> cites = citesIn(e.text);  // cites_ index, end in e.text
    std::size_t further = 0;  // cites_[cites[further...]] are the bundle's further works
    if (!cites.empty() && c.shortKey.empty()) {
      boundCites_.insert(cites.front().first);
      r = cites_[cites.front().first];
      outletAfterTemplate(std::string_view(e.text).substr(std::min(e.text.size(), cites.front().second)), r);
      further = 1;
    } else if (c.shortKey.empty()) {
      r = referenceFromText(e.text);
      // "<ref>{{Wayback|url=...|title=...}}</ref>": a site's template is the citation when the ref's
      // text names no title, address, publisher or work of its own.
      if (r.isEmpty() && siteCite_) r = *siteCite_;
      // A short citation written as text ("Bodie 2001, p. 208") points into the bibliography too.
      const std::vector<std::string> keys = shortTextKeys(plain);
      if (const Reference* entry = r.url.empty() ? findEntry(keys) : nullptr) {
        boundCites_.insert(static_cast<std::size_t>(entry - cites_.data()));
        fillFrom(*entry, r, /*title=*/true);
      } else if (keys.empty() && !r.work.empty())
        addEntry(plain, r);
      else if (!keys.empty())
        standInAuthor(plain, r);  // no entry to bind to: its author is all it names
      if (r.url.empty()) r.url = identifier_;
    }
    if (!c.shortKey.empty()) {
      // "{{harvnb|Smith|2001|p=437}} [https://www.jstor.org/stable/...]": the footnote links the
      // place it cites; the bibliography entry gives the rest.
      if (r.url.empty()) r.url = firstUrl(e.text);
      bindShortCitation(c, r);
    }
    fillPublisher(r);
    r.raw = std::move(plain);
    std::vector<Reference> works{std::move(r)};
    for (std::size_t i = further; i < cites.size(); ++i) {
      const std::size_t cite = cites[i].first;
      // A source with no address is known by its page and number (graph::ClaimGraph::sourceKey),
      // which the bundle's first work holds: a further work needs an address of its own.
      if (cites_[cite].url.empty()) continue;
      boundCites_.insert(cite);
      works.push_back(cites_[cite]);
      fillPublisher(works.back());
    }
    return works;
  }

  // The cite templates a footnote's expanded text holds, in order: each one's index in cites_ and
  // where its placeholder ends.
  static std::vector<std::pair<std::size_t, std::size_t>> citesIn(const std::string& text) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    const std::string mark = std::string(1, kPlaceholderOpen) + "C";
    for (std::size_t at = text.find(mark); at != std::string::npos; at = text.find(mark, at + 2)) {
      const std::size_t close = text.find(kPlaceholderClose, at);
      if (close == std::string::npos) break;
      out.emplace_back(std::stoul(text.substr(at + 2, close - at - 2)), close + 1);
    }
    return out;
  }

  // "{{cite web|url=...|title=...}} Biography on Alpha TV's show. ''[[Alpha TV]]'', 17 April
  // 2008": a template that names no publisher or work, followed in its ref by free text that
  // does (an ''italic'' work, a publisher), takes them from that text, and its date if it has none.
  static void outletAfterTemplate(std::string_view rest, Reference& r) {
    if (!r.publisher.empty() || !r.work.empty() || rest.find_first_not_of(" .,;") == std::string_view::npos) return;
    const Reference tail = referenceFromText(rest);
    r.work = tail.work;
    r.publisher = tail.publisher;
    r.byAuthor = tail.byAuthor;
    // "Retrieved on April 8, 2008" is when it was read, not when it was published.
    std::size_t retrieved = rest.size();
    for (std::string_view word : {"Retrieved", "retrieved", "Accessed", "accessed"})
      retrieved = std::min(retrieved, rest.find(word));
    if (r.date.empty()) r.date = referenceFromText(rest.substr(0, retrieved)).date;
  }

  void bindShortCitation(const Citation& c, Reference& r) {
    auto it = bibliography_.find(c.shortKey);
    if (it == bibliography_.end()) {
      diag("unresolved-short-citation", 0, "short citation '" + c.shortText + "' names no entry of the bibliography");
      if (r.title.empty()) r.title = c.shortText;
      standInAuthor(c.shortText, r);  // "{{sfn|Galland|1954|p=138}}" with no entry: its author is all it names
      return;
    }
    boundCites_.insert(it->second);
    fillFrom(cites_[it->second], r, /*title=*/false);
  }

  static void fillFrom(const Reference& entry, Reference& r, bool title) {
    if (title && !entry.title.empty()) r.title = entry.title;
    if (r.publisher.empty()) r.byAuthor = entry.byAuthor;
    for (auto [field, from] : {std::pair{&r.title, &entry.title},
                               {&r.publisher, &entry.publisher},
                               {&r.work, &entry.work},
                               {&r.date, &entry.date},
                               {&r.url, &entry.url}})
      if (field->empty()) *field = *from;
  }

  // The bibliography entry for {surnames, year}: by both, or by the surnames alone when
  // they name one entry only.
  const Reference* findEntry(const std::vector<std::string>& keys) const {
    if (keys.size() != 2) return nullptr;
    if (!keys[1].empty()) {  // "Holls and Lamm 1996" finds "Holls, Dave and Michael Lamm. ... 1996" too
      auto it = bibliography_.find(keys[0] + "|" + keys[1]);
      if (it == bibliography_.end()) it = bibliography_.find(keys[0].substr(0, keys[0].find('|')) + "|" + keys[1]);
      return it == bibliography_.end() ? nullptr : &cites_[it->second];
    }
    // One entry listed under several years ("Shaw (1997) ... 1916-1996"), or one book listed
    // twice (under References and again under Further reading), is still one work.
    auto [first, last] = bySurname_.equal_range(keys[0]);
    if (first == last) return nullptr;
    auto earliest = std::min_element(first, last, [](const auto& a, const auto& b) { return a.second < b.second; });
    const Reference* entry = &cites_[earliest->second];
    bool one = std::all_of(first, last, [&](const auto& e) { return sameWork(cites_[e.second], *entry); });
    return one ? entry : nullptr;
  }

  // The same title, punctuation and case aside ("This Great Symbol: Pierre" = "This Great Symbol. Pierre").
  static bool sameWork(const Reference& a, const Reference& b) {
    if (&a == &b) return true;
    auto letters = [](std::string_view title) {
      std::string out;
      for (char c : title)
        if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80)
          out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
      return out;
    };
    return !a.title.empty() && letters(a.title) == letters(b.title);
  }

  void addToBibliography(const std::string& key, std::size_t cite) {
    if (!bibliography_.emplace(key, cite).second) return;
    bySurname_.emplace(key.substr(0, key.rfind('|')), cite);
  }

  // A bibliography line in free text ("Bodie, Warren M. ''The Lockheed P-38''. Hayesville:
  // Widewing, 2001, 1991."): found by its first surname and each year it gives.
  // A line that opens with a dash ("—. ''Title''. 2003", "———", "--") repeats the authors of the line
  // before it, as bibliographies write a second work by the same author (Chicago's 3-em dash,
  // Citation Style 1's |author-mask=): it is found under their names.
  void freeTextEntry(std::string_view raw) {
    if (raw.find(kPlaceholderOpen) != std::string_view::npos) return;  // a cite template: already listed
    std::string plain = stripMarkup(raw);
    std::size_t dashes = 0;
    while (true) {
      if (plain.compare(dashes, 3, "\u2014") == 0 || plain.compare(dashes, 3, "\u2015") == 0)
        dashes += 3;
      else if (dashes < plain.size() && (plain[dashes] == '-' || plain[dashes] == '_'))
        dashes += 1;
      else
        break;
    }
    const bool mask = dashes >= 2;  // one em dash (3 bytes), or two hyphens or underscores at least
    if (mask && !lastEntryAuthor_.empty()) {
      std::size_t body = dashes;
      while (body < plain.size() && (plain[body] == '.' || plain[body] == ',' || plain[body] == ' ')) ++body;
      plain = lastEntryAuthor_ + ", " + plain.substr(body);
    }
    addEntry(plain, referenceFromText(raw));
  }

  // A list item of a References or Bibliography section that no footnote points to is a general
  // reference (WP:GENREF): a source of the page as a whole, cited by no sentence. `before` is the
  // size of cites_ before the item was read: a cite template stands as its placeholder, a free-text
  // entry is the cite freeTextEntry has just added.
  void noteGeneralReference(std::string_view entry, std::size_t before, std::uint32_t line) {
    if (entry.size() > 2 && entry.front() == kPlaceholderOpen && entry[1] == 'C') {
      const std::size_t close = entry.find(kPlaceholderClose);
      if (close != std::string_view::npos)
        generalRefs_.push_back({std::stoul(std::string(entry.substr(2, close - 2))), line});
    } else if (cites_.size() > before) {
      generalRefs_.push_back({cites_.size() - 1, line});
    } else if (Reference linked = referenceFromText(entry); !linked.url.empty()) {
      // "* [http://... Gendercide site]", "* Punjabi language website http://...": a work the list
      // links to, though it opens with no author a short citation could name.
      cites_.push_back(std::move(linked));
      generalRefs_.push_back({cites_.size() - 1, line});
    }
  }

  // The general references no footnote bound to, numbered after the footnotes in list order (the
  // page prints no number for them).
  void addGeneralReferences() {
    int number = static_cast<int>(numbers_.size());
    for (const auto& [cite, line] : generalRefs_) {
      if (cite >= cites_.size() || boundCites_.count(cite) || cites_[cite].isEmpty()) continue;
      boundCites_.insert(cite);  // one entry listed twice is one source
      Reference r = cites_[cite];
      // A work a footnote also cites in full is that footnote's source already.
      if (std::any_of(article_.references.begin(), article_.references.end(),
                      [&](const Reference& cited) { return sameWork(cited, r); }))
        continue;
      fillPublisher(r);
      r.number = ++number;
      r.line = line;
      article_.references.push_back(std::move(r));
    }
  }

  // An entry found by the name before its first comma and each year it gives. Also a ref whose
  // free text is a full citation ("Yasser Seirawan, ''Combinations'', Gloucester Publishers,
  // 2006, p. 161."): the later short ones ("Seirawan, p. 162.") point to it as to a
  // bibliography line. A name with a digit ("Bodie 2001, p. 208") is a short citation itself.
  void addEntry(const std::string& plain, Reference entry) {
    std::size_t comma = std::min(plain.find(','), nameStop(plain));
    if (comma == std::string::npos || comma > 40) return;
    if (std::any_of(plain.begin(), plain.begin() + static_cast<std::ptrdiff_t>(comma),
                    [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); }))
      return;
    cites_.push_back(std::move(entry));
    lastEntryAuthor_ = plain.substr(0, comma);
    std::string author = lowerAscii(plain.substr(0, comma));
    // "Grierson, ..." or "Hermann Grassmann, 1861": the surname first, or the name's last word.
    std::vector<std::string> surnames{author};
    if (author.rfind(' ') != std::string::npos) surnames.push_back(author.substr(author.rfind(' ') + 1));
    for (const std::string& year : yearsOf(plain))
      for (const std::string& surname : surnames) addToBibliography(surname + "|" + year, cites_.size() - 1);
  }

  // Where the author's name of a bibliography line ends when a full stop closes it before any comma, as
  // Chicago and CS1 write a given-name-first or a one-word author ("Nathan Jacobson. Basic Algebra I.
  // Dover, 2009.", "Galland. Adolf. ''The First and the Last''"): at the first ". " after a word of two
  // letters or more (an initial's stop, "J. Smith", is inside the name); npos when there is none.
  static std::size_t nameStop(const std::string& plain) {
    for (std::size_t dot = plain.find(". "); dot != std::string::npos && dot <= 40; dot = plain.find(". ", dot + 1))
      if (dot >= 2 && plain[dot - 2] != ' ' && plain[dot - 2] != '.') return dot;
    return std::string::npos;
  }

  // The years a bibliography line gives; a span ("1904–1928", a work in volumes) gives
  // each year it covers, since a short citation names the year of its volume.
  static std::vector<std::string> yearsOf(const std::string& plain) {
    static const RE2 kYear(R"(\b((?:1[5-9]|20)\d\d[a-z]?)\b(?:(?:–|-)((?:1[5-9]|20)\d\d)\b)?)");
    re2::StringPiece input(plain);
    std::string year, until;
    std::vector<std::string> years;
    while (RE2::FindAndConsume(&input, kYear, &year, &until)) {
      years.push_back(year);
      int from = std::atoi(year.c_str()), to = until.empty() ? from : std::atoi(until.c_str());
      for (int y = from + 1; y <= to && to - from <= 50; ++y) years.push_back(std::to_string(y));
    }
    return years;
  }

  // ---- lines and blocks ----

  void collectCategories(std::string_view text) {
    for (std::size_t at = text.find("[["); at != std::string_view::npos; at = text.find("[[", at + 2)) {
      std::string_view rest = text.substr(at + 2, 400);
      std::size_t colon = rest.find(':');
      if (colon == std::string_view::npos) continue;
      std::string ns = lowerAscii(trim(rest.substr(0, colon)));
      if (languageOfCategoryNamespace(ns).empty()) continue;
      std::size_t end = rest.find_first_of("|]", colon);
      if (end == std::string_view::npos) continue;
      std::string name = stripMarkup(rest.substr(colon + 1, end - colon - 1));
      std::replace(name.begin(), name.end(), '_', ' ');
      if (!name.empty()) article_.categories.push_back(name);
    }
  }

  void readLines(std::string_view text) {
    std::uint32_t line = 1;
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t nl = text.find('\n', start);
      if (nl == std::string_view::npos) nl = text.size();
      std::string_view l = text.substr(start, nl - start);
      readLine(l, line);
      line += 1 + static_cast<std::uint32_t>(std::count(l.begin(), l.end(), kPhantomNewline));
      if (nl == text.size()) break;
      start = nl + 1;
    }
    flushParagraph();
    flushRow();
  }

  void readLine(std::string_view l, std::uint32_t line) {
    std::string_view t = trim(l);
    while (!t.empty() && t.front() == kPhantomNewline) t = trim(t.substr(1));
    // "{|{{Infobox Aircraft Begin ...}}{{Infobox Aircraft Type ...}}|}": a box wrapped in a table's
    // markup is still the box, whose fields are rows of their own.
    if (table_ && t.size() > 2 && t.front() == kPlaceholderOpen && t[1] == 'I' &&
        t.find(kPlaceholderClose) == t.size() - 1) {
      const std::size_t enclosing = tableIndex_;
      infoboxRows(std::stoul(std::string(t.substr(2))), line);
      tableIndex_ = enclosing;
      return;
    }
    if (table_) return tableLine(t, line);
    if (t.size() >= 2 && t.front() == '=' && t.back() == '=') return heading(t, line);
    if (role_ == SectionRole::kSkip) {
      // A footnote in a list of pointers ("* [[F-35]], named ...<ref>...</ref>" under See also) is
      // still the page's; a list of sources or notes only defines refs (<references>...</references>).
      if (backMatter_ == BackMatter::kPointers) numberUnbound(t, line);
      std::size_t body = t.find_first_not_of("*#:");
      if (!t.empty() && t.front() == '*' && body != std::string_view::npos) {
        const std::size_t before = cites_.size();
        const std::string_view entry = trim(t.substr(body));
        freeTextEntry(entry);
        // A list of the works the page cites (WP:GENREF: "general references", cited by no footnote),
        // unlike "External links", "See also" and "Further reading", which list pages to read next.
        if (backMatter_ == BackMatter::kSources) noteGeneralReference(entry, before, line);
      }
      return;
    }
    if (startsWith(t, "{|")) {
      flushParagraph();
      table_ = true;
      tableIndex_ = tableCount_++;
      tableRows_ = 0;
      columnUnits_.clear();
      return;
    }
    if (t.empty() || startsWith(t, "----")) return flushParagraph();
    if (t.front() == kPlaceholderOpen && t.size() > 1 && t[1] == 'I') {
      flushParagraph();
      return infoboxRows(std::stoul(std::string(t.substr(2))), line);
    }
    if (t.front() == '*' || t.front() == '#' || t.front() == ':' || t.front() == ';') {
      flushParagraph();
      std::size_t body = t.find_first_not_of("*#:;");
      if (body != std::string_view::npos) addBlock(BlockKind::kListItem, t.substr(body), line);
      return;
    }
    if (paragraph_.empty())
      paragraphLine_ = line;
    else
      paragraph_.push_back('\n');
    paragraph_.append(t);
  }

  void heading(std::string_view t, std::uint32_t line) {
    flushParagraph();
    std::size_t left = t.find_first_not_of('='), right = t.size() - 1 - t.find_last_not_of('=');
    if (left == std::string_view::npos) return;
    int level = static_cast<int>(std::min(left, right));
    numberUnbound(t, line);  // "== Awards<ref>...</ref> ==": the list's source, cited by no sentence
    Section s;
    s.title = stripMarkup(t.substr(left, t.size() - left - right));
    s.level = level;
    s.line = line;
    while (!openSections_.empty() && article_.sections[static_cast<std::size_t>(openSections_.back())].level >= level)
      openSections_.pop_back();
    if (!openSections_.empty()) s.parent = openSections_.back();
    openSections_.push_back(static_cast<int>(article_.sections.size()));
    role_ = roleOf(s.title);
    backMatter_ = lexicon().backMatterOf(s.title);
    article_.sections.push_back(std::move(s));
  }

  void flushParagraph() {
    if (paragraph_.empty()) return;
    addBlock(BlockKind::kParagraph, paragraph_, paragraphLine_);
    paragraph_.clear();
  }

  Block& addBlock(BlockKind kind, std::string_view raw, std::uint32_t line) {
    Inline in = parseInline(raw, line);
    Block b;
    b.kind = kind;
    b.section = static_cast<int>(article_.sections.size()) - 1;
    b.line = line;
    b.text = std::move(in.text);
    b.links = std::move(in.links);
    b.markers = std::move(in.markers);
    b.uncited = std::move(in.uncited);
    b.italics = std::move(in.italics);
    for (const auto& [s, e] : splitSentences(b.text)) {
      auto breaks = static_cast<std::uint32_t>(std::upper_bound(in.lineBreaks.begin(), in.lineBreaks.end(), s) -
                                               in.lineBreaks.begin());
      b.sentences.push_back({s, e, line + breaks, {}, false});
    }
    article_.blocks.push_back(std::move(b));
    return article_.blocks.back();
  }

  // ---- tables ----

  struct RawCell {
    bool header = false;
    std::string text;
    bool spans = false;  // colspan: the cells after it no longer stand under their header
  };

  void tableLine(std::string_view t, std::uint32_t line) {
    if (t.size() >= 2 && t.front() == '=' && t.back() == '=') {  // a table never closed ends at the next heading
      flushRow();
      table_ = false;
      return heading(t, line);
    }
    if (startsWith(t, "|}")) {
      flushRow();
      table_ = false;
    } else if (startsWith(t, "|-") || startsWith(t, "{|")) {
      flushRow();
    } else if (startsWith(t, "|+")) {
      numberUnbound(t, line);  // a caption's refs cite the table; the page numbers them where they stand
    } else if (!t.empty() && (t.front() == '!' || t.front() == '|')) {
      if (row_.empty()) rowLine_ = line;
      bool header = t.front() == '!';
      splitRowCells(t.substr(1), header);
    } else if (!row_.empty()) {
      row_.back().text.append("\n").append(t);
    }
  }

  // "a || b" ("a !! b" in a header line); each cell may start with "attributes |".
  void splitRowCells(std::string_view t, bool header) {
    std::size_t start = 0;
    while (true) {
      std::size_t bars = t.find("||", start);
      std::size_t bangs = header ? t.find("!!", start) : std::string_view::npos;
      std::size_t end = std::min(bars, bangs);
      const std::string_view raw = t.substr(start, end == std::string_view::npos ? end : end - start);
      const std::string_view content = cellContent(raw);
      const bool spans = lowerAscii(raw.substr(0, raw.size() - content.size())).find("colspan") != std::string::npos;
      row_.push_back({header, std::string(content), spans});
      if (end == std::string_view::npos) break;
      start = end + 2;
    }
  }

  // `style="..." | text` -> "text"; a '|' inside [[...]] is a link's.
  static std::string_view cellContent(std::string_view cell) {
    std::size_t link = cell.find("[["), bar = cell.find('|');
    if (bar == std::string_view::npos || (link != std::string_view::npos && link < bar)) return trim(cell);
    std::string_view before = cell.substr(0, bar);
    if (before.find('=') == std::string_view::npos && !trim(before).empty()) return trim(cell);
    return trim(cell.substr(bar + 1));
  }

  void flushRow() {
    if (row_.empty()) return;
    bool allHeader = std::all_of(row_.begin(), row_.end(), [](const RawCell& c) { return c.header; });
    const bool headerRow = allHeader && tableRows_ == 0;
    auto spans = [&] { return std::any_of(row_.begin(), row_.end(), [](const RawCell& c) { return c.spans; }); };
    if (headerRow) {
      columnUnits_.clear();
      if (!spans())
        for (const auto& c : row_) columnUnits_.push_back(wikiColumnWord(c.text));
    }
    // A row that lines up with the header row: each cell under the unit its column names.
    std::vector<ColumnUnit> units;
    if (!allHeader && row_.size() == columnUnits_.size() && !spans()) units = columnUnits_;
    // A row's header cell names its subject: it goes first, where the extractor looks.
    auto rowHeader = std::find_if(row_.begin(), row_.end(), [](const RawCell& c) { return c.header; });
    if (!allHeader && rowHeader != row_.end()) {
      const auto k = rowHeader - row_.begin();
      std::rotate(row_.begin(), rowHeader, rowHeader + 1);
      if (!units.empty()) std::rotate(units.begin(), units.begin() + k, units.begin() + k + 1);
    }
    std::vector<std::string> cells;
    for (auto& c : row_) cells.push_back(std::move(c.text));
    addRow(headerRow ? BlockKind::kTableHeader : BlockKind::kTableRow, cells, rowLine_, {}, units);
    ++tableRows_;
    row_.clear();
  }

  void addRow(BlockKind kind, const std::vector<std::string>& cells, std::uint32_t line, std::optional<Link> subject,
              const std::vector<ColumnUnit>& units = {}) {
    Block b;
    b.kind = kind;
    b.section = static_cast<int>(article_.sections.size()) - 1;
    b.line = line;
    b.table = tableIndex_;
    for (std::size_t k = 0; k < cells.size(); ++k) {
      Inline in = parseInline(trim(cells[k]), line);
      if (k < units.size() && in.links.empty()) withUnit(in, units[k]);
      std::size_t shift = b.text.empty() && b.cells.empty() ? 0 : b.text.size() + 3;
      if (!b.cells.empty()) b.text += " | ";
      b.cellBegins.push_back(shift);
      b.text += in.text;
      for (auto& link : in.links)
        b.links.push_back({link.kind, link.text, link.target, link.key, link.begin + shift, link.end + shift});
      for (auto& m : in.markers) b.markers.push_back({m.ref, m.pos + shift});
      b.cells.push_back(std::move(in.text));
    }
    if (subject) b.links.insert(b.links.begin(), *subject);
    b.sentences.push_back({0, b.text.size(), b.line, {}, !b.markers.empty()});
    article_.blocks.push_back(std::move(b));
  }

  // "28" under "Deaths" -> "28 deaths" (WikiTables.h); a marker after the number stays after the word.
  static void withUnit(Inline& in, const ColumnUnit& unit) {
    std::string shown = withColumnUnit(in.text, unit);
    const std::size_t added = shown.size() - in.text.size();
    for (auto& m : in.markers)
      if (m.pos >= in.text.size()) m.pos += added;
    in.text = std::move(shown);
  }

  // An infobox's figure fields as rows "Subject | Revenue | US$1.2 billion (2023)".
  void infoboxRows(std::size_t index, std::uint32_t line) {
    if (index >= infoboxes_.size()) return;
    const TemplateCall& box = infoboxes_[index];
    std::string name = stripMarkup(box.named({"name", "common_name", "firmenname", "name_english", "official_name"}));
    // A page's boxes name one subject: a box that gives no name ("{{Infobox Aircraft Type}}",
    // "{{Aircraft specifications}}") names it as the first box that does ("{{Infobox Aircraft Begin
    // |name=P-38 Lightning}}").
    if (name.empty())
      name = boxName_;
    else if (boxName_.empty())
      boxName_ = name;
    if (name.empty()) name = subjectName(title());
    tableIndex_ = tableCount_++;
    for (const auto& [key, value] : box.params) {
      std::optional<std::string> label = figureField(key);
      if (!label || value.find_first_of("0123456789") == std::string::npos) {
        numberUnbound(value, line);  // the field's sources are the page's, though no figure cites them
        linkedFieldRow(key, value, line);
        continue;
      }
      const auto measured = measuredField(key);
      const auto listed = lexicon().infoboxFields.find(fieldKey(key));
      const InfoboxField* field = listed == lexicon().infoboxFields.end() ? nullptr : &listed->second;
      const std::string_view word = measured ? std::string_view(measured->second)
                                    : field  ? std::string_view(field->word)
                                             : countNoun(*label);
      for (const std::string& period : periods(englishFigure(value, numberStyleOf(article_.language)))) {
        std::string shown = withWord(period, word);
        std::string_view year = box.named({key + "_year", key + " year", key + " \u00e5r"});
        if (year.empty() && field && !field->dateKey.empty()) year = box.named({std::string_view(field->dateKey)});
        if (!year.empty() && shown.find(year) == std::string::npos) shown += " (" + std::string(year) + ")";
        Link subject{LinkKind::kWiki, name, title(), linkKey(title()), 0, name.size()};
        addRow(BlockKind::kTableRow, {name, *label, shown}, line, subject);
      }
    }
    for (const auto& [label, value] : statFields(box)) {
      Link subject{LinkKind::kWiki, name, title(), linkKey(title()), 0, name.size()};
      addRow(BlockKind::kTableRow, {name, label, withWord(value, lowerAscii(label))}, line, subject);
    }
  }

  // "| leader1 = [[Raza Rabbani]]", "| party1 = ([[Pakistan Peoples Party|PPP]])": a field that is
  // only links names the people, parties and places of the page's subject, as the rendered box shows
  // them: a row "Subject | leader | Raza Rabbani" whose links are mentions. The rows go after the
  // text (finish), so that a name is first seen as the prose writes it, not as the box abbreviates
  // it; a link shows its target. Its refs were numbered with the page's (numberUnbound), so the row carries none.
  void linkedFieldRow(std::string_view key, std::string_view value, std::uint32_t line) {
    static const RE2 kOnlyLinks(R"(^(?:\s|\[\[[^\[\]]*\]\]|[(),;]|<br\s*/?>|\band\b)*$)");
    std::string shown;
    for (std::size_t at = 0; at < value.size(); ++at) {
      const std::size_t close = value[at] == kPlaceholderOpen ? value.find(kPlaceholderClose, at) : at;
      if (close == std::string_view::npos) break;
      if (close == at) shown += value[at];
      at = close;
    }
    if (shown.find("[[") == std::string::npos || key.ends_with("_type") || !RE2::FullMatch(shown, kOnlyLinks)) return;
    // "[[Pakistan Peoples Party|PPP]]" as its target: the box abbreviates, and a label seen here would
    // name the entity wherever the prose writes it ("Democratic" for "Democratic Party").
    static const RE2 kPiped(R"(\[\[([^\[\]|]*)\|[^\[\]]*\]\])");
    RE2::GlobalReplace(&shown, kPiped, "[[\\1]]");
    std::string label = lowerAscii(key);
    std::replace(label.begin(), label.end(), '_', ' ');
    std::erase_if(label, [](char c) { return c >= '0' && c <= '9'; });
    fieldRows_.push_back({{std::string(trim(label)), shown}, line});
  }

  // The rows of linkedFieldRow, after the text, in the lead section.
  void addFieldRows() {
    for (const auto& [cells, line] : fieldRows_) {
      addRow(BlockKind::kTableRow, cells, line, {});
      article_.blocks.back().section = -1;
    }
  }

  const std::string& title() const { return displayTitle_.empty() ? article_.title : displayTitle_; }

  // ---- inline text ----

  Inline parseInline(std::string_view raw, std::uint32_t line);
  void readPlaceholder(Inline& out, std::string_view tag, std::string_view after, std::uint32_t line);

  void finish();

  // A flattened page read with its line breaks restored (WikiLines.h): every line number of the
  // article back to the file's line.
  void pointToFileLines() {
    const std::vector<std::uint32_t> lines = originalLines(original_, restored_);
    auto fileLine = [&](std::uint32_t& line) {
      if (line < lines.size()) line = lines[line];
    };
    for (Section& s : article_.sections) fileLine(s.line);
    for (Block& b : article_.blocks) {
      fileLine(b.line);
      for (Sentence& s : b.sentences) fileLine(s.line);
    }
    for (Reference& r : article_.references) fileLine(r.line);
    for (Diagnostic& d : article_.diagnostics) fileLine(d.line);
  }

  std::string_view original_;
  std::string restored_;  // the page with its line breaks back, when it was flattened; else empty
  std::string_view text_;
  Article article_;
  std::vector<Citation> citations_;
  std::unordered_map<std::string, std::size_t> byName_;          // group + name -> first citation of that name
  std::unordered_map<std::size_t, std::size_t> definer_;         // canonical -> the citation holding its text
  std::unordered_map<std::size_t, int> numbers_;                 // canonical -> reference number
  std::vector<std::pair<std::size_t, std::uint32_t>> numbered_;  // canonicals in number order, first line
  std::vector<Reference> cites_;                                 // every cite template, in text order
  std::unordered_multimap<std::string, std::size_t> bySurname_;  // surnames of bibliography_ keys -> cites_ index
  std::unordered_map<std::string, std::size_t> bibliography_;    // bibliographyKey -> cites_ index
  std::string lastEntryAuthor_;  // the authors of the last free-text entry, as written before its comma
  std::vector<std::pair<std::size_t, std::uint32_t>>
      generalRefs_;                             // cites_ index, line: list items of a sources section
  std::unordered_set<std::size_t> boundCites_;  // cites_ a footnote took its source from
  BackMatter backMatter_ = BackMatter::kNone;   // what the current section holds
  std::optional<Reference> siteCite_;           // the first site template of the ref being read
  std::string identifier_;                      // the address of its first identifier template ({{ISBN|...}})
  std::vector<TemplateCall> infoboxes_;
  std::string boxName_;  // the subject's name as the first infobox that names it gives it
  std::vector<std::pair<std::vector<std::string>, std::uint32_t>> fieldRows_;  // linkedFieldRow's, until finish
  Citation* current_ = nullptr;                                                // the <ref> whose text is being expanded
  std::string displayTitle_;
  SectionRole role_ = SectionRole::kContent;
  std::vector<int> openSections_;
  std::string paragraph_;
  std::uint32_t paragraphLine_ = 0;
  bool table_ = false;
  int tableCount_ = 0, tableIndex_ = -1, tableRows_ = 0;
  std::vector<RawCell> row_;
  std::vector<ColumnUnit> columnUnits_;  // what the current table's header row names, column by column
  std::uint32_t rowLine_ = 0;
  std::size_t unmatchedLinks_ = 0;
};

void appendPlain(Inline& out, std::string_view raw) { appendPlainText(out.text, out.lineBreaks, raw); }

// "…to the university.<ref/>In 2001, …": the rendered page shows "university.[1] In 2001"
// only because the marker stands between the sentences; without it the two would read as one
// word ("university.In"), so a sentence that ends before a ref and one that opens right after
// it are kept apart by a space.
// Whether `rest` opens a superscript of digits that raises a "10" the text ends with:
// "10<sup>4</sup>" is ten to the fourth, written "10^4" as plain text writes a power; any
// other superscript ("5<sup>th</sup>", "mm<sup>2</sup>") is left to its characters. A negative
// power is signed with '-' or U+2212 ("10<sup>−5</sup>").
bool powerOfTenAt(std::string_view text, std::string_view rest) {
  if (lowerAscii(rest.substr(0, 5)) != "<sup>") return false;
  const std::size_t sign = rest.substr(5, 1) == "-" ? 1 : rest.substr(5, 3) == "\u2212" ? 3 : 0;
  const std::size_t e = rest.find_first_not_of("0123456789", 5 + sign);
  if (e == 5 + sign || e == std::string_view::npos || lowerAscii(rest.substr(e, 6)) != "</sup>") return false;
  const std::size_t n = text.size();
  return n >= 2 && text.substr(n - 2) == "10" && (n == 2 || !std::isalnum(static_cast<unsigned char>(text[n - 3])));
}

bool opensSentenceAfterRef(std::string_view text, std::string_view next) {
  constexpr std::string_view kCloseQuote = "\u201d";
  if (text.ends_with(kCloseQuote)) text.remove_suffix(kCloseQuote.size());
  while (!text.empty() && (text.back() == '"' || text.back() == '\'')) text.remove_suffix(1);
  if (text.empty() || (text.back() != '.' && text.back() != '!' && text.back() != '?')) return false;
  for (std::string_view markup : {"[[", "''"})
    while (next.starts_with(markup)) next.remove_prefix(markup.size());
  return !next.empty() && next.front() >= 'A' && next.front() <= 'Z';
}

// [[target|label]] at `open`, its "]]" at `close`: the label as text and a link whose key is
// the target; files, categories and other languages show nothing. Returns where the text
// goes on (after a trail of letters that joins the label: [[bank]]s).
std::size_t appendWikiLink(Inline& out, std::string_view raw, std::size_t open, std::size_t close) {
  std::string_view inner = raw.substr(open + 2, close - open - 2);
  std::size_t end = close + 2;
  if (hiddenLink(inner)) return end;
  std::size_t bar = inner.find('|');
  std::string_view target = trim(inner.substr(0, bar));
  std::string label = bar == std::string_view::npos ? stripMarkup(startsWith(target, ":") ? target.substr(1) : target)
                                                    : stripMarkup(inner.substr(bar + 1));
  if (label.empty()) label = subjectName(target);  // the pipe trick: [[Alsea (company)|]]
  while (end < raw.size() && raw[end] >= 'a' && raw[end] <= 'z') label.push_back(raw[end++]);
  std::size_t begin = out.text.size();
  appendPlain(out, label);
  if (!startsWith(target, "#") && !linkKey(target).empty())
    out.links.push_back({LinkKind::kWiki, label, std::string(target), linkKey(target), begin, out.text.size()});
  return end;
}

// [url label]: the label as text, linked; a bare [url] shows only a number, so nothing.
void appendExternalLink(Inline& out, std::string_view inner) {
  std::size_t space = inner.find(' ');
  if (space == std::string_view::npos) return;
  std::size_t begin = out.text.size();
  std::string label = stripMarkup(inner.substr(space + 1));
  appendPlain(out, label);
  std::string url(inner.substr(0, space));
  out.links.push_back({LinkKind::kExternal, label, url, url, begin, out.text.size()});
}

// A placeholder the page reader left in a line (`tag`, "\x01R12\x02"; `after`, the text after it): R a
// reference's marker, bound to the text before it; N a reference numbered without binding it to a
// sentence (numberUnbound); U where {{citation needed}} stood.
void WikiReader::readPlaceholder(Inline& out, std::string_view tag, std::string_view after, std::uint32_t line) {
  if (tag[1] == 'R') {
    int n = numberFor(std::stoul(std::string(tag.substr(2, tag.size() - 3))), line);
    while (!out.text.empty() && out.text.back() == ' ') out.text.pop_back();
    if (n > 0) out.markers.push_back({n, out.text.size()});
    if (opensSentenceAfterRef(out.text, after)) out.text.push_back(' ');
  } else if (tag[1] == 'N') {
    numberUnbound(tag, line);
  } else if (tag[1] == 'U') {
    while (!out.text.empty() && out.text.back() == ' ') out.text.pop_back();
    out.uncited.push_back(out.text.size());
  }
}

// A run of `run` apostrophes: '' opens or closes italics, ''''' italics and bold together; ''' is bold
// alone. `italicOpen` is where the open italics began in out.text, npos for none.
void markItalics(Inline& out, std::size_t run, std::size_t& italicOpen) {
  if (run == 2 || run == 5) {
    if (italicOpen == std::string::npos) {
      italicOpen = out.text.size();
    } else {
      if (out.text.size() > italicOpen) out.italics.emplace_back(italicOpen, out.text.size());
      italicOpen = std::string::npos;
    }
  }
}

Inline WikiReader::parseInline(std::string_view raw, std::uint32_t line) {
  Inline out;
  std::size_t italicOpen = std::string::npos;  // where the open ''italics'' began in out.text
  std::unordered_map<std::size_t, std::size_t> links = matchLinks(raw);
  std::size_t plainStart = 0;
  auto flush = [&](std::size_t upTo) {
    if (upTo > plainStart) appendPlain(out, raw.substr(plainStart, upTo - plainStart));
    plainStart = std::max(plainStart, upTo);
  };
  auto skipTo = [&](std::size_t& i, std::size_t next) {
    flush(i);
    i = next - 1;
    plainStart = next;
  };
  for (std::size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (c == kPhantomNewline) {
      flush(i);
      out.lineBreaks.push_back(out.text.size());
      plainStart = i + 1;
    } else if (c == kPlaceholderOpen) {
      std::size_t close = raw.substr(i, 24).find(kPlaceholderClose);
      if (close == std::string_view::npos) continue;
      flush(i);
      readPlaceholder(out, raw.substr(i, close + 1), raw.substr(i + close + 1), line);
      skipTo(i, i + close + 1);
    } else if (c == '\'' && i + 1 < raw.size() && raw[i + 1] == '\'') {
      std::size_t end = raw.find_first_not_of('\'', i);
      if (end == std::string_view::npos) end = raw.size();
      const std::size_t run = end - i;
      skipTo(i, end);
      markItalics(out, run, italicOpen);
    } else if (c == '[' && i + 1 < raw.size() && raw[i + 1] == '[') {
      auto m = links.find(i);
      if (m == links.end()) {
        ++unmatchedLinks_;
        skipTo(i, i + 2);
        continue;
      }
      flush(i);
      std::string_view inner = raw.substr(i + 2, m->second - i - 2);
      if (hiddenLink(inner)) numberUnbound(inner, line);  // an image caption's refs
      skipTo(i, appendWikiLink(out, raw, i, m->second));
    } else if (c == '[' && (raw.substr(i + 1, 4) == "http" || raw.substr(i + 1, 2) == "//")) {
      std::size_t close = raw.substr(i, 2000).find(']');
      if (close == std::string_view::npos) continue;
      flush(i);
      appendExternalLink(out, raw.substr(i + 1, close - 1));
      skipTo(i, i + close + 1);
    } else if (c == '<' && i + 1 < raw.size() &&
               (std::isalpha(static_cast<unsigned char>(raw[i + 1])) || raw[i + 1] == '/')) {
      std::size_t close = raw.substr(i, 200).find('>');
      if (close == std::string_view::npos) continue;
      flush(i);
      if (lowerAscii(raw.substr(i, 3)) == "<br") appendPlain(out, " ");
      if (powerOfTenAt(out.text, raw.substr(i))) appendPlain(out, "^");
      skipTo(i, i + close + 1);
    } else if (c == '_' && raw.substr(i, 2) == "__") {
      std::size_t end = raw.substr(i + 2, 30).find("__");
      std::string_view word = raw.substr(i + 2, end == std::string_view::npos ? 0 : end);
      if (!word.empty() && std::all_of(word.begin(), word.end(), graph::isUpperAscii)) skipTo(i, i + 4 + word.size());
    }
  }
  flush(raw.size());
  return out;
}

void WikiReader::finish() {
  addFieldRows();
  if (!displayTitle_.empty()) article_.title = displayTitle_;
  if (article_.title.empty()) {
    diag("no-title", 1, "the page has no title; using the file name");
    article_.title = std::filesystem::path(article_.path).stem().string();
  }
  // The page's identity is its title as a link names it ([[Alsea (company)]] -> "alsea_(company)"):
  // links to the page, its infobox rows and its title in the text are then one entity.
  article_.slug = linkKey(article_.title);
  if (article_.slug.empty()) article_.slug = graph::slugify(article_.title);
  if (article_.slug.empty()) article_.slug = "article";
  if (unmatchedLinks_) diag("unbalanced-brackets", 1, std::to_string(unmatchedLinks_) + " '[[' never closed; dropped");
  for (const auto& [canonical, line] : numbered_) {
    int number = numbers_.at(canonical);
    auto def = definer_.find(canonical);
    if (def == definer_.end()) {
      diag("dangling-marker", line,
           "named reference '" + citations_[canonical].name + "' is used but never given a text (reference " +
               std::to_string(number) + ")");
      continue;
    }
    for (Reference& r : referencesOf(citations_[def->second])) {
      r.number = number;
      r.line = line;
      article_.references.push_back(std::move(r));
    }
  }
  addGeneralReferences();
  // numbered_ is in number order, then the general references, so references are sorted by number
  // as findReference needs.
  for (auto& b : article_.blocks) bindCitations(b);
  backListsByLeadIn(article_.blocks);
}

}  // namespace

bool isRedirect(std::string_view wikitext) {
  std::string_view t = trim(wikitext);
  std::string head = lowerAscii(t.substr(0, 16));
  return startsWith(head, "#redirect") || startsWith(head, "#weiterleitung");
}

bool isRedirectFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::string head(64, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  if (head.rfind("\xEF\xBB\xBF", 0) == 0) head.erase(0, 3);
  return isRedirect(head);
}

bool isWikitextPath(const std::filesystem::path& path) {
  std::string ext = lowerAscii(path.extension().string());
  return ext == ".wiki" || ext == ".wikitext" || ext == ".mediawiki";
}

Article readWikitext(std::string_view utf8, const std::string& path, const WikiPage& page) {
  return WikiReader(utf8, path, page).run();
}

Article readWikitextFile(const std::filesystem::path& path) {
  std::string bytes = graph::readFile(path);
  std::vector<Diagnostic> diagnostics;
  std::string text = decodeText(bytes, path.string(), diagnostics);
  if (isRedirect(text)) throw Error(path.string(), 1, "the page is a redirect; there is no article to read");
  WikiPage page;
  std::string stem = path.stem().string();
  std::replace(stem.begin(), stem.end(), '_', ' ');
  if (stem.find(' ') == std::string::npos) std::replace(stem.begin(), stem.end(), '-', ' ');
  if (!stem.empty() && stem[0] >= 'a' && stem[0] <= 'z')
    stem[0] = static_cast<char>(stem[0] - 'a' + 'A');  // as MediaWiki titles
  page.title = stem;
  Article article = readWikitext(text, path.string(), page);
  article.diagnostics.insert(article.diagnostics.begin(), diagnostics.begin(), diagnostics.end());
  return article;
}

}  // namespace cg::ingest
