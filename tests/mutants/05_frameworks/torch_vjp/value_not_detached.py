# Mutant: returns f(x) still attached to the graph (requires_grad is True)
def value_and_vjp(f, x, v):
    """Return (f(x), v^T J_f(x)), both detached from any graph; x is left untouched."""
    leaf = x.detach().clone().requires_grad_(True)
    value = f(leaf)
    (vjp,) = torch.autograd.grad(value, leaf, grad_outputs=v, retain_graph=True)
    return value, vjp
