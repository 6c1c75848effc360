# Alternative: the functional API with two hidden layers (64-24-16-10, 2130 parameters), a softmax output with a probability loss, SGD with Nesterov momentum, and keras.saving.save_model/load_model.
def train_digits_mlp(x, y, seed=0):
    """A trained Keras model with at most 2500 parameters: (N, 64) pixels in [0, 1] -> (N, 10) scores."""
    keras.utils.set_random_seed(seed)
    inputs = keras.Input(shape=(64,))
    hidden = keras.layers.Dense(24, activation="tanh")(inputs)
    hidden = keras.layers.Dense(16, activation="tanh")(hidden)
    outputs = keras.layers.Dense(10, activation="softmax")(hidden)
    model = keras.Model(inputs, outputs)
    model.compile(optimizer=keras.optimizers.SGD(0.1, momentum=0.9, nesterov=True),
                  loss="sparse_categorical_crossentropy")
    model.fit(np.asarray(x), np.asarray(y), epochs=20, batch_size=64, verbose=0)
    return model


def save_and_reload(model, folder):
    """Save model as <folder>/digits_mlp.keras and return the model loaded back from that file."""
    target = os.path.join(folder, "digits_mlp.keras")
    keras.saving.save_model(model, target)
    return keras.saving.load_model(target)
