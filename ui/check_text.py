"""What a translation check found, in the interface's language (a tooltip's, a dialog's text).

The core describes a check in English for the command line; the window words it
again from the check's fields.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.i18n import translate

if TYPE_CHECKING:
    from reader.translation.check import Issue, SentenceCheck


def describe_issue(issue: Issue) -> str:
    """Return e.g. "source: 97,4 milliards — translation said: 97.4 million"."""
    said = issue.target or translate("Checks", "nothing for it")
    if issue.kind == "form":
        text = translate("Checks", "source: {source} — translation wrote: {said} (number format)")
    else:
        text = translate("Checks", "source: {source} — translation said: {said}")
    return text.format(source=issue.source, said=said)


def describe_check(check: SentenceCheck) -> str:
    """Return one line per issue, each saying whether it was repaired."""
    lines = [describe_issue(issue) for issue in check.issues]
    if check.status == "repaired":
        lines = [translate("Checks", "{issue} — repaired").format(issue=line) for line in lines]
    return "\n".join(lines)
