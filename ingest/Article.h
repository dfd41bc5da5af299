#pragma once
// An article as read from disk, before any extraction: header fields, sections,
// blocks (paragraphs, table rows, list items) in plain text with their links and
// citation markers, sentences with the references bound to them, and the parsed
// reference list. Every element keeps its file line so later stages can point back.
//
// Two forms are read: the export form (# Title, "> Source:" header, [1][3] markers,
// "N. Publisher, "Title," Date. URL" references) and the site's content form (YAML
// front matter, [&#91;1&#93;](#cite_note-X-1) markers, red links, "N. ↑ ... Publisher -
// "Title" (Date). [url](url)" references).

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace cg::ingest {

enum class Severity : std::uint8_t { kWarning, kError };

// Messy input that reading went past: stable code, where, and what.
struct Diagnostic {
  Severity severity = Severity::kWarning;
  std::string code;  // "dangling-marker", "unused-reference", "invalid-utf8", ...
  std::string file;
  std::uint32_t line = 0;
  std::string message;
};
[[nodiscard]] std::string format(const Diagnostic& d);  // "file:line: warning: message [code]"

enum class LinkKind : std::uint8_t { kWiki, kRed, kExternal };

struct Link {
  LinkKind kind = LinkKind::kWiki;
  std::string text;                // as shown
  std::string target;              // as written
  std::string key;                 // wiki slug; for red links the slugified title; for external links the URL
  std::size_t begin = 0, end = 0;  // byte span of `text` in the block's plain text
};

struct Marker {
  int ref = 0;
  std::size_t pos = 0;  // byte offset in the block's plain text where the marker stood
};

struct Sentence {
  std::size_t begin = 0, end = 0;  // byte span in the block's plain text (trimmed)
  std::uint32_t line = 0;
  std::vector<int> refs;    // references bound to it, in citation order
  bool ownMarkers = false;  // a marker group stands right after or inside it
};

enum class BlockKind : std::uint8_t { kParagraph, kTableHeader, kTableRow, kListItem };

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  int section = -1;                        // index into Article::sections; -1 before the first heading
  std::uint32_t line = 0;                  // first line in the file
  std::size_t byteBegin = 0, byteEnd = 0;  // span in the file
  std::string text;                        // plain text, markup removed (rows: cells joined by " | ")
  std::vector<std::string> cells;          // table rows: each cell's plain text
  std::vector<std::size_t> cellBegins;     // table rows: offset of each cell in `text`
  int table = -1;                          // table rows: which table of the article (header rows give context)
  std::vector<Link> links;
  std::vector<Marker> markers;
  // Where the text flags a statement as uncited ({{citation needed}} on Wikipedia): the sentence
  // there backs itself by no source, not even the ref that closes its paragraph.
  std::vector<std::size_t> uncited;
  std::vector<Sentence> sentences;
  std::vector<std::pair<std::size_t, std::size_t>> italics;  // wikitext paragraphs: ''italic'' spans of `text`
  // Markdown code spans (`...`) of `text`, in order: program text, read as words of the sentence but
  // never as a figure, a name or a quotation (ProgramText.h).
  std::vector<std::pair<std::size_t, std::size_t>> code;
  // A Markdown list item that opens with a bold label ("- **Acme Cloud**: ..."): the byte length of
  // the label's plain text at the start of `text`; 0 when the item opens otherwise.
  std::size_t boldLabel = 0;
  // A Markdown list item: the number an ordered item is written with ("3." or "3)"), 0 for a
  // bulleted one; and the column its marker stands at (a deeper item is nested in the one before).
  int ordinal = 0;
  std::size_t listIndent = 0;
  // Where each source line of `text` after its first begins (offsets in `text`): a paragraph that gives
  // one thing a line, as a menu of keys does, reads by its lines (ListCounts.h, pageMenuOf).
  std::vector<std::size_t> lineBreaks;

  // Whether [begin, end) overlaps a code span.
  [[nodiscard]] bool inCode(std::size_t begin, std::size_t end) const {
    for (const auto& [b, e] : code)
      if (begin < e && b < end) return true;
    return false;
  }
};

struct Section {
  std::string title;
  int level = 2;
  int parent = -1;
  std::uint32_t line = 0;
};

// One entry of the reference list, its slots as the entry's layout gives them (References.h).
struct Reference {
  int number = 0;
  std::string publisher;  // who published it; the work, else the URL's domain, when the entry names nobody
  std::string work;       // the newspaper, website or journal named beside the title, or empty
  std::string title, date, accessed, url;
  // The publisher is the work's author: a citation that names no publisher, work or site was put out,
  // as far as it says, by its author, the only name it gives (a person, not an organisation).
  bool byAuthor = false;
  std::uint32_t line = 0;
  std::string raw;

  // The list gives the number and nothing else ("7."): a citation the article left blank.
  [[nodiscard]] bool isEmpty() const { return publisher.empty() && work.empty() && title.empty() && url.empty(); }
};

struct Article {
  std::string path;
  std::string slug;  // from the front matter, the Source URL, or the file name
  std::string title;
  std::string sourceUrl;
  std::string updated;
  std::string format;    // "export" or "content"
  std::string language;  // ISO 639 code of the page's language (WikiLanguage.h); "" when unknown (English forms)
  std::vector<std::string> categories;
  // The name of a wikitext page's first infobox template, folded ("infobox officeholder"): the
  // kind of thing the page is about, as Wikipedia files its infoboxes; "" when it has none.
  std::string infobox;
  // Names a page's hatnotes say redirect to it ("{{Redirect|P-38}}": "P-38" redirects here): names
  // of its topic by the wiki's own definition.
  std::vector<std::string> redirectNames;
  std::vector<Section> sections;
  // Wiki links listed under "See also", a section no block is read from: each names a page the
  // wiki has, so its target is a name.
  std::vector<Link> seeAlso;
  std::vector<Block> blocks;
  std::vector<Reference> references;
  std::vector<Diagnostic> diagnostics;

  // The reference with this number, or nullptr.
  [[nodiscard]] const Reference* findReference(int number) const;
};

// Reads an article from UTF-8 text (see decodeText). Never throws on content: what is
// malformed becomes a diagnostic. `path` names the file in diagnostics.
[[nodiscard]] Article readArticle(std::string_view utf8, const std::string& path);

// Binds each sentence of a block to the references its markers cite (a marker group binds
// the sentence it ends, and a closing group also the unmarked sentences before it), as
// readArticle does; for the other readers (Wikipedia's wikitext).
void bindCitations(Block& block);

// "…the following issues:[18][19]" and then a list, or "…models:[1]" and then a table: items
// and rows without markers of their own take the lead-in's markers, as readArticle does; for the
// other readers (Wikipedia's wikitext, whose lists follow the same convention), after binding.
void backListsByLeadIn(std::vector<Block>& blocks);

// Reads and decodes a file, then readArticle. Throws cg::Error when the file is
// unusable (missing, unreadable, empty, binary).
[[nodiscard]] Article readArticleFile(const std::filesystem::path& path);

}  // namespace cg::ingest
