#include "serve/Diagram.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>

extern char** environ;

namespace cg::serve {
namespace {

// Both ends of a pipe, closed on destruction; close-on-exec so no other child inherits them.
struct Pipe {
  int read = -1, write = -1;
  Pipe() {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) == 0) {
      read = fds[0];
      write = fds[1];
    }
  }
  ~Pipe() {
    closeRead();
    closeWrite();
  }
  Pipe(const Pipe&) = delete;
  Pipe& operator=(const Pipe&) = delete;
  void closeRead() {
    if (read >= 0) ::close(read);
    read = -1;
  }
  void closeWrite() {
    if (write >= 0) ::close(write);
    write = -1;
  }
  [[nodiscard]] bool ok() const { return read >= 0 && write >= 0; }
};

// Writes `input` to `to` and reads `from` until end of file, both at once (dot may start
// writing before it has read everything). False on an error or when the deadline passes.
bool exchange(Pipe& in, Pipe& out, std::string_view input, std::string& output,
              std::chrono::steady_clock::time_point deadline) {
  std::size_t written = 0;
  if (input.empty()) in.closeWrite();
  std::array<char, 65536> buffer;
  while (out.read >= 0) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    pollfd fds[2] = {{out.read, POLLIN, 0}, {in.write, POLLOUT, 0}};
    int ready = ::poll(fds, in.write >= 0 ? 2 : 1, static_cast<int>(left.count()));
    if (ready < 0 && errno != EINTR) return false;
    if (in.write >= 0 && (fds[1].revents & (POLLOUT | POLLERR | POLLHUP))) {
      ssize_t n = ::write(in.write, input.data() + written, input.size() - written);
      if (n < 0 && errno != EINTR && errno != EAGAIN) return false;
      if (n > 0) written += static_cast<std::size_t>(n);
      if (written == input.size()) in.closeWrite();
    }
    if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
      ssize_t n = ::read(out.read, buffer.data(), buffer.size());
      if (n < 0 && errno != EINTR && errno != EAGAIN) return false;
      if (n == 0) out.closeRead();
      if (n > 0) output.append(buffer.data(), static_cast<std::size_t>(n));
    }
  }
  return true;
}

}  // namespace

std::optional<std::string> renderSvg(std::string_view dot) {
  return renderDiagram(dot, "svg", std::chrono::seconds(10));
}

std::optional<std::string> renderDiagram(std::string_view dot, std::string_view format,
                                         std::chrono::milliseconds limit) {
  if (format != "svg" && format != "png") return std::nullopt;
  Pipe in, out;
  if (!in.ok() || !out.ok()) return std::nullopt;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in.read, STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, out.write, STDOUT_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  char program[] = "dot";
  std::string option = "-T" + std::string(format);
  char* argv[] = {program, option.data(), nullptr};
  pid_t pid = 0;
  int spawned = ::posix_spawnp(&pid, program, &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) return std::nullopt;
  in.closeRead();
  out.closeWrite();
  // A write to a pipe dot has closed must fail with EPIPE, not kill the server.
  ::signal(SIGPIPE, SIG_IGN);
  std::string svg;
  bool done = exchange(in, out, dot, svg, std::chrono::steady_clock::now() + limit);
  if (!done) ::kill(pid, SIGKILL);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!done || !WIFEXITED(status) || WEXITSTATUS(status) != 0) return std::nullopt;
  return svg;
}

}  // namespace cg::serve
