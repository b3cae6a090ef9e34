// Differential fuzzer (scripts/fuzz), seed 1, program 7; reduced. Checker and runtime agree: 4 warnings, each confirmed by a LifetimeError on some path (8 paths run).
// Path: "1,0,0" (the values of the choice points, see the harness).
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
  tlrt::Tensor t2 = tlrt::ones(3);
  if (tl_choice(0)) {
    (void)t1.to_vector();
    tlrt::release(t1);
    tlrt::print(t1);
    // CHECK-NOTES: :[[@LINE-1]]:17: warning: 't1' is read after it was released [tensorlife-use-after-release]
    // CHECK-NOTES: :[[@LINE-3]]:5: note: 't1' was released here
  } else {
    tlrt::release(t1);
    {
      tlrt::Scope sc3("sc3");
      tlrt::Tensor *p4 = &t2;
      if (tl_choice(1)) {
        tlrt::HostBuffer hb5({1, 2, 3});
      } else {
        (void)p4->to_vector();
      }
      (void)t2.to_vector();
      tlrt::Tensor t6 = tlrt::ones(3);
      tlrt::Tensor t7 = tlrt::tensor({1, 2, 3});
    }
    {
      tlrt::Scope sc8("sc8");
      (void)t1.to_vector();
      // CHECK-NOTES: :[[@LINE-1]]:13: warning: 't1' is read after it was released [tensorlife-use-after-release]
      // CHECK-NOTES: :[[@LINE-17]]:5: note: 't1' was released here
      if (tl_choice(2)) {
        tlrt::Tensor t9 = tlrt::ones(3);
        tlrt::HostBuffer hb10({1, 2, 3});
        tlrt::release(t2);
      } else {
        tlrt::Tensor t11 = tlrt::add(t1, t1);
        tlrt::Tensor t12 = tlrt::ones(3);
      }
      {
        tlrt::print(t1 + t2);
        // CHECK-NOTES: :[[@LINE-1]]:21: warning: 't1 + t2' is read after its inputs 't1' and 't2' were released [tensorlife-use-after-release]
        // CHECK-NOTES: :[[@LINE-29]]:5: note: 't1' was released here
        // CHECK-NOTES: :[[@LINE-9]]:9: note: 't2' was released here
        // CHECK-NOTES: :[[@LINE-13]]:11: note: assuming this condition is true
        tlrt::print(t2 + t1);
        // CHECK-NOTES: :[[@LINE-1]]:21: warning: 't2 + t1' is read after its inputs 't1' and 't2' were released [tensorlife-use-after-release]
        // CHECK-NOTES: :[[@LINE-34]]:5: note: 't1' was released here
        // CHECK-NOTES: :[[@LINE-14]]:9: note: 't2' was released here
        // CHECK-NOTES: :[[@LINE-18]]:11: note: assuming this condition is true
        tlrt::Tensor t13 = t2 * t2;
        tlrt::Tensor t14 = tlrt::tensor({1, 2, 3});
      }
    }
  }
}

// ---- fuzz harness: the path, and the report of every caught LifetimeError -------------------
static const char *tl_path = "1,0,0"; // per choice point, the values of its calls
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
