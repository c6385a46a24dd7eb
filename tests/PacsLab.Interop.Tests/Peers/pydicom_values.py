#!/usr/bin/python3
"""Prints what pydicom reads from DICOM files, one normalized JSON line per element.

PacsLab's interop tests compare these lines with the same normalized form made from PacsLab's own reading
(tests/PacsLab.Interop.Tests/Normalized). Both sides follow these rules:

  path   "(GGGG,EEEE)" for a top-level element, "(GGGG,EEEE)[i](GGGG,EEEE)" inside item i of a sequence.
  vr     the VR pydicom settled on. Implicit VR private elements (other than creators) are reported as UN with
         their raw bytes: without the VR in the file, what they hold is unknown.
  kind   text      AE AS CS DA DS DT IS LO LT PN SH ST TM UC UI UR UT: a list of strings, each with trailing
                   spaces and NULs removed, and leading spaces too except for ST, LT, UT, UR and PN; a PN
                   value also loses trailing empty component groups ("A^B=" is "A^B", PS3.5 6.2.1.1).
         number    FL FD SL SS SV UL US UV: a list of numbers (NaN and infinities as strings).
         tag       AT: a list of "(GGGG,EEEE)".
         bytes     OB OD OF OL OV OW UN: one string, lowercase hex up to 64 bytes, else "sha256:<hex>:<length>";
                   words in little-endian order whatever the file's byte order.
         fragments encapsulated data: the offset table then each fragment, each as for bytes.
         sequence  SQ: [number of items]; the items' elements follow with longer paths.
  An empty value (or a single empty string) is []. Group length elements (gggg,0000) are left out.
  UN stays UN: pydicom's replace_un_with_known_vr is turned off, because PS3.5 6.2.2 lets a reader keep an
  explicit UN as it is (DCMTK does too); the comparison is about what the file holds, not about re-typing it.

Usage: pydicom_values.py [--force] FILE...   For each file: a {"file": F, "status": "ok"} line then its elements,
or {"file": F, "status": "error", "error": "..."} when pydicom refuses it. --force reads files without a preamble.
"""
import hashlib
import json
import math
import sys
import warnings

import pydicom
from pydicom.dataelem import RawDataElement
from pydicom.encaps import decode_data_sequence
from pydicom.tag import Tag

TEXT = {"AE", "AS", "CS", "DA", "DS", "DT", "IS", "LO", "LT", "PN", "SH", "ST", "TM", "UC", "UI", "UR", "UT"}
KEEP_LEADING_SPACES = {"ST", "LT", "UT", "UR", "PN"}
NUMBER = {"FL", "FD", "SL", "SS", "SV", "UL", "US", "UV"}
WORD_SIZE = {"OW": 2, "OF": 4, "OL": 4, "OD": 8, "OV": 8}
BYTES = {"OB", "UN"} | set(WORD_SIZE)


def tag_text(tag):
    return "(%04X,%04X)" % (tag >> 16, tag & 0xFFFF)


def trim(text, vr):
    text = text.rstrip(" \0")
    if vr == "PN":
        return text.rstrip("=")
    return text if vr in KEEP_LEADING_SPACES else text.lstrip(" ")


def as_list(value):
    if value is None:
        return []
    if isinstance(value, (list, tuple, pydicom.multival.MultiValue)):
        return list(value)
    return [value]


def bytes_repr(data):
    if len(data) <= 64:
        return data.hex()
    return "sha256:%s:%d" % (hashlib.sha256(data).hexdigest(), len(data))


def little_endian(data, vr, is_little_endian):
    size = WORD_SIZE.get(vr)
    if is_little_endian or size is None:
        return bytes(data)
    swapped = bytearray(len(data))
    for i in range(0, len(data) - len(data) % size, size):
        swapped[i:i + size] = data[i:i + size][::-1]
    return bytes(swapped)


def number(value):
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    return value if isinstance(value, float) else int(value)


def text_value(value):
    # DS and IS keep the text they were read from (a PersonName's original_string is its encoded bytes: use str).
    original = getattr(value, "original_string", None)
    return original if isinstance(original, str) else str(value)


def empty_as_none(values):
    return [] if values == [""] else values


def describe(elem, is_little_endian):
    vr = elem.VR
    if vr == "SQ":
        return vr, "sequence", [len(elem.value)]
    if vr in TEXT:
        values = [trim(text_value(v), vr) for v in as_list(elem.value) if v is not None]
        return vr, "text", empty_as_none(values)
    if vr in NUMBER:
        return vr, "number", [number(v) for v in as_list(elem.value)]
    if vr == "AT":
        return vr, "tag", [tag_text(Tag(v)) for v in as_list(elem.value)]
    if vr in BYTES or vr == "OB or OW":
        data = elem.value or b""
        if elem.is_undefined_length and vr != "UN" and data:
            offsets_and_fragments = [b""]
            # decode_data_sequence drops the basic offset table; read it from the first item's header ourselves.
            first_length = int.from_bytes(data[4:8], "little")
            offsets_and_fragments[0] = data[8:8 + first_length]
            offsets_and_fragments += decode_data_sequence(data)
            return "OB" if vr == "OB or OW" else vr, "fragments", [bytes_repr(f) for f in offsets_and_fragments]
        data = little_endian(data, vr, is_little_endian)
        return vr, "bytes", [bytes_repr(data)] if data else []
    raise ValueError("unexpected VR %r" % vr)


def is_implicit_private(raw):
    return isinstance(raw, RawDataElement) and raw.VR is None and raw.tag.is_private and not raw.tag.is_private_creator


def emit(out, filename, path, vr, kind, value):
    out.write(json.dumps({"file": filename, "path": path, "vr": vr, "kind": kind, "value": value}) + "\n")


def walk(out, filename, dataset, prefix, is_little_endian):
    for tag in sorted(dataset.keys()):
        if tag.element == 0:
            continue
        path = prefix + tag_text(tag)
        raw = dataset.get_item(tag)
        if is_implicit_private(raw):
            emit(out, filename, path, "UN", "bytes", [bytes_repr(raw.value)] if raw.value else [])
            continue
        elem = dataset[tag]
        vr, kind, value = describe(elem, is_little_endian)
        emit(out, filename, path, vr, kind, value)
        if vr == "SQ":
            for i, item in enumerate(elem.value):
                walk(out, filename, item, "%s[%d]" % (path, i), is_little_endian)


def main(argv):
    pydicom.config.replace_un_with_known_vr = False
    force = "--force" in argv
    files = [a for a in argv if a != "--force"]
    out = sys.stdout
    for filename in files:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                ds = pydicom.dcmread(filename, force=force)
                lines = []

                class Collect:
                    def write(self, text):
                        lines.append(text)

                meta = getattr(ds, "file_meta", None)
                if meta is not None:
                    walk(Collect(), filename, meta, "", True)
                walk(Collect(), filename, ds, "", ds.is_little_endian)
        except Exception as error:  # pydicom refusing a file is a result, not a crash of this script
            out.write(json.dumps({"file": filename, "status": "error", "error": "%s: %s" % (type(error).__name__, error)}) + "\n")
            continue
        out.write(json.dumps({"file": filename, "status": "ok"}) + "\n")
        out.writelines(lines)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
