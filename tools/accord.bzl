"""Bazel rules for running accord over a newsroom's articles in batch.

    load("//tools:accord.bzl", "accord_claims", "accord_report", "accord_golden_test")

    accord_claims(
        name = "story_claims",
        srcs = glob(["story/*.txt", "story/*.meta"]),
    )

    accord_report(
        name = "story",              # story.md, story.html, story.json
        claims = [":story_claims"],
    )

    accord_golden_test(
        name = "story_golden_test",  # bazel run :story_golden_test.update
        srcs = [":story"],
        golden_dir = "story/golden",
    )

Extraction runs in a Bazel persistent worker (`accord --persistent_worker`)
when the strategy allows it, the default; `--strategy=AccordExtract=local`
runs one process per article instead, with the same outputs.

Every action is hermetic: it reads only its declared inputs (the article,
its .meta sidecar, the accord binary whose gazetteer, lexicon and rules are
compiled in) and writes deterministic bytes, so Bazel caches it. Editing one
article re-runs that article's extraction and the reconciliation, nothing
else. See docs/batch.md.
"""

_ACCORD = Label("//tools:accord")
_GOLDEN_SCRIPT = Label("//tools:golden_test.sh")

_CLAIM_EXTENSIONS = [".textproto", ".txtpb", ".pbtxt", ".json", ".pb", ".binpb"]

def _stem(basename):
    """'000_x.txt' -> '000_x' (the document id accord gives the article)."""
    i = basename.rfind(".")
    return basename[:i] if i > 0 else basename

def _accord_claims_impl(ctx):
    metas = {f.path: f for f in ctx.files.srcs if f.basename.endswith(".meta")}
    outs = []
    seen = {}
    for src in ctx.files.srcs:
        if src.basename.endswith(".meta"):
            continue
        stem = _stem(src.basename)
        if stem in seen:
            fail("%s and %s would both be document '%s'" % (seen[stem], src.short_path, stem))
        seen[stem] = src.short_path
        out = ctx.actions.declare_file("%s/%s.%s" % (ctx.label.name, stem, ctx.attr.format))
        inputs = [src]
        # NAME.txt.meta first, then NAME.meta (as the reader pairs them).
        meta = metas.get(src.path + ".meta") or metas.get(src.path[:len(src.path) - len(src.basename)] + stem + ".meta")
        if meta:
            inputs.append(meta)
        # All arguments go through a params file ("accord @FILE"): Bazel's
        # persistent workers require one, and send its lines as a request.
        args = ctx.actions.args()
        args.use_param_file("@%s", use_always = True)
        args.set_param_file_format("multiline")
        args.add("extract")
        args.add("--out=" + out.path)
        args.add_all(ctx.attr.flags)
        args.add(src)
        ctx.actions.run(
            executable = ctx.executable._accord,
            arguments = [args],
            inputs = inputs,
            outputs = [out],
            mnemonic = "AccordExtract",
            # One long-lived `accord --persistent_worker` per worker slot
            # serves every article: the rules compile once per build. Run
            # without it with --strategy=AccordExtract=processwrapper-sandbox
            # (or local); the outputs are the same bytes.
            execution_requirements = {
                "supports-workers": "1",
                "requires-worker-protocol": "proto",
            },
            progress_message = "accord extract %s" % src.short_path,
        )
        outs.append(out)
    return [DefaultInfo(files = depset(outs), runfiles = ctx.runfiles(files = outs))]

accord_claims = rule(
    implementation = _accord_claims_impl,
    doc = """Extracts claims from articles: one action and one claim file per
article (`<name>/<article stem>.<format>`, a ClaimSet carrying the Document
and its claims). `.meta` sidecars in srcs go with their article.""",
    attrs = {
        "srcs": attr.label_list(
            allow_files = True,
            doc = "Articles (.txt, .md) and their NAME.meta sidecars.",
        ),
        "format": attr.string(
            default = "textproto",
            values = ["textproto", "json", "pb"],
            doc = "Claim file encoding.",
        ),
        "flags": attr.string_list(
            doc = "Extra `accord extract` flags, e.g. --max_sentence_bytes=4000.",
        ),
        "_accord": attr.label(
            default = _ACCORD,
            executable = True,
            cfg = "exec",
        ),
    },
)

def _accord_report_impl(ctx):
    outs = {}
    for fmt in ctx.attr.formats:
        outs[fmt] = ctx.actions.declare_file("%s.%s" % (ctx.label.name, fmt))
    inputs = ctx.files.claims
    for f in inputs:
        if not [e for e in _CLAIM_EXTENSIONS if f.basename.endswith(e)]:
            fail("%s is not a claim file (%s); extract articles with accord_claims" %
                 (f.short_path, ", ".join(_CLAIM_EXTENSIONS)))

    # One action, one accord run per format: the outputs are one unit.
    args = ctx.actions.args()
    args.add(ctx.executable._accord)
    args.add("0" if ctx.attr.allow_input_errors else "1")
    args.add_joined(
        ["%s=%s" % (fmt, outs[fmt].path) for fmt in ctx.attr.formats],
        join_with = ",",
    )
    args.add_all(ctx.attr.flags)
    args.add("--")
    args.add_all(inputs)
    ctx.actions.run_shell(
        command = """
set -u
bin="$1"; strict="$2"; outputs="$3"; shift 3
flags=()
while [[ "$1" != "--" ]]; do flags+=("$1"); shift; done
shift
IFS=, read -ra pairs <<< "${outputs}"
for pair in "${pairs[@]}"; do
  "${bin}" reconcile "${flags[@]+"${flags[@]}"}" --format="${pair%%=*}" --out="${pair#*=}" "$@"
  rc=$?
  if [[ ${rc} -ne 0 && ( ${rc} -ne 1 || ${strict} == 1 ) ]]; then
    echo "accord reconcile failed (exit ${rc})" >&2
    exit 1
  fi
done
""",
        arguments = [args],
        inputs = inputs,
        tools = [ctx.executable._accord],
        outputs = outs.values(),
        mnemonic = "AccordReconcile",
        progress_message = "accord reconcile %s (%d claim files)" % (ctx.label, len(inputs)),
    )
    return [
        DefaultInfo(
            files = depset(outs.values()),
            runfiles = ctx.runfiles(files = outs.values()),
        ),
        OutputGroupInfo(**{fmt: depset([f]) for fmt, f in outs.items()}),
    ]

accord_report = rule(
    implementation = _accord_report_impl,
    doc = """Reconciles claim files into a report: one action writing
`<name>.md`, `<name>.html` (self-contained page with the articles) and
`<name>.json` (the Report proto), or the subset named in `formats`. Pick one
file with an output group, e.g. filegroup(srcs = [":story"], output_group = "html").""",
    attrs = {
        "claims": attr.label_list(
            allow_files = True,
            mandatory = True,
            doc = "Claim files: accord_claims targets, or ClaimSets from other pipelines.",
        ),
        "formats": attr.string_list(
            default = ["md", "html", "json"],
            doc = "Subset of md, html, json, textproto.",
        ),
        "flags": attr.string_list(doc = "Extra `accord reconcile` flags."),
        "allow_input_errors": attr.bool(
            default = False,
            doc = "Succeed when some claim file cannot be read (it is listed in the report).",
        ),
        "_accord": attr.label(
            default = _ACCORD,
            executable = True,
            cfg = "exec",
        ),
    },
)

def accord_golden_test(name, srcs, golden_dir, **kwargs):
    """Compares generated files with goldens checked in under golden_dir.

    Each file of `srcs` must equal `golden_dir/<its basename>`; the test
    prints a unified diff otherwise. Also defines `<name>.update`:
    `bazel run :<name>.update` rewrites the goldens from the current outputs.

    Args:
      name: test name.
      srcs: targets whose files are compared (accord_report, accord_claims...).
      golden_dir: directory of goldens, relative to this package.
      **kwargs: passed to the sh_test (tags, size, ...).
    """
    pkg = native.package_name()
    golden_path = (pkg + "/" + golden_dir) if pkg else golden_dir
    common_args = ["--golden_dir=" + golden_path] + ["$(rootpaths %s)" % s for s in srcs]
    native.sh_test(
        name = name,
        srcs = [_GOLDEN_SCRIPT],
        args = ["--update_target=//%s:%s.update" % (pkg, name)] + common_args,
        data = srcs + native.glob([golden_dir + "/*"]),
        **kwargs
    )
    native.sh_binary(
        name = name + ".update",
        srcs = [_GOLDEN_SCRIPT],
        args = ["--update"] + common_args,
        data = srcs,
        tags = kwargs.get("tags", []),
        visibility = kwargs.get("visibility"),
    )
