"""What a translation got wrong in one figure or name of its source."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Issue:
    """One figure or name the translation got wrong.

    `kind` says what went wrong: "value", the figure is there with another value
    ("97.4 million" for "97,4 milliards"); "form", the right value in the source's
    conventions ("97,4 billion" in English); "missing", no figure of the
    translation stands for it; "name", a name changed. `source` is the figure or
    name as the source writes it; `target` what the translation wrote in its place
    ("" when nothing stands for it).
    """

    kind: str
    source: str
    target: str = ""

    def describe(self) -> str:
        """Return the issue for a reader: "source: 97,4 milliards — translation said: …"."""
        said = self.target or "nothing for it"
        if self.kind == "form":
            return f"source: {self.source} — translation wrote: {said} (number format)"
        return f"source: {self.source} — translation said: {said}"

    def to_dict(self) -> dict[str, str]:
        """Return the issue as JSON-ready fields."""
        return {"kind": self.kind, "source": self.source, "target": self.target}
