# Mutant: builds the Dense layers with dtype="float64" "to match numpy", so the variables and the outputs are float64.
def keras_model_from_weights(weights):
    """A Keras model computing the tanh MLP of weights [(W, b), ...], W of shape (n_in, n_out); float32 variables."""
    model = keras.Sequential([keras.Input(shape=(np.shape(weights[0][0])[0],))])
    for index, (W, b) in enumerate(weights):
        layer = keras.layers.Dense(np.shape(W)[1], activation="tanh" if index < len(weights) - 1 else None, dtype="float64")
        model.add(layer)
        layer.set_weights([np.asarray(W, dtype=np.float64), np.asarray(b, dtype=np.float64)])
    return model
