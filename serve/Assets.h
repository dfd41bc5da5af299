#pragma once
// The web page's files (serve/web/*.html, *.css, *.js), embedded in the binary at build time by
// EmbedAssets.cmake: the server reads nothing from disk and the page fetches nothing from elsewhere.

#include <cstddef>
#include <optional>
#include <string_view>

namespace cg::serve {

struct EmbeddedFile {
  std::string_view name;  // "style.css"
  std::string_view bytes;
};
extern const EmbeddedFile kEmbeddedFiles[];  // in the generated Assets.cpp
extern const std::size_t kEmbeddedFileCount;

struct Asset {
  std::string_view bytes;
  std::string_view contentType;
};
// A file of serve/web/ by its name ("app.js"); nullopt for any other name.
[[nodiscard]] std::optional<Asset> findAsset(std::string_view name);

}  // namespace cg::serve
