"""The end of a form: the last lines of the body kept on one page with the signatures."""

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

_TAIL_LINES = 2  # a paragraph's last lines that go over with the signatures


class _Ending(Flowable):
    """The body's last block and the signatures after it. Where both do not fit, the block
    breaks so that its last lines (or a table's last row, under its repeated header) go over
    with the signatures: the signature block never begins a page alone."""

    def __init__(self, last: Paragraph | Table, closing: list[Flowable]) -> None:
        super().__init__()
        self._last = last
        self._closing = closing
        self._sizes: list[tuple[float, float]] = []

    def _parts(self) -> list[Flowable]:
        return [self._last, *self._closing]

    def _tail(self) -> float:
        if isinstance(self._last, Table):
            return self._last._rowHeights[-1]
        return self._last.style.leading * _TAIL_LINES

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._sizes = [part.wrap(availWidth, availHeight) for part in self._parts()]
        self.width = availWidth
        self.height = sum(height for _, height in self._sizes)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        _, height = self._last.wrap(availWidth, availHeight)
        pieces = self._last.split(availWidth, min(availHeight, height - self._tail() - 1))
        if len(pieces) < 2:
            # Nothing of the block fits above the signatures here: all of it starts the next page.
            return []
        return [*pieces[:-1], _Ending(pieces[-1], self._closing)]

    def draw(self) -> None:
        top = self.height
        for part, (_, height) in zip(self._parts(), self._sizes, strict=True):
            top -= height
            part.drawOn(self.canv, 0, top)


def _drawable(closing: list[Flowable]) -> list[Flowable]:
    """The closing flowables without KeepTogether wrappers, which cannot be drawn directly."""
    out: list[Flowable] = []
    for item in closing:
        out += _drawable(list(item._content)) if isinstance(item, KeepTogether) else [item]
    return out


def with_closing(body: list[Flowable], closing: list[Flowable]) -> list[Flowable]:
    """The body followed by the closing block, its last lines bound to the signatures."""
    if not closing:
        return body
    if body and isinstance(body[-1], Paragraph | Table):
        return [*body[:-1], _Ending(body[-1], _drawable(closing))]
    return [*body[:-1], KeepTogether([*body[-1:], *closing])]
