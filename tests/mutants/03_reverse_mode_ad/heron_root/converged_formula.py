# Mutant: the gradient is the derivative of the exact square root, 1/(2 sqrt x), instead of the derivative of the computation that ran, which differs when the loop stops early.
def heron_root_and_grad(x, tolerance=1e-7):
    """Heron's square root of x with its derivative, by reverse mode through the loop."""
    tape = []                     # (y, x_div_y) of every iteration
    y = 1.0
    while True:
        x_div_y = x / y
        mid = 0.5 * (y + x_div_y)
        tape.append((y, x_div_y))
        if abs(x_div_y - y) <= tolerance:
            break
        y = mid
    return {"result": mid, "num_iterations": len(tape), "grad": 0.5 / math.sqrt(x)}
