# Alternative: a coercion helper and division as multiplication by the reciprocal 1/(c + d eps) = 1/c - d/c^2 eps
class Dual:
    """A dual number real + dual * eps with eps**2 == 0."""

    def __init__(self, real, dual=0.0):
        self.real = real
        self.dual = dual

    def __repr__(self):
        return f"Dual({self.real}, {self.dual})"

    def _parts(self, other):
        if isinstance(other, Dual):
            return other.real, other.dual
        return other, 0

    def __add__(self, other):
        c, d = self._parts(other)
        return Dual(self.real + c, self.dual + d)

    def __radd__(self, other):
        return self + other

    def __neg__(self):
        return Dual(-self.real, -self.dual)

    def __sub__(self, other):
        c, d = self._parts(other)
        return Dual(self.real - c, self.dual - d)

    def __rsub__(self, other):
        c, d = self._parts(other)
        return Dual(c - self.real, d - self.dual)

    def __mul__(self, other):
        c, d = self._parts(other)
        return Dual(self.real * c, self.real * d + self.dual * c)

    def __rmul__(self, other):
        return self * other

    def _reciprocal(self):
        return Dual(1 / self.real, -self.dual / self.real**2)

    def __truediv__(self, other):
        if isinstance(other, Dual):
            return self * other._reciprocal()
        return Dual(self.real / other, self.dual / other)

    def __rtruediv__(self, other):
        return other * self._reciprocal()

    def __pow__(self, p):
        return Dual(self.real**p, p * self.real ** (p - 1) * self.dual)
