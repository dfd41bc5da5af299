#pragma once
// One Wikipedia page in wikitext -> the same Article the Markdown reader makes, so that
// extraction, contested sets and queries work on Wikipedia unchanged.
//
// What is read: == headings == by level, paragraphs, lists, {| wikitable |} tables (a "!"
// cell is a header; the first row of "!" cells is the table's header row), [[Target|label]]
// links (the target is the identity), bold/italic, comments, entities, <nowiki>, and the
// formatting templates of WikiMarkup.h; other templates are dropped, the sentence kept.
// Citations: <ref> with cite templates, free text or a bare URL; named refs reused as
// <ref name="x"/> (also before their definition) are one reference under one number,
// numbered in order of first appearance as the rendered page numbers them; group= notes
// and {{efn}} are kept apart (not references); {{sfn}}/{{harvnb}} bind to their
// bibliography entry, and a short citation written as text to a full citation given in a
// bibliography line or an earlier ref. An infobox's figure fields (revenue, net income,
// employees, ..., and area_km2, elevation_ft, ... with the unit their key names)
// become table rows whose subject is the page (the first cell links to the page title),
// with the field's refs and the date it gives; fields that are only links become rows after the
// text whose links (shown as their targets) are mentions. A table cell that is only a number is
// read with the unit or counted noun its column header names (WikiTables.h). Refs that no sentence carries (in other
// infobox fields, image captions, group notes, templates that show no prose) are numbered
// where they stand and kept as the page's sources. {{quote}}, {{cquote}} and <blockquote>
// read as one quotation, on the paragraph whose colon introduces it. [[Category:...]]
// links are the categories. The page title is the document's title, and the title as a
// link names it ("alsea_(company)") the document's slug: the page's topic.

#include <filesystem>
#include <string>
#include <string_view>

#include "ingest/Article.h"

namespace cg::ingest {

// What the page does not say about itself: its title (a dump's <title>; for a file, the
// file name), its address and its last revision date.
struct WikiPage {
  // Defaults let callers name only the fields they know ({title, url}).
  std::string title{};
  std::string sourceUrl{};
  std::string updated{};   // ISO date or empty
  std::string language{};  // ISO 639 code (a dump's xml:lang), or "" to tell it from the page (WikiLanguage.h)
};

// Never throws on content: what is malformed becomes a diagnostic. `path` names the
// document in diagnostics and in the graph.
[[nodiscard]] Article readWikitext(std::string_view utf8, const std::string& path, const WikiPage& page);

// Reads and decodes a .wiki file; the title is the file name ('_' as space; when the name
// has no '_' or space, '-' as space). Throws cg::Error when the file is unusable.
[[nodiscard]] Article readWikitextFile(const std::filesystem::path& path);

// True for a page whose text is a redirect ("#REDIRECT [[Target]]", any case).
[[nodiscard]] bool isRedirect(std::string_view wikitext);

// True for a file whose page is a redirect (its first bytes are read; a UTF-8 BOM is passed).
[[nodiscard]] bool isRedirectFile(const std::filesystem::path& path);

// .wiki, .wikitext, .mediawiki in any case.
[[nodiscard]] bool isWikitextPath(const std::filesystem::path& path);

}  // namespace cg::ingest
