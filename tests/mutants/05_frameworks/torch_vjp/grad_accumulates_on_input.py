# Mutant: switches on requires_grad of the caller's x and returns x.grad, which accumulates over calls
def value_and_vjp(f, x, v):
    """Return (f(x), v^T J_f(x)), both detached from any graph; x is left untouched."""
    x.requires_grad_(True)
    value = f(x)
    value.backward(v)
    return value.detach(), x.grad
