# Mutant: gives every Dense layer activation="tanh", the output layer included.
def keras_model_from_weights(weights):
    """A Keras model computing the tanh MLP of weights [(W, b), ...], W of shape (n_in, n_out); float32 variables."""
    model = keras.Sequential([keras.Input(shape=(np.shape(weights[0][0])[0],))])
    for W, b in weights:
        layer = keras.layers.Dense(np.shape(W)[1], activation="tanh")
        model.add(layer)
        layer.set_weights([np.asarray(W, dtype=np.float32), np.asarray(b, dtype=np.float32)])
    return model
