# Mutant: transposes W as PyTorch would need, but a Dense kernel is already (n_in, n_out): set_weights refuses every non-square layer.
def keras_model_from_weights(weights):
    """A Keras model computing the tanh MLP of weights [(W, b), ...], W of shape (n_in, n_out); float32 variables."""
    model = keras.Sequential([keras.Input(shape=(np.shape(weights[0][0])[0],))])
    for index, (W, b) in enumerate(weights):
        layer = keras.layers.Dense(np.shape(W)[1], activation="tanh" if index < len(weights) - 1 else None)
        model.add(layer)
        layer.set_weights([np.asarray(W, dtype=np.float32).T, np.asarray(b, dtype=np.float32)])
    return model
