// The harness of the differential fuzzer's programs (scripts/fuzz): the path, and the report of
// every caught LifetimeError. A program defines its functions fuzz_program_N, then
//   #define TL_FUZZ_DEFAULT_PATH "1,0"        // the path `prog` runs without --paths
//   #define TL_FUZZ_PROGRAMS fuzz_program_0   // the programs, in index order
//   #include "fuzz_harness.h"
// and declares tl_choice, tl_trips, tl_at and tl_caught before its functions (the checker sees
// them as opaque calls; their definitions are here).
#ifndef TL_FUZZ_HARNESS_H
#define TL_FUZZ_HARNESS_H

#include "tlrt/tlrt.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#ifndef TL_FUZZ_DEFAULT_PATH
#define TL_FUZZ_DEFAULT_PATH ""
#endif
static const char *tl_path = TL_FUZZ_DEFAULT_PATH; // per choice point, the values of its calls
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
static const tl_program tl_programs[] = {TL_FUZZ_PROGRAMS};

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

#endif
