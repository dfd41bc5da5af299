#include "graph/Render.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>

#include "graph/Error.h"

extern char** environ;

namespace cg::graph {
namespace {

// A pipe whose ends close themselves; the child's ends are closed in the parent after the spawn.
struct Pipe {
  int read = -1, write = -1;
  Pipe() {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) throw Error(std::string("cannot make a pipe: ") + std::strerror(errno));
    read = fds[0];
    write = fds[1];
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
};

pid_t spawnDot(std::string_view format, Pipe& in, Pipe& out, Pipe& err) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in.read, STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, out.write, STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err.write, STDERR_FILENO);
  std::string type = "-T";
  type.append(format);
  std::array<char*, 3> argv = {const_cast<char*>("dot"), type.data(), nullptr};
  pid_t pid = -1;
  int rc = posix_spawnp(&pid, "dot", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc == ENOENT)
    throw Error("GraphViz's 'dot' is not installed (Debian: apt-get install graphviz); use --format dot instead");
  if (rc != 0) throw Error(std::string("cannot start GraphViz's 'dot': ") + std::strerror(rc));
  in.closeRead();
  out.closeWrite();
  err.closeWrite();
  return pid;
}

// Reads what is ready on one of the child's output pipes; closes it at its end.
void drain(short revents, Pipe& pipe, std::string& sink, std::array<char, 1 << 16>& buffer) {
  if (pipe.read < 0 || !(revents & (POLLIN | POLLERR | POLLHUP))) return;
  ssize_t n = ::read(pipe.read, buffer.data(), buffer.size());
  if (n > 0) sink.append(buffer.data(), static_cast<std::size_t>(n));
  if (n == 0 || (n < 0 && errno != EINTR)) pipe.closeRead();
}

// Writes `input` to the child while reading its output and errors, so that neither side can
// block the other on a full pipe.
void exchange(std::string_view input, Pipe& in, Pipe& out, Pipe& err, std::string& output, std::string& errors) {
  std::size_t written = 0;
  if (input.empty()) in.closeWrite();
  std::array<char, 1 << 16> buffer{};
  while (out.read >= 0 || err.read >= 0) {
    std::array<pollfd, 3> fds = {pollfd{in.write, POLLOUT, 0}, pollfd{out.read, POLLIN, 0},
                                 pollfd{err.read, POLLIN, 0}};
    if (::poll(fds.data(), fds.size(), -1) < 0) {
      if (errno == EINTR) continue;
      throw Error(std::string("cannot wait for GraphViz's 'dot': ") + std::strerror(errno));
    }
    if (in.write >= 0 && (fds[0].revents & (POLLOUT | POLLERR | POLLHUP))) {
      ssize_t n = ::write(in.write, input.data() + written, input.size() - written);
      if (n > 0) written += static_cast<std::size_t>(n);
      if (n < 0 && errno != EINTR && errno != EAGAIN) in.closeWrite();  // dot stopped reading
      if (written == input.size()) in.closeWrite();
    }
    drain(fds[1].revents, out, output, buffer);
    drain(fds[2].revents, err, errors, buffer);
  }
}

}  // namespace

std::string renderDot(std::string_view dot, std::string_view format) {
  if (format != "svg" && format != "png") throw Error("GraphViz output format must be svg or png");
  // A `dot` that exits early must not kill us with SIGPIPE on the write.
  struct sigaction ignore {
  }, previous{};
  ignore.sa_handler = SIG_IGN;
  ::sigaction(SIGPIPE, &ignore, &previous);
  Pipe in, out, err;
  std::string output, errors;
  pid_t pid = -1;
  try {
    pid = spawnDot(format, in, out, err);
    exchange(dot, in, out, err, output, errors);
  } catch (...) {
    if (pid > 0) ::kill(pid, SIGKILL), ::waitpid(pid, nullptr, 0);
    ::sigaction(SIGPIPE, &previous, nullptr);
    throw;  // not a skip: the error goes on, the child is reaped
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  ::sigaction(SIGPIPE, &previous, nullptr);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::string said = errors.substr(0, errors.find('\n'));
    throw Error("GraphViz failed to render the diagram" + (said.empty() ? std::string() : ": " + said));
  }
  return output;
}

}  // namespace cg::graph
