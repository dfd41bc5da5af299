#include "serve/Assets.h"

namespace cg::serve {

std::optional<Asset> findAsset(std::string_view name) {
  for (std::size_t i = 0; i < kEmbeddedFileCount; ++i) {
    if (kEmbeddedFiles[i].name != name) continue;
    std::string_view type = name.ends_with(".css")  ? "text/css; charset=utf-8"
                            : name.ends_with(".js") ? "text/javascript; charset=utf-8"
                                                    : "text/html; charset=utf-8";
    return Asset{kEmbeddedFiles[i].bytes, type};
  }
  return std::nullopt;
}

}  // namespace cg::serve
