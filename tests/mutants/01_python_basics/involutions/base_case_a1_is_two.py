# Mutant: wrong base case: the student starts the recurrence from a(0) = 1, a(1) = 2 (thinking one element can "stay" or "be swapped"), so every later value is off.
def number_of_involutions(n: int) -> int:
    """Number of permutations of n elements that are their own inverse."""
    if n == 0:
        return 1
    previous, current = 1, 2
    for m in range(2, n + 1):
        previous, current = current, current + (m - 1) * previous
    return current
