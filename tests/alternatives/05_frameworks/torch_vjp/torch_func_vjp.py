# Alternative: torch.func.vjp, the functional transform, which never touches x or any .grad
def value_and_vjp(f, x, v):
    """Return (f(x), v^T J_f(x)), both detached from any graph; x is left untouched."""
    value, pullback = torch.func.vjp(f, x)
    (cotangent_x,) = pullback(v)
    return value.detach(), cotangent_x.detach()
