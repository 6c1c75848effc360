# Mutant: right numbers, but it switches on requires_grad of the caller's tensor x instead of a copy
def value_and_vjp(f, x, v):
    """Return (f(x), v^T J_f(x)), both detached from any graph; x is left untouched."""
    x.requires_grad_(True)
    value = f(x)
    (vjp,) = torch.autograd.grad(value, x, grad_outputs=v)
    return value.detach(), vjp
