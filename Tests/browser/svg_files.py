"""Every standalone .svg file must be well-formed XML with an <svg> root in the SVG namespace.

Browsers render an SVG file through an XML parser: one stray `&` or unclosed tag and the
image is blank (inline SVG in HTML is parsed as HTML and is checked by the validator).
"""

import os
import xml.etree.ElementTree as ElementTree

SVG_ROOT = "{http://www.w3.org/2000/svg}svg"


def svg_file_list(public_dir):
    found = []
    for directory, subdirectories, files in os.walk(public_dir):
        subdirectories.sort()
        for name in sorted(files):
            if name.lower().endswith(".svg"):
                found.append(os.path.relpath(os.path.join(directory, name), public_dir).replace(os.sep, "/"))
    return sorted(found)


def check_svg_files(public_dir, report):
    files = svg_file_list(public_dir)
    for name in files:
        try:
            root = ElementTree.parse(os.path.join(public_dir, name)).getroot()
        except ElementTree.ParseError as error:
            report.check(False, name, f"SVG is not well-formed XML: {error}")
            continue
        report.check(root.tag == SVG_ROOT, name,
                     f"SVG root element is <{root.tag}>, not <svg> in the namespace http://www.w3.org/2000/svg")
    return files
