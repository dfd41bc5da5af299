#include "ingest/ByteStream.h"

#include <cstring>

#include "graph/Error.h"

namespace cg::ingest {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
constexpr std::size_t kChunk = 1 << 16;

class FileStream final : public ByteStream {
 public:
  explicit FileStream(std::FILE* file) : file_(file) {}
  ~FileStream() override { std::fclose(file_); }
  FileStream(const FileStream&) = delete;
  FileStream& operator=(const FileStream&) = delete;
  std::size_t read(char* out, std::size_t capacity) override {
    std::size_t n = std::fread(out, 1, capacity, file_);
    if (n == 0 && std::ferror(file_)) error_ = "read error";
    return n;
  }

 private:
  std::FILE* file_;
};

bool continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// The length of the valid UTF-8 sequence at bytes[i], 0 when it is invalid, or -1 when it
// is valid so far but cut off by the end of `bytes`.
int sequenceLength(std::string_view bytes, std::size_t i) {
  auto b = static_cast<unsigned char>(bytes[i]);
  int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
  if (length <= 1) return length;
  // The second byte's range rules out overlong forms, surrogates and code points past U+10FFFF.
  unsigned char low = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
  unsigned char high = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
  for (int k = 1; k < length; ++k) {
    if (i + static_cast<std::size_t>(k) >= bytes.size()) return -1;
    auto c = static_cast<unsigned char>(bytes[i + static_cast<std::size_t>(k)]);
    if (k == 1 ? (c < low || c > high) : !continuation(c)) return 0;
  }
  // U+FFFE and U+FFFF are not characters XML allows.
  if (b == 0xEF && static_cast<unsigned char>(bytes[i + 1]) == 0xBF && static_cast<unsigned char>(bytes[i + 2]) >= 0xBE)
    return 0;
  return length;
}

}  // namespace

std::size_t cleanUtf8(std::string_view bytes, bool last, std::string& out, std::size_t& carry) {
  std::size_t replaced = 0;
  carry = 0;
  // Tab, line ends and printable ASCII pass as they are: most of a dump is runs of them, copied at once.
  auto plainAscii = [](char ch) {
    auto c = static_cast<unsigned char>(ch);
    return (c >= 0x20 && c < 0x80) || c == '\t' || c == '\n' || c == '\r';
  };
  for (std::size_t i = 0; i < bytes.size();) {
    if (plainAscii(bytes[i])) {
      std::size_t run = i + 1;
      while (run < bytes.size() && plainAscii(bytes[run])) ++run;
      out.append(bytes.substr(i, run - i));
      i = run;
      continue;
    }
    int length = sequenceLength(bytes, i);
    if (length < 0 && !last) {
      carry = bytes.size() - i;
      break;
    }
    auto b = static_cast<unsigned char>(bytes[i]);
    bool forbidden = length == 1 && b < 0x20 && b != '\t' && b != '\n' && b != '\r';
    if (length <= 0 || forbidden) {
      out += kReplacement;
      ++replaced;
      ++i;
      continue;
    }
    out.append(bytes.substr(i, static_cast<std::size_t>(length)));
    i += static_cast<std::size_t>(length);
  }
  return replaced;
}

std::unique_ptr<ByteStream> openByteStream(const std::filesystem::path& path) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) throw Error(path.string(), 0, std::string("cannot open: ") + std::strerror(errno));
  std::string ext = path.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".bz2") return std::make_unique<Bzip2Stream>(file);
  return std::make_unique<FileStream>(file);
}

Bzip2Stream::Bzip2Stream(std::FILE* file) : file_(file) {}

Bzip2Stream::~Bzip2Stream() {
  if (open_) BZ2_bzDecompressEnd(&bz_);
  std::fclose(file_);
}

// More compressed bytes into in_; false at the end of the file.
bool Bzip2Stream::refill() {
  if (bz_.avail_in > 0) return true;
  in_.resize(kChunk);
  std::size_t n = std::fread(in_.data(), 1, in_.size(), file_);
  bz_.next_in = in_.data();
  bz_.avail_in = static_cast<unsigned>(n);
  return n > 0;
}

std::size_t Bzip2Stream::read(char* out, std::size_t capacity) {
  bz_.next_out = out;
  bz_.avail_out = static_cast<unsigned>(std::min<std::size_t>(capacity, 1u << 30));
  while (!done_ && bz_.avail_out == capacity) {
    if (!refill()) {
      if (open_) error_ = "the bzip2 data ends inside a compressed stream (the file is cut off)";
      done_ = true;
      break;
    }
    if (!open_) {
      if (BZ2_bzDecompressInit(&bz_, 0, 0) != BZ_OK) throw Error("bzip2: cannot start the decompressor");
      open_ = true;
    }
    int rc = BZ2_bzDecompress(&bz_);
    if (rc == BZ_STREAM_END) {  // the next stream of a multistream file may follow
      BZ2_bzDecompressEnd(&bz_);
      open_ = false;
    } else if (rc != BZ_OK) {
      error_ = "the bzip2 data is corrupt (libbz2 error " + std::to_string(rc) + ")";
      done_ = true;
    }
  }
  return capacity - bz_.avail_out;
}

std::size_t Utf8CleanStream::read(char* out, std::size_t capacity) {
  while (handed_ == clean_.size() && !ended_) {
    clean_.clear();
    handed_ = 0;
    std::size_t old = raw_.size();
    raw_.resize(old + kChunk);
    std::size_t n = inner_->read(raw_.data() + old, kChunk);
    raw_.resize(old + n);
    if (n == 0) ended_ = true;
    if (!inner_->error().empty()) error_ = inner_->error();
    clean(ended_);
  }
  std::size_t n = std::min(capacity, clean_.size() - handed_);
  std::memcpy(out, clean_.data() + handed_, n);
  handed_ += n;
  return n;
}

void Utf8CleanStream::clean(bool last) {
  std::size_t carry = 0;
  replaced_ += cleanUtf8(raw_, last, clean_, carry);
  raw_.erase(0, raw_.size() - carry);
}

}  // namespace cg::ingest
