"""A minimal Language Server Protocol client over a server's stdin/stdout, enough to drive clangd
from a test: JSON-RPC framing, requests and notifications, and waiting for a message with a
deadline so that a silent or crashed server fails the test instead of hanging it."""
import json
import queue
import subprocess
import threading
import time


class LspError(Exception):
    pass


class LspClient:
    def __init__(self, command, cwd, env, stderr_path):
        self._stderr = open(stderr_path, "w+b")
        self.process = subprocess.Popen(command, cwd=cwd, env=env, stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=self._stderr)
        self._messages = queue.Queue()
        self._next_id = 1
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        """Reader thread: one JSON-RPC message per put; None when the server closed stdout."""
        out = self.process.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    self._messages.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            self._messages.put(json.loads(out.read(length)))

    def _send(self, message):
        body = json.dumps(dict(message, jsonrpc="2.0")).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def notify(self, method, params):
        self._send({"method": method, "params": params})

    def request(self, method, params, timeout):
        """Sends a request and returns its result; other messages that arrive meanwhile are kept."""
        request_id = self._next_id
        self._next_id += 1
        self._send({"id": request_id, "method": method, "params": params})
        response = self.wait_for(lambda m: m.get("id") == request_id and "method" not in m,
                                 timeout, f"response to '{method}'")
        if "error" in response:
            raise LspError(f"'{method}' failed: {response['error']}")
        return response.get("result")

    def wait_for(self, predicate, timeout, what):
        """Returns the first message matching predicate. Server requests are answered with null
        (clangd asks e.g. for work-done progress tokens); other messages are dropped."""
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise LspError(f"timed out after {timeout}s waiting for {what}")
            try:
                message = self._messages.get(timeout=remaining)
            except queue.Empty:
                continue
            if message is None:
                raise LspError(f"server closed its output (exit code {self.process.poll()}) "
                               f"while waiting for {what}")
            if "method" in message and "id" in message:
                self._send({"id": message["id"], "result": None})
            if predicate(message):
                return message

    def shutdown(self, timeout):
        """The LSP shutdown handshake; returns the server's exit code."""
        self.request("shutdown", None, timeout)
        self.notify("exit", None)
        self.process.stdin.close()
        return self.process.wait(timeout=timeout)

    def stderr_text(self):
        self._stderr.flush()
        self._stderr.seek(0)
        return self._stderr.read().decode("utf-8", "replace")

    def kill(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self._stderr.close()
