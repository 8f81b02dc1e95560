#!/usr/bin/env python3
"""Regenerates src/test/resources/aws-examples/examples.json from the AWS CLI's documented examples.

It copies only command lines and the documented output's member names (never the prose), adapts ids and
names so each command can run in a fresh simulated account, and adds what AWS's output model allows, so the
test can tell a missing member from an invented one. The curation (setup commands, adaptations, exceptions
and pending reasons) lives in aws_examples_curation.py beside this file.

    python3 src/tools/aws_examples.py [AWS_CLI_GIT_DIR]

Needs git, and botocore (for the output models). The AWS CLI repository is read at a fixed commit.
"""
import json
import os
import re
import subprocess
import sys
import textwrap

import botocore.session

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import aws_examples_curation as cur  # noqa: E402

REPO = sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/aws+aws-cli/repo"
REV = "ba16cf873b8b00280099649553761abdd7d702b2"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "resources", "aws-examples",
                   "examples.json")


def show(path):
    return subprocess.run(["git", "-C", REPO, "show", f"{REV}:{path}"], capture_output=True, text=True,
                          check=True).stdout


def literal_blocks(text):
    """(the line introducing it, its dedented text) for every reStructuredText literal block."""
    lines = text.split("\n")
    out = []
    i = 0
    while i < len(lines):
        if lines[i].rstrip().endswith("::"):
            head = lines[i]
            i += 1
            while i < len(lines) and not lines[i].strip():
                i += 1
            body = []
            while i < len(lines) and (not lines[i].strip() or lines[i].startswith((" ", "\t"))):
                body.append(lines[i])
                i += 1
            while body and not body[-1].strip():
                body.pop()
            out.append((head, textwrap.dedent("\n".join(body))))
        else:
            i += 1
    return out


def documented(svc, op):
    """The documented examples of one operation: command line, output JSON (or None), files it reads."""
    found = []
    current = None
    for head, body in literal_blocks(show(f"awscli/examples/{svc}/{op}.rst")):
        text = body.strip()
        if text.startswith("aws "):
            command = re.sub(r"\s*[\\^`]\n\s*", " ", text).strip()
            current = {"command": command, "output": None, "files": {}}
            found.append(current)
        elif current is not None:
            names = re.findall(r"file://(?:[^ ]*/)?([\w.-]+)", current["command"])
            named = [n for n in names if n in head]
            if named and text.startswith(("{", "[")):
                current["files"].setdefault(named[0], text)
            elif "output" in head.lower() and current["output"] is None and text.startswith(("{", "[")):
                try:
                    current["output"] = json.loads(text)
                except ValueError:
                    current["output"] = None
    return found


SESSION = botocore.session.get_session()


def op_model(svc, op):
    if svc in ("s3",) or (svc, op) in (("ecr", "get-login-password"), ("eks", "update-kubeconfig")):
        return None
    model = SESSION.get_service_model("s3" if svc == "s3api" else svc)
    for name in model.operation_names:
        if re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower() == op or name.lower() == op.replace("-", ""):
            return model.operation_model(name)
    raise SystemExit(f"no operation {svc} {op} in botocore")


def model_paths(shape, prefix, seen, paths, maps, depth=0):
    if shape is None or depth > 14:
        return
    if shape.type_name == "structure":
        if shape.name in seen:
            return
        for name, member in shape.members.items():
            p = f"{prefix}.{name}" if prefix else name
            paths.add(p)
            model_paths(member, p, seen | {shape.name}, paths, maps, depth + 1)
    elif shape.type_name == "list":
        model_paths(shape.member, prefix + "[]", seen, paths, maps, depth + 1)
    elif shape.type_name == "map":
        maps.add(prefix)


def json_paths(value, prefix, maps, out):
    if isinstance(value, dict):
        if prefix in maps:
            return
        for k, v in value.items():
            p = f"{prefix}.{k}" if prefix else k
            out.add(p)
            json_paths(v, p, maps, out)
    elif isinstance(value, list):
        for v in value:
            json_paths(v, prefix + "[]", maps, out)


def adapt(command, files, rules):
    for name, text in files.items():
        inline = json.dumps(json.loads(text), separators=(",", ":"))
        command = re.sub(r"file://(?:[^ ]*/)?" + re.escape(name), "'" + inline.replace("'", "'\\''") + "'", command)
    for pattern, replacement in rules:
        command = re.sub(pattern, replacement, command)
    return numbered(numbered(command, r"\bi-[0-9a-f]{8,17}\b", lambda n: "${i%d}" % n),
                    r"\bsubnet-(?!0def)[0-9a-f]{8,17}\b", lambda n: "subnet-0def%s0000000000001" % "abcdef"[(n - 1) % 6])


def numbered(command, pattern, name):
    """Replaces each distinct match by name(1), name(2)... in order of first appearance."""
    seen = {}
    return re.sub(pattern, lambda m: seen.setdefault(m.group(0), name(len(seen) + 1)), command)


def main():
    examples = []
    models = {}
    for svc, ops in cur.OPERATIONS:
        for op in ops.split():
            model = op_model(svc, op)
            paths, maps = set(), set()
            if model is not None and model.output_shape is not None:
                model_paths(model.output_shape, "", frozenset(), paths, maps)
            key = f"{svc} {op}"
            if model is not None:
                models[key] = {"paths": sorted(paths), "maps": sorted(maps)}
            for n, ex in enumerate(documented(svc, op), start=1):
                ident = f"{svc}/{op}#{n}"
                c = cur.EXAMPLES.get(ident, {})
                rules = c.get("rules", []) + cur.RULES
                entry = {"id": ident, "documented": ex["command"]}
                entry["setup"] = c.get("setup", cur.SETUP.get(key, []))
                entry["command"] = c.get("command", adapt(ex["command"], ex["files"], rules))
                entry["expect"] = c.get("expect", "ok")
                if ex["output"] is not None and model is not None:
                    keys = set()
                    json_paths(ex["output"], "", maps, keys)
                    entry["documentedKeys"] = sorted(keys)
                if ident in cur.TODO and "gap" not in c:
                    entry["gap"] = cur.TODO[ident]
                for field in ("pending", "gap", "note"):
                    if field in c:
                        entry[field] = c[field]
                examples.append(entry)
    data = {
        "source": f"github.com/aws/aws-cli awscli/examples at {REV}: command lines and output member names only",
        "generatedBy": "src/tools/aws_examples.py",
        "notSimulated": cur.NOT_SIMULATED,
        "gameExtras": cur.GAME_EXTRAS,
        "models": models,
        "examples": examples,
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(data, f, indent=1, sort_keys=False)
        f.write("\n")
    print(f"{len(examples)} examples -> {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
