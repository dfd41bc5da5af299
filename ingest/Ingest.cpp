#include "ingest/Ingest.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>
#include <system_error>
#include <thread>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <unicode/unistr.h>

#include "graph/Error.h"
#include "graph/Fold.h"
#include "ingest/EntityRegistry.h"
#include "ingest/Extractor.h"
#include "ingest/Gazetteer.h"
#include "ingest/MediaWikiDump.h"
#include "ingest/Quantity.h"
#include "ingest/Text.h"
#include "ingest/WikitextReader.h"

namespace cg::ingest {
namespace fs = std::filesystem;

namespace {

// Why `path` is a symbolic link that leads to no file (a dangling link, a loop), or
// nothing when it is not such a link.
std::optional<std::string> brokenLinkReason(const fs::path& path) {
  std::error_code ec;
  if (!fs::is_symlink(fs::symlink_status(path, ec))) return std::nullopt;
  fs::file_status target = fs::status(path, ec);
  if (!ec && fs::exists(target)) return std::nullopt;
  if (ec == std::errc::too_many_symbolic_link_levels) return "symbolic link loop: too many levels of symbolic links";
  if (!ec || ec == std::errc::no_such_file_or_directory || ec == std::errc::not_a_directory) {
    std::error_code re;
    fs::path to = fs::read_symlink(path, re);
    if (re) return std::string("dangling symbolic link: its target does not exist");
    // A chain of links is named by its first step; say when that step is itself a link.
    fs::path resolved = to.is_absolute() ? to : path.parent_path() / to;
    if (fs::is_symlink(fs::symlink_status(resolved, re)))
      return "dangling symbolic link: its target '" + to.string() + "' is a link to no file";
    return "dangling symbolic link: its target '" + to.string() + "' does not exist";
  }
  return "symbolic link cannot be followed: " + ec.message();
}

bool brokenLink(const fs::path& path) { return brokenLinkReason(path).has_value(); }

// The files a folder is searched for: Markdown articles, wikitext pages, MediaWiki dumps.
bool isArticlePath(const fs::path& path) {
  return path.extension() == ".md" || isWikitextPath(path) || isDumpPath(path);
}

}  // namespace

std::vector<fs::path> collectArticles(const std::vector<fs::path>& paths) {
  std::vector<fs::path> files;
  for (const auto& p : paths) {
    std::error_code ec;
    auto status = fs::status(p, ec);
    if (ec || !fs::exists(status)) throw Error(p.string(), 0, "no such file or folder");
    if (!fs::is_directory(status)) {
      files.push_back(p);
      continue;
    }
    std::vector<fs::path> found;
    fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec), end;
    if (ec) throw Error(p.string(), 0, "cannot list folder: " + ec.message());
    for (; it != end; it.increment(ec)) {
      if (ec) throw Error(p.string(), 0, "cannot list folder: " + ec.message());
      const fs::path& entry = it->path();
      if (!isArticlePath(entry) || entry.filename().string()[0] == '.' || entry.filename() == "README.md") continue;
      // A link that leads nowhere is listed too, so that ingest names it as a skipped file
      // instead of dropping it unseen; a link to a folder is neither followed nor listed.
      std::error_code fe;
      if (it->is_regular_file(fe) || brokenLink(entry)) found.push_back(entry);
    }
    if (found.empty()) throw Error(p.string(), 0, "folder holds no articles (.md, .wiki or .xml dump files)");
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

namespace {

struct Loaded {
  bool dump = false;  // a MediaWiki dump: read page by page while merging (mergeDump)
  std::optional<graph::DocumentBundle> bundle;
  std::vector<Diagnostic> diagnostics;
  std::size_t bytes = 0, markers = 0, markersBound = 0, dangling = 0, unused = 0;
};

std::size_t countCode(const std::vector<Diagnostic>& ds, std::string_view code) {
  return static_cast<std::size_t>(
      std::count_if(ds.begin(), ds.end(), [&](const Diagnostic& d) { return d.code == code; }));
}

Loaded load(const Article& article, const Gazetteer& gazetteer) {
  Loaded out;
  out.diagnostics = article.diagnostics;
  for (const auto& b : article.blocks) {
    out.markers += b.markers.size();
    for (const auto& m : b.markers)
      if (article.findReference(m.ref)) ++out.markersBound;
  }
  out.dangling = countCode(article.diagnostics, "dangling-marker");
  out.unused = countCode(article.diagnostics, "unused-reference");
  out.bundle = extract(article, gazetteer.empty() ? nullptr : &gazetteer);
  return out;
}

Loaded failed(std::string file, std::uint32_t line, std::string code, std::string message) {
  Loaded out;
  out.diagnostics.push_back({Severity::kError, std::move(code), std::move(file), line, std::move(message)});
  return out;
}

// One file read and extracted, on a worker thread. Nothing may leave it (an exception would
// end the program there): a file that cannot be read, and one whose extraction fails, become
// an error diagnostic naming the file, which fails the ingest under --strict.
Loaded loadFile(const fs::path& path, const Gazetteer& gazetteer) {
  if (auto reason = brokenLinkReason(path)) return failed(path.string(), 0, "unreadable", *reason);
  if (isDumpPath(path)) return Loaded{true, {}, {}, 0, 0, 0, 0, 0};  // read as a stream by mergeDump
  if (isWikitextPath(path) && isRedirectFile(path)) {                // not an article: skipped, also under --strict
    Loaded out;
    out.diagnostics.push_back({Severity::kWarning, "redirect", path.string(), 1, "the page is a redirect; skipped"});
    return out;
  }
  std::optional<Article> article;
  try {
    article.emplace(isWikitextPath(path) ? readWikitextFile(path) : readArticleFile(path));
  } catch (const Error& e) {
    // The diagnostic names the place itself, so it takes the message without it.
    return failed(e.file().empty() ? path.string() : e.file(), e.line(), "unreadable", e.message());
  } catch (const std::exception& e) {
    return failed(path.string(), 0, "unreadable", std::string("cannot be read: ") + e.what());
  }
  try {
    std::error_code ec;
    const auto size = static_cast<std::size_t>(fs::file_size(path, ec));
    Loaded out = load(*article, gazetteer);
    out.bytes = ec ? 0 : size;
    return out;
  } catch (const std::exception& e) {
    return failed(path.string(), 0, "extraction-failed",
                  std::string("extraction failed, the article is left out (a bug in claimgraph: please report it "
                              "with this file): ") +
                      e.what());
  }
}

// One article's counts and bundle into the ingest's result, its entities resolved against the
// corpus's pages and the keys given before (EntityRegistry).
void absorb(IngestResult& result, Loaded& l, EntityRegistry& registry) {
  IngestReport& report = result.report;
  report.bytes += l.bytes;
  report.markers += l.markers;
  report.markersBound += l.markersBound;
  report.dangling += l.dangling;
  report.unused += l.unused;
  registry.resolve(*l.bundle);
  result.graph.add(*l.bundle);
}

// A dump's pages, read one at a time and merged in dump order: memory holds one page, not
// the dump. Each page is a document whose path is the dump's path, '#', and its title.
// Returns false when the file is not a dump that can be read (a diagnostic says why).
bool mergeDump(const fs::path& path, IngestResult& result, EntityRegistry& registry, const Gazetteer& gazetteer) {
  std::vector<Diagnostic>& diagnostics = result.report.diagnostics;
  try {
    readDump(
        path,
        [&](const DumpPage& page) {
          std::string date = page.timestamp.substr(0, 10);
          Loaded l = load(
              readWikitext(page.text, path.string() + "#" + page.title, {page.title, page.url, date, page.language}),
              gazetteer);
          l.bytes = page.text.size();
          diagnostics.insert(diagnostics.end(), l.diagnostics.begin(), l.diagnostics.end());
          absorb(result, l, registry);
        },
        diagnostics);
    return true;
  } catch (const Error& e) {
    diagnostics.push_back(
        {Severity::kError, "unreadable", e.file().empty() ? path.string() : e.file(), e.line(), e.message()});
    return false;
  }
}

}  // namespace

namespace {

// Files are read and extracted by a pool of threads and merged into the graph in path order
// as soon as the next one is ready, so at most `window` bundles wait in memory, whatever the
// number of files (holding them all until a final merge took about 9 bytes per input byte).
// The calling thread both works and merges; the graph is the same for any thread count.
class Pipeline {
 public:
  Pipeline(const std::vector<fs::path>& files, const IngestOptions& options, const Gazetteer& gazetteer)
      : files_(files), options_(options), gazetteer_(gazetteer), slots_(files.size()) {
    unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    threads_ = static_cast<unsigned>(std::min<std::size_t>(threads, files.size()));
    window_ = 4 * static_cast<std::size_t>(threads_);
  }

  // Calls merge(index, loaded) for every file in order; stops early when merge returns false.
  template <class Merge>
  void run(Merge&& merge) {
    std::vector<std::thread> pool;
    // However the loop below ends (done, stopped early, an exception), the pool is stopped and joined.
    struct Joiner {
      Pipeline& pipeline;
      std::vector<std::thread>& pool;
      ~Joiner() {
        pipeline.stop();
        for (auto& t : pool) t.join();
      }
    } joiner{*this, pool};
    for (unsigned t = 1; t < threads_; ++t)
      pool.emplace_back([this] {
        while (auto i = claim(/*wait=*/true)) produce(*i);
      });
    for (std::size_t merged = 0; merged < files_.size();) {
      if (std::optional<Loaded> ready = take(merged)) {
        bool more = merge(merged, *ready);
        ready.reset();  // the bundle's memory goes back before the next file is read
        advance(++merged);
        if (!more) break;
      } else if (auto i = claim(/*wait=*/false)) {
        produce(*i);
      } else {
        wait(merged);
      }
    }
  }

 private:
  // The next file to read, when the window allows; with `wait`, blocks until it does or all is claimed.
  std::optional<std::size_t> claim(bool wait) {
    std::unique_lock lock(mutex_);
    auto open = [&] { return stopped_ || next_ >= files_.size() || next_ < merged_ + window_; };
    if (wait) changed_.wait(lock, open);
    if (stopped_ || next_ >= files_.size() || next_ >= merged_ + window_) return std::nullopt;
    return next_++;
  }

  void produce(std::size_t i) {
    Loaded loaded = loadFile(files_[i], gazetteer_);
    std::lock_guard lock(mutex_);
    slots_[i] = std::move(loaded);
    ++done_;
    if (options_.progress) options_.progress(done_, files_.size());
    changed_.notify_all();
  }

  std::optional<Loaded> take(std::size_t i) {
    std::lock_guard lock(mutex_);
    if (!slots_[i]) return std::nullopt;
    std::optional<Loaded> out = std::move(slots_[i]);
    slots_[i].reset();
    return out;
  }

  void advance(std::size_t merged) {
    std::lock_guard lock(mutex_);
    merged_ = merged;
    changed_.notify_all();
  }

  // Nothing to merge and nothing to claim: another thread is reading file `i`.
  void wait(std::size_t i) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return slots_[i].has_value() || (next_ < files_.size() && next_ < merged_ + window_); });
  }

  void stop() {
    std::lock_guard lock(mutex_);
    stopped_ = true;
    changed_.notify_all();
  }

  const std::vector<fs::path>& files_;
  const IngestOptions& options_;
  const Gazetteer& gazetteer_;  // read by every worker, written by none
  unsigned threads_ = 1;
  std::size_t window_ = 4;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<std::optional<Loaded>> slots_;  // read, not yet merged
  std::size_t next_ = 0, merged_ = 0, done_ = 0;
  bool stopped_ = false;
};

}  // namespace

IngestResult ingest(const std::vector<fs::path>& paths, const IngestOptions& options) {
  auto start = std::chrono::steady_clock::now();
  std::vector<fs::path> files = collectArticles(paths);
  IngestResult result;
  IngestReport& report = result.report;
  std::optional<Error> strictFailure;
  // One pass over the pages' front matter before any is extracted: the registry that merges their
  // entities, and the titles each extraction consults (a single file ingests as alone).
  const std::vector<EntityRegistry::Page> pages = EntityRegistry::pagesOfFiles(files);
  EntityRegistry registry(pages);
  const Gazetteer gazetteer = files.size() > 1 ? Gazetteer(pages) : Gazetteer();
  Pipeline(files, options, gazetteer).run([&](std::size_t i, Loaded& l) {
    report.diagnostics.insert(report.diagnostics.end(), l.diagnostics.begin(), l.diagnostics.end());
    if (l.dump && mergeDump(files[i], result, registry, gazetteer)) return true;
    if (!l.bundle) {
      ++report.skipped;
      bool redirect = l.diagnostics.size() == 1 && l.diagnostics[0].code == "redirect";
      if (options.strict && !redirect) {
        if (l.diagnostics.empty())
          strictFailure.emplace(files[i].string(), 0, "cannot be read");
        else
          strictFailure.emplace(l.diagnostics.back().file, l.diagnostics.back().line, l.diagnostics.back().message);
        return false;
      }
      return true;
    }
    absorb(result, l, registry);
    return true;
  });
  if (options.diagnosticsDone) options.diagnosticsDone(report.diagnostics);
  if (strictFailure) throw *strictFailure;
  if (report.skipped == files.size()) {
    const Diagnostic& d = report.diagnostics.back();
    throw Error(d.file, d.line, d.message);
  }
  report.documents = result.graph.documents().size();
  report.sections = result.graph.sections().size();
  report.sources = result.graph.sources().size();
  report.entities = result.graph.entities().size();
  report.claims = result.graph.claims().size();
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

namespace {

// `text` as valid UTF-8: ICU reads each ill-formed sequence as U+FFFD.
std::string validUtf8(const std::string& text) {
  if (!graph::findInvalidUtf8(text)) return text;
  std::string out;
  icu::UnicodeString::fromUTF8(text).toUTF8String(out);
  return out;
}

void writeString(rapidjson::Writer<rapidjson::StringBuffer>& out, const std::string& text) {
  std::string valid = validUtf8(text);
  out.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
}

}  // namespace

std::string diagnosticsJsonl(const std::vector<Diagnostic>& diagnostics) {
  std::string lines;
  for (const Diagnostic& d : diagnostics) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
    out.StartObject();
    out.Key("severity");
    out.String(d.severity == Severity::kError ? "error" : "warning");
    out.Key("code");
    writeString(out, d.code);
    out.Key("file");
    writeString(out, d.file);
    out.Key("line");
    if (d.line > 0)
      out.Uint(d.line);
    else
      out.Null();
    out.Key("message");
    writeString(out, d.message);
    out.EndObject();
    lines.append(buffer.GetString(), buffer.GetSize()).push_back('\n');
  }
  return lines;
}

graph::ClaimGraph ingestText(std::string_view utf8, const std::string& path) {
  graph::ClaimGraph g;
  g.add(extract(readArticle(utf8, path)));
  return g;
}

}  // namespace cg::ingest
