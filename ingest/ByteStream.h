#pragma once
// Byte streams for reading dumps far larger than memory: a file, a bzip2 file (every
// stream of a multistream file, one after the other), and a filter that makes any bytes
// well-formed UTF-8 that XML accepts.

#include <bzlib.h>

#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

namespace cg::ingest {

// A source of bytes read piece by piece. read() returns how many bytes it put in `out`
// (0 at the end). A stream that ends early or breaks keeps what went wrong in error().
class ByteStream {
 public:
  virtual ~ByteStream() = default;
  [[nodiscard]] virtual std::size_t read(char* out, std::size_t capacity) = 0;
  [[nodiscard]] const std::string& error() const { return error_; }

 protected:
  std::string error_;
};

// The file's bytes, or, for a name ending in .bz2 (any case), its decompressed bytes.
// Throws cg::Error naming the file when it cannot be opened.
[[nodiscard]] std::unique_ptr<ByteStream> openByteStream(const std::filesystem::path& path);

// Decompresses every bzip2 stream of a file in turn (on BZ_STREAM_END the decoder starts
// again on the bytes that follow), so a multistream dump is read whole.
class Bzip2Stream final : public ByteStream {
 public:
  explicit Bzip2Stream(std::FILE* file);  // takes ownership
  ~Bzip2Stream() override;
  Bzip2Stream(const Bzip2Stream&) = delete;
  Bzip2Stream& operator=(const Bzip2Stream&) = delete;
  [[nodiscard]] std::size_t read(char* out, std::size_t capacity) override;

 private:
  bool refill();
  std::FILE* file_;
  bz_stream bz_{};
  bool open_ = false, done_ = false;
  std::string in_;
};

// Passes bytes through, replacing each invalid UTF-8 sequence and each character that XML
// 1.0 forbids (controls other than tab, LF, CR) by U+FFFD. Sequences cut between two reads
// are carried over. `replaced()` counts the replacements.
class Utf8CleanStream final : public ByteStream {
 public:
  explicit Utf8CleanStream(std::unique_ptr<ByteStream> inner) : inner_(std::move(inner)) {}
  [[nodiscard]] std::size_t read(char* out, std::size_t capacity) override;
  [[nodiscard]] std::size_t replaced() const { return replaced_; }
  [[nodiscard]] const ByteStream& inner() const { return *inner_; }

 private:
  void clean(bool last);
  std::unique_ptr<ByteStream> inner_;
  std::string raw_, clean_;  // read, not yet cleaned; cleaned, not yet handed out
  std::size_t handed_ = 0;   // bytes of clean_ already handed out
  std::size_t replaced_ = 0;
  bool ended_ = false;
};

// Appends `bytes` to `out` cleaned as Utf8CleanStream does; returns the replacements made.
// With `last` false, an incomplete sequence at the end is left in `bytes` (its size is
// returned in `carry`) for the next call.
std::size_t cleanUtf8(std::string_view bytes, bool last, std::string& out, std::size_t& carry);

}  // namespace cg::ingest
