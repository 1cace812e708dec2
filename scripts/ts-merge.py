#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Chart of the Week developers
"""Fills unfinished messages of a Qt Linguist file from other versions of it.

    scripts/ts-merge.py translations/chartweek_de.ts OTHER.ts [OTHER.ts ...]

For every message of the target that is unfinished or empty, a finished translation of the
same context, source text and comment in one of the other files is copied in. Use it after
resolving a merge conflict in a .ts file: take either side, run the update_translations
target, then fill in what the other side had translated. Run update_translations once more
afterwards so lupdate writes the file in its own layout. Prints what is still unfinished.
"""
import sys
import xml.etree.ElementTree as ET


def key(context, message):
    return (context.findtext('name'), message.findtext('source'), message.findtext('comment') or '')


def finished(message):
    t = message.find('translation')
    if t is None or t.get('type') in ('unfinished', 'obsolete', 'vanished'):
        return None
    if t.findall('numerusform'):
        return t if all((n.text or '') for n in t.findall('numerusform')) else None
    return t if (t.text or '') else None


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    target_path, donors = argv[1], argv[2:]
    known = {}
    for donor in donors:
        for context in ET.parse(donor).getroot().iter('context'):
            for message in context.iter('message'):
                t = finished(message)
                if t is not None:
                    known.setdefault(key(context, message), t)
    tree = ET.parse(target_path)
    filled, missing = 0, []
    for context in tree.getroot().iter('context'):
        for message in context.iter('message'):
            if finished(message) is not None:
                continue
            donor = known.get(key(context, message))
            if donor is None:
                missing.append(key(context, message))
                continue
            old = message.find('translation')
            message.remove(old)
            new = ET.fromstring(ET.tostring(donor))
            new.tail = old.tail
            if 'type' in new.attrib:
                del new.attrib['type']
            message.append(new)
            filled += 1
    with open(target_path, 'wb') as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding='utf-8', xml_declaration=False)
    print(f'{target_path}: {filled} filled, {len(missing)} still unfinished')
    for context, source, _ in missing:
        print(f'  unfinished: [{context}] {source}')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
