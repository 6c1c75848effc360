# Mutant: ignores the cotangent v and back-propagates ones (the gradient of sum(f)), as y.sum().backward() does
def value_and_vjp(f, x, v):
    """Return (f(x), v^T J_f(x)), both detached from any graph; x is left untouched."""
    leaf = x.detach().clone().requires_grad_(True)
    value = f(leaf)
    value.sum().backward()
    return value.detach(), leaf.grad.detach()
