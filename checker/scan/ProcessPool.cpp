#include "ProcessPool.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <map>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char **environ;

namespace tensorlife::scan {
namespace {

using Clock = std::chrono::steady_clock;

struct Running {
  size_t Index;
  pid_t Pid;
  Clock::time_point Start;
};

pid_t spawnWorker(const WorkerRun &Run, uint64_t MaxMemoryBytes, std::string &Error) {
  posix_spawn_file_actions_t Actions;
  posix_spawn_file_actions_init(&Actions);
  posix_spawn_file_actions_addopen(&Actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&Actions, 1, Run.LogPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(&Actions, 1, 2);

  posix_spawnattr_t Attr;
  posix_spawnattr_init(&Attr);
  // Own process group: Ctrl-C reaches the supervisor only, and a kill reaches the whole worker.
  posix_spawnattr_setpgroup(&Attr, 0);
  sigset_t Empty, Defaults;
  sigemptyset(&Empty);
  sigemptyset(&Defaults);
  sigaddset(&Defaults, SIGINT);
  sigaddset(&Defaults, SIGTERM);
  sigaddset(&Defaults, SIGPIPE);
  posix_spawnattr_setsigmask(&Attr, &Empty);
  posix_spawnattr_setsigdefault(&Attr, &Defaults);
  posix_spawnattr_setflags(&Attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

  std::vector<char *> Argv;
  for (const std::string &A : Run.Argv)
    Argv.push_back(const_cast<char *>(A.c_str()));
  Argv.push_back(nullptr);
  pid_t Pid = -1;
  int Status = posix_spawn(&Pid, Argv[0], &Actions, &Attr, Argv.data(), environ);
  posix_spawn_file_actions_destroy(&Actions);
  posix_spawnattr_destroy(&Attr);
  if (Status != 0) {
    Error = std::string("cannot start a worker: ") + std::strerror(Status);
    return -1;
  }
  // posix_spawn returns once the worker has exec'd, so the limit holds from its first steps on;
  // allocations beyond it fail in the worker, which exits with WorkerExitOutOfMemory.
  if (MaxMemoryBytes) {
    struct rlimit Limit = {MaxMemoryBytes, MaxMemoryBytes};
    if (::prlimit(Pid, RLIMIT_AS, &Limit, nullptr) != 0) {
      Error = std::string("cannot limit a worker's memory: ") + std::strerror(errno);
      ::kill(Pid, SIGKILL);
      while (::waitpid(Pid, nullptr, 0) < 0 && errno == EINTR) {
      }
      return -1;
    }
  }
  return Pid;
}

void killAndReap(pid_t Pid) {
  ::kill(-Pid, SIGKILL);
  ::kill(Pid, SIGKILL);
  int Status;
  while (::waitpid(Pid, &Status, 0) < 0 && errno == EINTR) {
  }
}

} // namespace

void runWorkers(const std::vector<WorkerRun> &Runs, unsigned Jobs, double TimeoutSeconds,
                uint64_t MaxMemoryBytes,
                const std::function<void(size_t, const WorkerOutcome &)> &OnDone,
                const std::function<void()> &OnTick, const std::function<bool()> &ShouldStop) {
  std::vector<Running> Active;
  size_t Next = 0;
  auto Seconds = [](Clock::time_point Since) {
    return std::chrono::duration<double>(Clock::now() - Since).count();
  };
  while (Next < Runs.size() || !Active.empty()) {
    if (ShouldStop()) {
      for (const Running &R : Active) {
        killAndReap(R.Pid);
        WorkerOutcome O;
        O.What = WorkerOutcome::Interrupted;
        O.Seconds = Seconds(R.Start);
        OnDone(R.Index, O);
      }
      Active.clear();
      for (; Next < Runs.size(); ++Next) {
        WorkerOutcome O;
        O.What = WorkerOutcome::Interrupted;
        OnDone(Next, O);
      }
      return;
    }
    while (Active.size() < Jobs && Next < Runs.size()) {
      std::string Error;
      pid_t Pid = spawnWorker(Runs[Next], MaxMemoryBytes, Error);
      if (Pid < 0) {
        WorkerOutcome O;
        O.What = WorkerOutcome::SpawnFailed;
        O.Error = Error;
        OnDone(Next++, O);
        continue;
      }
      Active.push_back({Next++, Pid, Clock::now()});
    }
    for (size_t I = 0; I < Active.size();) {
      Running R = Active[I];
      int Status = 0;
      pid_t Got = ::waitpid(R.Pid, &Status, WNOHANG);
      WorkerOutcome O;
      O.Seconds = Seconds(R.Start);
      if (Got == R.Pid) {
        if (WIFSIGNALED(Status)) {
          O.What = WorkerOutcome::Signaled;
          O.Signal = WTERMSIG(Status);
        } else {
          O.What = WorkerOutcome::Exited;
          O.ExitCode = WEXITSTATUS(Status);
        }
      } else if (TimeoutSeconds > 0 && O.Seconds > TimeoutSeconds) {
        killAndReap(R.Pid);
        O.What = WorkerOutcome::TimedOut;
      } else {
        ++I;
        continue;
      }
      Active.erase(Active.begin() + I);
      OnDone(R.Index, O);
    }
    OnTick();
    if (!Active.empty())
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

std::string logTail(const std::string &Path, size_t MaxBytes) {
  std::ifstream In(Path, std::ios::binary);
  if (!In)
    return "";
  In.seekg(0, std::ios::end);
  std::streamoff Size = In.tellg();
  std::streamoff From = Size > static_cast<std::streamoff>(MaxBytes) ? Size - MaxBytes : 0;
  In.seekg(From);
  std::string Text((std::istreambuf_iterator<char>(In)), std::istreambuf_iterator<char>());
  if (From > 0) {
    size_t NewLine = Text.find('\n');
    Text = "..." + (NewLine == std::string::npos ? Text : Text.substr(NewLine));
  }
  while (!Text.empty() && (Text.back() == '\n' || Text.back() == ' '))
    Text.pop_back();
  return Text;
}

} // namespace tensorlife::scan
