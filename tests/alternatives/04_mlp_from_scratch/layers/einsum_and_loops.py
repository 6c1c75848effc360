# Alternative: the dense step with einsum and the batch sum written as a loop over examples; the activation step
# from the definitions of the three derivatives instead of ACTIVATIONS.
def dense_backward(delta, a_prev, W):
    """(dL/dW, dL/db, dL/da_prev) for z = a_prev @ W.T + b, given delta = dL/dz."""
    delta, a_prev, W = (np.array(v, dtype=float) for v in (delta, a_prev, W))
    dW = np.einsum("ni,nj->ij", delta, a_prev)
    db = np.zeros(delta.shape[1])
    for row in delta:
        db += row
    return dW, db, np.einsum("ni,ij->nj", delta, W)


def activation_backward(grad_a, z, a, activation):
    """dL/dz for a = phi(z), given grad_a = dL/da."""
    z = np.asarray(z, dtype=float)
    if activation == "relu":
        slope = np.where(z > 0, 1.0, 0.0)
    elif activation == "tanh":
        slope = 1.0 / np.cosh(z) ** 2
    else:
        s = 1.0 / (1.0 + np.exp(-z))
        slope = s * (1.0 - s)
    return np.asarray(grad_a, dtype=float) * slope
