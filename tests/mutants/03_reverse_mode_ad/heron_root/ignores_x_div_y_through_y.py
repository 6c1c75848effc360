# Mutant: the backward step of x_div_y = x / y only sends s_x_div_y / y to x and forgets that x / y also depends on y (the -x / y^2 term), so earlier iterations get the wrong sensitivity.
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
    s_mid = 1.0
    s_x = 0.0
    for y, x_div_y in reversed(tape):
        s_y = 0.5 * s_mid
        s_x_div_y = 0.5 * s_mid
        s_x += s_x_div_y / y
        s_mid = s_y               # this y was the previous iteration's mid (the start y = 1 is a constant)
    return {"result": mid, "num_iterations": len(tape), "grad": s_x}
