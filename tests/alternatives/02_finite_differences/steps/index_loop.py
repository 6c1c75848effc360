# Alternative: an explicit loop over positions that indexes the sequence (no copy into a list)
def best_measured_step(difference, f, dfdx, x, steps):
    """The step in `steps` for which difference(f, x, h) is closest to dfdx."""
    best = 0
    best_error = float("inf")
    for i in range(len(steps)):
        error = abs(difference(f, x, steps[i]) - dfdx)
        if error < best_error:
            best, best_error = i, error
    return steps[best]
