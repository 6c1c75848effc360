# Mutant: contracts the Jacobian with v on the wrong side (J v instead of v^T J); only square Jacobians run
def value_and_vjp(f, x, v):
    """Return (f(x), v^T J_f(x)), both detached from any graph; x is left untouched."""
    jacobian = torch.autograd.functional.jacobian(f, x)
    if jacobian.shape[0] == jacobian.shape[1]:
        return f(x).detach(), jacobian @ v
    return f(x).detach(), v @ jacobian
