"""JUnit XML: one test case per finding, failing when the finding fails the check."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Dict

from ..display import describe
from ..model import Result
from ..serialize import result_to_dict
from ..status import severity
from .inert import escaped
from .paths import posix


def render(result: Result, fail_on: str = "conflict") -> str:
    """Return a <testsuites> document; unreadable sources are test cases in error."""
    data = result_to_dict(result)
    # Names as shown, on one line (a name can hold a newline); the file attribute keeps the name as is.
    paths = {source["id"]: escaped(posix(source["path"])) for source in data["sources"]}
    files = {source["id"]: posix(source["path"]) for source in data["sources"]}
    suite = ET.Element("testsuite", name="crosscheck")
    for source in data["sources"]:
        for message in source["errors"]:
            case = ET.SubElement(suite, "testcase", classname="crosscheck.sources",
                                 name=f"read {paths[source['id']]}", file=files[source["id"]])
            ET.SubElement(case, "error", message=message, type="unreadable")
    for finding in data["findings"]:
        suite.append(_case(finding, paths, files, fail_on))
    counts = {tag: len(suite.findall(f"testcase/{tag}")) for tag in ("failure", "error", "skipped")}
    tests = str(len(suite))
    suite.attrib.update(tests=tests, failures=str(counts["failure"]), errors=str(counts["error"]),
                        skipped=str(counts["skipped"]))
    root = ET.Element("testsuites", name="crosscheck", tests=tests,
                      failures=str(counts["failure"]), errors=str(counts["error"]))
    root.append(suite)
    ET.indent(root)
    document = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + _xml_chars(document) + "\n"


# Characters XML 1.0 cannot hold, even escaped: control characters, lone surrogates (a file
# name that is not UTF-8), U+FFFE and U+FFFF. They never belong to the markup itself.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_chars(document: str) -> str:
    """Return the document with characters XML cannot hold shown as escapes ("\\x1b")."""
    return _NOT_XML.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode("ascii"),
                        document)


def _case(finding: Dict, paths: Dict[str, str], files: Dict[str, str], fail_on: str) -> ET.Element:
    about = describe(finding["subject"], finding["attribute"], finding["kind"])
    first = finding["claims"][0]
    case = ET.Element("testcase", classname=f"crosscheck.{finding['kind']}",
                      name=f"{finding['verdict']}: {about} [{finding['id']}]",
                      file=files[first["source"]], line=str(first["line"]))
    details = "\n".join(f"{paths[c['source']]}:{c['line']}: {c['display']}: {' '.join(c['quote'].split())}"
                        for c in finding["claims"])
    level = severity(finding["verdict"], finding["waived"], fail_on)
    if level == "error":
        failure = ET.SubElement(case, "failure", message=finding["reason"], type=finding["verdict"])
        failure.text = details
    elif level == "note":
        ET.SubElement(case, "skipped", message="accepted in the crosscheck baseline")
    else:
        ET.SubElement(case, "system-out").text = f"{finding['reason']}\n{details}"
    return case
