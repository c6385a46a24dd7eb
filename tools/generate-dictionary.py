#!/usr/bin/python3
"""Writes src/PacsLab.Dicom/Dictionary/dicom-dictionary.tsv: the PS3.6 data elements and UID registry.

The facts come from pydicom's generated tables (Debian's python3-pydicom): _dicom_dict.DicomDictionary,
_dicom_dict.RepeatersDictionary and _uid_dict.UID_dictionary. Only the facts are used; the file format is ours.

Usage: /usr/bin/python3 tools/generate-dictionary.py [--output PATH]

The output is deterministic (no timestamps, fixed order, LF line endings, UTF-8) so that a test can regenerate it
and compare bytes. The header records the SHA-256 of this script, so editing the script without regenerating the
data file fails the staleness test too. The hash is taken after CRLF -> LF so a checkout's line endings do not count.
"""

import argparse
import hashlib
import os
import sys

import pydicom
from pydicom import _dicom_dict, _uid_dict

SCRIPT_PATH = os.path.abspath(__file__)
REPO_ROOT = os.path.dirname(os.path.dirname(SCRIPT_PATH))
DEFAULT_OUTPUT = os.path.join(REPO_ROOT, "src", "PacsLab.Dicom", "Dictionary", "dicom-dictionary.tsv")

# The 34 VRs of PS3.5 Table 6.2-1; anything else in the source is an error, except NONE (items and delimiters).
KNOWN_VRS = set(
    "AE AS AT CS DA DS DT FD FL IS LO LT OB OD OF OL OV OW PN SH SL SQ SS ST SV TM UC UI UL UN UR US UT UV".split()
)
NO_VR = "NONE"
HEX_DIGITS = set("0123456789ABCDEF")


def script_sha256():
    with open(SCRIPT_PATH, "rb") as f:
        data = f.read().replace(b"\r\n", b"\n")
    return hashlib.sha256(data).hexdigest()


def dicom_edition():
    return getattr(pydicom, "__dicom_version__", None) or getattr(
        getattr(pydicom, "_version", None), "__dicom_version__", None
    )


def clean(text, what):
    """Fields are tab-separated and line-based, so they must not hold tabs or line breaks."""
    if any(c in text for c in "\t\r\n"):
        raise ValueError(f"{what} holds a tab or line break: {text!r}")
    return text.strip()


def format_vrs(vr):
    """'US or SS or OW' -> 'US|SS|OW'; 'NONE' (Item, delimiters) stays 'NONE'."""
    vr = vr.strip()
    if vr == NO_VR:
        return NO_VR
    parts = [p.strip().upper() for p in vr.split(" or ")]
    for p in parts:
        if p not in KNOWN_VRS:
            raise ValueError(f"unknown VR {p!r} in {vr!r}")
    return "|".join(parts)


def normalize_tag(text):
    """'60xx3000', '(60xx,3000)', '0020,31xx' or an int -> '(60XX,3000)'-style text with lower-case x."""
    if isinstance(text, int):
        return f"({text >> 16:04X},{text & 0xFFFF:04X})"
    s = text.strip().strip("()").replace(",", "").replace(" ", "").upper()
    if len(s) != 8 or any(c not in HEX_DIGITS and c != "X" for c in s):
        raise ValueError(f"not a tag or tag range: {text!r}")
    s = s.replace("X", "x")
    return f"({s[:4]},{s[4:]})"


def tag_sort_key(tag_text):
    digits = tag_text[1:5] + tag_text[6:10]
    return (int(digits.replace("x", "0"), 16), digits)


def retired_flag(value):
    return "R" if value.strip().lower() == "retired" else "-"


def element_rows():
    rows, keywords = {}, {}
    sources = list(_dicom_dict.DicomDictionary.items()) + list(_dicom_dict.RepeatersDictionary.items())
    for key, (vr, vm, name, retired, keyword) in sources:
        tag, keyword = normalize_tag(key), clean(keyword, "keyword")
        if tag in rows:
            raise ValueError(f"tag {tag} listed twice")
        if keyword and keyword in keywords:
            raise ValueError(f"keyword {keyword!r} used by {keywords[keyword]} and {tag}")
        keywords[keyword] = tag
        rows[tag] = (
            tag,
            format_vrs(vr),
            clean(vm, "VM"),
            retired_flag(retired),
            keyword,
            clean(name, "name"),
        )
    return [rows[t] for t in sorted(rows, key=tag_sort_key)]


def uid_sort_key(uid):
    return tuple(int(p) if p.isdigit() else -1 for p in uid.split("."))


def uid_rows():
    rows, keywords = [], set()
    for uid in sorted(_uid_dict.UID_dictionary, key=lambda u: (uid_sort_key(u), u)):
        name, uid_type, _info, retired, keyword = _uid_dict.UID_dictionary[uid]
        keyword = clean(keyword, "keyword")
        if keyword and keyword in keywords:
            raise ValueError(f"UID keyword {keyword!r} listed twice")
        keywords.add(keyword)
        rows.append(
            (clean(uid, "UID"), retired_flag(retired), clean(uid_type, "type"), keyword, clean(name, "name"))
        )
    return rows


def render():
    edition = dicom_edition()
    source = f"pydicom {pydicom.__version__} (pydicom._dicom_dict, pydicom._uid_dict)"
    if edition:
        source += f", DICOM {edition}"
    lines = [
        "# PacsLab DICOM dictionary: PS3.6 data elements (Tables 6-1 to 9-1, with the PS3.7 command elements) and UIDs (Table A-1).",
        f"# source: {source}",
        "# generator: tools/generate-dictionary.py",
        f"# generator-sha256: {script_sha256()}",
        "# Generated file; do not edit. Regenerate: /usr/bin/python3 tools/generate-dictionary.py",
        "[elements]",
        "# tag\tvr\tvm\tretired\tkeyword\tname",
    ]
    lines += ["\t".join(row) for row in element_rows()]
    lines += ["[uids]", "# uid\tretired\ttype\tkeyword\tname"]
    lines += ["\t".join(row) for row in uid_rows()]
    return "\n".join(lines) + "\n"


def main(argv):
    parser = argparse.ArgumentParser(description="Generate the PacsLab PS3.6 dictionary data file from pydicom.")
    parser.add_argument("--output", default=DEFAULT_OUTPUT, help="where to write (default: %(default)s)")
    args = parser.parse_args(argv)
    text = render()
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
