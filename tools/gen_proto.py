#!/usr/bin/env python3
"""Derive models/protocol/otipc.proto from the interface catalogue.

The official OTIpcDef.proto of the industry platform is not public (platform-interface.md §2.2):
only its shape is known, OTIpc{CompanyId, Source, IPCType (numeric enum, 0x1001 ...),
repeated <message>} and OTIpcList{repeated OTIpc otpic}, with proto field names equal to the
JSON names. This script writes our own definition from resources/protocol/interfaces.json
(parsed in C++ by models/protocol/interfacecatalogue.cpp), so that the catalogue stays the single
source of truth:

- syntax proto2, because the validator must tell an absent field from a zero or empty one;
- enum IpcType: one value per interface, named after its ipcType (baseInfoCompany ->
  BASE_INFO_COMPANY) with its code (0x1001) as the number;
- one message per interface, named by its "message" key, holding the catalogue's common fields
  (CompanyId; Flag and UpdateTime for base-info) and its own fields, with the exact catalogue
  names and "proto" numbers. C -> string, N -> int64, N with format "decimal" -> double.
  Every field is optional: "required" is checked by RecordValidator, which names the field;
- message OTIpc: CompanyId = 1, Source = 2, IPCType = 3, then one
  `repeated <Message> <ipcType> = 16 + <position of the interface in the catalogue>`.
  Those numbers are stable because the catalogue's interface list is append-only: new
  interfaces go at the end; an interface is never reordered or removed (mark it obsolete
  instead), or payloads encoded before the change would decode as another interface.

Usage:
  tools/gen_proto.py            rewrite models/protocol/otipc.proto
  tools/gen_proto.py --check    exit 1 if the committed file is not what the catalogue gives
  tools/gen_proto.py -o -       write to standard output
Only the Python standard library is used.
"""

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CATALOGUE = ROOT / "resources" / "protocol" / "interfaces.json"
DEFAULT_OUTPUT = ROOT / "models" / "protocol" / "otipc.proto"

# OTIpc numbers below this are the envelope's own fields (1-3) and room for more.
FIRST_RECORD_FIELD = 16
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# Field numbers protobuf keeps for itself, and the largest allowed.
RESERVED_NUMBERS = range(19000, 20000)
MAX_FIELD_NUMBER = (1 << 29) - 1
ENVELOPE_NAMES = {"OTIpc", "OTIpcList", "IpcType"}


class CatalogueError(Exception):
    pass


def enum_name(ipc_type):
    """baseInfoCompanyPermit -> BASE_INFO_COMPANY_PERMIT."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", ipc_type).upper()


def proto_type(field, where):
    kind = field.get("type")
    if kind == "C":
        return "string"
    if kind == "N":
        return "double" if field.get("format") == "decimal" else "int64"
    raise CatalogueError(f'{where}: type must be "C" or "N", not {kind!r}')


def comment_text(text):
    # Keep generated comments on one line and unable to close anything.
    return " ".join(str(text).split())


def check_identifier(name, where):
    if not isinstance(name, str) or not IDENTIFIER.match(name):
        raise CatalogueError(f"{where}: {name!r} is not a valid protobuf identifier")


def check_number(number, where):
    if not isinstance(number, int) or isinstance(number, bool) or number <= 0:
        raise CatalogueError(f'{where}: a positive protobuf field number ("proto") is required')
    if number > MAX_FIELD_NUMBER or number in RESERVED_NUMBERS:
        raise CatalogueError(f"{where}: protobuf field number {number} is not allowed")


def field_lines(fields, where):
    lines = []
    names = set()
    lower_names = set()
    numbers = set()
    for field in fields:
        name = field.get("name")
        check_identifier(name, where)
        field_where = f"{where}.{name}"
        number = field.get("proto")
        check_number(number, field_where)
        # protoc lower-cases names for C++ accessors: names differing only in case would collide.
        if name in names or name.lower() in lower_names:
            raise CatalogueError(f"{where}: field {name} is listed twice (names are compared ignoring case)")
        if number in numbers:
            raise CatalogueError(f"{where}: protobuf number {number} is used twice")
        names.add(name)
        lower_names.add(name.lower())
        numbers.add(number)
        notes = [field.get("title", ""), field.get("type", "") + " " + field.get("length", "")]
        if field.get("required"):
            notes.append("required")
        if field.get("format") and field.get("format") != "plain":
            notes.append(field["format"])
        if field.get("unit"):
            notes.append(field["unit"])
        note = comment_text(", ".join(n.strip() for n in notes if n and n.strip()))
        lines.append(f"  optional {proto_type(field, field_where)} {name} = {number}; // {note}")
    return lines


def generate(catalogue, catalogue_label):
    interfaces = catalogue.get("interfaces")
    if not isinstance(interfaces, list) or not interfaces:
        raise CatalogueError("catalogue lists no interfaces")
    common = catalogue.get("commonFields", {})
    common_all = common.get("all", [])
    common_base_info = common.get("baseInfo", [])

    seen = {"ipcType": set(), "code": set(), "message": set(), "enum": set()}
    enum_lines = []
    message_blocks = []
    record_lines = []
    for position, interface in enumerate(interfaces):
        ipc_type = interface.get("ipcType")
        check_identifier(ipc_type, f"interface #{position}")
        message = interface.get("message")
        check_identifier(message, f"interface {ipc_type}: message")
        try:
            code = int(str(interface.get("code")), 0)
        except ValueError:
            raise CatalogueError(f'interface {ipc_type}: code must be a number such as "0x1001"') from None
        if code <= 0 or code > 0x7FFFFFFF:
            raise CatalogueError(f"interface {ipc_type}: code {code} is out of range")
        name = enum_name(ipc_type)
        for key, value in (("ipcType", ipc_type.lower()), ("code", code), ("message", message), ("enum", name)):
            if value in seen[key]:
                raise CatalogueError(f"interface {ipc_type}: its {key} is not unique")
            seen[key].add(value)
        if message in ENVELOPE_NAMES or ipc_type.lower() in {"companyid", "source", "ipctype"}:
            raise CatalogueError(f"interface {ipc_type}: its names collide with the envelope's")

        title = comment_text(interface.get("title", ""))
        enum_lines.append(f"  {name} = {code}; // 0x{code:04X} {ipc_type} {title}")

        fields = list(common_all)
        if interface.get("family") == "baseInfo":
            fields += common_base_info
        fields += interface.get("fields", [])
        section = comment_text(interface.get("section", ""))
        path = comment_text(interface.get("path", ""))
        block = [f"// {section} {title}: {ipc_type}, 0x{code:04X}, POST {path}".replace("  ", " ")]
        block.append(f"message {message} {{")
        block += field_lines(fields, ipc_type)
        block.append("}")
        message_blocks.append("\n".join(block))

        record_lines.append(f"  repeated {message} {ipc_type} = {FIRST_RECORD_FIELD + position};")

    header = f"""\
// GENERATED FILE - do not edit. Regenerate with tools/gen_proto.py.
// Source: {catalogue_label} (catalogue version {comment_text(catalogue.get("version", "?"))}).
//
// Our own definition of the industry platform's protobuf upload (platform-interface.md §2.2);
// the official OTIpcDef.proto is not public. Field names equal the JSON names.
// proto2 keeps field presence, so an absent field can be reported as missing. Every field is
// optional here; which fields are required is the catalogue's business (RecordValidator).
// OTIpc record fields are numbered 16 + the interface's position in the catalogue, which is
// append-only: never reorder or remove an interface there, or old payloads change meaning.
"""
    parts = [
        header,
        'syntax = "proto2";\n\npackage rw.ipc;\n',
        "// IPCType: the interface code (platform-interface.md §3).\nenum IpcType {\n"
        + "\n".join(enum_lines)
        + "\n}\n",
    ]
    parts += [block + "\n" for block in message_blocks]
    parts.append(
        "// One upload: the records of one interface, under the field named after its IPCType.\n"
        "message OTIpc {\n"
        "  optional string CompanyId = 1;\n"
        "  optional string Source = 2;\n"
        "  optional IpcType IPCType = 3;\n" + "\n".join(record_lines) + "\n}\n"
    )
    parts.append(
        "// A batch of uploads (the broker's \"batch\" option; positions).\n"
        "message OTIpcList {\n"
        "  repeated OTIpc otpic = 1;\n"
        "}\n"
    )
    return "\n".join(parts)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--catalogue", type=Path, default=DEFAULT_CATALOGUE, help="interfaces.json to read")
    parser.add_argument("-o", "--output", default=str(DEFAULT_OUTPUT), help="file to write, or - for stdout")
    parser.add_argument("--check", action="store_true", help="only compare with the output file; exit 1 if it differs")
    args = parser.parse_args(argv)

    try:
        with open(args.catalogue, encoding="utf-8") as f:
            catalogue = json.load(f)
    except (OSError, ValueError) as e:
        print(f"gen_proto: cannot read {args.catalogue}: {e}", file=sys.stderr)
        return 2
    try:
        label = args.catalogue.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        label = args.catalogue.name
    try:
        text = generate(catalogue, label)
    except CatalogueError as e:
        print(f"gen_proto: {args.catalogue}: {e}", file=sys.stderr)
        return 2

    if args.output == "-":
        sys.stdout.write(text)
        return 0
    output = Path(args.output)
    if args.check:
        current = output.read_text(encoding="utf-8") if output.exists() else None
        if current != text:
            print(f"gen_proto: {output} is out of date; run tools/gen_proto.py", file=sys.stderr)
            return 1
        return 0
    output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
