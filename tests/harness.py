"""What the end-to-end test drivers share: a registry of cases (one ctest test each), the failure
they raise, and running a subprocess with a timeout that prints what it did."""
import os
import subprocess
import time
import traceback

SKIP = 77  # ctest's SKIP_RETURN_CODE


class Failure(Exception):
    pass


class Skip(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


class Cases(dict):
    """Cases by name (the function's name with '-' for '_'), registered with `@CASES.case`."""

    def case(self, fn):
        self[fn.__name__.replace("_", "-")] = fn
        return fn

    def run(self, name):
        """Runs one case and returns the test's exit status: 0, 1, or SKIP."""
        try:
            self[name]()
        except Skip as e:
            print(f"SKIP ({name}): {e}")
            return SKIP
        except Failure as e:
            print(f"FAIL ({name}): {e}")
            return 1
        except (KeyError, ValueError, OSError) as e:  # an output that is not what it should be
            traceback.print_exc()
            print(f"FAIL ({name}): {type(e).__name__}: {e}")
            return 1
        print(f"PASS ({name})")
        return 0


class Run:
    def __init__(self, command, returncode, stdout, stderr, seconds):
        self.command, self.returncode = command, returncode
        self.stdout, self.stderr, self.seconds = stdout, stderr, seconds

    def show(self):
        return (f"$ {' '.join(self.command)}\nexit {self.returncode} after {self.seconds:.1f}s\n"
                f"--- stdout\n{self.stdout}--- stderr\n{self.stderr}")


# The scan's test-only fault injections never leak from the test's environment into a run.
TEST_ONLY_ENVIRONMENT = ("TENSORLIFE_SCAN_TEST_CRASH", "TENSORLIFE_SCAN_TEST_HANG")


def run(command, cwd=None, env=None, timeout=120, expect=None):
    """Runs a command with a timeout and prints it; checks its exit code when `expect` is given."""
    full_env = {k: v for k, v in os.environ.items() if k not in TEST_ONLY_ENVIRONMENT}
    full_env.update(env or {})
    start = time.monotonic()
    try:
        p = subprocess.run(command, cwd=cwd, env=full_env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        raise Failure(f"timed out after {timeout}s: {' '.join(command)}\n{e.stderr}")
    r = Run(command, p.returncode, p.stdout, p.stderr, time.monotonic() - start)
    print(r.show())
    if expect is not None:
        check(r.returncode == expect, f"expected exit code {expect}, got {r.returncode}")
    return r
