// Fuzzes the figure parser: findFigures() over a sentence and parseFigure() over a
// query. Neither may throw; spans must be ordered and inside the input, values finite.

#include <cmath>

#include "FuzzSupport.h"
#include "ingest/Quantity.h"

using cg::fuzz::require;

namespace {

void checkQuantity(const cg::ingest::Quantity& q) {
  for (const auto& v : {q.value, q.low, q.high})
    if (v) require(!std::isnan(*v), "figure value is NaN");
  require(q.low.has_value() == q.high.has_value(), "range with one end");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text = cg::fuzz::bytes(data, size);
  std::size_t last = 0;
  for (const auto& f : cg::ingest::findFigures(text)) {
    require(f.begin <= f.end && f.end <= text.size(), "figure span outside input");
    require(f.begin >= last, "figures out of order");
    last = f.begin;
    checkQuantity(f.quantity);
  }
  if (auto q = cg::ingest::parseFigure(text)) checkQuantity(*q);
  return 0;
}
