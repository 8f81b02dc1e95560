#!/usr/bin/env python3
"""Writes the trimmed AWS service models the simulated CLI reads (src/main/resources/computequest/sim/model/).

Source: the installed AWS CLI (v1) and botocore, both Apache-2.0. Run from the repository root:

    python3 src/tools/genmodels.py

What it writes, with no documentation prose:
  index.json   every service of the AWS CLI with its operation names, spelled as the CLI spells them
               (customisations included: aws s3 ls, aws ecr get-login-password, aws eks update-kubeconfig...)
  SERVICE.json for each simulated service: the wire metadata, every operation (HTTP method and URI, input and
               output shapes, the CLI's arguments), the shapes those operations reach (members, types, required,
               lists, maps, enums, min/max, location and locationName) and the waiters.
  NOTICE       the licence notice naming the source.
The output is deterministic (sorted keys where the model has no order), so a re-run with the same botocore
changes nothing.

The big sections are split into part files so the game reads only the parts a command needs (sim/model/Section):
  index.json               cli, botocore, simulated, and "parts": the first service name of each part
  index/services-N.json    the services, sorted, one "name":"op op ..." entry a line
  SERVICE.json             "parts" (the first key of each part of operations and shapes) and metadata
  SERVICE/operations-N.json, SERVICE/shapes-N.json
                           the operations and shapes, sorted by name, one entry a line
  SERVICE/waiters.json     the waiters (read only by aws SERVICE wait and help)
Every file is a JSON object; a part holds consecutive entries of about PART_BYTES, so one entry is found by a binary
search over the parts' first keys and then over the lines of one part. The files are ASCII without escapes (no
quote or backslash inside a string: checked), which the game's reader relies on.
"""
import json
import os
import shutil
import sys

import awscli
import botocore
from awscli.clidriver import create_clidriver

PART_BYTES = 32 * 1024
SIMULATED = ["ec2", "ecs", "ecr", "eks", "lambda", "lightsail", "s3api", "sqs", "dynamodb", "apigatewayv2",
             "events", "iam", "sts", "logs", "elbv2"]
OUT = os.path.join("src", "main", "resources", "computequest", "sim", "model")

SHAPE_KEYS = ["type", "required", "enum", "min", "max", "flattened", "locationName", "timestampFormat",
              "payload", "streaming", "exception", "event", "eventstream", "document", "union", "xmlNamespace"]
MEMBER_KEYS = ["location", "locationName", "queryName", "flattened", "xmlNamespace", "xmlAttribute", "jsonvalue",
               "idempotencyToken", "hostLabel", "streaming", "timestampFormat", "eventpayload"]
META_KEYS = ["protocol", "apiVersion", "endpointPrefix", "signingName", "serviceId", "jsonVersion",
             "targetPrefix", "xmlNamespace", "signatureVersion", "globalEndpoint"]


def trim_shape(shape):
    out = {k: shape[k] for k in SHAPE_KEYS if k in shape}
    if "members" in shape:
        out["members"] = {name: {k: m[k] for k in ["shape"] + MEMBER_KEYS if k in m}
                          for name, m in shape["members"].items()}
    for k in ("member", "key", "value"):
        if k in shape:
            out[k] = {kk: shape[k][kk] for kk in ["shape", "locationName"] if kk in shape[k]}
    return out


def reachable(shapes, roots):
    seen, todo = set(), [r for r in roots if r]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        s = shapes[name]
        refs = [m["shape"] for m in s.get("members", {}).values()]
        refs += [s[k]["shape"] for k in ("member", "key", "value") if k in s]
        todo.extend(refs)
    return seen


PAGING = ("starting-token", "page-size", "max-items")
# Arguments the CLI adds in place of a model member, and the member they fill.
CUSTOM_MEMBERS = {("create-function", "code"): "Code", ("create-function", "zip-file"): "Code.ZipFile",
                  ("publish-layer-version", "content"): "Content",
                  ("publish-layer-version", "zip-file"): "Content.ZipFile"}


def args_of(op_name, op_cmd, members, shapes):
    """The CLI's arguments of one operation: [cli name, model member, the CLI's type (the member's shape's type,
    with long as integer and double as float, when the CLI does not say),
    flags: r required, p positional, n the no- form of a boolean]. Pagination arguments are left out
    (the operation says paginated instead), as are the --cli-input-json and skeleton ones every operation has."""
    out = []
    names = set(op_cmd.arg_table)
    for name, arg in op_cmd.arg_table.items():
        if name in ("cli-input-json", "generate-cli-skeleton", "cli-input-yaml") or name in PAGING:
            continue
        kind = type(arg).__name__
        member = getattr(arg, "_serialized_name", None) if kind in (
            "CLIArgument", "ListArgument", "BooleanArgument") else None
        member = CUSTOM_MEMBERS.get((op_name, name), member)
        if member and "." not in member and kind != "BooleanArgument":
            shape_type = shapes[members[member]["shape"]]["type"]
            cli_type = {"long": "integer", "double": "float"}.get(shape_type, shape_type)
        else:
            cli_type = arg.cli_type_name or "string"
        if not member and (name.startswith("no-") and name[3:] in names or "no-" + name in names):
            cli_type = "boolean"
        flags = ""
        if arg.required:
            flags += "r"
        if arg.positional_arg or kind == "StreamingOutputArgument":
            flags += "p"
        if name.startswith("no-") and cli_type == "boolean":
            flags += "n"
        out.append([name, member or "", cli_type] + ([flags] if flags else []))
    return out


def main():
    driver = create_clidriver()
    table = driver._get_command_table()
    loader = driver.session.get_component("data_loader")
    os.makedirs(OUT, exist_ok=True)
    index = {}
    for svc in sorted(table):
        cmd = table[svc]
        if hasattr(cmd, "_get_command_table"):
            ops = sorted(cmd._get_command_table())
        elif hasattr(cmd, "subcommand_table"):
            ops = sorted(cmd.subcommand_table)
        else:
            ops = []
        index[svc] = " ".join(ops)
    for f in os.listdir(OUT):  # what an earlier run wrote, so no stale part is left behind
        path = os.path.join(OUT, f)
        if os.path.isdir(path):
            shutil.rmtree(path)
        elif f.endswith(".json"):
            os.remove(path)
    head = {"cli": "aws-cli/" + awscli.__version__, "botocore": botocore.__version__, "simulated": SIMULATED,
            "parts": {"services": write_parts(os.path.join(OUT, "index"), "services", index)}}
    with open(os.path.join(OUT, "index.json"), "w") as f:
        f.write(dump(head) + "\n")
    for svc in SIMULATED:
        cmd = table[svc]
        model_name = cmd.service_model.service_name
        raw = loader.load_service_model(model_name, "service-2")
        shapes = raw["shapes"]
        op_table = cmd._get_command_table()
        ops, roots = {}, []
        cli_of = {}
        for cli_name in sorted(op_table):
            op_cmd = op_table[cli_name]
            model_op = getattr(op_cmd, "_operation_model", None)
            if model_op is None or cli_name == "wait":
                continue
            o = raw["operations"][model_op.name]
            entry = {"name": model_op.name}
            if "http" in o:
                entry["http"] = {k: o["http"][k] for k in ("method", "requestUri", "responseCode") if k in o["http"]}
            for k in ("input", "output"):
                if k in o:
                    entry[k] = o[k]["shape"]
                    roots.append(o[k]["shape"])
                    if "resultWrapper" in o[k]:
                        entry[k + "Wrapper"] = o[k]["resultWrapper"]
            members = shapes[o["input"]["shape"]].get("members", {}) if "input" in o else {}
            entry["args"] = args_of(cli_name, op_cmd, members, shapes)
            if "starting-token" in op_cmd.arg_table:
                entry["paginated"] = True
            ops[cli_name] = entry
            cli_of[model_op.name] = cli_name
        keep = reachable(shapes, roots)
        waiters = {}
        try:
            w = loader.load_service_model(model_name, "waiters-2")["waiters"]
        except Exception:
            w = {}
        for name in sorted(w):
            spec = w[name]
            if spec.get("operation") not in cli_of:
                continue
            waiters[name] = {k: spec[k] for k in ("operation", "delay", "maxAttempts", "acceptors")}
        meta = {k: raw["metadata"][k] for k in META_KEYS if k in raw["metadata"]}
        folder = os.path.join(OUT, svc)
        parts = {"operations": write_parts(folder, "operations", ops),
                 "shapes": write_parts(folder, "shapes", {n: trim_shape(shapes[n]) for n in sorted(keep)})}
        with open(os.path.join(OUT, svc + ".json"), "w") as f:
            f.write('{"parts":' + dump(parts) + ',\n"metadata":' + dump(meta) + "}\n")
        with open(os.path.join(folder, "waiters.json"), "w") as f:
            f.write(dump(waiters) + "\n")
    with open(os.path.join(OUT, "NOTICE"), "w") as f:
        f.write("The files in this folder are generated by src/tools/genmodels.py from the AWS service models of\n"
                "botocore " + botocore.__version__ + " and the command table of the AWS CLI " + awscli.__version__
                + " (https://github.com/boto/botocore,\nhttps://github.com/aws/aws-cli), Copyright Amazon.com, Inc."
                " or its affiliates, licensed under the Apache\nLicense, Version 2.0"
                " (http://www.apache.org/licenses/LICENSE-2.0). They were trimmed: documentation,\npatterns and"
                " unused shapes were removed and the CLI's argument names were added.\n")
    total = sum(os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(OUT) for f in files)
    print("wrote", OUT, total, "bytes", file=sys.stderr)


def dump(value):
    text = json.dumps(value, separators=(",", ":"), sort_keys=False)
    assert text.isascii() and "\\" not in text, text[:80]  # sim/model/ModelJson reads no escapes
    return text


def write_parts(folder, name, mapping):
    """Writes the entries of mapping, sorted by key (code point order, as Java's String.compareTo), to
    folder/name-N.json, each part a JSON object of about PART_BYTES with one "key":value entry a line.
    Returns the first key of each part."""
    lines = []
    for k in sorted(mapping):
        assert '"' not in k and "\\" not in k and "\n" not in k, k
        lines.append((k, dump(k) + ":" + dump(mapping[k])))
    parts, size = [], 0
    for k, line in lines:
        if not parts or size + len(line) > PART_BYTES:
            parts.append([])
            size = 0
        parts[-1].append((k, line))
        size += len(line) + 2
    os.makedirs(folder, exist_ok=True)
    for i, part in enumerate(parts):
        with open(os.path.join(folder, "%s-%d.json" % (name, i)), "w") as f:
            f.write("{\n" + ",\n".join(line for _, line in part) + "\n}\n")
    return [part[0][0] for part in parts]


if __name__ == "__main__":
    main()
