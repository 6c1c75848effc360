# Alternative: builds the whole Sequential model first, then loads all arrays at once with model.set_weights([W1, b1, W2, b2, ...]).
def keras_model_from_weights(weights):
    """A Keras model computing the tanh MLP of weights [(W, b), ...], W of shape (n_in, n_out); float32 variables."""
    n_in = np.shape(weights[0][0])[0]
    layers = [keras.Input(shape=(n_in,))]
    for i, (W, _) in enumerate(weights):
        layers.append(keras.layers.Dense(np.shape(W)[1]))
        if i != len(weights) - 1:
            layers.append(keras.layers.Activation(keras.activations.tanh))
    model = keras.Sequential(layers)
    model.set_weights([np.asarray(a, dtype=np.float32) for pair in weights for a in pair])
    return model
