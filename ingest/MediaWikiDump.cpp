#include "ingest/MediaWikiDump.h"

#include <exception>

#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include <algorithm>
#include <memory>

#include "graph/Error.h"
#include "ingest/ByteStream.h"
#include "ingest/WikiMarkup.h"
#include "ingest/WikitextReader.h"

namespace cg::ingest {
namespace {

bool endsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The first XML error libxml2 reports, kept instead of printed.
struct XmlError {
  std::string message;
  int line = 0;
};

void keepError(XmlError& error, xmlErrorPtr e) {
  if (!error.message.empty() || !e || e->level == XML_ERR_WARNING) return;
  error.message = e->message ? e->message : "XML error";
  while (!error.message.empty() && (error.message.back() == '\n' || error.message.back() == ' '))
    error.message.pop_back();
  error.line = e->line;
}

std::string text(const xmlChar* s) { return s ? reinterpret_cast<const char*>(s) : ""; }

// The page being read and where its fields go.
struct PageState {
  bool inPage = false, inRevision = false, redirect = false, hasNs = false;
  std::string title, ns, text, timestamp;
  std::uint32_t line = 0;
  std::string* field = nullptr;  // the element whose character data is being collected
};

class DumpReader {
 public:
  DumpReader(const std::filesystem::path& path, const std::function<void(const DumpPage&)>& onPage,
             std::vector<Diagnostic>& diagnostics)
      : path_(path), onPage_(onPage), diagnostics_(diagnostics) {}

  DumpStats run() {
    auto stream = std::make_unique<Utf8CleanStream>(openByteStream(path_));
    stream_ = stream.get();
    xmlSAXHandler sax{};
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = onStart;
    sax.endElementNs = onEnd;
    sax.characters = sax.cdataBlock = sax.ignorableWhitespace = onText;
    sax.serror = onError;
    // Entities declared in an internal subset (<!DOCTYPE mediawiki [<!ENTITY ...>]>) are kept by
    // libxml2's own SAX2 handlers, which want the parser context as their user data: this reader
    // rides in its _private. The small document they build holds the DTD only, never a page.
    sax.startDocument = xmlSAX2StartDocument;
    sax.internalSubset = xmlSAX2InternalSubset;
    sax.entityDecl = xmlSAX2EntityDecl;
    sax.getEntity = xmlSAX2GetEntity;
    sax.getParameterEntity = xmlSAX2GetParameterEntity;
    std::unique_ptr<xmlParserCtxt, void (*)(xmlParserCtxtPtr)> context(
        xmlCreatePushParserCtxt(&sax, nullptr, nullptr, 0, path_.c_str()), [](xmlParserCtxtPtr c) {
          xmlFreeDoc(c->myDoc);
          xmlFreeParserCtxt(c);
        });
    if (!context) throw Error(path_.string(), 0, "cannot start the XML parser");
    context_ = context.get();
    context_->_private = this;
    xmlCtxtUseOptions(context_, XML_PARSE_NONET | XML_PARSE_HUGE);
    xmlSwitchToEncoding(context_, xmlFindCharEncodingHandler("UTF-8"));  // the bytes are made UTF-8 on the way
    // The bytes go to libxml2's push parser a buffer at a time, and it calls back each element's
    // end as soon as it has parsed it: a dump cut off anywhere keeps every page whose </page>
    // arrived (a pull reader walks behind its parser and loses those at the premature end).
    std::string buffer(std::size_t{1} << 16, '\0');
    bool wellFormed = true;
    while (wellFormed && !failure_) {
      std::size_t n = stream_->read(buffer.data(), buffer.size());
      wellFormed = xmlParseChunk(context_, buffer.data(), static_cast<int>(n), n == 0) == 0 && context_->wellFormed;
      if (n == 0) break;
    }
    if (failure_) std::rethrow_exception(failure_);
    if (!rootSeen_)
      throw Error(path_.string(), 0,
                  "not a MediaWiki dump: " + (error_.message.empty() ? "no XML element" : error_.message));
    if (!wellFormed || page_.inPage || !stream_->error().empty()) cutOff();
    if (stream_->replaced())
      diag("invalid-utf8", 0,
           std::to_string(stream_->replaced()) + " invalid UTF-8 or control bytes replaced by U+FFFD");
    return stats_;
  }

 private:
  void diag(std::string code, std::uint32_t line, std::string message) {
    diagnostics_.push_back({Severity::kWarning, std::move(code), path_.string(), line, std::move(message)});
  }

  void cutOff() {
    stats_.complete = false;
    auto line = static_cast<std::uint32_t>(error_.line > 0 ? error_.line : xmlSAX2GetLineNumber(context_));
    std::string why = !stream_->error().empty() ? stream_->error()
                      : page_.inPage            ? "the XML ends before </page>"
                      : !error_.message.empty() ? error_.message
                                                : "the XML ends early";
    std::string where = page_.inPage ? "inside page '" + page_.title + "' (its <page> starts at line " +
                                           std::to_string(page_.line) + ")"
                                     : "between pages";
    diag("truncated-dump", line,
         "the dump is cut off " + where + ": " + why + "; the " + std::to_string(stats_.articles) +
             " article(s) before it are kept");
  }

  // libxml2's SAX callbacks. C code must not be unwound through: an exception (a root that is
  // not <mediawiki>, or one onPage throws) is kept, the parser stopped, and it is rethrown by run().
  static DumpReader* of(void* context) {
    return context ? static_cast<DumpReader*>(static_cast<xmlParserCtxtPtr>(context)->_private) : nullptr;
  }
  template <typename Event>
  static void guarded(void* self, Event&& event) {
    auto* reader = of(self);
    if (!reader || reader->failure_) return;
    try {
      event(*reader);
    } catch (...) {
      reader->failure_ = std::current_exception();
      xmlStopParser(reader->context_);
    }
  }
  static void onStart(void* self, const xmlChar* localName, const xmlChar*, const xmlChar*, int, const xmlChar**,
                      int attributeCount, int, const xmlChar** attributes) {
    guarded(self, [&](DumpReader& r) { r.startElement(text(localName), attributeCount, attributes); });
  }
  static void onEnd(void* self, const xmlChar* localName, const xmlChar*, const xmlChar*) {
    guarded(self, [&](DumpReader& r) { r.endElement(text(localName)); });
  }
  static void onText(void* self, const xmlChar* chars, int length) {
    auto* reader = of(self);
    if (reader && reader->page_.field)  // a page's text: appended piece by piece as the parser hands it over
      reader->page_.field->append(reinterpret_cast<const char*>(chars), static_cast<std::size_t>(length));
  }
  static void onError(void* self, xmlErrorPtr error) {
    if (auto* reader = of(self)) keepError(reader->error_, error);
  }

  std::uint32_t parserLine() const { return static_cast<std::uint32_t>(xmlSAX2GetLineNumber(context_)); }

  void startElement(const std::string& name, int attributeCount, const xmlChar** attributes) {
    int depth = depth_++;
    if (!rootSeen_) {
      if (name != "mediawiki")
        throw Error(path_.string(), parserLine(),
                    "not a MediaWiki dump: the root element is <" + name + ">, not <mediawiki>");
      rootSeen_ = true;
      language_ = rootLanguage(attributeCount, attributes);
      return;
    }
    if (depth == 1 && name == "page") {
      page_ = PageState{};
      page_.inPage = true;
      page_.line = parserLine();  // the line the start tag ends on: <page> takes no attributes
    } else if (depth == 2 && name == "base" && !page_.inPage) {
      base_.clear();
      page_.field = &base_;
    } else if (page_.inPage && depth == 2) {
      pageField(name);
    } else if (page_.inRevision && depth == 3 && (name == "text" || name == "timestamp")) {
      std::string& target = name == "text" ? page_.text : page_.timestamp;
      target.clear();  // a history dump: the last revision wins
      page_.field = &target;
    }
  }

  // An empty element (<title/>) ends at once, and its end clears the field it set.
  void pageField(const std::string& name) {
    if (name == "title") page_.field = &page_.title;
    if (name == "ns") page_.field = &page_.ns, page_.hasNs = true;
    if (name == "redirect") page_.redirect = true;
    if (name == "revision") page_.inRevision = true;
  }

  void endElement(const std::string& name) {
    page_.field = nullptr;
    int depth = --depth_;
    if (depth == 2 && name == "revision") page_.inRevision = false;
    if (depth == 1 && name == "page") {
      page_.inPage = false;
      emit();
    }
  }

  void emit() {
    bool article = page_.hasNs ? page_.ns == "0" : page_.title.find(':') == std::string::npos;
    if (!article) {
      ++stats_.otherNamespaces;
      return;
    }
    if (page_.redirect || isRedirect(page_.text)) {
      ++stats_.redirects;
      return;
    }
    ++stats_.articles;
    DumpPage page{page_.title, std::move(page_.text), page_.timestamp, pageUrl(page_.title), page_.line, language_};
    onPage_(page);
  }

  // <mediawiki xml:lang="de">: the language of every page of the dump; "" when not given.
  // Attributes come as (local name, prefix, URI, value, value end) five at a time.
  static std::string rootLanguage(int count, const xmlChar** attributes) {
    for (int i = 0; i < count; ++i) {
      const xmlChar** a = attributes + 5 * i;
      if (text(a[0]) == "lang" && text(a[1]) == "xml")
        return {reinterpret_cast<const char*>(a[3]), static_cast<std::size_t>(a[4] - a[3])};
    }
    return {};
  }

  // "https://en.wikipedia.org/wiki/Main_Page" and "Ada Lovelace" -> ".../wiki/Ada_Lovelace".
  std::string pageUrl(std::string title) const {
    std::size_t slash = base_.rfind('/');
    if (slash == std::string::npos || base_.find("://") == std::string::npos) return {};
    std::replace(title.begin(), title.end(), ' ', '_');
    return base_.substr(0, slash + 1) + title;
  }

  const std::filesystem::path& path_;
  const std::function<void(const DumpPage&)>& onPage_;
  std::vector<Diagnostic>& diagnostics_;
  Utf8CleanStream* stream_ = nullptr;
  xmlParserCtxtPtr context_ = nullptr;
  std::exception_ptr failure_;
  int depth_ = 0;
  XmlError error_;
  PageState page_;
  std::string base_;
  std::string language_;
  bool rootSeen_ = false;
  DumpStats stats_;
};

}  // namespace

bool isDumpPath(const std::filesystem::path& path) {
  std::string name = lowerAscii(path.filename().string());
  return endsWith(name, ".xml") || endsWith(name, ".xml.bz2");
}

DumpStats readDump(const std::filesystem::path& path, const std::function<void(const DumpPage&)>& onPage,
                   std::vector<Diagnostic>& diagnostics) {
  return DumpReader(path, onPage, diagnostics).run();
}

}  // namespace cg::ingest
