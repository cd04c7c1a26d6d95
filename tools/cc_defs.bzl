"""C++ rules for accord's own targets: the native rules plus accord's flags.

accord is C++17. Its flags live on its targets, not only in its .bazelrc, so a
workspace that depends on @accord (tools/repositories.bzl) builds accord's
libraries and binaries correctly with its own .bazelrc.

    load("//tools:cc_defs.bzl", "cc_binary", "cc_library", "cc_test")

Every BUILD file of accord that defines C++ targets loads these instead of
the native rules; a target's own `copts` come after ACCORD_COPTS.
"""

# -Wno-deprecated-declarations: Debian's Protobuf 3.21 and Abseil headers
# mark APIs accord still uses as deprecated; the warnings are noise.
ACCORD_COPTS = [
    "-std=c++17",
    "-Wno-deprecated-declarations",
]

def _with_accord_copts(kwargs):
    kwargs["copts"] = ACCORD_COPTS + kwargs.pop("copts", [])
    return kwargs

def cc_binary(**kwargs):
    native.cc_binary(**_with_accord_copts(kwargs))

def cc_library(**kwargs):
    native.cc_library(**_with_accord_copts(kwargs))

def cc_test(**kwargs):
    native.cc_test(**_with_accord_copts(kwargs))
