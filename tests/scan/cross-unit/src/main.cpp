// The callers. A line marked `flagged` is where a scan across units reports a use; plain
// clang-tidy, which sees only this file, reports none of them.
#include "helpers.h"

void closed_by_helper() {
  mini::Session s;
  mini::Tensor t = s.run(mini::Node{});
  app::teardown(s);
  mini::print(t); // flagged
}

void deleted_by_helper() {
  mini::Session *s = new mini::Session;
  mini::Tensor t = s->run(mini::Node{});
  app::destroy(s);
  mini::print(t); // flagged
}

void borrowed_from_parameter() {
  mini::Session s;
  mini::Tensor t = app::first_output(s);
  s.close();
  mini::print(t); // flagged
}

void closed_two_files_away() {
  mini::Session s;
  mini::Tensor t = s.run(mini::Node{});
  app::shutdown(s);
  mini::print(t); // flagged
}

// Looks similar but is fine.

void view_of_a_helpers_local() {
  mini::Tensor t = app::staged();
  mini::print(t); // reported once, in helpers/staging.cpp where the view leaves: not again here
}

void closed_after_the_last_use() {
  mini::Session s;
  mini::Tensor t = s.run(mini::Node{});
  mini::print(t);
  app::teardown(s);
}

void closed_on_some_paths_only() {
  mini::Session s;
  mini::Tensor t = s.run(mini::Node{});
  app::maybe_close(s, false);
  mini::print(t);
}

void the_overload_that_keeps_it_open() {
  mini::Session s;
  mini::Tensor t = s.run(mini::Node{});
  app::teardown(s, 1);
  mini::print(t);
}

void closed_virtually(app::Closer &c) {
  mini::Session s;
  mini::Tensor t = s.run(mini::Node{});
  c.close_it(s);
  mini::print(t);
}

void closed_through_a_function_pointer() {
  void (*close)(mini::Session &) = app::teardown;
  mini::Session s;
  mini::Tensor t = s.run(mini::Node{});
  close(s);
  mini::print(t);
}
