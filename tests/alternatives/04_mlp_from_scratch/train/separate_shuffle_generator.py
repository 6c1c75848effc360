# Alternative: a second generator seeded from [seed, 1] shuffles an index array in place every epoch; the epoch
# loss is the sum of the batch losses over their count; the best parameters are kept as copies.
def train_mlp(train_x, train_y, val_x, val_y, hidden=(128,), epochs=20, batch_size=32, lr=0.1,
              momentum=0.9, seed=0):
    """Mini-batch SGD with momentum; returns (parameters of the best validation epoch, history)."""
    inputs = np.asarray(train_x, dtype=float).reshape(len(train_x), -1)
    targets = np.asarray(train_y)
    params = init_mlp([inputs.shape[1], *hidden, 10], np.random.default_rng(seed))
    velocity = [(np.zeros(W.shape), np.zeros(b.shape)) for W, b in params]
    shuffler = np.random.default_rng([seed, 1])
    order = np.arange(len(inputs))
    history = {"train_loss": [], "val_accuracy": []}
    best, best_params = None, None
    for _ in tqdm(range(epochs), desc="epochs", leave=False):
        shuffler.shuffle(order)
        total, batches = 0.0, 0
        for start in range(0, len(order), batch_size):
            chosen = order[start:start + batch_size]
            loss, grads = mlp_loss_and_grads(params, inputs[chosen], targets[chosen])
            total, batches = total + loss, batches + 1
            params, velocity = momentum_step(params, grads, velocity, lr, momentum)
        predictions = mlp_forward(params, val_x)[-1][1].argmax(axis=1)
        accuracy = float(np.mean(predictions == np.asarray(val_y)))
        history["train_loss"].append(total / batches)
        history["val_accuracy"].append(accuracy)
        if best is None or accuracy > best:
            best, best_params = accuracy, [(W.copy(), b.copy()) for W, b in params]
    return best_params, history
