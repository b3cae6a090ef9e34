"""A clangd session on a throwaway copy of the fixture project: the project (sources, .clang-tidy,
a compile_commands.json generated for this machine) in a temporary directory, the server started
on it and initialized, and helpers to open or edit a document and wait for its diagnostics."""
import json
import os
import pathlib
import shutil
import tempfile

from lsp_client import LspClient

FIXTURE = pathlib.Path(__file__).resolve().parent / "fixture"

# Generous: the first diagnostics of a file wait for its preamble (the C++ standard library),
# and ctest runs tests in parallel. A server that does not answer still fails, it just takes this.
TIMEOUT = 90


class ClangdSession:
    def __init__(self, include_dirs, configure=None, fixture=FIXTURE):
        """A copy of `fixture` (every .cpp in it a unit, compiled with `include_dirs`; a relative
        one is in the copy); configure(root), if given, edits it before the server starts."""
        self._tmp = tempfile.TemporaryDirectory(prefix="tensorlife-clangd-")
        self.root = pathlib.Path(self._tmp.name) / "project"
        shutil.copytree(fixture, self.root)
        sources = sorted(self.root.rglob("*.cpp"))
        flags = ["-I" + str(self.root / d) for d in include_dirs]
        (self.root / "compile_commands.json").write_text(json.dumps([
            {"directory": str(self.root), "file": str(source),
             "arguments": ["c++", "-std=c++17", *flags, "-c", str(source)]}
            for source in sources], indent=1))
        if configure:
            configure(self.root)
        self.client = None
        self.published = []  # every publishDiagnostics seen, in order

    def start(self, clangd):
        """Starts the server on the project and completes the initialize handshake."""
        # The user's configuration (~/.config/clangd/config.yaml) must not change what the test
        # sees. Ours only skips indexing the standard library: unrelated to diagnostics, it costs
        # CPU while the test runs and delays the exit by seconds.
        xdg = self.root.parent / "xdg"
        (xdg / "clangd").mkdir(parents=True)
        (xdg / "clangd" / "config.yaml").write_text("Index:\n  StandardLibrary: No\n")
        env = dict(os.environ, XDG_CONFIG_HOME=str(xdg))
        self.client = LspClient([clangd, "--background-index=false"], cwd=self.root, env=env,
                                stderr_path=self.root.parent / "clangd.log")
        self.client.request("initialize", {
            "processId": os.getpid(),
            "rootUri": self.root.as_uri(),
            "capabilities": {"textDocument": {"publishDiagnostics": {"relatedInformation": True}}},
        }, TIMEOUT)
        self.client.notify("initialized", {})

    def uri(self, name):
        return (self.root / name).as_uri()

    def text(self, name):
        return (self.root / name).read_text()

    def open(self, name, text=None):
        """didOpen (version 1) with the file's text or the given one; returns its diagnostics."""
        self.client.notify("textDocument/didOpen", {"textDocument": {
            "uri": self.uri(name), "languageId": "cpp", "version": 1,
            "text": self.text(name) if text is None else text}})
        return self._diagnostics(name, 1)

    def change(self, name, version, text):
        """didChange to the whole new text; returns the diagnostics of that version."""
        self.client.notify("textDocument/didChange", {
            "textDocument": {"uri": self.uri(name), "version": version},
            "contentChanges": [{"text": text}]})
        return self._diagnostics(name, version)

    def _diagnostics(self, name, version):
        uri = self.uri(name)

        def is_wanted(message):
            if message.get("method") != "textDocument/publishDiagnostics":
                return False
            self.published.append(message["params"])
            return message["params"]["uri"] == uri and message["params"].get("version") == version

        message = self.client.wait_for(is_wanted, TIMEOUT,
                                       f"diagnostics of {name} version {version}")
        return message["params"]["diagnostics"]

    def shutdown(self):
        """The LSP shutdown handshake; returns the server's exit code."""
        return self.client.shutdown(TIMEOUT)

    def log(self):
        return self.client.stderr_text() if self.client else ""

    def close(self):
        if self.client:
            self.client.kill()
        self._tmp.cleanup()
