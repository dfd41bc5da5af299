// Fuzzes the reference-list parser line by line, and the date normaliser on the whole
// input. parseReference never throws; what it returns must be a plausible entry.

#include <string>

#include "FuzzSupport.h"
#include "ingest/Dates.h"
#include "ingest/References.h"

using cg::fuzz::require;

namespace {

bool isoShaped(const std::string& d) {
  // "", "YYYY", "YYYY-MM" or "YYYY-MM-DD"
  if (d.empty()) return true;
  if (d.size() != 4 && d.size() != 7 && d.size() != 10) return false;
  for (std::size_t i = 0; i < d.size(); ++i)
    if ((i == 4 || i == 7) ? d[i] != '-' : (d[i] < '0' || d[i] > '9')) return false;
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input = cg::fuzz::bytes(data, size);
  std::uint32_t lineNumber = 0;
  std::size_t start = 0;
  while (start <= input.size()) {
    std::size_t nl = input.find('\n', start);
    if (nl == std::string_view::npos) nl = input.size();
    std::string_view line = input.substr(start, nl - start);
    ++lineNumber;
    if (auto ref = cg::ingest::parseReference(line, lineNumber)) {
      require(ref->number >= 0 && ref->number <= 999999, "reference number out of range");
      require(ref->line == lineNumber, "reference line lost");
      require(isoShaped(ref->date), "reference date not ISO 8601");
      require(isoShaped(ref->accessed), "reference access date not ISO 8601");
    }
    if (nl == input.size()) break;
    start = nl + 1;
  }
  cg::ingest::DateMatch d = cg::ingest::findDate(input);
  require(isoShaped(d.iso), "findDate result not ISO 8601");
  require(d.begin <= d.end && d.end <= input.size(), "findDate span outside input");
  return 0;
}
