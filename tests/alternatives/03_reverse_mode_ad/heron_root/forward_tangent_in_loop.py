# Alternative: forward mode through the loop, carrying dy/dx alongside y (no tape), with the same stopping rule
def heron_root_and_grad(x, tolerance=1e-7):
    y, dy = 1.0, 0.0
    count = 0
    while True:
        q = x / y
        dq = 1.0 / y - x * dy / (y * y)
        mid = 0.5 * (y + q)
        dmid = 0.5 * (dy + dq)
        count += 1
        if abs(q - y) <= tolerance:
            return {"grad": dmid, "num_iterations": count, "result": mid}
        y, dy = mid, dmid
