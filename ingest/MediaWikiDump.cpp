#include "ingest/MediaWikiDump.h"

#include <exception>

#include <libxml/xmlreader.h>

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

// What libxml2's read callback reads from, and the exception it could not throw.
struct ReadContext {
  Utf8CleanStream* stream = nullptr;
  std::exception_ptr failure;
};

// libxml2 pulls bytes through this callback. A C callback must not throw: an exception is kept
// (libxml2 sees an I/O error and stops) and rethrown once the reader has returned.
int readCallback(void* context, char* buffer, int length) {
  auto* read = static_cast<ReadContext*>(context);
  try {
    return static_cast<int>(read->stream->read(buffer, static_cast<std::size_t>(length)));
  } catch (...) {
    read->failure = std::current_exception();
    return -1;
  }
}

int closeCallback(void*) { return 0; }

// The first XML error libxml2 reports, kept instead of printed.
struct XmlError {
  std::string message;
  int line = 0;
};

void errorCallback(void* context, const char* message, xmlParserSeverities severity, xmlTextReaderLocatorPtr locator) {
  auto* error = static_cast<XmlError*>(context);
  if (!error->message.empty() || severity == XML_PARSER_SEVERITY_VALIDITY_WARNING ||
      severity == XML_PARSER_SEVERITY_WARNING)
    return;
  error->message = message ? message : "XML error";
  while (!error->message.empty() && (error->message.back() == '\n' || error->message.back() == ' '))
    error->message.pop_back();
  error->line = xmlTextReaderLocatorLineNumber(locator);
}

std::string text(const xmlChar* s) { return s ? reinterpret_cast<const char*>(s) : ""; }
void appendValue(std::string& out, const xmlChar* s) {
  if (s) out.append(reinterpret_cast<const char*>(s));
}

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
    read_.stream = stream_;
    std::unique_ptr<xmlTextReader, void (*)(xmlTextReaderPtr)> reader(
        xmlReaderForIO(readCallback, closeCallback, &read_, path_.c_str(), "UTF-8", XML_PARSE_NONET | XML_PARSE_HUGE),
        xmlFreeTextReader);
    if (!reader) throw Error(path_.string(), 0, "cannot start the XML reader");
    xmlTextReaderSetErrorHandler(reader.get(), errorCallback, &error_);
    int rc = 0;
    while ((rc = xmlTextReaderRead(reader.get())) == 1) node(reader.get());
    if (read_.failure) std::rethrow_exception(read_.failure);
    if (!rootSeen_)
      throw Error(path_.string(), 0,
                  "not a MediaWiki dump: " + (error_.message.empty() ? "no XML element" : error_.message));
    if (rc != 0 || page_.inPage || !stream_->error().empty()) cutOff(reader.get());
    if (stream_->replaced())
      diag("invalid-utf8", 0,
           std::to_string(stream_->replaced()) + " invalid UTF-8 or control bytes replaced by U+FFFD");
    return stats_;
  }

 private:
  void diag(std::string code, std::uint32_t line, std::string message) {
    diagnostics_.push_back({Severity::kWarning, std::move(code), path_.string(), line, std::move(message)});
  }

  void cutOff(xmlTextReaderPtr reader) {
    stats_.complete = false;
    auto line = static_cast<std::uint32_t>(error_.line > 0 ? error_.line : xmlTextReaderGetParserLineNumber(reader));
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

  void node(xmlTextReaderPtr reader) {
    int type = xmlTextReaderNodeType(reader);
    if (type == XML_READER_TYPE_ELEMENT)
      startElement(reader);
    else if (type == XML_READER_TYPE_END_ELEMENT)
      endElement(reader);
    else if ((type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
              type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE) &&
             page_.field)
      appendValue(*page_.field, xmlTextReaderConstValue(reader));  // a page's text: no copy on the way
  }

  void startElement(xmlTextReaderPtr reader) {
    std::string name = text(xmlTextReaderConstLocalName(reader));
    int depth = xmlTextReaderDepth(reader);
    if (!rootSeen_) {
      if (name != "mediawiki")
        throw Error(path_.string(), static_cast<std::uint32_t>(xmlTextReaderGetParserLineNumber(reader)),
                    "not a MediaWiki dump: the root element is <" + name + ">, not <mediawiki>");
      rootSeen_ = true;
      language_ = rootLanguage(reader);
      return;
    }
    bool empty = xmlTextReaderIsEmptyElement(reader);
    if (depth == 1 && name == "page") {
      page_ = PageState{};
      page_.inPage = true;
      xmlNodePtr node = xmlTextReaderCurrentNode(reader);  // the parser's own line runs ahead of the reader
      page_.line = static_cast<std::uint32_t>(node ? xmlGetLineNo(node) : xmlTextReaderGetParserLineNumber(reader));
    } else if (depth == 2 && name == "base" && !page_.inPage) {
      base_.clear();
      page_.field = empty ? nullptr : &base_;
    } else if (page_.inPage && depth == 2) {
      pageField(name, empty);
    } else if (page_.inRevision && depth == 3 && (name == "text" || name == "timestamp")) {
      std::string& target = name == "text" ? page_.text : page_.timestamp;
      target.clear();  // a history dump: the last revision wins
      page_.field = empty ? nullptr : &target;
    }
  }

  void pageField(const std::string& name, bool empty) {
    if (name == "title") page_.field = empty ? nullptr : &page_.title;
    if (name == "ns") page_.field = empty ? nullptr : &page_.ns, page_.hasNs = true;
    if (name == "redirect") page_.redirect = true;
    if (name == "revision") page_.inRevision = !empty;
  }

  void endElement(xmlTextReaderPtr reader) {
    page_.field = nullptr;
    std::string name = text(xmlTextReaderConstLocalName(reader));
    int depth = xmlTextReaderDepth(reader);
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
  static std::string rootLanguage(xmlTextReaderPtr reader) { return text(xmlTextReaderConstXmlLang(reader)); }

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
  ReadContext read_;
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
