#include "ingest/OneQuantityMeasures.h"

#include <sstream>

namespace cg::ingest {

namespace data {
extern const char* const kOneQuantityMeasures;  // LexiconData.cpp, from data/one_quantity_measures.tsv
}  // namespace data

const std::vector<std::vector<std::string>>& oneQuantityMeasures() {
  static const std::vector<std::vector<std::string>> kClasses = [] {
    std::vector<std::vector<std::string>> out;
    std::istringstream lines(data::kOneQuantityMeasures);
    for (std::string line; std::getline(lines, line);) {
      if (line.empty() || line.front() == '#') continue;
      std::vector<std::string> measures;
      std::istringstream cells(line);
      for (std::string measure; std::getline(cells, measure, '|');)
        if (!measure.empty()) measures.push_back(measure);
      if (measures.size() >= 2) out.push_back(std::move(measures));
    }
    return out;
  }();
  return kClasses;
}

}  // namespace cg::ingest
