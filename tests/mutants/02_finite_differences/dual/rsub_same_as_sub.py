# Mutant: __rsub__ = __sub__ by analogy with __radd__ = __add__, so 1 - d is computed as d - 1 (subtraction does not commute).
class Dual:
    """A dual number real + dual * eps with eps**2 == 0."""

    def __init__(self, real, dual=0.0):
        self.real = real
        self.dual = dual

    def __repr__(self):
        return f"Dual({self.real!r}, {self.dual!r})"

    @staticmethod
    def lift(other):
        return other if isinstance(other, Dual) else Dual(other, 0.0)

    def __add__(self, other):
        other = Dual.lift(other)
        return Dual(self.real + other.real, self.dual + other.dual)

    __radd__ = __add__

    def __neg__(self):
        return Dual(-self.real, -self.dual)

    def __sub__(self, other):
        return self + (-Dual.lift(other))

    __rsub__ = __sub__

    def __mul__(self, other):
        other = Dual.lift(other)
        return Dual(self.real * other.real, self.real * other.dual + self.dual * other.real)

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = Dual.lift(other)
        return Dual(self.real / other.real,
                    (self.dual * other.real - self.real * other.dual) / other.real**2)

    def __rtruediv__(self, other):
        return Dual.lift(other) / self

    def __pow__(self, p):
        return Dual(self.real**p, p * self.real ** (p - 1) * self.dual)
