#include "ingest/EntityRegistry.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>
#include <system_error>
#include <utility>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "graph/Fold.h"
#include "ingest/Lexicon.h"
#include "ingest/Text.h"

namespace cg::ingest {

namespace {

// '+' and '&' are letters of a name ("HumanEval+", "AT&T"), as slugify keeps them. The ASCII test
// is written out, not std::isalnum: spelling() asks it of every byte of every entity key, and in
// the "C" locale (the program sets none) the two agree on every byte below 0x80.
bool separator(unsigned char c) {
  const auto folded = static_cast<unsigned char>(c | 0x20);
  const bool alnum = (c >= '0' && c <= '9') || (folded >= 'a' && folded <= 'z');
  return c < 0x80 && !alnum && c != '+' && c != '&';
}

// Whether `rest` opens with a slugified encoded dash, "e2_80_90" to "e2_80_95" (its 'e' in either
// case), compared in place: spelling() asks it at every word of every key.
bool opensEncodedDash(std::string_view rest) {
  constexpr std::string_view kHead = "e2_80_9";
  return rest.size() > kHead.size() && lowerAscii(rest[0]) == kHead[0] &&
         rest.substr(1, kHead.size() - 1) == kHead.substr(1) && rest[kHead.size()] >= '0' && rest[kHead.size()] <= '5';
}

// The length of the punctuation mark (Unicode's P categories) that opens `rest` at a byte of 0x80 or
// more, or 0: a middle dot or a bullet joins a name's words as a hyphen does ("DALL·E", "DALL•E" of the
// page "DALL-E"), where a letter ('é', 'τ') is part of a word. Decoded only past ASCII, which
// separator() tells alone.
std::size_t punctuationLength(std::string_view rest) {
  std::int32_t at = 0;
  UChar32 c = 0;
  U8_NEXT(rest.data(), at, static_cast<std::int32_t>(rest.size()), c);
  return c > 0 && u_ispunct(c) ? static_cast<std::size_t>(at) : 0;
}

// A title of two letters or fewer ("PS", "OP") names too many things to stand for another page.
bool shortTitle(const std::string& name) { return std::count_if(name.begin(), name.end(), ::isalnum) <= 2; }

// "_gpt_5_": words between '_', so that a word is found whole.
std::string bracketed(const std::string& spelled) { return "_" + spelled + "_"; }

std::vector<std::string> wordsOf(const std::string& spelled) {
  std::vector<std::string> words;
  for (std::size_t at = 0; at <= spelled.size();) {
    std::size_t end = spelled.find('_', at);
    if (end == std::string::npos) end = spelled.size();
    if (end > at) words.push_back(spelled.substr(at, end - at));
    at = end + 1;
  }
  return words;
}

// "bleu" and "bilingual_evaluation_understudy": the short form's letters in order through the
// long form's words, from its first letter ("GPT", "Generative Pre-trained Transformer"). A
// qualifier ("Grok (chatbot)", "Python (programming language)") is no long form of the name.
bool longFormOf(const std::string& shortForm, const std::string& longForm) {
  const std::vector<std::string> words = wordsOf(longForm);
  std::string letters = shortForm;
  letters.erase(std::remove(letters.begin(), letters.end(), '_'), letters.end());
  if (words.size() < 2 || letters.size() < 2 || letters.size() > 8 || letters[0] != words[0][0]) return false;
  std::string text;
  for (const auto& w : words) text += w;
  std::size_t at = 0;
  for (char c : letters) {
    at = text.find(c, at);
    if (at == std::string::npos) return false;
    ++at;
  }
  return true;
}

// Whether `words` (bracketed) hold `word`, or its plural or singular.
bool holdsWord(const std::string& words, const std::string& word) {
  if (words.find("_" + word + "_") != std::string::npos || words.find("_" + word + "s_") != std::string::npos)
    return true;
  return word.size() > 3 && word.back() == 's' &&
         words.find("_" + word.substr(0, word.size() - 1) + "_") != std::string::npos;
}

// A qualifier fits a page when the page's words hold each of its words ("signal processing" does
// not fit a page on quantization in machine learning). Words of one letter or two say nothing.
bool fits(const std::string& pageWords, const std::string& qualifier) {
  const std::vector<std::string> words = wordsOf(qualifier);
  return std::all_of(words.begin(), words.end(),
                     [&](const std::string& w) { return w.size() < 3 || holdsWord(pageWords, w); });
}

std::string_view unquoted(std::string_view s) {
  s = trim(s);
  if (s.size() >= 2 && ((s.front() == '"' && s.back() == '"') || (s.front() == '\'' && s.back() == '\'')))
    s = s.substr(1, s.size() - 2);
  return s;
}

// A line of prose: not an image, list, italic hatnote, table, heading, quote or markup line.
bool proseLine(std::string_view t) {
  if (t.starts_with("**")) return t.size() > 20;  // "**Claude** is a family of ...": the name in bold
  return t.size() > 20 && std::string_view("!*|#-<>{[").find(t.front()) == std::string_view::npos;
}

// A page filed as a company ("Companies", "Artificial_intelligence_companies"): its title is a
// maker's name, which the maker writes before its products' names.
bool companyPage(const EntityRegistry::Page& page) {
  return std::any_of(page.categories.begin(), page.categories.end(),
                     [](const std::string& c) { return lowerAscii(c).find("compan") != std::string::npos; });
}

// "v2", "v5p", "V3": a version, which names nothing without the name before it.
bool versionWord(std::string_view w) {
  return w.size() >= 2 && (w[0] == 'v' || w[0] == 'V') && w[1] >= '0' && w[1] <= '9';
}

// "o1", "o3-mini", "o1-preview": a model named in lower case, a letter and its number first, as
// OpenAI names its reasoning models. The capitalised words before it are its maker's name.
bool lowerModelId(std::string_view w) {
  return w.size() >= 2 && w[0] >= 'a' && w[0] <= 'z' && w[1] >= '0' && w[1] <= '9' && !versionWord(w);
}

bool capitalisedWords(std::string_view words) {
  for (std::size_t at = 0; at < words.size(); at = words.find(' ', at) + 1) {
    if (!std::isupper(static_cast<unsigned char>(words[at]))) return false;
    if (words.find(' ', at) == std::string_view::npos) break;
  }
  return !words.empty();
}

// Whether a spelled key's words after a maker's name are a name on their own: one to three words,
// the first from a letter and no version ("v2": "DeepSeek V2" keeps its name), a digit among them
// ("r1", "grok_4"; not "DeepSeek Chat", whose rest is a common word, nor "Claude 3"'s "3").
bool productKey(std::string_view rest) {
  if (rest.empty() || !std::isalpha(static_cast<unsigned char>(rest[0])) ||
      std::count(rest.begin(), rest.end(), '_') > 2)
    return false;
  return !versionWord(rest.substr(0, rest.find('_'))) &&
         std::any_of(rest.begin(), rest.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "- [False negative (FN)](/wiki/false_negative_fn)": the slug the first wiki link of a redirect
// page's body names, lower case; "" when it names none (a red link: "/index.php?title=...").
std::string redirectSlug(std::string_view body) {
  constexpr std::string_view kLink = "](/wiki/";
  const std::size_t at = body.substr(0, 600).find(kLink);
  if (at == std::string_view::npos) return {};
  const std::size_t from = at + kLink.size(), end = body.find(')', from);
  return end == std::string_view::npos ? std::string() : lowerAscii(std::string(body.substr(from, end - from)));
}

// Whether the words of one spelled name are all words of the other ("blackwell" of "nvidia_blackwell").
bool wordsWithin(const std::string& part, const std::string& whole) {
  const std::string words = bracketed(whole);
  const std::vector<std::string> parts = wordsOf(part);
  return !parts.empty() && std::all_of(parts.begin(), parts.end(), [&](const std::string& w) {
    return words.find("_" + w + "_") != std::string::npos;
  });
}

// A spelled name's letters run together: "videogpt_by_veed" of "video_gpt_by_veed".
std::string withoutJoins(std::string spelled) {
  std::erase(spelled, '_');
  return spelled;
}

// Whether two pages' text words (Page::textWords) say one thing: more than half of all their words are
// words of both. Pages of no words read say nothing.
bool sayOneThing(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  std::size_t shared = 0;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++shared, ++i, ++j;
    }
  }
  return shared > 0 && 3 * shared > a.size() + b.size();
}

// Whether a redirect's spelled title `a` names the thing its page's name `b` names: one name, a plural
// of it, one run of letters ("videogpt_by_veed", "video_gpt_by_veed"), an acronym and its long form
// ("moe", "mixture_of_experts"), or the page's words among the title's ("openai_gym", "gym"). Not the
// title's among the page's: "GPTs" is no name of "Custom GPTs", nor "Online" of "Online learning".
bool sameThingNamed(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return false;
  // A plural title names the singular page's thing ("Examples"); a singular title of a plural page names
  // one of the class the page is about ("Custom GPT", "Dataset"), not the class.
  return a == b || a == b + "s" || a == b + "es" || withoutJoins(a) == withoutJoins(b) || longFormOf(a, b) ||
         longFormOf(b, a) || wordsWithin(b, a);
}
}  // namespace

std::string EntityRegistry::spelling(std::string_view key) {
  // Written in place and cut to size: a '_' stands for one skipped byte at least, so the spelling is
  // never longer than the key (a push_back a byte cost a third of the work).
  std::string out(key.size(), '\0');
  std::size_t n = 0;
  bool gap = false;
  bool wordStart = true;  // the byte before is a separator, or there is none
  for (std::size_t i = 0; i < key.size(); ++i) {
    // An encoded dash of a red link's title ("Bradley%E2%80%93Terry", slugified "bradley_e2_80_93terry").
    if (wordStart && opensEncodedDash(key.substr(i))) {
      gap = true;
      wordStart = false;  // the dash's last digit
      i += 7;
      continue;
    }
    const auto c = static_cast<unsigned char>(key[i]);
    if (const std::size_t mark = c < 0x80 ? 0 : punctuationLength(key.substr(i)); mark > 0) {
      gap = wordStart = true;
      i += mark - 1;
      continue;
    }
    wordStart = separator(c);
    // A leading '.' or '-' is kept: ".NET" is no "NET", and the slug "-bench" (of "τ-bench", its
    // first letter lost) is no "Bench".
    if (wordStart && i > 0) {
      gap = true;
      continue;
    }
    if (gap && n > 0) out[n++] = '_';
    gap = false;
    out[n++] = graph::lowerAscii(key[i]);
  }
  out.resize(n);
  return out;
}

std::string EntityRegistry::twinKey(std::string_view slug) { return withoutJoins(spelling(slug)); }

std::vector<std::uint64_t> EntityRegistry::textWordsOf(std::string_view markdown) {
  // The text starts on the front matter's closing line, after its "---" ("---| Docs GPT |").
  if (markdown.starts_with("---"))
    if (const std::size_t close = markdown.find("\n---", 3); close != std::string_view::npos)
      markdown.remove_prefix(close + 4);
  std::vector<std::uint64_t> words;
  for (const std::string& word : graph::foldTokens(markdown)) words.push_back(graph::stableHash(word));
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

EntityRegistry::Page EntityRegistry::pageOf(std::string_view markdown, std::string_view fallbackSlug) {
  Page page;
  std::size_t at = 0;
  auto nextLine = [&]() -> std::optional<std::string_view> {
    if (at >= markdown.size()) return std::nullopt;
    std::size_t end = markdown.find('\n', at);
    if (end == std::string_view::npos) end = markdown.size();
    std::string_view line = markdown.substr(at, end - at);
    at = end + 1;
    return line;
  };
  auto first = nextLine();
  if (!first || trim(*first) != "---") return page;
  bool inCategories = false, closed = false;
  std::string_view afterClose;  // the wiki writes text on the closing line: "---*See also: ...*"
  while (auto line = nextLine()) {
    std::string_view t = trim(*line);
    if (t.starts_with("---")) {
      closed = true;
      afterClose = trim(t.substr(3));
      break;
    }
    if (inCategories && t.starts_with("- ")) {
      page.categories.emplace_back(unquoted(t.substr(2)));
      continue;
    }
    inCategories = false;
    const std::size_t colon = t.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string key = lowerAscii(std::string(trim(t.substr(0, colon))));
    const std::string_view value = unquoted(t.substr(colon + 1));
    if (key == "title")
      page.title = decodeEntities(value);
    else if (key == "slug")
      page.slug = lowerAscii(std::string(value));
    else if (key == "categories")
      inCategories = value.empty();
  }
  if (!closed || page.title.empty()) return Page{};
  if (page.slug.empty()) page.slug = lowerAscii(std::string(fallbackSlug));
  if (afterClose == "Redirect to:") {  // a redirect has no lead, only the link to its page
    page.redirect = redirectSlug(markdown.substr(std::min(at, markdown.size())));
    return page;
  }
  for (int lines = 0; lines < 40; ++lines) {
    std::optional<std::string_view> line = lines == 0 ? std::optional(afterClose) : nextLine();
    if (!line) break;
    std::string_view t = trim(*line);
    if (!proseLine(t)) continue;
    page.lead = std::string(t.substr(0, 600));
    break;
  }
  return page;
}

EntityRegistry EntityRegistry::ofFiles(const std::vector<std::filesystem::path>& files) {
  return EntityRegistry(pagesOfFiles(files));
}

namespace {

// The front matter and the lead sit at the top: 16 KiB holds them in any page of the wiki.
constexpr std::size_t kHead = 16384;

// The first kHead bytes of a regular Markdown file, read into `head`; nullopt when there is no such file
// (only a regular file: a FIFO would block the open; ingest refuses it when it reads it).
std::optional<std::string_view> readHead(const std::filesystem::path& path, char* head) {
  std::error_code ec;
  if (path.extension() != ".md" || !std::filesystem::is_regular_file(path, ec)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  in.read(head, static_cast<std::streamsize>(kHead));
  return std::string_view(head, static_cast<std::size_t>(in.gcount()));
}

// The text words of each page with a twin (another page, not a redirect, of its twin key), its file
// read again: which pages have twins is known only once all are read, and they are few (3 pairs of the
// wiki's 2,069 pages), so the others' words are never made.
void readTwinWords(std::vector<EntityRegistry::Page>& pages, const std::vector<std::filesystem::path>& paths,
                   char* head) {
  std::unordered_map<std::string, int> pagesOfKey;
  for (const auto& page : pages)
    if (page.redirect.empty()) ++pagesOfKey[EntityRegistry::twinKey(page.slug)];
  for (std::size_t p = 0; p < pages.size(); ++p)
    if (pages[p].redirect.empty() && pagesOfKey[EntityRegistry::twinKey(pages[p].slug)] > 1)
      if (const auto text = readHead(paths[p], head)) pages[p].textWords = EntityRegistry::textWordsOf(*text);
}

}  // namespace

std::vector<EntityRegistry::Page> EntityRegistry::pagesOfFiles(const std::vector<std::filesystem::path>& files) {
  std::vector<Page> pages;
  std::vector<std::filesystem::path> paths;  // each page's file
  // One buffer for every file, not zeroed: only the bytes read are looked at.
  const auto head = std::make_unique_for_overwrite<char[]>(kHead);
  for (const auto& path : files) {
    const auto text = readHead(path, head.get());
    if (!text) continue;
    Page page = pageOf(*text, path.stem().string());
    if (page.slug.empty()) continue;
    pages.push_back(std::move(page));
    paths.push_back(path);
  }
  readTwinWords(pages, paths, head.get());
  return pages;
}

namespace {

// A title's name and the spelled qualifier in brackets closing it ("Zapier", "chatgpt_plugin"), or "".
std::pair<std::string, std::string> titleParts(const std::string& title) {
  const std::size_t paren = title.rfind(" (");
  if (paren == std::string::npos || title.back() != ')') return {title, ""};
  return {std::string(trim(title.substr(0, paren))),
          EntityRegistry::spelling(graph::foldKey(title.substr(paren + 2, title.size() - paren - 3)))};
}

}  // namespace

EntityRegistry::EntityRegistry(const std::vector<Page>& pages) {
  // A qualifier three pages or more give is a class they are filed under ("Gif-PT (GPT)", "Zapier
  // (ChatGPT Plugin)"), not a page's own long or short form, however its letters fall.
  std::unordered_map<std::string, int> qualifierPages;
  for (const Page& page : pages) ++qualifierPages[titleParts(page.title).second];
  for (const Page& page : pages) {
    Known known;
    known.slug = page.slug;
    auto [title, qualifier] = titleParts(page.title);
    known.name = title;
    std::vector<std::string> names{spelling(graph::foldKey(title))};
    // "BLEU (Bilingual Evaluation Understudy)", "False positive rate (FPR)": both are names of it.
    // Any other qualifier ("Zapier (ChatGPT Plugin)", "Kimi (chatbot)") says the name alone may mean
    // another thing (the company Zapier): the page is that name's only when a link qualifies it so.
    const bool longForm = !qualifier.empty() && qualifierPages[qualifier] < 3 &&
                          (longFormOf(names[0], qualifier) || longFormOf(qualifier, names[0]));
    // A short form of two letters ("PS", "OP") names too many things to stand for the page alone.
    const std::string& other = names[0].size() < qualifier.size() ? qualifier : names[0];
    if (longForm && (other == qualifier || std::count_if(qualifier.begin(), qualifier.end(), ::isalnum) >= 3))
      names.push_back(qualifier);
    const bool disambiguated = !qualifier.empty() && !longForm;
    std::string words = names[0] + "_" + qualifier;
    for (const auto& category : page.categories) words += "_" + spelling(graph::foldKey(category));
    known.words = bracketed(words + "_" + spelling(graph::foldKey(page.lead)));
    known.redirect = page.redirect;
    known.qualifier = qualifier;
    known.textWords = page.textWords;
    const int id = static_cast<int>(pages_.size());
    if (!pageBySpelling_.emplace(spelling(page.slug), id).second) continue;  // a slug given twice: the first
    if (companyPage(page)) makers_.insert(names[0]);
    for (const auto& name : names)
      if (!name.empty()) (disambiguated ? pagesByQualifiedName_ : pagesByName_)[name].push_back(id);
    pages_.push_back(std::move(known));
  }
  joinPages();
}

// The page a redirect page sends its reader to, through redirects of redirects; a redirect to itself
// or to no page ("Bert" to "bert") is the one other page of its name. kNone when there is none.
int EntityRegistry::redirectTarget(int page) const {
  int at = page;
  for (int hops = 0; hops < 4 && !pages_[static_cast<std::size_t>(at)].redirect.empty(); ++hops) {
    const Known& known = pages_[static_cast<std::size_t>(at)];
    int next = pageKeyed(spelling(known.redirect));
    if (next == at || next == graph::kNone) {
      next = graph::kNone;
      const auto named = pagesByName_.find(spelling(graph::foldKey(known.name)));
      for (int p : named == pagesByName_.end() ? std::vector<int>{} : named->second) {
        if (p == at || !pages_[static_cast<std::size_t>(p)].redirect.empty()) continue;
        if (next != graph::kNone) return graph::kNone;  // two pages of its name: which is not said
        next = p;
      }
    }
    if (next == graph::kNone) return graph::kNone;
    at = next;
  }
  return at != page && pages_[static_cast<std::size_t>(at)].redirect.empty() ? at : graph::kNone;
}

// Whether a redirect's title names its target ("False negative", "False negative (FN)"), rather than a
// kin the wiki sends its reader to ("In-context learning" to "Prompt engineering").
bool EntityRegistry::namesPage(int redirect, int target) const {
  const Known& r = pages_[static_cast<std::size_t>(redirect)];
  const Known& t = pages_[static_cast<std::size_t>(target)];
  const std::string name = spelling(graph::foldKey(r.name)), targetName = spelling(graph::foldKey(t.name));
  return sameThingNamed(name, targetName) || sameThingNamed(name, t.qualifier);
}

// The page each page is one thing with: a redirect's that names its page, a page titled with its own
// long or short form's ("GPT (Generative Pre-trained Transformer)") when one other page goes by the
// name alone ("GPT"), or its own.
std::vector<int> EntityRegistry::joinedPages() const {
  std::vector<int> joined(pages_.size());
  for (std::size_t p = 0; p < pages_.size(); ++p) {
    const int page = static_cast<int>(p), target = pages_[p].redirect.empty() ? graph::kNone : redirectTarget(page);
    joined[p] = target != graph::kNone && namesPage(page, target) ? target : page;
  }
  joinTwins(joined);
  for (const auto& [name, pages] : pagesByName_) {
    std::vector<int> own;
    for (int p : pages)
      if (pages_[static_cast<std::size_t>(p)].redirect.empty()) own.push_back(p);
    if (own.size() != 2) continue;
    const Known &a = pages_[static_cast<std::size_t>(own[0])], &b = pages_[static_cast<std::size_t>(own[1])];
    if (a.qualifier.empty() != b.qualifier.empty())
      joined[static_cast<std::size_t>(a.qualifier.empty() ? own[1] : own[0])] = a.qualifier.empty() ? own[0] : own[1];
  }
  for (int& page : joined) page = joined[static_cast<std::size_t>(page)];  // a redirect to a page joined so
  return joined;
}

// Each twin page (twinKey) that says one thing with an earlier twin (sayOneThing) is that twin. Only
// pages with a twin hold text words (readTwinWords), and redirects none.
void EntityRegistry::joinTwins(std::vector<int>& joined) const {
  std::unordered_map<std::string, std::vector<int>> earlierTwins;
  for (std::size_t p = 0; p < pages_.size(); ++p) {
    const Known& page = pages_[p];
    if (page.textWords.empty()) continue;
    std::vector<int>& twins = earlierTwins[twinKey(page.slug)];
    const auto same = std::find_if(twins.begin(), twins.end(), [&](int twin) {
      return sayOneThing(pages_[static_cast<std::size_t>(twin)].textWords, page.textWords);
    });
    if (same != twins.end()) joined[p] = *same;
    twins.push_back(static_cast<int>(p));
  }
}

// A page that is one thing with another (joinedPages) is that page: its slug keys it, and its title
// (unless two letters or fewer, which name too many things) is one of the page's names, and an alias
// of its entity ("GPT4" of GPT-4, "Minibatch" of Mini-batch), which `entity` and `check` look up.
void EntityRegistry::joinPages() {
  const std::vector<int> joined = joinedPages();
  for (const auto& [spelled, page] : pageBySpelling_)
    if (joined[static_cast<std::size_t>(page)] != page)
      redirectTitles_.emplace(spelled, spelling(graph::foldKey(pages_[static_cast<std::size_t>(page)].name)));
  for (std::size_t p = 0; p < pages_.size(); ++p)  // in page order, so that aliases come in one order
    if (joined[p] != static_cast<int>(p) && !shortTitle(pages_[p].name))
      joinedTitles_[joined[p]].push_back(pages_[p].name);
  for (auto& [spelled, page] : pageBySpelling_) page = joined[static_cast<std::size_t>(page)];
  for (auto* byName : {&pagesByName_, &pagesByQualifiedName_})
    for (auto& [name, pages] : *byName) {
      std::vector<int> named;
      for (int p : pages) {
        const int page = shortTitle(pages_[static_cast<std::size_t>(p)].name) ? p : joined[static_cast<std::size_t>(p)];
        if (std::find(named.begin(), named.end(), page) == named.end()) named.push_back(page);
      }
      pages = std::move(named);
    }
}

// The key of a name written with its own acronym after it ("gated recurrent unit (GRU)", slugified
// "gated_recurrent_unit_gru"), or its acronym with its long form ("bleu_bilingual_evaluation_
// understudy" of "BLEU"): the name's; nullopt when the key spells anything else after the name.
std::optional<std::string> EntityRegistry::withoutOwnAcronym(const std::string& key, const std::string& name) {
  if (name.empty() || !key.starts_with(name + "_")) return std::nullopt;
  const std::string rest = key.substr(name.size() + 1);
  const bool acronym = rest.find('_') == std::string::npos && longFormOf(rest, name);
  return acronym || longFormOf(name, rest) ? std::optional(name) : std::nullopt;
}

int EntityRegistry::pageKeyed(const std::string& spelledKey) const {
  auto it = pageBySpelling_.find(spelledKey);
  return it == pageBySpelling_.end() ? graph::kNone : it->second;
}

// The one page of that name whose words the qualifier fits, or kNone (none, or two of them). A
// name alone is a page's whose title is that name (or its long or short form); a qualified name
// may be a page's whose title qualifies the name too.
int EntityRegistry::pageNamed(const std::string& spelledName, std::string_view qualifier) const {
  std::vector<int> named;
  if (auto it = pagesByName_.find(spelledName); it != pagesByName_.end()) named = it->second;
  if (!qualifier.empty())
    if (auto it = pagesByQualifiedName_.find(spelledName); it != pagesByQualifiedName_.end())
      named.insert(named.end(), it->second.begin(), it->second.end());
  int found = graph::kNone;
  for (int p : named) {
    if (!qualifier.empty() && !fits(pages_[static_cast<std::size_t>(p)].words, std::string(qualifier))) continue;
    if (found != graph::kNone) return graph::kNone;
    found = p;
  }
  return found;
}

bool EntityRegistry::ownQualifiedName(const std::string& name, int page) const {
  auto it = pagesByQualifiedName_.find(spelling(graph::foldKey(name)));
  return it != pagesByQualifiedName_.end() && std::find(it->second.begin(), it->second.end(), page) != it->second.end();
}

// The key of the product a record names with its maker in front ("OpenAI o1", "DeepSeek-R1",
// "xAI Grok 4"): its spelled key without the maker ("o1", "r1", "grok_4"), as EntityRegistry.h says;
// nullopt when the record names no such thing.
std::optional<std::string> EntityRegistry::bareProductKey(const graph::EntityRecord& record,
                                                          const std::string& key) const {
  // A maker filed as a company, by its spelled words: "DeepSeek R1" and "DeepSeek-R1" alike.
  for (std::size_t at = key.find('_'), words = 1; at != std::string::npos && words <= 3;
       at = key.find('_', at + 1), ++words)
    if (makers_.count(key.substr(0, at)) && productKey(key.substr(at + 1))) return key.substr(at + 1);
  // Capitalised words before a model named in lower case ("OpenAI o1", "ChatGPT o3-mini").
  const std::string_view name = record.name;
  for (std::size_t space = name.find(' '), words = 1; space != std::string_view::npos && words <= 3;
       space = name.find(' ', space + 1), ++words) {
    const std::string_view maker = name.substr(0, space), rest = name.substr(space + 1);
    if (!capitalisedWords(maker)) break;
    if (lowerModelId(rest.substr(0, rest.find(' ')))) return spelling(graph::foldKey(rest));
  }
  return std::nullopt;
}

// A company's key without its legal form (data/legal_forms.txt), when the record shows that the
// form is no part of the name: a link labelled with the name alone ("[Tesla](Tesla,_Inc.)"), or a
// name that its article also writes without the form ("Alphabet Inc.", then "Alphabet"). Not when
// the rest is a common English word (wamerican): "News Corp." is no "News", and "Apple" alone
// may name the fruit. nullopt when the record is no such thing.
std::optional<std::string> EntityRegistry::withoutLegalForm(const graph::EntityRecord& record, const std::string& key,
                                                            const std::string& spelledName) {
  const std::size_t cut = key.rfind('_');
  if (cut == std::string::npos || cut == 0 || !lexicon().legalForms.count(key.substr(cut + 1))) return std::nullopt;
  std::string bare = key.substr(0, cut);
  if (lexicon().isEnglishWord(bare)) return std::nullopt;
  const auto isBare = [&](const std::string& name) { return spelling(graph::foldKey(name)) == bare; };
  const bool shortForm = spelledName == bare || std::any_of(record.aliases.begin(), record.aliases.end(), isBare);
  return shortForm ? std::optional(std::move(bare)) : std::nullopt;
}

// The page a record names by its key or its name (or a qualified name), or kNone.
int EntityRegistry::pageOfName(const std::string& spelledKey, const std::string& spelledName,
                               const graph::EntityRecord& record) const {
  int page = pageKeyed(spelledKey);
  if (page == graph::kNone && !spelledName.empty()) {
    if (!record.linked || spelledKey == spelledName)
      page = pageNamed(spelledName, "");
    else if (spelledKey.starts_with(spelledName + "_"))
      page = pageNamed(spelledName, std::string_view(spelledKey).substr(spelledName.size() + 1));
  }
  // "[GANs](/wiki/generative_adversarial_network)": a link to no page, whose target is a page's name.
  if (page == graph::kNone && record.linked) page = pageNamed(spelledKey, "");
  return page;
}

void EntityRegistry::resolveRecord(graph::EntityRecord& record) {
  std::string spelledKey = spelling(record.key);
  const std::string spelledName = spelling(graph::foldKey(record.name));
  int page = pageOfName(spelledKey, spelledName, record);
  // No page of its own: a product under its maker's name is the product's bare name, and a name
  // with a legal form in its key the name alone (both forms then share one key, in any order).
  if (page == graph::kNone) {
    std::optional<std::string> bare = bareProductKey(record, spelledKey);
    if (!bare) bare = withoutLegalForm(record, spelledKey, spelledName);
    if (!bare) bare = withoutOwnAcronym(spelledKey, spelledName);
    if (bare) {
      record.key = spelledKey = *bare;
      page = pageKeyed(spelledKey);
      if (page == graph::kNone) page = pageNamed(spelledKey, "");
    }
  }
  if (page == graph::kNone) {
    // No page: the key given first for this spelling.
    auto [it, added] = keyBySpelling_.emplace(spelledKey, record.key);
    if (!added) record.key = it->second;
    // A link whose words are a page's name but whose target is another thing, not that name
    // qualified ("[model parallelism](Parallel_computing)"): named by its target.
    if (record.linked && pagesByName_.count(spelledName) && !spelledKey.starts_with(spelledName)) {
      std::string named = record.key;
      std::replace(named.begin(), named.end(), '_', ' ');
      record.name = named;
    }
    return;
  }
  const Known& known = pages_[static_cast<std::size_t>(page)];
  // "[Transformer architecture](/wiki/generative_pre-trained_transformer)": a link through a redirect
  // whose words name neither the redirect's title nor its page names the page by its title.
  // So are the link's other words, which the article's other links to it gave ("[Generative Pre-trained
  // Transformer]", then "[Transformer architecture]", both to that redirect).
  if (const auto redirect = redirectTitles_.find(spelledKey); record.linked && redirect != redirectTitles_.end()) {
    const std::string targetName = spelling(graph::foldKey(known.name));
    const auto namesIt = [&](const std::string& name) {
      const std::string spelled = spelling(graph::foldKey(name));
      return sameThingNamed(spelled, redirect->second) || sameThingNamed(spelled, targetName) ||
             sameThingNamed(spelled, known.qualifier);
    };
    if (!namesIt(record.name)) record.name = known.name;
    std::erase_if(record.aliases, [&](const std::string& alias) { return !namesIt(alias); });
  }
  // An unlinked mention keeps its flag: the graph lets it fall in with an entity of its name that
  // came first ("News" with "News Corp.", whose alias it is) without taking the page's key there.
  record.key = known.slug;
  addJoinedTitles(record, page);
  // Words that are another page's name ("[Education](/wiki/education_chatgpt_plugins)") name this
  // page no better than its title does: its title is its name, and they are no alias of it.
  auto otherPages = [&](const std::string& name) {
    auto it = pagesByName_.find(spelling(graph::foldKey(name)));
    return it != pagesByName_.end() && std::find(it->second.begin(), it->second.end(), page) == it->second.end() &&
           !ownQualifiedName(name, page);
  };
  if (otherPages(record.name)) record.name = known.name;
}

// The titles of the pages joined to `page` (joinPages) are aliases of the record that names it, but for
// its own name and the aliases it has.
void EntityRegistry::addJoinedTitles(graph::EntityRecord& record, int page) const {
  const auto titles = joinedTitles_.find(page);
  if (titles == joinedTitles_.end()) return;
  const auto has = [&](const std::string& title) {
    const std::string folded = graph::foldKey(title);
    return graph::foldKey(record.name) == folded ||
           std::any_of(record.aliases.begin(), record.aliases.end(),
                       [&](const std::string& alias) { return graph::foldKey(alias) == folded; });
  };
  for (const std::string& title : titles->second)
    if (!has(title)) record.aliases.push_back(title);
}

void EntityRegistry::resolve(graph::DocumentBundle& bundle) {
  for (auto& record : bundle.entities) resolveRecord(record);
}

}  // namespace cg::ingest
