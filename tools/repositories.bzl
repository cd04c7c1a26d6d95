"""The external repositories accord needs, for its own WORKSPACE and for yours.

A workspace that uses accord's rules (tools/accord.bzl) needs two statements:

    local_repository(name = "accord", path = "/path/to/accord")

    load("@accord//tools:repositories.bzl", "accord_dependencies")

    accord_dependencies()

accord builds offline on Debian packages (tools/bazel installs them; a consumer
installs the same list, README.md "Using accord from your workspace"): every
repository below maps a canonical name to a system path, with a small BUILD
file from accord's third_party/. Labels and paths are resolved against the
repository this file is loaded from, so the same list serves accord's own
WORKSPACE and a consumer's.

Each repository is declared only if the workspace has not declared it already
(the first definition wins), so a workspace may bring its own; it must then
offer the targets accord's BUILD files use (`@com_google_absl//:absl`,
`@com_googlesource_code_re2//:re2`, `@com_google_protobuf//:protobuf`,
`:protoc`, `:cc_toolchain`, ...; see third_party/*.BUILD).
"""

def _accord_path(rctx, relative):
    """Absolute path of `relative` inside the repository holding this file."""
    path = rctx.path(rctx.attr._anchor).dirname
    for part in relative.split("/"):
        path = path.get_child(part)
    return path

def _accord_subdirectory_impl(rctx):
    src = _accord_path(rctx, rctx.attr.directory)
    if not src.exists:
        fail("accord: %s does not exist" % src)
    for child in src.readdir():
        rctx.symlink(child, child.basename)

# A repository made of a directory of accord's checkout. A relative path in
# local_repository would be read from the consuming workspace, not accord.
_accord_subdirectory = repository_rule(
    implementation = _accord_subdirectory_impl,
    attrs = {
        "directory": attr.string(mandatory = True),
        "_anchor": attr.label(default = Label("//:VERSION")),
    },
    local = True,
)

# The Debian packages whose files accord's actions read without declaring
# them: headers under /usr/include (compiling), shared libraries under /usr/lib
# (running accord), the compiler. tools/bazel installs the same libraries.
_SYSTEM_PACKAGES = [
    "g++",
    "gcc",
    "libabsl-dev",
    "libbenchmark-dev",
    "libc6-dev",
    "libgmock-dev",
    "libgoogle-perftools-dev",
    "libgtest-dev",
    "libprotobuf-dev",
    "libre2-dev",
    "protobuf-compiler",
]

def _accord_system_libraries_impl(rctx):
    result = rctx.execute(
        ["dpkg-query", "-W", "--showformat=${Package} ${Version}\\n"] + _SYSTEM_PACKAGES,
    )

    # dpkg-query exits 1 when some package is missing and still lists the rest.
    lines = sorted([l for l in result.stdout.splitlines() if l.strip()])
    if result.return_code not in (0, 1) or not lines:
        lines = ["dpkg-query unavailable: %s" % result.stderr.strip()]
    rctx.file("versions.txt", "\n".join(lines) + "\n")
    rctx.file("versions.h", "\n".join([
        "// The Debian packages accord is built against (tools/repositories.bzl).",
        "// No code includes this header: it is an input of every C++ compile",
        "// action, so action caches key on these versions.",
    ] + ["// " + l for l in lines]) + "\n")
    rctx.file("BUILD.bazel", """package(default_visibility = ["//visibility:public"])

exports_files(["versions.txt"])

cc_library(
    name = "versions",
    hdrs = ["versions.h"],
)
""")

# @accord_system_libraries: the installed versions of _SYSTEM_PACKAGES, as
# versions.txt (in the runfiles of //tools:accord, so extraction and
# reconciliation actions key on the shared libraries accord runs with) and
# versions.h (a header of every third_party library, so compile actions key
# on the headers). Without it two machines with different Debian packages
# would share cache entries built against different libraries. Re-read at
# every Bazel server start (local = True), e.g. after an apt upgrade.
_accord_system_libraries = repository_rule(
    implementation = _accord_system_libraries_impl,
    local = True,
)

def _maybe(rule, name, **kwargs):
    if name not in native.existing_rules():
        rule(name = name, **kwargs)

def _build_file(name):
    # str(Label(...)) names accord's repository explicitly ("@accord//...")
    # when this file is loaded from another workspace.
    return str(Label("//third_party:%s.BUILD" % name))

def accord_dependencies():
    """Declares every external repository accord's targets and rules need."""

    # Stand-ins for repositories Bazel 4's built-in WORKSPACE would download.
    _maybe(
        _accord_subdirectory,
        name = "rules_cc",
        directory = "third_party/rules_cc",
    )
    _maybe(
        native.local_repository,
        name = "rules_java",
        path = "/usr/share/bazel/rules/java",  # Debian's bazel-rules-java
    )
    _maybe(
        _accord_subdirectory,
        name = "remote_coverage_tools",
        directory = "third_party/remote_coverage_tools",
    )

    # The versions of the system packages below, as inputs of every action.
    _maybe(_accord_system_libraries, name = "accord_system_libraries")

    # System libraries (Debian packages), exposed under their canonical names.
    _maybe(
        native.new_local_repository,
        name = "com_google_protobuf",
        build_file = _build_file("protobuf"),
        path = "/usr",
    )
    _maybe(
        native.new_local_repository,
        name = "com_google_absl",
        build_file = _build_file("absl"),
        path = "/usr/include/absl",
    )
    _maybe(
        native.new_local_repository,
        name = "com_googlesource_code_re2",
        build_file = _build_file("re2"),
        path = "/usr/include/re2",
    )
    _maybe(
        native.new_local_repository,
        name = "com_google_googletest",
        build_file = _build_file("googletest"),
        path = "/usr/include/gtest",
    )
    _maybe(
        native.new_local_repository,
        name = "com_github_google_benchmark",
        build_file = _build_file("benchmark"),
        path = "/usr/include/benchmark",
    )
    _maybe(
        native.new_local_repository,
        name = "wordnet",
        build_file = _build_file("wordnet"),
        path = "/usr/share/wordnet",
    )
