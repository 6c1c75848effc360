# Alternative: y.backward(gradient=v) on a private copy of x, reading the copy's .grad
def value_and_vjp(f, x, v):
    """Return (f(x), v^T J_f(x)), both detached from any graph; x is left untouched."""
    copy_of_x = torch.tensor(x.tolist(), dtype=x.dtype, requires_grad=True)
    y = f(copy_of_x)
    y.backward(gradient=v)
    return y.detach().clone(), copy_of_x.grad.clone()
