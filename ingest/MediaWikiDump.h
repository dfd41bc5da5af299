#pragma once
// A MediaWiki pages-articles XML dump (.xml, or .xml.bz2 with one or several bzip2 streams
// as Wikipedia publishes it), read as a stream: bytes come from the file (through libbz2
// stream after stream), invalid UTF-8 and characters XML forbids are replaced by U+FFFD on
// the way in (libxml2 stops at them), and libxml2's push parser is fed a buffer at a time and
// calls back each element's start, text and end as it parses them (SAX, no tree). One page is
// held at a time, so memory stays flat whatever the dump's size.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "ingest/Article.h"

namespace cg::ingest {

// One article page: namespace 0, not a redirect, its latest revision's text.
struct DumpPage {
  std::string title;
  std::string text;
  std::string timestamp;   // the revision's, as written ("2013-06-01T12:00:00Z")
  std::string url;         // from the site's <base> address and the title, or ""
  std::uint32_t line = 0;  // where <page> starts in the (decompressed) XML
  std::string language;    // the dump's <mediawiki xml:lang="..."> ("en", "de"), or ""
};

struct DumpStats {
  std::size_t articles = 0, redirects = 0, otherNamespaces = 0;
  bool complete = true;  // false when the dump was cut off or broken; what came before is kept
};

// .xml and .xml.bz2, in any case.
[[nodiscard]] bool isDumpPath(const std::filesystem::path& path);

// Calls onPage for every article page in dump order. Throws cg::Error naming the file when
// it cannot be opened or is not a MediaWiki dump (its root element is not <mediawiki>). A
// dump cut off or broken part way is not an error: reading stops there with a diagnostic
// that names the page and line where it was cut, and the pages before it are kept.
DumpStats readDump(const std::filesystem::path& path, const std::function<void(const DumpPage&)>& onPage,
                   std::vector<Diagnostic>& diagnostics);

}  // namespace cg::ingest
