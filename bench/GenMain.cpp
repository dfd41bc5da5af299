// cg_gen: writes a generated corpus of AI Wiki articles (export form) and its ground
// truth. Deterministic: the same --seed and --size give byte-identical files.
//
//   cg_gen --size 10MB --seed 42 --out /tmp/corpus
//     -> /tmp/corpus/articles/0000/<slug>.md ... (500 articles per folder)
//        /tmp/corpus/truth.json  {"seed", "articles", "bytes", "claims",
//                                 "figures": [...], "contested": [...]}

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "bench/CorpusGenerator.h"

namespace fs = std::filesystem;
using cg::bench::CorpusGenerator;

namespace {

void jsonString(std::string& out, std::string_view s) {
  out.push_back('"');
  for (char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out.push_back(c);
        }
    }
  }
  out.push_back('"');
}

void jsonNumber(std::string& out, double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  out += buf;
}

const char* boundName(cg::graph::Bound b) { return cg::graph::toString(b); }

int usage() {
  std::cerr << "usage: cg_gen --size SIZE [--seed N] --out DIR [--no-truth]\n"
               "  SIZE: bytes of Markdown to write, e.g. 1MB, 10MB, 100MB, 1GB (decimal units)\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::uint64_t size = 0, seed = 42;
  fs::path out;
  bool truth = true;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--size") {
      auto s = cg::bench::parseSize(value());
      if (!s) return usage();
      size = *s;
    } else if (a == "--seed") {
      seed = std::stoull(value());
    } else if (a == "--out") {
      out = value();
    } else if (a == "--no-truth") {
      truth = false;
    } else {
      return usage();
    }
  }
  if (size == 0 || out.empty()) return usage();

  fs::create_directories(out / "articles");
  // About 17 KB per article.
  CorpusGenerator gen({.seed = seed, .expectedArticles = static_cast<std::size_t>(size / 17000 + 1), .markdown = true});
  std::ofstream truthFile;
  if (truth) {
    truthFile.open(out / "truth.json", std::ios::binary);
    truthFile << "{\"seed\": " << seed << ",\n \"figures\": [\n";
  }
  std::string contested;  // kept until the figures are out
  std::uint64_t bytes = 0, articles = 0, claims = 0, figures = 0, pairs = 0;
  std::string buf;
  while (bytes < size) {
    cg::bench::GeneratedArticle a = gen.next();
    char folder[32];
    std::snprintf(folder, sizeof folder, "%04llu", static_cast<unsigned long long>(articles / 500));
    fs::path dir = out / "articles" / folder;
    if (articles % 500 == 0) fs::create_directories(dir);
    std::string rel = std::string("articles/") + folder + "/" + a.slug + ".md";
    {
      std::ofstream f(out / rel, std::ios::binary);
      f.write(a.markdown.data(), static_cast<std::streamsize>(a.markdown.size()));
    }
    bytes += a.markdown.size();
    ++articles;
    claims += a.bundle.claims.size();
    if (!truth) continue;
    buf.clear();
    for (const auto& fig : a.figures) {
      buf += figures++ ? ",\n  {" : "  {";
      buf += "\"document\": ";
      jsonString(buf, a.slug);
      buf += ", \"line\": " + std::to_string(fig.line) + ", \"text\": ";
      jsonString(buf, fig.text);
      buf += ", \"value\": ";
      jsonNumber(buf, fig.quantity.value.value_or(0));
      if (fig.quantity.low) {
        buf += ", \"low\": ";
        jsonNumber(buf, *fig.quantity.low);
        buf += ", \"high\": ";
        jsonNumber(buf, *fig.quantity.high);
      }
      buf += ", \"unit\": ";
      jsonString(buf, fig.quantity.unit);
      buf += std::string(", \"approximate\": ") + (fig.quantity.approximate ? "true" : "false");
      buf += std::string(", \"bound\": \"") + boundName(fig.quantity.bound) + "\"";
      buf += ", \"subject\": ";
      jsonString(buf, fig.subject);
      buf += ", \"measure\": ";
      jsonString(buf, fig.measure);
      buf += ", \"claimant\": ";
      if (fig.claimant.empty())
        buf += "null";
      else
        jsonString(buf, fig.claimant);
      buf += "}";
    }
    truthFile << buf;
    for (const auto& c : a.contested) {
      contested += pairs++ ? ",\n  {" : "  {";
      contested += "\"subject\": ";
      jsonString(contested, c.subject);
      contested += ", \"measure\": ";
      jsonString(contested, c.measure);
      contested += ", \"unit\": ";
      jsonString(contested, c.unit);
      contested += ", \"values\": [";
      for (std::size_t v = 0; v < c.values.size(); ++v) {
        const auto& x = c.values[v];
        contested += v ? ", {" : "{";
        contested += "\"document\": ";
        jsonString(contested, x.document);
        contested += ", \"line\": " + std::to_string(x.line) + ", \"value\": ";
        jsonNumber(contested, x.value);
        contested += ", \"text\": ";
        jsonString(contested, x.text);
        contested += ", \"publisher\": ";
        jsonString(contested, x.publisher);
        contested += ", \"ref\": " + std::to_string(x.ref) + "}";
      }
      contested += "]}";
    }
  }
  if (truth) {
    truthFile << "\n ],\n \"contested\": [\n"
              << contested << "\n ],\n \"articles\": " << articles << ",\n \"bytes\": " << bytes
              << ",\n \"claims\": " << claims << "\n}\n";
  }
  std::printf("generated %llu articles, %llu bytes, %llu claims, %llu figures, %llu contested pairs -> %s\n",
              static_cast<unsigned long long>(articles), static_cast<unsigned long long>(bytes),
              static_cast<unsigned long long>(claims), static_cast<unsigned long long>(figures),
              static_cast<unsigned long long>(pairs), out.string().c_str());
  return 0;
}
