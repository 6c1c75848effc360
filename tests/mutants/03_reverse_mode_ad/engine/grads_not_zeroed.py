# Mutant: backward() seeds self.grad = 1 but does not reset the other nodes' grads first, so a second call adds the gradient onto the first.
class Var:
    """A scalar that records how it was computed, for reverse-mode differentiation."""

    def __init__(self, value, parents=()):
        self.value = float(value)
        self.grad = 0.0
        self.parents = tuple(parents)     # (parent Var, d self / d parent) pairs

    def __repr__(self):
        return f"Var({self.value!r}, grad={self.grad!r})"

    @staticmethod
    def lift(other):
        return other if isinstance(other, Var) else Var(other)

    def __add__(self, other):
        other = Var.lift(other)
        return Var(self.value + other.value, [(self, 1.0), (other, 1.0)])

    __radd__ = __add__

    def __neg__(self):
        return Var(-self.value, [(self, -1.0)])

    def __sub__(self, other):
        other = Var.lift(other)
        return Var(self.value - other.value, [(self, 1.0), (other, -1.0)])

    def __rsub__(self, other):
        return Var.lift(other) - self

    def __mul__(self, other):
        other = Var.lift(other)
        return Var(self.value * other.value, [(self, other.value), (other, self.value)])

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = Var.lift(other)
        return Var(self.value / other.value,
                   [(self, 1 / other.value), (other, -self.value / other.value**2)])

    def __rtruediv__(self, other):
        return Var.lift(other) / self

    def __pow__(self, p):
        return Var(self.value**p, [(self, p * self.value ** (p - 1))])

    def exp(self):
        value = math.exp(self.value)
        return Var(value, [(self, value)])

    def log(self):
        return Var(math.log(self.value), [(self, 1 / self.value)])

    def sin(self):
        return Var(math.sin(self.value), [(self, math.cos(self.value))])

    def tanh(self):
        value = math.tanh(self.value)
        return Var(value, [(self, 1 - value * value)])

    def backward(self):
        order, seen = [], set()

        def visit(node):                      # depth-first: parents before children
            if id(node) in seen:
                return
            seen.add(id(node))
            for parent, _ in node.parents:
                visit(parent)
            order.append(node)

        visit(self)
        self.grad = 1.0
        for node in reversed(order):          # children before parents
            for parent, local in node.parents:
                parent.grad += node.grad * local
