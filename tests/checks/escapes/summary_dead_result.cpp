// A helper whose result escapes dead is reported once, at its return: its summary says the result
// is dead (result_dead), so a caller's uses of it, and a caller passing it on, are not reported a
// second time. Recursion and mutual recursion terminate.
#include "tlrt/tlrt.h"

#include <vector>

tlrt::Tensor loadPixels() {
  tlrt::HostBuffer buf(std::vector<float>{0.1f, 0.2f});
  return tlrt::from_blob(buf);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: returned tensor 'tlrt::from_blob(buf)' views buffer 'buf', which is destroyed when 'loadPixels' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:20: note: buffer 'buf' is a local of 'loadPixels', declared here
}

void printPixels() {
  tlrt::Tensor pixels = loadPixels();
  tlrt::print(pixels); // dangling, but reported where it escaped
  tlrt::Tensor copy = pixels.clone();
  tlrt::print(copy);
}

tlrt::Tensor passedOn() { return loadPixels(); }
tlrt::Tensor passedOnTwice() {
  tlrt::Tensor t = passedOn();
  return t;
}

void printPassedOn() { tlrt::print(passedOnTwice()); }

tlrt::Tensor countdown(int n) {
  if (n > 0)
    return countdown(n - 1);
  tlrt::HostBuffer buf(std::vector<float>{1, 2});
  return tlrt::from_blob(buf);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: returned tensor 'tlrt::from_blob(buf)' views buffer 'buf', which is destroyed when 'countdown' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:20: note: buffer 'buf' is a local of 'countdown', declared here
}

tlrt::Tensor pong(int n);
tlrt::Tensor ping(int n) {
  if (n > 0)
    return pong(n - 1);
  tlrt::HostBuffer buf(std::vector<float>{1, 2});
  return tlrt::from_blob(buf);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: returned tensor 'tlrt::from_blob(buf)' views buffer 'buf', which is destroyed when 'ping' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:20: note: buffer 'buf' is a local of 'ping', declared here
}
tlrt::Tensor pong(int n) { return ping(n); }

void printRecursive() {
  tlrt::print(countdown(3));
  tlrt::print(pong(3));
}

// Looks similar but is fine: a helper returning a view over the caller's buffer is summarised as
// a view of its argument, which the caller keeps alive while it reads.
tlrt::Tensor viewOf(tlrt::HostBuffer &buf) { return tlrt::from_blob(buf); }
void readWhileAlive() {
  tlrt::HostBuffer buf(std::vector<float>{1, 2});
  tlrt::Tensor view = viewOf(buf);
  tlrt::print(view);
}

// ... and the same view read after the caller freed the buffer is the caller's bug.
void readAfterFree() {
  tlrt::HostBuffer buf(std::vector<float>{1, 2});
  tlrt::Tensor view = viewOf(buf);
  buf.free();
  tlrt::print(view);
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: 'view' is read after buffer 'buf' was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'buf' was released here
}
