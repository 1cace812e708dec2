#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Chart of the Week developers
"""The app as a screen reader meets it, through AT-SPI (run by run-atspi-check, which starts
the X server and the buses). Starts chartweek, then checks what Orca would get:

1. the tree: every focusable object on screen has a name and a role fit for it; at most one
   object is focused;
2. Tab forward from the library search visits every pane and comes back to it; Shift+Tab
   visits the same objects in the reverse order;
3. Right arrow through the bar chart: each bar takes the focus as an accessible child of the
   chart, named "segment, wave: share", and is selected;
4. the Data tab (the study editor): the same tree rules; Tab forward from the study title
   reaches every field, both tables and their buttons, the notes and the Figures/Advice tabs,
   and Shift+Tab comes back the same way;
5. "Where does my business stand?": the answers' group is named by its question; after Next
   the focus lands in a new group named by the new question; the result takes the focus;
6. Language → Deutsch (with the Data tab open): every name that changed was announced by a name-change event, and no
   accessible name on screen or in the menus is still the English one.

Waits are for states (an event, a name), each bounded so that a defect fails instead of
hanging. Exit status 0 when every check passes; the failures are listed on stderr."""

import argparse
import os
import re
import subprocess
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

TIMEOUT = 30.0  # seconds for one expected state; a loaded CI machine is slow, a defect never arrives
S = Atspi.StateType

failures = []
report = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message, file=sys.stderr)


def note(message):
    report.append(message)
    print(message, file=sys.stderr)


# --- events -------------------------------------------------------------------------------

events = []  # (sequence, type, detail1, source, any_data as text)


def on_event(event):
    try:
        data = event.any_data
        data = data if isinstance(data, str) else ""
    except Exception:  # any_data of some events is not a string
        data = ""
    events.append((len(events), event.type, event.detail1, event.source, data))


listener = Atspi.EventListener.new(on_event)
for kind in ("focus:", "object:state-changed:focused", "object:state-changed:selected",
             "object:active-descendant-changed", "object:property-change:accessible-name",
             "object:children-changed", "window:activate"):
    listener.register(kind)

context = GLib.MainContext.default()


def pump_until(predicate, timeout=TIMEOUT):
    """Dispatches AT-SPI events until predicate() holds; False when it never did."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        while context.pending():
            context.iteration(False)
        if predicate():
            return True
        time.sleep(0.02)
    while context.pending():
        context.iteration(False)
    return predicate()


# --- the tree -----------------------------------------------------------------------------

def name_of(node, fresh=False):
    try:
        if fresh:
            node.clear_cache()
        return node.get_name() or ""
    except GLib.Error:
        return "?"


def role_of(node):
    try:
        return node.get_role_name()
    except GLib.Error:
        return "?"


def states_of(node):
    try:
        return node.get_state_set()
    except GLib.Error:
        return Atspi.StateSet.new([])


def describe(node):
    return "%s '%s'" % (role_of(node), name_of(node))


def ancestry(node):
    """node and its ancestors up to the window, as a screen reader's "where am I"."""
    names = []
    while node is not None and role_of(node) not in ("frame", "dialog", "application"):
        names.append(describe(node))
        try:
            node = node.get_parent()
        except GLib.Error:
            break
    return " < ".join(names)


def key_of(node):
    return node.path if node else None  # one app on the bus: its object path names the node


def walk(node, depth=0, path=()):
    """Every node below node (depth first), with its path of indices."""
    yield node, path
    if depth > 40:
        return
    try:
        count = node.get_child_count()
    except GLib.Error:
        return
    for i in range(count):
        try:
            child = node.get_child_at_index(i)
        except GLib.Error:
            continue
        if child is not None:
            yield from walk(child, depth + 1, path + (i,))


def find_app(pid):
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except GLib.Error:
            pass
    return None


def main_window(app):
    for i in range(app.get_child_count()):
        window = app.get_child_at_index(i)
        if window is not None and role_of(window) == "frame":
            return window
    return None


def on_screen(node):
    states = states_of(node)
    return states.contains(S.SHOWING) and states.contains(S.VISIBLE)


# Roles a focusable object may have: each is one a screen reader knows how to speak and
# operate. "filler", "panel", "unknown" and "redundant object" say nothing about what the
# object does.
UNFIT_FOR_FOCUS = {"filler", "panel", "unknown", "redundant object", "invalid", "layered pane"}


def check_tree(window, what):
    nodes = list(walk(window))
    focusable = [(n, p) for n, p in nodes if states_of(n).contains(S.FOCUSABLE) and on_screen(n)]
    unnamed = [(n, p) for n, p in focusable if not name_of(n).strip()]
    unfit = [(n, p) for n, p in focusable if role_of(n) in UNFIT_FOR_FOCUS]
    focused = [(n, p) for n, p in nodes if states_of(n).contains(S.FOCUSED) and on_screen(n)]
    note("%s: %d nodes, %d focusable on screen, %d unnamed focusable, %d focused"
         % (what, len(nodes), len(focusable), len(unnamed), len(focused)))
    for n, p in unnamed:
        fail("%s: a focusable %s has no name: %s" % (what, role_of(n), ancestry(n)))
    for n, p in unfit:
        fail("%s: the focusable %s has the role '%s', which tells a screen reader nothing"
             % (what, describe(n), role_of(n)))
    # Qt reports a focused widget's focus-proxy owners (the tab widget around a tab bar) as
    # focused too: they lie on the way to the focus. Anything off that way is a second focus.
    focused_paths = sorted((p for _, p in focused), key=len)
    off_the_way = [n for n, p in focused if focused_paths and focused_paths[-1][:len(p)] != p]
    if off_the_way:
        fail("%s: %d objects report the focused state at once: %s"
             % (what, len(focused), "; ".join(ancestry(n) for n, _ in focused)))
    return nodes


# --- the keyboard -------------------------------------------------------------------------

def xdotool(*args):
    subprocess.run(["xdotool", *args], check=True, stdout=subprocess.DEVNULL)


def focus_events_since(mark):
    return [e for e in events[mark:] if (e[1] == "object:state-changed:focused" and e[2] == 1) or e[1] == "focus:"]


def focus_moves_since(mark):
    return [e for e in events[mark:] if e[1] == "focus:"]


def press(keys, wait_focus=True):
    """Types keys (xdotool names) and returns the object that took the focus, or None."""
    mark = len(events)
    xdotool("key", "--clearmodifiers", keys)
    if not wait_focus:
        return None
    # Qt sends state-changed:focused for the object losing and the one taking the focus,
    # then focus: for the latter.
    if not pump_until(lambda: focus_moves_since(mark), timeout=TIMEOUT):
        return None
    sync()
    return focus_moves_since(mark)[-1][3]


def sync():
    """Delivers every event the app sent so far: a call to the app is answered after the
    signals it sent before (D-Bus keeps one sender's messages in order)."""
    if SYNC_NODE:
        name_of(SYNC_NODE[0], fresh=True)
    while context.pending():
        context.iteration(False)


SYNC_NODE = []


def current_focus(window):
    for node, _ in walk(window):
        if states_of(node).contains(S.FOCUSED) and on_screen(node):
            return node
    return None


# --- the checks ---------------------------------------------------------------------------

def tab_around(start, where):
    """Tab from start until the focus is back on it: the stops, start first; None on a trap
    or when Tab never comes back (both reported)."""
    forward = [start]
    for _ in range(80):
        node = press("Tab")
        if node is None:
            fail("%s, Tab after %s moved the focus nowhere (a trap)" % (where, describe(forward[-1])))
            return None
        if key_of(node) == key_of(start):
            note("%s, Tab forward (%d stops): %s" % (where, len(forward), " → ".join(map(describe, forward))))
            return forward
        forward.append(node)
    fail("%s, Tab never came back to %s: %s" % (where, describe(start), " → ".join(map(describe, forward))))
    return None


def check_tab_back(forward, where):
    """Shift+Tab from the first stop visits forward's stops in the reverse order."""
    backward = [forward[0]]
    for _ in range(len(forward)):
        node = press("shift+Tab")
        if node is None:
            fail("%s, Shift+Tab after %s moved the focus nowhere" % (where, describe(backward[-1])))
            return
        backward.append(node)
    note("%s, Shift+Tab (%d stops): %s" % (where, len(backward) - 1, " → ".join(map(describe, backward))))
    expected = [forward[0]] + list(reversed(forward[1:])) + [forward[0]]
    if [key_of(n) for n in backward] != [key_of(n) for n in expected]:
        fail("%s, Shift+Tab does not go back the way Tab came" % where)


def check_tab_order(window):
    start = current_focus(window)
    if start is None or "search" not in name_of(start).lower():
        fail("at start the focus is on %s, not on the library search" % (ancestry(start) if start else "nothing"))
        return
    forward = tab_around(start, "in the main window")
    if forward is None:
        return
    roles = [role_of(n) for n in forward]
    parents = [role_of(n.get_parent()) for n in forward]
    for wanted, label in (("table", "the library list"), ("page tab list", "the chart tabs"),
                          ("chart", "the chart"), ("combo box", "the survey wave"),
                          ("section", "the advice")):
        if wanted not in roles and wanted not in parents:
            fail("Tab forward never reaches %s (%s)" % (label, wanted))
    check_tab_back(forward, "in the main window")


def check_chart_parts(window):
    chart = None
    for _ in range(30):
        node = press("Tab")
        if node is not None and role_of(node) == "chart":
            chart = node
            break
    if chart is None:
        fail("Tab never reaches the chart")
        return
    note("the chart: %s, described as '%s', %d parts"
         % (describe(chart), chart.get_description(), chart.get_child_count()))
    parts = [chart.get_child_at_index(i) for i in range(chart.get_child_count())]
    if len(parts) < 2:
        fail("the chart has %d accessible children; each bar should be one" % len(parts))
        return
    for part in parts:
        if not re.search(r", \d{4}: .*%", name_of(part)):
            fail("the chart's part %s is not named 'segment, wave: share'" % describe(part))
    spoken = []
    for expected in parts:
        mark = len(events)
        node = press("Right")
        if node is None:
            fail("Right arrow on the chart sent no focus event (a screen reader says nothing)")
            return
        spoken.append(name_of(node))
        if key_of(node) != key_of(expected):
            fail("Right arrow focused %s, expected %s" % (describe(node), describe(expected)))
        if not any(e[1] == "object:state-changed:selected" and e[2] == 1 and key_of(e[3]) == key_of(expected)
                   for e in events[mark:]):
            fail("%s was reached but no selection event says so" % describe(expected))
        if not states_of(expected).contains(S.SELECTED):
            fail("%s is not in the selected state" % describe(expected))
    note("moving through the bars, a screen reader reads: " + " | ".join(spoken))


def find_node(window, role, name):
    for node, _ in walk(window):
        if role_of(node) == role and name_of(node) == name:
            return node
    return None


def inside(node, ancestor):
    while node is not None:
        if key_of(node) == key_of(ancestor):
            return True
        try:
            node = node.get_parent()
        except GLib.Error:
            return False
    return False


def check_data_tab(window):
    tab = find_node(window, "page tab", "Data")
    if tab is None:
        fail("the chart tabs have no tab 'Data'")
        return
    tab.get_action_iface().do_action(0)
    page = []
    if not pump_until(lambda: page.append(find_node(window, "text", "Title:")) or
                      (page[-1] is not None and on_screen(page[-1]))):
        fail("the tab 'Data' shows no field 'Title:'")
        return
    title = page[-1]
    check_tree(window, "the Data tab in English")
    # Into the editor by keyboard: Tab from wherever the focus is until the title field.
    for _ in range(40):
        node = press("Tab")
        if node is None:
            fail("Tab after %s moved the focus nowhere (a trap)" % ancestry(current_focus(window) or window))
            return
        if key_of(node) == key_of(title):
            break
    else:
        fail("Tab never reaches the study's title field")
        return
    forward = tab_around(title, "in the Data tab")
    if forward is None:
        return
    for node in forward:
        if not name_of(node).strip():
            fail("in the Data tab, Tab stops at an unnamed %s: %s" % (role_of(node), ancestry(node)))
        if role_of(node) in UNFIT_FOR_FOCUS:
            fail("in the Data tab, Tab stops at %s, a role that tells a screen reader nothing" % describe(node))
    names = [name_of(n) for n in forward]
    for wanted in ("Publisher:", "Publication year:", "Source:", "Notes", "Segments",
                   "Shares in percent: survey waves by segments", "Add Wave", "Figures"):
        if not any(n == wanted or n.startswith(wanted) for n in names):
            fail("in the Data tab, Tab forward never reaches '%s'" % wanted)
    check_tab_back(forward, "in the Data tab")


def check_placement(window, app):
    mark = len(events)
    xdotool("key", "--clearmodifiers", "ctrl+shift+w")
    dialog = []

    def found():
        for i in range(app.get_child_count()):
            node = app.get_child_at_index(i)
            if node is not None and role_of(node) == "dialog":
                dialog[:] = [node]
                return True
        return False

    if not pump_until(found) or not pump_until(lambda: focus_events_since(mark)):
        fail("Ctrl+Shift+W opened no dialog with the focus in it")
        return
    questions = []
    for step in range(10):
        node = focus_events_since(mark)[-1][3]
        if role_of(node) != "radio button":
            if "group" in name_of(node) or role_of(node) in ("label", "static", "text"):
                break
            fail("in the placement dialog the focus is on %s, neither an answer nor the result" % describe(node))
            return
        group = node.get_parent()
        question = name_of(group)
        if role_of(group) not in ("grouping", "panel") or not question.endswith("?"):
            fail("the answer %s sits in %s, not in a group named by its question" % (describe(node), describe(group)))
            return
        if questions and key_of(group) == key_of(questions[-1][0]):
            fail("after Next the focus stays in the same group: the new question is not announced")
            return
        questions.append((group, question))
        note("question %d, read on focus: '%s' — answer %s" % (step + 1, question, describe(node)))
        mark = len(events)
        xdotool("key", "space")  # choose the focused answer
        pump_until(lambda: states_of(node).contains(S.CHECKED))
        mark = len(events)
        xdotool("key", "Return")  # Next
        if not pump_until(lambda: focus_events_since(mark)):
            fail("Next sent no focus event")
            return
    node = focus_events_since(mark)[-1][3]
    result = name_of(node)
    if "group" not in result and "Gruppe" not in result:
        fail("after the last answer the focus is on %s, not on the result" % describe(node))
    else:
        note("the result takes the focus and is read: '%s'" % result)
    xdotool("key", "Escape")
    pump_until(lambda: not found(), timeout=10)


def check_language_switch(window, app):
    before = {}
    english = set()
    for node, _ in walk(window):
        name = name_of(node, fresh=True)
        before[key_of(node)] = name
        if name.strip() and not is_data(node):
            english.add(name)
    mark = len(events)
    deutsch = None
    for node, _ in walk(window):
        if role_of(node) in ("menu item", "radio menu item", "check menu item") and name_of(node) == "Deutsch":
            deutsch = node
            break
    if deutsch is None:
        fail("the Language menu has no item 'Deutsch'")
        return
    action = deutsch.get_action_iface()
    action.do_action(0)
    if not pump_until(lambda: name_of(window, fresh=True) != before[key_of(window)]):
        fail("the window title did not change on the switch to German")
    # The app retranslates in the posted events of the switch; a call made now is answered
    # after them and after the name-change events they sent.
    sync()
    renamed = {key_of(e[3]) for e in events[mark:] if e[1] == "object:property-change:accessible-name"}
    silent = []
    for node, _ in walk(window):
        # The study's own texts (titles, segment names in each language) are data, not UI.
        if is_data(node):
            continue
        old = before.get(key_of(node))
        fresh = name_of(node, fresh=True)
        if old is not None and old != fresh and key_of(node) not in renamed:
            silent.append("%s '%s' → '%s'" % (role_of(node), old, fresh))
    note("after the switch to German: %d name-change events" % len(renamed))
    check_no_english(window, english, "after the switch to German")
    for text in silent:
        fail("renamed without a name-change event (a client that caches names keeps the old one): " + text)
    focus_after = [e for e in focus_events_since(mark)]
    if focus_after:
        fail("the switch moved the focus: " + "; ".join(ancestry(e[3]) for e in focus_after))
    return english


def is_data(node):
    role = role_of(node)
    return role == "table cell" or (role == "list item" and role_of(node.get_parent()) != "chart")


# Names that are the same in both languages: the study's own data, numbers, the app's name,
# and words German shares with English. "screen" is the X server's name for its output
# (Xvfb), shown in Present On.
SAME_IN_BOTH = re.compile(r"^(\d[\d\s.,%]*|OK|Chart der Woche.*|PNG|PDF|SVG|Logo|Start|Status|Name|"
                          r"Deutsch|English|screen \(.*\))$")


def check_no_english(window, english, what):
    """No name on screen or in the menus is one the English UI had."""
    for node, _ in walk(window):
        role = role_of(node)
        if not on_screen(node) and role not in ("menu item", "menu", "radio menu item", "check menu item"):
            continue
        if is_data(node):
            continue
        fresh = name_of(node, fresh=True)
        if fresh.strip() and fresh in english and not SAME_IN_BOTH.match(fresh):
            fail("%s the name is still English: %s" % (what, ancestry(node)))


def give_keyboard_to(pid):
    """No window manager gives the main window the keyboard: xdotool does, as a click would."""
    subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(pid),
                    "--name", "^Chart", "windowfocus", "--sync"], check=True, stdout=subprocess.DEVNULL)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("app")
    parser.add_argument("--database", required=True)
    parser.add_argument("--report")
    args = parser.parse_args()

    env = dict(os.environ)
    app_process = subprocess.Popen([args.app, "--database", args.database], env=env)
    try:
        app = None
        if not pump_until(lambda: find_app(app_process.pid) is not None, timeout=60):
            fail("the app never appeared on the AT-SPI bus")
            return
        app = find_app(app_process.pid)
        window = []
        pump_until(lambda: window.append(main_window(app)) or window[-1] is not None, timeout=60)
        window = window[-1]
        if window is None:
            fail("the app shows no main window")
            return
        give_keyboard_to(app_process.pid)
        SYNC_NODE.append(window)
        pump_until(lambda: current_focus(window) is not None)
        check_tree(window, "the main window in English")
        check_tab_order(window)
        check_chart_parts(window)
        check_placement(window, app)
        give_keyboard_to(app_process.pid)  # back from the dialog, as a window manager does
        check_data_tab(window)
        english = check_language_switch(window, app)
        check_tree(window, "the Data tab in German")
        chart_tab = find_node(window, "page tab", "Balkendiagramm")
        if chart_tab is None:
            fail("after the switch there is no tab 'Balkendiagramm'")
        else:
            chart_tab.get_action_iface().do_action(0)
            pump_until(lambda: any(role_of(n) == "chart" and on_screen(n) for n, _ in walk(window)))
            check_tree(window, "the main window in German")
            if english:
                check_no_english(window, english, "with the bar chart in German")
    finally:
        app_process.terminate()
        try:
            app_process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            app_process.kill()
            app_process.wait()
        if args.report:
            with open(args.report, "w", encoding="utf-8") as out:
                out.write("\n".join(report + ["FAIL: " + f for f in failures]) + "\n")


if __name__ == "__main__":
    main()
    if failures:
        print("atspi_check: %d failures" % len(failures), file=sys.stderr)
        sys.exit(1)
    print("atspi_check: passed", file=sys.stderr)
