# Mutant: the recurrence uses m instead of m - 1 partners for the last element (forgetting it cannot be swapped with itself), a(n) = a(n-1) + n a(n-2).
def number_of_involutions(n: int) -> int:
    """Number of permutations of n elements that are their own inverse."""
    previous, current = 1, 1
    for m in range(2, n + 1):
        previous, current = current, current + m * previous
    return current
