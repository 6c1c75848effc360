# Alternative: the functional API, each Dense layer created with Constant initializers holding W and b, then keras.Model(inputs, outputs).
def keras_model_from_weights(weights):
    """A Keras model computing the tanh MLP of weights [(W, b), ...], W of shape (n_in, n_out); float32 variables."""
    arrays = [(np.array(W, dtype=np.float32), np.array(b, dtype=np.float32)) for W, b in weights]
    inputs = keras.Input(shape=(arrays[0][0].shape[0],))
    h = inputs
    for i, (W, b) in enumerate(arrays):
        h = keras.layers.Dense(W.shape[1], kernel_initializer=keras.initializers.Constant(W),
                               bias_initializer=keras.initializers.Constant(b))(h)
        if i < len(arrays) - 1:
            h = keras.layers.Activation("tanh")(h)
    return keras.Model(inputs, h)
