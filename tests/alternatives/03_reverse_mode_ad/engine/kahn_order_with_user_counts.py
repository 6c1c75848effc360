# Alternative: the order by Kahn's algorithm (count each node's users, release a node when all its users are done), with helper constructors for the operators
class Var:
    """A scalar that records how it was computed, for reverse-mode differentiation."""

    def __init__(self, value, parents=()):
        self.value = float(value)
        self.grad = 0.0
        self.parents = tuple(parents)     # (parent Var, d self / d parent) pairs

    def __repr__(self):
        return f"Var({self.value!r}, grad={self.grad!r})"

    def _unary(self, value, derivative):
        return Var(value, ((self, derivative),))

    def _binary(self, other, value, d_self, d_other):
        return Var(value, ((self, d_self), (other, d_other)))

    def __add__(self, other):
        if isinstance(other, Var):
            return self._binary(other, self.value + other.value, 1.0, 1.0)
        return self._unary(self.value + other, 1.0)

    def __radd__(self, other):
        return self._unary(other + self.value, 1.0)

    def __sub__(self, other):
        if isinstance(other, Var):
            return self._binary(other, self.value - other.value, 1.0, -1.0)
        return self._unary(self.value - other, 1.0)

    def __rsub__(self, other):
        return self._unary(other - self.value, -1.0)

    def __mul__(self, other):
        if isinstance(other, Var):
            return self._binary(other, self.value * other.value, other.value, self.value)
        return self._unary(self.value * other, float(other))

    def __rmul__(self, other):
        return self._unary(other * self.value, float(other))

    def __truediv__(self, other):
        if isinstance(other, Var):
            return self._binary(other, self.value / other.value, 1.0 / other.value,
                                -self.value / (other.value * other.value))
        return self._unary(self.value / other, 1.0 / other)

    def __rtruediv__(self, other):
        return self._unary(other / self.value, -other / (self.value * self.value))

    def __neg__(self):
        return self._unary(-self.value, -1.0)

    def __pow__(self, p):
        return self._unary(self.value ** p, p * self.value ** (p - 1))

    def exp(self):
        e = math.exp(self.value)
        return self._unary(e, e)

    def log(self):
        return self._unary(math.log(self.value), 1.0 / self.value)

    def sin(self):
        return self._unary(math.sin(self.value), math.cos(self.value))

    def tanh(self):
        t = math.tanh(self.value)
        return self._unary(t, 1.0 - t * t)

    def backward(self):
        # every node reachable from self, and how many edges (uses) lead into it from reachable nodes
        users, nodes, todo = {id(self): 0}, {id(self): self}, [self]
        while todo:
            node = todo.pop()
            for parent, _ in node.parents:
                if id(parent) not in nodes:
                    nodes[id(parent)] = parent
                    users[id(parent)] = 0
                    todo.append(parent)
                users[id(parent)] += 1
        for node in nodes.values():
            node.grad = 0.0
        self.grad = 1.0
        ready = [self]
        while ready:
            node = ready.pop()
            for parent, local in node.parents:
                parent.grad += node.grad * local
                users[id(parent)] -= 1
                if users[id(parent)] == 0:
                    ready.append(parent)
