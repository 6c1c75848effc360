# Alternative: SHARES_MEMORY from running the experiment with np.shares_memory; centring with keepdims means and np.subtract(..., out=x) for the in-place version; a sentinel object instead of None for the default
_a = np.arange(12.0).reshape(3, 4)
SHARES_MEMORY = {expression: bool(np.shares_memory(eval(expression, {"np": np, "a": _a}), _a))
                 for expression in ["a[1]", "a[:, 1]", "a[1:, ::2]", "a[[0, 2]]", "a[a > 5]", "a.T",
                                    "a.reshape(4, 3)", "a.T.reshape(12)", "a.ravel()", "a.flatten()", "a + 0",
                                    "np.asarray(a)", "np.array(a)", "a.astype(float)", "a[..., None]"]}


def centred(x):
    """A new array: x minus the mean of each column; x is left as it was."""
    result = np.array(x, dtype=float, copy=True)
    result -= np.mean(x, axis=0, keepdims=True)
    return result


def centre_in_place(x):
    """Subtract the column means from x itself (x may be a view); returns None."""
    np.subtract(x, np.mean(x, axis=0, keepdims=True), out=x)


_NOTHING = object()


def add_reading(value, readings=_NOTHING) -> list:
    """Append value to readings (a new list when none is given) and return that list."""
    if readings is _NOTHING or readings is None:
        readings = []
    readings += [value]
    return readings
