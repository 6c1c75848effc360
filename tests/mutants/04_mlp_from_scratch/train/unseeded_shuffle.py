# Mutant: the epochs are shuffled with np.random.permutation, numpy's global unseeded generator, instead of the seeded generator, so the same seed no longer gives the same run.
def train_mlp(train_x, train_y, val_x, val_y, hidden=(128,), epochs=20, batch_size=32, lr=0.1,
              momentum=0.9, seed=0):
    """Mini-batch SGD with momentum; returns (parameters of the best validation epoch, history)."""
    generator = np.random.default_rng(seed)
    x = np.asarray(train_x, dtype=float).reshape(len(train_x), -1)
    params = init_mlp([x.shape[1], *hidden, 10], generator)
    velocity = [(np.zeros_like(W), np.zeros_like(b)) for W, b in params]
    history = {"train_loss": [], "val_accuracy": []}
    best_accuracy, best_params = -1.0, params
    for _ in tqdm(range(epochs), desc="epochs", leave=False):
        order = np.random.permutation(len(x))
        losses = []
        for start in range(0, len(order), batch_size):
            batch = order[start:start + batch_size]
            loss, grads = mlp_loss_and_grads(params, x[batch], train_y[batch])
            losses.append(loss)
            velocity = [(momentum * vW - lr * gW, momentum * vb - lr * gb)
                        for (vW, vb), (gW, gb) in zip(velocity, grads)]
            params = [(W + vW, b + vb) for (W, b), (vW, vb) in zip(params, velocity)]
        accuracy = float(np.mean(mlp_forward(params, val_x)[-1][1].argmax(axis=1) == val_y))
        history["train_loss"].append(float(np.mean(losses)))
        history["val_accuracy"].append(accuracy)
        if accuracy > best_accuracy:
            best_accuracy, best_params = accuracy, params
    return best_params, history
