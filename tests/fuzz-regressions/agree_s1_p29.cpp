// Differential fuzzer (scripts/fuzz), seed 1, program 29; reduced. Checker and runtime agree: 4 warnings, each confirmed by a LifetimeError on some path (4 paths run).
// Path: "0,0" (the values of the choice points, see the harness).
// RUNTIME: use-after-release
#include "tlrt/tlrt.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

int tl_choice(int point); // a branch: 0 or 1, opaque to the checker, fixed by the path
int tl_trips(int point);  // a loop's trip count: 0, 1 or 2
void tl_at(int line);
void tl_caught(int line, const tlrt::LifetimeError &error, bool fatal);

void fuzz_program_0() {
  tlrt::Graph g;
  tlrt::Node n0 = g.constant({1, 2, 3});
  tlrt::Node n1 = g.add(n0, n0);
  tlrt::Tensor t1 = tlrt::ones(3);
  tlrt::Tensor t2 = tlrt::add(t1, t1);
  tlrt::Tensor t3 = tlrt::ones(3);
  tlrt::release(t2);
  (void)t2.at(0);
  // CHECK-NOTES: :[[@LINE-1]]:9: warning: 't2' is read after it was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't2' was released here
  if (tl_choice(0)) {
    {
      (void)t3.at(0);
      if (tl_choice(1)) {
        (void)t2.to_vector();
        // CHECK-NOTES: :[[@LINE-1]]:15: warning: 't2' is read after it was released [tensorlife-use-after-release]
        // CHECK-NOTES: :[[@LINE-10]]:3: note: 't2' was released here
        tlrt::Tensor c4 = t3;
        tlrt::Tensor c5 = c4;
        tlrt::Tensor t6 = tlrt::ones(3);
      } else {
        tlrt::print(t2 + t3);
        // CHECK-NOTES: :[[@LINE-1]]:21: warning: 't2 + t3' is read after its input 't2' was released [tensorlife-use-after-release]
        // CHECK-NOTES: :[[@LINE-17]]:3: note: 't2' was released here
        (void)t2.to_vector();
        // CHECK-NOTES: :[[@LINE-1]]:15: warning: 't2' is read after it was released [tensorlife-use-after-release]
        // CHECK-NOTES: :[[@LINE-20]]:3: note: 't2' was released here
      }
      tlrt::Tensor t7 = t2 * t1;
    }
  }
}

// ---- fuzz harness: the path, and the report of every caught LifetimeError -------------------
static const char *tl_path = "0,0"; // per choice point, the values of its calls
static std::vector<std::string> tl_fields;
static std::vector<int> tl_calls;
static std::vector<int> tl_lines;
struct tl_truncated {};

static void tl_set_path(const char *path) {
  tl_fields.clear();
  tl_calls.clear();
  std::string field;
  for (const char *c = path;; ++c) {
    if (*c == ',' || *c == 0) {
      tl_fields.push_back(field);
      field.clear();
      if (*c == 0)
        break;
    } else {
      field += *c;
    }
  }
  tl_calls.assign(tl_fields.size() + 64, 0);
}

static int tl_value(int point) {
  if (point < 0 || point >= (int)tl_fields.size() || tl_fields[point].empty())
    return 0;
  const std::string &f = tl_fields[point];
  int call = tl_calls[point]++;
  return f[call < (int)f.size() ? call : f.size() - 1] - '0';
}

int tl_choice(int point) { return tl_value(point); }
int tl_trips(int point) { return tl_value(point); }
void tl_at(int line) { tl_lines.push_back(line); }
void tl_caught(int line, const tlrt::LifetimeError &error, bool fatal) {
  std::printf("TLFUZZ error %d %s\n", line, tlrt::to_string(error.kind()));
  if (fatal)
    throw tl_truncated{};
}


typedef void (*tl_program)();
static const tl_program tl_programs[] = {fuzz_program_0};

// `prog` runs program 0 on the default path and lets a LifetimeError end it (checked mode exits
// 3); `prog --paths` reads "INDEX PATH" lines and runs each, reporting what it caught.
int main(int argc, char **argv) {
  tlrt::register_op("tl_neg", [](const std::vector<std::vector<float>> &in) {
    std::vector<float> out = in[0];
    for (float &v : out)
      v = -v;
    return out;
  });
  if (argc < 2 || std::strcmp(argv[1], "--paths") != 0) {
    tl_set_path(tl_path);
    tl_programs[0]();
    return 0;
  }
  char line[4096];
  while (std::fgets(line, sizeof line, stdin)) {
    int index = 0;
    char path[4000] = "";
    if (std::sscanf(line, "%d %3999s", &index, path) < 1)
      continue;
    if (std::strcmp(path, "-") == 0)
      path[0] = 0;
    tl_set_path(path);
    tl_lines.clear();
    std::printf("TLFUZZ begin %d %s\n", index, path);
    try {
      tl_programs[index]();
    } catch (const tl_truncated &) {
      std::printf("TLFUZZ truncated\n");
    } catch (const std::exception &e) {
      std::printf("TLFUZZ invalid %s\n", e.what());
    }
    std::printf("TLFUZZ lines");
    for (int l : tl_lines)
      std::printf(" %d", l);
    std::printf("\nTLFUZZ end\n");
    std::fflush(stdout);
  }
  return 0;
}
