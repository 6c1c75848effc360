# Mutant: wrong base case: the student thinks there is no permutation of zero elements and returns 0 for n = 0 (the empty permutation is an involution, so a(0) = 1).
def number_of_involutions(n: int) -> int:
    """Number of permutations of n elements that are their own inverse."""
    if n == 0:
        return 0
    previous, current = 1, 1
    for m in range(2, n + 1):
        previous, current = current, current + (m - 1) * previous
    return current
