# Mutant: transposes the kernel whenever the shapes allow it (W.T if it fits, else W), which only changes the square layers: shapes all fine, numbers wrong.
def keras_model_from_weights(weights):
    """A Keras model computing the tanh MLP of weights [(W, b), ...], W of shape (n_in, n_out); float32 variables."""
    model = keras.Sequential([keras.Input(shape=(np.shape(weights[0][0])[0],))])
    for index, (W, b) in enumerate(weights):
        W = np.asarray(W, dtype=np.float32)
        layer = keras.layers.Dense(W.shape[1], activation="tanh" if index < len(weights) - 1 else None)
        model.add(layer)
        kernel = W.T if W.T.shape == tuple(layer.kernel.shape) else W
        layer.set_weights([kernel, np.asarray(b, dtype=np.float32)])
    return model
