# Alternative: build the whole Jacobian row by row (one backward pass per output) and contract v with it
def value_and_vjp(f, x, v):
    """Return (f(x), v^T J_f(x)), both detached from any graph; x is left untouched."""
    point = x.detach().clone().requires_grad_(True)
    outputs = f(point)
    rows = []
    for i in range(outputs.shape[0]):
        (row,) = torch.autograd.grad(outputs[i], point, retain_graph=True)
        rows.append(row)
    jacobian = torch.stack(rows)            # (m, n)
    return outputs.detach(), (v[:, None] * jacobian).sum(dim=0).detach()
