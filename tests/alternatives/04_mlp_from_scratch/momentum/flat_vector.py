# Alternative: all parameters, gradients and velocities concatenated into flat vectors, one vector update, then
# split back into (W, b) pairs of the original shapes.
def momentum_step(params, grads, velocity, lr, momentum):
    """One step of SGD with momentum: v <- momentum * v - lr * g, theta <- theta + v; returns (params, velocity)."""
    shapes = [np.shape(array) for pair in params for array in pair]
    flat = lambda pairs: np.concatenate([np.ravel(array) for pair in pairs for array in pair])
    v = momentum * flat(velocity) - lr * flat(grads)
    theta = flat(params) + v

    def unflatten(vector):
        pieces, start = [], 0
        for shape in shapes:
            size = int(np.prod(shape))
            pieces.append(vector[start:start + size].reshape(shape))
            start += size
        return [(pieces[i], pieces[i + 1]) for i in range(0, len(pieces), 2)]

    return unflatten(theta), unflatten(v)
