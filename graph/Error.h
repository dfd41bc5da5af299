#pragma once
// The one exception type for an operation that cannot go on: it names the file (and
// line, when there is one) so that the message alone tells the user where to look.
// Messy input that can be read past is a Diagnostic instead (ingest/Article.h).

#include <cstdint>
#include <stdexcept>
#include <string>
#include <utility>

namespace cg {

class Error : public std::runtime_error {
 public:
  Error(std::string file, std::uint32_t line, std::string message)
      : std::runtime_error(format(file, line, message)),
        file_(std::move(file)),
        line_(line),
        message_(std::move(message)) {}
  explicit Error(const std::string& message) : std::runtime_error(message), message_(message) {}

  [[nodiscard]] const std::string& file() const { return file_; }
  [[nodiscard]] std::uint32_t line() const { return line_; }
  // What is wrong, without the "file:line: " that what() starts with: for a caller that
  // names the place itself (a Diagnostic), so that the place is not named twice.
  [[nodiscard]] const std::string& message() const { return message_; }

 private:
  static std::string format(const std::string& file, std::uint32_t line, const std::string& message) {
    std::string out = file;  // appended piece by piece: g++ 12 warns (falsely) on "x" + std::string
    if (line > 0) out.append(":").append(std::to_string(line));
    if (!out.empty()) out.append(": ");
    return out.append(message);
  }
  std::string file_;
  std::uint32_t line_ = 0;
  std::string message_;
};

}  // namespace cg
